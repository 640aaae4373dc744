-- Evaluation arithmetic: hand-computed cases, then agreement with ../shared/tools/score.py
-- on the seed gold (skipped, and said so, where ../shared or python3 is absent).
local cjson = require "cjson.safe"
local eval = require "protestcorpus.eval"
local helper = require "spec.helper"
local slurp = helper.read

local function E(start, stop, ty, attrs)
  local e = { start = start, ["end"] = stop, type = ty }
  for k, v in pairs(attrs or {}) do e[k] = v end
  return e
end

-- An entity as value_ok/canonical_ok see it.
local function V(attrs)
  return { value = eval.str(attrs.value), attrs = attrs }
end

local function row(res, ty)
  for _, r in ipairs(res.rows) do
    if r.type == ty then return r end
  end
end

local function types_of(res)
  local out = {}
  for i, r in ipairs(res.rows) do out[i] = r.type end
  return out
end

describe("eval.match_pairs", function()
  it("pairs exact spans first, then by largest overlap", function()
    local gold = { E(0, 5), E(10, 20), E(10, 20) }
    local sys = { E(10, 20), E(0, 4), E(12, 25), E(30, 31) }
    local exact, overlap = eval.match_pairs(gold, sys)
    assert.same({ { 2, 1 } }, exact)
    assert.same({ { 2, 1 }, { 3, 3 }, { 1, 2 } }, overlap)
  end)

  it("breaks ties by gold start, then system start", function()
    local _, overlap = eval.match_pairs({ E(0, 10) }, { E(5, 15), E(0, 5) })
    assert.same({ { 1, 2 } }, overlap)
    _, overlap = eval.match_pairs({ E(5, 15), E(0, 10) }, { E(5, 10) })
    assert.same({ { 2, 1 } }, overlap)
  end)

  it("is one-to-one: a duplicate system span is a false positive", function()
    local exact, overlap = eval.match_pairs({ E(0, 5) }, { E(0, 5), E(0, 5) })
    assert.same({ { 1, 1 } }, exact)
    assert.same({ { 1, 1 } }, overlap)
  end)
end)

describe("eval.prf", function()
  it("computes P, R, F1 and leaves undefined ones nil", function()
    local p, r, f = eval.prf(1, 2, 4)
    assert.equal(0.5, p)
    assert.equal(0.25, r)
    assert.equal(1 / 3, f)
    p, r, f = eval.prf(0, 0, 0)
    assert.is_nil(p)
    assert.is_nil(r)
    assert.is_nil(f)
    p, r, f = eval.prf(0, 0, 3)
    assert.is_nil(p)
    assert.equal(0, r)
    assert.equal(0, f)
    p, r, f = eval.prf(0, 2, 0)
    assert.equal(0, p)
    assert.is_nil(r)
    assert.equal(0, f)
  end)
end)

