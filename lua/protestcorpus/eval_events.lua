--- protestcorpus.eval_events: scores event records against gold, exactly as
-- ../shared/tools/score_events.py does (same matching, same numbers, same --json keys).
--
--     local res = eval_events.score(gold_events, sys_events)
--     print(eval_events.table(res))
--
-- gold_events and sys_events are lists of decoded JSON objects (events; a system object may
-- instead be a document record with an "events" list, see M.flatten). Documents are
-- compared after dropping a directory part and a ".txt" suffix; names after Unicode
-- decomposition (accents dropped), lowercasing and turning - ' ’ _ . and dashes into spaces.
-- Pure Lua within the syntax LuaJIT accepts; no C module.
local M = {}

local NULL_T = "userdata" -- cjson.null

local function is_null(v) return v == nil or type(v) == NULL_T end

--- "dir/000_x.txt" -> "000_x"
function M.norm_doc(x)
  x = tostring(x)
  x = x:match("([^/]*)$")
  if x:sub(-4) == ".txt" then x = x:sub(1, -5) end
  return x
end

-- Latin letters with a canonical decomposition -> their base letter (what NFKD then
-- dropping combining marks gives), upper and lower case; then lowercase.
local BASE = {}
do
  local groups = {
    a = "àáâãäåāăą", c = "çćĉċč", d = "ď", e = "èéêëēĕėęě", g = "ĝğġģ", h = "ĥ",
    i = "ìíîïĩīĭį", j = "ĵ", k = "ķ", l = "ĺļľ", n = "ñńņň", o = "òóôõöōŏő",
    r = "ŕŗř", s = "śŝşšș", t = "ţťț", u = "ùúûüũūŭůűų", w = "ŵ", y = "ýÿŷ", z = "źżž",
    A = "ÀÁÂÃÄÅĀĂĄ", C = "ÇĆĈĊČ", D = "Ď", E = "ÈÉÊËĒĔĖĘĚ", G = "ĜĞĠĢ", H = "Ĥ",
    I = "ÌÍÎÏĨĪĬĮİ", J = "Ĵ", K = "Ķ", L = "ĹĻĽ", N = "ÑŃŅŇ", O = "ÒÓÔÕÖŌŎŐ", R = "ŔŖŘ",
    S = "ŚŜŞŠȘ", T = "ŢŤȚ", U = "ÙÚÛÜŨŪŬŮŰŲ", W = "Ŵ", Y = "ÝŸŶ", Z = "ŹŻŽ",
  }
  for base, chars in pairs(groups) do
    for ch in chars:gmatch("[\192-\223][\128-\191]") do BASE[ch] = base:lower() end
  end
  -- other letters that only change case
  local pairs_ = { "ÆÆæ", "ŒŒœ", "ØØø", "ÐÐð", "ÞÞþ" }
  for _, p in ipairs(pairs_) do
    local up, low = p:sub(1, 2), p:sub(5, 6)
    BASE[up] = low
  end
end

local SEPARATORS = {
  ["-"] = true, ["'"] = true, ["_"] = true, ["."] = true,
  ["\226\128\144"] = true, ["\226\128\145"] = true, ["\226\128\147"] = true, -- ‐ ‑ –
  ["\226\128\148"] = true, ["\226\128\153"] = true,                          -- — ’
}
local SPACES = { ["\194\160"] = true, ["\226\128\175"] = true, ["\226\128\137"] = true }

--- A name as score_events.py's norm_name sees it.
function M.norm_name(s)
  s = tostring(s)
  s = s:gsub("[\192-\223][\128-\191]", function(c)
    if SPACES[c] then return " " end
    return BASE[c]
  end)
  s = s:gsub("\226\128[\128-\191]", function(c)
    if SEPARATORS[c] then return " " end
    if SPACES[c] or (c:byte(3) >= 0x80 and c:byte(3) <= 0x8A) then return " " end
    return nil
  end)
  s = s:lower():gsub("[%-'_%.]", " ")
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  return table.concat(words, " ")
end

function M.names_match(a, b)
  a, b = M.norm_name(a), M.norm_name(b)
  if a == "" or b == "" then return false end
  if a == b then return true end
  local short, long = a, b
  if #a >= #b then short, long = b, a end
  return (" " .. long .. " "):find(" " .. short .. " ", 1, true) ~= nil
end

--- (year, month, day or nil) of an ISO date prefix, or nil.
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m = s:match("^(%d%d%d%d)%-(%d%d)")
  if not y then return nil end
  local d = s:match("^%d%d%d%d%-%d%d%-(%d%d)")
  return tonumber(y), tonumber(m), d and tonumber(d) or nil
end

local DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function valid(y, m, d)
  if y < 1 or m < 1 or m > 12 or d < 1 then return false end
  local n = DAYS[m]
  if m == 2 and ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) then n = 29 end
  return d <= n
