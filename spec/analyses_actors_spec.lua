local actors = require "protestcorpus.analyses.actors"
local fixture = require "spec.analyses_fixture"

describe("analyses.actors", function()
  it("ranks organizers by events, then by name", function()
    local t = actors.organizers(fixture.events())
    assert.are.same({ "organizer", "events", "first_date", "last_date", "actor_types", "event_ids" }, t.columns)
    assert.are.same({
      { organizer = "CGT", events = 2, first_date = "2026-01", last_date = "2026-02-03",
        actor_types = { "police", "workers" }, event_ids = { "2026-01-10-sit-in", "2026-02-03-strike" } },
      { organizer = "UNSA Police", events = 2, first_date = "2026-01", last_date = "2026-01-31",
        actor_types = { "police" }, event_ids = { "2026-01-10-sit-in", "2026-01-31-rallies" } },
      { organizer = "Alliance Police Nationale", events = 1, first_date = "2026-01-31",
        last_date = "2026-01-31", actor_types = { "police" }, event_ids = { "2026-01-31-rallies" } },
    }, t.rows)
  end)

  it("lists co-organizing pairs once each, names in order", function()
    local t = actors.pairs(fixture.events())
    assert.are.same({
      { organizer_a = "Alliance Police Nationale", organizer_b = "UNSA Police", events = 1,
        event_ids = { "2026-01-31-rallies" } },
      { organizer_a = "CGT", organizer_b = "UNSA Police", events = 1, event_ids = { "2026-01-10-sit-in" } },
    }, t.rows)
  end)

  it("counts a name repeated in one event once, and numbers events without id", function()
    local evs = { { organizers = { "B", "A", "B" } }, { organizers = { "A", "B" } } }
    local t = actors.pairs(evs)
    assert.are.same({ { organizer_a = "A", organizer_b = "B", events = 2, event_ids = { "event 1", "event 2" } } },
      t.rows)
    assert.are.equal(2, actors.organizers(evs).rows[1].events)
  end)
end)
