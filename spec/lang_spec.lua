-- pc.detect_lang decides on a single sentence when its function words allow it, and stays
-- undetermined on text with no clear English or French function words.
local pc = require "protestcorpus"

describe("detect_lang", function()
  it("decides a single English or French sentence", function()
    assert.are.equal("en", pc.detect_lang("Thousands marched in Lyon on Saturday."))
    assert.are.equal("fr", pc.detect_lang("Près de deux millions de manifestants."))
    assert.are.equal("en", pc.detect_lang("Strike at the port"))
    assert.are.equal("fr", pc.detect_lang("Grève à la SNCF"))
  end)

  it("stays undetermined without evidence or with a stray word among many", function()
    assert.are.equal("und", pc.detect_lang("Lyon"))
    assert.are.equal("und", pc.detect_lang(""))
    assert.are.equal("und", pc.detect_lang("Tausende demonstrierten am Samstag in Berlin gegen die "
      .. "Regierung und die Polizei der Stadt."))
    assert.are.equal("und", pc.detect_lang("CGT FO CFDT UNSA 2026"))
  end)

  it("still reads whole articles as before", function()
    assert.are.equal("en", pc.detect_lang("The unions said the strike would go on. It was the third "
      .. "day of action and they have called for more."))
    assert.are.equal("fr", pc.detect_lang("Les syndicats ont appelé à la grève dans les transports, "
      .. "selon la CGT, qui dénonce une réforme injuste pour les salariés."))
  end)
end)
