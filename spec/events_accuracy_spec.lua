-- Regression specs for the event-accuracy rules (issue 13), each on short articles written
-- for these tests, in English and French, with hand-made annotations (no C module).
local fx = require "spec.events_fixture"
local detect, has, by_form = fx.detect, fx.has, fx.by_form

describe("event dates", function()
  it("dates a strike from a start word a few words before its day", function()
    local evs = detect({
      date = "2026-03-12",
      text = "The strike, which began at 6 am sharp on Monday and ended at midnight on Wednesday, "
        .. "shut down the port of Oran. On Tuesday, dockers marched through Oran.",
      ents = {
        { "Monday", "DATE", { value = "2026-03-09" } }, { "Wednesday", "DATE", { value = "2026-03-11" } },
        { "Oran", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } },
        { "Oran", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local strike, march = by_form(evs, "strike"), by_form(evs, "march")
    assert.equal("2026-03-09", strike.date)
    assert.equal("2026-03-11", strike.end_date)
    assert.equal("2026-03-10", march.date)
    assert.is_false(has(march.forms, "strike"))
  end)

  it("reads 'depuis le début, lundi 9 mars, de la grève' as the strike's first day", function()
    local evs = detect({
      lang = "fr", date = "2026-03-10",
      text = "Rien ne sort du port de Sète depuis le début, lundi 9 mars à 6 heures, de la grève "
        .. "lancée par les dockers. Ce mardi matin, les dockers sont partis marcher jusqu'à la mairie de Sète.",
      ents = {
        { "Sète", "PLACE", { kind = "city" } }, { "lundi 9 mars", "DATE", { value = "2026-03-09" } },
        { "Ce mardi matin", "DATE", { value = "2026-03-10" } }, { "Sète", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    assert.equal("2026-03-09", by_form(evs, "strike").date)
    assert.equal("2026-03-10", by_form(evs, "march").date) -- "marcher" is a march
  end)

  it("joins a dated heading to the event of its own date only", function()
    local evs = detect({
      lang = "fr", date = "2026-03-10",
      heading = "Vers la grève",
      text = "Ce mardi, les infirmiers ont manifesté à Tours.\nVers la grève générale du 2 avril\n"
        .. "Les syndicats ont appelé à une grève générale le jeudi 2 avril dans tout le pays.",
      ents = {
        { "Ce mardi", "DATE", { value = "2026-03-10" } }, { "Tours", "PLACE", { kind = "city" } },
        { "2 avril", "DATE", { value = "2026-04-02" } }, { "jeudi 2 avril", "DATE", { value = "2026-04-02" } },
      },
    })
    assert.equal(2, #evs)
    local march = by_form(evs, "demonstration")
    assert.equal("2026-03-10", march.date)
    assert.is_false(has(march.forms, "strike"))
    assert.equal("2026-04-02", by_form(evs, "strike").date)
  end)
end)

describe("event boundaries", function()
  it("keeps a vigil on Monday and a rally on Tuesday in one town apart", function()
    local evs = detect({
      lang = "fr", date = "2026-02-03",
      text = "Ce mardi, plusieurs milliers de policiers se sont rassemblés à Dijon. "
        .. "La veille au soir, lundi, environ 300 personnes avaient participé à une veillée à Dijon.",
      ents = {
        { "Ce mardi", "DATE", { value = "2026-02-03" } }, { "Dijon", "PLACE", { kind = "city" } },
        { "lundi", "DATE", { value = "2026-02-02" } },
        { "environ 300", "QUANTITY", { value = 300, unit = "personne" } },
        { "Dijon", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    assert.equal("2026-02-02", by_form(evs, "vigil").date)
    assert.equal("2026-02-03", by_form(evs, "rally").date)
  end)

  it("gives a picket told after a planned rally to the strike it belongs to", function()
    local evs = detect({
      date = "2026-02-04",
      text = "Nurses began a three-day strike on Wednesday. On Thursday, the unions plan to hold a rally "
        .. "in Braga. Outside the main hospital in Braga, 80 nurses stood in a picket line.",
      ents = {
        { "Wednesday", "DATE", { value = "2026-02-04" } }, { "Thursday", "DATE", { value = "2026-02-05" } },
        { "Braga", "PLACE", { kind = "city" } }, { "Braga", "PLACE", { kind = "city" } },
        { "80", "QUANTITY", { value = 80, unit = "nurse" } },
      },
    })
    assert.equal(2, #evs)
    assert.equal("2026-02-04", by_form(evs, "strike").date)
    local rally = by_form(evs, "rally")
    assert.equal("2026-02-05", rally.date)
    assert.is_false(has(rally.forms, "strike"))
  end)

  it("reads activists chaining themselves to an entrance as a blockade", function()
    local evs = detect({
      date = "2026-05-08",
      text = "On Thursday, about 40 activists chained themselves to the entrance of the bank in Porto.",
      ents = { { "Thursday", "DATE", { value = "2026-05-07" } },
               { "about 40", "QUANTITY", { value = 40, unit = "activist" } }, { "Porto", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.same({ "blockade" }, evs[1].forms)
  end)
end)

describe("merging across documents", function()
  it("keeps a strike and a march of the next day in one port apart", function()
    local recs = fx.detect_all({
      { id = "a", date = "2026-03-12",
        text = "Dockers went on strike in Oran on Monday against the pension reform.",
        ents = { { "Oran", "PLACE", { kind = "city" } }, { "Monday", "DATE", { value = "2026-03-09" } } } },
      { id = "b", date = "2026-03-10",
        text = "Dockers marched in Oran on Tuesday against the pension reform.",
        ents = { { "Oran", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } } } },
    })
    assert.equal(2, #recs)
  end)

  it("links one union's strike on one day told from two cities, not another union's", function()
    local function article(id, union, city, chair)
      return { id = id, date = "2026-04-22",
        text = "Bus drivers stayed at home in " .. city .. " on Tuesday as " .. union
          .. " staged a national strike over pay. The depot of " .. city
          .. " was empty, said the group's chair, " .. chair .. ".",
        ents = { { city, "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-04-21" } },
                 { union, "ORG", { kind = "union" } }, { city, "PLACE", { kind = "city" } },
                 { chair, "PERSON", {} } } }
    end
    local recs = fx.detect_all({ article("a", "Transit Workers", "Leeds", "Ann Vale"),
                                 article("b", "Transit Workers", "Hull", "Tom Reed") })
    assert.equal(1, #recs)
    assert.truthy(has(recs[1].organizers, "Transit Workers"))
    assert.truthy(has(recs[1].places, "Leeds") and has(recs[1].places, "Hull"))
    recs = fx.detect_all({ article("a", "Transit Workers", "Leeds", "Ann Vale"),
                             article("b", "Drivers Guild", "Hull", "Tom Reed") })
    assert.equal(2, #recs)
  end)
end)

describe("event actors", function()
  it("reads who marches, not the police that counted them or the words of a source", function()
    local evs = detect({
      date = "2026-03-11",
      text = "Thousands of teachers marched in Lyon on Tuesday. Police said 4,000 people took part; "
        .. "Lyon police did not give other figures, according to police sources.",
      ents = {
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "teacher" } },
        { "Lyon", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } },
        { "4,000", "QUANTITY", { value = 4000, unit = "person" } }, { "Lyon", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("teachers", evs[1].actor_type)
  end)

  it("takes the document's actor when the event's sentences name none, a trade before 'workers'", function()
    local evs = detect({
      date = "2026-02-04",
      title = true,
      text = "Nurses strike across Portugal\nThe walkout began on Wednesday at hospitals in Braga. "
        .. "Workers and nurses said staff were exhausted.",
      ents = { { "Portugal", "PLACE", { kind = "country" } }, { "Wednesday", "DATE", { value = "2026-02-04" } },
               { "Braga", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.equal("health_workers", evs[1].actor_type)
  end)
end)

describe("background dates", function()
  it("does not take 'the largest protest since the spring of 2012' for a past-year story", function()
    local evs = detect({
      date = "2026-03-21",
      text = "Thousands of students marched in Quebec on Saturday, in the largest protest since the spring of 2012.",
      ents = {
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "student" } },
        { "Quebec", "PLACE", { kind = "city" } }, { "Saturday", "DATE", { value = "2026-03-21" } },
        { "2012", "DATE", { value = "2012" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-03-21", evs[1].date)
    assert.equal("students", evs[1].actor_type)
  end)
end)

describe("event organizers", function()
  it("reads the organizer from the sentence after the action ('It was called by')", function()
    local evs = detect({
      date = "2026-03-12",
      text = "Dockers went on strike in Oran on Monday. It was called by the Oran Dockers Union, "
        .. "and the Maritime Federation.",
      ents = {
        { "Oran", "PLACE", { kind = "city" } }, { "Monday", "DATE", { value = "2026-03-09" } },
        { "Oran Dockers Union", "ORG", { kind = "union" } }, { "Maritime Federation", "ORG", { kind = "union" } },
      },
    })
    assert.equal(1, #evs)
    assert.truthy(has(evs[1].organizers, "Oran Dockers Union"))
    assert.truthy(has(evs[1].organizers, "Maritime Federation"))
  end)

  it("reads an organizer a few words before 'appelle' and a union named with the figure", function()
    local evs = detect({
      lang = "fr", date = "2026-10-15",
      text = "L'union départementale SUD de Haute-Savoie appelle à une manifestation samedi 17 octobre à Annecy. "
        .. "Ce jeudi, environ 150 grévistes se sont rassemblés devant l'usine de Cluses, selon le syndicat FSU.",
      ents = {
        { "SUD", "ORG", {} }, { "Haute-Savoie", "PLACE", { kind = "department" } },
        { "samedi 17 octobre", "DATE", { value = "2026-10-17" } }, { "Annecy", "PLACE", { kind = "city" } },
        { "Ce jeudi", "DATE", { value = "2026-10-15" } },
        { "environ 150", "QUANTITY", { value = 150, unit = "gréviste" } }, { "Cluses", "PLACE", { kind = "city" } },
        { "FSU", "ORG", { kind = "union" } },
      },
    })
    assert.equal(2, #evs)
    assert.same({ "SUD" }, by_form(evs, "demonstration").organizers)
    assert.same({ "FSU" }, by_form(evs, "rally").organizers)
  end)

  it("takes the organization that is the subject of the action, not the police", function()
    local evs = detect({
      date = "2026-09-06",
      text = "Ocean Guard blocked the ring road in Lisbon on Saturday, demanding an end to deep-sea mining. "
        .. "Traffic Police blocked the bridge to stop a second march.",
      ents = {
        { "Ocean Guard", "ORG", { kind = "association" } }, { "Lisbon", "PLACE", { kind = "city" } },
        { "Saturday", "DATE", { value = "2026-09-05" } },
        { "Traffic Police", "ORG", { kind = "institution" } },
      },
    })
    local blockade = by_form(evs, "blockade")
    assert.same({ "Ocean Guard" }, blockade.organizers)
    for _, e in ipairs(evs) do assert.is_false(has(e.organizers, "Traffic Police")) end
  end)

  it("reads every union of a bracketed list after 'à l'appel d'une intersyndicale'", function()
    local evs = detect({
      lang = "fr", date = "2026-11-18",
      text = "Des centaines d'enseignants ont manifesté mardi à Dijon à l'appel d'une intersyndicale "
        .. "(SNES, SGEN, SUD et SNALC) pour réclamer des postes.",
      ents = {
        { "mardi", "DATE", { value = "2026-11-17" } }, { "Dijon", "PLACE", { kind = "city" } },
        { "SNES", "ORG", {} }, { "SGEN", "ORG", {} }, { "SUD", "ORG", {} }, { "SNALC", "ORG", {} },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "SNES", "SGEN", "SUD", "SNALC" }, evs[1].organizers)
  end)
end)

describe("event places", function()
  it("gives a general strike no dateline city", function()
    local d = fx.doc({
      date = "2026-03-21",
      text = "MONTREAL - Students marched in Montreal on Saturday. "
        .. "Associations will vote on a general strike that would begin on April 7.",
      ents = {
        { "MONTREAL", "PLACE", { kind = "city" } }, { "Montreal", "PLACE", { kind = "city" } },
        { "Saturday", "DATE", { value = "2026-03-21" } }, { "April 7", "DATE", { value = "2026-04-07" } },
      },
    })
    d.dateline = { start = 0, ["end"] = 8 }
    local evs = require("protestcorpus.events").document(d, fx.lex)
    assert.equal(2, #evs)
    assert.same({ "Montreal" }, by_form(evs, "march").places)
    assert.same({}, by_form(evs, "strike").places)
  end)

  it("places a protest named only by its country in the dateline's city of that country", function()
    local text = "Pensioners clash with police\nLIMA (AP) - Police fired tear gas at retirees outside "
      .. "Peru's Congress on Wednesday, "
      .. "as the weekly pensioners' protest against the budget cuts drew a large crowd. "
      .. "Truckers said they would hold a national strike in Peru on Friday."
    local d = fx.doc({
      date = "2026-03-05", text = text, title = true,
      ents = {
        { "LIMA", "PLACE", { kind = "city" } },
        { "Peru", "PLACE", { kind = "country" } }, { "Wednesday", "DATE", { value = "2026-03-04" } },
        { "Peru", "PLACE", { kind = "country" } }, { "Friday", "DATE", { value = "2026-03-06" } },
      },
    })
    local at = text:find("LIMA", 1, true) - 1
    d.dateline = { start = at - 1, ["end"] = at + 10 }
    local evs = require("protestcorpus.events").document(d, fx.lex)
    assert.equal(2, #evs)
    local protest, strike = by_form(evs, "demonstration"), by_form(evs, "strike")
    -- "the weekly pensioners' protest against ...": a protest, not "to protest against"
    assert.equal("2026-03-04", protest.date)
    assert.same({ "Lima" }, protest.places)
    -- a strike placed in the country is national: the country, not the dateline's city
    assert.equal("2026-03-06", strike.date)
    assert.same({ "Peru" }, strike.places)
  end)
end)

describe("event places and dates, fourth round", function()
  it("makes a march abroad told with its own day an event of its own", function()
    local evs = detect({
      lang = "fr", date = "2026-03-09",
      text = "Des milliers de femmes ont défilé dimanche à Lyon pour l'égalité salariale. "
        .. "À Lisbonne, plusieurs milliers de femmes ont défilé dimanche devant le Parlement.",
      ents = {
        { "dimanche", "DATE", { value = "2026-03-08" } }, { "Lyon", "PLACE", { kind = "city" } },
        { "Lisbonne", "PLACE", { kind = "city" } }, { "dimanche", "DATE", { value = "2026-03-08" } },
      },
    })
    assert.equal(2, #evs)
    local got = { evs[1].places[1] .. "/" .. evs[1].date, evs[2].places[1] .. "/" .. evs[2].date }
    table.sort(got)
    assert.same({ "Lisbonne/2026-03-08", "Lyon/2026-03-08" }, got)
    assert.equal(1, #evs[1].places)
    assert.equal(1, #evs[2].places)
  end)

  it("keeps a march in another town of the same country, and an undated one abroad, in the day's event", function()
    local evs = detect({
      lang = "fr", date = "2026-03-09",
      text = "Des milliers de femmes ont défilé dimanche à Lyon pour l'égalité salariale. "
        .. "À Marseille, 6 500 femmes ont défilé dimanche. Dans le cortège de Lisbonne, les slogans visaient " ..
            "le gouvernement.",
      ents = {
        { "dimanche", "DATE", { value = "2026-03-08" } }, { "Lyon", "PLACE", { kind = "city" } },
        { "Marseille", "PLACE", { kind = "city" } }, { "dimanche", "DATE", { value = "2026-03-08" } },
        { "Lisbonne", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
  end)

  it("dates 'a rally is planned ... on Saturday' to the coming Saturday", function()
    local evs = detect({
      date = "2026-01-15",
      text = "Nurses in Leeds began a strike on Wednesday. A rally is planned in Leeds on Saturday.",
      ents = {
        { "Leeds", "PLACE", { kind = "city" } }, { "Wednesday", "DATE", { value = "2026-01-14" } },
        { "Leeds", "PLACE", { kind = "city" } }, { "Saturday", "DATE", { value = "2026-01-10" } },
      },
    })
    assert.equal("2026-01-17", by_form(evs, "rally").date)
    assert.equal("planned", by_form(evs, "rally").status)
  end)

  it("gives a live blog's undated actions the document's day, not a day of action announced later", function()
    local evs = detect({
      date = "2026-04-18",
      text = "12.05pm The front of the march has left Hyde Park. "
        .. "1.30pm Police say the marchers reached Whitehall. "
        .. "4pm The coalition says it will hold a national day of action on May 9.",
      ents = {
        { "Hyde Park", "PLACE", { kind = "site" } }, { "Whitehall", "PLACE", { kind = "site" } },
        { "May 9", "DATE", { value = "2026-05-09" } },
      },
    })
    assert.equal(2, #evs)
    assert.equal("2026-04-18", by_form(evs, "march").date)
    local later
    for _, e in ipairs(evs) do if e.date == "2026-05-09" then later = e end end
    assert.is_truthy(later)
    assert.is_false(has(later.forms, "march"))
  end)

  it("does not date a call by the day of another noun ('l'action de jeudi')", function()
    local evs = detect({
      lang = "fr", date = "2026-01-23",
      text = "Les agriculteurs ont bloqué la rocade de Rennes le 22 janvier. "
        .. "Le syndicat, absent de l'action de jeudi, appelle à un rassemblement devant la préfecture, "
        .. "à Vannes, le 30 janvier.",
      ents = {
        { "Rennes", "PLACE", { kind = "city" } }, { "le 22 janvier", "DATE", { value = "2026-01-22" } },
        { "jeudi", "DATE", { value = "2026-01-22" } }, { "Vannes", "PLACE", { kind = "city" } },
        { "le 30 janvier", "DATE", { value = "2026-01-30" } },
      },
    })
    assert.equal("2026-01-30", by_form(evs, "rally").date)
    assert.equal("2026-01-22", by_form(evs, "blockade").date)
  end)
end)

describe("event dates and folds", function()
  it("does not read 'après-midi' as 'after' a reference", function()
    local evs = detect({
      lang = "fr", date = "2026-03-05",
      text = "La grève a commencé mardi à Nantes. Mercredi après-midi, un cortège de cheminots a relié "
        .. "la gare à la mairie de Nantes.",
      ents = {
        { "mardi", "DATE", { value = "2026-03-03" } }, { "Nantes", "PLACE", { kind = "city" } },
        { "Mercredi", "DATE", { value = "2026-03-04" } }, { "Nantes", "PLACE", { kind = "city" } },
      },
    })
    assert.equal("2026-03-04", by_form(evs, "march").date)
  end)

  it("dates a strike told from two days by its first, with the organizers after 'lancée ... par'", function()
    local evs = detect({
      lang = "fr", date = "2026-03-05",
      text = "La grève des cheminots continue ce mercredi à Rouen. "
        .. "La grève lancée mardi 3 mars par la CGT-Cheminots n'a pas de date de fin.",
      ents = {
        { "ce mercredi", "DATE", { value = "2026-03-04" } }, { "Rouen", "PLACE", { kind = "city" } },
        { "mardi 3 mars", "DATE", { value = "2026-03-03" } }, { "CGT-Cheminots", "ORG", { kind = "union" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-03-03", evs[1].date)
    assert.same({ "CGT-Cheminots" }, evs[1].organizers)
  end)
end)

describe("actions told as references", function()
  it("gives 'a day after activists blockaded a depot' to the blockade told later", function()
    local evs = detect({
      date = "2025-12-08",
      text = "Thousands marched through Ghent on Sunday, a day after activists blockaded a fuel depot. "
        .. "On Saturday, around 600 activists blocked access to the depot in Lokeren.",
      ents = {
        { "Thousands", "QUANTITY", { low = 2000, high = 9999 } }, { "Ghent", "PLACE", { kind = "city" } },
        { "Sunday", "DATE", { value = "2025-12-07" } }, { "Saturday", "DATE", { value = "2025-12-06" } },
        { "around 600", "QUANTITY", { value = 600, unit = "activist" } }, { "Lokeren", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local march, block = by_form(evs, "march"), by_form(evs, "blockade")
    assert.equal("2025-12-07", march.date)
    assert.is_false(has(march.forms, "blockade"))
    assert.equal("2025-12-06", block.date)
  end)

  it("reads 'au lendemain d'une action' as a relation, not a date", function()
    local evs = detect({
      lang = "fr", date = "2025-12-07",
      text = "Des milliers de personnes ont défilé ce dimanche à Gand. "
        .. "La marche intervient au lendemain d'une action du collectif Code Rouge.",
      ents = {
        { "milliers", "QUANTITY", { low = 2000, high = 9999 } }, { "ce dimanche", "DATE", { value = "2025-12-07" } },
        { "Gand", "PLACE", { kind = "city" } }, { "lendemain", "DATE", { value = "2025-12-08", relative = true } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2025-12-07", evs[1].date)
  end)

  it("does not take whistles in the mouth for booing", function()
    local evs = detect({
      lang = "fr", date = "2026-01-21",
      text = "Quelque 1 500 cheminots ont manifesté mercredi à Brême, sifflets à la bouche.",
      ents = {
        { "Quelque 1 500", "QUANTITY", { value = 1500, unit = "cheminot" } },
        { "mercredi", "DATE", { value = "2026-01-21" } }, { "Brême", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "demonstration" }, evs[1].forms)
    evs = detect({
      lang = "fr", date = "2026-01-21",
      text = "Le ministre a été accueilli mercredi sous les sifflets à Brême.",
      ents = { { "mercredi", "DATE", { value = "2026-01-21" } }, { "Brême", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.same({ "booing" }, evs[1].forms)
  end)
end)

describe("event claims and targets", function()
  it("gives an event with no claim of its own the article's claims, and no claim to a setting", function()
    local evs = detect({
      date = "2025-10-08",
      text = "About 2,300 bus drivers walked off the job in Leduc on October 1 after rejecting a 9 percent raise. "
        .. "Drivers rallied outside the hospital in Leduc on Tuesday. "
        .. "The union is seeking changes to split shifts.",
      ents = {
        { "About 2,300", "QUANTITY", { value = 2300, unit = "driver" } }, { "Leduc", "PLACE", { kind = "city" } },
        { "October 1", "DATE", { value = "2025-10-01" } }, { "Leduc", "PLACE", { kind = "city" } },
        { "Tuesday", "DATE", { value = "2025-10-07" } },
      },
    })
    assert.equal(2, #evs)
    local strike, rally = by_form(evs, "strike"), by_form(evs, "rally")
    assert.truthy(has(strike.claims, "pay") and has(strike.claims, "working_conditions"))
    assert.truthy(has(rally.claims, "pay"))
    assert.is_false(has(rally.claims, "health_care"))
  end)

  it("reads the claims of a sentence of no event only when it states a demand", function()
    local evs = detect({
      date = "2026-03-10",
      text = "Teachers marched in Tours on Tuesday against the budget. "
        .. "The minister visited a hospital and spoke about housing. Unions demand higher pay.",
      ents = { { "Tours", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } } },
    })
    assert.equal(1, #evs)
    assert.truthy(has(evs[1].claims, "pay"))
    assert.is_false(has(evs[1].claims, "housing"))
    assert.is_false(has(evs[1].claims, "resources"))
  end)

  it("gives an event naming no target the one the article names most", function()
    local evs = detect({
      date = "2026-03-10",
      text = "The government wants to cut 4,000 posts. The government has not moved. "
        .. "Teachers marched in Tours on Tuesday.",
      ents = { { "4,000", "QUANTITY", { value = 4000, unit = "post" } }, { "Tours", "PLACE", { kind = "city" } },
               { "Tuesday", "DATE", { value = "2026-03-10" } } },
    })
    assert.equal(1, #evs)
    assert.same({ "government" }, evs[1].targets)
  end)
end)

describe("event places, landmarks and qualifiers", function()
  it("drops a landmark town ('near Le Havre', 'west of Paris') and a qualifying department", function()
    local evs = detect({
      lang = "fr", date = "2025-10-16",
      text = "La grève a démarré mardi à Donges (Loire-Atlantique) et à Gonfreville, près du Havre.",
      ents = {
        { "mardi", "DATE", { value = "2025-10-14" } }, { "Donges", "PLACE", { kind = "city" } },
        { "Loire-Atlantique", "PLACE", { kind = "department" } }, { "Gonfreville", "PLACE", { kind = "city" } },
        { "Havre", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "Donges", "Gonfreville" }, evs[1].places)
    evs = detect({
      date = "2025-10-17",
      text = "On Thursday, activists blockaded the headquarters in La Defense, west of Paris.",
      ents = { { "Thursday", "DATE", { value = "2025-10-16" } }, { "La Defense", "PLACE", { kind = "city" } },
               { "Paris", "PLACE", { kind = "department" } } },
    })
    assert.same({ "La Defense" }, evs[1].places)
  end)

  it("keeps a city the gazetteer calls a department, and reads a continent as an area", function()
    local evs = detect({
      date = "2025-12-10",
      text = "Thousands of officers rallied in Paris on Tuesday, at Europe's largest police protest.",
      ents = { { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "officer" } },
               { "Paris", "PLACE", { kind = "department" } }, { "Tuesday", "DATE", { value = "2025-12-09" } },
               { "Europe", "PLACE", { kind = "region" } } },
    })
    assert.equal(1, #evs)
    assert.same({ "Paris" }, evs[1].places)
  end)
end)

describe("references and named sources", function()
  it("joins the day's convoy from a sentence with no date; a figure an ORG gives", function()
    local evs = detect({
      date = "2026-01-27",
      text = "Farmers drove tractors into Namur on Tuesday. "
        .. "The Walloon federation FWA, which organised the convoy, put the number of protesters at 7,000.",
      ents = {
        { "Namur", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-01-27" } },
        { "Walloon", "PLACE", { kind = "region" } }, { "FWA", "ORG", {} }, { "7,000", "QUANTITY", { value = 7000 } },
      },
    })
    assert.equal(1, #evs)
    assert.truthy(has(evs[1].forms, "convoy"))
    assert.equal(7000, evs[1].participants[1].low)
    assert.equal("organizers", evs[1].participants[1].source)
  end)
end)

describe("the day before", function()
  it("reads 'la manifestation de la veille' as the day before the document date", function()
    local evs = detect({
      lang = "fr", date = "2026-01-28",
      text = "Le quartier portait encore mercredi les traces de la manifestation agricole de la veille à Namur. "
        .. "Entre 4 500 et 5 000 agriculteurs ont convergé vers Namur, selon la police.",
      ents = {
        { "mercredi", "DATE", { value = "2026-01-28" } }, { "veille", "DATE", { relative = true } },
        { "Namur", "PLACE", { kind = "city" } },
        { "Entre 4 500 et 5 000", "QUANTITY", { low = 4500, high = 5000, unit = "agriculteur" } },
        { "Namur", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-01-27", evs[1].date)
    assert.equal(4500, evs[1].participants[1].low)
    assert.equal("police", evs[1].participants[1].source)
  end)
end)

describe("strikes of several days and their rallies", function()
  it("keeps a rally on the first day of a 48-hour strike apart, with its figures", function()
    local evs = detect({
      date = "2026-04-16",
      text = "The 48-hour strike by nurses began at 8am on Tuesday. At lunchtime on Tuesday, nurses filled "
        .. "the main square of Leeds for a rally. Police said 1,500 people took part.",
      ents = {
        { "Tuesday", "DATE", { value = "2026-04-14" } }, { "Tuesday", "DATE", { value = "2026-04-14" } },
        { "Leeds", "PLACE", { kind = "city" } }, { "1,500", "QUANTITY", { value = 1500, unit = "person" } },
      },
    })
    assert.equal(2, #evs)
    local strike, rally = by_form(evs, "strike"), by_form(evs, "rally")
    assert.equal("2026-04-14", strike.date)
    assert.equal("2026-04-14", rally.date)
    assert.equal(1500, rally.participants[1].low)
    assert.same({}, strike.participants)
  end)

  it("dates a strike by the day a start word or 'for' introduces, not the day of the call", function()
    local evs = detect({
      date = "2026-01-15",
      text = "The rail union on Thursday called a 72-hour strike at the rail company starting on Tuesday. "
        .. "The airport union on Thursday called one-day warning strikes at Bremen airport for Friday.",
      ents = {
        { "Thursday", "DATE", { value = "2026-01-15" } }, { "Tuesday", "DATE", { value = "2026-01-20" } },
        { "Thursday", "DATE", { value = "2026-01-15" } }, { "Bremen", "PLACE", { kind = "city" } },
        { "Friday", "DATE", { value = "2026-01-16" } },
      },
    })
    local days = {}
    for _, e in ipairs(evs) do days[#days + 1] = e.date end
    table.sort(days)
    assert.same({ "2026-01-16", "2026-01-20" }, days)
  end)
end)

describe("organizers named by a group noun or a verb of holding", function()
  it("reads 'activists from the group X', not 'the director of the Y collective ... joined'", function()
    local evs = detect({
      date = "2025-10-17",
      text = "On Thursday, about 40 activists from the group Green Anger blocked the entrance of the bank "
        .. "in Lyon. Ana Diaz, director of the Hope collective, said her group joined the blockade.",
      ents = {
        { "Thursday", "DATE", { value = "2025-10-16" } },
        { "about 40", "QUANTITY", { value = 40, unit = "activist" } }, { "Green Anger", "ORG", {} },
        { "Lyon", "PLACE", { kind = "city" } }, { "Ana Diaz", "PERSON", {} }, { "Hope", "ORG", {} },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "Green Anger" }, evs[1].organizers)
  end)

  it("gives 'the unions plan to hold a rally' the unions named before", function()
    local evs = detect({
      date = "2026-02-04",
      text = "Nurses began a strike on Wednesday, called by the Nurses Union. "
        .. "On Thursday, the unions plan to hold a rally in Braga.",
      ents = {
        { "Wednesday", "DATE", { value = "2026-02-04" } }, { "Nurses Union", "ORG", { kind = "union" } },
        { "Thursday", "DATE", { value = "2026-02-05" } }, { "Braga", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    assert.same({ "Nurses Union" }, by_form(evs, "rally").organizers)
  end)
end)

describe("event forms", function()
  it("reads strikers who rally as the rally's people, and drops the generic form", function()
    local evs = detect({
      lang = "fr", date = "2025-10-16",
      text = "Ce jeudi, environ 150 grévistes se sont rassemblés devant la raffinerie de Feyzin. "
        .. "La manifestation a duré deux heures à Feyzin.",
      ents = {
        { "Ce jeudi", "DATE", { value = "2025-10-16" } },
        { "environ 150", "QUANTITY", { value = 150, unit = "gréviste" } }, { "Feyzin", "PLACE", { kind = "city" } },
        { "Feyzin", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "rally" }, evs[1].forms)
    assert.equal(150, evs[1].participants[1].low)
  end)
end)

describe("strikes only considered or ruled out", function()
  it("makes no event of a strike the unions will decide whether to call, nor one ruled out", function()
    assert.same({}, detect({
      date = "2026-03-10",
      text = "The union will meet on Monday to decide whether to call an indefinite strike.",
      ents = { { "Monday", "DATE", { value = "2026-03-16" } } },
    }))
    assert.same({}, detect({
      lang = "fr", date = "2026-03-10",
      text = "La secrétaire générale a exclu une grève reconductible mardi.",
      ents = { { "mardi", "DATE", { value = "2026-03-10" } } },
    }))
  end)

  it("does not split a rally from a one-day strike, nor count a new strike as this one's days", function()
    local evs = detect({
      lang = "fr", date = "2026-03-10",
      text = "Des milliers d'enseignants ont manifesté mardi à Rabat, pendant une journée de grève. "
        .. "La coordination prévoit une nouvelle grève de trois jours en avril.",
      ents = { { "milliers", "QUANTITY", { low = 2000, high = 9999, unit = "enseignant" } },
               { "mardi", "DATE", { value = "2026-03-10" } }, { "Rabat", "PLACE", { kind = "city" } },
               { "avril", "DATE", { value = "2026-04" } } },
    })
    local tue = {}
    for _, e in ipairs(evs) do if e.date == "2026-03-10" then tue[#tue + 1] = e end end
    assert.equal(1, #tue)
  end)
end)

describe("organizers and addressees, claims with no demand word", function()
  it("never names the body a march is addressed to as its organizer, unless a union", function()
    local evs = detect({
      date = "2026-03-18",
      text = "Pensioners marched to the Congress of Deputies in Madrid on Wednesday, called by the "
        .. "Congress of Deputies and the Spanish Labour Congress.",
      ents = {
        { "Congress of Deputies", "ORG", { kind = "institution" } }, { "Madrid", "PLACE", { kind = "city" } },
        { "Wednesday", "DATE", { value = "2026-03-18" } },
        { "Congress of Deputies", "ORG", { kind = "institution" } }, { "Spanish Labour Congress", "ORG", {} },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "Spanish Labour Congress" }, evs[1].organizers)
  end)

  it("reads the claims of an article that never states a demand", function()
    local evs = detect({
      date = "2026-03-10",
      text = "Teachers marched in Tours on Tuesday. Wages have not kept up with inflation.",
      ents = { { "Tours", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } } },
    })
    assert.equal(1, #evs)
    assert.truthy(has(evs[1].claims, "pay"))
  end)
end)

describe("where protesters came from", function()
  it("does not take the regions farmers came from for the place of their convoy", function()
    local evs = detect({
      lang = "fr", date = "2026-01-28",
      text = "Mardi 27 janvier, des milliers d'agriculteurs venus de Wallonie, de Flandre et du Limbourg "
        .. "ont convergé vers Namur avec quelque 1 300 tracteurs.",
      ents = {
        { "Mardi 27 janvier", "DATE", { value = "2026-01-27" } },
        { "milliers", "QUANTITY", { low = 2000, high = 9999, unit = "agriculteur" } },
        { "Wallonie", "PLACE", { kind = "region" } }, { "Flandre", "PLACE", { kind = "region" } },
        { "Limbourg", "PLACE", { kind = "region" } }, { "Namur", "PLACE", { kind = "city" } },
        { "quelque 1 300", "QUANTITY", { value = 1300, unit = "tracteur" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "Namur" }, evs[1].places)
  end)
end)

describe("strikes still under way", function()
  it("calls a strike begun before the document date and told as going on 'ongoing', one ended 'happened'", function()
    local evs = detect({
      date = "2025-10-08",
      text = "About 2,300 bus drivers walked off the job in Leduc on October 1. "
        .. "The strike entered its second week on Wednesday in Leduc.",
      ents = {
        { "About 2,300", "QUANTITY", { value = 2300, unit = "driver" } }, { "Leduc", "PLACE", { kind = "city" } },
        { "October 1", "DATE", { value = "2025-10-01" } }, { "Wednesday", "DATE", { value = "2025-10-08" } },
        { "Leduc", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2025-10-01", evs[1].date)
    assert.equal("ongoing", evs[1].status)
    evs = detect({
      date = "2025-10-17",
      text = "Workers at the refinery in Feyzin voted on Friday to end a four-day strike that began on Tuesday.",
      ents = { { "Feyzin", "PLACE", { kind = "city" } }, { "Friday", "DATE", { value = "2025-10-17" } },
               { "Tuesday", "DATE", { value = "2025-10-14" } } },
    })
    assert.equal(1, #evs)
    assert.equal("happened", evs[1].status)
  end)
end)

describe("targets that are only a city or a source", function()
  it("does not read Brussels the city as the EU, nor the prefecture that counted as a target", function()
    local evs = detect({
      lang = "fr", date = "2025-12-07",
      text = "Des milliers de personnes ont défilé dimanche à Bruxelles contre le gouvernement. "
        .. "Ils étaient 18 000 selon la préfecture.",
      ents = {
        { "milliers", "QUANTITY", { low = 2000, high = 9999, unit = "personne" } },
        { "dimanche", "DATE", { value = "2025-12-07" } }, { "Bruxelles", "PLACE", { kind = "city" } },
        { "18 000", "QUANTITY", { value = 18000 } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "government" }, evs[1].targets)
  end)
end)

describe("undated actions and comparisons", function()
  it("does not give an undated march the date of 'a similar strike in June 2024'", function()
    local evs = detect({
      text = "Tens of thousands of workers marched through Lagos on Wednesday over fuel prices. "
        .. "A similar strike in June 2024 shut down the national grid.",
      ents = {
        { "Tens of thousands", "QUANTITY", { low = 20000, high = 99999, unit = "worker" } },
        { "Lagos", "PLACE", { kind = "city" } }, { "Wednesday", "DATE", { relative = true } },
        { "June 2024", "DATE", { value = "2024-06" } },
      },
    })
    for _, e in ipairs(evs) do assert.is_false(has(e.forms, "march")) end
  end)
end)

describe("manure and the right to protest", function()
  it("reads farmers dumping manure as an action and 'le droit de manifester' as none", function()
    local evs = detect({
      lang = "fr", date = "2026-01-22",
      text = "Mercredi 21 janvier, des agriculteurs ont déversé du fumier devant la préfecture d'Albi. "
        .. "« Le droit de manifester est respecté », avait déclaré mardi le préfet.",
      ents = {
        { "Mercredi 21 janvier", "DATE", { value = "2026-01-21" } }, { "Albi", "PLACE", { kind = "city" } },
        { "mardi", "DATE", { value = "2026-01-20" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-01-21", evs[1].date)
    assert.same({ "Albi" }, evs[1].places)
  end)
end)

describe("activists glued to a road in a park", function()
  it("reads gluing hands to a road as a blockade and 'the Tiergarten park' as a site", function()
    local evs = detect({
      date = "2026-06-12",
      title = true,
      text = "Climate activists block a road in Bonn\nActivists glued their hands to the road at the "
        .. "roundabout in the Rheinaue park on Friday morning, blocking traffic for an hour.",
      ents = {
        { "Bonn", "PLACE", { kind = "city" } }, { "Rheinaue", "PLACE", { kind = "city" } },
        { "Friday", "DATE", { value = "2026-06-12" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "blockade" }, evs[1].forms)
    assert.same({ "Bonn" }, evs[1].places)
  end)
end)

describe("the town of a building named as an organization", function()
  it("places a rally 'devant le tribunal judiciaire de Paris' in Paris, not a figure's source", function()
    local evs = detect({
      lang = "fr", date = "2025-12-04",
      text = "Un rassemblement est prévu le mardi 16 décembre devant le tribunal judiciaire de Lille. "
        .. "Ils étaient 3 200 selon la préfecture de Bretagne lors du dernier rassemblement, "
        .. "mardi 2 décembre, à Rennes.",
      ents = {
        { "mardi 16 décembre", "DATE", { value = "2025-12-16" } },
        { "tribunal judiciaire de Lille", "ORG", { kind = "institution" } },
        { "3 200", "QUANTITY", { value = 3200 } }, { "préfecture de Bretagne", "ORG", { kind = "institution" } },
        { "mardi 2 décembre", "DATE", { value = "2025-12-02" } }, { "Rennes", "PLACE", { kind = "city" } },
      },
    })
    local dec16
    for _, e in ipairs(evs) do if e.date == "2025-12-16" then dec16 = e end end
    assert.same({ "Lille" }, dec16.places)
    for _, e in ipairs(evs) do assert.is_false(has(e.places, "Bretagne")) end
  end)
end)

describe("an action dated only to its month", function()
  it("folds 'the June stoppage' into the strike the article dates to a day of June", function()
    local evs = detect({
      date = "2026-06-05",
      text = "Dockers in Tilbury will strike for two days from June 18, the union said on Friday. "
        .. "Port managers said they hoped talks would resume before the June stoppage.",
      ents = {
        { "Tilbury", "PLACE", { kind = "city" } }, { "June 18", "DATE", { value = "2026-06-18" } },
        { "Friday", "DATE", { value = "2026-06-05" } }, { "June", "DATE", { value = "2026-06" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-06-18", evs[1].date)
  end)

  it("keeps a month-dated strike elsewhere apart from the day-dated one", function()
    local evs = detect({
      date = "2026-06-05",
      text = "Dockers in Tilbury will strike on June 18, the union said on Friday. "
        .. "Dockers in Valletta also went on strike in June.",
      ents = {
        { "Tilbury", "PLACE", { kind = "city" } }, { "June 18", "DATE", { value = "2026-06-18" } },
        { "Friday", "DATE", { value = "2026-06-05" } }, { "Valletta", "PLACE", { kind = "city" } },
        { "June", "DATE", { value = "2026-06" } },
      },
    })
    assert.equal(2, #evs)
  end)
end)

describe("rivers, seas and where people came from", function()
  it("places a blockade 'sur la rive de la Garonne' in the town, not on the river", function()
    local evs = detect({
      lang = "fr", date = "2026-02-09",
      text = "Dimanche, des militants ont bloqué un dépôt pétrolier à Bassens. "
        .. "Venus de Pau et de Tarbes, les militants se sont enchaînés aux grilles du dépôt, "
        .. "sur la rive droite de la Garonne.",
      ents = {
        { "Dimanche", "DATE", { value = "2026-02-08" } }, { "Bassens", "PLACE", { kind = "city" } },
        { "Pau", "PLACE", { kind = "city" } }, { "Tarbes", "PLACE", { kind = "city" } },
        { "Garonne", "PLACE", { kind = "region" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "Bassens" }, evs[1].places)
  end)
end)

describe("a place of the action another is told after", function()
  it("leaves the towns of 'two days after a walkout ... in Leeds' out of the new strike", function()
    local evs = detect({
      date = "2026-05-07",
      text = "Bus drivers on Thursday called a strike for May 20, two days after a walkout "
        .. "by some 3,000 of them shut down services in Leeds and Bradford.",
      ents = {
        { "Thursday", "DATE", { value = "2026-05-07" } }, { "May 20", "DATE", { value = "2026-05-20" } },
        { "3,000", "QUANTITY", { value = 3000 } },
        { "Leeds", "PLACE", { kind = "city" } }, { "Bradford", "PLACE", { kind = "city" } },
      },
    })
    local may20
    for _, e in ipairs(evs) do if e.date == "2026-05-20" then may20 = e end end
    assert.truthy(may20)
    assert.is_false(has(may20.places, "Leeds"))
    assert.is_false(has(may20.places, "Bradford"))
  end)

  it("does not place a blockade 'au lendemain d'une action à Lille' in Lille; keeps 'après-midi à Arras'",
    function()
    local evs = detect({
      lang = "fr", date = "2026-02-09",
      text = "Dimanche, des militants ont bloqué un dépôt à Douai, au lendemain d'une action massive à Lille. "
        .. "Lundi, des cheminots ont manifesté dans l'après-midi à Arras.",
      ents = {
        { "Dimanche", "DATE", { value = "2026-02-08" } }, { "Douai", "PLACE", { kind = "city" } },
        { "Lille", "PLACE", { kind = "city" } }, { "Lundi", "DATE", { value = "2026-02-09" } },
        { "Arras", "PLACE", { kind = "city" } },
      },
    })
    local blockade, demo = by_form(evs, "blockade"), by_form(evs, "demonstration")
    assert.same({ "Douai" }, blockade.places)
    assert.same({ "Arras" }, demo.places)
  end)
end)

describe("a strike with no place on the day of a march", function()
  it("joins the march of its day: 'défilé mardi à Tours' then '30 % étaient en grève mardi'", function()
    local evs = detect({
      lang = "fr", date = "2026-04-15",
      text = "Les personnels de l'hôpital ont défilé mardi dans le centre de Tours. "
        .. "La direction a indiqué que 30 % des personnels étaient en grève mardi.",
      ents = {
        { "mardi", "DATE", { value = "2026-04-14" } }, { "Tours", "PLACE", { kind = "city" } },
        { "mardi", "DATE", { value = "2026-04-14" } },
      },
    })
    assert.equal(1, #evs)
    assert.truthy(has(evs[1].forms, "strike"))
    assert.truthy(has(evs[1].forms, "march"))
    assert.same({ "Tours" }, evs[1].places)
  end)
end)

describe("a month told from the document's a few words before the trigger", function()
  it("dates 'the union last month staged a two-day strike' to that month, apart from this week's strike", function()
    local evs = detect({
      date = "2026-03-12",
      text = "Nurses in Leeds went on strike on Tuesday. In Spain, the CCOO union last month staged "
        .. "a two-day strike at ports including Valencia and Bilbao.",
      ents = {
        { "Leeds", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } },
        { "Spain", "PLACE", { kind = "country" } }, { "CCOO", "ORG", { kind = "union" } },
        { "last month", "DATE", { value = "2026-02" } }, { "Valencia", "PLACE", { kind = "city" } },
        { "Bilbao", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local feb
    for _, e in ipairs(evs) do if e.date == "2026-02" then feb = e end end
    assert.truthy(feb)
    assert.same({ "Valencia", "Bilbao" }, feb.places)
  end)

  it("keeps the day of a strike when a named month (not 'last month') follows it", function()
    local evs = detect({
      date = "2026-03-12",
      text = "Dockers in Valencia went on strike on Tuesday, a strike in March that the union had announced.",
      ents = {
        { "Valencia", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-10" } },
        { "March", "DATE", { value = "2026-03" } },
      },
    })
    assert.equal(1, #evs)
    assert.equal("2026-03-10", evs[1].date)
  end)
  it("does not date a past Saturday's blockade by 'le mois prochain' listed before it", function()
    local evs = detect({
      lang = "fr", date = "2026-03-05",
      text = "Les organisateurs annoncent de nouvelles actions le mois prochain, notamment des blocages "
        .. "de laiteries à Sion, où des paysans ont déjà bloqué une centrale samedi dernier.",
      ents = {
        { "le mois prochain", "DATE", { value = "2026-04" } }, { "Sion", "PLACE", { kind = "city" } },
        { "samedi dernier", "DATE", { value = "2026-02-28" } },
      },
    })
    for _, e in ipairs(evs) do assert.is_true(e.date ~= "2026-04" or not has(e.places, "Sion")) end
  end)
end)

describe("more of the action told just before ('also turned out in')", function()
  local function article(also)
    return {
      date = "2026-06-12",
      text = "Activists blocked a road in Grenoble on Friday morning. Separately, thousands of pupils "
        .. "marched in Lyon on Friday. Large crowds " .. (also and "also " or "") .. "turned out in Dijon and Tours.",
      ents = {
        { "Grenoble", "PLACE", { kind = "city" } }, { "Friday morning", "DATE", { value = "2026-06-12" } },
        { "thousands", "QUANTITY", { low = 2000, high = 9999 } }, { "Lyon", "PLACE", { kind = "city" } },
        { "Friday", "DATE", { value = "2026-06-12" } }, { "Dijon", "PLACE", { kind = "city" } },
        { "Tours", "PLACE", { kind = "city" } },
      },
    }
  end
  it("adds the sentence's places to the event of the mention before it", function()
    local evs = detect(article(true))
    local march = by_form(evs, "march")
    assert.truthy(march)
    assert.is_true(has(march.places, "Dijon") and has(march.places, "Tours"))
    assert.is_false(has(by_form(evs, "blockade").places, "Dijon"))
  end)
  it("leaves a crowd elsewhere with no 'also' out of the events told", function()
    for _, e in ipairs(detect(article(false))) do assert.is_false(has(e.places, "Dijon")) end
  end)
end)

describe("more of the action told just before, in French ('également')", function()
  it("adds 'Des foules se sont également rassemblées à Nantes' to the march told before", function()
    local evs = detect({
      lang = "fr", date = "2026-06-12",
      text = "Des milliers de lycéens ont défilé vendredi à Rennes. Des foules se sont également "
        .. "rassemblées à Nantes.",
      ents = {
        { "Des milliers", "QUANTITY", { low = 2000, high = 9999 } }, { "vendredi", "DATE", { value = "2026-06-12" } },
        { "Rennes", "PLACE", { kind = "city" } }, { "Nantes", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.is_true(has(evs[1].places, "Nantes"))
  end)
end)

describe("a national day told from several towns (third round)", function()
  local function day_article()
    return {
      lang = "fr", date = "2026-05-21",
      text = "Des milliers de salariés ont manifesté jeudi à Dijon à l'appel des syndicats. "
        .. "La veille, une centaine d'étudiants avaient bloqué le campus de Dijon. "
        .. "Des rassemblements ont également eu lieu à Beaune et Auxerre. "
        .. "À Sens, plusieurs centaines de manifestants ont défilé. "
        .. "En province, ils étaient 4 000 à Nevers selon la police, 2 500 à Mâcon.",
      ents = {
        { "Des milliers", "QUANTITY", { low = 2000, high = 9999, unit = "salariés" } },
        { "jeudi", "DATE", { value = "2026-05-21" } }, { "Dijon", "PLACE", { kind = "city" } },
        { "veille", "DATE", {} }, { "une centaine", "QUANTITY", { low = 100, high = 100, unit = "étudiants" } },
        { "Dijon", "PLACE", { kind = "city" } }, { "Beaune", "PLACE", { kind = "city" } },
        { "Auxerre", "PLACE", { kind = "city" } }, { "Sens", "PLACE", { kind = "city" } },
        { "plusieurs centaines", "QUANTITY", { low = 200, high = 999, unit = "manifestants" } },
        { "4 000", "QUANTITY", { value = 4000 } }, { "Nevers", "PLACE", { kind = "city" } },
        { "2 500", "QUANTITY", { value = 2500 } }, { "Mâcon", "PLACE", { kind = "city" } },
      },
    }
  end
  it("keeps rallies 'also' held elsewhere, a march in another town and the towns of its "
      .. "figures with the day's march", function()
    local evs = detect(day_article())
    local march = by_form(evs, "march")
    assert.equal("2026-05-21", march.date)
    for _, p in ipairs({ "Dijon", "Beaune", "Auxerre", "Sens", "Nevers", "Mâcon" }) do
      assert.is_true(has(march.places, p), p)
    end
    local block = by_form(evs, "blockade")
    assert.equal("2026-05-20", block.date)
    assert.is_false(has(block.places, "Sens"))
    assert.equal(2, #evs)
    local fig = {}
    for _, p in ipairs(march.participants) do fig[p.low] = p.source end
    assert.equal("police", fig[4000])
  end)
  it("leaves the town of a sentence with no figure and no 'also' out of the event told before", function()
    local evs = detect({
      date = "2026-04-14",
      text = "On Tuesday, nurses filled Parliament Square for a rally. The crowd chanted as "
          .. "MPs arrived at Westminster.",
      ents = {
        { "Tuesday", "DATE", { value = "2026-04-14" } }, { "Parliament Square", "PLACE", { kind = "square" } },
        { "Westminster", "PLACE", { kind = "district" } },
      },
    })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].places, "Westminster"))
  end)
  it("leaves the town of a sentence whose figure counts no people ('30 km south of Paris') out", function()
    local evs = detect({
      date = "2026-04-14",
      text = "On Tuesday, hundreds of officers booed their chief in Evry. Crowds surrounded "
          .. "his car in the area 30 km south of the capital, Paris.",
      ents = {
        { "Tuesday", "DATE", { value = "2026-04-14" } },
        { "hundreds", "QUANTITY", { low = 200, high = 999, unit = "officers" } },
        { "Evry", "PLACE", { kind = "city" } }, { "30 km", "QUANTITY", { value = 30, unit = "km" } },
        { "Paris", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].places, "Paris"))
  end)
  it("reads 'La CGT a revendiqué 150.000 manifestants' as the organizers' figure and 'qui "
      .. "appelaient' as organizers", function()
    local evs = detect({
      lang = "fr", date = "2026-05-21",
      text = "Des milliers de salariés ont manifesté jeudi à Dijon. La CGT a revendiqué 15 000 manifestants. "
        .. "Pour Solidaires et la FSU, qui appelaient également à la mobilisation, la journée est un succès.",
      ents = {
        { "Des milliers", "QUANTITY", { low = 2000, high = 9999, unit = "salariés" } },
        { "jeudi", "DATE", { value = "2026-05-21" } }, { "Dijon", "PLACE", { kind = "city" } },
        { "CGT", "ORG", { kind = "union" } }, { "15 000", "QUANTITY", { value = 15000, unit = "manifestants" } },
        { "Solidaires", "ORG", { kind = "union" } }, { "FSU", "ORG", { kind = "union" } },
      },
    })
    assert.equal(1, #evs)
    local src
    for _, p in ipairs(evs[1].participants) do if p.low == 15000 then src = p.source end end
    assert.equal("organizers", src)
    assert.is_true(has(evs[1].organizers, "FSU"))
  end)
end)

describe("a report whose actions carry no date of their own (third round)", function()
  it("dates them by the day the report tells, keeps a blockade 'in solidarity' elsewhere "
      .. "apart, and not the towns vehicles came from", function()
    local evs = detect({
      date = "2026-02-05", title = true,
      text = "Farmers bring their anger to Ghent\nPiet left his farm at 4am on Thursday with his tractor. "
        .. "He waved at a convoy of tractors from Limburg. Some protesters set tyres alight in Ghent. "
        .. "Dutch farmers blocked a motorway near Breda in solidarity, media reported.",
      ents = {
        { "Ghent", "PLACE", { kind = "city" } }, { "Thursday", "DATE", { value = "2026-02-05" } },
        { "Limburg", "PLACE", { kind = "region" } }, { "Ghent", "PLACE", { kind = "city" } },
        { "Breda", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local convoy, block = by_form(evs, "convoy"), by_form(evs, "blockade")
    assert.equal("2026-02-05", convoy.date)
    assert.is_true(has(convoy.places, "Ghent"))
    assert.is_false(has(convoy.places, "Limburg"))
    assert.equal("2026-02-05", block.date)
    assert.same({ "Breda" }, block.places)
  end)
  it("keeps the actions told before an announced one as the report's day's ('ont convergé')", function()
    local evs = detect({
      lang = "fr", date = "2026-02-27",
      text = "Jeudi, les agriculteurs ont paralysé Liège. Selon la police, 1 250 tracteurs ont convergé "
        .. "dès l'aube vers le centre de Liège. Elle a annoncé une nouvelle mobilisation le 12 mars à Namur.",
      ents = {
        { "Jeudi", "DATE", { value = "2026-02-26" } }, { "Liège", "PLACE", { kind = "city" } },
        { "1 250", "QUANTITY", { value = 1250, unit = "tracteurs" } }, { "Liège", "PLACE", { kind = "city" } },
        { "12 mars", "DATE", { value = "2026-03-12" } }, { "Namur", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local today, later
    for _, e in ipairs(evs) do if e.date == "2026-02-26" then today = e else later = e end end
    assert.truthy(today)
    assert.same({ "Liège" }, today.places)
    assert.same({ "Namur" }, later.places)
    assert.equal("planned", later.status)
  end)
end)

describe("a comparison is no action going on (third round)", function()
  it("reads 'the largest protest since 2023' and 'la plus grande manifestation depuis' as no ongoing status", function()
    local en = detect({
      date = "2026-03-12",
      text = "Teachers walked off the job on Thursday in Braga. It was the largest teachers' protest since 2023.",
      ents = { { "Thursday", "DATE", { value = "2026-03-12" } }, { "Braga", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #en)
    assert.equal("happened", en[1].status)
    local fr = detect({
      lang = "fr", date = "2026-03-12",
      text = "Les enseignants ont fait grève jeudi à Braga. C'est la plus grande grève à Braga depuis 2023.",
      ents = { { "jeudi", "DATE", { value = "2026-03-12" } }, { "Braga", "PLACE", { kind = "city" } },
               { "Braga", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #fr)
    assert.equal("happened", fr[1].status)
    local still = detect({
      date = "2026-03-12",
      text = "Teachers walked off the job on Thursday in Braga. They have been on strike since March 2.",
      ents = { { "Thursday", "DATE", { value = "2026-03-12" } }, { "Braga", "PLACE", { kind = "city" } },
               { "March 2", "DATE", { value = "2026-03-02" } } },
    })
    assert.equal("ongoing", still[1].status)
  end)
end)

describe("occupations, countries and organizers (third round)", function()
  it("reads 'avaient occupé le hall' as an occupation, 'occupé la route' as a blockade, not "
      .. "'occupé le poste'", function()
    local evs = detect({
      lang = "fr", date = "2026-05-20",
      text = "Le 6 mai, à Brest, une cinquantaine d'infirmières avaient occupé le hall de l'hôpital. "
        .. "Le 12 mai, des agriculteurs ont occupé la route près de Morlaix. "
        .. "Le 14 mai, Jean Dupont a occupé le poste de directeur à Quimper.",
      ents = {
        { "6 mai", "DATE", { value = "2026-05-06" } }, { "Brest", "PLACE", { kind = "city" } },
        { "12 mai", "DATE", { value = "2026-05-12" } }, { "Morlaix", "PLACE", { kind = "city" } },
        { "14 mai", "DATE", { value = "2026-05-14" } }, { "Jean Dupont", "PERSON", {} },
        { "Quimper", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    assert.same({ "Brest" }, by_form(evs, "occupation").places)
    assert.same({ "Morlaix" }, by_form(evs, "blockade").places)
  end)
  it("places an action the text locates nowhere in the country the article names most", function()
    local evs = detect({
      date = "2026-03-12", title = true,
      text = "Portugal: teachers strike over pay\nTeachers walked off the job on Thursday in Braga. "
        .. "Fenprof said it would call a new national strike on May 20 if talks fail. "
        .. "Portugal has about 150,000 teachers.",
      ents = {
        { "Portugal", "PLACE", { kind = "country" } }, { "Thursday", "DATE", { value = "2026-03-12" } },
        { "Braga", "PLACE", { kind = "city" } }, { "Fenprof", "ORG", { kind = "union" } },
        { "May 20", "DATE", { value = "2026-05-20" } }, { "Portugal", "PLACE", { kind = "country" } },
      },
    })
    assert.equal(2, #evs)
    local later
    for _, e in ipairs(evs) do if e.date == "2026-05-20" then later = e end end
    assert.same({ "Portugal" }, later.places)
    assert.same({ "Fenprof" }, later.organizers)
    for _, e in ipairs(evs) do
      if e.date == "2026-03-12" then assert.same({ "Braga" }, e.places) end
    end
  end)
  it("takes the organizers in apposition ('the organisers, the union X and Y, said') and not "
      .. "those who joined", function()
    local evs = detect({
      date = "2026-02-05",
      text = "Thousands of farmers drove tractors into Ghent on Thursday. Police counted 1,300 tractors, "
        .. "while the organisers, the Flemish farmers' union Boerenbond and the Walloon FWA, said there were 3,000. "
        .. "French farmers from the FNSEA joined the convoy.",
      ents = {
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "farmers" } },
        { "Ghent", "PLACE", { kind = "city" } }, { "Thursday", "DATE", { value = "2026-02-05" } },
        { "1,300", "QUANTITY", { value = 1300, unit = "tractors" } },
        { "Boerenbond", "ORG", { kind = "union" } }, { "FWA", "ORG", { kind = "association" } },
        { "3,000", "QUANTITY", { value = 3000 } }, { "FNSEA", "ORG", { kind = "union" } },
      },
    })
    assert.equal(1, #evs)
    assert.is_true(has(evs[1].organizers, "Boerenbond"))
    assert.is_true(has(evs[1].organizers, "FWA"))
    assert.is_false(has(evs[1].organizers, "FNSEA"))
  end)
  it("gives the figures of a sentence told before any date to the article's action, and 'qui "
      .. "organisaient' its organizers", function()
    local evs = detect({
      lang = "fr", date = "2026-02-27",
      text = "Ils étaient 5 000 selon la police. Jeudi, les agriculteurs ont manifesté à Liège. "
        .. "Le Boerenbond, qui organisait le rassemblement, a dénoncé la police.",
      ents = {
        { "5 000", "QUANTITY", { value = 5000 } }, { "Jeudi", "DATE", { value = "2026-02-26" } },
        { "Liège", "PLACE", { kind = "city" } }, { "Boerenbond", "ORG", { kind = "association" } },
      },
    })
    assert.equal(1, #evs)
    local fig
    for _, p in ipairs(evs[1].participants) do if p.low == 5000 then fig = p end end
    assert.truthy(fig)
    assert.equal("police", fig.source)
    assert.same({ "Boerenbond" }, evs[1].organizers)
  end)
end)

describe("places of actions the text does not locate (third round)", function()
  it("gives every such action of the article the locality it names most, not only the first", function()
    local evs = detect({
      date = "2026-02-24",
      text = "About 10,000 members of the RMT union walk out today across the Leeds network. "
        .. "Queues formed at bus stops in Leeds. "
        .. "Activists staged a sit-in at the station on Tuesday morning. "
        .. "The union confirmed a second walkout on Thursday 5 March.",
      ents = {
        { "10,000", "QUANTITY", { value = 10000, unit = "members" } }, { "RMT", "ORG", { kind = "union" } },
        { "today", "DATE", { value = "2026-02-24" } }, { "Leeds", "PLACE", { kind = "city" } },
        { "Leeds", "PLACE", { kind = "city" } }, { "Tuesday morning", "DATE", { value = "2026-02-24" } },
        { "Thursday 5 March", "DATE", { value = "2026-03-05" } },
      },
    })
    local later
    for _, e in ipairs(evs) do if e.date == "2026-03-05" then later = e end end
    assert.truthy(later)
    assert.same({ "Leeds" }, later.places)
  end)
  it("does not give the headline's town to an action a month before the report", function()
    local evs = detect({
      lang = "fr", date = "2026-03-12", title = true,
      text = "Portugal : grève des enseignants à Braga\nLes enseignants ont fait grève jeudi à Braga. "
        .. "Ce mouvement intervient après celui des médecins, qui avaient fait grève le 10 février. "
        .. "Le Portugal compte 150 000 enseignants.",
      ents = {
        { "Portugal", "PLACE", { kind = "country" } }, { "Braga", "PLACE", { kind = "city" } },
        { "jeudi", "DATE", { value = "2026-03-12" } }, { "Braga", "PLACE", { kind = "city" } },
        { "10 février", "DATE", { value = "2026-02-10" } }, { "Portugal", "PLACE", { kind = "country" } },
      },
    })
    assert.equal(2, #evs)
    local before
    for _, e in ipairs(evs) do if e.date == "2026-02-10" then before = e end end
    assert.same({ "Portugal" }, before.places)
  end)
end)

describe("claims and targets named only as bodies or people (third round)", function()
  it("reads no claim in the name of a ministry or a union ('Education Ministry', 'SUD Santé') "
      .. "but keeps 'Mercosur'", function()
    local evs = detect({
      lang = "fr", date = "2026-03-12",
      text = "Des agents ont manifesté jeudi à Lyon devant le ministère de la Santé à l'appel "
          .. "de SUD Santé contre le Mercosur.",
      ents = {
        { "jeudi", "DATE", { value = "2026-03-12" } }, { "Lyon", "PLACE", { kind = "city" } },
        { "ministère de la Santé", "ORG", { kind = "ministry" } }, { "SUD Santé", "ORG", { kind = "union" } },
        { "Mercosur", "ORG", { kind = "institution" } },
      },
    })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].claims, "health_care"))
    assert.is_true(has(evs[1].claims, "agriculture"))
    local en = detect({
      date = "2026-03-12",
      text = "Teachers marched on Thursday in Braga to the Education Ministry to demand higher pay.",
      ents = { { "Thursday", "DATE", { value = "2026-03-12" } }, { "Braga", "PLACE", { kind = "city" } },
               { "Education Ministry", "ORG", { kind = "ministry" } } },
    })
    assert.same({ "pay" }, en[1].claims)
  end)
  it("takes no target from council members who join a picket line, nor from a body that gives a figure", function()
    local evs = detect({
      date = "2026-01-20",
      text = "More than 1,100 nurses walked off the job on Tuesday in Tucson. Several City "
          .. "Council members joined the picket line. "
        .. "The Security Ministry put the number at 900.",
      ents = {
        { "1,100", "QUANTITY", { value = 1100, unit = "nurses" } }, { "Tuesday", "DATE", { value = "2026-01-20" } },
        { "Tucson", "PLACE", { kind = "city" } }, { "City Council", "ORG", { kind = "institution" } },
        { "Security Ministry", "ORG", { kind = "ministry" } }, { "900", "QUANTITY", { value = 900 } },
      },
    })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].targets, "local_authority"))
    assert.is_false(has(evs[1].targets, "minister"))
  end)
end)

describe("who protests, not the police that acts on them (third round)", function()
  it("does not count police who detain, carry or speak for themselves, and reads signallers as "
      .. "transport workers", function()
    local evs = detect({
      date = "2026-01-17", title = true,
      text = "Police detain hundreds as climate activists block a highway\n"
        .. "Climate activists blocked the A12 highway in Delft on Saturday. Mounted officers moved in and "
        .. "officers carried them to buses. A police spokesman said 700 were detained.",
      ents = { { "Delft", "PLACE", { kind = "city" } }, { "Saturday", "DATE", { value = "2026-01-17" } },
               { "700", "QUANTITY", { value = 700 } } },
    })
    assert.equal(1, #evs)
    assert.equal("activists", evs[1].actor_type)
    local rail = detect({
      date = "2026-03-10",
      text = "Signallers and guards walked out on Tuesday in Leeds. Workers picketed the station.",
      ents = { { "Tuesday", "DATE", { value = "2026-03-10" } }, { "Leeds", "PLACE", { kind = "city" } } },
    })
    assert.equal("transport_workers", rail[1].actor_type)
  end)
end)

describe("people arrested, hurt or deployed are not the crowd (third round)", function()
  it("keeps the crowd's figures and drops those of arrests, injuries and police deployed", function()
    local evs = detect({
      date = "2026-04-01",
      text = "Thousands of pensioners marched in Salta on Wednesday. Organizers said 15,000 people took part, "
        .. "and police said 1,500 officers had been deployed. At least 12 people were injured "
            .. "and 37 were detained, police said.",
      ents = {
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "pensioners" } },
        { "Salta", "PLACE", { kind = "city" } }, { "Wednesday", "DATE", { value = "2026-04-01" } },
        { "15,000", "QUANTITY", { value = 15000, unit = "people" } },
        { "1,500", "QUANTITY", { value = 1500, unit = "officers" } },
        { "At least 12", "QUANTITY", { low = 12, unit = "people" } }, { "37", "QUANTITY", { value = 37 } },
      },
    })
    assert.equal(1, #evs)
    local got = {}
    for _, p in ipairs(evs[1].participants) do got[p.low] = true end
    assert.is_true(got[15000])
    assert.is_nil(got[1500])
    assert.is_nil(got[12])
    assert.is_nil(got[37])
    local fr = detect({
      lang = "fr", date = "2026-03-19",
      text = "Des milliers de personnes ont manifesté jeudi à Lyon. Ils étaient 9 000 selon la police, "
        .. "et 23 personnes ont été interpellées, selon la préfecture.",
      ents = {
        { "Des milliers", "QUANTITY", { low = 2000, high = 9999, unit = "personnes" } },
        { "jeudi", "DATE", { value = "2026-03-19" } }, { "Lyon", "PLACE", { kind = "city" } },
        { "9 000", "QUANTITY", { value = 9000 } }, { "23", "QUANTITY", { value = 23, unit = "personnes" } },
      },
    })
    local fgot = {}
    for _, p in ipairs(fr[1].participants) do fgot[p.low] = true end
    assert.is_true(fgot[9000])
    assert.is_nil(fgot[23])
  end)
end)

describe("an open-ended strike goes on (third round)", function()
  it("does not read the 'ended' of 'open-ended' as the strike's end", function()
    local evs = detect({
      date = "2026-03-04",
      text = "Rail workers went on strike in Lille on Tuesday. The open-ended walkout, called "
          .. "by the unions, has no set end date.",
      ents = { { "Lille", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-03" } } },
    })
    assert.equal(1, #evs)
    assert.equal("ongoing", evs[1].status)
    local ended = detect({
      date = "2026-03-04",
      text = "Rail workers went on strike in Lille on Tuesday. The open-ended walkout ended on "
          .. "Wednesday when workers returned to work.",
      ents = { { "Lille", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-03" } },
               { "Wednesday", "DATE", { value = "2026-03-04" } } },
    })
    assert.equal("happened", ended[1].status)
  end)
end)

describe("an action dated after the report is planned, whatever 'since' says (third round)", function()
  it("reads 'has called a general strike for April 9' beside 'since March last year' as planned", function()
    local evs = detect({
      date = "2026-04-01",
      text = "Fans have joined the marches since March last year, and the CGT has called a "
          .. "general strike in Rosario for April 9.",
      ents = { { "March last year", "DATE", { value = "2025-03" } }, { "CGT", "ORG", { kind = "union" } },
               { "Rosario", "PLACE", { kind = "city" } }, { "April 9", "DATE", { value = "2026-04-09" } } },
    })
    local strike = by_form(evs, "strike")
    assert.equal("2026-04-09", strike.date)
    assert.equal("planned", strike.status)
  end)
end)

describe("a rally called for a weekday looks forward (third round)", function()
  it("reads 'have called a rally ... on Saturday' as the coming Saturday", function()
    local evs = detect({
      date = "2026-03-11",
      text = "Campaigners have called a rally in Durham on Saturday at noon, and say they "
          .. "expect several hundred people.",
      ents = { { "Durham", "PLACE", { kind = "city" } }, { "Saturday", "DATE", {} } },
    })
    assert.equal(1, #evs)
    assert.equal("2026-03-14", evs[1].date)
    assert.equal("planned", evs[1].status)
  end)
end)

describe("a name on a sign organizes nothing (third round)", function()
  it("takes no organizer from a union-like name inside quotation marks in a strike sentence", function()
    local evs = detect({
      date = "2026-01-20",
      text = "Nurses went on strike in Tucson on Tuesday, carrying signs that read \"Nurses Can't Wait\". "
        .. "The strike was called by National Nurses United.",
      ents = {
        { "Tucson", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-01-20" } },
        { "Nurses Can't Wait", "ORG", { kind = "union" } }, { "National Nurses United", "ORG", { kind = "union" } },
      },
    })
    assert.equal(1, #evs)
    assert.same({ "National Nurses United" }, evs[1].organizers)
  end)
end)

describe("'justice' as a moral demand or a building (third round)", function()
  it("reads no justice_system claim in 'nous demandons la justice' or 'le palais de justice', "
      .. "but in 'justice au rabais'", function()
    local evs = detect({
      lang = "fr", date = "2026-02-24",
      text = "Des centaines de personnes ont défilé mardi à Genève contre la guerre. « Nous demandons la " ..
          "justice », "
        .. "a lancé une militante devant le palais de justice.",
      ents = { { "mardi", "DATE", { value = "2026-02-24" } }, { "Genève", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].claims, "justice_system"))
    local lawyers = detect({
      lang = "fr", date = "2025-12-03",
      text = "Les avocats ont manifesté mercredi à Nice contre une justice au rabais.",
      ents = { { "mercredi", "DATE", { value = "2025-12-03" } }, { "Nice", "PLACE", { kind = "city" } } },
    })
    assert.is_true(has(lawyers[1].claims, "justice_system"))
  end)
end)

describe("places that name a body or another movement (third round)", function()
  it("keeps 'l'intersyndicale d'Ille-et-Vilaine' and 'la FDSEA de la Haute-Garonne' out of the places", function()
    local evs = detect({
      lang = "fr", date = "2026-03-20",
      text = "Ils étaient 6 000 à défiler jeudi à Rennes, à l'appel de l'intersyndicale d'Ille-et-Vilaine. "
        .. "Des agriculteurs de la FDSEA de la Haute-Garonne ont bloqué jeudi une route à Muret.",
      ents = {
        { "6 000", "QUANTITY", { value = 6000 } }, { "jeudi", "DATE", { value = "2026-03-19" } },
        { "Rennes", "PLACE", { kind = "city" } }, { "Ille-et-Vilaine", "PLACE", { kind = "department" } },
        { "FDSEA", "ORG", { kind = "union" } }, { "Haute-Garonne", "PLACE", { kind = "department" } },
        { "jeudi", "DATE", { value = "2026-03-19" } }, { "Muret", "PLACE", { kind = "city" } },
      },
    })
    assert.same({ "Rennes" }, by_form(evs, "march").places)
    assert.same({ "Muret" }, by_form(evs, "blockade").places)
  end)
  it("does not add the towns of another movement an action 'fait écho' to", function()
    local evs = detect({
      lang = "fr", date = "2026-05-20",
      text = "Les soignants ont fait grève mardi à Brest. Le mouvement fait écho aux grèves à répétition "
        .. "des médecins à Londres.",
      ents = { { "mardi", "DATE", { value = "2026-05-19" } }, { "Brest", "PLACE", { kind = "city" } },
               { "Londres", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.same({ "Brest" }, evs[1].places)
  end)
end)

describe("a vote for a strike is no strike (third round)", function()
  it("makes no event of 'had voted in favor of the walkout last month'", function()
    local evs = detect({
      date = "2026-01-20",
      text = "Nurses walked off the job on Tuesday in Tucson. Harlan said nurses had voted 94% in favor of the walkout "
        .. "last month.",
      ents = { { "Tuesday", "DATE", { value = "2026-01-20" } }, { "Tucson", "PLACE", { kind = "city" } },
               { "last month", "DATE", { value = "2025-12" } } },
    })
    assert.equal(1, #evs)
    assert.equal("2026-01-20", evs[1].date)
  end)
end)

describe("a bare figure beside a count of vehicles counts vehicles (third round)", function()
  it("reads 'while the organisers said there were 3,000' after '1,300 tractors' as tractors", function()
    local evs = detect({
      date = "2026-02-05",
      text = "Farmers drove a convoy of tractors into Ghent on Thursday. About 1,300 tractors entered the city, "
        .. "according to police, while the organisers said there were 3,000. "
        .. "Police estimated the crowd at 6,000 people.",
      ents = {
        { "Ghent", "PLACE", { kind = "city" } }, { "Thursday", "DATE", { value = "2026-02-05" } },
        { "About 1,300", "QUANTITY", { value = 1300, unit = "tractors" } }, { "3,000", "QUANTITY", { value = 3000 } },
        { "6,000", "QUANTITY", { value = 6000, unit = "people" } },
      },
    })
    assert.equal(1, #evs)
    local people = {}
    for _, p in ipairs(evs[1].participants) do people[p.low] = true end
    assert.is_nil(people[3000])
    assert.is_true(people[6000])
    local cars = {}
    for _, v in ipairs(evs[1].vehicles) do cars[v.low] = true end
    assert.is_true(cars[1300] and cars[3000])
  end)
end)

describe("who protests, not who watched (end of the 2026-12-07 session)", function()
  it("takes no actor from the reporter who saw the action, and fishermen are 'other'", function()
    local evs = detect({
      date = "2026-05-04", lang = "fr",
      text = "Une trentaine de chalutiers bloquaient lundi le port de Lorient pour protester contre "
        .. "le prix du gazole, a constaté un journaliste de l'AFP. Les pêcheurs réclament une aide.",
      ents = { { "lundi", "DATE", { value = "2026-05-04" } }, { "Lorient", "PLACE", { kind = "city" } } },
    })
    assert.equal(1, #evs)
    assert.equal("other", evs[1].actor_type)
    local strike = detect({
      date = "2026-05-04", lang = "fr",
      text = "Les journalistes de la rédaction ont fait grève lundi à Lorient contre les suppressions de postes.",
      ents = { { "lundi", "DATE", { value = "2026-05-04" } }, { "Lorient", "PLACE", { kind = "city" } } },
    })
    assert.equal("journalists", strike[1].actor_type)
  end)
end)
