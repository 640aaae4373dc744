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
-- with none are not counted here (their `organizers_text` is not a name).
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

function M.organizers(events)
  local rows, index = {}, {}
  for i, ev in ipairs(C.events(events)) do
    local id, date = C.event_id(ev, i), C.str(ev.date)
    for _, name in ipairs(C.strings(ev.organizers)) do
      local row = index[name]
      if not row then
        row = { organizer = name, events = 0, event_ids = {}, types = {} }
        index[name] = row
        rows[#rows + 1] = row
      end
      row.events = row.events + 1
      row.event_ids[#row.event_ids + 1] = id
      row.first_date, row.last_date = earlier(row.first_date, date), later(row.last_date, date)
      local t = C.str(ev.actor_type)
      if t then row.types[t] = true end
    end
  end
  for _, row in ipairs(rows) do
    row.actor_types, row.types = C.sorted_keys(row.types), nil
    table.sort(row.event_ids)
  end
  table.sort(rows, C.sorter({ "-events", "organizer" }))
  return { name = "organizers", rows = rows,
    columns = { "organizer", "events", "first_date", "last_date", "actor_types", "event_ids" } }
end

function M.pairs(events)
  local rows, index = {}, {}
  for i, ev in ipairs(C.events(events)) do
    local names = C.strings(ev.organizers)
    table.sort(names)
    for a = 1, #names - 1 do
      for b = a + 1, #names do
        local key = names[a] .. "\0" .. names[b]
        local row = index[key]
        if not row then
          row = { organizer_a = names[a], organizer_b = names[b], events = 0, event_ids = {} }
          index[key] = row
          rows[#rows + 1] = row
        end
        row.events = row.events + 1
        row.event_ids[#row.event_ids + 1] = C.event_id(ev, i)
      end
    end
  end
  for _, row in ipairs(rows) do table.sort(row.event_ids) end
  table.sort(rows, C.sorter({ "-events", "organizer_a", "organizer_b" }))
  return { name = "pairs", rows = rows, columns = { "organizer_a", "organizer_b", "events", "event_ids" } }
end

return M
