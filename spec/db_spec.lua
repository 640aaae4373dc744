-- The SQLite database: protestcorpus.db and the `db` command. Runs the three queries of
-- docs/database.md (read from that file) on a database of hand-written records, with the
-- answers the document gives, and on the database of the examples corpus, where each
-- answer must equal what the Lua analyses compute from the same records. Also: resuming
-- (a document already present is skipped), replacing (same id, new content), literals.
local db = require "protestcorpus.db"
local cli = require "protestcorpus.cli"
local records = require "protestcorpus.records"
local analyses = require "protestcorpus.analyses"
local inputs = require "protestcorpus.cli.inputs"
local fixture = require "spec.analyses_fixture"
local helper = require "spec.helper"
local lfs = require "lfs"

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(lfs.mkdir(d))
  return d
end

local function write_jsonl(path, list)
  local f = assert(io.open(path, "wb"))
  for _, x in ipairs(list) do f:write(records.encode(x), "\n") end
  f:close()
end

-- Runs the command line in-process; returns the exit status and stderr.
local function run(argv)
  local err_path = os.tmpname()
  local err = assert(io.open(err_path, "w+b"))
  local code = cli.main(argv, { stderr = err, stdout = err })
  err:close()
  local text = helper.read(err_path)
  os.remove(err_path)
  return code, text
end

