--- protestcorpus quotes: every quotation of the articles with its speaker, cue and kind,
-- one per line: TSV with a header (default) or JSON Lines.
-- TSV columns: id, start, end (0-based, end-exclusive bytes), speaker, cue, kind, text;
-- an absent speaker or cue is empty; in fields, \ tab CR LF are written \\ \t \r \n.
local context = require "protestcorpus.cli.context"
local records = require "protestcorpus.records"

local M = {}

M.help = "List quotations: speaker, cue, kind and text of each, as TSV or JSON Lines."

M.examples = {
  "protestcorpus quotes examples/corpus",
  "protestcorpus quotes --format jsonl article.txt dump.jsonl -o quotes.jsonl",
}

M.HEADER = "id\tstart\tend\tspeaker\tcue\tkind\ttext"

local ESC = { ["\\"] = "\\\\", ["\t"] = "\\t", ["\r"] = "\\r", ["\n"] = "\\n" }

--- A TSV field: \ tab CR LF escaped.
function M.tsv_field(s)
  if s == nil then return "" end
  return (tostring(s):gsub("[\\\t\r\n]", ESC))
end

-- The lines of one document: one per quotation (in TSV, the header before the first).
local function lines_of(state, rec, doc)
  local a, err = doc:annotations()
  if not a then return nil, err end
  local out = {}
  if state.format == "tsv" and not state.header_done then
    out[1] = M.HEADER
    state.header_done = true
  end
  local id = rec.id
  for _, q in ipairs(records.quote_list(a.quotes)) do
    if state.format == "jsonl" then
      q.id = id == nil and records.NULL or id
      out[#out + 1] = records.encode(q)
    else
      out[#out + 1] = table.concat({ M.tsv_field(id), q.start, q["end"], M.tsv_field(q.speaker),
        M.tsv_field(q.cue), q.kind, M.tsv_field(q.text) }, "\t")
    end
  end
  return out
end

function M.setup(cmd)
  context.add_paths(cmd)
  cmd:option("--format", "Output format: tsv (default, with a header) or jsonl.")
    :choices({ "tsv", "jsonl" }):default("tsv")
end

function M.run(ctx, args)
  ctx.counts = true
  local pc = ctx:pc()
  if not pc then return end
  -- speakers are names: without the name model every record would lack them alike
  local model, err = pc.default_model()
  if not model then
    ctx:fail(err)
    return
  end
  local state = { format = args.format or "tsv" }
  context.run_records(ctx, args, function(rec, doc) return lines_of(state, rec, doc) end)
end

return M
