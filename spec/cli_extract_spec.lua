-- extract --no-events: the same records without their "events" field (entities, quotes and
-- meta written by the C core alone).
local helper = require "spec.helper"
local cjson = require "cjson"

describe("extract --no-events", function()
  it("writes each record as extract does, less its events", function()
    local files = { "examples/corpus/en_01.txt", "examples/corpus/fr_e01.txt" }
    local code, with, err = helper.run_cli({ "extract", files[1], files[2] })
    assert.are.equal(0, code, err)
    local code2, without, err2 = helper.run_cli({ "extract", "--no-events", files[1], files[2] })
    assert.are.equal(0, code2, err2)
    local a, b = helper.lines_of(with), helper.lines_of(without)
    assert.are.equal(2, #a)
    assert.are.equal(#a, #b)
    for i = 1, #a do
      local ev = assert(a[i]:find(',"events":[', 1, true))
      assert.are.equal(b[i], a[i]:sub(1, ev - 1) .. "}")
      assert.is_nil(cjson.decode(b[i]).events)
      assert.truthy(#cjson.decode(a[i]).events > 0)
    end
  end)
end)
