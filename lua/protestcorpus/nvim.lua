--- protestcorpus.nvim: live annotation of an article in a Neovim buffer.
--
--     require("protestcorpus.nvim").setup({ auto = { filetypes = { "text" } } })
--     :Protestcorpus annotate | auto [on|off] | clear | virtualtext [on|off] | events
--
-- Every entity and quotation gets one extmark in the namespace "protestcorpus" (highlight
-- group Protestcorpus<Type>, virtual text with its normalized value). The buffer's text is
-- its lines joined by "\n": offsets map to (row, byte column) exactly (nvim/spans.lua), on
-- unsaved buffers, with invalid UTF-8 and under fileformat=dos alike.
--
-- Two ways to annotate, chosen by the buffer's size:
-- * below `paragraph_threshold` bytes the whole text is parsed at once (document-level
--   context: names resolved across paragraphs) and every mark is set again;
-- * above it the buffer is cut into paragraphs (runs of non-blank lines; a run longer than
--   `max_chunk` bytes is cut after a line that ends a sentence). Each paragraph is parsed
--   alone with the document's date and language (from the whole buffer's header and first
--   8 KiB), its result cached by (date, language, text). After an edit only the paragraphs
--   around the changed lines are parsed and their marks set again; the other marks have
--   moved with the text. The changed lines are those that differ from the last annotated
--   snapshot, widened by every line Neovim reported as touched (nvim_buf_attach), so text
--   changed and changed back still gets fresh marks. What this mode gives up: a name is
--   resolved within its paragraph only ("Ashby" alone is not "Colin Ashby").
-- Live mode (`:Protestcorpus auto`, or config.auto.filetypes) re-annotates after
-- TextChanged/TextChangedI, debounced by a vim.loop timer.
local loader = require "protestcorpus.nvim.loader"
local spans = require "protestcorpus.nvim.spans"
local marks = require "protestcorpus.nvim.marks"
local extract = require "protestcorpus.nvim.extract"

local api = vim.api
local uv = vim.uv or vim.loop

local M = {}

M.ns = api.nvim_create_namespace("protestcorpus")

local DEFAULTS = {
  virtual_text = true,          -- normalized values at the end of the line
  virtual_text_pos = "eol",     -- "eol" or "right_align"
  virtual_text_types = nil,     -- nil: every type; else a set { DATE = true, QUOTE = true, ... }
  debounce_ms = 150,            -- live mode: wait this long after the last change
  paragraph_threshold = 20000,  -- bytes: above, annotate paragraph by paragraph
  max_chunk = 8192,             -- bytes: a longer run of lines is cut after a sentence end
  date = nil,                   -- document date for every buffer ("YYYY-MM-DD"); b:protestcorpus_date wins
  lang = nil,                   -- "en", "fr"; b:protestcorpus_lang wins; default detected
  auto = { filetypes = {} },    -- live mode for buffers of these filetypes
}

local function copy(t)
  if type(t) ~= "table" then return t end
  local out = {}
  for k, v in pairs(t) do out[k] = copy(v) end
  return out
end

M.config = copy(DEFAULTS)

--- What happened last: model load time, last annotation's mode, time and paragraphs parsed.
M.stats = {}

-- Per-buffer state: { live, lines, mode, chunks, cache, cache_n, items, meta, ctx_key,
-- dirty_lo, dirty_tail, attached, timer }.
local buffers = {}
M._buffers = buffers

local function notify(msg, level)
  vim.notify(msg, level or vim.log.levels.INFO, { title = "protestcorpus" })
end

local function buf_of(buf)
  if buf == nil or buf == 0 then return api.nvim_get_current_buf() end
  return buf
end

local function state_of(buf)
  local st = buffers[buf]
  if not st then
    st = { cache = {}, cache_n = 0 }
    buffers[buf] = st
  end
  return st
end

--- The protestcorpus module with its name model loaded, or nil and a message.
function M.module()
  local pc, err = loader.load()
  if not pc then return nil, err end
  if M.stats.model_ms == nil then
    local t0 = uv.hrtime()
    local model, merr = pc.default_model()
    M.stats.model_ms = (uv.hrtime() - t0) / 1e6
    M.stats.model_error = merr
    M.stats.model_entries = model and model:count() or nil
  end
  return pc
