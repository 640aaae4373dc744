-- dist_profile.lua: where a whole command spends its time, by function (LuaJIT's sampling
-- profiler, jit.p), for docs/benchmarks.md ("Corpus scale").
--
--   LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/luajit/?.so;;" \
--     luajit bench/dist_profile.lua OUT.txt events CORPUS.jsonl
--
-- Runs `protestcorpus ARGS... -o /dev/null` in this process under jit.p (mode "Fl2":
-- functions with their callers, then their hottest lines) and writes the profile to OUT.txt.
-- The first 300 documents of a bench corpus are plenty (head -n 300).
local ok, prof = pcall(require, "jit.p")
if not ok then
  io.stderr:write("dist_profile.lua needs LuaJIT (jit.p)\n")
  os.exit(2)
end
local out = arg[1]
if not out or not arg[2] then
  io.stderr:write("usage: luajit dist_profile.lua OUT.txt COMMAND ARGS...\n")
  os.exit(2)
end
local argv = {}
for i = 2, #arg do argv[#argv + 1] = arg[i] end
argv[#argv + 1] = "-o"
argv[#argv + 1] = "/dev/null"
prof.start("Fl2", out)
local status = require("protestcorpus.cli").main(argv)
prof.stop()
os.exit(status)
