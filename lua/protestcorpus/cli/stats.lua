--- protestcorpus stats: the analysis tables (protestcorpus.analyses) of a corpus, of its
-- event JSON Lines or of its extract JSON Lines (cli/inputs.lua tells them apart).
local context = require "protestcorpus.cli.context"
local inputs = require "protestcorpus.cli.inputs"
local analyses = require "protestcorpus.analyses"
local format = require "protestcorpus.analyses.format"
local eval = require "protestcorpus.eval"

local M = {}

M.examples = {
  "protestcorpus stats examples/corpus",
  "protestcorpus stats events.jsonl --format csv > tables.csv",
  "protestcorpus stats extract.jsonl --format jsonl",
}

M.help = "Analysis tables (timeline, organizers, places, claims, figures, voices) of articles, "
  .. "event JSONL or extract JSONL."

function M.setup(cmd)
  inputs.add_paths(cmd)
  cmd:option("--format", "Output format: text (aligned tables), csv or jsonl.", "text")
    :choices({ "text", "csv", "jsonl" })
  cmd:option("--unit", "Period of the timeline tables: day, week (ISO), month or year.", "month")
    :choices({ "day", "week", "month", "year" })
  cmd:option("--tables", "Tables to print, comma-separated (default: all): "
    .. table.concat(analyses.NAMES, ", ") .. ".")
  cmd:option("--top", "Rows per table in text format (0: all).", "25")
end

-- The selected names, or nil and a message.
local function selection(s)
  local list = eval.parse_types(s)
  if not list then return analyses.NAMES end
  local known = {}
  for _, n in ipairs(analyses.NAMES) do known[n] = true end
  for _, n in ipairs(list) do
    if not known[n] then
      return nil, ("--tables: unknown table '%s' (known: %s)"):format(n, table.concat(analyses.NAMES, ","))
    end
  end
  return list
end

--- The text of the tables in a format: several CSV tables are blocks, each after a
-- "# name" line and separated by an empty line.
function M.render(tables, fmt, top)
  local parts = {}
  for _, t in ipairs(tables) do
    if fmt == "text" then
      parts[#parts + 1] = format.text(t, { limit = top ~= 0 and top or nil })
    elseif fmt == "csv" then
      local s = format.csv(t)
      if #tables > 1 then s = "# " .. t.name .. "\n" .. s end
      parts[#parts + 1] = s
    elseif #t.rows > 0 then
      parts[#parts + 1] = format.jsonl(t)
    end
  end
  return table.concat(parts, fmt == "jsonl" and "\n" or "\n\n")
end

function M.run(ctx, args)
  local names, err = selection(args.tables)
  local top = context.whole_number(ctx, "--top", args.top, 0)
  if not names then
    ctx.usage_error = err
    return
  end
  if not top then return end
  ctx.counts = true
  local acc = analyses.voices.new()
  -- events are streamed into the tables; of each, only its id and documents are kept
  -- (one string), to link the speakers to the events their documents tell
  local tables, links = analyses.new({ unit = args.unit }), {}
  local _, docs = inputs.read(ctx, args.paths, {
    recursive = args.recursive, progress = args.progress, quiet = args.quiet,
    doc = function(d) acc:add(d) end,
    keep = function(ev)
      local c = tables:add(ev)
      links[#links + 1] = (c.event_id or ("event " .. (#links + 1))) .. "\0" .. table.concat(c.docs, "\0")
      return nil
    end,
  })
  if ctx.fatal then return end
  ctx.written = #links
  local voices
  if docs > 0 then
    local light = {}
    for i, s in ipairs(links) do
      local parts = {}
      for p in (s .. "\0"):gmatch("(%Z*)%z") do parts[#parts + 1] = p end
      light[i] = { event_id = table.remove(parts, 1), docs = parts }
    end
    voices = acc:result(light)
  end
  local all, by_name = tables:result(voices), {}
  for _, t in ipairs(all) do by_name[t.name] = t end
  local chosen = {}
  for _, n in ipairs(names) do
    if by_name[n] then chosen[#chosen + 1] = by_name[n]
    elseif args.tables then ctx:say(("table %s: no documents with quotes in the input"):format(n)) end
  end
  if not ctx:open_output(args.output) then return end
  ctx:say(("%d documents, %d events"):format(docs, #links))
  local s = M.render(chosen, args.format, top)
  if s ~= "" then ctx:emit(s) end
end

return M
