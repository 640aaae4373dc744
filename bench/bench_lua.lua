-- bench_lua.lua: throughput of the Lua module, article by article, one thread.
--
--   lua5.4 bench_lua.lua CORPUS.rec [RUNS [CASE]]   (or luajit; LUA_PATH/LUA_CPATH as in README)
--
-- Cases, over every article of the corpus (make_corpus.lua):
--   parse+#sentences  pc.parse(text) then #doc.sentences (builds the sentence table)
--   extract           pc.extract(text): parse + every entity type, as a list of tables,
--                     with the default name model (loaded once before timing)
-- Each case runs RUNS times (default 5) after a full garbage collection; the best wall
-- time is kept (system.monotime from luasystem when installed, else os.clock, CPU time);
-- the best CPU time (os.clock) is printed last.
-- MB = 1e6 bytes. CASE runs that case alone (bench_cli.lua uses it).
local pc = require "protestcorpus"

local path, runs, only = arg[1], tonumber(arg[2] or "5"), arg[3]
if not path or not runs or runs < 1 then
  io.stderr:write("usage: bench_lua.lua CORPUS.rec [RUNS [CASE]]\n")
  os.exit(2)
end

local clock_name, now = "os.clock (CPU time)", os.clock
local ok, system = pcall(require, "system")
if ok and system.monotime then clock_name, now = "system.monotime (wall)", system.monotime end

-- Records are "<byte count>\n<bytes>\n".
local docs, bytes = {}, 0
do
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  local pos = 1
  while pos <= #data do
    local nl = assert(data:find("\n", pos, true), "bad corpus record")
    local n = assert(tonumber(data:sub(pos, nl - 1)), "bad corpus record")
    docs[#docs + 1] = data:sub(nl + 1, nl + n)
    bytes = bytes + n
    pos = nl + n + 2
  end
end

local cases = {
  { "parse+#sentences", function(text)
    local doc = assert(pc.parse(text))
    return #doc.sentences
  end },
  { "extract", function(text)
    return #assert(pc.extract(text))
  end },
}

-- The default name model loads on first use: load it now, outside the timings.
local model_note = "no name model"
if pc.default_model then
  local t0 = now()
  local model, err = pc.default_model()
  model_note = model and ("name model loaded in %.3f s"):format(now() - t0) or ("no name model: " .. tostring(err))
end

local interp = rawget(_G, "jit") and jit.version or _VERSION
print(("bench_lua (%s, protestcorpus %s): %d articles, %d bytes; best of %d runs, %s; MB = 1e6 bytes; %s")
  :format(interp, pc.version, #docs, bytes, runs, clock_name, model_note))
print(("%-31s %10s %9s %9s %9s   %-9s %9s"):format("case", "bytes", "best s", "worst s", "MB/s", "check", "cpu s"))
for _, case in ipairs(cases) do
  local name, fn = case[1], case[2]
  if not only or only == name then
    local best, worst, check, best_cpu = math.huge, 0, nil, math.huge
    for _ = 1, runs do
      collectgarbage("collect")
      local sum = 0
      local t0, c0 = now(), os.clock()
      for i = 1, #docs do sum = sum + fn(docs[i]) end
      local dt = now() - t0
      best_cpu = math.min(best_cpu, os.clock() - c0)
      assert(check == nil or check == sum, "checksum differs between runs")
      check = sum
      if dt < best then best = dt end
      if dt > worst then worst = dt end
    end
    print(("%-31s %10d %9.4f %9.4f %9.1f   %-9d %9.4f"):format(name, bytes, best, worst, bytes / best / 1e6, check,
      best_cpu))
    io.stdout:flush()
  end
end
print("check: sentences (parse) or entities (extract) per pass")
