local voices = require "protestcorpus.analyses.voices"
local analyses = require "protestcorpus.analyses"
local fixture = require "spec.analyses_fixture"

describe("analyses.voices", function()
  it("ranks speakers with their organizations and events", function()
    local t = voices.run(fixture.docs(), fixture.events())
    assert.are.same({
      { speaker = "Fabien Vanhemelryck", kind = "PERSON", quotes = 3, docs = 2,
        organizations = { "Alliance Police Nationale" }, events = 1, event_ids = { "2026-01-31-rallies" },
        sample = '"We are exhausted,"' },
      { speaker = "CGT", kind = "ORG", quotes = 2, docs = 2, organizations = {}, events = 1,
        event_ids = { "2026-02-03-strike" }, sample = '"We will not give up"' },
      { speaker = "Marie Dupont", kind = "PERSON", quotes = 1, docs = 1, organizations = { "SUD Rail" },
        events = 1, event_ids = { "2026-02-03-strike" }, sample = '"Pay us now"' },
    }, t.rows)
  end)

  it("takes organizations from the same sentence when no role names one, never the reporting agency", function()
    local docs = fixture.docs()
    local t = voices.run({ docs[2] }, {})
    -- the Ministry is in another sentence
    assert.are.same({ "Alliance Police Nationale" }, t.rows[1].organizations)
    local a = docs[1]
    a.entities[1].role = nil -- same sentence now: Alliance, not Reuters (next sentence, and an agency)
    t = voices.run({ a }, {})
    assert.are.same({ "Alliance Police Nationale" }, t.rows[1].organizations)
  end)

  it("restricts to kinds, streams, and skips bad records", function()
    local acc = voices.new({ kinds = { speech = true } })
    for _, d in ipairs(fixture.docs()) do acc:add(d) end
    acc:add("garbage")
    acc:add({ id = "q", quotes = { "x", { speaker = 5 } }, entities = "none" })
    local t = acc:result(fixture.events())
    assert.are.equal("CGT", t.rows[2].speaker) -- its slogan is not counted: tied with Marie Dupont
    assert.are.equal(1, t.rows[2].quotes)
    assert.are.equal(3, #t.rows)
  end)

  it("is part of analyses.all, which gives every table in order", function()
    local t = analyses.all(fixture.events(), voices.run(fixture.docs(), fixture.events()))
    local names = {}
    for i, x in ipairs(t) do names[i] = x.name end
    assert.are.same(analyses.NAMES, names)
  end)
end)
