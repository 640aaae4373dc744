--- protestcorpus events: protest events of a corpus, merged across its documents.
--
-- Also the adapter from a parsed document (the C module's) to the plain table that the
-- events layer reads (M.input), shared with `extract`.
local context = require "protestcorpus.cli.context"
local records = require "protestcorpus.records"
local events = require "protestcorpus.events"

local M = {}

--- The events layer's input for a corpus record and its parsed document: 0-based
-- end-exclusive spans, as in JSONL, but for the entities of the C module, passed with their
-- Lua spans (detect reads both).
-- @param ents optional: the document's entities already in output form (records.entity_list)
function M.input(rec, doc, ents)
  local meta = doc.meta or {}
  local sents = {}
  for i, s in ipairs(doc:all_sentences()) do
    sents[i] = { start = s.start - 1, ["end"] = s.stop, kind = s.kind }
  end
  local err
  -- annotations already made (with quotes: extract's record) serve as they are; else the
  -- entities alone (annotations{quotes = false}): detection reads no quotation, and the
  -- entities are the same without the quote annotator (it only reads them), which spares
  -- its time and its tables.
  -- (Entities with Lua spans, as the C module gives them, are read as they are: detect
  -- takes both kinds of span.)
  if not ents and doc.annotations then
    local ann = doc:annotations({ quotes = false })
    ents = ann and ann.entities
  end
  if not ents then
    ents, err = doc:entities()
    if not ents then return nil, err end
  end
  local dl = meta.spans and meta.spans.dateline
  local pl = meta.spans and meta.spans.place
  return {
    id = rec.id, lang = rec.lang or meta.lang, date = rec.date or meta.date, text = rec.text or doc.text,
    sentences = sents, entities = ents,
    dateline = dl and { start = dl.start - 1, ["end"] = dl.stop } or nil,
    dateline_place = pl and (rec.text or doc.text):sub(pl.start, pl.stop) or nil,
  }
end

--- The events of one document alone (the `events` field of extract), or nil and a message.
function M.document_events(rec, doc, lex, ents)
  local input, err = M.input(rec, doc, ents)
  if not input then return nil, err end
  return events.document(input, lex)
end

local FORMATS = { jsonl = true, csv = true }

--- events.encode, written by the C module when it has core.json_encode (the same bytes,
-- several times faster), else events.encode itself.
function M.encoder()
  local ok, core = pcall(require, "protestcorpus.core")
  if ok and type(core) == "table" and core.json_encode then return events.encoder(core.json_encode) end
  return events.encode
end

--- Writes the records of a stream (events.stream) as JSONL or CSV; false when writing
-- failed. Returns the number of records too.
function M.write_stream(ctx, st, format)
  local encode = M.encoder()
  if format == "csv" then
    if not ctx:emit(events.csv_header()) then return false, 0 end
    encode = events.csv_row
  end
  local n, err, done = st:finish(encode, function(line)
    if not ctx:emit(line) then return false end
    ctx.written = ctx.written + 1
    return true
  end)
  if not n then
    if not ctx.write_error then ctx:fail(err) end
    return false, done
  end
  return true, n
end

--- Writes records as JSONL or CSV; false when writing failed.
function M.write(ctx, recs, format)
  if format == "csv" then
    if not ctx:emit(events.csv_header()) then return false end
    for _, r in ipairs(recs) do
      if not ctx:emit(events.csv_row(r)) then return false end
      ctx.written = ctx.written + 1
    end
  else
    local encode = M.encoder()
    for _, r in ipairs(recs) do
      if not ctx:emit(encode(r)) then return false end
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

--- The options of events.stream for a command: PROTESTCORPUS_EVENTS_SPILL=N sets how
-- many atoms and items stay in memory before the merge spills to temporary files, and
-- N * 100 bytes for its sorts and batches (docs/events.md; the specs set it low to run the
-- spilling path, with many sorted runs, on small inputs).
-- The groups spilled to temporary files are written by the C module (core.lua_literal:
-- the same forms as the stream's own writer, several times faster) when it is there.
function M.stream_opts()
  local opts = {}
  local ok, core = pcall(require, "protestcorpus.core")
  if ok and type(core) == "table" and core.lua_literal then
    local literal, null = core.lua_literal, records.NULL
    opts.serialize = function(v) return literal(v, null) end
  end
  local n = tonumber(os.getenv("PROTESTCORPUS_EVENTS_SPILL") or "")
  if n then
    opts.spill_units, opts.partition_bytes, opts.run_bytes = n, math.max(1, n * 100), math.max(1, n * 100)
  end
  return opts
end

function M.load_lexicon(ctx)
  local lex, err = events.load()
  if not lex then ctx:fail("cannot load the event lexicons: " .. tostring(err)) end
  return lex
end

---------------------------------------------------------------------------------------
-- eval --events GOLD INPUT: the numbers of score_events.py.

local function read_objects(ctx, path)
  local corpus = require "protestcorpus.corpus"
  local objs = {}
  local reader, err
  reader, err = corpus.json_lines(path, {
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:fail(("%s:%d: %s"):format(e.path, e.line or 0, e.message))
      reader:close()
    end,
  })
  if not reader then
    ctx:fail(err)
    return nil
  end
  for obj in reader do objs[#objs + 1] = obj end
  if reader.read_error then ctx:fail(reader.read_error) end
  if ctx.fatal then return nil end
  return objs
end

-- The events of a corpus, detected and merged here.
local function corpus_events(ctx, args)
  local pc = ctx:pc()
  if not pc then return nil end
  local lex = M.load_lexicon(ctx)
  if not lex then return nil end
  local groups = {}
  local reader = context.open_corpus(ctx, { paths = { args.gold }, recursive = args.recursive })
  for rec in reader do
    local doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang })
    if not doc then
      ctx:reject(rec.source_path, rec.line, msg)
    else
      local input, ierr = M.input(rec, doc)
      doc:close()
      if not input then
        ctx:reject(rec.source_path, rec.line, ierr)
      else
        for _, g in ipairs(events.groups(events.detect(input, lex))) do groups[#groups + 1] = g end
        ctx.written = ctx.written + 1
      end
    end
    if ctx.fatal then break end
  end
  reader:close()
  ctx.read = reader.read
  local recs = events.merge(groups)
  for _, r in ipairs(recs) do events.encode(r) end -- marks arrays; the scorer reads plain tables
  return recs
end

local JSON_ORDER = { "events", "places", "organizers", "forms", "claims", "targets", "status",
  "actor_type", "figures", "merging", "matches", "tp", "sys", "gold", "p", "r", "f", "ok", "n",
  "acc", "gold_found", "sys_ok" }

function M.eval(ctx, args)
  local eval_events = require "protestcorpus.eval_events"
  local lfs = require "lfs"
  ctx.counts = true
  local gold_objs = read_objects(ctx, args.events)
  if not gold_objs then return end
  if #gold_objs == 0 then
    ctx:fail(("events gold file %s has no events"):format(args.events))
    return
  end
  -- the input: a corpus (directory, .txt, JSONL whose lines have a text) or events
  local sys_objs
  local mode = lfs.attributes(args.gold, "mode")
  local is_corpus = mode == "directory" or args.gold:match("%.txt$")
  if not is_corpus then
    sys_objs = read_objects(ctx, args.gold)
    if not sys_objs then return end
    for _, o in ipairs(sys_objs) do
      if type(o) == "table" and type(o.text) == "string" then is_corpus = true break end
    end
    if not is_corpus then ctx.read, ctx.written = #sys_objs, #sys_objs end
  end
  if is_corpus then
    sys_objs = corpus_events(ctx, args)
    if not sys_objs or ctx.fatal then return end
  end
  local res = eval_events.score(eval_events.flatten(gold_objs, false), eval_events.flatten(sys_objs, true))
  if not ctx:open_output(args.output) then return end
  if args.json then
    local m = records.array()
    for i, x in ipairs(res.matches) do
      m[i] = { gold = x.gold == nil and records.NULL or x.gold, sys = x.sys == nil and records.NULL or x.sys }
    end
    res.matches = m
    ctx:emit(records.encode(res, JSON_ORDER))
  else
    ctx:emit(eval_events.table(res))
  end
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
  -- each document's events go to the merge as they come (in bounded memory)
  local st, ndocs = events.stream(lex, M.stream_opts()), 0
  local seen = context.each_document(ctx, args, function(rec, doc)
    local input, ierr = M.input(rec, doc)
    if not input then return nil, ierr end
    for _, g in ipairs(events.groups(events.detect(input, lex))) do
      local ok, err = st:add(g)
      if not ok then
        ctx:fail(err)
        return false
      end
    end
    ndocs = ndocs + 1
    return true
  end)
  if ctx.fatal or not seen then return end
  if not ctx:open_output(args.output) then return end
  local ok, n = M.write_stream(ctx, st, args.format)
  if ok and not args.quiet then
    ctx:say(("%d documents, %d per-document events, %d merged events"):format(ndocs, st.count, n))
  end
end

M.examples = {
  "protestcorpus events examples/corpus > events.jsonl",
  "protestcorpus events --format csv corpus/ -o events.csv",
  "protestcorpus events --shard 1/4 dump.jsonl > part1.jsonl   (then: protestcorpus merge part*.jsonl)",
}

return M
