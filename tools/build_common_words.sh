#!/bin/sh
# tools/build_common_words.sh -- rebuild data/common_words.tsv, the list of
# lowercase common words (English and French) used to tell a sentence-initial
# capitalised common word ("Police said", "Manifestants") from a name.
# Sources (see docs/DATA.md, "Common words"):
#   en: Debian's word-list packages wamerican and wbritish (SCOWL; notices in
#       data/LICENSE.scowl);
#   fr: the npm package dictionary-fr, pinned in tools/words-lock/ (Hunspell
#       dictionary of Grammalecte, MPL-2.0; notices in data/LICENSE.dictionary-fr),
#       expanded to word forms by tools/hunspell_words.js.
# Should be run by `make data`.
#
#   sh tools/build_common_words.sh               # writes data/common_words.tsv
#   OUT=/some/dir sh tools/build_common_words.sh # writes elsewhere (e.g. to compare)
#
# Same Debian package versions and same lock file in -> byte-identical file out.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-"$ROOT/data"}
LOCK="$ROOT/tools/words-lock"
PKGS="wamerican wbritish"
EN_US=/usr/share/dict/american-english
EN_GB=/usr/share/dict/british-english

# 1a. The English word-list packages (Debian: install them when missing and we are root).
installed() {
    for p in $PKGS; do
        [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || return 1
    done
    [ -f "$EN_US" ] && [ -f "$EN_GB" ]
}
if ! installed; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "build_common_words.sh: installing $PKGS with apt-get" >&2
        # shellcheck disable=SC2086
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y $PKGS >&2; then
            apt-get update >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y $PKGS >&2
        fi
    else
        echo "build_common_words.sh: Debian packages $PKGS are required" \
             "(as root: apt-get install -y $PKGS)" >&2
        exit 1
    fi
    installed || { echo "build_common_words.sh: $PKGS not installed" >&2; exit 1; }
fi
V_US=$(dpkg-query -W -f='${Version}' wamerican)
V_GB=$(dpkg-query -W -f='${Version}' wbritish)

# 1b. Node and npm for the French dictionary (Debian: install them when missing
#     and we are root), as tools/build_data.sh does.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "build_common_words.sh: installing nodejs and npm with apt-get" >&2
        apt-get update >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm >&2
    else
        echo "build_common_words.sh: node and npm are required (Debian: apt-get install -y nodejs npm)" >&2
        exit 1
    fi
fi

# A UTF-8 locale is needed only to recognise non-ASCII capitals ("Ångström").
UTF8_LOCALE=
for l in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
    if locale -a 2>/dev/null | grep -qx "$l"; then UTF8_LOCALE=$l; break; fi
done
[ -n "$UTF8_LOCALE" ] || { echo "build_common_words.sh: no UTF-8 locale (C.UTF-8) found" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/protestcorpus-words.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 1' HUP INT TERM

# 1c. The pinned npm package, into the temporary directory (never into the repo).
mkdir "$WORK/npm"
cp "$LOCK/package.json" "$LOCK/package-lock.json" "$WORK/npm/"
echo "build_common_words.sh: npm ci in $WORK/npm" >&2
(cd "$WORK/npm" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
FR_DIR="$WORK/npm/node_modules/dictionary-fr"
V_FR=$(node -p 'require(process.argv[1]).version' "$FR_DIR/package.json")
L_FR=$(node -p 'require(process.argv[1]).license' "$FR_DIR/package.json")
[ "$L_FR" = "MPL-2.0" ] || { echo "build_common_words.sh: dictionary-fr license is $L_FR, not MPL-2.0: review docs/DATA.md" >&2; exit 1; }

# 2. Read one list as UTF-8 without CRs (Debian 12 ships both English lists in
#    UTF-8; older releases were Latin-1).
utf8() { # file fallback-encoding
    if iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; then
        cat "$1"
    else
        echo "build_common_words.sh: $1 is not UTF-8, converting from $2" >&2
        iconv -f "$2" -t UTF-8 "$1"
    fi | tr -d '\r'
}

# 3. Keep entries with no capital letter, with at least one lowercase letter
#    (drops the French entries "-" and "_"), and not ending in 's (possessives;
#    this also drops the contractions it's, let's, that's...).  Nothing else is
#    changed: accents, hyphens, apostrophes and abbreviation dots stay as written.
lower() { # tag
    LC_ALL=$UTF8_LOCALE grep -v -e '[[:upper:]]' -e "'s\$" -e '^$' |
        LC_ALL=$UTF8_LOCALE grep -e '[[:lower:]]' | sed "s/\$/	$1/"
}
{ utf8 "$EN_US" ISO-8859-1; utf8 "$EN_GB" ISO-8859-1; } | lower en > "$WORK/en"
LC_ALL=C TZ=UTC node "$ROOT/tools/hunspell_words.js" "$FR_DIR/index.aff" "$FR_DIR/index.dic" > "$WORK/fr.all"
lower fr < "$WORK/fr.all" > "$WORK/fr"

# 4. Merge: one line per word, langs "en", "fr" or "en,fr"; sorted by bytes.
mkdir -p "$OUT"
TMP_OUT="$WORK/common_words.tsv"
{
    printf '# common_words.tsv: lowercase common words; source wamerican %s + wbritish %s (Debian) + dictionary-fr %s (npm); license en: SCOWL notice (Kevin Atkinson et al., data/LICENSE.scowl), fr: MPL-2.0 (Hunspell French dictionary by Olivier R. and the Grammalecte contributors, data/LICENSE.dictionary-fr): This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/. Generated by tools/build_common_words.sh\n' \
        "$V_US" "$V_GB" "$V_FR"
    cat "$WORK/en" "$WORK/fr" | LC_ALL=C sort -u | LC_ALL=C awk -F '\t' '
        $1 == w { l = l "," $2; next }
        NR > 1  { print w "\t" l }
                { w = $1; l = $2 }
        END     { if (NR) print w "\t" l }'
} > "$TMP_OUT"

# 5. Sanity checks, then put the file in place.
if sed 1d "$TMP_OUT" | LC_ALL=$UTF8_LOCALE grep -q '[[:upper:]]'; then
    echo "build_common_words.sh: capital letters left in the output" >&2; exit 1
fi
if ! iconv -f UTF-8 -t UTF-8 "$TMP_OUT" >/dev/null 2>&1; then
    echo "build_common_words.sh: output is not valid UTF-8" >&2; exit 1
fi
if ! node -e 'const t=require("fs").readFileSync(process.argv[1],"utf8"); process.exit(t===t.normalize("NFC")?0:1)' "$TMP_OUT"; then
    echo "build_common_words.sh: output is not in Unicode NFC" >&2; exit 1
fi
# The notices that must travel with the data (committed, not generated).
for f in LICENSE.scowl LICENSE.dictionary-fr; do
    [ -f "$ROOT/data/$f" ] || echo "build_common_words.sh: warning: data/$f is missing" >&2
done
grep -q "package dictionary-fr $V_FR " "$ROOT/data/LICENSE.dictionary-fr" 2>/dev/null ||
    echo "build_common_words.sh: warning: data/LICENSE.dictionary-fr does not name dictionary-fr $V_FR: update it" >&2
cmp -s "$ROOT/data/LICENSE.scowl" /usr/share/doc/wamerican/copyright ||
    echo "build_common_words.sh: warning: data/LICENSE.scowl differs from /usr/share/doc/wamerican/copyright: update it" >&2
cp "$TMP_OUT" "$OUT/common_words.tsv.tmp"
mv "$OUT/common_words.tsv.tmp" "$OUT/common_words.tsv"
echo "build_common_words.sh: wrote $OUT/common_words.tsv ($(wc -l < "$OUT/common_words.tsv") lines)" >&2
