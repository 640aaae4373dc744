--- protestcorpus.analyses.claims: what protests are about, by month and by actor type.
--
--     claims.totals(events)         rows { claim, events, share }   (share of all events)
--     claims.by_month(events)       rows { period, claim, events }  (period "YYYY-MM")
--     claims.by_actor_type(events)  rows { actor_type, claim, events }
--
-- An event counts once under each of its claims (each once); an event with no claim
-- counts under "(none)", so every event is in every table. Rankings: most events first,
-- then by name; by_month is ordered by period then claim (undated last).
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

M.NONE = "(none)"

local function claims_of(ev)
  local list = C.strings(ev.claims)
  if #list == 0 then list = { M.NONE } end
  return list
end

local function count(events, key_of, fields)
  local rows, index = {}, {}
  for _, ev in ipairs(C.events(events)) do
    local k = key_of(ev)
    for _, claim in ipairs(claims_of(ev)) do
      local key = tostring(k) .. "\0" .. claim
      local row = index[key]
      if not row then
        row = { claim = claim, events = 0 }
        if fields then row[fields] = k end
        index[key] = row
        rows[#rows + 1] = row
      end
      row.events = row.events + 1
    end
  end
  return rows
end

function M.totals(events)
  local list = C.events(events)
  local rows = count(list, function() return "" end)
  for _, row in ipairs(rows) do row.share = row.events / #list end
  table.sort(rows, C.sorter({ "-events", "claim" }))
  return { name = "claims", rows = rows, columns = { "claim", "events", "share" } }
end

function M.by_month(events)
  local rows = count(events, function(ev) return C.period(ev.date, "month") end, "period")
  table.sort(rows, C.sorter({ "period", "-events", "claim" }))
  return { name = "claims_by_month", rows = rows, columns = { "period", "claim", "events" } }
end

function M.by_actor_type(events)
  local rows = count(events, function(ev) return C.str(ev.actor_type) or M.NONE end, "actor_type")
  table.sort(rows, C.sorter({ "actor_type", "-events", "claim" }))
  return { name = "claims_by_actor_type", rows = rows, columns = { "actor_type", "claim", "events" } }
end

return M
