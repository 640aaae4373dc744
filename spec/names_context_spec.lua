-- Context that decides PERSON, ORG or PLACE for names no lexicon knows (issue 16). Texts written
-- for the project.
local helper = require "spec.helper"

local function names(text, lang) return helper.names(text, { lang = lang or "en", date = "2025-10-09" }) end
local find, absent = helper.find_name, helper.no_name

describe("names without a lexicon cue", function()
  it("reads a person after a lowercase role or occupation", function()
    local n = names("The march was led by the defender Kwame Odoyo and the photographer Tariq Benhassi.")
    find(n, "PERSON", "Kwame Odoyo")
    find(n, "PERSON", "Tariq Benhassi")
    n = names("Selon le général Kouadjo Brou, le cortège a été dispersé.", "fr")
    find(n, "PERSON", "Kouadjo Brou")
  end)

  it("cuts a capitalized military title or role in front of the name", function()
    local n = names("Colonel Thembeka Ngcobo, a police spokesperson, said 14 people were held.")
    find(n, "PERSON", "Thembeka Ngcobo")
  end)

  it("reads the organization a role speaks for", function()
    local n = names("Trasvel spokesman Oduya Kiprono said the drivers would return on Monday.")
    find(n, "ORG", "Trasvel")
    find(n, "PERSON", "Oduya Kiprono")
  end)

  it("drops a demonym glued in front of a name", function()
    local n = names("Organizers said Kenyan Wanjiru Otieno addressed the crowd.")
    find(n, "PERSON", "Wanjiru Otieno")
    absent(n, "Kenyan Wanjiru Otieno")
  end)

  it("reads an unknown name after a preposition of place as a place", function()
    local n = names("Workers blocked roads in Kandoraba and near Mbutiri on Tuesday.")
    find(n, "PLACE", "Kandoraba")
    find(n, "PLACE", "Mbutiri")
    n = names("Les planteurs ont manifesté à Zéréhoua et entre Gobléa et Tiassou.", "fr")
    find(n, "PLACE", "Zéréhoua")
    find(n, "PLACE", "Gobléa")
  end)

  it("does not read a language, a subject or a grade as a place", function()
    local n = names("The form must be completed in English by pupils in Grade 4 studying in Economics.")
    absent(n, "English")
    absent(n, "Grade")
    absent(n, "Economics")
  end)

  it("reads French institutions named by a lowercase head and the place they serve", function()
    local n = names("Le tribunal administratif de Rennes a tranché ; la cour administrative d'appel de Nantes "
      .. "et le conseil départemental de la Sarthe attendent.", "fr")
    find(n, "ORG", "tribunal administratif de Rennes")
    find(n, "ORG", "cour administrative d'appel de Nantes")
    find(n, "ORG", "conseil départemental de la Sarthe")
    absent(n, "Rennes")
  end)

  it("continues a French organization with its adjective", function()
    local n = names("La Confédération paysanne et le Centre hospitalier de Nevers ont protesté.", "fr")
    find(n, "ORG", "Confédération paysanne")
    find(n, "ORG", "Centre hospitalier de Nevers")
  end)

  it("reads an organization's generic last word", function()
    local n = names("Workers at Kalamari Steel and Ubuntu Holdings joined Amnesty International on Friday.")
    find(n, "ORG", "Kalamari Steel")
    find(n, "ORG", "Ubuntu Holdings")
    find(n, "ORG", "Amnesty International")
  end)

  it("reads an acronym in running text case-sensitively, but not a shouted word", function()
    local n = names("About 300 members of PISTON rallied near the port.")
    find(n, "ORG", "PISTON")
    n = names("The banner said: “STOP to lies, STOP to fear.”")
    absent(n, "STOP")
  end)

  it("takes the acronym before a capitalized role as the person's organization", function()
    local n = names("KTWU General Secretary Amina Odhiambo said talks had failed.")
    find(n, "ORG", "KTWU")
    local p = find(n, "PERSON", "Amina Odhiambo")
    assert.are.equal("General Secretary", p.role)
  end)

  it("gives a title to every name of the list it opens", function()
    local n = names("Mmes Kouassiba et Tanoh ont signé la lettre.", "fr")
    find(n, "PERSON", "Kouassiba")
    find(n, "PERSON", "Tanoh")
    n = names("Mr. Okonkwo, Adebanjo and Balogunde signed the letter.")
    find(n, "PERSON", "Okonkwo")
    find(n, "PERSON", "Adebanjo")
    find(n, "PERSON", "Balogunde")
  end)

  it("reads a person set off by a comma after a role phrase", function()
    local n = names("« Notre offre reste », a regretté le directeur des ressources humaines de la compagnie, "
      .. "Jörg Hansmann. La négociatrice du syndicat, Katrin Wendt, a refusé.", "fr")
    find(n, "PERSON", "Jörg Hansmann")
    find(n, "PERSON", "Katrin Wendt")
    n = names("The march ended in Lille, Roubaix and Tourcoing.")
    absent(n, "Roubaix and Tourcoing")
  end)

  it("splits an agency's acronym from the name after it: a déclaré à l'AFP X", function()
    local n = names("« On nous demande de produire propre », a déclaré à l’AFP Marianne Lecocq, "
      .. "présidente de la FWA.", "fr")
    find(n, "ORG", "AFP")
    find(n, "PERSON", "Marianne Lecocq")
  end)
end)
