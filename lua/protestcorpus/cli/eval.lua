--- protestcorpus eval: score extraction against a gold JSON Lines file, with the numbers
-- (and, with --json, the keys) of ../shared/tools/score.py.
local corpus = require "protestcorpus.corpus"
local records = require "protestcorpus.records"
local eval = require "protestcorpus.eval"

local M = {}

-- The key order of eval's JSON: score.py's (--json), so the two compare line for line.
local EVAL_ORDER = { "rows", "micro", "date_value", "quotes", "warnings", "type", "docs" }
for _, list in ipairs({ eval.COUNT_KEYS, { "speaker_ok", "kind_ok" }, eval.METRIC_KEYS,
  eval.DATE_VALUE_KEYS, eval.WARN_KEYS }) do
  for _, k in ipairs(list) do EVAL_ORDER[#EVAL_ORDER + 1] = k end
end

local function with_nulls(t, ...)
  local out = {}
  for _, keys in ipairs({ ... }) do
    for _, k in ipairs(keys) do
      local v = t[k]
      if v == nil then v = records.NULL end
      out[k] = v
    end
  end
  return out
end

local ROW_KEYS = { "type" }

--- eval's result as JSON (one line), with score.py's keys and nulls.
function M.eval_json(res)
  local rows = records.array()
  for i, r in ipairs(res.rows) do rows[i] = with_nulls(r, ROW_KEYS, eval.COUNT_KEYS, eval.METRIC_KEYS) end
  local quotes = records.NULL
  if res.quotes then quotes = with_nulls(res.quotes, eval.QUOTE_COUNT_KEYS, eval.METRIC_KEYS) end
  return records.encode({
    rows = rows,
    micro = with_nulls(res.micro, ROW_KEYS, eval.COUNT_KEYS, eval.METRIC_KEYS),
    date_value = with_nulls(res.date_value, eval.DATE_VALUE_KEYS),
    quotes = quotes,
    warnings = with_nulls(res.warnings, eval.WARN_KEYS),
  }, EVAL_ORDER)
end

local function pct(x)
  if x == nil then return "-" end
  return records.fixed(100 * x, 1)
end

local function cell(ok, n)
  if n == 0 then return "-" end
  return string.format("%d/%d %5s", ok, n, pct(ok / n))
end

local ROW_FMT = "%-10s %6s %6s %6s %6s %6s %6s %7s  %15s  %15s"

--- eval's result as a table for people.
function M.eval_table(res)
  local lines = {
    ROW_FMT:format("type", "gold", "pred", "tp", "P", "R", "F1", "ov_F1", "value ok/n", "canonical ok/n"),
  }
  local function row(r)
    return ROW_FMT:format(r.type, r.gold, r.sys, r.tp, pct(r.p), pct(r.r), pct(r.f), pct(r.of),
      cell(r.val_ok, r.val_n), cell(r.can_ok, r.can_n))
  end
  local sep = string.rep("-", #lines[1])
  lines[#lines + 1] = sep
  for _, r in ipairs(res.rows) do lines[#lines + 1] = row(r) end
  lines[#lines + 1] = sep
  lines[#lines + 1] = row(res.micro)
  local m, d = res.micro, res.date_value
  lines[#lines + 1] = ("value accuracy, exact-span matches: %s; overlap matches: %s (DATE: %s; %s)"):format(
    cell(m.val_exact_ok, m.val_exact_n), cell(m.val_ok, m.val_n),
    cell(d.exact_ok, d.exact_n), cell(d.ov_ok, d.ov_n))
  lines[#lines + 1] = ("canonical accuracy, exact-span matches: %s; overlap matches: %s"):format(
    cell(m.can_exact_ok, m.can_exact_n), cell(m.can_ok, m.can_n))
  local q = res.quotes
  if q then
    lines[#lines + 1] = ("quotes: gold %d, pred %d, tp %d, P %s, R %s, F1 %s, ov_F1 %s, speaker %s, kind %s"):format(
      q.gold, q.sys, q.tp, pct(q.p), pct(q.r), pct(q.f), pct(q.of), cell(q.speaker_ok, q.ov), cell(q.kind_ok, q.ov))
  else
    lines[#lines + 1] = 'quotes: not scored (no gold document has a "quotes" list)'
  end
  local w = {}
  for _, k in ipairs(eval.WARN_KEYS) do
    if res.warnings[k] ~= 0 or k == "gold_docs" then w[#w + 1] = k .. "=" .. res.warnings[k] end
  end
  lines[#lines + 1] = "docs: " .. table.concat(w, " ")
  lines[#lines + 1] = "micro_f1=" .. records.fixed(100 * (m.f or 0), 1)
  return table.concat(lines, "\n")
end

-- Runs the extractor on every gold document: the gold objects and the system's records, in
-- the same order (a document the parser refuses is scored with no predictions).
local function extract_gold(ctx, pc, args)
  local gold, err
  gold, err = corpus.json_lines(args.gold, {
    stdin = ctx.stdin,
    on_error = function(e)
      ctx:fail(("gold file %s:%d: %s"):format(e.path, e.line, e.message))
      gold:close()
    end,
  })
  if not gold then
    ctx:fail(err)
    return
  end
  local gold_docs, sys_docs = {}, {}
  for obj, line in gold do
    gold_docs[#gold_docs + 1] = obj
    local rec, msg = corpus.record_from_object(obj, args.gold, line)
    local doc
    if rec then doc, msg = pc.parse(rec.text, { date = rec.date, lang = rec.lang }) end
    if not doc then
      ctx:reject(args.gold, line, tostring(msg) .. "; scored with no predictions")
      if ctx.fatal then break end
    else
      local sys, eerr = records.entities_object(rec, doc)
      doc:close()
      if sys then
        sys_docs[#sys_docs + 1] = sys
        ctx.written = ctx.written + 1
      else
        ctx:reject(args.gold, line, tostring(eerr) .. "; scored with no predictions")
        if ctx.fatal then break end
      end
    end
  end
  if gold.read_error then ctx:fail(gold.read_error) end
  ctx.read = gold.read
  return gold_docs, sys_docs
end

M.examples = {
  "protestcorpus eval examples/gold/examples.gold.jsonl",
  "protestcorpus eval --types PERSON,ORG,PLACE --lang fr ../shared/gold/seeds.gold.jsonl",
  "protestcorpus eval --json gold.jsonl > metrics.json",
}

M.help = "Score extraction against a gold JSON Lines file (the numbers of score.py)."

function M.setup(cmd)
  cmd:argument("gold", "Gold JSON Lines: {id, text, date?, lang?, entities, quotes?} per line.")
  cmd:option("--types", "Types to score, comma-separated, after --map (default: all seen).")
  cmd:option("--map", "Type renames on both sides, e.g. PER=PERSON,LOC=PLACE.")
  cmd:option("--lang", "Score only gold documents with this lang.")
  cmd:flag("--json", "Print the metrics as JSON (score.py's --json keys).")
  cmd:option("--events", "Score events instead: this file is the events gold (*.events.gold.jsonl) "
    .. "and the positional argument a corpus (directory, .txt, JSONL with text) or the event "
    .. "JSON Lines of events/extract/merge; the numbers of score_events.py.")
end

function M.run(ctx, args)
  if args.events then return require("protestcorpus.cli.events").eval(ctx, args) end
  local map, merr = eval.parse_map(args.map)
  if not map then
    ctx.usage_error = merr
    return
  end
  ctx.counts = true
  local pc = ctx:pc()
  if not pc then return end
  local gold_docs, sys_docs = extract_gold(ctx, pc, args)
  if not gold_docs or ctx.fatal then return end
  if #gold_docs == 0 then
    ctx:fail(("gold file %s has no documents"):format(args.gold))
    return
  end
  local res = eval.score(gold_docs, sys_docs,
    { map = map, types = eval.parse_types(args.types), lang = args.lang })
  if not ctx:open_output(args.output) then return end
  ctx:emit(args.json and M.eval_json(res) or M.eval_table(res))
end

return M
