#!/usr/bin/env lua5.4
-- tools/ner_split.lua -- select records of ../shared/data/ner/*.jsonl by their `source`
-- (corpus/genre/split) and write them as project gold (id, lang, text, entities) on stdout,
-- so `bin/protestcorpus eval` can score the public held-out splits.
--   lua5.4 tools/ner_split.lua ../shared/data/ner/gum.en.jsonl 'GUM/news/(dev|test)' > gum-news.jsonl
-- The pattern is a Lua pattern, or several separated by '|' inside one (...) group.
local cjson = require("cjson")
local file, pat = arg[1], arg[2]
if not file or not pat then
  io.stderr:write("usage: ner_split.lua FILE SOURCE-PATTERN\n")
  os.exit(2)
end
local alts = {}
local pre, group, post = pat:match("^(.-)%((.-)%)(.*)$")
if pre then
  for a in group:gmatch("[^|]+") do alts[#alts + 1] = "^" .. pre .. a .. post .. "$" end
else
  alts[1] = "^" .. pat .. "$"
end
for line in io.lines(file) do
  local r = cjson.decode(line)
  for _, p in ipairs(alts) do
    if r.source:match(p) then
      io.write(cjson.encode({ id = r.id, lang = r.lang, text = r.text, entities = r.entities }), "\n")
      break
    end
  end
end
