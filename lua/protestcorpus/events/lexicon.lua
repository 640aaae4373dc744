--- protestcorpus.events.lexicon: the word lists of the events layer and a phrase matcher.
--
--     local lex = assert(lexicon.load(dir))        -- dir holds data/events/*.tsv
--     local toks = lexicon.tokens(sentence_text)    -- {{start, stop, word}...}, lowercased
--     local ws = lexicon.words(sentence_text)       -- {word...; S = {start...}, E = {stop...}}
--     for _, m in ipairs(lex.triggers:find(ws, "en")) do print(m.label, m.i, m.j) end
--
-- Every list is a TSV file `lang<TAB>phrase<TAB>label` ('#' starts a comment line; lang is
-- en, fr or * for both). A phrase is lowercase words; a word ending in "*" matches every
-- word it begins (3 letters at least). Words are runs of letters and digits: apostrophes,
-- hyphens and other punctuation separate them, so "l'appel de" is the phrase "l appel de"
-- and "sit-in" is "sit in". The tables are loaded once per directory and never change.
-- Pure Lua + LPeg within the syntax LuaJIT accepts; no C module of this project.
local lpeg = require "lpeg"

local M = {}

local P, R, C, Cp, Ct = lpeg.P, lpeg.R, lpeg.C, lpeg.Cp, lpeg.Ct

-- Letters and digits: ASCII, and UTF-8 sequences except the Latin-1 punctuation block
-- (U+0080-U+00BF: NBSP, guillemets) and General Punctuation (U+2000-U+203F: quotes, dashes).
local cont = R "\128\191"
local letter = R("az", "AZ", "09")
  + R "\195\223" * cont
  + P "\226" * R "\129\191" * cont
  + (R "\224\239" - P "\226") * cont * cont
  + R "\240\244" * cont * cont * cont
local word = Cp() * C(letter ^ 1) * Cp()
local words = Ct((word + P(1)) ^ 0)
local nonletters = (P(1) - letter) ^ 0

--- A pattern that matches a (lowercase) text when one of its words begins with pat (an
-- LPeg pattern of letters only): the test of each word of M.tokens(text), without
-- cutting the words.
function M.word_starting(pat)
  return nonletters * (-pat * letter ^ 1 * nonletters) ^ 0 * pat
end

-- Latin-1 capitals (U+00C0-U+00DE) to their small letters, the multiplication sign kept.
local LATIN1_LOWER = {}
for b = 128, 158 do
  if b ~= 151 then LATIN1_LOWER["\195" .. string.char(b)] = "\195" .. string.char(b + 32) end
end

local function lower(s)
  return (s:lower():gsub("\195[\128-\158]", LATIN1_LOWER))
end
M.lower = lower

--- The words of a text: {start, stop (1-based inclusive byte offsets), word (lowercase)}.
-- base is added to the offsets (the text's position in its document). With lowered = true
-- the text is already lowercase (lowering keeps every byte offset).
function M.tokens(text, base, lowered)
  base = base or 0
  if not lowered then text = lower(text) end
  local flat = words:match(text)
  local out, n = {}, 0
  for k = 1, #flat, 3 do
    n = n + 1
    out[n] = { start = flat[k] + base, stop = flat[k + 2] - 1 + base, word = flat[k + 1] }
  end
  return out
end

--- The same words as M.tokens, as the events layer reads them: {word...; S = {start...},
-- E = {stop...}} (no table per word; the C cue annotator, csrc/cues.c, gives this form too).
function M.words(text, base, lowered)
  base = base or 0
  if not lowered then text = lower(text) end
  local flat = words:match(text)
  local out, S, E, n = {}, {}, {}, 0
  for k = 1, #flat, 3 do
    n = n + 1
    out[n], S[n], E[n] = flat[k + 1], flat[k] + base, flat[k + 2] - 1 + base
  end
  out.S, out.E = S, E
  return out
end

-- M.words' form of a list of M.tokens (the matcher reads that form; both are accepted).
local function as_words(toks)
  if type(toks[1]) ~= "table" then return toks end
  local out, S, E = {}, {}, {}
  for k, t in ipairs(toks) do out[k], S[k], E[k] = t.word, t.start, t.stop end
  out.S, out.E = S, E
  return out
end

local Matcher = {}
Matcher.__index = Matcher

local function split_words(phrase)
  local list = {}
  for _, t in ipairs(M.tokens(phrase)) do list[#list + 1] = t.word end
  -- a trailing "*" is punctuation for the tokenizer: read it from the phrase itself
  local k = 0
  for _, star in phrase:gmatch("([^%s'’%-%*]+)(%*?)") do
    k = k + 1
    if star == "*" and list[k] then list[k] = { prefix = list[k] } end
    if list[k] == nil then break end
  end
  return list
end

local function new_matcher()
  return setmetatable({ exact = { en = {}, fr = {} }, prefix = { en = {}, fr = {} },
    plens = { en = {}, fr = {} }, entries = { en = {}, fr = {} }, n = 0, _cands = {}, _ncands = {} }, Matcher)
end

function Matcher:add(lang, phrase, label, line)
  self._cands, self._ncands = {}, {}
  local ws = split_words(phrase)
  if #ws == 0 then return nil, ("line %d: empty phrase"):format(line or 0) end
  local entry = { words = ws, label = label, n = #ws, phrase = phrase }
  local langs = lang == "*" and { "en", "fr" } or { lang }
  for _, l in ipairs(langs) do
    if not self.exact[l] then return nil, ("line %d: unknown lang '%s'"):format(line or 0, lang) end
    local first = ws[1]
    local tbl, key = self.exact[l], first
    if type(first) == "table" then
      tbl, key = self.prefix[l], first.prefix
      if #key < 3 then return nil, ("line %d: a prefix needs 3 letters"):format(line or 0) end
    end
    tbl[key] = tbl[key] or {}
    local list = tbl[key]
    list[#list + 1] = entry
    local all = self.entries[l]
    all[#all + 1] = entry
    if type(first) == "table" then
      -- the lengths of prefixes, so that a word is cut only where a prefix may end
      local pl, seen = self.plens[l], false
      for _, x in ipairs(pl) do if x == #key then seen = true end end
      if not seen then
        pl[#pl + 1] = #key
        table.sort(pl)
      end
    end
  end
  self.n = self.n + 1
  return true
end

local function word_ok(pat, w)
  if type(pat) == "table" then return w:sub(1, #pat.prefix) == pat.prefix end
  return pat == w
end

-- The longest entry of list matching toks from i; nil when none.
local function longest(list, toks, i, best)
  if not list then return best end
  for _, e in ipairs(list) do
    if i + e.n - 1 <= #toks and (not best or e.n > best.n) then
      local ok = true
      for k = 2, e.n do
        if not word_ok(e.words[k], toks[i + k - 1]) then
          ok = false
          break
        end
      end
      if ok then best = e end
    end
  end
  return best
end

-- The entry lists that may match from a word: its exact list, then the lists of the
-- prefixes it begins with (shortest first); false when none. Kept per word, as the words of
-- a corpus repeat: one lookup per token instead of one per prefix length. The table is
-- emptied when it grows past CACHE_MAX words, so memory stays bounded on any corpus.
local CACHE_MAX = 50000

local function candidates(self, w, lang)
  local exact, prefix = self.exact[lang] or self.exact.en, self.prefix[lang] or self.prefix.en
  local c, n = {}, 0
  if exact[w] then n = n + 1 c[n] = exact[w] end
  local len = #w
  for _, k in ipairs(self.plens[lang] or self.plens.en) do
    if k > len then break end
    local list = prefix[w:sub(1, k)]
    if list then n = n + 1 c[n] = list end
  end
  return n > 0 and c or false
end

local function cands_of(self, w, lang)
  local cache = self._cands[lang]
  if not cache then
    cache = {}
    self._cands[lang], self._ncands[lang] = cache, 0
  end
  local c = cache[w]
  if c == nil then
    local n = self._ncands[lang]
    if n >= CACHE_MAX then
      cache, n = {}, 0
      self._cands[lang] = cache
    end
    c = candidates(self, w, lang)
    cache[w], self._ncands[lang] = c, n + 1
  end
  return c
end

--- Matches at word i (of M.words, or M.tokens): the longest entry, or nil.
function Matcher:match_at(toks, i, lang)
  toks = as_words(toks)
  local c = cands_of(self, toks[i], lang)
  if not c then return nil end
  local best
  for k = 1, #c do best = longest(c[k], toks, i, best) end
  return best
end

--- Every match in words of M.words (or M.tokens), left to right, longest first, not
-- overlapping: {label, i, j (word indices), start, stop (bytes), phrase}.
-- (match_at inlined: most words start no phrase, and then cost one lookup in the cache)
function Matcher:find(toks, lang)
  toks = as_words(toks)
  local out, nout, i, n = {}, 0, 1, #toks
  local cache = self._cands[lang]
  if not cache then
    -- (the cache made by a first lookup: the empty word, which starts no phrase)
    cands_of(self, "", lang)
    cache = self._cands[lang]
  end
  while i <= n do
    local c = cache[toks[i]]
    if c == false then
      i = i + 1
    else
      if c == nil then
        c = cands_of(self, toks[i], lang)
        cache = self._cands[lang]
      end
      local e
      if c then
        for k = 1, #c do e = longest(c[k], toks, i, e) end
      end
      if e then
        local j = i + e.n - 1
        nout = nout + 1
        out[nout] = { label = e.label, i = i, j = j, start = toks.S[i], stop = toks.E[j],
                      phrase = e.phrase }
        i = j + 1
      else
        i = i + 1
      end
    end
  end
  return out
end

--- The entries of a language as one string, a phrase a line in the order they were added,
-- words separated by spaces and a prefix word ending in "*": what the C cue annotator
-- (csrc/cues.c) matches as this matcher does; line k is self.entries[lang][k].
function Matcher:spec(lang)
  local lines = {}
  for k, e in ipairs(self.entries[lang] or {}) do
    local ws = {}
    for i, w in ipairs(e.words) do ws[i] = type(w) == "table" and (w.prefix .. "*") or w end
    lines[k] = table.concat(ws, " ")
  end
  return table.concat(lines, "\n")
end

local build_quick

--- An LPeg pattern that finds, in lowercase text, the first word of some phrase (a cheap
-- test before cutting a sentence into words).
-- (built apart: LuaJIT compiles no function that makes a closure, and this one is hot)
function Matcher:quick(lang)
  local q = self._quick and self._quick[lang]
  if q then return q end
  return build_quick(self, lang)
end

build_quick = function(self, lang)
  self._quick = self._quick or {}
  -- for each phrase (but those that only hide a look-alike), its longest word: a phrase
  -- cannot match where that word is absent
  local set, keys = {}, {}
  for _, tbl in ipairs({ self.exact[lang], self.prefix[lang] }) do
    for _, list in pairs(tbl) do
      for _, e in ipairs(list) do
        if e.label ~= "none" then
          local best
          for _, w in ipairs(e.words) do
            local t = type(w) == "table" and w.prefix or w
            if not best or #t > #best then best = t end
          end
          if not set[best] then set[best] = true keys[#keys + 1] = best end
        end
      end
    end
  end
  table.sort(keys, function(a, b) return #a > #b or (#a == #b and a < b) end)
  -- alternatives grouped by their first byte, so that a position is tested against few
  local by = {}
  local firsts = {}
  for _, k in ipairs(keys) do
    local c = k:sub(1, 1)
    if not by[c] then by[c] = P(false) firsts[#firsts + 1] = c end
    by[c] = by[c] + P(k:sub(2))
  end
  local alt = P(false)
  for _, c in ipairs(firsts) do alt = alt + P(c) * by[c] end
  -- at the start of each word (a word inside a longer one is also found: over-approximation)
  local pat = (-alt * (letter ^ 1 + (P(1) - letter))) ^ 0 * alt
  self._quick[lang] = pat
  return pat
end

local FILES = { "triggers", "claims", "targets", "actors", "participants", "exonyms" }
M.FILES = FILES

local function read_tsv(path, matcher, pairs_out)
  local fh, err = io.open(path, "rb")
  if not fh then return nil, err end
  local n = 0
  for line in fh:lines() do
    n = n + 1
    line = line:gsub("\r$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local lang, phrase, label = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
      if not lang then
        fh:close()
        return nil, ("%s:%d: expected lang<TAB>phrase<TAB>label"):format(path, n)
      end
      if pairs_out then
        pairs_out[#pairs_out + 1] = { lang = lang, phrase = phrase, label = label }
      else
        local ok, aerr = matcher:add(lang, phrase, label, n)
        if not ok then
          fh:close()
          return nil, path .. ": " .. aerr
        end
      end
    end
  end
  fh:close()
  return true
end

local cache = {}

--- Country names of data/countries.tsv (English and French), folded, -> one English name
-- per ISO code (the shortest without a dot, "United States" rather than "U.S."). An empty
-- table when the file is missing: places then keep the names the text gives.
function M.countries(path)
  local fh = io.open(path, "rb")
  if not fh then return {} end
  local by_iso, names = {}, {}
  for line in fh:lines() do
    local name, iso, lang = line:match("^([^#\t][^\t]*)\t(%u%u)\t(%a+)")
    if name then
      names[#names + 1] = { name, iso }
      if lang == "en" and not name:find("%.") and #name >= 4 then
        local cur = by_iso[iso]
        if not cur or #name < #cur or (#name == #cur and name < cur) then by_iso[iso] = name end
      end
    end
  end
  fh:close()
  local map, iso = {}, {}
  for _, n in ipairs(names) do
    local canon = by_iso[n[2]]
    if canon then map[M.fold(n[1])] = canon end
    iso[M.fold(n[1])] = n[2]
  end
  return map, iso
end

--- The country (ISO code) of each place name of a places.tsv file, folded; a name several
-- places share goes to the most populous (as the gazetteer's canonical choice). The names
-- are folded all at once (M.fold_lines), not one by one. An empty table when the file
-- cannot be read.
function M.place_countries_of(path)
  local map, pop = {}, {}
  local fh = io.open(path, "rb")
  if not fh then return map end
  local text = fh:read("a") or ""
  fh:close()
  local names, ccs, ns, n = {}, {}, {}, 0
  for name, cc, num in ("\n" .. text):gmatch("\n([^#\t\n][^\t\n]*)\t[^\t\n]+\t(%u%u)\t(%d+)") do
    n = n + 1
    names[n], ccs[n], ns[n] = name, cc, num
  end
  local k = 0
  for key in (M.fold_lines(table.concat(names, "\n")) .. "\n"):gmatch("([^\n]*)\n") do
    k = k + 1
    local num = tonumber(ns[k])
    local p = pop[key]
    if not p or num > p then map[key], pop[key] = ccs[k], num end
  end
  return map
end

local function file_size(path)
  local fh = io.open(path, "rb")
  if not fh then return nil end
  local size = fh:seek("end")
  fh:close()
  return size
end

M.PLACE_COUNTRIES_HEAD = "# place_countries.tsv: folded place name<TAB>country, from places.tsv (%d bytes)"
  .. " by tools/gen_place_countries.lua; do not edit"

--- The text of data/place_countries.tsv for the places.tsv at path (make model writes it).
function M.place_countries_file(path)
  local map = M.place_countries_of(path)
  local keys = {}
  for k in pairs(map) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = { M.PLACE_COUNTRIES_HEAD:format(file_size(path) or 0) }
  for i, k in ipairs(keys) do out[i + 1] = k .. "\t" .. map[k] end
  return table.concat(out, "\n") .. "\n"
end

-- Whether string a sorts before b byte by byte (not strcoll: Neovim sets a locale).
local function bytes_less(a, b)
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = a:byte(i), b:byte(i)
    if x ~= y then return x < y end
  end
  return #a < #b
end

-- The country of key in data, the lines "key<TAB>CC\n" of place_countries.tsv sorted byte
-- by byte: a binary search over byte offsets (each step reads the first line that starts
-- in the middle of the range), nil when absent.
local function search_sorted(data, key)
  local lo, hi = 1, #data + 1 -- line starts; the line sought starts in [lo, hi)
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    local p = lo
    if mid > lo then
      local nl = data:find("\n", mid - 1, true)
      if nl and nl + 1 < hi then p = nl + 1 end
    end
    local tab = data:find("\t", p, true)
    if not tab then return nil end
    local k = data:sub(p, tab - 1)
    if k == key then return data:sub(tab + 1, tab + 2) end
    if bytes_less(k, key) then
      local nl = data:find("\n", tab, true)
      if not nl then return nil end
      lo = nl + 1
    else
      hi = p
    end
  end
  return nil
end

-- A table that looks each name up in the sorted text on first use and keeps the answer
-- (what a run meets is a few hundred names of the 100,000).
local function sorted_lookup(data)
  local missing = {}
  return setmetatable({}, { __index = function(t, key)
    if type(key) ~= "string" or missing[key] then return nil end
    local cc = search_sorted(data, key)
    if cc then rawset(t, key, cc) else missing[key] = true end
    return cc
  end })
end

--- The country (ISO code) of each place name of data/places.tsv, folded (see
-- M.place_countries_of): a table indexed by folded name. Read once, on first use: only a
-- merge that meets an event placed in a country alone needs it. From
-- data/place_countries.tsv (sorted, already folded) while its head names the size of
-- places.tsv: the file is read as one string and each name found by binary search
-- (0.001 s, where filling a table of its 100,000 names took 0.05 s); else from places.tsv
-- (0.2 s).
function M.place_countries(lex)
  if lex._place_cc then return lex._place_cc end
  local places = (lex._dir or ".") .. "/../places.tsv"
  local map
  local fh = lex._dir and io.open(lex._dir .. "/../place_countries.tsv", "rb")
  if fh then
    local head = fh:read("l") or ""
    if head == M.PLACE_COUNTRIES_HEAD:format(file_size(places) or -1) then
      map = sorted_lookup(fh:read("a") or "")
    end
    fh:close()
  end
  if not map then map = lex._dir and M.place_countries_of(places) or {} end
  lex._place_cc = map
  return map
end

--- Loads the lists of a directory (once per directory).
-- @return a table {triggers=, claims=, targets=, actors=, participants= (matchers),
--   exonyms = {folded name -> canonical}, exonym_firsts = {folded first word -> true}},
--   or nil and a message
function M.load(dir)
  if type(dir) ~= "string" then error("lexicon.load: directory expected", 2) end
  if cache[dir] then return cache[dir] end
  local lex = {}
  for _, name in ipairs(FILES) do
    if name == "exonyms" then
      local list = {}
      local ok, err = read_tsv(dir .. "/exonyms.tsv", nil, list)
      if not ok then return nil, err end
      local map, firsts = {}, {}
      for _, e in ipairs(list) do
        local k = M.fold(e.phrase)
        map[k] = e.label
        -- a name folds to a key only when its first word folds to the key's first word
        -- (unless a key holds a character the words do not split on: then no test)
        if firsts and k:find("\194") then firsts = nil end
        if firsts then firsts[k:match("^[^ ]*")] = true end
      end
      lex.exonyms, lex.exonym_firsts = map, firsts
    else
      local m = new_matcher()
      local ok, err = read_tsv(dir .. "/" .. name .. ".tsv", m)
      if not ok then return nil, err end
      lex[name] = m
    end
  end
  lex.countries, lex.country_iso = M.countries(dir .. "/../countries.tsv")
  lex._dir = dir
  cache[dir] = lex
  return lex
end

-- Accents that fold to ASCII letters in place names (Évry = Evry, Rhône = Rhone).
local FOLD = {
  ["à"] = "a", ["â"] = "a", ["ä"] = "a", ["á"] = "a", ["ç"] = "c", ["é"] = "e", ["è"] = "e",
  ["ê"] = "e", ["ë"] = "e", ["î"] = "i", ["ï"] = "i", ["í"] = "i", ["ô"] = "o", ["ö"] = "o",
  ["ó"] = "o", ["ù"] = "u", ["û"] = "u", ["ü"] = "u", ["ú"] = "u", ["ÿ"] = "y", ["ñ"] = "n",
  ["œ"] = "oe", ["æ"] = "ae",
}

local function fold(s)
  s = lower(s):gsub("[\195\197][\128-\191]", FOLD)
  s = s:gsub("\226\128[\128-\191]", " "):gsub("[^%w\128-\255]+", " ")
  return (s:gsub("^ +", ""):gsub(" +$", ""))
end

-- Folded names, kept: the events layer folds the same few names again and again (places,
-- organizers, exonym candidates). Emptied past FOLD_MAX names (memory stays bounded).
local FOLD_MAX = 50000
local folded, nfolded = {}, 0

--- A name folded for comparison: lowercase, accents off, punctuation as single spaces.
function M.fold(s)
  local f = folded[s]
  if f then return f end
  f = fold(s)
  if nfolded >= FOLD_MAX then folded, nfolded = {}, 0 end
  folded[s], nfolded = f, nfolded + 1
  return f
end

--- Names one per line (no newline inside a name), each folded as M.fold does, in one pass
-- over the whole text.
function M.fold_lines(s)
  s = lower(s):gsub("[\195\197][\128-\191]", FOLD)
  s = s:gsub("\226\128[\128-\191]", " "):gsub("[^%w\128-\255\n]+", " ")
  return (s:gsub(" *\n *", "\n"):gsub("^ +", ""):gsub(" +$", ""))
end

return M
