#!/usr/bin/env bash
# tests/install/run.sh: `make install` and `make uninstall`, for real, into temporary places;
# the installed copy loaded by name from another directory. Run from anywhere:
#
#     bash tests/install/run.sh          (or: make test-install)
#
# 1. make install PREFIX=<tmp>/prefix: exactly the files README lists, nothing else.
# 2. From a directory of its own, by name, with LD_LIBRARY_PATH=<prefix>/lib: the sqlite3
#    shell (.load archivist), Python's sqlite3 (load_extension("archivist")) and Node with
#    better-sqlite3 (loadExtension('archivist')).
# 3. The ldconfig step: `ldconfig -C` writes a loader cache holding the system's directories
#    and <prefix>/lib (the system's own cache is not touched); the cache must list archivist.so,
#    and, with it mounted over /etc/ld.so.cache in a private mount namespace (unshare -m), the
#    three clients load archivist by name with no LD_LIBRARY_PATH, as after `ldconfig` on a
#    real install. Needs root (skipped otherwise).
# 4. A C program (linked.c) built with `pkg-config --cflags --libs --static archivist` against
#    the installed libarchivist.a and archivist.h.
# 5. archivist_preload.so: the sqlite3 shell and Python get archivist with no .load at all.
# 6. The catalog from <prefix>/share/archivist/catalog.sql, a listing imported into it.
# 7. make uninstall: no file or link left under the prefix, share/archivist and (empty)
#    lib/pkgconfig gone; only the empty standard directories lib, include and share remain.
# 8. make install / uninstall with DESTDIR=<tmp>/stage PREFIX=/usr/local: the same files, all
#    under the stage, archivist.pc naming /usr/local; nothing left after uninstall.
#
# Prints "PASS: what" or "FAIL: what" with the evidence, and last "install: P passed, F failed";
# exits 1 when anything failed. Installs what a step needs when it is missing and it runs as
# root: python3 with apt-get, better-sqlite3@12 with npm into tests/clients/node (as
# tests/clients/run.sh does; compiled from source the first time, minutes). With
# ARCHIVIST_SKIP_UNAVAILABLE=1 a client that cannot be had is reported as skipped instead.
#
# Environment: MAKE (default make), SQLITE3 (default sqlite3), CLIENT_PYTHON (default
# /usr/bin/python3: a pyenv python may lack load_extension), CC (default cc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

make=${MAKE:-make}
sqlite3=${SQLITE3:-sqlite3}
py=${CLIENT_PYTHON:-/usr/bin/python3}
cc=${CC:-cc}
node_dir="$root/tests/clients/node"
better_sqlite3="$node_dir/node_modules/better-sqlite3"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
libdir="$prefix/lib"
away="$tmp/elsewhere"            # a directory with no dist/ in it
mkdir -p "$away"

passed=0 failed=0 skipped=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() {  # fail WHAT [FILE]: FILE's content is shown indented
  echo "FAIL: $1"
  if [ -n "${2-}" ] && [ -s "$2" ]; then sed 's/^/    /' "$2"; fi
  failed=$((failed + 1))
}
skip() { echo "SKIP: $1"; skipped=$((skipped + 1)); }
unavailable() {  # a client that cannot be had: a failure unless ARCHIVIST_SKIP_UNAVAILABLE=1
  if [ "${ARCHIVIST_SKIP_UNAVAILABLE:-0}" = 1 ]; then skip "$1"; else fail "$1"; fi
}
is_root() { [ "$(id -u)" = 0 ]; }

# check WHAT EXPECTED COMMAND...: runs COMMAND in $away; PASS when its output is EXPECTED.
check() {
  local what=$1 expected=$2 out="$tmp/out"
  shift 2
  if (cd "$away" && "$@") >"$out" 2>&1 && [ "$(cat "$out")" = "$expected" ]; then
    pass "$what"
  else
    { echo "expected: $expected"; echo "got:"; cat "$out"; } >"$out.shown"
    fail "$what" "$out.shown"
  fi
}

