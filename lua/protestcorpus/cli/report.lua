--- protestcorpus report: one self-contained HTML page (protestcorpus.report) of articles,
-- event JSONL or extract JSONL (read as by stats: cli/inputs.lua).
local context = require "protestcorpus.cli.context"
local inputs = require "protestcorpus.cli.inputs"
local analyses = require "protestcorpus.analyses"
local report = require "protestcorpus.report"

local M = {}

M.examples = {
  "protestcorpus report examples/corpus -o report.html",
  "protestcorpus report events.jsonl entities.jsonl -o report.html",
}

M.help = "One self-contained HTML report (charts as inline SVG) of articles, event JSONL or extract JSONL."

function M.setup(cmd)
  inputs.add_paths(cmd)
  cmd:option("--title", "The page's title.", "Protest events")
  cmd:option("--max-events", "Rows of the event list (the most reported events); charts use all.", "1000")
end

function M.run(ctx, args)
  local max = context.whole_number(ctx, "--max-events", args.max_events, 0)
  if not max then return end
  ctx.counts = true
  local acc = analyses.voices.new()
  local events, docs = inputs.read(ctx, args.paths, {
    recursive = args.recursive, progress = args.progress, quiet = args.quiet,
    doc = function(d) acc:add(d) end,
    keep = function(ev) return analyses.common.compact(ev, { evidence = true }) end,
  })
  if ctx.fatal then return end
  local html = report.build({ events = events, voices = acc:result(events), documents = docs, title = args.title },
    { max_events = max })
  if not ctx:open_output(args.output) then return end
  if ctx:emit(html) then ctx.written = 1 end
  ctx:say(("%d documents, %d events"):format(docs, #events))
end

return M
