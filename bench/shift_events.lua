-- shift_events.lua: N copies of an event JSON Lines file, each its own events (for
-- bench/merge_scale.sh: is the memory of `merge` flat as its input grows?).
--
--   lua5.4 bench/shift_events.lua N < events.jsonl > bigger.jsonl
--
-- Copy c (0 .. N - 1) moves every year of a date written in the file ("2026-01-31",
-- "2026-01", in the dates, atoms and event ids) 200 * c years later, and every document id
-- ("en_01.txt#7") gets "~c" after it, so that no event of a copy meets one of another, as
-- make_corpus.lua --distinct does for articles. Years must stay below 10000: N <= 10 for
-- the years the benchmark corpora give. Deterministic.
local n = tonumber(arg[1] or "")
if not n or n < 1 then
  io.stderr:write("usage: shift_events.lua N < events.jsonl > out.jsonl\n")
  os.exit(2)
end
local lines = {}
for line in io.lines() do lines[#lines + 1] = line end
local out = io.stdout
for c = 0, n - 1 do
  for _, line in ipairs(lines) do
    if c > 0 then
      line = line:gsub('"(%d%d%d%d)%-(%d%d)', function(y, m)
        return '"' .. string.format("%04d", tonumber(y) + 200 * c) .. "-" .. m
      end)
      line = line:gsub("(%.txt#%d+)", "%1~" .. c)
    end
    out:write(line, "\n")
  end
end
