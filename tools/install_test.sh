#!/bin/sh
# The README's installation commands, run as written in temporary trees, then the README's
# Lua snippet and the installed command run from outside the checkout, for Lua 5.4 and
# LuaJIT: `luarocks make` (--tree) and `make install PREFIX=`. Run by `make test-install`.
# Works on a copy of the checkout's files, so the checkout itself is left as it was.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }

# A clean copy of the tracked files (what a fresh clone holds), with the current edits.
mkdir "$tmp/src"
(cd "$src" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar cf - 2>/dev/null) |
  (cd "$tmp/src" && tar xf -)

# The README's Lua snippet, run from a folder with an example article and nothing else.
sed -n '/^```lua$/,/^```$/p' "$src/README.md" | sed '1d;$d' > "$tmp/snippet.lua"
[ -s "$tmp/snippet.lua" ] || fail "no Lua snippet in README.md"
mkdir -p "$tmp/run/examples/corpus"
cp "$src/examples/corpus/en_01.txt" "$tmp/run/examples/corpus/"

check() { # $1: label, $2: interpreter, $3: command path; the environment points at the install
  label=$1; interp=$2; cmd=$3
  (cd "$tmp/run" && $interp snippet.lua > out.txt 2> err.txt) || { cat "$tmp/run/err.txt" >&2; fail "$label: README snippet"; }
  grep -q "PERSON\|ORG" "$tmp/run/out.txt" || fail "$label: README snippet found no names"
  (cd "$tmp/run" && "$cmd" extract examples/corpus/en_01.txt > ex.jsonl 2> ex.err) ||
    { cat "$tmp/run/ex.err" >&2; fail "$label: installed command"; }
  n=$(grep -o '"type":"PERSON"' "$tmp/run/ex.jsonl" | wc -l)
  [ "$n" -gt 0 ] || fail "$label: installed command found no PERSON (model not found?)"
  echo "install-test: ok: $label ($n PERSON mentions)"
}
cp "$tmp/snippet.lua" "$tmp/run/"

# 1. luarocks make, Lua 5.4 and LuaJIT (the README's commands, with --tree for a temp tree).
cd "$tmp/src"
luarocks --lua-version=5.4 --tree "$tmp/rock54" make --deps-mode=none >"$tmp/log" 2>&1 ||
  { tail -20 "$tmp/log" >&2; fail "luarocks make (5.4)"; }
(eval "$(luarocks --lua-version=5.4 --tree "$tmp/rock54" path)"; check "luarocks 5.4" lua5.4 "$tmp/rock54/bin/protestcorpus")
# The rock holds every Lua module and every data file of the tree, no more, no less.
(cd lua && find protestcorpus -name '*.lua' | sort) > "$tmp/want-lua"
(cd "$tmp/rock54/share/lua/5.4" && find protestcorpus -name '*.lua' | sort) > "$tmp/got-lua"
diff "$tmp/want-lua" "$tmp/got-lua" >&2 || fail "the rock's Lua files differ from the tree's (above)"
(find data -type f | sed 's|^|protestcorpus/|' | sort) > "$tmp/want-data"
(cd "$tmp/rock54/share/lua/5.4" && find protestcorpus/data -type f | sort) > "$tmp/got-data"
diff "$tmp/want-data" "$tmp/got-data" >&2 || fail "the rock's data files differ from the tree's (above)"
echo "install-test: ok: the rock installs every Lua module ($(wc -l < "$tmp/want-lua")) and data file ($(wc -l < "$tmp/want-data"))"
make -s clean >/dev/null
LUAROCKS_CONFIG=luarocks-luajit.lua luarocks --lua-version=5.1 --tree "$tmp/rockjit" make --deps-mode=none \
  >"$tmp/log" 2>&1 || { tail -20 "$tmp/log" >&2; fail "luarocks make (LuaJIT)"; }
(export LUAROCKS_CONFIG="$tmp/src/luarocks-luajit.lua"
 eval "$(luarocks --lua-version=5.1 --tree "$tmp/rockjit" path)"
 check "luarocks LuaJIT" luajit "$tmp/rockjit/bin/protestcorpus")
head -c 200 "$tmp/rockjit/bin/protestcorpus" | grep -q luajit || fail "LuaJIT rock's command does not run luajit"
# Nothing left in the checkout that make clean does not remove, nor untracked.
make -s clean >/dev/null
left=$(cd "$tmp/src" && find . \( -name '*.o' -o -name '*.so' -o -name '*.a' \) | head -5)
[ -z "$left" ] || fail "build products left after make clean: $left"

# 2. make install PREFIX=..., both interpreters; the command finds its modules and data.
for lua in lua5.4 luajit; do
  v=$([ "$lua" = luajit ] && echo 5.1 || echo 5.4)
  make -s install LUA=$lua PREFIX="$tmp/prefix-$lua" >"$tmp/log" 2>&1 || { tail -20 "$tmp/log" >&2; fail "make install LUA=$lua"; }
  (export LUA_PATH="$tmp/prefix-$lua/share/lua/$v/?.lua;$tmp/prefix-$lua/share/lua/$v/?/init.lua;;"
   export LUA_CPATH="$tmp/prefix-$lua/lib/lua/$v/?.so;;"
   check "make install $lua" "$lua" "$tmp/prefix-$lua/bin/protestcorpus")
  (unset LUA_PATH LUA_CPATH; cd "$tmp/run" && "$tmp/prefix-$lua/bin/protestcorpus" extract examples/corpus/en_01.txt >/dev/null 2>&1) ||
    fail "make install $lua: the command does not find its own prefix"
  for f in include/protestcorpus.h lib/libprotestcorpus.a lib/pkgconfig/protestcorpus.pc; do
    [ -f "$tmp/prefix-$lua/$f" ] || fail "make install $lua: $f missing"
  done
done
# The installed C library links with what its pkg-config file says.
printf '#include <protestcorpus.h>\n#include <stdio.h>\nint main(void){pc_document *d;const char*t="Thousands marched.";if(pc_parse((const unsigned char*)t,18,NULL,&d))return 1;printf("%%zu\\n",d->nsentences);pc_document_free(d);return 0;}\n' > "$tmp/c.c"
PKG_CONFIG_PATH="$tmp/prefix-lua5.4/lib/pkgconfig" cc "$tmp/c.c" -o "$tmp/c" \
  $(PKG_CONFIG_PATH="$tmp/prefix-lua5.4/lib/pkgconfig" pkg-config --cflags --libs --static protestcorpus) ||
  fail "linking with pkg-config"
[ "$("$tmp/c")" = 1 ] || fail "the C program linked with pkg-config"
echo "install-test: ok: C library through pkg-config"
echo "install-test: all passed"
