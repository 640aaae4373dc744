-- Organizations on unseen news, fifth round (issue 16, `orgs3`): a preposition that opens the
-- sentence before a name, "Port of <place> Authority" as one organization, and legislatures,
-- police forces and movements named bare (data/src/orgs.tsv). Texts written for the project;
-- every name but the well-known organizations and places is invented.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en", date = "2026-01-15" }) end
local find, absent = helper.find_name, helper.no_name

describe("a preposition that opens the sentence", function()
  it("is no part of the organization after it", function()
    local n = names("Parents were split. Outside Brindlemoor High School, Tomas Varga waited with his sons.")
    find(n, "ORG", "Brindlemoor High School")
    absent(n, "Outside Brindlemoor High School")
  end)

  it("is no part of the place after it", function()
    local n = names("Traffic was slow. Around Lake Charles, several roads were closed by the strikers.")
    find(n, "PLACE", "Lake Charles")
    absent(n, "Around Lake Charles")
  end)
end)

describe("a port's authority", function()
  it("reads « Port of <place> Authority » as one organization", function()
    local n = names("The Port of Rotterdam Authority said 48 ships were waiting at anchor.")
    find(n, "ORG", "Port of Rotterdam Authority")
    absent(n, "Rotterdam Authority")
  end)

  it("leaves « Port of <place> » without a head to the place", function()
    local n = names("Dockers blocked the Port of Antwerp on Monday.")
    find(n, "PLACE", "Antwerp")
    absent(n, "Port of Antwerp")
  end)
end)

describe("well-known organizations named bare", function()
  it("knows a movement whose name holds a lowercase article", function()
    local n = names("Dara Quillon, convenor of Stop the War, spoke first. Stop the War says 20,000 people marched.")
    find(n, "ORG", "Stop the War")
    absent(n, "War")
    absent(n, "Stop")
  end)

  it("knows legislatures and a police force", function()
    local n = names("Hundreds gathered outside the Senedd in Cardiff. Scotland Yard says nine people were " ..
        "arrested. She called for a Commons vote.")
    find(n, "ORG", "Senedd")
    find(n, "ORG", "Scotland Yard")
    find(n, "ORG", "Commons")
  end)

  it("knows legislatures named in French", function()
    local n = names("Les retraités ont défilé devant le Congrès. À Varsovie, des milliers de femmes ont " ..
        "marché devant la Diète.", "fr")
    find(n, "ORG", "Congrès")
    find(n, "ORG", "Diète")
    find(n, "PLACE", "Varsovie")
  end)

  it("knows a health service with its nation", function()
    local n = names("The union said the strike was justified. NHS England estimates that each strike day costs 40m.")
    find(n, "ORG", "NHS England")
  end)
end)

describe("a medium named after the word for it", function()
  it("keeps the title's own article: « le quotidien De Morgenpost »", function()
    local n = names("Un porte-parole du port, cité par le quotidien De Morgenpost, a démenti.", "fr")
    find(n, "ORG", "De Morgenpost")
    absent(n, "Morgenpost")
  end)

  it("reads the name after « radio station » as the broadcaster", function()
    local n = names("The union leader told radio station Velmora that the strike would go on.")
    find(n, "ORG", "Velmora")
  end)

  it("leaves a place after « radio station in » a place", function()
    local n = names("A radio station in Lagos was closed on Monday.")
    find(n, "PLACE", "Lagos")
  end)
end)
