--- protestcorpus.cli.context: what every command shares: the run context (streams, counts,
-- reporting, exit status), the input loop over a corpus, and the common arguments.
-- A command file returns { help = "one line", setup = function(cmd), run = function(ctx, args) }.
-- Pure Lua within the syntax LuaJIT accepts.
local lfs = require "lfs"
local corpus = require "protestcorpus.corpus"

local M = {}

M.NAME = "protestcorpus"
M.EXIT_OK, M.EXIT_REJECTED, M.EXIT_USAGE, M.EXIT_FATAL = 0, 1, 2, 3

--- The C module, loaded only by the commands that parse text, so --help, eval's
-- arithmetic and summary work without a build. nil and a message when it cannot load.
function M.load_pc()
  local ok, pc = pcall(require, "protestcorpus")
  if ok then return pc end
  return nil, tostring(pc)
end

---------------------------------------------------------------------------------------
-- Run context: streams, counts, and the reporting every command shares.

local Ctx = {}
Ctx.__index = Ctx

function M.new(streams)
  return setmetatable({
    stdout = streams.stdout or io.stdout,
    stderr = streams.stderr or io.stderr,
    stdin = streams.stdin or io.stdin,
    read = 0, written = 0, rejected = 0,
    strict = false, fatal = nil, write_error = nil, counts = false,
  }, Ctx)
end

function Ctx:say(msg)
  self.stderr:write(M.NAME, ": ", msg, "\n")
end

--- A record that was not written: report it; with --strict it is fatal.
function Ctx:reject(path, line, message)
  self.rejected = self.rejected + 1
  local where = tostring(path or "?")
  if line then where = where .. ":" .. line end
  self:say(where .. ": " .. tostring(message))
  if self.strict and not self.fatal then
    self.fatal = "stopped at the first rejected record (--strict)"
  end
end

function Ctx:fail(message)
  if not self.fatal then self.fatal = message end
end

--- The C module, or nil with the failure recorded as fatal.
function Ctx:pc()
  local pc, err = M.load_pc()
  if not pc then self:fail("cannot load the protestcorpus module: " .. err) end
  return pc
end

--- Opens the output named by -o (default stdout). False when it cannot be opened.
function Ctx:open_output(path)
  if path == nil or path == "-" then
    self.out, self.out_name = self.stdout, "standard output"
    return true
  end
  local fh, err = io.open(path, "wb")
  if not fh then
    self:fail("cannot open output: " .. tostring(err))
    return false
  end
  self.out, self.out_name, self.out_owned = fh, path, true
  return true
end

--- Writes one output line. False (and the error recorded) when the write failed.
-- A record counts as written only once it has left the buffer: a flush per record, so that
-- after a write error (a full disk) read = written + rejected still holds exactly.
function Ctx:emit(line)
  if self.write_error then return false end
  local ok, err = self.out:write(line, "\n")
  if ok then ok, err = self.out:flush() end
  if not ok then
    self.write_error = tostring(err)
    self.rejected = self.rejected + 1
    return false
  end
  return true
end

--- Flushes and closes the output; the errors a buffered write shows only now count too.
function Ctx:close_output()
  if not self.out then return end
  local ok, err = self.out:flush()
  if not ok and not self.write_error then self.write_error = tostring(err) end
  if self.out_owned then
    ok, err = self.out:close()
    if not ok and not self.write_error then self.write_error = tostring(err) end
  end
  self.out = nil
end

--- Closes the output, prints the closing lines and returns the exit status.
function Ctx:finish()
  self:close_output()
  if self.write_error then
    self:say(("write error on %s: %s"):format(self.out_name or "output", self.write_error))
  end
  if self.fatal then self:say("fatal: " .. self.fatal) end
  if self.counts then
    local sr = self.shard_reader
    if sr then self:say(("shard %s: %d records left to other shards"):format(sr.shard, sr.reader.skipped)) end
    self:say(("read %d, written %d, rejected %d"):format(self.read, self.written, self.rejected))
  end
  if self.fatal then return M.EXIT_FATAL end
  if self.write_error or self.rejected > 0 or self.empty then return M.EXIT_REJECTED end
  return M.EXIT_OK
end

--- A run that found no document at all: said once, and the exit status is 1. With --shard,
-- a shard that owns none of the documents found (a small corpus, many shards) is not empty.
function Ctx:no_documents(paths)
  local sr = self.shard_reader
  if sr and sr.reader.skipped > 0 then return end
  self.empty = true
  self:say("no document found in " .. table.concat(paths, ", "))