# The query every client runs, and what it gives.
query="SELECT archivist_version(), name_key('Ким Ир Сен') = name_key('Kim Il-sŏng'),"
query+=" date_start('Winter 1956/57'), date_end('Winter 1956/57')"
version=$(sed -n 's/.*ARCHIVIST_VERSION "\(.*\)".*/\1/p' ext/archivist_sql.h)
expected="$version|1|1956-12-01|1957-02-28"

# ---------------------------------------------------------------- clients
# Each prints the file the loader mapped for archivist (from /proc/self/maps: the installed
# copy, not another one the loader found first), then the query's row.
shell_by_name() {
  # shellcheck disable=SC2016  # $PPID is the inner sh's: the sqlite3 shell
  "$sqlite3" :memory: -cmd '.load archivist' \
    -cmd '.system grep -o "/[^ ]*archivist[^ ]*" /proc/$PPID/maps | sort -u' "$query"
}

python_by_name() {
  "$py" - "$query" <<'EOF'
import sqlite3, sys
conn = sqlite3.connect(":memory:")
conn.enable_load_extension(True)
conn.load_extension("archivist")
print("\n".join(sorted({l.split()[-1] for l in open("/proc/self/maps") if "archivist" in l})))
print("|".join(str(v) for v in conn.execute(sys.argv[1]).fetchone()))
EOF
}

node_by_name() {
  node - "$better_sqlite3" "$query" <<'EOF'
const [dir, query] = process.argv.slice(2);
const Database = require(dir);
const db = new Database(':memory:');
db.loadExtension('archivist');
const maps = require('fs').readFileSync('/proc/self/maps', 'utf8').split('\n');
console.log([...new Set(maps.filter(l => l.includes('archivist')).map(l => l.split(/\s+/).pop()))]
  .sort().join('\n'));
console.log(db.prepare(query).raw().get().join('|'));
EOF
}

# A child bash (under unshare, below) runs them too.
export sqlite3 py query better_sqlite3
export -f shell_by_name python_by_name node_by_name

have_python=0 have_node=0
setup_python() {
  if [ ! -x "$py" ] && [ "$py" = /usr/bin/python3 ] && is_root; then
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 >/dev/null 2>&1 || true
  fi
  if [ -x "$py" ] && "$py" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' \
       2>/dev/null; then
    have_python=1
  else
    unavailable "python: $py missing or its sqlite3 cannot load extensions"
  fi
}

setup_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    unavailable "node: node and npm are not installed (apt-get install nodejs npm)"
    return
  fi
  if ! node -e 'require(process.argv[1])' "$better_sqlite3" >/dev/null 2>&1; then
    # As tests/clients/run.sh: no prebuilt binary can be fetched, node-gyp compiles it.
    if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
    echo "run.sh: installing better-sqlite3@12 with npm into tests/clients/node (minutes)" >&2
    if ! npm install --no-save --no-audit --no-fund --prefix "$node_dir" better-sqlite3@12 \
         >"$tmp/npm.log" 2>&1; then
      tail -n 15 "$tmp/npm.log" >"$tmp/npm.tail"
      unavailable "node: npm install better-sqlite3@12 failed"
      sed 's/^/    /' "$tmp/npm.tail"
      return
    fi
  fi
  have_node=1
}

# ---------------------------------------------------------------- 1. make install
if "$make" install PREFIX="$prefix" >"$tmp/install.log" 2>&1; then
  pass "make install PREFIX=$prefix"
else
  fail "make install PREFIX=$prefix" "$tmp/install.log"
  echo "install: $passed passed, $failed failed"
  exit 1
fi

