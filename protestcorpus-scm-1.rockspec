rockspec_format = "3.0"
package = "protestcorpus"
version = "scm-1"
source = {
  url = "git+file:///protestcorpus", -- replace with the published repository
}
description = {
  summary = "News articles about protests -> structured data (C core, Lua API)",
  detailed = [[
    Parses news articles (English, French) into meta, paragraphs, sentences and tokens, and
    extracts dates, quantities, money and percentages with normalized values. Lua 5.1
    (LuaJIT, Neovim) to 5.4.
  ]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.1",
  "lua-cjson",
  "luafilesystem",
  "argparse",
}
external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
}
-- The Makefile carries the build (one source of truth for the file lists): luarocks runs
-- `make` with the variables below, then `make install-rock`, which puts the module, every
-- Lua file and the name model (protestcorpus/data, found beside init.lua) into the tree.
build = {
  type = "make",
  build_target = "module",
  build_variables = {
    CFLAGS = "$(CFLAGS)",
    LIBFLAG = "$(LIBFLAG)",
    LUA = "$(LUA)",
    LUA_INCDIR = "$(LUA_INCDIR)",
    UTF8PROC_INCDIR = "$(UTF8PROC_INCDIR)",
    UTF8PROC_LIBDIR = "$(UTF8PROC_LIBDIR)",
    BUILD = "build/rock",
  },
  install_target = "install-rock",
  install_variables = {
    LUA = "$(LUA)",
    BUILD = "build/rock",
    INST_LIBDIR = "$(LIBDIR)",
    INST_LUADIR = "$(LUADIR)",
  },
  install = { bin = { protestcorpus = "bin/protestcorpus" } },
}
test_dependencies = { "busted" }
test = { type = "busted" }
