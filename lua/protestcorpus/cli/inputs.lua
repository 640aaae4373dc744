--- protestcorpus.cli.inputs: the inputs of stats, report and db, detected by content.
--
--     local events = inputs.read(ctx, args.paths, { doc = function(d, text, hash) end,
--                                                   recursive = args.recursive })
--
-- Each path is a directory or a text file of articles, or a JSON Lines file (a first
-- non-space byte "{"; "-" is standard input, read as JSON Lines) whose lines are, each
-- decided on its own:
--   an event record   (has "event_id", or "participants"/"docs" lists and no "text")
--                     -> kept as one merged event, as `protestcorpus events` wrote it;
--   an extract record (has an "entities" or "quotes" list) -> handlers.doc(record); its
--                     "events" list, when present, joins the events to merge;
--   an article        (has "text" and neither) -> extracted here, as from a text file.
-- Articles are extracted in-process (the C module) and their events detected by the
-- events module; the per-document events of articles and extract records are merged at
-- the end (events.merge), then returned with the events read as such; when the input has
-- event records, those are the events, and the documents' own events are not merged
-- again (`stats events.jsonl extract.jsonl` counts each event once).
-- handlers.recursive, .progress, .quiet: as the options of the same names.
-- handlers.merge = false: the documents' events are not merged here (db merges them
-- itself, with those already in the database).
-- handlers.keep(ev), when given, is what is kept of each event, nil for nothing (stats
-- streams events into its tables and keeps none; report keeps analyses.common.compact(ev)).
-- handlers.skip(id, hash), when given, is asked first and a true answer skips the document.
-- Documents are streamed: handlers.doc(record, text, hash, doc_events) sees each one
-- once, then it is dropped, so memory grows with the events, not with the articles. text
-- is the article's bytes (nil for an extract record); hash the content hash db keys on;
-- doc_events the document's own events, before merging. handlers.event(ev) sees each
-- event record read as such.
-- Evidence sentences of the events of an article get their `text` here (the JSONL
-- writer of events may leave it out), so the report can show them.
-- Pure Lua within the syntax LuaJIT accepts.
local lfs = require "lfs"
local corpus = require "protestcorpus.corpus"
local records = require "protestcorpus.records"
local context = require "protestcorpus.cli.context"

local M = {}

--- Declares the inputs of stats, report and db: paths of any kind inputs.read detects.
function M.add_paths(cmd)
  cmd:argument("paths", "Articles (directories, .txt, JSONL with \"text\"), event JSONL (`events` "
    .. "output) or extract JSONL (`extract` output), or - for JSON Lines on standard input."):args("+")
  cmd:flag("-r --recursive", "Also read the .txt files of subdirectories.")
end

