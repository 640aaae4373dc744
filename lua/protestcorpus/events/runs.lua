--- protestcorpus.events.runs: an external sort of lines in bounded memory.
--
--     local s = runs.new({ bytes = 4e6 })
--     s:add(k1, k2, line)                 -- any number of times; raises on a write error
--     s:each(function(k1, k2, line) ... return true end)   -- in (k1, k2) order
--
-- Items are sorted by k1, then k2 (strings, compared bytewise); items with equal keys come
-- out in no particular order. Memory: the items held (about opts.bytes of keys and
-- lines) and one item per run file being merged.
-- How: replacement selection. Items wait in a heap; past opts.bytes the smallest goes out
-- to the current run file, unless it is smaller than the last item written there, in which
-- case it waits for the next run. Input that comes nearly sorted (the events of a corpus
-- read by date) thus makes one long run; input in random order, runs of about twice
-- opts.bytes. Runs are merged FAN (32) at a time as they accumulate (levels, as a
-- log-structured merge does: a run is rewritten once per level), so at most FAN - 1 runs
-- of each level are open, and `each` merges what is left through one heap.
-- Run files come from opts.tmpfile (default io.tmpfile: removed when closed or at exit);
-- each item is a line "#k1 #k2 #line\n" then the three strings, so keys and lines may hold
-- any bytes (newlines too). Write and read errors raise "cannot write a temporary file:
-- ..." or "a temporary file was damaged" (level 0): the caller turns them into nil, message.
-- Pure Lua within the syntax LuaJIT accepts.
local M = {}

local FAN = 32

local Sorter = {}
Sorter.__index = Sorter

--- A new sorter.
-- @param opts optional {bytes = N (default 4,000,000; small values: the specs), tmpfile =
--   function() -> file or nil, message (default io.tmpfile)}
function M.new(opts)
  opts = opts or {}
  return setmetatable({
    limit = opts.bytes or 4000000, tmpfile = opts.tmpfile or io.tmpfile,
    heap = {}, bytes = 0, cur = 1, last = nil, file = nil, levels = {}, nruns = 0,
  }, Sorter)
end

-- (run, k1, k2) order: the run first (replacement selection), then the keys.
local function less(a, b)
  if a.run ~= b.run then return a.run < b.run end
  if a.k1 ~= b.k1 then return a.k1 < b.k1 end
  return a.k2 < b.k2
end

local function push(heap, x)
  local i = #heap + 1
  heap[i] = x
  while i > 1 do
    local p = (i - i % 2) / 2
    if not less(heap[i], heap[p]) then break end
    heap[i], heap[p] = heap[p], heap[i]
    i = p
  end
end

-- Moves heap[i] down to its place.
local function sift(heap, i)
  local n = #heap
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and less(heap[l], heap[m]) then m = l end
    if r <= n and less(heap[r], heap[m]) then m = r end
    if m == i then return end
    heap[i], heap[m] = heap[m], heap[i]
    i = m
  end
end

local function pop(heap)
  local top, n = heap[1], #heap
  heap[1] = heap[n]
  heap[n] = nil
  if n > 1 then sift(heap, 1) end
  return top
end

local function check(ok, err)
  if not ok then error("cannot write a temporary file: " .. tostring(err), 0) end
  return ok
end

local function open(self)
  local f, err = self.tmpfile()
  if not f then error("cannot open a temporary file: " .. tostring(err), 0) end
  return f
end

local function write_item(f, k1, k2, line)
  check(f:write(#k1, " ", #k2, " ", #line, "\n", k1, k2, line))
end

-- The next item of a run file into run (k1, k2, line); run.k1 = nil at its end.
local function advance(run)
  local f = run.f
  local head = f:read("l")
  if not head then
    run.k1 = nil
    f:close()
    return
  end
  local n1, n2, n3 = head:match("^(%d+) (%d+) (%d+)$")
  if not n1 then error("a temporary file was damaged", 0) end
  n1, n2, n3 = tonumber(n1), tonumber(n2), tonumber(n3)
  local total = n1 + n2 + n3
  local s = total == 0 and "" or f:read(total)
  if not s or #s ~= total then error("a temporary file was damaged", 0) end
  run.k1, run.k2, run.line = s:sub(1, n1), s:sub(n1 + 1, n1 + n2), s:sub(n1 + n2 + 1)
end

-- A run file ready to be read: its first item loaded.
local function reader(f)
  check(f:seek("set"))
  local run = { f = f, run = 0 }
  advance(run)
  return run
end

-- Calls fn(k1, k2, line) for the items of the run files fs, merged in order; stops when
-- fn returns false (and returns false).
local function merge_files(fs, fn)
  local heap = {}
  for _, f in ipairs(fs) do
    local run = reader(f)
    if run.k1 then push(heap, run) end
  end
  while heap[1] do
    local run = heap[1]
    if not fn(run.k1, run.k2, run.line) then return false end
    advance(run)
    if run.k1 then sift(heap, 1) else pop(heap) end
  end
  return true
end

-- A finished run file joins level 1; FAN runs of a level are merged into one of the next.
local function add_run(self, f, level)
  local list = self.levels[level] or {}
  self.levels[level] = list
  list[#list + 1] = f
  self.nruns = self.nruns + 1
  if #list < FAN then return end
  self.levels[level] = {}
  local out = open(self)
  merge_files(list, function(k1, k2, line)
    write_item(out, k1, k2, line)
    return true
  end)
  self.nruns = self.nruns - #list
  add_run(self, out, level + 1)
end

-- The smallest item held goes out to the current run (a new run when it belongs to the next).
local function spill_one(self)
  local top = pop(self.heap)
  self.bytes = self.bytes - #top.k1 - #top.k2 - #top.line
  if self.file and top.run ~= self.cur then
    add_run(self, self.file, 1)
    self.file = nil
  end
  self.cur = top.run
  if not self.file then self.file = open(self) end
  write_item(self.file, top.k1, top.k2, top.line)
  self.last = top
end

--- Adds one item. Raises (level 0) when a temporary file cannot be written.
function Sorter:add(k1, k2, line)
  local x = { k1 = k1, k2 = k2, line = line, run = self.cur }
  local last = self.last
  if last and (k1 < last.k1 or (k1 == last.k1 and k2 < last.k2)) then x.run = self.cur + 1 end
  push(self.heap, x)
  self.bytes = self.bytes + #k1 + #k2 + #line
  while self.bytes > self.limit do spill_one(self) end
end

--- Calls fn(k1, k2, line) for every item added, in order; stops as soon as fn returns
-- false. Once only. Returns true, or false when fn stopped it; raises (level 0) when a
-- temporary file cannot be written or read back.
function Sorter:each(fn)
  local heap = self.heap
  if not self.file and self.nruns == 0 then
    -- all in memory
    while heap[1] do
      local x = pop(heap)
      if not fn(x.k1, x.k2, x.line) then return false end
    end
    return true
  end
  while heap[1] do spill_one(self) end
  if self.file then add_run(self, self.file, 1) end
  self.file = nil
  local fs = {}
  for _, list in pairs(self.levels) do
    for _, f in ipairs(list) do fs[#fs + 1] = f end
  end
  self.levels = {}
  return merge_files(fs, fn)
end

--- The number of run files written so far (for the benchmarks and specs).
function Sorter:run_count()
  return self.nruns + (self.file and 1 or 0)
end

return M
