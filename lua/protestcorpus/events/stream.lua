--- protestcorpus.events.stream: the merge of a corpus's events in bounded memory.
--
--     local s = stream.new(merge_opts)            -- merge_opts as events/merge.lua's opts
--     for each document: for _, g in ipairs(groups) do s:add(g) end
--     local n, err = s:finish(encode, emit)       -- encode(record) -> line; emit(line) -> ok
--
-- Writes exactly what merge.merge(all groups) gives, in its order, one line per record.
-- Groups are kept in memory while they are few (opts.spill_units atoms and items, default
-- 5,000: about half a MB written out, some 10 MB of Lua tables); past that each group is
-- written out as a line, sorted by its first date in bounded memory (events/runs.lua: an
-- external sort, opts.run_bytes held, default 4 MB). At the end:
--   1. the groups are read back by date and swept day by day (events/sweep.lua): the
--      groups that may end in one record (linked signatures, a shared atom) form a class,
--      and a class is handed over as soon as no later group can join it (a link never
--      spans more than one day);
--   2. closed classes are merged together about opts.partition_bytes (default 1 MB
--      written) at a time (merge.merge: exact, as no record crosses two classes);
--   3. the records are sorted (by date, then event_id, as merge.merge sorts) through a
--      second external sort, and written.
-- Memory: the two sorts' 4 MB each, the classes still open (a day or two of the corpus's
-- events) and one batch of classes merged: flat as the corpus grows, apart from a record
-- told by very many documents (it is built whole). Time: linear in the groups (each
-- written and read twice, each record once), apart from the signatures of one bucket.
-- Temporary files come from opts.tmpfile (default io.tmpfile: removed when closed or at
-- exit); a write that fails (a full disk) is an error: add or finish returns nil and a
-- message ("cannot write a temporary file: ...").
-- A group's line holds two Lua table constructors (read back with load): the signatures
-- of its atoms (what the sweep reads, merge.linked_sig's fields), a newline, then the
-- group. Every value comes back as it was, strings byte for byte (JSON would not keep
-- invalid UTF-8), integers and floats as they were, JSON null (records.NULL, cjson.null) as
-- the same value.
-- Pure Lua within the syntax LuaJIT accepts.
local merge = require "protestcorpus.events.merge"
local records = require "protestcorpus.records"
local runs = require "protestcorpus.events.runs"
local sweep = require "protestcorpus.events.sweep"

local cjson_null
do
  local ok, cjson = pcall(require, "cjson.safe")
  cjson_null = ok and cjson.null or nil
end

local M = {}

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

local Stream = {}
Stream.__index = Stream

--- A new stream.
-- @param merge_opts the options of merge.merge (place_key, place_country)
-- @param opts optional {spill_units = N, partition_bytes = N, run_bytes = N} (small
--   values: the specs), tmpfile = function() -> file or nil, message (default io.tmpfile;
--   the specs pass one that fails as a full disk does), serialize = fn(value) -> the text
--   of the stream's own writer (M.serialize) or any other Lua expression that load reads
--   back as the same value (the command line passes the C module's core.lua_literal)
function M.new(merge_opts, opts)
  opts = opts or {}
  return setmetatable({
    merge_opts = merge_opts, groups = {}, units = 0, count = 0,
    serialize = opts.serialize or M.serialize,
    spill_units = opts.spill_units or 5000,
    partition_bytes = opts.partition_bytes or 1000000,
    run_bytes = opts.run_bytes or 4000000,
    tmpfile = opts.tmpfile, sorter = nil,
  }, Stream)
end

-- One group to the sort: keyed by its first time, the line "signatures\ngroup".
-- Returns true, or nil and a message.
function Stream:write(g)
  -- the atoms in their canonical form (what merge.merge reads of them, without the
  -- per-document lists a detected atom also carries)
  local atoms, sigs, first = {}, {}, nil
  for i, a in ipairs(g.atoms) do
    local at = merge.atom(a)
    atoms[i] = at
    sigs[i] = { date = at.date, places = at.places, areas = at.areas, organizers = at.organizers,
      actor_type = at.actor_type, forms = at.forms }
    local t = sweep.time_of(at.date)
    if not first or t < first then first = t end
  end
  local line = self.serialize(sigs) .. "\n" .. self.serialize({ atoms = atoms, items = g.items or {} })
  local ok, err = pcall(self.sorter.add, self.sorter, sweep.time_key(first), "", line)
  if not ok then return nil, tostring(err) end
  return true
end

function Stream:spill()
  self.sorter = runs.new({ bytes = self.run_bytes, tmpfile = self.tmpfile })
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
  if self.sorter then return self:write(g) end
  self.groups[#self.groups + 1] = g
  self.units = self.units + units_of(g)
  if self.units > self.spill_units then return self:spill() end
  return true
end

-- Steps 1-2 (see the top): the sorted groups swept, closed classes merged in batches,
-- their records (encoded) into the sort out.
function Stream:sweep_all(encode, out)
  -- the groups read back are the merge's own: canonical atoms, items not copied again
  local mopts = { owned = true }
  for k, v in pairs(self.merge_opts or {}) do mopts[k] = v end
  local batch, bytes, limit = {}, 0, self.partition_bytes
  local function flush()
    local groups = {}
    for i, line in ipairs(batch) do
      local obj = deser(line)
      groups[i] = { atoms = obj.atoms, items = obj.items }
    end
    batch, bytes = {}, 0
    for _, r in ipairs(merge.merge(groups, mopts)) do out:add(r.date or "", r.event_id, encode(r)) end
  end
  local w = sweep.new(self.merge_opts, function(lines)
    for _, l in ipairs(lines) do
      batch[#batch + 1] = l
      bytes = bytes + #l
    end
    if bytes >= limit then flush() end
  end)
  self.sweeper = w
  self.sorter:each(function(k, _, line)
    local nl = line:find("\n", 1, true)
    if not nl then error("a temporary file was damaged", 0) end
    w:add(sweep.key_time(k), deser(line:sub(1, nl - 1)), line:sub(nl + 1))
    return true
  end)
  w:finish()
  if batch[1] then flush() end
end

--- Writes the merged records: emit(encode(record)) for each, in merge.merge's order.
-- @return the number of records; or nil, a message and the number written (a temporary
--   file failed, or emit returned false)
function Stream:finish(encode, emit)
  if not self.sorter then
    local recs = merge.merge(self.groups, self.merge_opts)
    self.groups = {}
    for i, r in ipairs(recs) do
      if not emit(encode(r)) then return nil, "write failed", i - 1 end
    end
    return #recs
  end
  local out = runs.new({ bytes = self.run_bytes, tmpfile = self.tmpfile })
  local ok, err = pcall(self.sweep_all, self, encode, out)
  if not ok then return nil, tostring(err), 0 end
  local count = 0
  local ok2, res = pcall(out.each, out, function(_, _, line)
    if not emit(line) then return false end
    count = count + 1
    return true
  end)
  if not ok2 then return nil, tostring(res), count end
  if not res then return nil, "write failed", count end
  return count
end

return M
