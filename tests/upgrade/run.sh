#!/bin/sh
# run.sh EXT OLD_EXT: the upgrade test. Builds a catalog from fixtures/ with this version (EXT),
# and the same catalog with an older version's functions (OLD_EXT, old_archivist.c) loaded over
# it, then aged by hand as an older version would have left it (age.sql); shows that this
# version finds the older catalog stale (check.sql: integrity_check, FTS5's integrity-check,
# what queries find) and that sql/demo.sql warns; runs sql/upgrade.sql; and shows that the
# upgraded catalog passes every check and holds, row for row, what the fresh build holds
# (dump.sql, diffed), and that a second upgrade changes nothing.
#
# The output must equal tests/upgrade/upgrade.expected (written by hand). Error lines are
# shown as "error: MESSAGE", as tests/run_sql_tests.sh shows them. Environment: SQLITE3.
set -u
ext=$1
old=$2
sqlite3=${SQLITE3:-sqlite3}
cd "$(dirname "$0")/../.." || exit 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

sql() { # DB ARGS...: the shell on DB with ARGS, SQL from stdin
  db=$1
  shift
  "$sqlite3" -batch "$db" "$@" 2>&1 |
    sed -E 's/^(Parse error|Runtime error|Error)( near line [0-9]+)?: (.*)$/error: \3/'
}

demo_warning() { # DB: the warning sql/demo.sql prints on a copy of DB, or that it has none
  cp "$1" "$dir/demo.db"
  sql "$dir/demo.db" -cmd ".load $ext" < sql/demo.sql > "$dir/demo.out"
  grep '^warning: ' "$dir/demo.out" || echo "demo: no warning"
}

compare_with_fresh() { # DB: which parts of DB's dump differ from the fresh build's
  sql "$1" -cmd ".load $ext" < tests/upgrade/dump.sql > "$dir/dump"
  if cmp -s "$dir/fresh.dump" "$dir/dump"; then
    echo "dump: the same as the fresh build"
  else
    diff "$dir/fresh.dump" "$dir/dump" | sed -n 's/^[<>] //p' | cut -d'|' -f1 | sort -u |
      sed 's/^/dump differs: /'
  fi
}

{
  echo "== a fresh build by this version"
  sql "$dir/fresh.db" -cmd ".load $ext" < tests/upgrade/build.sql
  sql "$dir/fresh.db" -cmd ".load $ext" < tests/upgrade/dump.sql > "$dir/fresh.dump"
  sql "$dir/fresh.db" -cmd ".load $ext" < tests/upgrade/check.sql

  echo "== the same catalog built by an older version, as this version reads it"
  sql "$dir/old.db" -cmd ".load $ext" -cmd ".load $old" < tests/upgrade/build.sql
  sql "$dir/old.db" -cmd ".load $ext" -cmd ".load $old" < tests/upgrade/age.sql
  sql "$dir/old.db" -cmd ".load $ext" < tests/upgrade/check.sql
  demo_warning "$dir/old.db"
  compare_with_fresh "$dir/old.db"

  echo "== upgraded"
  sql "$dir/old.db" -bail -cmd ".load $ext" < sql/upgrade.sql
  sql "$dir/old.db" -cmd ".load $ext" < tests/upgrade/check.sql
  sql "$dir/old.db" -cmd ".load $ext" <<'SQL'
.mode list
SELECT 'merged', (SELECT title FROM documents WHERE id = m.merged_into), m.title, m.source
  FROM documents_merged AS m;
SQL
  demo_warning "$dir/old.db"
  compare_with_fresh "$dir/old.db"

  echo "== upgraded again"
  sql "$dir/old.db" -bail -cmd ".load $ext" < sql/upgrade.sql
  compare_with_fresh "$dir/old.db"
} > "$dir/out"

if diff -u tests/upgrade/upgrade.expected "$dir/out"; then
  echo "upgrade: passed"
else
  echo "upgrade: FAILED"
  exit 1
fi
