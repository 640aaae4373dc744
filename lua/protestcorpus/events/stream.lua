--- protestcorpus.events.stream: the merge of a corpus's events in bounded memory.
--
--     local s = stream.new(merge_opts)            -- merge_opts as events/merge.lua's opts
--     for each document: for _, g in ipairs(groups) do s:add(g) end
--     local n, err = s:finish(encode, emit)       -- encode(record) -> line; emit(line) -> ok
--
-- Writes exactly what merge.merge(all groups) gives, in its order, one line per record.
-- Groups are kept in memory while they are few (opts.spill_units atoms and items, default
-- 5,000: about half a MB written out, some 10 MB of Lua tables); past that they are written to a
-- temporary file (one group a line) and only their signatures stay in memory (what
-- the merge relation reads of an atom: dates, places, organizers, actor type, forms; one
-- entry per distinct signature, not per atom). At the end:
--   1. signatures that may link (merge.link_signatures) and those of one group are joined:
--      every record's atoms then fall in one class;
--   2. classes are packed into partitions of about opts.partition_bytes (default 1 MB
--      written, at most 256 partitions; a class larger is a partition of its own), the groups read
--      back once and written to their partition's temporary file;
--   3. each partition is merged alone (merge.merge: exact, as no record crosses two) and
--      its lines written sorted to a temporary run;
--   4. the runs are merged (by date, then event_id, as merge.merge sorts).
-- Memory: the distinct signatures, one partition, and the heads of the runs. Time: linear
-- in the groups (each written and read twice) apart from the signatures of one bucket.
-- Temporary files come from io.tmpfile (removed when closed or at exit).
-- The temporary files hold Lua table constructors (read back with load): every value comes
-- back as it was, strings byte for byte (JSON would not keep invalid UTF-8), integers and
-- floats as they were, JSON null (records.NULL, cjson.null) as the same value.
-- Pure Lua within the syntax LuaJIT accepts.
local merge = require "protestcorpus.events.merge"
local records = require "protestcorpus.records"

local cjson_null
do
  local ok, cjson = pcall(require, "cjson.safe")
  cjson_null = ok and cjson.null or nil
end

local M = {}

local Stream = {}
Stream.__index = Stream

--- A new stream.
-- @param merge_opts the options of merge.merge (place_key, place_country)
-- @param opts optional {spill_units = N, partition_bytes = N} (small values: the specs),
--   serialize = fn(value) -> the text of the stream's own writer (M.serialize) or any
--   other Lua expression that load reads back as the same value (the command line passes
--   the C module's core.lua_literal)
function M.new(merge_opts, opts)
  opts = opts or {}
  return setmetatable({
    merge_opts = merge_opts, groups = {}, units = 0, count = 0, serialize = opts.serialize,
    spill_units = opts.spill_units or 5000,
    partition_bytes = opts.partition_bytes or 1000000,
    sig_index = {}, reps = {}, parent = {}, bytes = {}, file = nil,
  }, Stream)
end

local find, union = merge.find, merge.union

-- The signature number of a canonical atom (merge.atom; a new number when first seen).
-- (the signature's atom keeps only what merge.linked_sig reads: one per distinct event of
-- the corpus stays in memory)
function Stream:sig_of(at)
  local key = merge.signature(at)
  local i = self.sig_index[key]
  if not i then
    i = #self.reps + 1
    local rep = merge.prepare({ date = at.date, places = at.places, areas = at.areas,
      organizers = at.organizers, actor_type = at.actor_type, forms = at.forms })
    self.reps[i], self.sig_index[key], self.parent[i], self.bytes[i] = rep, i, i, 0
  end
  return i
end

local fmt, mtype, huge = string.format, math.type, math.huge

local function quote(s)
  local q = fmt("%q", s)
  -- (%q writes a newline as a backslash and a newline: one group a line needs "\n")
  if s:find("\n", 1, true) then q = q:gsub("\\\n", "\\n") end
  return q
end

local LUA_WORDS = {}
for w in ([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]]):gmatch("%a+") do LUA_WORDS[w] = true end

-- "name=" or '["key"]=' for a string key, kept (the keys of groups are a few names).
local key_prefix = setmetatable({}, { __index = function(t, k)
  local p
  if k:match("^[%a_][%w_]*$") and not LUA_WORDS[k] then p = k .. "=" else p = "[" .. quote(k) .. "]=" end
  t[k] = p
  return p
end })

