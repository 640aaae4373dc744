--- protestcorpus.analyses.claims: what protests are about, by month and by actor type.
--
--     claims.totals(events)         rows { claim, events, share }   (share of all events)
--     claims.by_month(events)       rows { period, claim, events }  (period "YYYY-MM")
--     claims.by_actor_type(events)  rows { actor_type, claim, events }
--
-- An event counts once under each of its claims (each once); an event with no claim
-- counts under "(none)", so every event is in every table. Rankings: most events first,
-- then by name; by_month is ordered by period then claim (undated last).
-- Streaming: claims.new_totals() (and new_by_month, new_by_actor_type), acc:add(ev),
-- acc:result().
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"

local M = {}

M.NONE = "(none)"

local function claims_of(ev)
  local list = C.view(ev).claims
  if #list == 0 then list = { M.NONE } end
  return list
end

local Acc = {}
Acc.__index = Acc

-- An accumulator counting events per (key_of(ev), claim); fields: the key's column.
local function new(name, key_of, field, columns, order)
  return setmetatable({ name = name, key_of = key_of, field = field, columns = columns, order = order,
    rows = {}, index = {}, n = 0 }, Acc)
end

function Acc:add(ev)
  if type(ev) ~= "table" then return end
  self.n = self.n + 1
  local k = self.key_of(ev)
  local by_claim = self.index[k]
  if not by_claim then
    by_claim = {}
    self.index[k] = by_claim
  end
  for _, claim in ipairs(claims_of(ev)) do
    local row = by_claim[claim]
    if not row then
      row = { claim = claim, events = 0 }
      if self.field then row[self.field] = k end
      by_claim[claim] = row
      self.rows[#self.rows + 1] = row
    end
    row.events = row.events + 1
  end
end

function Acc:result()
  local rows = self.rows
  if self.name == "claims" then
    for _, row in ipairs(rows) do row.share = row.events / self.n end
  end
  table.sort(rows, C.sorter(self.order))
  return { name = self.name, rows = rows, columns = self.columns }
end

local function all() return "" end
local function month(ev) return C.period(C.view(ev).date, "month") end
local function actor(ev) return C.view(ev).actor_type or M.NONE end

--- Accumulators (acc:add(ev), acc:result()) of the three tables.
function M.new_totals()
  return new("claims", all, nil, { "claim", "events", "share" }, { "-events", "claim" })
end

function M.new_by_month()
  return new("claims_by_month", month, "period", { "period", "claim", "events" }, { "period", "-events", "claim" })
end

function M.new_by_actor_type()
  return new("claims_by_actor_type", actor, "actor_type", { "actor_type", "claim", "events" },
    { "actor_type", "-events", "claim" })
end

function M.totals(events) return C.run(M.new_totals(), events) end
function M.by_month(events) return C.run(M.new_by_month(), events) end
function M.by_actor_type(events) return C.run(M.new_by_actor_type(), events) end

return M
