-- Persons, organizations and places: spans, canonical forms, kinds, roles.
local pc = require "protestcorpus"
local helper = require "spec.helper"

local function names(text, opts) return helper.names(text, opts or { lang = "en" }) end
local find, absent = helper.find_name, helper.no_name

describe("the name model", function()
  it("loads once and is shared", function()
    local m1 = assert(pc.default_model())
    local m2 = assert(pc.default_model())
    assert.are.equal(m1, m2)
    assert.is_true(m1:count() > 100000)
  end)

  it("reports a missing or malformed data directory", function()
    local m, err = pc.load_model("/nonexistent/protestcorpus")
    assert.is_nil(m)
    assert.matches("cannot read a model file", err)
    assert.has_error(function() pc.load_model(42) end)
  end)
end)

describe("PERSON", function()
  it("finds full and partial mentions with their canonical form and role", function()
    local text = "Marta Kowalczyk, general secretary of the Harbour Workers' Union, led the march. "
      .. "\"We will not stop,\" Kowalczyk told reporters. Later, Marta spoke again."
    local list = names(text)
    local e = find(list, "PERSON", "Marta Kowalczyk")
    assert.are.equal("Marta Kowalczyk", e.canonical)
    assert.are.equal("general secretary of the Harbour Workers' Union", e.role)
    assert.are.equal("Marta Kowalczyk", find(list, "PERSON", "Kowalczyk").canonical)
    assert.are.equal("Marta Kowalczyk", find(list, "PERSON", "Marta").canonical)
    find(list, "ORG", "Harbour Workers' Union")
  end)

  it("cuts titles and role words off the name", function()
    local list = names("Transport Minister Olivia Grant met Mr. Hossain and Dr. Amina Yusuf on Friday.")
    local e = find(list, "PERSON", "Olivia Grant")
    assert.are.equal("Transport Minister", e.role)
    find(list, "PERSON", "Hossain")
    find(list, "PERSON", "Amina Yusuf")
    absent(list, "Transport Minister Olivia Grant")
  end)

  it("reads lowercase roles and particles", function()
    local list = names("The crowd booed regional police chief Jean-Luc Van der Berg as he arrived.")
    local e = find(list, "PERSON", "Jean-Luc Van der Berg")
    assert.are.equal("regional police chief", e.role)
  end)

  it("reads French titles and roles", function()
    local list = names("Selon Mme Claire Dubreuil, porte-parole du collectif, la marche partira de Nantes. "
      .. "« Nous irons jusqu'au bout », a déclaré M. Roussel.", { lang = "fr" })
    find(list, "PERSON", "Claire Dubreuil")
    find(list, "PERSON", "Roussel")
    find(list, "PLACE", "Nantes")
  end)
end)

