-- Which way a bare weekday, month or day-month points (csrc/date_tense.c): prepositions, the
-- clause's verb, "last"/"next" in its noun phrase; and generic frequencies, which are no
-- dates. Texts written for the project; the document date is Wednesday 10 December 2025.
local pc = require "protestcorpus"

local DOC = "2025-12-10"

local function dates(text, lang)
  return assert(pc.extract(text, { lang = lang or "en", date = DOC, types = { "DATE" } }))
end

-- The value of the DATE spanning exactly `span` (its n-th occurrence, default the first).
local function value_of(text, span, lang, n)
  local seen = 0
  for _, e in ipairs(dates(text, lang)) do
    if e.text == span then
      seen = seen + 1
      if seen == (n or 1) then return e.value end
    end
  end
  local got = {}
  for _, e in ipairs(dates(text, lang)) do got[#got + 1] = e.text end
  error(("no DATE '%s' in %q: %s"):format(span, text, table.concat(got, ", ")), 2)
end

local function none(text, span, lang)
  for _, e in ipairs(dates(text, lang)) do
    if e.text == span then error(("unexpected DATE '%s' in %q"):format(span, text), 2) end
  end
end

describe("the direction of a bare date", function()
  local cases = {
    -- English: the verb before the date, its chain, modals, infinitives
    { "Thousands marched in Paris and Lyon on Wednesday against pension changes that would lengthen careers.", "Wednesday", "2025-12-10" },
    { "Workers' groups said they would march on the ministry on Sunday if the board did not act.", "Sunday", "2025-12-14" },
    { "The minister said the decree would be published by Jan. 15.", "Jan. 15", "2026-01-15" },
    { "Farmers say they will keep the roads closed until 5 January.", "5 January", "2026-01-05" },
    { "The last national march, on Nov. 13, drew 20,000 people.", "Nov. 13", "2025-11-13" },
    { "The strike ends on Friday.", "Friday", "2025-12-12" },
    { "The union is holding a rally on Friday.", "Friday", "2025-12-12" },
    { "It'll be held on Thursday.", "Thursday", "2025-12-11" },
    { "The rally was held on Thursday.", "Thursday", "2025-12-04" },
    { "The tribunal has listed the case for a hearing on Tuesday.", "Tuesday", "2025-12-16" },
    { "Nurses walked out for several hours on Monday.", "Monday", "2025-12-08" },
    { "Fees would rise by 3 per cent from September.", "September", "2026-09" },
    { "Congress passed a law in August that would have raised pensions.", "August", "2025-08" },
    { "He would extend the strike beyond Thursday if the deadline stood.", "Thursday", "2025-12-11" },
    { "The government promised in April to pay farmers by the end of September.", "end of September", "2025-09" },
    { "Unions voted to strike for three days in January.", "January", "2026-01" },
    { "A rolling strike could start on March 5.", "March 5", "2026-03-05" },
    { "On Monday, police arrested 20 people.", "Monday", "2025-12-08" },
    { "Officials said the vote on Jan. 5 would go ahead.", "Jan. 5", "2026-01-05" },
    { "The union has called two strikes, on Nov. 21 and on Dec. 29.", "Dec. 29", "2025-12-29" },
    { "Until Friday, the line is closed.", "Friday", "2025-12-12" },
    { "The line remained closed until Friday.", "Friday", "2025-12-05" },
    { "Prices have risen since January.", "January", "2025-01" },
    { "The minister promised a bill before the end of January.", "end of January", "2026-01" },
    { "The union called a 72-hour strike starting on Tuesday.", "Tuesday", "2025-12-16" },
    { "It called farmers to a rally on Feb. 24, when lawmakers vote.", "Feb. 24", "2026-02-24" },
    { "“We were told ‘there is no money’ in October.”", "October", "2025-10" },
    { "The regulator said in May that fees would rise.", "May", "2025-05" },
    { "The strike could last until Christmas.", "Christmas", "2025-12-25" },
  }
  for _, c in ipairs(cases) do
    it(("%s in %q"):format(c[2], c[1]), function()
      assert.are.equal(c[3], value_of(c[1], c[2], c[4]))
    end)
  end

  local fr = {
    { "Les syndicats promettent 800 tracteurs sur la place dimanche.", "dimanche", "2025-12-14" },
    { "La ministre s'est dite prête à rencontrer les routiers lundi.", "lundi", "2025-12-15" },
    { "Les livreurs promettent de recommencer samedi.", "samedi", "2025-12-13" },
    { "Le Conseil a décrété un boycott des audiences à partir de lundi.", "lundi", "2025-12-15" },
    { "Le syndicat a prévenu dès décembre.", "décembre", "2025-12" },
    { "Une taxe exigée depuis janvier pour chaque recours.", "janvier", "2025-01" },
    { "Deliveroo, qui prépare une grille pour avril, n'a pas répondu.", "avril", "2026-04" },
    { "- Un nouveau préavis pour jeudi", "jeudi", "2025-12-11" },
    { "Le texte, présenté mardi en conseil, sera voté en janvier.", "mardi", "2025-12-09" },
    { "La manifestation a lieu samedi.", "samedi", "2025-12-13" },
    { "Les syndicats appellent à manifester jeudi.", "jeudi", "2025-12-11" },
    { "Jusqu'à vendredi, la ligne est fermée.", "vendredi", "2025-12-12" },
    { "Les cheminots ont voté mardi la grève.", "mardi", "2025-12-09" },
    { "D'ici mars, la grève sera finie.", "mars", "2026-03" },
    { "Les campeurs avaient installé leur camp dès vendredi.", "vendredi", "2025-12-05" },
  }
  for _, c in ipairs(fr) do
    it(("%s in %q"):format(c[2], c[1]), function()
      assert.are.equal(c[3], value_of(c[1], c[2], "fr"))
    end)
  end

  it("leaves the past tense of a condition out of the direction", function()
    -- "if Ottawa did not pause the rule by March 31": a condition, not a past March
    assert.are.equal("2026-03-31", value_of("Farmers would return on April 14 if Ottawa did not pause the rule by March 31.",
      "March 31", "en"))
  end)
end)

describe("generic frequencies", function()
  it("are no dates: every / chaque / tous les / le + weekday", function()
    none("Pensioners have marched to Congress every Wednesday for a year.", "Wednesday")
    none("Les manifestants défilent chaque mercredi.", "mercredi", "fr")
    none("Ils bloquent tous les lundis.", "lundis", "fr")
    none("« Si on ne livre pas le samedi soir, ils comprendront », dit-il.", "samedi", "fr")
  end)

  it("leave dated weekdays alone", function()
    assert.are.equal("2025-12-06", value_of("Ils ont défilé le samedi 6 décembre.", "samedi 6 décembre", "fr"))
    assert.are.equal("2025-12-08", value_of("They marched on Monday.", "Monday"))
  end)
end)
