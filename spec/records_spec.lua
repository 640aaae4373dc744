-- JSONL records: the encoder (key order, escapes, numbers) and the parse/extract records,
-- built from stand-in documents so the expected bytes are exact whatever the C core finds.
local records = require "protestcorpus.records"

-- The stand-in's text: spaces, with the title and the dateline where META's spans say.
local TEXT = (" "):rep(17) .. "Title" .. (" "):rep(7) .. "PARIS (Reuters) -  " .. (" "):rep(60)

-- A stand-in for a parsed document: the fields records.lua reads.
local function fake_doc(meta, ents)
  return {
    text = TEXT,
    meta = meta,
    paragraphs = { { start = 1, stop = 10 }, { start = 13, stop = 20 } },
    sentences = { { start = 1, stop = 10 }, { start = 13, stop = 16 }, { start = 18, stop = 20 } },
    entities = function(_, opts)
      if not opts then return ents end
      local keep, out = {}, {}
      for _, t in ipairs(opts.types) do keep[t] = true end
      for _, e in ipairs(ents) do
        if keep[e.type] then out[#out + 1] = e end
      end
      return out
    end,
  }
end

local META = {
  lang = "en", date = "2026-01-31", title = "Title", source = "Reuters",
  spans = {
    header = { start = 1, stop = 16 }, title = { start = 18, stop = 22 },
    dateline = { start = 30, stop = 48 }, place = { start = 30, stop = 34 },
    source = { start = 37, stop = 43 },
  },
  captions = { { start = 50, stop = 60, text = "caption" } },
  credits = {}, boilerplate = {}, headings = { { start = 70, stop = 71, text = "H" } },
}

describe("records.encode", function()
  it("orders keys by KEY_ORDER, then by name", function()
    assert.equal('{"id":"x","start":0,"end":3,"type":"DATE","a":true,"z":false}',
      records.encode({ z = false, a = true, type = "DATE", ["end"] = 3, start = 0, id = "x" }))
  end)

  it("writes arrays, empty arrays, objects and null", function()
    assert.equal('{"a":[1,2,3],"e":[],"o":{},"n":null}',
      records.encode({ a = { 1, 2, 3 }, e = records.array(), o = {}, n = records.NULL },
        { "a", "e", "o", "n" }))
    assert.equal("[[],{}]", records.encode({ records.array(), {} }))
  end)

  it("escapes quotes, backslashes and control characters, and keeps UTF-8 and /", function()
    assert.equal('"a\\"b\\\\c\\nd\\te\\u0001f\\u007f/é"', records.encode('a"b\\c\nd\te\1f\127/é'))
  end)

  it("writes integers without .0 and other numbers so they read back exactly", function()
    assert.equal("[15000,-3,0,2.5,0.1,0.30000000000000004,1e+300,null,null]",
      records.encode({ 15000.0, -3, 0, 2.5, 0.1, 0.1 + 0.2, 1e300, math.huge, 0 / 0 }))
    assert.equal(tostring(1 / 3), tostring(tonumber(records.number(1 / 3))))
    assert.equal(1 / 3, tonumber(records.number(1 / 3)))
  end)

  it("writes fixed decimals with exact halves rounded away from zero, alike in every interpreter", function()
    -- C's printf gives "341.2" and "0.12" (half to even), LuaJIT's formatter the other way
    assert.equal("341.3", records.fixed(341.25, 1))
    assert.equal("0.13", records.fixed(0.125, 2))
    assert.equal("-0.13", records.fixed(-0.125, 2))
    assert.equal("0.0", records.fixed(-0.04, 1))
    assert.equal("92.6", records.fixed(92.625, 1))
    assert.equal("3", records.fixed(2.5, 0))
    assert.equal("17", records.fixed(17, 0))
  end)

  it("refuses what JSON cannot hold", function()
    assert.has_error(function() records.encode({ f = print }) end)
    assert.has_error(function() records.encode({ [true] = 1 }) end)
  end)
end)

describe("records.document", function()
  it("writes meta spans 0-based end-exclusive, null for absent ones, paragraphs, sentences", function()
    local line = records.document({ id = "a1" }, fake_doc(META, {}))
    assert.equal('{"id":"a1","lang":"en","date":"2026-01-31","title":"Title","source":"Reuters",'
      .. '"meta":{"header":{"start":0,"end":16},"title":{"start":17,"end":22},'
      .. '"dateline":{"start":29,"end":48},"place":{"start":29,"end":34},'
      .. '"source":{"start":36,"end":43},"byline":null,"captions":[{"start":49,"end":60}],'
      .. '"credits":[],"boilerplate":[],"headings":[{"start":69,"end":71}]},'
      .. '"paragraphs":[{"start":0,"end":10},{"start":12,"end":20}],'
      .. '"sentences":[{"start":0,"end":10},{"start":12,"end":16},{"start":17,"end":20}]}', line)
  end)

  it("takes id, date, lang and title from a JSONL record over the parser's", function()
    local line = records.document({ id = "j", date = "2020-05-01", lang = "fr", title = "Given" },
      fake_doc({ lang = "en", spans = {} }, {}))
    assert.equal('{"id":"j","lang":"fr","date":"2020-05-01","title":"Given","source":null,'
      .. '"meta":{"header":null,"title":null,"dateline":null,"place":null,"source":null,"byline":null,'
      .. '"captions":[],"credits":[],"boilerplate":[],"headings":[]},'
      .. '"paragraphs":[{"start":0,"end":10},{"start":12,"end":20}],'
      .. '"sentences":[{"start":0,"end":10},{"start":12,"end":16},{"start":17,"end":20}]}', line)
  end)
end)

describe("records.entities", function()
  local ents = {
    { type = "QUANTITY", start = 18, stop = 26, text = "Thousands", low = 2000, high = 9999,
      approx = false, unit = "demonstrator" },
    { type = "DATE", start = 52, stop = 59, text = "Saturday", value = "2026-01-31", relative = true },
    { type = "MONEY", start = 70, stop = 83, text = "€100 million", value = 1e8, currency = "EUR" },
    { type = "PERCENT", start = 90, stop = 92, text = "15%", value = 15 },
  }

  it("writes each entity with 0-based offsets and only the attributes it has", function()
    local line = records.entities({ id = "x" }, fake_doc(META, ents))
    assert.equal('{"id":"x","lang":"en","date":"2026-01-31","title":"Title","source":"Reuters",'
      .. '"meta":{"date":null,"title":{"start":17,"end":22,"text":"Title"},'
      .. '"dateline":{"start":29,"end":48,"text":"PARIS (Reuters) -  "},"place":{"start":29,"end":34,"text":"PARIS"},'
      .. '"source":{"start":36,"end":43,"text":"Reuters"},"byline":null,"invalid_bytes":0},"entities":['
      .. '{"start":17,"end":26,"type":"QUANTITY","text":"Thousands","low":2000,"high":9999,'
      .. '"approx":false,"unit":"demonstrator","segment":"paragraph"},'
      .. '{"start":51,"end":59,"type":"DATE","text":"Saturday","value":"2026-01-31","relative":true,'
      .. '"segment":"paragraph"},'
      .. '{"start":69,"end":83,"type":"MONEY","text":"€100 million","value":100000000,"currency":"EUR",'
      .. '"segment":"paragraph"},'
      .. '{"start":89,"end":92,"type":"PERCENT","text":"15%","value":15,"segment":"paragraph"}]}', line)
  end)

  it("keeps only the requested types, and writes [] when there are none", function()
    local line = records.entities({ id = "x" }, fake_doc(META, ents), { types = { "PERCENT" } })
    assert.matches('"entities":%[{"start":89,"end":92,"type":"PERCENT","text":"15%%","value":15,'
      .. '"segment":"paragraph"}%]}$', line)
    line = records.entities({ id = "x" }, fake_doc(META, {}))
    assert.matches('"entities":%[%]}$', line)
  end)

  it("is byte-identical from call to call", function()
    local a = records.entities({ id = "x" }, fake_doc(META, ents))
    for _ = 1, 20 do assert.equal(a, records.entities({ id = "x" }, fake_doc(META, ents))) end
  end)
end)

describe("records.valid_utf8", function()
  -- the oracle: RFC 3629's UTF8-char grammar in LPeg (an independent statement of what
  -- records.lua decides with gsub and a byte loop), every other byte replaced by U+FFFD
  local lpeg = require "lpeg"
  local R, P = lpeg.R, lpeg.P
  local tail = R("\128\191")
  local utf8_char = R("\0\127") + R("\194\223") * tail
    + P("\224") * R("\160\191") * tail + (R("\225\236") + R("\238\239")) * tail * tail
    + P("\237") * R("\128\159") * tail
    + P("\240") * R("\144\191") * tail * tail + R("\241\243") * tail * tail * tail
    + P("\244") * R("\128\143") * tail * tail
  local oracle = lpeg.Cs((utf8_char + P(1) / "\239\191\189") ^ 0)
  local function reference(s) return oracle:match(s) end

  it("keeps valid UTF-8 and replaces every other byte by U+FFFD, as the grammar of RFC 3629 says", function()
    -- lead and continuation bytes at the edges of every range, in random strings
    local pool = { 0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
      0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff }
    local seed = 12345
    local function rand(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    for _ = 1, 20000 do
      local t = {}
      for i = 1, rand(8) do t[i] = string.char(pool[rand(#pool)]) end
      local s = table.concat(t)
      assert.equal(reference(s), records.valid_utf8(s))
    end
    assert.equal("caf\195\169 \226\128\156x\226\128\157 \240\159\152\128",
      records.valid_utf8("caf\195\169 \226\128\156x\226\128\157 \240\159\152\128"))
    -- a surrogate (ED A0 80) is three bytes outside any valid sequence
    assert.equal("a" .. ("\239\191\189"):rep(3) .. "b", records.valid_utf8("a\237\160\128b"))
    -- above U+10FFFF (F4 90 80 80) and an overlong form (E0 9F BF), alone in a string
    for _, bad in ipairs({ "\244\144\128\128", "\224\159\191", "\192\175" }) do
      assert.equal(reference(bad), records.valid_utf8(bad))
      assert.equal(("\239\191\189"):rep(#bad), records.valid_utf8(bad))
    end
  end)
end)

describe("records.encoder (core.json_encode)", function()
  local ok, core = pcall(require, "protestcorpus.core")
  local cjson = require "cjson"

  it("writes what records.encode writes, for every kind of value", function()
    if not ok then
      pending("the C module is not built: " .. tostring(core))
      return
    end
    local order = { "id", "b", "a", "z" }
    local enc = records.encoder(core.json_encode, order)
    local values = {
      "plain", "quo\"te\\ and /slash", "ctl\1\31\127\b\f\n\r\t", "caf\195\169 \226\128\156",
      "bad \255\254 \237\160\128 utf-8", "", 0, 1, -1, 2 ^ 53, 2 ^ 53 + 2, 1.5, -0.0, 0.1, 1 / 3,
      1e300, -1e-300, 0 / 0, math.huge, -math.huge, true, false, records.NULL, cjson.null,
      {}, records.array(), records.array({ 1, 2 }), { 1, "a", { x = 1 } }, { 1, nil, 3 },
      { z = 1, a = 2, b = 3, id = 4, zz = 5, aa = 6, ["é"] = 7, ["a\0b"] = 8, ["A"] = 9 },
      { nested = { deeper = { { k = "v", id = "i" }, records.array() } } },
    }
    if math.type then values[#values + 1] = math.maxinteger values[#values + 1] = math.mininteger end
    for _, v in ipairs(values) do
      assert.equal(records.encode(v, order), enc(v))
      assert.equal(records.encode({ v, { id = v, other = v } }, order), enc({ v, { id = v, other = v } }))
    end
  end)

  it("refuses what records.encode refuses, without crashing on a cycle", function()
    if not ok then
      pending("the C module is not built: " .. tostring(core))
      return
    end
    local enc = records.encoder(core.json_encode)
    for _, bad in ipairs({ { x = 1, [2.5] = 2 }, { f = print } }) do
      local _, lua_err = pcall(records.encode, bad)
      assert.has_error(function() enc(bad) end, lua_err)
    end
    assert.has_error(function() enc({ x = 1, [2.5] = 2 }) end, "records.encode: object key is not a string: 2.5")
    local cycle = {}
    cycle.self = cycle
    assert.has_error(function() enc(cycle) end, "records.encode: nesting deeper than 1000 (a cycle?)")
  end)
end)
