-- The events layer on plain tables, without the C module: detection of events in short
-- articles written for these tests (English and French), with hand-made annotations.
local events = require "protestcorpus.events"
local dates = require "protestcorpus.events.dates"

local fx = require "spec.events_fixture"

local lex = fx.lex
local detect = fx.detect

local function has(list, x)
  for _, v in ipairs(list or {}) do if v == x then return true end end
  return false
end

describe("events.dates", function()
  it("day numbers round-trip and know weekdays", function()
    for _, s in ipairs({ "2016-10-19", "2026-01-31", "2024-02-29", "2000-03-01", "1999-12-31" }) do
      assert.equal(s, dates.from_day(dates.day_of(s)))
    end
    assert.equal(5, dates.weekday(dates.day_of("2026-01-31"))) -- a Saturday
    assert.is_nil(dates.day_of("2026-02-30"))
    assert.is_nil(dates.day_of("2026-01"))
  end)
  it("resolves weekdays, yesterday and a weekday-and-day date without a year", function()
    local wed = dates.day_of("2016-10-19")
    assert.equal("2016-10-17", dates.resolve("Monday", wed))
    assert.equal("2016-10-18", dates.resolve("overnight", wed))
    assert.equal("2016-10-19", dates.resolve("Wednesday", wed))
    assert.equal("2016-10-24", dates.resolve("Monday", wed, nil, true))
    assert.equal("2016-10-18", dates.resolve("hier", wed))
    -- Saturday, Jan. 31 seen from 2025: the next year whose 31 January is a Saturday
    assert.equal("2026-01-31", dates.resolve("Saturday, Jan. 31", nil, 2025))
    assert.equal("2026-01-31", dates.resolve("samedi 31 janvier", nil, 2026))
    assert.is_nil(dates.resolve("recently", wed))
  end)
end)

