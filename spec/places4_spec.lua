-- Places on unseen news (`places4`): English rivers and a state capitol named with their head
-- ("<Name> River", "<State> State Capitol"), "City Hall" / "Town Hall", French lowercase heads
-- of a sea, a bay or a junction written whole ("golfe de <Name>", "mer d'<Name>", "océan <Name>",
-- "rond-point <Name>"), and "Police" alone never a place (a town of that name is in the
-- lexicon). Texts written for the project; the rivers, towns and people are invented.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en", date = "2026-01-15" }) end
local find, absent = helper.find_name, helper.no_name

describe("English natural features and landmarks", function()
  it("reads « <Name> River » whole", function()
    local n = names("Growers said the shrinking Tarrowby River had cut their harvest by half.")
    find(n, "PLACE", "Tarrowby River")
  end)

  it("reads « <State> State Capitol » whole", function()
    local n = names("The coalition will march to the Nevada State Capitol in Carson City next week.")
    find(n, "PLACE", "Nevada State Capitol")
  end)

  it("reads « City Hall » and « Town Hall » as places", function()
    local n = names("About 200 tenants gathered outside City Hall on Tuesday, then walked to Town Hall.")
    find(n, "PLACE", "City Hall")
    find(n, "PLACE", "Town Hall")
  end)

  it("leaves a person whose family name is Hall a person", function()
    local n = names("Marcus Hall, a retired nurse, said the clinic had been closed since May.")
    absent(n, "Hall")
    find(n, "PERSON", "Marcus Hall")
  end)
end)

describe("French lowercase geographic heads", function()
  it("keeps the head of a sea, a gulf, a bay and an ocean in the span", function()
    local n = names("Les chalutiers ont quitté la baie de Morlenne pour la mer d'Iroise, le golfe de Gascogne "
      .. "et l'océan Atlantique.", "fr")
    find(n, "PLACE", "baie de Morlenne")
    find(n, "PLACE", "mer d'Iroise")
    find(n, "PLACE", "golfe de Gascogne")
    find(n, "PLACE", "océan Atlantique")
  end)

  it("keeps « rond-point » in the span, as « place de la Nation »", function()
    local n = names("Le cortège est parti de la gare vers le rond-point Verlaine vers midi.", "fr")
    find(n, "PLACE", "rond-point Verlaine")
  end)
end)

describe("the police", function()
  it("is no place at a live blog's line start", function()
    local n = names("Protesters sat on the bridge.\n\n12.30 CET\nPolice have begun to clear the road.")
    absent(n, "Police")
  end)

  it("is no place at a sentence start", function()
    local n = names("The square filled up. Police said 40 people were held.")
    absent(n, "Police")
  end)
end)
