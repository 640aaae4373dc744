-- Names on public news the rules were never shown (issue 16, second round): layout, persons
-- and organizations with no lexicon cue. Texts written for the project.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en", date = "2025-10-09" }) end
local find, absent = helper.find_name, helper.no_name

describe("names and layout", function()
  it("reads no caption or credit label as a name, nor as part of the name before it", function()
    local n = names("Marchers crossed the bridge in Kandoraba Image: Tariq Benhassi. Photo: Lena Okafor.")
    find(n, "PLACE", "Kandoraba")
    absent(n, "Image")
    absent(n, "Photo")
    absent(n, "Kandoraba Image")
    find(n, "PERSON", "Tariq Benhassi")
  end)

  it("ends a name before a capitalized function word of the next line", function()
    local n = names("Elected were Mariam Tendai of the Labour Party and Oskar Veldhuis In the north, turnout fell.")
    find(n, "PERSON", "Oskar Veldhuis")
    absent(n, "Oskar Veldhuis In")
  end)

  it("keeps a surname that is a function word, and a regnal numeral", function()
    local n = names("The seat went to Paul To, who beat Henry Or by 300 votes, said Joshua Norton I.")
    find(n, "PERSON", "Paul To")
    find(n, "PERSON", "Henry Or")
    find(n, "PERSON", "Joshua Norton I")
  end)
end)
