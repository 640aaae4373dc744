-- --shard I/N on the command line: the shards of parse, extract and quotes partition the output of
-- one run (same lines, each in one shard, in the whole run's order), the closing lines
-- tell what other shards own, and a bad option is a usage error (exit 2) naming --shard.
-- Runs bin/protestcorpus as a subprocess with the interpreter under test.
local corpus = require "protestcorpus.corpus"
local cjson = require "cjson"
local helper = require "spec.helper"

local run = helper.run_cli
local lines_of = helper.lines_of

describe("--shard on the command line", function()
  for _, command in ipairs({ "parse", "extract" }) do
    it(command .. ": the shards' lines are the whole run's, each once, in its order", function()
      local code, whole_out = run({ command, "examples/corpus" })
      assert.equal(0, code)
      local whole = lines_of(whole_out)
      assert.is_true(#whole > 10)
      local n = 3
      local seen = {}
      for i = 1, n do
        local scode, out, err = run({ command, "examples/corpus", "--shard", i .. "/" .. n })
        assert.equal(0, scode, err)
        local lines = lines_of(out)
        local k = 1
        for _, line in ipairs(whole) do
          local id = cjson.decode(line).id
          if corpus.shard_of(id, n) == i then
            assert.equal(line, lines[k])
            assert.is_nil(seen[id])
            seen[id] = i
            k = k + 1
          end
        end
        assert.equal(#lines + 1, k)
        local note = ("shard %d/%d: %d records left to other shards"):format(i, n, #whole - #lines)
        assert.truthy(err:find(note, 1, true), err)
        assert.truthy(err:find(("read %d, written %d, rejected 0"):format(#lines, #lines), 1, true), err)
      end
      local count = 0
      for _ in pairs(seen) do count = count + 1 end
      assert.equal(#whole, count)
    end)
  end

  it("quotes: each quote line in exactly the shard of its document's id", function()
    local _, whole_out = run({ "quotes", "examples/corpus", "--format", "jsonl" })
    local whole = lines_of(whole_out)
    assert.is_true(#whole > 10)
    local got = 0
    for i = 1, 2 do
      local code, out, err = run({ "quotes", "examples/corpus", "--format", "jsonl", "--shard", i .. "/2" })
      assert.equal(0, code, err)
      local mine = {}
      for _, line in ipairs(whole) do
        if corpus.shard_of(cjson.decode(line).id, 2) == i then mine[#mine + 1] = line end
      end
      assert.same(mine, lines_of(out))
      got = got + #mine
    end
    assert.equal(#whole, got)
  end)

  it("a shard that owns none of the documents exits 0; no document at all is still exit 1", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(require("lfs").mkdir(dir))
    helper.write(dir .. "/en_01.txt", "Nurses marched in Lyon on Saturday.\n")
    local owner = corpus.shard_of("en_01", 2)
    for i = 1, 2 do
      local code, out, err = run({ "extract", dir, "--shard", i .. "/2" })
      assert.equal(0, code, err)
      assert.equal(i == owner and 1 or 0, #lines_of(out))
      assert.is_nil(err:find("no document", 1, true))
    end
    os.remove(dir .. "/en_01.txt")
    helper.write(dir .. "/empty.jsonl", "\n")
    local code, _, err = run({ "extract", dir .. "/empty.jsonl", "--shard", "1/2" })
    assert.equal(1, code)
    assert.truthy(err:find("no document", 1, true), err)
    helper.rmtree(dir)
  end)

  it("refuses a bad shard with exit 2 and a message naming --shard", function()
    for _, bad in ipairs({ "0/3", "4/3", "1/0", "x", "1/", "-1/2" }) do
      local code, out, err = run({ "extract", "examples/corpus", "--shard=" .. bad })
      assert.equal(2, code, bad)
      assert.equal("", out)
      assert.truthy(err:find("--shard", 1, true), err)
    end
  end)
end)
