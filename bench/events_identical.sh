#!/bin/sh
# events_identical.sh: `protestcorpus events` of this checkout against another one, byte for
# byte (a change meant to leave the events as they are: the merge's memory, its speed).
#
#   sh bench/events_identical.sh OTHER_CHECKOUT [CORPUS.jsonl ...]
#
# OTHER_CHECKOUT: the top of another checkout with its modules built (e.g. `git archive main`
# unpacked and `make module LUA=lua5.4 && make module LUA=luajit`). Under each interpreter of
# LUAS (default "lua5.4 luajit"), compares the SHA-256 of the event JSON Lines of the other
# checkout with this one's on examples/corpus and the texts of the fourth and fifth blind
# sets (development sets now), this one also with the spilled merge forced on
# (PROTESTCORPUS_EVENTS_SPILL=0 and 3: sorted runs of one item, batches of one class); then
# on each CORPUS given (e.g. build/bench-dist/d20/corpus.jsonl: spilled by its size), once
# each. Prints one line per input and interpreter; exits 1 when any output differs.
set -u
other=${1:?usage: events_identical.sh OTHER_CHECKOUT [CORPUS.jsonl ...]}
shift
LUAS=${LUAS:-lua5.4 luajit}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
digest() { sha256sum | cut -c1-16; }
fail=0
check() { # label, then the digests: all must agree
  label=$1
  shift
  first=$1
  verdict=same
  for d in "$@"; do [ "$d" = "$first" ] || verdict=DIFFERENT; done
  [ "$verdict" = same ] || fail=1
  echo "$label: $* $verdict"
}
for lua in $LUAS; do
  for set in examples/corpus examples/gold/blind4/texts examples/gold/blind5/texts; do
    [ -d "$set" ] || continue
    a=$(PROTESTCORPUS_DATA=$other/data "$lua" "$other/bin/protestcorpus" --quiet events "$set" 2>/dev/null | digest)
    b=$(PROTESTCORPUS_DATA=$ROOT/data "$lua" bin/protestcorpus --quiet events "$set" 2>/dev/null | digest)
    c=$(PROTESTCORPUS_DATA=$ROOT/data PROTESTCORPUS_EVENTS_SPILL=0 "$lua" bin/protestcorpus --quiet events "$set" 2>/dev/null | digest)
    d=$(PROTESTCORPUS_DATA=$ROOT/data PROTESTCORPUS_EVENTS_SPILL=3 "$lua" bin/protestcorpus --quiet events "$set" 2>/dev/null | digest)
    check "$lua $set (other, this, spill 0, spill 3)" "$a" "$b" "$c" "$d"
  done
  for corpus in "$@"; do
    a=$(PROTESTCORPUS_DATA=$other/data "$lua" "$other/bin/protestcorpus" --quiet events "$corpus" 2>/dev/null | digest)
    b=$(PROTESTCORPUS_DATA=$ROOT/data "$lua" bin/protestcorpus --quiet events "$corpus" 2>/dev/null | digest)
    check "$lua $corpus (other, this)" "$a" "$b"
  done
done
exit $fail
