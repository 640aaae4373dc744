-- Benchmark of the Neovim plugin under Neovim's LuaJIT (make bench-nvim), from the top of
-- the checkout:
--   nvim --headless -u NONE -i NONE -c "luafile bench/bench_nvim.lua"
-- 1. first annotation after startup: a fresh `nvim --headless` per run; the time of
--    :Protestcorpus annotate on a 5 KB article, module load, ABI check and name model
--    load included (Neovim's own startup is not);
-- 2. re-annotation of that 5 KB article after a one-character edit (whole-document mode:
--    parse, entities, quotes, every extmark set again);
-- 3. re-annotation of a 200 KB buffer after a one-character edit at a random line
--    (paragraph mode, live: only the paragraphs around the edit are parsed again).
-- The 5 KB article is examples/corpus/en_01.txt followed by the body paragraphs of the
-- next examples up to 5,000 bytes; the 200 KB buffer is every example article in turn.
-- Prints best, median, 90th percentile and worst in ms of wall time, and for cases 2 and 3
-- the process CPU time (os.clock) too: on a loaded machine the wall-time tail is mostly
-- time spent waiting for a core. Environment: BENCH_RUNS (runs of
-- case 1, default 7), BENCH_EDITS (edits of cases 2 and 3, default 200).
-- Any error ends Neovim with a status (a headless Neovim would otherwise wait).
local main = function()
local root = vim.fn.getcwd()
vim.opt.rtp:prepend(root)
vim.opt.swapfile = false
vim.cmd("runtime plugin/protestcorpus.lua")
local api = vim.api
local uv = vim.uv or vim.loop

local function out(s)
  io.stdout:write(s, "\n")
  io.stdout:flush()
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function article_lines(target)
  local files = vim.fn.glob(root .. "/examples/corpus/*.txt", false, true)
  table.sort(files)
  -- en_01 first: its header gives the document date
  for i, f in ipairs(files) do
    if f:match("en_01%.txt$") then table.remove(files, i) table.insert(files, 1, f) break end
  end
  local lines, size, k = {}, 0, 0
  while size < target do
    for i, f in ipairs(files) do
      local s = read(f):gsub("\r", "")
      k = k + 1
      if k > 1 then s = s:gsub("^date [^\n]*\n", "") end
      for l in (s .. "\n"):gmatch("([^\n]*)\n") do
        if size + #l + 1 > target and l == "" then break end
        lines[#lines + 1] = l
        size = size + #l + 1
      end
      lines[#lines + 1] = ""
      size = size + 1
      if size >= target then break end
      if i == #files then break end
    end
  end
  return lines, size
end

local function stats(t)
  table.sort(t)
  local n = #t
  local function q(p) return t[math.max(1, math.min(n, math.floor(p * (n - 1) + 1.5)))] end
  return ("best %.3f  median %.3f  p90 %.3f  worst %.3f ms  (n=%d)"):format(t[1], q(0.5), q(0.9), t[n], n)
end

local nvim_exe = vim.v.progpath

if os.getenv("PC_BENCH_CHILD") then
  -- one fresh process: time the first annotation
  local lines = article_lines(5000)
  local buf = api.nvim_create_buf(true, false)
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  api.nvim_set_current_buf(buf)
  local t0 = uv.hrtime()
  vim.cmd("Protestcorpus annotate")
  local ms = (uv.hrtime() - t0) / 1e6
  local st = require("protestcorpus.nvim").stats
  out(("%.3f %.3f %d"):format(ms, st.model_ms or -1, #require("protestcorpus.nvim").marks(buf)))
  vim.cmd("qall!")
  return
end

local runs = tonumber(os.getenv("BENCH_RUNS") or "") or 7
local edits = tonumber(os.getenv("BENCH_EDITS") or "") or 200

out(("protestcorpus Neovim benchmark  %s  %s")
  :format(vim.fn.execute("version"):match("NVIM v[%w%.%-]+") or "?", jit.version))

-- 1. first annotation, fresh process each run
local firsts, models, nmarks = {}, {}, 0
for _ = 1, runs do
  local res = vim.fn.system({ "env", "PC_BENCH_CHILD=1", nvim_exe, "--headless", "-u", "NONE", "-i", "NONE",
    "-c", "luafile " .. root .. "/bench/bench_nvim.lua" })
  local ms, model, n = res:match("([%d.]+) ([%-%d.]+) (%d+)")
  if not ms then error("child failed: " .. res) end
  firsts[#firsts + 1] = tonumber(ms)
  models[#models + 1] = tonumber(model)
  nmarks = tonumber(n)
end
out(("first annotation (5 KB, %d marks; module + model load included): %s"):format(nmarks, stats(firsts)))
out(("  of which name model load: %s"):format(stats(models)))

local nv = require "protestcorpus.nvim"

-- 2. 5 KB article, one-character edits
do
  local lines, size = article_lines(5000)
  local buf = api.nvim_create_buf(true, false)
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  api.nvim_set_current_buf(buf)
  assert(nv.annotate(buf))
  local t, cpu = {}, {}
  local text_rows = {}
  for r = 2, #lines do if lines[r] ~= "" then text_rows[#text_rows + 1] = r - 1 end end
  for i = 1, edits do
    -- a character typed at the start of a line, then deleted: two timed re-annotations
    local row = text_rows[1 + (math.floor((i - 1) / 2) * 7) % #text_rows]
    if i % 2 == 1 then
      api.nvim_buf_set_text(buf, row, 0, row, 0, { "x" })
    else
      api.nvim_buf_set_text(buf, row, 0, row, 1, { "" })
    end
    local c0, t0 = os.clock(), uv.hrtime()
    assert(nv.annotate(buf))
    t[#t + 1] = (uv.hrtime() - t0) / 1e6
    cpu[#cpu + 1] = (os.clock() - c0) * 1000
  end
  out(("re-annotation, %d-byte article, %s mode, %d marks: %s"):format(size, nv.stats.mode,
    #nv.marks(buf), stats(t)))
  out(("  process CPU time: %s"):format(stats(cpu)))
  vim.cmd("bwipeout!")
end

-- 3. 200 KB buffer, one-character edits at pseudo-random lines, live (paragraph cache)
do
  local lines, size = article_lines(200000)
  local buf = api.nvim_create_buf(true, false)
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  api.nvim_set_current_buf(buf)
  local t0 = uv.hrtime()
  nv.set_live(buf, true)
  local full = (uv.hrtime() - t0) / 1e6
  local t, parsed, cpu = {}, {}, {}
  local seed = 12345
  for i = 1, edits do
    seed = (seed * 1103515245 + 12345) % 2147483648
    local row = 1 + seed % (#lines - 1)
    local line = api.nvim_buf_get_lines(buf, row, row + 1, false)[1]
    if i % 2 == 1 or #line == 0 then
      api.nvim_buf_set_text(buf, row, 0, row, 0, { "x" })
    else
      api.nvim_buf_set_text(buf, row, 0, row, 1, { "" })
    end
    local c1, t1 = os.clock(), uv.hrtime()
    assert(nv.annotate(buf))
    t[#t + 1] = (uv.hrtime() - t1) / 1e6
    cpu[#cpu + 1] = (os.clock() - c1) * 1000
    parsed[#parsed + 1] = nv.stats.parsed
  end
  table.sort(parsed)
  out(("200 KB buffer (%d bytes, %d lines, %d marks): first annotation %.1f ms (paragraph mode)"):format(
    size, #lines, #nv.marks(buf), full))
  out(("re-annotation after a one-character edit, %s mode: %s; paragraphs parsed per edit: median %d, max %d")
    :format(nv.stats.mode, stats(t), parsed[math.floor(#parsed / 2) + 1], parsed[#parsed]))
  out(("  process CPU time: %s"):format(stats(cpu)))
  nv.set_live(buf, false)
  vim.cmd("bwipeout!")
end
vim.cmd("qall!")
end
local ok, err = xpcall(main, debug.traceback)
if not ok then
  io.stderr:write("bench_nvim: ", tostring(err), "\n")
  vim.cmd("cquit 1")
end
