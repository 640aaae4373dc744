--- protestcorpus.events.sweep: which groups may end in one record, found day by day.
--
--     local w = sweep.new(merge_opts, on_close)
--     w:add(t, reps, line)   -- groups in order of t, their first time (sweep.time_of)
--     w:finish()
--
-- Calls on_close(lines) with the lines of a set of groups as soon as no group still to
-- come can join it: a *class*, closed under what joins groups into one record (a shared
-- atom, linked signatures: merge.link_signatures), so that merge.merge of any set of whole
-- classes is exact. What it keeps: the signatures of the classes still open, and their
-- groups' lines.
--
-- Why it can close: the merge links two atoms only when their dates are days at most one
-- apart, or the same month (merge.linked_sig). Every atom has a time t (its day number; a
-- month's first day for a month; UNDATED for no date, which links to nothing), and groups
-- come in order of their smallest t, so when the sweep reaches time T every atom of time
-- below T is known, and a class whose atoms are all before T - 1 can meet no atom to come.
-- Each time T is a step: the groups whose first time is T are added (their signatures, new
-- or seen, joined), then the signatures of time T are linked with those of T and T - 1
-- (merge.link_signatures: the pairs with one of them new). A group whose atoms span several
-- days (a record read back) holds its class open until its last day.
-- Memory: the signatures and lines of the open classes, which on a corpus of distinct
-- events are those of a day or two; a class that stays open long (one action told day
-- after day) keeps its groups until it closes, as its record must hold them all anyway.
-- Pure Lua within the syntax LuaJIT accepts.
local merge = require "protestcorpus.events.merge"
local dates = require "protestcorpus.events.dates"

local M = {}

--- The time of an atom without a date (or with one that is neither a day nor a month):
-- before every other, linked to nothing.
M.UNDATED = -1000

--- The time of a date: its day number, the day number of its first day for a month.
function M.time_of(date)
  local y, m, d = dates.parse(date)
  if not y then return M.UNDATED end
  return dates.daynum(y, m, d or 1)
end

--- A time as a key that sorts as the times do (8 digits: day numbers run from -60 for
-- year 0 to about 3.65 million for 9999).
function M.time_key(t)
  return string.format("%08d", t - M.UNDATED)
end

--- The time of a key.
function M.key_time(k)
  return tonumber(k) + M.UNDATED
end

-- A binary heap of {time, ...} entries, smallest time first.
local function push(heap, x)
  local i = #heap + 1
  heap[i] = x
  while i > 1 do
    local p = (i - i % 2) / 2
    if heap[p][1] <= x[1] then break end
    heap[i], heap[p] = heap[p], x
    i = p
  end
end

local function pop(heap)
  local top, n = heap[1], #heap
  local x = heap[n]
  heap[n] = nil
  n = n - 1
  local i = 1
  while true do
    local l, m = 2 * i, i
    local xm = x
    if l <= n and heap[l][1] < xm[1] then m, xm = l, heap[l] end
    if l + 1 <= n and heap[l + 1][1] < xm[1] then m = l + 1 end
    if m == i then break end
    heap[i] = heap[m]
    i = m
  end
  if n > 0 then heap[i] = x end
  return top
end

local Sweep = {}
Sweep.__index = Sweep

--- A new sweep.
-- @param merge_opts the options of merge.merge (place_key, place_country)
-- @param on_close function(lines) called with the lines of each class that closes
function M.new(merge_opts, on_close)
  return setmetatable({
    merge_opts = merge_opts, on_close = on_close,
    index = {}, sigs = {}, parent = {}, members = {}, maxt = {}, next_id = 1,
    open = 0, max_open = 0,
    at = {}, pending = {}, closing = {}, step = nil, prev = nil, prev_t = nil,
  }, Sweep)
end

local function find(parent, i)
  while parent[i] ~= i do
    parent[i] = parent[parent[i]]
    i = parent[i]
  end
  return i
end

-- Joins the classes of signatures i and j (the smaller member list into the larger).
function Sweep:union(i, j)
  local parent, members, maxt = self.parent, self.members, self.maxt
  local a, b = find(parent, i), find(parent, j)
  if a == b then return end
  if #members[a] < #members[b] then a, b = b, a end
  parent[b] = a
  local ma = members[a]
  for _, x in ipairs(members[b]) do ma[#ma + 1] = x end
  members[b] = nil
  local tb = maxt[b]
  maxt[b] = nil
  if tb > maxt[a] then
    maxt[a] = tb
    push(self.closing, { tb, a })
  end
end

-- The number of a signature (a prepared copy of what merge.linked_sig reads of an atom),
-- new or already open.
function Sweep:sig(rep)
  local key = merge.signature(rep)
  local id = self.index[key]
  if id then return id end
  id = self.next_id
  self.next_id = id + 1
  merge.prepare(rep)
  local t = M.time_of(rep.date)
  self.index[key] = id
  self.sigs[id] = { key = key, rep = rep, groups = {} }
  self.parent[id], self.members[id], self.maxt[id] = id, { id }, t
  self.open = self.open + 1
  if self.open > self.max_open then self.max_open = self.open end
  push(self.closing, { t, id })
  local list = self.at[t]
  if not list then
    list = {}
    self.at[t] = list
    if t ~= self.step then push(self.pending, { t }) end
  end
  list[#list + 1] = id
  return id
end

-- Closes the class of root: its lines to on_close, its signatures forgotten.
function Sweep:close(root)
  local lines = {}
  for _, id in ipairs(self.members[root]) do
    local s = self.sigs[id]
    for _, l in ipairs(s.groups) do lines[#lines + 1] = l end
    self.index[s.key], self.sigs[id], self.parent[id] = nil, nil, nil
  end
  self.open = self.open - #self.members[root]
  self.members[root], self.maxt[root] = nil, nil
  self.on_close(lines)
end

-- Starts the step of time t: the classes that ended before t - 1 close.
function Sweep:begin(t)
  local heap = self.closing
  while heap[1] and heap[1][1] < t - 1 do
    local e = pop(heap)
    local root = e[2]
    -- (an entry is stale once its class joined another or grew later)
    if self.parent[root] == root and self.maxt[root] == e[1] then self:close(root) end
  end
  if self.pending[1] and self.pending[1][1] == t then pop(self.pending) end
  self.step = t
end

-- Ends the current step: its signatures linked with those of the step and the day before.
function Sweep:link()
  local t = self.step
  local cur = self.at[t] or {}
  if t ~= M.UNDATED then
    local reps, ids = {}, {}
    if self.prev_t == t - 1 then
      for _, id in ipairs(self.prev) do
        local s = self.sigs[id]
        if s then
          reps[#reps + 1], ids[#ids + 1] = s.rep, id
        end
      end
    end
    local first = #reps + 1
    for _, id in ipairs(cur) do reps[#reps + 1], ids[#ids + 1] = self.sigs[id].rep, id end
    if reps[first] then
      merge.link_signatures(reps, self.merge_opts, function(i, j) self:union(ids[i], ids[j]) end, first)
    end
  end
  self.prev, self.prev_t, self.at[t], self.step = cur, t, nil, nil
end

-- Runs the steps of the times still pending before t (atoms of groups already added).
function Sweep:catch_up(t)
  local pending = self.pending
  while pending[1] and pending[1][1] < t do
    self:begin(pending[1][1])
    self:link()
  end
end

--- Adds a group: t its smallest time (never less than the last group's), reps the
-- signatures of its atoms (merge.prepare'd here), line what on_close gets back.
function Sweep:add(t, reps, line)
  if self.step ~= t then
    if self.last_t and t < self.last_t then error("events.sweep: groups out of order", 2) end
    self.last_t = t
    if self.step then self:link() end
    self:catch_up(t)
    self:begin(t)
  end
  local first
  for _, rep in ipairs(reps) do
    local id = self:sig(rep)
    if first then self:union(first, id) else first = id end
  end
  local groups = self.sigs[first].groups
  groups[#groups + 1] = line
end

--- Ends the sweep: every class still open closes.
function Sweep:finish()
  if self.step then self:link() end
  self:catch_up(math.huge)
  self:begin(math.huge)
end

--- The number of signatures open now, and the most open at once (what the sweep holds:
-- the benchmarks and specs).
function Sweep:open_count()
  return self.open, self.max_open
end

return M
