--- protestcorpus db: loads articles, extract JSONL or event JSONL into a SQLite database
-- (protestcorpus.db; schema in docs/database.md), incrementally: a document already in
-- the database with the same content hash is skipped without extracting it again.
local context = require "protestcorpus.cli.context"
local inputs = require "protestcorpus.cli.inputs"
local db = require "protestcorpus.db"

local M = {}

M.examples = {
  "protestcorpus db examples/corpus -o corpus.db",
  "protestcorpus db events.jsonl entities.jsonl -o corpus.db   (resumes: documents already in are skipped)",
  "sqlite3 corpus.db 'SELECT date, places FROM events ORDER BY date'",
}

M.help = "Load articles, extract JSONL or event JSONL into a SQLite database (-o FILE), resumably."

function M.setup(cmd)
  inputs.add_paths(cmd)
  cmd:option("--batch", "Documents per transaction.", "500")
end

function M.run(ctx, args)
  local batch = context.whole_number(ctx, "--batch", args.batch, 1)
  if not batch then return end
  if not args.output or args.output == "-" then
    ctx.usage_error = "db writes a database file: give it with -o FILE"
    return
  end
  ctx.counts = true
  local store, err = db.open(args.output, { batch = batch })
  if not store then
    ctx:fail(err)
    return
  end
  local failed
  local _, docs, skipped = inputs.read(ctx, args.paths, {
    recursive = args.recursive, progress = args.progress, quiet = args.quiet,
    skip = function(id, hash) return store:has(id, hash) end,
    merge = false, -- store:finish merges every document's events, earlier runs' too
    doc = function(rec, text, hash, doc_events)
      local ok, derr = store:add_document(rec, text, hash, doc_events)
      if not ok then
        ctx:reject(tostring(rec.id), nil, "database: " .. tostring(derr))
      else
        ctx.written = ctx.written + 1
      end
    end,
    event = function(ev)
      local ok, eerr = store:add_event(ev)
      if not ok then
        ctx:reject(tostring(ev.event_id), nil, "database: " .. tostring(eerr))
      else
        ctx.written = ctx.written + 1
      end
    end,
  })
  local api = inputs.events_api()
  local bad = {}
  local merge = api and function(list)
    local merged, left = api.merge(list)
    for _, msg in ipairs(left or {}) do bad[#bad + 1] = msg end
    return merged
  end
  local n
  n, failed = store:finish(merge)
  for _, msg in ipairs(bad) do ctx:reject("events", nil, msg .. "; left out of the merge") end
  store:close()
  if not n then
    ctx:fail("database: " .. tostring(failed))
    return
  end
  ctx.written = ctx.written + skipped
  ctx:say(("%s: %d documents added, %d replaced, %d already present (skipped), %d events read, "
    .. "%d merged events"):format(args.output, store.added, store.replaced, skipped, store.events_in, n))
  local _ = docs
end

return M
