-- Four general date classes seen on the seventh blind set (branch dates5): the passé composé of
-- a French modal, a date something is put off until, the phrases "later today" and "plus tard
-- dans la journée", and "la rentrée". Texts written for the project; conventions in
-- docs/accuracy.md ("Dates: spans and values that hold on unseen news", dates5).
local expect = require("spec.helper").expect_dates -- DATE spans and values, in order

describe("the passé composé of a French modal and an infinitive", function()
  it("is past: the weekday before the document date (2026-03-20 is a Friday)", function()
    expect("Les riverains ont dû patienter ou rentrer à pied jeudi, faute de trains.",
      { { "jeudi", "2026-03-19" } }, "fr")
    expect("Les infirmières ont pu défiler sans incident mardi.", { { "mardi", "2026-03-17" } }, "fr")
    expect("Les pêcheurs ont voulu bloquer le port mercredi.", { { "mercredi", "2026-03-18" } }, "fr")
    -- the same modals ahead stay ahead
    expect("Les pêcheurs devront quitter le port mercredi.", { { "mercredi", "2026-03-25" } }, "fr")
  end)
end)

describe("a date something is put off until", function()
  it("is ahead, whatever the tense of the verb", function()
    expect("A councillor said he would ask for the hearing to be postponed until May.",
      { { "May", "2026-05" } }, "en", "2026-04-07")
    expect("The ballot was delayed until June.", { { "June", "2026-06" } }, "en", "2026-04-07")
    expect("Le vote a été repoussé jusqu'en juin.", { { "juin", "2026-06" } }, "fr", "2026-04-07")
    -- without a verb of putting off, a simple past before "until" keeps the month behind
    expect("The plant stayed closed until June.", { { "June", "2025-06" } }, "en", "2026-04-07")
  end)
end)

describe("a part of today said with 'later' or 'earlier'", function()
  it("is one span, valued as today or this week", function()
    expect("Most of those arrested will be freed later today, police said.", { { "later today", "2026-03-20" } })
    expect("Nurses rallied earlier today outside the clinic.", { { "earlier today", "2026-03-20" } })
    expect("A ruling is expected later this week.", { { "later this week", "2026-W12" } })
    expect("Le préfet s'exprimera plus tard dans la journée.", { { "plus tard dans la journée", "2026-03-20" } }, "fr")
    expect("Une réunion aura lieu plus tôt dans la semaine.", { { "plus tôt dans la semaine", "2026-W12" } }, "fr")
    expect("Il est plus tard que prévu.", {}, "fr")
  end)
end)

describe("la rentrée", function()
  it("with a year is that year's September", function()
    expect("Le ministère prévoit 2 000 fermetures de classes à la rentrée 2027.",
      { { "rentrée 2027", "2027-09" } }, "fr")
    expect("Les syndicats préparent la rentrée scolaire 2027.", { { "rentrée scolaire 2027", "2027-09" } }, "fr")
  end)

  it("without one is the coming or the current September, as the clause says", function()
    expect("La mobilisation reprendra à la rentrée.", { { "rentrée", "2026-09" } }, "fr", "2026-06-10")
    expect("La mobilisation reprendra à la rentrée.", { { "rentrée", "2027-09" } }, "fr", "2026-10-10")
    expect("Depuis la rentrée, les lycéens ont manifesté trois fois.", { { "rentrée", "2026-09" } }, "fr", "2026-11-10")
    expect("Depuis la rentrée, les lycéens ont manifesté trois fois.", { { "rentrée", "2025-09" } }, "fr", "2026-02-10")
  end)

  it("is no date as money coming in, nor as a verb", function()
    expect("Cette rentrée d'argent tombe à point.", {}, "fr")
    expect("Les rentrées fiscales baissent.", {}, "fr")
    expect("Elle est rentrée chez elle lundi.", { { "lundi", "2026-03-16" } }, "fr")
  end)
end)
