--- protestcorpus.analyses: the tables a researcher reads, from event, quote and entity
-- records (plain tables, e.g. read back from JSON Lines).
--
--     local analyses = require "protestcorpus.analyses"
--     local tables = analyses.all(events, voices_table, { unit = "month" })
--     for _, t in ipairs(tables) do print(t.name, #t.rows) end
--
-- Each table is { name =, columns = { ordered column names }, rows = { {col = value} } };
-- a cell is a string, a number, nil or a list of strings. The modules, one concern each:
-- timeline, actors (organizers, pairs), places, claims, voices, figures; common holds
-- what they share (figures of a participants entry, periods, sorting).
-- Pure Lua within the syntax LuaJIT accepts; never requires the C module or vim.
local M = {
  common = require "protestcorpus.analyses.common",
  timeline = require "protestcorpus.analyses.timeline",
  actors = require "protestcorpus.analyses.actors",
  places = require "protestcorpus.analyses.places",
  claims = require "protestcorpus.analyses.claims",
  voices = require "protestcorpus.analyses.voices",
  figures = require "protestcorpus.analyses.figures",
}

--- The names of the tables of all(), in their order.
M.NAMES = { "timeline", "timeline_actor_type", "timeline_claim", "organizers", "pairs", "places",
  "claims", "claims_by_month", "claims_by_actor_type", "figures", "voices" }

--- Every table, in the order of NAMES. voices is a voices table (voices.run or an
-- accumulator's result), or nil to leave it out. opts.unit: the timeline's period unit.
function M.all(events, voices, opts)
  opts = opts or {}
  local unit = opts.unit or "month"
  local out = {}
  local function add(t, name)
    if name then t.name = name end
    out[#out + 1] = t
  end
  add(M.timeline.run(events, { unit = unit }))
  add(M.timeline.run(events, { unit = unit, by = "actor_type" }), "timeline_actor_type")
  add(M.timeline.run(events, { unit = unit, by = "claim" }), "timeline_claim")
  add(M.actors.organizers(events))
  add(M.actors.pairs(events))
  add(M.places.run(events))
  add(M.claims.totals(events))
  add(M.claims.by_month(events))
  add(M.claims.by_actor_type(events))
  add(M.figures.run(events))
  if voices then add(voices) end
  return out
end

return M
