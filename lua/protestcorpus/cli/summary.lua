--- protestcorpus summary: documents, entities per type and most frequent names of extract
-- output (the analysis is protestcorpus.analyses.summary).
local context = require "protestcorpus.cli.context"
local summary = require "protestcorpus.analyses.summary"

local M = {}

M.examples = {
  "protestcorpus summary entities.jsonl",
  "protestcorpus extract examples/corpus | protestcorpus summary -",
}

M.help = "Summarize extract output: documents, entities per type, most frequent names."

function M.setup(cmd)
  cmd:argument("files", "Output of `protestcorpus extract` (JSON Lines), or - for standard input.")
    :args("+")
end

function M.run(ctx, args)
  ctx.counts = true
  local s = summary.new()
  for _, path in ipairs(args.files) do
    context.each_json_object(ctx, path, function(obj, line)
      local ok, msg = s:add(obj)
      if not ok then ctx:reject(path, line, msg) end
    end)
    if ctx.fatal then break end
  end
  ctx.written = s.documents
  if not ctx:open_output(args.output) then return end
  ctx:emit(summary.format(s:result()))
end

return M
