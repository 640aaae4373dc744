#!/usr/bin/env lua5.4
-- tools/name_errors.lua -- the PERSON/ORG/PLACE errors of the extractor on a gold JSON Lines
-- file, one line each, with the words around: "FN" (gold missed), "FP" (predicted, no gold
-- with that span), "TYPE" (same span, other type), and a count by kind at the end. For
-- reading errors of sets that may be read (project sets, public dev/train splits); never run
-- it on a blind set.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 tools/name_errors.lua GOLD.jsonl [TYPE]
local cjson = require("cjson")
local pc = require("protestcorpus")
local file, only = arg[1], arg[2]
if not file then
  io.stderr:write("usage: name_errors.lua GOLD.jsonl [TYPE]\n")
  os.exit(2)
end
local want = { PERSON = true, ORG = true, PLACE = true }
local counts = {}
local function around(text, s, e)
  local a = math.max(1, s - 50)
  local b = math.min(#text, e + 50)
  return (text:sub(a, s - 1) .. "[" .. text:sub(s, e) .. "]" .. text:sub(e + 1, b)):gsub("\n", " ")
end
local function report(kind, ty, text, s, e, id, other)
  if only and ty ~= only then return end
  local key = kind .. " " .. ty
  counts[key] = (counts[key] or 0) + 1
  print(("%s %s%s\t%s\t%s\t%s"):format(kind, ty, other and ("/" .. other) or "", text:sub(s, e), id, around(text, s, e)))
end
for line in io.lines(file) do
  local r = cjson.decode(line)
  local doc = assert(pc.parse(r.text, { date = r.date ~= cjson.null and r.date or nil, lang = r.lang }))
  local sys = {}
  for _, e in ipairs(assert(doc:entities())) do
    if want[e.type] then sys[("%d:%d"):format(e.start, e.stop)] = e.type end
  end
  local gold = {}
  for _, g in ipairs(r.entities) do
    if want[g.type] then gold[("%d:%d"):format(g.start + 1, g["end"])] = g.type end
  end
  for k, ty in pairs(gold) do
    local s, e = k:match("(%d+):(%d+)")
    if not sys[k] then report("FN", ty, r.text, tonumber(s), tonumber(e), r.id)
    elseif sys[k] ~= ty then report("TYPE", ty, r.text, tonumber(s), tonumber(e), r.id, sys[k]) end
  end
  for k, ty in pairs(sys) do
    local s, e = k:match("(%d+):(%d+)")
    if not gold[k] then report("FP", ty, r.text, tonumber(s), tonumber(e), r.id) end
  end
  doc:close()
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.stderr:write(("%-12s %d\n"):format(k, counts[k])) end
