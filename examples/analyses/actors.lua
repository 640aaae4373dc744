-- actors.lua: who organizes, and who organizes with whom.
--   lua5.4 examples/analyses/actors.lua [events.jsonl]
local analyses = require "protestcorpus.analyses"
local read = dofile("examples/analyses/read.lua")

local events = read(arg[1] or "examples/analyses/sample.events.jsonl")
for _, r in ipairs(analyses.actors.organizers(events).rows) do
  print(("%-28s %3d events  %s .. %s  (%s)"):format(r.organizer, r.events, r.first_date or "?",
    r.last_date or "?", table.concat(r.actor_types, ", ")))
end
for _, r in ipairs(analyses.actors.pairs(events).rows) do
  print(("together: %s + %s, %d events"):format(r.organizer_a, r.organizer_b, r.events))
end
