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

describe("persons with no given name the lexicon knows", function()
  it("reads a name after a possessive, an occupation noun, or before 'of' and an organization", function()
    local n = names("The Greens' Tavita Oloapu and the musician Ilkka Vornanen joined the march.")
    find(n, "PERSON", "Ilkka Vornanen")
    n = names("Yesterday the Kerala Farmers Union's Tavita Oloapu spoke, then Oskuro Memmet of the Dock Workers Union.")
    find(n, "PERSON", "Tavita Oloapu")
    find(n, "PERSON", "Oskuro Memmet")
    n = names("Organizers included publishers Brannoc Veltari and activists Saffi Merrow.")
    find(n, "PERSON", "Brannoc Veltari")
    find(n, "PERSON", "Saffi Merrow")
  end)

  it("reads a name listed right after a person", function()
    local n = names("Speakers were Maria Lopes, Tavita Oloapu and Ilkka Vornanen.")
    find(n, "PERSON", "Tavita Oloapu")
    find(n, "PERSON", "Ilkka Vornanen")
  end)

  it("reads a short family name with a hyphenated two-syllable given name", function()
    local n = names("The candidates Ngai Wing-kit and Toh Mei-ling led the march; Hwang Jae-Sung followed.")
    find(n, "PERSON", "Ngai Wing-kit")
    find(n, "PERSON", "Toh Mei-ling")
    find(n, "PERSON", "Hwang Jae-Sung")
  end)

  it("leaves products and places alone", function()
    local n = names("The company's Mountain View office shipped Google Chrome, said Maria Lopes.")
    absent(n, "Google Chrome")
    n = names("The meeting was held in Washington D.C. on Monday.")
    find(n, "PLACE", "Washington D.C.")
  end)
end)

describe("a name of two or three unknown words", function()
  it("is a person when nothing else explains it", function()
    local n = names("The rally ended early. Valeska Dorlwin spoke to the crowd before Ilkka Vornanen arrived.")
    find(n, "PERSON", "Valeska Dorlwin")
    find(n, "PERSON", "Ilkka Vornanen")
  end)

  it("is no person after an article, nor when an organization's head is in it", function()
    local n = names("Doctors left, according to the Organización Médica Colegial, and trains run by Deutsche Bahn stopped.")
    absent(n, "Organización Médica Colegial")
    find(n, "ORG", "Deutsche Bahn")
    n = names("The strike was first reported by the Kandoraba Herald and the Mbutiri Gazette.")
    find(n, "ORG", "Kandoraba Herald")
    find(n, "ORG", "Mbutiri Gazette")
  end)
end)

