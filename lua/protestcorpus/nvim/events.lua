--- protestcorpus.nvim.events: `:Protestcorpus events`, the events and quotes of a buffer
-- in a scratch buffer; <CR> on a row jumps to its evidence in the article.
--
-- The whole buffer is parsed (document-level context, whatever its size) into the plain
-- document record the events layer takes (0-based, end-exclusive spans, as in JSONL), and
-- protestcorpus.events detects and merges its events. When that layer is absent the
-- events part says "events: not available" and the quotes are still listed. The list is
-- a snapshot: each row keeps the (row, col) its evidence had when the list was made; run
-- the command again after editing the article.
local spans = require "protestcorpus.nvim.spans"
local extract = require "protestcorpus.nvim.extract"

local api = vim.api

local M = {}

-- events buffer -> { source = buf, targets = { [row] = {row, col} } }
local views = {}
M._views = views

-- The events layer needs LPeg and reads cjson's null: when Neovim's Lua has no such
-- module on its path, Neovim's own copies stand in (vim.lpeg on 0.10+, vim.json's null).
local function provide_dependencies()
  if not pcall(require, "lpeg") and rawget(vim, "lpeg") then
    package.preload["lpeg"] = function() return vim.lpeg end
  end
  if not pcall(require, "cjson.safe") and vim.json then
    package.preload["cjson.safe"] = function()
      return { null = vim.NIL, encode = vim.json.encode, decode = vim.json.decode }
    end
  end
end

--- The events layer, or nil and a message saying why it is not available.
function M.layer()
  provide_dependencies()
  local ok, events = pcall(require, "protestcorpus.events")
  if not ok then
    local why = tostring(events):match("module '[^']+' not found") or tostring(events):gsub("\n.*", "")
    return nil, "events: not available (" .. why .. ")"
  end
  if type(events) ~= "table" or not events.detect then
    return nil, "events: not available (protestcorpus.events has no detect)"
  end
  return events
end

--- The plain document record of a text, as the command line gives it to the events layer
-- (cli/events.lua: sentences and dateline with 0-based end-exclusive spans, every sentence
-- with its kind, the dateline's place, and the C module's entities as they come, with their
-- Lua spans, which the events layer reads as well), with the quotes too; or nil and a message.
function M.record(pc, text, id, opts)
  provide_dependencies()
  local records = require "protestcorpus.records"
  local doc, err = pc.parse(text, opts)
  if not doc then return nil, err end
  local ann, aerr = extract.annotations(doc)
  if not ann then
    doc:close()
    return nil, aerr
  end
  local meta = doc.meta
  local sents = {}
  for i, s in ipairs(doc:all_sentences()) do
    sents[i] = { start = s.start - 1, ["end"] = s.stop, kind = s.kind }
  end
  local dl = meta.spans and meta.spans.dateline
  local pl = meta.spans and meta.spans.place
  local rec = {
    id = id, lang = meta.lang, date = meta.date, title = meta.title, text = text,
    sentences = sents, entities = ann.entities or {},
    quotes = records.quote_list and records.quote_list(ann.quotes or {}) or {},
    dateline = dl and { start = dl.start - 1, ["end"] = dl.stop } or nil,
    dateline_place = pl and text:sub(pl.start, pl.stop) or nil,
  }
  doc:close()
  return rec
end

--- The events of a record: merged records when the events layer is there, else nil and why.
function M.detect(rec)
  local events, why = M.layer()
  if not events then return nil, why end
  local lex, err = events.load()
  if not lex then return nil, "events: not available (" .. tostring(err) .. ")" end
  local atoms = events.detect(rec, lex)
  if events.merge and events.groups then return events.merge(events.groups(atoms)) end
  return atoms
end

