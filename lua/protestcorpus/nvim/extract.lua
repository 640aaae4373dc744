--- protestcorpus.nvim.extract: entities and quotations of a text, as the plugin draws them.
--
--     local items, meta_or_err = extract.items(pc, text, { date = "2026-01-31", lang = "en" })
--
-- items: the document's entities and quotations in one list sorted by start (quotes get
-- type "QUOTE"), 1-based inclusive spans into `text`. annotations() is the one place that
-- knows which Lua API gives them: doc:annotations() (entities and quotes) when the core
-- has it, else doc:entities() with no quotes.
local M = {}

--- {entities = {...}, quotes = {...}} of a parsed document, or nil and a message.
function M.annotations(doc)
  if doc.annotations then return doc:annotations() end
  local ents, err = doc:entities()
  if not ents then return nil, err end
  return { entities = ents, quotes = {} }
end

local function by_start(a, b)
  if a.start ~= b.start then return a.start < b.start end
  return a.stop > b.stop
end

--- Items of a text, and (want_meta) the document's {lang, date, quotes}; or nil and a message.
function M.items(pc, text, opts, want_meta)
  local doc, err = pc.parse(text, opts)
  if not doc then return nil, err end
  local ann, aerr = M.annotations(doc)
  if not ann then
    doc:close()
    return nil, aerr
  end
  local items, n = {}, 0
  for _, e in ipairs(ann.entities or {}) do
    n = n + 1
    items[n] = e
  end
  local quotes = ann.quotes or {}
  for _, q in ipairs(quotes) do
    q.type = "QUOTE"
    n = n + 1
    items[n] = q
  end
  if #quotes > 0 then table.sort(items, by_start) end
  local meta = want_meta and { lang = doc.meta.lang, date = doc.meta.date, quotes = #quotes } or nil
  doc:close()
  return items, meta
end

return M
