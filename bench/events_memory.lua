-- events_memory.lua: where the memory of `protestcorpus events` goes as a corpus grows.
--
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/events_memory.lua CORPUS.jsonl [MAX_DOCUMENTS]
--
-- Runs what the command runs (parse, detect, events.stream) and prints, every 2,000
-- documents, the live Lua heap after a full collection and the sorted runs the stream has
-- written (docs/events.md, "Memory"); then, after the final merge, the most signatures its
-- sweep held open at once, the most groups one batch merged and the Lua heap (live and
-- garbage) after the largest batch's merge. Peak RSS of the whole command: /usr/bin/time
-- -f %M. Numbers only print; nothing passes or fails.
local pc = require "protestcorpus"
local corpus = require "protestcorpus.corpus"
local events = require "protestcorpus.events"
local merge = require "protestcorpus.events.merge"
local cli_events = require "protestcorpus.cli.events"

local path = assert(arg[1], "usage: events_memory.lua CORPUS.jsonl [MAX_DOCUMENTS]")
local limit = tonumber(arg[2] or "") or math.huge
local lex = assert(events.load())

-- the heap after each batch's merge, and the largest batch (in groups)
local merge_peak, largest = 0, 0
local merge_fn = merge.merge
merge.merge = function(groups, opts) -- luacheck: ignore (measuring only)
  local r = merge_fn(groups, opts)
  merge_peak = math.max(merge_peak, collectgarbage("count"))
  largest = math.max(largest, #groups)
  return r
end

local st = events.stream(lex)
local reader = corpus.open({ path }, {})
local n = 0
for rec in reader do
  n = n + 1
  if n > limit then break end
  local doc = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang }))
  for _, g in ipairs(events.groups(events.detect(cli_events.input(rec, doc), lex))) do assert(st:add(g)) end
  doc:close()
  if n % 2000 == 0 then
    collectgarbage()
    collectgarbage()
    print(("%7d documents: %6.1f MB live Lua heap, groups %s"):format(n,
      collectgarbage("count") / 1024,
      st.sorter and ("spilled, " .. st.sorter:run_count() .. " sorted runs") or "in memory"))
  end
end
reader:close()
local records = assert(st:finish(events.encode, function() return true end))
local _, most = (st.sweeper or { open_count = function() return 0, 0 end }):open_count()
print(("%d records; at most %d signatures open; largest batch %d groups; Lua heap after its merge %.1f MB"):format(
  records, most, largest, merge_peak / 1024))