end

local function daynum(y, m, d)
  if m <= 2 then y, m = y - 1, m + 12 end
  return 365 * y + math.floor(y / 4) - math.floor(y / 100) + math.floor(y / 400)
    + math.floor((153 * (m - 3) + 2) / 5) + d
end

--- Distance in days (0 for a month-level agreement), or nil when the dates disagree.
function M.dates_agree(g, s)
  local ay, am, ad = M.parse_date(g)
  local by, bm, bd = M.parse_date(s)
  if not ay or not by then return nil end
  if ad == nil or bd == nil then
    return (ay == by and am == bm) and 0 or nil
  end
  if not valid(ay, am, ad) or not valid(by, bm, bd) then return nil end
  local d = math.abs(daynum(ay, am, ad) - daynum(by, bm, bd))
  return d <= 1 and d or nil
end

local function strip(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

--- The non-empty strings of a field (a list, or one string).
function M.lst(ev, key)
  local v = ev[key]
  local out = {}
  if type(v) == "table" then
    for _, x in ipairs(v) do
      if type(x) == "string" and strip(x) ~= "" then out[#out + 1] = x end
    end
  elseif type(v) == "string" and strip(v) ~= "" then
    out[1] = v
  end
  return out
end

local function shared(a, b, match)
  local used, n = {}, 0
  for _, x in ipairs(a) do
    for j, y in ipairs(b) do
      if not used[j] and match(x, y) then
        used[j] = true
        n = n + 1
        break
      end
    end
  end
  return n
end

local function exact(a, b) return a == b end

--- System objects as events: a document record with an "events" list and no "date" key
-- gives its events (with docs = {its id} when they have none).
function M.flatten(objs, is_sys)
  local evs = {}
  for _, r in ipairs(objs) do
    if type(r) == "table" then
      if is_sys and type(r.events) == "table" and r.date == nil then
        for _, e in ipairs(r.events) do
          if type(e) == "table" and e[1] == nil then
            local c = {}
            for k, v in pairs(e) do c[k] = v end
            if #M.lst(c, "docs") == 0 and not is_null(r.id) then c.docs = { r.id } end
            evs[#evs + 1] = c
          end
        end
      elseif r[1] == nil then
        evs[#evs + 1] = r
      end
    end
  end
  for _, e in ipairs(evs) do
    local set, list = {}, {}
    for _, d in ipairs(M.lst(e, "docs")) do
      local n = M.norm_doc(d)
      if not set[n] then set[n] = true list[#list + 1] = n end
    end
    table.sort(list)
    e._docs, e._docset = list, set
  end
  return evs
end

local function candidates(gold, sys)
  local pairs_ = {}
  for i, g in ipairs(gold) do
    for j, s in ipairs(sys) do
      local dd = M.dates_agree(g.date, s.date)
      if dd then
        local gp, sp = M.lst(g, "places"), M.lst(s, "places")
        local link
        if #gp > 0 and #sp > 0 then
          link = shared(gp, sp, M.names_match)
        else
          link = shared(M.lst(g, "organizers"), M.lst(s, "organizers"), M.names_match)
        end
        if link > 0 then
          local docs = 0
          for _, d in ipairs(g._docs) do if s._docset[d] then docs = docs + 1 end end
          pairs_[#pairs_ + 1] = { -docs, -link, dd, i, j }
        end
      end
    end
  end
  table.sort(pairs_, function(a, b)
    for k = 1, 5 do
      if a[k] ~= b[k] then return a[k] < b[k] end
    end
    return false
  end)
  local gi, sj, out = {}, {}, {}
  for _, p in ipairs(pairs_) do
    local i, j = p[4], p[5]
    if not gi[i] and not sj[j] then
      gi[i], sj[j] = true, true
      out[#out + 1] = { i, j }
    end
  end
  return out
end

local function prf(tp, ns, ng)
  local p = ns > 0 and tp / ns or 0.0
  local r = ng > 0 and tp / ng or 0.0
  return { tp = tp, sys = ns, gold = ng, p = p, r = r, f = (p + r > 0) and 2 * p * r / (p + r) or 0.0 }
end

local function num(v)
  if type(v) == "number" then return v end
  if type(v) == "string" then return tonumber(v) end
  return nil
end

local function close(a, b)
  if is_null(a) or is_null(b) then return is_null(a) and is_null(b) end
  a, b = num(a), num(b)
  if not a or not b then return false end
  return math.abs(a - b) <= 0.05 * math.max(math.abs(a), math.abs(b), 1.0)
end

local function figures(ev)
  local out = {}
  if type(ev.participants) == "table" then
    for _, p in ipairs(ev.participants) do
      if type(p) == "table" and p[1] == nil then
        local d = p.doc
        if is_null(d) then d = "" end
        out[#out + 1] = { M.norm_doc(d), p.low, p.high }
      end
    end
  end
  return out
end

local function doc_pairs(evs, known)
  local set, n = {}, 0
  for _, e in ipairs(evs) do
    local ds = {}
    for _, d in ipairs(e._docs) do if known[d] then ds[#ds + 1] = d end end
    for a = 1, #ds do
      for b = a + 1, #ds do
        local k = ds[a] .. "\0" .. ds[b]
        if not set[k] then set[k] = true n = n + 1 end
      end
    end
  end
  return set, n
end

M.FIELDS = { "places", "organizers", "forms", "claims", "targets" }

--- Scores system events against gold events (both lists of plain tables, already flattened
-- with M.flatten). Returns score_events.py's result table.
function M.score(gold, sys)
  local m = candidates(gold, sys)
  local res = { events = prf(#m, #sys, #gold) }
  for _, key in ipairs(M.FIELDS) do
    local match = (key == "places" or key == "organizers") and M.names_match or exact
    local tp, ns, ng = 0, 0, 0
    for _, p in ipairs(m) do
      local g, s = M.lst(gold[p[1]], key), M.lst(sys[p[2]], key)
      tp = tp + shared(g, s, match)
      ns, ng = ns + #s, ng + #g
    end
    res[key] = prf(tp, ns, ng)
  end
  for _, key in ipairs({ "status", "actor_type" }) do
    local n, ok = 0, 0
    for _, p in ipairs(m) do
      local gv = gold[p[1]][key]
      if not is_null(gv) then
        n = n + 1
        if gv == sys[p[2]][key] then ok = ok + 1 end
      end
    end
    res[key] = { ok = ok, n = n, acc = n > 0 and ok / n or 0.0 }
  end
  local g_found, g_n, s_ok, s_n = 0, 0, 0, 0
  local function same(x, y) return x[1] == y[1] and close(x[2], y[2]) and close(x[3], y[3]) end
  for _, p in ipairs(m) do
    local gf, sf = figures(gold[p[1]]), figures(sys[p[2]])
    g_n, s_n = g_n + #gf, s_n + #sf
    for _, x in ipairs(gf) do
      for _, y in ipairs(sf) do if same(x, y) then g_found = g_found + 1 break end end
    end
    for _, y in ipairs(sf) do
      for _, x in ipairs(gf) do if same(x, y) then s_ok = s_ok + 1 break end end
    end
  end
  res.figures = { gold_found = g_found, gold = g_n, sys_ok = s_ok, sys = s_n,
                  r = g_n > 0 and g_found / g_n or 0.0, p = s_n > 0 and s_ok / s_n or 0.0 }
  local known = {}
  for _, e in ipairs(gold) do for _, d in ipairs(e._docs) do known[d] = true end end
  local gp, ngp = doc_pairs(gold, known)
  local sp, nsp = doc_pairs(sys, known)
  local both = 0
  for k in pairs(gp) do if sp[k] then both = both + 1 end end
  res.merging = prf(both, nsp, ngp)
  res.matches = {}
  for k, p in ipairs(m) do
    res.matches[k] = { gold = gold[p[1]].event_id, sys = sys[p[2]].event_id }
  end
  return res
end

local function pct(x) return string.format("%5.1f", 100.0 * x) end

--- The result as score_events.py prints it.
function M.table(res)
  local e = res.events
  local lines = { ("events   gold %d  sys %d  matched %d   P %s  R %s  F1 %s"):format(
    e.gold, e.sys, e.tp, pct(e.p), pct(e.r), pct(e.f)) }
  for _, key in ipairs(M.FIELDS) do
    local r = res[key]
    lines[#lines + 1] = ("%-10s gold %3d  sys %3d  tp %3d   P %s  R %s  F1 %s"):format(
      key, r.gold, r.sys, r.tp, pct(r.p), pct(r.r), pct(r.f))
  end
  for _, key in ipairs({ "status", "actor_type" }) do
    local r = res[key]
    lines[#lines + 1] = ("%-10s %d/%d = %s"):format(key, r.ok, r.n, pct(r.acc))
  end
  local f = res.figures
  lines[#lines + 1] = ("figures    gold found %d/%d (R %s), system right %d/%d (P %s)"):format(
    f.gold_found, f.gold, pct(f.r), f.sys_ok, f.sys, pct(f.p))
  local g = res.merging
  lines[#lines + 1] = ("merging    gold pairs %d  sys pairs %d  shared %d   P %s  R %s  F1 %s"):format(
    g.gold, g.sys, g.tp, pct(g.p), pct(g.r), pct(g.f))
  return table.concat(lines, "\n")
end

return M
