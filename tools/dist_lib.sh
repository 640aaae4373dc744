# shellcheck shell=sh disable=SC2034
# Shared by tools/parallel_test.sh and tools/slurm_test.sh (sourced, POSIX sh): the
# pipeline under test, the one-process reference run, and the byte-for-byte comparison.
#
# DIST_STEP   the per-shard command (default: extract); DIST_CORPUS the corpus (default:
# examples/corpus); DIST_LUA the interpreter of the shards (default: lua5.4). The
# one-process reference always runs under lua5.4, so a run whose shards use luajit also
# checks that both interpreters agree on shards and output.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST_LUA=${DIST_LUA:-lua5.4}
DIST_STEP=${DIST_STEP:-extract}
DIST_CORPUS=${DIST_CORPUS:-$ROOT/examples/corpus}
PC_CMD="$DIST_LUA $ROOT/bin/protestcorpus"
REF_CMD="lua5.4 $ROOT/bin/protestcorpus"
PC_STEP=$DIST_STEP
export PC_CMD PC_STEP

dist_fail() {
  echo "$DIST_NAME: FAIL: $*" >&2
  exit 1
}

# dist_reference DIR: one process over the whole corpus -> DIR/whole.jsonl; with the
# extract step, the merge is a sort by id of the documents (set in PC_MERGE).
dist_reference() {
  status=0
  # shellcheck disable=SC2086 # REF_CMD is a word list
  $REF_CMD "$PC_STEP" "$DIST_CORPUS" -o "$1/whole.jsonl" 2>"$1/whole.log" || status=$?
  [ "$status" -le 1 ] || dist_fail "one-process $PC_STEP failed (exit $status): $(tail -n 5 "$1/whole.log")"
  [ -s "$1/whole.jsonl" ] || dist_fail "one-process $PC_STEP wrote nothing: $(tail -n 5 "$1/whole.log")"
  if [ "$PC_STEP" = extract ]; then
    # documents are independent: their merge is the union in one order (bytes of the line)
    cat >"$1/sort_merge" <<'SH'
#!/bin/sh
# FILES... -o OUT: the lines of every file, sorted bytewise
out=
for a; do shift; if [ "$a" = -o ]; then out=$1; break; fi; set -- "$@" "$a"; done
LC_ALL=C sort "$@" >"$out"
SH
    chmod +x "$1/sort_merge"
    PC_MERGE="$1/sort_merge"
    export PC_MERGE
    LC_ALL=C sort "$1/whole.jsonl" >"$1/whole.sorted" && mv "$1/whole.sorted" "$1/whole.jsonl"
  fi
}

# dist_compare DIR MERGED LABEL: MERGED must be DIR/whole.jsonl, byte for byte.
dist_compare() {
  [ -f "$2" ] || dist_fail "$3: no merged output $2"
  if cmp -s "$1/whole.jsonl" "$2"; then
    echo "$DIST_NAME: PASS: $3: merged output = one-process output, byte for byte ($(wc -l <"$2") lines, $(wc -c <"$2") bytes)"
  else
    echo "$DIST_NAME: first difference:" >&2
    cmp "$1/whole.jsonl" "$2" >&2 || true
    dist_fail "$3: merged output differs from the one-process output"
  fi
}
