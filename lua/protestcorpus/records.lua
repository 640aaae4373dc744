--- protestcorpus.records: JSON Lines records of parsed documents and their entities.
--
--     local line = records.document(rec, doc)   -- for `protestcorpus parse`
--     local line = records.entities(rec, doc)   -- for `protestcorpus extract`
--
-- rec is a corpus record ({id=, date=, lang=, title=}, see protestcorpus.corpus), doc a
-- parsed document (pc.parse). Spans are written 0-based and end-exclusive ("start",
-- "end"): start = Lua start - 1, end = Lua stop. Key order is fixed (KEY_ORDER, then
-- unknown keys by name), so output is byte-identical from run to run.
-- The JSON encoder is here rather than cjson because cjson's key order follows the hash
-- table. Strings are valid UTF-8 on output: each byte that is not part of a valid UTF-8
-- sequence becomes U+FFFD, as the parser reads it (offsets still index the input bytes).
-- Pure Lua within the syntax LuaJIT accepts.
local cjson_null = require("cjson.safe").null
local schema = require "protestcorpus.schema"

local M = {}

--- Written as JSON null (a field that the record always carries but is unknown).
M.NULL = setmetatable({}, { __tostring = function() return "null" end })

local ARRAY_MT = { __name = "protestcorpus.records.array" }

--- Marks t (default a new table) as a JSON array, so that an empty one prints "[]".
function M.array(t)
  return setmetatable(t or {}, ARRAY_MT)
end

--- The order of keys in every object written here (protestcorpus.schema).
M.KEY_ORDER = schema.key_order

-- Per order list: its keys and their '"key":' prefixes, cached by list.
local plans = setmetatable({}, { __mode = "k" })

local function plan_of(order)
  local p = plans[order]
  if not p then
    p = { keys = {}, rank = {}, prefix = {} }
    for i, k in ipairs(order) do
      p.keys[i], p.rank[k] = k, i
    end
    plans[order] = p
  end
  return p
end

local ESCAPES = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function escape_char(c)
  return ESCAPES[c] or string.format("\\u%04x", c:byte())
end

local REPLACEMENT = "\239\191\189" -- U+FFFD

-- The valid UTF-8 sequences by length, each pattern for lead bytes of its own (so a match
-- is always a whole sequence of the input): U+0080-U+07FF, then the three-byte forms
-- without overlongs and surrogates, then the four-byte forms up to U+10FFFF.
local UTF8_SEQUENCES = {
  "[\194-\223][\128-\191]",
  "[\225-\236\238\239][\128-\191][\128-\191]",
  "\224[\160-\191][\128-\191]",
  "\237[\128-\159][\128-\191]",
  "[\241-\243][\128-\191][\128-\191][\128-\191]",
  "\240[\144-\191][\128-\191][\128-\191]",
  "\244[\128-\143][\128-\191][\128-\191]",
}

-- Whether s is valid UTF-8: every valid sequence replaced by an ASCII byte (gsub, in C),
-- no byte >= 0x80 may be left. (A match never spans a replaced sequence, so every byte
-- left over is one that no valid sequence covers.)
local function is_utf8(s)
  for _, p in ipairs(UTF8_SEQUENCES) do
    s = s:gsub(p, "x")
    if not s:find("[\128-\255]") then return true end
  end
  return false
end

