-- read.lua: the JSON Lines reader the example scripts share (lua-cjson, one object a line;
-- bad lines are reported on stderr and skipped).
--   local read = dofile("examples/analyses/read.lua")
--   local events = read("events.jsonl")
local cjson = require "cjson.safe"

return function(path)
  local out = {}
  local n = 0
  for line in io.lines(path) do
    n = n + 1
    if line:find("%S") then
      local obj, err = cjson.decode(line)
      if type(obj) == "table" then
        out[#out + 1] = obj
      else
        io.stderr:write(("%s:%d: skipped: %s\n"):format(path, n, tostring(err or "not an object")))
      end
    end
  end
  return out
end
