-- function_lengths.lua: the C functions longer than a limit, for `make check-functions`
-- and spec/function_length_spec.lua.
--
--   lua5.4 tools/function_lengths.lua [--max N] FILE...   (default N: 100)
--
-- Prints "file:line: name: N lines" for each function whose definition (signature to
-- closing brace) is longer than N lines, and exits 1 when there is one. Comments, strings
-- and character literals are blanked first, so braces in them do not count; a top-level
-- "{" opens a function when what precedes it ends in ")" and has no "=" (not an array or a
-- struct initializer). Runs under Lua 5.1 to 5.4 and LuaJIT.
local M = {}

-- The source with comments, strings and character constants replaced by spaces (newlines kept).
local function blank(src)
  local out, i, n = {}, 1, #src
  while i <= n do
    local c, d = src:sub(i, i), src:sub(i, i + 1)
    if d == "/*" then
      local j = src:find("*/", i + 2, true) or n - 1
      out[#out + 1] = src:sub(i, j + 1):gsub("[^\n]", " ")
      i = j + 2
    elseif d == "//" then
      local j = src:find("\n", i, true) or n + 1
      out[#out + 1] = (" "):rep(j - i)
      i = j
    elseif c == '"' or c == "'" then
      local j = i + 1
      while j <= n do
        local e = src:sub(j, j)
        if e == "\\" then j = j + 2
        elseif e == c or e == "\n" then break
        else j = j + 1 end
      end
      out[#out + 1] = c .. src:sub(i + 1, j - 1):gsub("[^\n]", " ") .. c
      i = j + 1
    else
      local j = src:find("[/\"']", i) or n + 1
      out[#out + 1] = src:sub(i, j - 1)
      i = j
      if j <= n and src:sub(j, j) == "/" and not src:sub(j, j + 1):match("^/[/*]") then
        out[#out + 1] = "/"
        i = j + 1
      end
    end
  end
  return table.concat(out)
end

--- The functions of a C source: a list of {name, line, lines}.
function M.functions(src)
  local s = blank(src)
  local found, depth, line, start_pos = {}, 0, 1, 1
  local name
  local last_stop = 0 -- position after the last top-level ";" or "}"
  for pos = 1, #s do
    local c = s:sub(pos, pos)
    if c == "\n" then
      line = line + 1
    elseif c == "{" then
      if depth == 0 then
        local head = s:sub(last_stop + 1, pos - 1)
        local proto = head:gsub("%s+$", "")
        name = nil
        if proto:sub(-1) == ")" and not proto:find("=", 1, true) and not proto:match("^%s*#") then
          name = proto:match("([%w_]+)%s*%b()%s*$")
          local lead = head:match("^%s*()") -- first non-blank character of the head
          -- the head's first line: count the newlines before its first non-blank character
          local before = s:sub(1, last_stop + lead - 1)
          local _, nl = before:gsub("\n", "")
          start_pos = nl + 1
        end
      end
      depth = depth + 1
    elseif c == "}" then
      depth = depth - 1
      if depth == 0 then
        if name then found[#found + 1] = { name = name, line = start_pos, lines = line - start_pos + 1 } end
        name = nil
        last_stop = pos
      end
    elseif c == ";" and depth == 0 then
      last_stop = pos
    elseif c == "#" and depth == 0 then
      -- a preprocessor line ends the head before it
      local eol = s:find("\n", pos, true) or #s
      if s:sub(last_stop + 1, pos - 1):match("^%s*$") then last_stop = eol end
    end
  end
  return found
end

--- The functions longer than max lines in the files: a list of "file:line: name: N lines".
function M.too_long(files, max)
  local out = {}
  for _, path in ipairs(files) do
    local f = assert(io.open(path, "rb"))
    local src = f:read("*a")
    f:close()
    for _, fn in ipairs(M.functions(src)) do
      if fn.lines > max then
        out[#out + 1] = ("%s:%d: %s: %d lines"):format(path, fn.line, fn.name or "?", fn.lines)
      end
    end
  end
  return out
end

if arg and arg[0] and arg[0]:match("function_lengths%.lua$") then
  local max, files = 100, {}
  local i = 1
  while arg[i] do
    if arg[i] == "--max" then
      max = assert(tonumber(arg[i + 1]), "--max N")
      i = i + 2
    else
      files[#files + 1] = arg[i]
      i = i + 1
    end
  end
  local bad = M.too_long(files, max)
  for _, b in ipairs(bad) do print(b) end
  os.exit(#bad == 0 and 0 or 1)
end

return M
