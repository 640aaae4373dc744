-- Corpus I/O robustness of the command line (docs/robustness.md): broken JSON Lines of
-- every kind, directories with unreadable and non-UTF-8 files, a file that vanishes
-- mid-run, a full disk. The contract: each problem is reported on stderr with its location
-- (path, and :line for JSON Lines), the run goes on (or stops with --strict, exit 3), the
-- exit status is non-zero when anything was rejected, and the counts line accounts for
-- every record read: read = written + rejected.
-- spec/cli_spec.lua has the basic cases (one broken line, a directory named x.txt,
-- /dev/full's message); this file has the harder ones. The subprocesses run under
-- `timeout`, so a reader that blocks (on a named pipe, say) fails the test, not the suite.
local lfs = require "lfs"
local cjson = require "cjson.safe"
local cli = require "protestcorpus.cli"
local helper = require "spec.helper"
local write = helper.write
local slurp = helper.read
local rmtree = helper.rmtree
local quote = helper.quote

local LUA = rawget(_G, "jit") and "luajit" or "lua5.4"
-- PC_KNOWN_BUGS=1 runs the tests of open bugs (docs/robustness.md) instead of marking them
-- pending; none is open here now (spec/robustness_spec.lua keeps the mechanism).

local function tempdir()
  local base = os.tmpname()
  os.remove(base)
  assert(lfs.mkdir(base))
  return base
end

-- Runs bin/protestcorpus (under timeout) with args; returns exit code, stdout, stderr.
local function run(args)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = { "timeout", "120", LUA, "bin/protestcorpus" }
  for _, a in ipairs(args) do cmd[#cmd + 1] = quote(a) end
  local p = assert(io.popen(table.concat(cmd, " ") .. " </dev/null >" .. quote(out) .. " 2>" .. quote(err)
    .. "; echo $?"))
  local code = tonumber(p:read("*a"))
  p:close()
  local o, e = slurp(out), slurp(err)
  os.remove(out)
  os.remove(err)
  assert(code ~= 124, "the command timed out (blocked?)")
  return code, o, e
end

local function lines_of(s)
  local out = {}
  for line in s:gmatch("([^\n]*)\n") do out[#out + 1] = line end
  return out
end

-- The counts line "protestcorpus: read N, written N, rejected N" (the last stderr line).
local function counts(err)
  local e = lines_of(err)
  local r, w, j = (e[#e] or ""):match("^protestcorpus: read (%d+), written (%d+), rejected (%d+)$")
  assert(r, "no counts line at the end of stderr: " .. err)
  return tonumber(r), tonumber(w), tonumber(j)
end

-- The stderr lines that report a problem (all but the counts and fatal lines).
local function reports(err)
  local out = {}
  for _, l in ipairs(lines_of(err)) do
    if not l:match("^protestcorpus: read %d+, written") and not l:match("^protestcorpus: fatal:")
      and not l:match("read as U%+FFFD$") then -- invalid bytes in a kept record: a note
      out[#out + 1] = l
    end
  end
  return out
end

local function ids_of(out)
  local ids = {}
  for i, l in ipairs(lines_of(out)) do ids[i] = assert(cjson.decode(l), "output line is not JSON: " .. l).id end
  return ids
end

local function esc(s)
  return (s:gsub("%p", "%%%0"))
end

-- In-process run of cli.main; on_first_write is called when the first output line is
-- written (after the directory was listed, before the next file is read).
local function main_with(argv, on_first_write)
  local out, errs, first = {}, {}, true
  local stdout = {
    write = function(self, ...)
      if first then
        first = false
        on_first_write()
      end
      for _, s in ipairs({ ... }) do out[#out + 1] = s end
      return self
    end,
    flush = function(self) return self end,
  }
  local stderr = {
    write = function(self, ...)
      for _, s in ipairs({ ... }) do errs[#errs + 1] = s end
      return self
    end,
    flush = function(self) return self end,
  }
  local code = cli.main(argv, { stdout = stdout, stderr = stderr, stdin = io.stdin })
  return code, table.concat(out), table.concat(errs)
end

describe("cli robustness", function()
  local dir
  before_each(function() dir = tempdir() end)
  after_each(function() rmtree(dir) end)

  describe("JSON Lines broken in every way", function()
    local BIG = ("Thousands of nurses marched in Lyon on Saturday. "):rep(20000) -- 1 MB
    local function deep(n) return ("["):rep(n) .. ("]"):rep(n) end
    local LINES = {
      { ok = "ok1", line = '{"id": "ok1", "text": "Police marched in Paris on Saturday."}' },
      { bad = "invalid JSON", line = '{"id": "trunc", "text": "cut in the mid' },
      { bad = "invalid JSON", line = '\0{"id": "nul", "text": "x"}' },
      { bad = "not a JSON object", line = "[1, 2, 3]" },
      { bad = "not a JSON object", line = '"just a string"' },
      { bad = "not a JSON object", line = "42" },
      { bad = '"text" is not a string', line = '{"id": "num", "text": 5}' },
      { bad = "invalid JSON", line = '{"id": "deep", "text": "x", "extra": ' .. deep(5000) .. "}" },
      { ok = "big", line = '{"id": "big", "text": "' .. BIG .. '"}' },
      { ok = "latin1", line = '{"id": "latin1", "text": "Gr\232ve \224 Paris, 200 manifestants."}' },
      { bad = '"lang" is not one of en, fr, und', line = '{"id": "lang", "text": "x", "lang": ["en"]}' },
      { bad = '"id" is not a string or a number', line = '{"id": {"a": 1}, "text": "x"}' },
      { ok = "ok2", line = '{"id": "ok2", "text": "Des milliers de manifestants."}' },
      { bad = "invalid JSON", line = '{"id": "tail", "te' }, -- the last line, with no newline
    }

    local function file()
      local parts = {}
      for i, l in ipairs(LINES) do parts[i] = l.line end
      local path = dir .. "/broken.jsonl"
      write(path, table.concat(parts, "\n")) -- no newline after the last line
      return path
    end

    it("reports each bad line with path:line, writes the others, counts them all, exit 1", function()
      local path = file()
      local code, out, err = run({ "extract", path })
      assert.are.equal(1, code)
      local want_ids, want_reports = {}, {}
      for n, l in ipairs(LINES) do
        if l.ok then
          want_ids[#want_ids + 1] = l.ok
        else
          want_reports[#want_reports + 1] = { n = n, msg = l.bad }
        end
      end
      assert.are.same(want_ids, ids_of(out))
      local got = reports(err)
      assert.are.equal(#want_reports, #got, err)
      for i, w in ipairs(want_reports) do
        assert.matches("^protestcorpus: " .. esc(path) .. ":" .. w.n .. ": " .. esc(w.msg), got[i])
      end
      local r, wr, rej = counts(err)
      assert.are.equal(#LINES, r)
      assert.are.equal(#want_ids, wr)
      assert.are.equal(#want_reports, rej)
      assert.are.equal(r, wr + rej)
    end)

    it("--strict stops at the first bad line, exit 3, and counts what it read", function()
      local code, out, err = run({ "--strict", "parse", file() })
      assert.are.equal(3, code)
      assert.are.same({ "ok1" }, ids_of(out))
      assert.matches(":2: invalid JSON", reports(err)[1])
      assert.matches("protestcorpus: fatal: ", err)
      local r, wr, rej = counts(err)
      assert.are.same({ 2, 1, 1 }, { r, wr, rej })
    end)
  end)

  describe("a directory with unreadable and non-UTF-8 files", function()
    local UTF16 = "\255\254" .. ("P\0o\0l\0i\0c\0e\0 \0m\0a\0r\0c\0h\0e\0d\0.\0"):rep(10)

    -- Returns the corpus folder, the names that must be written and those rejected with
    -- the message each gets.
    local function corpus()
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      write(c .. "/a.txt", "PARIS (Reuters) - 200 people marched on Saturday.\n")
      write(c .. "/b.txt", "Gr\232ve g\233n\233rale \224 Paris\n\nDes milliers ont d\233fil\233 samedi.\n")
      write(c .. "/c.txt", UTF16)
      write(c .. "/d.txt", "\0\1\2\255\254\0binary\0\0" .. ("\128\129"):rep(500))
      write(c .. "/e.txt", "")
      write(c .. "/f.txt", "\239\187\191With a BOM, 3,000 people.\r\n")
      -- UTF-16 and binary files hold NUL bytes: not text, rejected (the Latin-1 file has a
      -- few invalid bytes among many: kept, with a note)
      local ok_names = { "a", "b", "e", "f" }
      local bad = { { "c.txt", "not text: a NUL byte at byte 4" }, { "d.txt", "not text: a NUL byte at byte 1" } }
      -- a named pipe: opening it would block until a writer comes
      if os.execute("mkfifo " .. quote(c .. "/g.txt") .. " 2>/dev/null") then
        bad[#bad + 1] = { "g.txt", "cannot read: not a regular file" }
      end
      -- a file whose read fails (EIO) even for root: /proc/self/mem
      if lfs.attributes("/proc/self/mem", "mode") == "file" then
        assert(lfs.link("/proc/self/mem", c .. "/h.txt", true))
        bad[#bad + 1] = { "h.txt", "read error: " }
      end
      -- a symbolic link to a character device and one to a directory
      assert(lfs.link("/dev/null", c .. "/i.txt", true))
      bad[#bad + 1] = { "i.txt", "cannot read: not a regular file" }
      assert(lfs.mkdir(dir .. "/elsewhere"))
      assert(lfs.link(dir .. "/elsewhere", c .. "/j.txt", true))
      bad[#bad + 1] = { "j.txt", "cannot read: is a directory" }
      -- a symbolic link loop
      assert(lfs.link(c .. "/k.txt", c .. "/k.txt", true))
      bad[#bad + 1] = { "k.txt", "cannot read: " }
      return c, ok_names, bad
    end

    it("reads the Latin-1 file with a note, rejects UTF-16 and binary as not text, reports the "
      .. "unreadable ones by path, exit 1", function()
      local c, ok_names, bad = corpus()
      local code, out, err = run({ "parse", c })
      assert.are.equal(1, code)
      assert.are.same(ok_names, ids_of(out))
      local got = reports(err)
      assert.are.equal(#bad, #got, err)
      for i, b in ipairs(bad) do
        assert.matches("^protestcorpus: " .. esc(c .. "/" .. b[1]) .. ": " .. esc(b[2]), got[i])
      end
      local r, wr, rej = counts(err)
      assert.are.same({ #ok_names + #bad, #ok_names, #bad }, { r, wr, rej })
    end)

    it("--strict stops at the first rejected file, exit 3", function()
      local c, _, bad = corpus()
      local code, out, err = run({ "--strict", "extract", c })
      assert.are.equal(3, code)
      assert.are.same({ "a", "b" }, ids_of(out))
      assert.are.equal(1, #reports(err))
      assert.matches(esc(c .. "/" .. bad[1][1]), reports(err)[1])
      local r, wr, rej = counts(err)
      assert.are.same({ 3, 2, 1 }, { r, wr, rej })
    end)

    it("writes JSON that a strict UTF-8 reader accepts, whatever the input bytes (fixed in 26e3c16)", function()
      local c = corpus()
      for _, cmd in ipairs({ "parse", "extract" }) do
        local _, out = run({ cmd, c })
        for _, line in ipairs(lines_of(out)) do
          -- UTF-8 well-formedness, as RFC 8259 asks of JSON exchanged between systems
          local i, n = 1, #line
          while i <= n do
            local b = line:byte(i)
            local len = b < 0x80 and 1 or (b >= 0xC2 and b <= 0xDF) and 2 or (b >= 0xE0 and b <= 0xEF) and 3
              or (b >= 0xF0 and b <= 0xF4) and 4 or nil
            assert(len, ("%s: byte %d of a line is not UTF-8"):format(cmd, i))
            for k = 1, len - 1 do
              local cb = line:byte(i + k)
              assert(cb and cb >= 0x80 and cb <= 0xBF, ("%s: byte %d of a line is not UTF-8"):format(cmd, i + k))
            end
            i = i + len
          end
        end
      end
    end)
  end)

  describe("a file that vanishes mid-run", function()
    it("is reported with its path; the others are written; exit 1", function()
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      for _, n in ipairs({ "a", "b", "c" }) do write(c .. "/" .. n .. ".txt", "Article " .. n .. ", 200 people.") end
      local code, out, err = main_with({ "extract", c }, function() assert(os.remove(c .. "/b.txt")) end)
      assert.are.equal(1, code)
      assert.are.same({ "a", "c" }, ids_of(out))
      assert.are.same({ "protestcorpus: " .. c .. "/b.txt: cannot read: No such file or directory" }, reports(err))
      assert.are.same({ 3, 2, 1 }, { counts(err) })
    end)

    it("an open JSON Lines file removed mid-run is still read to the end (POSIX unlink)", function()
      local path = dir .. "/a.jsonl"
      write(path, '{"id": "1", "text": "One."}\n{"id": "2", "text": "Two."}\n{"id": "3", "text": "Three."}\n')
      local code, out, err = main_with({ "parse", path }, function() assert(os.remove(path)) end)
      assert.are.equal(0, code)
      assert.are.same({ "1", "2", "3" }, ids_of(out))
      assert.are.same({ 3, 3, 0 }, { counts(err) })
    end)

    it("a directory removed before it is reached is reported", function()
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      write(dir .. "/first.txt", "First article.")
      write(c .. "/a.txt", "A.")
      local code, out, err = main_with({ "parse", dir .. "/first.txt", c }, function() rmtree(c) end)
      assert.are.equal(1, code)
      assert.are.same({ "first" }, ids_of(out))
      assert.are.equal(1, #reports(err))
      assert.matches(esc(c), reports(err)[1])
      local r, wr, rej = counts(err)
      assert.are.equal(r, wr + rej)
    end)
  end)

  describe("a document the C core fails on", function()
    -- doc:entities() returning nil, message (PC_ENOMEM, say) for one article, simulated
    -- with a wrapper module in package.loaded, so the test holds whatever the core does.
    local function with_failing_entities(fn)
      local real = require "protestcorpus"
      local fake = setmetatable({
        parse = function(text, opts)
          local doc, err = real.parse(text, opts)
          if doc and text:find("FAILS", 1, true) then
            local fail = function() return nil, "out of memory" end
            return setmetatable({ entities = fail, annotations = fail, record_json = fail }, { __index = doc })
          end
          return doc, err
        end,
      }, { __index = real })
      package.loaded["protestcorpus"] = fake
      local ok, err = pcall(fn)
      package.loaded["protestcorpus"] = real
      assert(ok, err)
    end

    it("is rejected with its path and the message; the others are written; exit 1", function()
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      write(c .. "/a.txt", "200 people marched.")
      write(c .. "/b.txt", "This one FAILS.")
      write(c .. "/c.txt", "300 people marched.")
      with_failing_entities(function()
        local code, out, err = main_with({ "extract", c }, function() end)
        assert.are.equal(1, code)
        assert.are.same({ "a", "c" }, ids_of(out))
        assert.are.same({ "protestcorpus: " .. c .. "/b.txt: out of memory" }, reports(err))
        assert.are.same({ 3, 2, 1 }, { counts(err) })
      end)
    end)
  end)

  describe("writing to a full disk (/dev/full)", function()
    local function full_ok()
      return lfs.attributes("/dev/full", "mode") == "char device"
    end

    it("reports the write error on the output, exit 1", function()
      if not full_ok() then
        pending("/dev/full not present")
        return
      end
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      -- more than one stdio buffer of output, so the error shows during the run
      for k = 1, 30 do write(("%s/%02d.txt"):format(c, k), ("Police marched on Saturday. "):rep(200)) end
      for _, cmd in ipairs({ "parse", "extract" }) do
        local code, out, err = run({ cmd, c, "-o", "/dev/full" })
        assert.are.equal(1, code)
        assert.are.equal("", out)
        assert.matches("protestcorpus: write error on /dev/full: ", err)
        counts(err)
      end
    end)

    it("accounts for every record read: read = written + rejected (fixed in 26e3c16)", function()
      if not full_ok() then
        pending("/dev/full not present")
        return
      end
      local c = dir .. "/corpus"
      assert(lfs.mkdir(c))
      for k = 1, 30 do write(("%s/%02d.txt"):format(c, k), ("Police marched on Saturday. "):rep(200)) end
      local _, _, err = run({ "parse", c, "-o", "/dev/full" })
      local r, wr, rej = counts(err)
      assert.are.equal(r, wr + rej)
      assert.are.equal(0, wr) -- nothing reached /dev/full
    end)
  end)
end)
