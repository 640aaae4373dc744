local places = require "protestcorpus.analyses.places"
local fixture = require "spec.analyses_fixture"

describe("analyses.places", function()
  it("counts events and documents per place with the largest crowd about that place", function()
    local t = places.run(fixture.events())
    assert.are.same({
      { place = "Lyon", events = 2, docs = 3, largest = 501, largest_text = "more than 500",
        largest_source = "organizers", largest_event = "2026-02-03-strike",
        first_date = "2026-01-31", last_date = "2026-02-03" },
      { place = "Marseille", events = 1, docs = 1, largest = 1200, largest_text = "1,200",
        largest_source = "organizers", largest_event = "2026-01-10-sit-in",
        first_date = "2026-01", last_date = "2026-01" },
      { place = "Paris", events = 1, docs = 2, largest = 17500, largest_text = "between 15,000 and 20,000",
        largest_source = "organizers", largest_event = "2026-01-31-rallies",
        first_date = "2026-01-31", last_date = "2026-01-31" },
    }, t.rows)
  end)

  it("does not give a multi-place event's unplaced total to any place", function()
    local t = places.run({ { places = { "A", "B" }, participants = { { low = 100, high = 100 } } } })
    assert.is_nil(t.rows[1].largest)
    assert.is_nil(t.rows[2].largest)
  end)
end)
