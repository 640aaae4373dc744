--- protestcorpus.cli: the `protestcorpus` command line.
--
--     os.exit(require("protestcorpus.cli").main(arg))
--
-- main(argv, streams) parses argv (argv[1..n]), runs one command and returns the exit
-- status; it writes only to streams.stdout / stderr (default io.stdout / io.stderr) and
-- reads "-" from streams.stdin, and never exits. Each command is one file,
-- protestcorpus/cli/<name>.lua, returning `help` (one line), `setup(cmd)` (declares its
-- arguments on an argparse command) and `run(ctx, args)`; a new command is one more file
-- and one more name in COMMANDS. What commands share is in cli/context.lua.
-- Every command that reads records ends its stderr with
--   protestcorpus: read N, written N, rejected N
-- Pure Lua within the syntax LuaJIT accepts.
local argparse = require "argparse"
local context = require "protestcorpus.cli.context"

local M = {}

M.EXIT_OK, M.EXIT_REJECTED, M.EXIT_USAGE, M.EXIT_FATAL =
  context.EXIT_OK, context.EXIT_REJECTED, context.EXIT_USAGE, context.EXIT_FATAL

local NAME = context.NAME

--- The commands, by file name (protestcorpus/cli/<name>.lua); listed in --help by name.
local COMMANDS = { "db", "eval", "events", "extract", "merge", "parse", "quotes", "report", "stats", "summary" }

local commands = {}
for _, name in ipairs(COMMANDS) do commands[name] = require("protestcorpus.cli." .. name) end
M.commands = commands

local EPILOG = [[
Examples:
  protestcorpus extract examples/corpus > entities.jsonl
  protestcorpus extract -r --progress corpus/ -o entities.jsonl
  protestcorpus eval ../shared/gold/seeds.gold.jsonl
  protestcorpus <command> --help     (each command's options and examples)

Exit status:
  0  every record was read and written
  1  some records were rejected (each one reported on stderr with path:line and the
     reason: unreadable, not text, bad JSON...), no document was found in the inputs,
     or writing the output failed
  2  usage error (unknown option, missing argument, bad --map or --types)
  3  fatal: --strict stopped at the first bad record, the gold file of eval is
     unreadable or not JSON Lines, the output file cannot be opened, or an internal error]]

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
  parser:flag("--progress", "Show progress on stderr (default: when stderr is a terminal).")
  parser:flag("--quiet", "Never show progress.")
  local names = {}
  for name in pairs(commands) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local c = commands[name]
    local examples = c.examples and ("Examples:\n  " .. table.concat(c.examples, "\n  ") .. "\n\n") or ""
    local cmd = parser:command(name, c.help):add_help(false)
      :epilog(examples .. "Global options, also accepted after the command: -o/--output FILE, --strict, "
        .. "--progress, --quiet.\n\n" .. EPILOG)
    help_flag(cmd)
    c.setup(cmd)
  end
  return parser
end

local function version_string()
  local pc, err = context.load_pc()
  if not pc then return nil, err end
  return NAME .. " " .. tostring(pc.version)
end

-- --help and --version stop argparse by raising; prints what they asked for.
local function help_or_version(ctx, state, raised)
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
  ctx:say("internal error: " .. tostring(raised))
  return M.EXIT_FATAL
end

--- Under LuaJIT, room for the traces of a whole command. With the defaults (1,000 traces,
-- 512 KB of machine code) `events` fills the trace cache every 15 documents or so and
-- LuaJIT flushes it and compiles again: 300,000 mprotect calls and a third of the CPU
-- time on a 5 MB corpus (docs/benchmarks.md). 16,000 traces and 32 MB of code allowed
-- (a run uses some 8,000 and a few MB) end the flushes. Process-wide, so only the command
-- line sets it (not the Neovim plugin, whose process is Neovim's).
function M.tune_jit()
  local jit = rawget(_G, "jit")
  local ok, opt = pcall(require, "jit.opt")
  if jit and ok and opt and opt.start then opt.start("maxtrace=16000", "maxmcode=32768") end
end

--- Runs the command line.
-- @param argv the arguments (argv[1..n]; arg[0] and below are ignored)
-- @param streams optional {stdout=, stderr=, stdin=} file handles
-- @return the exit status (M.EXIT_*)
function M.main(argv, streams)
  M.tune_jit()
  local ctx = context.new(streams or {})
  local list = {}
  for i = 1, #(argv or {}) do list[i] = argv[i] end
  local state = {}
  local parser = build_parser(state)
  -- pparse returns false, message on a usage error; it raises for --help and --version
  local returned, ok, args = pcall(parser.pparse, parser, list)
  if not returned then return help_or_version(ctx, state, ok) end
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
