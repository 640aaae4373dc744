#!/bin/sh
# tools/eval_names.sh -- names and dates scores on every set the names work may look at:
# the seeds, the project's articles, held-out, first and second blind sets, and the public
# held-out NER splits (GUM news dev+test, Sequoia Est Républicain dev+test; GUM all genres
# dev+test). Never the third or sixth blind set. Prints one line per set: micro and per-type F1.
# The public splits are scored as dev+test, then dev and test apart (dev errors may be read;
# test stays the held-out check).
#   sh tools/eval_names.sh            (needs `make module LUA=lua5.4`)
#   BUILD=/tmp/b sh tools/eval_names.sh   (a module built with `make module BUILD=/tmp/b`)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH="${BUILD:-build}/lua5.4/?.so;;"
NER=../shared/data/ner
TMP=$(mktemp -d "${TMPDIR:-/tmp}/evalnames.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
PC=bin/protestcorpus
if [ -n "${BUILD:-}" ]; then # the command over another build: a checkout whose build/ is $BUILD
  mkdir -p "$TMP/root/bin" && cp bin/protestcorpus "$TMP/root/bin/"
  ln -s "$ROOT/lua" "$TMP/root/lua" && ln -s "$ROOT/data" "$TMP/root/data" && ln -s "$(cd "$BUILD" && pwd)" "$TMP/root/build"
  PC="$TMP/root/bin/protestcorpus"
fi
score() { # name file [types]
  types=${3:-PERSON,ORG,PLACE,DATE}
  "$PC" eval --json --types "$types" "$2" > "$TMP/m.json" 2>/dev/null || { echo "$1: eval failed"; return; }
  lua5.4 tools/eval_summary.lua "$1" "$TMP/m.json"
}
[ -f ../shared/gold/seeds.gold.jsonl ] && score seeds ../shared/gold/seeds.gold.jsonl
score examples examples/gold/examples.gold.jsonl
score heldout examples/gold/heldout.gold.jsonl
score blind1 examples/gold/blind.gold.jsonl
score blind2 examples/gold/blind2.gold.jsonl
score blind4 examples/gold/blind4.gold.jsonl # scored blind once (docs/accuracy.md); a development set since
score blind5 examples/gold/blind5.gold.jsonl # scored blind once (docs/accuracy.md); a development set since
if [ -d "$NER" ]; then
  lua5.4 tools/ner_split.lua $NER/gum.en.jsonl 'GUM/news/(dev|test)' > "$TMP/gumnews.jsonl"
  lua5.4 tools/ner_split.lua $NER/gum.en.jsonl 'GUM/[a-z]*/(dev|test)' > "$TMP/gumall.jsonl"
  lua5.4 tools/ner_split.lua $NER/sequoia.fr.jsonl 'Sequoia%-9.2/annodis.er/(dev|test)' > "$TMP/seqnews.jsonl"
  lua5.4 tools/ner_split.lua $NER/sequoia.fr.jsonl 'Sequoia%-9.2/[^/]*/(dev|test)' > "$TMP/seqall.jsonl"
  score gum-news "$TMP/gumnews.jsonl" PERSON,ORG,PLACE
  score gum-devtest "$TMP/gumall.jsonl" PERSON,ORG,PLACE
  score seq-news "$TMP/seqnews.jsonl" PERSON,ORG,PLACE
  score seq-devtest "$TMP/seqall.jsonl" PERSON,ORG,PLACE
  for split in dev test; do
    lua5.4 tools/ner_split.lua $NER/gum.en.jsonl "GUM/news/$split" > "$TMP/gn.jsonl"
    lua5.4 tools/ner_split.lua $NER/sequoia.fr.jsonl "Sequoia%-9.2/annodis.er/$split" > "$TMP/sn.jsonl"
    score "gum-news-$split" "$TMP/gn.jsonl" PERSON,ORG,PLACE
    score "seq-news-$split" "$TMP/sn.jsonl" PERSON,ORG,PLACE
  done
fi
