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

local All = {}
All.__index = All

--- An accumulator of every table but voices: acc:add(ev) per event (each made compact
-- once, returned, and dropped; only the figures rows are kept), acc:result(voices) the tables in
-- the order of NAMES. opts.unit: the timeline's period unit.
function M.new(opts)
  opts = opts or {}
  local unit = opts.unit or "month"
  return setmetatable({ accs = {
    M.timeline.new({ unit = unit }),
    M.timeline.new({ unit = unit, by = "actor_type" }),
    M.timeline.new({ unit = unit, by = "claim" }),
    M.actors.new_organizers(), M.actors.new_pairs(), M.places.new(),
    M.claims.new_totals(), M.claims.new_by_month(), M.claims.new_by_actor_type(), M.figures.new(),
  } }, All)
end

function All:add(ev)
  if type(ev) ~= "table" then return end
  local c = M.common.compact(ev) -- its own view: made once for all the tables
  for _, acc in ipairs(self.accs) do acc:add(c) end
  return c
end

--- The tables; voices is a voices table (or nil to leave it out).
function All:result(voices)
  local names = { false, "timeline_actor_type", "timeline_claim" }
  local out = {}
  for i, acc in ipairs(self.accs) do
    local t = acc:result()
    if names[i] then t.name = names[i] end
    out[i] = t
  end
  if voices then out[#out + 1] = voices end
  return out
end

--- Every table, in the order of NAMES. voices is a voices table (voices.run or an
-- accumulator's result), or nil to leave it out. opts.unit: the timeline's period unit.
function M.all(events, voices, opts)
  local acc = M.new(opts)
  for _, ev in ipairs(M.common.list(events)) do acc:add(ev) end
  return acc:result(voices)
end

return M
