--- protestcorpus.db: documents, entities, quotes and events in a SQLite database, loaded
-- incrementally, through LuaSQL (Debian lua-sql-sqlite3: `require "luasql.sqlite3"`,
-- built for Lua 5.1/LuaJIT and 5.4 alike).
--
--     local store = assert(db.open("corpus.db"))
--     if not store:has(id, hash) then store:add_document(rec, text, hash, doc_events) end
--     store:add_event(ev)                  -- an event record read as such (event JSONL)
--     store:finish(merge)                  -- commit; rebuild the merged events
--     store:close()
--
-- The schema (SCHEMA below, documented in docs/database.md) is created when missing.
-- A document is keyed by id; its content hash tells whether a document of the same id
-- was loaded from the same content (has() is then true and the caller skips it); a
-- document of the same id with another hash replaces the old one and all its rows.
-- Writes go in transactions of opts.batch documents (default 500), so an interrupted
-- run keeps every whole batch and the next run resumes after them.
-- Events: each document's own events (before merging) are kept as JSON in doc_events;
-- finish(merge) merges all of them (those of earlier runs too) with merge(list) and
-- rewrites the merged events (origin 'merged') and their rows. Event records read as
-- such (origin 'input') replace an event of the same event_id.
-- Values are written as SQL literals (LuaSQL has no parameter binding): strings quoted
-- with '' doubled, strings holding a NUL byte as CAST(X'..' AS TEXT), so any bytes
-- round-trip.
-- Pure Lua within the syntax LuaJIT accepts; needs LuaSQL, not the protestcorpus core.
local records = require "protestcorpus.records"
local cjson = require "cjson.safe"

local M = {}

M.SCHEMA_VERSION = "1"

