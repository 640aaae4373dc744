-- timeline.lua: events and participants per week, then per month by actor type.
--   lua5.4 examples/analyses/timeline.lua [events.jsonl]     (or luajit)
-- Run from the top of the checkout (LUA_PATH="lua/?.lua;lua/?/init.lua;;").
local analyses = require "protestcorpus.analyses"
local format = require "protestcorpus.analyses.format"
local read = dofile("examples/analyses/read.lua")

local events = read(arg[1] or "examples/analyses/sample.events.jsonl")
print(format.text(analyses.timeline.run(events, { unit = "week" })))
print()
print(format.text(analyses.timeline.run(events, { unit = "month", by = "actor_type" })))
