--- protestcorpus.schema: the names of the record schema, in one place.
--
--     local schema = require "protestcorpus.schema"
--     for _, t in ipairs(schema.entity_types) do ... end
--     if schema.is_entity_type[t] then ... end
--
-- The C core defines these (csrc/protestcorpus.h enums, csrc/schema.c name tables) and
-- exports them as protestcorpus.core.schema; this module repeats them as plain Lua so that
-- the pure-Lua layers (eval, events, analyses) read them without loading the C module.
-- spec/schema_spec.lua checks that the two agree, list by list and in order.
-- What each type and field means: ../shared/gold/GUIDELINES.md and docs/formats.md.
-- Pure Lua within the syntax LuaJIT accepts.
local M = {}

--- Entity types, in the order of the C enum (pc_entity_type).
M.entity_types = { "PERSON", "ORG", "PLACE", "DATE", "QUANTITY", "MONEY", "PERCENT" }
--- The types that are names (canonical, kind; role for PERSON).
M.name_types = { "PERSON", "ORG", "PLACE" }
--- The types whose records carry a value (ISO date, number).
M.value_types = { "DATE", "QUANTITY", "MONEY", "PERCENT" }
--- Kinds of quotations (pc_quote_kind).
M.quote_kinds = { "speech", "slogan", "term" }
--- Kinds of names: what a PLACE or an ORG is (PC_KIND_*, without "none").
M.name_kinds = { "city", "country", "region", "department", "street", "square", "site", "district",
                 "union", "party", "ministry", "institution", "association", "company", "media", "agency" }
--- Kinds of segments of an article (pc_segment_kind).
M.segment_kinds = { "header", "title", "byline", "boilerplate", "caption", "credit", "heading", "paragraph" }

--- The fields of an entity record in JSON output, in their order (0-based start, end).
M.entity_fields = { "start", "end", "type", "text", "value", "low", "high", "approx", "relative", "unit",
                    "currency", "canonical", "kind", "role", "segment" }
--- The fields of a quote record in JSON output, in their order.
M.quote_fields = { "start", "end", "text", "kind", "speaker", "cue", "cue_start", "cue_end" }
--- The fields of an `extract` document record, in their order.
M.record_fields = { "id", "lang", "date", "title", "source", "meta", "entities", "quotes" }
--- The metadata of an `extract` record ("meta"), each {start, end, text} or null, in order;
-- then "invalid_bytes", the count of the document's bytes that are not valid UTF-8.
M.record_meta = { "date", "title", "dateline", "place", "source", "byline" }
--- The fields of a `parse` document record's meta, in their order (spans, then span lists).
M.meta_spans = { "header", "title", "dateline", "place", "source", "byline" }
M.meta_lists = { "captions", "credits", "boilerplate", "headings" }

--- The order of keys in every JSON object the records module writes: the record's fields
-- (with a parse record's meta, paragraphs and sentences among them), then the fields of
-- entities and quotes merged (each list keeps its order).
M.key_order = {
  "id", "lang", "date", "header", "title", "dateline", "place", "source", "byline", "invalid_bytes",
  "captions", "credits", "boilerplate", "headings", "meta", "paragraphs", "sentences",
  "entities", "quotes", "start", "end", "type", "text", "value", "low", "high", "approx",
  "relative", "unit", "currency", "canonical", "kind", "role", "segment", "speaker", "cue",
  "cue_start", "cue_end",
}

-- Sets of the lists above: schema.is_entity_type.DATE == true.
local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end
M.is_entity_type = set_of(M.entity_types)
M.is_name_type = set_of(M.name_types)
M.is_quote_kind = set_of(M.quote_kinds)

return M
