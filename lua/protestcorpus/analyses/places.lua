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
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

function M.run(events)
  local rows, index = {}, {}
  local function row_of(name)
    local row = index[name]
    if not row then
      row = { place = name, events = 0, docs = 0, doc_set = {} }
      index[name] = row
      rows[#rows + 1] = row
    end
    return row
  end
  for i, ev in ipairs(C.events(events)) do
    local names, date = C.strings(ev.places), C.str(ev.date)
    for _, name in ipairs(names) do
      local row = row_of(name)
      row.events = row.events + 1
      for _, d in ipairs(C.strings(ev.docs)) do row.doc_set[d] = true end
      if date then
        if not row.first_date or date < row.first_date then row.first_date = date end
        if not row.last_date or date > row.last_date then row.last_date = date end
      end
    end
    for _, f in ipairs(C.figures(ev)) do
      local place = f.place or (#names == 1 and names[1]) or nil
      if place and index[place] then
        local row = index[place]
        if not row.largest or f.value > row.largest then
          row.largest, row.largest_text, row.largest_source = f.value, f.text, f.source
          row.largest_event = C.event_id(ev, i)
        end
      end
    end
  end
  for _, row in ipairs(rows) do
    for _ in pairs(row.doc_set) do row.docs = row.docs + 1 end
    row.doc_set = nil
  end
  table.sort(rows, C.sorter({ "-events", "place" }))
  return { name = "places", rows = rows, columns = { "place", "events", "docs", "largest", "largest_text",
    "largest_source", "largest_event", "first_date", "last_date" } }
end

return M
