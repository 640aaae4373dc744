-- Where the time of `protestcorpus events` goes, per stage, on one corpus:
--
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/events_stages.lua [-r ROUNDS] CORPUS.jsonl
--
-- (bench/make_corpus.lua builds a corpus of a given size from examples/corpus.) Each stage
-- does what the command does, in its order, in one process (the JIT settings of the command
-- line too): reading the JSONL (corpus.open), the C core (pc.parse, the document's meta and
-- entities as Lua tables: what cli/events.lua input asks of it), the adapter to the events
-- layer's plain tables (cli/events.lua input), detection (events/detect.lua), the merge and
-- JSON encoding in memory, and the merge and encoding as the command does them
-- (events.stream: spilled to temporary files past its bound; the C module's JSON and
-- spill writers, cli/events.lua encoder and stream_opts). The whole is run ROUNDS
-- times (default 3); each row prints the best CPU seconds (os.clock), MB/s of article
-- text at the best, and the spread (worst - best). Timing only prints.
local pc = require "protestcorpus"
local corpus = require "protestcorpus.corpus"
local events = require "protestcorpus.events"
local cli_events = require "protestcorpus.cli.events"
require("protestcorpus.cli").tune_jit()

local rounds, path = 3, nil
local k = 1
while arg[k] do
  if arg[k] == "-r" then rounds, k = assert(tonumber(arg[k + 1]), "-r N"), k + 2
  else path, k = arg[k], k + 1 end
end
assert(path, "usage: events_stages.lua [-r ROUNDS] CORPUS.jsonl")
local lex = assert(events.load())
assert(pc.default_model())

local NAMES = { "read JSONL", "C core (parse, meta, entities)", "adapter to plain tables",
  "detect (events layer)", "merge in memory", "encode JSON", "stream merge + encode" }
local best, worst = {}, {}
local bytes, docs, ngroups, nrecs = 0, 0, 0, 0

local function round()
  local t = { 0, 0, 0, 0, 0, 0, 0 }
  local groups = {}
  bytes, docs = 0, 0
  local reader = corpus.open({ path }, {})
  local c = os.clock()
  for rec in reader do
    local c0 = os.clock()
    bytes, docs = bytes + #rec.text, docs + 1
    local doc = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang }))
    local _ = doc.meta
    local ents = assert(doc:entities())
    local c1 = os.clock()
    local input = cli_events.input(rec, doc, ents)
    local c2 = os.clock()
    for _, g in ipairs(events.groups(events.detect(input, lex))) do groups[#groups + 1] = g end
    local c3 = os.clock()
    doc:close()
    t[1], t[2], t[3], t[4] = t[1] + c0 - c, t[2] + c1 - c0, t[3] + c2 - c1, t[4] + c3 - c2
    c = os.clock()
  end
  ngroups = #groups
  local encode = cli_events.encoder()
  local c0 = os.clock()
  local recs = events.merge(groups, lex)
  local c1 = os.clock()
  for _, r in ipairs(recs) do encode(r) end
  local c2 = os.clock()
  nrecs = #recs
  recs = nil -- luacheck: ignore
  -- the command's way: events.stream (spills past its bound), merged and encoded
  local st = events.stream(lex, cli_events.stream_opts())
  for _, g in ipairs(groups) do assert(st:add(g)) end
  assert(st:finish(encode, function() return true end))
  local c3 = os.clock()
  t[5], t[6], t[7] = c1 - c0, c2 - c1, c3 - c2
  return t
end

for _ = 1, rounds do
  collectgarbage()
  local t = round()
  for i, v in ipairs(t) do
    best[i] = math.min(best[i] or math.huge, v)
    worst[i] = math.max(worst[i] or 0, v)
  end
end

local mb = bytes / 1e6
print(("%s: %d documents, %.1f MB of text, %d per-document events, %d merged; best of %d rounds"):format(
  _VERSION .. (rawget(_G, "jit") and " (LuaJIT)" or ""), docs, mb, ngroups, nrecs, rounds))
print(("%-32s %8s %9s %8s"):format("stage", "CPU s", "MB/s", "spread"))
local function row(name, b, w)
  print(("%-32s %8.3f %9.1f %8.3f"):format(name, b, mb / math.max(b, 1e-9), w - b))
end
for i, name in ipairs(NAMES) do row(name, best[i], worst[i]) end
local function sum(t, list)
  local s = 0
  for _, i in ipairs(list) do s = s + t[i] end
  return s
end
row("total, as the command (1-4, 7)", sum(best, { 1, 2, 3, 4, 7 }), sum(worst, { 1, 2, 3, 4, 7 }))
row("all but detect (1-3, 7)", sum(best, { 1, 2, 3, 7 }), sum(worst, { 1, 2, 3, 7 }))
