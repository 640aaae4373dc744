-- `protestcorpus eval` scores quotations as ../shared/tools/score.py does: on every gold
-- file with quote lists (the seed gold, the project's gold files in examples/gold, the
-- quote test articles), the two give the same counts (gold, sys, tp, overlap pairs,
-- speaker and kind right) from the same extract output.
local cjson = require "cjson"
local helper = require "spec.helper"
local lfs = require "lfs"

local SCORE_PY = "../shared/tools/score.py"

local function exists(path)
  return lfs.attributes(path, "mode") ~= nil
end

local function sh_ok(cmd)
  local r = os.execute(cmd)
  return r == true or r == 0
end

-- Whether a gold file has a document with a "quotes" list.
local function has_quotes(path)
  for line in io.lines(path) do
    if line:find('"quotes"%s*:%s*%[') then return true end
  end
  return false
end

local function gold_files()
  local out = { "../shared/gold/seeds.gold.jsonl", "spec/fixtures/quotes/quotes.gold.jsonl" }
  local names = {}
  for name in lfs.dir("examples/gold") do
    if name:match("%.gold%.jsonl$") and not name:match("events") then names[#names + 1] = name end
  end
  table.sort(names)
  for _, name in ipairs(names) do out[#out + 1] = "examples/gold/" .. name end
  return out
end

describe("eval and score.py agree on quotes", function()
  if not exists(SCORE_PY) then
    pending("../shared not present: agreement with score.py on quotes not checked")
    return
  end
  if not sh_ok("python3 -c pass >/dev/null 2>&1") then
    pending("python3 not found: agreement with score.py on quotes not checked")
    return
  end
  local tmp
  before_each(function() tmp = os.tmpname() end)
  after_each(function()
    for _, suffix in ipairs({ "", ".sys.jsonl", ".py.json", ".lua.json" }) do os.remove(tmp .. suffix) end
  end)
  local checked = 0
  for _, gold in ipairs(gold_files()) do
    if exists(gold) and has_quotes(gold) then
      checked = checked + 1
      it("on " .. gold, function()
        local sys, py_json, lua_json = tmp .. ".sys.jsonl", tmp .. ".py.json", tmp .. ".lua.json"
        assert.is_true(sh_ok(("%s bin/protestcorpus extract %s -o %s 2>/dev/null"):format(helper.LUA, gold, sys)))
        assert.is_true(sh_ok(("python3 %s %s %s --quiet --json %s >/dev/null"):format(SCORE_PY, gold, sys, py_json)))
        assert.is_true(sh_ok(("%s bin/protestcorpus eval %s --json -o %s 2>/dev/null"):format(helper.LUA, gold, lua_json)))
        local py = assert(cjson.decode(helper.read(py_json))).quotes
        local lua = assert(cjson.decode(helper.read(lua_json))).quotes
        assert.is_table(py)
        for _, k in ipairs({ "docs", "gold", "sys", "tp", "ov", "speaker_ok", "kind_ok" }) do
          assert.are.equal(py[k], lua[k], k)
        end
        for _, k in ipairs({ "p", "r", "f", "op", "orr", "of" }) do
          assert.is_true(math.abs(py[k] - lua[k]) < 1e-12, k)
        end
      end)
    end
  end
  it("checked at least the seed gold and the test articles", function()
    assert.is_true(checked >= 2)
  end)
end)
