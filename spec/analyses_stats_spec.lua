-- `protestcorpus stats` (in-process) on hand-written event and extract JSON Lines:
-- formats, table selection, input detection by content, bad lines.
local cli = require "protestcorpus.cli"
local records = require "protestcorpus.records"
local inputs = require "protestcorpus.cli.inputs"
local cjson = require "cjson"
local fixture = require "spec.analyses_fixture"
local helper = require "spec.helper"

local function tmpfile(lines)
  local p = os.tmpname()
  local f = assert(io.open(p, "wb"))
  for _, l in ipairs(lines) do f:write(type(l) == "string" and l or records.encode(l), "\n") end
  f:close()
  return p
end

local function run(argv)
  local o, e = os.tmpname(), os.tmpname()
  local out, err = assert(io.open(o, "w+b")), assert(io.open(e, "w+b"))
  local code = cli.main(argv, { stdout = out, stderr = err })
  out:close()
  err:close()
  local so, se = helper.read(o), helper.read(e)
  os.remove(o)
  os.remove(e)
  return code, so, se
end

describe("stats", function()
  local ev_path, doc_path
  setup(function()
    ev_path = tmpfile(fixture.events())
    doc_path = tmpfile(fixture.docs())
  end)
  teardown(function()
    os.remove(ev_path)
    os.remove(doc_path)
  end)

  it("prints aligned tables from event and extract JSONL", function()
    local code, out, err = run({ "stats", ev_path, doc_path, "--tables", "timeline,voices" })
    assert.are.equal(0, code, err)
    assert.are.equal(table.concat({
      "== timeline (per month) ==",
      "period   events  participants  participants_min  with_figures",
      "-------  ------  ------------  ----------------  ------------",
      "2026-01       2         18700           6299.50             2",
      "2026-02       1           501               501             1",
      "undated       1             0                 0             0",
      "",
      "== voices ==",
      "speaker              kind    quotes  docs  organizations              events  event_ids           sample",
      "-------------------  ------  ------  ----  -------------------------  ------  ------------------  "
        .. "---------------------",
      'Fabien Vanhemelryck  PERSON       3     2  Alliance Police Nationale       1  2026-01-31-rallies  "We are exhausted,"',
      'CGT                  ORG          2     2                                  1  2026-02-03-strike   "We will not give up"',
      'Marie Dupont         PERSON       1     1  SUD Rail                        1  2026-02-03-strike   "Pay us now"',
    }, "\n") .. "\n", out)
    assert.matches("4 documents, 4 events", err, 1, true)
    assert.matches("read 8, written 4, rejected 0", err, 1, true)
  end)

  it("writes CSV and JSONL", function()
    local code, out = run({ "stats", ev_path, "--tables", "figures", "--format", "csv" })
    assert.are.equal(0, code)
    assert.are.equal(table.concat({
      "event_id,date,places,organizers,organizers_text,police,police_text,ratio,others,organizers_doc,police_doc",
      "2026-01-10-sit-in,2026-01,Marseille,1200,\"1,200\",300,300,4,0,d,d",
      "2026-01-31-rallies,2026-01-31,Paris; Lyon,17500,\"between 15,000 and 20,000\",8000,\"8,000\",2.1875,1,a,b",
      "2026-02-03-strike,2026-02-03,Lyon,501,more than 500,,,,0,c,",
    }, "\n") .. "\n", out)
    code, out = run({ "stats", ev_path, "--tables", "places,pairs", "--format", "jsonl" })
    assert.are.equal(0, code)
    local rows = {}
    for line in out:gmatch("[^\n]+") do rows[#rows + 1] = cjson.decode(line) end
    assert.are.equal(5, #rows)
    assert.are.same({ "places", "Lyon", 2 }, { rows[1].table, rows[1].place, rows[1].events })
    assert.are.same({ "pairs", "CGT", "UNSA Police" }, { rows[5].table, rows[5].organizer_a, rows[5].organizer_b })
    assert.are.same({ "2026-01-10-sit-in" }, rows[5].event_ids)
    code, out = run({ "stats", ev_path, "--tables", "claims,organizers", "--format", "csv" })
    assert.matches("^# claims\nclaim,events,share\nstaffing,2,0.5\n", out)
    assert.matches("\n\n# organizers\norganizer,", out)
  end)

  it("takes the timeline unit, and cuts text tables at --top", function()
    local _, out = run({ "stats", ev_path, "--tables", "timeline", "--unit", "week" })
    assert.matches("2026-W05", out, 1, true)
    _, out = run({ "stats", ev_path, "--tables", "claims", "--top", "1" })
    assert.matches("staffing       2   0.50\n(3 more rows; --top 0 shows all)", out, 1, true)
  end)

  it("reports bad lines and goes on; refuses unknown tables", function()
    local bad = tmpfile({ fixture.events()[2], "{not json", '{"what": 1}', "[1, 2]" })
    local code, out, err = run({ "stats", bad, "--tables", "organizers" })
    os.remove(bad)
    assert.are.equal(1, code)
    assert.matches("CGT", out, 1, true)
    assert.matches(":2: invalid JSON", err, 1, true)
    assert.matches(":3: neither an event, an extract record nor an article", err, 1, true)
    assert.matches("rejected 3", err, 1, true)
    code, _, err = run({ "stats", ev_path, "--tables", "nope" })
    assert.are.equal(2, code)
    assert.matches("unknown table 'nope'", err, 1, true)
    assert.are.equal(2, (run({ "stats", ev_path, "--top", "-1" })))
  end)

  it("tells events, extract records and articles apart", function()
    assert.are.equal("event", inputs.classify({ event_id = "x" }))
    assert.are.equal("event", inputs.classify({ participants = {}, docs = { "a" } }))
    assert.are.equal("extract", inputs.classify({ id = "a", text = "t", entities = {} }))
    assert.are.equal("extract", inputs.classify({ id = "a", quotes = {} }))
    assert.are.equal("article", inputs.classify({ id = "a", text = "Police marched." }))
    assert.is_nil(inputs.classify({ id = "a" }))
    assert.are_not.equal(inputs.hash("abcd"), inputs.hash("abce"))
    assert.are_not.equal(inputs.hash("abcd"), inputs.hash("abcd\0"))
    assert.are.equal(inputs.hash(string.rep("x", 1001)), inputs.hash(string.rep("x", 1001)))
  end)
end)
