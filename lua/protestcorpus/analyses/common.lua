--- protestcorpus.analyses.common: what every analysis shares.
--
-- Records come from JSON (cjson), so any field may be missing, JSON null or of the wrong
-- type: the accessors here (list, str, num) turn those into an empty list / nil, so an
-- analysis never raises on bad data; it just does not count what it cannot read.
-- Figures: a participants entry {low, high} is worth `figure(p)`: low when exact or open
-- ("more than 500"), the midpoint of a range (the vague "thousands" 2000-9999 -> 5999.5).
-- Periods: "day" (YYYY-MM-DD), "week" (ISO 8601 week, YYYY-Www), "month" (YYYY-MM); a
-- date less precise than the unit keeps its own precision ("2026-01" at unit day), and
-- events with no readable date fall under "undated", sorted last.
-- Pure Lua within the syntax LuaJIT accepts; never requires the C module or vim.
local M = {}

M.UNDATED = "undated"

function M.list(v)
  if type(v) == "table" then return v end
  return {}
end

function M.str(v)
  if type(v) == "string" and v ~= "" then return v end
  return nil
end

function M.num(v)
  if type(v) == "number" and v == v and v > -math.huge and v < math.huge then return v end
  return nil
end

--- The strings of a list field, each once, in their order.
function M.strings(v)
  local out, seen = {}, {}
  for _, s in ipairs(M.list(v)) do
    if M.str(s) and not seen[s] then
      seen[s] = true
      out[#out + 1] = s
    end
  end
  return out
end

--- The number a participants entry stands for, or nil when it has none.
function M.figure(p)
  if type(p) ~= "table" then return nil end
  local low, high = M.num(p.low), M.num(p.high)
  local v = low or high
  if low and high and high > low then v = (low + high) / 2 end
  -- integral values as integers (Lua 5.4), so sums print without ".0"
  if v and v == math.floor(v) and math.abs(v) < 2 ^ 53 then v = math.floor(v) end
  return v
end

-- What the analyses read of an event, computed once per event table and cached (weak
-- keys: it goes with the event). An event must not change once analysed. A compact
-- event (compact() below) is its own view: no cache entry, which matters for large
-- inputs (a weak table of a million keys costs the garbage collector on every cycle).
local views = setmetatable({}, { __mode = "k" })
local COMPACT = { __name = "protestcorpus.analyses.compact" }

local function make_view(ev)
  local figs = {}
  for _, p in ipairs(M.list(ev.participants)) do
    local x = M.figure(p)
    if x then
      figs[#figs + 1] = { value = x, low = M.num(p.low), high = M.num(p.high), text = M.str(p.text),
        source = M.str(p.source) or "journalist", doc = M.str(p.doc), place = M.str(p.place) }
    end
  end
  local big, small
  for _, f in ipairs(figs) do -- ties: the first listed
    if not big or f.value > big.value then big = f end
    if not small or f.value < small.value then small = f end
  end
  return { date = M.str(ev.date), actor_type = M.str(ev.actor_type), places = M.strings(ev.places),
    organizers = M.strings(ev.organizers), claims = M.strings(ev.claims), forms = M.strings(ev.forms),
    docs = M.strings(ev.docs), figures = figs, largest = big, smallest = small }
end

--- The cleaned fields of an event: { date, actor_type, places, organizers, claims, forms,
-- docs (lists of strings, each once), figures, largest, smallest }. Shared: read only.
function M.view(ev)
  if getmetatable(ev) == COMPACT then return ev end
  local v = views[ev]
  if v then return v end
  v = make_view(ev)
  views[ev] = v
  return v
end

--- A small copy of an event holding only what the analyses read (event_id, date,
-- actor_type, places, organizers, organizers_text, claims, forms, docs, participants with
-- a figure; with opts.evidence its evidence list too), which is also its own view: what
-- a long run keeps in memory per event when it does not need the rest. Read only.
function M.compact(ev, opts)
  local c = make_view(ev)
  c.event_id, c.organizers_text, c.participants = M.str(ev.event_id), M.str(ev.organizers_text), c.figures
  if opts and opts.evidence and type(ev.evidence) == "table" then c.evidence = ev.evidence end
  return setmetatable(c, COMPACT)
end

--- The participants entries of an event that have a figure, with `value` set (the
-- records are not modified; the list is shared: read only).
function M.figures(ev)
  return M.view(ev).figures
end

--- The largest figure of an event (a figures() entry), or nil. Ties: the first listed.
function M.largest(ev)
  return M.view(ev).largest
end

--- The smallest figure of an event, or nil.
function M.smallest(ev)
  return M.view(ev).smallest
end

-- Days since 1970-01-01 of a civil date (H. Hinnant's algorithm, floor division only).
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = math.floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end
M.days_from_civil = days_from_civil

local function is_leap(y)
  return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
end
local MDAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

--- The ISO 8601 week of a date, as "YYYY-Www" (the week's own year).
function M.iso_week(y, m, d)
  local days = days_from_civil(y, m, d)
  local wd = (days + 3) % 7 + 1 -- 1 = Monday (1970-01-01 was a Thursday)
  local thursday = days - wd + 4
  -- the year of that Thursday is the week's year
  local ty = y
  if thursday < days_from_civil(y, 1, 1) then ty = y - 1
  elseif thursday >= days_from_civil(y + 1, 1, 1) then ty = y + 1 end
  local week = math.floor((thursday - days_from_civil(ty, 1, 1)) / 7) + 1
  return string.format("%04d-W%02d", ty, week)
end

--- Splits an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (valid calendar values only).
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then
    y, m = s:match("^(%d%d%d%d)%-(%d%d)$")
    if not y then y = s:match("^(%d%d%d%d)$") end
  end
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m and (m < 1 or m > 12) then return nil end
  if d then
    local max = MDAYS[m]
    if m == 2 and is_leap(y) then max = 29 end
    if d < 1 or d > max then return nil end
  end
  return y, m, d
end

M.UNITS = { day = true, week = true, month = true, year = true }

local period_cache = { day = {}, week = {}, month = {}, year = {} }

local function period_of(date, unit)
  local y, m, d = M.parse_date(date)
  if not y then return M.UNDATED end
  if unit == "year" or not m then return string.format("%04d", y) end
  if unit == "month" or not d then return string.format("%04d-%02d", y, m) end
  if unit == "week" then return M.iso_week(y, m, d) end
  return string.format("%04d-%02d-%02d", y, m, d)
end

--- The period of an ISO date at unit day|week|month|year (see the header).
function M.period(date, unit)
  if type(date) ~= "string" then return M.UNDATED end
  local cache = period_cache[unit] or period_cache.day
  local p = cache[date]
  if not p then
    p = period_of(date, unit)
    cache[date] = p
  end
  return p
end

--- Orders period keys: by text, "undated" last.
function M.period_less(a, b)
  if a == b then return false end
  if a == M.UNDATED then return false end
  if b == M.UNDATED then return true end
  return a < b
end

--- The sort of every ranking: keys in order, each "-name" descending (numbers) or "name"
-- ascending; absent values sort last. Stable for equal rows as long as the last key is
-- unique, which every analysis ensures (a name or an id).
function M.sorter(keys)
  local spec = {}
  for i, k in ipairs(keys) do
    local desc = k:sub(1, 1) == "-"
    spec[i] = { key = desc and k:sub(2) or k, desc = desc }
  end
  return function(a, b)
    for _, s in ipairs(spec) do
      local x, y = a[s.key], b[s.key]
      if x ~= y then
        if x == nil then return false end
        if y == nil then return true end
        if s.key == "period" then return M.period_less(x, y) end
        if s.desc then return x > y end
        return x < y
      end
    end
    return false
  end
end

--- The keys of a set, sorted.
function M.sorted_keys(set)
  local out = {}
  for k in pairs(set) do out[#out + 1] = k end
  table.sort(out)
  return out
end

--- A stable id for an event: event_id, else "event N" (its position in the input).
function M.event_id(ev, i)
  return M.str(ev.event_id) or ("event " .. tostring(i))
end

--- Feeds every event of a list to an accumulator (acc:add) and returns acc:result().
function M.run(acc, events)
  for _, ev in ipairs(M.list(events)) do
    if type(ev) == "table" then acc:add(ev) end
  end
  return acc:result()
end

--- The events that are tables (a JSONL line that was something else is skipped).
function M.events(list)
  local out = {}
  for _, ev in ipairs(M.list(list)) do
    if type(ev) == "table" then out[#out + 1] = ev end
  end
  return out
end

return M