-- v as a Lua expression, appended to out (n values there); returns the new n.
local function ser(v, out, n)
  local t = type(v)
  n = n + 1
  if t == "string" then
    out[n] = quote(v)
  elseif t == "number" then
    if v ~= v then out[n] = "(0/0)"
    elseif v == huge then out[n] = "(1/0)"
    elseif v == -huge then out[n] = "(-1/0)"
    elseif mtype and mtype(v) == "integer" then
      -- (the smallest integer has no literal: its digits read as a float)
      out[n] = v == math.mininteger and "(-9223372036854775807-1)" or fmt("%d", v)
    elseif v == math.floor(v) then out[n] = fmt("%.1f", v)
    else out[n] = fmt("%.17g", v) end
  elseif t == "boolean" then
    out[n] = v and "true" or "false"
  elseif v == records.NULL then
    out[n] = "R"
  elseif v ~= nil and v == cjson_null then
    out[n] = "N"
  elseif t == "table" then
    out[n] = "{"
    -- the sequence first, without keys; then the other keys
    local len = #v
    for i = 1, len do
      n = ser(v[i], out, n)
      n = n + 1
      out[n] = ","
    end
    for k, x in pairs(v) do
      local tk = type(k)
      if tk == "string" then
        n = n + 1
        out[n] = key_prefix[k]
        n = ser(x, out, n)
        n = n + 1
        out[n] = ","
      elseif tk == "number" and k == math.floor(k) then
        if k < 1 or k > len then
          n = n + 1
          out[n] = fmt("[%d]=", k)
          n = ser(x, out, n)
          n = n + 1
          out[n] = ","
        end
      else
        error("events.stream: cannot write a key of type " .. tk, 0)
      end
    end
    n = n + 1
    out[n] = "}"
  else
    error("events.stream: cannot write a " .. t, 0)
  end
  return n
end

--- v as a Lua expression (one line) that load reads back as the same value: strings byte
-- for byte, integers and floats as they were, records.NULL as R and cjson.null as N.
function M.serialize(v)
  local out = {}
  return table.concat(out, "", 1, ser(v, out, 0))
end

local ENV = { R = records.NULL, N = cjson_null }

-- A value written by ser, read back.
local function deser(line)
  local f, err = load("return " .. line, "=events.stream", "t", ENV)
  if not f then error("events.stream: a temporary file was damaged: " .. tostring(err), 0) end
  if rawget(_G, "setfenv") then setfenv(f, ENV) end -- luacheck: ignore
  return f()
end
M.deserialize = deser

local function units_of(g)
  local n = #(g.atoms or {})
  for _, k in ipairs(merge.ITEM_KEYS) do
    local list = g.items and g.items[k]
    if type(list) == "table" then n = n + #list end
  end
  return n
end

-- One group to the temporary file: its first signature in a comment ("--[[12]]", which
-- load skips: the line is copied to its partition as it is), the group (ser), a newline.
-- Returns true, or nil and a message.
function Stream:write(g)
  -- the atoms in their canonical form (what merge.merge reads of them, without the
  -- per-document lists a detected atom also carries)
  local atoms = {}
  for i, a in ipairs(g.atoms) do atoms[i] = merge.atom(a) end
  local line
  if self.serialize then
    line = self.serialize({ atoms = atoms, items = g.items or {} })
  else
    local out = {}
    line = table.concat(out, "", 1, ser({ atoms = atoms, items = g.items or {} }, out, 0))
  end
  local first
  for _, at in ipairs(atoms) do
    local i = self:sig_of(at)
    if first then union(self.parent, first, i) else first = i end
  end
  self.bytes[first] = self.bytes[first] + #line + 1
  local ok, err = self.file:write("--[[", first, "]]", line, "\n")
  if not ok then return nil, "cannot write a temporary file: " .. tostring(err) end
  return true
end

function Stream:spill()
  local f, err = io.tmpfile()
  if not f then return nil, "cannot open a temporary file: " .. tostring(err) end
  self.file = f
  local groups = self.groups
  self.groups = nil
  for _, g in ipairs(groups) do
    local ok, werr = self:write(g)
    if not ok then return nil, werr end
  end
  return true
end

