-- The events, merge and eval --events commands, run as subprocesses with the interpreter
-- under test: shards merged give byte for byte the events of one run; extract's events
-- merge to the same; eval --events agrees with ../shared/tools/score_events.py.
local lfs = require "lfs"
local helper = require "spec.helper"
local write = helper.write
local slurp = helper.read
local rmtree = helper.rmtree
local quote = helper.quote

local LUA = rawget(_G, "jit") and "luajit" or "lua5.4"

local function run(args, stdin)
  local out, err, inp = os.tmpname(), os.tmpname(), os.tmpname()
  write(inp, stdin or "")
  local cmd = { LUA, "bin/protestcorpus" }
  for _, a in ipairs(args) do cmd[#cmd + 1] = quote(a) end
  local p = assert(io.popen(table.concat(cmd, " ") .. " <" .. quote(inp) .. " >" .. quote(out)
    .. " 2>" .. quote(err) .. "; echo $?"))
  local code = tonumber(p:read("a"))
  p:close()
  local o, e = slurp(out), slurp(err)
  os.remove(out)
  os.remove(err)
  os.remove(inp)
  return code, o, e
end

local function sh(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local s = p:read("a")
  p:close()
  return s
end

local function has_python()
  return sh("command -v python3 >/dev/null && echo yes"):find("yes") ~= nil
end

local function txt_files(dir)
  local list = {}
  for name in lfs.dir(dir) do
    if name:match("%.txt$") then list[#list + 1] = dir .. "/" .. name end
  end
  table.sort(list)
  return list
end

describe("protestcorpus events and merge", function()
  local dir
  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    assert(lfs.mkdir(dir))
  end)
  after_each(function() rmtree(dir) end)

  it("merging the events of any slicing of the corpus gives the one-run output, byte for byte", function()
    local files = txt_files("examples/corpus")
    local code, whole = run({ "events", "--quiet", "examples/corpus" })
    assert.is_true(code == 0 or code == 1) -- examples/corpus holds one invalid-UTF-8 file on purpose
    assert.truthy(#whole > 0)
    -- a few deterministic slicings: halves, every third file, reversed order
    local slicings = {
      { function(i) return i <= #files / 2 end },
      { function(i) return i % 3 == 0 end, function(i) return i % 3 == 1 end },
    }
    for s, preds in ipairs(slicings) do
      local parts, taken = {}, {}
      for p, pred in ipairs(preds) do
        local args = { "events", "--quiet", "-o", dir .. "/part" .. s .. "_" .. p .. ".jsonl" }
        for i, f in ipairs(files) do
          if pred(i) and not taken[i] then taken[i] = true args[#args + 1] = f end
        end
        run(args)
        parts[#parts + 1] = dir .. "/part" .. s .. "_" .. p .. ".jsonl"
      end
      local rest = { "events", "--quiet", "-o", dir .. "/rest" .. s .. ".jsonl" }
      for i = #files, 1, -1 do if not taken[i] then rest[#rest + 1] = files[i] end end
      run(rest)
      local margs = { "merge", dir .. "/rest" .. s .. ".jsonl" }
      for i = #parts, 1, -1 do margs[#margs + 1] = parts[i] end
      local mcode, merged, merr = run(margs)
      assert.equal(0, mcode, merr)
      assert.equal(whole, merged, "slicing " .. s)
    end
  end)

  it("--shard I/N over N = 1..3, then merge, equals one run", function()
    local _, whole = run({ "events", "--quiet", "examples/corpus" })
    for n = 2, 3 do
      local margs = { "merge" }
      for i = 1, n do
        local f = dir .. "/s" .. i .. "of" .. n .. ".jsonl"
        run({ "events", "--quiet", "--shard", i .. "/" .. n, "-o", f, "examples/corpus" })
        table.insert(margs, 2, f)
      end
      local code, merged = run(margs)
      assert.equal(0, code)
      assert.equal(whole, merged, n .. " shards")
    end
  end)

  it("extract carries each document's events; merging them equals events", function()
    local _, whole = run({ "events", "--quiet", "examples/corpus" })
    local _, ex = run({ "extract", "--quiet", "examples/corpus" })
    assert.matches('"events":%[', ex)
    write(dir .. "/ex.jsonl", ex)
    local code, merged = run({ "merge", dir .. "/ex.jsonl" })
    assert.equal(0, code)
    assert.equal(whole, merged)
  end)

  it("writes CSV with the documented header; rejects an unknown format", function()
    local code, out = run({ "events", "--quiet", "--format", "csv", "examples/corpus" })
    assert.is_true(code == 0 or code == 1)
    assert.equal("event_id,date,end_date,status,places,organizers,actor_type,forms,size_low,"
      .. "size_high,size_sources,claims,targets,n_docs,docs", out:match("^([^\n]*)"))
    local c2, _, err = run({ "events", "--format", "xml", "examples/corpus" })
    assert.equal(2, c2)
    assert.matches("unknown format", err)
  end)

  it("merge reports a line that is not an event record and keeps the others", function()
    local _, whole = run({ "events", "--quiet", "examples/corpus" })
    write(dir .. "/bad.jsonl", whole .. '{"id": "x"}\nnot json\n')
    local code, out, err = run({ "merge", dir .. "/bad.jsonl" })
    assert.equal(1, code)
    assert.equal(whole, out)
    assert.matches("atoms", err)
    assert.matches("rejected 2", err)
  end)
end)

describe("events on the seed articles", function()
  local seeds = helper.shared("seeds")
  local gold = helper.shared("gold/seeds.events.gold.jsonl")
  local gold_docs = helper.shared("gold/seeds.gold.jsonl")
  local scorer = helper.shared("tools/score_events.py")
  if not (seeds and gold and gold_docs and scorer) then
    pending(helper.absent)
    return
  end

  it("finds the five gold events when the documents carry their dates (seeds.gold.jsonl)", function()
    local code, out = run({ "eval", "--events", gold, gold_docs })
    assert.equal(0, code)
    assert.matches("events   gold 5  sys 5  matched 5   P 100.0  R 100.0  F1 100.0", out, 1, true)
    assert.matches("merging    gold pairs 3  sys pairs 3  shared 3   P 100.0  R 100.0  F1 100.0", out, 1, true)
    assert.matches("figures    gold found 4/4", out, 1, true)
  end)

  it("from the bare .txt files: every event but the one whose article has no date", function()
    local _, out = run({ "events", "--quiet", seeds })
    local n = select(2, out:gsub("\n", ""))
    assert.equal(4, n)
  end)

  it("eval --events agrees with score_events.py, table and --json", function()
    if not has_python() then
      pending("python3 not found: agreement with score_events.py not checked")
      return
    end
    local tmp = os.tmpname()
    local _, events_out = run({ "events", "--quiet", gold_docs })
    write(tmp, events_out)
    for _, sys in ipairs({ tmp, "examples/gold/blind3.events.gold.jsonl" }) do
      local _, ours = run({ "eval", "--events", gold, sys })
      local theirs = sh("python3 " .. quote(scorer) .. " " .. quote(gold) .. " " .. quote(sys))
      assert.equal(theirs, ours)
      local js = os.tmpname()
      sh("python3 " .. quote(scorer) .. " " .. quote(gold) .. " " .. quote(sys) .. " --json " .. quote(js))
      local _, ours_json = run({ "eval", "--json", "--events", gold, sys })
      local cjson = require "cjson"
      local a, b = cjson.decode(slurp(js)), cjson.decode(ours_json)
      for _, k in ipairs({ "events", "places", "organizers", "forms", "claims", "targets", "merging" }) do
        for _, f in ipairs({ "tp", "sys", "gold" }) do assert.equal(a[k][f], b[k][f], k .. "." .. f) end
        assert.is_true(math.abs(a[k].f - b[k].f) < 1e-12)
      end
      assert.same(a.figures, b.figures)
      assert.same(a.status, b.status)
      os.remove(js)
    end
    os.remove(tmp)
  end)
end)
