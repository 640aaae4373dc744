#!/bin/sh
# check_identical.sh: the command-line output, byte for byte, against recorded digests.
#
#   sh tools/check_identical.sh check  [DIGESTS]   (make check-identical)
#   sh tools/check_identical.sh update [DIGESTS]   (make update-identical)
#
# Runs `bin/protestcorpus extract`, `parse` and `eval` (table and --json) on
# examples/corpus (and there `events`, JSONL and CSV, and `report` of the articles and of
# event JSON Lines), on every examples/gold/*.jsonl, and on ../shared/seeds and
# ../shared/gold/seeds.gold.jsonl when ../shared is present, under Lua 5.4 and LuaJIT, and
# compares the SHA-256 of each run's standard output and standard error, and its exit
# status, with DIGESTS (default tools/identical.sha256). Both interpreters must give the
# digest recorded once per command: their output is the same bytes. Only digests are kept
# in the repository, never the output (the seed articles are not ours to copy).
# `update` re-records the file on purpose (an output changed deliberately) and prints
# which command's output changed. Run from the top of the checkout, modules built
# (make module LUA=lua5.4 && make module LUA=luajit); the model is data/ (as the CLI finds it).
set -u
mode=${1:-check}
digests=${2:-tools/identical.sha256}
interps=${PC_IDENTICAL_LUAS:-"lua5.4 luajit"}
shared=${PC_IDENTICAL_SHARED:-../shared}  # another path only to try the skip
case $mode in check|update) ;; *) echo "usage: check_identical.sh check|update [DIGESTS]" >&2; exit 2 ;; esac
[ -x bin/protestcorpus ] || { echo "check_identical: run from the top of the checkout" >&2; exit 2; }
command -v sha256sum >/dev/null || { echo "check_identical: sha256sum is missing" >&2; exit 2; }

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# The commands, one per line: the arguments of bin/protestcorpus.
{
  echo "extract examples/corpus"
  echo "parse examples/corpus"
  echo "events examples/corpus"
  echo "events --format csv examples/corpus"
  echo "report examples/corpus"
  echo "report examples/gold/events_corpus.events.gold.jsonl"
  for g in examples/gold/*.jsonl; do
    case "$g" in *.events.gold.jsonl) continue ;; esac # event gold: no article text
    case "$g" in */blind3*|*/blind4*) continue ;; esac # blind sets: no command runs on them
    echo "extract $g"
    echo "parse $g"
    echo "eval $g"
    echo "eval --json $g"
  done
} > "$tmp/commands"
if [ -d "$shared/seeds" ] && [ -f "$shared/gold/seeds.gold.jsonl" ]; then
  {
    echo "extract $shared/seeds"
    echo "parse $shared/seeds"
    echo "eval $shared/gold/seeds.gold.jsonl"
    echo "eval --json $shared/gold/seeds.gold.jsonl"
  } >> "$tmp/commands"
  seeds=1
else
  echo "check_identical: $shared is not present beside the repository: seed commands skipped"
  seeds=0
fi

# One line per command: "<stdout sha256> <stderr sha256> <status>  <command>", the same
# under every interpreter (a difference between them is a failure of its own).
fail=0
: > "$tmp/new"
while IFS= read -r cmd; do
  first=""
  for lua in $interps; do
    # shellcheck disable=SC2086 # the command's words are meant to split
    LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/$lua/?.so;;" \
      "$lua" bin/protestcorpus $cmd > "$tmp/out" 2> "$tmp/err"
    status=$?
    line="$(sha256sum < "$tmp/out" | cut -c1-64) $(sha256sum < "$tmp/err" | cut -c1-64) $status  $cmd"
    if [ -z "$first" ]; then first=$line; first_lua=$lua
    elif [ "$line" != "$first" ]; then
      echo "DIFFERS between $first_lua and $lua: protestcorpus $cmd"
      fail=1
    fi
  done
  echo "$first" >> "$tmp/new"
done < "$tmp/commands"

# Lines of the recorded file that this run can compare (seed lines only with ../shared).
if [ -f "$digests" ]; then
  if [ $seeds = 1 ]; then grep -v '^#' "$digests" > "$tmp/old"
  else grep -v '^#' "$digests" | grep -v ' \.\./shared/' > "$tmp/old"; fi
else
  : > "$tmp/old"
fi

# What changed, command by command (stdout, stderr or exit status).
changes=0
while IFS= read -r line; do
  cmd=${line#*  }
  prev=$(awk -v c="$cmd" '{ l = $0; sub(/^[^ ]+ [^ ]+ [^ ]+  /, "", l); if (l == c) { print; exit } }' "$tmp/old")
  [ "$prev" = "$line" ] && continue
  if [ -z "$prev" ]; then what=" new command"
  else
    # shellcheck disable=SC2086 # split the digest line into its fields
    set -- $prev; po=$1; pe=$2; ps=$3
    # shellcheck disable=SC2086
    set -- $line; what=""
    [ "$1" != "$po" ] && what="$what stdout"
    [ "$2" != "$pe" ] && what="$what stderr"
    [ "$3" != "$ps" ] && what="$what exit-status($ps -> $3)"
  fi
  echo "changed:$what: protestcorpus $cmd"
  changes=$((changes + 1))
done < "$tmp/new"
# Recorded commands no longer run.
while IFS= read -r line; do
  cmd=${line#*  }
  grep -F -q -x -e "$cmd" "$tmp/commands" || { echo "gone: protestcorpus $cmd"; changes=$((changes + 1)); }
done < "$tmp/old"

n=$(wc -l < "$tmp/new" | tr -d ' ')
if [ "$mode" = update ]; then
  [ $fail = 0 ] || { echo "update-identical: the interpreters disagree (above): nothing recorded"; exit 1; }
  {
    echo "# protestcorpus output digests: sha256 of stdout, of stderr, exit status, then the"
    echo "# arguments of bin/protestcorpus (tools/check_identical.sh; re-record: make update-identical)"
    if [ $seeds = 1 ]; then cat "$tmp/new"
    else
      # keep the seed lines recorded elsewhere: this run could not check them
      cat "$tmp/new"; grep ' \.\./shared/' "$digests" 2>/dev/null
    fi
  } > "$digests.tmp" && mv "$digests.tmp" "$digests"
  echo "update-identical: $changes change(s); $n commands recorded in $digests"
  exit 0
fi
if [ $changes != 0 ] || [ $fail != 0 ]; then
  echo "check-identical: FAILED ($changes output(s) differ from $digests; if deliberate: make update-identical)"
  exit 1
fi
echo "check-identical: $n commands x ($interps): output identical to $digests"
