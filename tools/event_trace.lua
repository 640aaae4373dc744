-- Print the events of each document as detection builds them, with each mention's form,
-- date and sentence, on stderr; then run the command line as usual.
--   lua5.4 tools/event_trace.lua events examples/corpus/en_e04.txt -o /dev/null
-- (with LUA_PATH/LUA_CPATH from `make -s env`). A tool for finding the cause of an error
-- class, not part of the library.
local detect = require "protestcorpus.events.detect"

local function keys(set)
  local out = {}
  for k in pairs(set) do out[#out + 1] = k end
  table.sort(out)
  return table.concat(out, ",")
end

detect.trace = function(stage, d)
  io.stderr:write("## ", stage, " ", tostring(d.id), "\n")
  for _, ev in ipairs(d.events) do
    io.stderr:write("EV ", ev.date, " ", keys(ev.forms), " [", table.concat(ev.places, ","), "]\n")
    for _, m in ipairs(ev.mentions) do
      local sent = d.text:sub(m.sent.start, math.min(m.sent.stop, m.sent.start + 120)):gsub("\n", " ")
      io.stderr:write("   m ", keys(m.forms), " date=", tostring(m.date and m.date.value), " ",
        d.text:sub(m.start, m.stop), " @ ", sent, "\n")
    end
  end
end

dofile("bin/protestcorpus")
