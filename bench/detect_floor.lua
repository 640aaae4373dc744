-- What any detection in Lua must pay at least, on a corpus: the cost of reading its text
-- word by word, however the rules are written (docs/events.md, "How detection is fast"):
--
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/detect_floor.lua CORPUS.jsonl
--
-- Over the lowercase text of every sentence (the C core parses first, not timed), CPU
-- seconds of: one LPeg pass that skips word after word (the least a scanner written in
-- LPeg does), the trigger list's quick LPeg test, string.gmatch over the words, and
-- lexicon.tokens (a table per word, what the rules read). Timing only prints.
local pc = require "protestcorpus"
local corpus = require "protestcorpus.corpus"
local events = require "protestcorpus.events"
local lexicon = require "protestcorpus.events.lexicon"
local cli_events = require "protestcorpus.cli.events"
local lpeg = require "lpeg"

local path = assert(arg[1], "usage: detect_floor.lua CORPUS.jsonl")
local lex = assert(events.load())
local texts, langs, bytes = {}, {}, 0
for rec in corpus.open({ path }, {}) do
  local doc = assert(pc.parse(rec.text, { date = rec.date, lang = rec.lang }))
  local input = assert(cli_events.input(rec, doc))
  local low = lexicon.lower(input.text)
  for _, s in ipairs(input.sentences) do
    texts[#texts + 1] = low:sub(s.start + 1, s["end"])
    langs[#texts] = input.lang == "fr" and "fr" or "en"
    bytes = bytes + s["end"] - s.start
  end
end

local P, R = lpeg.P, lpeg.R
local cont = R "\128\191"
-- (the letters of lexicon.lua)
local letter = R("az", "AZ", "09") + R "\195\223" * cont + P "\226" * R "\129\191" * cont
  + (R "\224\239" - P "\226") * cont * cont + R "\240\244" * cont * cont * cont
local nonletters = (P(1) - letter) ^ 0
local skip = nonletters * (letter ^ 1 * nonletters) ^ 0

local function run(name, f)
  collectgarbage()
  local c0 = os.clock()
  local n = 0
  for i, t in ipairs(texts) do n = n + f(t, langs[i]) end
  local s = os.clock() - c0
  print(("%-34s %6.3f s  %7.1f MB/s"):format(name, s, bytes / 1e6 / math.max(s, 1e-9)))
  return n
end

print(("%s: %d sentences, %.2f MB"):format(_VERSION .. (rawget(_G, "jit") and " (LuaJIT)" or ""),
  #texts, bytes / 1e6))
run("LPeg pass, word after word", function(t) return skip:match(t) end)
run("trigger quick test (LPeg)", function(t, l) return lex.triggers:quick(l):match(t) and 1 or 0 end)
run("string.gmatch over the words", function(t)
  local n = 0
  for _ in t:gmatch("[%w\128-\255]+") do n = n + 1 end
  return n
end)
local words = run("lexicon.tokens (a table per word)", function(t) return #lexicon.tokens(t, 0, true) end)
print(("%d words"):format(words))
