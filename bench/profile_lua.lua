-- profile_lua.lua: where a Lua program spends its VM instructions, by function and line.
--
--   lua5.4 bench/profile_lua.lua [-n EVERY] SCRIPT ARGS...   (from the top of the checkout)
--   e.g. LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/lua5.4/?.so;;" \
--        lua5.4 bench/profile_lua.lua bin/protestcorpus extract build/bench/cli/corpus.jsonl >/dev/null
--
-- Samples the running function every EVERY VM instructions (default 1000; a count hook)
-- and prints to stderr the functions and lines that hold the most samples, with the share
-- of the samples (a C function counts where the Lua code that called it is). Time inside
-- C functions is not seen by the hook: `perf` tells how much of the time that is (the
-- share of the interpreter's own symbols), this tells which Lua code it belongs to.
-- Lua 5.4 (under LuaJIT the JIT-compiled code runs no hook).
local every = 1000
local first = 1
if arg[1] == "-n" then every, first = assert(tonumber(arg[2]), "-n EVERY"), 3 end
local script = arg[first]
if not script then
  io.stderr:write("usage: profile_lua.lua [-n EVERY] SCRIPT ARGS...\n")
  os.exit(2)
end

local by_fn, by_line, total = {}, {}, 0
local getinfo = debug.getinfo
local function hook()
  local info = getinfo(2, "Sl")
  if not info then return end
  local fn = info.short_src .. ":" .. (info.linedefined or 0)
  local line = info.short_src .. ":" .. (info.currentline or 0)
  by_fn[fn] = (by_fn[fn] or 0) + 1
  by_line[line] = (by_line[line] or 0) + 1
  total = total + 1
end

local function report()
  debug.sethook()
  local function top(t, n, title)
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return t[a] > t[b] end)
    io.stderr:write(("%s (%d samples, one per %d instructions)\n"):format(title, total, every))
    for i = 1, math.min(n, #keys) do
      io.stderr:write(("  %5.1f%%  %s\n"):format(100 * t[keys[i]] / total, keys[i]))
    end
  end
  top(by_fn, 25, "functions (file:line where defined)")
  top(by_line, 25, "lines")
end

-- The script sees its own arguments, as if run directly.
local args = {}
for i = first + 1, #arg do args[#args + 1] = arg[i] end
arg = { [0] = script, table.unpack(args) } -- luacheck: ignore
local chunk = assert(loadfile(script))
local real_exit = os.exit
os.exit = function(...) report() real_exit(...) end -- luacheck: ignore
debug.sethook(hook, "", every)
chunk(table.unpack(args))
report()
