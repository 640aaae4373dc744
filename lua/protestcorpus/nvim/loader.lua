--- protestcorpus.nvim.loader: finds and loads the plugin's own LuaJIT build of the C module.
--
--     local pc, err = loader.load()   -- the protestcorpus module, or nil and what to do
--
-- The plugin folder is three levels above this file (lua/protestcorpus/nvim/loader.lua);
-- `make LUA=luajit` there builds build/luajit/protestcorpus/core.so and the name model is
-- data/. Before anything is loaded: Neovim must run LuaJIT (`jit` is defined), and the
-- shared object must be an ELF file built for the Lua 5.1 ABI (it references lua_objlen
-- and none of the 5.2+ symbols luaL_checkversion_, lua_rawlen, lua_newuserdatauv), so a
-- Lua 5.4 build is refused with a message instead of being loaded. The folder is
-- prepended to package.cpath, and the module is loaded from that exact file into
-- package.loaded["protestcorpus.core"], so no other core.so on the path is ever picked.
-- No environment variable is needed ($PROTESTCORPUS_DATA still overrides the data folder).
local M = {}

local here = debug.getinfo(1, "S").source:match("^@(.*)[/\\]") or "."

--- The plugin's root folder (absolute when Neovim gave an absolute path).
function M.root()
  return (here:gsub("[/\\]lua[/\\]protestcorpus[/\\]nvim$", ""))
end

--- Path of the module this plugin loads.
function M.module_path()
  return M.root() .. "/build/luajit/protestcorpus/core.so"
end

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local data = f:read("*a")
  f:close()
  return data
end

--- The Lua ABI of a shared object from its dynamic symbol names: "5.1", "5.2+", "5.4"
-- or nil and a message.
function M.abi_of(path)
  local data = read_file(path)
  if not data then return nil, "not found" end
  if data:sub(1, 4) ~= "\127ELF" then return nil, "not an ELF shared object" end
  -- a whole NUL-delimited name (searching for the name first: a search that starts with
  -- "\0" stops at every NUL byte of the binary and is slow)
  local has = function(sym)
    local init = 1
    while true do
      local a, b = data:find(sym, init, true)
      if not a then return false end
      if data:byte(a - 1) == 0 and data:byte(b + 1) == 0 then return true end
      init = b + 1
    end
  end
  if has("lua_newuserdatauv") then return "5.4" end
  if has("luaL_checkversion_") or has("lua_rawlen") then return "5.2+" end
  if has("lua_objlen") then return "5.1" end
  return nil, "no Lua symbol found"
end

local state = { loaded = nil, err = nil, info = {} }

--- What the last load() found: {path, abi, jit, version, cpath_added, source, elapsed_ms}.
function M.info()
  return state.info
end

local function fail(msg)
  state.err = msg
  return nil, msg
end

local BUILD_HINT = "build it: cd %s && make LUA=luajit (needs gcc, libluajit-5.1-dev, libutf8proc-dev)"

--- Loads the protestcorpus module with the plugin's LuaJIT build of its core.
-- @return the module, or nil and a message saying what to do
function M.load()
  if state.loaded then return state.loaded end
  if state.err then return nil, state.err end
  local t0 = os.clock()
  local info = state.info
  local root = M.root()
  info.root = root
  info.path = M.module_path()
  info.jit = rawget(_G, "jit") and jit.version or nil
  if not info.jit then
    return fail("protestcorpus: this Lua is not LuaJIT (" .. _VERSION .. "); the plugin needs Neovim's LuaJIT")
  end
  local core = package.loaded["protestcorpus.core"]
  if core then
    info.source = "already loaded (package.loaded)"
  else
    local abi, why = M.abi_of(info.path)
    info.abi = abi
    if not abi then
      return fail(("protestcorpus: no compiled module at %s (%s); " .. BUILD_HINT)
        :format(info.path, why, root))
    end
    if abi ~= "5.1" then
      return fail(("protestcorpus: %s is built for Lua %s, not LuaJIT (Lua 5.1 ABI); "
        .. "rebuild: cd %s && make clean && make LUA=luajit")
        :format(info.path, abi, root))
    end
    local dir = root .. "/build/luajit/?.so"
    if not package.cpath:find(dir, 1, true) then
      package.cpath = dir .. ";" .. package.cpath
      info.cpath_added = dir
    end
    local open, err = package.loadlib(info.path, "luaopen_protestcorpus_core")
    if not open then
      return fail(("protestcorpus: cannot load %s: %s; " .. BUILD_HINT):format(info.path, tostring(err), root))
    end
    local ok, mod = pcall(open, "protestcorpus.core")
    if not ok or type(mod) ~= "table" then
      return fail(("protestcorpus: %s failed to open: %s"):format(info.path, tostring(mod)))
    end
    package.loaded["protestcorpus.core"] = mod
    info.source = info.path
  end
  local ok, pc = pcall(require, "protestcorpus")
  if not ok then return fail("protestcorpus: " .. tostring(pc)) end
  info.version = pc.version
  info.elapsed_ms = (os.clock() - t0) * 1000
  state.loaded = pc
  return pc
end

--- Forgets a failed load (after `make`), so the next call tries again.
function M.reset()
  if not state.loaded then
    state.err = nil
    state.info = {}
  end
end

return M
