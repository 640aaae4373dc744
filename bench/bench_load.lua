-- bench_load.lua: name-model load time over separate process starts (make -C bench load).
--
--   lua5.4 bench_load.lua ROOT BUILD DATA_DIR [STARTS]
--
-- STARTS times (default 20), interleaved, starts three processes that each load the model
-- of DATA_DIR once and exit:
--   C        BUILD/bench/bench_load DATA_DIR (pc_model_load_dir)
--   lua5.4   lua5.4 -e 'pc.load_model(DATA_DIR)' with the module of BUILD/lua5.4
--   luajit   the same under LuaJIT
-- and prints, for each, the load time measured inside the process (around the load call
-- alone: wall clock, and CPU time, the steadier on a busy machine) and the whole process's
-- wall time (start, module load, model load, exit): the median, the fastest and the
-- slowest start, and whether the compiled image was used.
-- Needs luasystem (a dependency of busted) for a wall clock.
local root, build, data, starts = arg[1], arg[2], arg[3], tonumber(arg[4] or "20")
if not (root and build and data and starts and starts >= 1) then
  io.stderr:write("usage: bench_load.lua ROOT BUILD DATA_DIR [STARTS]\n")
  os.exit(2)
end
local system = require "system"
local now = system.monotime

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Each command prints "load_ms <ms> cpu_ms <ms> image <0|1> ...".
local LUA_SNIPPET = [[local s = require "system"; local pc = require "protestcorpus"; ]] ..
  [[local t, c = s.monotime(), os.clock(); local m = assert(pc.load_model(os.getenv("PC_BENCH_DATA"))); ]] ..
  [[print(("load_ms %.3f cpu_ms %.3f image %d entries %d"):format((s.monotime() - t) * 1e3, ]] ..
  [[(os.clock() - c) * 1e3, m:from_image() and 1 or 0, m:count()))]]

local function lua_command(lua)
  return ("LUA_PATH=%s LUA_CPATH=%s PC_BENCH_DATA=%s %s -e %s"):format(
    sh_quote(root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;;"), sh_quote(build .. "/" .. lua .. "/?.so;;"),
    sh_quote(data), lua, sh_quote(LUA_SNIPPET))
end

local cases = {
  { name = "C (bench_load)", cmd = sh_quote(build .. "/bench/bench_load") .. " " .. sh_quote(data) },
  { name = "lua5.4 -e", cmd = lua_command("lua5.4") },
  { name = "luajit -e", cmd = lua_command("luajit") },
}

for _ = 1, starts do
  for _, c in ipairs(cases) do
    local t0 = now()
    local p = assert(io.popen(c.cmd))
    local out = p:read("*a")
    local ok = p:close()
    local wall = (now() - t0) * 1e3
    local ms, cpu, image = out:match("load_ms ([%d.]+) cpu_ms ([%d.]+) image (%d)")
    if not ok or not ms then error(c.name .. ": failed: " .. out) end
    c.load = c.load or {}
    c.cpu = c.cpu or {}
    c.wall = c.wall or {}
    c.load[#c.load + 1] = tonumber(ms)
    c.cpu[#c.cpu + 1] = tonumber(cpu)
    c.wall[#c.wall + 1] = wall
    c.image = (c.image == nil or c.image) and image == "1"
  end
end

local function stats(t)
  local s = {}
  for i, v in ipairs(t) do s[i] = v end
  table.sort(s)
  local n = #s
  local median = n % 2 == 1 and s[(n + 1) / 2] or (s[n / 2] + s[n / 2 + 1]) / 2
  return median, s[1], s[n]
end

print(("name model load: %s, %d process starts per case, interleaved; ms"):format(data, starts))
print(("%-16s %8s %7s %7s   %8s %7s %7s   %11s %7s %7s   %s"):format("case", "load med", "min", "max",
  "cpu med", "min", "max", "process med", "min", "max", "image"))
for _, c in ipairs(cases) do
  local lm, lmin, lmax = stats(c.load)
  local cm, cmin, cmax = stats(c.cpu)
  local wm, wmin, wmax = stats(c.wall)
  print(("%-16s %8.2f %7.2f %7.2f   %8.2f %7.2f %7.2f   %11.2f %7.2f %7.2f   %s"):format(c.name, lm, lmin, lmax,
    cm, cmin, cmax, wm, wmin, wmax, c.image and "yes" or "NO (sources parsed)"))
end
print("load: the pc_model_load_dir / pc.load_model call alone, wall clock; cpu: the same call's CPU time;")
print("process: start to exit, wall clock, timed from outside")
