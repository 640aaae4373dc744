-- Every C function of csrc/ stays under 100 lines (tools/function_lengths.lua; also
-- `make check-functions`), and the checker itself finds what it should.
local lfs = require "lfs"
local lengths = dofile("tools/function_lengths.lua")

local function c_files()
  local files = {}
  for _, dir in ipairs({ "csrc", "csrc/tests", "csrc/fuzz" }) do
    for name in lfs.dir(dir) do
      if name:match("%.[ch]$") then files[#files + 1] = dir .. "/" .. name end
    end
  end
  table.sort(files)
  return files
end

describe("C function length", function()
  it("is at most 100 lines for every function in csrc/", function()
    local files = c_files()
    assert.is_true(#files > 20)
    assert.are.same({}, lengths.too_long(files, 100))
  end)

  it("counts a function from its signature to its closing brace, skipping comments and strings", function()
    local src = table.concat({
      "/* a { comment */",
      "static int",
      "f(int a,",
      "  int b) {",
      "  const char *s = \"}{\";",
      "  char c = '}';",
      "  if (a) { return b; }",
      "  return 0;",
      "}",
      "static const int table[] = { 1, 2 };",
      "struct s { int x; };",
      "int g(void) { return 1; }",
    }, "\n")
    local fns = lengths.functions(src)
    assert.are.equal(2, #fns)
    assert.are.same({ name = "f", line = 2, lines = 8 }, fns[1])
    assert.are.same({ name = "g", line = 12, lines = 1 }, fns[2])
  end)
end)
