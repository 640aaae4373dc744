local figures = require "protestcorpus.analyses.figures"
local fixture = require "spec.analyses_fixture"

describe("analyses.figures", function()
  it("puts organizers' and police figures side by side with their ratio", function()
    local t = figures.run(fixture.events())
    assert.are.same({
      { event_id = "2026-01-10-sit-in", date = "2026-01", places = { "Marseille" }, others = 0,
        organizers = 1200, organizers_text = "1,200", organizers_doc = "d",
        police = 300, police_text = "300", police_doc = "d", ratio = 4 },
      { event_id = "2026-01-31-rallies", date = "2026-01-31", places = { "Paris", "Lyon" }, others = 1,
        organizers = 17500, organizers_text = "between 15,000 and 20,000", organizers_doc = "a",
        police = 8000, police_text = "8,000", police_doc = "b", ratio = 2.1875 },
      { event_id = "2026-02-03-strike", date = "2026-02-03", places = { "Lyon" }, others = 0,
        organizers = 501, organizers_text = "more than 500", organizers_doc = "c" },
    }, t.rows)
  end)

  it("keeps only events with both figures when asked, and the largest of a source", function()
    local t = figures.run(fixture.events(), { both = true })
    assert.are.equal(2, #t.rows)
    t = figures.run({ { event_id = "x", participants = {
      { low = 100, high = 100, source = "police" }, { low = 300, high = 300, source = "police" },
      { low = 600, high = 600, source = "organizers" } } } })
    assert.are.equal(300, t.rows[1].police)
    assert.are.equal(2, t.rows[1].ratio)
  end)

  it("gives no ratio over a police figure of zero", function()
    local t = figures.run({ { event_id = "x", participants = {
      { low = 0, high = 0, source = "police" }, { low = 10, high = 10, source = "organizers" } } } })
    assert.is_nil(t.rows[1].ratio)
  end)
end)
