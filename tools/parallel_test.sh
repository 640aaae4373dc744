#!/bin/sh
# GNU parallel recipe test (make test-dist): runs examples/parallel/run.sh with local jobs
# (-j2) for several shard counts and compares each merged result with a one-process run,
# byte for byte. Exit status 0 when every comparison passes, 1 otherwise.
set -eu
# shellcheck disable=SC2034 # used by dist_lib.sh
DIST_NAME=parallel_test
# shellcheck source=tools/dist_lib.sh
. "$(dirname "$0")/dist_lib.sh"

command -v parallel >/dev/null 2>&1 || dist_fail "GNU parallel is not installed (Debian package parallel; make deps)"
T=$(mktemp -d "${TMPDIR:-/tmp}/pc-parallel.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

dist_reference "$T"
for n in 1 3 5; do
  PC_JOBS=2 "$ROOT/examples/parallel/run.sh" "$n" "$T/out$n" "$DIST_CORPUS" 2>"$T/run$n.log" ||
    dist_fail "run.sh with $n shards failed: $(tail -n 5 "$T/run$n.log")"
  dist_compare "$T" "$T/out$n/merged.jsonl" "$n shards under parallel -j2"
done
