#!/bin/sh
# Instructions (cachegrind's Ir) of one detection round under Lua 5.4: a measure that the
# load of a shared machine does not move (timings do, by 30 % and more).
#
#   sh bench/detect_ir.sh [-a | -L] [CHECKOUT] [CORPUS.jsonl]
#
# -a: the adapter counted too (bench/detect_bench.lua -a: the C cues are made there);
# -L: detection without the C cues (the Lua path; bench/detect_bench.lua -L).
# CHECKOUT (default .) is the tree whose lua/ is measured, with this checkout's modules
# (build/lua5.4) and data; CORPUS defaults to the example articles once
# (build/bench-ir/corpus.jsonl, made by bench/make_corpus.lua). Runs bench/detect_bench.lua
# with 1 and 3 rounds under valgrind and prints (Ir(3) - Ir(1)) / 2. Lua 5.4 seeds its
# string hashes per run: two runs of one tree differ by about 1 %.
set -e
adapter=
if [ "$1" = "-a" ] || [ "$1" = "-L" ]; then adapter=$1; shift; fi
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "${1:-.}" && pwd)
corpus=$2
if [ -z "$corpus" ]; then
  corpus=$here/build/bench-ir/corpus.jsonl
  [ -f "$corpus" ] || (cd "$here" && mkdir -p build/bench-ir && lua5.4 bench/make_corpus.lua build/bench-ir 0.2 examples/corpus/*.txt >/dev/null)
fi
ir() {
  (cd "$here" && LUA_PATH="$tree/lua/?.lua;$tree/lua/?/init.lua;;" LUA_CPATH="$here/build/lua5.4/?.so;;" \
    PROTESTCORPUS_DATA="$here/data" valgrind --tool=cachegrind --cache-sim=no \
    --cachegrind-out-file=/dev/null lua5.4 bench/detect_bench.lua $adapter -r "$1" "$corpus" 2>&1) |
    sed -n 's/.*I *refs: *//p' | tr -d ','
}
one=$(ir 1)
three=$(ir 3)
echo "$tree: $(( (three - one) / 2 )) instructions per detection round${adapter:+ ($adapter)} ($corpus)"
