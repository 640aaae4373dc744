-- dist_stages.lua: where the time of `protestcorpus extract` goes, stage by stage, on a
-- JSONL corpus held in memory (docs/benchmarks.md, "Corpus scale").
--
--   LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/lua5.4/?.so;;" \
--     lua5.4 bench/dist_stages.lua build/bench-dist/c20/corpus.jsonl [MAX_DOCS]
--
-- Stages, each over every document (CPU seconds, os.clock): reading and decoding the JSONL
-- (corpus.open); pc.parse; doc:entities() (the C annotators, then the Lua tables); the
-- extract record (records.entities_object); its JSON line (records.encode). Prints
-- seconds and MB/s (MB of article text) per stage. Holds the corpus in memory: use a few MB.
local corpus = require "protestcorpus.corpus"
local pc = require "protestcorpus"
local records = require "protestcorpus.records"

local path, max = arg[1], tonumber(arg[2] or "1000")
if not path then
  io.stderr:write("usage: dist_stages.lua CORPUS.jsonl [MAX_DOCS]\n")
  os.exit(2)
end

local clock = os.clock
local t = clock()
local recs, bytes = {}, 0
for rec in corpus.open(path) do
  recs[#recs + 1] = rec
  bytes = bytes + #rec.text
  if #recs >= max then break end
end
local times = { { "read JSONL", clock() - t } }

local function stage(name, fn)
  collectgarbage()
  local t0 = clock()
  for i = 1, #recs do fn(i, recs[i]) end
  times[#times + 1] = { name, clock() - t0 }
end

local docs, objs = {}, {}
pc.default_model() -- loaded before timing
stage("pc.parse", function(i, rec) docs[i] = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang })) end)
stage("doc:entities() (annotate + tables)", function(i) assert(docs[i]:entities()) end)
stage("records.entities_object", function(i, rec) objs[i] = assert(records.entities_object(rec, docs[i])) end)
stage("records.encode (JSON line)", function(i) assert(records.encode(objs[i])) end)

print(("%s: %d documents, %.2f MB of text, %s"):format(path, #recs, bytes / 1e6,
  rawget(_G, "jit") and jit.version or _VERSION))
print(("%-38s %8s %8s"):format("stage", "cpu s", "MB/s"))
for _, s in ipairs(times) do
  print(("%-38s %8.3f %8.1f"):format(s[1], s[2], s[2] > 0 and bytes / 1e6 / s[2] or 0))
end
