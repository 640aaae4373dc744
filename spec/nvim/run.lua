-- Headless tests of the Neovim plugin (Neovim 0.7+), run from the top of the checkout:
--   nvim --headless -u NONE -i NONE -c "luafile spec/nvim/run.lua"
-- (make test-nvim). Needs build/luajit/protestcorpus/core.so (make module LUA=luajit).
-- Every expected position is computed here from the Lua API's spans by scanning the text
-- for line separators, independently of the plugin's binary search. Ends with
-- "N passed, N failed" and exits non-zero on failure.
-- Any error outside a test ends Neovim with a status (a headless Neovim would otherwise wait).
local main = function()
local root = vim.fn.getcwd()
vim.opt.rtp:prepend(root)
vim.opt.swapfile = false
vim.opt.shortmess:append("A")
vim.cmd("runtime plugin/protestcorpus.lua")

local api = vim.api
local passed, failed, skipped = 0, 0, 0

local function out(s)
  io.stdout:write(s, "\n")
  io.stdout:flush()
end

local function test(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if ok then
    passed = passed + 1
    out("ok    " .. name)
  elseif type(err) == "string" and err:find("^SKIP: ") or (type(err) == "string" and err:find("SKIP: ", 1, true)) then
    skipped = skipped + 1
    out("skip  " .. name .. " (" .. err:match("SKIP: ([^\n]*)") .. ")")
  else
    failed = failed + 1
    out("FAIL  " .. name .. "\n" .. tostring(err))
  end
end

local function skip(why) error("SKIP: " .. why, 0) end

local function eq(a, b, what)
  if type(a) == "table" and type(b) == "table" and #b > 5 and not vim.deep_equal(a, b) then
    -- a long list: say where it first differs
    for i = 1, math.max(#a, #b) do
      if not vim.deep_equal(a[i], b[i]) then
        error(("%s: %d items expected, %d got; first difference at %d: expected %s, got %s")
          :format(what or "list", #b, #a, i, vim.inspect(b[i]), vim.inspect(a[i])), 2)
      end
    end
  end
  if not vim.deep_equal(a, b) then
    error(("%s: expected %s, got %s"):format(what or "value", vim.inspect(b), vim.inspect(a)), 2)
  end
end

local function truthy(v, what)
  if not v then error((what or "condition") .. " is false", 2) end
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local nvim = require "protestcorpus.nvim"
local pc = assert(require("protestcorpus.nvim.loader").load())
local GROUPS = require("protestcorpus.nvim.marks").GROUPS

-- The entities and quotes of a text through the Lua API (quotes once doc:annotations exists).
local function api_items(text, opts)
  local doc = assert(pc.parse(text, opts))
  local ann
  if doc.annotations then
    ann = assert(doc:annotations())
  else
    ann = { entities = assert(doc:entities()), quotes = {} }
  end
  local items = {}
  for _, e in ipairs(ann.entities) do items[#items + 1] = { type = e.type, start = e.start, stop = e.stop, e = e } end
  for _, q in ipairs(ann.quotes or {}) do
    items[#items + 1] = { type = "QUOTE", start = q.start, stop = q.stop, e = q }
  end
  doc:close()
  return items, #(ann.quotes or {})
end

-- 0-based (row, col) of 0-based byte offset `off`, counting separators `sep` before it.
local function pos_of(text, off, sep)
  local row, line_start, i = 0, 0, 1
  while true do
    local a, b = text:find(sep, i, true)
    if not a or a > off then break end
    row, line_start, i = row + 1, b, b + 1
  end
  return row, off - line_start
end

local function key(row, col, erow, ecol, group)
  return ("%d:%d-%d:%d %s"):format(row, col, erow, ecol, group)
end

-- Expected extmark keys of a text whose lines are split by `sep`, sorted.
local function expected_keys(text, sep, opts)
  local items = api_items(text, opts)
  local keys = {}
  for i, it in ipairs(items) do
    local r, c = pos_of(text, it.start - 1, sep)
    local er, ec = pos_of(text, it.stop, sep)
    keys[i] = key(r, c, er, ec, GROUPS[it.type])
  end
  table.sort(keys)
  return keys, items
end

local function mark_keys(buf)
  local keys = {}
  for i, m in ipairs(nvim.marks(buf)) do keys[i] = key(m.row, m.col, m.end_row, m.end_col, m.hl_group) end
  table.sort(keys)
  return keys
end

local function buffer_text(buf)
  return table.concat(api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

-- The mark covering exactly the first occurrence of `needle` on a buffer line.
local function mark_at(buf, needle)
  for i, line in ipairs(api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local a, b = line:find(needle, 1, true)
    if a then
      for _, m in ipairs(nvim.marks(buf)) do
        if m.row == i - 1 and m.col == a - 1 and m.end_row == i - 1 and m.end_col == b then return m end
      end
      return nil
    end
  end
end

local function scratch(lines)
  local b = api.nvim_create_buf(true, false)
  api.nvim_buf_set_lines(b, 0, -1, false, lines)
  api.nvim_set_current_buf(b)
  return b
end

local EXAMPLE = root .. "/examples/corpus/en_01.txt"
local WRAPPED = root .. "/examples/corpus/en_05.txt"
local SEEDS = root .. "/../shared/seeds"

-- 1. An example article: every entity (and quote) has its extmark, at the right place.
test("example article: marks = Lua API entities and quotes, positions exact", function()
  vim.cmd("edit " .. vim.fn.fnameescape(EXAMPLE))
  local buf = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus annotate")
  local want, items = expected_keys(read(EXAMPLE):gsub("\n$", ""), "\n")
  truthy(#items > 40, "the example has entities")
  eq(#nvim.marks(buf), #items, "number of extmarks")
  eq(mark_keys(buf), want, "extmark positions")
  -- the text under each mark is the entity's text
  for _, m in ipairs(nvim.marks(buf)) do
    local t = table.concat(api.nvim_buf_get_text(buf, m.row, m.col, m.end_row, m.end_col, {}), "\n")
    truthy(t:find("%S"), "mark text not blank")
  end
end)

test("virtual text of a date and of a range", function()
  local buf = api.nvim_get_current_buf()
  local friday = mark_at(buf, "on Friday, cancelling")
  truthy(friday == nil, "needle is a phrase, not a mark") -- sanity of mark_at
  local m = mark_at(buf, "Friday")
  truthy(m, "a mark on Friday")
  eq(m.hl_group, "ProtestcorpusDate", "group")
  eq(m.virt_text, "→ 2025-11-07", "date virtual text")
  local r = mark_at(buf, "Thousands")
  truthy(r, "a mark on Thousands")
  eq(r.hl_group, "ProtestcorpusQuantity", "group")
  eq(r.virt_text, "= 2000–9999 worker", "range virtual text")
  local money = mark_at(buf, "£40 million")
  eq(money.virt_text, "= 40000000 GBP", "money virtual text")
  local pct = mark_at(buf, "4.5%")
  eq(pct.virt_text, "= 4.5%", "percent virtual text")
  -- quotations: the speaker (and the kind when it is not speech)
  local text = buffer_text(buf)
  local nq = 0
  for _, it in ipairs(api_items(text)) do
    if it.type == "QUOTE" then
      nq = nq + 1
      local qr, qc = pos_of(text, it.start - 1, "\n")
      local want = "— " .. (it.e.speaker or "?")
      if it.e.kind and it.e.kind ~= "speech" then want = it.e.kind .. " " .. want end
      local found
      for _, qm in ipairs(nvim.marks(buf)) do
        if qm.row == qr and qm.col == qc and qm.hl_group == "ProtestcorpusQuote" then found = qm end
      end
      truthy(found, "a quote mark at " .. qr .. ":" .. qc)
      eq(found.virt_text, want, "quote virtual text")
    end
  end
  if read(root .. "/csrc/quotes.c") then truthy(nq >= 3, "the example's quotations are marked") end
end)

test("virtualtext off and on", function()
  local buf = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus virtualtext off")
  for _, m in ipairs(nvim.marks(buf)) do eq(m.virt_text, nil, "no virtual text") end
  local n = #nvim.marks(buf)
  vim.cmd("Protestcorpus virtualtext")
  eq(nvim.config.virtual_text, true, "toggled back on")
  eq(#nvim.marks(buf), n, "same marks")
  eq(mark_at(buf, "Friday").virt_text, "→ 2025-11-07", "virtual text back")
end)

test("an entity over a hard line wrap: multi-line extmark", function()
  vim.cmd("edit " .. vim.fn.fnameescape(WRAPPED))
  local buf = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus annotate")
  local want, items = expected_keys(read(WRAPPED):gsub("\n$", ""), "\n")
  eq(mark_keys(buf), want, "extmark positions")
  local multi
  for _, m in ipairs(nvim.marks(buf)) do
    if m.end_row > m.row then multi = m end
  end
  truthy(multi, "a mark spanning two lines")
  local t = table.concat(api.nvim_buf_get_text(buf, multi.row, multi.col, multi.end_row, multi.end_col, {}), "\n")
  local found = false
  for _, it in ipairs(items) do if it.e.text == t then found = true end end
  truthy(found, "its text is an entity's text: " .. t)
end)

test("events buffer: rows, quotes, <CR> jumps to the evidence", function()
  vim.cmd("edit " .. vim.fn.fnameescape(EXAMPLE))
  local src = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus events")
  local view = api.nvim_get_current_buf()
  truthy(view ~= src, "a new buffer")
  eq(api.nvim_buf_get_option(view, "buftype"), "nofile", "scratch")
  local rows = api.nvim_buf_get_lines(view, 0, -1, false)
  eq(rows[1], "protestcorpus: en_01.txt  (lang en, date 2025-11-08)", "header row")
  local text = buffer_text(src)
  local items, nquotes = api_items(text)
  local qrow
  for i, r in ipairs(rows) do if r:match("^Quotes %(") then qrow = i end end
  truthy(qrow, "a Quotes row")
  eq(rows[qrow], ("Quotes (%d)"):format(nquotes), "quote count")
  eq(#rows - qrow, nquotes, "one row per quote")
  -- the events layer is part of this repository: it must load in Neovim
  local in_repo = read(root .. "/lua/protestcorpus/events/init.lua") ~= nil
  local events, why = require("protestcorpus.nvim.events").layer()
  if in_repo then truthy(events, "events layer loads in Neovim: " .. tostring(why)) end
  if events then
    local rec = require("protestcorpus.nvim.events").record(pc, text, "en_01.txt")
    local evs = events.merge(events.groups(events.detect(rec, assert(events.load()))))
    eq(rows[3], ("Events (%d)"):format(#evs), "events row")
    out(("      events layer present: %d events, %d quotes"):format(#evs, nquotes))
    truthy(#evs > 0, "the example has events")
    -- the rows of event 1, from the events API's record
    local ev = evs[1]
    local first = ("1. %s  %s  %s"):format(ev.date, table.concat(ev.forms, ", "), ev.status)
    eq(rows[4], first, "first event row: date, forms, status")
    local function row_of(prefix)
      for i = 5, qrow - 1 do
        if rows[i]:match("^%d+%. ") then return nil end
        if rows[i]:sub(1, #prefix) == prefix then return rows[i] end
      end
    end
    eq(row_of("   places: "), "   places: " .. table.concat(ev.places, ", "), "places row")
    if #ev.organizers > 0 then
      eq(row_of("   organizers: "), "   organizers: " .. table.concat(ev.organizers, ", "), "organizers row")
    end
    if #ev.claims > 0 then eq(row_of("   claims: "), "   claims: " .. table.concat(ev.claims, ", "), "claims row") end
    for _, p in ipairs(ev.participants) do
      truthy(row_of("     " .. (p.low == p.high and tostring(p.low) or (p.low .. "–" .. p.high))
        .. " (source: " .. p.source), "participant row of source " .. p.source)
    end
    local nevidence = 0
    for i = 5, qrow - 1 do
      if rows[i]:match("^%d+%. ") then break end
      if rows[i]:match("^   evidence: ") then nevidence = nevidence + 1 end
    end
    eq(nevidence, #ev.evidence, "one evidence row per evidence sentence")
    -- <CR> on the first event row: cursor at its first evidence
    api.nvim_win_set_cursor(0, { 4, 0 })
    require("protestcorpus.nvim.events").jump()
    eq(api.nvim_get_current_buf(), src, "back in the article")
    local ev1 = evs[1].evidence[1]
    local r, c = pos_of(text, ev1.start, "\n")
    eq(api.nvim_win_get_cursor(0), { r + 1, c }, "cursor at the evidence")
  else
    truthy(rows[3]:match("^events: not available %("), "events row")
    out(("      events layer absent; %d quotes"):format(nquotes))
  end
  if nquotes > 0 then
    local win = vim.fn.bufwinid(view)
    api.nvim_set_current_win(win)
    api.nvim_win_set_cursor(0, { qrow + 1, 0 })
    require("protestcorpus.nvim.events").jump()
    eq(api.nvim_get_current_buf(), src, "back in the article")
    local q
    for _, it in ipairs(items) do if it.type == "QUOTE" then q = q or it end end
    local r, c = pos_of(text, q.start - 1, "\n")
    eq(api.nvim_win_get_cursor(0), { r + 1, c }, "cursor at the quote")
  end
  vim.cmd("only")
end)

test("the events view's document record = the command line's (cli/events.lua input)", function()
  local ok, cli = pcall(require, "protestcorpus.cli.events")
  if not ok then skip("the command line's modules do not load here: " .. tostring(cli):gsub("\n.*", "")) end
  for _, f in ipairs({ EXAMPLE, WRAPPED, root .. "/examples/corpus/fr_01.txt" }) do
    local text = read(f):gsub("\n$", "")
    local mine = require("protestcorpus.nvim.events").record(pc, text, "doc")
    local doc = assert(pc.parse(text))
    local theirs = assert(cli.input({ id = "doc", text = text }, doc))
    for _, k in ipairs({ "id", "lang", "date", "text", "sentences", "dateline", "dateline_place" }) do
      eq(mine[k], theirs[k], k .. " of " .. f)
    end
    -- the same entities; the view's come from doc:annotations() (it draws the quotes too),
    -- with their index and sentence, which detection does not read
    local function bare(ents)
      local copy = {}
      for i, e in ipairs(ents) do
        copy[i] = {}
        for field, v in pairs(e) do if field ~= "index" and field ~= "sentence" then copy[i][field] = v end end
      end
      return copy
    end
    eq(bare(mine.entities), bare(theirs.entities), "entities of " .. f)
    if f == EXAMPLE then eq(mine.dateline_place, "LONDON", "dateline place") end
  end
end)

test("events view without the events layer: says so, lists the quotes", function()
  local saved = package.loaded["protestcorpus.events"]
  package.loaded["protestcorpus.events"] = nil
  package.preload["protestcorpus.events"] = function()
    error("module 'lpeg' not found:\n\tno field package.preload['lpeg']")
  end
  local ok, err = pcall(function()
    vim.cmd("edit " .. vim.fn.fnameescape(EXAMPLE))
    vim.cmd("Protestcorpus events")
    local rows = api.nvim_buf_get_lines(0, 0, -1, false)
    eq(rows[3], "events: not available (module 'lpeg' not found)", "events row")
    local _, nquotes = api_items(buffer_text(vim.fn.bufnr(EXAMPLE)))
    eq(rows[5], ("Quotes (%d)"):format(nquotes), "quotes still listed")
    eq(#rows, 5 + nquotes, "rows")
  end)
  package.preload["protestcorpus.events"] = nil
  package.loaded["protestcorpus.events"] = saved
  vim.cmd("only")
  if not ok then error(err, 0) end
end)

-- 2. Seed articles (read from ../shared, never copied).
test("seed articles: marks = Lua API, positions exact", function()
  if vim.fn.isdirectory(SEEDS) == 0 then skip("../shared/seeds is absent") end
  local files = vim.fn.glob(SEEDS .. "/*.txt", false, true)
  if #files == 0 then skip("no seed article in ../shared/seeds") end
  for _, f in ipairs(files) do
    vim.cmd("edit " .. vim.fn.fnameescape(f))
    local buf = api.nvim_get_current_buf()
    vim.cmd("Protestcorpus annotate")
    local raw = read(f)
    local sep = raw:find("\r\n", 1, true) and "\r\n" or "\n"
    local want = expected_keys((raw:gsub(sep == "\r\n" and "\r\n$" or "\n$", "")), sep)
    eq(mark_keys(buf), want, "extmarks of " .. f)
    vim.cmd("Protestcorpus events")
    local rows = api.nvim_buf_get_lines(0, 0, -1, false)
    truthy(rows[1]:find(vim.fn.fnamemodify(f, ":t"), 1, true), "events header names the seed")
    local events = require("protestcorpus.nvim.events").layer()
    if events then
      local rec = require("protestcorpus.nvim.events").record(pc, buffer_text(buf), "seed")
      local evs = events.merge(events.groups(events.detect(rec, assert(events.load()))))
      eq(rows[3], ("Events (%d)"):format(#evs), "events of " .. f)
    end
    vim.cmd("only")
  end
end)

-- 3. Live re-annotation after an edit (debounced timer).
test("live mode: re-annotation after nvim_buf_set_text", function()
  vim.cmd("edit " .. vim.fn.fnameescape(EXAMPLE))
  local buf = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus auto on")
  truthy(nvim.is_live(buf), "live")
  local before = #nvim.marks(buf)
  -- a new sentence at the start of line 5 (row 4)
  local insert = "On Sunday, about 700 nurses marched in Bristol. "
  api.nvim_buf_set_text(buf, 4, 0, 4, 0, { insert })
  vim.cmd("doautocmd <nomodeline> TextChanged") -- what the main loop does after a change
  local ok = vim.wait(3000, function() return #nvim.marks(buf) > before end, 10)
  truthy(ok, "marks updated within the debounce")
  local want = expected_keys(buffer_text(buf), "\n")
  eq(mark_keys(buf), want, "marks after the edit")
  -- a past-tense clause: the Sunday on or before the document date (Saturday 2025-11-08)
  eq(mark_at(buf, "Sunday").virt_text, "→ 2025-11-02", "the new date resolved against the document date")
  api.nvim_buf_set_text(buf, 4, 0, 4, #insert, { "" })
  vim.cmd("doautocmd <nomodeline> TextChanged")
  truthy(vim.wait(3000, function() return #nvim.marks(buf) == before end, 10), "marks back")
  eq(mark_keys(buf), expected_keys(buffer_text(buf), "\n"), "marks after undoing the edit")
  vim.cmd("Protestcorpus auto off")
  eq(nvim.is_live(buf), false, "live off")
end)

-- 4. A buffer with invalid UTF-8 bytes.
test("invalid UTF-8: byte columns exact", function()
  local lines = {
    "date 2026-03-10 Strike \255\254 in Lyon",
    "",
    "About 3,000 caf\233 workers marched in Lyon on Tuesday \192\128 and 12% \237\160\128 struck.",
    "\128\129 Marie Dupont said the union \245 would return on March 21.",
  }
  local buf = scratch(lines)
  vim.cmd("Protestcorpus annotate")
  local text = table.concat(lines, "\n")
  local want, items = expected_keys(text, "\n")
  truthy(#items >= 5, "entities found around invalid bytes")
  eq(mark_keys(buf), want, "marks")
  eq(mark_at(buf, "Tuesday").virt_text, "→ 2026-03-10", "date after invalid bytes")
  truthy(mark_at(buf, "March 21"), "a mark after a stray byte on its line")
end)

-- 5. CRLF line ends: fileformat=dos leaves no "\r" in the buffer; compare to the raw file.
test("CRLF file (fileformat=dos): positions map to the file's lines", function()
  local raw = read(EXAMPLE):gsub("\n", "\r\n")
  local path = vim.fn.tempname() .. ".txt"
  local f = assert(io.open(path, "wb"))
  f:write(raw)
  f:close()
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = api.nvim_get_current_buf()
  eq(api.nvim_buf_get_option(buf, "fileformat"), "dos", "fileformat")
  truthy(not buffer_text(buf):find("\r", 1, true), "no \\r in the buffer")
  vim.cmd("Protestcorpus annotate")
  eq(mark_keys(buf), expected_keys((raw:gsub("\r\n$", "")), "\r\n"), "marks vs the CRLF file through the API")
  -- the same file read with fileformat=unix: each line keeps its "\r"
  vim.cmd("bwipeout!")
  vim.cmd("edit ++ff=unix " .. vim.fn.fnameescape(path))
  buf = api.nvim_get_current_buf()
  truthy(api.nvim_buf_get_lines(buf, 0, 1, false)[1]:find("\r$"), "\\r kept in lines")
  vim.cmd("Protestcorpus annotate")
  eq(mark_keys(buf), expected_keys((raw:gsub("\r\n$", "\r")), "\n"), "marks with \\r in lines")
  vim.cmd("bwipeout!")
  os.remove(path)
end)

-- 6. An unsaved buffer, French, with a range.
test("unsaved buffer: annotation, range virtual text", function()
  local lines = { "date 2026-03-14 Manifestation à Lyon", "",
    "Entre 2 000 et 3 000 personnes ont défilé à Lyon samedi, selon la préfecture." }
  local buf = scratch(lines)
  eq(api.nvim_buf_get_name(buf), "", "no file name")
  vim.cmd("Protestcorpus annotate")
  eq(mark_keys(buf), expected_keys(table.concat(lines, "\n"), "\n"), "marks")
  eq(mark_at(buf, "Entre 2 000 et 3 000").virt_text, "= 2000–3000 personne", "range")
  eq(mark_at(buf, "samedi").virt_text, "→ 2026-03-14", "date")
  vim.cmd("Protestcorpus clear")
  eq(#nvim.marks(buf), 0, "clear removes every mark")
end)

test("edge buffers: empty, blank, NUL bytes, one long line", function()
  local buf = scratch({ "" })
  truthy(nvim.annotate(buf), "empty buffer")
  eq(#nvim.marks(buf), 0, "no marks")
  api.nvim_buf_set_lines(buf, 0, -1, false, { "   ", "", "\t" })
  truthy(nvim.annotate(buf), "blank buffer")
  eq(#nvim.marks(buf), 0, "no marks")
  -- a NUL byte inside a line (Neovim keeps it; the parser reads it as a separator)
  local lines = { "date 2026-03-10 Grève", "", "About 3,000 workers\0marched in Lyon on Tuesday." }
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  eq(api.nvim_buf_get_lines(buf, 2, 3, false)[1], lines[3], "NUL kept in the line")
  truthy(nvim.annotate(buf), "NUL buffer")
  eq(mark_keys(buf), expected_keys(table.concat(lines, "\n"), "\n"), "marks around a NUL byte")
  truthy(mark_at(buf, "Tuesday"), "mark after the NUL byte")
  -- a 60 KB article on one line: paragraph mode with a single paragraph
  local parts = {}
  for i = 1, 600 do parts[i] = ("In Lyon, %d people marched on Tuesday."):format(1000 + i) end
  local long = { "date 2026-03-10 Grève", "", table.concat(parts, " ") }
  api.nvim_buf_set_lines(buf, 0, -1, false, long)
  truthy(nvim.annotate(buf), "long line")
  eq(nvim.stats.mode, "paragraph", "large buffer")
  eq(mark_keys(buf), expected_keys(table.concat(long, "\n"), "\n"), "marks on one long line")
  vim.cmd("bwipeout!")
end)

test("the plugin's Lua files compile under Neovim's LuaJIT", function()
  truthy(jit and jit.version, "LuaJIT")
  local files = vim.fn.glob(root .. "/lua/protestcorpus/nvim/*.lua", false, true)
  for _, f in ipairs({ "lua/protestcorpus/nvim.lua", "lua/protestcorpus/health.lua", "plugin/protestcorpus.lua",
    "lua/protestcorpus/init.lua" }) do files[#files + 1] = root .. "/" .. f end
  truthy(#files >= 9, "files found")
  for _, f in ipairs(files) do
    local chunk, err = loadfile(f)
    truthy(chunk, tostring(err))
  end
end)

-- 7. A large buffer: paragraph mode, incremental updates equal a full rebuild.
local function big_lines(target)
  local files = vim.fn.glob(root .. "/examples/corpus/*.txt", false, true)
  local lines, size = {}, 0
  local first = true
  while size < target do
    for _, f in ipairs(files) do
      local s = read(f):gsub("\r", "")
      if not first then
        s = s:gsub("^date %S+ ", "") -- only the first article keeps its date header
      end
      first = false
      for l in (s .. "\n"):gmatch("([^\n]*)\n") do
        lines[#lines + 1] = l
        size = size + #l + 1
      end
      lines[#lines + 1] = ""
      if size >= target then break end
    end
  end
  return lines
end

local function snapshot(buf)
  local t = {}
  for i, m in ipairs(nvim.marks(buf)) do
    t[i] = key(m.row, m.col, m.end_row, m.end_col, m.hl_group) .. " " .. tostring(m.virt_text)
  end
  table.sort(t)
  return t
end

test("large buffer: paragraph mode, edits re-annotate only what changed, = full rebuild", function()
  local buf = scratch(big_lines(200000))
  truthy(api.nvim_buf_get_offset(buf, api.nvim_buf_line_count(buf)) > nvim.config.paragraph_threshold, "large")
  vim.cmd("Protestcorpus auto on")
  eq(nvim.stats.mode, "paragraph", "mode")
  local total = nvim.stats.parsed
  truthy(total > 100, "many paragraphs parsed the first time")
  local nmarks = #nvim.marks(buf)
  truthy(nmarks > 2000, "thousands of marks")
  out(("      %d lines, %d paragraphs parsed, %d marks"):format(api.nvim_buf_line_count(buf), total, nmarks))
  local function settle(edit)
    edit()
    vim.cmd("doautocmd <nomodeline> TextChanged")
    local tick = nvim.stats.last_ms
    nvim.stats.last_ms = nil
    truthy(vim.wait(3000, function() return nvim.stats.last_ms ~= nil end, 5), "re-annotated")
    local parsed = nvim.stats.parsed
    -- the same text annotated from scratch in another buffer (the live state goes on)
    local copy = api.nvim_create_buf(true, false)
    api.nvim_buf_set_lines(copy, 0, -1, false, api.nvim_buf_get_lines(buf, 0, -1, false))
    truthy(nvim.annotate(copy), "fresh annotation")
    eq(snapshot(buf), snapshot(copy), "incremental marks = a fresh annotation")
    nvim.clear(copy)
    api.nvim_buf_delete(copy, { force = true })
    return parsed, tick
  end
  local n = api.nvim_buf_line_count(buf)
  local row = math.floor(n / 2)
  while api.nvim_buf_get_lines(buf, row, row + 1, false)[1] == "" do row = row + 1 end
  -- one character typed
  local parsed = settle(function() api.nvim_buf_set_text(buf, row, 0, row, 0, { "X" }) end)
  truthy(parsed <= 3, "one edit parses at most its paragraph and neighbours (" .. parsed .. ")")
  -- a new sentence with entities
  settle(function() api.nvim_buf_set_text(buf, row, 0, row, 1, { "In Nantes, 4,000 people marched on Monday. " }) end)
  -- a blank line removed: two paragraphs join
  local blank = row
  while api.nvim_buf_get_lines(buf, blank, blank + 1, false)[1] ~= "" do blank = blank + 1 end
  settle(function() api.nvim_buf_set_lines(buf, blank, blank + 1, false, {}) end)
  -- a paragraph split by a new blank line, lines deleted near the end, lines added at the top
  settle(function() api.nvim_buf_set_lines(buf, row + 1, row + 1, false, { "", "" }) end)
  settle(function() api.nvim_buf_set_lines(buf, n - 30, n - 20, false, {}) end)
  settle(function() api.nvim_buf_set_lines(buf, 2, 2, false, { "Police said 1,200 took part in Lille.", "" }) end)
  -- text changed and changed back between two annotations: marks still exact
  settle(function()
    local marked = nvim.marks(buf)[math.floor(#nvim.marks(buf) / 2)].row
    local line = api.nvim_buf_get_lines(buf, marked, marked + 1, false)[1]
    api.nvim_buf_set_text(buf, marked, 0, marked, #line, { "" })
    api.nvim_buf_set_text(buf, marked, 0, marked, 0, { line })
  end)
  -- several edits in a row, none waited for
  settle(function()
    api.nvim_buf_set_lines(buf, row + 5, row + 5, false,
      { "", "On Friday 300 farmers blocked the A7 near Valence.", "" })
    api.nvim_buf_set_text(buf, row + 40, 0, row + 40, 0, { "Z" })
    api.nvim_buf_set_lines(buf, row - 20, row - 18, false, {})
  end)
  settle(function()
    local line = api.nvim_buf_get_lines(buf, row, row + 1, false)[1]
    api.nvim_buf_set_text(buf, row, 0, row, #line, { "" })
    api.nvim_buf_set_text(buf, row, 0, row, 0, { line })
  end)
  -- the document date changes: everything re-annotated against the new date
  local first = api.nvim_buf_get_lines(buf, 0, 1, false)[1]
  settle(function() api.nvim_buf_set_text(buf, 0, 5, 0, 15, { "2024-01-01" }) end)
  truthy(first ~= api.nvim_buf_get_lines(buf, 0, 1, false)[1], "header edited")
  vim.cmd("Protestcorpus auto off")
  vim.cmd("bwipeout!")
end)

test("live paragraph mode survives :edit! of a file changed on disk", function()
  local lines = big_lines(60000)
  local path = vim.fn.tempname() .. ".txt"
  vim.fn.writefile(lines, path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = api.nvim_get_current_buf()
  vim.cmd("Protestcorpus auto on")
  eq(nvim.stats.mode, "paragraph", "mode")
  -- the file changes under the buffer: a paragraph replaced, lines removed
  local changed = vim.deepcopy(lines)
  changed[20] = "In Rennes, 2,500 farmers blocked the ring road on Wednesday."
  for _ = 1, 7 do table.remove(changed, 40) end
  vim.fn.writefile(changed, path)
  vim.cmd("edit!")
  eq(api.nvim_buf_get_lines(buf, 19, 20, false)[1], changed[20], "reloaded")
  nvim.stats.last_ms = nil
  vim.cmd("doautocmd <nomodeline> TextChanged")
  truthy(vim.wait(3000, function() return nvim.stats.last_ms ~= nil end, 5), "re-annotated")
  local copy = api.nvim_create_buf(true, false)
  api.nvim_buf_set_lines(copy, 0, -1, false, changed)
  truthy(nvim.annotate(copy), "fresh annotation")
  eq(snapshot(buf), snapshot(copy), "marks after the reload = a fresh annotation")
  truthy(mark_at(buf, "Rennes"), "the new paragraph is marked")
  nvim.clear(copy)
  api.nvim_buf_delete(copy, { force = true })
  vim.cmd("Protestcorpus auto off")
  vim.cmd("bwipeout!")
  os.remove(path)
end)

-- 8. Commands, completion, highlight groups, loader checks.
test("completion of :Protestcorpus", function()
  eq(nvim.complete("", "Protestcorpus "), { "annotate", "auto", "clear", "virtualtext", "events" }, "subcommands")
  eq(nvim.complete("a", "Protestcorpus a"), { "annotate", "auto" }, "prefix")
  eq(nvim.complete("o", "Protestcorpus auto o"), { "on", "off" }, "auto args")
  eq(vim.fn.getcompletion("Protestcorpus v", "cmdline"), { "virtualtext" }, "through the command line")
end)

test("highlight groups: defaults linked, a user's link kept", function()
  for _, g in pairs(GROUPS) do truthy(vim.fn.hlexists(g) == 1, g) end
  eq(vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.hlID("ProtestcorpusDate")), "name"), "Special", "default link")
  vim.cmd("highlight link ProtestcorpusPerson ErrorMsg")
  vim.cmd("doautocmd ColorScheme")
  eq(vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.hlID("ProtestcorpusPerson")), "name"), "ErrorMsg", "user link kept")
end)

test("loader: ABI of the builds, missing module", function()
  local loader = require "protestcorpus.nvim.loader"
  eq(loader.abi_of(loader.module_path()), "5.1", "LuaJIT build")
  eq(require("protestcorpus.core"), package.loaded["protestcorpus.core"], "core loaded once")
  truthy(package.cpath:find(loader.root() .. "/build/luajit/?.so", 1, true), "cpath has the plugin's build")
  local p54 = root .. "/build/lua5.4/protestcorpus/core.so"
  if read(p54) then eq(loader.abi_of(p54), "5.4", "a Lua 5.4 build is recognised") end
  local abi, why = loader.abi_of(root .. "/no/such/core.so")
  eq(abi, nil, "missing")
  eq(why, "not found", "message")
  eq((loader.abi_of(EXAMPLE)), nil, "a text file is no module")
end)

-- A copy of the plugin as a plugin manager leaves it (its folder on 'runtimepath', built),
-- in a fresh Neovim with no LUA_PATH, LUA_CPATH or PROTESTCORPUS_DATA, started from a folder
-- that holds a decoy Lua 5.4 protestcorpus/core.so on package.cpath's "./?.so".
test("installed copy: own build found with no environment; Lua 5.4 build and missing build refused", function()
  local p54 = root .. "/build/lua5.4/protestcorpus/core.so"
  if not read(p54) then skip("no Lua 5.4 build to use as a decoy (make module LUA=lua5.4)") end
  local tmp = vim.fn.tempname()
  local function install(name, so)
    local dir = tmp .. "/" .. name
    vim.fn.mkdir(dir .. "/build/luajit/protestcorpus", "p")
    vim.fn.system({ "cp", "-r", root .. "/plugin", root .. "/lua", dir .. "/" })
    vim.fn.system({ "ln", "-s", root .. "/data", dir .. "/data" })
    if so then vim.fn.system({ "cp", so, dir .. "/build/luajit/protestcorpus/core.so" }) end
    return dir
  end
  local good = install("good", root .. "/build/luajit/protestcorpus/core.so")
  local wrong = install("wrong", p54)
  local missing = install("missing", nil)
  local cwd = tmp .. "/cwd"
  vim.fn.mkdir(cwd .. "/protestcorpus", "p")
  vim.fn.system({ "cp", p54, cwd .. "/protestcorpus/core.so" })
  local script = tmp .. "/probe.lua"
  local f = assert(io.open(script, "wb"))
  f:write([[
local done, perr = pcall(function()
  local nv = require "protestcorpus.nvim"
  local b = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_lines(b, 0, -1, false,
    { "date 2026-03-10 Lyon", "", "About 3,000 people marched in Lyon on Tuesday." })
  local ok, err = nv.annotate(b)
  io.stdout:write(("RESULT %s|%s|%d|%s\n"):format(tostring(ok), tostring(err), #nv.marks(b),
    tostring(require("protestcorpus.nvim.loader").info().source)))
  vim.cmd("checkhealth protestcorpus")
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  io.stdout:write(("HEALTH %s|%s\n"):format(report:find("ERROR", 1, true) and "error" or "ok",
    report:find("make LUA=luajit", 1, true) and "advice" or "-"))
end)
if not done then io.stdout:write("ERROR " .. tostring(perr) .. "\n") end
vim.cmd("qall!")
]])
  f:close()
  local function probe(dir)
    local res = vim.fn.system({ "sh", "-c", 'cd "$1" && env -u LUA_PATH -u LUA_CPATH -u PROTESTCORPUS_DATA '
      .. 'timeout -s KILL 60 "$2" '
      .. '--headless -u NONE -i NONE --cmd "set rtp^=$3" -c "runtime plugin/protestcorpus.lua" -c "luafile $4"',
      "probe", cwd, vim.v.progpath, dir, script })
    local ok, err, n, src = res:match("RESULT ([^|]*)|([^|]*)|(%d+)|([^\n]*)")
    truthy(ok, "probe output: " .. res)
    return ok, err, tonumber(n), src, res:match("HEALTH ([^\n]*)")
  end
  local ok, err, n, src, health = probe(good)
  eq(health, "ok|-", ":checkhealth of a good install")
  eq(ok, "true", "annotated (" .. err .. ")")
  eq(n, 4, "marks: the place in the title; quantity, place, date")
  eq(src, good .. "/build/luajit/protestcorpus/core.so", "the copy's own build")
  local cases = { { wrong, "is built for Lua 5.4, not LuaJIT" }, { missing, "no compiled module at " .. missing } }
  for _, case in ipairs(cases) do
    local cok, cerr, _, _, chealth = probe(case[1])
    eq(chealth, "error|advice", ":checkhealth says what to do")
    eq(cok, "nil", "refused")
    truthy(cerr:find(case[2], 1, true) and cerr:find("make LUA=luajit", 1, true), cerr)
  end
  vim.fn.delete(tmp, "rf")
end)

test(":checkhealth protestcorpus", function()
  vim.cmd("checkhealth protestcorpus")
  local text = buffer_text(0)
  truthy(text:find("OK: module .-Lua 5.1 ABI"), "module and ABI")
  truthy(text:find("protestcorpus " .. pc.version .. " loaded", 1, true), "version")
  truthy(text:find("name model loaded: %d+ entries in [%d.]+ ms"), "model and load time")
  truthy(text:find("data directory ", 1, true), "data directory")
  truthy(not text:find("ERROR"), "no error")
  vim.cmd("bwipeout!")
end)

test("vimdoc: :helptags builds the tags", function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  local f = assert(io.open(dir .. "/protestcorpus.txt", "wb"))
  f:write(read(root .. "/doc/protestcorpus.txt"))
  f:close()
  vim.cmd("helptags " .. vim.fn.fnameescape(dir)) -- raises on a duplicate tag
  local tags = read(dir .. "/tags")
  for _, t in ipairs({ "protestcorpus.txt", ":Protestcorpus", ":Protestcorpus-events", "protestcorpus-config",
    "protestcorpus-highlights", "protestcorpus-health", "b:protestcorpus_date" }) do
    truthy(tags:find("\n" .. vim.pesc(t) .. "\t") or tags:find("^" .. vim.pesc(t) .. "\t"), "tag " .. t)
  end
  -- every |link| names a tag of this file or of Neovim's help
  local own = {}
  for t in tags:gmatch("([^\t\n]+)\t[^\n]*") do own[t] = true end
  for link in read(dir .. "/protestcorpus.txt"):gmatch("|([^|%s]+)|") do
    truthy(own[link] or #vim.fn.getcompletion(link, "help") > 0, "link target " .. link)
  end
  vim.fn.delete(dir, "rf")
end)

test("automatic mode per filetype (setup{auto = {filetypes = ...}})", function()
  nvim.setup({ auto = { filetypes = { "pctest" } }, debounce_ms = 20 })
  local buf = scratch({ "date 2026-03-10 Lyon", "", "About 3,000 people marched in Lyon on Tuesday." })
  eq(nvim.is_live(buf), false, "not live before its filetype is set")
  api.nvim_buf_set_option(buf, "filetype", "pctest")
  eq(nvim.is_live(buf), true, "live once the filetype matches")
  eq(#nvim.marks(buf), 4, "annotated")
  local other = scratch({ "About 3,000 people marched in Lyon." })
  api.nvim_buf_set_option(other, "filetype", "text")
  eq(nvim.is_live(other), false, "other filetypes untouched")
  eq(#nvim.marks(other), 0, "not annotated")
  nvim.setup({})
  eq(nvim.config.debounce_ms, 150, "defaults back")
  nvim.clear(buf)
  api.nvim_buf_delete(buf, { force = true })
  api.nvim_buf_delete(other, { force = true })
end)

test("unknown subcommand and setup option", function()
  local ok = nvim.command({ "frobnicate" })
  eq(ok, nil, "unknown subcommand fails")
  truthy(not pcall(nvim.setup, { virtualtxt = true }), "misspelt option raises")
end)

out(("%d passed, %d failed%s"):format(passed, failed, skipped > 0 and (" (" .. skipped .. " skipped)") or ""))
return failed
end
local ok, failed = xpcall(main, debug.traceback)
if not ok then
  io.stdout:write("spec/nvim/run.lua: ", tostring(failed), "\n0 passed, 1 failed\n")
  vim.cmd("cquit 1")
elseif failed > 0 then
  vim.cmd("cquit 1")
else
  vim.cmd("qall!")
end
