-- voices.lua: the most quoted speakers, streaming the extract records (memory grows with
-- the speakers, not the documents), linked to the events their documents tell.
--   lua5.4 examples/analyses/voices.lua [extract.jsonl [events.jsonl]]
local analyses = require "protestcorpus.analyses"
local cjson = require "cjson.safe"
local read = dofile("examples/analyses/read.lua")

local acc = analyses.voices.new({ kinds = { speech = true } })
for line in io.lines(arg[1] or "examples/analyses/sample.extract.jsonl") do
  local doc = cjson.decode(line)
  if type(doc) == "table" then acc:add(doc) end
end
local t = acc:result(read(arg[2] or "examples/analyses/sample.events.jsonl"))
for i, r in ipairs(t.rows) do
  print(("%2d. %s (%s): %d quotes in %d documents; organizations: %s; events: %s"):format(i, r.speaker, r.kind,
    r.quotes, r.docs, table.concat(r.organizations, ", "), table.concat(r.event_ids, ", ")))
  print("    " .. (r.sample or ""))
end
