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
-- Streaming: figures.new(opts), acc:add(ev), acc:result() (the rows are what is kept).
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

local Acc = {}
Acc.__index = Acc

--- An accumulator: keeps one row per event with an organizers' or police figure.
function M.new(opts)
  return setmetatable({ both = opts and opts.both, rows = {}, n = 0 }, Acc)
end

function Acc:add(ev)
  if type(ev) ~= "table" then return end
  self.n = self.n + 1
  local v = C.view(ev)
  local o, p, others = nil, nil, 0
  for _, f in ipairs(v.figures) do
    if f.source == "organizers" then
      if not o or f.value > o.value then o = f end
    elseif f.source == "police" then
      if not p or f.value > p.value then p = f end
    else
      others = others + 1
    end
  end
  if (o or p) and (not self.both or (o and p)) then
    local places = {}
    for k, name in ipairs(v.places) do places[k] = name end
    local row = { event_id = C.event_id(ev, self.n), date = v.date, places = places, others = others,
      sort_date = C.period(v.date, "day") }
    if o then row.organizers, row.organizers_text, row.organizers_doc = o.value, o.text, o.doc end
    if p then row.police, row.police_text, row.police_doc = p.value, p.text, p.doc end
    if o and p and p.value > 0 then row.ratio = o.value / p.value end
    self.rows[#self.rows + 1] = row
  end
end

function Acc:result()
  local rows = self.rows
  table.sort(rows, function(a, b)
    if a.sort_date ~= b.sort_date then return C.period_less(a.sort_date, b.sort_date) end
    return a.event_id < b.event_id
  end)
  for _, row in ipairs(rows) do row.sort_date = nil end
  return { name = "figures", rows = rows, columns = { "event_id", "date", "places", "organizers",
    "organizers_text", "police", "police_text", "ratio", "others", "organizers_doc", "police_doc" } }
end

function M.run(events, opts)
  return C.run(M.new(opts), events)
end

return M
