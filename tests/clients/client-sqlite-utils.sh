#!/usr/bin/env bash
# The client scenario through the sqlite-utils command line (Debian's package sqlite-utils).
#
#     bash tests/clients/client-sqlite-utils.sh EXTENSION FIXTURE WORKDIR
#
# EXTENSION is the extension's path without its suffix (dist/archivist). sqlite-utils reads a
# ':' in it as "path:entrypoint", so pass a path without one (a relative one, from the
# repository root). FIXTURE is the seed listing; WORKDIR a directory for a scratch database.
#
# sqlite-utils runs one statement per call and its -p parameters are text, so the listing goes
# in as a BLOB through `sqlite-utils insert-files`, and each call below opens the scratch
# database anew with --load-extension. Every result is compared with the JSON sqlite-utils
# prints (--arrays). Prints one line on success; on any difference it names the step, what was
# expected and what came back, and exits 1.
set -eu

if [ "$#" -ne 3 ]; then
  echo "usage: client-sqlite-utils.sh EXTENSION FIXTURE WORKDIR" >&2
  exit 2
fi
ext=$1 fixture=$2 work=$3
SQLITE_UTILS=${SQLITE_UTILS:-sqlite-utils}

db="$work/sqlite-utils.db"
rm -f "$db"
failed=0

query() {  # query SQL: print the rows as JSON arrays
  "$SQLITE_UTILS" query "$db" --load-extension "$ext" --arrays "$1"
}

check() {  # check STEP EXPECTED SQL
  local got
  got=$(query "$3")
  if [ "$got" != "$2" ]; then
    printf 'step %s: %s\n  expected %s\n  got      %s\n' "$1" "$3" "$2" "$got" >&2
    failed=1
  fi
}

"$SQLITE_UTILS" insert-files --silent "$db" pages "$fixture" -c content:content >/dev/null
# Make sure it went in as a BLOB of the file's bytes.
check 0 "[[\"blob\", $(wc -c < "$fixture" | tr -d ' ')]]" \
  "SELECT typeof(content), length(content) FROM pages"

check 1 '[[10, 1, 11]]' \
  "SELECT count(*), min(rank), max(total) FROM pages, listing(pages.content)"
check 2 '[[1]]' \
  "SELECT name_key('Ким Ир Сен') = name_key('Kim Il-sŏng')"
check 3 '[["1956-12-01", "1957-02-28"]]' \
  "SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57')"
query "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='archivist')" >/dev/null
query "INSERT INTO t VALUES ('Kim Il Sung discussed agriculture')" >/dev/null
check 4 '[[1]]' \
  "SELECT count(*) FROM t WHERE t MATCH 'Kim Ir Sen discusses'"

versions="sqlite-utils $("$SQLITE_UTILS" --version | sed 's/.*version //'), SQLite $(query 'SELECT sqlite_version()' | tr -d '[]"')"
rm -f "$db"
[ "$failed" = 0 ] || exit 1
echo "$versions"
