--- protestcorpus parse: one JSON line per article with its metadata, paragraphs and sentences.
local context = require "protestcorpus.cli.context"
local records = require "protestcorpus.records"

local M = {
  help = "Parse articles: one JSON line per article with its metadata, paragraphs and sentences.",
  setup = context.add_paths,
  run = function(ctx, args)
    ctx.counts = true
    context.run_records(ctx, args, records.document)
  end,
}

M.examples = {
  "protestcorpus parse examples/corpus > docs.jsonl",
  "protestcorpus parse article.txt dump.jsonl -o docs.jsonl",
  "cat dump.jsonl | protestcorpus parse - > docs.jsonl",
}

return M
