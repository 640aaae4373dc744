--- protestcorpus.eval: entity and quote scoring, as pure functions.
--
--     local res = eval.score(gold_docs, sys_docs, { map = { PER = "PERSON" }, types = { "DATE" } })
--     for _, row in ipairs(res.rows) do print(row.type, row.f, row.of) end
--
-- The arithmetic of ../shared/tools/score.py, reproduced to the same numbers: documents
-- are tables as decoded from JSON Lines ({"id", "lang"?, "text"?, "entities": [{"start",
-- "end", "type", "text"?, attributes...}], "quotes": [...]}), offsets 0-based and
-- end-exclusive. Where score.py's Python semantics matter (int() of a span, str() of an
-- attribute, strip(), decoding a slice with "replace"), the helpers below mimic them.
-- A metric score.py gives as None is nil here. No I/O, no printing.
-- Pure Lua within the syntax LuaJIT accepts.
local JSON_NULL = require("cjson.safe").null
local schema = require "protestcorpus.schema"

local M = {}

-- The types in the order rows are printed, and their groups: protestcorpus.schema.
M.CANON_ORDER = schema.entity_types
M.VALUE_TYPES = schema.value_types
M.NAME_TYPES = schema.name_types
M.COUNT_KEYS = { "gold", "sys", "tp", "ov", "val_exact_ok", "val_exact_n", "val_ok", "val_n",
  "can_exact_ok", "can_exact_n", "can_ok", "can_n" }
M.METRIC_KEYS = { "p", "r", "f", "op", "orr", "of" }
M.QUOTE_COUNT_KEYS = { "docs", "gold", "sys", "tp", "ov", "speaker_ok", "kind_ok" }
M.DATE_VALUE_KEYS = { "exact_n", "exact_ok", "ov_n", "ov_ok" }
M.WARN_KEYS = { "gold_docs", "missing_in_sys", "sys_not_in_gold", "sys_text_mismatch",
  "gold_text_mismatch", "lang_skipped", "sys_bad_lines", "sys_dup_ids",
  "sys_bad_records", "gold_bad_records", "sys_quote_text_mismatch",
  "gold_quote_text_mismatch" }

local NAME_TYPE = schema.is_name_type
local CANON_RANK = {}
for i, t in ipairs(M.CANON_ORDER) do CANON_RANK[t] = i end

-- JSON null (cjson.null) counts as absent, like Python's None.
local function absent(x)
  return x == nil or x == JSON_NULL
end

local function is_list(t)
  return type(t) == "table" and (next(t) == nil or t[1] ~= nil)
end

local function is_dict(t)
  return type(t) == "table" and t[1] == nil
end

local function finite(x)
  return type(x) == "number" and x == x and x ~= math.huge and x ~= -math.huge
end

-- Python's str() of a JSON scalar (numbers decode as doubles: integral ones print as ints).
local function pystr(x)
  local t = type(x)
  if t == "string" then return x end
  if absent(x) then return "None" end
  if t == "boolean" then return x and "True" or "False" end
  if t == "number" then
    if not finite(x) then return x ~= x and "nan" or (x > 0 and "inf" or "-inf") end
    if x == math.floor(x) and math.abs(x) < 1e16 then return string.format("%d", x) end
    for digits = 15, 17 do
      local s = string.format("%." .. digits .. "g", x)
      if digits == 17 or tonumber(s) == x then return s end
    end
  end
  return "<" .. t .. ">"
end

