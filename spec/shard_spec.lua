-- Shards (--shard I/N): the hash, the option's syntax, and readers whose shards partition a
-- corpus: every record in exactly one shard, their union the whole, each bad record
-- reported once. The expected numbers are hard-coded (computed once with an independent
-- FNV-1a in Python) so that Lua 5.4 and LuaJIT must both give them.
local lfs = require "lfs"
local corpus = require "protestcorpus.corpus"
local helper = require "spec.helper"
local write = helper.write
local rmtree = helper.rmtree

local tempdir = helper.tempdir

-- Reads everything; returns the records, the errors and the reader.
local function read_all(paths, opts)
  local errors = {}
  opts = opts or {}
  opts.on_error = function(e) errors[#errors + 1] = e end
  local reader = corpus.open(paths, opts)
  local recs = {}
  for rec in reader do recs[#recs + 1] = rec end
  return recs, errors, reader
end

describe("corpus.fnv1a32", function()
  it("is the standard 32-bit FNV-1a (published test vectors)", function()
    assert.equal(0x811c9dc5, corpus.fnv1a32(""))
    assert.equal(0xe40c292c, corpus.fnv1a32("a"))
    assert.equal(0xbf9cf968, corpus.fnv1a32("foobar"))
  end)

  it("gives the same values under every interpreter, any bytes included", function()
    assert.equal(2865012052, corpus.fnv1a32("en_01"))
    assert.equal(1971112980, corpus.fnv1a32("fr_02"))
    assert.equal(513665217, corpus.fnv1a32("\195\169")) -- "é" in UTF-8
    assert.equal(191723574, corpus.fnv1a32("\255\0x"))
    -- a long id: 10,000 steps of the multiplication stay exact
    local h = corpus.fnv1a32(string.rep("0123456789", 1000))
    assert.equal(h, corpus.fnv1a32(string.rep("0123456789", 1000)))
    assert.is_true(h >= 0 and h < 2 ^ 32 and h == math.floor(h))
  end)
end)

describe("corpus.shard_of", function()
  it("is fnv1a32(id) % N + 1, hard-coded for a few ids", function()
    local want = {
      -- id           N=2 N=3 N=10
      { "en_01",       1,  2,  3 },
      { "fr_02",       1,  1,  1 },
      { "seed-000",    2,  2,  8 },
      { "42",          2,  3,  2 },
      { "a",           1,  2,  1 },
      { "",            2,  2,  2 },
      { "\195\169",    2,  1,  8 },
    }
    for _, w in ipairs(want) do
      assert.equal(w[2], corpus.shard_of(w[1], 2), w[1])
      assert.equal(w[3], corpus.shard_of(w[1], 3), w[1])
      assert.equal(w[4], corpus.shard_of(w[1], 10), w[1])
      assert.equal(1, corpus.shard_of(w[1], 1))
    end
  end)

  it("spreads ids over the shards", function()
    local counts = { 0, 0, 0, 0 }
    for i = 1, 4000 do
      local s = corpus.shard_of("doc-" .. i, 4)
      counts[s] = counts[s] + 1
    end
    for s = 1, 4 do assert.is_true(counts[s] > 850 and counts[s] < 1150, "shard " .. s) end
  end)

  it("raises on bad arguments (programmer errors)", function()
    assert.has_error(function() corpus.shard_of(42, 2) end)
    assert.has_error(function() corpus.shard_of("a", 0) end)
    assert.has_error(function() corpus.shard_of("a", 1.5) end)
  end)
end)

describe("corpus.parse_shard", function()
  it("reads I/N", function()
    assert.same({ 1, 1 }, { corpus.parse_shard("1/1") })
    assert.same({ 3, 8 }, { corpus.parse_shard("3/8") })
    assert.same({ 2, 3 }, { corpus.parse_shard(" 2 / 3 ") })
  end)

  it("refuses the rest with a clear message", function()
    local cases = {
      { "0/3", "between 1 and N" },
      { "4/3", "between 1 and N" },
      { "1/0", "at least 1" },
      { "-1/3", "form I/N" },
      { "1.5/3", "form I/N" },
      { "1/", "form I/N" },
      { "2", "form I/N" },
      { "a/b", "form I/N" },
      { "", "form I/N" },
      { "1/99999999999", "too large" },
      { "1/4294967296", "below 2^31" },
      { "1/2147483648", "below 2^31" },
    }
    for _, c in ipairs(cases) do
      local i, msg = corpus.parse_shard(c[1])
      assert.is_nil(i, c[1])
      assert.truthy(msg:find(c[2], 1, true), c[1] .. ": " .. msg)
    end
    assert.is_nil(corpus.parse_shard(nil))
  end)
end)

describe("corpus.open with a shard", function()
  local dir

  before_each(function() dir = tempdir() end)
  after_each(function() rmtree(dir) end)

  -- A corpus of text files and JSON Lines, with bad records of each kind.
  local function make_corpus()
    for i = 1, 30 do write(("%s/t%02d.txt"):format(dir, i), "Article " .. i .. ".") end
    assert(lfs.mkdir(dir .. "/sub"))
    write(dir .. "/sub/s1.txt", "In a subdirectory.")
    local lines = {}
    for i = 1, 40 do
      if i % 10 == 3 then
        lines[#lines + 1] = "{broken json " .. i
      elseif i % 10 == 7 then
        lines[#lines + 1] = '{"id": "bad' .. i .. '", "text": "x", "date": "2026-02-30"}'
      elseif i % 10 == 9 then
        lines[#lines + 1] = '{"text": "no id ' .. i .. '"}'
      else
        lines[#lines + 1] = '{"id": "j' .. i .. '", "text": "Record ' .. i .. '."}'
      end
    end
    write(dir .. "/dump.jsonl", table.concat(lines, "\n") .. "\n")
    return { dir, dir .. "/dump.jsonl" }
  end

  local function keyed(errors)
    local out = {}
    for _, e in ipairs(errors) do out[#out + 1] = e.path .. ":" .. tostring(e.line) .. ":" .. e.message end
    return out
  end

  it("partitions the records: each in exactly one shard, union = the whole, same order", function()
    local paths = make_corpus()
    local whole, whole_err, whole_reader = read_all(paths, { recursive = true })
    assert.equal(31 + 32, #whole) -- 8 of the 40 lines are bad
    assert.equal(8, #whole_err)
    for _, n in ipairs({ 1, 2, 3, 7 }) do
      local shard_of_id, errs_seen = {}, {}
      local read, rejected, skipped = 0, 0, 0
      for i = 1, n do
        local recs, errs, reader = read_all(paths, { recursive = true, shard = i .. "/" .. n })
        for _, r in ipairs(recs) do
          assert.is_nil(shard_of_id[r.id], r.id .. " in two shards")
          shard_of_id[r.id] = i
          assert.equal(i, corpus.shard_of(r.id, n))
        end
        for _, k in ipairs(keyed(errs)) do
          assert.is_nil(errs_seen[k], k .. " reported twice")
          errs_seen[k] = true
        end
        read, rejected, skipped = read + reader.read, rejected + reader.rejected, skipped + reader.skipped
        assert.equal(reader.read + reader.skipped, whole_reader.read)
      end
      -- the union, in the whole run's order
      for _, r in ipairs(whole) do assert.truthy(shard_of_id[r.id], r.id .. " in no shard") end
      local count = 0
      for _ in pairs(shard_of_id) do count = count + 1 end
      assert.equal(#whole, count)
      for _, k in ipairs(keyed(whole_err)) do assert.truthy(errs_seen[k], k .. " never reported") end
      assert.equal(whole_reader.read, read)
      assert.equal(whole_reader.rejected, rejected)
      assert.equal(whole_reader.read * (n - 1), skipped)
    end
  end)

  it("keeps the whole run's order within a shard", function()
    local paths = make_corpus()
    local whole = read_all(paths, { recursive = true })
    local recs = read_all(paths, { recursive = true, shard = "2/3" })
    local k = 1
    for _, r in ipairs(whole) do
      if corpus.shard_of(r.id, 3) == 2 then
        assert.equal(r.id, recs[k].id)
        assert.equal(r.text, recs[k].text)
        k = k + 1
      end
    end
    assert.equal(#recs + 1, k)
  end)

  it("reports a bad record with an id in that id's shard, without one in path:line's", function()
    write(dir .. "/d.jsonl", '{"id": "en_01", "text": 5}\n{oops\n')
    for i = 1, 2 do
      local _, errs = read_all(dir .. "/d.jsonl", { shard = i .. "/2" })
      local want = {}
      if corpus.shard_of("en_01", 2) == i then want[#want + 1] = 1 end
      if corpus.shard_of(dir .. "/d.jsonl:2", 2) == i then want[#want + 1] = 2 end
      local got = {}
      for _, e in ipairs(errs) do got[#got + 1] = e.line end
      assert.same(want, got)
    end
  end)

  it("keys a line by its leading plain id even when the rest is broken or names id twice", function()
    -- read undecoded by the shards that do not own "en_01"; the owner decodes and reports
    write(dir .. "/d.jsonl", '{"id": "en_01", "text": broken\n'
      .. '{"id":"fr_02","text":"twice","id":"en_01"}\n'
      .. '{"id": "a\\u0062", "text": "escaped id"}\n')
    local got_err, got_ids = {}, {}
    for i = 1, 3 do
      local recs, errs = read_all(dir .. "/d.jsonl", { shard = i .. "/3" })
      for _, e in ipairs(errs) do got_err[#got_err + 1] = { i, e.line } end
      for _, r in ipairs(recs) do got_ids[#got_ids + 1] = { i, r.line, r.id } end
    end
    assert.are_not.equal(corpus.shard_of("fr_02", 3), corpus.shard_of("en_01", 3))
    assert.same({ { corpus.shard_of("en_01", 3), 1 } }, got_err)
    table.sort(got_ids, function(a, b) return a[2] < b[2] end)
    assert.same({
      { corpus.shard_of("fr_02", 3), 2, "en_01" }, -- keyed by the first id, one shard only
      { corpus.shard_of("ab", 3), 3, "ab" },       -- an escaped id is decoded first
    }, got_ids)
  end)

  it("reports an input no shard can read in every shard", function()
    for i = 1, 3 do
      local recs, errs, reader = read_all({ dir .. "/missing.jsonl", dir .. "/nodir/" }, { shard = i .. "/3" })
      assert.equal(0, #recs)
      assert.equal(2, #errs)
      assert.equal(2, reader.rejected)
    end
  end)

  it("reports an unreadable article of a directory only in its id's shard", function()
    assert(lfs.link(dir .. "/nowhere", dir .. "/en_01.txt", true)) -- dangling link
    local total = 0
    for i = 1, 2 do
      local _, errs = read_all(dir, { shard = i .. "/2" })
      if i == corpus.shard_of("en_01", 2) then assert.equal(1, #errs) else assert.equal(0, #errs) end
      total = total + #errs
    end
    assert.equal(1, total)
  end)

  it("shards standard input and single files by their ids", function()
    write(dir .. "/en_01.txt", "One article.")
    for i = 1, 2 do
      local recs = read_all(dir .. "/en_01.txt", { shard = i .. "/2" })
      assert.equal(i == corpus.shard_of("en_01", 2) and 1 or 0, #recs)
    end
  end)

  it("with 1/1 reads the same as without a shard", function()
    local paths = make_corpus()
    local a = read_all(paths, { recursive = true })
    local b = read_all(paths, { recursive = true, shard = "1/1" })
    assert.same(a, b)
  end)

  it("raises on a bad shard option (a programmer error)", function()
    assert.has_error(function() corpus.open(dir, { shard = "3/2" }) end)
    assert.has_error(function() corpus.open(dir, { shard = "x" }) end)
  end)
end)
