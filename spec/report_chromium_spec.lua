-- The report of the examples corpus in headless Chromium (Debian `chromium`): the page
-- renders (a screenshot PNG of the window's size, not blank), the SVG charts are in the
-- DOM after load, and the page loads nothing from outside: no http(s) URL in the file, a
-- CSP meta that forbids any, and Chromium's own network log shows no request made by the
-- page (checked first on a decoy page, so the check is known to catch one).
-- Run by `make test-report` (part of `make test`) with PROTESTCORPUS_CHROMIUM=1; the
-- plain busted runs leave it pending (one browser run is enough).
local cjson = require "cjson"
local lfs = require "lfs"
local helper = require "spec.helper"
local cli = require "protestcorpus.cli"
local report = require "protestcorpus.report"

local enabled = os.getenv("PROTESTCORPUS_CHROMIUM") == "1"

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(lfs.mkdir(d))
  return d
end

-- Runs chromium headless on a file with extra arguments; returns stdout and the net log.
local function chromium(dir, name, page, args)
  local out = dir .. "/" .. name .. ".out"
  local net = dir .. "/" .. name .. ".net.json"
  local cmd = table.concat({
    -- the sanitizer run preloads its runtime: not for the browser
    "env -u LD_PRELOAD timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars",
    "--no-first-run --disable-background-networking --disable-component-update --disable-sync",
    "--user-data-dir=" .. helper.quote(dir .. "/profile-" .. name),
    "--log-net-log=" .. helper.quote(net),
    args, helper.quote("file://" .. page),
    ">" .. helper.quote(out), "2>" .. helper.quote(dir .. "/" .. name .. ".err"),
  }, " ")
  local ok = os.execute(cmd)
  assert(ok == true or ok == 0, "chromium failed: " .. helper.read(dir .. "/" .. name .. ".err"):sub(-2000))
  return helper.read(out), cjson.decode(helper.read(net))
end

-- The requests a page made, from a Chromium net log: URL_REQUEST_START_JOB events
-- started by a page (the browser's own background requests have initiator "not an origin").
local function page_requests(log)
  local id
  for name, v in pairs(log.constants.logEventTypes) do
    if name == "URL_REQUEST_START_JOB" then id = v end
  end
  assert(id, "no URL_REQUEST_START_JOB in the net log's constants")
  local out = {}
  for _, e in ipairs(log.events) do
    local p = e.params
    if e.type == id and type(p) == "table" and p.initiator ~= "not an origin" then out[#out + 1] = p.url end
  end
  return out
end

local function png_size(path)
  local s = helper.read(path)
  assert.are.equal("\137PNG\r\n\26\n", s:sub(1, 8))
  assert.are.equal("IHDR", s:sub(13, 16))
  local function u32(i)
    local a, b, c, d = s:byte(i, i + 3)
    return ((a * 256 + b) * 256 + c) * 256 + d
  end
  return u32(17), u32(21), #s
end

local function count(s, pat)
  local _, n = s:gsub(pat, "")
  return n
end

describe("report in headless Chromium", function()
  if not enabled then
    pending("run by `make test-report` (PROTESTCORPUS_CHROMIUM=1)")
    return
  end
  local dir
  setup(function() dir = tmpdir() end)
  teardown(function() helper.rmtree(dir) end)

  it("the network check catches a page's request, and the CSP stops it", function()
    local decoy = dir .. "/decoy.html"
    helper.write(decoy, '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png"></body></html>')
    local _, log = chromium(dir, "decoy", decoy, "--dump-dom")
    assert.are.same({ "http://127.0.0.1:9/x.png" }, page_requests(log))
    helper.write(decoy, '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="'
      .. report.CSP .. '"></head><body><img src="http://127.0.0.1:9/x.png"></body></html>')
    _, log = chromium(dir, "decoy-csp", decoy, "--dump-dom")
    assert.are.same({}, page_requests(log))
  end)

  it("renders the report of the examples corpus with its charts and loads nothing", function()
    local page = lfs.currentdir() .. "/" .. dir .. "/report.html"
    if dir:sub(1, 1) == "/" then page = dir .. "/report.html" end
    local err = io.open(dir .. "/report.err", "w")
    local code = cli.main({ "report", "examples/corpus", "-o", page }, { stderr = err })
    err:close()
    assert.are.equal(0, code, helper.read(dir .. "/report.err"))
    local html = helper.read(page)
    assert.is_nil(html:find("https?://"), "a URL in the report")
    assert.is_nil(html:find("[sS][rR][cC]%s*="), "a src attribute in the report")
    for href in html:gmatch('href="([^"]*)"') do assert.matches("^#", href) end
    assert.matches('http-equiv="Content-Security-Policy"', html, 1, true)

    local dom, log = chromium(dir, "dom", page, "--dump-dom")
    assert.are.same({}, page_requests(log))
    local svgs = count(html, "<svg ")
    assert.is_true(svgs >= 1, "no chart in: " .. html:sub(1, 300))
    -- every chart and every shape of the file is in the DOM after load
    assert.are.equal(svgs, count(dom, "<svg "))
    assert.are.equal(count(html, "<rect "), count(dom, "<rect "))
    assert.are.equal(count(html, "<text "), count(dom, "<text "))
    assert.is_true(count(dom, "<text ") > 0)
    local events = tonumber(html:match("<header><h1>[^<]*</h1><p>(%d+) events"))
    if events and events > 0 then -- (the examples give events once the events module is built in)
      assert.are.equal(5, svgs, "timeline, places, organizers, claims and voices charts")
      assert.is_true(count(dom, '<rect class="bar"') > 0)
    end

    local shot = dir .. "/report.png"
    _, log = chromium(dir, "shot", page, "--screenshot=" .. helper.quote(shot) .. " --window-size=1200,2000")
    assert.are.same({}, page_requests(log))
    local w, h, bytes = png_size(shot)
    assert.are.same({ 1200, 2000 }, { w, h })
    -- a blank 1200x2000 page compresses to a few kilobytes; charts and text do not
    assert.is_true(bytes > 30000, "screenshot of " .. bytes .. " bytes looks blank")
  end)
end)
