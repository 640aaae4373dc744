-- The word lists of the events layer (events/lexicon.lua): lowercasing, folding (one name
-- and a whole list of names at once), and the phrase matcher, whose per-word candidates
-- and folded names are kept in bounded tables that are emptied when full: answers must
-- not change when they are. Plain tables; no C module.
local lexicon = require "protestcorpus.events.lexicon"
local events = require "protestcorpus.events"

local lex = assert(events.load())
local unpack = table.unpack or unpack

describe("events lexicon", function()
  it("lowercases ASCII and the Latin-1 capitals French needs, not the multiplication sign", function()
    assert.equal("émile zola à l'élysée ×", lexicon.lower("ÉMILE Zola À l'ÉLYSÉE ×"))
    assert.equal("ÿ", lexicon.lower("ÿ"))
  end)

  it("folds names: case, accents, punctuation as single spaces", function()
    assert.equal("evry courcouronnes", lexicon.fold("  Évry-Courcouronnes "))
    assert.equal("saint denis", lexicon.fold("Saint\226\128\145Denis")) -- non-breaking hyphen
    assert.equal("oeuvre", lexicon.fold("œuvre"))
    assert.equal("", lexicon.fold("--"))
  end)

  it("folds a list of names, one a line, as it folds each name", function()
    local names = { "Évry-Courcouronnes", "  's Gravenmoer", "L'Haÿ-les-Roses", "--", "Saint\226\128\145Denis",
      "A  B", "Zürich", "Œuvre", "x", "Ville\194\160Neuve", "" }
    local want = {}
    for i, n in ipairs(names) do want[i] = lexicon.fold(n) end
    local got = {}
    for line in (lexicon.fold_lines(table.concat(names, "\n")) .. "\n"):gmatch("([^\n]*)\n") do
      got[#got + 1] = line
    end
    assert.same(want, got)
  end)

  it("folds the same after its table of folded names is emptied", function()
    local first = lexicon.fold("Montréal-Nord")
    for i = 1, 60000 do lexicon.fold("Name " .. i) end -- past the bound: the table restarts
    assert.equal(first, lexicon.fold("Montréal-Nord"))
    assert.equal("name 59999", lexicon.fold("Name 59999"))
  end)

  it("matches the same phrases after its table of per-word candidates is emptied", function()
    local function labels(text, lang)
      local out = {}
      for _, m in ipairs(lex.triggers:find(lexicon.tokens(text), lang)) do
        out[#out + 1] = m.label .. "@" .. m.i .. "-" .. m.j
      end
      return table.concat(out, " ")
    end
    local en = "Thousands took to the streets and marched on Saturday; a strike and a sit-in followed."
    local fr = "Des milliers de manifestants ont défilé, à l'appel des syndicats, lors d'une grève."
    local want_en, want_fr = labels(en, "en"), labels(fr, "fr")
    assert.truthy(want_en:find("strike", 1, true))
    assert.truthy(want_fr:find("@", 1, true))
    local words = {}
    for i = 1, 60000 do words[i] = "w" .. i end
    lex.triggers:find(lexicon.tokens(table.concat(words, " ")), "en")
    assert.equal(want_en, labels(en, "en"))
    assert.equal(want_fr, labels(fr, "fr"))
  end)

  it("reads the country of each place as places.tsv gives it (data/place_countries.tsv while current)", function()
    local dir = events.data_dir()
    local want = lexicon.place_countries_of(dir .. "/../places.tsv")
    local n = 0
    for _ in pairs(want) do n = n + 1 end
    assert.is_true(n > 1000)
    -- a fresh lexicon table (the cached one may have read the map already)
    local got = lexicon.place_countries({ _dir = dir })
    local bad = {}
    for k, v in pairs(want) do if got[k] ~= v then bad[#bad + 1] = k end end
    for k in pairs(got) do if want[k] == nil then bad[#bad + 1] = k end end
    -- (names are looked up in the file on demand: it holds no other line)
    local lines = 0
    for _ in io.lines(dir .. "/../place_countries.tsv") do lines = lines + 1 end
    assert.equal(n + 1, lines)
    assert.is_nil(got["no such place here"])
    assert.is_nil(got["no such place here"])
    assert.is_nil(got[""])
    table.sort(bad)
    -- (data/place_countries.tsv is out of date: make model writes it again)
    assert.same({}, { unpack(bad, 1, math.min(#bad, 5)) })
    assert.equal("FR", got["paris"])
    assert.equal("BE", got["bruxelles"] or got["brussels"])
  end)
end)

