--- protestcorpus.analyses.voices: the most quoted speakers, their organizations and the
-- events they spoke about.
--
--     local t = voices.run(docs, events)      -- all at once, or streaming:
--     local acc = voices.new(opts)
--     for doc in docs do acc:add(doc) end     -- keeps per speaker counts only
--     local t = acc:result(events)
--     -- rows: { speaker, kind, quotes, docs, organizations = {...}, events = n,
--     --         event_ids = {...}, sample }, most quotes first, then by name
--
-- A doc is an extract record: { id, entities = {...}, quotes = {...} } (JSONL spans,
-- 0-based end-exclusive), optionally `text` or `sentences` = { {start, end}, ... }.
-- A quote counts for its `speaker` (quotes without one are not counted); opts.kinds
-- (e.g. { speech = true }) restricts the kinds counted (default: every kind).
-- kind: "ORG" when the speaker is an organization of the document (an ORG entity with
-- that canonical name), else "PERSON" when a PERSON entity has it, else "?".
-- organizations of a PERSON speaker, in each document where they are quoted, from each
-- mention of them (canonical or text equal to the speaker): (1) the ORG entities of the
-- document whose text is inside the mention's `role` ("general secretary of the RMT
-- union" -> RMT's canonical name); else (2) the ORG entities in the same sentence as the
-- mention, sentences taken from `sentences`, else cut from `text` at . ! ? followed by a
-- space, else (no text) the ORG entities starting within 100 bytes of the mention;
-- news agencies and media (ORG kind "agency" or "media") are left out in (2).
-- Listed by how many documents give them, then by name.
-- The events a speaker spoke about: those whose `docs` list a document quoting them.
-- sample: the speaker's longest quote (the first of equal length, in input order).
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

M.WINDOW = 100

-- ORG kinds that are the reporter, not the speaker's organization ("told Reuters").
local MEDIA = { agency = true, media = true }

local Acc = {}
Acc.__index = Acc

function M.new(opts)
  opts = opts or {}
  return setmetatable({ kinds = opts.kinds, rows = {}, index = {} }, Acc)
end

-- Sentence spans {start, end} (0-based, end-exclusive) of a document, or nil.
local function sentences_of(doc)
  local list = {}
  for _, s in ipairs(C.list(doc.sentences)) do
    if type(s) == "table" and C.num(s.start) and C.num(s["end"]) then
      list[#list + 1] = { s.start, s["end"] }
    end
  end
  if #list > 0 then return list end
  local text = C.str(doc.text)
  if not text then return nil end
  local start, pos = 0, 1
  while true do
    local a, b = text:find("[%.!?]+[\"'”»]?%s+", pos)
    if not a then break end
    list[#list + 1] = { start, b }
    start, pos = b, b + 1
  end
  list[#list + 1] = { start, #text }
  return list
end

local function sentence_at(sentences, offset)
  for _, s in ipairs(sentences) do
    if offset >= s[1] and offset < s[2] then return s end
  end
  return nil
end

local function orgs_for(doc, ents, speaker)
  local orgs, found = {}, {}
  local sentences = nil
  local computed = false
  for _, m in ipairs(ents.PERSON) do
    if m.canonical == speaker or m.text == speaker then
      local role, got = C.str(m.role), false
      if role then
        for _, o in ipairs(ents.ORG) do
          if role:find(o.text, 1, true) then
            found[o.canonical] = true
            got = true
          end
        end
      end
      if not got then
        if not computed then sentences, computed = sentences_of(doc), true end
        local s = sentences and sentence_at(sentences, m.start)
        for _, o in ipairs(ents.ORG) do
          local near
          if s then near = o.start >= s[1] and o.start < s[2]
          else near = math.abs(o.start - m.start) <= M.WINDOW end
          if near and not MEDIA[o.kind] then found[o.canonical] = true end
        end
      end
    end
  end
  for name in pairs(found) do orgs[#orgs + 1] = name end
  return orgs
end

local function entities_by_type(doc)
  local out = { PERSON = {}, ORG = {} }
  for _, e in ipairs(C.list(doc.entities)) do
    if type(e) == "table" and out[e.type] and C.str(e.text) and C.num(e.start) then
      out[e.type][#out[e.type] + 1] = { text = e.text, start = e.start,
        canonical = C.str(e.canonical) or e.text, role = C.str(e.role), kind = C.str(e.kind) }
    end
  end
  return out
end

--- Adds one document's quotes.
function Acc:add(doc)
  if type(doc) ~= "table" then return end
  local id = C.str(doc.id) or ""
  local here = {}
  for _, q in ipairs(C.list(doc.quotes)) do
    local speaker = type(q) == "table" and C.str(q.speaker)
    if speaker and (not self.kinds or self.kinds[q.kind]) then
      local row = self.index[speaker]
      if not row then
        row = { speaker = speaker, quotes = 0, doc_set = {}, org_docs = {}, ndocs = 0 }
        self.index[speaker] = row
        self.rows[#self.rows + 1] = row
      end
      row.quotes = row.quotes + 1
      local text = C.str(q.text)
      if text and (not row.sample or #text > #row.sample) then row.sample = text end
      here[speaker] = row
    end
  end
  if not next(here) then return end
  local ents = entities_by_type(doc)
  for speaker, row in pairs(here) do
    if not row.doc_set[id] then
      row.doc_set[id] = true
      row.ndocs = row.ndocs + 1
    end
    local is_org, is_person = false, false
    for _, o in ipairs(ents.ORG) do
      if o.canonical == speaker then is_org = true end
    end
    for _, p in ipairs(ents.PERSON) do
      if p.canonical == speaker then is_person = true end
    end
    if is_org then row.is_org = true
    elseif is_person then row.is_person = true end
    if not is_org then
      for _, name in ipairs(orgs_for(doc, ents, speaker)) do
        if name ~= speaker then row.org_docs[name] = (row.org_docs[name] or 0) + 1 end
      end
    end
  end
end

--- The table, with the events (a list of event records) linked through their docs.
function Acc:result(events)
  local by_doc = {}
  for i, ev in ipairs(C.events(events)) do
    local id = C.event_id(ev, i)
    for _, d in ipairs(C.view(ev).docs) do
      local l = by_doc[d]
      if not l then l = {}; by_doc[d] = l end
      l[#l + 1] = id
    end
  end
  local rows = {}
  for i, r in ipairs(self.rows) do
    local orgs = {}
    for name, n in pairs(r.org_docs) do orgs[#orgs + 1] = { name = name, n = n } end
    table.sort(orgs, C.sorter({ "-n", "name" }))
    for k, o in ipairs(orgs) do orgs[k] = o.name end
    local ev_set = {}
    for d in pairs(r.doc_set) do
      for _, id in ipairs(by_doc[d] or {}) do ev_set[id] = true end
    end
    local ids = C.sorted_keys(ev_set)
    rows[i] = { speaker = r.speaker, kind = r.is_org and "ORG" or (r.is_person and "PERSON" or "?"),
      quotes = r.quotes, docs = r.ndocs, organizations = orgs, events = #ids, event_ids = ids,
      sample = r.sample }
  end
  table.sort(rows, C.sorter({ "-quotes", "speaker" }))
  return { name = "voices", rows = rows, columns = { "speaker", "kind", "quotes", "docs", "organizations",
    "events", "event_ids", "sample" } }
end

function M.run(docs, events, opts)
  local acc = M.new(opts)
  for _, d in ipairs(C.list(docs)) do acc:add(d) end
  return acc:result(events)
end

return M
