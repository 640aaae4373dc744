#!/bin/sh
# analyses_bench.sh: time and peak memory of `stats` and `report` over synthetic event
# JSON Lines (bench/make_events.lua), under Lua 5.4 and LuaJIT. From the top of the
# checkout, after `make module LUA=lua5.4 && make module LUA=luajit`:
#   sh bench/analyses_bench.sh [N_EVENTS...]      (default: 82000 240000)
# 82,000 events: about what a 200 MB corpus (82,000 articles of 2.45 KB) gives, one
# event per article (74 MB of JSONL); 240,000 events: a 200 MB event JSONL.
# Prints one line per run: events, interpreter, command, wall s, user s, max RSS MB.
set -e
OUT=build/bench-analyses
mkdir -p "$OUT"
[ $# -gt 0 ] || set -- 82000 240000
export LUA_PATH="lua/?.lua;lua/?/init.lua;;"
for n in "$@"; do
  f="$OUT/events-$n.jsonl"
  [ -f "$f" ] || luajit bench/make_events.lua "$f" "$n"
  echo "# $f: $(wc -c < "$f") bytes, $n events"
  for lua in luajit lua5.4; do
    for cmd in stats report; do
      LUA_CPATH="build/$lua/?.so;;" /usr/bin/time -f "$n $lua $cmd %e %U %M" \
        $lua bin/protestcorpus $cmd "$f" -o "$OUT/out.$cmd" --quiet 2>"$OUT/err" >/dev/null || { cat "$OUT/err"; exit 1; }
      tail -1 "$OUT/err" | awk '{ printf "%8s events  %-7s %-7s wall %6.2f s  user %6.2f s  max RSS %5.0f MB\n", $1, $2, $3, $4, $5, $6 / 1024 }'
    done
  done
done
echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg)"
