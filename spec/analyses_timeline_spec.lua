local timeline = require "protestcorpus.analyses.timeline"
local C = require "protestcorpus.analyses.common"
local fixture = require "spec.analyses_fixture"

local function pick(rows, keys)
  local out = {}
  for i, r in ipairs(rows) do
    local t = {}
    for _, k in ipairs(keys) do t[#t + 1] = r[k] == nil and "nil" or r[k] end
    out[i] = table.concat(t, "|")
  end
  return out
end

describe("analyses.common", function()
  it("computes ISO weeks, including across year ends", function()
    assert.are.equal("2026-W05", C.iso_week(2026, 1, 31))
    assert.are.equal("2026-W01", C.iso_week(2025, 12, 29)) -- Monday of 2026's week 1
    assert.are.equal("2020-W53", C.iso_week(2021, 1, 3))
    assert.are.equal("2024-W01", C.iso_week(2024, 1, 1))
    assert.are.equal("2016-W42", C.iso_week(2016, 10, 18))
  end)
  it("reads figures: exact, range midpoint, open lower bound, none", function()
    assert.are.equal(8000, C.figure({ low = 8000, high = 8000 }))
    assert.are.equal(17500, C.figure({ low = 15000, high = 20000 }))
    assert.are.equal(501, C.figure({ low = 501 }))
    assert.is_nil(C.figure({ text = "many" }))
    assert.is_nil(C.figure({ low = "12" }))
    assert.is_nil(C.figure({ low = 0 / 0 }))
  end)
  it("periods: lower precision kept, invalid dates undated", function()
    assert.are.equal("2026-01", C.period("2026-01", "day"))
    assert.are.equal("2026", C.period("2026", "week"))
    assert.are.equal("undated", C.period("2026-02-30", "month"))
    assert.are.equal("undated", C.period(nil, "month"))
    assert.are.equal("2024-02-29", C.period("2024-02-29", "day"))
  end)
end)

describe("analyses.timeline", function()
  local events = fixture.events()

  it("counts events and participants per month", function()
    local t = timeline.run(events)
    assert.are.same({ "period", "events", "participants", "participants_min", "with_figures" }, t.columns)
    assert.are.same({ "2026-01|2|18700|6299.5|2", "2026-02|1|501|501|1", "undated|1|0|0|0" },
      pick(t.rows, t.columns))
  end)

  it("per day and per ISO week", function()
    assert.are.same({ "2026-01", "2026-01-31", "2026-02-03", "undated" },
      pick(timeline.run(events, { unit = "day" }).rows, { "period" }))
    assert.are.same({ "2026-01", "2026-W05", "2026-W06", "undated" },
      pick(timeline.run(events, { unit = "week" }).rows, { "period" }))
  end)

  it("by actor type and by claim", function()
    local t = timeline.run(events, { by = "actor_type" })
    assert.are.same({ "2026-01|police|2|18700", "2026-02|workers|1|501", "undated|students|1|0" },
      pick(t.rows, { "period", "actor_type", "events", "participants" }))
    t = timeline.run(events, { by = "claim" })
    assert.are.same({ "2026-01|resources|1|17500", "2026-01|staffing|2|18700", "2026-02|pay|1|501",
      "undated|(none)|1|0" }, pick(t.rows, { "period", "claim", "events", "participants" }))
  end)

  it("ignores what it cannot read and rejects unknown options", function()
    local t = timeline.run({ "not an event", { date = 5, participants = { "x", { low = "y" } } } })
    assert.are.same({ "undated|1|0" }, pick(t.rows, { "period", "events", "participants" }))
    assert.are.same({}, timeline.run({}).rows)
    assert.has_error(function() timeline.run(events, { unit = "fortnight" }) end)
    assert.has_error(function() timeline.run(events, { by = "forms" }) end)
  end)
end)
