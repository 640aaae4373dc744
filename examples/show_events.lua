-- Prints protest events (JSON Lines from `protestcorpus events` or `merge`) as an aligned
-- table: date, places, organizers, forms, the participant figures by source, documents.
-- Plain Lua 5.1-5.4/LuaJIT with lua-cjson; no protestcorpus module needed:
--   protestcorpus merge build/demo/extract.jsonl | lua5.4 examples/show_events.lua [N]
-- With N, the N events told by the most documents (then by date), else all in input order.
local cjson = require "cjson.safe"

local limit = tonumber(arg and arg[1]) or math.huge

-- "organizers 15,000-20,000; police 4,000" from the participants of every document.
local function figures(ev)
  local by_source, order = {}, {}
  for _, p in ipairs(type(ev.participants) == "table" and ev.participants or {}) do
    local src = tostring(p.source or "?")
    if not by_source[src] then by_source[src], order[#order + 1] = {}, src end
    local text = (type(p.text) == "string" and p.text or tostring(p.low or "?")):gsub("%s+", " ")
    table.insert(by_source[src], text)
  end
  local parts = {}
  for _, src in ipairs(order) do parts[#parts + 1] = src .. " " .. table.concat(by_source[src], " / ") end
  return table.concat(parts, "; ")
end

local function list(v, n)
  if type(v) ~= "table" then return "" end
  local out = {}
  for i = 1, math.min(#v, n or #v) do out[i] = tostring(v[i]) end
  if n and #v > n then out[#out + 1] = "..." end
  return table.concat(out, ", ")
end

local function cut(s, w)
  local chars = {}
  for ch in s:gmatch("[^\128-\191][\128-\191]*") do chars[#chars + 1] = ch end
  if #chars <= w then return s .. string.rep(" ", w - #chars) end
  return table.concat(chars, "", 1, w - 1) .. "…"
end

local COLS = { { "date", 10 }, { "places", 24 }, { "organizers", 28 }, { "forms", 16 },
  { "participants (by source)", 44 }, { "docs", 20 } }
local head = {}
for i, c in ipairs(COLS) do head[i] = cut(c[1], c[2]) end
print(table.concat(head, "  "))
local events = {}
for line in io.lines() do
  local ev = cjson.decode(line)
  if type(ev) == "table" and ev.event_id then events[#events + 1] = ev end
end
if limit < math.huge then
  local function ndocs(ev) return type(ev.docs) == "table" and #ev.docs or 0 end
  table.sort(events, function(a, b)
    if ndocs(a) ~= ndocs(b) then return ndocs(a) > ndocs(b) end
    return tostring(a.event_id) < tostring(b.event_id)
  end)
end
for i = 1, math.min(limit, #events) do
  local ev = events[i]
  local row = { tostring(ev.date or ""), list(ev.places, 3), list(ev.organizers, 2), list(ev.forms),
    figures(ev), list(ev.docs, 3) }
  for k, c in ipairs(COLS) do row[k] = cut(row[k], c[2]) end
  print(table.concat(row, "  "))
end
