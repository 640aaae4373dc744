#!/usr/bin/env lua5.4
-- tools/date_errors.lua -- the DATE disagreements between a gold file and the extractor: spans
-- missed (-), spans extra (+), spans that differ (~) and wrong values (=), with context.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 tools/date_errors.lua GOLD.jsonl
-- Never on the blind3/blind6 sets (their errors stay unread); blind4 and blind5 were scored once and are development sets now.
local cjson = require "cjson"
local pc = require "protestcorpus"
local path = assert(arg[1], "usage: date_errors.lua GOLD.jsonl")
assert(not path:find("blind[36]"), "the third and sixth blind sets stay unread")

local function context(text, s, e)
  local a, b = math.max(1, s - 40), math.min(#text, e + 40)
  return (text:sub(a, s - 1) .. "[" .. text:sub(s, e) .. "]" .. text:sub(e + 1, b)):gsub("\n", " ")
end

local n = 0
for line in io.lines(path) do
  local g = cjson.decode(line)
  local date = g.date ~= cjson.null and g.date or nil
  local doc = assert(pc.parse(g.text, { date = date, lang = g.lang }))
  local sys = {}
  for _, e in ipairs(doc:entities()) do
    if e.type == "DATE" then sys[#sys + 1] = { s = e.start, e = e.stop, v = e.value, rel = e.relative } end
  end
  doc:close()
  local gold = {}
  for _, e in ipairs(g.entities or {}) do
    if e.type == "DATE" then gold[#gold + 1] = { s = e.start + 1, e = e["end"], v = e.value and tostring(e.value) } end
  end
  local used = {}
  for _, x in ipairs(gold) do
    local hit
    for j, y in ipairs(sys) do
      if not used[j] and y.s <= x.e and x.s <= y.e then hit = j break end
    end
    if not hit then
      local span = "«" .. g.text:sub(x.s, x.e) .. "»"
      print(("%s - %-30s gold %s | %s"):format(g.id, span, x.v or "-", context(g.text, x.s, x.e)))
      n = n + 1
    else
      used[hit] = true
      local y = sys[hit]
      if y.s ~= x.s or y.e ~= x.e then
        print(("%s ~ gold %s sys %s (gold %s sys %s) | %s"):format(g.id, g.text:sub(x.s, x.e), g.text:sub(y.s, y.e),
          x.v or "-", y.v or "-", context(g.text, x.s, x.e)))
        n = n + 1
      elseif (x.v or "-") ~= (y.v or "-") then
        local span = "«" .. g.text:sub(x.s, x.e) .. "»"
        print(("%s = %-30s gold %s sys %s | %s"):format(g.id, span, x.v or "-", y.v or "-",
          context(g.text, x.s, x.e)))
        n = n + 1
      end
    end
  end
  for j, y in ipairs(sys) do
    if not used[j] then
      local span = "«" .. g.text:sub(y.s, y.e) .. "»"
      print(("%s + %-30s sys %s | %s"):format(g.id, span, y.v or "-", context(g.text, y.s, y.e)))
      n = n + 1
    end
  end
end
print(("%d disagreements"):format(n))
