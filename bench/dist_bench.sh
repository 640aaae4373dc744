#!/bin/sh
# Throughput and peak memory of a whole command over growing corpora (docs/benchmarks.md,
# "Corpus scale"): is memory flat as the corpus grows (streaming), and what MB/s per core?
#
#   sh bench/dist_bench.sh [STEP]          from the top of a checkout (make bench-dist)
#
# STEP: the command timed (default: events; extract also works). For each size in SIZES
# (MB, default "20 200") it builds build/bench-dist/cSIZE/corpus.jsonl with
# bench/make_corpus.lua (the example articles repeated, ids "en_01.txt#7"; kept between
# runs), then runs `protestcorpus STEP corpus.jsonl -o /dev/null` under each interpreter of
# LUAS (default "lua5.4 luajit") with /usr/bin/time: wall seconds, CPU seconds (user +
# system), MB/s per core (MB of the JSONL input, 10^6 bytes, per CPU second: one process
# uses one core, and CPU time does not count the waits of a machine shared with other
# work; wall MB/s is shown too) and peak RSS.
# With STEP=events it then times `protestcorpus merge` on growing inputs: the events of
# the smallest corpus cut into MERGE_SHARDS shards, merging the first 1, 2, 4, ... of them.
# DISTINCT=1 builds the corpora with make_corpus.lua --distinct instead (build/bench-dist/
# dSIZE: each round's years moved, so that its events are events of their own, as in a real
# corpus, where the default corpus tells every event of the examples again in every round).
# MERGE=0 skips the merge part.
# Timing only prints; nothing here passes or fails on speed.
set -eu
STEP=${1:-events}
SIZES=${SIZES:-20 200}
LUAS=${LUAS:-lua5.4 luajit}
MERGE_SHARDS=${MERGE_SHARDS:-8}
DISTINCT=${DISTINCT:-0}
MERGE=${MERGE:-1}
if [ "$DISTINCT" = 1 ]; then KIND=d; DFLAG=--distinct; else KIND=c; DFLAG=; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/build/bench-dist}
PC="$ROOT/bin/protestcorpus"
export PROTESTCORPUS_DATA="${PROTESTCORPUS_DATA:-$ROOT/data}"

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

echo "== machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
# The corpora are rebuilt when the example articles change (their digest is kept beside).
digest=$(cat "$ROOT"/examples/corpus/*.txt | cksum)
for size in $SIZES; do
  dir=$OUT/$KIND$size
  if [ ! -s "$dir/corpus.jsonl" ] || [ "$(cat "$dir/source.cksum" 2>/dev/null)" != "$digest" ]; then
    mkdir -p "$dir"
    # shellcheck disable=SC2086 # DFLAG is empty or one word
    lua5.4 "$ROOT/bench/make_corpus.lua" $DFLAG "$dir" "$size" "$ROOT"/examples/corpus/*.txt >/dev/null
    rm -f "$dir/corpus.rec" # only the JSONL is read here
    echo "$digest" >"$dir/source.cksum"
    rm -rf "$OUT/shards-$KIND"
  fi
done

echo "== $STEP: one process over the whole corpus, output to /dev/null"
printf '%-8s %10s %8s %8s %8s %10s %9s %12s\n' lua corpus docs "wall s" "cpu s" "MB/s/core" "wall MB/s" "peak RSS MB"
for lua in $LUAS; do
  for size in $SIZES; do
    f=$OUT/$KIND$size/corpus.jsonl
    bytes=$(wc -c <"$f")
    docs=$(wc -l <"$f")
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.$$.txt" "$lua" "$PC" "$STEP" "$f" -o /dev/null 2>"$OUT/run.$$.log" ||
      { echo "failed: $(tail -n 3 "$OUT/run.$$.log")"; exit 1; }
    read -r wall user sys rss <"$OUT/time.$$.txt"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-8s %7s MB %8s %8s %8s %10s %9s %12s\n' "$lua" "$(mb "$bytes")" "$docs" "$wall" "$cpu" \
      "$(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.2f", b / 1e6 / s }')" \
      "$(awk -v b="$bytes" -v s="$wall" 'BEGIN { printf "%.2f", b / 1e6 / s }')" \
      "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"
  done
done

[ "$STEP" = events ] && [ "$MERGE" = 1 ] || exit 0
smallest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | head -n 1)
f=$OUT/$KIND$smallest/corpus.jsonl
echo "== merge: the events of the ${smallest} MB corpus in $MERGE_SHARDS shards, merging the first k"
mkdir -p "$OUT/shards-$KIND"
i=1
while [ "$i" -le "$MERGE_SHARDS" ]; do
  s=$OUT/shards-$KIND/shard-$i-of-$MERGE_SHARDS.jsonl
  [ -s "$s" ] || lua5.4 "$PC" events "$f" --shard "$i/$MERGE_SHARDS" -o "$s" 2>/dev/null
  i=$((i + 1))
done
printf '%-8s %3s %12s %9s %9s %12s %12s\n' lua k "input MB" "wall s" "cpu s" "cpu s per MB" "peak RSS MB"
for lua in $LUAS; do
  k=1
  while [ "$k" -le "$MERGE_SHARDS" ]; do
    set --
    i=1
    while [ "$i" -le "$k" ]; do set -- "$@" "$OUT/shards-$KIND/shard-$i-of-$MERGE_SHARDS.jsonl"; i=$((i + 1)); done
    bytes=$(cat "$@" | wc -c)
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.$$.txt" "$lua" "$PC" merge "$@" -o /dev/null 2>"$OUT/run.$$.log" ||
      { echo "failed: $(tail -n 3 "$OUT/run.$$.log")"; exit 1; }
    read -r wall user sys rss <"$OUT/time.$$.txt"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-8s %3s %12s %9s %9s %12s %12s\n' "$lua" "$k" "$(mb "$bytes")" "$wall" "$cpu" \
      "$(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.3f", s / (b / 1e6) }')" \
      "$(awk -v r="$rss" 'BEGIN { printf "%.1f", r / 1024 }')"
    k=$((k * 2))
  done
done
