#!/bin/sh
# make_seeds.sh OUTDIR FILE...: the seed corpus of the article fuzz targets (fuzz_common.h's
# layout). Each article is written three times, behind three 5-byte option headers:
# language detected with no date; English with the date 2026-01-31; French with the date
# 2026-01-31. Also adds the hand-written seeds of csrc/fuzz/seeds/.
# make_seeds.sh --tsv OUTDIR DATADIR: the seeds of fuzz_lexicon: the first 80 lines of each
# model table of DATADIR behind the byte that names its table (fuzz_lexicon.c).
# Files that do not exist are skipped (../shared/seeds may be absent). POSIX sh and printf.
set -eu
here=$(dirname "$0")
if [ "$1" = "--tsv" ]; then
  out=$2 data=$3
  mkdir -p "$out"
  n=0
  for f in places.tsv countries.tsv given_names.tsv demonyms.tsv common_words.tsv src/name_words.tsv parties.tsv src/orgs.tsv; do
    if [ -f "$data/$f" ]; then
      { printf "\\00$n"; head -n 80 "$data/$f"; } > "$out/$(basename "$f" .tsv).tsv"
    fi
    n=$((n + 1))
  done
  exit 0
fi
out=$1
shift
mkdir -p "$out"
for f in "$@" "$here"/seeds/*; do
  [ -f "$f" ] || continue
  name=$(basename "$f" | tr -c 'A-Za-z0-9_.\n' '_')
  { printf '\000\000\000\000\000'; cat "$f"; } > "$out/$name.detect"
  { printf '\006\007\352\001\037'; cat "$f"; } > "$out/$name.en-2026-01-31"
  { printf '\007\007\352\001\037'; cat "$f"; } > "$out/$name.fr-2026-01-31"
done
