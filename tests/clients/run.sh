#!/usr/bin/env bash
# tests/clients/run.sh: load archivist into each kind of client and run the same scenario in
# each (the seed listing bound as a BLOB, name_key(), a season's date range, an FTS5 table with
# the archivist tokenizer). Run from anywhere:
#
#     bash tests/clients/run.sh
#
# Clients: python (Python's sqlite3 module, Debian's /usr/bin/python3), node (better-sqlite3 12,
# and citation-js 0.7 to parse the catalog's RIS and CSL-JSON export: client.js, steps 5-9),
# sqlite-utils (its command line), c (libsqlite3, sqlite3_load_extension) and c-static (the
# same program with archivist compiled in and registered by sqlite3_auto_extension).
#
# It builds the extension with make, and installs what a client needs when it is missing:
# Debian's python3 and sqlite-utils with apt-get (only when run as root), better-sqlite3@12,
# @citation-js/core@0.7 and @citation-js/plugin-ris@0.7 with npm into tests/clients/node/ (in
# one npm call, which would otherwise drop the packages of the one before; better-sqlite3 is
# compiled from source when no prebuilt binary can be fetched: a few minutes the first time).
# Install logs go to build/clients/install.log.
#
# Prints one line per client, "NAME: ok (...)" or "NAME: FAILED: why" with the client's output
# below it, and last "clients: P passed, F failed". Exits 1 when any client failed. A client
# whose runtime cannot be had counts as failed, unless ARCHIVIST_SKIP_UNAVAILABLE=1, which
# reports it as skipped instead.
#
# Environment: CC (default cc), CLIENT_PYTHON (default /usr/bin/python3: the pyenv python3 on
# the PATH may be built without loadable extension support), ARCHIVIST_SKIP_UNAVAILABLE.
set -eu

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

ext=dist/archivist                 # no suffix: SQLite adds .so / .dylib itself
fixture="$root/fixtures/seed-kim-il-sung.txt"
work="$root/build/clients"
log="$work/install.log"
mkdir -p "$work"
: > "$log"

passed=0 failed=0 skipped=0

pass() {  # pass NAME [DETAIL]
  echo "$1: ok${2:+ ($2)}"
  passed=$((passed + 1))
}

fail() {  # fail NAME WHY [FILE]: FILE's content is shown indented
  echo "$1: FAILED: $2"
  if [ -n "${3-}" ] && [ -s "$3" ]; then sed 's/^/    /' "$3"; fi
  failed=$((failed + 1))
}

unavailable() {  # unavailable NAME WHY
  if [ "${ARCHIVIST_SKIP_UNAVAILABLE:-0}" = 1 ]; then
    echo "$1: skipped: $2"
    skipped=$((skipped + 1))
  else
    fail "$1" "$2 (set ARCHIVIST_SKIP_UNAVAILABLE=1 to skip it instead)"
  fi
}

note() { echo "run.sh: $*" >&2; }

run_client() {  # run_client NAME COMMAND...: ok when it exits 0; its last line is the detail
  local name=$1 out="$work/$1.out"
  shift
  if "$@" >"$out" 2>&1; then
    pass "$name" "$(tail -n 1 "$out")"
  else
    fail "$name" "exit status $? from: $*" "$out"
  fi
}

apt_updated=0
apt_install() {  # apt_install PACKAGE...: 0 when installed; only as root, only with apt-get
  command -v apt-get >/dev/null 2>&1 || return 1
  [ "$(id -u)" = 0 ] || return 1
  note "installing $* with apt-get"
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq >>"$log" 2>&1 || true
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$log" 2>&1
}

# ---------------------------------------------------------------- the extension
if ! ${MAKE:-make} >"$work/make.log" 2>&1; then
  fail build "make did not build $ext" "$work/make.log"
  echo "clients: 0 passed, $failed failed"
  exit 1
fi

# ---------------------------------------------------------------- python
run_python() {
  local py=${CLIENT_PYTHON:-/usr/bin/python3}
  if [ ! -x "$py" ]; then
    if [ "$py" != /usr/bin/python3 ]; then
      unavailable python "CLIENT_PYTHON=$py is not an executable"
      return
    fi
    if ! apt_install python3 || [ ! -x "$py" ]; then
      unavailable python "$py is missing and could not be installed (apt-get install python3, as root)"
      return
    fi
  fi
  if ! "$py" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null; then
    unavailable python "$py's sqlite3 module cannot load extensions (built without loadable extension support)"
    return
  fi
  run_client python "$py" "$here/client.py" "$root/$ext" "$fixture"
}

