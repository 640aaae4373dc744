--- protestcorpus.nvim.spans: byte offsets of a text made of buffer lines <-> (row, col).
--
--     local starts = spans.line_starts(lines)        -- 1-based offset of each line's first byte
--     local row, col = spans.position(starts, 42)    -- 0-based row and byte column of byte 42
--
-- The text of a buffer is its lines joined by "\n" (no final newline): that is what the
-- plugin parses, so a byte offset maps to a row and a byte column exactly, whatever the
-- 'fileformat' (with fileformat=dos the lines hold no "\r"; a "\r" left inside a line under
-- fileformat=unix is one more byte of that line). Columns are bytes, as extmarks count
-- them, so invalid UTF-8 and multibyte characters need no special case.
-- Pure Lua within the syntax LuaJIT accepts; no vim, no C module.
local M = {}

--- The 1-based offset, in lines joined by "\n", of the first byte of each line.
-- @param lines a list of strings
-- @param first optional offset of the first line (default 1)
function M.line_starts(lines, first)
  local starts, pos = {}, first or 1
  for i = 1, #lines do
    starts[i] = pos
    pos = pos + #lines[i] + 1
  end
  return starts
end

--- line_starts of lines[i..j] alone (the text table.concat(lines, "\n", i, j)).
function M.line_starts_range(lines, i, j)
  local starts, pos = {}, 1
  for k = i, j do
    starts[k - i + 1] = pos
    pos = pos + #lines[k] + 1
  end
  return starts
end

--- The index of the line holding 1-based byte offset `pos`: the last i with starts[i] <= pos
-- (binary search). A position on a line's "\n" belongs to that line.
function M.line_of(starts, pos)
  local lo, hi = 1, #starts
  if hi == 0 or pos < starts[1] then return 1 end
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if starts[mid] <= pos then lo = mid else hi = mid - 1 end
  end
  return lo
end

--- 0-based (row, col) of the 1-based byte offset `pos`, as extmarks take them.
function M.position(starts, pos)
  local i = M.line_of(starts, pos)
  return i - 1, pos - starts[i]
end

--- 0-based start (row, col) and end-exclusive (end_row, end_col) of a 1-based inclusive
-- span [start, stop]. An empty span (stop < start) ends where it starts.
function M.range(starts, start, stop)
  local row, col = M.position(starts, start)
  if stop < start then return row, col, row, col end
  -- the end is the position just after byte `stop`: same line as that byte
  local erow, ecol = M.position(starts, stop)
  return row, col, erow, ecol + 1
end

--- The 1-based offset of 0-based (row, col).
function M.offset(starts, row, col)
  return starts[row + 1] + col
end

return M
