-- Hand-written event and extract records for the analyses specs, following
-- ../shared/gold/GUIDELINES.md ("Events", "Quotes"); the expected answers are worked out
-- by hand in each spec.
local M = {}

function M.events()
  return {
    { event_id = "2026-01-31-rallies", date = "2026-01-31", status = "happened",
      places = { "Paris", "Lyon" }, organizers = { "Alliance Police Nationale", "UNSA Police" },
      actor_type = "police", forms = { "march", "rally" },
      participants = {
        { low = 15000, high = 20000, text = "between 15,000 and 20,000", source = "organizers",
          place = "Paris", doc = "a" },
        { low = 2000, high = 9999, text = "Thousands", source = "journalist", doc = "a" },
        { low = 8000, high = 8000, text = "8,000", source = "police", place = "Paris", doc = "b" },
      },
      claims = { "staffing", "resources" }, targets = { "government" }, docs = { "a", "b" },
      evidence = { { doc = "a", start = 0, ["end"] = 40 } } },
    { event_id = "2026-02-03-strike", date = "2026-02-03", status = "happened", places = { "Lyon" },
      organizers = { "CGT" }, actor_type = "workers", forms = { "strike" },
      participants = { { low = 501, text = "more than 500", source = "organizers", doc = "c" } },
      claims = { "pay" }, targets = { "employer" }, docs = { "c" } },
    { event_id = "2026-01-10-sit-in", date = "2026-01", status = "happened", places = { "Marseille" },
      organizers = { "CGT", "UNSA Police" }, actor_type = "police", forms = { "sit_in" },
      participants = {
        { low = 300, high = 300, text = "300", source = "police", doc = "d" },
        { low = 1200, high = 1200, text = "1,200", source = "organizers", doc = "d" },
      },
      claims = { "staffing" }, targets = {}, docs = { "d" } },
    -- as cjson decodes a JSON null date and missing lists
    { event_id = "undated-walkout", date = require("cjson").null, status = "happened",
      actor_type = "students", forms = { "other" }, docs = { "e" } },
  }
end

-- Spans of `needle` (n-th occurrence) in text, 0-based end-exclusive.
local function span(text, needle, n)
  local pos = 1
  local a, b
  for _ = 1, n or 1 do
    a, b = text:find(needle, pos, true)
    pos = b + 1
  end
  return a - 1, b
end

local function ent(text, typ, needle, extra, n)
  local s, e = span(text, needle, n)
  local t = { start = s, ["end"] = e, type = typ, text = needle }
  for k, v in pairs(extra or {}) do t[k] = v end
  return t
end

local function quote(text, needle, speaker, kind)
  local s, e = span(text, needle)
  return { start = s, ["end"] = e, text = needle, kind = kind or "speech", speaker = speaker }
end

function M.docs()
  local a = '"We are exhausted," said Fabien Vanhemelryck, secretary general of Alliance Police '
    .. "Nationale, in Paris. Reuters reported the rally. \"Enough,\" he added."
  local b = "Alliance marched again. The Ministry of the Interior was silent. Fabien Vanhemelryck of "
    .. 'Alliance said: "Not again."'
  local fab = "Fabien Vanhemelryck"
  local docs = {
    { id = "a", text = a,
      entities = {
        ent(a, "PERSON", fab, { canonical = fab, role = "secretary general of Alliance Police Nationale" }),
        ent(a, "ORG", "Alliance Police Nationale", { canonical = "Alliance Police Nationale", kind = "union" }),
        ent(a, "PLACE", "Paris", { canonical = "Paris" }),
        ent(a, "ORG", "Reuters", { canonical = "Reuters", kind = "agency" }),
      },
      quotes = { quote(a, '"We are exhausted,"', fab), quote(a, '"Enough,"', fab) } },
    -- sentences given as parse output gives them
    { id = "b",
      sentences = { { start = 0, ["end"] = 24 }, { start = 24, ["end"] = 65 }, { start = 65, ["end"] = #b } },
      entities = {
        ent(b, "ORG", "Alliance", { canonical = "Alliance Police Nationale" }),
        ent(b, "ORG", "Ministry of the Interior", { canonical = "Ministry of the Interior" }),
        ent(b, "PERSON", fab, { canonical = fab }),
        ent(b, "ORG", "Alliance", { canonical = "Alliance Police Nationale" }, 2),
      },
      quotes = { quote(b, '"Not again."', fab) } },
    -- no text: organizations from a window of 100 bytes around the mention
    { id = "c",
      entities = {
        { start = 10, ["end"] = 13, type = "ORG", text = "CGT", canonical = "CGT" },
        { start = 200, ["end"] = 212, type = "PERSON", text = "Marie Dupont", canonical = "Marie Dupont" },
        { start = 250, ["end"] = 258, type = "ORG", text = "SUD Rail", canonical = "SUD Rail" },
        { start = 400, ["end"] = 404, type = "ORG", text = "SNCF", canonical = "SNCF" },
      },
      quotes = {
        { start = 20, ["end"] = 40, text = '"We will not give up"', kind = "speech", speaker = "CGT" },
        { start = 215, ["end"] = 230, text = '"Pay us now"', kind = "speech", speaker = "Marie Dupont" },
      } },
    { id = "z", entities = {},
      quotes = {
        { start = 0, ["end"] = 10, text = '"normal"', kind = "term" },
        { start = 20, ["end"] = 30, text = '"Touche pas"', kind = "slogan", speaker = "CGT" },
      } },
  }
  return docs
end

return M
