#!/bin/sh
# tools/eval_dates.sh -- DATE scores on every set the dates work may look at: the seeds, the
# project's articles, held-out, first and second blind sets, the events corpus and the
# project's own date fixtures (spec/fixtures/dates/*.gold.jsonl). Never the third or fourth
# blind set. One line per set: gold, predicted, F1 (exact span), F1 (overlap), values.
#   sh tools/eval_dates.sh            (needs `make module LUA=lua5.4`)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;'
TMP=$(mktemp -d "${TMPDIR:-/tmp}/evaldates.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
score() { # name file
  bin/protestcorpus eval --json --types DATE "$2" > "$TMP/m.json" 2>/dev/null || { echo "$1: eval failed"; return; }
  lua5.4 - "$1" "$TMP/m.json" <<'LUA'
    local cjson = require("cjson")
    local f = assert(io.open(arg[2])); local m = cjson.decode(f:read("a")); f:close()
    local r = m.rows[1] or { gold = 0, sys = 0, f = 0, of = 0 }
    local v = m.date_value
    print(string.format("%-16s gold %4d  pred %4d  F1 %5.1f  overlap %5.1f  values %d/%d %5.1f",
      arg[1], r.gold, r.sys, 100 * r.f, 100 * r.of, v.exact_ok, v.exact_n,
      v.exact_n > 0 and 100 * v.exact_ok / v.exact_n or 0))
LUA
}
[ -f ../shared/gold/seeds.gold.jsonl ] && score seeds ../shared/gold/seeds.gold.jsonl
score examples examples/gold/examples.gold.jsonl
score heldout examples/gold/heldout.gold.jsonl
score blind1 examples/gold/blind.gold.jsonl
score blind2 examples/gold/blind2.gold.jsonl
score events_corpus examples/gold/events_corpus.gold.jsonl
for f in spec/fixtures/dates/*.gold.jsonl; do
  [ -f "$f" ] && score "fixtures/$(basename "$f" .gold.jsonl)" "$f"
done
