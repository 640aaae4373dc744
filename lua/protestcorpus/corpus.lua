--- protestcorpus.corpus: streaming readers for article corpora.
--
--     local corpus = require "protestcorpus.corpus"
--     local reader = corpus.open({ "articles/", "dump.jsonl" }, {
--       on_error = function(err) io.stderr:write(err.path, ":", err.line or "", ": ", err.message, "\n") end,
--     })
--     for rec in reader do print(rec.id, #rec.text) end
--     print(reader.read, reader.rejected)
--
-- Inputs: a directory (its *.txt files sorted by name; subdirectories with opts.recursive),
-- a .txt file (one article), a JSON Lines file (.jsonl/.ndjson, or any other file whose
-- first non-space byte is "{"), and "-" for standard input (JSONL if it starts with "{",
-- else one article). Memory stays constant in the corpus size: one article at a time, JSONL
-- read in chunks, a directory's names listed only when the reader reaches it.
-- A bad record is reported to opts.on_error({path=, line=, message=}) and skipped; without
-- on_error the first MAX_KEPT errors are kept in reader.errors. Never raises on bad data.
-- Text files are passed byte for byte (a BOM or CRLF stays), so offsets index the file.
-- With opts.shard = "I/N" the reader yields only the records of shard I of N (M.shard_of):
-- a slice by document id, the same on every run, machine and interpreter.
-- Pure Lua within the syntax LuaJIT accepts.
local lfs = require "lfs"
local cjson = require("cjson.safe").new()

local M = {}

local CHUNK = 65536
local MAX_KEPT = 100
local BOM = "\239\187\191"

--- Languages a record may name (those the C core accepts); others are rejected here
-- rather than raising in pc.parse.
M.langs = { en = true, fr = true, und = true }

local DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

--- True when s is a valid calendar date "YYYY-MM-DD" (years 1..9999, as the C core).
function M.valid_date(s)
  if type(s) ~= "string" then return false end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return false end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if y < 1 or m < 1 or m > 12 or d < 1 or d > DAYS[m] then return false end
  if m == 2 and d == 29 and not ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) then
    return false
  end
  return true
end

---------------------------------------------------------------------------------------
-- Shards: a document belongs to shard fnv1a32(id) % N + 1.

local TWO32 = 4294967296

-- a XOR b for 0 <= a, b < 256, without bitwise operators (LuaJIT has none in its syntax),
-- as XOR8[a][b]. Built on the first hash, not when the module loads (a command without
-- shards never needs it), row by row from the row of a's upper seven bits:
-- a XOR b = 2 * ((a >> 1) XOR (b >> 1)) + (a's low bit XOR b's low bit).
local XOR8

local function xor_table()
  local t, row0 = {}, {}
  for b = 0, 255 do row0[b] = b end
  t[0] = row0
  for a = 1, 255 do
    local row, up, a0 = {}, t[math.floor(a / 2)], a % 2
    for b = 0, 255 do
      local b0 = b % 2
      row[b] = 2 * up[math.floor(b / 2)] + (a0 == b0 and 0 or 1)
    end
    t[a] = row
  end
  return t
end

--- FNV-1a, 32 bits, of the bytes of s: the standard function (offset basis 2166136261,
-- prime 16777619), in exact arithmetic modulo 2^32 that Lua 5.4 (integers) and LuaJIT
-- (doubles) compute alike: the prime is 2^24 + 403, so h * prime mod 2^32 is
-- (h * 403 + (h mod 256) * 2^24) mod 2^32, and every term stays below 2^53.
-- @return an integer in 0 .. 2^32 - 1
function M.fnv1a32(s)
  local h = 2166136261
  XOR8 = XOR8 or xor_table()
  for i = 1, #s do
    local low = h % 256
    h = h - low + XOR8[low][s:byte(i)]
    h = (h * 403 + (h % 256) * 16777216) % TWO32
  end
  return h
end

