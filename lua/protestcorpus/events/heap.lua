--- protestcorpus.events.heap: a binary min-heap in an array, ordered by a `less` function.
--
--     heap.push(h, x, less); local top = heap.pop(h, less)
--     h[1] = replacement; heap.sift(h, 1, less)   -- the top changed in place
--
-- Used by the external sort (events.runs) and the sweep by date (events.sweep).
-- Pure Lua within the syntax LuaJIT accepts.
local M = {}

function M.push(h, x, less)
  local i = #h + 1
  h[i] = x
  while i > 1 do
    local p = (i - i % 2) / 2
    if not less(h[i], h[p]) then break end
    h[i], h[p] = h[p], h[i]
    i = p
  end
end

--- Moves h[i] down to its place.
function M.sift(h, i, less)
  local n = #h
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and less(h[l], h[m]) then m = l end
    if r <= n and less(h[r], h[m]) then m = r end
    if m == i then return end
    h[i], h[m] = h[m], h[i]
    i = m
  end
end

function M.pop(h, less)
  local top, n = h[1], #h
  h[1] = h[n]
  h[n] = nil
  if n > 1 then M.sift(h, 1, less) end
  return top
end

return M