end

---------------------------------------------------------------------------------------
-- Input that is not text.

-- More than this share of bytes outside valid UTF-8 (a quarter) makes an input "not text": a
-- Latin-1 article has a few percent (its accented letters), random binary data over half.
M.MAX_INVALID_SHARE = 0.25

--- Why a record is not an article's text (a binary file, another encoding gone wrong),
-- or nil: a NUL byte, or more than MAX_INVALID_SHARE of its bytes not valid UTF-8.
-- Fewer invalid bytes are read as U+FFFD and the record is kept (docs/cli.md).
function M.not_text(text, doc)
  local nul = text:find("\0", 1, true)
  if nul then return ("not text: a NUL byte at byte %d (binary file?)"):format(nul) end
  local bad = doc.meta.invalid_bytes
  if bad > 0 and bad > M.MAX_INVALID_SHARE * #text then
    return ("not text: %d of %d bytes are not valid UTF-8 (more than %d%%)")
      :format(bad, #text, M.MAX_INVALID_SHARE * 100)
  end
  return nil
end

--- Says how many bytes of a kept record are not valid UTF-8 (they read as U+FFFD).
function M.note_invalid(ctx, rec, doc)
  local meta = doc.meta
  if meta.invalid_bytes > 0 then
    local where = tostring(rec.source_path or "?") .. (rec.line and (":" .. rec.line) or "")
    ctx:say(("%s: %d byte%s not valid UTF-8 (the first at byte %d), read as U+FFFD")
      :format(where, meta.invalid_bytes, meta.invalid_bytes == 1 and " is" or "s are", meta.first_invalid))
  end
end

---------------------------------------------------------------------------------------
-- Progress on stderr: documents, MB, MB/s and, when the inputs' sizes are known, the ETA.
-- Shown when asked (--progress), or when stderr is a terminal (not with --quiet) and the run
-- has lasted a second; redrawn at most twice a second on one line.

local Progress = {}
Progress.__index = Progress

local function stderr_is_terminal()
  local ok = os.execute("test -t 2")
  return ok == true or ok == 0
end

-- The total size of the inputs when every one is a file or a directory of .txt files.
local function known_size(paths, recursive)
  local total = 0
  for _, p in ipairs(paths) do
    local mode = lfs.attributes(p, "mode")
    if mode == "file" then
      total = total + (lfs.attributes(p, "size") or 0)
    elseif mode == "directory" and not recursive then
      for name in lfs.dir(p) do
        if name:lower():match("%.txt$") and name:sub(1, 1) ~= "." then
          total = total + (lfs.attributes(p .. "/" .. name, "size") or 0)
        end
      end
    else
      return nil
    end
  end
  return total
end

function M.progress(ctx, args)
  local on = not args.quiet and (args.progress or stderr_is_terminal())
  local self = setmetatable({ ctx = ctx, on = on, forced = args.progress and not args.quiet,
    docs = 0, bytes = 0, start = os.clock(), shown = 0 }, Progress)
  if on then
    local ok, size = pcall(known_size, args.paths or {}, args.recursive)
    self.total = ok and size or nil
  end
  return self
end

function Progress:add(bytes)
  self.docs, self.bytes = self.docs + 1, self.bytes + bytes
  if not self.on then return end
  local now = os.clock()
  if now - self.start < 1 or now - self.shown < 0.5 then return end
  self.shown = now
  self:draw(now)
end

function Progress:draw(now)
  local mb, secs = self.bytes / 1e6, math.max(now - self.start, 1e-6)
  local line = ("%d documents, %.1f MB, %.1f MB/s"):format(self.docs, mb, mb / secs)
  if self.total and self.total > self.bytes then
    local eta = (self.total - self.bytes) / (self.bytes / secs)
    line = line .. ("; ETA %d:%02d"):format(math.floor(eta / 60), math.floor(eta % 60))
  end
  self.ctx.stderr:write("\r", M.NAME, ": ", line, "    ")
  self.drawn = true
end

--- The last state, on its own line: always with --progress, else once one was drawn.
function Progress:done()
  if self.drawn or (self.forced and self.docs > 0) then
    self:draw(os.clock())
    self.ctx.stderr:write("\n")
  end
end

---------------------------------------------------------------------------------------
-- Reading a corpus.

--- Opens the corpus named by args.paths (with args.recursive and args.shard, the options
-- of add_paths) with the context's error reporting.
function M.open_corpus(ctx, args)
  local reader
  reader = corpus.open(args.paths, {
    recursive = args.recursive,
    shard = args.shard,
    stdin = ctx.stdin,
    on_warning = function(w) ctx:say(w.path .. ": " .. w.message) end,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
  -- with --shard, the closing lines tell how many records the other shards own
  if args.shard then ctx.shard_reader = { shard = args.shard, reader = reader } end
  return reader
end

--- Parses every record of the inputs: use(rec, doc) for each article that parses and is
-- text (the document is closed after it); a nil result with a message rejects the record,
-- false stops the run. Progress, not-text checks and invalid-byte notes as every command
-- has them; ctx.read counts the records. Returns whether any document was seen (in any shard).
function M.each_document(ctx, args, use)
  local pc = ctx:pc()
  if not pc then return false end
  local reader = M.open_corpus(ctx, args)
  local progress = M.progress(ctx, args)
  for rec in reader do
    progress:add(#rec.text)
    local doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang })
    if doc then
      msg = M.not_text(rec.text, doc)
      if msg then doc:close() doc = nil else M.note_invalid(ctx, rec, doc) end
    end
    local ok = false
    if doc then
      ok, msg = use(rec, doc)
      doc:close()
    end
    if ok == false and doc then break end
    if not ok then ctx:reject(rec.source_path, rec.line, msg) end
    if ctx.fatal then break end
  end
  reader:close()
  progress:done()
  ctx.read = reader.read
  -- a shard may own no document of a small corpus: only an empty corpus is an error
  local seen = reader.read + (reader.skipped or 0) > 0
  if not seen and not ctx.fatal then ctx:no_documents(args.paths) end
  return seen
end

--- Writes make_line(rec, doc, opts) for each record of the inputs (a line, or a list of
-- lines); a nil line with a message rejects the record.
function M.run_records(ctx, args, make_line, opts)
  if not ctx:pc() or not ctx:open_output(args.output) then return end
  M.each_document(ctx, args, function(rec, doc)
    local line, lerr = make_line(rec, doc, opts)
    if not line then return nil, lerr end
    -- a list of lines (one per quotation for `quotes`; none at all for an empty list)
    for _, l in ipairs(type(line) == "table" and line or { line }) do
      if not ctx:emit(l) then return false end
    end
    ctx.written = ctx.written + 1
    return true
  end)
end

--- Reads the JSON objects of one JSON Lines file (or "-"): fn(obj, line) for each, until
-- it returns false or the run is fatal. Bad lines, an unreadable file and read errors are
-- reported through the context; ctx.read counts the lines read.
function M.each_json_object(ctx, path, fn)
  local reader, err
  reader, err = corpus.json_lines(path, {
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
  if not reader then
    ctx.read = ctx.read + 1
    ctx:reject(path, nil, err)
    return
  end
  for obj, line in reader do
    if fn(obj, line) == false or ctx.fatal then break end
  end
  if reader.read_error then ctx:reject(path, nil, reader.read_error) end
  ctx.read = ctx.read + reader.read
end

--- The value of a whole-number option (a string from argparse), at least min; nil with
-- the usage error recorded ("--top: not a whole number >= 0: x") when it is not one.
function M.whole_number(ctx, option, value, min)
  local n = tonumber(value)
  if not n or n < min or n ~= math.floor(n) then
    ctx.usage_error = ("%s: not a whole number >= %d: %s"):format(option, min, tostring(value))
    return nil
  end
  return n
end

--- Declares the input paths of a command that reads a corpus.
function M.add_paths(cmd)
  cmd:argument("paths", "Directories (their *.txt files), .txt files, .jsonl/.ndjson files, "
    .. "or - for standard input."):args("+")
  cmd:flag("-r --recursive", "Also read the .txt files of subdirectories.")
  cmd:option("--shard", "Read only shard I of N (I/N, 1 <= I <= N): the documents whose id "
    .. "hashes to I (FNV-1a, stable across runs and machines); the N shards partition the corpus.")
    :argname("I/N")
    :convert(function(s)
      local i, err = corpus.parse_shard(s)
      if not i then return nil, "--shard: " .. err end
      return (s:gsub("%s", ""))
    end)
end

return M
