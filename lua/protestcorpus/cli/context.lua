--- protestcorpus.cli.context: what every command shares: the run context (streams, counts,
-- reporting, exit status), the input loop over a corpus, and the common arguments.
-- A command file returns { help = "one line", setup = function(cmd), run = function(ctx, args) }.
-- Pure Lua within the syntax LuaJIT accepts.
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
    self:say(("read %d, written %d, rejected %d"):format(self.read, self.written, self.rejected))
  end
  if self.fatal then return M.EXIT_FATAL end
  if self.write_error or self.rejected > 0 then return M.EXIT_REJECTED end
  return M.EXIT_OK
end

---------------------------------------------------------------------------------------
-- Reading a corpus.

--- Opens the corpus named by args.paths with the context's error reporting.
function M.open_corpus(ctx, args)
  local reader
  reader = corpus.open(args.paths, {
    recursive = args.recursive,
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
  return reader
end

--- Parses every record of the inputs and writes make_line(rec, doc, opts) for each; a nil
-- line with a message rejects the record.
function M.run_records(ctx, args, make_line, opts)
  local pc = ctx:pc()
  if not pc then return end
  if not ctx:open_output(args.output) then return end
  local reader = M.open_corpus(ctx, args)
  for rec in reader do
    local doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang })
    if not doc then
      ctx:reject(rec.source_path, rec.line, msg)
      if ctx.fatal then break end
    else
      local line, lerr = make_line(rec, doc, opts)
      doc:close()
      if not line then
        ctx:reject(rec.source_path, rec.line, lerr)
        if ctx.fatal then break end
      else
        if not ctx:emit(line) then break end
        ctx.written = ctx.written + 1
      end
    end
  end
  reader:close()
  ctx.read = reader.read
end

--- Declares the input paths of a command that reads a corpus.
function M.add_paths(cmd)
  cmd:argument("paths", "Directories (their *.txt files), .txt files, .jsonl/.ndjson files, "
    .. "or - for standard input."):args("+")
  cmd:flag("-r --recursive", "Also read the .txt files of subdirectories.")
end

return M
