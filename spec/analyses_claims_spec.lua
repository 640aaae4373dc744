local claims = require "protestcorpus.analyses.claims"
local fixture = require "spec.analyses_fixture"

local function flat(rows, keys)
  local out = {}
  for i, r in ipairs(rows) do
    local t = {}
    for _, k in ipairs(keys) do
      local v = r[k]
      t[#t + 1] = type(v) == "number" and string.format("%g", v) or tostring(v)
    end
    out[i] = table.concat(t, "|")
  end
  return out
end

describe("analyses.claims", function()
  local events = fixture.events()
  it("totals with shares of all events", function()
    assert.are.same({ "staffing|2|0.5", "(none)|1|0.25", "pay|1|0.25", "resources|1|0.25" },
      flat(claims.totals(events).rows, { "claim", "events", "share" }))
  end)
  it("by month", function()
    assert.are.same({ "2026-01|staffing|2", "2026-01|resources|1", "2026-02|pay|1", "undated|(none)|1" },
      flat(claims.by_month(events).rows, { "period", "claim", "events" }))
  end)
  it("by actor type", function()
    assert.are.same({ "police|staffing|2", "police|resources|1", "students|(none)|1", "workers|pay|1" },
      flat(claims.by_actor_type(events).rows, { "actor_type", "claim", "events" }))
  end)
  it("counts a repeated claim once per event", function()
    assert.are.same({ "pay|1|1" }, flat(claims.totals({ { claims = { "pay", "pay" } } }).rows,
      { "claim", "events", "share" }))
  end)
end)
