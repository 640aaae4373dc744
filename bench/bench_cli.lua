-- bench_cli.lua: the command line against the C core, in one run on one corpus
-- (make -C bench cli).
--
--   lua5.4 bench_cli.lua ROOT BUILD CORPUS_DIR [ROUNDS]
--
-- CORPUS_DIR holds corpus.rec and corpus.jsonl (make_corpus.lua: the same articles). Each
-- of ROUNDS rounds (default 5) runs every case once, in this order, so that the machine's
-- drift falls on all of them alike:
--   C core            bench_core corpus.rec 1 CASE, three cases: 'parse+annotate(all,model)'
--                     (pc_parse + the entities of every type with the name model);
--                     'parse+annotate_doc(all,model)' (the whole annotation record:
--                     entities and quotations, what the CLI's extract computes: the
--                     reference of the shares); 'parse+annotate_doc+json' (the same and
--                     its JSON line, pc_json_record: the CLI's work without input or Lua)
--   pc.extract        bench_lua.lua corpus.rec 1 extract, under lua5.4 and luajit: a list
--                     of Lua tables per article
--   CLI               bin/protestcorpus extract corpus.jsonl > /dev/null, under lua5.4
--                     and luajit: the whole process (start, model load, reading the JSON
--                     Lines, extraction, the JSON output)
-- The C core and pc.extract time their own loop (corpus and model loaded before); the CLI
-- is timed from outside (wall clock, and /usr/bin/time for its CPU time). MB/s = megabytes
-- of article text / seconds (MB = 1e6 bytes): the texts of corpus.rec for the first two,
-- those of corpus.jsonl for the CLI (the same but for the invalid bytes of one example,
-- replaced by U+FFFD there). Printed: best, median and worst wall time of the rounds, the
-- spread (worst / best - 1), MB/s of the best and its share of the reference's; then the best
-- CPU time (user + system of the process; for the first two, of the timed loop), its MB/s
-- and share: on a machine shared with other work, CPU time is the steadier of the two.
-- Needs luasystem (a busted dependency), lua-cjson and /usr/bin/time.
local root, build, dir, rounds = arg[1], arg[2], arg[3], tonumber(arg[4] or "5")
if not (root and build and dir and rounds and rounds >= 1) then
  io.stderr:write("usage: bench_cli.lua ROOT BUILD CORPUS_DIR [ROUNDS]\n")
  os.exit(2)
end
local system = require "system"
local cjson = require "cjson"
local now = system.monotime

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function lua_env(lua)
  return ("LUA_PATH=%s LUA_CPATH=%s "):format(sh_quote(root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;;"),
    sh_quote(build .. "/" .. lua .. "/?.so;;"))
end

-- Bytes of text in each form of the corpus.
local function rec_bytes(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  local pos, n, docs = 1, 0, 0
  while pos <= #data do
    local nl = assert(data:find("\n", pos, true), "bad corpus record")
    local len = assert(tonumber(data:sub(pos, nl - 1)), "bad corpus record")
    n, docs, pos = n + len, docs + 1, nl + len + 2
  end
  return n, docs
end

local function jsonl_bytes(path)
  local n, docs = 0, 0
  for line in io.lines(path) do
    n, docs = n + #cjson.decode(line).text, docs + 1
  end
  return n, docs
end

local rec, jsonl = dir .. "/corpus.rec", dir .. "/corpus.jsonl"
local rec_n, rec_docs = rec_bytes(rec)
local json_n, json_docs = jsonl_bytes(jsonl)

-- A case reports its own times (inner = the pattern of its line: wall s, CPU s) or is timed
-- whole (CPU from /usr/bin/time).
local function inner_time(out, pattern)
  local wall, cpu = out:match(pattern)
  return tonumber(wall), tonumber(cpu)
end

-- The C core's cases: the name printed, bench_core's case, whether it is the reference.
local CORE_CASES = {
  { "C core: entities (all types)", "parse+annotate(all,model)" },
  { "C core: entities + quotes", "parse+annotate_doc(all,model)", true },
  { "C core: record + JSON line", "parse+annotate_doc+json" },
}
local cases = {}
for _, cc in ipairs(CORE_CASES) do
  cases[#cases + 1] = { name = cc[1], bytes = rec_n, ref = cc[3],
    cmd = "PROTESTCORPUS_DATA=" .. sh_quote(root .. "/data") .. " " .. sh_quote(build .. "/bench/bench_core") .. " "
      .. sh_quote(rec) .. " 1 " .. sh_quote(cc[2]),
    inner = "\n" .. cc[2]:gsub("%p", "%%%0") .. "%s+%d+%s+([%d.]+)%s+[%d.]+%s+[%d.]+%s+%d+%s+([%d.]+)" }
end
for _, lua in ipairs({ "lua5.4", "luajit" }) do
  cases[#cases + 1] = { name = "pc.extract, " .. lua, bytes = rec_n,
    cmd = "cd " .. sh_quote(root .. "/bench") .. " && " .. lua_env(lua)
      .. "PROTESTCORPUS_DATA=" .. sh_quote(root .. "/data") .. " " .. lua
      .. " bench_lua.lua " .. sh_quote(rec) .. " 1 extract",
    inner = "\nextract%s+%d+%s+([%d.]+)%s+[%d.]+%s+[%d.]+%s+%d+%s+([%d.]+)" }
end
for _, lua in ipairs({ "lua5.4", "luajit" }) do
  cases[#cases + 1] = { name = "CLI extract, " .. lua, bytes = json_n,
    cmd = lua_env(lua) .. "/usr/bin/time -f 'cpu_s %U %S' " .. lua .. " " .. sh_quote(root .. "/bin/protestcorpus")
      .. " extract " .. sh_quote(jsonl) .. " 2>&1 >/dev/null" }
end

for _ = 1, rounds do
  for _, c in ipairs(cases) do
    local t0 = now()
    local p = assert(io.popen(c.cmd))
    local out = p:read("*a")
    local ok = p:close()
    local dt, cpu = now() - t0
    if not ok then error(c.name .. " failed:\n" .. out) end
    if c.inner then
      dt, cpu = inner_time(out, c.inner)
      if not (dt and cpu) then error(c.name .. ": no time in its output:\n" .. out) end
    else
      if not out:find("written " .. json_docs, 1, true) then
        error(c.name .. ": did not write every article:\n" .. out)
      end
      local user, sys = out:match("cpu_s ([%d.]+) ([%d.]+)")
      if not user then error(c.name .. ": no CPU time from /usr/bin/time:\n" .. out) end
      cpu = tonumber(user) + tonumber(sys)
    end
    c.times = c.times or {}
    c.times[#c.times + 1] = dt
    c.cpu = math.min(c.cpu or math.huge, cpu)
  end
end

local function stats(t)
  local s = {}
  for i, v in ipairs(t) do s[i] = v end
  table.sort(s)
  local n = #s
  return s[1], (n % 2 == 1 and s[(n + 1) / 2] or (s[n / 2] + s[n / 2 + 1]) / 2), s[n]
end

local interp = {}
for _, lua in ipairs({ "lua5.4", "luajit" }) do
  local p = io.popen(lua .. " -v 2>&1")
  interp[#interp + 1] = (p:read("*l") or lua):match("^(%S+ %S+)")
  p:close()
end
print(("CLI vs C core: %d articles, %d bytes of text (corpus.rec) / %d (corpus.jsonl); %d rounds, "
  .. "each case once a round; %s; MB = 1e6 bytes"):format(rec_docs, rec_n, json_n, rounds, table.concat(interp, ", ")))
print(("%-28s %8s %8s %8s %7s %7s %7s   %7s %7s %7s"):format("case", "best s", "median s", "worst s", "spread",
  "MB/s", "vs core", "cpu s", "MB/s", "vs core"))
local ref
for _, c in ipairs(cases) do
  if c.ref then ref = c end
end
local ref_mbs, ref_cpu_mbs = ref.bytes / stats(ref.times) / 1e6, ref.bytes / ref.cpu / 1e6
for _, c in ipairs(cases) do
  local best, median, worst = stats(c.times)
  local mbs, cpu_mbs = c.bytes / best / 1e6, c.bytes / c.cpu / 1e6
  print(("%-28s %8.3f %8.3f %8.3f %6.0f%% %7.2f %6.0f%%   %7.3f %7.2f %6.0f%%"):format(c.name, best, median, worst,
    (worst / best - 1) * 100, mbs, mbs / ref_mbs * 100, c.cpu, cpu_mbs, cpu_mbs / ref_cpu_mbs * 100))
end
print("wall: best, median, worst of the rounds; spread = worst / best - 1; MB/s of the best; vs core: that as a")
print("share of the reference's (" .. ref.name .. "). cpu: the best CPU time, its MB/s and share.")
print("Issue 10's goal: the CLI >= 60% of the C core under both interpreters.")