describe("eval.value_ok", function()
  it("DATE: value strings equal after stripping", function()
    assert.is_true(eval.value_ok("DATE", V { value = "2026-01-31" }, V { value = " 2026-01-31 " }))
    assert.is_false(eval.value_ok("DATE", V { value = "2026-01-31" }, V { value = "2026-01" }))
    assert.is_false(eval.value_ok("DATE", V { value = "2026" }, V {}))
    assert.is_true(eval.value_ok("DATE", V { value = "2026" }, V { value = 2026 }))
    assert.is_nil(eval.value_ok("DATE", V {}, V { value = "2026" }))
  end)

  it("QUANTITY: value within 1e-9 relative, or both bounds (absent equals only absent)", function()
    assert.is_true(eval.value_ok("QUANTITY", V { value = 20 }, V { value = 20 + 1e-8 }))
    assert.is_false(eval.value_ok("QUANTITY", V { value = 20 }, V { value = 20.0001 }))
    assert.is_false(eval.value_ok("QUANTITY", V { value = 20 }, V { value = "20" }))
    assert.is_true(eval.value_ok("QUANTITY", V { low = 2000, high = 9999 }, V { low = 2000, high = 9999 }))
    assert.is_false(eval.value_ok("QUANTITY", V { low = 2000, high = 9999 }, V { low = 2000 }))
    assert.is_true(eval.value_ok("QUANTITY", V { low = 101 }, V { low = 101 }))
    assert.is_false(eval.value_ok("QUANTITY", V { low = 101 }, V { low = 101, high = 200 }))
    assert.is_true(eval.value_ok("QUANTITY", V { value = 12, low = 10, high = 14 }, V { low = 10, high = 14 }))
    assert.is_nil(eval.value_ok("QUANTITY", V { unit = "person" }, V { value = 3 }))
  end)

  it("MONEY: value and currency, each one gold has; PERCENT: value", function()
    local eur = V { value = 1e8, currency = "EUR" }
    assert.is_true(eval.value_ok("MONEY", eur, V { value = 1e8 + 0.05, currency = " EUR" }))
    assert.is_false(eval.value_ok("MONEY", eur, V { value = 1e8, currency = "USD" }))
    assert.is_false(eval.value_ok("MONEY", eur, V { value = 1e8 + 0.2, currency = "EUR" }))
    assert.is_true(eval.value_ok("MONEY", V { currency = "EUR" }, V { currency = "EUR" }))
    assert.is_true(eval.value_ok("PERCENT", V { value = 15 }, V { value = 15 }))
    assert.is_false(eval.value_ok("PERCENT", V { value = 15 }, V { value = 1.5 }))
    assert.is_nil(eval.value_ok("PERSON", V { value = 1 }, V { value = 1 }))
  end)

  it("canonical: name types whose gold has one", function()
    assert.is_true(eval.canonical_ok("PERSON", V { canonical = "Cyril Benoit" }, V { canonical = "Cyril Benoit " }))
    assert.is_false(eval.canonical_ok("ORG", V { canonical = "Alliance" }, V {}))
    assert.is_nil(eval.canonical_ok("PLACE", V {}, V { canonical = "Paris" }))
    assert.is_nil(eval.canonical_ok("DATE", V { canonical = "x" }, V { canonical = "x" }))
  end)
end)

