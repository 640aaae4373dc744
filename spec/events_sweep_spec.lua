-- The merge in bounded memory, its parts (events/runs.lua, events/sweep.lua) and its
-- contract on made-up corpora that reach every case the example corpus may not: a spilled
-- stream writes exactly what events.merge returns (chains of days across a month's end,
-- month-dated and undated atoms, records read back whose atoms span days, one atom in two
-- groups, places through exonyms and countries), its sweep holds the events of a few days
-- only however long the corpus, and a full disk is an error, not a wrong output.
local events = require "protestcorpus.events"
local runs = require "protestcorpus.events.runs"
local sweep = require "protestcorpus.events.sweep"
local dates = require "protestcorpus.events.dates"

local lex = assert(events.load())

-- A generator of the same numbers under every interpreter (Park-Miller: exact in doubles).
local function rng(seed)
  local x = seed
  return function(n)
    x = (x * 16807) % 2147483647
    return x % n + 1
  end
end

local function pick(r, list) return list[r(#list)] end

describe("events.runs (external sort)", function()
  local function items(n, seed)
    local r, out = rng(seed), {}
    for i = 1, n do
      -- keys with spaces, newlines and bytes of any value, lines empty or not
      local k1 = pick(r, { "", "a", "a\n", "b b", "\0", "\255z", "2026-01", "2026-01-05" })
      out[i] = { k1, tostring(r(50)), (i % 7 == 0) and "" or ("line " .. i .. "\n\1" .. k1) }
    end
    return out
  end
  local function sorted(list)
    local copy = {}
    for i, x in ipairs(list) do copy[i] = x end
    table.sort(copy, function(a, b)
      if a[1] ~= b[1] then return a[1] < b[1] end
      if a[2] ~= b[2] then return a[2] < b[2] end
      return a[3] < b[3]
    end)
    return copy
  end

  it("gives back every item in key order, in memory or through many runs and levels", function()
    local list = items(3000, 7)
    for _, bytes in ipairs({ 1, 64, 5000, 1e9 }) do
      local s = runs.new({ bytes = bytes })
      for _, x in ipairs(list) do s:add(x[1], x[2], x[3]) end
      local got = {}
      assert.is_true(s:each(function(k1, k2, line)
        got[#got + 1] = { k1, k2, line }
        return true
      end))
      assert.equal(#list, #got)
      -- keys in order; equal keys in any order, so compare the sorted lists
      for i = 2, #got do
        local a, b = got[i - 1], got[i]
        assert.is_true(a[1] < b[1] or (a[1] == b[1] and a[2] <= b[2]), bytes)
      end
      assert.same(sorted(list), sorted(got))
      if bytes == 1e9 then assert.equal(0, s:run_count()) end
    end
  end)

  it("makes one run of nearly sorted input, and stops when told to", function()
    local s = runs.new({ bytes = 2000 })
    for i = 1, 5000 do s:add(string.format("%06d", i + (i % 10)), "", "x") end
    assert.equal(1, s:run_count())
    local n = 0
    assert.is_false(s:each(function()
      n = n + 1
      return n < 10
    end))
    assert.equal(10, n)
  end)
end)

-- Made-up groups of a corpus: atoms on days around a month's end (a chain of daily strikes
-- in one town crosses it), month-dated and undated ones, places in two languages and
-- countries, organizers without places, and groups of several atoms over several days (a
-- record read back) or sharing an atom with another group.
local function corpus(seed, n)
  local r = rng(seed)
  local places = { { "Paris" }, { "Lyon" }, { "Anvers" }, { "Antwerp" }, {}, { "Nantes", "Rennes" } }
  local areas = { {}, {}, { "Belgium" }, { "France" } }
  local orgs = { {}, {}, { "CGT" }, { "Alliance" }, { "Alliance Police Nationale" } }
  local forms = { { "march" }, { "strike" }, { "rally" }, { "vigil", "march" }, { "blockade" } }
  local function date()
    local k = r(20)
    if k == 1 then return nil end
    if k == 2 then return "2026-01" end
    if k == 3 then return "2026-02" end
    if k == 4 then return "not a date" end
    local d = r(14) -- 2026-01-25 .. 2026-02-07
    return d <= 7 and string.format("2026-01-%02d", 24 + d) or string.format("2026-02-%02d", d - 7)
  end
  local function atom(doc)
    return { doc = doc, date = date(), places = pick(r, places), areas = pick(r, areas),
      organizers = pick(r, orgs), actor_type = pick(r, { "workers", "police", "other" }),
      forms = pick(r, forms), status = pick(r, { "happened", "planned" }), claims = {}, targets = {} }
  end
  local groups = {}
  for i = 1, n do
    local doc = "d" .. r(40)
    local g = { atoms = { atom(doc) }, items = { participants = {
      { doc = doc, low = r(9) * 100, text = "figure " .. i, source = "police" } } } }
    if r(8) == 1 then g.atoms[2] = atom("d" .. r(40)) end -- a record read back
    groups[#groups + 1] = g
    if r(10) == 1 then -- the same atom in another group
      groups[#groups + 1] = { atoms = { g.atoms[1] }, items = {} }
    end
  end
  -- a daily strike in one town, told by one document a day, across the month's end
  for d = 1, 12 do
    local day = d <= 7 and string.format("2026-01-%02d", 24 + d) or string.format("2026-02-%02d", d - 7)
    groups[#groups + 1] = { atoms = { { doc = "chain" .. d, date = day, places = { "Brest" },
      forms = { "strike" }, actor_type = "workers" } }, items = {} }
  end
  return groups
end

local function merged(groups)
  local out = {}
  for i, rec in ipairs(events.merge(groups, lex)) do out[i] = events.encode(rec) end
  return table.concat(out, "\n")
end

local function streamed(groups, opts)
  local st = events.stream(lex, opts)
  for _, g in ipairs(groups) do assert(st:add(g)) end
  local out = {}
  local n, err = st:finish(events.encode, function(line)
    out[#out + 1] = line
    return true
  end)
  assert(n, err)
  return table.concat(out, "\n"), st
end

-- (the merge marks its own copies: each run gets fresh tables)
local function copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[k] = copy(x) end
  return t
end

describe("events.stream spilled", function()
  it("writes what events.merge returns on made-up corpora, whatever its bounds and order", function()
    for seed = 1, 6 do
      local groups = corpus(seed * 7919, 150)
      local want = merged(copy(groups))
      assert.is_true(#want > 0)
      local rev = {}
      for i = #groups, 1, -1 do rev[#rev + 1] = groups[i] end
      for _, opts in ipairs({
        { spill_units = 0 },
        { spill_units = 0, run_bytes = 1, partition_bytes = 1 },
        { spill_units = 10, run_bytes = 3000, partition_bytes = 2000 },
      }) do
        assert.equal(want, (streamed(copy(groups), opts)), "seed " .. seed)
        assert.equal(want, (streamed(copy(rev), opts)), "seed " .. seed .. " reversed")
      end
    end
  end)

  it("keeps a chain of days in one record across a month's end", function()
    local groups = corpus(3, 0)
    local got = streamed(groups, { spill_units = 0, run_bytes = 1, partition_bytes = 1 })
    assert.equal(merged(copy(groups)), got)
    local n = select(2, got:gsub("\n", "")) + 1
    assert.equal(1, n) -- twelve documents, one strike
  end)

  it("holds the events of a few days only, however many days the corpus tells", function()
    -- 2,000 days, five distinct events a day, each told by two documents (a town's events
    -- two days apart: no chain from one day to the next)
    local groups = {}
    for day = 1, 2000 do
      local date = dates.from_day(738000 + day)
      for e = 1, 5 do
        for d = 1, 2 do
          groups[#groups + 1] = { atoms = { { doc = day .. "-" .. e .. "-" .. d, date = date,
            places = { "Town" .. e .. (day % 2 == 0 and "a" or "b") }, forms = { "march" },
            actor_type = "workers" } }, items = {} }
        end
      end
    end
    local got, st = streamed(groups, { spill_units = 0, run_bytes = 20000, partition_bytes = 5000 })
    assert.equal(10000, select(2, got:gsub("\n", "")) + 1)
    local open, most = st.sweeper:open_count()
    assert.equal(0, open)
    -- the signatures of today and yesterday (and one more day while it closes), not 10,000
    assert.is_true(most <= 15, "most signatures open at once: " .. most)
  end)
end)

describe("events.stream on a full disk", function()
  -- temporary files that take `room` bytes in all, then fail as a full disk does: at the
  -- write, or (buffered) only when the file is flushed (seek)
  local function disk(room, at_flush)
    local used = 0
    local function full() return used > room end
    return function()
      local f = assert(io.tmpfile())
      local w = {}
      function w.write(_, ...)
        for i = 1, select("#", ...) do used = used + #tostring((select(i, ...))) end
        if full() and not at_flush then return nil, "No space left on device", 28 end
        return f:write(...)
      end
      function w.seek(_, ...)
        if full() then return nil, "No space left on device", 28 end
        return f:seek(...)
      end
      function w.read(_, ...) return f:read(...) end
      function w.close() return f:close() end
      return w
    end, function() return used end
  end

  local OPTS = { spill_units = 0, run_bytes = 2000, partition_bytes = 1000 }
  local function with(tmpfile)
    local o = { tmpfile = tmpfile }
    for k, v in pairs(OPTS) do o[k] = v end
    return o
  end

  -- adds the groups, then finishes: the output, or nil and the error (and where)
  local function run(groups, tmpfile)
    local st = events.stream(lex, with(tmpfile))
    for _, g in ipairs(copy(groups)) do
      local ok, err = st:add(g)
      if not ok then return nil, err, "add" end
    end
    local out = {}
    local n, err = st:finish(events.encode, function(line)
      out[#out + 1] = line
      return true
    end)
    if not n then return nil, err, "finish" end
    return table.concat(out, "\n")
  end

  it("reports the failed write when adding or when finishing, never a wrong output", function()
    local groups = corpus(11, 150)
    local want = merged(copy(groups))
    -- how much the adds and the whole run write
    local tmpfile, used = disk(1e12)
    local st = events.stream(lex, with(tmpfile))
    for _, g in ipairs(copy(groups)) do assert(st:add(g)) end
    local after_adds = used()
    assert.equal(want, (run(groups, disk(1e12))))
    assert.is_true(after_adds > 0)
    for _, at_flush in ipairs({ false, true }) do
      for _, case in ipairs({ { 0, "add" }, { after_adds + 1, "finish" } }) do
        local out, err, where = run(groups, (disk(case[1], at_flush)))
        assert.is_nil(out)
        assert.equal("cannot write a temporary file: No space left on device", err)
        if not at_flush then assert.equal(case[2], where) end
      end
    end
  end)

  it("stops events and merge with the message and status 3 (a file size limit as the full disk)", function()
    local helper = require "spec.helper"
    -- (writes past `ulimit -f` fail with EFBIG once SIGXFSZ is ignored: the spilled merge's
    -- temporary files outgrow 2 blocks, the output goes to /dev/null)
    local limit = "trap '' XFSZ; ulimit -f 2; PROTESTCORPUS_EVENTS_SPILL=0"
    local code, _, err = helper.run_cli({ "events", "examples/corpus", "-o", "/dev/null" }, nil, limit)
    assert.equal(3, code)
    assert.matches("protestcorpus: fatal: cannot write a temporary file: ", err, 1, true)
    local c2, out = helper.run_cli({ "--quiet", "events", "examples/corpus" })
    assert.equal(0, c2)
    local code3, _, err3 = helper.run_cli({ "merge", "-", "-o", "/dev/null" }, out, limit)
    assert.equal(3, code3)
    assert.matches("protestcorpus: fatal: cannot write a temporary file: ", err3, 1, true)
  end)

  it("reports a temporary file that comes back short (damaged)", function()
    local function short()
      local f = assert(io.tmpfile())
      return {
        write = function(_, ...) return f:write(...) end,
        seek = function(_, ...) return f:seek(...) end,
        read = function(_, what)
          local v = f:read(what)
          if type(what) == "number" and v then return v:sub(1, #v - 1) end
          return v
        end,
        close = function() return f:close() end,
      }
    end
    local out, err = run(corpus(5, 20), short)
    assert.is_nil(out)
    assert.equal("a temporary file was damaged", err)
  end)

  it("reports a temporary file that cannot be opened", function()
    local out, err = run(corpus(5, 20), function() return nil, "Too many open files" end)
    assert.is_nil(out)
    assert.equal("cannot open a temporary file: Too many open files", err)
  end)
end)

describe("events.sweep", function()
  it("takes a day's time and key in order, dates of every precision", function()
    local t = {}
    for i, d in ipairs({ "0000-01-01", "2026-01", "2026-01-01", "2026-01-31", "2026-02", "9999-12-31" }) do
      t[i] = sweep.time_of(d)
    end
    assert.equal(t[2], t[3])
    assert.equal(sweep.UNDATED, sweep.time_of(nil))
    assert.equal(sweep.UNDATED, sweep.time_of("2026-13-01"))
    local last = sweep.time_key(sweep.UNDATED)
    for _, x in ipairs(t) do
      local k = sweep.time_key(x)
      assert.equal(8, #k)
      assert.is_true(k >= last)
      assert.equal(x, sweep.key_time(k))
      last = k
    end
  end)

  it("refuses groups out of order (a programmer error)", function()
    local w = sweep.new(nil, function() end)
    w:add(10, { { date = "0000-03-11" } }, "a")
    assert.has_error(function() w:add(9, {}, "b") end, "events.sweep: groups out of order")
  end)
end)
