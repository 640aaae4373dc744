--- protestcorpus.events.detect: the protest events of one document.
--
--     local atoms = detect.document(doc, lex)
--
-- doc is a plain table with 0-based end-exclusive spans, as a JSONL record:
--   {id, lang, date, text, sentences = {{start=, ["end"]=, kind=}...},
--    entities = {{start=, ["end"]=, type=, text=, value=, low=, high=, unit=, canonical=, kind=}...}}
--   (an entity may carry a Lua span instead, 1-based start and stop, as doc:annotations() gives)
--   and optionally cues = the C core's words and phrase matches of each sentence (made by
--   the adapter, cli/events.lua; read instead of cutting and matching the text in Lua, with
--   the same result: see "Cues from the C core" below)
-- lex is protestcorpus.events.lexicon.load(dir). The result is a list of per-document
-- events ("atoms", see events/merge.lua for their fields), in document order.
--
-- How: every sentence is cut into words; trigger phrases (data/events/triggers.tsv) that do
-- not fall inside a name or a date are mentions; triggers of one form group in one sentence
-- are one mention, and the sentence's entities go to the mention they follow. A mention
-- takes the date its sentence gives (the nearest DATE of day or month precision), else the
-- date of the last dated mention; mentions join an event of the same date that shares a
-- place or a form group, else they start one. Titles and captions only add to events the
-- body found. A mention with no date to inherit, or only threatened ("could strike"), makes
-- no event. Fields come from the sentences of an event (claims also from the sentences that
-- tell no event, for the document's first event). What it does not do: coreference beyond
-- "the union"/"le syndicat"; times of day; events whose only date is a year.
-- Pure Lua within the syntax LuaJIT accepts; no C module.
local dates = require "protestcorpus.events.dates"
local lexicon = require "protestcorpus.events.lexicon"
local lpeg = require "lpeg"

-- M.trace: nil, or a function(stage, d) that tools/event_trace.lua sets to print the
-- events of a document as they are built (stage "built", then "folded").
local M = {}
local byte = string.byte

-- Forms that describe one gathering in the street; a mention of one joins an event of another.
local GROUP = {
  demonstration = "street", march = "street", rally = "street", vigil = "street",
  strike = "strike", hunger_strike = "hunger_strike", sit_in = "sit_in", blockade = "blockade",
  convoy = "convoy", occupation = "occupation", boycott = "boycott", booing = "booing",
  other = "other",
}

local LOCALITY = { city = true, town = true, district = true, department = true, village = true,
                   region = true }
local AREA = { country = true, continent = true }
local SITE = { square = true, street = true, site = true, building = true, monument = true,
               avenue = true, bridge = true, port = true, station = true }
local NOT_ORGANIZER = { agency = true, media = true, ministry = true, government = true,
                        court = true, newspaper = true }

-- Words that make a sentence look forward (announced actions).
local FUTURE = {
  en = { "will", "planned", "plans", "plan", "scheduled", "expected", "to be held", "upcoming",
         "next", "is set to", "are set to", "call for", "calls for", "called for", "urged",
         "announced", "intend", "intends", "tomorrow", "going to" },
  fr = { "prévu", "prévue", "prévus", "prévues", "appelle", "appellent", "appelé à", "organise",
         "organisent", "annoncé", "annoncés", "annoncées", "annoncée", "aura", "auront", "va",
         "vont", "sera", "seront", "demain", "prochain", "prochaine", "rendez vous", "entend",
         "compte", "projette", "prévoit", "prévoient" },
}
-- Words of an action only threatened or conditional: no event without a date of its own.
local WEAK = {
  en = { "could", "might", "may", "would", "threaten", "threatened", "threatens", "threatening",
         "warned", "warn", "warns", "if", "unless", "considering", "vote on", "not allowed",
         "ban", "banned", "right to" },
  fr = { "pourrait", "pourraient", "menace", "menacent", "menacé", "menaçant", "si",
         "envisage", "envisagent", "interdit", "interdits", "interdite", "droit de",
         "votent sur", "voter sur", "vote sur", "voteront sur" },
}
-- Ongoing actions.
local ONGOING = {
  en = { "continue", "continues", "continued", "continuing", "entered its", "entering its",
         "day of the strike", "ongoing", "still on strike", "since", "indefinite", "rolling" },
  fr = { "se poursuit", "poursuivent", "continue", "continuent", "reconductible", "depuis",
         "illimitée", "jour de grève", "toujours en grève" },
}
-- Words that introduce who called or led an action.
local ORGANIZE = {
  en = { "organized", "organised", "organizing", "organising", "organizes", "organises",
         "organize", "organise", "organizer", "organiser", "called by", "call by", "called for",
         "calls for", "called on", "calls on", "appeal", "launched", "led by", "at the call of",
         "at the initiative of", "conducting", "staged by", "convened", "co organized", "co organised",
         "called", "calls", "call", "announced", "announces", "has called", "have called",
         "organisers", "organizers", "co organizer", "co organiser",
         -- "the unions plan to hold a rally", "the climate group Extinction Rebellion"
         "hold", "held", "holding", "stage", "staged", "staging", { "group", "after" },
         { "collective", "after" }, { "movement", "after" }, { "activists from", "after" } },
  fr = { "organise", "organisent", "organisé", "organisée", "organisés", "organisées",
         "organisateur", "organisateurs", "organisatrice", "organisatrices", "coorganisatrice",
         "coorganisateur", "coorganisateurs", "à l appel", "appel de", "appelle", "appellent",
         "a annoncé", "ont annoncé", "annonce", "annoncent", "appelaient", "appelait",
         "organisaient", "organisait", "coorganisait", "coorganisaient",
         "appelé", "appelés", "lancé", "lancée", "lancés", "lancées",
         "convoque", "convoqué", "à l initiative", "mené", "menée", "menés", "menées",
         "conduit", "soutenu par", { "collectif", "after" }, { "mouvement", "after" },
         { "militants de", "after" }, { "militants du", "after" } },
}
local ANAPHOR = {
  en = { "the union", "the unions", "the group", "the collective", "the association",
         "the organisation", "the organization", "the coalition", "the movement", "organizers",
         "organisers", "its", "their union" },
  fr = { "le syndicat", "les syndicats", "le collectif", "l association", "l organisation",
         "la coalition", "le mouvement", "la confédération", "la fédération", "l intersyndicale",
         "les organisateurs", "leur syndicat" },
}
-- Who gave a figure.
local SOURCES = {
  en = {
    { "organizers", "organizers" }, { "organisers", "organizers" }, { "organizer", "organizers" },
    { "organiser", "organizers" }, { "the union", "organizers" }, { "the unions", "organizers" },
    { "union said", "organizers" }, { "unions said", "organizers" }, { "police", "police" },
    { "authorities", "police" }, { "prefecture", "police" }, { "interior ministry", "police" },
    { "ministry", "police" }, { "officials", "police" }, { "counting firm", "other" },
    { "occurrence", "other" }, { "media collective", "other" }, { "firm", "other" },
    { "reporter", "journalist" }, { "journalist", "journalist" }, { "correspondent", "journalist" },
    { "government", "police" }, { "city hall", "police" }, { "the city", "police" },
    { "management", "other" }, { "the company", "other" }, { "port authority", "other" },
    { "employer", "other" }, { "employers", "other" }, { "hospital", "other" }, { "the operator", "other" },
  },
  fr = {
    { "organisateurs", "organizers" }, { "syndicat", "organizers" }, { "syndicats", "organizers" },
    { "intersyndicale", "organizers" }, { "police", "police" }, { "préfecture", "police" },
    { "ministère", "police" }, { "autorités", "police" }, { "occurrence", "other" },
    { "journaliste", "journalist" }, { "reporter", "journalist" }, { "cabinet", "other" },
    { "gouvernement", "police" }, { "garde", "police" }, { "gendarmerie", "police" },
    { "mairie", "police" }, { "organisation", "organizers" }, { "coordination", "organizers" },
    { "collectif de médias", "other" }, { "direction", "other" },
    { "l entreprise", "other" }, { "la direction", "other" }, { "employeur", "other" },
  },
}
-- The source an ORG named as a figure's source stands for, by its kind; an ORG the
-- gazetteer does not know is most often a union's acronym (CGT, FSU, BTB).
local SOURCE_OF_KIND = { union = "organizers", association = "organizers", party = "organizers",
  none = "organizers", ministry = "police", institution = "police", police = "police",
  government = "police" }
local SOURCE_CUES = {
  en = { "said", "says", "according", "estimated", "counted", "put", "claimed", "reported", "per",
         "claiming", "estimate", "estimates", "gave" },
  fr = { "selon", "d après", "a compté", "ont compté", "revendique", "revendiquent", "affirme",
         "estime", "chiffre", "recensé", "dénombré", "évoqué", "comptabilisé", "a évoqué",
         "revendiquant", "compté", "comptait", "avance", "avancent", "annonce", "revendiqué" },
}
local DEFINITE = { the = true, this = true, these = true, those = true, its = true,
  their = true, le = true, la = true, les = true, l = true, ce = true, cette = true, ces = true,
  leur = true, leurs = true, sa = true, son = true, ses = true }
local START = { began = true, begin = true, begins = true, started = true, starts = true,
  start = true, ["commencé"] = true, ["débuté"] = true, commence = true, ["débute"] = true,
  from = true, starting = true, beginning = true, ["lancée"] = true, ["lancé"] = true,
  ["entamé"] = true, ["entamée"] = true,
  ["démarré"] = true, launched = true, since = true, depuis = true, ["début"] = true }
local CHAIN = { avec = true, with = true, ["and"] = true, et = true }
local JOINT = { strike = true, street = true }
local REFERENCE = { ending = true, ended = true, ["end"] = true, after = true, following = true,
  since = true, suite = true, ["après"] = true, lendemain = true, fin = true }
local WINDOW = 40
local NEGATION = { ["not"] = true, ["no"] = true, ["never"] = true, ["pas"] = true,
                   ["jamais"] = true, ["t"] = true }

-- Every compiled list, for one index of their first words (ANY_ONE, ANY_TWO, filled at the end of
-- this file): a sentence's words are walked once for all of them.
local COMPILED = {}

-- Phrase lists as word sequences, per language, for the small lists above.
local function compile(lists)
  local out = {}
  for lang, list in pairs(lists) do
    local c = { lang = lang }
    COMPILED[#COMPILED + 1] = c
    for i, item in ipairs(list) do
      local phrase, label = item, true
      if type(item) == "table" then phrase, label = item[1], item[2] end
      local ws = {}
      for _, w in ipairs(lexicon.words(phrase)) do ws[#ws + 1] = w end
      c[i] = { words = ws, label = label }
    end
    c.by_first = {}
    for _, p in ipairs(c) do
      local f = p.words[1]
      c.by_first[f] = c.by_first[f] or {}
      table.insert(c.by_first[f], p)
    end
    out[lang] = c
  end
  return out
end
local C_FUTURE, C_WEAK, C_ONGOING = compile(FUTURE), compile(WEAK), compile(ONGOING)
local C_ORGANIZE, C_ANAPHOR = compile(ORGANIZE), compile(ANAPHOR)
local C_SOURCES, C_SOURCE_CUES = compile(SOURCES), compile(SOURCE_CUES)
local QUICK_CUE = {}
do
  for lang, list in pairs(SOURCE_CUES) do
    local alt = lpeg.P(false)
    for _, phrase in ipairs(list) do alt = alt + lpeg.P(phrase:match("^(%S+)")) end
    QUICK_CUE[lang] = lpeg.P { alt + 1 * lpeg.V(1) }
  end
end
local C_DATE_FUTURE = compile({
  en = { "will", "ll", "would", "is set to", "are set to", "is scheduled", "are scheduled",
         "scheduled for", "planned for", "is planned", "are planned", "next",
         "tomorrow", "upcoming", "to be held", "is due to", "are due to", "runs until",
         "run until", "will run", "lasts until",
         "intend to", "going to", "have called a", "has called a", "they expect", "expect" },
  fr = { "prévu", "prévue", "prévus", "prévues", "aura", "auront", "sera", "seront", "va", "vont",
         "prochain", "prochaine", "demain", "doit", "doivent", "appelés à", "appelées à",
         "appellent à", "appelle à", "devrait", "devraient", "rendez vous" },
})
-- Words that compare with an earlier action ("a similar strike in June 2024").
local C_SIMILAR = compile({
  en = { "similar", "previous", "last time", "like the one" },
  fr = { "semblable", "similaire", "comparable", "précédente", "précédent", "comme celle", "comme celui" },
})
-- Words of an action still to be decided.
local C_DECIDE = compile({
  en = { "whether", "decide on", "decide if" },
  fr = { "décider s", "décidera s", "s il faut", "décider d une", "décider de la" },
})
-- "Large crowds also turned out in Hamburg": more of the action told just before.
local C_ALSO = compile({
  en = { "also", "as well" },
  fr = { "aussi", "également", "de même" },
})
-- An action elsewhere in support of the one told ("Dutch farmers blocked a motorway near
-- Utrecht in solidarity"): an event of its own.
local C_SOLIDARITY = compile({
  en = { "in solidarity", "solidarity action" },
  fr = { "en signe de solidarité", "par solidarité", "en solidarité" },
})
-- Another movement the action is compared with ("fait écho à celui des infirmiers
-- portugais", "echoes the strikes in London").
local C_ECHO = compile({
  en = { "echoes", "echoed", "echoing", "in the wake of" },
  fr = { "fait écho", "font écho", "faisant écho", "dans le sillage", "à l image de" },
})
-- A day named by reference to the one written before.
local C_SAME_DAY = compile({
  en = { "that evening", "that day", "that night", "that afternoon", "that morning", "the same day",
         "the same afternoon", "the same evening" },
  fr = { "le même jour", "ce jour là", "le soir même", "le même soir", "ce soir là", "l après midi même" },
})

-- Whether phrase p of a compiled list matches the tokens from i, ending at or before i1.
local function phrase_at(p, toks, i, i1)
  local words = p.words
  if i + #words - 1 > i1 then return false end
  for k = 2, #words do
    if toks[i + k - 1] ~= words[k] then return false end
  end
  return true
end

-- Positions (token indices) where a compiled phrase list matches, with its label.
local cue_all
local function find_all(list, toks, i0, i1)
  if toks.cue_hits and not i0 and not i1 then return cue_all(list, toks) end
  local hits = {}
  i0, i1 = i0 or 1, i1 or #toks
  local by = list.by_first
  for i = i0, i1 do
    local ps = by[toks[i]]
    if ps then
      for _, p in ipairs(ps) do
        if phrase_at(p, toks, i, i1) then hits[#hits + 1] = { i = i, j = i + #p.words - 1, label = p.label } end
      end
    end
  end
  return hits
end

-- The phrases of every compiled list by their first word: ANY_ONE[word] = the lists of a
-- phrase of that one word; ANY_TWO[word][second word] = {{p = phrase, list = compiled
-- list}...} (a phrase of several words is tried only where its first two words are).
local ANY_ONE, ANY_TWO = {}, {}

-- Whether a compiled phrase list matches anywhere in a sentence's words (find_all without
-- the list). The first question walks the words once for every list (ANY_ONE, ANY_TWO), keeps
-- the lists found with the words (toks.any): the rules ask a sentence about many lists.
local cue_found
local function any(list, toks)
  local found = toks.any
  if not found and toks.cue_hits then
    found = cue_found(toks)
  elseif not found then
    found = {}
    local n = #toks
    for i = 1, n do
      local w = toks[i]
      local one = ANY_ONE[w]
      if one then
        for k = 1, #one do found[one[k]] = true end
      end
      local by = ANY_TWO[w]
      if by and i < n then
        local ps = by[toks[i + 1]]
        if ps then
          for k = 1, #ps do
            local x = ps[k]
            if not found[x.list] and phrase_at(x.p, toks, i, n) then found[x.list] = true end
          end
        end
      end
    end
    toks.any = found
  end
  return found[list] == true
end

---------------------------------------------------------------------------------------
-- Cues from the C core (csrc/cues.c through the adapter, cli/events.lua): a document may
-- carry, for each of its sentences, the words lexicon.tokens would cut and the matches of
-- every list of M.cue_layout (doc.cues); detection then reads them instead of cutting and
-- matching text in Lua. The same events either way (spec/events_cues_spec.lua).

--- The phrase lists the C cue annotator matches for lexicon lex (kept in lex): specs =
-- {{spec, mode}...} for core.cues; scan[lang] = the list numbers a document of that
-- language asks for; num[matcher][lang] and num[compiled list] = a list's number;
-- entries[number] = its entries (line k of its spec is entries[k]). Made again when a
-- phrase was added to a matcher since (cues made before then no longer count).
local CUE_MATCHERS = { "triggers", "claims", "targets", "actors" }
local function phrases_of(lex)
  local n = 0
  for _, name in ipairs(CUE_MATCHERS) do n = n + lex[name].n end
  return n
end
function M.cue_layout(lex)
  local layout = lex._cue_layout
  if layout and layout.phrases == phrases_of(lex) then return layout end
  layout = { specs = {}, scan = { en = {}, fr = {} }, num = {}, entries = {}, ref = {},
             phrases = phrases_of(lex) }
  local function add(ref, lang, entries, spec, mode)
    local n = #layout.specs + 1
    layout.specs[n] = { spec, mode }
    layout.entries[n], layout.ref[n] = entries, ref
    local scan = layout.scan[lang]
    scan[#scan + 1] = n
    return n
  end
  for _, lang in ipairs({ "en", "fr" }) do
    for _, name in ipairs(CUE_MATCHERS) do
      local m = lex[name]
      layout.num[m] = layout.num[m] or {}
      layout.num[m][lang] = add(m, lang, m.entries[lang], m:spec(lang), "longest")
    end
  end
  for _, c in ipairs(COMPILED) do
    local lines = {}
    for k, p in ipairs(c) do lines[k] = table.concat(p.words, " ") end
    layout.num[c] = add(c, c.lang, c, table.concat(lines, "\n"), "all")
  end
  lex._cue_layout = layout
  return layout
end

-- The flat hits of a sentence's cues: list, entry, i, j, list, entry, ...
-- Matches of compiled list `list` as find_all gives them.
cue_all = function(list, toks)
  local flat, n, out = toks.cue_hits, toks.cue_layout.num[list], {}
  for k = 1, #flat, 4 do
    if flat[k] == n then out[#out + 1] = { i = flat[k + 2], j = flat[k + 3], label = list[flat[k + 1]].label } end
  end
  return out
end

-- The compiled lists that match somewhere in a sentence (any's table).
cue_found = function(toks)
  local flat, ref, found = toks.cue_hits, toks.cue_layout.ref, {}
  for k = 1, #flat, 4 do found[ref[flat[k]]] = true end
  toks.any = found
  return found
end

-- The matches of a lexicon's matcher (Matcher:find's), from the cues when the words have them.
local function find_hits(matcher, toks, lang)
  local flat = toks.cue_hits
  if not flat then return matcher:find(toks, lang) end
  local layout = toks.cue_layout
  local n = layout.num[matcher][lang]
  local entries, out = layout.entries[n], {}
  for k = 1, #flat, 4 do
    if flat[k] == n then
      local e, i, j = entries[flat[k + 1]], flat[k + 2], flat[k + 3]
      out[#out + 1] = { label = e.label, i = i, j = j, start = toks.S[i], stop = toks.E[j],
                        phrase = e.phrase }
    end
  end
  return out
end

-- The matches of a lexicon's matcher over a sentence's words, kept with the words
-- (toks.hits): the claims, targets and actors of a sentence are asked for again by each
-- event it tells and by the document's counts. The caller only reads them.
local function hits_of(matcher, toks, lang)
  local memo = toks.hits
  if not memo then
    memo = {}
    toks.hits = memo
  end
  local got = memo[matcher]
  if not got then
    got = find_hits(matcher, toks, lang)
    memo[matcher] = got
  end
  return got
end

-- The index of the first token at or after byte position pos (toks sorted).
local function tok_at(toks, pos)
  local lo, hi = 1, #toks
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if toks.E[mid] < pos then lo = mid + 1 else hi = mid end
  end
  return lo
end

---------------------------------------------------------------------------------------
-- Document preparation.

-- (a function of the module, not a closure made per call: LuaJIT compiles no code that
-- makes one)
local function by_start(a, b) return a.start < b.start end

local function prepare(doc, lex)
  local lang = (doc.lang == "fr") and "fr" or "en"
  local text = type(doc.text) == "string" and doc.text or ""
  local sents = {}
  local in_sents = type(doc.sentences) == "table" and doc.sentences or {}
  -- the C core's cues, when they were made for this lexicon, language and these sentences
  local cues = doc.cues
  if not (type(cues) == "table" and cues.lang == lang and cues.n == #in_sents
    and cues.layout == M.cue_layout(lex)) then
    cues = nil
  end
  for k, s in ipairs(in_sents) do
    if type(s) == "table" and type(s.start) == "number" and type(s["end"]) == "number"
      and s.start >= 0 and s["end"] > s.start and s["end"] <= #text then
      local kind = s.kind or "paragraph"
      if kind ~= "credit" and kind ~= "boilerplate" then
        sents[#sents + 1] = { start = s.start + 1, stop = s["end"], kind = kind, ents = {},
                              cue = cues and cues[k] or nil }
      end
    end
  end
  -- (sentences come in order: sorted again only when they do not)
  local in_order = true
  for i = 2, #sents do
    if sents[i].start <= sents[i - 1].start then in_order = false break end
  end
  if not in_order then table.sort(sents, by_start) end
  for i, s in ipairs(sents) do s.index = i end
  -- a headline the segmenter took for a paragraph: the first line, short, with no final stop
  local has_title = false
  for _, s in ipairs(sents) do if s.kind == "title" then has_title = true end end
  local first = sents[1]
  if not has_title and first and sents[2] and first.kind == "paragraph" and first.stop - first.start < 200 then
    local last = text:sub(first.start, first.stop):gsub("%s+$", ""):sub(-1)
    if not last:match("[%.!?:;]") and not text:sub(first.start, first.stop):find("%.%s") then
      first.kind = "title"
    end
  end
  local ents = {}
  local dl = type(doc.dateline) == "table" and doc.dateline
  if dl and not (type(dl.start) == "number" and type(dl["end"]) == "number") then dl = nil end
  for _, e in ipairs(type(doc.entities) == "table" and doc.entities or {}) do
    -- JSON spans (0-based start, end) or Lua spans (1-based start, stop: the C module's)
    local json = type(e) == "table" and type(e["end"]) == "number"
    if type(e) == "table" and type(e.start) == "number" and (json or type(e.stop) == "number")
      and type(e.type) == "string" then
      -- Detection writes to DATE entities (their values), to the names the exonym table
      -- makes places and to those of the dateline: those are copied (the fields it reads),
      -- as are JSON spans; the others are read where they are, never written.
      local c = e
      local t = e.type
      if json or t == "DATE" or type(e.text) ~= "string"
        or (dl and e.start > dl.start and e.stop <= dl["end"])
        or ((t == "ORG" or t == "PERSON") and lex.exonyms[lexicon.fold(e.text)]) then
        c = { type = t, start = e.start, stop = e.stop, text = e.text, value = e.value,
          low = e.low, high = e.high, unit = e.unit, approx = e.approx, canonical = e.canonical,
          kind = e.kind, dateline = e.dateline, _tried = e._tried }
        if json then c.start, c.stop = e.start + 1, e["end"] end
        if type(c.text) ~= "string" then c.text = text:sub(c.start, c.stop) end
      end
      ents[#ents + 1] = c
    end
  end
  -- (entities come sorted from the core: sorted again only when they are not)
  local sorted = true
  for i = 2, #ents do
    if ents[i].start <= ents[i - 1].start then sorted = false break end
  end
  if not sorted then table.sort(ents, by_start) end
  -- a city the exonym table knows ("Anvers", "Londres") is a place even when the core read
  -- it as an organization
  for _, e in ipairs(ents) do
    if (e.type == "ORG" or e.type == "PERSON") and lex.exonyms[lexicon.fold(e.text)] then
      e.type, e.kind, e.canonical = "PLACE", "city", e.text
    end
  end
  -- names inside the dateline ("PARIS (Reuters) -") say where the story was filed
  if dl then
    for _, e in ipairs(ents) do
      if e.start > dl.start and e.stop <= dl["end"] then e.dateline = true end
    end
  end
  -- entities to sentences: both sorted, one pass
  local si = 1
  for _, e in ipairs(ents) do
    while sents[si] and sents[si].stop < e.start do si = si + 1 end
    local s = sents[si]
    if s and e.start >= s.start and e.stop <= s.stop then s.ents[#s.ents + 1] = e end
  end
  return { lang = lang, text = text, sents = sents, ents = ents, id = doc.id, lex = lex,
           cued = cues ~= nil, layout = cues and lex._cue_layout }
end

-- The document date: the record's, else the latest full date written in the text (a
-- caption's "October 19, 2016"), else the latest weekday-and-day date resolved in the text.
local function document_dates(d, given)
  local anchor, inferred = dates.day_of(given), false
  local max_day, max_year
  for _, e in ipairs(d.ents) do
    if e.type == "DATE" and type(e.value) == "string" then
      local n = dates.day_of(e.value)
      if n and (not max_day or n > max_day) then max_day = n end
      local y = tonumber(e.value:match("^(%d%d%d%d)"))
      if y and (not max_year or y > max_year) then max_year = y end
    end
  end
  if not anchor and max_day then anchor, inferred = max_day, true end
  local hint = anchor and (dates.civil(anchor)) or max_year
  -- resolve what the core left without a value (it had no document date)
  local latest
  for _, e in ipairs(d.ents) do
    if e.type == "DATE" and e.value == nil and hint then
      local t = dates.lower(e.text)
      local has_wd = false
      for w in t:gmatch("[%a\128-\255]+") do if dates.WEEKDAYS[w] then has_wd = true end end
      if has_wd and t:find("%d") then
        e.value = dates.resolve(e.text, anchor, hint, false)
        local n = dates.day_of(e.value)
        if n and (not latest or n > latest) then latest = n end
      end
    end
  end
  if not anchor and latest then
    anchor, inferred = latest, true
    hint = (dates.civil(anchor))
  end
  d.anchor, d.inferred, d.hint = anchor, inferred, hint
  d.given = not inferred and anchor ~= nil
end

-- A weekday alone ("Saturday", "samedi", "ce jeudi") is read with the tense of its
-- sentence: the last such day before the document date, or the next one when the sentence
-- looks forward.
local function bare_weekday(text)
  local t = dates.lower(text)
  local wd
  for w in t:gmatch("[%a\128-\255]+") do
    if dates.WEEKDAYS[w] then
      if wd then return false end
      wd = w
    elseif not (w == "on" or w == "this" or w == "ce" or w == "le") then
      return false
    end
  end
  return wd ~= nil and not t:find("%d")
end

local function resolve_value(d, e, future)
  if e._tried then return e.value end
  -- a day and month with no year: the year that puts it nearest the document date
  if d.anchor and not e.text:find("%d%d%d%d") then
    local near = dates.nearest(e.text, d.anchor, future)
    if not near and e.text:find("%d") and not bare_weekday(e.text) then
      -- "mardi 7 avril": the year nearest the document's in which that day is a Tuesday
      near = dates.resolve(e.text, nil, (dates.civil(d.anchor)))
    end
    if near then
      e._tried, e.value = true, near
      return near
    end
  end
  if e.value ~= nil and d.anchor and bare_weekday(e.text) then
    e._tried = true
    -- "a strike starting on Tuesday", "dès mardi", "à partir de lundi": the coming one
    local before = d.low and d.low:sub(math.max(1, e.start - 16), e.start - 1) or ""
    -- ("strikes ... for Friday", "une grève pour vendredi": the day set for it)
    if before:find("starting") or before:find("from ") or before:find("beginning")
      or before:find("dès ") or before:find("partir d") or before:find("for $")
      or before:find("pour $") then
      future = true
    end
    e.value = dates.resolve(e.text, d.anchor, d.hint, future) or e.value
    return e.value
  end
  if e.value ~= nil or e._tried then return e.value end
  e._tried = true
  if d.anchor or d.hint then e.value = dates.resolve(e.text, d.anchor, d.hint, future) end
  return e.value
end

---------------------------------------------------------------------------------------
-- Mentions.

local function inside_entity(s, start, stop)
  for _, e in ipairs(s.ents) do
    if e.type ~= "QUANTITY" and e.type ~= "MONEY" and e.type ~= "PERCENT"
      and start >= e.start and stop <= e.stop then
      return true
    end
  end
  return false
end

-- The mentions of sentence s: {forms = set, group, start, stop, i, j, seg_start, seg_stop}.
-- Strikers named as the people of a rally or a march ("150 grévistes se sont rassemblés",
-- "strikers and supporters rallied"): they take part in it; the strike is told elsewhere.
local STRIKERS = { "striker", "grévist", "grevist" }
local function strikers_in_street(found, toks)
  local street = false
  for _, m in ipairs(found) do
    if GROUP[m.label] == "street" then street = true end
  end
  if not street then return end
  for _, m in ipairs(found) do
    local w = toks[m.i]
    for _, p in ipairs(STRIKERS) do
      if m.label == "strike" and m.i == m.j and w:sub(1, #p) == p then m.label = "attend" end
    end
  end
end

local function sentence_mentions(d, s)
  local toks = s.toks
  local found = find_hits(d.lex.triggers, toks, d.lang)
  strikers_in_street(found, toks)
  local list = {}
  for _, m in ipairs(found) do
    if m.label ~= "none" and not inside_entity(s, m.start, m.stop) then
      local orig = d.text:sub(toks.S[m.i], toks.E[m.i])
      local month = orig == "March" and (toks[m.i + 1] and toks[m.i + 1]:match("^%d")
        or toks[m.i - 1] and toks[m.i - 1]:match("^%d"))
      if not month then
        local g = GROUP[m.label] or "other"
        local last = list[#list]
        if m.label == "attend" then
          -- taking part: joins the mention before it, or stands alone to join an event
          if not last then
            list[1] = { forms = {}, group = "attend", start = m.start, stop = m.stop, i = m.i,
                        j = m.j, sent = s, n = 1, hits = { m } }
          end
        elseif last and last.group == "attend" then
          last.group, last.forms, last.joined = g, { [m.label] = true }, true
          last.stop, last.j = m.stop, m.j
          last.hits = { m }
        elseif last and last.group == g then
          last.forms[m.label] = true
          last.stop, last.j = m.stop, m.j
          last.n = last.n + 1
          last.hits[#last.hits + 1] = m
        else
          list[#list + 1] = { forms = { [m.label] = true }, group = g, start = m.start,
                              stop = m.stop, i = m.i, j = m.j, sent = s, n = 1, hits = { m } }
        end
      end
    end
  end
  for k, m in ipairs(list) do
    m.seg_start = (k == 1) and s.start or m.start
    m.seg_stop = list[k + 1] and (list[k + 1].start - 1) or s.stop
  end
  return list
end

-- Dates of a sentence usable for an event: day or month precision, not after "since".
-- "in the morning", "dans la matinée": a time of the event's day, not a date.
local TIME_OF_DAY = { morning = true, afternoon = true, evening = true, matin = true,
  ["matinée"] = true, soir = true, ["soirée"] = true, ["après"] = true, midi = true, noon = true }
local function time_of_day(e)
  local t = dates.lower(e.text)
  local first = t:match("^(%a+)")
  if not (first == "in" or first == "the" or first == "dans" or first == "that" or first == "en"
    or first == "la" or first == "le" or first == "at") then return false end
  for w in t:gmatch("[%a\128-\255]+") do if TIME_OF_DAY[w] then return true end end
  return false
end

local LONG = { year = true, years = true, decade = true, decades = true, century = true,
  ["années"] = true, ans = true, an = true, ["année"] = true, ["décennie"] = true, ["siècle"] = true }
local function long_span(text)
  for w in dates.lower(text):gmatch("[%a\128-\255]+") do if LONG[w] then return true end end
  return false
end

-- "la veille", "the day before", "le lendemain", "the next day" with no value: the day
-- before or after the one last written in the body (else the document date); "au
-- lendemain de X" (a relation to X) is left alone.
local EVE = { veille = -1, ["day before"] = -1, ["previous day"] = -1, lendemain = 1,
  ["next day"] = 1, ["following day"] = 1 }
local function next_or_eve(d, s, e)
  if e.value ~= nil or e._tried then return end
  local t = dates.lower(e.text)
  local ej = tok_at(s.toks, e.stop)
  local nxt = s.toks[ej + 1]
  if nxt == "de" or nxt == "d" or nxt == "du" or nxt == "des" or nxt == "of" then return end
  for word, step in pairs(EVE) do
    local base = d.run_day or d.anchor
    if t:find(word, 1, true) and base then
      e.value, e._tried = dates.from_day(base + step), true
      return
    end
  end
end

local function sentence_dates(d, s, future)
  local out = {}
  s.background = false
  for _, e in ipairs(s.ents) do
    if e.type == "DATE" and not e.dateline and not time_of_day(e) then
      next_or_eve(d, s, e)
      local v = resolve_value(d, e, future)
      local y, mo, dd = dates.parse(v)
      local k = tok_at(s.toks, e.start)
      local prev = s.toks[k - 1]
      local bound = prev == "since" or prev == "depuis" or prev == "until" or prev == "jusqu"
      -- "au lendemain d'une action", "la veille du vote": a day told from another event, not
      -- from the document's date
      local low = dates.lower(e.text)
      local ej = tok_at(s.toks, e.stop)
      local nxt = s.toks[ej + 1]
      if (low:find("lendemain") or low:find("veille")) and (nxt == "de" or nxt == "d" or nxt == "du"
        or nxt == "des") then
        bound = true
      end
      -- "the largest protest since the 'maple spring' of 2012": a year a few words after
      -- "since" bounds a comparison too
      if not y then
        for b = math.max(1, k - 5), k - 1 do
          local w = s.toks[b]
          if w == "since" or w == "depuis" then bound = true end
        end
      end
      -- a year ("in 2018") or a span of years ("over the past year", "ces dernières années")
      -- makes the sentence background; a relative day left unresolved does not, nor a
      -- bound of a comparison ("the biggest since 2023")
      local year = type(v) == "string" and tonumber(v:match("^(%d%d%d%d)$"))
      -- (the document's own year or a later one, "the 2026 budget", is no background)
      if year and d.anchor and year >= (dates.civil(d.anchor)) then year = nil end
      if not y and not bound and (year or long_span(e.text)) then
        s.background = true
      end
      if y then
        if not bound then
          out[#out + 1] = { value = dates.format(y, mo, dd), day = dd ~= nil, e = e, k = k }
        end
      end
    end
  end
  return out
end

local END = { to = true, ["until"] = true, through = true, ended = true, ends = true, ["end"] = true,
  au = true, jusqu = true, ["terminé"] = true, ["achevé"] = true, ["fin"] = true }
local NUMBER_WORDS = { two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, ten = 10,
  deux = 2, trois = 3, quatre = 4, cinq = 5, sept = 7, dix = 10 }
local HOUR_WORDS = { hour = true, hours = true, heures = true, h = true }
local DAY_WORDS = { day = true, days = true, jour = true, jours = true, ["journées"] = true }

-- The end date of a mention bound to a day: a later day after "to"/"until"/"ended", or
-- "three-day"/"for three days"/"de trois jours" counted from the start.
local function end_date_of(m, ds, toks)
  local start = m.date and m.date.day and dates.day_of(m.date.value)
  if not start then return nil end
  for _, dt in ipairs(ds) do
    local n = dt.day and dates.day_of(dt.value)
    -- "ended at midnight on Wednesday": an end word up to four words before the day
    local ended = false
    for k = math.max(1, dt.k - 4), dt.k - 1 do
      if END[toks[k]] then ended = true end
    end
    if n and n > start and n - start <= 60 and ended then return dt.value end
  end
  for k = math.max(1, m.i - 6), math.min(#toks - 1, m.j + 6) do
    local w = toks[k]
    local n = NUMBER_WORDS[w] or (w:match("^%d+$") and tonumber(w))
    if n and n >= 2 and n <= 31 and DAY_WORDS[toks[k + 1]] then
      return dates.from_day(start + n - 1)
    end
    -- "48-hour strike", "grève de 72 heures"
    if n and (n == 48 or n == 72 or n == 96) and HOUR_WORDS[toks[k + 1]] then
      return dates.from_day(start + n / 24 - 1)
    end
  end
  return nil
end
M.end_date_of = end_date_of

local ordinal_day
local casualty
local ORDINALS = { second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6, seventh = 7,
  ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["deuxième"] = 2, ["troisième"] = 3,
  ["quatrième"] = 4, ["cinquième"] = 5, ["sixième"] = 6, ["septième"] = 7 }
local DAY_ONLY = { day = true, jour = true, ["journée"] = true }

-- The N of "a second day", "troisième jour" near a mention, or nil.
ordinal_day = function(toks, m)
  for k = math.max(1, m.i - 8), math.min(#toks - 1, m.j + 8) do
    local n = ORDINALS[toks[k]]
    if n and DAY_ONLY[toks[k + 1]] then return n end
  end
  return nil
end

-- "a strike ... for a second day on Wednesday": the action began the day before; the date
-- of a mention is its first day.
local function shift_ordinal_day(m, toks)
  local start = m.date and m.date.day and dates.day_of(m.date.value)
  if not start then return end
  -- "la grève lancée mardi 3 mars": already the first day
  for k = math.max(1, m.date.k - 3), m.date.k - 1 do
    if START[toks[k]] then return end
  end
  for k = math.max(1, m.i - 8), math.min(#toks - 1, m.j + 8) do
    local n = ORDINALS[toks[k]]
    if n and DAY_ONLY[toks[k + 1]] then
      local first = dates.from_day(start - n + 1)
      m.date = { value = first, day = true, e = m.date.e, k = m.date.k }
      m.ongoing_day = n
      return
    end
  end
end

-- "the unions plan to hold a rally": a verb of intent (not "in protest at plans to").
local NOUN_BEFORE = { at = true, against = true, over = true, the = true, about = true, on = true,
  of = true, new = true, its = true, their = true, government = true, ["'s"] = true, s = true }
local function plans_to(toks)
  for k = 2, #toks - 1 do
    local w = toks[k]
    if (w == "plan" or w == "plans" or w == "planned" or w == "intend" or w == "intends")
      and toks[k + 1] == "to" and not NOUN_BEFORE[toks[k - 1]] then
      return true
    end
  end
  return false
end

-- Bytes between a date and the nearest trigger word of a mention.
local function hit_distance(m, dt)
  local best = math.huge
  local c = (dt.e.start + dt.e.stop) / 2
  for _, h in ipairs(m.hits or { m }) do
    local dd = math.abs(c - (h.start + h.stop) / 2)
    if dd < best then best = dd end
  end
  return best
end

-- "the union last month staged a two-day strike": a past month told from the document's
-- ("last month", "le mois dernier") a few words before the trigger, as its subject's time
-- (not "le mois prochain, notamment des blocages": plans listed after it)
local PAST_MONTH = { "last month", "earlier this month", "previous month", "mois dernier",
  "mois précédent", "début du mois" }
local function relative_month(e)
  local low = dates.lower(e.text)
  for _, p in ipairs(PAST_MONTH) do
    if low:find(p, 1, true) then return true end
  end
  return false
end

-- A day written before the mention as another noun's ("l'action de jeudi", "Thursday's
-- vote"): that noun's date, not the mention's, when the sentence writes another.
local function owned_before(m, dt, toks)
  if dt.k >= m.i then return false end
  local ej = tok_at(toks, dt.e.stop)
  return toks[dt.k - 1] == "de" or (toks[ej + 1] == "s" and ej + 2 < m.i)
end

-- Binds each mention of a sentence to a date: a date written right before the trigger
-- with a possessive ("Monday's march") or right after it ("on Saturday") belongs to it;
-- the others go to the nearest mention.
local function bind_dates(ms, ds, toks)
  local taken = {}
  for _, m in ipairs(ms) do
    for di, dt in ipairs(ds) do
      local e = dt.e
      local ej = tok_at(toks, e.stop)
      for _, h in ipairs(m.hits or { m }) do
        local before = e.stop < h.start and (h.i - ej <= 1
          or (h.i - ej == 2 and toks[h.i - 1] == "s")
          or (not dt.day and h.i - ej <= 5 and relative_month(e)))
        local after = e.start > h.stop and tok_at(toks, e.start) - h.j <= 4
        if (before or after) and not taken[di] and not m.date then
          m.date, taken[di] = dt, true
          local p1, p2 = toks[dt.k - 1], toks[dt.k - 2]
          m.started = (p1 and START[p1]) or (p2 and START[p2]) or nil
        end
      end
    end
  end
  -- "called a 72-hour strike at Deutsche Bahn starting on Tuesday", "warning strikes ... for
  -- Friday": a day after the trigger that a start word or "for" introduces is the action's,
  -- not the day of the call written nearer
  for _, m in ipairs(ms) do
    for di, dt in ipairs(ds) do
      local gap = dt.k - m.j
      local p1 = toks[dt.k - 1]
      local p2 = toks[dt.k - 2]
      local intro = START[p1] or START[p2] or p1 == "for" or p1 == "pour"
      if not m.date and not taken[di] and dt.day and gap > 0 and gap <= 12 and intro then
        m.date, taken[di], m.started = dt, true, START[p1] or START[p2]
      end
    end
  end
  for _, m in ipairs(ms) do
    -- "the protests", "les manifestations", "ending a strike": a reference to an event told
    -- elsewhere, unless a date is written right beside it
    local prev = toks[m.i - 1]
    local ref = false
    for k = math.max(1, m.i - 6), m.i - 1 do
      -- ("après-midi" is a time of day, not "after")
      if REFERENCE[toks[k]] and toks[k + 1] ~= "midi" then ref = true end
    end
    if not m.date and (DEFINITE[prev] or ref) then m.date, m.ref = false, true end
    -- "a day after activists blockaded a depot": an action told as the reference of another
    if not m.date and ref then m.after = true end
    -- "the strike began Monday": a start date written in the sentence is the event's
    -- (also "began at 6 a.m. on Monday", and "depuis le début, lundi 17 novembre, de la
    -- grève": a start word a few words before a day written near the mention)
    if m.date == false then
      for _, dt in ipairs(ds) do
        local started = false
        for k = math.max(1, dt.k - 6), dt.k - 1 do
          if START[toks[k]] then started = true end
        end
        local near = dt.k > m.j or (m.i - dt.k <= 12 and dt.k < m.i)
        if dt.day and started and near and not m.date then
          m.date, m.started = dt, true
        end
      end
    end
  end
  for _, m in ipairs(ms) do
    if m.date == false then
      m.date = nil
    elseif not m.date then
      local best, bd
      for di, dt in ipairs(ds) do
        local dist = hit_distance(m, dt)
        if taken[di] then dist = dist + 100000 end
        -- a month ("earlier this month") dates a mention only when written beside it; a day
        -- only when at most WINDOW words away
        if not dt.day then dist = math.huge end
        local gap = math.huge
        for _, h in ipairs(m.hits or { m }) do
          local g = dt.k > h.j and dt.k - h.j or h.i - tok_at(toks, dt.e.stop)
          if g < gap then gap = g end
        end
        if gap > WINDOW then dist = math.huge end
        if owned_before(m, dt, toks) then dist = dist + 1000 end
        -- the date another mention of the sentence is nearer to stays with it
        for _, o in ipairs(ms) do
          if o ~= m and not o.date then
            local od = hit_distance(o, dt)
            if od < dist - 0.5 and not taken[di] then dist = dist + 1000 end
          end
        end
        if dist < math.huge and (not bd or dist < bd) then best, bd = dt, dist end
      end
      m.date = best
    end
  end
end

---------------------------------------------------------------------------------------
-- Fields of a mention.

-- A place as the text names it (the gazetteer's canonical form); merging compares places
-- through M.place_key (exonyms and country names), so Anvers and Antwerp are one place.
local function canonical_place(_, e)
  local name = type(e.canonical) == "string" and e.canonical or e.text
  if name:upper() == name and name:lower() ~= name then
    -- an all-capitals dateline form ("ANVERS"): as a name is written
    name = name:sub(1, 1) .. dates.lower(name:sub(2))
  end
  return name
end

local function in_seg(m, e)
  return e.start >= m.seg_start and e.start <= m.seg_stop
end

local NATURAL = { sea = true, ocean = true, river = true, lake = true, mer = true, ["océan"] = true,
  fleuve = true, lac = true, mountains = true, valley = true }
local function natural(e)
  for w in dates.lower(e.text):gmatch("[%a\128-\255]+") do if NATURAL[w] then return true end end
  return false
end

local CONTINENTS = { europe = true, africa = true, afrique = true, asia = true, asie = true,
  ["north america"] = true, ["amerique du nord"] = true, ["south america"] = true,
  ["amerique du sud"] = true, ["latin america"] = true, ["amerique latine"] = true,
  oceania = true, oceanie = true }
-- "near Le Havre", "près du Havre", "west of Paris", "à l'ouest de Paris": a landmark that
-- says where the place is, not the place (unless the mention names no other)
local NEAR = { near = true, ["près"] = true, proche = true, nearby = true }
local BEARING = { north = true, south = true, east = true, west = true, nord = true, sud = true,
  est = true, ouest = true, northeast = true, northwest = true, southeast = true, southwest = true }
-- "agriculteurs venus de Wallonie, de Flandre", "originaires de": where people came from
local CLAUSE = { ont = true, sont = true, have = true, has = true, were = true, are = true,
  was = true, est = true, avaient = true, ["étaient"] = true }
local ORIGIN = { venus = true, venues = true, venu = true, venue = true, originaires = true,
  originaire = true }
local FROM_VEHICLE = { tractors = true, trucks = true, lorries = true, coaches = true, buses = true,
  vehicles = true, cars = true, convoy = true, convoys = true }
local of_body
local function beside(toks, e)
  if not toks then return false end
  local k = tok_at(toks, e.start)
  -- (back over a list of origins, "venus de Wallonie, de Flandre et du Limbourg", not past
  -- the verb of the main clause)
  for b = k - 1, math.max(1, k - 10), -1 do
    local w = toks[b]
    if ORIGIN[w] then return "origin" end
    if CLAUSE[w] then break end
  end
  -- "a convoy of tractors from Wallonia": where the vehicles came from (a name right
  -- after "from", not "from Lyon to Paris"; "groups from Winford ... set off" may be
  -- the place of a march)
  local p1, p2 = toks[k - 1], toks[k - 2]
  if p1 == "from" and FROM_VEHICLE[p2] then
    local kj = tok_at(toks, e.stop)
    local nx = toks[kj + 1]
    if nx ~= "to" then return "origin" end
  end
  for b = math.max(1, k - 3), k - 1 do
    local w = toks[b]
    if NEAR[w] then return true end
    if BEARING[w] and b >= k - 3 then
      local nx = toks[b + 1]
      if nx == "of" or nx == "de" or nx == "du" then return true end
    end
  end
  return false
end

-- "l'intersyndicale d'Ille-et-Vilaine", "la FDSEA de la Haute-Garonne", "la police de
-- Bruxelles-Capitale": a department or region that names whose body it is, not where the
-- action is (an area, shown only when no town is named).
local BODY = { intersyndicale = true, police = true, ["préfecture"] = true, gendarmerie = true,
  syndicat = true, syndicats = true, ["fédération"] = true, union = true, chambre = true,
  conseil = true, zone = true, rectorat = true, ["académie"] = true, federation = true,
  council = true, branch = true }
of_body = function(d, toks, e)
  local k = toks and tok_at(toks, e.start)
  if not k then return false end
  local b = k - 1
  local w = toks[b]
  if w == "la" or w == "l" then b, w = b - 1, toks[b - 1] end
  if not (w == "de" or w == "d" or w == "du" or w == "des" or w == "of") or b < 2 then return false end
  if BODY[toks[b - 1]] then return true end
  -- (or right after an organization's name: "la FDSEA de la Haute-Garonne")
  local at = toks.E[b - 1]
  for _, o in ipairs(d.ents) do
    if o.type == "ORG" and o.stop == at then return true end
    if o.start > at then break end
  end
  return false
end

-- A department written as the qualifier of a town: in brackets, or after "dans"/"en"/"the"
-- ("Paris", a department too, is a city after "à" or "in").
local function qualifier(d, toks, e)
  local before = d.text:sub(math.max(1, e.start - 2), e.start - 1)
  if before:find("%(") then return true end
  local k = toks and tok_at(toks, e.start)
  local p1 = k and toks[k - 1]
  local p2 = k and toks[k - 2]
  return p1 == "en" or p1 == "the" or p2 == "dans" or of_body(d, toks, e)
end

-- Organizations that are buildings of a town ("tribunal judiciaire de Paris").
local BUILDING_ORG = { tribunal = true, ["préfecture"] = true, mairie = true, palais = true,
  ["hôtel"] = true, courthouse = true, city = true, town = true, cour = true }

-- "the Tiergarten park", "Orly airport": a name the next word makes a site
local SITE_NOUN = { park = true, airport = true, station = true, roundabout = true, square = true,
  bridge = true, stadium = true, ["aéroport"] = true }
local function site_noun_after(toks, e)
  if not toks then return false end
  local k = tok_at(toks, e.stop)
  local nx = toks[k + 1]
  return nx ~= nil and toks.S[k + 1] > e.stop and SITE_NOUN[nx] == true
end

-- "a strike for March 24-25, two days after a walkout ... in England", "au lendemain d'une
-- action ... à La Haye": a place after such a word, past the trigger, is the other action's
local RELATION = { after = true, following = true, lendemain = true, veille = true, ["après"] = true }
local function related(m, e)
  local toks = m.sent.toks
  -- (from the first trigger: "strike ... two days after a walkout" is one mention)
  local h = m.hits and m.hits[1] or m
  if not toks or e.start <= h.stop then return false end
  for k = h.j + 1, tok_at(toks, e.start) - 1 do
    -- ("après-midi", an afternoon, is cut at its hyphen)
    if RELATION[toks[k]] and toks[k + 1] ~= "midi" then return true end
  end
  return false
end

-- A city of the exonym table that the word k of a mention's part begins (one word of a capital,
-- A-Z as %u reads it: the name is folded only then), added to places.
local function exonym_at(d, m, toks, k, places)
  local t_start = toks.S[k]
  local firsts = d.lex.exonym_firsts
  if t_start >= m.seg_start and (not firsts or firsts[lexicon.fold(toks[k])]) then
    for n = 3, 1, -1 do
      local last_stop = toks.E[k + n - 1]
      if last_stop then
        local name = d.text:sub(t_start, last_stop)
        if d.lex.exonyms[lexicon.fold(name)] and not inside_entity(m.sent, t_start, last_stop) then
          local known = false
          for _, p in ipairs(places) do if M.place_key(d.lex, p) == M.place_key(d.lex, name) then known = true end end
          if not known then places[#places + 1] = name end
          break
        end
      end
    end
  end
end

local function mention_places(d, m)
  local places, areas, sites, landmarks = {}, {}, {}, {}
  for _, e in ipairs(m.sent.ents) do
    if e.type == "PLACE" and in_seg(m, e) and not e.dateline and not natural(e) and not related(m, e) then
      local kind = e.kind or "city"
      local folded = lexicon.fold(e.canonical or e.text)
      local side = not SITE[kind] and beside(m.sent.toks, e)
      if SITE[kind] or site_noun_after(m.sent.toks, e) then
        sites[#sites + 1] = e
      elseif side then
        -- where people came from is never where they acted (no stand-in either)
        if side ~= "origin" then landmarks[#landmarks + 1] = canonical_place(d, e) end
      elseif AREA[kind] or CONTINENTS[folded] or (kind == "department" and qualifier(d, m.sent.toks, e))
        -- a region of no one country (a river, a sea, a mountain range, a world region:
        -- "la rive gauche de l'Escaut") says where, like a country, only when no town is named
        or (kind == "region" and M.place_country(d.lex, e.canonical or e.text) == "ZZ")
        or (kind == "region" and of_body(d, m.sent.toks, e))
        or (d.lex.countries and d.lex.countries[folded]) then
        -- a continent or a department that qualifies a town ("Donges (Loire-Atlantique)",
        -- "dans les Deux-Sèvres"), like a country, only when no locality is named
        areas[#areas + 1] = canonical_place(d, e)
      elseif LOCALITY[kind] or not SITE[kind] then
        places[#places + 1] = canonical_place(d, e)
      end
    end
  end
  -- cities of the exonym table the core did not tag ("dans les rues d'Anvers")
  local toks = m.sent.toks or {}
  -- (the words of the mention's part only: from the first that may start in it; with the
  -- C core's cues, only those of a capital, toks.C)
  local k0, caps = tok_at(toks, m.seg_start), toks.C
  if caps then
    for q = 1, #caps do
      local k = caps[q]
      if k >= k0 then
        if toks.S[k] > m.seg_stop then break end
        exonym_at(d, m, toks, k, places)
      end
    end
  else
    for k = k0, #toks do
      local t_start = toks.S[k]
      if t_start > m.seg_stop then break end
      -- (a capital, A-Z as %u reads it, tested before the name is folded)
      local b = byte(d.text, t_start)
      if b >= 65 and b <= 90 then exonym_at(d, m, toks, k, places) end
    end
  end
  -- "blocked roads near Toulouse": the landmark when the mention names no other town
  if #places == 0 then places = landmarks end
  -- "devant le tribunal judiciaire de Paris", "outside the city hall of Lyon": the town of a
  -- building named as an organization, when the mention names no other
  if #places == 0 and #areas == 0 and m.group ~= "attend" then
    for _, e in ipairs(m.sent.ents) do
      local k = toks[1] and tok_at(toks, e.start)
      local source = k and toks[k - 1] and (toks[k - 1] == "selon" or toks[k - 1] == "la"
        and toks[k - 2] == "selon")
      if e.type == "ORG" and in_seg(m, e) and not source
        and BUILDING_ORG[dates.lower(e.text):match("^(%S+)") or ""] then
        local town = e.text:match(" d[e'’] ?(%u[%w\128-\255%-]+)$") or e.text:match(" of (%u[%w\128-\255%-]+)$")
        if town then places[#places + 1] = town end
      end
    end
  end
  m.places, m.areas, m.sites = places, areas, sites
end

--- The key of a place name for comparisons: folded, through the exonym and country tables.
function M.place_key(lex, name)
  local cache = lex._place_keys
  if not cache then
    cache = {}
    lex._place_keys = cache
  end
  local got = cache[name]
  if got then return got end
  got = M.place_key_uncached(lex, name)
  cache[name] = got
  return got
end

--- The ISO code of the country a place name lies in (itself when it is a country), or nil.
function M.place_country(lex, name)
  local k = lexicon.fold(name)
  local iso = lex.country_iso and lex.country_iso[k]
  if iso then return iso end
  local ex = lex.exonyms[k]
  if ex then k = lexicon.fold(ex) end
  return lexicon.place_countries(lex)[k]
end

function M.place_key_uncached(lex, name)
  local k = lexicon.fold(name)
  local ex = lex.exonyms[k]
  if ex then return lexicon.fold(ex) end
  local c = lex.countries and lex.countries[k]
  if c then return lexicon.fold(c) end
  return k
end

local function set_overlap(a, b, lex)
  for _, x in ipairs(a) do
    for _, y in ipairs(b) do
      if M.place_key(lex, x) == M.place_key(lex, y) then return true end
    end
  end
  return false
end

---------------------------------------------------------------------------------------
-- Events of a document.

local function new_event(d, m, date)
  local ev = { date = date, mentions = {}, forms = {}, groups = {}, places = {}, areas = {},
               first = m }
  d.events[#d.events + 1] = ev
  return ev
end

local function add_mention(ev, m)
  ev.mentions[#ev.mentions + 1] = m
  for f in pairs(m.forms) do ev.forms[f] = true end
  if m.end_date and m.end_date > ev.date and (not ev.end_date or m.end_date > ev.end_date)
    and #m.end_date == #ev.date then
    ev.end_date = m.end_date
  end
  if m.group ~= "attend" then ev.groups[m.group] = true end
  for _, p in ipairs(m.places) do ev.places[#ev.places + 1] = p end
  for _, p in ipairs(m.areas) do ev.areas[#ev.areas + 1] = p end
  m.event = ev
end

-- Places all in other countries than those of an event ("À Varsovie, des milliers de
-- femmes ont défilé dimanche" in a report on the marches in France), told with its own date:
-- an action of its own. Every place's country must be known.
local function abroad(d, a, b)
  if #a == 0 or #b == 0 then return false end
  local seen = {}
  for _, p in ipairs(b) do
    local iso = M.place_country(d.lex, p)
    if not iso then return false end
    seen[iso] = true
  end
  for _, p in ipairs(a) do
    local iso = M.place_country(d.lex, p)
    if not iso or seen[iso] then return false end
  end
  return true
end

-- The event of date `date` that mention m joins: one sharing a place, else one of the same
-- form group (the most recent), else one with no place when m has none.
local function find_event(d, m, date, allow_any)
  local same_group, no_place
  if allow_any and #m.places > 0 then
    -- "a picket in Lisbon" after "a rally in Lisbon on Thursday": the strike told before,
    -- of its own form, rather than the other action of the day
    local bare
    for k = #d.events, 1, -1 do
      local ev = d.events[k]
      if ev.groups[m.group] and set_overlap(m.places, ev.places, d.lex) then return ev end
      if ev.groups[m.group] and #ev.places == 0 and not bare then bare = ev end
    end
    -- (or the one with no place yet: "LISBON - Nurses began a strike" names it in the dateline)
    if bare and m.group ~= "street" then return bare end
  end
  for k = #d.events, 1, -1 do
    local ev = d.events[k]
    if ev.date == date then
      if #m.places > 0 and set_overlap(m.places, ev.places, d.lex) then return ev end
      if ev.groups[m.group] and not same_group then
        -- a mention with places of its own joins a same-form event that has none or shares them
        same_group = ev
      end
      if not no_place then no_place = ev end
    end
  end
  if same_group then
    if m.date and abroad(d, m.places, same_group.places) then return nil end
    -- ("the convoy", a reference, is the one of the day whatever place its sentence names)
    if #m.places == 0 or #same_group.places == 0 or m.group == "street" or m.group == "strike"
      or m.ref then
      return same_group
    end
    return nil
  end
  if not allow_any then return nil end
  -- an undated mention ("the protests") may tell an event of another day: one that shares
  -- its place, else the latest of its form group, else the current one
  local latest_group
  for k = #d.events, 1, -1 do
    local ev = d.events[k]
    if #m.places > 0 and set_overlap(m.places, ev.places, d.lex) then return ev end
    if ev.groups[m.group] and not latest_group then latest_group = ev end
  end
  -- "the convoy": the one told before, wherever the sentence places it; and "des
  -- rassemblements ont également eu lieu à Saint-Malo": more places of that action
  -- (an action of a form no event of the current day has: "À Brest, des manifestants ont
  -- défilé" after "La veille, des étudiants avaient bloqué")
  if latest_group then return latest_group end
  if #m.places == 0 then return no_place end
  return nil
end

-- The event a mention before the first date, or of a title or caption, joins (or nil).
local function late_target(d, lead, li, m)
  -- a heading with a date of its own ("Vers la grève générale du 16 décembre") tells
  -- the event of that date, or none
  local own = m.date and m.date.value
  if own then
    local target
    for _, ev in ipairs(d.events) do
      if ev.date == own and (not target or (ev.groups[m.group] and not target.groups[m.group])) then
        target = ev
      end
    end
    return target
  end
  for _, ev in ipairs(d.events) do
    if #m.places > 0 and set_overlap(m.places, ev.places, d.lex) and ev.groups[m.group] then
      return ev
    end
  end
  -- "Deuxième jour de grève ..." before "Ce mardi, les dockers ont manifesté": a strike
  -- counted in days from the lead's date is its own event
  if li == 1 and m.group == "strike" and not lead.groups.strike then
    local n = dates.day_of(lead.date)
    local shift = n and ordinal_day(m.sent.toks, m)
    if shift then return new_event(d, m, dates.from_day(n - shift + 1)) end
  end
  for _, ev in ipairs(d.events) do
    if #m.places > 0 and set_overlap(m.places, ev.places, d.lex) then return ev end
  end
  -- an action in solidarity, elsewhere: its own event of the lead's day
  if m.sent.solidarity and #m.places > 0 and #lead.places > 0 and m.sent.kind == "paragraph" then
    return new_event(d, m, lead.date)
  end
  if m.sent.kind ~= "caption" then
    if lead.groups[m.group] or #m.places == 0 or #lead.places == 0 then return lead end
  end
  return nil
end

-- Whether a sentence counts people, as "ils étaient 14.500 à Marseille" does (not "30 km
-- south of the capital").
local unit_kind
local function counts_people(d, s)
  for _, e in ipairs(s.ents) do
    if e.type == "QUANTITY" and unit_kind(d, e, s) == "person" then return true end
  end
  return false
end

-- build_events and its helpers (in a block: the main chunk has a limit of 200 locals).
local build_events
do
  -- The event an "attend" mention of the body joins ("des milliers de personnes"), after a
  -- first date: one of its day, else the action told just before (or nil).
  local function attend_event(d, s, m, cur_date, last_ev)
    local ev = find_event(d, m, cur_date, true)
    -- "Large crowds also turned out in Hamburg, Munich and Leipzig": the action told
    -- just before, in more places
    if not ev and s.also then ev = last_ev end
    -- "En province, ils étaient 14.500 à Marseille, 9.000 à Lyon": the people of the
    -- action told just before, counted in other towns
    if not ev and #m.places > 0 and counts_people(d, s) then ev = last_ev end
    return ev
  end

  -- "une journée de grève et de manifestations jeudi": one action; so are a strike and a
  -- march of one day told in two sentences, unless their places differ (a strike with no
  -- place of its own joins the march of its day when no strike is told before it: "22 % des
  -- personnels étaient en grève mardi"; a march told after a strike may be an action of its
  -- own, see split_rallies). The event of that day a mention of a JOINT group joins, or nil.
  local function joint_event(d, m, date)
    local ev
    local unplaced = #m.places == 0 and m.group == "strike"
    for _, o in ipairs(d.events) do
      if o.groups[m.group] then unplaced = false end
    end
    for _, o in ipairs(d.events) do
      local joint = false
      for g in pairs(o.groups) do if JOINT[g] then joint = true end end
      if o.date == date and joint and not ev
        and (unplaced or (#o.places == 0 and #o.areas == 0) or set_overlap(m.places, o.places, d.lex)) then
        ev = o
      end
    end
    return ev
  end

  -- The event a mention with a date of its own joins, or a new one of that date.
  local function dated_event(d, s, m, date)
    local ev = find_event(d, m, date, false)
    if not ev and m.group ~= "booing" then
      -- "drove tractors into Brussels on Tuesday, blocking roads": one action
      for _, o in ipairs(s.mentions) do
        if o ~= m and o.event and o.event.date == date and o.group ~= "booing" then ev = o.event end
      end
    end
    if not ev and JOINT[m.group] then ev = joint_event(d, m, date) end
    return ev or new_event(d, m, date)
  end

  -- The event a mention with no date joins after a first date: one of the current day, else
  -- that of another mention of the sentence ("strikers also blocked the tunnel"), else a new
  -- one of the current day.
  local function undated_event(d, s, m, cur_date)
    local ev = find_event(d, m, cur_date, true)
    if not ev then
      for _, o in ipairs(s.mentions) do
        if o ~= m and o.event then ev = o.event end
      end
    end
    return ev or new_event(d, m, cur_date)
  end

  -- Reads one mention of the article in order: it joins or starts an event, or waits in a
  -- list of st (late: titles and captions; pending: before the first date; later: told as
  -- what came before another action) until all events are known. st.cur_date is the day
  -- told last; st.last_ev the event of the mention read last.
  local function read_mention(d, s, m, st)
    if s.kind == "title" or s.kind == "caption" or s.kind == "heading" then
      st.late[#st.late + 1] = m
    elseif m.group == "attend" then
      if st.cur_date then
        local ev = attend_event(d, s, m, st.cur_date, st.last_ev)
        if ev then add_mention(ev, m) end
      elseif not s.weak and not s.background then
        -- "Ils étaient 5 000 selon la police" before any date: the figures of the
        -- article's first action, found once all are known
        st.pending[#st.pending + 1] = m
      end
    elseif m.date and s.background and bare_weekday(m.date.e.text) then
      -- "on a fait grève le vendredi pendant des mois en 2019": a habit of a past year
      m.date = nil
    elseif m.date then
      local date = m.date.value
      add_mention(dated_event(d, s, m, date), m)
      st.cur_date = date
    elseif not s.weak and not s.background and s.same_day and d.last_day then
      local ev = find_event(d, m, d.last_day, false)
      if not ev then ev = new_event(d, m, d.last_day) end
      add_mention(ev, m)
      st.cur_date = d.last_day
    elseif not s.weak and not s.background and not (s.echo and #m.places > 0) then
      -- ("Le mouvement fait écho à celui des infirmiers portugais, qui avaient paralysé les
      -- hôpitaux de Lisbonne": another movement, told with no date, joins nothing)
      if m.after then
        st.later[#st.later + 1] = m
      elseif not st.cur_date then
        st.pending[#st.pending + 1] = m
      else
        add_mention(undated_event(d, s, m, st.cur_date), m)
      end
    end
    if m.event then st.last_ev = m.event end
  end

  -- Keeps the day last written in the body of sentence s, for "that evening" in a later
  -- sentence, and the report's day (the first day of the week before the document date).
  local function note_last_day(d, s)
    for _, e in ipairs(s.ents) do
      if e.type == "DATE" and not e.dateline and not time_of_day(e) then
        local v = resolve_value(d, e, false)
        local n = dates.day_of(v)
        if n then
          d.last_day = v
          if not d.report_day and d.anchor and n <= d.anchor and n >= d.anchor - 7 then d.report_day = v end
        end
      end
    end
  end

  -- A mention told as what came before another action joins the first event of its group
  -- (that shares its place, when it has one); else, after a first date, it waits with the
  -- pending ones.
  local function join_later(d, st)
    for _, m in ipairs(st.later) do
      local target
      for _, ev in ipairs(d.events) do
        if ev.groups[m.group] and (#m.places == 0 or set_overlap(m.places, ev.places, d.lex)) then
          target = target or ev
        end
      end
      if target then add_mention(target, m) elseif st.cur_date then st.pending[#st.pending + 1] = m end
    end
  end

  -- The lead: the first event that is not only a comparison ("a similar strike in June
  -- 2024"), as the article's own action is told before any such one; with no date in the
  -- text, one made for the report's day (or nil).
  local function lead_event(d, pending, late)
    for _, ev in ipairs(d.events) do
      local compared = true
      for _, m in ipairs(ev.mentions) do
        if not (m.sent.toks and any(C_SIMILAR[d.lang], m.sent.toks)) then compared = false end
      end
      if not compared then return ev end
    end
    if not (d.given and #pending > 0) then return nil end
    -- no date in the text at all: a report on the day of its document date, when the
    -- title tells an action too
    local title_has = false
    for _, m in ipairs(late) do if m.sent.kind == "title" then title_has = true end end
    if title_has then return new_event(d, pending[1], dates.from_day(d.anchor)) end
    if d.report_day and pending[#pending].sent ~= pending[1].sent then
      -- ("Jan Peeters left his farm at 4am on Thursday" before "a convoy of tractors", "the
      -- protest"): the day the report tells, in the week before its date, when the text
      -- tells the action in two sentences at least ("The minister said protests were
      -- legitimate" alone is no report of one)
      return new_event(d, pending[1], d.report_day)
    end
    return nil
  end

  -- Mentions before the first date, and titles and captions: they join an event told
  -- elsewhere (see late_target), and never start one of their own but in the cases it says.
  local function place_early(d, lead, pending, late)
    -- "Jeudi, les agriculteurs ont paralysé Bruxelles ... 1 250 tracteurs ont convergé" before
    -- "Elle a annoncé une nouvelle mobilisation le 12 mars": the actions told before the
    -- first date are the report's day's, not an action announced for later
    local lead_day, report = dates.day_of(lead.date), d.report_day and dates.day_of(d.report_day)
    local report_day = d.report_day
    if not report and d.given and #pending > 0 and pending[#pending].sent ~= pending[1].sent then
      -- (a live blog or a same-day report that writes no day: "12.05pm The front of the
      -- march has left Russell Square" before "a national day of action on May 9")
      report, report_day = d.anchor, dates.from_day(d.anchor)
    end
    if #pending > 0 and d.given and lead_day and report and lead_day > d.anchor and report < lead_day then
      local own = new_event(d, pending[1], report_day)
      for _, m in ipairs(pending) do add_mention(own, m) end
      pending = {}
    end
    for li, list in ipairs({ pending, late }) do
      for _, m in ipairs(list) do
        local target = late_target(d, lead, li, m)
        if target then add_mention(target, m) end
      end
    end
  end

  -- The events of document d (d.events), each with its mentions, read in the article's order.
  build_events = function(d)
    d.events = {}
    d.last_day = nil
    local st = { cur_date = nil, last_ev = nil, pending = {}, late = {}, later = {} }
    for _, s in ipairs(d.sents) do
      if s.mentions then
        for _, m in ipairs(s.mentions) do read_mention(d, s, m, st) end
      end
      if s.kind ~= "title" and s.kind ~= "caption" then note_last_day(d, s) end
    end
    join_later(d, st)
    local lead = lead_event(d, st.pending, st.late)
    if lead then place_early(d, lead, st.pending, st.late) end
  end
end

---------------------------------------------------------------------------------------
-- Fields of an event.

local function count_hits(tbl, hits)
  for _, h in ipairs(hits) do
    if h.label ~= "none" then tbl[h.label] = (tbl[h.label] or 0) + 1 end
  end
end

local function negated(toks, i)
  for k = math.max(1, i - 5), i - 1 do
    if NEGATION[toks[k]] then return true end
  end
  return false
end

-- Words that state a demand or an objection ("demand", "against", "réclament", "contre"):
-- a sentence of no event tells the claims of the article's action only with one of them.
local DEMAND_PREFIXES = { "demand", "call", "against", "oppos", "protest", "push", "want", "seek",
  "object", "urg", "insist", "campaign", "réclam", "exig", "contre", "revendi", "dénonc",
  "refus", "veul", "veut", "lutte", "défend", "obten" }
-- (one LPeg test per word: does it begin with one of the prefixes)
local DEMAND_START = lpeg.P(false)
for _, p in ipairs(DEMAND_PREFIXES) do DEMAND_START = DEMAND_START + lpeg.P(p) end
-- (the same test on a sentence's text, for one whose words are not cut)
local DEMAND_WORD = lexicon.word_starting(DEMAND_START)
-- (the answer kept per word in the lexicon, which is emptied past DEMAND_MAX words)
local DEMAND_MAX = 50000
local function demands(lex, toks)
  local memo = lex._demand_words
  if not memo or lex._demand_n >= DEMAND_MAX then
    memo = {}
    lex._demand_words, lex._demand_n = memo, 0
  end
  for _, w in ipairs(toks) do
    local yes = memo[w]
    if yes == nil then
      yes = DEMAND_START:match(w) ~= nil
      memo[w], lex._demand_n = yes, lex._demand_n + 1
    end
    if yes then return true end
  end
  return false
end

-- "the Education Ministry", "le ministère de la Santé", "SUD Santé": a claim word in the
-- name of a body names it, and states no demand.
local MINISTRY = { ministry = true, minister = true, ministers = true, secretary = true, department = true,
  ["ministère"] = true, ministre = true, ministres = true, ["secrétaire"] = true }
local function in_name(s, h)
  local toks = s.toks
  local nx = toks[h.j + 1]
  if MINISTRY[nx] then return true end
  for k = math.max(1, h.i - 3), h.i - 1 do
    if MINISTRY[toks[k]] then return true end
  end
  -- (a word of a longer name, "SUD Santé", "Education Ministry"; not "Mercosur", a whole
  -- name that says what farmers oppose)
  for _, e in ipairs(s.ents) do
    if e.type == "ORG" and h.start >= e.start and h.stop <= e.stop and (h.start > e.start or h.stop < e.stop) then
      return true
    end
  end
  return false
end

local function add_claims(d, s, set, texts)
  for _, h in ipairs(hits_of(d.lex.claims, s.toks, d.lang)) do
    if h.label ~= "none" and not negated(s.toks, h.i) and not in_name(s, h) then
      set[h.label] = true
      texts[#texts + 1] = { text = d.text:sub(h.start, h.stop), claim = h.label, at = h.start }
    end
  end
end

-- "23 personnes ont été interpellées", "At least 12 people were injured", "police detained
-- more than 700", "1,500 officers had been deployed": people arrested, hurt or sent to
-- police the crowd, not the crowd.
local CASUALTY = { arrested = true, detained = true, injured = true, hurt = true, wounded = true,
  killed = true, deployed = true, arrest = true, detain = true }
-- (French forms by their beginning: one LPeg test per word, no substring made)
local CASUALTY_START = lpeg.P("interpell") + lpeg.P("arrêté") + lpeg.P("arrestation") + lpeg.P("bless")
  + lpeg.P("tué") + lpeg.P("déploy")
-- (first letters of those forms: the LPeg test only for words that begin with one)
local CASUALTY_FIRST = { [byte("i")] = true, [byte("a")] = true, [byte("b")] = true,
  [byte("t")] = true, [byte("d")] = true }
local function casualty_word(w)
  return CASUALTY[w] or (CASUALTY_FIRST[byte(w)] and CASUALTY_START:match(w) ~= nil) or false
end
-- (the answer per entity is kept with the sentence: each mention of it asks again)
casualty = function(s, e)
  local got = s.casualty and s.casualty[e]
  if got ~= nil then return got end
  local toks = s.toks
  local k = tok_at(toks, e.start)
  local kj = tok_at(toks, e.stop)
  got = false
  for i = kj + 1, math.min(#toks, kj + 5) do
    if casualty_word(toks[i]) then got = true end
  end
  for i = math.max(1, k - 3), k - 1 do
    if casualty_word(toks[i]) then got = true end
  end
  s.casualty = s.casualty or {}
  s.casualty[e] = got
  return got
end

local function figure_of(e)
  local lo, hi = e.low, e.high
  if type(e.value) == "number" then lo, hi = e.value, e.value end
  if type(lo) ~= "number" and type(hi) ~= "number" then return nil end
  return lo, hi
end

-- Who gave the figure e: the source word nearest to it in its sentence that a cue
-- ("said", "according to", "selon") accompanies; else the journalist.
local function figure_source(d, s, e)
  local toks = s.toks
  if not any(C_SOURCE_CUES[d.lang], toks) then return "journalist" end
  local k = tok_at(toks, e.start)
  local best, bd
  for _, h in ipairs(find_all(C_SOURCES[d.lang], toks)) do
    -- a source after the figure ("30000 selon la CGT") binds closer than one before it;
    -- one across a comma or "while" farther
    local dist = h.i > k and h.i - k or 2 * (k - h.j) + 1
    local a, b = toks.E[math.min(h.i, k)], toks.S[math.max(h.i, k)]
    local between = d.text:sub(a + 1, b - 1)
    if between:find("[,;]") or between:find(" while ") or between:find(" tandis ") then
      dist = dist + 20
    end
    if not bd or dist < bd then best, bd = h.label, dist end
  end
  -- an ORG named after "selon"/"according to" is a source: a union counts as organizers
  for _, o in ipairs(s.ents) do
    if o.type == "ORG" then
      local ok = tok_at(toks, o.start)
      local prev = toks[ok - 1]
      local prev2 = toks[ok - 2]
      local oj = tok_at(toks, o.stop)
      local nxt = toks[oj + 1]
      local nxt2 = toks[oj + 2]
      local counts = (nxt == "said" or nxt == "says" or nxt == "counted" or nxt == "estimated"
        or nxt == "put" or nxt == "claimed" or (nxt == "a" and (nxt2 == "compté" or nxt2 == "recensé"
        or nxt2 == "dénombré" or nxt2 == "revendiqué")) or nxt == "revendique" or nxt == "compte")
      local named = prev == "selon" or prev2 == "selon" or prev == "to" and prev2 == "according"
        or (toks[ok - 3] == "according") or counts
      if named or SOURCE_OF_KIND[o.kind or "none"] then
        local dist = ok > k and ok - k or 2 * (k - ok) + 1
        -- an ORG that is not introduced as the source counts only when nothing nearer does
        if not named then dist = dist + 6 end
        if not bd or dist < bd then
          best, bd = SOURCE_OF_KIND[o.kind or "none"] or "other", dist
        end
      end
    end
  end
  return best or "journalist"
end

-- An ORG named before figure e in its sentence (a source of it).
local function names_org(s, e)
  for _, o in ipairs(s.ents) do
    if o.type == "ORG" and o.stop < e.start then return true end
  end
  return false
end

-- The kind (person, vehicle...) of a counted noun, by data/events/participants.tsv.
local function unit_label(d, unit)
  local toks = lexicon.words(unit)
  local hit = #toks > 0 and d.lex.participants:match_at(toks, 1, d.lang)
  if not hit and unit:sub(-1) == "s" then
    toks = lexicon.words(unit:sub(1, -2))
    hit = #toks > 0 and d.lex.participants:match_at(toks, 1, d.lang)
  end
  if hit and hit.n == #toks then return hit.label end
  return nil
end

-- "About 1,300 tractors entered the city, while the organisers said there were 3,000",
-- "1.300 tracteurs ... contre 3.000 selon le Boerenbond": a figure with no noun in a
-- sentence that counts vehicles, and no people, counts the same vehicles.
local function counts_vehicles(d, s, e)
  local vehicle = false
  for _, o in ipairs(s.ents) do
    if o ~= e and o.type == "QUANTITY" and type(o.unit) == "string" then
      local label = unit_label(d, dates.lower(o.unit))
      if label == "person" then return false end
      if label == "vehicle" then vehicle = true end
    end
  end
  return vehicle
end

unit_kind = function(d, e, s)
  local unit = type(e.unit) == "string" and dates.lower(e.unit) or nil
  if unit then
    local label = unit_label(d, unit)
    if label then return label end
  else
    if counts_vehicles(d, s, e) then return "vehicle" end
    -- no counted noun: a figure of 10 or more that a source gives ("8000 selon la préfecture");
    -- under 50 million, as no crowd was ever larger (a "4 billion" budget is not one)
    local v = e.value or e.low
    -- (the source may be a named organization: "the federation FWA put the number at 7,000")
    if type(v) == "number" and v >= 10 and v < 5e7 and any(C_SOURCE_CUES[d.lang], s.toks)
      and (#find_all(C_SOURCES[d.lang], s.toks) > 0 or names_org(s, e)) then
      return "person"
    end
  end
  -- "thousands rally", "hundreds more jeered": the word after the figure is a trigger
  local k = tok_at(s.toks, e.stop + 1)
  for step = 0, 1 do
    local t = s.toks[k + step]
    if t and s.toks.S[k + step] > e.stop then
      local m = d.lex.triggers:match_at(s.toks, k + step, d.lang)
      if m and m.label ~= "none" then return "person" end
      if t ~= "more" and t ~= "de" and t ~= "of" then break end
    end
  end
  return nil
end

-- The organizers a sentence names for its action: ORG or PERSON names next to a cue
-- ("organized by", "à l'appel de"), chained ones ("X, Y and Z"), an anaphor ("the union")
-- for the organizers named before, and for a strike the unions of the sentence, into o
-- (org_add(o, e) records an entity, org_add_name(o, name) a name; functions of the module,
-- not closures, which LuaJIT never compiles); returns whether it found one, and the text of
-- a collective ("10 unions") when it names no one.
local org_add, org_add_name
-- Whether entity e of sentence s is inside quotation marks (a slogan on a sign, "Nurses
-- Can't Wait", names no organizer).
local function quoted(d, s, e)
  local before = d.text:sub(s.start, e.start - 1)
  local _, straight = before:gsub('"', "")
  local _, open = before:gsub("\226\128\156", "")
  local _, close = before:gsub("\226\128\157", "")
  local _, gopen = before:gsub("\194\171", "")
  local _, gclose = before:gsub("\194\187", "")
  return straight % 2 == 1 or open > close or gopen > gclose
end

local ORGANIZER_NOUN = { organisers = true, organizers = true, organisateurs = true }
local function sentence_organizers(d, s, strike, o)
  local cues = find_all(C_ORGANIZE[d.lang], s.toks)
  local got, text = false, nil
  for _, c in ipairs(cues) do
    local last_j, last_e
    for _, e in ipairs(s.ents) do
      if (e.type == "ORG" or e.type == "PERSON") and not e.dateline then
        local ei, ej = tok_at(s.toks, e.start), tok_at(s.toks, e.stop)
        -- "organized by the X union" (X within 3 words after), "X (union) has launched",
        -- "L'union départementale CGT de Loire-Atlantique appelle" (5 words before),
        -- "Y, coorganisatrice", and "... by X and by Z" (a name right after "and"/"et")
        local after = ei > c.j and ei - c.j <= 3
        -- "the organisers, the Flemish farmers' union Boerenbond and the Walloon FWA, said":
        -- a name in apposition to the organizers, within 6 words after a comma
        if not after and ei > c.j and ei - c.j <= 6 and ORGANIZER_NOUN[s.toks[c.j]]
          and d.text:sub(s.toks.E[c.j] + 1, e.start - 1):match("^%s*,[^,;]*$") then
          after = true
        end
        -- "la grève lancée mardi 3 mars par la CGT": a name after "par"/"by" a few words on
        local by1, by2 = s.toks[ei - 1], s.toks[ei - 2]
        if ei > c.j and ei - c.j <= 8 and (by1 == "par" or by1 == "by" or by2 == "par" or by2 == "by") then
          after = true
        end
        -- (a noun cue names what follows it: "the group Extinction Rebellion", not "the
        -- director of the Nemesis collective")
        local before = ej < c.i and c.i - ej <= 5 and c.label ~= "after"
        -- "à l'appel d'une intersyndicale (CGT, FO...)": a list in brackets a few words on
        if ei > c.j and ei - c.j <= 6 and d.text:sub(1, e.start - 1):match("%(%s*$") then
          after = true
        end
        -- "(CGT, FO, CFDT et Solidaires)": only a comma between a name and the one before
        local listed = last_j and last_e and d.text:sub(last_e.stop + 1, e.start - 1):match("^%s*,%s*$")
        local chained = listed or last_j and ei > last_j and ei - last_j <= 8
          and (s.toks[ei - 1] == "and" or s.toks[ei - 1] == "et"
            or s.toks[ei - 1] == "by" and s.toks[ei - 2] == "and"
            or s.toks[ei - 1] == "par" and s.toks[ei - 2] == "et"
            or (s.toks[ei - 2] and (s.toks[ei - 2] == "and" or s.toks[ei - 2] == "et"))
            or CHAIN[s.toks[ei - 1]] or (s.toks[ei - 2] and CHAIN[s.toks[ei - 2]])
            or (s.toks[ei - 3] and CHAIN[s.toks[ei - 3]]))
        if after or before or chained then
          org_add(o, e)
          got = true
          if after or chained then last_j, last_e = ej, e end
        end
      end
    end
  end
  if #cues > 0 and not got then
    local ana = find_all(C_ANAPHOR[d.lang], s.toks)
    if #ana > 0 then
      -- "the unions", "les organisateurs": the organizers of an earlier event, else the
      -- union named last before this sentence
      if d.last_organizers and #d.last_organizers > 0 then
        for _, name in ipairs(d.last_organizers) do org_add_name(o, name) end
        got = true
      else
        for k = #d.ents, 1, -1 do
          local e = d.ents[k]
          if e.type == "ORG" and e.stop < s.start and e.kind == "union" and not e.dateline then
            org_add(o, e)
            got = true
            break
          end
        end
      end
    end
    if not got then
      for _, e in ipairs(s.ents) do
        if e.type == "QUANTITY" and type(e.unit) == "string"
          and (e.unit:find("^union") or e.unit:find("^syndicat") or e.unit:find("^organi")) then
          local ti = tok_at(s.toks, e.stop + 1)
          text = d.text:sub(e.start, (s.toks[ti] and s.toks.E[ti]) or e.stop)
        end
      end
    end
  end
  if strike then
    for _, e in ipairs(s.ents) do
      if e.type == "ORG" and e.kind == "union" and not quoted(d, s, e) then org_add(o, e) end
    end
  end
  return got, text
end

-- Words that open a sentence going on about the action told just before ("It was called
-- by the Belgian Transport Union").
local GOES_ON = { it = true, this = true, they = true, the = true, its = true, il = true,
  elle = true, ils = true, elles = true, ce = true, cette = true, la = true, le = true, les = true }

-- The sentences that may name an event's organizers: those of its mentions, and a
-- sentence with no action of its own right after one of them that goes on about it.
local function organizer_sentences(d, ev)
  local list, done = {}, {}
  for _, m in ipairs(ev.mentions) do
    local s = m.sent
    if not done[s] then
      done[s] = true
      list[#list + 1] = { s = s, strike = m.forms.strike }
      local nxt = s.index and d.sents[s.index + 1]
      if nxt and not nxt.mentions and not done[nxt] and nxt.kind == "paragraph" then
        local first = d.low:sub(nxt.start, nxt.stop):match("^[%s%p]*([%a\128-\255]+)")
        if first and GOES_ON[first] then
          done[nxt] = true
          if not nxt.toks then nxt.toks = lexicon.words(d.low:sub(nxt.start, nxt.stop), nxt.start - 1, true) end
          list[#list + 1] = { s = nxt, strike = m.forms.strike }
        end
      end
    end
  end
  return list
end

-- Kinds of ORG that do not stage protests themselves when they act ("police blocked the
-- road", "the council closed the square").
local NOT_ACTOR = { institution = true, company = true, police = true }

-- An organization that is the subject of the action ("Extinction Rebellion blocked the
-- A12", "whose union Solidarnosc blocked roads", "the CGT strike"): its name ends at most
-- one word before an action word of the event.
local function acting_orgs(d, ev, o)
  for _, m in ipairs(ev.mentions) do
    local s = m.sent
    -- ("French farmers from the FNSEA joined the convoy": they took part, not organized)
    local joined = m.group == "attend" or m.joined
    for _, e in ipairs(joined and {} or s.ents or {}) do
      if e.type == "ORG" and not e.dateline and not NOT_ACTOR[e.kind or ""] and e.stop < m.start then
        local gap = d.text:sub(e.stop + 1, m.start - 1)
        -- nothing but spaces, or one lower-case word ("has", "a", "ont"), between them
        if gap:match("^%s+$") or gap:match("^%s+[%l\128-\255]+%s+$") then org_add(o, e) end
      end
    end
  end
end

local UNIONISH = { "union", "labour", "labor", "trade", "worker", "syndica", "federation",
  "fédération", "confederation", "confédération", "intersyndic", "coalition", "collecti" }
local ADDRESSEE = { government = true, head_of_state = true, minister = true, interior_minister = true,
  parliament = true, court = true, european_union = true, foreign_government = true }

-- What the words of an organizer's name say, kept per language and name in the lexicon
-- (emptied past NAME_MAX names; the same few names come back in every article): whether
-- one begins as a union's does, whether the targets list names it a body protests are
-- addressed to, and its actor words.
local NAME_MAX = 20000
local function name_facts(d, name)
  local lex = d.lex
  local memo = lex._name_facts
  if not memo or lex._name_n >= NAME_MAX then
    memo = {}
    lex._name_facts, lex._name_n = memo, 0
  end
  local key = d.lang .. "\0" .. name
  local f = memo[key]
  if f then return f end
  local toks = lexicon.words(name)
  local unionish, addressee = false, false
  for _, w in ipairs(toks) do
    for _, p in ipairs(UNIONISH) do if w:sub(1, #p) == p then unionish = true end end
  end
  for _, h in ipairs(lex.targets:find(toks, d.lang)) do
    if ADDRESSEE[h.label] then addressee = true end
  end
  f = { unionish = unionish, addressee = addressee, actors = lex.actors:find(toks, d.lang) }
  memo[key], lex._name_n = f, lex._name_n + 1
  return f
end

-- The organizers being built: {d = document, names = {...}, seen = {name -> true}}.
org_add_name = function(o, name)
  if not o.seen[name] then
    o.seen[name] = true
    o.names[#o.names + 1] = name
  end
end

org_add = function(o, e)
  if NOT_ORGANIZER[e.kind or ""] then return end
  local name = type(e.canonical) == "string" and e.canonical or e.text
  -- a body protests are addressed to ("the National Assembly", "Congress of Deputies",
  -- "the European Commission") does not organize them
  -- ("Nigeria Labour Congress", "Trades Union Congress" are unions)
  local f = name_facts(o.d, name)
  if not (e.kind == "union" or f.unionish) and f.addressee then return end
  org_add_name(o, name)
end

local function organizers_of(d, ev)
  local o, text = { d = d, names = {}, seen = {} }, nil
  local sents = organizer_sentences(d, ev)
  for _, x in ipairs(sents) do
    local _, t = sentence_organizers(d, x.s, x.strike, o)
    text = text or t
  end
  acting_orgs(d, ev, o)
  if #o.names == 0 then
    -- no cue: a union named in the event's own sentences ("150 strikers rallied, according
    -- to the CGT union") called it
    for _, x in ipairs(sents) do
      for _, e in ipairs(x.s.ents) do
        if e.type == "ORG" and e.kind == "union" and not e.dateline and not quoted(d, x.s, e) then
          org_add(o, e)
        end
      end
    end
  end
  return o.names, text
end

local CLOSED_ACTORS = { "police", "workers", "farmers", "students", "teachers", "health_workers",
  "transport_workers", "lawyers", "journalists", "pensioners", "public_servants", "activists",
  "residents", "other" }

local function pick_actor(counts)
  local best, bn = nil, 0
  for _, a in ipairs(CLOSED_ACTORS) do
    -- "workers", "unions", "staff" are said of every trade: a named trade weighs more
    local n = (counts[a] or 0) * (a == "workers" and 0.5 or 1)
    if n > bn then best, bn = a, n end
  end
  return best or "other"
end

-- "the largest protest since 2023", "la plus grande manifestation depuis le 18 décembre": a
-- comparison, not an action going on since then.
local SUPERLATIVE = { largest = true, biggest = true, first = true, ["première"] = true,
  ["premier"] = true, grande = true, grosse = true, importante = true, forte = true }
local function goes_on(d, toks)
  if not any(C_ONGOING[d.lang], toks) then return false end
  for _, h in ipairs(find_all(C_ONGOING[d.lang], toks)) do
    local w = toks[h.i]
    local compared = false
    if h.i == h.j and (w == "since" or w == "depuis") then
      for k = math.max(1, h.i - 8), h.i - 1 do
        local x = toks[k]
        if SUPERLATIVE[x] and (x == "largest" or x == "biggest" or x == "first" or toks[k - 1]
          and (toks[k - 1] == "plus" or toks[k - 1] == "la" or toks[k - 1] == "le")) then
          compared = true
        end
      end
    end
    if not compared then return true end
  end
  return false
end

local function status_of(d, ev)
  local s = ev.first.sent
  for _, m in ipairs(ev.mentions) do
    if m.date and m.date.value == ev.date then s = m.sent break end
  end
  local toks = s.toks
  -- (an action dated after the document cannot be going on: "has called a general strike
  -- for April 9" beside "since March last year")
  local day = dates.day_of(ev.date)
  local later = d.given and day and day > d.anchor
  if (ev.forms.strike or ev.forms.occupation or ev.forms.blockade or ev.forms.hunger_strike) and not later then
    if goes_on(d, toks) then return "ongoing" end
  end
  if d.given then
    local y, mo, dd = dates.parse(ev.date)
    local n = dd and dates.daynum(y, mo, dd)
    if n and n > d.anchor then return "planned" end
    if n and n < d.anchor then return "happened" end
    if not n then
      local ay, am = dates.civil(d.anchor)
      if y > ay or (y == ay and mo > am) then return "planned" end
      if y < ay or (y == ay and mo < am) then return "happened" end
    end
  end
  if any(C_FUTURE[d.lang], toks) then return "planned" end
  return "happened"
end

-- Words around an actor word that make it a source or an object, not who protests:
-- "police said", "according to police", "clashed with police", "selon la police".
local NOT_ACTOR_AFTER = { said = true, say = true, says = true, counted = true, estimated = true,
  put = true, detained = true, arrested = true, fired = true, used = true, dispersed = true,
  gave = true, reported = true, did = true, declined = true, ["a"] = true, ont = true, estime = true, ["évalue"] = true,
  ["compté"] = true, ["recensé"] = true, ["interpellé"] = true,
  -- (police acting on protesters: "Dutch police detain hundreds", "officers carried them",
  -- "police spokesman", "les gendarmes ont évacué")
  detain = true, detains = true, arrest = true, arrests = true, moved = true, carried = true,
  removed = true, remove = true, evicted = true, cleared = true, charged = true, kettled = true,
  spokesman = true, spokeswoman = true, spokesperson = true, ["évacué"] = true, ["dispersé"] = true,
  ["chargé"] = true, ["porte"] = true, interpellent = true, ["évacuent"] = true }
local NOT_ACTOR_BEFORE = { according = true, selon = true, with = true, by = true, par = true,
  avec = true, to = true, ["à"] = true, told = true, de = true }
-- A reporter who saw the action is its witness, not who protests ("a constaté un
-- journaliste de l'AFP", "an AFP photographer saw", "told reporters").
local WITNESS_BEFORE = { ["constaté"] = true, ["observé"] = true, vu = true, observed = true,
  witnessed = true, saw = true, told = true, ["à"] = true, to = true, selon = true, according = true }
local WITNESS_AFTER = { saw = true, witnessed = true, observed = true, counted = true, reported = true,
  ["a"] = true, ["présent"] = true, ["présents"] = true }

-- Counts the actor words of sentence s for event ev: a word within a few words of one of
-- the event's triggers names who acts (3), one elsewhere counts 1, a source or an object
-- of the police kind ("police said", "clashed with police") not at all; a headline
-- counts twice.
local function count_actors(d, s, ev, actors)
  for _, h in ipairs(hits_of(d.lex.actors, s.toks, d.lang)) do
    if h.label ~= "none" then
      local w = 1
      for _, m in ipairs(ev.mentions) do
        if m.sent == s and h.j >= m.i - 8 and h.i <= m.j + 3 then w = 3 end
      end
      if h.label == "police" then
        -- ("Calgary police did not give", "la police cantonale a compté": within 3 words)
        local p1 = s.toks[h.i - 1]
        local p2 = s.toks[h.i - 2]
        if NOT_ACTOR_BEFORE[p1] or NOT_ACTOR_BEFORE[p2] then w = 0 end
        for k = h.j + 1, math.min(#s.toks, h.j + 3) do
          if NOT_ACTOR_AFTER[s.toks[k]] then w = 0 end
        end
      end
      if h.label == "journalists" then
        local p1, p2, p3 = s.toks[h.i - 1], s.toks[h.i - 2], s.toks[h.i - 3]
        if WITNESS_BEFORE[p1] or WITNESS_BEFORE[p2] or WITNESS_BEFORE[p3]
          or WITNESS_AFTER[s.toks[h.j + 1]] then w = 0 end
      end
      if s.kind == "title" then w = w * 2 end
      actors[h.label] = (actors[h.label] or 0) + w
    end
  end
end

-- The words of sentence s, cut (once) only when the LPeg test of matcher finds a word of
-- one of its phrases there: nil when none of its phrases (but "none") can match.
local function words_for(d, s, matcher)
  if s.toks then return s.toks end
  -- (with cues, a sentence with no words has no match of any list)
  if d.cued then return nil end
  local low = d.low:sub(s.start, s.stop)
  if not matcher:quick(d.lang):match(low) then return nil end
  s.toks = lexicon.words(low, s.start - 1, true)
  return s.toks
end

-- Counts the targets of sentence s, but not a city's name ("Brussels" the city is not the
-- EU) nor a source of figures ("selon la préfecture", "police prefecture counted").
local TARGET_SOURCE = { said = true, says = true, counted = true, estimated = true, put = true,
  gave = true, reported = true, estimates = true }
local TARGET_JOINS = { members = true, member = true, joined = true, joins = true, rejoint = true,
  ["élus"] = true, councillors = true }
local function count_targets(d, s, counts)
  local toks = s.toks
  for _, h in ipairs(hits_of(d.lex.targets, toks, d.lang)) do
    local skip = h.label == "none"
    for _, e in ipairs(s.ents) do
      -- (but "City Hall", a place, stands for the council it houses)
      if e.type == "PLACE" and h.start >= e.start and h.stop <= e.stop
        and not (e.kind == "site" and h.label == "local_authority") then skip = true end
    end
    local p1 = toks[h.i - 1]
    local p2 = toks[h.i - 2]
    local n1 = toks[h.j + 1]
    local n2 = toks[h.j + 2]
    if p1 == "selon" or p2 == "selon" or p2 == "according" or (toks[h.i - 3] == "according")
      or TARGET_SOURCE[n1] then
      skip = true
    end
    -- "Several City Council members joined the picket line": people who take part
    if TARGET_JOINS[n1] or TARGET_JOINS[n2] then skip = true end
    if not skip then counts[h.label] = (counts[h.label] or 0) + 1 end
  end
end

local TARGET_ORDER = { "government", "head_of_state", "minister", "interior_minister", "parliament",
  "police_chief", "local_authority", "employer", "european_union", "foreign_government", "court",
  "political_leaders", "citizens", "other" }

-- The target the whole document names most, for an event whose
-- own sentences name none ("The strike runs until Friday" after "against the government's
-- reform").
local function document_targets(d)
  if d.targets then return d.targets end
  local counts, best = {}, 0
  for _, s in ipairs(d.sents) do
    if s.kind ~= "caption" and words_for(d, s, d.lex.targets) then
      count_targets(d, s, counts)
    end
  end
  -- the one named most; a tie goes to the first of the closed list (government first)
  local top
  for _, t in ipairs(TARGET_ORDER) do
    if (counts[t] or 0) > best then top, best = t, counts[t] end
  end
  local out = {}
  if top then out[top] = true end
  d.targets = out
  return out
end

-- The actor words of the whole document (the headline twice), for an event whose own
-- sentences name no actor ("The strike runs until Friday").
local function document_actors(d)
  if d.actors then return d.actors end
  local actors = {}
  for _, s in ipairs(d.sents) do
    if words_for(d, s, d.lex.actors) then count_actors(d, s, { mentions = {} }, actors) end
  end
  d.actors = actors
  return actors
end

-- event_fields and its helpers (in a block: the main chunk has a limit of 200 locals).
local event_fields
do
  -- The sentences of an event's mentions, each once, in text order.
  local function event_sents(ev)
    local sents, seen = {}, {}
    for _, m in ipairs(ev.mentions) do
      if not seen[m.sent] then
        seen[m.sent] = true
        sents[#sents + 1] = m.sent
      end
    end
    table.sort(sents, by_start)
    return sents
  end

  -- Whether sentence s states a demand: true, false, or nil when no claim may be in it. Only
  -- sentences where a claim may be are read (a cheap LPeg test first), and the words of one
  -- that states no demand (another LPeg test) are cut only when they are needed.
  local function states_demand(d, s)
    if s.toks then return demands(d.lex, s.toks) end
    -- (no words from the cues: no match of any list, so no claim; as the test below)
    if d.cued then return nil end
    local low = d.low:sub(s.start, s.stop)
    if not d.lex.claims:quick(d.lang):match(low) then return nil end
    local demanding = DEMAND_WORD:match(low) ~= nil
    if demanding then s.toks = lexicon.words(low, s.start - 1, true) end
    return demanding
  end

  -- Adds the claims of a document's first event told in its context sentences: those of the
  -- sentences that state a demand; when there are none, those of all sentences (an article
  -- that never says "demand").
  local function add_context_claims(d, context, claims, claim_texts)
    local loose_sents = {}
    for _, s in ipairs(context) do
      local demanding = states_demand(d, s)
      if demanding then
        add_claims(d, s, claims, claim_texts)
      elseif demanding == false then
        loose_sents[#loose_sents + 1] = s
      end
    end
    if next(claims) then return end
    local loose, loose_texts = {}, {}
    for _, s in ipairs(loose_sents) do
      if not s.toks then s.toks = lexicon.words(d.low:sub(s.start, s.stop), s.start - 1, true) end
      add_claims(d, s, loose, loose_texts)
    end
    for c in pairs(loose) do claims[c] = true end
    for _, t in ipairs(loose_texts) do claim_texts[#claim_texts + 1] = t end
  end

  -- The places of an event in order of first mention, each once; its areas, each once and
  -- none that is one of its places (the record lists areas only when no locality).
  local function event_places(ev)
    local places, pseen = {}, {}
    for _, p in ipairs(ev.places) do
      local k = lexicon.fold(p)
      if not pseen[k] then pseen[k] = true places[#places + 1] = p end
    end
    local areas, aseen = {}, {}
    for _, p in ipairs(ev.areas) do
      local k = lexicon.fold(p)
      if not aseen[k] and not pseen[k] then aseen[k] = true areas[#areas + 1] = p end
    end
    return places, areas
  end

  -- Whether the vehicles counted by figure e of sentence s are those of mention m: m is a
  -- convoy or a blockade, or no mention of s is one and e is in m's segment.
  local function vehicle_owner(m, s, e)
    local owner = m.forms.convoy or m.forms.blockade
    if owner then return owner end
    for _, o in ipairs(s.mentions or {}) do
      if o.forms.convoy or o.forms.blockade then return false end
    end
    return in_seg(m, e)
  end

  -- The locality written nearest figure e in sentence s (or nil).
  local function nearest_locality(d, s, e)
    local place, pd
    for _, p in ipairs(s.ents) do
      if p.type == "PLACE" and LOCALITY[p.kind or "city"] and not p.dateline and not natural(p) then
        local dist = math.abs(p.start - e.start)
        if not pd or dist < pd then place, pd = canonical_place(d, p), dist end
      end
    end
    return place
  end

  -- Adds a count of people: every figure a source gives is kept (one per city), the same
  -- figure once, the one of the body rather than of a title or caption.
  local function add_people(d, s, e, lo, hi, figs, doc)
    local src = figure_source(d, s, e)
    local place = nearest_locality(d, s, e)
    local key = src .. "\0" .. tostring(lo) .. "\0" .. tostring(hi)
    local prio = (s.kind == "title" or s.kind == "caption") and 1 or 0
    local old = figs.seen[key]
    if old and old.prio <= prio then return end
    local fig = { low = lo, high = hi, text = e.text, source = src, doc = doc, place = place,
                  prio = prio, at = e.start }
    local participants = figs.participants
    if old then
      for i, f in ipairs(participants) do if f == old then table.remove(participants, i) break end end
    end
    figs.seen[key] = fig
    participants[#participants + 1] = fig
  end

  -- Adds quantity e of sentence s, told by mention m, to the figures it counts: places
  -- ("three cities"), vehicles or people.
  local function add_quantity(d, m, s, e, figs, doc)
    local owner = vehicle_owner(m, s, e)
    if not (in_seg(m, e) or owner or #s.mentions == 1) then return end
    local lo, hi = figure_of(e)
    local kind = lo and unit_kind(d, e, s)
    if kind == "person" and casualty(s, e) then kind = nil end
    local unit = type(e.unit) == "string" and e.unit or nil
    local seen = figs.seen
    if unit and (unit:find("^cit") or unit:find("^town") or unit:find("^ville")
      or unit:find("^commune") or unit:find("^localit")) then
      local key = "pc\0" .. e.start
      if not seen[key] then
        seen[key] = true
        figs.place_counts[#figs.place_counts + 1] = { text = e.text, unit = unit, doc = doc,
          low = e.low, high = e.high, value = e.value, approx = e.approx }
      end
    elseif kind == "vehicle" and owner then
      local key = "v\0" .. e.start
      if not seen[key] then
        seen[key] = true
        figs.vehicles[#figs.vehicles + 1] = { low = lo, high = hi, text = e.text, unit = unit, doc = doc }
      end
    elseif kind == "person" and (in_seg(m, e) or #s.mentions == 1) then
      add_people(d, s, e, lo, hi, figs, doc)
    end
  end

  -- The figures of an event, one per source (and place) in this document, the first told:
  -- participants, vehicles, place_counts and sites.
  local function event_figures(d, ev, doc)
    local figs = { participants = {}, vehicles = {}, place_counts = {}, sites = {}, seen = {} }
    local seen, sites = figs.seen, figs.sites
    for _, m in ipairs(ev.mentions) do
      local s = m.sent
      for _, e in ipairs(s.ents) do
        if e.type == "QUANTITY" then add_quantity(d, m, s, e, figs, doc) end
      end
      for _, e in ipairs(m.sites) do
        local key = "s\0" .. lexicon.fold(e.text)
        if not seen[key] then
          seen[key] = true
          sites[#sites + 1] = { text = e.text, doc = doc }
        end
      end
    end
    for _, f in ipairs(figs.participants) do f.prio, f.at = nil, nil end
    return figs
  end

  -- The evidence of an event: the spans of its sentences (0-based start, end exclusive).
  local function evidence_of(doc, sents)
    local evidence = {}
    for _, s in ipairs(sents) do
      evidence[#evidence + 1] = { doc = doc, start = s.start - 1, ["end"] = s.stop }
    end
    return evidence
  end

  -- The texts of the claims, each (claim, folded text) once.
  local function claims_text_of(doc, claim_texts)
    local out, seen = {}, {}
    for _, c in ipairs(claim_texts) do
      local key = c.claim .. "\0" .. lexicon.fold(c.text)
      if not seen[key] then
        seen[key] = true
        out[#out + 1] = { text = c.text, claim = c.claim, doc = doc }
      end
    end
    return out
  end

  -- The forms of an event: "demonstration" is the generic form, left out when any other
  -- form says more.
  local function forms_of(ev)
    local forms, generic_only = {}, true
    for f in pairs(ev.forms) do if f ~= "demonstration" then generic_only = false end end
    for f in pairs(ev.forms) do
      if generic_only or f ~= "demonstration" then forms[#forms + 1] = f end
    end
    return forms
  end

  -- The fields of event ev of document d (an atom for the merge); the first event of a
  -- document also takes the claims of its context sentences.
  event_fields = function(d, ev, is_first, context)
    local doc = d.id
    local sents = event_sents(ev)
    local claims, claim_texts, targets, actors = {}, {}, {}, {}
    for _, s in ipairs(sents) do
      add_claims(d, s, claims, claim_texts)
      count_targets(d, s, targets)
      count_actors(d, s, ev, actors)
    end
    if is_first then add_context_claims(d, context, claims, claim_texts) end
    local places, areas = event_places(ev)
    local organizers, org_text = organizers_of(d, ev)
    if #organizers > 0 then d.last_organizers = organizers end
    for _, o in ipairs(organizers) do count_hits(actors, name_facts(d, o).actors) end
    local figs = event_figures(d, ev, doc)
    local claim_list, target_list = {}, {}
    for c in pairs(claims) do claim_list[#claim_list + 1] = c end
    if not next(targets) then targets = document_targets(d) end
    for t in pairs(targets) do target_list[#target_list + 1] = t end
    return {
      doc = doc, date = ev.date, end_date = ev.end_date, status = status_of(d, ev),
      places = places, areas = areas,
      organizers = organizers, organizers_text = org_text,
      actor_type = pick_actor(next(actors) and actors or document_actors(d)),
      forms = forms_of(ev), claims = claim_list, targets = target_list,
      participants = figs.participants, vehicles = figs.vehicles,
      place_counts = figs.place_counts, sites = figs.sites, evidence = evidence_of(doc, sents),
      claims_text = claims_text_of(doc, claim_texts),
    }
  end
end

-- Folds each event of d into the one target_of(d, ev, kept) returns (kept: the events kept
-- so far), or keeps it.
local function fold_with(d, target_of)
  local out = {}
  for _, ev in ipairs(d.events) do
    local into = target_of(d, ev, out)
    if into then
      for _, m in ipairs(ev.mentions) do add_mention(into, m) end
    else
      out[#out + 1] = ev
    end
  end
  d.events = out
end

-- Two events of one document, on dates at most a day apart, that share a place and a form
-- group, are one (an overnight protest dated by two sentences).
local function overnight_target(d, ev, kept)
  local into
  for _, o in ipairs(kept) do
    local a, b = dates.day_of(o.date), dates.day_of(ev.date)
    -- (a vigil on Monday and a rally on Tuesday in one town are two actions: the same
    -- form, not only the same group)
    if a and b and math.abs(a - b) <= 1 and set_overlap(o.places, ev.places, d.lex) then
      for f in pairs(ev.forms) do if o.forms[f] then into = o end end
    end
    -- one strike told from two days of it
    if a and b and math.abs(a - b) <= 1 and o.groups.strike and ev.groups.strike then into = o end
    if into then break end
  end
  if into then
    -- an action told from two days is dated by the day it began, when a start word says
    -- so ("The walkout began on Tuesday"), not by a day it is only mentioned on
    local began = false
    for _, m in ipairs(ev.mentions) do
      if m.started and m.date and m.date.value == ev.date then began = true end
    end
    if began and dates.day_of(ev.date) and dates.day_of(into.date) and ev.date < into.date then
      into.date = ev.date
    end
  end
  return into
end

-- "the March walkout" beside "a strike on March 24": a mention dated only to a month is the
-- action of the same form group the article dates to a day of that month (one that shares
-- its place, else the first told), unless its own places are elsewhere.
local function month_target(d, ev)
  local into
  if #ev.date ~= 7 then return nil end
  for _, o in ipairs(d.events) do
    if o ~= ev and #o.date == 10 and o.date:sub(1, 7) == ev.date then
      local group = false
      for g in pairs(ev.groups) do if o.groups[g] then group = true end end
      local near = #ev.places == 0 or #o.places == 0 or set_overlap(ev.places, o.places, d.lex)
      if group and near and (not into or (#ev.places > 0 and #into.places == 0 and #o.places > 0)) then
        into = o
      end
    end
  end
  return into
end

-- A strike that lasts more than a day: "48-hour", "three-day", "open-ended", "illimitée".
local OPEN_ENDED = { indefinite = true, unlimited = true, reconductible = true, ["illimitée"] = true,
  ["illimité"] = true }
-- (a strike announced in a sentence that looks forward, "une nouvelle grève de trois jours
-- en mars", is another one)
local ANOTHER = { new = true, another = true, nouvelle = true, nouveau = true, autre = true }
local function multiday(d, ev)
  if ev.end_date and ev.end_date > ev.date then return true end
  for _, m in ipairs(ev.mentions) do
    local toks = m.sent.toks
    local prev = toks and toks[m.i - 1]
    if m.forms.strike and toks and not any(C_FUTURE[d.lang], toks) and not ANOTHER[prev] then
      for k = math.max(1, m.i - 6), math.min(#toks - 1, m.j + 6) do
        local w, nx = toks[k], toks[k + 1]
        local n = NUMBER_WORDS[w] or (w:match("^%d+$") and tonumber(w))
        if n and n >= 2 and (DAY_WORDS[nx] or (HOUR_WORDS[nx] and n >= 36)) then return true end
        if OPEN_ENDED[w] or (w == "open" and nx == "ended") then return true end
      end
    end
  end
  return false
end

-- A rally or march on a day of a strike that lasts several days is an action of its own
-- ("nurses filled Parliament Square for a rally" on the first day of a 48-hour strike);
-- one on a one-day strike is the same action ("une journée de grève et de manifestations").
-- The street mentions leave such an event with the figures told after them.
local function split_rallies(d)
  local out = {}
  for _, ev in ipairs(d.events) do
    out[#out + 1] = ev
    -- (only a rally written with its own day: one told without a date may be the strike's)
    local dated_street = false
    for _, m in ipairs(ev.mentions) do
      if m.group == "street" and m.date and m.date.value == ev.date then dated_street = true end
    end
    if ev.groups.strike and dated_street and multiday(d, ev) then
      local ms, street_sents = {}, {}
      for _, m in ipairs(ev.mentions) do
        ms[#ms + 1] = m
        if m.group == "street" then street_sents[m.sent] = true end
      end
      table.sort(ms, by_start)
      local keep, move, last = {}, {}, "strike"
      for _, m in ipairs(ms) do
        local g = m.group
        if g == "street" or g == "strike" then last = g end
        -- the rally's people and figures, and what its sentence adds ("blocking roads")
        if g == "street" or (g == "attend" and last == "street")
          or (g ~= "strike" and g ~= "attend" and street_sents[m.sent]) then
          move[#move + 1] = m
        else
          keep[#keep + 1] = m
        end
      end
      local rally = { date = ev.date, mentions = {}, forms = {}, groups = {}, places = {}, areas = {},
                      first = move[1] }
      local strike = { date = ev.date, end_date = ev.end_date, mentions = {}, forms = {}, groups = {},
                       places = {}, areas = {}, first = keep[1] }
      for _, m in ipairs(keep) do add_mention(strike, m) end
      for _, m in ipairs(move) do add_mention(rally, m) end
      out[#out] = strike
      out[#out + 1] = rally
    end
  end
  d.events = out
end

-- Words that end a strike ("voted to end a four-day strike", "returned to work").
local C_ENDED = compile({
  en = { "end a", "end the", "ended", "ending", "returned to work", "return to work", "called off",
         "suspended", "back to work" },
  fr = { "fin de", "mettre fin", "mis fin", "levée", "levé", "suspendu", "suspendue",
         "reprise du travail", "repris le travail", "reprennent le travail" },
})

-- (every list is compiled by now: the index of their first words)
for _, c in ipairs(COMPILED) do
  for _, p in ipairs(c) do
    local f = p.words[1]
    if #p.words == 1 then
      ANY_ONE[f] = ANY_ONE[f] or {}
      table.insert(ANY_ONE[f], c)
    else
      local by = ANY_TWO[f] or {}
      ANY_TWO[f] = by
      by[p.words[2]] = by[p.words[2]] or {}
      table.insert(by[p.words[2]], { p = p, list = c })
    end
  end
end

-- Whether a sentence tells an action's end ("voted to end", "returned to work"; not the
-- "ended" of "open-ended").
local function tells_end(d, toks)
  if not any(C_ENDED[d.lang], toks) then return false end
  for _, h in ipairs(find_all(C_ENDED[d.lang], toks)) do
    local prev = toks[h.i - 1]
    if not (toks[h.i] == "ended" and prev == "open") then return true end
  end
  return false
end

-- The status of a strike, blockade or occupation that began on or before the document date
-- and lasts several days: "ongoing" while the text tells it goes on ("entered its second
-- week", a three-day strike begun today), unless a sentence of it tells its end.
local function ongoing_status(d, ev, status)
  if status ~= "happened" and status ~= "planned" then return status end
  if not (ev.forms.strike or ev.forms.occupation or ev.forms.blockade or ev.forms.hunger_strike) then
    return status
  end
  local n = dates.day_of(ev.date)
  if not (d.given and n and n <= d.anchor) then return status end
  if ev.end_date and ev.end_date < dates.from_day(d.anchor) then return status end
  local lasting = multiday(d, ev)
  for _, m in ipairs(ev.mentions) do
    local toks = m.sent.toks
    if toks and tells_end(d, toks) then return status end
    if toks and goes_on(d, toks) then lasting = true end
  end
  return lasting and "ongoing" or status
end

-- A general strike ("grève générale", "general strike") spans a country or a region: the
-- dateline's or the headline's city is not its place.
local function general_strike(ev)
  for _, m in ipairs(ev.mentions) do
    local toks = m.sent.toks
    for _, h in ipairs(m.hits or {}) do
      local before = toks[h.i - 1]
      local after = toks[h.j + 1]
      if m.forms.strike and (before == "general" or after == "générale" or after == "generale") then
        return true
      end
    end
  end
  return false
end

-- An event placed only in a country ("outside Argentina's Congress") takes the dateline's
-- city when it lies in that country ("BUENOS AIRES, Argentina (AP) -"): the reporter is there
-- (a march or a rally only: a strike placed in a country is national)
local function within_area(d, ev, dateline)
  if #ev.places > 0 or #ev.areas == 0 then return end
  for g in pairs(ev.groups) do if g ~= "street" then return end end
  for _, p in ipairs(dateline) do
    local iso = M.place_country(d.lex, p)
    for _, a in ipairs(ev.areas) do
      if iso and M.place_country(d.lex, a) == iso and M.place_key(d.lex, a) ~= M.place_key(d.lex, p) then
        ev.places[#ev.places + 1] = p
        return
      end
    end
  end
end

-- An event that names no locality takes the headline's, else the dateline's ("DONGES
-- (AFP) -"), else those of the sentence before its first mention: reporters name the place
-- once and then speak of "the strike".
local function fallback_places(d, doc)
  local title, dateline = {}, {}
  for _, s in ipairs(d.sents) do
    if s.kind == "title" then
      for _, e in ipairs(s.ents) do
        if e.type == "PLACE" and LOCALITY[e.kind or "city"] and not natural(e) then
          title[#title + 1] = canonical_place(d, e)
        end
      end
    end
  end
  for _, e in ipairs(d.ents) do
    if e.dateline and e.type == "PLACE" and LOCALITY[e.kind or "city"] then
      dateline[#dateline + 1] = canonical_place(d, e)
    end
  end
  if #dateline == 0 and type(doc.dateline_place) == "string" and doc.dateline_place ~= "" then
    dateline[1] = canonical_place(d, { text = doc.dateline_place })
  end
  -- else the locality the article names most (twice at least; the first on a tie)
  local counts, first, most = {}, {}, nil
  for _, s in ipairs(d.sents) do
    if s.kind ~= "title" and s.kind ~= "caption" then
      for _, e in ipairs(s.ents) do
        if e.type == "PLACE" and LOCALITY[e.kind or "city"] and not natural(e) and not e.dateline then
          local name = canonical_place(d, e)
          local k = M.place_key(d.lex, name)
          if not counts[k] then counts[k], first[#first + 1] = 0, { k, name } end
          counts[k] = counts[k] + 1
        end
      end
    end
  end
  for _, f in ipairs(first) do
    if counts[f[1]] >= 2 and (not most or counts[f[1]] > counts[most[1]]) then most = f end
  end
  local frequent = most and { most[2] } or {}
  -- the country the article names most (the headline's too): "Portugal : grève des
  -- enseignants", for an action the text places nowhere else ("a new national strike on
  -- April 17")
  local ccount, country, cn = {}, nil, 0
  for _, s in ipairs(d.sents) do
    if s.kind ~= "caption" then
      for _, e in ipairs(s.ents) do
        if e.type == "PLACE" and e.kind == "country" and not e.dateline then
          local name = canonical_place(d, e)
          ccount[name] = (ccount[name] or 0) + 1
          if ccount[name] > cn then country, cn = name, ccount[name] end
        end
      end
    end
  end
  for _, ev in ipairs(d.events) do
    local n = dates.day_of(ev.date)
    -- the headline and the dateline tell the story of the days around the document date
    -- and what it announces (not a strike a month before, "quelques semaines après celui
    -- des médecins")
    local current = not d.anchor or not n or (n - d.anchor <= 31 and d.anchor - n <= 14)
    if #ev.places == 0 and #ev.areas == 0 and current and not general_strike(ev) then
      -- (else the locality the article names most, for any of its actions: "a second
      -- walkout on Thursday 5 March" in a live blog about London)
      local list = (#title > 0) and title or ((#dateline > 0) and dateline or frequent)
      if #list == 0 then
        list = {}
        local first_sent = ev.mentions[1] and ev.mentions[1].sent
        for k, s in ipairs(d.sents) do
          if s == first_sent and k > 1 then
            for _, e in ipairs(d.sents[k - 1].ents) do
              if e.type == "PLACE" and LOCALITY[e.kind or "city"] and not natural(e) and not e.dateline then
                list[#list + 1] = canonical_place(d, e)
              end
            end
          end
        end
      end
      for _, p in ipairs(list) do ev.places[#ev.places + 1] = p end
    end
    if current then within_area(d, ev, dateline) end
    if #ev.places == 0 and #ev.areas == 0 and country then ev.areas[1] = country end
  end
end

--- The events of one document, as atoms (see events/merge.lua), in document order.
function M.document(doc, lex)
  if type(doc) ~= "table" then error("detect.document: table expected", 2) end
  local d = prepare(doc, lex)
  document_dates(d, doc.date)
  d.low = lexicon.lower(d.text)
  local quick = d.lex.triggers:quick(d.lang)
  for _, s in ipairs(d.sents) do
    -- words are cut only where a trigger, or a figure, may be
    local has_fig = false
    for _, e in ipairs(s.ents) do if e.type == "QUANTITY" then has_fig = true break end end
    local ms = {}
    if d.cued then
      -- the words and matches of the C core's cues (none: the sentence matches no list)
      local cue = s.cue
      if cue then
        local toks = cue.toks
        toks.cue_hits, toks.cue_layout, toks.any, toks.hits = cue.hits, d.layout, nil, nil
        s.toks = toks
        -- (a figure counts only with a source's word: the test the Lua path makes below)
        if has_fig and not any(C_SOURCE_CUES[d.lang], toks) then has_fig = false end
        ms = sentence_mentions(d, s)
      else
        has_fig = false
      end
    else
      local low = d.low:sub(s.start, s.stop)
      -- a figure counts only with a source's word ("said", "selon"): look for one cheaply
      if has_fig and not QUICK_CUE[d.lang]:match(low) then has_fig = false end
      if quick:match(low) or has_fig then
        s.toks = lexicon.words(low, s.start - 1, true)
        ms = sentence_mentions(d, s)
      end
    end
    if #ms == 0 and s.kind ~= "title" and s.kind ~= "caption" then
      -- "Unions said 10,000 officers had taken part, police counted 2,300": a sentence of
      -- figures and their sources joins the event told before it
      if has_fig and any(C_SOURCE_CUES[d.lang], s.toks) and #find_all(C_SOURCES[d.lang], s.toks) > 0 then
        ms = { { forms = {}, group = "attend", start = s.start, stop = s.stop, i = 1, j = 1, sent = s,
                 n = 1, seg_start = s.start, seg_stop = s.stop } }
      end
    end
    if #ms > 0 then
      s.mentions = ms
      -- a weekday alone points forward only with a future tense ("will", "prévu", "would")
      local future = any(C_DATE_FUTURE[d.lang], s.toks) or plans_to(s.toks)
      s.weak = any(C_WEAK[d.lang], s.toks)
      s.same_day = any(C_SAME_DAY[d.lang], s.toks)
      s.also = any(C_ALSO[d.lang], s.toks)
      s.solidarity = any(C_SOLIDARITY[d.lang], s.toks)
      s.echo = any(C_ECHO[d.lang], s.toks)
      local ds = sentence_dates(d, s, future)
      bind_dates(ms, ds, s.toks)
      -- "will meet on Monday to decide whether to call a strike": the day is the meeting's,
      -- the strike only considered
      if any(C_DECIDE[d.lang], s.toks) then
        s.weak = true
        for _, m in ipairs(ms) do m.date = nil end
      end
      for _, m in ipairs(ms) do
        m.end_date = end_date_of(m, ds, s.toks)
        shift_ordinal_day(m, s.toks)
      end
      for _, m in ipairs(ms) do mention_places(d, m) end
    end
    -- the day last written in the body, for "la veille" in a later sentence
    if s.kind ~= "title" and s.kind ~= "caption" then
      for _, e in ipairs(s.ents) do
        local n = e.type == "DATE" and not e.dateline and type(e.value) == "string" and dates.day_of(e.value)
        if n then d.run_day = n end
      end
    end
  end
  build_events(d)
  if M.trace then M.trace("built", d) end
  fold_with(d, overnight_target)
  fold_with(d, month_target)
  split_rallies(d)
  if M.trace then M.trace("folded", d) end
  fallback_places(d, doc)
  local context = {}
  for _, s in ipairs(d.sents) do
    if not s.mentions and s.kind ~= "caption" and s.kind ~= "title" then context[#context + 1] = s end
  end
  local atoms = {}
  for k, ev in ipairs(d.events) do
    atoms[#atoms + 1] = event_fields(d, ev, k == 1, context)
    atoms[#atoms].status = ongoing_status(d, ev, atoms[#atoms].status)
  end
  -- an event whose sentences state no claim is one more action of the article's dispute:
  -- it takes the claims of the first event (which also reads the sentences of no event)
  for k = 2, #atoms do
    if #atoms[k].claims == 0 then
      for i, c in ipairs(atoms[1].claims) do atoms[k].claims[i] = c end
    end
  end
  return atoms
end

return M
