--- protestcorpus summary: documents, entities per type and most frequent names of extract
-- output (the analysis is protestcorpus.analyses.summary).
local corpus = require "protestcorpus.corpus"
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

-- Adds every record of one JSON Lines file to s; false once the run is fatal.
local function add_file(ctx, s, path)
  local reader, err
  reader, err = corpus.json_lines(path, {
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
  if not reader then
    ctx.read = ctx.read + 1
    ctx:reject(path, nil, err)
    return not ctx.fatal
  end
  for obj, line in reader do
    local ok, msg = s:add(obj)
    if not ok then ctx:reject(path, line, msg) end
    if ctx.fatal then break end
  end
  if reader.read_error then ctx:reject(path, nil, reader.read_error) end
  ctx.read = ctx.read + reader.read
  return not ctx.fatal
end

function M.run(ctx, args)
  ctx.counts = true
  local s = summary.new()
  for _, path in ipairs(args.files) do
    if not add_file(ctx, s, path) then break end
  end
  ctx.written = s.documents
  if not ctx:open_output(args.output) then return end
  ctx:emit(summary.format(s:result()))
end

return M