end

-- Document date and language given by the user for this buffer (nil when not given).
local function user_context(buf)
  local ok, d = pcall(api.nvim_buf_get_var, buf, "protestcorpus_date")
  local date = ok and d or M.config.date
  local okl, l = pcall(api.nvim_buf_get_var, buf, "protestcorpus_lang")
  local lang = okl and l or M.config.lang
  return date, lang
end

--- parse() options for the whole buffer.
local function parse_opts(buf)
  local date, lang = user_context(buf)
  if date or lang then return { date = date, lang = lang } end
  return nil
end

local function is_blank(line)
  return not line:find("%S")
end

--- Paragraph chunks of lines[from..to]: { row = 0-based first row, n = line count }.
local function chunk_lines(lines, from, to, max)
  local out = {}
  local i = from
  while i <= to do
    if is_blank(lines[i]) then
      i = i + 1
    else
      local j, size = i, #lines[i]
      while j < to and not is_blank(lines[j + 1])
        and not (size >= max and (lines[j]:find("[%.!?\"'»”]%s*$") or size >= 4 * max)) do
        j = j + 1
        size = size + #lines[j] + 1
      end
      out[#out + 1] = { row = i - 1, n = j - i + 1 }
      i = j + 1
    end
  end
  return out
end
M._chunk_lines = chunk_lines

-- The document's date and language for paragraph mode: the user's, else the header of the
-- first paragraph (parsed by the core, as a whole-document parse would read it) and the
-- language of the first 8 KiB.
local function doc_context(pc, buf, lines)
  local date, lang = user_context(buf)
  if not date then
    local j = 1
    while j < #lines and j < 50 and not is_blank(lines[j + 1]) do j = j + 1 end
    local doc = pc.parse(table.concat(lines, "\n", 1, math.min(j, #lines)), lang and { lang = lang } or nil)
    if doc then
      date = doc.meta.date
      doc:close()
    end
  end
  if not lang then
    local parts, size = {}, 0
    for i = 1, #lines do
      parts[i] = lines[i]
      size = size + #lines[i] + 1
      if size >= 8192 then break end
    end
    lang = pc.detect_lang(table.concat(parts, "\n"):sub(1, 8192))
  end
  return { date = date, lang = lang }, (date or "-") .. "|" .. lang
end

-- Items of one chunk (cached by context and text); sets ch.items, ch.key.
local function chunk_items(st, pc, lines, ch, opts)
  local text = table.concat(lines, "\n", ch.row + 1, ch.row + ch.n)
  local key = st.ctx_key .. "\0" .. text
  local items = st.cache[key]
  if not items then
    local err
    items, err = extract.items(pc, text, opts)
    if not items then return nil, err end
    st.cache[key] = items
    st.cache_n = st.cache_n + 1
    M.stats.parsed = M.stats.parsed + 1
  end
  ch.key, ch.items = key, items
  return items
end

local function place_chunk(buf, lines, ch)
  local starts = spans.line_starts_range(lines, ch.row + 1, ch.row + ch.n)
  ch.ids = marks.place(buf, M.ns, ch.items, starts, ch.row, M.config)
  return ch.ids
end

-- Keeps only the cache entries of the current chunks once the cache has grown.
local function prune_cache(st)
  if st.cache_n <= 4 * #st.chunks + 64 then return end
  local keep, n = {}, 0
  for _, ch in ipairs(st.chunks) do
    if not keep[ch.key] then
      keep[ch.key] = ch.items
      n = n + 1
    end
  end
  st.cache, st.cache_n = keep, n
end

local function annotate_full(st, buf, pc, lines)
  local text = table.concat(lines, "\n")
  local items, meta = extract.items(pc, text, parse_opts(buf), true)
  if not items then return nil, meta end
  M.stats.parsed = 1
  api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  marks.place(buf, M.ns, items, spans.line_starts(lines), 0, M.config)
  st.mode, st.items, st.meta, st.chunks = "full", items, meta, nil
  return true
end

local function rebuild_chunks(st, buf, pc, lines, ctx)
  api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  st.chunks = chunk_lines(lines, 1, #lines, M.config.max_chunk)
  for _, ch in ipairs(st.chunks) do
    local ok, err = chunk_items(st, pc, lines, ch, ctx)
    if not ok then return nil, err end
    place_chunk(buf, lines, ch)
  end
  st.mode, st.items = "paragraph", nil
  prune_cache(st)
  return true
end

-- Lines at the top (p) and bottom (s) that are the same as in the last annotated snapshot
-- and that Neovim reported no change in.
local function unchanged_ends(st, lines)
  local old = st.lines
  local no, nn = #old, #lines
  local lim = math.min(no, nn)
  local p = 0
  local plim = math.min(lim, st.dirty_lo or lim)
  while p < plim and old[p + 1] == lines[p + 1] do p = p + 1 end
  local s = 0
  local slim = math.min(lim - p, st.dirty_tail or lim)
  while s < slim and old[no - s] == lines[nn - s] do s = s + 1 end
  return p, s
end

-- Paragraph mode after an edit: parses and marks again the paragraphs around the lines
-- that changed, shifts the rows of the paragraphs after them.
local function update_chunks(st, buf, pc, lines, ctx)
  local chunks = st.chunks
  local no, nn = #st.lines, #lines
  local p, s = unchanged_ends(st, lines)
  if p == no and p == nn then return true end
  if #chunks == 0 then return rebuild_chunks(st, buf, pc, lines, ctx) end
  local f = #chunks + 1 -- first chunk ending at or after line p
  for i = 1, #chunks do
    if chunks[i].row + chunks[i].n >= p then f = i break end
  end
  local g = 0 -- last chunk starting at or before line no - s + 1
  for i = #chunks, 1, -1 do
    if chunks[i].row + 1 <= no - s + 1 then g = i break end
  end
  local i1, i2 = math.max(f - 1, 1), math.min(g + 1, #chunks)
  if i1 > i2 then i1, i2 = i2, i1 end
  local a = math.min(chunks[i1].row + 1, p + 1)
  local b = math.max(chunks[i2].row + chunks[i2].n, no - s)
  local delta = nn - no
  for i = i1, i2 do
    for _, id in ipairs(chunks[i].ids or {}) do api.nvim_buf_del_extmark(buf, M.ns, id) end
  end
  local fresh = chunk_lines(lines, a, math.min(b + delta, nn), M.config.max_chunk)
  for _, ch in ipairs(fresh) do
    local ok, err = chunk_items(st, pc, lines, ch, ctx)
    if not ok then return nil, err end
    place_chunk(buf, lines, ch)
  end
  local out = {}
  for i = 1, i1 - 1 do out[#out + 1] = chunks[i] end
  for _, ch in ipairs(fresh) do out[#out + 1] = ch end
  for i = i2 + 1, #chunks do
    chunks[i].row = chunks[i].row + delta
    out[#out + 1] = chunks[i]
  end
  st.chunks = out
  prune_cache(st)
  return true
end

--- Annotates a buffer now (0: the current one).
-- @param opts optional { force = true }: forget the snapshot, set every mark again
-- @return true, or nil and a message
function M.annotate(buf, opts)
  buf = buf_of(buf)
  if not api.nvim_buf_is_valid(buf) then return nil, "invalid buffer" end
  local pc, err = M.module()
  if not pc then return nil, err end
  local t0 = uv.hrtime()
  local st = state_of(buf)
  if st.live and not st.attached then M._attach(buf, st) end -- detached by a reload (:edit!)
  M.stats.parsed = 0
  local lines = api.nvim_buf_get_lines(buf, 0, -1, false)
  local size = api.nvim_buf_get_offset(buf, #lines)
  local ok
  if size <= M.config.paragraph_threshold then
    ok, err = annotate_full(st, buf, pc, lines)
  else
    local ctx, key = doc_context(pc, buf, lines)
    -- without Neovim's change reports (not live) the old marks are not trusted
    if opts and opts.force or st.mode ~= "paragraph" or st.ctx_key ~= key or not st.lines
      or not st.attached then
      st.ctx_key = key
      ok, err = rebuild_chunks(st, buf, pc, lines, ctx)
    else
      ok, err = update_chunks(st, buf, pc, lines, ctx)
    end
  end
  st.dirty_lo, st.dirty_tail = nil, nil
  if not ok then
    st.lines = nil
    return nil, err
  end
  st.lines = lines
  st.annotated = true
  M.stats.mode = st.mode
  M.stats.last_ms = (uv.hrtime() - t0) / 1e6
  return true
end

--- Every extmark the plugin set in a buffer: {row, col, end_row, end_col, hl_group, virt_text}.
function M.marks(buf)
  buf = buf_of(buf)
  local out = {}
  for _, m in ipairs(api.nvim_buf_get_extmarks(buf, M.ns, 0, -1, { details = true })) do
    local d = m[4] or {}
    local vt = d.virt_text and d.virt_text[1] and d.virt_text[1][1] or nil
    out[#out + 1] = { id = m[1], row = m[2], col = m[3], end_row = d.end_row, end_col = d.end_col,
      hl_group = d.hl_group, virt_text = vt }
  end
  return out
end

local function stop_timer(st)
  if st.timer then
    st.timer:stop()
    if not st.timer:is_closing() then st.timer:close() end
    st.timer = nil
  end
end

--- Removes the marks and stops live mode for a buffer.
function M.clear(buf)
  buf = buf_of(buf)
  local st = buffers[buf]
  if st then
    M.set_live(buf, false)
    stop_timer(st)
    buffers[buf] = nil
  end
  if api.nvim_buf_is_valid(buf) then api.nvim_buf_clear_namespace(buf, M.ns, 0, -1) end
end

local function report(ok, err)
  if not ok then notify(err, vim.log.levels.ERROR) end
  return ok, err
end

-- Live mode: re-annotate `debounce_ms` after the last change.
local function schedule(buf)
  local st = buffers[buf]
  if not st or not st.live then return end
  if not st.timer then st.timer = uv.new_timer() end
  st.timer:stop()
  st.timer:start(M.config.debounce_ms, 0, vim.schedule_wrap(function()
    local cur = buffers[buf]
    if cur and cur.live and api.nvim_buf_is_valid(buf) then
      local ok, res, err = pcall(M.annotate, buf)
      if not ok then res, err = nil, res end
      if not res then -- say it once, not after every change
        M.set_live(buf, false)
        report(nil, err)
      end
    end
  end))
end

-- Widens the dirty range with every change Neovim reports (cheap: two numbers).
local function attach(buf, st)
  if st.attached then return end
  st.attached = true
  api.nvim_buf_attach(buf, false, {
    on_lines = function(_, b, _, first, _, new_last)
      local cur = buffers[b]
      if not cur or not cur.live then
        if cur then cur.attached = false end
        return true -- detach
      end
      local tail = api.nvim_buf_line_count(b) - new_last
      if not cur.dirty_lo or first < cur.dirty_lo then cur.dirty_lo = first end
      if not cur.dirty_tail or tail < cur.dirty_tail then cur.dirty_tail = tail end
    end,
    on_detach = function(_, b)
      local cur = buffers[b]
      if cur then cur.attached = false end
    end,
  })
end

M._attach = attach

--- Turns live mode on or off for a buffer (on: annotate now and after every change).
function M.set_live(buf, on)
  buf = buf_of(buf)
  local st = state_of(buf)
  local group = api.nvim_create_augroup("protestcorpus_live_" .. buf, { clear = true })
  st.live = on and true or false
  if not on then
    stop_timer(st)
    return true
  end
  api.nvim_create_autocmd({ "TextChanged", "TextChangedI" }, {
    group = group, buffer = buf, callback = function() schedule(buf) end,
  })
  api.nvim_create_autocmd({ "BufWipeout", "BufDelete" }, {
    group = group, buffer = buf, callback = function()
      stop_timer(st)
      buffers[buf] = nil
    end,
  })
  attach(buf, st)
  st.lines = nil -- the marks of a one-shot annotation are not tracked: start afresh
  local ok, err = M.annotate(buf)
  if not ok then -- no module or model: say so once rather than after every change
    M.set_live(buf, false)
    return report(nil, err)
  end
  return true
end

function M.is_live(buf)
  local st = buffers[buf_of(buf)]
  return st ~= nil and st.live == true
end

--- Virtual text on, off or toggled (nil); every annotated buffer is drawn again.
function M.set_virtual_text(on)
  if on == nil then on = not M.config.virtual_text end
  M.config.virtual_text = on
  for buf, st in pairs(buffers) do
    if st.annotated and api.nvim_buf_is_valid(buf) then report(M.annotate(buf, { force = true })) end
  end
  return on
end

--- :Protestcorpus events (see nvim/events.lua).
function M.events(buf)
  return require("protestcorpus.nvim.events").open(buf_of(buf))
end

local function on_off(arg, current)
  if arg == "on" then return true end
  if arg == "off" then return false end
  if arg == nil or arg == "toggle" then return not current end
  return nil
end

M.SUBCOMMANDS = { "annotate", "auto", "clear", "virtualtext", "events" }
local ARGS = { auto = { "on", "off", "toggle" }, virtualtext = { "on", "off", "toggle" } }

--- Completion of :Protestcorpus.
function M.complete(arglead, cmdline)
  local words = vim.split(cmdline, "%s+", { trimempty = false })
  local list = M.SUBCOMMANDS
  if #words > 2 then list = ARGS[words[2]] or {} end
  local out = {}
  for _, w in ipairs(list) do
    if w:sub(1, #arglead) == arglead then out[#out + 1] = w end
  end
  return out
end

--- :Protestcorpus {sub} [arg]
function M.command(args)
  local sub, arg = args[1], args[2]
  if sub == nil or sub == "annotate" then
    return report(M.annotate(0))
  elseif sub == "auto" then
    local on = on_off(arg, M.is_live(0))
    if on == nil then return report(nil, "usage: :Protestcorpus auto [on|off|toggle]") end
    return M.set_live(0, on)
  elseif sub == "clear" then
    M.clear(0)
    return true
  elseif sub == "virtualtext" then
    local on = on_off(arg, M.config.virtual_text)
    if on == nil then return report(nil, "usage: :Protestcorpus virtualtext [on|off|toggle]") end
    M.set_virtual_text(on)
    return true
  elseif sub == "events" then
    return report(M.events(0))
  end
  return report(nil, "unknown subcommand '" .. tostring(sub) .. "' (annotate, auto, clear, virtualtext, events)")
end

local function enable_filetypes()
  local group = api.nvim_create_augroup("protestcorpus_auto", { clear = true })
  local fts = M.config.auto and M.config.auto.filetypes or {}
  if #fts == 0 then return end
  api.nvim_create_autocmd("FileType", {
    group = group, pattern = fts,
    callback = function(ev)
      if not M.is_live(ev.buf) then M.set_live(ev.buf, true) end
    end,
  })
  -- buffers already open with one of those filetypes
  for _, b in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(b) and vim.tbl_contains(fts, api.nvim_buf_get_option(b, "filetype"))
      and not M.is_live(b) then
      M.set_live(b, true)
    end
  end
end

--- Configures the plugin (see |protestcorpus-config|); unknown keys raise.
function M.setup(opts)
  opts = opts or {}
  if type(opts) ~= "table" then error("protestcorpus.setup: table expected", 2) end
  for k in pairs(opts) do
    if DEFAULTS[k] == nil and k ~= "virtual_text_types" and k ~= "date" and k ~= "lang" then
      error("protestcorpus.setup: unknown option '" .. tostring(k) .. "'", 2)
    end
  end
  local conf = copy(DEFAULTS)
  for k, v in pairs(opts) do conf[k] = copy(v) end
  local vtt = conf.virtual_text_types
  if type(vtt) == "table" and vtt[1] ~= nil then -- a list of type names: make it a set
    conf.virtual_text_types = {}
    for _, t in ipairs(vtt) do conf.virtual_text_types[t] = true end
  end
  if conf.auto and conf.auto.filetypes == nil then conf.auto.filetypes = {} end
  M.config = conf
  marks.define_highlights()
  enable_filetypes()
  return M
end

return M
