-- The cue words of the quote annotator are data: csrc/quote_cues.c is what
-- tools/gen_quote_cues.lua makes of data/src/quote_cues.tsv (and the generator refuses a
-- verb of saying of data/src/function_words.tsv that is no cue: one list for both passes).
local helper = require "spec.helper"

describe("csrc/quote_cues.c", function()
  it("is the generated form of data/src/quote_cues.tsv", function()
    local out = os.tmpname()
    local ok = os.execute(("lua5.4 tools/gen_quote_cues.lua data/src/quote_cues.tsv "
      .. "data/src/function_words.tsv > %s 2>/dev/null"):format(out))
    assert.is_true(ok == true or ok == 0, "tools/gen_quote_cues.lua failed")
    local want = helper.read(out)
    os.remove(out)
    assert.are.equal(want, helper.read("csrc/quote_cues.c"), "stale: run make quote-cues")
  end)
end)

describe("csrc/given_gender.c", function()
  it("is the generated form of data/given_names.tsv's sex column", function()
    local out = os.tmpname()
    local ok = os.execute(("lua5.4 tools/gen_given_gender.lua data/given_names.tsv > %s 2>/dev/null"):format(out))
    assert.is_true(ok == true or ok == 0, "tools/gen_given_gender.lua failed")
    local want = helper.read(out)
    os.remove(out)
    assert.are.equal(want, helper.read("csrc/given_gender.c"), "stale: run make quote-cues")
  end)
end)
