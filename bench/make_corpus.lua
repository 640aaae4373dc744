-- make_corpus.lua: builds the benchmark corpus by repeating the example articles.
--
--   lua5.4 make_corpus.lua OUTDIR MIN_MB FILE...
--
-- Whole rounds of FILE... (sorted by name) are repeated until the corpus holds at least
-- MIN_MB * 1e6 bytes of article text. Deterministic: same files in, same bytes out.
-- Writes two files with the same documents in the same order:
--   OUTDIR/corpus.rec    one record per article: "<byte count>\n<bytes>\n" (read by the
--                        benchmarks: no JSON decoder needed, any bytes allowed)
--   OUTDIR/corpus.jsonl  one {"id": "en_01.txt#1", "text": "..."} object a line (for the
--                        command-line tools); JSON cannot hold invalid UTF-8, so there each
--                        invalid byte is replaced by U+FFFD (corpus.rec keeps the bytes)
local outdir, min_mb = arg[1], tonumber(arg[2])
if not outdir or not min_mb or not arg[3] then
  io.stderr:write("usage: make_corpus.lua OUTDIR MIN_MB FILE...\n")
  os.exit(2)
end

local files = {}
for i = 3, #arg do files[#files + 1] = arg[i] end
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
for r = 1, rounds do
  for _, a in ipairs(articles) do
    a.rec = a.rec or (#a.text .. "\n" .. a.text .. "\n")
    a.json = a.json or json_string(a.text)
    rec:write(a.rec)
    jsonl:write('{"id":"', a.name, "#", r, '","text":', a.json, "}\n")
    ndocs, nbytes = ndocs + 1, nbytes + #a.text
  end
end
assert(rec:close())
assert(jsonl:close())
print(string.format("corpus: %d articles (%d files x %d rounds), %d bytes of text -> %s/corpus.rec, corpus.jsonl",
  ndocs, #files, rounds, nbytes, outdir))
