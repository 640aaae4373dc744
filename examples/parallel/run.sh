#!/bin/sh
# A distributed run with GNU parallel: one shard of the corpus per job, then one merge.
#
#   examples/parallel/run.sh N OUTDIR PATH...
#
# Runs `protestcorpus $PC_STEP PATH... --shard I/N -o OUTDIR/shard-I-of-N.jsonl` for
# I = 1..N under GNU parallel (PC_JOBS jobs at once, default: one per core), then
# `protestcorpus merge` of the N files into OUTDIR/merged.jsonl: the same bytes as one
# process over the whole corpus. See README.md here for the --sshlogin form.
#
# Environment:
#   PC_CMD    the protestcorpus command (default: protestcorpus), e.g. "lua5.4 bin/protestcorpus"
#   PC_STEP   the command run per shard (default: events; extract gives documents)
#   PC_ARGS   more options for it, e.g. "--recursive"
#   PC_MERGE  the merge command, given the shard files and -o FILE (default: "$PC_CMD merge")
#   PC_JOBS   jobs at once (parallel -j; default: the number of cores)
#   PC_PARALLEL_ARGS  more options for parallel, e.g. "--sshlogin 4/node1,4/node2 --workdir ..."
# A shard's exit status 1 (bad records, each reported on stderr) lets the run go on; usage
# or fatal errors stop it (parallel --halt now,fail=1) and run.sh exits non-zero.
set -eu

# One job (called by parallel): run.sh --job I N OUTDIR PATH...
if [ "${1:-}" = --job ]; then
  i=$2 n=$3 out=$4
  shift 4
  file="$out/shard-$i-of-$n.jsonl"
  status=0
  # shellcheck disable=SC2086 # PC_CMD and PC_ARGS are word lists
  ${PC_CMD:-protestcorpus} "${PC_STEP:-events}" ${PC_ARGS:-} --shard "$i/$n" -o "$file.part" "$@" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "run.sh: shard $i/$n failed (exit status $status)" >&2
    exit "$status"
  fi
  mv "$file.part" "$file"
  exit 0
fi

if [ $# -lt 3 ]; then
  echo "usage: run.sh N OUTDIR PATH..." >&2
  exit 2
fi
n=$1 out=$2
shift 2
case $n in '' | *[!0-9]* | 0) echo "run.sh: N must be a positive integer" >&2; exit 2 ;; esac
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
mkdir -p "$out"
rm -f "$out"/shard-*-of-"$n".jsonl "$out/merged.jsonl"

# -q quotes every argument, so paths with spaces survive; {} is the shard number.
# shellcheck disable=SC2086 # PC_PARALLEL_ARGS is a word list
seq 1 "$n" | parallel --will-cite --halt now,fail=1 -j "${PC_JOBS:-100%}" ${PC_PARALLEL_ARGS:-} \
  -q "$self" --job {} "$n" "$out" "$@"

set --
i=1
while [ "$i" -le "$n" ]; do
  set -- "$@" "$out/shard-$i-of-$n.jsonl"
  i=$((i + 1))
done
# shellcheck disable=SC2086 # PC_MERGE and PC_CMD are word lists
${PC_MERGE:-${PC_CMD:-protestcorpus} merge} "$@" -o "$out/merged.jsonl.part"
mv "$out/merged.jsonl.part" "$out/merged.jsonl"
echo "run.sh: $n shards -> $out/merged.jsonl" >&2
