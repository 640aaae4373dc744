--- protestcorpus.analyses.places: events per place, with the largest reported crowds.
--
--     local t = places.run(events)
--     -- rows: { place, events, docs, largest, largest_text, largest_source,
--     --         largest_event, first_date, last_date }, most events first, then by name
--
-- A place is a name in an event's `places` (each once per event). docs counts the
-- distinct documents of those events. The largest crowd of a place is the largest
-- figure (analyses.common.figure) of its events that is about it: a participants entry
-- with a `place` counts for that place only; one without counts for the event's place
-- when the event has exactly one (a total over "24 cities" is no city's crowd).
-- Streaming: places.new(), acc:add(ev), acc:result().
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

local Acc = {}
Acc.__index = Acc

function M.new()
  return setmetatable({ rows = {}, index = {}, n = 0 }, Acc)
end

function Acc:add(ev)
  if type(ev) ~= "table" then return end
  self.n = self.n + 1
  local v = C.view(ev)
  local names, date, index = v.places, v.date, self.index
  for _, name in ipairs(names) do
    local row = index[name]
    if not row then
      row = { place = name, events = 0, docs = 0, doc_set = {} }
      index[name] = row
      self.rows[#self.rows + 1] = row
    end
    row.events = row.events + 1
    local set = row.doc_set
    for _, d in ipairs(v.docs) do
      if not set[d] then
        set[d] = true
        row.docs = row.docs + 1
      end
    end
    if date then
      if not row.first_date or date < row.first_date then row.first_date = date end
      if not row.last_date or date > row.last_date then row.last_date = date end
    end
  end
  for _, f in ipairs(v.figures) do
    local place = f.place or (#names == 1 and names[1]) or nil
    local row = place and index[place]
    if row and (not row.largest or f.value > row.largest) then
      row.largest, row.largest_text, row.largest_source = f.value, f.text, f.source
      row.largest_event = C.event_id(ev, self.n)
    end
  end
end

function Acc:result()
  local rows = self.rows
  for _, row in ipairs(rows) do row.doc_set = nil end
  table.sort(rows, C.sorter({ "-events", "place" }))
  return { name = "places", rows = rows, columns = { "place", "events", "docs", "largest", "largest_text",
    "largest_source", "largest_event", "first_date", "last_date" } }
end

function M.run(events)
  return C.run(M.new(), events)
end

return M
