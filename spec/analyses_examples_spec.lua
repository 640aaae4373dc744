-- The example scripts of examples/analyses/ run, under the interpreter running the specs,
-- on their sample records, and print what the analyses give (docs/analyses.md shows them).
local helper = require "spec.helper"

local LUA = rawget(_G, "jit") and "luajit" or "lua5.4"

local function run(script)
  local out = os.tmpname()
  local cmd = ("env -u LD_PRELOAD LUA_PATH='lua/?.lua;lua/?/init.lua;;' %s examples/analyses/%s.lua >%s 2>&1; echo $?")
    :format(LUA, script, helper.quote(out))
  local p = assert(io.popen(cmd))
  local code = tonumber(p:read("a"))
  p:close()
  local s = helper.read(out)
  os.remove(out)
  return code, s
end

describe("examples/analyses", function()
  for _, case in ipairs({
    { "timeline", "2026-W05       1         17500           5999.50             1" },
    { "actors", "together: CGT + UNSA Police, 1 events" },
    { "places", 'Marseille,1,1,1200,"1,200",organizers,2026-01-10-sit-in,2026-01,2026-01' },
    { "claims", "staffing                            2        .        ." },
    { "voices", "3. Marie Dupont (PERSON): 1 quotes in 1 documents; organizations: SUD Rail" },
    { "figures", "geometric mean of the ratios over 2 events: 2.96" },
  }) do
    it(case[1] .. ".lua runs", function()
      local code, out = run(case[1])
      assert.are.equal(0, code, out)
      assert.matches(case[2], out, 1, true)
    end)
  end
end)
