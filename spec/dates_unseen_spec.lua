-- Dates that hold on unseen news (issue 16, branch dates4): the span of a day's part, the night
-- of one day to the next, seasons without a value, the end of the week, and the direction of
-- a weekday in a few more clause shapes. Texts written for the project; conventions in
-- docs/accuracy.md ("Dates: spans and values that hold on unseen news").
local expect = require("spec.helper").expect_dates -- DATE spans and values, in order

describe("a part of the day after a day", function()
  it("is in the span, valued the day (2026-03-20 is a Friday)", function()
    expect("Council members joined the picket line Tuesday morning.", { { "Tuesday morning", "2026-03-17" } })
    expect("Union leaders met the mayor on Thursday evening.", { { "Thursday evening", "2026-03-19" } })
    expect("Police cleared the square last Friday night.", { { "last Friday night", "2026-03-13" } })
    expect("The union will meet again next Monday afternoon.", { { "next Monday afternoon", "2026-03-23" } })
    expect("Ils étaient 6 000 à défiler jeudi après-midi dans le centre.",
      { { "jeudi après-midi", "2026-03-19" } }, "fr")
    expect("Le blocage a été levé mercredi soir par la présidence.", { { "mercredi soir", "2026-03-18" } }, "fr")
    expect("Lundi matin, les grilles étaient fermées.", { { "Lundi matin", "2026-03-16" } }, "fr")
  end)

  it("makes 'la nuit de samedi à dimanche' one span, valued the first day", function()
    expect("Un policier a été tué dans la nuit de samedi à dimanche à Nîmes.",
      { { "nuit de samedi à dimanche", "2026-03-14" } }, "fr")
    expect("La nuit du samedi au dimanche a été calme.", { { "nuit du samedi au dimanche", "2026-03-14" } }, "fr")
    expect("Dans la nuit du 5 au 6 juin, des voitures ont brûlé.", { { "nuit du 5 au 6 juin", "2026-06-05" } }, "fr",
      "2026-06-10")
    expect("Dans la soirée de mardi, des heurts ont éclaté.", { { "soirée de mardi", "2026-03-17" } }, "fr")
    -- a range stays split per day
    expect("La grève du 5 au 6 juin a été suivie.", { { "5", "2026-06-05" }, { "6 juin", "2026-06-06" } }, "fr",
      "2026-06-10")
  end)

  it("leaves a generic weekday and its part of the day alone", function()
    expect("« Si on ne livre pas le samedi soir, ils comprendront », dit-il.", {}, "fr")
    expect("Drivers work every Friday night.", {})
  end)

  it("counts 'la veille' from the day the text just gave", function()
    expect("Ils étaient 6 000 à défiler jeudi après-midi. La veille, des étudiants avaient bloqué le campus.",
      { { "jeudi après-midi", "2026-03-19" }, { "veille", "2026-03-18" } }, "fr")
  end)
end)

describe("the end of a period", function()
  it("is a date; the end of the week has no value, of the month or year the period's", function()
    expect("He confirmed a second walkout if there is no offer by the end of the week.", { { "end of the week" } })
    expect("Un accord est attendu d'ici la fin de la semaine.", { { "fin de la semaine" } }, "fr")
    expect("Une réunion est prévue en fin de semaine.", { { "fin de semaine" } }, "fr")
    expect("The government wants a deal by the end of the month.", { { "end of the month", "2026-03" } })
    expect("Le gouvernement veut réformer les pensions d'ici la fin de l'année.",
      { { "fin de l'année", "2026" } }, "fr")
    expect("The union will keep striking until the end of the day.", {})
  end)
end)

describe("seasons", function()
  it("keep a stated year and have no value without one", function()
    expect("Belgian unions have threatened further action this spring.", { { "this spring" } })
    expect("Il est arrivé en Corse l'été dernier.", { { "été dernier" } }, "fr")
    expect("Le ministre a promis un accord avant l'été.", { { "été" } }, "fr")
    expect("Staff last walked out in the spring of 2022.", { { "spring of 2022", "2022" } })
    expect("Le mouvement s'était essoufflé au printemps 2019.", { { "printemps 2019", "2019" } }, "fr")
  end)
end)

