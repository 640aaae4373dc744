-- protestcorpus.analyses.summary on hand-written extract records: names counted by entity
-- (canonical), not by spelling; types in the core's order; top lists sorted by count, name.
local summary = require "protestcorpus.analyses.summary"

local function ent(t, text, canonical) return { type = t, text = text, canonical = canonical } end

describe("analyses.summary", function()
  it("counts a person's partial mentions and an agency's spellings as one entity", function()
    local s = summary.new()
    assert.is_true(s:add({ entities = {
      ent("PERSON", "Alain Barberis", "Alain Barberis"), ent("PERSON", "Barberis", "Alain Barberis"),
      ent("ORG", "REUTERS", "Reuters"), ent("ORG", "Reuters", "Reuters"), ent("DATE", "Saturday"),
    } }))
    assert.is_true(s:add({ entities = { ent("PERSON", "Barberis", "Alain Barberis"), ent("PLACE", "Lyon") } }))
    local res = s:result()
    assert.are.equal(2, res.documents)
    assert.are.equal(7, res.entities)
    assert.are.same({ { type = "PERSON", n = 3 }, { type = "ORG", n = 2 }, { type = "PLACE", n = 1 },
      { type = "DATE", n = 1 } }, res.by_type)
    assert.are.same({
      { type = "PERSON", distinct = 1, top = { { text = "Alain Barberis", n = 3 } } },
      { type = "ORG", distinct = 1, top = { { text = "Reuters", n = 2 } } },
      { type = "PLACE", distinct = 1, top = { { text = "Lyon", n = 1 } } },
    }, res.names)
  end)

  it("refuses a record with no entity list and keeps the top N", function()
    local s = summary.new()
    assert.are.same({ false, 'no "entities" list' }, { s:add({ id = "x" }) })
    s:add({ entities = { ent("PLACE", "B"), ent("PLACE", "A"), ent("PLACE", "B"), ent("PLACE", "C") } })
    local res = s:result(2)
    assert.are.same({ { text = "B", n = 2 }, { text = "A", n = 1 } }, res.names[1].top)
    assert.are.equal(3, res.names[1].distinct)
    assert.truthy(summary.format(res):find("most frequent PLACE (3 distinct):\n      2  B\n      1  A", 1, true))
  end)
end)
