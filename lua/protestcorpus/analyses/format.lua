--- protestcorpus.analyses.format: an analysis table as aligned text, CSV or JSON Lines.
--
--     format.text(t, { limit = 20 })   -- "== name ==" then aligned columns
--     format.csv(t)                    -- RFC 4180: header line, CRLF-free, quoted as needed
--     format.jsonl(t)                  -- one {"table": name, column: value, ...} per row
--
-- Each returns one string (lines joined by "\n", no trailing newline). Cells: numbers
-- (integers as such; text shows other numbers with 2 decimals, CSV/JSONL with the
-- fewest digits that read back), strings, lists of strings ("; "-joined in text and CSV,
-- arrays in JSONL), nil (empty; null in JSONL).
-- Text cells are cut at 48 characters (UTF-8 aware: never inside a character).
-- Pure Lua within the syntax LuaJIT accepts.
local records = require "protestcorpus.records"

local M = {}

M.WIDTH = 48

local function num_text(v, exact)
  if v == math.floor(v) and math.abs(v) < 2 ^ 53 then return string.format("%d", v) end
  if exact then return records.number(v) end
  return records.fixed(v, 2)
end

local function cell(v, exact)
  if v == nil then return "" end
  if type(v) == "number" then return num_text(v, exact) end
  if type(v) == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = tostring(x) end
    return table.concat(parts, "; ")
  end
  return tostring(v)
end

-- Display width of a UTF-8 string: its characters (not its bytes).
local function width(s)
  local _, n = s:gsub("[^\128-\191]", "")
  return n
end

local function cut(s, w)
  if width(s) <= w then return s end
  local out, n = {}, 0
  for ch in s:gmatch("[^\128-\191][\128-\191]*") do
    if n == w - 1 then break end
    out[#out + 1] = ch
    n = n + 1
  end
  return table.concat(out) .. "…"
end

local function title(t)
  local s = "== " .. t.name
  if t.unit then s = s .. " (per " .. t.unit .. ")" end
  return s .. " =="
end

function M.text(t, opts)
  local limit = opts and opts.limit
  local cols, rows = t.columns, t.rows
  local n = #rows
  if limit and limit < n then n = limit end
  local cells, w, numeric = {}, {}, {}
  for j, c in ipairs(cols) do
    w[j], numeric[j] = width(c), true
  end
  for i = 1, n do
    local line = {}
    for j, c in ipairs(cols) do
      local v = rows[i][c]
      if v ~= nil and type(v) ~= "number" then numeric[j] = false end
      -- a cell is one line: a figure's text may run over a line break of the article
      local s = cut((cell(v):gsub("[%c]+", " ")), M.WIDTH)
      line[j] = s
      if width(s) > w[j] then w[j] = width(s) end
    end
    cells[i] = line
  end
  local function fmt(line)
    local parts = {}
    for j = 1, #cols do
      local pad = string.rep(" ", w[j] - width(line[j]))
      parts[j] = numeric[j] and (pad .. line[j]) or (line[j] .. pad)
    end
    return (table.concat(parts, "  "):gsub("%s+$", ""))
  end
  local out = { title(t), fmt(cols) }
  local sep = {}
  for j = 1, #cols do sep[j] = string.rep("-", w[j]) end
  out[#out + 1] = table.concat(sep, "  ")
  for i = 1, n do out[#out + 1] = fmt(cells[i]) end
  if n < #rows then out[#out + 1] = ("(%d more rows; --top 0 shows all)"):format(#rows - n) end
  if #rows == 0 then out[#out + 1] = "(no rows)" end
  return table.concat(out, "\n")
end

local function csv_field(s)
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

function M.csv(t)
  local out = {}
  local head = {}
  for j, c in ipairs(t.columns) do head[j] = csv_field(c) end
  out[1] = table.concat(head, ",")
  for i, r in ipairs(t.rows) do
    local line = {}
    for j, c in ipairs(t.columns) do line[j] = csv_field(cell(r[c], true)) end
    out[i + 1] = table.concat(line, ",")
  end
  return table.concat(out, "\n")
end

function M.jsonl(t)
  local order = { "table" }
  for _, c in ipairs(t.columns) do order[#order + 1] = c end
  local out = {}
  for i, r in ipairs(t.rows) do
    local o = { table = t.name }
    for _, c in ipairs(t.columns) do
      local v = r[c]
      if v == nil then v = records.NULL
      elseif type(v) == "table" then
        local a = records.array()
        for k, x in ipairs(v) do a[k] = x end
        v = a
      end
      o[c] = v
    end
    out[i] = records.encode(o, order)
  end
  return table.concat(out, "\n")
end

return M