M.SCHEMA = [[
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, lang TEXT, date TEXT, title TEXT, source TEXT,
  text TEXT, loaded_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
  doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL,
  text TEXT, canonical TEXT, kind TEXT, role TEXT, value, low REAL, high REAL,
  approx INTEGER, relative INTEGER, unit TEXT, currency TEXT);
CREATE INDEX IF NOT EXISTS entities_doc ON entities (doc);
CREATE INDEX IF NOT EXISTS entities_type_canonical ON entities (type, canonical);
CREATE TABLE IF NOT EXISTS quotes (
  doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT, kind TEXT,
  speaker TEXT, cue TEXT, cue_start INTEGER, cue_end INTEGER);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE TABLE IF NOT EXISTS doc_events (doc TEXT NOT NULL, position INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_events_doc ON doc_events (doc);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, origin TEXT NOT NULL, date TEXT, end_date TEXT, status TEXT,
  actor_type TEXT, organizers_text TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_actor_type ON events (actor_type);
CREATE TABLE IF NOT EXISTS event_docs (event TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (event, doc));
CREATE INDEX IF NOT EXISTS event_docs_doc ON event_docs (doc);
CREATE TABLE IF NOT EXISTS participants (
  event TEXT NOT NULL, doc TEXT, low REAL, high REAL, text TEXT, source TEXT, place TEXT);
CREATE INDEX IF NOT EXISTS participants_event ON participants (event);
CREATE TABLE IF NOT EXISTS event_places (event TEXT NOT NULL, place TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS event_places_place ON event_places (place);
CREATE TABLE IF NOT EXISTS event_organizers (event TEXT NOT NULL, organizer TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_organizers_organizer ON event_organizers (organizer);
CREATE TABLE IF NOT EXISTS event_claims (event TEXT NOT NULL, claim TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_claims_claim ON event_claims (claim);
CREATE TABLE IF NOT EXISTS event_forms (event TEXT NOT NULL, form TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_targets (event TEXT NOT NULL, target TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS evidence (
  event TEXT NOT NULL, doc TEXT, start INTEGER, "end" INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event);
]]

-- The tables that hang off an event, with the column and the event field they list.
local EVENT_LISTS = {
  { "event_organizers", "organizer", "organizers" },
  { "event_claims", "claim", "claims" },
  { "event_forms", "form", "forms" },
  { "event_targets", "target", "targets" },
}
local EVENT_CHILDREN = { "event_docs", "participants", "event_places", "event_organizers",
  "event_claims", "event_forms", "event_targets", "evidence" }

--- A Lua value as an SQL literal.
function M.literal(v)
  local t = type(v)
  if t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "NULL" end
    return records.number(v)
  elseif t == "boolean" then
    return v and "1" or "0"
  elseif t == "string" then
    if v:find("\0", 1, true) then
      return "CAST(X'" .. v:gsub(".", function(c) return string.format("%02X", c:byte()) end) .. "' AS TEXT)"
    end
    return "'" .. v:gsub("'", "''") .. "'"
  end
  return "NULL" -- nil, JSON null, tables
end

local function str(v)
  if type(v) == "string" then return v end
  if type(v) == "number" then return records.number(v) end
  return nil
end

local function num(v)
  if type(v) == "number" then return v end
  return nil
end

local Store = {}
Store.__index = Store

--- Opens (creating when needed) the database at path. nil and a message when LuaSQL is
-- missing or the file cannot be opened or is not a database of this schema.
function M.open(path, opts)
  opts = opts or {}
  local ok, driver = pcall(require, "luasql.sqlite3")
  if not ok then
    return nil, "LuaSQL for SQLite is not installed (Debian: apt-get install lua-sql-sqlite3): " .. tostring(driver)
  end
  local env = driver.sqlite3()
  local conn, err = env:connect(path)
  if not conn then
    env:close()
    return nil, ("cannot open database %s: %s"):format(path, tostring(err))
  end
  local self = setmetatable({ env = env, conn = conn, path = path, batch = opts.batch or 500,
    pending = 0, added = 0, replaced = 0, skipped = 0, events_in = 0, changed = false }, Store)
  local okx, xerr = self:exec("PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL;")
  if okx then okx, xerr = self:script(M.SCHEMA) end
  if okx then
    local v = self:value("SELECT value FROM meta WHERE key = 'schema_version'")
    if v == nil then
      okx, xerr = self:exec("INSERT INTO meta VALUES ('schema_version', " .. M.literal(M.SCHEMA_VERSION) .. ")")
    elseif v ~= M.SCHEMA_VERSION then
      okx, xerr = false, ("schema version %s, this program writes %s"):format(tostring(v), M.SCHEMA_VERSION)
    end
  end
  if not okx then
    self:close()
    return nil, ("database %s: %s"):format(path, tostring(xerr))
  end
  conn:setautocommit(false)
  return self
end

function Store:exec(sql)
  local res, err = self.conn:execute(sql)
  if res == nil then return nil, tostring(err) .. " (in: " .. sql:sub(1, 200) .. ")" end
  if type(res) == "userdata" then res:close() end
  return true
end

-- Runs the statements of a script one by one (LuaSQL runs one statement per call).
function Store:script(sql)
  for stmt in sql:gmatch("[^;]+") do
    if stmt:find("%S") then
      local ok, err = self:exec(stmt)
      if not ok then return nil, err end
    end
  end
  return true
end

--- The first column of the first row of a query (nil when no row).
function Store:value(sql)
  local cur = self.conn:execute(sql)
  if type(cur) ~= "userdata" then return nil end
  local v = cur:fetch()
  cur:close()
  return v
end

--- Every row of a query, each a list of its columns.
function Store:rows(sql)
  local cur, err = self.conn:execute(sql)
  if type(cur) ~= "userdata" then return nil, err end
  local out = {}
  local row = cur:fetch({}, "n")
  while row do
    out[#out + 1] = row
    row = cur:fetch({}, "n")
  end
  cur:close()
  return out
end

local function insert(tbl, cols, vals)
  local lits = {}
  for i = 1, #cols do lits[i] = M.literal(vals[i]) end
  return ("INSERT INTO %s (%s) VALUES (%s)"):format(tbl, table.concat(cols, ", "), table.concat(lits, ", "))
end

--- True when a document of this id and content hash is in the database.
function Store:has(id, hash)
  local h = self:value("SELECT hash FROM documents WHERE id = " .. M.literal(id))
  if h ~= nil and h == hash then
    self.skipped = self.skipped + 1
    return true
  end
  return false
end

local ENTITY_COLS = { "doc", "start", '"end"', "type", "text", "canonical", "kind", "role", "value", "low",
  "high", "approx", "relative", "unit", "currency" }
local QUOTE_COLS = { "doc", "start", '"end"', "text", "kind", "speaker", "cue", "cue_start", "cue_end" }

function Store:_commit_if_full()
  self.pending = self.pending + 1
  if self.pending >= self.batch then return self:commit() end
  return true
end

--- Commits the writes so far.
function Store:commit()
  self.pending = 0
  local ok, err = self.conn:commit()
  if not ok then return nil, "commit failed: " .. tostring(err) end
  return true
end

--- Adds (or replaces) a document with its entities, quotes and own events.
-- @return true, or nil and a message (the document is then not in the database)
function Store:add_document(rec, text, hash, doc_events)
  local id = str(rec.id)
  if not id then return nil, "document without an id" end
  local lid = M.literal(id)
  local old = self:value("SELECT hash FROM documents WHERE id = " .. lid)
  local stmts = {}
  if old ~= nil then
    for _, t in ipairs({ "documents", "entities", "quotes", "doc_events" }) do
      stmts[#stmts + 1] = ("DELETE FROM %s WHERE %s = %s"):format(t, t == "documents" and "id" or "doc", lid)
    end
  end
  stmts[#stmts + 1] = insert("documents", { "id", "hash", "lang", "date", "title", "source", "text", "loaded_at" },
    { id, hash, str(rec.lang), str(rec.date), str(rec.title), str(rec.source), text, os.date("!%Y-%m-%dT%H:%M:%SZ") })
  for _, e in ipairs(type(rec.entities) == "table" and rec.entities or {}) do
    if type(e) == "table" and num(e.start) and num(e["end"]) and str(e.type) then
      local value = e.value
      if type(value) ~= "number" then value = str(value) end
      stmts[#stmts + 1] = insert("entities", ENTITY_COLS, { id, e.start, e["end"], e.type, str(e.text),
        str(e.canonical), str(e.kind), str(e.role), value, num(e.low), num(e.high),
        e.approx == true and 1 or nil, e.relative == true and 1 or nil, str(e.unit), str(e.currency) })
    end
  end
  for _, q in ipairs(type(rec.quotes) == "table" and rec.quotes or {}) do
    if type(q) == "table" and num(q.start) and num(q["end"]) then
      stmts[#stmts + 1] = insert("quotes", QUOTE_COLS, { id, q.start, q["end"], str(q.text), str(q.kind),
        str(q.speaker), str(q.cue), num(q.cue_start), num(q.cue_end) })
    end
  end
  for i, ev in ipairs(doc_events or {}) do
    if type(ev) == "table" then
      stmts[#stmts + 1] = insert("doc_events", { "doc", "position", "json" }, { id, i, records.encode(ev) })
    end
  end
  stmts[#stmts + 1] = "" -- keeps the loop below simple
  self.conn:execute("SAVEPOINT doc")
  for _, s in ipairs(stmts) do
    if s ~= "" then
      local ok, err = self:exec(s)
      if not ok then
        self.conn:execute("ROLLBACK TO doc")
        self.conn:execute("RELEASE doc")
        return nil, err
      end
    end
  end
  self.conn:execute("RELEASE doc")
  if old ~= nil then self.replaced = self.replaced + 1 else self.added = self.added + 1 end
  self.changed = true
  return self:_commit_if_full()
end

function Store:_delete_event(lid)
  for _, t in ipairs(EVENT_CHILDREN) do
    local ok, err = self:exec(("DELETE FROM %s WHERE event = %s"):format(t, lid))
    if not ok then return nil, err end
  end
  return self:exec("DELETE FROM events WHERE id = " .. lid)
end

-- The strings of a list field.
local function strings(v)
  local out = {}
  for _, s in ipairs(type(v) == "table" and v or {}) do
    if type(s) == "string" then out[#out + 1] = s end
  end
  return out
end

function Store:_insert_event(ev, id, origin)
  local lid = M.literal(id)
  local ok, err = self:_delete_event(lid)
  if not ok then return nil, err end
  local stmts = { insert("events", { "id", "origin", "date", "end_date", "status", "actor_type", "organizers_text",
    "json" }, { id, origin, str(ev.date), str(ev.end_date), str(ev.status), str(ev.actor_type),
    str(ev.organizers_text), records.encode(ev) }) }
  local seen = {}
  for _, d in ipairs(strings(ev.docs)) do
    if not seen[d] then
      seen[d] = true
      stmts[#stmts + 1] = insert("event_docs", { "event", "doc" }, { id, d })
    end
  end
  for _, p in ipairs(type(ev.participants) == "table" and ev.participants or {}) do
    if type(p) == "table" then
      stmts[#stmts + 1] = insert("participants", { "event", "doc", "low", "high", "text", "source", "place" },
        { id, str(p.doc), num(p.low), num(p.high), str(p.text), str(p.source), str(p.place) })
    end
  end
  for i, place in ipairs(strings(ev.places)) do
    stmts[#stmts + 1] = insert("event_places", { "event", "place", "rank" }, { id, place, i })
  end
  for _, l in ipairs(EVENT_LISTS) do
    for _, v in ipairs(strings(ev[l[3]])) do
      stmts[#stmts + 1] = insert(l[1], { "event", l[2] }, { id, v })
    end
  end
  for _, s in ipairs(type(ev.evidence) == "table" and ev.evidence or {}) do
    if type(s) == "table" then
      stmts[#stmts + 1] = insert("evidence", { "event", "doc", "start", '"end"', "text" },
        { id, str(s.doc), num(s.start), num(s["end"]), str(s.text) })
    end
  end
  for _, s in ipairs(stmts) do
    ok, err = self:exec(s)
    if not ok then return nil, err end
  end
  return true
end

--- Adds an event record read as such (origin 'input'), replacing one of the same id.
function Store:add_event(ev)
  local id = type(ev) == "table" and str(ev.event_id)
  if not id then return nil, "event without an event_id" end
  local ok, err = self:_insert_event(ev, id, "input")
  if not ok then return nil, err end
  self.events_in = self.events_in + 1
  return self:_commit_if_full()
end

--- Commits, then (when documents changed) merges every document's own events with
-- merge(list) and rewrites the merged events. Returns the number of merged events.
function Store:finish(merge)
  local ok, err = self:commit()
  if not ok then return nil, err end
  local n = tonumber(self:value("SELECT count(*) FROM events WHERE origin = 'merged'")) or 0
  if not self.changed then return n end
  local rows
  rows, err = self:rows("SELECT json FROM doc_events ORDER BY doc, position")
  if not rows then return nil, err end
  local list = {}
  for i, r in ipairs(rows) do list[i] = cjson.decode(r[1]) end
  local merged = list
  if merge and #list > 0 then merged = merge(list) end
  local old = self:rows("SELECT id FROM events WHERE origin = 'merged'") or {}
  for _, r in ipairs(old) do
    ok, err = self:_delete_event(M.literal(r[1]))
    if not ok then return nil, err end
  end
  n = 0
  for i, ev in ipairs(merged) do
    if type(ev) == "table" then
      local id = str(ev.event_id) or ("event " .. i)
      ok, err = self:_insert_event(ev, id, "merged")
      if not ok then return nil, err end
      n = n + 1
    end
  end
  ok, err = self:commit()
  if not ok then return nil, err end
  return n
end

--- Commits what is pending and closes the database (safe to call twice).
function Store:close()
  if self.conn then
    pcall(self.conn.commit, self.conn)
    self.conn:close()
    self.env:close()
    self.conn, self.env = nil, nil
  end
end

return M
