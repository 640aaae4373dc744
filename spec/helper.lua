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

return M
