-- What the command says when its input is not what it expects (issue 11): no document
-- found, folders it does not read, files that are not text, invalid bytes in a kept
-- article; progress on demand; examples in every command's --help. Each case asserts the
-- message on stderr and the exit status.
local lfs = require "lfs"
local helper = require "spec.helper"
local write = helper.write

local run = helper.run_cli

describe("command line errors", function()
  local dir
  before_each(function()
    dir = helper.tempdir()
  end)
  after_each(function() helper.rmtree(dir) end)

  it("a folder of .html and .md files: says no .txt file and no document, exit 1", function()
    write(dir .. "/a.html", "<p>x</p>")
    write(dir .. "/b.md", "# x")
    local code, out, err = run({ "extract", dir })
    assert.are.equal(1, code)
    assert.are.equal("", out)
    assert.truthy(err:find(dir .. ": no .txt file; 2 other files not read: a.html, b.md\n", 1, true), err)
    assert.truthy(err:find("no document found in " .. dir .. "\n", 1, true), err)
    assert.truthy(err:find("read 0, written 0, rejected 0", 1, true), err)
  end)

  it("subfolders without -r: names them, and reads them with -r", function()
    assert(lfs.mkdir(dir .. "/2026"))
    write(dir .. "/2026/a.txt", "Hundreds of nurses marched in Lyon on Saturday.")
    local code, _, err = run({ "parse", dir })
    assert.are.equal(1, code)
    assert.truthy(err:find(dir .. ": 1 subfolder not read (use -r to read them): 2026\n", 1, true), err)
    code, _, err = run({ "parse", "-r", dir })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("read 1, written 1, rejected 0", 1, true), err)
  end)

  it("a binary file is not text: rejected with its name, exit 1", function()
    write(dir .. "/prog.txt", "\127ELF\2\1\1\0\0\0\0\0\0\0\0\0" .. ("\0\1\2\3"):rep(100))
    local code, out, err = run({ "extract", dir .. "/prog.txt" })
    assert.are.equal(1, code)
    assert.are.equal("", out)
    assert.truthy(err:find(dir .. "/prog.txt: not text: a NUL byte at byte 8 (binary file?)", 1, true), err)
  end)

  it("mostly invalid UTF-8 is not text; a few invalid bytes are kept with a note", function()
    write(dir .. "/noise.txt", ("\200\201\255a"):rep(50))
    write(dir .. "/latin1.txt", "Gr\232ve \224 Paris : des milliers de manifestants ont d\233fil\233 samedi.")
    local code, out, err = run({ "extract", dir })
    assert.are.equal(1, code)
    assert.truthy(err:find(dir .. "/noise.txt: not text: 150 of 200 bytes are not valid UTF-8 (more than 25%)",
      1, true), err)
    assert.truthy(err:find(dir .. "/latin1.txt: 4 bytes are not valid UTF-8 (the first at byte 3), read as U+FFFD",
      1, true), err)
    assert.truthy(out:find('"id":"latin1"', 1, true))
  end)

  it("empty standard input: no document, exit 1", function()
    local code, _, err = run({ "extract", "-" })
    assert.are.equal(1, code)
    assert.truthy(err:find("no document found in -", 1, true), err)
  end)

  it("--progress draws a progress line on stderr; --quiet never does", function()
    write(dir .. "/a.txt", "Hundreds of nurses marched in Lyon on Saturday.")
    local code, _, err = run({ "--progress", "extract", dir })
    assert.are.equal(0, code)
    assert.truthy(err:find("\rprotestcorpus: 1 documents, 0.0 MB, [%d.]+ MB/s"), err)
    code, _, err = run({ "--quiet", "--progress", "extract", dir })
    assert.are.equal(0, code)
    assert.is_nil(err:find("MB/s", 1, true))
  end)

  it("every command's --help has examples", function()
    local _, out = run({ "--help" })
    assert.truthy(out:find("Examples:", 1, true))
    for name in out:gmatch("\n   ([a-z]+) +[A-Z]") do
      local code, help = run({ name, "--help" })
      assert.are.equal(0, code)
      assert.truthy(help:find("Examples:\n  protestcorpus " .. name, 1, true), name .. " --help has no example")
    end
  end)
end)