--- The shard (1 .. n) of a document id: fnv1a32(id) % n + 1.
function M.shard_of(id, n)
  if type(id) ~= "string" then
    error("bad argument #1 to 'shard_of' (string expected, got " .. type(id) .. ")", 2)
  end
  if type(n) ~= "number" or n < 1 or n ~= math.floor(n) then
    error("bad argument #2 to 'shard_of' (positive integer expected)", 2)
  end
  return M.fnv1a32(id) % n + 1
end

--- Parses a shard option "I/N" (1 <= I <= N, decimal integers, N < 2^31).
-- @return i, n; or nil and a message for people
function M.parse_shard(s)
  if type(s) ~= "string" then return nil, "expected I/N, e.g. 2/8" end
  local a, b = s:match("^%s*(%d+)%s*/%s*(%d+)%s*$")
  if not a then
    return nil, ("'%s' is not of the form I/N with whole numbers, e.g. 2/8"):format(s)
  end
  if #a > 10 or #b > 10 then return nil, ("'%s': numbers too large"):format(s) end
  local i, n = tonumber(a), tonumber(b)
  if n < 1 then return nil, ("'%s': the number of shards N must be at least 1"):format(s) end
  if n >= 2147483648 then return nil, ("'%s': the number of shards N must be below 2^31"):format(s) end
  if i < 1 or i > n then
    return nil, ("'%s': the shard index I must be between 1 and N (%d)"):format(s, n)
  end
  return math.floor(i), math.floor(n)
end

-- "cannot obtain information from file 'x': No such file" -> "No such file".
local function reason(msg)
  msg = tostring(msg)
  return msg:match(": ([^:]+)$") or msg
end

local function is_null(v)
  return v == nil or v == cjson.null
end

-- An id as a string: JSON numbers print like integers when they are integers.
local function id_string(v)
  if type(v) == "string" then return v end
  if type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge then
    if v == math.floor(v) and math.abs(v) < 2 ^ 53 then return string.format("%d", v) end
    return string.format("%.17g", v)
  end
  return nil
end

-- A value for a message: strings quoted and cut at 40 bytes, others as JSON.
local function show(v)
  if type(v) == "string" then
    if #v > 40 then v = v:sub(1, 40) .. "..." end
    return '"' .. v .. '"'
  end
  return tostring(cjson.encode(v))
end

--- Checks a decoded JSON object and turns it into a record.
-- @return the record, or nil and a message
function M.record_from_object(obj, path, line)
  if type(obj) ~= "table" or obj[1] ~= nil then return nil, "not a JSON object" end
  local text = obj.text
  if is_null(text) then return nil, 'missing "text"' end
  if type(text) ~= "string" then return nil, '"text" is not a string' end
  local rec = { text = text, source_path = path, line = line }
  if is_null(obj.id) then
    rec.id = path .. ":" .. line
  else
    rec.id = id_string(obj.id)
    if not rec.id then return nil, '"id" is not a string or a number' end
  end
  if not is_null(obj.date) then
    if not M.valid_date(obj.date) then
      return nil, '"date" is not a valid YYYY-MM-DD date: ' .. show(obj.date)
    end
    rec.date = obj.date
  end
  if not is_null(obj.lang) then
    if type(obj.lang) ~= "string" or not M.langs[obj.lang] then
      return nil, '"lang" is not one of en, fr, und: ' .. show(obj.lang)
    end
    rec.lang = obj.lang
  end
  if not is_null(obj.title) then
    if type(obj.title) ~= "string" then return nil, '"title" is not a string' end
    rec.title = obj.title
  end
  return rec
end

