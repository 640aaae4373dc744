--- protestcorpus.events: protest events from annotated documents, merged across documents.
--
--     local events = require "protestcorpus.events"
--     local lex = assert(events.load())                 -- data/events/*.tsv
--     local groups = {}
--     for _, doc in ipairs(docs) do                     -- plain tables, see events/detect.lua
--       for _, g in ipairs(events.groups(events.detect(doc, lex))) do groups[#groups + 1] = g end
--     end
--     for _, rec in ipairs(events.merge(groups)) do print(events.encode(rec)) end
--
-- Plain tables in, plain tables out: this layer never requires the C module or vim, so
-- event JSONL from any shard can be merged anywhere (events.read_group turns a record read
-- back from JSONL into a group again). Record fields and CSV columns: docs/events.md.
-- Pure Lua within the syntax LuaJIT accepts.
local detect = require "protestcorpus.events.detect"
local merge = require "protestcorpus.events.merge"
local lexicon = require "protestcorpus.events.lexicon"
local records = require "protestcorpus.records"

local M = {
  FORMS = merge.FORMS, CLAIMS = merge.CLAIMS, TARGETS = merge.TARGETS, ACTORS = merge.ACTORS,
}

local here = (debug.getinfo(1, "S").source:match("^@(.*)[/\\]") or ".")

--- The directory of the event lexicons: $PROTESTCORPUS_DATA/events, else data/events of
-- the checkout or of the installed rock.
function M.data_dir()
  local version = _VERSION:match("%d+%.%d+") or "5.1"
  local candidates = { here .. "/../../../data/events", here .. "/../data/events",
    here .. "/../../../../../lib/luarocks/rocks-" .. version .. "/protestcorpus/scm-1/data/events" }
  local env = os.getenv("PROTESTCORPUS_DATA")
  if env and env ~= "" then table.insert(candidates, 1, env .. "/events") end
  for _, dir in ipairs(candidates) do
    local f = io.open(dir .. "/triggers.tsv", "rb")
    if f then
      f:close()
      return dir
    end
  end
  return nil, "no data/events directory with triggers.tsv (set PROTESTCORPUS_DATA)"
end

--- Loads the lexicons (once per directory).
-- @param dir optional directory; default M.data_dir()
-- @return the lexicon, or nil and a message
function M.load(dir)
  if dir ~= nil and type(dir) ~= "string" then
    error(("bad argument #1 to 'load' (string expected, got %s)"):format(type(dir)), 2)
  end
  if not dir then
    local err
    dir, err = M.data_dir()
    if not dir then return nil, err end
  end
  return lexicon.load(dir)
end

--- The events of one document: a list of atoms, each with its per-document lists.
-- @param doc {id, lang, date, text, sentences, entities} (0-based end-exclusive spans)
-- @param lex optional lexicon (default: M.load())
function M.detect(doc, lex)
  if type(doc) ~= "table" then
    error(("bad argument #1 to 'detect' (table expected, got %s)"):format(type(doc)), 2)
  end
  if lex == nil then
    local err
    lex, err = M.load()
    if not lex then error("events.detect: " .. err, 2) end
  end
  return detect.document(doc, lex)
end

--- Groups for merge from detected atoms: one group per atom, its lists as items.
function M.groups(atoms)
  local out = {}
  for i, a in ipairs(atoms) do
    local items = {}
    for _, k in ipairs(merge.ITEM_KEYS) do items[k] = a[k] end
    out[i] = { atoms = { a }, items = items }
  end
  return out
end

-- The options of merge.merge: places compare through the exonym and country tables of lex.
local function merge_opts(lex)
  return {
    place_key = function(name) return detect.place_key(lex, name) end,
    place_country = function(name) return detect.place_country(lex, name) end,
  }
end

--- Merges groups into event records (see events/merge.lua); places compare through the
-- exonym and country tables of lex (default: M.load()).
function M.merge(groups, lex)
  if lex == nil then
    local err
    lex, err = M.load()
    if not lex then error("events.merge: " .. err, 2) end
  end
  return merge.merge(groups, merge_opts(lex))
end

--- The same merge in bounded memory, for a corpus of any size (see events/stream.lua):
-- s:add(group) for each group as it comes, then s:finish(encode, emit) writes the records
-- that M.merge would return, in its order.
-- @param lex the lexicon (default: M.load())
-- @param opts optional {spill_units, partition_bytes, run_bytes, tmpfile} (events/stream.lua)
function M.stream(lex, opts)
  if lex == nil then
    local err
    lex, err = M.load()
    if not lex then error("events.stream: " .. err, 2) end
  end
  return require("protestcorpus.events.stream").new(merge_opts(lex), opts)
end

--- A group from an event record read back from JSONL; nil and a message when it is not one.
M.read_group = merge.group_of_record

--- The records of one document alone (the `events` field of extract).
function M.document(doc, lex)
  if lex == nil then lex = assert(M.load()) end
  return M.merge(M.groups(M.detect(doc, lex)), lex)
end

--- The key order of event JSON.
M.KEY_ORDER = {
  "event_id", "date", "end_date", "status", "places", "areas", "sites", "place_counts",
  "organizers", "organizers_text", "actor_type", "forms", "participants", "vehicles",
  "claims", "claims_text", "targets", "evidence", "docs", "status_by_doc", "atoms",
  "doc", "low", "high", "value", "approx", "text", "unit", "source", "place", "claim",
  "start", "end",
}

local LIST_KEYS = { "places", "areas", "organizers", "forms", "claims", "targets", "docs",
  "participants", "vehicles", "place_counts", "sites", "evidence", "claims_text", "atoms" }

-- Empty lists must print as [] (and status_by_doc as an object).
local function mark_arrays(rec)
  for _, k in ipairs(LIST_KEYS) do
    if type(rec[k]) == "table" then records.array(rec[k]) end
  end
  if type(rec.atoms) == "table" then
    for _, a in ipairs(rec.atoms) do mark_arrays(a) end
  end
  return rec
end

--- One event record as a line of JSON (no newline), keys in a fixed order.
function M.encode(rec)
  return records.encode(mark_arrays(rec), M.KEY_ORDER)
end

--- M.encode written in C: json_encode is the C module's core.json_encode (this layer does
-- not load the C module; the command line passes it in). The same line as M.encode.
function M.encoder(json_encode)
  local enc = records.encoder(json_encode, M.KEY_ORDER)
  return function(rec) return enc(mark_arrays(rec)) end
end

--- A list of records as a JSON array value (the `events` field of extract).
function M.encode_list(recs)
  for _, r in ipairs(recs) do mark_arrays(r) end
  return records.array(recs)
end

M.CSV_COLUMNS = { "event_id", "date", "end_date", "status", "places", "organizers", "actor_type",
  "forms", "size_low", "size_high", "size_sources", "claims", "targets", "n_docs", "docs" }

local function csv_cell(v)
  if v == nil then return "" end
  v = tostring(v)
  if v:find('[",\r\n]') then return '"' .. v:gsub('"', '""') .. '"' end
  return v
end

--- The CSV header line.
function M.csv_header()
  return table.concat(M.CSV_COLUMNS, ",")
end

--- One record as a CSV line: lists joined with "; ", size_low the smallest figure given,
-- size_high the largest, size_sources the sources of the figures (sorted, "; ").
function M.csv_row(rec)
  local lo, hi, srcs, sseen = nil, nil, {}, {}
  for _, p in ipairs(rec.participants or {}) do
    local a = type(p.low) == "number" and p.low or (type(p.high) == "number" and p.high or nil)
    local b = type(p.high) == "number" and p.high or a
    if a and (not lo or a < lo) then lo = a end
    if b and (not hi or b > hi) then hi = b end
    if type(p.source) == "string" and not sseen[p.source] then
      sseen[p.source] = true
      srcs[#srcs + 1] = p.source
    end
  end
  table.sort(srcs)
  local function join(list) return table.concat(list or {}, "; ") end
  local cells = {
    rec.event_id, rec.date, rec.end_date, rec.status, join(rec.places), join(rec.organizers),
    rec.actor_type, join(rec.forms), lo and records.number(lo), hi and records.number(hi),
    join(srcs), join(rec.claims), join(rec.targets), #(rec.docs or {}), join(rec.docs),
  }
  local out = {}
  for i = 1, #M.CSV_COLUMNS do out[i] = csv_cell(cells[i]) end
  return table.concat(out, ",")
end

return M
