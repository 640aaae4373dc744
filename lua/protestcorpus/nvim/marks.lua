--- protestcorpus.nvim.marks: extmarks (highlight + virtual text) for entities and quotes.
--
--     local ids = marks.place(buf, ns, items, starts, row0, conf)
--
-- One extmark per entity or quotation, in the plugin's one namespace: its highlight group
-- (Protestcorpus<Type>, which users can relink) over the span, and, when virtual text is
-- on, the normalized value at the end of the line (dates, figures and ranges, money,
-- percents, canonical names that differ from the text, quote speakers). Quotes are drawn
-- below the entities inside them (lower priority).
local spans = require "protestcorpus.nvim.spans"

local M = {}

M.GROUPS = {
  PERSON = "ProtestcorpusPerson", ORG = "ProtestcorpusOrg", PLACE = "ProtestcorpusPlace",
  DATE = "ProtestcorpusDate", QUANTITY = "ProtestcorpusQuantity", MONEY = "ProtestcorpusMoney",
  PERCENT = "ProtestcorpusPercent", QUOTE = "ProtestcorpusQuote",
}

--- Default links (`:highlight default link`, so a user's own definition wins).
M.LINKS = {
  ProtestcorpusPerson = "Identifier", ProtestcorpusOrg = "Type", ProtestcorpusPlace = "Constant",
  ProtestcorpusDate = "Special", ProtestcorpusQuantity = "Number", ProtestcorpusMoney = "Float",
  ProtestcorpusPercent = "Number", ProtestcorpusQuote = "String",
  ProtestcorpusVirtualText = "Comment", ProtestcorpusEventsTitle = "Title",
  ProtestcorpusEventsField = "Label",
}

function M.define_highlights()
  for group, link in pairs(M.LINKS) do
    vim.cmd(("highlight default link %s %s"):format(group, link))
  end
end

local QUOTE_PRIORITY, ENTITY_PRIORITY = 100, 110

--- A number as the plugin prints it: integers without a decimal point.
function M.number(x)
  if type(x) ~= "number" then return tostring(x) end
  if x == math.floor(x) and math.abs(x) < 1e15 then return string.format("%d", x) end
  return (string.format("%.6f", x):gsub("0+$", ""):gsub("%.$", ""))
end

--- The normalized value shown for an item, or nil when there is nothing to add.
function M.label(it)
  local t = it.type
  if t == "DATE" then
    return it.value and ("→ " .. it.value) or nil
  elseif t == "QUANTITY" then
    local v
    if it.value then
      v = M.number(it.value)
    elseif it.low and it.high then
      v = M.number(it.low) .. "–" .. M.number(it.high)
    elseif it.low then
      v = "≥" .. M.number(it.low)
    elseif it.high then
      v = "≤" .. M.number(it.high)
    else
      return nil
    end
    if it.approx then v = "~" .. v end
    if it.unit then v = v .. " " .. it.unit end
    return "= " .. v
  elseif t == "MONEY" then
    if not it.value then return nil end
    return "= " .. M.number(it.value) .. (it.currency and (" " .. it.currency) or "")
  elseif t == "PERCENT" then
    return it.value and ("= " .. M.number(it.value) .. "%") or nil
  elseif t == "QUOTE" then
    local who = it.speaker and ("— " .. it.speaker) or "— ?"
    if it.kind and it.kind ~= "speech" then who = it.kind .. " " .. who end
    return who
  elseif it.canonical and it.canonical ~= it.text then
    return "= " .. it.canonical
  end
  return nil
end

--- Sets one extmark per item. items: 1-based inclusive spans into the text whose line
-- starts are `starts`; row0 is the buffer row of that text's first line.
-- @return the list of extmark ids
function M.place(buf, ns, items, starts, row0, conf)
  local ids = {}
  local set = vim.api.nvim_buf_set_extmark
  local vt = conf.virtual_text
  local vt_types = conf.virtual_text_types
  for i = 1, #items do
    local it = items[i]
    local row, col, erow, ecol = spans.range(starts, it.start, it.stop)
    local opts = {
      end_row = erow + row0, end_col = ecol,
      hl_group = M.GROUPS[it.type] or "ProtestcorpusQuote",
      priority = it.type == "QUOTE" and QUOTE_PRIORITY or ENTITY_PRIORITY,
    }
    if vt and (not vt_types or vt_types[it.type]) then
      local label = M.label(it)
      if label then
        opts.virt_text = { { label, "ProtestcorpusVirtualText" } }
        opts.virt_text_pos = conf.virtual_text_pos or "eol"
      end
    end
    ids[i] = set(buf, ns, row + row0, col, opts)
  end
  return ids
end

return M