describe("a weekday's direction", function()
  it("reads 'étaient N à' + an infinitive as what they did, not as an intent", function()
    expect("Ils étaient plusieurs milliers à manifester mardi à Paris.", { { "mardi", "2026-03-17" } }, "fr")
    expect("Elles étaient nombreuses à manifester mercredi devant la mairie.", { { "mercredi", "2026-03-18" } }, "fr")
    expect("Ils étaient prêts à manifester jeudi.", { { "jeudi", "2026-03-26" } }, "fr")
  end)

  it("takes the nearest day after a participle that follows a plural noun", function()
    -- a Thursday article: ministers meet the next day
    expect("The protest was aimed at EU trade ministers meeting in Brussels on Friday to discuss the deal.",
      { { "Friday", "2026-02-06" } }, "en", "2026-02-05")
    expect("Nurses picketing outside the hospital on Tuesday said they were tired.", { { "Tuesday", "2026-03-17" } })
    -- not a noun: "in the building on Friday" keeps the clause's past
    expect("Police found nothing in the building on Monday, they said.", { { "Monday", "2026-03-16" } })
  end)

  it("reads expectations and a modal before 'être' as ahead", function()
    expect("Organizers expect 10,000 people at Saturday's march.", { { "Saturday", "2026-03-21" } })
    expect("The union hopes to meet ministers on Monday.", { { "Monday", "2026-03-23" } })
    expect("Les organisateurs attendent 10 000 personnes samedi.", { { "samedi", "2026-03-21" } }, "fr")
    expect("Le texte doit être examiné mardi par les députés.", { { "mardi", "2026-03-24" } }, "fr")
    expect("Le texte a été présenté mardi.", { { "mardi", "2026-03-17" } }, "fr")
  end)
end)

describe("a French participle right before the day", function()
  it("is past when agreed after a comma or a noun, not after a function word", function()
    expect("Les négociations, interrompues vendredi, reprendront mardi prochain.",
      { { "vendredi", "2026-04-10" }, { "mardi prochain", "2026-04-21" } }, "fr", "2026-04-15")
    expect("L'assemblée tenue lundi a voté la grève.", { { "lundi", "2026-04-13" } }, "fr", "2026-04-15")
    expect("Une manifestation aura lieu sur l'avenue samedi.", { { "samedi", "2026-04-18" } }, "fr", "2026-04-15")
  end)
end)

describe("a call, an invitation or a summons", function()
  it("names a day ahead, whatever its own tense", function()
    expect("Le préfet a convié les syndicats à une table ronde vendredi.", { { "vendredi", "2026-03-20" } }, "fr",
      "2026-03-19")
    expect("Le ministre a invité les syndicats à le rencontrer lundi.", { { "lundi", "2026-03-23" } }, "fr")
    expect("The minister invited union leaders to talks on Monday.", { { "Monday", "2026-03-23" } })
    expect("The mayor summoned police chiefs to a meeting on Tuesday.", { { "Tuesday", "2026-03-24" } })
    -- no call: the clause's past
    expect("Les syndicats ont été reçus mardi.", { { "mardi", "2026-03-17" } }, "fr")
  end)
end)

describe("a range that crosses a year", function()
  it("puts its second date, told without a year, in the year after the first", function()
    expect("En 2019, la grève avait duré du 5 décembre à la mi-janvier.",
      { { "2019", "2019" }, { "5 décembre", "2019-12-05" }, { "mi-janvier", "2020-01" } }, "fr")
    expect("In 2019, protests ran from December until mid-January.",
      { { "2019", "2019" }, { "December", "2019-12" }, { "mid-January", "2020-01" } })
    expect("Strikes will run from Dec. 5 to Jan. 10.", { { "Dec. 5", "2025-12-05" }, { "Jan. 10", "2026-01-10" } },
      "en", "2025-11-19")
  end)
end)

describe("French 'mars'", function()
  it("is the month when lowercase, the planet or a name when capitalized", function()
    expect("La première semaine de mars a été calme.", { { "mars", "2026-03" } }, "fr")
    expect("Mars est une planète.", {}, "fr")
  end)
end)

describe("today", function()
  it("is a DATE valued the document date (GUIDELINES; the seeds' gold marks it)", function()
    expect("Almost the entire network is shut today.", { { "today", "2026-03-20" } })
    expect("Les policiers seraient aujourd'hui à bout.", { { "aujourd'hui", "2026-03-20" } }, "fr")
  end)
end)
