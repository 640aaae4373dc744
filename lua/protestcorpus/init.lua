--- protestcorpus: news articles about protests -> structured data.
--
--     local pc = require "protestcorpus"
--     local doc = assert(pc.parse(text, { date = "2026-01-31" }))
--     print(doc.meta.title, doc.meta.lang, #doc.sentences)
--     for _, e in ipairs(doc:entities()) do print(e.type, e.text, e.value) end
--
-- Spans are 1-based inclusive byte positions: text:sub(x.start, x.stop) == x.text.
-- Bad arguments raise; input the parser refuses returns nil, message.
-- This file stays within the Lua syntax LuaJIT accepts (Neovim loads it).
local core = require "protestcorpus.core"
local schema = require "protestcorpus.schema"

local M = {
  version = core.version,
  detect_lang = core.detect_lang,
  --- Entity types, in the order of the C core (protestcorpus.schema).
  types = schema.entity_types,
  --- The names of the record schema: types, kinds, fields (protestcorpus.schema).
  schema = schema,
}

local Doc = {}

-- Fields computed on first access and then kept: callers who want only entities never
-- pay for sentence or paragraph tables.
local lazy = {
  meta = function(self) return self._core:meta() end,
  segments = function(self) return self._core:segments() end,
  paragraphs = function(self) return self._core:paragraphs() end,
  sentences = function(self) return self._core:sentences() end,
}

local doc_mt = {
  __index = function(self, key)
    local make = lazy[key]
    if make then
      local value = make(self)
      rawset(self, key, value)
      return value
    end
    return Doc[key]
  end,
}

local PARSE_OPTS = { lang = true, date = true, model = true }
local EXTRACT_OPTS = { lang = true, date = true, types = true, model = true }
local ENTITY_OPTS = { types = true, model = true }
local ANNOTATION_OPTS = { quotes = true }

-- The directory of this file, to find data/ beside the checkout or the installed rock.
local here = (debug.getinfo(1, "S").source:match("^@(.*)[/\\]") or ".")

local default_model, default_error

--- Loads a name model (lexicons) from a data directory.
-- @return a model, or nil and a message
function M.load_model(dir)
  if type(dir) ~= "string" then
    error(("bad argument #1 to 'load_model' (string expected, got %s)"):format(type(dir)), 2)
  end
  return core.load_model(dir)
end

--- The default name model, loaded once on first use: $PROTESTCORPUS_DATA, else the data/
-- folder of the checkout (lua/protestcorpus/../../data), else the one installed beside this
-- file (protestcorpus/data: `make install`, `luarocks make`). nil and a message when none
-- loads; the message names every folder tried.
function M.default_model()
  if default_model or default_error then return default_model, default_error end
  local candidates = { here .. "/../../data", here .. "/data" }
  local env = os.getenv("PROTESTCORPUS_DATA")
  if env and env ~= "" then candidates = { env } end
  local errors = {}
  for _, dir in ipairs(candidates) do
    local model, err = core.load_model(dir)
    if model then
      default_model = model
      return model
    end
    errors[#errors + 1] = dir .. ": " .. tostring(err)
  end
  default_error = "no name model could be loaded (set PROTESTCORPUS_DATA to the data/ folder); tried "
    .. table.concat(errors, "; ")
  return nil, default_error
end

-- Options are checked strictly: a misspelt key is a programmer error and raises.
local function check_opts(opts, fname, allowed, argn)
  if opts == nil then return end
  if type(opts) ~= "table" then
    error(("bad argument #%d to '%s' (table expected, got %s)"):format(argn, fname, type(opts)), 3)
  end
  for k in pairs(opts) do
    if not allowed[k] then
      error(("bad argument #%d to '%s' (unknown option '%s')"):format(argn, fname, tostring(k)), 3)
    end
  end
end

--- Parses an article.
-- @param text the article's bytes (any size; invalid UTF-8 reads as U+FFFD)
-- @param opts optional: `lang` ("en", "fr", "und"; detected when absent), `date`
--   ("YYYY-MM-DD", the document date; else from a leading "date YYYY-MM-DD" header line)
-- @return a document, or nil and a message
function M.parse(text, opts)
  if type(text) ~= "string" then
    error(("bad argument #1 to 'parse' (string expected, got %s)"):format(type(text)), 2)
  end
  check_opts(opts, "parse", PARSE_OPTS, 2)
  local model = opts and opts.model
  if model ~= nil and not core.is_model(model) then
    error(("bad argument #2 to 'parse' (opts.model: protestcorpus.model expected, got %s)"):format(type(model)), 2)
  end
  local ud, err = core.parse(text, opts and { lang = opts.lang, date = opts.date })
  if not ud then return nil, err end
  return setmetatable({ text = text, _core = ud, _model = model }, doc_mt)
end

--- Tokens of bytes i..j (default: the whole text), computed on demand.
function Doc:tokens(i, j)
  return self._core:tokens(i, j)
end

--- Sentences of every segment (title, captions, credits, headings, body), each with `kind`.
function Doc:all_sentences()
  return self._core:sentences(true)
end

--- The events layer's cues (csrc/cues.c): for each sentence of all_sentences(), false or
-- {toks = its words, hits = {list, entry, i, j, ...}}, for the lists numbered in `lists` of
-- a set made by M.cue_set; nil and a message on failure. Internal to the events adapter
-- (cli/events.lua, M.input).
function Doc:cues(set, lists)
  return self._core:cues(set, lists)
end

--- A set of phrase lists for Doc:cues: {{spec, mode}...} (csrc/cues.h), or nil, message.
function M.cue_set(specs)
  return core.cues(specs)
end

--- Whether a list of entity types (nil: all) asks for names, which need the name model.
local function needs_model(types)
  if types == nil then return true end
  for _, t in ipairs(types) do
    if t == "PERSON" or t == "ORG" or t == "PLACE" then return true end
  end
  return false
end

--- Entities sorted by position.
-- @param opts optional: `types`, a list of type names ({"DATE", "QUANTITY"}); default all;
--   `model`, a name model (default: the document's, else pc.default_model())
-- @return the entities, or nil and a message (no name model could be loaded for names)
function Doc:entities(opts)
  check_opts(opts, "entities", ENTITY_OPTS, 1)
  local types = opts and opts.types
  if types ~= nil and type(types) ~= "table" then
    error("bad argument #1 to 'entities' (opts.types must be a list of type names)", 2)
  end
  local model = opts and opts.model or self._model
  if not model then
    local err
    model, err = M.default_model()
    -- figures and dates use the model when there is one, and run without it
    if not model and needs_model(types) then return nil, err end
  end
  return self._core:entities(types, model)
end

--- The `extract` record of the document as one line of JSON (no newline), written by the C
-- core (csrc/json_writer.c): byte for byte what protestcorpus.records.entities writes.
-- @param fields optional: `id`, `lang`, `date`, `title` of the corpus record (strings; when
--   absent, lang, date and title are the document's)
-- @param opts optional: `types` and `model` as for Doc:entities
-- @return the line, or nil and a message
function Doc:record_json(fields, opts)
  check_opts(opts, "record_json", ENTITY_OPTS, 2)
  if fields ~= nil and type(fields) ~= "table" then
    error(("bad argument #1 to 'record_json' (table expected, got %s)"):format(type(fields)), 2)
  end
  local types = opts and opts.types
  if types ~= nil and type(types) ~= "table" then
    error("bad argument #2 to 'record_json' (opts.types must be a list of type names)", 2)
  end
  local model = opts and opts.model or self._model or M.default_model()
  return self._core:record_json(fields, types, model)
end

--- The `parse` record of the document as one line of JSON (no newline), written by the C
-- core: byte for byte what protestcorpus.records.document writes.
-- @param fields optional: `id`, `lang`, `date`, `title` as for Doc:record_json
function Doc:document_json(fields)
  if fields ~= nil and type(fields) ~= "table" then
    error(("bad argument #1 to 'document_json' (table expected, got %s)"):format(type(fields)), 2)
  end
  return self._core:document_json(fields)
end

--- Every annotation of the document, computed once (on the first call) and kept.
-- @return `{ entities = {...}, quotes = {...} }`, or nil and a message. Entities as
--   Doc:entities() gives them, plus `index` (their position in the list) and `sentence`
--   (index into doc.sentences; nil for one outside the body: title, caption, credit...).
--   Quotes: `{ start, stop, text, kind, cue, cue_start, cue_stop, speaker, speaker_index,
--   sentence }`: `speaker` the canonical name of the entity `speaker_index` (nil when
--   unattributed), `cue` the attribution verb as written (nil when none).
--   The document's model is used (pc.parse's opts.model), else pc.default_model(); without
--   one, names are found by rules alone.
-- @param opts optional: `quotes = false` for the entities alone (`quotes` empty): the
--   quote annotator does not run and the entities carry no `index` nor `sentence` (what
--   the events layer reads; the same entities); not kept, unless every annotation already was
function Doc:annotations(opts)
  check_opts(opts, "annotations", ANNOTATION_OPTS, 1)
  local cached = rawget(self, "_annotations")
  if cached then return cached end
  if opts and opts.quotes == false then
    local ents, err = self._core:entities(nil, self._model or M.default_model())
    if not ents then return nil, err end
    return { entities = ents, quotes = {} }
  end
  local res, err = self._core:annotations(self._model or M.default_model())
  if not res then return nil, err end
  rawset(self, "_annotations", res)
  return res
end

--- Frees the C document now rather than at garbage collection. Safe to call twice.
function Doc:close()
  self._core:close()
end

--- Entities of a text: parse + entities in one call.
-- @param opts `date`, `lang` as for parse; `types` as for Doc:entities
-- @return a list of entities, or nil and a message. The list stays a list of entities;
--   quotations (with speaker, cue and kind) are in `pc.parse(text):annotations().quotes`.
function M.extract(text, opts)
  if type(text) ~= "string" then
    error(("bad argument #1 to 'extract' (string expected, got %s)"):format(type(text)), 2)
  end
  check_opts(opts, "extract", EXTRACT_OPTS, 2)
  if opts and opts.model ~= nil and not core.is_model(opts.model) then
    error(("bad argument #2 to 'extract' (opts.model: protestcorpus.model expected, got %s)")
      :format(type(opts.model)), 2)
  end
  local doc, err = M.parse(text, opts and { lang = opts.lang, date = opts.date, model = opts.model })
  if not doc then return nil, err end
  local ents, eerr = doc:entities(opts and { types = opts.types })
  doc:close()
  return ents, eerr
end

M.Document = Doc
M.needs_model = needs_model

return M
