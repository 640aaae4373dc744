-- Where the time of `protestcorpus events` goes, per stage, on one corpus:
--
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/events_stages.lua CORPUS.jsonl
--
-- (bench/make_corpus.lua builds a corpus of a given size from examples/corpus.) Prints CPU
-- seconds and MB/s of: parse + annotations (C core), the adapter to plain tables,
-- detection (events/detect.lua), merge and JSON encoding; then the merge and encoding
-- again as the command does them (events.stream: in bounded memory). Timing only prints.
local pc = require "protestcorpus"
local corpus = require "protestcorpus.corpus"
local events = require "protestcorpus.events"
local cli_events = require "protestcorpus.cli.events"

local path = assert(arg[1], "usage: events_stages.lua CORPUS.jsonl")
local lex = assert(events.load())
local t_parse, t_in, t_det, bytes, docs = 0, 0, 0, 0, 0
local groups = {}
local reader = corpus.open({ path }, {})
for rec in reader do
  bytes, docs = bytes + #rec.text, docs + 1
  local c0 = os.clock()
  local doc = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang }))
  assert(doc:annotations())
  local c1 = os.clock()
  local input = cli_events.input(rec, doc)
  local c2 = os.clock()
  for _, g in ipairs(events.groups(events.detect(input, lex))) do groups[#groups + 1] = g end
  local c3 = os.clock()
  t_parse, t_in, t_det = t_parse + c1 - c0, t_in + c2 - c1, t_det + c3 - c2
  doc:close()
end
local c0 = os.clock()
local recs = events.merge(groups, lex)
local c1 = os.clock()
for _, r in ipairs(recs) do events.encode(r) end
local c2 = os.clock()
-- the command's way: events.stream (spills past its bound), merged and encoded
local st = events.stream(lex)
for _, g in ipairs(groups) do assert(st:add(g)) end
assert(st:finish(events.encode, function() return true end))
local c3 = os.clock()
local mb = bytes / 1e6
local function row(name, s) print(("%-26s %7.2f s %9.1f MB/s"):format(name, s, mb / math.max(s, 1e-9))) end
print(("%s: %d documents, %.1f MB of text, %d per-document events, %d merged"):format(
  _VERSION .. (rawget(_G, "jit") and " (LuaJIT)" or ""), docs, mb, #groups, #recs))
row("parse + annotations (C)", t_parse)
row("adapter to plain tables", t_in)
row("detect (events layer)", t_det)
row("merge", c1 - c0)
row("encode JSON", c2 - c1)
row("total", t_parse + t_in + t_det + (c2 - c0))
row("stream merge + encode", c3 - c2)