describe("eval.score", function()
  local gold = {
    { id = "d1.txt", lang = "en", entities = {
      E(0, 5, "PERSON", { canonical = "Alice Smith" }),
      E(10, 15, "PERSON", { canonical = "Alice Smith" }),
      E(20, 28, "DATE", { value = "2026-01-31" }),
      E(30, 39, "QUANTITY", { low = 2000, high = 9999 }),
      E(40, 52, "MONEY", { value = 1e8, currency = "EUR" }),
    } },
    { id = "d2", lang = "fr", entities = {
      E(0, 8, "DATE", { value = "2026-01" }),
      E(10, 12, "QUANTITY", { value = 20 }),
    } },
  }
  local sys = {
    { id = "d1", entities = {
      E(0, 5, "PERSON", { canonical = "Alice Smith" }), -- exact, canonical right
      E(9, 15, "PERSON", { canonical = "Alice" }),      -- overlap, canonical wrong
      E(20, 28, "DATE", { value = "2026-01-31" }),      -- exact, value right
      E(30, 39, "QUANTITY", { low = 2000 }),            -- exact, high missing: wrong
      E(40, 52, "MONEY", { value = 100000000.05, currency = "EUR" }), -- within 1e-9
      E(60, 63, "PERCENT", { value = 15 }),             -- false positive
    } },
    { id = "zz", entities = {} },                      -- not in gold; d2 has no prediction
  }

  it("counts per type and micro-averages (hand-computed)", function()
    local res = eval.score(gold, sys)
    assert.same({ "PERSON", "DATE", "QUANTITY", "MONEY", "PERCENT" }, types_of(res))
    assert.same({ type = "PERSON", gold = 2, sys = 2, tp = 1, ov = 2,
      val_exact_ok = 0, val_exact_n = 0, val_ok = 0, val_n = 0,
      can_exact_ok = 1, can_exact_n = 1, can_ok = 1, can_n = 2,
      p = 0.5, r = 0.5, f = 0.5, op = 1, orr = 1, of = 1 }, row(res, "PERSON"))
    local d = row(res, "DATE")
    assert.same({ 2, 1, 1, 1, 1, 1 }, { d.gold, d.sys, d.tp, d.ov, d.val_ok, d.val_n })
    assert.equal(2 / 3, d.f)
    local q = row(res, "QUANTITY")
    assert.same({ 1, 0, 1, 0 }, { q.val_exact_n, q.val_exact_ok, q.val_n, q.val_ok })
    local m = row(res, "MONEY")
    assert.same({ 1, 1 }, { m.val_n, m.val_ok })
    local pc = row(res, "PERCENT")
    assert.same({ 0, 1, 0 }, { pc.gold, pc.sys, pc.tp })
    assert.equal(0, pc.p)
    assert.is_nil(pc.r)
    assert.equal(0, pc.f)
    local mi = res.micro
    assert.same({ "micro", 7, 6, 4, 5, 2, 3, 2, 3, 1, 1, 1, 2 },
      { mi.type, mi.gold, mi.sys, mi.tp, mi.ov, mi.val_exact_ok, mi.val_exact_n, mi.val_ok, mi.val_n,
        mi.can_exact_ok, mi.can_exact_n, mi.can_ok, mi.can_n })
    assert.equal(4 / 6, mi.p)
    assert.equal(4 / 7, mi.r)
    assert.equal(0.6153846153846153, mi.f) -- 8/13, as score.py prints it
    assert.equal(0.7692307692307692, mi.of) -- 10/13
    assert.same({ exact_n = 1, exact_ok = 1, ov_n = 1, ov_ok = 1 }, res.date_value)
    assert.is_nil(res.quotes)
    assert.equal(2, res.warnings.gold_docs)
    assert.equal(1, res.warnings.missing_in_sys)
    assert.equal(1, res.warnings.sys_not_in_gold)
  end)

  it("renames with map on both sides and keeps only the requested types", function()
    local g = { { id = "a", entities = { E(0, 3, "PER"), E(5, 9, "LOC") } } }
    local s = { { id = "a", entities = { E(0, 3, "PERSON"), E(5, 9, "PLACE"), E(10, 12, "DATE") } } }
    local res = eval.score(g, s, { map = { PER = "PERSON", LOC = "PLACE" } })
    assert.same({ "PERSON", "PLACE", "DATE" }, types_of(res))
    assert.equal(2, res.micro.tp)
    res = eval.score(g, s, { map = { PER = "PERSON" }, types = { "PERSON", "ORG" } })
    assert.same({ "PERSON", "ORG" }, types_of(res))
    assert.same({ 1, 1, 1 }, { res.micro.gold, res.micro.sys, res.micro.tp })
    local org = row(res, "ORG")
    assert.same({ 0, 0 }, { org.gold, org.sys })
    assert.is_nil(org.p)
    assert.is_nil(org.f)
  end)

  it("filters by lang, keeps the later of duplicate ids, counts bad records and text mismatches", function()
    local g = {
      { id = "a", lang = "en", text = "Paris and Lyon",
        entities = { E(0, 5, "PLACE", { text = "Paris" }), E(10, 14, "PLACE") } },
      { id = "b", lang = "fr", entities = { E(0, 1, "PLACE") } },
    }
    local s = {
      { id = "a.txt", entities = { E(0, 5, "PLACE") } },
      { id = "a", entities = { E(0, 5, "PLACE", { text = "Pari" }), E(10, 14, "PLACE", { text = "Lyon" }),
        E(3, 3, "PLACE"), { start = 1, ["end"] = 2, type = 7 } } },
      "not an object",
    }
    local res = eval.score(g, s, { lang = "en" })
    local w = res.warnings
    assert.same({ 1, 1, 1, 1, 2, 1, 0 }, { w.gold_docs, w.lang_skipped, w.sys_dup_ids, w.sys_bad_lines,
      w.sys_bad_records, w.sys_text_mismatch, w.gold_text_mismatch })
    assert.same({ 2, 2, 2 }, { res.micro.gold, res.micro.sys, res.micro.tp })
  end)

  it("scores quotes when gold has quote lists: speaker and kind on overlap pairs", function()
    local g = { { id = "q", quotes = {
      { start = 0, ["end"] = 10, speaker = "Cyril Benoit", kind = "speech" },
      { start = 20, ["end"] = 30, kind = "slogan" },
    } } }
    local s = { { id = "q", quotes = {
      { start = 0, ["end"] = 10, speaker = "Cyril Benoit", kind = "term" },
      { start = 22, ["end"] = 30 },
    } } }
    local res = eval.score(g, s)
    local q = res.quotes
    -- speaker: equal, then absent on both sides (right); kind: differs, then absent on one (wrong)
    assert.same({ 1, 2, 2, 1, 2, 2, 0 }, { q.docs, q.gold, q.sys, q.tp, q.ov, q.speaker_ok, q.kind_ok })
    assert.equal(0.5, q.f)
    assert.equal(1, q.of)
  end)
end)