--- Adds one group ({atoms, items}: events.groups, or merge.group_of_record); a group
-- without atoms is left out (as merge.merge does).
-- @return true, or nil and a message (a temporary file could not be written)
function Stream:add(g)
  if type(g.atoms) ~= "table" or g.atoms[1] == nil then return true end
  self.count = self.count + 1
  if self.file then return self:write(g) end
  self.groups[#self.groups + 1] = g
  self.units = self.units + units_of(g)
  if self.units > self.spill_units then return self:spill() end
  return true
end

-- The partition of each class root, and the number of partitions.
function Stream:partitions()
  local reps, parent = self.reps, self.parent
  merge.link_signatures(reps, self.merge_opts, function(i, j) union(parent, i, j) end)
  local size, roots = {}, {}
  for i = 1, #reps do
    local r = find(parent, i)
    if not size[r] then size[r] = 0 roots[#roots + 1] = r end
    size[r] = size[r] + self.bytes[i]
  end
  local total = 0
  for _, r in ipairs(roots) do total = total + size[r] end
  -- at most 256 partitions (files open at once)
  local target = math.max(self.partition_bytes, total / 256)
  local part, n, fill = {}, 0, 0
  for _, r in ipairs(roots) do
    if fill > 0 and fill + size[r] > target then n, fill = n + 1, 0 end
    part[r], fill = n, fill + size[r]
  end
  return part, n
end

-- The groups of one partition file, read back.
local function read_groups(f)
  f:seek("set")
  local groups = {}
  for line in f:lines() do
    local obj = deser(line)
    groups[#groups + 1] = { atoms = obj.atoms, items = obj.items }
  end
  f:close()
  return groups
end

-- The next record of a sorted run (for each record "date<TAB>event_id<TAB>length\n" then
-- the line, which may hold newlines: CSV).
local function next_of(run)
  local head = run.f:read("l")
  if not head then
    run.f:close()
    run.line = nil
    return
  end
  local date, id, len = head:match("^([^\t]*)\t([^\t]*)\t(%d+)$")
  run.date, run.id, run.line = date, id, run.f:read(tonumber(len))
end

-- Whether run a comes before run b (merge.merge's order: date, then event_id).
local function before(a, b)
  if a.date ~= b.date then return a.date < b.date end
  return a.id < b.id
end

-- Moves heap[i] down to its place (a binary heap, smallest first).
local function sift(heap, i)
  local n = #heap
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and before(heap[l], heap[m]) then m = l end
    if r <= n and before(heap[r], heap[m]) then m = r end
    if m == i then return end
    heap[i], heap[m] = heap[m], heap[i]
    i = m
  end
end

local function tmpfile()
  local f, err = io.tmpfile()
  if not f then error("cannot open a temporary file: " .. tostring(err), 0) end
  return f
end

-- Steps 1-3 (see the top): the sorted runs of the partitions.
function Stream:runs(encode)
  local part, n = self:partitions()
  local files = {}
  for p = 0, n do files[p] = tmpfile() end
  local f = self.file
  self.file = nil
  f:seek("set")
  for line in f:lines() do
    local sig = line:match("^%-%-%[%[(%d+)")
    local p = part[find(self.parent, tonumber(sig))]
    local ok, err = files[p]:write(line, "\n")
    if not ok then error("cannot write a temporary file: " .. tostring(err), 0) end
  end
  f:close()
  local runs = {}
  -- the groups read back are the merge's own: canonical atoms, items not copied again
  local mopts = { owned = true }
  for k, v in pairs(self.merge_opts or {}) do mopts[k] = v end
  for p = 0, n do
    local recs = merge.merge(read_groups(files[p]), mopts)
    local run = { f = tmpfile() }
    for _, r in ipairs(recs) do
      local line = encode(r)
      local ok, err = run.f:write(r.date or "", "\t", r.event_id, "\t", #line, "\n", line)
      if not ok then error("cannot write a temporary file: " .. tostring(err), 0) end
    end
    run.f:seek("set")
    next_of(run)
    runs[#runs + 1] = run
  end
  return runs
end

--- Writes the merged records: emit(encode(record)) for each, in merge.merge's order.
-- @return the number of records; or nil, a message and the number written (a temporary
--   file failed, or emit returned false)
function Stream:finish(encode, emit)
  if not self.file then
    local recs = merge.merge(self.groups, self.merge_opts)
    self.groups = {}
    for i, r in ipairs(recs) do
      if not emit(encode(r)) then return nil, "write failed", i - 1 end
    end
    return #recs
  end
  local ok, runs = pcall(self.runs, self, encode)
  if not ok then return nil, tostring(runs), 0 end
  -- a binary heap of the runs by their next record
  local heap = {}
  for _, run in ipairs(runs) do
    if run.line then heap[#heap + 1] = run end
  end
  for i = math.floor(#heap / 2), 1, -1 do sift(heap, i) end
  local count = 0
  while heap[1] do
    local best = heap[1]
    if not emit(best.line) then return nil, "write failed", count end
    count = count + 1
    next_of(best)
    if not best.line then
      heap[1] = heap[#heap]
      heap[#heap] = nil
    end
    sift(heap, 1)
  end
  return count
end

return M
