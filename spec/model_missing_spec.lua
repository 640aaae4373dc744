-- A name model that cannot be loaded is an error the caller sees: pc.extract and
-- doc:entities return nil, message when names are asked for; the command stops with exit
-- status 3 and the message. Run in subprocesses: the default model is loaded once per process.
local helper = require "spec.helper"
local quote = helper.quote

local LUA = rawget(_G, "jit") and "luajit" or "lua5.4"

-- Runs shell words with PROTESTCORPUS_DATA pointing nowhere; exit code, stdout+stderr.
local function run_without_model(words)
  local out = os.tmpname()
  local p = assert(io.popen("PROTESTCORPUS_DATA=/nonexistent/data " .. words .. " >" .. quote(out)
    .. " 2>&1; echo $?"))
  local code = tonumber(p:read("*a"))
  p:close()
  local text = helper.read(out)
  os.remove(out)
  return code, text
end

describe("a missing name model", function()
  it("makes pc.extract return nil and a message that names the folder tried", function()
    local code, text = run_without_model(LUA .. [[ -e 'local pc = require "protestcorpus"
      local ents, err = pc.extract("Thousands marched in Lyon with the CGT.")
      io.write(tostring(ents), "|", tostring(err), "|")
      local dates = pc.extract("Thousands marched on 3 March 2026.", { types = { "DATE", "QUANTITY" } })
      io.write(#dates)']])
    assert.are.equal(0, code)
    assert.truthy(text:find("^nil|no name model could be loaded"), text)
    assert.truthy(text:find("/nonexistent/data", 1, true), text)
    assert.truthy(text:find("|2$"), text) -- dates and figures still run without the model
  end)

  it("stops the extract command with exit status 3 and the message", function()
    local code, text = run_without_model(LUA .. " bin/protestcorpus extract examples/corpus/en_01.txt")
    assert.are.equal(3, code)
    assert.truthy(text:find("fatal: no name model could be loaded", 1, true), text)
    assert.truthy(text:find("read 0, written 0, rejected 0", 1, true), text)
  end)

  it("leaves extract --types DATE working", function()
    local code, text = run_without_model(LUA .. " bin/protestcorpus extract --types DATE examples/corpus/en_01.txt")
    assert.are.equal(0, code, text)
    assert.truthy(text:find('"type":"DATE"', 1, true), text)
  end)
end)