-- A field's value as text: strings and numbers as they are, lists joined, tables by name.
local function show(v)
  local t = type(v)
  if t == "nil" then return nil end
  if t == "string" then return v ~= "" and v or nil end
  if t == "number" then return require("protestcorpus.nvim.marks").number(v) end
  if t == "boolean" then return tostring(v) end
  if t == "table" then
    if v[1] == nil then
      local name = v.canonical or v.name or v.text or v.value
      return name and show(name) or nil
    end
    local parts = {}
    for _, x in ipairs(v) do parts[#parts + 1] = show(x) end
    return #parts > 0 and table.concat(parts, ", ") or nil
  end
  return tostring(v)
end

local function figure(p)
  local n
  if p.low and p.high and p.low ~= p.high then
    n = show(p.low) .. "–" .. show(p.high)
  else
    n = show(p.low or p.high or p.value) or "?"
  end
  local src = show(p.source)
  local where = show(p.place)
  return n .. " (source: " .. (src or "unnamed") .. (where and (", " .. where) or "") .. ")"
    .. (p.text and ("  “" .. p.text .. "”") or "")
end

local function one_line(s, max)
  s = (s or ""):gsub("%s+", " ")
  if #s > max then
    -- cut on a character boundary: back off continuation bytes
    local cut = max
    while cut > 1 and s:byte(cut + 1) and s:byte(cut + 1) >= 128 and s:byte(cut + 1) < 192 do cut = cut - 1 end
    s = s:sub(1, cut) .. "…"
  end
  return s
end

--- The rows of the view: list of { text, offset (0-based byte of the evidence) or nil }.
function M.rows(rec, evs, everr)
  local rows = {}
  local function add(text, offset) rows[#rows + 1] = { text = text, offset = offset } end
  add(("protestcorpus: %s  (lang %s, date %s)"):format(rec.id or "", rec.lang or "?", rec.date or "unknown"))
  add("")
  if not evs then
    add(everr)
  else
    add(("Events (%d)"):format(#evs))
    for i, ev in ipairs(evs) do
      local evidence = ev.evidence or {}
      local first = evidence[1]
      add(("%d. %s  %s  %s"):format(i, show(ev.date) or "no date", show(ev.forms) or show(ev.form) or "",
        show(ev.status) or ""):gsub("%s+$", ""), first and first.start)
      local fields = {
        { "places", ev.places }, { "organizers", ev.organizers }, { "actors", ev.actor_type },
        { "sites", ev.sites }, { "claims", ev.claims }, { "targets", ev.targets },
      }
      for _, f in ipairs(fields) do
        local v = show(f[2])
        if v then add("   " .. f[1] .. ": " .. v, first and first.start) end
      end
      local parts = ev.participants or {}
      if #parts > 0 then
        add("   participants:", first and first.start)
        for _, p in ipairs(parts) do add("     " .. figure(p), p.start or (first and first.start)) end
      end
      for _, e in ipairs(evidence) do
        local snippet = e.start and e["end"] and rec.text:sub(e.start + 1, e["end"]) or ""
        add("   evidence: " .. one_line(snippet, 100), e.start)
      end
    end
  end
  add("")
  add(("Quotes (%d)"):format(#rec.quotes))
  for _, q in ipairs(rec.quotes) do
    add(("  %s: %s"):format(q.speaker or "?", one_line(q.text, 120)), q.start)
  end
  return rows
end

local function find_view_buf(src)
  local name = "protestcorpus://events/" .. src
  for b, v in pairs(views) do
    if v.source == src and api.nvim_buf_is_valid(b) then return b end
  end
  local b = api.nvim_create_buf(false, true)
  api.nvim_buf_set_name(b, name)
  api.nvim_buf_set_option(b, "buftype", "nofile")
  api.nvim_buf_set_option(b, "bufhidden", "wipe")
  api.nvim_buf_set_option(b, "swapfile", false)
  api.nvim_buf_set_option(b, "filetype", "protestcorpus-events")
  api.nvim_buf_set_keymap(b, "n", "<CR>", "<cmd>lua require('protestcorpus.nvim.events').jump()<CR>",
    { noremap = true, silent = true, desc = "protestcorpus: jump to evidence" })
  api.nvim_buf_set_keymap(b, "n", "q", "<cmd>close<CR>", { noremap = true, silent = true })
  api.nvim_create_autocmd("BufWipeout", { buffer = b, callback = function() views[b] = nil end })
  return b
end

--- Opens (or refreshes) the events view of buffer `src`; returns the view's buffer.
function M.open(src)
  local nvim = require "protestcorpus.nvim"
  local pc, err = nvim.module()
  if not pc then return nil, err end
  local lines = api.nvim_buf_get_lines(src, 0, -1, false)
  local text = table.concat(lines, "\n")
  local okd, d = pcall(api.nvim_buf_get_var, src, "protestcorpus_date")
  local date = okd and d or nvim.config.date
  local okl, l = pcall(api.nvim_buf_get_var, src, "protestcorpus_lang")
  local lang = okl and l or nvim.config.lang
  local name = api.nvim_buf_get_name(src)
  local rec, rerr = M.record(pc, text, name ~= "" and vim.fn.fnamemodify(name, ":t") or ("buffer " .. src),
    (date or lang) and { date = date, lang = lang } or nil)
  if not rec then return nil, rerr end
  local okev, evs, everr = pcall(M.detect, rec)
  if not okev then evs, everr = nil, "events: failed (" .. tostring(evs) .. ")" end
  local rows = M.rows(rec, evs, everr)
  local starts = spans.line_starts(lines)
  local texts, targets = {}, {}
  for i, r in ipairs(rows) do
    texts[i] = r.text
    if r.offset then
      local row, col = spans.position(starts, r.offset + 1)
      targets[i] = { row, col }
    end
  end
  local b = find_view_buf(src)
  api.nvim_buf_set_option(b, "modifiable", true)
  api.nvim_buf_set_lines(b, 0, -1, false, texts)
  api.nvim_buf_set_option(b, "modifiable", false)
  local ns = require("protestcorpus.nvim").ns
  api.nvim_buf_clear_namespace(b, ns, 0, -1)
  for i, t in ipairs(texts) do
    if i == 1 or t:match("^Events %(") or t:match("^Quotes %(") or t:match("^%d+%. ") then
      api.nvim_buf_add_highlight(b, ns, "ProtestcorpusEventsTitle", i - 1, 0, -1)
    else
      local a, z = t:find("^%s+[%w_]+:")
      if a then api.nvim_buf_add_highlight(b, ns, "ProtestcorpusEventsField", i - 1, 0, z) end
    end
  end
  views[b] = { source = src, targets = targets, events = evs, record = rec }
  if vim.fn.bufwinid(b) == -1 then
    vim.cmd("botright split")
    api.nvim_win_set_buf(0, b)
    api.nvim_win_set_height(0, math.min(20, math.max(5, #texts)))
  end
  return b
end

--- <CR> in the view: the article's window shows the evidence of the row under the cursor.
function M.jump()
  local b = api.nvim_get_current_buf()
  local view = views[b]
  if not view then return end
  local row = api.nvim_win_get_cursor(0)[1]
  local target = view.targets[row]
  if not target then return end
  if not api.nvim_buf_is_valid(view.source) then
    vim.notify("protestcorpus: the article buffer is gone", vim.log.levels.WARN)
    return
  end
  local win = vim.fn.bufwinid(view.source)
  if win == -1 then
    vim.cmd("wincmd p")
    if api.nvim_get_current_buf() == b then vim.cmd("aboveleft split") end
    api.nvim_win_set_buf(0, view.source)
    win = api.nvim_get_current_win()
  end
  api.nvim_set_current_win(win)
  local last = api.nvim_buf_line_count(view.source)
  api.nvim_win_set_cursor(win, { math.min(target[1] + 1, last), target[2] })
end

return M
