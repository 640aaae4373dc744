--- protestcorpus.analyses.summary: counts over extract records (documents, entities per type,
-- most frequent names). Plain tables in, plain tables out; no C module. Names are counted
-- by entity, not by spelling: a mention counts for its `canonical` form ("Barberis" and
-- "Alain Barberis" are one person, "REUTERS" and "Reuters" one agency).
--
--     local s = summary.new()
--     for _, rec in ipairs(records) do s:add(rec) end   -- rec: {entities = {...}}
--     local t = s:result()   -- {documents, entities, by_type = {{type, n}...}, names = {...}}
--     print(summary.format(t))
-- The entity types in the core's order (eval keeps that list).
local TYPE_ORDER = require("protestcorpus.eval").CANON_ORDER

local M = {}

local NAME_TYPES = { "PERSON", "ORG", "PLACE" }

local Summary = {}
Summary.__index = Summary

function M.new()
  local texts = {}
  for _, t in ipairs(NAME_TYPES) do texts[t] = {} end
  return setmetatable({ documents = 0, entities = 0, by_type = {}, texts = texts }, Summary)
end

--- Adds one extract record; false and a message when it has no entity list.
function Summary:add(rec)
  local ents = type(rec) == "table" and rec.entities
  if type(ents) ~= "table" then return false, 'no "entities" list' end
  self.documents = self.documents + 1
  for _, e in ipairs(ents) do
    local t = type(e) == "table" and e.type
    if type(t) == "string" then
      self.entities = self.entities + 1
      self.by_type[t] = (self.by_type[t] or 0) + 1
      local texts = self.texts[t]
      local name = type(e.canonical) == "string" and e.canonical ~= "" and e.canonical or e.text
      if texts and type(name) == "string" then texts[name] = (texts[name] or 0) + 1 end
    end
  end
  return true
end

-- Types in the schema's order, unknown ones after them by name.
local function sorted_types(by_type)
  local order, rank = {}, {}
  for i, t in ipairs(TYPE_ORDER) do rank[t] = i end
  for t in pairs(by_type) do order[#order + 1] = t end
  table.sort(order, function(a, b)
    local ra, rb = rank[a] or math.huge, rank[b] or math.huge
    if ra ~= rb then return ra < rb end
    return a < b
  end)
  return order
end

--- The summary: {documents, entities, by_type = {{type=, n=}...},
-- names = {{type=, distinct=, top = {{text=, n=}...}}...}} (top 10 per name type).
function Summary:result(top)
  top = top or 10
  local res = { documents = self.documents, entities = self.entities, by_type = {}, names = {} }
  for _, t in ipairs(sorted_types(self.by_type)) do
    res.by_type[#res.by_type + 1] = { type = t, n = self.by_type[t] }
  end
  for _, t in ipairs(NAME_TYPES) do
    local list = {}
    for text, n in pairs(self.texts[t]) do list[#list + 1] = { text = text, n = n } end
    if #list > 0 then
      table.sort(list, function(a, b)
        if a.n ~= b.n then return a.n > b.n end
        return a.text < b.text
      end)
      local shown = {}
      for i = 1, math.min(top, #list) do shown[i] = list[i] end
      res.names[#res.names + 1] = { type = t, distinct = #list, top = shown }
    end
  end
  return res
end

--- The summary as text for people.
function M.format(res)
  local lines = { ("documents: %d"):format(res.documents), ("entities: %d"):format(res.entities) }
  for _, row in ipairs(res.by_type) do lines[#lines + 1] = ("  %-10s %7d"):format(row.type, row.n) end
  for _, names in ipairs(res.names) do
    lines[#lines + 1] = ("most frequent %s (%d distinct):"):format(names.type, names.distinct)
    for _, x in ipairs(names.top) do lines[#lines + 1] = ("  %5d  %s"):format(x.n, x.text) end
  end
  return table.concat(lines, "\n")
end

return M
