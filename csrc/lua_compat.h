/*
** lua_compat.h: the few differences between the Lua 5.1 C API (LuaJIT, as embedded by
** Neovim) and Lua 5.2-5.4 that the binding uses. LuaJIT 2.1 already has luaL_setfuncs,
** luaL_newlib and luaL_testudata, so those are defined only for a plain Lua 5.1.
*/
#ifndef PC_LUA_COMPAT_H
#define PC_LUA_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502
#define pc_rawlen(L, i) lua_objlen(L, i)
#ifndef luaL_newlib
static void luaL_setfuncs(lua_State *L, const luaL_Reg *l, int nup) {
  luaL_checkstack(L, nup, "too many upvalues");
  for (; l->name != NULL; l++) {
    int i;
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}
#define luaL_newlibtable(L, l) lua_createtable(L, 0, sizeof(l) / sizeof((l)[0]) - 1)
#define luaL_newlib(L, l) (luaL_newlibtable(L, l), luaL_setfuncs(L, l, 0))
#endif
#else
#define pc_rawlen(L, i) lua_rawlen(L, i)
#endif

/* A value's text for messages: the string itself, else its type name (luaL_tolstring is
** 5.2+ only). */
static const char *pc_value_text(lua_State *L, int idx) {
  return lua_type(L, idx) == LUA_TSTRING ? lua_tostring(L, idx) : lua_typename(L, lua_type(L, idx));
}

#endif
