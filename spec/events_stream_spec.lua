-- The merge in bounded memory (events/stream.lua): whatever it keeps in memory, spills to
-- temporary files or partitions, it writes exactly what events.merge returns, in the same
-- order (JSON Lines and CSV); and `events` / `merge` with the spilling forced on
-- (PROTESTCORPUS_EVENTS_SPILL) give the bytes of a run that keeps everything in memory.
local events = require "protestcorpus.events"
local cjson = require "cjson"
local helper = require "spec.helper"

local lex = assert(events.load())

-- Groups of many documents that tell a few events, in two languages, with figures: the
-- events of examples/corpus as `events` writes them, read back (no C module needed).
local function example_groups()
  local code, out = helper.run_cli({ "--quiet", "events", "examples/corpus" })
  assert.equal(0, code)
  local groups = {}
  for _, line in ipairs(helper.lines_of(out)) do
    local rec = cjson.decode(line)
    -- one group per atom, with the items of its document: as detection gives them
    for _, a in ipairs(rec.atoms) do
      local items = {}
      for _, k in ipairs({ "participants", "vehicles", "place_counts", "sites", "evidence", "claims_text" }) do
        items[k] = {}
        for _, it in ipairs(rec[k] or {}) do
          if it.doc == a.doc then table.insert(items[k], it) end
        end
      end
      groups[#groups + 1] = { atoms = { a }, items = items }
    end
  end
  return groups
end

local function streamed(groups, opts, encode)
  local st = events.stream(lex, opts)
  for _, g in ipairs(groups) do assert(st:add(g)) end
  local out = {}
  local n, err = st:finish(encode or events.encode, function(line)
    out[#out + 1] = line
    return true
  end)
  assert(n, err)
  assert.equal(#out, n)
  return table.concat(out, "\n")
end

local function merged(groups, encode)
  local out = {}
  for i, r in ipairs(events.merge(groups, lex)) do out[i] = (encode or events.encode)(r) end
  return table.concat(out, "\n")
end

describe("events.stream", function()
  local groups = example_groups()

  it("has groups to merge (the example corpus)", function()
    assert.is_true(#groups > 100)
  end)

  it("writes what events.merge returns, in memory, spilled, in one or many partitions", function()
    local want = merged(groups)
    assert.equal(want, streamed(groups))
    assert.equal(want, streamed(groups, { spill_units = 0 }))
    assert.equal(want, streamed(groups, { spill_units = 50, partition_bytes = 20000 }))
    assert.equal(want, streamed(groups, { spill_units = 0, partition_bytes = 1 }))
  end)

  it("writes the same CSV rows (which may hold newlines) spilled", function()
    assert.equal(merged(groups, events.csv_row),
      streamed(groups, { spill_units = 0, partition_bytes = 1 }, events.csv_row))
  end)

  it("gives the same records whatever the order of the groups", function()
    local rev = {}
    for i = #groups, 1, -1 do rev[#rev + 1] = groups[i] end
    assert.equal(merged(groups), streamed(rev, { spill_units = 0, partition_bytes = 5000 }))
  end)

  it("reports a failed write with the number of records written", function()
    for _, opts in ipairs({ {}, { spill_units = 0, partition_bytes = 1 } }) do
      local st = events.stream(lex, opts)
      for _, g in ipairs(groups) do assert(st:add(g)) end
      local calls = 0
      local n, err, done = st:finish(events.encode, function()
        calls = calls + 1
        return calls < 3
      end)
      assert.is_nil(n)
      assert.equal("write failed", err)
      assert.equal(2, done)
    end
  end)

  it("reads back what it spilled exactly: invalid UTF-8, floats, integers, null", function()
    local null = require("cjson").null
    local function g(doc, text, low)
      return { atoms = { { doc = doc, date = "2026-01-31", places = { "Paris" }, forms = { "march" },
        actor_type = "workers" } }, items = {
        participants = { { doc = doc, low = low, high = 1e20, text = text, source = "police",
          approx = true, place = null } },
        sites = { { doc = doc, text = "place \255" }, { doc = doc, text = "place \254" } } } }
    end
    local odd = { g("a", "0.1 + 0.2 \255", 0.1 + 0.2), g("b", "-0 \254", -0.0), g("c", "2^53", 2 ^ 53) }
    local want = merged(odd)
    -- two sites that differ only in an invalid byte stay two, as in memory
    assert.equal(6, select(2, want:gsub('"text":"place', "")))
    assert.equal(want, streamed(odd, { spill_units = 0, partition_bytes = 1 }))
  end)

  it("leaves out a group without atoms, as events.merge does", function()
    local st = events.stream(lex, { spill_units = 0 })
    assert.is_true(st:add({ atoms = {}, items = {} }))
    local n = st:finish(events.encode, function() return true end)
    assert.equal(0, n)
    assert.equal(0, st.count)
  end)
end)

describe("events and merge with the spilling forced on", function()
  it("give the bytes of a run in memory", function()
    local code, want = helper.run_cli({ "--quiet", "events", "examples/corpus" })
    assert.equal(0, code)
    local code2, got = helper.run_cli({ "--quiet", "events", "examples/corpus" }, nil,
      "PROTESTCORPUS_EVENTS_SPILL=5")
    assert.equal(0, code2)
    assert.equal(want, got)
    local dir = helper.tempdir()
    local parts = {}
    for i = 1, 3 do
      local c, out = helper.run_cli({ "--quiet", "events", "--shard", i .. "/3", "examples/corpus" })
      assert.equal(0, c)
      parts[i] = dir .. "/part" .. i .. ".jsonl"
      helper.write(parts[i], out)
    end
    local code3, got3 = helper.run_cli({ "--quiet", "merge", parts[1], parts[2], parts[3] }, nil,
      "PROTESTCORPUS_EVENTS_SPILL=0")
    assert.equal(0, code3)
    assert.equal(want, got3)
    helper.rmtree(dir)
  end)
end)

describe("events.stream spill format", function()
  local stream = require "protestcorpus.events.stream"
  local records = require "protestcorpus.records"
  local okc, core = pcall(require, "protestcorpus.core")

  -- deep equality that also tells integers from floats and NULL from {}
  local function same(a, b)
    if type(a) ~= type(b) then return false end
    if type(a) == "number" then
      if a ~= a then return b ~= b end
      return a == b and (not math.type or math.type(a) == math.type(b)) and (a ~= 0 or 1 / a == 1 / b)
    end
    if type(a) ~= "table" then return a == b end
    if a == records.NULL or b == records.NULL then return a == b end
    for k, v in pairs(a) do if not same(v, b[k]) then return false end end
    for k in pairs(b) do if a[k] == nil then return false end end
    return true
  end

  local values = {
    "plain", "quo\"te\\ \n new\rline \0 nul \1\31\127 \255\254 caf\195\169", "", 0, 1, -1, 1.5, -0.0,
    150.0, 2 ^ 53, 1e300, -1e-300, 0.1 + 0.2, 1 / 0, -1 / 0, true, false, records.NULL, cjson.null,
    {}, { 1, 2, 3 }, { "a", x = 1, ["end"] = 2, ["with space"] = 3, ["9x"] = 4, [10] = 5, [-1] = 6 },
    { atoms = { { doc = "d\n1", places = {} } }, items = { evidence = { { doc = "d", start = 1, ["end"] = 9 } } } },
  }
  if math.type then values[#values + 1] = math.maxinteger values[#values + 1] = math.mininteger end

  it("reads back every value as it was written, by the Lua writer and by the C one", function()
    local writers = { stream.serialize }
    if okc then writers[2] = function(v) return core.lua_literal(v, records.NULL) end end
    for _, write in ipairs(writers) do
      for _, v in ipairs(values) do
        local text = write(v)
        assert.is_nil(text:find("\n", 1, true))
        local back = stream.deserialize(text)
        assert.is_true(same(v, back), text)
      end
    end
  end)

  it("refuses what it cannot write", function()
    if not okc then
      pending("the C module is not built: " .. tostring(core))
      return
    end
    assert.has_error(function() core.lua_literal({ f = print }, records.NULL) end,
      "events.stream: cannot write a function")
    assert.has_error(function() core.lua_literal({ [true] = 1 }, records.NULL) end,
      "events.stream: cannot write a key of type boolean")
  end)
end)
