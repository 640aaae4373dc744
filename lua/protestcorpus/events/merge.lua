--- protestcorpus.events.merge: one record per real event, from the events of many documents.
--
--     local records = merge.merge(groups)
--
-- An atom is what one document says about one event:
--   {doc, date, end_date?, status, places, areas, organizers, organizers_text?, actor_type,
--    forms, claims, targets}
-- and the lists told per document (participants, vehicles, place_counts, sites, evidence,
-- claims_text) are items that carry their `doc`. A group is {atoms = {...}, items = {key =
-- list}}: the events of one document straight from detection, or one merged record read
-- back from JSONL (its `atoms` and its lists).
--
-- Two atoms tell one event when they come from different documents and
--   * their dates agree: both days at most 1 day apart, or both the same month; and
--   * they share a locality (names folded: case, accents, punctuation; French and English
--     exonyms and country names already canonical), or, when neither names a locality,
--     a region or country; or, when either names no place at all, an organizer (one name
--     a whole-word part of the other: "Alliance" = "Alliance Police Nationale"); and
--   * they share a form group (march/rally/demonstration/vigil are one), the actor type
--     (other than "other"), or an organizer.
-- Records are the connected components of that relation together with the atoms each
-- input group already joins. Every field of a record is computed from its set of atoms and
-- items only, every list is sorted canonically and every duplicate dropped, so the output
-- does not depend on how the input was sliced or ordered: merge(A ∪ B) = merge(merge(A) ∪
-- merge(B)), byte for byte once encoded (events/init.lua).
--
-- Blocking: candidate pairs come from buckets keyed by (day, locality), (day, area) and
-- (day, first word of an organizer), looked up for the day before, the day and the day
-- after; month-precision atoms by (month, key). A link therefore never crosses more than
-- one day (or one month, for month-dated atoms): events.sweep merges a large corpus a day
-- at a time on that ground.
-- Places are compared through opts.place_key and listed once each (an event told in
-- English and in French lists Antwerp, not Anvers too: the gazetteer's key name wins).
-- Pure Lua within the syntax LuaJIT accepts; no C module.
local dates = require "protestcorpus.events.dates"
local lexicon = require "protestcorpus.events.lexicon"

local M = {}

M.FORMS = { "demonstration", "march", "rally", "strike", "sit_in", "blockade", "occupation",
  "convoy", "boycott", "hunger_strike", "vigil", "booing", "other" }
M.CLAIMS = { "pay", "pensions", "jobs", "working_conditions", "staffing", "resources",
  "labor_law", "cost_of_living", "public_services", "education", "health_care", "housing",
  "agriculture", "environment", "legal_protection", "sentencing", "justice_system",
  "against_insecurity", "against_impunity", "against_violence_on_police", "police_violence",
  "discrimination", "civil_rights", "democracy", "war_peace", "immigration", "recognition",
  "other" }
M.TARGETS = { "government", "head_of_state", "minister", "interior_minister", "parliament",
  "police_chief", "local_authority", "employer", "european_union", "foreign_government",
  "court", "political_leaders", "citizens", "other" }
M.ACTORS = { "police", "workers", "farmers", "students", "teachers", "health_workers",
  "transport_workers", "lawyers", "journalists", "pensioners", "public_servants", "activists",
  "residents", "other" }
M.STATUS_RANK = { happened = 3, ongoing = 2, planned = 1 }
M.ITEM_KEYS = { "participants", "vehicles", "place_counts", "sites", "evidence", "claims_text" }

local GROUP = {
  demonstration = "street", march = "street", rally = "street", vigil = "street",
}

local function rank_of(list)
  local r = {}
  for i, v in ipairs(list) do r[v] = i end
  return r
end
local FORM_RANK, CLAIM_RANK, TARGET_RANK, ACTOR_RANK =
  rank_of(M.FORMS), rank_of(M.CLAIMS), rank_of(M.TARGETS), rank_of(M.ACTORS)

local fold = lexicon.fold

local fmt, floor, concat, sort = string.format, math.floor, table.concat, table.sort

-- Appends the canonical text of v to out (n entries there); returns the new n.
local function put_key(v, out, n)
  local t = type(v)
  n = n + 1
  if t == "string" then
    out[n] = fmt("%q", v)
  elseif t == "number" then
    if v == floor(v) and math.abs(v) < 2 ^ 53 then out[n] = fmt("%d", v)
    else out[n] = fmt("%.17g", v) end
  elseif t == "boolean" then
    out[n] = tostring(v)
  elseif t ~= "table" then
    out[n] = "null"
  elseif v[1] ~= nil then
    out[n] = "["
    for i = 1, #v do
      if i > 1 then n = n + 1 out[n] = "," end
      n = put_key(v[i], out, n)
    end
    n = n + 1
    out[n] = "]"
  else
    local ks = {}
    for k in pairs(v) do ks[#ks + 1] = tostring(k) end
    sort(ks)
    out[n] = "{"
    for i, k in ipairs(ks) do
      n = n + 1
      out[n] = (i > 1 and "," or "") .. fmt("%q", k) .. ":"
      n = put_key(v[k], out, n)
    end
    n = n + 1
    out[n] = "}"
  end
  return n
end

--- Canonical text of a plain value (sorted keys), for sorting and duplicate removal.
local function key_of(v)
  local t = type(v)
  if t == "string" then return fmt("%q", v) end
  if t ~= "table" then
    local out = {}
    put_key(v, out, 0)
    return out[1]
  end
  local out = {}
  return concat(out, "", 1, put_key(v, out, 0))
end
M.key_of = key_of

-- '"name":' for the keys of atoms and items (in key_of's form)
local QKEY = setmetatable({}, { __index = function(t, k)
  local q = fmt("%q", k) .. ":"
  t[k] = q
  return q
end })

-- A list in key_of's form ("{}" when empty, as key_of writes an empty table).
local function put_strings(l, out, n)
  local m = #l
  n = n + 1
  if m == 0 then out[n] = "{}" return n end
  out[n] = "["
  for i = 1, m do
    local x = l[i]
    if type(x) == "string" then
      n = n + 1
      out[n] = fmt(i > 1 and ",%q" or "%q", x)
    else
      if i > 1 then n = n + 1 out[n] = "," end
      n = put_key(x, out, n)
    end
  end
  n = n + 1
  out[n] = "]"
  return n
end

-- The fields of a canonical atom (M.atom), by name: key_of's order.
local ATOM_FIELDS = { "actor_type", "areas", "claims", "date", "doc", "end_date", "forms",
  "organizers", "organizers_text", "places", "status", "targets" }
local ATOM_LIST = { areas = true, claims = true, forms = true, organizers = true, places = true,
  targets = true }

-- key_of(at) for a canonical atom (M.atom: strings and lists of strings), without the
-- generic walk and sort.
local function atom_key(at)
  local out, n, first = {}, 1, true
  out[1] = "{"
  for _, k in ipairs(ATOM_FIELDS) do
    local v = at[k]
    if v ~= nil then
      n = n + 1
      out[n] = first and QKEY[k] or ("," .. QKEY[k])
      first = false
      if ATOM_LIST[k] and type(v) == "table" and v[1] ~= nil then n = put_strings(v, out, n)
      else n = put_key(v, out, n) end
    end
  end
  n = n + 1
  out[n] = "}"
  return concat(out, "", 1, n)
end
M.atom_key = atom_key

-- The fields an item of detection may have, by name (key_of's order).
local ITEM_FIELDS = { "approx", "claim", "doc", "end", "high", "low", "place", "source", "start",
  "text", "unit", "value" }

-- key_of(it) for an item with nkeys keys, through ITEM_FIELDS (the generic walk when it
-- has another key).
local function item_key(it, nkeys)
  if it[1] ~= nil then return key_of(it) end
  local out, n, found = { "{" }, 1, 0
  for _, k in ipairs(ITEM_FIELDS) do
    local v = it[k]
    if v ~= nil then
      n = n + 1
      out[n] = found > 0 and ("," .. QKEY[k]) or QKEY[k]
      found = found + 1
      n = put_key(v, out, n)
    end
  end
  if found ~= nkeys then return key_of(it) end
  n = n + 1
  out[n] = "}"
  return concat(out, "", 1, n)
end
M.item_key = item_key

local function strings(v)
  local out = {}
  if type(v) == "table" then
    for _, x in ipairs(v) do if type(x) == "string" and x ~= "" then out[#out + 1] = x end end
  elseif type(v) == "string" and v ~= "" then
    out[1] = v
  end
  return out
end

-- The order of a closed list (its rank table), then by name; one comparator per list.
local by_rank = setmetatable({}, { __mode = "k", __index = function(t, rank)
  local less = function(a, b)
    local ra, rb = rank[a] or 1000, rank[b] or 1000
    if ra ~= rb then return ra < rb end
    return a < b
  end
  t[rank] = less
  return less
end })

local function sorted_closed(set_list, rank)
  local n = #set_list
  if n == 0 then return {} end
  if n == 1 then return { set_list[1] } end
  local seen, out = {}, {}
  for _, v in ipairs(set_list) do
    if not seen[v] then
      seen[v] = true
      out[#out + 1] = v
    end
  end
  if #out > 1 then table.sort(out, by_rank[rank]) end
  return out
end

--- An atom in its canonical form (what a record carries in `atoms`).
function M.atom(a)
  local forms = {}
  for _, f in ipairs(strings(a.forms)) do forms[#forms + 1] = f end
  local at = {
    doc = tostring(a.doc or ""),
    date = type(a.date) == "string" and a.date or nil,
    end_date = type(a.end_date) == "string" and a.end_date or nil,
    status = M.STATUS_RANK[a.status] and a.status or "happened",
    places = strings(a.places),
    areas = strings(a.areas),
    organizers = strings(a.organizers),
    organizers_text = type(a.organizers_text) == "string" and a.organizers_text or nil,
    actor_type = ACTOR_RANK[a.actor_type] and a.actor_type or "other",
    forms = sorted_closed(forms, FORM_RANK),
    claims = sorted_closed(strings(a.claims), CLAIM_RANK),
    targets = sorted_closed(strings(a.targets), TARGET_RANK),
  }
  return at
end

-- Names share when one is a whole-word part of the other, after folding.
local function names_share(a, b)
  a, b = fold(a), fold(b)
  if a == "" or b == "" then return false end
  if a == b then return true end
  if #a > #b then a, b = b, a end
  return (" " .. b .. " "):find(" " .. a .. " ", 1, true) ~= nil
end

local function any_share(xs, ys, eq)
  for _, x in ipairs(xs) do
    for _, y in ipairs(ys) do
      if eq(x, y) then return true end
    end
  end
  return false
end

-- The key of a place: folded by default; events.merge passes one that also maps exonyms
-- and country names (M.merge's opts.place_key). Set for the duration of one merge.
local place_key = fold
local place_country = function() return nil end
local function same_place(a, b) return place_key(a) == place_key(b) end
-- a country and a place in it (Belgium ~ Brussels), for an event placed in a country alone
local function in_country(country, place)
  local cc = place_country(country)
  return cc ~= nil and place_country(place) == cc
end

local function groups_of(at)
  local g = {}
  for _, f in ipairs(at.forms) do g[GROUP[f] or f] = true end
  return g
end

--- True when atoms a and b tell one event (the relation described at the top).
function M.linked(a, b)
  if a.doc == b.doc then return false end
  return M.linked_sig(a, b)
end

--- The relation without its first condition (different documents): what it reads of an
-- atom (dates, places, areas, organizers, actor type, forms) is its signature (M.signature).
function M.linked_sig(a, b)
  local da, db = a._day, b._day
  if da and db then
    if math.abs(da - db) > 1 then return false end
  elseif da or db then
    return false
  elseif a._month == nil or a._month ~= b._month then
    return false
  end
  local org = any_share(a.organizers, b.organizers, names_share)
  local pa, pb = #a.places + #a.areas > 0, #b.places + #b.areas > 0
  if pa and pb then
    local shared
    if #a.places > 0 and #b.places > 0 then
      shared = any_share(a.places, b.places, same_place)
    else
      shared = any_share(a.areas, b.areas, same_place) or any_share(a.places, b.areas, same_place)
        or any_share(a.areas, b.places, same_place)
        or (#a.places == 0 and any_share(a.areas, b.places, in_country))
        or (#b.places == 0 and any_share(b.areas, a.places, in_country))
    end
    -- one organizer's strike on one day told from two cities (a national strike day) is one
    -- action: a shared organizer, day and form stand for the place
    if not shared and not (org and da and da == db and any_share(a.forms, b.forms, rawequal)) then
      return false
    end
  elseif not org then
    return false
  end
  -- a strike on Monday and a march on Tuesday in one port, a vigil on Monday and a rally on
  -- Tuesday in one town, are two actions: across days, only a shared form links
  if da and db and da ~= db then
    for _, f in ipairs(a.forms) do
      for _, g in ipairs(b.forms) do if f == g then return true end end
    end
    return false
  end
  local ga, gb = groups_of(a), groups_of(b)
  for g in pairs(ga) do if gb[g] then return true end end
  if org then return true end
  if a.actor_type == b.actor_type and a.actor_type ~= "other" then return true end
  return false
end

-- Union-find with path halving; the root is the smallest index (order-independent sets).
-- Also used by events.stream.
local function find(parent, i)
  while parent[i] ~= i do
    parent[i] = parent[parent[i]]
    i = parent[i]
  end
  return i
end

local function union(parent, i, j)
  local a, b = find(parent, i), find(parent, j)
  if a == b then return end
  if a < b then parent[b] = a else parent[a] = b end
end
M.find, M.union = find, union

-- The atoms' distinct documents, up to three: {doc = first atom index of that doc, ...}
-- and their count.
local function doc_reps(atoms, list)
  local reps, docs = {}, {}
  for _, i in ipairs(list) do
    local d = atoms[i].doc
    if not reps[d] then
      reps[d] = i
      docs[#docs + 1] = d
      if #docs == 3 then break end
    end
  end
  return reps, docs
end

-- Unions every pair (a in xs, b in ys) of atoms from different documents (xs and ys the
-- atom indices of two signatures that link; same = one signature with itself), in time
-- linear in the atoms. The pairs form a complete multipartite graph (same) or a complete
-- bipartite graph minus the pairs of one document, whose components are known:
--   same: all one component when there are two documents or more, else no pair;
--   one side in one document g: that side and the other side's atoms of other documents;
--   both sides in the same two documents g, h: (xs of g + ys of h), (xs of h + ys of g);
--   otherwise (two documents or more on each side): all one component.
local function link_all(parent, atoms, xs, ys, same)
  local xr, xd = doc_reps(atoms, xs)
  if same then
    if #xd < 2 then return end
    for _, i in ipairs(xs) do union(parent, xs[1], i) end
    return
  end
  local yr, yd = doc_reps(atoms, ys)
  local function join_except(one, other, g)
    -- every atom of `one` (one document g) with every atom of `other` not in g
    local first
    for _, j in ipairs(other) do
      if atoms[j].doc ~= g then
        first = first or j
        union(parent, first, j)
      end
    end
    if not first then return end
    for _, i in ipairs(one) do union(parent, first, i) end
  end
  if #xd == 1 then return join_except(xs, ys, xd[1]) end
  if #yd == 1 then return join_except(ys, xs, yd[1]) end
  if #xd == 2 and #yd == 2 and yr[xd[1]] and yr[xd[2]] then
    local g, h = xd[1], xd[2]
    for _, i in ipairs(xs) do union(parent, atoms[i].doc == g and yr[h] or yr[g], i) end
    for _, j in ipairs(ys) do union(parent, atoms[j].doc == g and xr[h] or xr[g], j) end
    return
  end
  for _, i in ipairs(xs) do union(parent, xs[1], i) end
  for _, j in ipairs(ys) do union(parent, xs[1], j) end
end

--- The key of what M.linked_sig reads of an atom: atoms with one signature link to the
-- same atoms (of other documents).
function M.signature(at)
  local places, areas, orgs, forms = at.places, at.areas, at.organizers, at.forms
  if type(places) ~= "table" or type(areas) ~= "table" or type(orgs) ~= "table"
    or type(forms) ~= "table" or type(at.actor_type) ~= "string" then
    return key_of({ at.date or "", places, areas, orgs, at.actor_type, forms })
  end
  local out = {}
  local n = put_key(at.date or "", out, 0)
  n = n + 1 out[n] = ","
  n = put_strings(places, out, n)
  n = n + 1 out[n] = ","
  n = put_strings(areas, out, n)
  n = n + 1 out[n] = ","
  n = put_strings(orgs, out, n)
  n = n + 1 out[n] = fmt(",%q,", at.actor_type)
  n = put_strings(forms, out, n)
  return "[" .. concat(out, "", 1, n) .. "]"
end

local function bucket_keys(at, countries)
  local keys = at._keys
  if keys then return keys end
  keys = {}
  at._keys = keys
  if countries then
    -- an event placed in a country alone meets the events of that country's places
    local list = (#at.places == 0) and at.areas or at.places
    for _, p in ipairs(list) do
      local cc = place_country(p)
      if cc then keys[#keys + 1] = "c\0" .. cc end
    end
  end
  for _, p in ipairs(at.places) do keys[#keys + 1] = "p\0" .. place_key(p) end
  for _, p in ipairs(at.areas) do keys[#keys + 1] = "p\0" .. place_key(p) end
  for _, o in ipairs(at.organizers) do
    local first = fold(o):match("^(%S+)")
    if first then keys[#keys + 1] = "o\0" .. first end
  end
  -- names are whole-word parts of each other: every word of an organizer is a key too
  for _, o in ipairs(at.organizers) do
    for w in fold(o):gmatch("%S+") do keys[#keys + 1] = "o\0" .. w end
  end
  return keys
end

local function no_country() return nil end

-- The place functions of one merge (module upvalues for the duration of the call).
local function set_places(opts)
  place_key = opts and opts.place_key or fold
  place_country = opts and opts.place_country or no_country
end

--- Sets an atom's day or month (the numbers the relation compares); returns it.
function M.prepare(at)
  at._day = dates.day_of(at.date)
  local y, m = dates.parse(at.date)
  at._month = (y and not at._day) and dates.format(y, m) or nil
  return at
end

local function bkey(at, k, shift)
  if at._day then return "d" .. (at._day + shift) .. "\0" .. k end
  if at._month then return "m" .. at._month .. "\0" .. k end
  return nil
end

-- Blocking: calls fn(i, j) once for each candidate pair i <= j of the atoms reps (i = j
-- included), the pairs that share a bucket (day or month, key) a day apart at most; only
-- those with j >= first when first is given. Country keys only when some atom is placed in
-- a country alone.
local function each_candidate(reps, fn, first)
  first = first or 1
  local countries = false
  for _, at in ipairs(reps) do
    if #at.places == 0 and #at.areas > 0 then countries = true end
  end
  local buckets = {}
  for i, at in ipairs(reps) do
    for _, k in ipairs(bucket_keys(at, countries)) do
      local b = bkey(at, k, 0)
      if b then
        local list = buckets[b]
        if not list then list = {} buckets[b] = list end
        if list[#list] ~= i then list[#list + 1] = i end
      end
    end
  end
  for i, at in ipairs(reps) do
    local checked = {}
    for _, k in ipairs(bucket_keys(at, countries)) do
      for shift = -1, 1 do
        if at._day or shift == 0 then
          local list = buckets[bkey(at, k, shift) or ""]
          if list then
            for _, j in ipairs(list) do
              if j >= i and j >= first and not checked[j] then
                checked[j] = true
                fn(i, j)
              end
            end
          end
        end
      end
    end
  end
end

--- Which signatures may end in one record: calls join(i, j) for every pair of the atoms
-- reps (one per signature, M.prepare'd) that M.linked_sig links; with first, only the
-- pairs where j >= first (the signatures from first on are new, those before were linked
-- already: events.sweep). A superset of the links of the atoms themselves (their documents
-- are not compared): what events.sweep needs to keep every record's atoms in one class.
function M.link_signatures(reps, opts, join, first)
  set_places(opts)
  -- (the bucket keys depend on the set: country keys when one of them is placed in a
  -- country alone; an atom linked before in another set is keyed again)
  for _, at in ipairs(reps) do at._keys = nil end
  each_candidate(reps, function(i, j)
    if i ~= j and M.linked_sig(reps[i], reps[j]) then join(i, j) end
  end, first)
  set_places(nil)
end

local function slug(s)
  s = fold(s or ""):gsub(" ", "-")
  if #s > 40 then s = s:sub(1, 40):gsub("%-[^%-]*$", "") end
  if s == "" then s = "event" end
  return s
end

-- A 32-bit FNV-like hash in arithmetic that LuaJIT doubles and Lua 5.4 integers agree on.
-- Eight bytes a step (the same value as one at a time: every sum stays below 2^53, so it
-- is exact in doubles as in integers, and the modulo distributes).
local byte = string.byte
local function hash(s)
  local h, n, P = 2166136261, #s, 4294967291
  local i = 1
  while i + 7 <= n do
    local b1, b2, b3, b4, b5, b6, b7, b8 = byte(s, i, i + 7)
    h = (h * 923521 + b1 * 29791 + b2 * 961 + b3 * 31 + b4) % P
    h = (h * 923521 + b5 * 29791 + b6 * 961 + b7 * 31 + b8) % P
    i = i + 8
  end
  for k = i, n do
    h = (h * 31 + byte(s, k)) % P
  end
  return string.format("%08x", math.floor(h))
end
M.hash = hash

local function item_less(a, b)
  local da, db = a.doc, b.doc
  if da ~= db then
    if type(da) == "string" and type(db) == "string" then return da < db end
    return tostring(da) < tostring(db)
  end
  local sa, sb = a.start, b.start
  if type(sa) == "number" and type(sb) == "number" and sa ~= sb then return sa < sb end
  return a._key < b._key
end

-- The places of a record: its localities; its countries alone when no document names a
-- locality, and first when half the documents or more name only a country (a national
-- strike told from a few cities).
local function place_list(atoms, places, areas)
  if #places == 0 then return areas end
  local only_area = 0
  for _, a in ipairs(atoms) do
    if #a.places == 0 and #a.areas > 0 then only_area = only_area + 1 end
  end
  if #areas == 0 or only_area * 2 < #atoms then return places end
  local out = {}
  for _, p in ipairs(areas) do out[#out + 1] = p end
  for _, p in ipairs(places) do out[#out + 1] = p end
  return out
end

-- The record of one component: its atoms (deduplicated) and items.
local function by_key(a, b) return a._key < b._key end
local function by_doc_key(a, b)
  if a.doc ~= b.doc then return a.doc < b.doc end
  return a._key < b._key
end
-- longer dates (days) first, then earlier
local function by_precision_date(a, b)
  if #a ~= #b then return #a > #b end
  return a < b
end

-- What the atoms of one record tell, read in (doc, key) order: the order places and
-- organizers are first told.
local function gather(ordered)
  local g = { docs = {}, status_by_doc = {}, status = nil, day_count = {}, end_date = nil,
    places = {}, areas = {}, orgs = {}, org_text = nil, forms = {}, claims = {}, targets = {},
    actors = {} }
  local dseen, pseen, aseen = {}, {}, {}
  local places, status_by_doc = g.places, g.status_by_doc
  for _, a in ipairs(ordered) do
    if not dseen[a.doc] then
      dseen[a.doc] = true
      g.docs[#g.docs + 1] = a.doc
    end
    local old = status_by_doc[a.doc]
    if not old or M.STATUS_RANK[a.status] > M.STATUS_RANK[old] then status_by_doc[a.doc] = a.status end
    if not g.status or M.STATUS_RANK[a.status] > M.STATUS_RANK[g.status] then g.status = a.status end
    if a.date then g.day_count[a.date] = (g.day_count[a.date] or 0) + 1 end
    if a.end_date and (not g.end_date or a.end_date > g.end_date) then g.end_date = a.end_date end
    for _, p in ipairs(a.places) do
      -- one entry per place: "Anvers" and "Antwerp" are one city, listed by the name the
      -- gazetteer keys it under (the English exonym) when a document uses it
      local k = place_key(p)
      local at = pseen[k]
      if not at then
        places[#places + 1] = p
        pseen[k] = #places
      elseif fold(places[at]) ~= k and fold(p) == k then
        places[at] = p
      end
    end
    for _, p in ipairs(a.areas) do
      local k = fold(p)
      if not aseen[k] then aseen[k] = true g.areas[#g.areas + 1] = p end
    end
    for _, o in ipairs(a.organizers) do g.orgs[#g.orgs + 1] = o end
    if a.organizers_text and not g.org_text then g.org_text = a.organizers_text end
    for _, f in ipairs(a.forms) do g.forms[#g.forms + 1] = f end
    for _, c in ipairs(a.claims) do g.claims[#g.claims + 1] = c end
    for _, t in ipairs(a.targets) do g.targets[#g.targets + 1] = t end
    g.actors[a.actor_type] = (g.actors[a.actor_type] or 0) + 1
  end
  return g
end

-- The date most atoms give, the earliest on a tie; a day beats a month.
local function top_date(day_count)
  local date, dn = nil, 0
  local dlist = {}
  for d in pairs(day_count) do dlist[#dlist + 1] = d end
  if dlist[2] then table.sort(dlist, by_precision_date) end
  for _, d in ipairs(dlist) do
    if day_count[d] > dn then date, dn = d, day_count[d] end
  end
  return date
end

-- The organizers, each once: a name that is a whole-word part of a longer one is that one.
local function merged_organizers(orgs)
  local out, oseen = {}, {}
  for _, o in ipairs(orgs) do
    local keep = o
    for _, p in ipairs(orgs) do
      if #p > #keep and names_share(p, keep) then keep = p end
    end
    local k = fold(keep)
    if not oseen[k] then oseen[k] = true out[#out + 1] = keep end
  end
  return out
end

-- The forms in closed-list order; "demonstration" is the generic form, dropped when any
-- other form says more.
local function form_list_of(forms)
  local form_list = sorted_closed(forms, FORM_RANK)
  local has_specific = false
  for _, f in ipairs(form_list) do if f ~= "demonstration" then has_specific = true end end
  if not has_specific then return form_list end
  local kept = {}
  for _, f in ipairs(form_list) do if f ~= "demonstration" then kept[#kept + 1] = f end end
  return kept
end

-- The actor type most atoms give; a tie goes to the first of M.ACTORS.
local function top_actor(actors)
  local actor, an = "other", 0
  for _, a in ipairs(M.ACTORS) do
    if (actors[a] or 0) > an then actor, an = a, actors[a] end
  end
  return actor
end

-- Each item list of the record, in (doc, start) order, one item per key.
local function add_items(rec, items)
  for _, k in ipairs(M.ITEM_KEYS) do
    local list = items[k] or {}
    if list[2] then table.sort(list, item_less) end
    local out, seen = {}, {}
    for _, it in ipairs(list) do
      if not seen[it._key] then
        seen[it._key] = true
        -- (the merge's own copy: its key dropped in place, no second copy of a large record)
        it._key = nil
        out[#out + 1] = it
      end
    end
    rec[k] = out
  end
end

-- The atoms as the record lists them, and their keys (for the event id).
local function record_atoms(atoms)
  local akeys, alist = {}, {}
  for i, a in ipairs(atoms) do
    akeys[i] = a._key
    -- (the merge's own canonical atom: its working fields dropped in place)
    -- (M.atom makes no other field with "_")
    a._key, a._day, a._month, a._keys = nil, nil, nil, nil
    alist[i] = a
  end
  return alist, akeys
end

local function build(atoms, items)
  if atoms[2] then table.sort(atoms, by_key) end
  local ordered = {}
  for i, a in ipairs(atoms) do ordered[i] = a end
  if ordered[2] then table.sort(ordered, by_doc_key) end
  local g = gather(ordered)
  local date = top_date(g.day_count)
  local org_out = merged_organizers(g.orgs)
  local form_list = form_list_of(g.forms)
  local rec = {
    date = date, end_date = g.end_date, status = g.status or "happened",
    places = place_list(atoms, g.places, g.areas),
    organizers = org_out, organizers_text = g.org_text, actor_type = top_actor(g.actors),
    forms = form_list,
    claims = sorted_closed(g.claims, CLAIM_RANK), targets = sorted_closed(g.targets, TARGET_RANK),
    docs = g.docs, status_by_doc = g.status_by_doc,
  }
  add_items(rec, items)
  local alist, akeys = record_atoms(atoms)
  rec.atoms = alist
  local label = g.places[1] or g.areas[1] or org_out[1] or form_list[1]
  rec.event_id = (date or "undated") .. "-" .. slug(label) .. "-" .. hash(table.concat(akeys, "\n"))
  return rec
end

--- Merges groups into records (see the top of this file).
-- @param groups a list of {atoms = {atom...}, items = {participants = {...}, ...}}
-- @param opts optional {place_key = fn(name), place_country = fn(name), linked_sig =
--   fn(a, b), owned = true}: linked_sig replaces M.linked_sig (a symmetric relation on
--   signatures; the specs use one to reach every case of link_all); owned says that the
--   groups belong to the merge (atoms canonical already, as M.atom gives them; items kept in
--   the records as they are, not copied)
-- @return a list of records sorted by date, then event_id
function M.merge(groups, opts)
  set_places(opts)
  local linked_sig = opts and opts.linked_sig or M.linked_sig
  local atoms, index = {}, {}
  local parent = {}
  local gitems = {}
  -- (owned: the groups are the merge's own, their atoms canonical already and their items
  -- free to be kept and marked: events.stream's groups read back from its files)
  local owned = opts and opts.owned
  for _, g in ipairs(groups) do
    local first
    for _, a in ipairs(g.atoms or {}) do
      local at = owned and a or M.atom(a)
      local key = atom_key(at)
      local i = index[key]
      if not i then
        i = #atoms + 1
        at._key = key
        M.prepare(at)
        atoms[i], index[key], parent[i] = at, i, i
      end
      if first then union(parent, first, i) else first = i end
    end
    if first then gitems[#gitems + 1] = { atom = first, items = g.items or {} } end
  end
  -- atoms with one signature link to the same atoms: candidate pairs are pairs of
  -- signatures, so a bucket of a thousand copies of one event costs one test, not 500,000
  local sigs, sig_index, reps = {}, {}, {}
  for i, at in ipairs(atoms) do
    local sk = M.signature(at)
    local x = sig_index[sk]
    if not x then
      x = {}
      sigs[#sigs + 1], reps[#sigs + 1] = x, at
      sig_index[sk] = x
    end
    x[#x + 1] = i
  end
  each_candidate(reps, function(si, sj)
    if linked_sig(reps[si], reps[sj]) then link_all(parent, atoms, sigs[si], sigs[sj], si == sj) end
  end)
  -- components
  local comp, order = {}, {}
  for i = 1, #atoms do
    local r = find(parent, i)
    if not comp[r] then
      comp[r] = { atoms = {}, items = {} }
      order[#order + 1] = r
    end
    local c = comp[r]
    c.atoms[#c.atoms + 1] = atoms[i]
  end
  for _, gi in ipairs(gitems) do
    local c = comp[find(parent, gi.atom)]
    for _, k in ipairs(M.ITEM_KEYS) do
      local list = gi.items[k]
      if type(list) == "table" then
        c.items[k] = c.items[k] or {}
        local dst = c.items[k]
        for _, it in ipairs(list) do
          if type(it) == "table" then
            local cp, nk = it, 0
            if owned then
              it._key = nil
              for _ in pairs(it) do nk = nk + 1 end
            else
              cp = {}
              for kk, v in pairs(it) do
                if kk ~= "_key" then cp[kk], nk = v, nk + 1 end
              end
            end
            cp._key = item_key(cp, nk)
            dst[#dst + 1] = cp
          end
        end
      end
    end
  end
  local out = {}
  for _, r in ipairs(order) do out[#out + 1] = build(comp[r].atoms, comp[r].items) end
  table.sort(out, function(a, b)
    local da, db = a.date or "", b.date or ""
    if da ~= db then return da < db end
    return a.event_id < b.event_id
  end)
  set_places(nil)
  return out
end

--- The group of a record read back from JSONL (a merged event with its `atoms`).
-- @return the group, or nil and a message
function M.group_of_record(rec)
  if type(rec) ~= "table" then return nil, "not a JSON object" end
  if type(rec.atoms) ~= "table" or #rec.atoms == 0 then
    return nil, 'no "atoms" list (not an event record of protestcorpus events)'
  end
  local items = {}
  for _, k in ipairs(M.ITEM_KEYS) do
    if type(rec[k]) == "table" then items[k] = rec[k] end
  end
  for _, a in ipairs(rec.atoms) do
    if type(a) ~= "table" or type(a.doc) ~= "string" then return nil, "an atom without a doc" end
    if a.date ~= nil and not dates.parse(a.date) then
      return nil, ("an atom with a bad date: %s"):format(tostring(a.date))
    end
  end
  return { atoms = rec.atoms, items = items }
end

return M
