-- luacheck settings: LuaJIT-compatible Lua; busted globals in spec/.
std = "max"
max_line_length = 120
files["spec/"] = { std = "+busted" }
-- test tables of cases are one case a line
files["spec/entities_spec.lua"] = { max_line_length = false }
files["spec/parse_spec.lua"] = { max_line_length = false }
-- the Neovim plugin (docs/neovim.md): Neovim's globals
local nvim_globals = { read_globals = { "jit" }, globals = { "vim" } }
files["plugin/"] = nvim_globals
files["lua/protestcorpus/nvim.lua"] = nvim_globals
files["lua/protestcorpus/nvim/"] = nvim_globals
files["lua/protestcorpus/health.lua"] = nvim_globals
files["spec/nvim/"] = nvim_globals
files["bench/bench_nvim.lua"] = nvim_globals
