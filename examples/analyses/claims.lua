-- claims.lua: what protests are about: shares, then a month x claim grid.
--   lua5.4 examples/analyses/claims.lua [events.jsonl]
local analyses = require "protestcorpus.analyses"
local read = dofile("examples/analyses/read.lua")

local events = read(arg[1] or "examples/analyses/sample.events.jsonl")
for _, r in ipairs(analyses.claims.totals(events).rows) do
  print(("%-28s %3d  %5.1f%%"):format(r.claim, r.events, 100 * r.share))
end
local grid, months, seen = {}, {}, {}
for _, r in ipairs(analyses.claims.by_month(events).rows) do
  if not seen[r.period] then seen[r.period] = true; months[#months + 1] = r.period end
  grid[r.claim] = grid[r.claim] or {}
  grid[r.claim][r.period] = r.events
end
io.write(("\n%-28s"):format("claim \\ month"))
for _, m in ipairs(months) do io.write(("%9s"):format(m)) end
io.write("\n")
for _, r in ipairs(analyses.claims.totals(events).rows) do
  io.write(("%-28s"):format(r.claim))
  for _, m in ipairs(months) do io.write(("%9s"):format(grid[r.claim][m] or ".")) end
  io.write("\n")
end
