#!/usr/bin/env lua5.4
-- tools/eval_summary.lua -- one line from `protestcorpus eval --json` output:
--   lua5.4 tools/eval_summary.lua NAME METRICS.json
local cjson = require("cjson")
local f = assert(io.open(arg[2]))
local m = cjson.decode(f:read("a"))
f:close()
local out = { string.format("%-12s micro %5.1f", arg[1], 100 * m.micro.f) }
for _, x in ipairs(m.rows) do
  if x.type ~= "micro" then out[#out + 1] = string.format("%s %5.1f", x.type, 100 * x.f) end
end
if m.date_value and m.date_value.exact_n > 0 then
  out[#out + 1] = string.format("values %d/%d", m.date_value.exact_ok, m.date_value.exact_n)
end
print(table.concat(out, "  "))
