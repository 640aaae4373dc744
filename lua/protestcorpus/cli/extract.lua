--- protestcorpus extract: one JSON line per article with its entities.
local context = require "protestcorpus.cli.context"
local records = require "protestcorpus.records"
local eval = require "protestcorpus.eval"
local events = require "protestcorpus.events"
local cli_events = require "protestcorpus.cli.events"

-- The --types list, checked against the core's types; nil and a message when one is unknown.
local function check_types(pc, types)
  local known = {}
  for _, t in ipairs(pc.types) do known[t] = true end
  for _, t in ipairs(types) do
    if not known[t] then
      return nil, ("--types: unknown type '%s' (known: %s)"):format(t, table.concat(pc.types, ","))
    end
  end
  return types
end

-- The record's line, written in C; records.entities (the Lua encoder) for a record whose
-- head fields are not all strings.
local function record_line(rec, doc, opts)
  if doc.record_json then
    local ok = true
    for _, k in ipairs({ "id", "lang", "date", "title" }) do
      if rec[k] ~= nil and type(rec[k]) ~= "string" then ok = false end
    end
    if ok then return doc:record_json(rec, opts.types and { types = opts.types } or nil) end
  end
  return records.entities(rec, doc, opts)
end

-- The extract record with the document's own events (merged within the document only;
-- `protestcorpus merge` joins them across documents), as the last field.
local function with_events(rec, doc, opts)
  local line, err = record_line(rec, doc, opts)
  if not line then return nil, err end
  local evs, eerr = cli_events.document_events(rec, doc, opts.lex)
  if not evs then return nil, eerr end
  local parts = {}
  local encode = opts.encode or events.encode
  for i, ev in ipairs(evs) do parts[i] = encode(ev) end
  return line:sub(1, -2) .. ',"events":[' .. table.concat(parts, ",") .. "]}"
end

local M = {
  help = "Extract entities: one JSON line per article with its entities and its events.",
  setup = function(cmd)
    context.add_paths(cmd)
    cmd:option("--types", "Entity types to keep, comma-separated (default: all), "
      .. "e.g. DATE,QUANTITY.")
    cmd:flag("--no-events", "Leave out each document's events: entities and quotes only, at the C "
      .. "core's speed (the events layer is pure Lua and costs most of the time).")
  end,
  run = function(ctx, args)
    ctx.counts = true
    local types = eval.parse_types(args.types)
    if types then
      local pc = ctx:pc()
      if not pc then return end
      local ok, err = check_types(pc, types)
      if not ok then
        ctx.usage_error, ctx.counts = err, false
        return
      end
    end
    -- Without the name model every record would fail alike: say so once, fatally.
    local pc = ctx:pc()
    if not pc then return end
    local model, err = pc.default_model()
    if not model and not (types and not pc.needs_model(types)) then
      ctx:fail(err)
      return
    end
    -- each line is written by the C core (doc:record_json, csrc/json_writer.c): no Lua
    -- table per entity on this path; the document's events are appended to it
    if args.no_events then
      context.run_records(ctx, args, record_line, { types = types })
      return
    end
    local lex = cli_events.load_lexicon(ctx)
    if not lex then return end
    context.run_records(ctx, args, with_events, { types = types, lex = lex, encode = cli_events.encoder() })
  end,
}

M.examples = {
  "protestcorpus extract examples/corpus > entities.jsonl",
  "protestcorpus extract -r corpus/ --types DATE,QUANTITY -o figures.jsonl",
  "protestcorpus extract --progress dump.jsonl > entities.jsonl",
  "protestcorpus extract --no-events corpus/ > entities.jsonl   (entities and quotes, fastest)",
}

return M
