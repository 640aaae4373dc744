-- Organizations on news the rules were never shown (issue 16, `orgs2`): institutions named by
-- an acronym and their place, quantifiers and plurals of people that open a sentence, names
-- that go on after a well-known organization, clubs named by their town. Texts written for the
-- project; every name but the well-known organizations and places is invented.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en", date = "2026-01-15" }) end
local find, absent = helper.find_name, helper.no_name

local function typed(list, text)
  for _, e in ipairs(list) do
    if e.text == text then return e.type end
  end
end

describe("an institution named by its acronym and the place it serves", function()
  it("reads « CHU de Rennes » and « CHU de la Guadeloupe » whole", function()
    local n = names("Des agents du CHU de Rennes ont rejoint le cortège. Une aide-soignante du CHU de la Guadeloupe a parlé.", "fr")
    find(n, "ORG", "CHU de Rennes")
    find(n, "ORG", "CHU de la Guadeloupe")
    absent(n, "Rennes")
  end)
end)

describe("a name before 'on' and a street", function()
  it("ends the organization before 'on Avenida ...'", function()
    local n = names("The teachers marched to the Education Ministry on Avenida Quintal Brasa.")
    find(n, "ORG", "Education Ministry")
    absent(n, "Education Ministry on Avenida Quintal Brasa")
  end)
end)

describe("words that open a sentence before a name", function()
  it("leaves a quantifier out of the name", function()
    local n = names("Several Dunmore City Council members joined the picket line.")
    absent(n, "Several Dunmore City Council")
    find(n, "ORG", "Dunmore City Council")
  end)

  it("reads a plural of people that opens a sentence as no organization", function()
    local n = names("Nurses picket outside the hospital. Signs read \"Nurses Can't Wait\". Nurses at Verrow Clinic struck too.")
    for _, e in ipairs(n) do
      assert.is_true(e.text ~= "Nurses", "Nurses typed " .. tostring(e.type))
    end
  end)
end)

describe("a well-known organization and what follows its name", function()
  it("reads a branch named by a country or an unknown word as one organization", function()
    local n = names("Greenpeace Nederland and Amnesty International joined Oxfam Novib outside.")
    find(n, "ORG", "Greenpeace Nederland")
    find(n, "ORG", "Amnesty International")
    find(n, "ORG", "Oxfam Novib")
    absent(n, "Greenpeace Nederland and Amnesty International")
    n = names("Les militants défilaient sous les banderoles de Greenpeace Suisse.", "fr")
    find(n, "ORG", "Greenpeace Suisse")
  end)

  it("keeps a station after a medium's acronym, with its number", function()
    local n = names("\"We made a fair offer,\" Ella Brandt told BBC Radio Kent. Jon Vale told BBC Radio 4 on Saturday.")
    find(n, "ORG", "BBC Radio Kent")
    find(n, "ORG", "BBC Radio 4")
    find(n, "PERSON", "Jon Vale")
  end)
end)

describe("a French place and a common noun: the body that serves it", function()
  it("reads « Rennes Métropole », « Bruxelles Mobilité » as organizations", function()
    local n = names("Le trafic était perturbé, a indiqué Bruxelles Mobilité. Le réseau de Rennes Métropole tournait au ralenti.", "fr")
    find(n, "ORG", "Bruxelles Mobilité")
    find(n, "ORG", "Rennes Métropole")
  end)

  it("leaves a person whose given name is a town, and a place's adjective, alone", function()
    local n = names("Florence Petit a parlé à la Saline Royale.", "fr")
    assert.is_true(typed(n, "Florence Petit") ~= "ORG")
    assert.is_true(typed(n, "Saline Royale") ~= "ORG")
  end)
end)
