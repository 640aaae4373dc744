-- --shard I/N on the command line: the shards of parse and extract partition the output of
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

  it("refuses a bad shard with exit 2 and a message naming --shard", function()
    for _, bad in ipairs({ "0/3", "4/3", "1/0", "x", "1/", "-1/2" }) do
      local code, out, err = run({ "extract", "examples/corpus", "--shard=" .. bad })
      assert.equal(2, code, bad)
      assert.equal("", out)
      assert.truthy(err:find("--shard", 1, true), err)
    end
  end)
end)
