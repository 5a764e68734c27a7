#!/usr/bin/env bash
# tests/cluster/run.sh: archivist inside a replicated SQLite cluster: three dqlite nodes on
# 127.0.0.1, each with archivist in every SQLite connection it opens. Run from anywhere:
#
#     bash tests/cluster/run.sh          (or: make test-cluster)
#
# The nodes are Debian's dqlite-demo (package go-dqlite: go-dqlite's demo node on libdqlite),
# unchanged, started with LD_PRELOAD=dist/archivist_preload.so (ext/archivist_preload.c). The
# client is tests/cluster/dqlite_client.py (dqlite's wire protocol, Python's standard library).
#
#  1. Start three nodes (data under a temporary directory), wait for three voters and a leader.
#  2. Through the leader: sql/catalog.sql, tests/cluster/pages.sql, then every listing in
#     fixtures/ (*.txt, *.html), each file's bytes bound as a BLOB.
#  3. The same in the plain sqlite3 shell (.load dist/archivist, readfile()): the reference.
#  4. Each node in turn is made the leader (leadership transfer) and answers
#     tests/cluster/queries.sql and sql/examples.sql (listing(), name_key(), names(), the FTS5
#     tokenizer and its integrity-check, date-range search, PRAGMA integrity_check): its output
#     must equal the sqlite3 shell's, byte for byte (diff).
#  5. Debian's dqlite shell, as README shows it, answers a query as the sqlite3 shell does.
#  6. The leader is killed (SIGKILL); a new leader must be elected among the other two; through
#     it, tests/cluster/after-failover.txt is imported (and into the reference).
#  7. The killed node is started again; step 4 again, on all three nodes: nothing lost.
#  8. Every node listens on 127.0.0.1 only (ss).
#
# Every node is stopped at the end by its process id (SIGTERM, then SIGKILL after 10 s), also
# when a step fails or the script is interrupted; the temporary directory is removed
# (ARCHIVIST_CLUSTER_KEEP=1 keeps it, with the nodes' logs). Prints "PASS: ..." or
# "FAIL: ..." with the evidence, and last "cluster: P passed, F failed"; exits 1 on any failure.
#
# Installs go-dqlite (and python3) with apt-get when missing and run as root. Environment: MAKE,
# SQLITE3, CLUSTER_PYTHON (default /usr/bin/python3; any python3 will do, but a pyenv shim
# costs 0.4 s a start), ARCHIVIST_CLUSTER_PORT (the first of the six ports tried:
# nodes at PORT+1..3, their HTTP API at PORT+11..13; default 24000, then further hundreds
# until six are free).
# shellcheck disable=SC2317  # functions called from traps and through wait_for look unreachable
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

sqlite3=${SQLITE3:-sqlite3}
python=${CLUSTER_PYTHON:-/usr/bin/python3}   # not a pyenv shim: 0.4 s a start, hundreds of starts
ext="$root/dist/archivist"
preload="$root/dist/archivist_preload.so"
database=archive
started=$(date +%s)

tmp=$(mktemp -d)
declare -a pid=() db_port=() api_port=()

stop_node() {  # stop_node N: SIGTERM, wait up to 10 s, then SIGKILL; by its id only
  local n=$1 p=${pid[$1]:-} i
  [ -n "$p" ] || return 0
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      kill -0 "$p" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$p" 2>/dev/null; then
      echo "run.sh: node $n (pid $p) ignored SIGTERM for 10 s: SIGKILL" >&2
      kill -KILL "$p" 2>/dev/null || true
    fi
  fi
  wait "$p" 2>/dev/null || true
  pid[n]=""
}

