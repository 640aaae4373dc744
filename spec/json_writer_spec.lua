-- The C JSON writer (doc:record_json, csrc/json_writer.c) writes what the Lua encoder of
-- protestcorpus.records writes for the same record, byte for byte: on the project's
-- articles, the gold files, the seed articles, and inputs made to stress escaping.
local pc = require "protestcorpus"
local records = require "protestcorpus.records"
local corpus = require "protestcorpus.corpus"
local helper = require "spec.helper"

-- The Lua encoder's line for (rec, doc): records.entities_object goes through Lua tables.
local function lua_line(rec, doc, types)
  return records.encode(assert(records.entities_object(rec, doc, types and { types = types })))
end

local function same(rec, text, types)
  local doc = assert(pc.parse(text, { date = rec.date, lang = rec.lang }))
  -- the parse record too: doc:document_json against records.document_object
  local want_doc = records.encode(records.document_object(rec, doc))
  assert.are.equal(want_doc, assert(doc:document_json(rec)))
  assert.are.equal(want_doc, assert(records.document(rec, doc)))
  local want = lua_line(rec, doc, types)
  local got = assert(doc:record_json(rec, types and { types = types }))
  assert.are.equal(want, got)
  -- and records.entities, the CLI's path, is the C writer's line
  assert.are.equal(got, assert(records.entities(rec, doc, types and { types = types })))
  doc:close()
  return got
end

local function each_record(paths, f)
  local reader = corpus.open(paths, { on_error = function(e) error(e.message) end })
  local n = 0
  for rec in reader do
    f(rec)
    n = n + 1
  end
  reader:close()
  return n
end

describe("doc:record_json and doc:document_json", function()
  it("writes the Lua encoder's bytes on the example articles and gold files", function()
    local paths = { "examples/corpus" }
    for _, g in ipairs({ "examples.gold", "blind.gold", "blind2.gold", "heldout.gold" }) do
      paths[#paths + 1] = "examples/gold/" .. g .. ".jsonl"
    end
    local n = each_record(paths, function(rec) same(rec, rec.text) end)
    assert.is_true(n > 40)
  end)

  it("writes the Lua encoder's bytes on the seed articles", function()
    local seeds = helper.shared("seeds")
    if not seeds then
      pending(helper.absent)
      return
    end
    each_record({ seeds }, function(rec)
      same(rec, rec.text)
      same(rec, rec.text, { "DATE", "PERSON" })
    end)
  end)

  it("escapes control characters, DEL, quotes and backslashes; invalid UTF-8 becomes U+FFFD", function()
    local text = "date 2026-01-31 Title \"with\" \\ marks\1\127\n\n"
      .. "About 2,000 people\0 marched in Paris\t on Saturday, said Jean\r Dupont of the \255CGT\192\128 union.\n"
      .. "Police fired tear gas at 3\226\128\175000 protesters in Lyon \237\160\128 and \244\144\128\128 Marseille.\n"
    local line = same({ id = "a\1\"b\127", title = "t\226\128" }, text)
    assert.truthy(line:find('"id":"a\\u0001\\"b\\u007f"', 1, true))
    assert.truthy(line:find('"title":"t\239\191\189\239\191\189"', 1, true))
  end)

  it("takes lang, date and title from the document when the record has none, and null for id", function()
    local text = "date 2026-01-31 Strike in Lyon\n\nWorkers marched.\n"
    local line = same({}, text)
    local want = ('{"id":null,"lang":"%s","date":"2026-01-31","title":"Strike in Lyon","source":null,'
      .. '"meta":{"date":{"start":5,"end":15,"text":"2026-01-31"},'
      .. '"title":{"start":16,"end":30,"text":"Strike in Lyon"},"dateline":null,"place":null,"source":null,'
      .. '"byline":null,"invalid_bytes":0},"entities":['):format(assert(pc.parse(text)).meta.lang)
    assert.are.equal(want, line:sub(1, #want))
    same({ id = "x", lang = "fr", date = "2025-12-24", title = "" }, "Des milliers de manifestants à Paris.")
  end)

  it("writes empty documents and every type subset", function()
    same({ id = "e" }, "")
    same({ id = "e" }, "\n \n")
    for _, t in ipairs(pc.types) do
      each_record({ "examples/corpus/en_01.txt", "examples/corpus/fr_01.txt" },
        function(rec) same(rec, rec.text, { t }) end)
    end
  end)

  it("raises on bad arguments as doc:entities does", function()
    local doc = assert(pc.parse("Workers marched in Paris."))
    assert.has_error(function() doc:record_json({ id = 5 }) end)
    assert.has_error(function() doc:record_json("x") end)
    assert.has_error(function() doc:record_json({}, { types = { "NOPE" } }) end)
    assert.has_error(function() doc:record_json({}, { typo = true }) end)
  end)
end)
