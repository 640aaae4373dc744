-- make_events.lua: a synthetic event JSON Lines file, as `protestcorpus events` would
-- write for a large corpus, for benchmarking `stats` and `report` (docs/benchmarks.md).
--
--   lua5.4 bench/make_events.lua OUT.jsonl N_EVENTS [SEED]
--
-- Events follow GUIDELINES "Events": dates over 2015-2026 (a tenth only to the month, a
-- few undated), 1-3 of 300 places, 0-2 of 120 organizers, an actor type, 1-2 forms, 0-3
-- figures from different sources and documents, 1-3 claims, 1-5 documents, 1-3 evidence
-- sentences of about 150 bytes with their text. Ids look like the corpus's file names
-- ("123_36dec503f264ba08.txt": random hex), not like a counter: LuaJIT 2.1's string hash
-- reads only some bytes of a string, and ids of one length that differ only in their
-- last digits all collide in its string table (docs/benchmarks.md). Deterministic for a seed (a linear
-- congruential generator of its own, so Lua 5.4 and LuaJIT give the same bytes).
local records = require "protestcorpus.records"

local out_path, n, seed = arg[1], tonumber(arg[2]), tonumber(arg[3] or "1")
if not out_path or not n then
  io.stderr:write("usage: make_events.lua OUT.jsonl N_EVENTS [SEED]\n")
  os.exit(2)
end

-- Park and Miller's minimal standard generator: products stay below 2^53, exact in doubles.
local state = seed % 2147483646 + 1
local function rand(k) -- 1..k
  state = (state * 16807) % 2147483647
  return math.floor(state / 64) % k + 1
end
local function pick(list) return list[rand(#list)] end

local places, orgs = {}, {}
for i = 1, 300 do places[i] = "City " .. i end
for i = 1, 120 do orgs[i] = "Union " .. i end
local ACTORS = { "police", "workers", "farmers", "students", "teachers", "health_workers", "transport_workers",
  "lawyers", "pensioners", "activists", "residents" }
local FORMS = { "demonstration", "march", "rally", "strike", "sit_in", "blockade", "convoy", "vigil" }
local CLAIMS = { "pay", "pensions", "jobs", "working_conditions", "staffing", "resources", "cost_of_living",
  "public_services", "education", "health_care", "housing", "agriculture", "environment", "police_violence",
  "civil_rights", "democracy" }
local SOURCES = { "organizers", "police", "journalist", "other" }
local WORDS = { "protesters", "marched", "through", "the", "centre", "of", "on", "Saturday", "calling", "for",
  "better", "pay", "and", "an", "end", "to", "cuts", "police", "said", "union", "leaders", "thousands", "rally" }

local function sentence()
  local w = {}
  for i = 1, 24 do w[i] = pick(WORDS) end
  return (table.concat(w, " "):gsub("^%l", string.upper)) .. "."
end

local f = assert(io.open(out_path, "wb"))
for i = 1, n do
  local y, m, d = 2014 + rand(12), rand(12), rand(28)
  local date = string.format("%04d-%02d-%02d", y, m, d)
  if rand(10) == 1 then date = string.format("%04d-%02d", y, m) end
  local ev = { event_id = string.format("%s-%06x%06x", date, rand(16777216) - 1, rand(16777216) - 1),
    status = "happened", actor_type = pick(ACTORS) }
  if rand(50) ~= 1 then ev.date = date end
  ev.places, ev.organizers, ev.forms, ev.claims, ev.docs = {}, {}, {}, {}, {}
  for k = 1, rand(3) do ev.places[k] = pick(places) end
  for k = 1, rand(3) - 1 do ev.organizers[k] = pick(orgs) end
  for k = 1, rand(2) do ev.forms[k] = pick(FORMS) end
  for k = 1, rand(3) do ev.claims[k] = pick(CLAIMS) end
  for k = 1, rand(5) do
    ev.docs[k] = string.format("%03d_%06x%06x%04x.txt", rand(1000) - 1, rand(16777216) - 1, rand(16777216) - 1,
      rand(65536) - 1)
  end
  ev.participants = {}
  for k = 1, rand(4) - 1 do
    local low = rand(50) * math.floor(10 ^ rand(4))
    local high = rand(2) == 1 and low or low * 2
    ev.participants[k] = { low = low, high = high, text = records.number(low), source = SOURCES[k],
      doc = ev.docs[rand(#ev.docs)] }
  end
  ev.evidence = {}
  for k = 1, rand(3) do
    local start = rand(3000)
    local s = sentence()
    ev.evidence[k] = { doc = ev.docs[rand(#ev.docs)], start = start, ["end"] = start + #s, text = s }
  end
  f:write(records.encode(ev), "\n")
end
f:close()
