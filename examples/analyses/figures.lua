-- figures.lua: organizers' vs police figures, and how far apart they are on average.
--   lua5.4 examples/analyses/figures.lua [events.jsonl]
local analyses = require "protestcorpus.analyses"
local read = dofile("examples/analyses/read.lua")

local t = analyses.figures.run(read(arg[1] or "examples/analyses/sample.events.jsonl"), { both = true })
local sum = 0
for _, r in ipairs(t.rows) do
  print(("%-22s %-10s organizers %-28s police %-10s ratio %.2f"):format(r.event_id, r.date or "?",
    r.organizers_text or r.organizers, r.police_text or r.police, r.ratio))
  sum = sum + math.log(r.ratio)
end
if #t.rows > 0 then
  print(("geometric mean of the ratios over %d events: %.2f"):format(#t.rows, math.exp(sum / #t.rows)))
end
