--- protestcorpus.analyses.timeline: events and participants per day, week or month.
--
--     local t = timeline.run(events, { unit = "month", by = "actor_type" })
--     -- t.columns = { "period", "actor_type", "events", "participants", ... }
--     -- t.rows[i] = { period = "2026-01", actor_type = "police", events = 2, ... }
--
-- opts.unit: "day" | "week" (ISO) | "month" (default) | "year" (see analyses.common for
-- dates of a lower precision and "undated"). opts.by: nil (one row per period),
-- "actor_type" or "claim" (one row per period and value; an event with several claims
-- counts once under each; an event with none under "(none)").
-- Per row: events; participants = the sum over its events of each event's largest
-- figure; participants_min = the same with each event's smallest figure (the two differ
-- where sources disagree); with_figures = how many of the events have a figure at all.
-- Rows are ordered by period (undated last), then by the `by` value.
-- Streaming: timeline.new(opts), acc:add(ev) per event (nothing kept of it), acc:result().
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

M.NONE = "(none)"

local BY = { actor_type = true, claim = true }
local ALL = { false } -- the one group when there is no `by`

local function by_values(ev, by)
  if by == "actor_type" then return { C.view(ev).actor_type or M.NONE } end
  local claims = C.view(ev).claims
  if #claims == 0 then claims = { M.NONE } end
  return claims
end

local Acc = {}
Acc.__index = Acc

--- An accumulator: acc:add(ev) for each event (not kept), then acc:result().
function M.new(opts)
  opts = opts or {}
  local unit, by = opts.unit or "month", opts.by
  if not C.UNITS[unit] then error("timeline: unknown unit " .. tostring(unit), 2) end
  if by ~= nil and not BY[by] then error("timeline: unknown grouping " .. tostring(by), 2) end
  return setmetatable({ unit = unit, by = by, rows = {}, index = {} }, Acc)
end

function Acc:add(ev)
  if type(ev) ~= "table" then return end
  local by = self.by
  local v = C.view(ev)
  local period = C.period(v.date, self.unit)
  local big, small = v.largest, v.smallest
  local in_period = self.index[period]
  if not in_period then
    in_period = {}
    self.index[period] = in_period
  end
  for _, k in ipairs(by and by_values(ev, by) or ALL) do
    local row = in_period[k]
    if not row then
      row = { period = period, events = 0, participants = 0, participants_min = 0, with_figures = 0 }
      if by then row[by] = k end
      in_period[k] = row
      self.rows[#self.rows + 1] = row
    end
    row.events = row.events + 1
    if big then
      row.with_figures = row.with_figures + 1
      row.participants = row.participants + big.value
      row.participants_min = row.participants_min + small.value
    end
  end
end

function Acc:result()
  local by, rows = self.by, self.rows
  table.sort(rows, C.sorter({ "period", by or "period" }))
  local columns = { "period" }
  if by then columns[#columns + 1] = by end
  for _, c in ipairs({ "events", "participants", "participants_min", "with_figures" }) do
    columns[#columns + 1] = c
  end
  return { name = "timeline", unit = self.unit, by = by, columns = columns, rows = rows }
end

function M.run(events, opts)
  return C.run(M.new(opts), events)
end

return M
