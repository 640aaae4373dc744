-- LuaRocks configuration for the LuaJIT ABI (Neovim): Lua 5.1 rocks built against LuaJIT's
-- headers, with commands that run under luajit. Use it as
--   LUAROCKS_CONFIG=luarocks-luajit.lua luarocks --lua-version=5.1 make --deps-mode=none
lua_interpreter = "luajit"
variables = {
  LUA_DIR = "/usr",
  LUA_BINDIR = "/usr/bin",
  LUA_INCDIR = "/usr/include/luajit-2.1",
}
