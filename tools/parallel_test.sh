#!/bin/sh
# GNU parallel recipe test (make test-dist): runs examples/parallel/run.sh with local jobs
# (-j2): events on 3 (under LuaJIT) and 5 shards, extract on 4, each followed by merge,
# and compares each merged result with one `events` process under Lua 5.4, byte for byte;
# then merges the 5 shards again in reverse order and in stages (the same bytes again). Exit status 0 when every comparison passes, 1 otherwise.
set -eu
# shellcheck disable=SC2034 # used by dist_lib.sh
DIST_NAME=parallel_test
# shellcheck source=tools/dist_lib.sh
. "$(dirname "$0")/dist_lib.sh"

command -v parallel >/dev/null 2>&1 || dist_fail "GNU parallel is not installed (Debian package parallel; make deps)"
T=$(mktemp -d "${TMPDIR:-/tmp}/pc-parallel.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

dist_reference "$T"
# events per shard with 3 (under LuaJIT) and 5 shards; extract per shard with 4; the
# reference under Lua 5.4
for run in "3 events luajit" "5 events lua5.4" "4 extract lua5.4"; do
  # shellcheck disable=SC2086 # three words
  set -- $run
  n=$1 step=$2 lua=$3
  # shellcheck disable=SC2086 # DIST_PATHS is a word list
  PC_CMD="$lua $ROOT/bin/protestcorpus" PC_STEP=$step PC_JOBS=2 \
    "$ROOT/examples/parallel/run.sh" "$n" "$T/out$n" $DIST_PATHS 2>"$T/run$n.log" ||
    dist_fail "run.sh with $n shards failed: $(tail -n 5 "$T/run$n.log")"
  dist_compare "$T" "$T/out$n/merged.jsonl" "$step on $n shards ($lua) under parallel -j2, then merge"
done

# The merge is associative and ignores order: the 5 shards merged in reverse order, and in
# stages (5+4, then 3+2, then both with 1), give the same bytes.
o=$T/out5
# shellcheck disable=SC2086 # REF_CMD is a word list
$REF_CMD merge "$o/shard-5-of-5.jsonl" "$o/shard-4-of-5.jsonl" "$o/shard-3-of-5.jsonl" \
  "$o/shard-2-of-5.jsonl" "$o/shard-1-of-5.jsonl" -o "$T/reversed.jsonl" 2>"$T/merge.log" ||
  dist_fail "merge in reverse order failed: $(tail -n 5 "$T/merge.log")"
dist_compare "$T" "$T/reversed.jsonl" "5 shards merged in reverse order"
# shellcheck disable=SC2086 # REF_CMD is a word list
{ $REF_CMD merge "$o/shard-5-of-5.jsonl" "$o/shard-4-of-5.jsonl" -o "$T/m54.jsonl" &&
  $REF_CMD merge "$o/shard-3-of-5.jsonl" "$o/shard-2-of-5.jsonl" -o "$T/m32.jsonl" &&
  $REF_CMD merge "$T/m32.jsonl" "$o/shard-1-of-5.jsonl" "$T/m54.jsonl" -o "$T/staged.jsonl"; } 2>"$T/merge.log" ||
  dist_fail "staged merge failed: $(tail -n 5 "$T/merge.log")"
dist_compare "$T" "$T/staged.jsonl" "5 shards merged in stages ((5+4) + ((3+2) + 1))"