describe("ORG", function()
  it("pairs an acronym with its long form", function()
    local text = "The Union of Metal and Engineering Workers (UMEW) called the strike. UMEW said 3,000 joined."
    local list = names(text)
    find(list, "ORG", "Union of Metal and Engineering Workers")
    for _, e in ipairs(list) do
      if e.text == "UMEW" then assert.are.equal("Union of Metal and Engineering Workers", e.canonical) end
    end
  end)

  it("reads an acronym defined in parentheses when its letters spell the words before it", function()
    -- names with no head word the lexicon knows, in other languages, with lowercase words,
    -- hyphens, and syllables rather than initials (Schwartz and Hearst's test)
    local cases = {
      { "en", "Doctors marched behind the Confederación Estatal de Sindicatos Médicos (CESM) banner. "
        .. "CESM said 40,000 came.",
        "Confederación Estatal de Sindicatos Médicos", "CESM" },
      { "fr", "Selon le Haut-Commissariat au Plan (HCP), l'inflation a baissé. Le HCP publiera ses chiffres.",
        "Haut-Commissariat au Plan", "HCP" },
      { "fr", "L’Union suisse des paysans (USP) organisait le rassemblement. Pour l’USP, le prix est trop bas.",
        "Union suisse des paysans", "USP" },
      { "en", "The Confederation of Students of Chile (Confech) called the march. Confech said 150,000 joined.",
        "Confederation of Students of Chile", "Confech" },
    }
    for _, c in ipairs(cases) do
      local list = names(c[2], { lang = c[1] })
      find(list, "ORG", c[3])
      local acronyms = 0
      for _, e in ipairs(list) do
        if e.text == c[4] then
          assert.are.equal("ORG", e.type)
          assert.are.equal(c[3], e.canonical)
          acronyms = acronyms + 1
        end
      end
      assert.are.equal(2, acronyms, c[4])
    end
  end)

  it("does not turn a person, a place or unrelated words into an acronym's long form", function()
    local list = names("Protesters filled Los Angeles (LA) on Saturday.")
    find(list, "PLACE", "Los Angeles")
    list = names("The strike was led by Maria Gonzalez (MG), a nurse.")
    find(list, "PERSON", "Maria Gonzalez")
    for _, e in ipairs(names("Workers at the Big Port Terminal (Renault) walked out.")) do
      assert.are_not.equal("Big Port Terminal", e.canonical ~= e.text and e.canonical or nil)
      assert.is_false(e.type == "ORG" and e.text == "Big Port Terminal")
    end
  end)

  it("reads a one-word name that speaks or is cited as an organization, not a given name", function()
    local list = names("Flights were cut again. Lufthansa said it would cancel 700 more on Monday.")
    find(list, "ORG", "Lufthansa")
    list = names("Le prix est trop bas, selon Prométerre, qui mobilise les producteurs.", { lang = "fr" })
    find(list, "ORG", "Prométerre")
    list = names("Les marges sont trop hautes. Migros a répondu hier que ses prix baissaient.", { lang = "fr" })
    find(list, "ORG", "Migros")
    for _, e in ipairs(names("We will stay, Maria said on Sunday.")) do
      assert.are_not.equal("ORG", e.type)
    end
  end)

  it("leaves a country or a city that owns an organization out of its name", function()
    local list = names("Retirees rallied outside Argentina's Congress, and Poland's Border Guard closed the crossing.")
    find(list, "PLACE", "Argentina")
    find(list, "ORG", "Congress")
    find(list, "PLACE", "Poland")
    find(list, "ORG", "Border Guard")
    find(names("Students at King's College London marched."), "ORG", "King's College London")
  end)

  it("reads companies from what they own or publish, and French institutions with adjectives", function()
    local list = names("Workers walked out at three Stellantis plants. Shares of Stellantis fell 3%. "
      .. "A Gallup Korea poll found support waning.")
    find(list, "ORG", "Stellantis")
    find(list, "ORG", "Gallup Korea")
    list = names("Ils ont manifesté devant le Parlement européen et la Cour suprême.", { lang = "fr" })
    find(list, "ORG", "Parlement européen")
    find(list, "ORG", "Cour suprême")
  end)

  it("takes a small town's name before a generic head for the organization's", function()
    -- Verdi is also a town of 1,400 in Nevada; Lyon stays a place
    find(names("The walkout was called by the Verdi services union on Thursday."), "ORG", "Verdi")
    find(names("Le transporteur Geodis et le groupe CMA CGM ont signé.", { lang = "fr" }), "ORG", "CMA CGM")
  end)

  it("leaves generic heads out and keeps heads that belong to the name", function()
    local list = names("Members of the Nemora collective joined the Coastal Farmers Federation outside the Senate.")
    find(list, "ORG", "Nemora")
    find(list, "ORG", "Coastal Farmers Federation")
    absent(list, "Nemora collective")
  end)

  it("resolves a short mention to the full name", function()
    local list = names("The Alliance Ouvrière Nationale union marched. Later, Alliance Ouvrière said it would return.")
    assert.are.equal("Alliance Ouvrière Nationale", find(list, "ORG", "Alliance Ouvrière").canonical)
  end)

  it("finds news agencies, media and French institutions", function()
    local list = names("PARIS (Reuters) - Police told RTL radio that the ministère de l’Intérieur and the "
      .. "Assemblée nationale were informed, according to Le Monde.", { lang = "fr" })
    find(list, "ORG", "Reuters")
    find(list, "ORG", "RTL")
    find(list, "ORG", "ministère de l’Intérieur")
    find(list, "ORG", "Assemblée nationale")
    find(list, "ORG", "Le Monde")
    find(list, "PLACE", "PARIS")
  end)
end)

describe("PLACE", function()
  it("splits a hyphenated pair of large cities, not a name of the lexicon or a person", function()
    local list = names("Trains ran on the Munich-Hamburg and Paris-Lyon lines, said Jean-Marc Dupont in Saint-Denis.")
    for _, want in ipairs({ "Munich", "Hamburg", "Paris", "Lyon", "Saint-Denis" }) do find(list, "PLACE", want) end
    find(list, "PERSON", "Jean-Marc Dupont")
    absent(list, "Munich-Hamburg")
  end)

  it("reads Spanish, Italian and Portuguese square and street heads", function()
    local list = names("The march set off from Plaza Baquedano and reached Avenida Paulista, then Piazza Navona.")
    for _, want in ipairs({ "Plaza Baquedano", "Avenida Paulista", "Piazza Navona" }) do find(list, "PLACE", want) end
  end)

  it("finds cities, countries, squares and streets", function()
    local list = names("Teachers marched from Union Square to Market Street in San Francisco, California, "
      .. "and in Lyon, France.")
    find(list, "PLACE", "Union Square")
    find(list, "PLACE", "Market Street")
    find(list, "PLACE", "San Francisco")
    find(list, "PLACE", "France")
    find(list, "PLACE", "Lyon")
  end)

  it("keeps French lowercase heads and leaves English generic heads out", function()
    local fr = names("Le cortège est parti de la place de la République vers la gare Saint-Lazare.", { lang = "fr" })
    find(fr, "PLACE", "place de la République")
    find(fr, "PLACE", "gare Saint-Lazare")
    local en = names("The victim was attacked near the Perrache tram station in Lyon.")
    find(en, "PLACE", "Perrache")
  end)

  it("tells a city from a common word", function()
    local list = names("It was a nice day. Protesters gathered in Nice, Marseille and Toulouse.")
    find(list, "PLACE", "Nice")
    find(list, "PLACE", "Toulouse")
    absent(list, "It")
  end)

  it("does not take demonyms or sentence-initial words for names", function()
    local list = names("French farmers blocked roads. Police said Thousands came. Many stayed.")
    absent(list, "French")
    absent(list, "Police")
    absent(list, "Many")
  end)
end)

describe("accuracy on annotated articles", function()
  -- The targets of the names issue: exact-span F1 >= 0.90 per type on the seeds (with
  -- PERSON canonical >= 95%), >= 0.85 per type on the project's own articles.
  local function score(path)
    local by = {}
    for _, row in ipairs(helper.score_gold(path, { "PERSON", "ORG", "PLACE" }).rows) do by[row.type] = row end
    return by
  end

  it("meets the targets on the project's own examples", function()
    local by = score("examples/gold/examples.gold.jsonl")
    for _, t in ipairs({ "PERSON", "ORG", "PLACE" }) do
      assert.is_true(by[t].f >= 0.85, t .. " F1 " .. by[t].f)
    end
  end)

  it("meets the targets on the seed articles", function()
    local gold = helper.shared("gold")
    if not gold then return pending(helper.absent) end
    local by = score(gold .. "/seeds.gold.jsonl")
    for _, t in ipairs({ "PERSON", "ORG", "PLACE" }) do
      assert.is_true(by[t].f >= 0.90, t .. " F1 " .. by[t].f)
    end
    assert.is_true(by.PERSON.can_ok / by.PERSON.can_n >= 0.95)
  end)
end)
