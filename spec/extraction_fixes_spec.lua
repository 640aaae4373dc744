-- Regressions of the extraction mistakes a new user found (issue 11), on sentences written
-- for the project: news agencies keep their own canonical name after a dateline or in a
-- credit; `unit` is a counted noun or absent; ages are not quantities; one kind per entity.
local pc = require "protestcorpus"

local function find(ents, text, typ)
  for _, e in ipairs(ents) do
    if e.text == text and (not typ or e.type == typ) then return e end
  end
end

local function unit_of(text, number, opts)
  local e = find(assert(pc.extract(text, opts)), number, "QUANTITY")
  assert(e, "no QUANTITY " .. number .. " in: " .. text)
  return e.unit
end

describe("extraction fixes", function()
  it("an agency after a dateline or a name in a credit is its own organization", function()
    local text = "BRUSSELS (AFP) - Farmers blocked the ring road on Monday.\n\n"
      .. "Tractors near the Atomium. Photo: Aurélie Dumont (Belga)\n\n"
      .. "MONTRÉAL (Reuters) - Dockers walked out."
    local ents = assert(pc.extract(text, { date = "2026-02-02" }))
    for _, name in ipairs({ "AFP", "Belga", "Reuters" }) do
      local e = find(ents, name)
      assert(e, name .. " not found")
      assert.are.equal("ORG", e.type)
      assert.are.equal(name, e.canonical)
    end
    assert.are.equal("Aurélie Dumont", find(ents, "Aurélie Dumont", "PERSON").canonical)
  end)

  it("unit is the counted noun, singular, or absent", function()
    assert.is_nil(unit_of("Hundreds marched in Lyon on Saturday.", "Hundreds"))
    assert.is_nil(unit_of("Police said 2.8 million took part in the protests.", "2.8 million"))
    assert.is_nil(unit_of("About 40 south of the border were stopped.", "About 40"))
    assert.are.equal("driver", unit_of("Thousands of app-based taxi drivers logged off.", "Thousands"))
    assert.are.equal("person", unit_of("Police said about 300 masked people smashed windows.", "about 300"))
    assert.are.equal("bus", unit_of("The union said 40 buses were parked across the road.", "40"))
    assert.are.equal("campus", unit_of("Students occupied at least 12 campuses across the country.", "at least 12"))
    assert.are.equal("km", unit_of("The convoy drove 30 km to the capital.", "30"))
    assert.are.equal("type", unit_of("At least one type of protest was banned.", "At least one"))
    local fr = { lang = "fr" }
    assert.are.equal("voix", unit_of("Des centaines de voix se sont élevées contre la réforme.", "Des centaines", fr))
    assert.are.equal("temps", unit_of("La grève s'est déroulée en deux temps cette semaine.", "deux", fr))
    assert.are.equal("manifestant", unit_of("Près de 3 000 manifestants ont défilé à Nantes.", "Près de 3 000", fr))
  end)

  it("ages are not quantities", function()
    local ents = assert(pc.extract("Women were 91 percent of victims, 75 percent of whom were under 30. "
      .. "Protesters aged 18 to 25 led the march. Under 30 people came to the second rally."))
    assert.is_nil(find(ents, "under 30"))
    assert.is_nil(find(ents, "18 to 25", "QUANTITY"))
    assert.truthy(find(ents, "Under 30", "QUANTITY")) -- a count: "people" is counted
  end)

  it("gives one kind to every mention of one entity in a document", function()
    local text = "PARIS (Reuters) - Nurses marched in Paris on Tuesday. The Paris prefecture counted "
      .. "12,000 marchers, and the city of Paris closed three metro stations."
    local kinds = {}
    for _, e in ipairs(assert(pc.extract(text, { date = "2026-03-03" }))) do
      if e.type == "PLACE" and e.canonical == "Paris" then kinds[#kinds + 1] = e.kind or "" end
    end
    assert.is_true(#kinds >= 2)
    for i = 2, #kinds do assert.are.equal(kinds[1], kinds[i]) end
  end)

  it("a French place keeps the article the text contracted: du Havre, au Mans -> Le Havre, Le Mans", function()
    local ents = assert(pc.extract("Les dockers du Havre ont défilé au Havre, puis au Mans et à Lyon. "
      .. "Le Havre a voté la grève.", { lang = "fr" }))
    local seen = {}
    for _, e in ipairs(ents) do
      if e.type == "PLACE" then seen[#seen + 1] = e.text .. "=" .. e.canonical end
    end
    assert.are.same({ "Havre=Le Havre", "Havre=Le Havre", "Mans=Le Mans", "Lyon=Lyon", "Le Havre=Le Havre" }, seen)
    -- a country takes no article in its name: "du Mali" stays Mali
    local mali = find(assert(pc.extract("Les enseignants du Mali ont fait grève.", { lang = "fr" })), "Mali")
    assert.are.equal("Mali", mali.canonical)
  end)

  it("the extract record counts the invalid bytes of its document", function()
    local helper = require "spec.helper"
    local code, out = helper.run_cli({ "extract", "--no-events", "-" }, "Gr\232ve \224 Paris : 200 manifestants.")
    assert.are.equal(0, code)
    assert.truthy(out:find('"invalid_bytes":2}', 1, true), out)
  end)
end)
