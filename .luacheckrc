-- luacheck settings: LuaJIT-compatible Lua; busted globals in spec/.
std = "max"
max_line_length = 120
files["spec/"] = { std = "+busted" }
-- test tables of cases are one case a line
files["spec/entities_spec.lua"] = { max_line_length = false }
files["spec/parse_spec.lua"] = { max_line_length = false }