-- White space Python's str.strip() removes: ASCII, \x1c-\x1f, and these code points.
local UNI_SPACES = {
  "\194\133", "\194\160", "\225\154\128", "\226\128\168", "\226\128\169", "\226\128\175",
  "\226\129\159", "\227\128\128",
}
for cp = 0x2000, 0x200A do -- U+2000..U+200A: E2 80 80..8A
  UNI_SPACES[#UNI_SPACES + 1] = "\226\128" .. string.char(0x80 + cp - 0x2000)
end

local function pystrip(s)
  local changed = true
  while changed do
    changed = false
    local t = s:gsub("^[%s\28-\31]+", ""):gsub("[%s\28-\31]+$", "")
    if t ~= s then s, changed = t, true end
    for _, u in ipairs(UNI_SPACES) do
      if s:sub(1, #u) == u then s, changed = s:sub(#u + 1), true end
      if #s >= #u and s:sub(-#u) == u then s, changed = s:sub(1, -#u - 1), true end
    end
  end
  return s
end

--- score.py's _str: an attribute as a stripped string; nil when absent or empty.
function M.str(x)
  if absent(x) then return nil end
  local s = pystrip(pystr(x))
  if s == "" then return nil end
  return s
end

--- score.py's _num: a finite number, nil for anything else (strings, booleans, NaN).
function M.num(x)
  if finite(x) then return x end
  return nil
end

--- Gold number g equals system number s (nil equals only nil).
function M.num_eq(g, s)
  if g == nil or s == nil then return g == nil and s == nil end
  return math.abs(g - s) <= 1e-9 * math.max(1.0, math.abs(g))
end

--- score.py's norm_id: str(id) without a trailing ".txt".
function M.norm_id(x)
  local s = pystr(x)
  if s:sub(-4) == ".txt" then s = s:sub(1, -5) end
  return s
end

-- Python's int(): numbers truncate toward zero, booleans are 0/1, decimal strings parse.
local function pyint(x)
  local t = type(x)
  if t == "number" then
    if not finite(x) then return nil end
    return x >= 0 and math.floor(x) or math.ceil(x)
  elseif t == "boolean" then
    return x and 1 or 0
  elseif t == "string" then
    local sign, digits = x:match("^%s*([+-]?)(%d[%d_]*)%s*$")
    if not digits or digits:find("__", 1, true) or digits:sub(-1) == "_" then return nil end
    local n = tonumber((digits:gsub("_", "")))
    return sign == "-" and -n or n
  end
  return nil
end

local function span_of(r)
  if not is_dict(r) then return nil end
  local s, t = pyint(r.start), pyint(r["end"])
  if s == nil or t == nil or s < 0 or t <= s then return nil end
  return s, t
end

-- The records under doc[key] with well-formed spans; counts bad ones in warn[bad_key].
local function records_of(doc, key, warn, bad_key)
  local items = doc[key]
  local out = {}
  if absent(items) then return out end
  if not is_list(items) then
    if warn then warn[bad_key] = warn[bad_key] + 1 end
    return out
  end
  for _, r in ipairs(items) do
    local s, t = span_of(r)
    if s == nil or (key == "entities" and type(r.type) ~= "string") then
      if warn then warn[bad_key] = warn[bad_key] + 1 end
    else
      out[#out + 1] = { start = s, stop = t, r = r }
    end
  end
  return out
end

local function ents_of(doc, map, types, warn, bad_key)
  local out = {}
  for _, x in ipairs(records_of(doc, "entities", warn, bad_key)) do
    local e = x.r
    local ty = map[e.type] or e.type
    if not types or types[ty] then
      out[#out + 1] = { start = x.start, ["end"] = x.stop, type = ty, text = e.text,
        value = M.str(e.value), attrs = e }
    end
  end
  return out
end

local function quotes_of(doc, warn, bad_key)
  local out = {}
  for _, x in ipairs(records_of(doc, "quotes", warn, bad_key)) do
    local q = x.r
    out[#out + 1] = { start = x.start, ["end"] = x.stop, type = "QUOTE", text = q.text,
      speaker = M.str(q.speaker), kind = M.str(q.kind) }
  end
  return out
end

--- score.py's value_ok: nil when gold entity g has no value of type ty to check, else
-- whether system entity s got it right. g and s carry `value` (M.str) and `attrs`.
function M.value_ok(ty, g, s)
  local ga, sa = g.attrs, s.attrs
  if ty == "DATE" then
    if g.value == nil then return nil end
    return s.value == g.value
  elseif ty == "QUANTITY" then
    local gv, lo, hi = M.num(ga.value), M.num(ga.low), M.num(ga.high)
    if gv == nil and lo == nil and hi == nil then return nil end
    if gv ~= nil and M.num_eq(gv, M.num(sa.value)) then return true end
    return (lo ~= nil or hi ~= nil) and M.num_eq(lo, M.num(sa.low)) and M.num_eq(hi, M.num(sa.high))
  elseif ty == "MONEY" then
    local gv, gc = M.num(ga.value), M.str(ga.currency)
    if gv == nil and gc == nil then return nil end
    return (gv == nil or M.num_eq(gv, M.num(sa.value))) and (gc == nil or M.str(sa.currency) == gc)
  elseif ty == "PERCENT" then
    local gv = M.num(ga.value)
    if gv == nil then return nil end
    return M.num_eq(gv, M.num(sa.value))
  end
  return nil
end

--- score.py's canonical_ok: nil unless ty is a name type and gold has a canonical.
function M.canonical_ok(ty, g, s)
  if not NAME_TYPE[ty] then return nil end
  local gc = M.str(g.attrs.canonical)
  if gc == nil then return nil end
  return M.str(s.attrs.canonical) == gc
end

--- One-to-one matching of gold and system items of one type in one document.
-- Items have `start` and `end`. Exact pairs first (each gold, in order, takes the first
-- unused system item with its span); then the rest greedily by largest overlap, ties by
-- gold start, system start, gold index, system index.
-- @return exact, overlap: lists of {gi, si} (1-based); overlap includes the exact pairs
function M.match_pairs(gold, sys)
  local exact, used_g, used_s = {}, {}, {}
  local by_span = {}
  for si, s in ipairs(sys) do
    local k = s.start .. ":" .. s["end"]
    local l = by_span[k]
    if not l then
      l = { n = 0 }
      by_span[k] = l
    end
    l[#l + 1] = si
  end
  for gi, g in ipairs(gold) do
    local l = by_span[g.start .. ":" .. g["end"]]
    if l and l.n < #l then
      l.n = l.n + 1
      local si = l[l.n]
      exact[#exact + 1] = { gi, si }
      used_g[gi], used_s[si] = true, true
    end
  end
  local cands = {}
  for gi, g in ipairs(gold) do
    if not used_g[gi] then
      for si, s in ipairs(sys) do
        if not used_s[si] then
          local ov = math.min(g["end"], s["end"]) - math.max(g.start, s.start)
          if ov > 0 then cands[#cands + 1] = { -ov, g.start, s.start, gi, si } end
        end
      end
    end
  end
  table.sort(cands, function(a, b)
    for i = 1, 5 do
      if a[i] ~= b[i] then return a[i] < b[i] end
    end
    return false
  end)
  local overlap = {}
  for i, p in ipairs(exact) do overlap[i] = p end
  for _, c in ipairs(cands) do
    local gi, si = c[4], c[5]
    if not used_g[gi] and not used_s[si] then
      used_g[gi], used_s[si] = true, true
      overlap[#overlap + 1] = { gi, si }
    end
  end
  return exact, overlap
end

--- Precision, recall and F1 of tp true positives among n_sys predictions and n_gold gold
-- items: p is nil without predictions, r without gold, f when both are zero.
function M.prf(tp, n_sys, n_gold)
  local p = n_sys ~= 0 and tp / n_sys or nil
  local r = n_gold ~= 0 and tp / n_gold or nil
  local f
  if not (n_sys == 0 and n_gold == 0) then
    local pp, rr = p or 0.0, r or 0.0
    f = pp + rr > 0 and 2 * pp * rr / (pp + rr) or 0.0
  end
  return p, r, f
end

local function add_metrics(c)
  c.p, c.r, c.f = M.prf(c.tp, c.sys, c.gold)
  c.op, c.orr, c.of = M.prf(c.ov, c.sys, c.gold)
  return c
end

local function zeros(keys)
  local t = {}
  for _, k in ipairs(keys) do t[k] = 0 end
  return t
end

-- Bytes decoded as UTF-8 the way Python's decode("utf-8", "replace") does: each maximal
-- invalid subpart becomes U+FFFD. Used to compare a span's bytes with its "text".
local REPLACEMENT = "\239\191\189"

local function utf8_replace(s)
  if not s:find("[\128-\255]") then return s end
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local need
    local lo, hi = 0x80, 0xBF
    if c < 0x80 then
      need = 0
    elseif c >= 0xC2 and c <= 0xDF then
      need = 1
    elseif c == 0xE0 then
      need, lo = 2, 0xA0
    elseif (c >= 0xE1 and c <= 0xEC) or c == 0xEE or c == 0xEF then
      need = 2
    elseif c == 0xED then
      need, hi = 2, 0x9F
    elseif c == 0xF0 then
      need, lo = 3, 0x90
    elseif c >= 0xF1 and c <= 0xF3 then
      need = 3
    elseif c == 0xF4 then
      need, hi = 3, 0x8F
    else
      need = -1
    end
    if need == 0 then
      out[#out + 1] = string.char(c)
      i = i + 1
    elseif need < 0 then
      out[#out + 1] = REPLACEMENT
      i = i + 1
    else
      local j, ok = i + 1, true
      for k = 1, need do
        local b = s:byte(j)
        local l, h = 0x80, 0xBF
        if k == 1 then l, h = lo, hi end
        if not b or b < l or b > h then
          ok = false
          break
        end
        j = j + 1
      end
      out[#out + 1] = ok and s:sub(i, j - 1) or REPLACEMENT
      i = j
    end
  end
  return table.concat(out)
end
M.utf8_replace = utf8_replace

local function check_text(text, list, warn, key)
  for _, e in ipairs(list) do
    local t = e.text
    if not absent(t) then
      if type(t) ~= "string" or utf8_replace(text:sub(e.start + 1, e["end"])) ~= utf8_replace(t) then
        warn[key] = warn[key] + 1
      end
    end
  end
end

local function same_type(list, ty)
  local out = {}
  for _, e in ipairs(list) do
    if e.type == ty then out[#out + 1] = e end
  end
  return out
end

--- Parses "PER=PERSON,LOC=PLACE" into a map; nil, message on a part without "=".
function M.parse_map(s)
  local m = {}
  if s == nil or s == "" then return m end
  for part in (s .. ","):gmatch("([^,]*),") do
    part = pystrip(part)
    if part ~= "" then
      local a, b = part:match("^([^=]*)=(.*)$")
      if not a then return nil, ("--map: expected FROM=TO, got '%s'"):format(part) end
      m[pystrip(a)] = pystrip(b)
    end
  end
  return m
end

--- Parses "PERSON,ORG" into a list; nil for an empty string (all types).
function M.parse_types(s)
  if s == nil or s == "" then return nil end
  local out = {}
  for part in (s .. ","):gmatch("([^,]*),") do
    part = pystrip(part)
    if part ~= "" then out[#out + 1] = part end
  end
  return out
end

-- Indexes the system documents by normalized id; counts bad lines and duplicate ids.
-- Returns the index and the ids in first-seen order (the later duplicate line wins).
local function index_sys_docs(sys_docs, warn)
  local sysd, sys_ids = {}, {}
  for _, d in ipairs(sys_docs) do
    if not is_dict(d) then
      warn.sys_bad_lines = warn.sys_bad_lines + 1
    else
      local k = M.norm_id(d.id)
      if sysd[k] then
        warn.sys_dup_ids = warn.sys_dup_ids + 1 -- the later line wins
      else
        sys_ids[#sys_ids + 1] = k
      end
      sysd[k] = d
    end
  end
  return sysd, sys_ids
end

-- The entity types of gold then system records, each once, in first-seen order.
local function types_seen(G, S)
  local seen, tys = {}, {}
  for _, list in ipairs({ G, S }) do
    for _, e in ipairs(list) do
      if not seen[e.type] then
        seen[e.type] = true
        tys[#tys + 1] = e.type
      end
    end
  end
  return tys
end

-- Adds the value and canonical checks of matched pairs (exact and overlap) to c:
-- val_exact_n/ok, val_n/ok, can_exact_n/ok, can_n/ok. A check returning nil is not counted.
local function count_value_checks(c, ty, gl, sl, exact, overlap)
  for _, check in ipairs({ { "val_", M.value_ok }, { "can_", M.canonical_ok } }) do
    for _, which in ipairs({ { "exact_", exact }, { "", overlap } }) do
      local nkey, okkey = check[1] .. which[1] .. "n", check[1] .. which[1] .. "ok"
      for _, p in ipairs(which[2]) do
        local ok = check[2](ty, gl[p[1]], sl[p[2]])
        if ok ~= nil then
          c[nkey] = c[nkey] + 1
          if ok then c[okkey] = c[okkey] + 1 end
        end
      end
    end
  end
end

-- Adds one document's entity counts, type by type, to the counters that cnt(ty) returns.
local function count_entities(G, S, cnt)
  for _, ty in ipairs(types_seen(G, S)) do
    local gl, sl = same_type(G, ty), same_type(S, ty)
    local exact, overlap = M.match_pairs(gl, sl)
    local c = cnt(ty)
    c.gold = c.gold + #gl
    c.sys = c.sys + #sl
    c.tp = c.tp + #exact
    c.ov = c.ov + #overlap
    count_value_checks(c, ty, gl, sl, exact, overlap)
  end
end

-- Adds one document's quote counts to qc; speaker and kind are judged on overlap pairs.
local function count_quotes(GQ, SQ, qc)
  local exact, overlap = M.match_pairs(GQ, SQ)
  qc.docs = qc.docs + 1
  qc.gold = qc.gold + #GQ
  qc.sys = qc.sys + #SQ
  qc.tp = qc.tp + #exact
  qc.ov = qc.ov + #overlap
  for _, p in ipairs(overlap) do
    local gq, sq = GQ[p[1]], SQ[p[2]]
    if gq.speaker == sq.speaker then qc.speaker_ok = qc.speaker_ok + 1 end
    if gq.kind == sq.kind then qc.kind_ok = qc.kind_ok + 1 end
  end
end

-- Scores one gold document g against its system document s (nil when missing).
-- ctx holds map, types (a set or nil), warn, qc and cnt.
local function score_doc(g, s, ctx)
  local warn = ctx.warn
  warn.gold_docs = warn.gold_docs + 1
  if s == nil then
    warn.missing_in_sys = warn.missing_in_sys + 1
    s = {}
  end
  local G = ents_of(g, ctx.map, ctx.types, warn, "gold_bad_records")
  local S = ents_of(s, ctx.map, ctx.types, warn, "sys_bad_records")
  -- quotes are scored only where the gold document annotates them
  local has_quotes = not absent(g.quotes) and is_list(g.quotes)
  local GQ = has_quotes and quotes_of(g, warn, "gold_bad_records") or {}
  local SQ = has_quotes and quotes_of(s, warn, "sys_bad_records") or {}
  if type(g.text) == "string" then
    check_text(g.text, G, warn, "gold_text_mismatch")
    check_text(g.text, S, warn, "sys_text_mismatch")
    check_text(g.text, GQ, warn, "gold_quote_text_mismatch")
    check_text(g.text, SQ, warn, "sys_quote_text_mismatch")
  end
  count_entities(G, S, ctx.cnt)
  if has_quotes then count_quotes(GQ, SQ, ctx.qc) end
end

-- The scored types: CANON_ORDER first, then any other type in byte order.
local function type_order(counts)
  local order, others = {}, {}
  for _, ty in ipairs(M.CANON_ORDER) do
    if counts[ty] then order[#order + 1] = ty end
  end
  for ty in pairs(counts) do
    if not CANON_RANK[ty] then others[#others + 1] = ty end
  end
  table.sort(others)
  for _, ty in ipairs(others) do order[#order + 1] = ty end
  return order
end

-- Turns the counters into the result of M.score: one row per type, the micro total,
-- the date values and the quote row (nil when no gold document annotates quotes).
local function summarize(counts, qc, warn)
  local rows, tot = {}, zeros(M.COUNT_KEYS)
  for _, ty in ipairs(type_order(counts)) do
    local c = counts[ty]
    local row = { type = ty }
    for _, k in ipairs(M.COUNT_KEYS) do
      tot[k] = tot[k] + c[k]
      row[k] = c[k]
    end
    rows[#rows + 1] = add_metrics(row)
  end
  tot.type = "micro"
  local micro = add_metrics(tot)
  local d = counts.DATE or zeros(M.COUNT_KEYS)
  local date_value = { exact_n = d.val_exact_n, exact_ok = d.val_exact_ok,
    ov_n = d.val_n, ov_ok = d.val_ok }
  local quotes = nil
  if qc.docs > 0 then quotes = add_metrics(qc) end
  return { rows = rows, micro = micro, date_value = date_value, quotes = quotes, warnings = warn }
end

--- Scores system documents against gold documents.
-- @param gold_docs list of gold document tables
-- @param sys_docs list of system document tables (non-tables count as bad lines)
-- @param opts optional: `map` (type renames applied to both sides), `types` (list of
--   types to score, after map), `lang` (score only gold docs with this "lang")
-- @return {rows = {row...}, micro = row, date_value = {exact_n, exact_ok, ov_n, ov_ok},
--   quotes = row or nil, warnings = {...}}; a row holds `type`, COUNT_KEYS and the
--   metrics p, r, f (exact span) and op, orr, of (overlap), nil where undefined
function M.score(gold_docs, sys_docs, opts)
  opts = opts or {}
  local types
  if opts.types then
    types = {}
    for _, t in ipairs(opts.types) do types[t] = true end
  end
  local lang = opts.lang
  if lang == "" then lang = nil end
  local warn = zeros(M.WARN_KEYS)
  local sysd, sys_ids = index_sys_docs(sys_docs, warn)
  local counts = {}
  local function cnt(ty)
    local c = counts[ty]
    if not c then
      c = zeros(M.COUNT_KEYS)
      counts[ty] = c
    end
    return c
  end
  local ctx = { map = opts.map or {}, types = types, warn = warn,
    qc = zeros(M.QUOTE_COUNT_KEYS), cnt = cnt }
  local gold_ids = {}
  for _, g in ipairs(gold_docs) do
    local gid = M.norm_id(g.id)
    gold_ids[gid] = true
    if lang and (absent(g.lang) or g.lang ~= lang) then
      warn.lang_skipped = warn.lang_skipped + 1
    else
      score_doc(g, sysd[gid], ctx)
    end
  end
  for _, k in ipairs(sys_ids) do
    if not gold_ids[k] then warn.sys_not_in_gold = warn.sys_not_in_gold + 1 end
  end
  if opts.types then
    for _, ty in ipairs(opts.types) do cnt(ty) end
  end
  return summarize(counts, ctx.qc, warn)
end

return M
