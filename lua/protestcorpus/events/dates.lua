--- protestcorpus.events.dates: calendar arithmetic and the dates of event mentions.
--
-- Dates are ISO strings at the precision the text gives: "2026-01-31" (day) or "2026-01"
-- (month); a year alone never dates an event. Arithmetic goes through day numbers (days
-- since 0000-03-01, proleptic Gregorian), exact in doubles and in Lua 5.4 integers.
-- What this file does not do: parse dates in free text beyond the weekday/month/day
-- forms that the C core leaves without a value when a document has no date.
-- Pure Lua within the syntax LuaJIT accepts; no C module.
local M = {}

local floor = math.floor

local function is_leap(y)
  return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
end

local DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function days_in(y, m)
  if m == 2 and is_leap(y) then return 29 end
  return DAYS[m]
end
M.days_in = days_in

--- (y, m, d) -> day number; d may be nil (month precision is not a day).
function M.daynum(y, m, d)
  if m <= 2 then y, m = y - 1, m + 12 end
  local era = floor(y / 400)
  local yoe = y - era * 400
  local doy = floor((153 * (m - 3) + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe
end

--- day number -> y, m, d
function M.civil(n)
  local era = floor(n / 146097)
  local doe = n - era * 146097
  local yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
  local mp = floor((5 * doy + 2) / 153)
  local d = doy - floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

--- "YYYY-MM-DD" or "YYYY-MM" -> y, m, d (d nil at month precision); nil when neither.
function M.parse(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then
    y, m = s:match("^(%d%d%d%d)%-(%d%d)$")
    if not y then return nil end
  end
  y, m = tonumber(y), tonumber(m)
  if m < 1 or m > 12 then return nil end
  if d then
    d = tonumber(d)
    if d < 1 or d > days_in(y, m) then return nil end
  end
  return y, m, d
end

function M.format(y, m, d)
  if d then return string.format("%04d-%02d-%02d", y, m, d) end
  return string.format("%04d-%02d", y, m)
end

--- The day number of a day-precision ISO date, or nil.
function M.day_of(s)
  local y, m, d = M.parse(s)
  if not d then return nil end
  return M.daynum(y, m, d)
end

function M.from_day(n)
  return M.format(M.civil(n))
end

--- 0 = Monday ... 6 = Sunday
function M.weekday(n)
  return (n + 2) % 7 -- 0000-03-01 was a Wednesday
end

local WEEKDAYS = {
  monday = 0, tuesday = 1, wednesday = 2, thursday = 3, friday = 4, saturday = 5, sunday = 6,
  lundi = 0, mardi = 1, mercredi = 2, jeudi = 3, vendredi = 4, samedi = 5, dimanche = 6,
}
M.WEEKDAYS = WEEKDAYS

local MONTHS = {
  january = 1, february = 2, march = 3, april = 4, may = 5, june = 6, july = 7,
  august = 8, september = 9, october = 10, november = 11, december = 12,
  jan = 1, feb = 2, mar = 3, apr = 4, jun = 6, jul = 7, aug = 8, sep = 9, sept = 9,
  oct = 10, nov = 11, dec = 12,
  janvier = 1, ["février"] = 2, fevrier = 2, mars = 3, avril = 4, mai = 5, juin = 6,
  juillet = 7, ["août"] = 8, aout = 8, septembre = 9, octobre = 10, novembre = 11,
  ["décembre"] = 12, decembre = 12,
}

-- (Latin-1 capitals U+00C0-U+00DE to small letters by table: no function call per letter)
local LOWER = {}
for b = 128, 158 do LOWER["\195" .. string.char(b)] = "\195" .. string.char(b + 32) end
local function lower(s)
  return (s:lower():gsub("\195[\128-\158]", LOWER))
end
M.lower = lower

-- Relative words whose offset from the document date is fixed.
local OFFSETS = {
  { "last night", -1 }, { "overnight", -1 }, { "yesterday", -1 }, { "la nuit dernière", -1 },
  { "hier", -1 }, { "avant-hier", -2 }, { "today", 0 }, { "tonight", 0 }, { "this morning", 0 },
  { "this afternoon", 0 }, { "this evening", 0 }, { "aujourd'hui", 0 }, { "aujourd’hui", 0 },
  { "ce matin", 0 }, { "ce soir", 0 }, { "cet après-midi", 0 }, { "tomorrow", 1 },
  { "demain", 1 }, { "après-demain", 2 },
}

--- Resolves a DATE entity that has no value against an anchor.
-- @param text the entity text
-- @param anchor day number of the document date (or nil)
-- @param year_hint the year to try first for a month and day given without a year
-- @param future true when the sentence looks forward (a weekday then means the next one)
-- @return an ISO date or nil
function M.resolve(text, anchor, year_hint, future)
  local t = lower(text)
  local wd, mon, day
  for w in t:gmatch("[%a\128-\255]+") do
    if WEEKDAYS[w] and not wd then wd = WEEKDAYS[w] end
    if MONTHS[w] and not mon then mon = MONTHS[w] end
  end
  day = tonumber(t:match("%f[%d](%d%d?)%f[%D]"))
  if mon and day and day >= 1 and day <= 31 then
    local base = year_hint or (anchor and (M.civil(anchor)))
    if not base then return nil end
    if wd then
      -- the year nearest the hint whose calendar puts that weekday on that day
      for k = 0, 7 do
        for _, y in ipairs({ base + k, base - k }) do
          if day <= days_in(y, mon) and M.weekday(M.daynum(y, mon, day)) == wd then
            return M.format(y, mon, day)
          end
        end
      end
      return nil
    end
    if day > days_in(base, mon) then return nil end
    return M.format(base, mon, day)
  end
  if not anchor then return nil end
  for _, o in ipairs(OFFSETS) do
    if t:find(o[1], 1, true) then return M.from_day(anchor + o[2]) end
  end
  if wd and not mon then
    local cur = M.weekday(anchor)
    local back = (cur - wd) % 7
    if t:find("next", 1, true) or t:find("prochain", 1, true) or (future and back ~= 0) then
      local fwd = (wd - cur) % 7
      if fwd == 0 then fwd = 7 end
      return M.from_day(anchor + fwd)
    end
    if t:find("last", 1, true) or t:find("dernier", 1, true) then
      if back == 0 then back = 7 end
    end
    return M.from_day(anchor - back)
  end
  return nil
end

--- A day and month written without a year ("7 avril", "Jan. 31", "le 21 septembre"), in
-- the year that puts it nearest the anchor (a forward-looking sentence breaks a tie ahead);
-- nil when the text is not a day and a month (or names a weekday: see M.resolve).
function M.nearest(text, anchor, future)
  local t = lower(text)
  local mon, wd
  for w in t:gmatch("[%a\128-\255]+") do
    if MONTHS[w] and not mon then mon = MONTHS[w] end
    if WEEKDAYS[w] then wd = true end
  end
  local day = tonumber(t:match("%f[%d](%d%d?)%f[%D]") or (t:find("1er") and "1"))
  if not mon or not day or wd or day < 1 or day > 31 then return nil end
  local y0 = M.civil(anchor)
  local best, bd
  for y = y0 - 1, y0 + 1 do
    if day <= days_in(y, mon) then
      local n = M.daynum(y, mon, day)
      local dist = math.abs(n - anchor)
      if future and n >= anchor then dist = dist - 0.5 end
      if not bd or dist < bd then best, bd = M.format(y, mon, day), dist end
    end
  end
  return best
end

return M
