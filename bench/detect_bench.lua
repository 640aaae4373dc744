-- The events layer's detection alone (events/detect.lua), timed apart from the C core:
--
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/detect_bench.lua [-J] [-a | -L] [-r ROUNDS] [-o ATOMS.txt] CORPUS.jsonl|FILE.txt...
--
-- Parses every document once (C core + adapter, not timed), then runs detection over the
-- whole corpus ROUNDS times (default 5) and prints the CPU seconds of each round, the best
-- and the spread, and MB/s at the best. With -o, writes every document's atoms (keys
-- sorted, one line per document) so that two versions can be compared byte for byte.
-- -J (LuaJIT) keeps the JIT's default trace cache. -a times the adapter too (cli/events.lua
-- input, which makes the C core's cues of a document, csrc/cues.c, since branch evcue):
-- detection's share of the work that moved into the adapter is then counted, so that two
-- versions compare alike. -L drops the C cues from every input: detection cuts and matches
-- the words in Lua, as for a document table built by hand. Timing only prints; it is never a pass/fail test.
-- (under LuaJIT, the trace cache the command sets, cli.tune_jit: set here, so that an
-- older checkout run with this file is timed alike; -J keeps LuaJIT's defaults)
if arg[1] == "-J" then
  table.remove(arg, 1)
elseif rawget(_G, "jit") then
  require("jit.opt").start("maxtrace=16000", "maxmcode=32768")
end
local pc = require "protestcorpus"
local corpus = require "protestcorpus.corpus"
local events = require "protestcorpus.events"
local cli_events = require "protestcorpus.cli.events"

local rounds, out_path, paths, adapter, lua_path = 5, nil, {}, false, false
local k = 1
while arg[k] do
  if arg[k] == "-a" then adapter, k = true, k + 1
  elseif arg[k] == "-L" then lua_path, k = true, k + 1
  elseif arg[k] == "-r" then rounds, k = assert(tonumber(arg[k + 1]), "-r N"), k + 2
  elseif arg[k] == "-o" then out_path, k = arg[k + 1], k + 2
  else paths[#paths + 1], k = arg[k], k + 1 end
end
assert(#paths > 0, "usage: detect_bench.lua [-r ROUNDS] [-o ATOMS.txt] CORPUS.jsonl|FILE.txt...")

local lex = assert(events.load())
local inputs, bytes, parsed = {}, 0, {}
for rec in corpus.open(paths, {}) do
  local doc = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang }))
  assert(doc:annotations())
  inputs[#inputs + 1] = assert(cli_events.input(rec, doc))
  if lua_path then inputs[#inputs].cues = nil end
  if adapter then
    -- (the entities as the adapter reads them, made once: the C core is not timed)
    local ann = doc:annotations({ quotes = false })
    parsed[#parsed + 1] = { rec = rec, doc = doc, ents = ann.entities }
  else
    doc:close()
  end
  bytes = bytes + #rec.text
end

-- a value written with its keys sorted (tables only hold strings, numbers, booleans); the
-- lists an atom fills from a set (claims, targets, forms: in hash order) sorted too
local SETS = { claims = true, targets = true, forms = true }
local function dump(v, out, key)
  local t = type(v)
  if t == "table" and SETS[key] then
    local c = {}
    for i, x in ipairs(v) do c[i] = x end
    table.sort(c)
    v = c
  end
  if t ~= "table" then
    out[#out + 1] = t == "string" and ("%q"):format(v) or tostring(v)
    return
  end
  local keys = {}
  for key in pairs(v) do keys[#keys + 1] = key end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  out[#out + 1] = "{"
  for _, key in ipairs(keys) do
    out[#out + 1] = tostring(key) .. "="
    dump(v[key], out, key)
    out[#out + 1] = ","
  end
  out[#out + 1] = "}"
end

if out_path then
  local fh = assert(io.open(out_path, "wb"))
  for _, input in ipairs(inputs) do
    local out = {}
    dump(events.detect(input, lex), out)
    fh:write(tostring(input.id), "\t", table.concat(out), "\n")
  end
  fh:close()
end

local times = {}
for r = 1, rounds do
  collectgarbage()
  local c0 = os.clock()
  if adapter then
    for _, p in ipairs(parsed) do events.detect(cli_events.input(p.rec, p.doc, p.ents), lex) end
  else
    for _, input in ipairs(inputs) do events.detect(input, lex) end
  end
  times[r] = os.clock() - c0
end
table.sort(times)
local mb = bytes / 1e6
print(("%s: %d documents, %.2f MB; detect%s CPU s per round: %s; best %.3f s (%.1f MB/s), spread %.3f s"):format(
  _VERSION .. (rawget(_G, "jit") and " (LuaJIT)" or ""), #inputs, mb, adapter and " (with the adapter)" or lua_path and " (Lua path, no cues)" or "",
  table.concat((function() local t = {} for i, x in ipairs(times) do t[i] = ("%.3f"):format(x) end return t end)(), " "),
  times[1], mb / math.max(times[1], 1e-9), times[#times] - times[1]))
