-- make_corpus.lua: builds the benchmark corpus by repeating the example articles.
--
--   lua5.4 make_corpus.lua [--distinct] OUTDIR MIN_MB FILE...
--
-- Whole rounds of FILE... (sorted by name) are repeated until the corpus holds at least
-- MIN_MB * 1e6 bytes of article text. Deterministic: same files in, same bytes out.
-- By default every round tells the same events again (one event of the examples is then
-- told by as many documents as there are rounds: 990 in 200 MB). With --distinct, round r
-- moves every year written in its copies (the "date" header line and the years 1990-2039
-- in the text: "November 7, 2025", "in 2024") r - 1 years later, so that each round's
-- events are events of their own, as in a real corpus where an event is told by a few
-- articles, not a thousand. (Weekday names are left as they are: the dates of a copy may
-- then fall on another weekday than its text says, which the date resolver settles as
-- it settles any such slip.)
-- Writes two files with the same documents in the same order:
--   OUTDIR/corpus.rec    one record per article: "<byte count>\n<bytes>\n" (read by the
--                        benchmarks: no JSON decoder needed, any bytes allowed)
--   OUTDIR/corpus.jsonl  one {"id": "en_01.txt#1", "text": "..."} object a line (for the
--                        command-line tools); JSON cannot hold invalid UTF-8, so there each
--                        invalid byte is replaced by U+FFFD (corpus.rec keeps the bytes)
local first = 1
local distinct = arg[1] == "--distinct"
if distinct then first = 2 end
local outdir, min_mb = arg[first], tonumber(arg[first + 1])
if not outdir or not min_mb or not arg[first + 2] then
  io.stderr:write("usage: make_corpus.lua [--distinct] OUTDIR MIN_MB FILE...\n")
  os.exit(2)
end

local files = {}
for i = first + 2, #arg do files[#files + 1] = arg[i] end
table.sort(files)

local articles = {}
local round_bytes = 0
for _, path in ipairs(files) do
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  articles[#articles + 1] = { name = path:match("([^/]+)$"), text = text }
  round_bytes = round_bytes + #text
end
assert(round_bytes > 0, "empty example files")

local ESC = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
-- Needs Lua 5.3+ (utf8 library): run with lua5.4.
local function valid_utf8(s)
  local parts, i = {}, 1
  while true do
    local ok, bad = utf8.len(s, i)
    if ok then break end
    parts[#parts + 1] = s:sub(i, bad - 1) .. "\u{FFFD}"
    i = bad + 1
  end
  parts[#parts + 1] = s:sub(i)
  return table.concat(parts)
end

local function json_string(s)
  return '"' .. valid_utf8(s):gsub('[%c"\\]', function(c)
    return ESC[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local rounds = math.ceil(min_mb * 1e6 / round_bytes)
local rec = assert(io.open(outdir .. "/corpus.rec", "wb"))
local jsonl = assert(io.open(outdir .. "/corpus.jsonl", "wb"))
-- Each article's encoded forms are computed once and written `rounds` times.
local ndocs, nbytes = 0, 0
-- The text of a copy in round r: with --distinct, its years r - 1 later.
local function shifted(text, r)
  if not distinct or r == 1 then return text end
  return (text:gsub("%f[%w](%d%d%d%d)%f[%W]", function(y)
    local n = tonumber(y)
    if n >= 1990 and n <= 2039 then return tostring(n + r - 1) end
    return y
  end))
end

for r = 1, rounds do
  for _, a in ipairs(articles) do
    local text = a.text
    if distinct and r > 1 then
      text = shifted(a.text, r)
      rec:write(#text, "\n", text, "\n")
      jsonl:write('{"id":"', a.name, "#", r, '","text":', json_string(text), "}\n")
    else
      a.rec = a.rec or (#a.text .. "\n" .. a.text .. "\n")
      a.json = a.json or json_string(a.text)
      rec:write(a.rec)
      jsonl:write('{"id":"', a.name, "#", r, '","text":', a.json, "}\n")
    end
    ndocs, nbytes = ndocs + 1, nbytes + #text
  end
end
assert(rec:close())
assert(jsonl:close())
print(string.format("corpus: %d articles (%d files x %d rounds), %d bytes of text -> %s/corpus.rec, corpus.jsonl",
  ndocs, #files, rounds, nbytes, outdir))