-- The string with every byte outside a valid UTF-8 sequence (stray continuation bytes,
-- overlong forms, surrogates, above U+10FFFF) replaced by U+FFFD: the C core's policy.
local function valid_utf8(s)
  if not s:find("[\128-\255]") or is_utf8(s) then return s end
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local len, lo, hi = 0, 0x80, 0xBF
    if c < 0x80 then len = 1
    elseif c >= 0xC2 and c <= 0xDF then len = 2
    elseif c >= 0xE0 and c <= 0xEF then
      len = 3
      if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
    elseif c >= 0xF0 and c <= 0xF4 then
      len = 4
      if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
    end
    local ok = len > 0 and i + len - 1 <= n
    if ok and len > 1 then
      local b = s:byte(i + 1)
      ok = b >= lo and b <= hi
      for k = 2, len - 1 do
        if ok then
          b = s:byte(i + k)
          ok = b >= 0x80 and b <= 0xBF
        end
      end
    end
    if ok then
      out[#out + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      out[#out + 1] = REPLACEMENT
      i = i + 1
    end
  end
  return table.concat(out)
end
M.valid_utf8 = valid_utf8

-- Strings written recently and their JSON (the same doc ids, sources and names come back in
-- every record); emptied when full, so it stays small.
local string_cache, string_cached = {}, 0

local function encode_string(s)
  local got = string_cache[s]
  if got then return got end
  local v = valid_utf8(s)
  if v:find('[%c"\\]') then got = '"' .. v:gsub('[%c"\\]', escape_char) .. '"'
  else got = '"' .. v .. '"' end
  if #s <= 200 then
    if string_cached >= 4096 then string_cache, string_cached = {}, 0 end
    string_cache[s], string_cached = got, string_cached + 1
  end
  return got
end

--- A number as JSON: integers without ".0", other numbers in the fewest digits that read
-- back to the same double; NaN and infinities (not JSON) as null.
function M.number(x)
  if x ~= x or x == math.huge or x == -math.huge then return "null" end
  if math.type and math.type(x) == "integer" then return string.format("%d", x) end
  if x == math.floor(x) and x > -2 ^ 53 and x < 2 ^ 53 then
    return string.format("%d", x)
  end
  for digits = 15, 16 do
    local s = string.format("%." .. digits .. "g", x)
    if tonumber(s) == x then return s end
  end
  return string.format("%.17g", x)
end

--- A number with a fixed count of decimals, an exact half rounded away from zero. C's
-- printf rounds an exact half to even and LuaJIT's own formatter rounds it up
-- (341.25 -> "341.2" or "341.3"); rounding first makes both interpreters print the same.
function M.fixed(x, decimals)
  if x ~= x or x == math.huge or x == -math.huge then return tostring(x) end
  local scale = 10 ^ decimals
  local r = math.floor(math.abs(x) * scale + 0.5) / scale
  if x < 0 and r ~= 0 then r = -r end
  return string.format("%." .. decimals .. "f", r)
end

local function is_array(t)
  return getmetatable(t) == ARRAY_MT or t[1] ~= nil
end

local encode_value

-- The JSON of '"key":' for a key of the plan, kept.
local function key_prefix(plan, k)
  local pk = plan.prefix[k]
  if not pk then
    pk = encode_string(k) .. ":"
    plan.prefix[k] = pk
  end
  return pk
end

-- Keys of the plan's order first, then any others by name. The objects of event records
-- hold a few keys of a long order: those are sorted by rank (insertion sort) rather than
-- found by a walk over the whole order. out holds n strings; returns the new n.
local function encode_object(t, plan, out, n)
  local nkeys, extra = 0, nil
  local rank = plan.rank
  for k in pairs(t) do
    if type(k) ~= "string" then
      error("records.encode: object key is not a string: " .. tostring(k), 0)
    end
    nkeys = nkeys + 1
    if not rank[k] then
      extra = extra or {}
      extra[#extra + 1] = k
    end
  end
  n = n + 1
  out[n] = "{"
  local first = true
  local known = nkeys - (extra and #extra or 0)
  if known > 0 and known * 4 < #plan.keys then
    local ks, m = {}, 0
    for k in pairs(t) do
      local r = rank[k]
      if r then
        local i = m
        while i > 0 and rank[ks[i]] > r do ks[i + 1] = ks[i] i = i - 1 end
        ks[i + 1] = k
        m = m + 1
      end
    end
    for i = 1, m do
      local k = ks[i]
      local pk = key_prefix(plan, k)
      n = n + 1
      out[n] = first and pk or "," .. pk
      first = false
      n = encode_value(t[k], plan, out, n)
    end
  elseif known > 0 then
    local keys = plan.keys
    for i = 1, #keys do
      local k = keys[i]
      local v = t[k]
      if v ~= nil then
        local pk = key_prefix(plan, k)
        n = n + 1
        out[n] = first and pk or "," .. pk
        first = false
        n = encode_value(v, plan, out, n)
        known = known - 1
        if known == 0 then break end
      end
    end
  end
  if extra then
    table.sort(extra)
    for _, k in ipairs(extra) do
      local pk = encode_string(k) .. ":"
      n = n + 1
      out[n] = first and pk or "," .. pk
      first = false
      n = encode_value(t[k], plan, out, n)
    end
  end
  n = n + 1
  out[n] = "}"
  return n
end

encode_value = function(v, plan, out, n)
  local tv = type(v)
  n = n + 1
  if tv == "string" then
    out[n] = encode_string(v)
  elseif tv == "number" then
    out[n] = M.number(v)
  elseif tv == "boolean" then
    out[n] = v and "true" or "false"
  elseif v == nil or v == M.NULL or v == cjson_null then
    out[n] = "null"
  elseif tv == "table" then
    if is_array(v) then
      out[n] = "["
      for i = 1, #v do
        if i > 1 then n = n + 1 out[n] = "," end
        n = encode_value(v[i], plan, out, n)
      end
      n = n + 1
      out[n] = "]"
    else
      n = encode_object(v, plan, out, n - 1)
    end
  else
    error("records.encode: cannot encode a " .. tv, 0)
  end
  return n
end

--- Encodes a Lua value as one line of JSON.
-- Objects are tables; arrays are non-empty sequences or tables marked by records.array;
-- records.NULL is null. Object keys are written in the order of the list `order`
-- (default KEY_ORDER), keys not in it after them by name.
function M.encode(value, order)
  local out = {}
  local n = encode_value(value, plan_of(order or M.KEY_ORDER), out, 0)
  return table.concat(out, "", 1, n)
end

--- An encoder that writes what M.encode(value, order) writes, in C: json_encode is the C
-- module's core.json_encode (the command line passes it in; this module stays pure Lua).
-- For plain tables (no __index, __pairs or __len); spec/records_spec.lua compares the two.
function M.encoder(json_encode, order)
  local rank = plan_of(order or M.KEY_ORDER).rank
  return function(value) return json_encode(value, rank, ARRAY_MT, M.NULL) end
end

--- A Lua span {start, stop} (1-based inclusive) as {start, end} (0-based, end-exclusive).
function M.span(sp)
  if sp == nil then return M.NULL end
  return { start = sp.start - 1, ["end"] = sp.stop }
end

local function span_list(list)
  local out = M.array()
  for i, sp in ipairs(list or {}) do
    out[i] = { start = sp.start - 1, ["end"] = sp.stop }
  end
  return out
end

local META_SPANS = schema.meta_spans
local META_LISTS = schema.meta_lists

local HEAD_FIELDS = { "id", "lang", "date", "title" }

-- The fields every record starts with. A JSONL input's id, date, lang and title win over
-- what the parser found (the caller passed them as the document's own).
local function head(rec, doc)
  local meta = doc.meta or {}
  return {
    id = rec.id or M.NULL,
    lang = rec.lang or meta.lang or M.NULL,
    date = rec.date or meta.date or M.NULL,
    title = rec.title or meta.title or M.NULL,
    source = meta.source or M.NULL,
  }
end

--- Whether the head fields of rec are what the C writer takes (strings or absent).
function M.plain_head(rec)
  for _, k in ipairs(HEAD_FIELDS) do
    local v = rec[k]
    if v ~= nil and type(v) ~= "string" then return false end
  end
  return true
end

--- The `parse` record of a document, as a Lua table (see records.document).
function M.document_object(rec, doc)
  local r = head(rec, doc)
  local meta = doc.meta or {}
  local spans = meta.spans or {}
  local m = {}
  for _, k in ipairs(META_SPANS) do m[k] = M.span(spans[k]) end
  for _, k in ipairs(META_LISTS) do m[k] = span_list(meta[k]) end
  r.meta = m
  r.paragraphs = span_list(doc.paragraphs)
  r.sentences = span_list(doc.sentences)
  return r
end

--- The `parse` record of a document: one line of JSON, without the newline.
-- {"id","lang","date","title","source","meta":{...spans...},"paragraphs","sentences"}
-- A document from pc.parse is written by the C core (Doc:document_json); any other through
-- the Lua encoder.
function M.document(rec, doc, opts)
  if type(doc) == "table" and doc.document_json and M.plain_head(rec) then
    return doc:document_json(rec)
  end
  return M.encode(M.document_object(rec, doc, opts))
end

local ATTR_TYPES = { string = true, number = true, boolean = true }

--- Entities from doc:entities() as output tables: 0-based spans, then type, text and the
-- attributes the entity has (value, low, high, approx, relative, unit, currency, ...).
function M.entity_list(ents)
  local out = M.array()
  for i, e in ipairs(ents) do
    local o = { start = e.start - 1, ["end"] = e.stop }
    for k, v in pairs(e) do
      if k ~= "start" and k ~= "stop" and type(k) == "string" and ATTR_TYPES[type(v)] then
        o[k] = v
      end
    end
    out[i] = o
  end
  return out
end

--- Quotes from doc:annotations() as output tables: 0-based spans, text, kind, then speaker
-- (the canonical name), cue and the cue's 0-based span when they are known.
function M.quote_list(quotes)
  local out = M.array()
  for i, q in ipairs(quotes) do
    local o = { start = q.start - 1, ["end"] = q.stop, text = q.text, kind = q.kind, speaker = q.speaker }
    if q.cue then
      o.cue, o.cue_start, o.cue_end = q.cue, q.cue_start - 1, q.cue_stop
    end
    out[i] = o
  end
  return out
end

-- Whether a list of types keeps quotes: their speakers are PERSON and ORG entities.
local function keeps_quotes(types)
  if not types then return true end
  local person, org = false, false
  for _, t in ipairs(types) do
    if t == "PERSON" then person = true elseif t == "ORG" then org = true end
  end
  return person and org
end

--- The `extract` record of a document, as a Lua table (see records.entities).
-- @param opts optional: `types`, a list of entity types to keep; quotes are in the record
--   when the document has doc:annotations() and the types keep PERSON and ORG
-- The kind of the segment holding 1-based byte position at (segments in text order).
local function segment_at(segments, at)
  local lo, hi = 1, #segments
  while lo <= hi do
    local mid = math.floor((lo + hi) / 2)
    if segments[mid].start <= at then lo = mid + 1 else hi = mid - 1 end
  end
  return hi >= 1 and segments[hi].kind or "paragraph"
end

-- An extract record's "meta": the document's metadata as {start, end, text} or null.
local function record_meta(doc)
  local meta = doc.meta or {}
  local spans = meta.spans or {}
  local text = doc.text or ""
  local m = {}
  for _, k in ipairs(schema.record_meta) do
    local sp = spans[k]
    m[k] = sp and { start = sp.start - 1, ["end"] = sp.stop, text = text:sub(sp.start, sp.stop) } or M.NULL
  end
  m.invalid_bytes = meta.invalid_bytes or 0
  return m
end

function M.entities_object(rec, doc, opts)
  local r = head(rec, doc)
  local types = opts and opts.types
  local ents, err = doc:entities(types and { types = types } or nil)
  if not ents then return nil, err end
  r.meta = record_meta(doc)
  r.entities = M.entity_list(ents)
  local segments = doc.segments or {}
  for _, e in ipairs(r.entities) do e.segment = segment_at(segments, e.start + 1) end
  if type(doc) == "table" and doc.annotations and keeps_quotes(types) then
    local a, aerr = doc:annotations()
    if not a then return nil, aerr end
    r.quotes = M.quote_list(a.quotes)
  end
  return r
end

--- The `extract` record of a document: one line of JSON, without the newline.
-- {"id","lang","date","title","source","entities":[{"start","end","type","text",...}]}
-- A document from pc.parse is written by the C core (Doc:record_json), with no Lua table
-- per entity; any other (a table with an entities method) goes through the Lua encoder.
function M.entities(rec, doc, opts)
  if type(doc) == "table" and doc.record_json and M.plain_head(rec) then
    local types = opts and opts.types
    return doc:record_json(rec, types and { types = types } or nil)
  end
  local obj, err = M.entities_object(rec, doc, opts)
  if not obj then return nil, err end
  return M.encode(obj)
end

return M
