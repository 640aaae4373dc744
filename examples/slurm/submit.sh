#!/bin/sh
# Submits a whole distributed run to Slurm: an array of N shard tasks, then the merge job
# that starts once every task succeeded (--dependency=afterok).
#
#   examples/slurm/submit.sh N OUTDIR PATH...
#
# Prints the two job ids ("ARRAY_ID MERGE_ID"); the result is OUTDIR/merged.jsonl.
# PC_CMD, PC_STEP, PC_ARGS, PC_MERGE: see extract.sbatch and merge.sbatch. Other sbatch
# options through sbatch's environment variables (SBATCH_PARTITION, SBATCH_ACCOUNT, ...).
set -eu
if [ $# -lt 3 ]; then
  echo "usage: submit.sh N OUTDIR PATH..." >&2
  exit 2
fi
n=$1 out=$2
shift 2
case $n in '' | *[!0-9]* | 0) echo "submit.sh: N must be a positive integer" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
array=$(sbatch --parsable --array="1-$n" --output="$out/pc-shard-%A_%a.log" \
  "$here/extract.sbatch" "$out" "$@")
array=${array%%;*} # "id;cluster" on a multi-cluster setup
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$out/pc-merge-%j.log" "$here/merge.sbatch" "$out" "$n")
echo "${array} ${merge%%;*}"
