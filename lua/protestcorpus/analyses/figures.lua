--- protestcorpus.analyses.figures: the organizers' and the police's crowd figures of each
-- event side by side.
--
--     local t = figures.run(events)
--     -- rows: { event_id, date, places = {...}, organizers, organizers_text,
--     --         organizers_doc, police, police_text, police_doc, ratio, others = n }
--
-- One row per event that has a figure from its organizers or from the police (sources as
-- GUIDELINES "participants"); when a source gave several (several documents), its
-- largest. ratio = organizers / police, only where both exist (and police > 0).
-- others counts the figures from any other source (journalist, other). Rows are ordered
-- by date (undated last), then event_id. opts.both = true keeps only events with both.
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

function M.run(events, opts)
  opts = opts or {}
  local rows = {}
  for i, ev in ipairs(C.events(events)) do
    local best, others = {}, 0
    for _, f in ipairs(C.figures(ev)) do
      if f.source == "organizers" or f.source == "police" then
        local b = best[f.source]
        if not b or f.value > b.value then best[f.source] = f end
      else
        others = others + 1
      end
    end
    local o, p = best.organizers, best.police
    if (o or p) and (not opts.both or (o and p)) then
      local row = { event_id = C.event_id(ev, i), date = C.str(ev.date), places = C.strings(ev.places),
        others = others, sort_date = C.period(ev.date, "day") }
      if o then row.organizers, row.organizers_text, row.organizers_doc = o.value, o.text, o.doc end
      if p then row.police, row.police_text, row.police_doc = p.value, p.text, p.doc end
      if o and p and p.value > 0 then row.ratio = o.value / p.value end
      rows[#rows + 1] = row
    end
  end
  table.sort(rows, function(a, b)
    if a.sort_date ~= b.sort_date then return C.period_less(a.sort_date, b.sort_date) end
    return a.event_id < b.event_id
  end)
  for _, row in ipairs(rows) do row.sort_date = nil end
  return { name = "figures", rows = rows, columns = { "event_id", "date", "places", "organizers",
    "organizers_text", "police", "police_text", "ratio", "others", "organizers_doc", "police_doc" } }
end

return M
