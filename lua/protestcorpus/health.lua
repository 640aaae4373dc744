--- :checkhealth protestcorpus — the compiled module, its ABI and version, the data folder,
-- the name model and its load time, the events layer; and what to do when one is missing.
-- Neovim 0.7 reports through require("health").report_*, 0.8+ through vim.health.*.
local M = {}

local function reporter()
  local h = vim.health
  if h and h.start then -- 0.9+
    return { start = h.start, ok = h.ok, warn = h.warn, error = h.error, info = h.info }
  end
  if h and h.report_start then -- 0.8
    return { start = h.report_start, ok = h.report_ok, warn = h.report_warn, error = h.report_error,
      info = h.report_info }
  end
  h = require "health"
  return { start = h.report_start, ok = h.report_ok, warn = h.report_warn, error = h.report_error,
    info = h.report_info }
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

function M.check()
  local r = reporter()
  local loader = require "protestcorpus.nvim.loader"
  local root = loader.root()
  r.start("protestcorpus: compiled module")
  if rawget(_G, "jit") then
    r.ok("Neovim runs " .. jit.version)
  else
    r.error("this Neovim does not run LuaJIT (" .. _VERSION .. ")",
      { "the plugin's module is built for LuaJIT's Lua 5.1 ABI" })
  end
  local path = loader.module_path()
  local abi, why = loader.abi_of(path)
  if not abi then
    r.error(("no module at %s (%s)"):format(path, why),
      { ("run: cd %s && make LUA=luajit (needs gcc, libluajit-5.1-dev, libutf8proc-dev)"):format(root),
        "with lazy.nvim: build = \"make LUA=luajit\"; with packer: run = \"make LUA=luajit\"" })
  elseif abi ~= "5.1" then
    r.error(("%s is built for Lua %s, not for LuaJIT"):format(path, abi),
      { ("rebuild: cd %s && make clean && make LUA=luajit"):format(root) })
  else
    r.ok(("module %s (Lua 5.1 ABI, as LuaJIT needs)"):format(path))
  end
  local nvim = require "protestcorpus.nvim"
  local pc, err = nvim.module()
  if not pc then
    r.error(err)
    return
  end
  local info = loader.info()
  r.ok(("protestcorpus %s loaded from %s"):format(pc.version, info.source or "?"))

  r.start("protestcorpus: data")
  local env = os.getenv("PROTESTCORPUS_DATA")
  local dir = (env and env ~= "") and env or (root .. "/data")
  if env and env ~= "" then r.info("PROTESTCORPUS_DATA=" .. env .. " (overrides the plugin's data/)") end
  if exists(dir .. "/model.bin") then
    r.ok("data directory " .. dir .. " (with the compiled image model.bin)")
  elseif exists(dir .. "/places.tsv") then
    r.warn("data directory " .. dir .. " has no model.bin: the lexicons are parsed at every start",
      { ("run: cd %s && make model"):format(root) })
  else
    r.error("no name model in " .. dir, { "reinstall the plugin (its data/ folder is part of the repository)",
      "or set PROTESTCORPUS_DATA to a data/ folder" })
  end
  if nvim.stats.model_error then
    r.error("name model not loaded: " .. nvim.stats.model_error,
      { "names (PERSON, ORG, PLACE) need it; dates and figures work without" })
  else
    r.ok(("name model loaded: %d entries in %.1f ms"):format(nvim.stats.model_entries or 0, nvim.stats.model_ms or 0))
  end

  r.start("protestcorpus: events")
  local ok, events = pcall(require, "protestcorpus.events")
  if not ok or type(events) ~= "table" or not events.detect then
    r.warn("the events layer (protestcorpus.events) is not available: :Protestcorpus events lists quotes only",
      { "update the plugin to a version with lua/protestcorpus/events/" })
  else
    local lex, lerr = events.load()
    if lex then r.ok("event lexicons loaded") else r.error("event lexicons: " .. tostring(lerr)) end
  end
  local okj = pcall(require, "cjson.safe")
  if okj then r.ok("lua-cjson found") else
    r.info("lua-cjson is not on package.cpath (Debian: apt install lua-cjson); some layers may need it")
  end
  r.start("protestcorpus: annotation")
  if nvim.stats.last_ms then
    r.info(("last annotation: %.2f ms, %s mode, %d paragraph(s) parsed"):format(nvim.stats.last_ms,
      nvim.stats.mode or "?", nvim.stats.parsed or 0))
  else
    r.info("no buffer annotated yet (:Protestcorpus annotate)")
  end
end

return M
