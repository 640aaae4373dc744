#!/bin/sh
# merge_scale.sh: is the memory of `protestcorpus merge` flat as its input grows tenfold?
#
#   sh bench/merge_scale.sh            from the top of a checkout, modules built
#
# The input: the events of the distinct 20 MB corpus (build/bench-dist/d20/corpus.jsonl of
# `DISTINCT=1 make bench-dist`), written once by `events` under Lua 5.4 into
# build/bench-dist/merge-scale/x1.jsonl, and x10.jsonl: ten copies of it, each its own
# events (bench/shift_events.lua: years moved, document ids renamed). Then `merge FILE -o
# /dev/null` on each under every interpreter of LUAS (default "lua5.4 luajit"), timed by
# /usr/bin/time: CPU seconds (user + system), CPU seconds per MB of event JSON Lines, peak
# RSS. PC=path/to/bin/protestcorpus times another checkout's command on the same files
# (the numbers of main in docs/benchmarks.md). Timing only prints.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/build/bench-dist}
LUAS=${LUAS:-lua5.4 luajit}
PC=${PC:-$ROOT/bin/protestcorpus}
dir=$OUT/merge-scale
mkdir -p "$dir"
corpus=$OUT/d20/corpus.jsonl
[ -s "$corpus" ] || { echo "merge_scale: no $corpus (run DISTINCT=1 make bench-dist first)" >&2; exit 2; }
if [ ! -s "$dir/x1.jsonl" ]; then
  PROTESTCORPUS_DATA="$ROOT/data" lua5.4 "$ROOT/bin/protestcorpus" --quiet events "$corpus" -o "$dir/x1.tmp"
  mv "$dir/x1.tmp" "$dir/x1.jsonl"
  rm -f "$dir/x10.jsonl"
fi
[ -s "$dir/x10.jsonl" ] || lua5.4 "$ROOT/bench/shift_events.lua" 10 <"$dir/x1.jsonl" >"$dir/x10.jsonl"
echo "== machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); $PC"
printf '%-8s %6s %10s %8s %8s %12s %12s\n' lua input "MB" "wall s" "cpu s" "cpu s per MB" "peak RSS MB"
for lua in $LUAS; do
  for x in x1 x10; do
    f=$dir/$x.jsonl
    bytes=$(wc -c <"$f")
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.$$.txt" "$lua" "$PC" --quiet merge "$f" -o /dev/null 2>"$dir/run.$$.log" ||
      { echo "failed: $(tail -n 3 "$dir/run.$$.log")"; exit 1; }
    read -r wall user sys rss <"$dir/time.$$.txt"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-8s %6s %10s %8s %8s %12s %12s\n' "$lua" "$x" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')" \
      "$wall" "$cpu" "$(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.3f", s / (b / 1e6) }')" \
      "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"
  done
done
rm -f "$dir/time.$$.txt" "$dir/run.$$.log"