describe("eval.parse_map and eval.parse_types", function()
  it("parse the command-line forms", function()
    assert.same({ PER = "PERSON", LOC = "PLACE" }, eval.parse_map(" PER = PERSON,,LOC=PLACE "))
    assert.same({}, eval.parse_map(""))
    local m, err = eval.parse_map("PER")
    assert.is_nil(m)
    assert.equal("--map: expected FROM=TO, got 'PER'", err)
    assert.same({ "DATE", "QUANTITY" }, eval.parse_types("DATE, QUANTITY,"))
    assert.is_nil(eval.parse_types(""))
  end)
end)

describe("eval.utf8_replace", function()
  it("replaces each maximal invalid subpart by U+FFFD, as Python's decode does", function()
    assert.equal("abc é", eval.utf8_replace("abc é"))
    assert.equal("a\239\191\189b", eval.utf8_replace("a\195b"))
    assert.equal("\239\191\189\239\191\189", eval.utf8_replace("\226\130\255"))
    assert.equal("\239\191\189\239\191\189", eval.utf8_replace("\192\175"))
  end)
end)

-- Agreement with the independent scorer on the seed articles.
local SHARED_GOLD = "../shared/gold/seeds.gold.jsonl"
local SCORE_PY = "../shared/tools/score.py"

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

local function sh_ok(cmd)
  local r = os.execute(cmd)
  return r == true or r == 0
end

local LUA = rawget(_G, "jit") and "luajit" or "lua5.4"

local function load_jsonl(path)
  local out = {}
  for line in io.lines(path) do
    if line:find("%S") then out[#out + 1] = assert(cjson.decode(line)) end
  end
  return out
end

describe("eval agrees with score.py on ../shared/gold/seeds.gold.jsonl", function()
  if not exists(SHARED_GOLD) or not exists(SCORE_PY) then
    pending("../shared not present: agreement with score.py on the seed gold not checked")
    return
  end
  if not sh_ok("python3 -c pass >/dev/null 2>&1") then
    pending("python3 not found: agreement with score.py on the seed gold not checked")
    return
  end
  local tmp
  before_each(function() tmp = os.tmpname() end)
  after_each(function()
    for _, suffix in ipairs({ "", ".sys.jsonl", ".py.json", ".lua.json" }) do os.remove(tmp .. suffix) end
  end)

  for _, extra in ipairs({ "", " --types DATE,QUANTITY,PERSON", " --map PLACE=LOC,ORG=LOC" }) do
    it("numbers are identical" .. (extra == "" and "" or " with" .. extra), function()
      local sys_path, py_json, lua_json = tmp .. ".sys.jsonl", tmp .. ".py.json", tmp .. ".lua.json"
      assert.is_true(sh_ok(("%s bin/protestcorpus extract %s -o %s 2>/dev/null"):format(LUA, SHARED_GOLD, sys_path)))
      assert.is_true(sh_ok(("python3 %s %s %s --quiet --json %s%s >/dev/null"):format(SCORE_PY, SHARED_GOLD,
        sys_path, py_json, extra)))
      assert.is_true(sh_ok(("%s bin/protestcorpus eval %s --json -o %s%s 2>/dev/null"):format(LUA, SHARED_GOLD,
        lua_json, extra)))
      local py = assert(cjson.decode(slurp(py_json)))
      assert.same(py, assert(cjson.decode(slurp(lua_json))))
      -- the library function on the extract output, without the command line
      local map = eval.parse_map(extra:match("%-%-map (%S+)"))
      local res = eval.score(load_jsonl(SHARED_GOLD), load_jsonl(sys_path),
        { map = map, types = eval.parse_types(extra:match("%-%-types (%S+)")) })
      assert.equal(py.micro.gold, res.micro.gold)
      assert.equal(py.micro.tp, res.micro.tp)
      assert.equal(py.micro.ov, res.micro.ov)
      assert.equal(py.micro.val_ok, res.micro.val_ok)
      assert.equal(py.micro.f == cjson.null and "null" or py.micro.f, res.micro.f or "null")
      assert.equal(#py.rows, #res.rows)
    end)
  end
end)
