-- Places of issue 16: world regions, exonyms, seas and rivers, former states (data/places.tsv
-- compiled by `make data` from CLDR and a short list in tools/build_data.js). Texts written for
-- the project.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en" }) end
local find = helper.find_name

describe("places abroad", function()
  it("knows continents and world regions in both languages", function()
    local n = names("Farmers in Europe and West Africa sell less cocoa than in Latin America, the union added.")
    find(n, "PLACE", "Europe")
    find(n, "PLACE", "Latin America")
    n = names("Les planteurs d'Afrique exportent vers l'Asie de l’Est et l'Amérique du Nord.", "fr")
    find(n, "PLACE", "Asie de l’Est")
    find(n, "PLACE", "Amérique du Nord")
  end)

  it("knows the French names of large foreign cities", function()
    local n = names("Des rassemblements ont eu lieu à Varsovie, à Lisbonne et au Caire, puis à Londres.", "fr")
    find(n, "PLACE", "Varsovie")
    find(n, "PLACE", "Lisbonne")
    find(n, "PLACE", "Londres")
  end)

  it("knows seas, rivers and former states", function()
    local n = names("Les dockers de la Méditerranée ont défilé le long du Rhin, comme du temps de l'URSS.", "fr")
    find(n, "PLACE", "Méditerranée")
    find(n, "PLACE", "Rhin")
    n = names("Boats crossed the Baltic Sea after the fall of the Soviet Union, the captain said.")
    find(n, "PLACE", "Baltic Sea")
    find(n, "PLACE", "Soviet Union")
  end)

  it("reads the country of a dateline after its city", function()
    local n = names("MANILA, Philippines — Thousands of drivers stopped work on Monday.")
    find(n, "PLACE", "MANILA")
    find(n, "PLACE", "Philippines")
  end)
end)
