-- Corpus readers: every input kind, every bad-record case, and counts that account for
-- every record (read == yielded + rejected). Works in temporary folders it removes.
local lfs = require "lfs"
local corpus = require "protestcorpus.corpus"
local helper = require "spec.helper"
local write = helper.write
local rmtree = helper.rmtree

local tempdir = helper.tempdir

-- Reads everything; returns the records, the errors and the reader.
local function read_all(paths, opts)
  local errors = {}
  opts = opts or {}
  opts.on_error = opts.on_error or function(e) errors[#errors + 1] = e end
  local reader = corpus.open(paths, opts)
  local recs = {}
  for rec in reader do recs[#recs + 1] = rec end
  return recs, errors, reader
end

local function ids(recs)
  local out = {}
  for i, r in ipairs(recs) do out[i] = r.id end
  return out
end

describe("corpus.valid_date", function()
  it("accepts calendar dates and refuses the rest", function()
    assert.is_true(corpus.valid_date("2026-01-31"))
    assert.is_true(corpus.valid_date("2024-02-29"))
    assert.is_true(corpus.valid_date("2000-02-29"))
    assert.is_false(corpus.valid_date("1900-02-29"))
    assert.is_false(corpus.valid_date("2026-02-30"))
    assert.is_false(corpus.valid_date("2026-13-01"))
    assert.is_false(corpus.valid_date("2026-1-31"))
    assert.is_false(corpus.valid_date("2026-01-31T10:00"))
    assert.is_false(corpus.valid_date("0000-01-01"))
    assert.is_false(corpus.valid_date(20260131))
  end)
end)

describe("corpus.open", function()
  local dir

  before_each(function() dir = tempdir() end)
  after_each(function() rmtree(dir) end)

  it("reads a directory's .txt files sorted by name, bytes unchanged", function()
    write(dir .. "/b.txt", "second\r\nline two\r\n")
    write(dir .. "/a.txt", "first")
    write(dir .. "/C.TXT", "upper-case extension")
    write(dir .. "/notes.md", "not an article")
    write(dir .. "/.hidden.txt", "hidden")
    assert(lfs.mkdir(dir .. "/sub"))
    write(dir .. "/sub/c.txt", "in a subdirectory")
    local recs, errors, reader = read_all(dir)
    assert.same({ "C", "a", "b" }, ids(recs))
    assert.equal("second\r\nline two\r\n", recs[3].text)
    assert.equal(dir .. "/b.txt", recs[3].source_path)
    assert.is_nil(recs[3].line)
    assert.is_nil(recs[3].date)
    assert.same({}, errors)
    assert.equal(3, reader.read)
    assert.equal(0, reader.rejected)
  end)

  it("descends into subdirectories with recursive, ids relative to the root", function()
    write(dir .. "/a.txt", "A")
    assert(lfs.mkdir(dir .. "/m"))
    write(dir .. "/m/z.txt", "Z")
    assert(lfs.mkdir(dir .. "/m/n"))
    write(dir .. "/m/n/y.txt", "Y")
    write(dir .. "/n.txt", "N")
    local recs, errors = read_all(dir .. "/", { recursive = true })
    assert.same({ "a", "m/n/y", "m/z", "n" }, ids(recs))
    assert.equal(dir .. "/m/n/y.txt", recs[2].source_path)
    assert.same({}, errors)
  end)

  it("reads a single .txt file as one article, whatever its first byte", function()
    write(dir .. "/one.txt", "{not json, an article}")
    local recs = read_all(dir .. "/one.txt")
    assert.equal(1, #recs)
    assert.equal("one", recs[1].id)
    assert.equal("{not json, an article}", recs[1].text)
  end)

  it("reads JSON Lines: fields, default ids, CRLF, BOM, empty lines, long lines", function()
    local long = string.rep("x", 200000) .. "é"
    write(dir .. "/c.jsonl", table.concat({
      '\239\187\191{"id": "doc1", "text": "Hello", "date": "2026-01-31", "lang": "fr", "title": "T"}\r\n',
      "\r\n",
      "   \n",
      '{"text": "no id", "date": null, "lang": null}\r\n',
      '{"id": 42, "text": "numeric id"}\n',
      '{"text": "' .. long .. '"}', -- last line without a newline
    }))
    local recs, errors, reader = read_all(dir .. "/c.jsonl")
    assert.same({}, errors)
    assert.equal(4, #recs)
    assert.same({ id = "doc1", text = "Hello", date = "2026-01-31", lang = "fr", title = "T",
      source_path = dir .. "/c.jsonl", line = 1 }, recs[1])
    assert.same({ id = dir .. "/c.jsonl:4", text = "no id", source_path = dir .. "/c.jsonl", line = 4 }, recs[2])
    assert.equal("42", recs[3].id)
    assert.equal(long, recs[4].text)
    assert.equal(6, recs[4].line)
    assert.equal(4, reader.read)
    assert.equal(0, reader.rejected)
  end)

  it("treats .ndjson as JSON Lines and detects JSON Lines by content", function()
    write(dir .. "/a.ndjson", '{"text": "one"}\n')
    write(dir .. "/dump.data", '\n  \n{"text": "two"}\n{"text": "three"}\n')
    write(dir .. "/article", "An article\nwith two lines.\n")
    write(dir .. "/blank", "  \n\n")
    local recs, errors = read_all({ dir .. "/a.ndjson", dir .. "/dump.data", dir .. "/article", dir .. "/blank" })
    assert.same({}, errors)
    assert.same({ dir .. "/a.ndjson:1", dir .. "/dump.data:3", dir .. "/dump.data:4", "article" }, ids(recs))
    assert.equal("An article\nwith two lines.\n", recs[4].text)
  end)

  it("reads - from opts.stdin: JSON Lines when it starts with {, else one article", function()
    local path = dir .. "/in"
    write(path, '{"id": "s1", "text": "one"}\n{"text": "two"}\n')
    local fh = assert(io.open(path, "rb"))
    local recs, errors = read_all("-", { stdin = fh })
    fh:close()
    assert.same({}, errors)
    assert.same({ "s1", "-:2" }, ids(recs))
    assert.equal("-", recs[2].source_path)

    write(path, "Plain article text.\r\n")
    fh = assert(io.open(path, "rb"))
    recs = read_all("-", { stdin = fh })
    fh:close()
    assert.equal(1, #recs)
    assert.equal("stdin", recs[1].id)
    assert.equal("Plain article text.\r\n", recs[1].text)

    write(path, "")
    fh = assert(io.open(path, "rb"))
    local _, errs, reader = read_all("-", { stdin = fh })
    fh:close()
    assert.same({}, errs)
    assert.equal(0, reader.read)
  end)

  it("reports and skips every bad JSON Lines record, counting each", function()
    local path = dir .. "/bad.jsonl"
    write(path, table.concat({
      '{"id": "ok1", "text": "fine"}',
      '{"id": "broken", "text": ',
      '{"id": "notext"}',
      '{"id": "numtext", "text": 12}',
      '{"id": "nulltext", "text": null}',
      '{"id": "baddate", "text": "x", "date": "31/01/2026"}',
      '{"id": "feb30", "text": "x", "date": "2026-02-30"}',
      '[1, 2]',
      '"just a string"',
      '{"id": "badlang", "text": "x", "lang": "de"}',
      '{"id": ["list"], "text": "x"}',
      '{"id": "badtitle", "text": "x", "title": 5}',
      '',
      '{"id": "ok2", "text": "fine too"}',
    }, "\n") .. "\n")
    local recs, errors, reader = read_all(path)
    assert.same({ "ok1", "ok2" }, ids(recs))
    local got = {}
    for i, e in ipairs(errors) do
      assert.equal(path, e.path)
      got[i] = e.line .. " " .. e.message
    end
    assert.equal(11, #got)
    assert.matches("^2 invalid JSON", got[1])
    assert.same({
      '3 missing "text"',
      '4 "text" is not a string',
      '5 missing "text"',
      '6 "date" is not a valid YYYY-MM-DD date: "31/01/2026"',
      '7 "date" is not a valid YYYY-MM-DD date: "2026-02-30"',
      "8 not a JSON object",
      "9 not a JSON object",
      '10 "lang" is not one of en, fr, und: "de"',
      '11 "id" is not a string or a number',
      '12 "title" is not a string',
    }, { select(2, (table.unpack or unpack)(got)) }) -- luacheck: ignore 143
    assert.equal(13, reader.read)
    assert.equal(11, reader.rejected)
    assert.equal(14, recs[2].line)
  end)

  it("reports unreadable directory entries and goes on: a directory named x.txt, a dangling symlink", function()
    write(dir .. "/a.txt", "A")
    assert(lfs.mkdir(dir .. "/x.txt"))
    assert(lfs.link(dir .. "/does-not-exist", dir .. "/y.txt", true))
    write(dir .. "/z.txt", "Z")
    local recs, errors, reader = read_all(dir)
    assert.same({ "a", "z" }, ids(recs))
    assert.equal(2, #errors)
    assert.same({ path = dir .. "/x.txt", message = "cannot read: is a directory" }, errors[1])
    assert.same({ path = dir .. "/y.txt", message = "cannot read: No such file or directory" }, errors[2])
    assert.equal(4, reader.read)
    assert.equal(2, reader.rejected)
  end)

  it("reports a file that vanished after the directory was listed", function()
    write(dir .. "/a.txt", "A")
    write(dir .. "/b.txt", "B")
    write(dir .. "/c.txt", "C")
    local errors = {}
    local reader = corpus.open(dir, { on_error = function(e) errors[#errors + 1] = e end })
    assert.equal("a", reader().id)
    assert(os.remove(dir .. "/b.txt"))
    assert.equal("c", reader().id)
    assert.is_nil(reader())
    assert.same({ { path = dir .. "/b.txt", message = "cannot read: No such file or directory" } }, errors)
    assert.equal(3, reader.read)
    assert.equal(1, reader.rejected)
  end)

  it("reports paths that do not exist and reads the others in order", function()
    write(dir .. "/a.txt", "A")
    write(dir .. "/b.jsonl", '{"id": "j", "text": "J"}\n')
    local recs, errors, reader = read_all({ dir .. "/b.jsonl", dir .. "/missing.txt", dir .. "/a.txt" })
    assert.same({ "j", "a" }, ids(recs))
    assert.same({ { path = dir .. "/missing.txt", message = "cannot read: No such file or directory" } }, errors)
    assert.equal(3, reader.read)
    assert.equal(1, reader.rejected)
  end)

  it("keeps errors in reader.errors when there is no on_error", function()
    write(dir .. "/b.jsonl", '{"text": "fine"}\nnot json\n')
    local reader = corpus.open(dir .. "/b.jsonl")
    local n = 0
    for _ in reader do n = n + 1 end
    assert.equal(1, n)
    assert.equal(1, #reader.errors)
    assert.equal(2, reader.errors[1].line)
  end)

  it("stops when on_error closes the reader (what --strict does)", function()
    write(dir .. "/b.jsonl", '{"text": "1"}\nbad\n{"text": "3"}\n')
    local reader
    local seen = {}
    reader = corpus.open(dir .. "/b.jsonl", { on_error = function() reader:close() end })
    for rec in reader do seen[#seen + 1] = rec.text end
    assert.same({ "1" }, seen)
    assert.equal(2, reader.read)
    assert.equal(1, reader.rejected)
    assert.is_nil(reader())
  end)

  it("raises on programmer errors, not on data", function()
    assert.has_error(function() corpus.open(42) end)
    assert.has_error(function() corpus.open({ "a", 3 }) end)
    assert.has_error(function() corpus.open("a", { on_error = "x" }) end)
  end)
end)

describe("corpus.json_lines", function()
  local dir

  before_each(function() dir = tempdir() end)
  after_each(function() rmtree(dir) end)

  it("yields objects with their line numbers and reports bad lines", function()
    write(dir .. "/x.jsonl", '\239\187\191{"a": 1}\n\n[2]\n{"b": "two"}\r\n{oops\n')
    local errors = {}
    local reader = assert(corpus.json_lines(dir .. "/x.jsonl", { on_error = function(e) errors[#errors + 1] = e end }))
    local got = {}
    for obj, line in reader do got[#got + 1] = { obj, line } end
    assert.same({ { { a = 1 }, 1 }, { { b = "two" }, 4 } }, got)
    assert.equal(2, #errors)
    assert.same({ path = dir .. "/x.jsonl", line = 3, message = "not a JSON object" }, errors[1])
    assert.equal(5, errors[2].line)
    assert.equal(4, reader.read)
    assert.equal(2, reader.rejected)
  end)

  it("returns nil and a message for a file it cannot open", function()
    local r, err = corpus.json_lines(dir .. "/none.jsonl")
    assert.is_nil(r)
    assert.equal("cannot read " .. dir .. "/none.jsonl: No such file or directory", err)
    r, err = corpus.json_lines(dir)
    assert.is_nil(r)
    assert.equal("cannot read " .. dir .. ": is a directory", err)
  end)
end)
