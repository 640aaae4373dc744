#!/bin/sh
# GNU parallel recipe test (make test-dist): runs examples/parallel/run.sh with local jobs
# (-j2) for 1, 3 (under LuaJIT) and 5 shards and compares each merged result with a
# one-process run under Lua 5.4, byte for byte. Exit status 0 when every comparison passes, 1 otherwise.
set -eu
# shellcheck disable=SC2034 # used by dist_lib.sh
DIST_NAME=parallel_test
# shellcheck source=tools/dist_lib.sh
. "$(dirname "$0")/dist_lib.sh"

command -v parallel >/dev/null 2>&1 || dist_fail "GNU parallel is not installed (Debian package parallel; make deps)"
T=$(mktemp -d "${TMPDIR:-/tmp}/pc-parallel.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

dist_reference "$T"
# 3 shards run under LuaJIT, the others (and the reference) under Lua 5.4
for n in 1 3 5; do
  lua=lua5.4
  [ "$n" = 3 ] && lua=luajit
  PC_CMD="$lua $ROOT/bin/protestcorpus" PC_JOBS=2 "$ROOT/examples/parallel/run.sh" "$n" "$T/out$n" "$DIST_CORPUS" 2>"$T/run$n.log" ||
    dist_fail "run.sh with $n shards failed: $(tail -n 5 "$T/run$n.log")"
  dist_compare "$T" "$T/out$n/merged.jsonl" "$n shards ($lua) under parallel -j2"
done