describe("an organization named by one unknown word", function()
  it("acts as a company: has + participle, possessive of a company's part, shares of, a market listing", function()
    local n = names("Veltrano has launched a delivery app. Workers at Veltrano struck on Monday.")
    find(n, "ORG", "Veltrano")
    assert.are.equal(2, #n)
    n = names("Protesters gathered at Trasmek's headquarters while shares of Korvanex fell and Zimbrel (NYSE: ZBL) rose.")
    find(n, "ORG", "Trasmek")
    find(n, "ORG", "Korvanex")
    find(n, "ORG", "Zimbrel")
  end)

  it("is no organization when a person of the document explains it", function()
    local n = names("Tavita Oloapu spoke first. Later, Oloapu has denied the claims.")
    find(n, "PERSON", "Oloapu")
  end)
end)

describe("a place named as a sports team", function()
  it("is an organization in every mention of the match, but not after 'in'", function()
    local n = names("Group F: Sweden 1 – 0 Korea Republic. Sweden had more of the ball, and Tunisia's coach " ..
      "watched. Fans celebrated in Sweden.")
    local orgs, places = 0, 0
    for _, e in ipairs(n) do
      if e.text == "Sweden" and e.type == "ORG" then orgs = orgs + 1 end
      if e.text == "Sweden" and e.type == "PLACE" then places = places + 1 end
    end
    assert.are.equal(2, orgs)
    assert.are.equal(1, places)
    find(n, "ORG", "Tunisia")
  end)

  it("leaves a country a place in a story with no match", function()
    local n = names("Farmers in Belgium faced police on Monday; Belgium's government said talks would resume.")
    for _, e in ipairs(n) do assert.are.equal("PLACE", e.type) end
    assert.are.equal(2, #n)
  end)
end)

describe("persons: particles, Arabic articles and titled lists", function()
  it("keeps two particles and a glued Arabic article inside the name", function()
    local n = names("Imke von der Brelje met Ali al-Khatibi and Fouad el-Marzouki on Monday.")
    find(n, "PERSON", "Imke von der Brelje")
    find(n, "PERSON", "Ali al-Khatibi")
    find(n, "PERSON", "Fouad el-Marzouki")
  end)

  it("does not end the sentence at MM. and gives the title to every listed name", function()
    local n = names("Étaient présents MM. Diallo, Ndiaye et Sow, ainsi que Mme. Roux.", "fr")
    find(n, "PERSON", "Diallo")
    find(n, "PERSON", "Ndiaye")
    find(n, "PERSON", "Sow")
    n = names("Selon Mmes Traoré et Kaboré, la grève continue.", "fr")
    find(n, "PERSON", "Traoré")
    find(n, "PERSON", "Kaboré")
  end)
end)

describe("political parties of the Party Facts gazetteer (data/parties.tsv)", function()
  it("reads a party's name as an organization, lowercase words of the name included", function()
    local n = names("Supporters of Fidesz and the Sweden Democrats rallied; Podemos stayed away.")
    find(n, "ORG", "Fidesz")
    find(n, "ORG", "Sweden Democrats")
    find(n, "ORG", "Podemos")
    n = names("Selon le Rassemblement national, la réforme passera.", "fr")
    find(n, "ORG", "Rassemblement national")
  end)

  it("reads no party in common words that spell one ('We can', 'The union')", function()
    local n = names("“We can win this,” she said. The union’s warning came on Monday.")
    absent(n, "can")
    absent(n, "union")
  end)
end)

describe("acronyms and handles that name no organization", function()
  it("reads no hashtag, handle, IQ, VIP or QC as an organization, and keeps 'ABC News' whole", function()
    local n = names("Supporters posted #StandWithKalia and tagged @KaliaVoice. The VIP guests lost 15 IQ points, " ..
      "said Mark Tedano, QC, to ABC News.")
    absent(n, "StandWithKalia")
    absent(n, "KaliaVoice")
    absent(n, "VIP")
    absent(n, "IQ")
    absent(n, "QC")
    find(n, "ORG", "ABC News")
  end)

  it("cuts a CEO's role off the name", function()
    local n = names("Trasmek CEO Ilkka Vornanen said the plant would reopen.")
    find(n, "PERSON", "Ilkka Vornanen")
  end)
end)

describe("a headline in capitals", function()
  it("reads only the names the lexicon or the document knows, not every shouted word", function()
    local n = names("POLICE UNIONS MARCH IN KANDORABA AND PARIS OVER PENSIONS\n\n" ..
      "Thousands of officers marched in Paris on Tuesday, the Trasmek union said.")
    find(n, "PLACE", "PARIS")
    absent(n, "POLICE UNIONS MARCH IN KANDORABA AND PARIS OVER PENSIONS")
    absent(n, "POLICE")
    absent(n, "PENSIONS")
    n = names("VORNANEN FACES TRASMEK ANGER\n\nIlkka Vornanen met the Trasmek union on Monday.")
    find(n, "PERSON", "VORNANEN")
  end)

  it("reads a credit in capitals with a known given name", function()
    local n = names("Marchers in Lyon. (LÉA KOVALENKO / AGENCE SUDPRESSE)\n\nThe march went on.", "fr")
    find(n, "PERSON", "LÉA KOVALENKO")
  end)
end)

describe("the word after a dateline", function()
  it("opens the sentence: a capitalized common word there is no organization", function()
    local n = names("MBUTIRI, Kenya (AP) — Farmers blocked roads on Monday.")
    absent(n, "Farmers")
    find(n, "PLACE", "Kenya")
  end)
end)

describe("an unknown run of common words that speaks", function()
  it("is an organization (a quote's speaker must be a name)", function()
    local n = names("Rail services were cut, Northern Trains said on Monday, according to Green Brigade.")
    find(n, "ORG", "Northern Trains")
    find(n, "ORG", "Green Brigade")
    n = names("Selon Vent Debout, la grève continue.", "fr")
    find(n, "ORG", "Vent Debout")
  end)

  it("is no organization when a given name or a function word is in it", function()
    local n = names("The Minister of Education Kalia Morrow said the plan would pass.")
    absent(n, "Education Kalia Morrow")
  end)
end)

describe("a person whose name is a town's", function()
  it("beats the place reading of the same word, but not after 'in'", function()
    local n = names("The activist Marie Nantes spoke on Monday. Later, Nantes thanked the marchers who came to Nantes.")
    local person, place = 0, 0
    for _, e in ipairs(n) do
      if e.text == "Nantes" and e.type == "PERSON" then person = person + 1 end
      if e.text == "Nantes" and e.type == "PLACE" then place = place + 1 end
    end
    assert.are.equal(1, person)
    assert.are.equal(1, place)
  end)
end)

describe("a name in a list of persons", function()
  it("is a person even when its first word is a common word", function()
    local n = names("Attempts came from Romelu Lukaku, Yannick Carrasco, and Dries Mertens in the first half.")
    find(n, "PERSON", "Dries Mertens")
  end)
end)
