-- The merge links atoms by signature (one test per pair of distinct signatures, then the
-- atoms of each linked pair joined in linear time): it must give exactly the components of
-- the relation tested pair by pair (merge.linked over every pair of atoms). Checked here on
-- random atoms drawn from few documents, dates, places and organizers, so that many atoms
-- share a signature and the cases of merge.lua's link_all (one document, two documents on
-- each side, more) all occur. Plain tables; no C module.
local merge = require "protestcorpus.events.merge"

-- A deterministic generator (the same numbers in Lua 5.4 and LuaJIT).
local function rng(seed)
  local s = seed
  return function(n)
    s = (s * 1103515245 + 12345) % 2147483648
    return math.floor(s / 65536) % n + 1
  end
end

local DOCS = { "d1", "d2", "d3", "d4", "d5" }
local DATES = { "2026-01-30", "2026-01-31", "2026-02-01", "2026-03", nil }
local PLACES = { {}, { "Paris" }, { "Lyon" }, { "Paris", "Lyon" } }
local AREAS = { {}, {}, { "France" } }
local ORGS = { {}, {}, { "CGT" }, { "Alliance" } }
local FORMS = { { "march" }, { "strike" }, { "rally" }, { "blockade" } }
local ACTORS = { "workers", "police", "other" }
local CLAIMS = { {}, { "pay" }, { "pensions" } }

local function random_atoms(r, n)
  local atoms = {}
  for i = 1, n do
    atoms[i] = {
      doc = DOCS[r(#DOCS)], date = DATES[r(#DATES)], places = PLACES[r(#PLACES)],
      areas = AREAS[r(#AREAS)], organizers = ORGS[r(#ORGS)], forms = FORMS[r(#FORMS)],
      actor_type = ACTORS[r(#ACTORS)], claims = CLAIMS[r(#CLAIMS)], status = "happened",
    }
  end
  return atoms
end

-- The components of the relation over every pair, as sorted lists of atom keys.
local function brute_components(groups)
  local atoms, index, parent = {}, {}, {}
  local function find(i)
    while parent[i] ~= i do i = parent[i] end
    return i
  end
  local function union(i, j)
    local a, b = find(i), find(j)
    if a ~= b then parent[math.max(a, b)] = math.min(a, b) end
  end
  local dates = require "protestcorpus.events.dates"
  for _, g in ipairs(groups) do
    local first
    for _, a in ipairs(g.atoms) do
      local at = merge.atom(a)
      local key = merge.key_of(at)
      local i = index[key]
      if not i then
        i = #atoms + 1
        at._day = dates.day_of(at.date)
        local y, m = dates.parse(at.date)
        at._month = (y and not at._day) and dates.format(y, m) or nil
        at._key = key
        atoms[i], index[key], parent[i] = at, i, i
      end
      if first then union(first, i) else first = i end
    end
  end
  for i = 1, #atoms do
    for j = i + 1, #atoms do
      if merge.linked(atoms[i], atoms[j]) then union(i, j) end
    end
  end
  local comps = {}
  for i = 1, #atoms do
    local r = find(i)
    comps[r] = comps[r] or {}
    table.insert(comps[r], atoms[i]._key)
  end
  local out = {}
  for _, c in pairs(comps) do
    table.sort(c)
    out[#out + 1] = table.concat(c, "|")
  end
  table.sort(out)
  return out
end

local function merged_components(groups)
  local out = {}
  for _, rec in ipairs(merge.merge(groups)) do
    local keys = {}
    for i, a in ipairs(rec.atoms) do keys[i] = merge.key_of(merge.atom(a)) end
    table.sort(keys)
    out[#out + 1] = table.concat(keys, "|")
  end
  table.sort(out)
  return out
end

describe("events merge: linking by signature", function()
  it("gives the components of the pairwise relation on random atoms", function()
    local r = rng(42)
    local tried = 0
    for round = 1, 60 do
      local atoms = random_atoms(r, 4 + round % 30)
      -- one group per atom, and now and then two atoms joined by their input group
      local groups = {}
      local k = 1
      while k <= #atoms do
        if r(5) == 1 and atoms[k + 1] then
          groups[#groups + 1] = { atoms = { atoms[k], atoms[k + 1] }, items = {} }
          k = k + 2
        else
          groups[#groups + 1] = { atoms = { atoms[k] }, items = {} }
          k = k + 1
        end
      end
      assert.same(brute_components(groups), merged_components(groups))
      tried = tried + 1
    end
    assert.equal(60, tried)
  end)

  it("joins a thousand copies of one event told by many documents into one record", function()
    local groups = {}
    for i = 1, 1000 do
      groups[i] = { atoms = { { doc = "doc" .. i, date = "2026-01-31", places = { "Paris" },
        forms = { "march" }, actor_type = "workers" } }, items = {} }
    end
    local recs = merge.merge(groups)
    assert.equal(1, #recs)
    assert.equal(1000, #recs[1].docs)
  end)

  it("gives the components of any symmetric relation on signatures (every case of link_all)", function()
    -- a random relation on the forms (symmetric, not always reflexive), all atoms on one
    -- day in one place so that every pair is a candidate: one document, two documents on
    -- each side (the 2 x 2 case), more
    local r = rng(7)
    local names = { "march", "strike", "rally", "blockade", "vigil" }
    for round = 1, 80 do
      local rel = {}
      for _, a in ipairs(names) do rel[a] = {} end
      for i, a in ipairs(names) do
        for j = i, #names do
          local b = names[j]
          local v = r(2) == 1
          rel[a][b], rel[b][a] = v, v
        end
      end
      local function sig_rel(a, b) return rel[a.forms[1]][b.forms[1]] end
      local docs = 1 + round % 4
      local atoms = {}
      for i = 1, 3 + round % 12 do
        atoms[i] = { doc = "d" .. r(docs), date = "2026-01-31", places = { "Paris" },
          forms = { names[r(#names)] }, actor_type = "other", claims = CLAIMS[r(#CLAIMS)] }
      end
      local groups = {}
      for i, a in ipairs(atoms) do groups[i] = { atoms = { a }, items = {} } end
      -- the brute force: every pair, different documents, the same relation
      local parent = {}
      local function find(i)
        while parent[i] ~= i do i = parent[i] end
        return i
      end
      local canon, keys, index = {}, {}, {}
      for _, a in ipairs(atoms) do
        local at = merge.atom(a)
        local k = merge.key_of(at)
        if not index[k] then
          canon[#canon + 1] = at
          keys[#keys + 1] = k
          index[k] = #canon
          parent[#canon] = #canon
        end
      end
      for i = 1, #canon do
        for j = i + 1, #canon do
          if canon[i].doc ~= canon[j].doc and sig_rel(canon[i], canon[j]) then
            local x, y = find(i), find(j)
            if x ~= y then parent[math.max(x, y)] = math.min(x, y) end
          end
        end
      end
      local comps = {}
      for i = 1, #canon do
        local root = find(i)
        comps[root] = comps[root] or {}
        table.insert(comps[root], keys[i])
      end
      local brute = {}
      for _, c in pairs(comps) do
        table.sort(c)
        brute[#brute + 1] = table.concat(c, "|")
      end
      table.sort(brute)
      local got = {}
      for _, rec in ipairs(merge.merge(groups, { linked_sig = sig_rel })) do
        local ks = {}
        for i, a in ipairs(rec.atoms) do ks[i] = merge.key_of(merge.atom(a)) end
        table.sort(ks)
        got[#got + 1] = table.concat(ks, "|")
      end
      table.sort(got)
      assert.same(brute, got)
    end
  end)
end)
