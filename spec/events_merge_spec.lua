-- Merging events across documents, on plain tables (no C module): the match relation,
-- figures kept with their sources, places across languages, and associativity: any slicing
-- and order of the inputs, merged and merged again, gives byte-identical JSON.
local events = require "protestcorpus.events"
local cjson = require "cjson"

local lex = assert(events.load())

local function atom(t)
  local a = {
    doc = t.doc, date = t.date, status = t.status or "happened", places = t.places or {},
    areas = t.areas or {}, organizers = t.organizers or {}, actor_type = t.actor_type or "workers",
    forms = t.forms or { "march" }, claims = t.claims or {}, targets = t.targets or {},
    participants = t.participants or {}, evidence = t.evidence or {},
  }
  return a
end

local function encode_all(recs)
  local out = {}
  for i, r in ipairs(recs) do out[i] = events.encode(r) end
  return table.concat(out, "\n")
end

-- Round trip through JSON, as a shard's output is read back by `merge`.
local function reread(recs)
  local groups = {}
  for _, r in ipairs(recs) do
    local g = assert(events.read_group(cjson.decode(events.encode(r))))
    groups[#groups + 1] = g
  end
  return groups
end

local ATOMS = {
  atom { doc = "a", date = "2026-01-31", places = { "Paris", "Lyon" },
         organizers = { "Alliance Police Nationale" },
         actor_type = "police", forms = { "march" },
         participants = { { low = 15000, high = 20000, text = "between 15,000 and 20,000",
                            source = "organizers", doc = "a" } } },
  atom { doc = "b", date = "2026-01-31", places = { "Lyon" }, organizers = { "Alliance" }, status = "planned",
         actor_type = "police", forms = { "rally" } },
  atom { doc = "c", date = "2026-02-01", places = { "Marseille", "Paris" }, actor_type = "police",
         participants = { { low = 4000, high = 4000, text = "4,000", source = "police", doc = "c" } } },
  atom { doc = "d", date = "2026-01-31", places = { "Londres" }, actor_type = "students", forms = { "strike" } },
  atom { doc = "e", date = "2026-01-30", places = { "London" }, actor_type = "students", forms = { "strike" } },
  atom { doc = "f", date = "2026-03", places = { "Rennes" }, forms = { "vigil" } },
  atom { doc = "g", date = "2026-03-05", places = { "Rennes" }, forms = { "vigil" } },
  atom { doc = "h", date = "2026-01-31", places = {}, organizers = { "CGT" }, forms = { "strike" } },
  atom { doc = "i", date = "2026-02-01", places = { "Nantes" }, organizers = { "CGT" }, forms = { "strike" } },
  atom { doc = "j", date = "2026-01-31", places = { "Paris" }, actor_type = "farmers", forms = { "blockade" } },
}

local function groups_of(list)
  local gs = {}
  for _, a in ipairs(list) do
    for _, g in ipairs(events.groups({ a })) do gs[#gs + 1] = g end
  end
  return gs
end

describe("events.merge", function()
  local recs = events.merge(groups_of(ATOMS), lex)
  local by_doc = {}
  for _, r in ipairs(recs) do
    for _, d in ipairs(r.docs) do by_doc[d] = r end
  end

  it("joins documents that share a date (one day apart at most) and a place", function()
    assert.equal(by_doc.a, by_doc.b)
    assert.equal(by_doc.a, by_doc.c)
    assert.same({ "a", "b", "c" }, by_doc.a.docs)
    assert.equal("happened", by_doc.a.status) -- one document reports it done
    assert.same({ a = "happened", b = "planned", c = "happened" }, by_doc.a.status_by_doc)
    assert.equal("2026-01-31", by_doc.a.date)
  end)

  it("keeps every figure with its source and document, never averaging", function()
    local figs = {}
    for _, p in ipairs(by_doc.a.participants) do figs[#figs + 1] = p.source .. ":" .. p.low .. ":" .. p.doc end
    assert.same({ "organizers:15000:a", "police:4000:c" }, figs)
  end)

  it("folds an organizer named shortly into its full name", function()
    assert.same({ "Alliance Police Nationale" }, by_doc.a.organizers)
  end)

  it("joins Londres and London (exonyms.tsv) and lists the place once, by its key name", function()
    assert.equal(by_doc.d, by_doc.e)
    assert.same({ "London" }, by_doc.d.places) -- not Londres too, though its document came first
  end)

  it("does not join a month to a day, nor actions with nothing in common", function()
    assert.are_not.equal(by_doc.f, by_doc.g)
    assert.are_not.equal(by_doc.a, by_doc.j) -- Paris, same day, but farmers' blockade vs police march
  end)

  it("joins by organizer when one side names no place", function()
    assert.equal(by_doc.h, by_doc.i)
  end)

  it("gives ids derived from the content", function()
    assert.matches("^2026%-01%-31%-paris%-%x%x%x%x%x%x%x%x$", by_doc.a.event_id)
    local again = events.merge(groups_of(ATOMS), lex)
    assert.equal(encode_all(recs), encode_all(again))
  end)

  it("is associative and order-independent: any split, any order, merged again", function()
    local whole = encode_all(recs)
    -- deterministic pseudo-random slicings (a linear congruential generator)
    local seed = 12345
    local function rand(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    for trial = 1, 25 do
      local k = rand(4)
      local parts = {}
      for i = 1, k do parts[i] = {} end
      for _, a in ipairs(ATOMS) do
        local p = parts[rand(k)]
        table.insert(p, rand(#p + 1), a)
      end
      local groups = {}
      for i = k, 1, -1 do
        local part = events.merge(groups_of(parts[i]), lex)
        for _, g in ipairs(reread(part)) do table.insert(groups, rand(#groups + 1), g) end
      end
      assert.equal(whole, encode_all(events.merge(groups, lex)), "trial " .. trial)
    end
    -- merging a result with itself or with a part of it changes nothing (duplicates drop)
    local twice = reread(recs)
    for _, g in ipairs(reread(recs)) do twice[#twice + 1] = g end
    assert.equal(whole, encode_all(events.merge(twice, lex)))
  end)

  it("rejects records that are not event records, with a message", function()
    assert.is_nil(events.read_group({ date = "2026-01-01" }))
    local g, err = events.read_group({ atoms = { { doc = "x", date = "31/01/2026" } } })
    assert.is_nil(g)
    assert.matches("bad date", err)
    assert.is_nil((events.read_group("text")))
  end)

  it("writes CSV with the documented columns, lists joined with '; '", function()
    assert.equal("event_id,date,end_date,status,places,organizers,actor_type,forms,size_low,"
      .. "size_high,size_sources,claims,targets,n_docs,docs", events.csv_header())
    local row = events.csv_row(by_doc.a)
    assert.matches(",2026%-01%-31,,happened,Paris; Lyon; Marseille,Alliance Police Nationale,police,"
      .. "march; rally,4000,20000,organizers; police,,,3,a; b; c$", row)
    assert.equal('"a, ""b"""', (events.csv_row({ event_id = 'a, "b"', docs = {} }):match('^("[^,]*,[^,]*")')))
  end)

  it("merges an empty list to an empty list", function()
    assert.same({}, events.merge({}, lex))
  end)
end)

describe("events merge keys", function()
  local merge = require "protestcorpus.events.merge"

  it("hashes eight bytes a step to the value of the byte-at-a-time hash", function()
    local function reference(s)
      local h = 2166136261
      for i = 1, #s do h = (h * 31 + s:byte(i)) % 4294967291 end
      return string.format("%08x", math.floor(h))
    end
    for n = 0, 40 do
      local t = {}
      for i = 1, n do t[i] = string.char((i * 97 + n * 13) % 256) end
      assert.equal(reference(table.concat(t)), merge.hash(table.concat(t)))
    end
    local big = string.rep("\255\0\128abc", 5000)
    assert.equal(reference(big), merge.hash(big))
  end)

  it("gives atoms, items and signatures the keys of the generic key_of", function()
    local records = require "protestcorpus.records"
    local a = merge.atom({ doc = "d\n1", date = "2026-01-31", places = { "Paris", 'Saint-"Denis"' },
      organizers = { "CGT" }, organizers_text = "la CGT", actor_type = "workers", forms = { "strike", "march" },
      claims = { "pay" } })
    local b = merge.atom({ doc = "d2" })
    for _, at in ipairs({ a, b }) do
      assert.equal(merge.key_of(at), merge.atom_key(at))
      assert.equal(merge.key_of({ at.date or "", at.places, at.areas, at.organizers, at.actor_type,
        at.forms }), merge.signature(at))
    end
    local items = {
      { doc = "d1", start = 3, ["end"] = 9 },
      { doc = "d1", text = "about 150", low = 150, high = 150.5, source = "police", place = "Lyon" },
      { doc = "d1", text = "x", approx = true, unit = "tractor", value = 1e300 },
      { doc = "d1", text = "x", extra = { 1, 2, { k = "v" } } },
      { doc = "d1", text = records.NULL, claim = "pay" },
      {},
    }
    for _, it in ipairs(items) do
      local n = 0
      for _ in pairs(it) do n = n + 1 end
      assert.equal(merge.key_of(it), merge.item_key(it, n))
    end
  end)
end)
