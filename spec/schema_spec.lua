-- The Lua schema (protestcorpus.schema) is the C core's (protestcorpus.core.schema): the
-- same names in the same order, list by list; and the writers read their orders from it.
local schema = require "protestcorpus.schema"
local core = require "protestcorpus.core"

describe("protestcorpus.schema", function()
  for _, list in ipairs({ "entity_types", "quote_kinds", "name_kinds", "segment_kinds", "entity_fields",
                          "quote_fields", "record_fields" }) do
    it(list .. " is the C core's, in its order", function()
      assert.is_table(core.schema[list], list .. " missing from core.schema")
      assert.are.same(core.schema[list], schema[list])
    end)
  end

  it("name and value types are entity types, together all of them", function()
    local seen = {}
    for _, t in ipairs(schema.name_types) do seen[t] = true end
    for _, t in ipairs(schema.value_types) do
      assert.is_nil(seen[t], t .. " is both a name and a value type")
      seen[t] = true
    end
    for _, t in ipairs(schema.entity_types) do assert.is_true(seen[t], t) end
    for t in pairs(seen) do assert.is_true(schema.is_entity_type[t], t) end
  end)

  it("key_order holds the record, entity and quote fields, each list in its order", function()
    local rank = {}
    for i, k in ipairs(schema.key_order) do rank[k] = i end
    for _, list in ipairs({ schema.record_fields, schema.entity_fields, schema.quote_fields, schema.meta_spans,
                            schema.meta_lists }) do
      local last = 0
      for _, k in ipairs(list) do
        assert.is_number(rank[k], k .. " missing from key_order")
        assert.is_true(rank[k] > last, k .. " out of order in key_order")
        last = rank[k]
      end
    end
  end)

  it("is what the public module and the writers use", function()
    local pc = require "protestcorpus"
    local records = require "protestcorpus.records"
    local eval = require "protestcorpus.eval"
    assert.are.equal(schema.entity_types, pc.types)
    assert.are.equal(schema.key_order, records.KEY_ORDER)
    assert.are.equal(schema.entity_types, eval.CANON_ORDER)
  end)

  it("entity tables carry only schema fields (stop for end), record fields only schema names", function()
    local pc = require "protestcorpus"
    local text = "date 2026-01-31\n\nAbout 2,000 people marched in Paris on Saturday, said Jean Dupont, "
      .. "spokesman of the CGT union, demanding 5% more pay and 100 euros."
    local doc = assert(pc.parse(text))
    local fields = {}
    for _, f in ipairs(schema.entity_fields) do fields[f] = true end
    fields.stop, fields["end"] = true, nil
    local seen_types = {}
    for _, e in ipairs(assert(doc:entities())) do
      seen_types[e.type] = true
      for k in pairs(e) do assert.is_true(fields[k], "field " .. tostring(k)) end
    end
    for t in pairs(seen_types) do assert.is_true(schema.is_entity_type[t], t) end
  end)
end)
