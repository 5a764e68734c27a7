#!/bin/sh
# run_sql_tests.sh EXT: the SQL tests, through the real sqlite3 shell with EXT loaded.
#
#   tests/sql/NAME.sql        run with the extension loaded; its output (stdout and stderr) must
#                             equal tests/sql/NAME.expected
#   fixtures/NAME.expected    the rows listing() must give for fixtures/NAME.txt and for
#                             fixtures/NAME.html, whichever exist (fixtures/DIR/NAME.expected
#                             too, for the pages of an audit kept in a folder of its own)
#   fixtures/DIR/NAME.urls    the `url` column ("pos|url", one row a line) that listing() must
#                             give for fixtures/DIR/NAME.html, rows without a link left out
#
# Expected files are written by hand. Error lines are compared without the shell's own prefix
# ("Runtime error near line 3: ", "Parse error: ", "Error: ..."), which differs between
# versions of the shell, and are shown as "error: MESSAGE".
#
# Environment: SQLITE3 (the shell), SQLITE3_PREFIX (a command to run it under, such as
# valgrind: whatever it prints shows up in the comparison), SQL_DIR (the .sql files' folder,
# tests/sql by default; fixtures are only checked for the default).
set -u
ext=$1
sqlite3=${SQLITE3:-sqlite3}
prefix=${SQLITE3_PREFIX:-}
sql_dir=${SQL_DIR:-tests/sql}
cd "$(dirname "$0")/.." || exit 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0

normalize() {
  sed -E 's/^(Parse error|Runtime error|Error)( near line [0-9]+)?: (.*)$/error: \3/'
}

check() { # name expected actual
  if diff -u "$2" "$3" > "$out/diff"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1"
    cat "$out/diff"
  fi
}

for sql in "$sql_dir"/*.sql; do
  name=$(basename "$sql" .sql)
  # shellcheck disable=SC2086  # the prefix is a command with its arguments
  $prefix "$sqlite3" -batch :memory: -cmd ".load $ext" < "$sql" 2>&1 | normalize > "$out/$name.out"
  check "$sql" "$sql_dir/$name.expected" "$out/$name.out"
done

[ "$sql_dir" = tests/sql ] && for expected in fixtures/*.expected fixtures/*/*.expected; do
  base=${expected%.expected}
  for input in "$base.txt" "$base.html"; do
    [ -f "$input" ] || continue
    # shellcheck disable=SC2086
    $prefix "$sqlite3" -batch :memory: -cmd ".load $ext" 2>&1 <<SQL | normalize > "$out/fixture.out"
.mode list
.separator |
.nullvalue NULL
SELECT pos, rank, total, date_text, date_start, date_end, kind, title, summary
  FROM listing(readfile('$input'));
SQL
    check "$input" "$expected" "$out/fixture.out"
  done
  [ -f "$base.urls" ] || continue
  # shellcheck disable=SC2086
  $prefix "$sqlite3" -batch :memory: -cmd ".load $ext" 2>&1 <<SQL | normalize > "$out/urls.out"
.mode list
.separator |
SELECT pos, url FROM listing(readfile('$base.html')) WHERE url IS NOT NULL;
SQL
  check "$base.html (url)" "$base.urls" "$out/urls.out"
done

echo "sql: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