-- Lines of a file handle, read CHUNK bytes at a time: any line length, no whole-file read.
-- prefix holds bytes already read. Returns line, number; or nil at the end; or
-- false, message on a read error.
local function line_reader(fh, prefix)
  local buf, pos, n, eof = prefix or "", 1, 0, false
  local parts -- pieces of a line longer than the buffer
  return function()
    while true do
      local nl = buf:find("\n", pos, true)
      if nl then
        local line = buf:sub(pos, nl - 1)
        pos = nl + 1
        if parts then
          parts[#parts + 1] = line
          line, parts = table.concat(parts), nil
        end
        n = n + 1
        return line, n
      end
      if pos <= #buf then
        parts = parts or {}
        parts[#parts + 1] = buf:sub(pos)
      end
      buf, pos = "", 1
      if eof then
        if not parts then return nil end
        local line = table.concat(parts)
        parts = nil
        n = n + 1
        return line, n
      end
      local chunk, err = fh:read(CHUNK)
      if chunk then
        buf = chunk
      elseif err then
        return false, err
      else
        eof = true
      end
    end
  end
end

-- Reads until the first non-space byte; returns the bytes read and that byte (nil when
-- the input is only white space), or nil, message on a read error.
local function peek(fh)
  local acc = {}
  while true do
    local chunk, err = fh:read(CHUNK)
    if not chunk then
      if err then return nil, err end
      return table.concat(acc), nil
    end
    acc[#acc + 1] = chunk
    local head = #acc == 1 and chunk:sub(1, 3) == BOM and chunk:sub(4) or chunk
    local c = head:match("^%s*(%S)")
    if c then return table.concat(acc), c end
  end
end

local function read_rest(fh, prefix)
  local rest, err = fh:read("a")
  if not rest then return nil, err or "read error" end
  return prefix .. rest
end

local function basename(path)
  return path:match("([^/]*)/*$")
end

local function strip_ext(name)
  return name:match("^(.+)%.[^.]*$") or name
end

local function join(dir, name)
  if dir:sub(-1) == "/" then return dir .. name end
  return dir .. "/" .. name
end

local function ext_of(name)
  local e = name:match("%.([^./]*)$")
  return e and e:lower()
end

local Reader = {}
Reader.__index = Reader

-- A JSONL line that opens with a plain string id (no escape): {"id": "en_01", ...
local ID_PREFIX = '^%s*{%s*"id"%s*:%s*"([^"\\]*)"'

-- True when a record with this shard key belongs to the reader's shard (always without one).
function Reader:_mine(key)
  if not self._shard_n then return true end
  return M.fnv1a32(key) % self._shard_n + 1 == self._shard_i
end

-- Reports a bad record: counts it, then tells on_error (which may close the reader).
-- key: the record's shard key (its id when known, else "path:line"); with a shard, only
-- the shard that owns the key reports it, so that the shards of a corpus together report
-- each bad record once. key == true: an input every shard fails to read (an unreadable
-- file named on the command line, a read error): every shard reports it.
function Reader:_reject(path, line, message, key)
  if key ~= true and not self:_mine(key or (path .. ":" .. tostring(line))) then
    self.skipped = self.skipped + 1
    return
  end
  self.read = self.read + 1
  self.rejected = self.rejected + 1
  local err = { path = path, line = line, message = message }
  if self._on_error then
    self._on_error(err)
  elseif #self.errors < MAX_KEPT then
    self.errors[#self.errors + 1] = err
  end
end

-- A good record: counted and returned when it belongs to the shard (by key, default its
-- id); nil when not.
function Reader:_accept(rec, key)
  if not self:_mine(key or rec.id) then
    self.skipped = self.skipped + 1
    return nil
  end
  self.read = self.read + 1
  return rec
end

-- Source producers: each is a function returning the next record, or nil when done.
-- They report bad records through reader:_reject and go on with the next one.

function Reader:_jsonl(fh, path, prefix, close)
  local lines = line_reader(fh, prefix)
  return function()
    while true do
      local line, n = lines()
      if line == nil then
        if close then fh:close() end
        return nil
      elseif line == false then
        if close then fh:close() end
        self:_reject(path, nil, "read error: " .. tostring(n), true)
        return nil
      end
      if n == 1 and line:sub(1, 3) == BOM then line = line:sub(4) end
      if line:sub(-1) == "\r" then line = line:sub(1, -2) end
      -- With a shard, a line that starts with a plain string id is left undecoded when
      -- that id belongs to another shard (the common case, and the cost of a shard job).
      local key = self._shard_n and line:match(ID_PREFIX)
      if key and not self:_mine(key) then
        self.skipped = self.skipped + 1
      elseif line:find("%S") then
        local obj, err = cjson.decode(line)
        local rec
        if obj == nil then
          err = "invalid JSON: " .. tostring(err)
        else
          rec, err = M.record_from_object(obj, path, n)
        end
        -- the shard key: that first id, else the decoded id (the same string when both
        -- exist, unless the object names "id" twice), else path:line (in _reject)
        if not key and type(obj) == "table" and not is_null(obj.id) then key = id_string(obj.id) end
        if rec then
          rec = self:_accept(rec, key)
          if rec then return rec end
        else
          self:_reject(path, n, err, key)
          if self.closed then return nil end
        end
      end
    end
  end
end

-- One file named explicitly or from stdin: .txt is text, .jsonl/.ndjson is JSONL,
-- anything else is decided by its first non-space byte.
function Reader:_file(path, fh, kind, id)
  local close = fh ~= self._stdin
  if kind == "txt" and not self:_mine(id) then -- another shard's article: left unread
    if close then fh:close() end
    self.skipped = self.skipped + 1
    return nil
  end
  local prefix = ""
  if kind ~= "txt" then
    local first
    prefix, first = peek(fh)
    if not prefix then
      if close then fh:close() end
      self:_reject(path, nil, "read error: " .. tostring(first), true)
      return nil
    end
    if kind == nil then
      if first == nil then -- only white space: no article in it
        if close then fh:close() end
        return nil
      end
      kind = first == "{" and "jsonl" or "txt"
    end
    if kind == "jsonl" then return self:_jsonl(fh, path, prefix, close) end
  end
  local text, err = read_rest(fh, prefix)
  if close then fh:close() end
  if not text then
    self:_reject(path, nil, "read error: " .. tostring(err), id)
    return nil
  end
  local rec = self:_accept({ id = id, text = text, source_path = path })
  if not rec then return nil end
  return function()
    local r = rec
    rec = nil
    return r
  end
end

function Reader:_open_file(path, id)
  local mode, err = lfs.attributes(path, "mode")
  if not mode then
    self:_reject(path, nil, "cannot read: " .. reason(err), true)
    return nil
  end
  if mode == "directory" then
    self:_reject(path, nil, "cannot read: is a directory", true)
    return nil
  end
  local fh, oerr = io.open(path, "rb")
  if not fh then
    self:_reject(path, nil, "cannot read: " .. reason(oerr), true)
    return nil
  end
  local ext = ext_of(path)
  local kind = (ext == "txt" and "txt") or ((ext == "jsonl" or ext == "ndjson") and "jsonl") or nil
  return self:_file(path, fh, kind, id or strip_ext(basename(path)))
end

-- Names listed for a message: the first three, sorted, and how many more.
local function some_names(names)
  table.sort(names)
  local shown = {}
  for i = 1, math.min(3, #names) do shown[i] = names[i] end
  local more = #names > 3 and (", ... (%d more)"):format(#names - 3) or ""
  return table.concat(shown, ", ") .. more
end

-- What a directory held that the reader does not read: subfolders without recursion, and
-- files that are not .txt when the folder has no .txt file at all (a wrong folder).
function Reader:_note_skipped(path, entries, files, dirs)
  if not self._on_warning then return end
  if #dirs > 0 then
    self._on_warning({ path = path, message = ("%d subfolder%s not read (use -r to read them): %s")
      :format(#dirs, #dirs == 1 and "" or "s", some_names(dirs)) })
  end
  if #entries == 0 and #files > 0 then
    self._on_warning({ path = path, message = ("no .txt file; %d other file%s not read: %s")
      :format(#files, #files == 1 and "" or "s", some_names(files)) })
  end
end

-- Symbolic links to directories are not followed (no cycles in recursive mode).
local function is_real_dir(path)
  return lfs.attributes(path, "mode") == "directory" and lfs.symlinkattributes(path, "mode") ~= "link"
end

-- Directory: names are listed when the reader gets there; files are opened one by one.
function Reader:_dir(path, rel)
  local ok, iter, state = pcall(lfs.dir, path)
  if not ok then
    self:_reject(path, nil, "cannot list directory: " .. tostring(iter), true)
    return nil
  end
  local entries, skipped_files, skipped_dirs = {}, {}, {}
  for name in iter, state do
    if name:sub(1, 1) ~= "." then -- hidden files, ".", ".."
      if ext_of(name) == "txt" then
        entries[#entries + 1] = name
      elseif is_real_dir(join(path, name)) then
        if self._recursive then entries[#entries + 1] = name else skipped_dirs[#skipped_dirs + 1] = name end
      else
        skipped_files[#skipped_files + 1] = name
      end
    end
  end
  table.sort(entries)
  self:_note_skipped(path, entries, skipped_files, skipped_dirs)
  local i, sub = 0, nil
  return function()
    while true do
      if sub then
        local rec = sub()
        if rec then return rec end
        sub = nil
        if self.closed then return nil end
      end
      i = i + 1
      local name = entries[i]
      if not name then return nil end
      local full = join(path, name)
      local id = rel and (rel .. "/" .. strip_ext(name)) or strip_ext(name)
      local mode, err = lfs.attributes(full, "mode")
      if mode == "directory" and self._recursive and is_real_dir(full) then
        sub = self:_dir(full, rel and (rel .. "/" .. name) or name)
      elseif mode == "file" then
        if not self:_mine(id) then -- another shard's article: not even opened
          self.skipped = self.skipped + 1
        else
          local fh, oerr = io.open(full, "rb")
          if fh then
            sub = self:_file(full, fh, "txt", id)
          else
            self:_reject(full, nil, "cannot read: " .. reason(oerr), id)
          end
        end
      elseif mode == "directory" then
        self:_reject(full, nil, "cannot read: is a directory", id)
      elseif mode then
        self:_reject(full, nil, "cannot read: not a regular file (" .. mode .. ")", id)
      else -- vanished since the listing, or a dangling symbolic link
        self:_reject(full, nil, "cannot read: " .. reason(err), id)
      end
      if self.closed then return nil end
    end
  end
end

function Reader:_source(path)
  if path == "-" then
    return self:_file("-", self._stdin, nil, "stdin")
  end
  if lfs.attributes(path, "mode") == "directory" then
    return self:_dir(path, nil)
  end
  return self:_open_file(path)
end

--- The next record, or nil when every input is done (or the reader was closed).
function Reader:next()
  while not self.closed do
    if not self._current then
      self._index = self._index + 1
      local path = self._paths[self._index]
      if path == nil then
        self.closed = true
        return nil
      end
      self._current = self:_source(path)
    end
    if self._current then
      local rec = self._current()
      if rec then
        if self.closed then return nil end
        return rec
      end
      self._current = nil
    end
  end
  return nil
end

Reader.__call = Reader.next

--- Stops the reader: next() returns nil from now on. Safe to call from on_error.
-- An open file is closed when the garbage collector collects the reader.
function Reader:close()
  self.closed = true
end

--- Opens a corpus for reading.
-- @param paths a path or a list of paths (directories, .txt, .jsonl/.ndjson, "-")
-- @param opts optional: `recursive` (descend into subdirectories), `on_error` (function
--   called with {path=, line=, message=} for each bad record), `on_warning` (function
--   called with {path=, message=} for what a directory holds but is not read: subfolders
--   without `recursive`, other files when it has no .txt file), `stdin` (file handle used
--   for "-", default io.stdin), `shard` ("I/N": only the records whose id falls in shard
--   I of N, see shard_of; a bad record is reported by the shard of its id, or of
--   "path:line" when it has none; an input no shard can read is reported by every shard)
-- @return a reader: call it (or reader:next()) for the next record, nil at the end.
--   Records: {id=, text=, date=, lang=, title=, source_path=, line=}. Fields read,
--   rejected count records seen and records skipped as bad; skipped counts the records
--   left to other shards.
function M.open(paths, opts)
  opts = opts or {}
  if type(paths) == "string" then paths = { paths } end
  if type(paths) ~= "table" then
    error("bad argument #1 to 'open' (string or list of strings expected)", 2)
  end
  local list = {}
  for i, p in ipairs(paths) do
    if type(p) ~= "string" then
      error(("bad argument #1 to 'open' (path %d is not a string)"):format(i), 2)
    end
    list[i] = p
  end
  if opts.on_error ~= nil and type(opts.on_error) ~= "function" then
    error("bad argument #2 to 'open' (opts.on_error must be a function)", 2)
  end
  if opts.on_warning ~= nil and type(opts.on_warning) ~= "function" then
    error("bad argument #2 to 'open' (opts.on_warning must be a function)", 2)
  end
  local shard_i, shard_n
  if opts.shard ~= nil then
    local serr
    shard_i, serr = M.parse_shard(opts.shard)
    if not shard_i then error("bad argument #2 to 'open' (opts.shard: " .. serr .. ")", 2) end
    shard_n = serr
  end
  return setmetatable({
    read = 0, rejected = 0, skipped = 0, errors = {}, closed = false,
    _shard_i = shard_i, _shard_n = shard_n,
    _paths = list, _index = 0, _current = nil,
    _on_error = opts.on_error, _on_warning = opts.on_warning,
    _recursive = opts.recursive and true or false,
    _stdin = opts.stdin or io.stdin,
  }, Reader)
end

--- Reads JSON Lines: each call of the returned reader gives the next object and its line
-- number. Empty lines are skipped; a line that is not a JSON object is reported (on_error)
-- and skipped. Used for gold files and extract output; records are not checked.
function M.json_lines(path, opts)
  opts = opts or {}
  local self = setmetatable({
    read = 0, rejected = 0, errors = {}, closed = false,
    _on_error = opts.on_error, _stdin = opts.stdin or io.stdin,
  }, Reader)
  local fh, err
  if path == "-" then
    fh = self._stdin
  else
    local mode = lfs.attributes(path, "mode")
    if mode == "directory" then
      err = "is a directory"
    else
      fh, err = io.open(path, "rb")
    end
  end
  if not fh then return nil, ("cannot read %s: %s"):format(path, reason(err)) end
  local lines = line_reader(fh)
  local function close()
    if fh ~= self._stdin then fh:close() end
  end
  local function nextobj()
    while not self.closed do
      local line, n = lines()
      if line == nil then
        close()
        return nil
      elseif line == false then
        close()
        self.closed = true
        self.read_error = ("cannot read %s: %s"):format(path, tostring(n))
        return nil
      end
      if n == 1 and line:sub(1, 3) == BOM then line = line:sub(4) end
      if line:find("%S") then
        local obj, derr = cjson.decode(line)
        if type(obj) == "table" and obj[1] == nil then
          self.read = self.read + 1
          return obj, n
        end
        self:_reject(path, n, obj == nil and ("invalid JSON: " .. tostring(derr)) or "not a JSON object")
      end
    end
    return nil
  end
  self.next = nextobj
  return setmetatable(self, { __index = Reader, __call = nextobj })
end

--- The JSON null value as decoded (cjson.null), for callers that test for it.
M.null = cjson.null

return M
