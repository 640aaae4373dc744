-- record_memory.lua: peak memory of one large article through doc:record_json (every
-- annotator, quotes included: the whole document's tokens are kept) or doc:entities()
-- (entities only). Builds one article of at least MB * 1e6 bytes from the example
-- articles (header lines dropped, joined by blank lines) and prints its size and the
-- output's. Run under /usr/bin/time for the peak resident set:
--
--   /usr/bin/time -f "%e s %M KB" env LUA_PATH='lua/?.lua;lua/?/init.lua;;' \
--     LUA_CPATH='build/lua5.4/?.so;;' lua5.4 tools/record_memory.lua json 10 examples/corpus/*.txt
local pc = require "protestcorpus"
local mode, mb = arg[1], tonumber(arg[2])
if (mode ~= "json" and mode ~= "entities") or not mb or not arg[3] then
  io.stderr:write("usage: record_memory.lua json|entities MB FILE...\n")
  os.exit(2)
end
local parts = {}
for i = 3, #arg do
  local f = assert(io.open(arg[i], "rb"))
  parts[#parts + 1] = (f:read("*a"):gsub("^date[^\n]*\n", ""))
  f:close()
end
local body = table.concat(parts, "\n\n")
local t, n = { "date 2026-01-31 One large article" }, 0
while n < mb * 1e6 do
  t[#t + 1] = body
  n = n + #body
end
local text = table.concat(t, "\n\n")
local doc = assert(pc.parse(text))
if mode == "json" then
  print(#text, #assert(doc:record_json({ id = "large" })))
else
  print(#text, #assert(doc:entities()))
end
