-- Plain-table documents for the events specs (no C module): sentences split at ". " and
-- newlines; entities given as {text, type, attrs} found in order (the nth occurrence after
-- the previous one). t.title makes the first sentence a title; t.heading = "text" marks the
-- sentence that starts with that text as a heading.
local events = require "protestcorpus.events"

local M = {}

M.lex = assert(events.load())

function M.doc(t)
  local text = t.text
  local sents, pos = {}, 1
  for s, e in function() return text:find("[^%.\n]+[%.\n]?", pos) end do
    local a, b = s, e
    while text:sub(a, a):match("%s") and a < b do a = a + 1 end
    if b > a then
      local kind = (#sents == 0 and t.title) and "title" or "paragraph"
      if t.heading and text:sub(a, a + #t.heading - 1) == t.heading then kind = "heading" end
      sents[#sents + 1] = { start = a - 1, ["end"] = b, kind = kind }
    end
    pos = e + 1
  end
  local ents, at = {}, 1
  for _, e in ipairs(t.ents or {}) do
    local s, f = text:find(e[1], at, true)
    assert(s, "entity not found: " .. e[1])
    local ent = { start = s - 1, ["end"] = f, type = e[2], text = e[1] }
    for k, v in pairs(e[3] or {}) do ent[k] = v end
    if (e[2] == "PLACE" or e[2] == "ORG") and not ent.canonical then ent.canonical = e[1] end
    ents[#ents + 1] = ent
    at = s
  end
  return { id = t.id or "d1", lang = t.lang or "en", date = t.date, text = text,
           sentences = sents, entities = ents }
end

--- The merged events of one document.
function M.detect(t)
  return events.document(M.doc(t), M.lex)
end

--- The merged events of several documents.
function M.detect_all(list)
  local groups = {}
  for _, t in ipairs(list) do
    for _, g in ipairs(events.groups(events.detect(M.doc(t), M.lex))) do groups[#groups + 1] = g end
  end
  return events.merge(groups)
end

function M.has(list, x)
  for _, v in ipairs(list or {}) do if v == x then return true end end
  return false
end

--- The event of a list whose forms include form (the first).
function M.by_form(evs, form)
  for _, e in ipairs(evs) do
    if M.has(e.forms, form) then return e end
  end
  return nil
end

return M
