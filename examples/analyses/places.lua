-- places.lua: events per place and the largest crowd reported there, as CSV.
--   lua5.4 examples/analyses/places.lua [events.jsonl] > places.csv
local analyses = require "protestcorpus.analyses"
local format = require "protestcorpus.analyses.format"
local read = dofile("examples/analyses/read.lua")

print(format.csv(analyses.places.run(read(arg[1] or "examples/analyses/sample.events.jsonl"))))