installed_files() {  # the files and links under $1, relative to it, sorted
  (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
}
cat >"$tmp/expected-files" <<'EOF'
include/archivist.h
lib/archivist.so
lib/archivist_preload.so
lib/libarchivist.a
lib/libarchivist.so.0
lib/pkgconfig/archivist.pc
share/archivist/catalog.sql
share/archivist/examples.sql
share/archivist/import.sql
EOF
installed_files "$prefix" >"$tmp/files"
if diff -u "$tmp/expected-files" "$tmp/files" >"$tmp/files.diff"; then
  pass "installed files: $(tr '\n' ' ' <"$tmp/files")"
else
  fail "installed files differ from README's list" "$tmp/files.diff"
fi
if [ "$(readlink "$libdir/archivist.so")" = libarchivist.so.0 ] \
   && readelf -d "$libdir/libarchivist.so.0" | grep -q 'SONAME.*\[archivist\.so\]'; then
  pass "lib/archivist.so -> libarchivist.so.0, whose SONAME is archivist.so"
else
  fail "lib/archivist.so is not a link to libarchivist.so.0 with SONAME archivist.so"
fi

# ---------------------------------------------------------------- 2. by name, LD_LIBRARY_PATH
setup_python
setup_node
loaded="$libdir/libarchivist.so.0
$expected"
with_libdir() { LD_LIBRARY_PATH="$libdir" "$@"; }
check "sqlite3 shell: .load archivist, LD_LIBRARY_PATH=<prefix>/lib" "$loaded" \
  with_libdir shell_by_name
if [ "$have_python" = 1 ]; then
  check "python: load_extension(\"archivist\"), LD_LIBRARY_PATH" "$loaded" \
    with_libdir python_by_name
fi
if [ "$have_node" = 1 ]; then
  check "node: loadExtension('archivist'), LD_LIBRARY_PATH" "$loaded" with_libdir node_by_name
fi

# ---------------------------------------------------------------- 3. by name, after ldconfig
# The cache `ldconfig` would write with <prefix>/lib among its directories, written elsewhere.
cache="$tmp/ld.so.cache"
printf 'include /etc/ld.so.conf\n%s\n' "$libdir" >"$tmp/ld.so.conf"
if ldconfig -X -f "$tmp/ld.so.conf" -C "$cache" >"$tmp/ldconfig.log" 2>&1 \
   && ldconfig -p -C "$cache" | grep -F "archivist.so (" >"$tmp/ldconfig.p" \
   && grep -qF "=> $libdir/archivist.so" "$tmp/ldconfig.p"; then
  pass "ldconfig lists it: $(sed 's/^[[:space:]]*//' "$tmp/ldconfig.p")"
else
  cat "$tmp/ldconfig.p" >>"$tmp/ldconfig.log" 2>/dev/null || true
  fail "ldconfig does not list archivist.so => $libdir/archivist.so" "$tmp/ldconfig.log"
fi
# with_cache COMMAND...: COMMAND (an exported function) with that cache as the loader's own.
with_cache() {
  # shellcheck disable=SC2016  # $1 and $@ are the inner bash's
  unshare -m bash -c 'mount --bind "$1" /etc/ld.so.cache && shift && "$@"' _ "$cache" "$@"
}
if ! is_root || ! with_cache true >/dev/null 2>&1; then
  skip "loading by name through the loader cache: needs root for unshare -m and mount --bind"
else
  check "sqlite3 shell: .load archivist, no LD_LIBRARY_PATH, after ldconfig" "$loaded" \
    with_cache shell_by_name
  if [ "$have_python" = 1 ]; then
    check "python: load_extension(\"archivist\"), after ldconfig" "$loaded" \
      with_cache python_by_name
  fi
  if [ "$have_node" = 1 ]; then
    check "node: loadExtension('archivist'), after ldconfig" "$loaded" with_cache node_by_name
  fi
fi

# ---------------------------------------------------------------- 4. linked in, pkg-config
pc_flags() { PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs --static archivist; }
# shellcheck disable=SC2046  # the flags are meant to split
if (cd "$away" && "$cc" -std=c11 -Wall -Wextra -o "$tmp/linked" "$here/linked.c" $(pc_flags)) \
     >"$tmp/linked.log" 2>&1; then
  check "C, linked with \$(pkg-config --cflags --libs --static archivist): $(pc_flags | xargs)" \
    "$expected" "$tmp/linked"
  if ldd "$tmp/linked" | grep -q archivist; then
    fail "the linked program loads an archivist shared library: libarchivist.a was not used"
  fi
else
  fail "cannot build tests/install/linked.c with pkg-config's flags" "$tmp/linked.log"
fi

# ---------------------------------------------------------------- 5. the preload library
with_preload() { LD_PRELOAD="$libdir/archivist_preload.so" "$@"; }
check "sqlite3 shell with archivist_preload.so, no .load" "$expected" \
  with_preload "$sqlite3" :memory: "$query"
if [ "$have_python" = 1 ]; then
  check "python with archivist_preload.so, no load_extension" "$expected" \
    with_preload "$py" -c 'import sqlite3, sys
print("|".join(str(v) for v in sqlite3.connect(":memory:").execute(sys.argv[1]).fetchone()))' \
    "$query"
fi

# ---------------------------------------------------------------- 6. the installed SQL files
catalog_from_share() {
  "$sqlite3" "$tmp/archive.db" -cmd '.load archivist' \
    ".read $prefix/share/archivist/catalog.sql" \
    "INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
       SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed'
         FROM listing(readfile('$root/fixtures/seed-kim-il-sung.txt'))" \
    "SELECT count(*), count(DISTINCT key) > 5 FROM documents, mentions ON doc_id = documents.id"
}
check "share/archivist/catalog.sql builds a catalog (seed listing: documents x mentions, keys)" \
  "$(cd "$away" && "$sqlite3" :memory: -cmd ".load $root/dist/archivist" \
       ".read $root/sql/catalog.sql" \
       "INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
          SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed'
            FROM listing(readfile('$root/fixtures/seed-kim-il-sung.txt'))" \
       "SELECT count(*), count(DISTINCT key) > 5 FROM documents, mentions ON doc_id = documents.id")" \
  with_libdir catalog_from_share

# ---------------------------------------------------------------- 7. make uninstall
left_behind() {  # what is left under $1 but the empty standard directories
  (cd "$1" && find . -mindepth 1 \( -type f -o -type l -o -type d \) \
     ! -path ./lib ! -path ./include ! -path ./share | sed 's|^\./||')
}
if "$make" uninstall PREFIX="$prefix" >"$tmp/uninstall.log" 2>&1; then
  left_behind "$prefix" >"$tmp/left"
  if [ ! -s "$tmp/left" ]; then
    pass "make uninstall PREFIX=<prefix>: nothing left but the empty lib, include, share"
  else
    fail "make uninstall left files behind" "$tmp/left"
  fi
else
  fail "make uninstall PREFIX=<prefix>" "$tmp/uninstall.log"
fi

# ---------------------------------------------------------------- 8. DESTDIR staging
stage="$tmp/stage"
if "$make" install DESTDIR="$stage" PREFIX=/usr/local >"$tmp/stage.log" 2>&1; then
  (cd "$stage" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/staged"
  sed 's|^|usr/local/|' "$tmp/expected-files" >"$tmp/expected-staged"
  if diff -u "$tmp/expected-staged" "$tmp/staged" >"$tmp/staged.diff" \
     && grep -qx 'prefix=/usr/local' "$stage/usr/local/lib/pkgconfig/archivist.pc"; then
    pass "make install DESTDIR=<stage> PREFIX=/usr/local: every file under the stage, prefix=/usr/local in archivist.pc"
  else
    fail "make install DESTDIR=<stage> PREFIX=/usr/local" "$tmp/staged.diff"
  fi
  if "$make" uninstall DESTDIR="$stage" PREFIX=/usr/local >>"$tmp/stage.log" 2>&1 \
     && left_behind "$stage/usr/local" >"$tmp/left" && [ ! -s "$tmp/left" ]; then
    pass "make uninstall DESTDIR=<stage> PREFIX=/usr/local: nothing left"
  else
    cat "$tmp/stage.log" >>"$tmp/left"
    fail "make uninstall DESTDIR=<stage> PREFIX=/usr/local" "$tmp/left"
  fi
else
  fail "make install DESTDIR=<stage> PREFIX=/usr/local" "$tmp/stage.log"
fi

if [ "$skipped" -gt 0 ]; then
  echo "install: $passed passed, $failed failed, $skipped skipped"
else
  echo "install: $passed passed, $failed failed"
fi
[ "$failed" = 0 ]