cleanup() {
  local n
  for n in 1 2 3; do stop_node "$n"; done
  if [ "${ARCHIVIST_CLUSTER_KEEP:-0}" = 1 ]; then
    echo "run.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'echo "run.sh: interrupted" >&2; exit 130' INT TERM HUP
trap 'echo "FAIL: run.sh line $LINENO: an unexpected error; the nodes are being stopped"' ERR

passed=0 failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() {  # fail WHAT [FILE]: FILE's content is shown indented
  echo "FAIL: $1"
  if [ -n "${2-}" ] && [ -s "$2" ]; then sed 's/^/    /' "$2" | head -n 60; fi
  failed=$((failed + 1))
}
fatal() {  # a failure the rest cannot go on from: the nodes' logs, then stop
  local n
  fail "$@"
  for n in 1 2 3; do
    if [ -s "$tmp/node$n.log" ]; then
      echo "    -- node $n log (last lines):"
      tail -n 8 "$tmp/node$n.log" | sed 's/^/    /'
    fi
  done
  finish
}
finish() {
  echo "cluster: $passed passed, $failed failed ($(($(date +%s) - started)) s)"
  [ "$failed" = 0 ] && exit 0
  exit 1
}

client() { "$python" "$here/dqlite_client.py" "$@"; }

# ---------------------------------------------------------------- what it needs
apt_install() {  # apt_install PACKAGE...: only as root, only with apt-get
  command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || return 1
  echo "run.sh: installing $* with apt-get" >&2
  apt-get update -qq >"$tmp/apt.log" 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    >>"$tmp/apt.log" 2>&1
}
if ! command -v dqlite-demo >/dev/null 2>&1 || ! command -v dqlite >/dev/null 2>&1; then
  apt_install go-dqlite || fatal "dqlite-demo and dqlite are missing: apt-get install go-dqlite" \
    "$tmp/apt.log"
fi
if [ ! -x "$python" ] && [ "$python" = /usr/bin/python3 ] && ! apt_install python3; then
  python=python3
fi
command -v "$python" >/dev/null 2>&1 || fatal "no python3: apt-get install python3" "$tmp/apt.log"
if ! "${MAKE:-make}" dist/archivist.so dist/archivist_preload.so >"$tmp/make.log" 2>&1; then
  fatal "make dist/archivist.so dist/archivist_preload.so" "$tmp/make.log"
fi

# ---------------------------------------------------------------- ports
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
base=${ARCHIVIST_CLUSTER_PORT:-24000}
for ((try = 0; try < 20; try++, base += 100)); do
  all_free=1
  for n in 1 2 3; do
    port_free $((base + n)) && port_free $((base + 10 + n)) || all_free=0
  done
  [ "$all_free" = 1 ] && break
done
[ "$all_free" = 1 ] || fatal "no six free ports on 127.0.0.1 from ${ARCHIVIST_CLUSTER_PORT:-24000}"
for n in 1 2 3; do
  db_port[n]=$((base + n))
  api_port[n]=$((base + 10 + n))
done
address() { echo "127.0.0.1:${db_port[$1]}"; }
servers="$(address 1),$(address 2),$(address 3)"

# ---------------------------------------------------------------- nodes
start_node() {  # start_node N: node 1 starts the cluster, 2 and 3 join it
  local n=$1
  local -a join=()
  [ "$n" = 1 ] || join=(--join "$(address 1)")
  echo "== start $(date +%T)" >>"$tmp/node$n.log"
  LD_PRELOAD="$preload" dqlite-demo --api "127.0.0.1:${api_port[$n]}" --db "$(address "$n")" \
    --dir "$tmp/node$n" "${join[@]}" >>"$tmp/node$n.log" 2>&1 &
  pid[n]=$!
}

leader() {  # the leader's address, as the nodes still running know it; empty when none
  local n args=()
  for n in 1 2 3; do [ -n "${pid[$n]:-}" ] && args+=("$(address "$n")"); done
  client leader "${args[@]}" 2>/dev/null | cut -d' ' -f2
}
node_of() {  # node_of ADDRESS: its number
  local n
  for n in 1 2 3; do [ "$(address "$n")" = "$1" ] && echo "$n"; done
}
node_id() {  # node_id N: its raft id, from the cluster's configuration
  client cluster "$(leader)" | awk -F'|' -v a="$(address "$1")" '$2 == a { print $1 }'
}
wait_for() {  # wait_for SECONDS COMMAND...: poll COMMAND every 0.2 s until it succeeds
  local deadline=$(($(date +%s) + $1))
  shift
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}
knows_leader() {  # knows_leader N: node N answers, and names the leader (it has joined)
  [ -n "$(client leader "$(address "$1")" 2>/dev/null)" ]
}
three_voters() {  # the configuration has three voters, and each node knows the leader
  local l n
  l=$(leader) && [ -n "$l" ] && [ "$(client cluster "$l" 2>/dev/null | grep -c '|voter$')" = 3 ] \
    || return 1
  for n in 1 2 3; do knows_leader "$n" || return 1; done
}
is_leader() { [ "$(leader)" = "$(address "$1")" ]; }
make_leader() {  # make_leader N: leadership transferred to node N, if it is not the leader yet
  local n=$1 l id
  is_leader "$n" && return 0
  l=$(leader)
  id=$(node_id "$n")
  [ -n "$l" ] && [ -n "$id" ] || return 1
  client transfer "$l" "$id" >>"$tmp/transfer.log" 2>&1 || return 1
  wait_for 30 is_leader "$n"
}

for n in 1 2 3; do
  start_node "$n"
  [ "$n" = 1 ] && sleep 0.5      # let node 1 bootstrap before the others ask to join
done
if wait_for 60 three_voters; then
  pass "three dqlite-demo nodes, archivist preloaded, on $servers: three voters, leader $(leader)"
else
  fatal "no cluster of three voters after 60 s"
fi

# ---------------------------------------------------------------- the catalog, both sides
fixtures=()
for f in fixtures/*.txt fixtures/*.html; do fixtures+=("$f"); done

on_leader() { client "$1" "$(leader)" "$database" "${@:2}"; }
import_page() {  # import_page FILE: through the leader, and into the reference
  local source
  source=$(basename "$1")
  on_leader exec --text "$source" --blob "$1" "INSERT INTO pages(source, body) VALUES (?, ?)" \
    && printf "INSERT INTO pages(source, body) VALUES ('%s', readfile('%s'));\n" \
         "${source//\'/\'\'}" "${1//\'/\'\'}" >>"$tmp/reference.sql"
}
cat sql/catalog.sql tests/cluster/pages.sql >"$tmp/reference.sql"
if on_leader exec "$(cat sql/catalog.sql)" 2>"$tmp/err" \
   && on_leader exec "$(cat tests/cluster/pages.sql)" 2>>"$tmp/err"; then
  pass "sql/catalog.sql and tests/cluster/pages.sql through the leader"
else
  fatal "creating the catalog through the leader" "$tmp/err"
fi
for f in "${fixtures[@]}"; do
  import_page "$f" 2>>"$tmp/err" || fatal "importing $f through the leader" "$tmp/err"
done
pass "${#fixtures[@]} fixture listings imported through the leader, bytes bound as BLOBs"

reference() {  # reference OUT: the sqlite3 shell's catalog from the same files, then the queries
  rm -f "$tmp/reference.db"
  cat "$tmp/reference.sql" tests/cluster/queries.sql sql/examples.sql \
    | "$sqlite3" -bail "$tmp/reference.db" -cmd ".load $ext" >"$1" 2>&1
}

ask_every_node() {  # ask_every_node EXPECTED ROUND: each node, as leader, against EXPECTED
  local expected=$1 round=$2 n out
  for n in 1 2 3; do
    out="$tmp/node$n-$round.out"
    if ! make_leader "$n"; then
      fail "$round: could not make node $n the leader" "$tmp/transfer.log"
      continue
    fi
    if client script "$(address "$n")" "$database" - \
         < <(cat tests/cluster/queries.sql sql/examples.sql) >"$out" 2>&1 \
       && diff -u "$expected" "$out" >"$out.diff"; then
      pass "$round: node $n as leader: $(wc -l <"$out") lines of queries.sql and examples.sql equal the sqlite3 shell's"
    else
      [ -s "$out.diff" ] || cp "$out" "$out.diff"
      fail "$round: node $n differs from the sqlite3 shell" "$out.diff"
    fi
  done
}

reference "$tmp/expected-1.out" || fatal "the sqlite3 shell's reference" "$tmp/expected-1.out"
ask_every_node "$tmp/expected-1.out" "before failover"

# ---------------------------------------------------------------- the dqlite shell
shell_query="SELECT count(*), name_key('Ким Ир Сен') = name_key('Kim Il-sŏng'), archivist_version() FROM documents"
if dqlite -s "$servers" "$database" "$shell_query" >"$tmp/shell.out" 2>&1 \
   && "$sqlite3" "$tmp/reference.db" -cmd ".load $ext" "$shell_query" >"$tmp/shell.expected" \
   && diff -u "$tmp/shell.expected" "$tmp/shell.out" >"$tmp/shell.diff"; then
  pass "dqlite shell: $(cat "$tmp/shell.out"), as the sqlite3 shell"
else
  cat "$tmp/shell.out" >>"$tmp/shell.diff"
  fail "the dqlite shell's answer differs from the sqlite3 shell's" "$tmp/shell.diff"
fi

# ---------------------------------------------------------------- failover
old=$(leader)
stopped=$(node_of "$old")
[ -n "$stopped" ] || fatal "no leader to stop"
kill -KILL "${pid[$stopped]}"
wait "${pid[$stopped]}" 2>/dev/null || true
pid[stopped]=""
killed_at=$(date +%s%N)
new_leader() { local l; l=$(leader); [ -n "$l" ] && [ "$l" != "$old" ]; }
if wait_for 60 new_leader; then
  pass "leader node $stopped ($old) killed; node $(node_of "$(leader)") ($(leader)) leads after $((($(date +%s%N) - killed_at) / 1000000)) ms"
else
  fatal "no new leader within 60 s of killing node $stopped"
fi
if import_page tests/cluster/after-failover.txt 2>"$tmp/err"; then
  pass "tests/cluster/after-failover.txt imported through the new leader, node $stopped down"
else
  fatal "importing after the failover" "$tmp/err"
fi
start_node "$stopped"
if wait_for 60 three_voters; then
  pass "node $stopped restarted from its data directory: it answers, and names the leader"
else
  fatal "node $stopped did not come back"
fi
reference "$tmp/expected-2.out" || fatal "the sqlite3 shell's reference" "$tmp/expected-2.out"
ask_every_node "$tmp/expected-2.out" "after failover"
if [ "$(grep -c 'after-failover.txt' "$tmp/expected-2.out")" -gt 0 ] \
   && ! cmp -s "$tmp/expected-1.out" "$tmp/expected-2.out"; then
  pass "the reference holds the listing imported after the failover (so the comparison saw it)"
else
  fail "the second reference does not differ from the first: the comparison proves nothing"
fi

# ---------------------------------------------------------------- loopback only
if command -v ss >/dev/null 2>&1; then
  : >"$tmp/listen"
  for n in 1 2 3; do
    ss -H -ltnp | grep -F "pid=${pid[$n]}," | awk '{ print $4 }' >>"$tmp/listen" || true
  done
  if [ -s "$tmp/listen" ] && ! grep -qv '^127\.0\.0\.1:' "$tmp/listen"; then
    pass "the nodes listen on 127.0.0.1 only: $(sort "$tmp/listen" | xargs)"
  else
    fail "a node listens beyond 127.0.0.1 (or none was seen)" "$tmp/listen"
  fi
fi

finish