-- The ```sql blocks of docs/database.md, in order.
local function documented_queries()
  local text = helper.read("docs/database.md")
  local out = {}
  for q in text:gmatch("```sql\n(.-)```") do out[#out + 1] = q end
  return out
end

local function query(path, sql)
  local store = assert(db.open(path))
  local rows = assert(store:rows(sql))
  store:close()
  return rows
end

local function fixture_db(dir)
  write_jsonl(dir .. "/events.jsonl", fixture.events())
  write_jsonl(dir .. "/docs.jsonl", fixture.docs())
  local path = dir .. "/fixture.db"
  local code, err = run({ "db", dir .. "/events.jsonl", dir .. "/docs.jsonl", "-o", path })
  assert.are.equal(0, code, err)
  return path, err
end

describe("db", function()
  local dir
  before_each(function() dir = tmpdir() end)
  after_each(function() helper.rmtree(dir) end)

  it("answers the documented queries on hand-written records", function()
    local q = documented_queries()
    assert.are.equal(3, #q)
    local path, err = fixture_db(dir)
    assert.matches("read 8, written 8, rejected 0", err, 1, true)
    local r = query(path, q[1])
    assert.are.equal(3, #r)
    assert.is_nil(r[1][1]); assert.are.equal(1, r[1][2]); assert.is_nil(r[1][3])
    assert.are.same({ "2026-01", 2, 17500 }, { r[2][1], r[2][2], r[2][3] })
    assert.are.same({ "2026-02", 1, 501 }, { r[3][1], r[3][2], r[3][3] })
    r = query(path, q[2])
    assert.are.same({ { "2026-01-10-sit-in", "2026-01", 1200, 300, 4 },
      { "2026-01-31-rallies", "2026-01-31", 17500, 8000, 2.19 } }, r)
    r = query(path, q[3])
    assert.are.same({ { "Fabien Vanhemelryck", 3, 2, 1 }, { "CGT", 2, 2, 1 }, { "Marie Dupont", 1, 1, 1 } }, r)
  end)

  it("keeps every field: entities, quotes, events and their lists", function()
    local path = fixture_db(dir)
    local r = query(path, "SELECT count(*) FROM entities")
    assert.are.equal(12, r[1][1])
    r = query(path, "SELECT place, rank FROM event_places WHERE event = '2026-01-31-rallies' ORDER BY rank")
    assert.are.same({ { "Paris", 1 }, { "Lyon", 2 } }, r)
    r = query(path, "SELECT organizer FROM event_organizers ORDER BY organizer, event")
    assert.are.same({ { "Alliance Police Nationale" }, { "CGT" }, { "CGT" }, { "UNSA Police" }, { "UNSA Police" } }, r)
    r = query(path, "SELECT event, doc, start, \"end\" FROM evidence")
    assert.are.same({ { "2026-01-31-rallies", "a", 0, 40 } }, r)
    r = query(path, "SELECT json_extract(json, '$.participants[0].text') FROM events WHERE id = '2026-01-31-rallies'")
    assert.are.equal("between 15,000 and 20,000", r[1][1])
    r = query(path, "SELECT role FROM entities WHERE doc = 'a' AND type = 'PERSON'")
    assert.are.equal("secretary general of Alliance Police Nationale", r[1][1])
  end)

  it("skips documents already present, replaces changed ones, and keeps events once", function()
    local path = fixture_db(dir)
    local code, err = run({ "db", dir .. "/docs.jsonl", dir .. "/events.jsonl", "-o", path })
    assert.are.equal(0, code)
    assert.matches("0 documents added, 0 replaced, 4 already present", err, 1, true)
    local docs = fixture.docs()
    docs[3].quotes[2].text = '"Pay us more"'
    write_jsonl(dir .. "/docs2.jsonl", docs)
    code, err = run({ "db", dir .. "/docs2.jsonl", "-o", path })
    assert.are.equal(0, code)
    assert.matches("0 documents added, 1 replaced, 3 already present", err, 1, true)
    local r = query(path, "SELECT text FROM quotes WHERE speaker = 'Marie Dupont'")
    assert.are.same({ { '"Pay us more"' } }, r)
    r = query(path, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM quotes), "
      .. "(SELECT count(*) FROM events), (SELECT count(*) FROM participants)")
    assert.are.same({ { 4, 7, 4, 6 } }, r)
  end)

  it("writes any string as a literal that reads back", function()
    local store = assert(db.open(dir .. "/lit.db"))
    for _, s in ipairs({ "it's", "a\0b", "''", "é « x »", "\n;--" }) do
      local r = store:rows("SELECT " .. db.literal(s))
      assert.are.equal(s, r[1][1])
    end
    assert.are.equal("NULL", db.literal(nil))
    assert.are.equal("NULL", db.literal(0 / 0))
    store:close()
  end)

  it("refuses a file that is not a database, and a missing -o", function()
    helper.write(dir .. "/not.db", string.rep("not a database\n", 100))
    local code, err = run({ "db", dir, "-o", dir .. "/not.db" })
    assert.are.equal(3, code)
    assert.matches("database", err)
    code = run({ "db", dir })
    assert.are.equal(2, code)
  end)

  it("loads the examples corpus; its answers equal the analyses' on the same records", function()
    local path = dir .. "/examples.db"
    local code, err = run({ "db", "examples/corpus", "-o", path })
    assert.are.equal(0, code, err)
    -- the same records, read by the same input layer, analysed in Lua
    local ctx = require("protestcorpus.cli.context").new({ stderr = io.open("/dev/null", "w") })
    local acc, n = analyses.voices.new(), 0
    local events = inputs.read(ctx, { "examples/corpus" }, { doc = function(d)
      acc:add(d)
      n = n + 1
    end })
    local r = query(path, "SELECT count(*) FROM documents")
    assert.are.equal(n, r[1][1])
    assert.is_true(n >= 30)
    local q = documented_queries()
    -- query 1 vs the timeline per month (largest crowd: the largest figure of the month)
    local want = {}
    for _, ev in ipairs(events) do
      local m = analyses.common.period(ev.date, "month")
      local f = analyses.common.largest(ev)
      local w = want[m] or { 0 }
      w[1] = w[1] + 1
      if f and (not w[2] or f.value > w[2]) then w[2] = f.value end
      want[m] = w
    end
    local got = {}
    for _, row in ipairs(query(path, q[1])) do
      got[row[1] and row[1]:match("^%d%d%d%d%-%d%d$") and row[1] or analyses.common.UNDATED] = { row[2], row[3] }
    end
    assert.are.same(want, got)
    -- query 2 vs figures with both
    local fig = analyses.figures.run(events, { both = true }).rows
    local rows = query(path, q[2])
    assert.are.equal(#fig, #rows)
    -- query 3 vs voices
    local v = acc:result(events).rows
    rows = query(path, q[3])
    assert.are.equal(math.min(20, #v), #rows)
    for i, row in ipairs(rows) do
      assert.are.same({ v[i].speaker, v[i].quotes, v[i].docs, v[i].events }, row)
    end
    -- a second run extracts nothing and changes nothing
    code, err = run({ "db", "examples/corpus", "-o", path })
    assert.are.equal(0, code)
    assert.matches("0 documents added, 0 replaced, " .. n .. " already present", err, 1, true)
  end)
end)
