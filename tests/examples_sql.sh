#!/bin/sh
# examples_sql.sh N [--view NAME] [SED_EXPR ...]: example N of sql/examples.sql, its statement as
# written there, without its comment lines and its closing semicolon, for the tests and
# benchmarks that run the examples as a user reads them rather than copies that could drift
# from them. Each SED_EXPR is applied in turn (another question in the example's first line:
# "s/VALUES ('agriculture', 1956, 1967, 50)/VALUES ('rice', 1960, 1962, 10)/"). With --view, the
# statement becomes CREATE TEMP VIEW NAME AS ...; , ready for the sqlite3 shell:
#   .read '|sh tests/examples_sql.sh 5 --view first_50'
set -eu
[ "$#" -ge 1 ] || { echo "usage: $0 N [--view NAME] [SED_EXPR ...]" >&2; exit 2; }
n=$1; shift
view=
if [ "${1:-}" = --view ]; then view=$2; shift 2; fi
file="$(dirname "$0")/../sql/examples.sql"
sql=$(awk -v k="$n" '/^-- [0-9]+\. /{ n = $2 + 0; next } n == k && !/^--/ && NF' "$file")
[ -n "$sql" ] || { echo "$0: no example $n in $file" >&2; exit 1; }
for e in "$@"; do sql=$(printf '%s\n' "$sql" | sed "$e"); done
sql=$(printf '%s\n' "$sql" | sed '$ s/;[[:space:]]*$//')
if [ -n "$view" ]; then printf 'CREATE TEMP VIEW %s AS\n%s;\n' "$view" "$sql"; else printf '%s\n' "$sql"; fi