describe("events.detect", function()
  it("finds a march with its date, place, organizer, figures and claims", function()
    local evs = detect({
      date = "2026-03-14",
      text = "Nurses march in Lyon.\nThousands of nurses marched in Lyon on Saturday in a protest "
        .. "organized by the CGT union. Police said 4,000 people took part, while organizers "
        .. "said 12,000 joined. They demand higher wages and more staff in hospitals.",
      title = true,
      ents = {
        { "Lyon", "PLACE", { kind = "city" } },
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "nurse" } },
        { "Lyon", "PLACE", { kind = "city" } }, { "Saturday", "DATE", { value = "2026-03-14", relative = true } },
        { "CGT", "ORG", { kind = "union" } }, { "4,000", "QUANTITY", { value = 4000, unit = "person" } },
        { "12,000", "QUANTITY", { value = 12000 } },
      },
    })
    assert.equal(1, #evs)
    local e = evs[1]
    assert.equal("2026-03-14", e.date)
    assert.equal("happened", e.status)
    assert.same({ "Lyon" }, e.places)
    assert.same({ "CGT" }, e.organizers)
    assert.equal("health_workers", e.actor_type)
    assert.same({ "march" }, e.forms)
    assert.truthy(has(e.claims, "pay") and has(e.claims, "staffing") and has(e.claims, "health_care"))
    local by = {}
    for _, p in ipairs(e.participants) do by[p.source] = p end
    assert.equal(2000, by.journalist.low)
    assert.equal(4000, by.police.low)
    assert.same({ "d1" }, e.docs)
    assert.equal(1, #e.atoms)
    assert.truthy(#e.evidence >= 1)
  end)

  it("reads the caller's entities in place and never writes them (Lua spans as JSON spans)", function()
    -- entities with Lua spans (1-based start, stop), as the C module gives them: those
    -- detection writes to (DATE values, the dateline's names, a city the exonym table
    -- knows but the core took for an organization) are copied, the others read in place
    local d = fx.doc({
      date = "2026-03-14",
      text = "ANVERS (AFP) - Thousands of dockers marched in Anvers on Saturday, organized by "
        .. "the ABVV union. Police said 4,000 people took part.",
      ents = {
        { "ANVERS", "PLACE", { kind = "city" } },
        { "Thousands", "QUANTITY", { low = 2000, high = 9999, unit = "docker" } },
        { "Anvers", "ORG", {} }, { "Saturday", "DATE", {} }, { "ABVV", "ORG", { kind = "union" } },
        { "4,000", "QUANTITY", { value = 4000, unit = "person" } },
      },
    })
    d.dateline = { start = 0, ["end"] = 14 }
    local function snapshot(ents)
      local out = {}
      for i, e in ipairs(ents) do
        local keys = {}
        for k in pairs(e) do keys[#keys + 1] = k end
        table.sort(keys)
        local parts = {}
        for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(e[k]) end
        out[i] = table.concat(parts, ",")
      end
      return out
    end
    local json = events.detect(d, lex)
    local lua_ents = {}
    for i, e in ipairs(d.entities) do
      local c = {}
      for k, v in pairs(e) do c[k] = v end
      c.start, c.stop, c["end"] = e.start + 1, e["end"], nil
      lua_ents[i] = c
    end
    d.entities = lua_ents
    local before = snapshot(lua_ents)
    local first = events.detect(d, lex)
    assert.same(before, snapshot(lua_ents))
    assert.same(first, events.detect(d, lex))
    assert.same(json, first)
    assert.equal(1, #first)
    assert.equal("2026-03-14", first[1].date)
    assert.same({ "Anvers" }, first[1].places)
    assert.same({ "ABVV" }, first[1].organizers)
  end)
  it("keeps an announced strike as planned and drops a threat with no date", function()
    local evs = detect({
      date = "2026-03-10",
      text = "Rail unions said they will strike on Thursday against the pension reform. "
        .. "Teachers warned they could strike too.",
      ents = { { "Thursday", "DATE", { value = "2026-03-12", relative = true } } },
    })
    assert.equal(1, #evs)
    assert.equal("planned", evs[1].status)
    assert.equal("2026-03-12", evs[1].date)
    assert.same({ "strike" }, evs[1].forms)
    assert.truthy(has(evs[1].claims, "pensions"))
  end)

  it("makes no event of a statement, a lawsuit or a protest with no date", function()
    assert.same({}, detect({ date = "2026-03-10",
      text = "The union filed a lawsuit on Monday. The minister said protests were legitimate.",
      ents = { { "Monday", "DATE", { value = "2026-03-09" } } } }))
    assert.same({}, detect({ text = "Protests have shaken the country for years." }))
  end)

  it("tells apart two actions of one article (different days, places and forms)", function()
    local evs = detect({
      date = "2026-04-02",
      text = "Farmers blocked roads near Toulouse on Tuesday. Hundreds more booed the minister in "
        .. "Agen. On Monday a convoy of 300 tractors drove to Bordeaux.",
      ents = {
        { "Toulouse", "PLACE", { kind = "city" } }, { "Tuesday", "DATE", { value = "2026-03-31" } },
        { "Hundreds", "QUANTITY", { low = 200, high = 999, unit = "booed" } },
        { "Agen", "PLACE", { kind = "city" } }, { "Monday", "DATE", { value = "2026-03-30" } },
        { "300", "QUANTITY", { value = 300, unit = "tractor" } }, { "Bordeaux", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(3, #evs)
    local by = {}
    for _, e in ipairs(evs) do by[e.forms[1]] = e end
    assert.equal("2026-03-31", by.blockade.date)
    assert.same({ "Toulouse" }, by.blockade.places)
    assert.equal("2026-03-31", by.booing.date)
    assert.same({ "Agen" }, by.booing.places)
    assert.equal("2026-03-30", by.convoy.date)
    assert.equal(300, by.convoy.vehicles[1].low)
    assert.equal("farmers", by.convoy.actor_type)
  end)

  it("reads French: à l'appel de, selon la préfecture, selon la CGT, planned by tense", function()
    local evs = detect({
      lang = "fr", date = "2026-05-01",
      text = "Des milliers de manifestants ont défilé à Marseille le 1er mai à l'appel de la CGT. "
        .. "Ils étaient 8000 selon la préfecture et 30000 selon la CGT. "
        .. "Une nouvelle manifestation est prévue le 15 mai à Londres.",
      ents = {
        { "milliers", "QUANTITY", { low = 2000, high = 9999, unit = "manifestant" } },
        { "Marseille", "PLACE", { kind = "city" } }, { "1er mai", "DATE", { value = "2026-05-01" } },
        { "CGT", "ORG", { kind = "union" } }, { "8000", "QUANTITY", { value = 8000 } },
        { "30000", "QUANTITY", { value = 30000 } }, { "CGT", "ORG", { kind = "union" } },
        { "15 mai", "DATE", { value = "2026-05-15" } }, { "Londres", "PLACE", { kind = "city" } },
      },
    })
    assert.equal(2, #evs)
    local may1, may15 = evs[1], evs[2]
    assert.equal("2026-05-01", may1.date)
    assert.same({ "CGT" }, may1.organizers)
    assert.same({ "march" }, may1.forms)
    local src = {}
    for _, p in ipairs(may1.participants) do src[p.source] = p.low end
    assert.equal(8000, src.police)
    assert.equal(30000, src.organizers)
    assert.equal("planned", may15.status)
    assert.same({ "Londres" }, may15.places) -- as written; merged with London through exonyms.tsv
  end)

  it("without a document date, dates from a weekday and a day, and from a caption", function()
    local evs = detect({
      text = "Unions plan coordinated marches in 12 cities on Saturday, January 31. "
        .. "Prices rose sharply in 2025.",
      ents = { { "12", "QUANTITY", { value = 12, unit = "city" } },
               { "Saturday, January 31", "DATE", { relative = true } }, { "2025", "DATE", { value = "2025" } } },
    })
    assert.equal(1, #evs)
    assert.equal("2026-01-31", evs[1].date)
    assert.equal("planned", evs[1].status)
    assert.equal(12, evs[1].place_counts[1].value)
  end)

  it("does not read a claim that is negated", function()
    local evs = detect({ date = "2026-02-01",
      text = "Officers rallied in Lille on Sunday. We are not here to ask for pay rises, one said.",
      ents = { { "Lille", "PLACE", { kind = "city" } }, { "Sunday", "DATE", { value = "2026-02-01" } } } })
    assert.equal(1, #evs)
    assert.is_false(has(evs[1].claims, "pay"))
  end)

  it("ignores a trigger word inside a name (National Rally) and a month (March)", function()
    assert.same({}, detect({ date = "2026-03-02",
      text = "The National Rally won seats on 1 March 2026.",
      ents = { { "National Rally", "ORG", { kind = "party" } },
               { "1 March 2026", "DATE", { value = "2026-03-01" } } } }))
  end)

  it("survives bad input: empty, missing fields, spans out of range, wrong types", function()
    assert.same({}, events.document({ text = "" }, lex))
    assert.same({}, events.document({}, lex))
    assert.same({}, events.document({ text = "A protest on Monday.", sentences = { { start = 5, ["end"] = 999 } },
      entities = { { start = -3, ["end"] = 2, type = "DATE" }, "junk", { type = 5 } } }, lex))
    assert.same({}, events.document({ text = "x", sentences = "nope", entities = 7, date = "2026-99-99" }, lex))
    assert.has_error(function() events.document("text", lex) end)
  end)
end)
