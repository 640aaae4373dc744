-- Dates on news the rules were never shown (issue 16, branch placedate): the fourth fixture
-- set's and the fourth blind set's classes. Texts written for the project.
local pc = require "protestcorpus"

local function expect(text, want, lang, date)
  local got = {}
  local opts = { lang = lang or "en", date = date or "2025-12-11", types = { "DATE" } }
  for _, e in ipairs(assert(pc.extract(text, opts))) do
    got[#got + 1] = { e.text, e.value }
  end
  assert.are.same(want, got)
end

describe("the year a stated year gives the months after it", function()
  it("comes from a year that opens the sentence or a 'when' clause", function()
    expect("En 2019 déjà, un mouvement similaire avait duré du 3 au 21 juin.",
      { { "2019", "2019" }, { "3", "2019-06-03" }, { "21 juin", "2019-06-21" } }, "fr", "2026-06-09")
    expect("The marches were the largest since 2006, when millions marched in the spring.",
      { { "2006", "2006" }, { "spring" } }, "en", "2026-05-02") -- a season: no value
  end)
  it("not from a year that ends a clause or a starting point", function()
    expect("Farmers first took to the streets in early 2024, and smaller protests followed in March and June.",
      { { "early 2024", "2024" }, { "March", "2025-03" }, { "June", "2025-06" } }, "en", "2025-10-23")
    expect("Pour la première fois depuis 1972, les joueurs ont fait grève : du samedi 3 au dimanche 4 octobre.",
      { { "1972", "1972" }, { "samedi 3", "2026-10-03" }, { "dimanche 4 octobre", "2026-10-04" } }, "fr", "2026-10-05")
  end)
end)

describe("the direction of a bare date", function()
  it("is past for a date fronted before a passé composé with avoir", function()
    expect("« En janvier, on nous a promis des prix planchers », a déclaré son président.",
      { { "janvier", "2025-01" } }, "fr")
    expect("Le préavis court jusqu'au lundi 23 février à 8 heures, a précisé le syndicat.",
      { { "lundi 23 février", "2026-02-23" } }, "fr", "2026-02-17")
  end)
  it("is either way for a deadline set in a pluperfect", function()
    expect("On nous avait promis une réponse pour la fin mai, on attend toujours.",
      { { "fin mai", "2026-05" } }, "fr", "2026-06-09")
    expect("La CGT appelle à une grève pour la fin mai.", { { "fin mai", "2026-05" } }, "fr", "2026-03-09")
  end)
  it("is the nearest day for an English present perfect", function()
    expect("Campaigners have called a rally at the monument on Saturday at noon.",
      { { "Saturday", "2026-03-14" } }, "en", "2026-03-11")
    expect("Campaigners held a rally at the monument on Saturday.", { { "Saturday", "2026-03-07" } },
      "en", "2026-03-11")
  end)
end)

describe("the direction of a bare date, more", function()
  it("is past for a month right after a French participle and 'en'", function()
    expect("Le gouvernement présentera son texte en avril, après une concertation lancée en janvier.",
      { { "avril", "2026-04" }, { "janvier", "2026-01" } }, "fr", "2026-03-11")
  end)
  it("is ahead for a day after an intent told in the past ('vowed to return Monday')", function()
    expect("On Tuesday, farmers were still blocking the road, and they vowed to return Monday.",
      { { "Tuesday", "2026-03-10" }, { "Monday", "2026-03-16" } }, "en", "2026-03-11")
    -- a promise made on a day stays that day
    expect("La ministre a promis mardi un plan d'urgence.", { { "mardi", "2026-03-10" } }, "fr", "2026-03-11")
  end)
  it("is ahead for the day a call names ('a appelé à ... jeudi'), not for the day of the call", function()
    expect("L'intersyndicale a appelé à une nouvelle journée de mobilisation jeudi.", { { "jeudi", "2026-03-12" } },
      "fr", "2026-03-11")
    expect("Les syndicats ont appelé les salariés à manifester samedi.", { { "samedi", "2026-03-14" } },
      "fr", "2026-03-11")
    expect("La CGT a appelé mardi à la grève.", { { "mardi", "2026-03-10" } }, "fr", "2026-03-11")
  end)
  it("reads no reflexive verb as a verb of saying ('s'annonce')", function()
    expect("La grève de décembre avait coûté cher ; celle de février s'annonce plus dure.",
      { { "décembre", "2025-12" }, { "février", "2026-02" } }, "fr", "2026-01-05")
  end)
end)

describe("days told from another", function()
  it("'à la veille de' / 'au lendemain de' an undated event is the day named before", function()
    expect("L'intersyndicale appelle à manifester le jeudi 4 juin, à la veille de l'examen du budget.",
      { { "jeudi 4 juin", "2026-06-04" }, { "veille", "2026-06-04" } }, "fr", "2026-05-19")
    expect("Les militants ont bloqué dimanche le port, au lendemain d'une action à La Haye.",
      { { "dimanche", "2026-01-18" }, { "lendemain", "2026-01-18" } }, "fr", "2026-01-19")
    -- alone, "la veille" is the day before the last day named
    expect("Le mouvement a démarré le mardi 19 mai. La veille, une réunion avait tourné court.",
      { { "mardi 19 mai", "2026-05-19" }, { "veille", "2026-05-18" } }, "fr", "2026-06-09")
  end)
  it("'il y a près de deux ans', 'il y a tout juste un an': the approximator in the span", function()
    expect("Il y a près de deux ans, puis il y a environ trois semaines, ils ont fait grève. "
      .. "Il y a plus de 3 000 grévistes.",
      { { "Il y a près de deux ans", "2024" }, { "il y a environ trois semaines", "2026-03-12" } }, "fr", "2026-04-02")
  end)
  it("a year before a comma and a figure is a year ('Lors de la grève de 2023, 1,2 million')", function()
    expect("Lors de la grève de 2023, 1,2 million de personnes avaient défilé.", { { "2023", "2023" } },
      "fr", "2026-04-02")
  end)
  it("'il y a deux semaines' and 'two weeks ago' are that day", function()
    expect("Il y a deux semaines, à Brest, des infirmières avaient occupé le hall.",
      { { "Il y a deux semaines", "2026-05-06" } }, "fr", "2026-05-20")
  end)
end)

describe("'last' and 'next' kept in the span", function()
  it("'Friday last week', 'Monday next week': that day of that week", function()
    expect("The strike began on Friday last week and resumes Monday next week.",
      { { "Friday last week", "2026-03-06" }, { "Monday next week", "2026-03-16" } }, "en", "2026-03-10")
  end)
  it("'le 1er mai dernier', 'le samedi 3 octobre prochain'", function()
    expect("Le 1er mai dernier, puis le 8 mai, elles avaient défilé ; le samedi 3 octobre prochain, elles marcheront.",
      { { "1er mai dernier", "2026-05-01" }, { "8 mai", "2026-05-08" }, { "samedi 3 octobre prochain", "2026-10-03" } },
      "fr", "2026-06-09")
    expect("Le 5 juin dernier, rien ; le 29 février dernier non plus.",
      { { "5 juin dernier", "2026-06-05" }, { "29 février dernier", "2024-02-29" } }, "fr", "2026-06-09")
  end)
end)

describe("lists of days", function()
  it("keep the last day of a list under way, not a count after one day", function()
    expect("Talks held on Sept. 16, 17 and 19 ended without a deal.",
      { { "Sept. 16", "2025-09-16" }, { "17", "2025-09-17" }, { "19", "2025-09-19" } }, "en", "2025-09-25")
    expect("On Jan. 5 and 6 people were hurt.", { { "Jan. 5", "2026-01-05" } }, "en", "2026-01-19")
  end)
end)

describe("other forms", function()
  it("French 'pendant le week-end', not the generic 'le week-end'", function()
    expect("Des parents ont pique-niqué devant la mairie pendant le week-end.", { { "week-end", nil } }, "fr")
    expect("Une grève est lancée pour le week-end des départs.", { { "week-end", nil } }, "fr")
    expect("Le week-end, les crèches sont fermées.", {}, "fr")
  end)
  it("an English month with a possessive, not 'May's'", function()
    expect("December's strike was costly; February's could be worse. Theresa May's speech followed.",
      { { "December", "2025-12" }, { "February", "2026-02" } }, "en", "2026-01-05")
  end)
  it("'l'année 2024' keeps its head word", function()
    expect("Le revenu a baissé de 8 % sur l'ensemble de l'année 2024.", { { "année 2024", "2024" } }, "fr")
  end)
  it("an English month before a noun: 'the March walkout', not 'the March on Washington'", function()
    expect("She would not rule out further dates after the March walkout.", { { "March", "2026-03" } },
      "en", "2026-03-12")
    expect("They joined the March on Washington and the March for Our Lives.", {}, "en", "2026-03-12")
  end)
end)