# ---------------------------------------------------------------- node
node_modules="$here/node/node_modules"
node_packages="better-sqlite3@12 @citation-js/core@0.7 @citation-js/plugin-ris@0.7"
have_better_sqlite3() {  # better-sqlite3 12 and citation-js 0.7 are in tests/clients/node, and load
  node -e '
    const dir = process.argv[1];
    if (!require(dir + "/better-sqlite3/package.json").version.startsWith("12.")) process.exit(1);
    if (!require(dir + "/@citation-js/core/package.json").version.startsWith("0.7.")) process.exit(1);
    require(dir + "/better-sqlite3");
    require(dir + "/@citation-js/core");
    require(dir + "/@citation-js/plugin-ris");' "$node_modules" >/dev/null 2>&1
}

run_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if ! apt_install nodejs npm || ! command -v node >/dev/null 2>&1 \
       || ! command -v npm >/dev/null 2>&1; then
      unavailable node "node and npm are missing and could not be installed"
      return
    fi
  fi
  if ! have_better_sqlite3; then
    # No network to fetch a prebuilt binary: node-gyp compiles it, and needs Node's headers.
    local nodedir
    nodedir=$(npm config get nodedir 2>/dev/null || true)
    if { [ -z "$nodedir" ] || [ "$nodedir" = undefined ] || [ "$nodedir" = null ]; } \
       && [ -f /usr/include/node/node.h ]; then
      export npm_config_nodedir=/usr
    fi
    note "installing $node_packages with npm into tests/clients/node (compiles better-sqlite3: minutes)"
    # shellcheck disable=SC2086  # the package list is meant to split
    if ! npm install --no-save --no-audit --no-fund --prefix "$here/node" $node_packages \
         >"$work/npm.log" 2>&1 || ! have_better_sqlite3; then
      cat "$work/npm.log" >>"$log"
      tail -n 15 "$work/npm.log" >"$work/npm-tail.log"
      unavailable node "npm install $node_packages failed (whole log: build/clients/npm.log)"
      [ "${ARCHIVIST_SKIP_UNAVAILABLE:-0}" = 1 ] || sed 's/^/    /' "$work/npm-tail.log"
      return
    fi
    cat "$work/npm.log" >>"$log"
  fi
  run_client node node "$here/client.js" "$root/$ext" "$fixture"
}

# ---------------------------------------------------------------- sqlite-utils
run_sqlite_utils() {
  if ! command -v sqlite-utils >/dev/null 2>&1; then
    if ! apt_install sqlite-utils || ! command -v sqlite-utils >/dev/null 2>&1; then
      unavailable sqlite-utils "sqlite-utils is missing and could not be installed (apt-get install sqlite-utils, as root)"
      return
    fi
  fi
  # A relative extension path: sqlite-utils reads a ':' in it as path:entrypoint.
  run_client sqlite-utils bash "$here/client-sqlite-utils.sh" "$ext" "$fixture" "$work"
}

# ---------------------------------------------------------------- C
CC=${CC:-cc}

run_c() {
  if ! $CC -std=c11 -O2 -Wall -Wextra -o "$work/client" "$here/client.c" -lsqlite3 \
       >"$work/c-build.log" 2>&1; then
    fail c "cannot compile tests/clients/client.c against libsqlite3" "$work/c-build.log"
    return
  fi
  run_client c "$work/client" "$fixture" "$root/$ext"
}

run_c_static() {
  local xml_cflags xml_libs
  xml_cflags=$(pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
  xml_libs=$(pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
  # Every ext/*.c and the generated data (the tables and the name authority), compiled into
  # the program with -DSQLITE_CORE.
  # shellcheck disable=SC2086  # the flag lists are meant to split
  if ! $CC -std=c11 -D_DEFAULT_SOURCE -O2 -Wall -Wextra -DSQLITE_CORE -DSTATIC_ARCHIVIST \
       -Iext -Ibuild/gen $xml_cflags -o "$work/client-static" "$here/client.c" ext/*.c \
       build/gen/archivist_data.c build/gen/authority_data.c build/gen/dates_fold_data.c -lsqlite3 $xml_libs -lutf8proc -lstemmer \
       >"$work/c-static-build.log" 2>&1; then
    fail c-static "cannot compile tests/clients/client.c with ext/*.c linked in" \
      "$work/c-static-build.log"
    return
  fi
  run_client c-static "$work/client-static" "$fixture"
}

run_python
run_node
run_sqlite_utils
run_c
run_c_static

if [ "$skipped" -gt 0 ]; then
  echo "clients: $passed passed, $failed failed, $skipped skipped"
else
  echo "clients: $passed passed, $failed failed"
fi
[ "$failed" = 0 ]
