-- The command line, run as a subprocess with the interpreter under test (lua5.4 or
-- luajit): outputs, stderr reports, the counts line and exit codes. Expected records are
-- computed in-process with the same modules, so the checks are exact whatever the C
-- annotators find.
local lfs = require "lfs"
local cjson = require "cjson.safe"
local pc = require "protestcorpus"
local records = require "protestcorpus.records"
local helper = require "spec.helper"
local write = helper.write
local slurp = helper.read
local rmtree = helper.rmtree

local run = helper.run_cli
local lines_of = helper.lines_of

local ARTICLE_A = "date 2026-01-31 Nurses march in Lyon\n\nHundreds of nurses marched in Lyon on Saturday, "
  .. "the union said.\n\nThey asked for 15% more staff and 2,000 new posts.\n"
local ARTICLE_B = "Strike ends\n\nThe strike ended on Monday after three weeks.\n"

describe("protestcorpus command line", function()
  local dir

  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    assert(lfs.mkdir(dir))
    assert(lfs.mkdir(dir .. "/corpus"))
    write(dir .. "/corpus/a.txt", ARTICLE_A)
    write(dir .. "/corpus/b.txt", ARTICLE_B)
  end)
  after_each(function() rmtree(dir) end)

  describe("help, version and usage errors", function()
    it("--help prints usage, the commands and the exit codes, exit 0", function()
      local code, out, err = run({ "--help" })
      assert.equal(0, code)
      assert.equal("", err)
      assert.matches("^Usage: protestcorpus", out)
      for _, name in ipairs({ "parse", "extract", "eval", "summary", "--strict", "--output" }) do
        assert.truthy(out:find(name, 1, true), name)
      end
      assert.truthy(out:find("Exit status:\n  0 ", 1, true))
      assert.truthy(out:find("\n  3  fatal", 1, true))
    end)

    it("<command> --help prints that command's help, exit 0", function()
      local code, out = run({ "parse", "--help" })
      assert.equal(0, code)
      assert.matches("^Usage: protestcorpus parse", out)
      assert.truthy(out:find("--recursive", 1, true))
      code, out = run({ "eval", "-h" })
      assert.equal(0, code)
      assert.truthy(out:find("--map", 1, true))
    end)

    it("--version prints the module version, exit 0", function()
      local code, out, err = run({ "--version" })
      assert.equal(0, code)
      assert.equal("protestcorpus " .. pc.version .. "\n", out)
      assert.equal("", err)
    end)

    it("exits 2 on usage errors", function()
      local cases = {
        { {}, "a command is required" },
        { { "frobnicate" }, "unknown command 'frobnicate'" },
        { { "parse" }, "missing argument 'paths'" },
        { { "parse", dir, "--bogus" }, "unknown option '--bogus'" },
        { { "eval", "g.jsonl", "--map", "PER" }, "--map: expected FROM=TO, got 'PER'" },
        { { "extract", dir, "--types", "DATE,FOO" }, "--types: unknown type 'FOO'" },
      }
      for _, c in ipairs(cases) do
        local code, out, err = run(c[1])
        assert.equal(2, code)
        assert.equal("", out)
        assert.truthy(err:find(c[2], 1, true), err)
      end
    end)
  end)

  describe("parse and extract", function()
    local function expected(make, rec, text, opts)
      local doc = assert(pc.parse(text, { date = rec.date, lang = rec.lang }))
      local line = make(rec, doc, opts)
      doc:close()
      return line
    end

    it("parse writes one record per article, as records.document, and the counts", function()
      local code, out, err = run({ "parse", dir .. "/corpus" })
      assert.equal(0, code)
      assert.equal("protestcorpus: read 2, written 2, rejected 0\n", err)
      assert.same({ expected(records.document, { id = "a" }, ARTICLE_A),
        expected(records.document, { id = "b" }, ARTICLE_B) }, lines_of(out))
      local a = assert(cjson.decode(lines_of(out)[1]))
      assert.equal("a", a.id)
      assert.equal("2026-01-31", a.date)
      assert.equal(0, a.meta.header.start)
      for _, p in ipairs(a.paragraphs) do
        assert.is_true(p.start >= 0 and p["end"] > p.start and p["end"] <= #ARTICLE_A)
      end
      local code2, out2 = run({ "parse", dir .. "/corpus" })
      assert.equal(0, code2)
      assert.equal(out, out2) -- byte-identical from run to run
    end)

    -- extract's line: the entities record, then the document's events (protestcorpus.events)
    local function entities_and_events(rec, doc, opts)
      local events = require "protestcorpus.events"
      local cli_events = require "protestcorpus.cli.events"
      local line = records.entities(rec, doc, opts)
      local parts = {}
      for i, ev in ipairs(assert(cli_events.document_events(rec, doc, assert(events.load())))) do
        parts[i] = events.encode(ev)
      end
      return line:sub(1, -2) .. ',"events":[' .. table.concat(parts, ",") .. "]}"
    end

    it("extract keeps a JSONL record's id and date, honours --types, reads -", function()
      local jsonl = cjson.encode({ id = "j1", text = ARTICLE_B, date = "2026-02-02", lang = "en" }) .. "\n"
        .. cjson.encode({ text = ARTICLE_A }) .. "\n"
      write(dir .. "/in.jsonl", jsonl)
      local code, out, err = run({ "extract", dir .. "/in.jsonl", "--types", "DATE,PERCENT" })
      assert.equal(0, code)
      assert.equal("protestcorpus: read 2, written 2, rejected 0\n", err)
      local opts = { types = { "DATE", "PERCENT" } }
      local want = {
        expected(entities_and_events, { id = "j1", date = "2026-02-02", lang = "en" }, ARTICLE_B, opts),
        expected(entities_and_events, { id = dir .. "/in.jsonl:2" }, ARTICLE_A, opts),
      }
      assert.same(want, lines_of(out))
      local j1 = assert(cjson.decode(lines_of(out)[1]))
      assert.equal("j1", j1.id)
      assert.equal("2026-02-02", j1.date)
      for _, e in ipairs(j1.entities) do
        assert.is_true(e.type == "DATE" or e.type == "PERCENT")
        assert.equal(ARTICLE_B:sub(e.start + 1, e["end"]), e.text)
      end
      code, out, err = run({ "extract", "-", "--types", "DATE,PERCENT" }, jsonl)
      assert.equal(0, code)
      assert.equal("protestcorpus: read 2, written 2, rejected 0\n", err)
      want[2] = expected(entities_and_events, { id = "-:2" }, ARTICLE_A, opts)
      assert.same(want, lines_of(out))
    end)

    it("reports broken JSONL lines with path:line, writes the rest, exit 1", function()
      local path = dir .. "/broken.jsonl"
      write(path, '{"id": "ok1", "text": "One."}\n{"id": "bad", "text": \n{"id": "ok2", "text": "Two."}\n'
        .. '{"id": "notext"}\n\n{"id": "d", "text": "x", "date": "2026-13-01"}\n')
      local code, out, err = run({ "extract", path })
      assert.equal(1, code)
      local ids = {}
      for i, l in ipairs(lines_of(out)) do ids[i] = assert(cjson.decode(l)).id end
      assert.same({ "ok1", "ok2" }, ids)
      local e = lines_of(err)
      assert.equal(4, #e)
      assert.matches("^protestcorpus: " .. path:gsub("%p", "%%%0") .. ":2: invalid JSON", e[1])
      assert.equal("protestcorpus: " .. path .. ':4: missing "text"', e[2])
      assert.equal("protestcorpus: " .. path .. ':6: "date" is not a valid YYYY-MM-DD date: "2026-13-01"', e[3])
      assert.equal("protestcorpus: read 5, written 2, rejected 3", e[4])
    end)

    it("--strict stops at the first bad record, exit 3", function()
      local path = dir .. "/broken.jsonl"
      write(path, '{"id": "ok1", "text": "One."}\nnot json\n{"id": "ok2", "text": "Two."}\n')
      local code, out, err = run({ "parse", "--strict", path })
      assert.equal(3, code)
      assert.equal(1, #lines_of(out))
      local e = lines_of(err)
      assert.equal(3, #e)
      assert.matches(":2: invalid JSON", e[1])
      assert.equal("protestcorpus: fatal: stopped at the first rejected record (--strict)", e[2])
      assert.equal("protestcorpus: read 2, written 1, rejected 1", e[3])
    end)

    it("reports an unreadable file in a directory and goes on, exit 1", function()
      assert(lfs.mkdir(dir .. "/corpus/x.txt"))
      local code, out, err = run({ "parse", dir .. "/corpus" })
      assert.equal(1, code)
      assert.equal(2, #lines_of(out))
      assert.equal("protestcorpus: " .. dir .. "/corpus/x.txt: cannot read: is a directory\n"
        .. "protestcorpus: read 3, written 2, rejected 1\n", err)
    end)

    it("-o writes to a file instead of standard output", function()
      local code, out, err = run({ "parse", dir .. "/corpus/a.txt", "-o", dir .. "/out.jsonl" })
      assert.equal(0, code)
      assert.equal("", out)
      assert.equal("protestcorpus: read 1, written 1, rejected 0\n", err)
      assert.equal(expected(records.document, { id = "a" }, ARTICLE_A) .. "\n", slurp(dir .. "/out.jsonl"))
    end)

    it("detects write errors (-o /dev/full), exit 1", function()
      if lfs.attributes("/dev/full", "mode") ~= "char device" then
        pending("/dev/full not present: write error not checked")
        return
      end
      local code, out, err = run({ "parse", dir .. "/corpus", "-o", "/dev/full" })
      assert.equal(1, code)
      assert.equal("", out)
      local e = lines_of(err)
      assert.equal(2, #e)
      assert.matches("^protestcorpus: write error on /dev/full: ", e[1])
      -- the record whose write failed is reported as not written: read = written + rejected
      local r, w, rej = e[2]:match("^protestcorpus: read (%d+), written (%d+), rejected (%d+)$")
      assert.equal(tonumber(r), tonumber(w) + tonumber(rej))
      assert.equal("0", w)
    end)

    it("exits 3 when the output cannot be opened", function()
      local code, _, err = run({ "parse", dir .. "/corpus", "-o", dir .. "/no/such/dir/out" })
      assert.equal(3, code)
      assert.matches("protestcorpus: fatal: cannot open output: ", err)
    end)
  end)

  describe("eval", function()
    local TEXT = "Hundreds of nurses marched in Lyon on Saturday, 15% more than in 2025."
    local DATE = "2026-01-31"

    -- Gold = what the extractor finds, plus one PERSON it does not find: exact numbers.
    local function make_gold(path, extra_lines)
      local ents = assert(pc.extract(TEXT, { date = DATE }))
      local gold = records.entity_list(ents)
      gold[#gold + 1] = { start = 0, ["end"] = 8, type = "PERSON", text = "Hundreds" }
      write(path, records.encode({ id = "g1", date = DATE, text = TEXT, entities = gold }) .. "\n"
        .. (extra_lines or ""))
      return #ents
    end

    it("--json gives score.py's keys; gold = predictions + 1 missed entity", function()
      local n = make_gold(dir .. "/gold.jsonl")
      local code, out, err = run({ "eval", dir .. "/gold.jsonl", "--json" })
      assert.equal(0, code)
      assert.equal("protestcorpus: read 1, written 1, rejected 0\n", err)
      local res = assert(cjson.decode(out))
      -- score.py's key order
      assert.matches('^{"rows":%[{"type":"', out)
      assert.truthy(out:find('}],"micro":{"type":"micro","gold":', 1, true))
      assert.truthy(out:find('},"date_value":{"exact_n":', 1, true))
      assert.truthy(out:find('},"quotes":null,"warnings":{"gold_docs":1,"missing_in_sys":0,', 1, true))
      local m = res.micro
      assert.same({ n + 1, n, n, n }, { m.gold, m.sys, m.tp, m.ov })
      if n > 0 then assert.equal(n / (n + 1), m.r) end
      assert.equal(cjson.null, res.quotes)
      assert.equal(1, res.warnings.gold_docs)
      local person
      for _, r in ipairs(res.rows) do
        if r.type == "PERSON" then person = r end
      end
      assert.same({ 1, 0, 0 }, { person.gold, person.sys, person.tp })
      assert.equal(cjson.null, person.p)
      assert.equal(0, person.r)
    end)

    it("prints a table with a micro line", function()
      local n = make_gold(dir .. "/gold.jsonl")
      local code, out = run({ "eval", dir .. "/gold.jsonl" })
      assert.equal(0, code)
      local lines = lines_of(out)
      assert.matches("^type%s+gold%s+pred%s+tp%s+P%s+R%s+F1%s+ov_F1%s+value ok/n", lines[1])
      assert.truthy(out:find("\nPERSON          1      0      0      -    0.0    0.0     0.0", 1, true))
      local f = n > 0 and 2 * n / (2 * n + 1) or 0 -- P = 1, R = n/(n+1)
      assert.equal(("micro_f1=%.1f"):format(100 * f), lines[#lines])
      local micro = out:match("\n(micro[^\n]*)")
      assert.matches(("^micro%%s+%d%%s+%d%%s+%d"):format(n + 1, n, n), micro)
    end)

    it("--types and --map are applied to both sides", function()
      local n = make_gold(dir .. "/gold.jsonl")
      local code, out = run({ "eval", dir .. "/gold.jsonl", "--json", "--types", "PERSON,ORG" })
      assert.equal(0, code)
      local res = assert(cjson.decode(out))
      assert.same({ "PERSON", "ORG" }, { res.rows[1].type, res.rows[2].type })
      assert.same({ 1, 0, 0 }, { res.micro.gold, res.micro.sys, res.micro.tp })
      code, out = run({ "eval", dir .. "/gold.jsonl", "--json", "--map",
                        "PERSON=X,ORG=X,PLACE=X,DATE=X,QUANTITY=X,MONEY=X,PERCENT=X" })
      assert.equal(0, code)
      res = assert(cjson.decode(out))
      local types = {}
      for _, r in ipairs(res.rows) do types[#types + 1] = r.type end
      assert.same({ "X" }, types)
      assert.same({ n + 1, n }, { res.micro.gold, res.micro.tp })
    end)

    it("a gold record without text is reported and scored with no predictions, exit 1", function()
      local n = make_gold(dir .. "/gold.jsonl", '{"id": "g2", "entities": [{"start": 0, "end": 3, "type": "ORG"}]}\n')
      local code, out, err = run({ "eval", dir .. "/gold.jsonl", "--json" })
      assert.equal(1, code)
      assert.equal("protestcorpus: " .. dir .. '/gold.jsonl:2: missing "text"; scored with no predictions\n'
        .. "protestcorpus: read 2, written 1, rejected 1\n", err)
      local res = assert(cjson.decode(out))
      assert.same({ n + 2, n, n }, { res.micro.gold, res.micro.sys, res.micro.tp })
      assert.equal(1, res.warnings.missing_in_sys)
    end)

    it("exits 3 on a missing, broken or empty gold file", function()
      local code, out, err = run({ "eval", dir .. "/none.jsonl" })
      assert.equal(3, code)
      assert.equal("", out)
      assert.truthy(err:find("fatal: cannot read " .. dir .. "/none.jsonl: No such file or directory", 1, true))
      make_gold(dir .. "/gold.jsonl", "{oops\n")
      code, out, err = run({ "eval", dir .. "/gold.jsonl" })
      assert.equal(3, code)
      assert.equal("", out)
      assert.truthy(err:find("fatal: gold file " .. dir .. "/gold.jsonl:2: invalid JSON", 1, true))
      write(dir .. "/empty.jsonl", "\n")
      code, out, err = run({ "eval", dir .. "/empty.jsonl" })
      assert.equal(3, code)
      assert.equal("", out)
      assert.equal("protestcorpus: fatal: gold file " .. dir .. "/empty.jsonl has no documents\n"
        .. "protestcorpus: read 0, written 0, rejected 0\n", err)
    end)
  end)

  describe("summary", function()
    it("counts documents, entities per type, and the most frequent names", function()
      write(dir .. "/ext.jsonl", table.concat({
        '{"id":"a","entities":[{"start":0,"end":5,"type":"PERSON","text":"Alice"},'
          .. '{"start":6,"end":11,"type":"PLACE","text":"Paris"},{"start":12,"end":16,"type":"DATE","text":"2026"}]}',
        '{"id":"b","entities":[{"start":0,"end":5,"type":"PERSON","text":"Alice"},'
          .. '{"start":6,"end":9,"type":"PERSON","text":"Bob"},{"start":10,"end":14,"type":"ODD","text":"x"}]}',
        "not json",
        '{"id":"c","entities":[]}',
      }, "\n") .. "\n")
      local code, out, err = run({ "summary", dir .. "/ext.jsonl" })
      assert.equal(1, code)
      assert.equal(table.concat({
        "documents: 3",
        "entities: 6",
        "  PERSON           3",
        "  PLACE            1",
        "  DATE             1",
        "  ODD              1",
        "most frequent PERSON (2 distinct):",
        "      2  Alice",
        "      1  Bob",
        "most frequent PLACE (1 distinct):",
        "      1  Paris",
      }, "\n") .. "\n", out)
      assert.equal("protestcorpus: " .. dir .. "/ext.jsonl:3: invalid JSON: Expected value but found invalid token "
        .. "at character 1\nprotestcorpus: read 4, written 3, rejected 1\n", err)
    end)
  end)
end)
