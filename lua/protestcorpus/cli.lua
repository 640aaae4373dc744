--- protestcorpus.cli: the `protestcorpus` command line.
--
--     os.exit(require("protestcorpus.cli").main(arg))
--
-- main(argv, streams) parses argv (argv[1..n]), runs one command and returns the exit
-- status; it writes only to streams.stdout / stderr (default io.stdout / io.stderr) and
-- reads "-" from streams.stdin, and never exits. Commands live in M.commands: each has
-- `help` (one line), `setup(cmd)` (declares its arguments on an argparse command) and
-- `run(ctx, args)`, so a new command is one more entry.
-- Every command that reads records ends its stderr with
--   protestcorpus: read N, written N, rejected N
-- Pure Lua within the syntax LuaJIT accepts.
local argparse = require "argparse"
local corpus = require "protestcorpus.corpus"
local records = require "protestcorpus.records"
local eval = require "protestcorpus.eval"

local M = {}

M.EXIT_OK, M.EXIT_REJECTED, M.EXIT_USAGE, M.EXIT_FATAL = 0, 1, 2, 3

local NAME = "protestcorpus"

local EPILOG = [[
Exit status:
  0  every record was read and written
  1  some records were rejected (each one reported on stderr with path:line and the
     reason), or writing the output failed
  2  usage error (unknown option, missing argument, bad --map or --types)
  3  fatal: --strict stopped at the first bad record, the gold file of eval is
     unreadable or not JSON Lines, the output file cannot be opened, or an internal error]]

-- The C module is loaded only by the commands that parse text, so --help, eval's
-- arithmetic and summary work without a build.
local function load_pc()
  local ok, pc = pcall(require, "protestcorpus")
  if ok then return pc end
  return nil, tostring(pc)
end

---------------------------------------------------------------------------------------
-- Run context: streams, counts, and the reporting every command shares.

local Ctx = {}
Ctx.__index = Ctx

local function new_ctx(streams)
  return setmetatable({
    stdout = streams.stdout or io.stdout,
    stderr = streams.stderr or io.stderr,
    stdin = streams.stdin or io.stdin,
    read = 0, written = 0, rejected = 0,
    strict = false, fatal = nil, write_error = nil, counts = false,
  }, Ctx)
end

function Ctx:say(msg)
  self.stderr:write(NAME, ": ", msg, "\n")
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
-- Commands.

local function split_list(s)
  return eval.parse_types(s) -- "A, B,,C" -> {"A","B","C"}; nil for ""
end

-- Parses every record of the inputs and writes make_line(rec, doc) for each.
local function run_records(ctx, args, make_line, opts)
  local pc, err = load_pc()
  if not pc then
    ctx:fail("cannot load the protestcorpus module: " .. err)
    return
  end
  if not ctx:open_output(args.output) then return end
  local reader
  reader = corpus.open(args.paths, {
    recursive = args.recursive,
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:reject(e.path, e.line, e.message)
      if ctx.fatal then reader:close() end
    end,
  })
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

local function add_paths(cmd)
  cmd:argument("paths", "Directories (their *.txt files), .txt files, .jsonl/.ndjson files, "
    .. "or - for standard input."):args("+")
  cmd:flag("-r --recursive", "Also read the .txt files of subdirectories.")
end

local commands = {}
M.commands = commands

commands.parse = {
  help = "Parse articles: one JSON line per article with its metadata, paragraphs and sentences.",
  setup = add_paths,
  run = function(ctx, args)
    ctx.counts = true
    run_records(ctx, args, records.document)
  end,
}

commands.extract = {
  help = "Extract entities: one JSON line per article with its entities.",
  setup = function(cmd)
    add_paths(cmd)
    cmd:option("--types", "Entity types to keep, comma-separated (default: all), "
      .. "e.g. DATE,QUANTITY.")
  end,
  run = function(ctx, args)
    ctx.counts = true
    local types = split_list(args.types)
    if types then
      local pc, err = load_pc()
      if not pc then
        ctx:fail("cannot load the protestcorpus module: " .. err)
        return
      end
      local known = {}
      for _, t in ipairs(pc.types) do known[t] = true end
      for _, t in ipairs(types) do
        if not known[t] then
          ctx.usage_error = ("--types: unknown type '%s' (known: %s)"):format(t, table.concat(pc.types, ","))
          ctx.counts = false
          return
        end
      end
    end
    run_records(ctx, args, records.entities, { types = types })
  end,
}

