--- protestcorpus merge: event records of several runs (shards) merged into one set.
--
-- Reads JSON Lines of `protestcorpus events` (one event record per line, with its
-- `atoms`) or of `protestcorpus extract` (one document per line with an `events` list) and
-- writes the merged events exactly as one `events` run over all the documents would.
local context = require "protestcorpus.cli.context"
local events = require "protestcorpus.events"
local cli_events = require "protestcorpus.cli.events"

local M = {
  help = "Merge event JSON Lines (outputs of events or extract) into one set of events.",
  setup = function(cmd)
    cmd:argument("files", "Event JSON Lines files (events or extract output), or - for standard input.")
      :args("+")
    cli_events.add_format(cmd)
  end,
  run = function(ctx, args)
    if not cli_events.check_format(ctx, args) then return end
    ctx.counts = true
    local lex = cli_events.load_lexicon(ctx)
    if not lex then return end
    -- groups go to the merge as they are read (in bounded memory: events/stream.lua)
    local st = events.stream(lex, cli_events.stream_opts())
    local function add(obj, path, line)
      local g, err = events.read_group(obj)
      if not g then
        ctx:reject(path, line, err)
        return
      end
      local ok, aerr = st:add(g)
      if not ok then ctx:fail(aerr) end
    end
    for _, path in ipairs(args.files) do
      context.each_json_object(ctx, path, function(obj, line)
        if type(obj) == "table" and type(obj.events) == "table" and obj.atoms == nil then
          for _, ev in ipairs(obj.events) do add(ev, path, line) end
        else
          add(obj, path, line)
        end
      end)
      if ctx.fatal then break end
    end
    if ctx.fatal then return end
    if not ctx:open_output(args.output) then return end
    cli_events.write_stream(ctx, st, args.format)
  end,
}

M.examples = {
  "protestcorpus merge part1.jsonl part2.jsonl > events.jsonl",
  "protestcorpus merge --format csv shards/*.jsonl -o events.csv",
  "protestcorpus extract corpus/ | protestcorpus merge - > events.jsonl",
}

return M
