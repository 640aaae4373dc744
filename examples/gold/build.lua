-- Builds the project's own gold annotation from marked-up articles.
--
-- Input:  examples/gold/src/*.ann, an article with inline marks
--           {{TYPE text|key=value;key=value}}
--         TYPE is PERSON, ORG, PLACE, DATE, QUANTITY, MONEY or PERCENT; the part after
--         "|" is optional. Values that read as numbers become JSON numbers, true/false
--         become booleans, anything else stays a string. An optional first line
--           %% date=YYYY-MM-DD lang=en|fr
--         gives the document date and language and is not part of the article.
-- Output: examples/corpus/NAME.txt (the article, marks removed, byte for byte) and
--         examples/gold/examples.gold.jsonl (one document per line, 0-based end-exclusive
--         byte offsets, as ../shared/gold/GUIDELINES.md defines).
-- Run:    lua5.4 examples/gold/build.lua [ROOT [SET]]   (ROOT defaults to the current
--         directory; SET "heldout" reads examples/gold/heldout/*.ann and writes
--         examples/gold/heldout.gold.jsonl: articles kept out of rule development)
local cjson = require "cjson"
local lfs = require "lfs"

local root = arg[1] or "."
local set = arg[2]
local src_dir = root .. "/examples/gold/" .. (set or "src")
local corpus_dir = root .. "/examples/corpus"
local gold_path = root .. "/examples/gold/" .. (set or "examples") .. ".gold.jsonl"

local function fail(name, msg)
  io.stderr:write(("build.lua: %s: %s\n"):format(name, msg))
  os.exit(1)
end

local function convert_value(v)
  if v == "true" then return true end
  if v == "false" then return false end
  if v:match("^%-?%d+%.?%d*$") or v:match("^%-?%d+e%d+$") then return tonumber(v) end
  return v
end

local TYPES = { PERSON = true, ORG = true, PLACE = true, DATE = true,
                QUANTITY = true, MONEY = true, PERCENT = true }

local function parse(name, marked)
  local meta = { date = cjson.null, lang = "en" }
  local first, rest = marked:match("^%%%%([^\n]*)\n(.*)$")
  if first then
    for k, v in first:gmatch("(%w+)=(%S+)") do meta[k] = v end
    marked = rest
  end
  local out, entities = {}, {}
  local len, pos = 0, 1
  while true do
    local s, e, body = marked:find("{{(.-)}}", pos)
    local chunk = marked:sub(pos, (s or 0) - 1)
    if not s then chunk = marked:sub(pos) end
    if chunk:find("{{", 1, true) or chunk:find("}}", 1, true) then
      fail(name, "unbalanced mark near byte " .. pos)
    end
    out[#out + 1] = chunk
    len = len + #chunk
    if not s then break end
    local head, attrs = body:match("^([^|]*)|?(.*)$")
    local etype, text = head:match("^(%u+) (.+)$")
    if not etype or not TYPES[etype] then fail(name, "bad mark {{" .. body .. "}}") end
    local ent = { start = len, ["end"] = len + #text, type = etype, text = text }
    for kv in attrs:gmatch("[^;]+") do
      local k, v = kv:match("^%s*([%w_]+)=(.*)$")
      if not k then fail(name, "bad attribute '" .. kv .. "' in {{" .. body .. "}}") end
      -- DATE values are ISO strings, "2024" included
      ent[k] = (etype == "DATE" and k == "value") and v or convert_value(v)
    end
    entities[#entities + 1] = ent
    out[#out + 1] = text
    len = len + #text
    pos = e + 1
  end
  return table.concat(out), entities, meta
end

local names = {}
for f in lfs.dir(src_dir) do
  if f:match("%.ann$") then names[#names + 1] = f end
end
table.sort(names)

local gold = assert(io.open(gold_path, "wb"))
for _, f in ipairs(names) do
  local h = assert(io.open(src_dir .. "/" .. f, "rb"))
  local marked = h:read("a")
  h:close()
  local id = f:gsub("%.ann$", "")
  local text, entities, meta = parse(f, marked)
  local txt = assert(io.open(corpus_dir .. "/" .. id .. ".txt", "wb"))
  txt:write(text)
  txt:close()
  -- Fixed key order keeps the output byte-identical from run to run.
  local parts = {}
  for _, e in ipairs(entities) do
    local keys = {}
    for k in pairs(e) do
      if k ~= "start" and k ~= "end" and k ~= "type" and k ~= "text" then keys[#keys + 1] = k end
    end
    table.sort(keys)
    local fields = { ('"start":%d'):format(e.start), ('"end":%d'):format(e["end"]),
                     '"type":' .. cjson.encode(e.type), '"text":' .. cjson.encode(e.text) }
    for _, k in ipairs(keys) do fields[#fields + 1] = cjson.encode(k) .. ":" .. cjson.encode(e[k]) end
    parts[#parts + 1] = "{" .. table.concat(fields, ",") .. "}"
  end
  gold:write('{"id":', cjson.encode(id), ',"lang":', cjson.encode(meta.lang),
             ',"date":', cjson.encode(meta.date), ',"text":', cjson.encode(text),
             ',"entities":[', table.concat(parts, ","), "]}\n")
end
gold:close()
print(("build.lua: %d articles -> %s"):format(#names, gold_path))