-- The key order of eval's JSON: score.py's (--json), so the two compare line for line.
local EVAL_ORDER = { "rows", "micro", "date_value", "quotes", "warnings", "type", "docs" }
for _, list in ipairs({ eval.COUNT_KEYS, { "speaker_ok", "kind_ok" }, eval.METRIC_KEYS,
  eval.DATE_VALUE_KEYS, eval.WARN_KEYS }) do
  for _, k in ipairs(list) do EVAL_ORDER[#EVAL_ORDER + 1] = k end
end

local function with_nulls(t, ...)
  local out = {}
  for _, keys in ipairs({ ... }) do
    for _, k in ipairs(keys) do
      local v = t[k]
      if v == nil then v = records.NULL end
      out[k] = v
    end
  end
  return out
end

local ROW_KEYS = { "type" }

--- eval's result as JSON (one line), with score.py's keys and nulls.
function M.eval_json(res)
  local rows = records.array()
  for i, r in ipairs(res.rows) do rows[i] = with_nulls(r, ROW_KEYS, eval.COUNT_KEYS, eval.METRIC_KEYS) end
  local quotes = records.NULL
  if res.quotes then quotes = with_nulls(res.quotes, eval.QUOTE_COUNT_KEYS, eval.METRIC_KEYS) end
  return records.encode({
    rows = rows,
    micro = with_nulls(res.micro, ROW_KEYS, eval.COUNT_KEYS, eval.METRIC_KEYS),
    date_value = with_nulls(res.date_value, eval.DATE_VALUE_KEYS),
    quotes = quotes,
    warnings = with_nulls(res.warnings, eval.WARN_KEYS),
  }, EVAL_ORDER)
end

local function pct(x)
  if x == nil then return "-" end
  return string.format("%.1f", 100 * x)
end

local function cell(ok, n)
  if n == 0 then return "-" end
  return string.format("%d/%d %5s", ok, n, pct(ok / n))
end

local ROW_FMT = "%-10s %6s %6s %6s %6s %6s %6s %7s  %15s  %15s"

--- eval's result as a table for people.
function M.eval_table(res)
  local lines = {
    ROW_FMT:format("type", "gold", "pred", "tp", "P", "R", "F1", "ov_F1", "value ok/n", "canonical ok/n"),
  }
  local function row(r)
    return ROW_FMT:format(r.type, r.gold, r.sys, r.tp, pct(r.p), pct(r.r), pct(r.f), pct(r.of),
      cell(r.val_ok, r.val_n), cell(r.can_ok, r.can_n))
  end
  local sep = string.rep("-", #lines[1])
  lines[#lines + 1] = sep
  for _, r in ipairs(res.rows) do lines[#lines + 1] = row(r) end
  lines[#lines + 1] = sep
  lines[#lines + 1] = row(res.micro)
  local m, d = res.micro, res.date_value
  lines[#lines + 1] = ("value accuracy, exact-span matches: %s; overlap matches: %s (DATE: %s; %s)"):format(
    cell(m.val_exact_ok, m.val_exact_n), cell(m.val_ok, m.val_n),
    cell(d.exact_ok, d.exact_n), cell(d.ov_ok, d.ov_n))
  lines[#lines + 1] = ("canonical accuracy, exact-span matches: %s; overlap matches: %s"):format(
    cell(m.can_exact_ok, m.can_exact_n), cell(m.can_ok, m.can_n))
  local q = res.quotes
  if q then
    lines[#lines + 1] = ("quotes: gold %d, pred %d, tp %d, P %s, R %s, F1 %s, ov_F1 %s"):format(
      q.gold, q.sys, q.tp, pct(q.p), pct(q.r), pct(q.f), pct(q.of))
  else
    lines[#lines + 1] = 'quotes: not scored (no gold document has a "quotes" list)'
  end
  local w = {}
  for _, k in ipairs(eval.WARN_KEYS) do
    if res.warnings[k] ~= 0 or k == "gold_docs" then w[#w + 1] = k .. "=" .. res.warnings[k] end
  end
  lines[#lines + 1] = "docs: " .. table.concat(w, " ")
  lines[#lines + 1] = ("micro_f1=%.1f"):format(100 * (m.f or 0))
  return table.concat(lines, "\n")
end

commands.eval = {
  help = "Score extraction against a gold JSON Lines file (the numbers of score.py).",
  setup = function(cmd)
    cmd:argument("gold", "Gold JSON Lines: {id, text, date?, lang?, entities, quotes?} per line.")
    cmd:option("--types", "Types to score, comma-separated, after --map (default: all seen).")
    cmd:option("--map", "Type renames on both sides, e.g. PER=PERSON,LOC=PLACE.")
    cmd:option("--lang", "Score only gold documents with this lang.")
    cmd:flag("--json", "Print the metrics as JSON (score.py's --json keys).")
  end,
  run = function(ctx, args)
    local map, merr = eval.parse_map(args.map)
    if not map then
      ctx.usage_error = merr
      return
    end
    ctx.counts = true
    local pc, err = load_pc()
    if not pc then
      ctx:fail("cannot load the protestcorpus module: " .. err)
      return
    end
    local gold
    gold, err = corpus.json_lines(args.gold, {
      stdin = ctx.stdin,
      on_error = function(e)
        ctx:fail(("gold file %s:%d: %s"):format(e.path, e.line, e.message))
        gold:close()
      end,
    })
    if not gold then
      ctx:fail(err)
      return
    end
    local gold_docs, sys_docs = {}, {}
    for obj, line in gold do
      gold_docs[#gold_docs + 1] = obj
      local rec, msg = corpus.record_from_object(obj, args.gold, line)
      local doc
      if rec then doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang }) end
      if not doc then
        -- scored as an empty prediction, as score.py does for a document with no output
        ctx:reject(args.gold, line, tostring(msg) .. "; scored with no predictions")
        if ctx.fatal then break end
      else
        local sys, eerr = records.entities_object(rec, doc)
        doc:close()
        if sys then
          sys_docs[#sys_docs + 1] = sys
          ctx.written = ctx.written + 1
        else
          ctx:reject(args.gold, line, tostring(eerr) .. "; scored with no predictions")
          if ctx.fatal then break end
        end
      end
    end
    if gold.read_error then ctx:fail(gold.read_error) end
    ctx.read = gold.read
    if ctx.fatal then return end
    if #gold_docs == 0 then
      ctx:fail(("gold file %s has no documents"):format(args.gold))
      return
    end
    local res = eval.score(gold_docs, sys_docs, { map = map, types = split_list(args.types), lang = args.lang })
    if not ctx:open_output(args.output) then return end
    ctx:emit(args.json and M.eval_json(res) or M.eval_table(res))
  end,
}

local NAME_TYPES = { "PERSON", "ORG", "PLACE" }

commands.summary = {
  help = "Summarize extract output: documents, entities per type, most frequent names.",
  setup = function(cmd)
    cmd:argument("files", "Output of `protestcorpus extract` (JSON Lines), or - for standard input.")
      :args("+")
  end,
  run = function(ctx, args)
    ctx.counts = true
    local docs, total, by_type, texts = 0, 0, {}, {}
    for _, t in ipairs(NAME_TYPES) do texts[t] = {} end
    for _, path in ipairs(args.files) do
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
      else
        for obj, line in reader do
          local ents = obj.entities
          if type(ents) ~= "table" then
            ctx:reject(path, line, 'no "entities" list')
          else
            docs = docs + 1
            for _, e in ipairs(ents) do
              local t = type(e) == "table" and e.type
              if type(t) == "string" then
                total = total + 1
                by_type[t] = (by_type[t] or 0) + 1
                if texts[t] and type(e.text) == "string" then
                  texts[t][e.text] = (texts[t][e.text] or 0) + 1
                end
              end
            end
          end
          if ctx.fatal then break end
        end
        if reader.read_error then ctx:reject(path, nil, reader.read_error) end
        ctx.read = ctx.read + reader.read
      end
      if ctx.fatal then break end
    end
    ctx.written = docs
    if not ctx:open_output(args.output) then return end
    local lines = { ("documents: %d"):format(docs), ("entities: %d"):format(total) }
    local order, rank = {}, {}
    for i, t in ipairs(eval.CANON_ORDER) do rank[t] = i end
    for t in pairs(by_type) do order[#order + 1] = t end
    table.sort(order, function(a, b)
      local ra, rb = rank[a] or math.huge, rank[b] or math.huge
      if ra ~= rb then return ra < rb end
      return a < b
    end)
    for _, t in ipairs(order) do lines[#lines + 1] = ("  %-10s %7d"):format(t, by_type[t]) end
    for _, t in ipairs(NAME_TYPES) do
      local list = {}
      for text, n in pairs(texts[t]) do list[#list + 1] = { text, n } end
      if #list > 0 then
        table.sort(list, function(a, b)
          if a[2] ~= b[2] then return a[2] > b[2] end
          return a[1] < b[1]
        end)
        lines[#lines + 1] = ("most frequent %s (%d distinct):"):format(t, #list)
        for i = 1, math.min(10, #list) do
          lines[#lines + 1] = ("  %5d  %s"):format(list[i][2], list[i][1])
        end
      end
    end
    ctx:emit(table.concat(lines, "\n"))
  end,
}

---------------------------------------------------------------------------------------
-- Argument parsing and dispatch.

local function build_parser(state)
  local function help_flag(p)
    p:flag("-h --help", "Show this help message and exit."):action(function()
      state.help = p
      error("help requested", 0) -- stops argparse; main prints the help
    end)
  end
  local parser = argparse(NAME, "News articles about protests -> structured data (JSON Lines).")
    :add_help(false):epilog(EPILOG)
  parser:command_target("command")
  help_flag(parser)
  parser:flag("--version", "Print the version and exit."):action(function()
    state.version = true
    error("version requested", 0)
  end)
  parser:option("-o --output", "Write the output to this file (default: standard output).")
  parser:flag("--strict", "Stop at the first bad record (exit status 3).")
  local names = {}
  for name in pairs(commands) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local c = commands[name]
    local cmd = parser:command(name, c.help):add_help(false)
      :epilog("Global options, also accepted after the command: -o/--output FILE, --strict.\n\n" .. EPILOG)
    help_flag(cmd)
    c.setup(cmd)
  end
  return parser
end

local function version_string()
  local pc, err = load_pc()
  if not pc then return nil, err end
  return NAME .. " " .. tostring(pc.version)
end

--- Runs the command line.
-- @param argv the arguments (argv[1..n]; arg[0] and below are ignored)
-- @param streams optional {stdout=, stderr=, stdin=} file handles
-- @return the exit status (M.EXIT_*)
function M.main(argv, streams)
  local ctx = new_ctx(streams or {})
  local list = {}
  for i = 1, #(argv or {}) do list[i] = argv[i] end
  local state = {}
  local parser = build_parser(state)
  -- pparse returns false, message on a usage error; it raises for --help and --version
  local returned, ok, args = pcall(parser.pparse, parser, list)
  if not returned then
    if state.help then
      ctx.stdout:write(state.help:get_help(), "\n")
      ctx.stdout:flush()
      return M.EXIT_OK
    elseif state.version then
      local v, err = version_string()
      if not v then
        ctx:say("cannot load the protestcorpus module: " .. tostring(err))
        return M.EXIT_FATAL
      end
      ctx.stdout:write(v, "\n")
      ctx.stdout:flush()
      return M.EXIT_OK
    end
    ctx:say("internal error: " .. tostring(ok))
    return M.EXIT_FATAL
  end
  if not ok then
    ctx.stderr:write(parser:get_usage(), "\n\n", NAME, ": error: ", tostring(args), "\n")
    return M.EXIT_USAGE
  end
  ctx.strict = args.strict and true or false
  local cmd = commands[args.command]
  local ran, err = xpcall(function() return cmd.run(ctx, args) end, debug.traceback)
  if not ran then ctx:fail("internal error: " .. tostring(err)) end
  if ctx.usage_error then
    ctx:close_output()
    ctx.stderr:write(NAME, " ", args.command, ": error: ", ctx.usage_error, "\n")
    return M.EXIT_USAGE
  end
  return ctx:finish()
end

return M
