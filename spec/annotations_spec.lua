-- doc:annotations(): one record per document, computed once, entities with their index and
-- sentence, quotes (empty until the quote annotator is built in).
local pc = require "protestcorpus"
local helper = require "spec.helper"

local TEXT = "date 2026-01-31 Police unions march in Paris\n\n"
  .. "PARIS (Reuters) - About 2,000 police officers marched in Paris on Saturday.\n\n"
  .. "\"We are exhausted,\" said Jean Dupont, a spokesman for the Alliance union. "
  .. "The march ended at Place de la Nation.\n"

describe("doc:annotations()", function()
  it("is computed once and kept", function()
    local doc = assert(pc.parse(TEXT))
    local a = assert(doc:annotations())
    assert.are.equal(a, doc:annotations())
    assert.is_table(a.entities)
    assert.is_table(a.quotes)
  end)

  it("holds doc:entities() plus index and sentence", function()
    local doc = assert(pc.parse(TEXT))
    local a = assert(doc:annotations())
    local ents = assert(doc:entities())
    assert.are.equal(#ents, #a.entities)
    assert.is_true(#ents >= 5)
    local in_body = 0
    for i, e in ipairs(a.entities) do
      assert.are.equal(i, e.index)
      for k, v in pairs(ents[i]) do assert.are.equal(v, e[k]) end
      helper.covers(TEXT, e, e.text)
      if e.sentence then
        in_body = in_body + 1
        local s = doc.sentences[e.sentence]
        assert.is_table(s)
        assert.is_true(s.start <= e.start and e.stop <= s.stop, e.text .. " outside its sentence")
      end
    end
    -- the title's entity has no body sentence; every one of the body has one
    assert.is_true(in_body >= 4)
    for _, e in ipairs(a.entities) do
      if e.start > #"date 2026-01-31 Police unions march in Paris" then assert.is_number(e.sentence, e.text) end
    end
  end)

  it("gives every entity of a title, caption or credit no sentence", function()
    local doc = assert(pc.parse("Strike in Lyon\n\nWorkers marched in Marseille on Friday.\n"))
    local a = assert(doc:annotations())
    for _, e in ipairs(a.entities) do
      if e.text == "Lyon" then assert.is_nil(e.sentence) end
      if e.text == "Marseille" then assert.are.equal(1, e.sentence) end
    end
  end)

  it("is empty, not an error, for an empty or blank document", function()
    for _, text in ipairs({ "", "\n\n  \n", "date 2026-01-31\n" }) do
      local a = assert(assert(pc.parse(text)):annotations())
      assert.are.same({}, a.entities)
      assert.are.same({}, a.quotes)
    end
  end)

  it("keeps quote fields in the shape the schema names", function()
    local a = assert(assert(pc.parse(TEXT)):annotations())
    for _, q in ipairs(a.quotes) do
      assert.is_number(q.start)
      assert.is_number(q.stop)
      assert.is_true(pc.schema.is_quote_kind[q.kind])
      helper.covers(TEXT, q, q.text)
      if q.speaker_index then assert.is_string(q.speaker) end
    end
  end)

  it("raises on a closed document", function()
    local doc = assert(pc.parse(TEXT))
    doc:close()
    assert.has_error(function() doc:annotations() end)
  end)
end)

describe("doc:annotations({ quotes = false })", function()
  it("gives the same entities without the quote annotator, and checks its options", function()
    local f = assert(io.open("examples/corpus/en_01.txt", "rb"))
    local text = f:read("a")
    f:close()
    local doc = assert(pc.parse(text))
    local bare = assert(doc:annotations({ quotes = false }))
    assert.same({}, bare.quotes)
    local full = assert(doc:annotations())
    assert.equal(#full.entities, #bare.entities)
    for i, e in ipairs(full.entities) do
      local c = {}
      for k, v in pairs(e) do if k ~= "index" and k ~= "sentence" then c[k] = v end end
      assert.same(c, bare.entities[i])
    end
    -- once every annotation is made, it is what both give
    assert.equal(full, doc:annotations({ quotes = false }))
    assert.has_error(function() doc:annotations({ quote = false }) end)
    assert.has_error(function() doc:annotations("x") end)
  end)
end)
