# shellcheck shell=sh disable=SC2034
# Shared by tools/parallel_test.sh and tools/slurm_test.sh (sourced, POSIX sh): the
# pipeline under test, the one-process reference run, and the byte-for-byte comparison.
#
# The pipeline: `protestcorpus $PC_STEP --shard I/N` per shard (PC_STEP = events, the
# default, or extract, whose documents carry their own events), then `protestcorpus merge`
# of the shard files; the reference: one `protestcorpus events` over the whole corpus.
# DIST_STEP sets PC_STEP; DIST_CORPUS the corpus (paths, space-separated; default: see
# dist_corpus); DIST_LUA the interpreter of the shards (default: lua5.4). The reference always runs under lua5.4, so
# a run whose shards use luajit also checks that both interpreters agree.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST_LUA=${DIST_LUA:-lua5.4}
PC_CMD="$DIST_LUA $ROOT/bin/protestcorpus"
REF_CMD="lua5.4 $ROOT/bin/protestcorpus"
PC_STEP=${DIST_STEP:-events}
export PC_CMD PC_STEP

dist_fail() {
  echo "$DIST_NAME: FAIL: $*" >&2
  exit 1
}

# dist_corpus DIR: sets DIST_PATHS, the corpus of the test. Unless DIST_CORPUS names one:
# examples/corpus (its event corpus tells events in several articles, English and French),
# the event corpus's articles again as JSONL (DIR/corpus.jsonl by bench/make_corpus.lua,
# ids "en_e01.txt#1": each of its events told by more documents, which fall in other
# shards, so the merge joins events across shards; and the JSONL path of the reader), the
# third blind set's articles, and the seed articles of ../shared when present.
dist_corpus() {
  if [ -n "${DIST_CORPUS:-}" ]; then
    DIST_PATHS=$DIST_CORPUS
    return
  fi
  lua5.4 "$ROOT/bench/make_corpus.lua" "$1" 0.01 "$ROOT"/examples/corpus/*_e*.txt >/dev/null ||
    dist_fail "cannot build the test corpus with bench/make_corpus.lua"
  rm -f "$1/corpus.rec"
  DIST_PATHS="$ROOT/examples/corpus $1/corpus.jsonl"
  for d in "$ROOT/examples/gold/blind3/texts" "$ROOT/../shared/seeds"; do
    if [ -d "$d" ]; then DIST_PATHS="$DIST_PATHS $d"; fi
  done
}

# dist_reference DIR: one process over the whole corpus -> DIR/whole.jsonl.
dist_reference() {
  dist_corpus "$1"
  status=0
  # shellcheck disable=SC2086 # REF_CMD and DIST_PATHS are word lists
  $REF_CMD events $DIST_PATHS -o "$1/whole.jsonl" 2>"$1/whole.log" || status=$?
  [ "$status" -le 1 ] || dist_fail "one-process events failed (exit $status): $(tail -n 5 "$1/whole.log")"
  [ -s "$1/whole.jsonl" ] || dist_fail "one-process events wrote nothing: $(tail -n 5 "$1/whole.log")"
}

# dist_compare DIR MERGED LABEL: MERGED must be DIR/whole.jsonl, byte for byte.
dist_compare() {
  [ -f "$2" ] || dist_fail "$3: no merged output $2"
  if cmp -s "$1/whole.jsonl" "$2"; then
    echo "$DIST_NAME: PASS: $3: merged output = one-process events, byte for byte ($(wc -l <"$2") events, $(wc -c <"$2") bytes)"
  else
    echo "$DIST_NAME: first difference:" >&2
    cmp "$1/whole.jsonl" "$2" >&2 || true
    dist_fail "$3: merged output differs from the one-process output"
  fi
}