-- The events layer as these commands use it: detect(rec, doc) -> the document's own event
-- records (merged within the document, with evidence), merge(records) -> the corpus's
-- events, each record's per-document atoms regrouped (events.read_group), so that events
-- of articles and of extract or event JSONL merge alike. nil and a message when the event
-- lexicons cannot be loaded.
function M.events_api()
  local ok, events = pcall(require, "protestcorpus.events")
  if not ok then return nil, tostring(events) end
  local cli_events = require "protestcorpus.cli.events"
  local lex, err = events.load()
  if not lex then return nil, err end
  return {
    detect = function(rec, doc)
      local recs, derr = cli_events.document_events(rec, doc, lex)
      if not recs then error(derr, 0) end
      return recs
    end,
    -- records that cannot be regrouped (hand-written, no "atoms") are left out, each
    -- with its message in the second result
    merge = function(recs)
      local groups, bad = {}, {}
      for _, r in ipairs(recs) do
        local g, gerr = events.read_group(r)
        if g then
          groups[#groups + 1] = g
        else
          bad[#bad + 1] = ("event %s: %s"):format(tostring(type(r) == "table" and r.event_id or "?"), tostring(gerr))
        end
      end
      return events.merge(groups, lex), bad
    end,
  }
end

local function is_list(v)
  return type(v) == "table"
end

--- What a decoded JSON object is: "event", "extract", "article" or nil.
function M.classify(obj)
  if type(obj) ~= "table" then return nil end
  if obj.event_id ~= nil then return "event" end
  if is_list(obj.entities) or is_list(obj.quotes) then return "extract" end
  if type(obj.text) == "string" then return "article" end
  if is_list(obj.participants) or is_list(obj.docs) then return "event" end
  return nil
end

-- A content hash of a string: two polynomial hashes over 4-byte words and the length
-- (not cryptographic; it tells a changed document from the same one).
function M.hash(s)
  local h1, h2 = 0, 0
  local n = #s
  local i = 1
  while i <= n do
    local a, b, c, d = s:byte(i, i + 3)
    local w = a + (b or 0) * 256 + (c or 0) * 65536 + (d or 0) * 16777216
    h1 = (h1 * 131 + w) % 2147483629
    h2 = (h2 * 8191 + w) % 2147483587
    i = i + 4
  end
  return string.format("%08x%08x-%d", h1, h2, n)
end

-- Fills the text of each evidence sentence from the article's bytes.
local function evidence_text(evs, text, id)
  for _, ev in ipairs(evs) do
    for _, s in ipairs(type(ev.evidence) == "table" and ev.evidence or {}) do
      if type(s) == "table" and s.text == nil and (s.doc == nil or s.doc == id)
        and type(s.start) == "number" and type(s["end"]) == "number" then
        s.text = text:sub(s.start + 1, s["end"])
      end
    end
  end
end

local Run = {}
Run.__index = Run

function Run:article(rec)
  local hash
  if self.handlers.skip then
    hash = M.hash(rec.text)
    if self.handlers.skip(rec.id, hash) then
      self.skipped = self.skipped + 1
      return true
    end
  end
  local pc = self.pc
  if pc == nil then
    pc = self.ctx:pc() or false
    self.pc = pc
  end
  if not pc then return false end
  self.progress:add(#rec.text)
  local doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang })
  if doc then
    msg = context.not_text(rec.text, doc)
    if msg then doc:close() doc = nil else context.note_invalid(self.ctx, rec, doc) end
  end
  if not doc then
    self.ctx:reject(rec.source_path, rec.line, msg)
    return true
  end
  local obj, err = records.entities_object(rec, doc) -- entities and quotes
  if not obj then
    doc:close()
    self.ctx:reject(rec.source_path, rec.line, err)
    return true
  end
  local doc_events = {}
  if self.api then
    local ok, evs = pcall(self.api.detect, rec, doc)
    if ok and type(evs) == "table" then
      evidence_text(evs, rec.text, obj.id)
      doc_events = evs
      for _, ev in ipairs(evs) do self.pending[#self.pending + 1] = ev end
    elseif not ok then
      self.ctx:reject(rec.source_path, rec.line, "events: " .. tostring(evs))
    end
  end
  doc:close()
  self.docs = self.docs + 1
  if self.handlers.doc then self.handlers.doc(obj, rec.text, hash or M.hash(rec.text), doc_events) end
  return true
end

-- Keeps an event: as is, or what handlers.keep makes of it (nothing when that is nil).
function Run:retain(ev)
  local kept = ev
  if self.keep then kept = self.keep(ev) end
  if kept ~= nil then self.events[#self.events + 1] = kept end
end

function Run:object(obj, path, line)
  local kind = M.classify(obj)
  if kind ~= "article" then self.progress:add(0) end
  if kind == "event" then
    self.event_records = self.event_records + 1
    if self.handlers.event then self.handlers.event(obj) end
    self:retain(obj)
  elseif kind == "extract" then
    local hash = M.hash(records.encode(obj))
    local id = type(obj.id) == "string" and obj.id or (type(obj.id) == "number" and records.number(obj.id))
    if id and self.handlers.skip and self.handlers.skip(id, hash) then
      self.skipped = self.skipped + 1
      return true
    end
    local doc_events = type(obj.events) == "table" and obj.events or {}
    for _, ev in ipairs(doc_events) do self.pending[#self.pending + 1] = ev end
    self.docs = self.docs + 1
    if self.handlers.doc then self.handlers.doc(obj, nil, hash, doc_events) end
  elseif kind == "article" then
    local rec, err = corpus.record_from_object(obj, path, line)
    if not rec then
      self.ctx:reject(path, line, err)
    else
      return self:article(rec)
    end
  else
    self.ctx:reject(path, line, "neither an event, an extract record nor an article")
  end
  return true
end

function Run:jsonl(path)
  context.each_json_object(self.ctx, path, function(obj, line) return self:object(obj, path, line) end)
end

function Run:articles(path)
  local ctx = self.ctx
  local reader
  reader = corpus.open({ path }, {
    recursive = self.handlers.recursive,
    stdin = ctx.stdin,
    on_warning = function(w) ctx:say(w.path .. ": " .. w.message) end,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
  for rec in reader do
    if not self:article(rec) or ctx.fatal then break end
  end
  reader:close()
  ctx.read = ctx.read + reader.read
end

-- True when the file at path starts (after white space) with "{".
local function looks_jsonl(path)
  local fh = io.open(path, "rb")
  if not fh then return false end
  local head = fh:read(4096) or ""
  fh:close()
  return head:match("^%s*(.)") == "{" or head:match("^\239\187\191%s*(.)") == "{"
end

--- Reads every path; returns the events (merged), the number of documents seen and the
-- number skipped (handlers.skip(id, hash) returned true: db's documents already loaded,
-- not extracted again).
function M.read(ctx, paths, handlers)
  local self = setmetatable({ ctx = ctx, handlers = handlers or {}, events = {}, pending = {},
    docs = 0, skipped = 0, event_records = 0, keep = handlers and handlers.keep }, Run)
  self.api, self.api_error = M.events_api()
  local h = self.handlers
  self.progress = context.progress(ctx, { paths = paths, recursive = h.recursive, progress = h.progress,
    quiet = h.quiet })
  for _, path in ipairs(paths) do
    if path == "-" then
      self:jsonl(path)
    elseif lfs.attributes(path, "mode") == "file" and looks_jsonl(path) then
      self:jsonl(path)
    else
      self:articles(path)
    end
    if ctx.fatal or self.pc == false then break end
  end
  self.progress:done()
  if ctx.read == 0 and not ctx.fatal then ctx:no_documents(paths) end
  if #self.pending > 0 and self.event_records > 0 then
    -- the same events twice (an `events` output and the extract records or articles it
    -- was made from): the event records are the merged ones; the rest are not merged again
    ctx:say(("note: %d per-document events of the documents are left out: the input has event "
      .. "records (%d), which are these events merged"):format(#self.pending, self.event_records))
  elseif #self.pending > 0 and self.handlers.merge ~= false then
    if self.api then
      local ok, merged, bad = pcall(self.api.merge, self.pending)
      if ok and type(merged) == "table" then
        for _, msg in ipairs(bad or {}) do ctx:reject("events", nil, msg .. "; left out of the merge") end
        for _, ev in ipairs(merged) do self:retain(ev) end
      else
        ctx:fail("events: merge failed: " .. tostring(merged))
      end
    else
      for _, ev in ipairs(self.pending) do self:retain(ev) end
    end
  end
  if not self.api and self.pc then
    ctx:say("note: no events (" .. tostring(self.api_error) .. "): articles give entities and quotes")
  end
  return self.events, self.docs, self.skipped
end

return M
