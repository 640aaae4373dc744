--- protestcorpus.analyses.actors: organizers, their events, and co-organizing pairs.
--
--     local t = actors.organizers(events)
--     -- rows: { organizer, events, first_date, last_date, actor_types = {...},
--     --         event_ids = {...} }, most events first, then by name
--     local p = actors.pairs(events)
--     -- rows: { organizer_a, organizer_b, events, event_ids = {...} } for every two
--     --         organizers named by one event (a < b), most shared events first
--
-- An organizer is a name in an event's `organizers` (each name once per event); events
-- with none are not counted here (their `organizers_text` is not a name). An event
-- without `event_id` is listed as "event N" (N: its position among the events added).
-- Streaming: actors.new_organizers() / actors.new_pairs(), acc:add(ev), acc:result().
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

local function earlier(a, b)
  if not a then return b end
  if not b then return a end
  return a < b and a or b
end

local function later(a, b)
  if not a then return b end
  if not b then return a end
  return a > b and a or b
end

local Org = {}
Org.__index = Org

function M.new_organizers()
  return setmetatable({ rows = {}, index = {}, n = 0 }, Org)
end

function Org:add(ev)
  if type(ev) ~= "table" then return end
  self.n = self.n + 1
  local v = C.view(ev)
  local id, date = C.event_id(ev, self.n), v.date
  for _, name in ipairs(v.organizers) do
    local row = self.index[name]
    if not row then
      row = { organizer = name, events = 0, event_ids = {}, types = {} }
      self.index[name] = row
      self.rows[#self.rows + 1] = row
    end
    row.events = row.events + 1
    row.event_ids[#row.event_ids + 1] = id
    row.first_date, row.last_date = earlier(row.first_date, date), later(row.last_date, date)
    if v.actor_type then row.types[v.actor_type] = true end
  end
end

function Org:result()
  local rows = self.rows
  for _, row in ipairs(rows) do
    row.actor_types, row.types = C.sorted_keys(row.types), nil
    table.sort(row.event_ids)
  end
  table.sort(rows, C.sorter({ "-events", "organizer" }))
  return { name = "organizers", rows = rows,
    columns = { "organizer", "events", "first_date", "last_date", "actor_types", "event_ids" } }
end

function M.organizers(events)
  return C.run(M.new_organizers(), events)
end

local Pairs = {}
Pairs.__index = Pairs

function M.new_pairs()
  return setmetatable({ rows = {}, index = {}, n = 0 }, Pairs)
end

function Pairs:add(ev)
  if type(ev) ~= "table" then return end
  self.n = self.n + 1
  local orgs = C.view(ev).organizers
  if #orgs < 2 then return end
  local names = {}
  for k, name in ipairs(orgs) do names[k] = name end -- the view is shared
  table.sort(names)
  for a = 1, #names - 1 do
    local by_b = self.index[names[a]]
    if not by_b then
      by_b = {}
      self.index[names[a]] = by_b
    end
    for b = a + 1, #names do
      local row = by_b[names[b]]
      if not row then
        row = { organizer_a = names[a], organizer_b = names[b], events = 0, event_ids = {} }
        by_b[names[b]] = row
        self.rows[#self.rows + 1] = row
      end
      row.events = row.events + 1
      row.event_ids[#row.event_ids + 1] = C.event_id(ev, self.n)
    end
  end
end

function Pairs:result()
  local rows = self.rows
  for _, row in ipairs(rows) do table.sort(row.event_ids) end
  table.sort(rows, C.sorter({ "-events", "organizer_a", "organizer_b" }))
  return { name = "pairs", rows = rows, columns = { "organizer_a", "organizer_b", "events", "event_ids" } }
end

function M.pairs(events)
  return C.run(M.new_pairs(), events)
end

return M
