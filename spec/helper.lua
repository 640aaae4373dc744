-- Shared helpers of the specs: file reading, span checks, and the ../shared folder.
local assert = require "luassert"
local M = {}

M.absent = "../shared is not present beside the repository: seed-article tests skipped"

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- Asserts that a {start, stop} span (1-based inclusive) covers exactly want in text.
function M.covers(text, span, want)
  assert(span, "no span for " .. tostring(want))
  assert.are.equal(want, text:sub(span.start, span.stop))
  if span.text then assert.are.equal(want, span.text) end
end

--- The path of a ../shared subfolder, or nil when ../shared is absent.
function M.shared(sub)
  local path = "../shared/" .. sub
  local ok = io.open(path .. "/.", "r") or io.open(path, "r")
  if ok then ok:close() return path end
  local lfs = require "lfs"
  if lfs.attributes(path, "mode") then return path end
  return nil
end

--- Extracts every gold document of a JSON Lines file (with its date and language) and
-- scores the result with protestcorpus.eval, restricted to types.
function M.score_gold(path, types)
  local pc = require "protestcorpus"
  local eval = require "protestcorpus.eval"
  local records = require "protestcorpus.records"
  local cjson = require "cjson"
  local gold, sys = {}, {}
  for line in io.lines(path) do
    local g = cjson.decode(line)
    gold[#gold + 1] = g
    local ents = assert(pc.extract(g.text, { date = g.date ~= cjson.null and g.date or nil, lang = g.lang }))
    sys[#sys + 1] = { id = g.id, entities = records.entity_list(ents) }
  end
  return eval.score(gold, sys, { types = types })
end

--- Writes bytes to path (tests' fixtures).
function M.write(path, bytes)
  local f = assert(io.open(path, "wb"))
  assert(f:write(bytes))
  assert(f:close())
end

--- Removes a file or a directory tree (symbolic links are not followed).
function M.rmtree(path)
  local lfs = require "lfs"
  local mode = lfs.symlinkattributes(path, "mode")
  if mode == "directory" then
    for name in lfs.dir(path) do
      if name ~= "." and name ~= ".." then M.rmtree(path .. "/" .. name) end
    end
    assert(lfs.rmdir(path))
  elseif mode then
    assert(os.remove(path))
  end
end

--- A shell word for s.
function M.quote(s)
  return "'" .. (s:gsub("'", "'\\''")) .. "'"
end

--- The interpreter under test, to run the command line with.
M.LUA = rawget(_G, "jit") and "luajit" or "lua5.4"

--- Runs bin/protestcorpus with args (a list) as a subprocess of the interpreter under
-- test, standard input from the string stdin (default empty), and env (a string of
-- NAME=value words, optional) before it. Returns exit code, stdout, stderr.
function M.run_cli(args, stdin, env)
  local out, err, inp = os.tmpname(), os.tmpname(), os.tmpname()
  M.write(inp, stdin or "")
  local cmd = { env or "", M.LUA, "bin/protestcorpus" }
  for _, a in ipairs(args) do cmd[#cmd + 1] = M.quote(a) end
  local p = assert(io.popen(table.concat(cmd, " ") .. " <" .. M.quote(inp) .. " >" .. M.quote(out)
    .. " 2>" .. M.quote(err) .. "; echo $?"))
  local code = tonumber(p:read("*a"))
  p:close()
  local o, e = M.read(out), M.read(err)
  os.remove(out)
  os.remove(err)
  os.remove(inp)
  return code, o, e
end

--- The lines of s (each ending in "\n").
function M.lines_of(s)
  local out = {}
  for line in s:gmatch("([^\n]*)\n") do out[#out + 1] = line end
  return out
end

--- The PERSON, ORG and PLACE entities pc.extract finds in text (opts: extract's options),
-- each checked to cover its own text.
function M.names(text, opts)
  local pc = require "protestcorpus"
  local out = {}
  for _, e in ipairs(assert(pc.extract(text, opts))) do
    assert.are.equal(e.text, text:sub(e.start, e.stop))
    if e.type == "PERSON" or e.type == "ORG" or e.type == "PLACE" then out[#out + 1] = e end
  end
  return out
end

--- The entity of type t and text in list; an error naming what was found when none is.
function M.find_name(list, t, text)
  for _, e in ipairs(list) do
    if e.type == t and e.text == text then return e end
  end
  local got = {}
  for _, e in ipairs(list) do got[#got + 1] = e.type .. ":" .. e.text end
  error(("no %s '%s' in: %s"):format(t, text, table.concat(got, ", ")), 2)
end

--- Raises when list holds an entity with this text.
function M.no_name(list, text)
  for _, e in ipairs(list) do
    if e.text == text then error(("unexpected %s '%s'"):format(e.type, text), 2) end
  end
end

--- Asserts the DATE spans and values pc.extract finds in text, in order: { {span, value}, ... }
-- (language "en" and document date 2026-03-20 unless given).
function M.expect_dates(text, want, lang, date)
  local pc = require "protestcorpus"
  local got = {}
  local opts = { lang = lang or "en", date = date or "2026-03-20", types = { "DATE" } }
  for _, e in ipairs(assert(pc.extract(text, opts))) do got[#got + 1] = { e.text, e.value } end
  assert.are.same(want, got)
end

--- The type of the entity with this text in list, or nil.
function M.name_type(list, text)
  for _, e in ipairs(list) do
    if e.text == text then return e.type end
  end
end

--- A new empty temporary folder.
function M.tempdir()
  local lfs = require "lfs"
  local base = os.tmpname()
  os.remove(base)
  assert(lfs.mkdir(base))
  return base
end

return M
