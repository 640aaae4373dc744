-- Dates of issue 16 beyond a single expression: lists and ranges, months with "early"/"mid"/
-- "fin", seasons, anaphoric days, a year stated earlier in the sentence, decades; and the
-- project's own date fixtures (spec/fixtures/dates, written for the project, not a blind set).
local pc = require "protestcorpus"
local helper = require "spec.helper"

local function dates(text, lang, date)
  return assert(pc.extract(text, { lang = lang or "en", date = date or "2025-12-10", types = { "DATE" } }))
end

-- Asserts the DATE spans and values of text, in order: { {span, value}, ... }.
local function expect(text, want, lang, date)
  local got = {}
  for _, e in ipairs(dates(text, lang, date)) do got[#got + 1] = { e.text, e.value } end
  assert.are.same(want, got)
end

describe("lists and ranges", function()
  it("date every day of a list, each with the month and year of the last", function()
    expect("Le syndicat avait fait grève les 16, 17 et 18 septembre.",
      { { "16", "2025-09-16" }, { "17", "2025-09-17" }, { "18 septembre", "2025-09-18" } }, "fr")
    expect("Walkouts will take place on Jan. 14, 15 and 16.",
      { { "Jan. 14", "2026-01-14" }, { "15", "2026-01-15" }, { "16", "2026-01-16" } })
    expect("A second wave is planned for Feb. 3-5.", { { "Feb. 3", "2026-02-03" }, { "5", "2026-02-05" } })
  end)

  it("does not read counts after a date as days", function()
    expect("On Jan. 14, 15 protesters were arrested.", { { "Jan. 14", "2025-01-14" } })
    expect("Police arrested 5, 6 or 7 people on Dec. 3.", { { "Dec. 3", "2025-12-03" } })
  end)

  it("keeps a weekday range in order", function()
    expect("Unions will strike between Monday and Wednesday.",
      { { "Monday", "2025-12-15" }, { "Wednesday", "2025-12-17" } })
    expect("La grève durera de lundi à mercredi.", { { "lundi", "2025-12-15" }, { "mercredi", "2025-12-17" } }, "fr")
    expect("Le trafic sera perturbé du lundi 15 au vendredi 19 décembre.",
      { { "lundi 15", "2025-12-15" }, { "vendredi 19 décembre", "2025-12-19" } }, "fr")
  end)

  it("gives a range's first month the year of its end", function()
    expect("The protests ran from January to March 2024.", { { "January", "2024-01" }, { "March 2024", "2024-03" } })
    expect("Prices rose from 2019 to 2021.", { { "2019", "2019" }, { "2021", "2021" } })
  end)
end)

describe("parts of months and years", function()
  it("keeps early / late / mid / début / fin in the span", function()
    expect("Protests would resume in mid-January and again in early March.",
      { { "mid-January", "2026-01" }, { "early March", "2026-03" } })
    expect("The talks ended in late 2024, as in the late 1990s.", { { "late 2024", "2024" }, { "late 1990s", "199" } })
    expect("Ils manifesteront à la mi-janvier, puis début mars et fin juin.",
      { { "mi-janvier", "2026-01" }, { "début mars", "2026-03" }, { "fin juin", "2026-06" } }, "fr")
  end)

  it("reads the end of a month or a year", function()
    expect("A vote is planned for the end of March.", { { "end of March", "2026-03" } })
    expect("The review is due by the end of 2025.", { { "end of 2025", "2025" } })
    expect("Ce mouvement durera jusqu'à la fin du mois.", { { "fin du mois", "2025-12" } }, "fr")
  end)
end)

describe("seasons", function()
  it("are dates with no value unless a year is stated (no ISO 8601 form)", function()
    expect("Talks that began in the summer collapsed.", { { "summer" } })
    expect("La DGAC prévoit une hausse au printemps.", { { "printemps" } }, "fr")
    expect("Cet été, la RATP prévoit des renforts.", { { "Cet été" } }, "fr")
    expect("Le gel décidé l'été dernier.", { { "été dernier" } }, "fr")
    expect("Le mouvement grandit depuis le début de l'été.", { { "été" } }, "fr")
    expect("A deal signed in the autumn of 2019 expired.", { { "autumn of 2019", "2019" } })
  end)

  it("are no dates as nouns or habits", function()
    expect("The spring offensive began.", {})
    expect("« Sans eau l'été, il n'y a plus de maraîchage », dit-il.", {}, "fr")
  end)
end)

describe("anaphoric days", function()
  it("count from the last day the text named", function()
    expect("Officials met the union on Friday and again on Sunday. The following day, it announced the result.",
      { { "Friday", "2025-12-05" }, { "Sunday", "2025-12-07" }, { "following day", "2025-12-08" } })
    expect("Le syndicat a fait grève le 7 octobre. La veille, la DGAC avait demandé des annulations.",
      { { "7 octobre", "2025-10-07" }, { "veille", "2025-10-06" } }, "fr")
    expect("The walkout began on March 3, and a stoppage followed the following week.",
      { { "March 3", "2025-03-03" }, { "following week", "2025-W11" } })
  end)

  it("have no value when no day was named", function()
    expect("The day before, police had warned them.", { { "day before", nil } })
  end)
end)

describe("a year stated earlier in the sentence", function()
  it("is the year of the months that follow it in the past", function()
    expect("In 2019, workers walked out in March and again in June.",
      { { "2019", "2019" }, { "March", "2019-03" }, { "June", "2019-06" } })
    expect("They last struck in 2023, when they walked out on Feb. 6 and 7.",
      { { "2023", "2023" }, { "Feb. 6", "2023-02-06" }, { "7", "2023-02-07" } })
  end)

  it("is not when it is one item of a list, or the month is ahead", function()
    expect("We met in two meetings, in 2023 and again in March.", { { "2023", "2023" }, { "March", "2025-03" } })
    expect("In 2019, nothing changed; the unions will march in March.", { { "2019", "2019" }, { "March", "2026-03" } })
  end)
end)

describe("decades, quarters and two-digit years", function()
  it("read the forms with an apostrophe and quarters of a stated year", function()
    expect("Prices last rose this fast in '97, in the '90s.", { { "'97", "1997" }, { "'90s", "199" } })
    expect("Volumes in the first quarter of 2026 could fall.", { { "first quarter of 2026", "2026" } })
    expect("People in their 80s marched.", {})
  end)
end)

describe("the project's date fixtures", function()
  for _, name in ipairs({ "dates", "fresh", "third" }) do
    it(name .. ": DATE F1 >= 95 and values >= 95 %", function()
      local r = helper.score_gold("spec/fixtures/dates/" .. name .. ".gold.jsonl", { "DATE" })
      assert.is_true(r.micro.f >= 0.95, "F1 " .. r.micro.f)
      assert.is_true(r.micro.val_exact_ok / r.micro.val_exact_n >= 0.95,
        ("values %d/%d"):format(r.micro.val_exact_ok, r.micro.val_exact_n))
    end)
  end
end)
