-- The HTML report (protestcorpus.report) and its SVG charts, on hand-written records:
-- escaping, self-containment, links from events to their evidence, charts, determinism.
-- The browser check is spec/report_chromium_spec.lua.
local report = require "protestcorpus.report"
local svg = require "protestcorpus.report.svg"
local C = require "protestcorpus.analyses.common"
local voices = require "protestcorpus.analyses.voices"
local fixture = require "spec.analyses_fixture"

local function build(events, opts)
  return report.build({ events = events, voices = voices.run(fixture.docs(), events), documents = 4,
    title = "Test <report>" }, opts)
end

local function count(s, pat)
  local _, n = s:gsub(pat, "")
  return n
end

describe("report.svg", function()
  it("escapes markup and drops control characters", function()
    assert.are.equal("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", svg.escape("a <b> & \"c\" 'd'"))
    assert.are.equal("ab", svg.escape("a\1\0b"))
    assert.are.equal("", svg.escape(nil))
  end)
  it("formats counts", function()
    assert.are.equal("17,500", svg.count(17500))
    assert.are.equal("6,000", svg.count(5999.5))
    assert.are.equal("999", svg.count(999))
    assert.are.equal("1.25M", svg.count(1250000, true))
    assert.are.equal("10k", svg.count(10000, true))
  end)
  it("inverts days_from_civil and places dates on the axis", function()
    for _, d in ipairs({ { 2026, 1, 31 }, { 2024, 2, 29 }, { 1970, 1, 1 }, { 2000, 12, 31 }, { 1600, 3, 1 } }) do
      local y, m, dd = svg.civil_from_days(C.days_from_civil(d[1], d[2], d[3]))
      assert.are.same(d, { y, m, dd })
    end
    assert.are.equal(C.days_from_civil(2026, 1, 15), select(1, svg.day_of("2026-01")))
    assert.is_false(select(2, svg.day_of("2026-01")))
    assert.is_nil(svg.day_of("soon"))
    assert.are.equal("day", svg.unit_for(30))
    assert.are.equal("week", svg.unit_for(200))
    assert.are.equal("month", svg.unit_for(1000))
    assert.are.equal("year", svg.unit_for(5000))
  end)
  it("draws one mark per figure and one bar per period", function()
    local s, unit = svg.timeline(fixture.events())
    assert.are.equal("day", unit)
    -- figures: rallies 3, strike 1, sit-in 2 (hollow: month precision)
    assert.are.equal(3, count(s, '<g class="event">'))
    assert.are.equal(2, count(s, 'fill="white" stroke='))
    -- bars: 2026-01-15 (the sit-in's month), 2026-01-31, 2026-02-03
    assert.are.equal(3, count(s, '<rect class="bar"'))
    local empty = svg.timeline({})
    assert.matches("No dated events", empty)
  end)
end)

describe("report", function()
  local events = fixture.events()

  it("is one self-contained page with a CSP and print styles", function()
    local html = build(events)
    assert.matches("^<!DOCTYPE html>", html)
    assert.matches([[<meta http%-equiv="Content%-Security%-Policy" content="default%-src &#39;none&#39;; ]]
      .. [[style%-src &#39;unsafe%-inline&#39;; img%-src data:">]], html)
    assert.matches("@media print", html, 1, true)
    assert.is_nil(html:find("https?://"))
    assert.is_nil(html:find("<script", 1, true))
    assert.is_nil(html:find("<link", 1, true))
    assert.is_nil(html:find("<img", 1, true))
    assert.is_nil(html:find("url%("))
    assert.is_nil(html:find("@import", 1, true))
    assert.are.equal(5, count(html, "<svg "))
    assert.are.equal(build(events), html) -- deterministic
  end)

  it("escapes every text of the records", function()
    local evs = fixture.events()
    evs[1].places[1] = "<script>alert(1)</script>"
    evs[1].organizers[1] = 'A "quoted" & <b>bold</b> union'
    evs[1].evidence[1].text = "They said </dd><script>x()</script>"
    local html = build(evs)
    assert.is_nil(html:find("<script", 1, true))
    assert.is_nil(html:find("<b>bold", 1, true))
    assert.matches("&lt;script&gt;alert(1)&lt;/script&gt;", html, 1, true)
    assert.matches("Test &lt;report&gt;", html, 1, true)
  end)

  it("links each event row to its evidence sentences, which hold the text", function()
    local evs = fixture.events()
    evs[1].evidence = { { doc = "a", start = 0, ["end"] = 19, text = "Police marched." },
      { doc = "b", start = 5, ["end"] = 30 } }
    local html = build(evs)
    -- the rallies are the second event by date (sit-in 2026-01, rallies 2026-01-31)
    assert.matches('<a class="ev" href="#e2-s1">1</a> <a class="ev" href="#e2-s2">2</a>', html, 1, true)
    assert.matches('<dd id="e2-s1">Police marched.<span class="where">a, bytes 0–19</span></dd>', html, 1, true)
    assert.matches('<dd id="e2-s2"><span class="where">(the sentence text is not in the input', html, 1, true)
    for id in html:gmatch('href="#([^"]+)"') do
      assert.matches('id="' .. id:gsub("%-", "%%-") .. '"', html)
    end
  end)

  it("prints byte offsets as whole numbers, also when JSON gave them as floats", function()
    local evs = fixture.events()
    -- cjson decodes 343 to 343.0 under Lua 5.4; a non-whole or negative offset is unknown
    evs[1].evidence = { { doc = "a", start = 343.0, ["end"] = 496.0, text = "Police marched." },
      { doc = "b", start = 1.5, ["end"] = -2, text = "Odd." } }
    local html = build(evs)
    assert.matches("a, bytes 343–496<", html, 1, true)
    assert.matches("b, bytes ?–?<", html, 1, true)
    assert.is_nil(html:find("343.0", 1, true))
  end)

  it("caps the event list and says so, and reads well with nothing in it", function()
    local html = build(events, { max_events = 2 })
    assert.matches("The 2 most reported of 4 events, by date.", html, 1, true)
    -- the two with the most documents or largest figures: rallies (2 docs), then sit-in (1,200)
    assert.matches('title="2026-01-10-sit-in"', html, 1, true)
    assert.matches('title="2026-01-31-rallies"', html, 1, true)
    assert.is_nil(html:find('title="2026-02-03-strike"', 1, true))
    local empty = report.build({ events = {}, documents = 0 })
    assert.matches("No events in the input.", empty, 1, true)
    assert.matches("No attributed quotations", empty, 1, true)
  end)
end)
