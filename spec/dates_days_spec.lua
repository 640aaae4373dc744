-- Days and months named other ways (issue 16, dates): holidays, "the 28th", "the weekend",
-- "November last year", "cette nuit", winter ranges, the year a list of months shares.
-- Texts written for the project.
local pc = require "protestcorpus"

local function expect(text, want, lang, date)
  local got = {}
  local opts = { lang = lang or "en", date = date or "2025-12-10", types = { "DATE" } }
  for _, e in ipairs(assert(pc.extract(text, opts))) do
    got[#got + 1] = { e.text, e.value }
  end
  assert.are.same(want, got)
end

describe("holidays", function()
  it("are days, in the year the clause points to", function()
    expect("The strike could last until Christmas.", { { "Christmas", "2025-12-25" } })
    expect("Rallies were calm on May Day.", { { "May Day", "2025-05-01" } })
    expect("Talks will resume after New Year's Day.", { { "New Year's Day", "2026-01-01" } })
    expect("Thanksgiving was calm.", { { "Thanksgiving", "2025-11-27" } })
    expect("La grève durera jusqu'à Noël.", { { "Noël", "2025-12-25" } }, "fr")
  end)

  it("take a stated year, and movable ones are computed", function()
    expect("Easter 2024 was quiet.", { { "Easter 2024", "2024-03-31" } })
    expect("Pâques 2025 tombait un 20 avril.",
      { { "Pâques 2025", "2025-04-20" }, { "20 avril", "2025-04-20" } }, "fr")
    expect("They marched on Labor Day.", { { "Labor Day", "2025-09-01" } })
  end)

  it("need their capitals", function()
    expect("In May they marched. It was a may day.", { { "May", "2025-05" } })
  end)
end)

describe("other days and months", function()
  it("read 'the 28th' in the document's month or the next", function()
    expect("The union plans a rally on Thursday, and another on the 28th.",
      { { "Thursday", "2026-01-22" }, { "28th", "2026-01-28" } }, "en", "2026-01-19")
    expect("On the 3rd, they marched.", { { "3rd", "2026-01-03" } }, "en", "2026-01-19")
    expect("The vote is on the 28th of March.", { { "28th of March", "2026-03-28" } }, "en", "2026-01-19")
    expect("It was their 28th anniversary.", {}, "en", "2026-01-19")
  end)

  it("read the weekend at hand, without a value", function()
    expect("Appointments were rescheduled over the weekend.", { { "weekend", nil } })
  end)

  it("give months the year a list of them ends with", function()
    expect("It held strikes in July and November last year.",
      { { "July", "2025-07" }, { "November last year", "2025-11" } }, "en", "2026-01-19")
  end)

  it("put the end of a winter range in the next year", function()
    expect("En 2018, les gilets jaunes avaient occupé les ronds-points de novembre à mars.",
      { { "2018", "2018" }, { "novembre", "2018-11" }, { "mars", "2019-03" } }, "fr", "2025-09-11")
  end)

  it("read 'cette nuit' in the past as the night gone", function()
    expect("Ils ont bloqué des ronds-points cette nuit.", { { "cette nuit", "2025-12-09" } }, "fr")
    expect("Ils vont bloquer des ronds-points cette nuit.", { { "cette nuit", "2025-12-10" } }, "fr")
  end)
end)

describe("vague periods ahead and days told from a later date", function()
  it("keep 'prochaines semaines', 'the next few days', 'the coming weeks' without a value", function()
    expect("Talks resume in the next few days, or in the coming weeks.",
      { { "next few days", nil }, { "coming weeks", nil } })
    expect("Une concertation s'ouvrira dans les prochaines semaines, ou les semaines à venir.",
      { { "prochaines semaines", nil }, { "semaines à venir", nil } }, "fr")
    expect("Le budget sera voté le mois prochain.", { { "mois prochain", "2026-01" } }, "fr")
  end)

  it("count 'le lendemain de' / 'the day after' from the date that follows, else give no value", function()
    expect("Au lendemain de la journée du 10 septembre, les blocages ont repris.",
      { { "lendemain", "2025-09-11" }, { "10 septembre", "2025-09-10" } }, "fr", "2025-09-11")
    expect("The vote was on Jan. 5. The day after the vote, police came.",
      { { "Jan. 5", "2026-01-05" }, { "day after", nil } }, "en", "2026-01-19")
    -- "au lendemain de" an undated event, after a day of the same sentence, is that day
    -- (an undated event: "la rentrée" is a date since dates5, spec/dates_phrases_spec.lua)
    expect("Une grève est prévue le 2 octobre, au lendemain de la réunion.",
      { { "2 octobre", "2025-10-02" }, { "lendemain", "2025-10-02" } }, "fr", "2025-09-11")
  end)

  it("leave a number in a name alone", function()
    expect("Les dockers bloquent Port 2000 depuis lundi.", { { "lundi", "2025-12-08" } }, "fr")
  end)
end)

describe("holidays inside names", function()
  it("are not dates", function()
    expect("Easter Island and Christmas Island were calm.", {})
    expect("Noël Mamère a défilé ; Jean Toussaint aussi.", {}, "fr")
    expect("Ils ont défilé à la Toussaint.", { { "Toussaint", "2025-11-01" } }, "fr")
  end)
end)

describe("days next to holidays and years", function()
  it("read 'la veille de Noël' as one span and 'June 30 last year'", function()
    expect("Le mouvement avait privé les voyageurs de train la veille de Noël.",
      { { "veille de Noël", "2025-12-24" } }, "fr", "2026-02-17")
    expect("Its contract expired on June 30 last year.", { { "June 30 last year", "2024-06-30" } }, "en", "2025-06-30")
    expect("Le ministre recevra les syndicats jeudi.", { { "jeudi", "2026-02-19" } }, "fr", "2026-02-17")
  end)
end)
