-- The C core's cues for the events layer (csrc/cues.c, doc:cues, cli/events.lua's adapter):
-- the words and phrase matches of every sentence, which detect.lua reads instead of cutting
-- and matching text in Lua. Checked against the Lua path itself: the same words as
-- lexicon.tokens, the same matches as Matcher:find and find_all, and the same events on
-- every example article with and without the cues.
local pc = require "protestcorpus"
local events = require "protestcorpus.events"
local lexicon = require "protestcorpus.events.lexicon"
local detect = require "protestcorpus.events.detect"
local cli_events = require "protestcorpus.cli.events"
local lfs = require "lfs"
local helper = require "spec.helper"

local lex = assert(events.load())
local layout = detect.cue_layout(lex)

local function files(dir)
  local out = {}
  if not lfs.attributes(dir, "mode") then return out end
  for f in lfs.dir(dir) do
    if f:match("%.txt$") then out[#out + 1] = dir .. "/" .. f end
  end
  table.sort(out)
  return out
end

-- A value written with its keys sorted; the lists detect fills from sets sorted too.
local SETS = { claims = true, targets = true, forms = true }
local function dump(v, out, key)
  local t = type(v)
  if t ~= "table" then
    out[#out + 1] = t == "string" and ("%q"):format(v) or tostring(v)
    return
  end
  if SETS[key] then
    local c = {}
    for i, x in ipairs(v) do c[i] = x end
    table.sort(c)
    v = c
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  out[#out + 1] = "{"
  for _, k in ipairs(keys) do
    out[#out + 1] = tostring(k) .. "="
    dump(v[k], out, k)
    out[#out + 1] = ","
  end
  out[#out + 1] = "}"
end
local function show(v)
  local out = {}
  dump(v, out)
  return table.concat(out)
end

-- find_all of detect.lua (every phrase of a compiled list at every word).
local function find_all(list, toks)
  local hits = {}
  for i = 1, #toks do
    for k, p in ipairs(list) do
      local ok = p.words[1] == toks[i] and i + #p.words - 1 <= #toks
      for w = 2, #p.words do
        if ok and toks[i + w - 1] ~= p.words[w] then ok = false end
      end
      if ok then hits[#hits + 1] = { k, i, i + #p.words - 1 } end
    end
  end
  return hits
end

-- The hits of list n in a sentence's flat hits: {entry, i, j}...
local function hits_of(flat, n)
  local out = {}
  for k = 1, #flat, 4 do
    if flat[k] == n then out[#out + 1] = { flat[k + 1], flat[k + 2], flat[k + 3] } end
  end
  return out
end

-- Checks a parsed document's cues against the Lua path, sentence by sentence.
local function check_cues(text, lang, label)
  local doc = assert(pc.parse(text, { lang = lang }))
  local sents = doc:all_sentences()
  local set = assert(pc.cue_set(layout.specs))
  local cues = assert(doc:cues(set, layout.scan[lang]))
  assert.equal(#sents, #cues)
  local low = lexicon.lower(text)
  local nwords = 0
  for k, s in ipairs(sents) do
    local toks = lexicon.words(low:sub(s.start, s.stop), s.start - 1, true)
    -- (M.words and M.tokens: the same words in two forms)
    local old = lexicon.tokens(low:sub(s.start, s.stop), s.start - 1, true)
    assert.equal(#old, #toks)
    for i, t in ipairs(old) do
      assert.same({ t.word, t.start, t.stop }, { toks[i], toks.S[i], toks.E[i] })
    end
    local cue = cues[k]
    local lists_hit = {}
    for _, n in ipairs(layout.scan[lang]) do
      local ref, want = layout.ref[n], {}
      if ref.find then
        for _, h in ipairs(ref:find(toks, lang)) do
          -- (the entry is the one of the same words and label: entries may repeat)
          want[#want + 1] = { h.label, h.i, h.j }
        end
      else
        for _, h in ipairs(find_all(ref, toks)) do want[#want + 1] = { h[1], h[2], h[3] } end
      end
      local got = {}
      for _, h in ipairs(cue and hits_of(cue.hits, n) or {}) do
        got[#got + 1] = ref.find and { layout.entries[n][h[1]].label, h[2], h[3] } or h
      end
      assert.same(want, got, ("%s, sentence %d, list %d"):format(label, k, n))
      if #want > 0 then lists_hit[#lists_hit + 1] = n end
    end
    if cue then
      -- the words of a capital (A-Z) in the text, which the exonym scan reads
      local caps = {}
      for i = 1, #toks do
        local b = text:byte(toks.S[i])
        if b >= 65 and b <= 90 then caps[#caps + 1] = i end
      end
      toks.C = caps
      assert.same(toks, cue.toks, ("%s, sentence %d: words"):format(label, k))
      nwords = nwords + #toks
    else
      assert.equal(0, #lists_hit, ("%s, sentence %d: matches but no cues"):format(label, k))
    end
  end
  doc:close()
  return nwords
end

describe("events cues (csrc/cues.c)", function()
  it("cut the words lexicon.tokens cuts and match every list as the Lua matchers do", function()
    local n = 0
    for _, path in ipairs(files("examples/corpus")) do
      local text = helper.read(path)
      n = n + check_cues(text, "en", path .. " (en)")
      n = n + check_cues(text, "fr", path .. " (fr)")
    end
    assert.is_true(n > 10000)
  end)

  it("read apostrophes, hyphens, capitals, punctuation and broken UTF-8 as lexicon.tokens", function()
    local texts = {
      "L'INTERSYNDICALE appelle à la grève. Sit-in DEVANT l'Élysée, ÉTUDIANTS ×2 et ŒUVRES.",
      "Strikers’ “march” – 10 000 manifestants\194\160à Paris. Prix 5 € ; grève 😀 illimitée.",
      "Broken \195 byte \255\254 then a rally\226\128 and a march \240\159. Protest!",
      "ÀÉÎÕÜ Þ ß ÿ \195\151 \195\158\195\159 A-B-C d'après-midi l’appel de la CGT.",
      "Manifestation à Anvers et à Londres, PARIS, Zurich; Élysée Ô Québec 1er Mai.",
      "",
      "   \n\n  ",
    }
    for k, t in ipairs(texts) do
      check_cues(t, "fr", "text " .. k)
      check_cues(t, "en", "text " .. k)
    end
  end)

  it("give the same events as the Lua path on every example article", function()
    local dirs = { "examples/corpus", "examples/gold/blind4/texts", "examples/gold/blind5/texts" }
    local ndocs, ncued = 0, 0
    for _, dir in ipairs(dirs) do
      for _, path in ipairs(files(dir)) do
        local text = helper.read(path)
        local rec = { id = path, text = text }
        local doc = assert(pc.parse(text))
        assert(doc:annotations())
        local input = assert(cli_events.input(rec, doc, nil, lex))
        doc:close()
        assert.is_table(input.cues, path)
        local with = show(events.detect(input, lex))
        -- twice: the cues' memos of one run leave the next alike
        assert.equal(with, show(events.detect(input, lex)), path)
        input.cues = nil
        local without = show(events.detect(input, lex))
        assert.equal(without, with, path)
        ndocs = ndocs + 1
        if with ~= "{}" then ncued = ncued + 1 end
      end
    end
    assert.is_true(ndocs >= 79)
    assert.is_true(ncued > ndocs / 2)
  end)

  it("are ignored when made for another lexicon, language or sentence list", function()
    local text = "PARIS - Thousands of teachers marched in Paris on Saturday, 14 March 2026, " ..
      "against the pension reform, the unions said."
    local doc = assert(pc.parse(text, { date = "2026-03-15", lang = "en" }))
    assert(doc:annotations())
    local input = assert(cli_events.input({ id = "a", text = text }, doc, nil, lex))
    doc:close()
    local want = show(events.detect(input, lex))
    assert.is_not.equal("{}", want)
    local cues = input.cues
    for _, bad in ipairs({
      { layout = {}, lang = cues.lang, n = cues.n },
      { layout = cues.layout, lang = "fr", n = cues.n },
      { layout = cues.layout, lang = cues.lang, n = cues.n + 1 },
    }) do
      -- (sentences with no words: read by the cues' path, nothing would be found)
      for k = 1, cues.n do bad[k] = false end
      input.cues = bad
      assert.equal(want, show(events.detect(input, lex)))
    end
    -- a phrase added to a matcher after the cues were made: they no longer count
    local stale = { layout = cues.layout, lang = cues.lang, n = cues.n }
    for k = 1, cues.n do stale[k] = false end
    input.cues = stale
    assert.equal("{}", show(events.detect(input, lex)))
    lex.triggers.n = lex.triggers.n + 1
    local ok, got = pcall(function() return show(events.detect(input, lex)) end)
    lex.triggers.n = lex.triggers.n - 1
    assert.is_true(ok, got)
    assert.equal(want, got)
  end)

  it("are read in the one form of the words: toks[k], toks.S[k], toks.E[k]", function()
    -- (a word is a string now, so toks[k].word would be nil, silently: a rule written for the
    -- old form of a table per word must fail here, not change the events)
    local src = helper.read("lua/protestcorpus/events/detect.lua")
    local n = 0
    for line in src:gmatch("[^\n]+") do
      n = n + 1
      local code = line:gsub("%-%-.*$", "")
      for _, pat in ipairs({ "toks%b[]%.word", "toks%b[]%.start", "toks%b[]%.stop", "%f[%w]t%.word" }) do
        assert.is_nil(code:find(pat), ("detect.lua:%d reads a word as a table: %s"):format(n, line))
      end
    end
  end)

  it("refuse malformed lists and bad arguments", function()
    assert.is_nil((pc.cue_set({ { "a b*", "all" } })))           -- a prefix in an ALL list
    assert.is_nil((pc.cue_set({ { "ab*", "longest" } })))        -- a first prefix under 3 bytes
    assert.is_nil((pc.cue_set({ { "a  b", "longest" } })))       -- an empty word
    assert.is_nil((pc.cue_set({ { "a b*c", "longest" } })))      -- a star inside a word
    assert.has_error(function() pc.cue_set({ { "a", "fast" } }) end)
    assert.has_error(function() pc.cue_set({ "a" }) end)
    local set = assert(pc.cue_set({ { "strike\ngeneral strike\n\nstrik*", "longest" } }))
    local doc = assert(pc.parse("A general strike. Strikers strike."))
    assert.has_error(function() doc:cues(set, { 2 }) end)
    assert.has_error(function() doc:cues(set, { 0 }) end)
    local cues = assert(doc:cues(set, { 1 }))
    -- "general strike" (entry 2), then "strikers" (the prefix, entry 4), "strike" (entry 1)
    assert.same({ 1, 2, 2, 3 }, { cues[1].hits[1], cues[1].hits[2], cues[1].hits[3], cues[1].hits[4] })
    assert.same({ 1, 4, 1, 1, 1, 1, 2, 2 }, cues[2].hits)
    doc:close()
  end)
end)
