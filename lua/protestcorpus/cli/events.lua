--- protestcorpus events: protest events of a corpus, merged across its documents.
--
-- Also the adapter from a parsed document (the C module's) to the plain table that the
-- events layer reads (M.input), shared with `extract`.
local context = require "protestcorpus.cli.context"
local records = require "protestcorpus.records"
local events = require "protestcorpus.events"

local M = {}

--- The events layer's input for a corpus record and its parsed document: 0-based
-- end-exclusive spans, as in JSONL.
function M.input(rec, doc)
  local meta = doc.meta or {}
  local sents = {}
  for i, s in ipairs(doc:all_sentences()) do
    sents[i] = { start = s.start - 1, ["end"] = s.stop, kind = s.kind }
  end
  local ents, err
  if doc.annotations then
    local ann = doc:annotations()
    ents = ann and ann.entities
  end
  if not ents then
    ents, err = doc:entities()
    if not ents then return nil, err end
  end
  local dl = meta.spans and meta.spans.dateline
  return {
    id = rec.id, lang = rec.lang or meta.lang, date = rec.date or meta.date, text = rec.text,
    sentences = sents, entities = records.entity_list(ents),
    dateline = dl and { start = dl.start - 1, ["end"] = dl.stop } or nil,
  }
end

--- The events of one document alone (the `events` field of extract), or nil and a message.
function M.document_events(rec, doc, lex)
  local input, err = M.input(rec, doc)
  if not input then return nil, err end
  return events.document(input, lex)
end

local FORMATS = { jsonl = true, csv = true }

--- Writes records as JSONL or CSV; false when writing failed.
function M.write(ctx, recs, format)
  if format == "csv" then
    if not ctx:emit(events.csv_header()) then return false end
    for _, r in ipairs(recs) do
      if not ctx:emit(events.csv_row(r)) then return false end
      ctx.written = ctx.written + 1
    end
  else
    for _, r in ipairs(recs) do
      if not ctx:emit(events.encode(r)) then return false end
      ctx.written = ctx.written + 1
    end
  end
  return true
end

function M.add_format(cmd)
  cmd:option("--format", "Output format: jsonl (one event per line) or csv (docs/events.md).")
    :default("jsonl")
end

function M.check_format(ctx, args)
  if not FORMATS[args.format] then
    ctx.usage_error = ("--format: unknown format '%s' (known: jsonl, csv)"):format(tostring(args.format))
    return false
  end
  return true
end

function M.load_lexicon(ctx)
  local lex, err = events.load()
  if not lex then ctx:fail("cannot load the event lexicons: " .. tostring(err)) end
  return lex
end

M.help = "Protest events: one JSON line (or CSV row) per event, merged across the articles."

function M.setup(cmd)
  context.add_paths(cmd)
  M.add_format(cmd)
end

function M.run(ctx, args)
  if not M.check_format(ctx, args) then return end
  ctx.counts = true
  local pc = ctx:pc()
  if not pc then return end
  local lex = M.load_lexicon(ctx)
  if not lex then return end
  local groups = {}
  local reader = context.open_corpus(ctx, args)
  local ndocs = 0
  for rec in reader do
    local doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang })
    if not doc then
      ctx:reject(rec.source_path, rec.line, msg)
      if ctx.fatal then break end
    else
      local input, ierr = M.input(rec, doc)
      doc:close()
      if not input then
        ctx:reject(rec.source_path, rec.line, ierr)
        if ctx.fatal then break end
      else
        for _, g in ipairs(events.groups(events.detect(input, lex))) do groups[#groups + 1] = g end
        ndocs = ndocs + 1
        if ndocs % 10000 == 0 then ctx:say(("%d documents, %d events so far"):format(ndocs, #groups)) end
      end
    end
  end
  reader:close()
  ctx.read = reader.read
  if ctx.fatal then return end
  local recs = events.merge(groups)
  if not ctx:open_output(args.output) then return end
  M.write(ctx, recs, args.format)
  ctx:say(("%d documents, %d per-document events, %d merged events"):format(ndocs, #groups, #recs))
end

return M
