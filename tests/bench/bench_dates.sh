#!/usr/bin/env bash
# Benchmark archivist's date functions: parsing against SQLite's julianday(), and range search by
# R*Tree and B-tree index against a full scan with date_within() / date_overlaps().
#
# usage: bench_dates.sh EXT_PATH WORKDIR
#   EXT_PATH  the extension without its suffix, e.g. /work/main/dist/archivist (EXT_PATH.so must exist)
#   WORKDIR   scratch directory; the generated CSV is kept there and reused by later runs
#
# environment (optional):
#   RECORDS     rows to generate (default 1000000, about 34 MB of CSV)
#   RUNS        repetitions of each measurement (default 3)
#   REPS_INDEX  queries per timed block for (c) and (g), the index lookups (default 2000)
#   REPS_RANGE  queries per timed block for (e), the R*Tree overlap search (default 50)
#   REPS_SCAN   queries per timed block for (d) and (f), the full scans (default 3)
#   SQLITE3     sqlite3 shell to use (default sqlite3)
#   PYTHON      python interpreter for the generator (default python3)
#
# Setup (untimed): gen_dates.py writes id,date_text,iso rows; a fresh database in WORKDIR gets
# d(id, date_text, iso) by .import, docs (date_start / date_end of each row), the R*Tree docs_when
# of day numbers and the B-tree index docs_start_end.
#
# 1. Parsing, timed with date +%s.%N around one sqlite3 process each, interleaved a b s a b s ...:
#   (a) SELECT count(date_start(date_text)) FROM d;      extension loaded
#   (b) SELECT count(julianday(iso)) FROM d;             the same dates as ISO text, SQLite only
#   (s) SELECT count(date_text) FROM d;                  table scan only (baseline, for reference)
# 2. Range search: one sqlite3 process per query and run, interleaved c d e f g c d e f g ...; in
#    it the query runs once to warm the cache, then REPS times between two `.system date +%s.%N`
#    stamps (less the cost of an empty stamp); ms per query = that time / REPS, so process
#    start-up, extension load and the warm-up are not measured.
#   (c) R*Tree  documents within October 1963       (d) the same by full scan with date_within()
#   (e) R*Tree  documents overlapping 1956-1967     (f) the same by full scan with date_overlaps()
#   (g) B-tree  documents within October 1963
# Medians over RUNS are reported. Exit status: 0 on success, 1 if counts disagree ((a) (b) and
# RECORDS; (c) (d) (g); (e) (f); iso and date_start), 2 on a usage or setup error.

set -eu

BENCH=bench_dates
# shellcheck source=tests/bench/common.sh
. "$(dirname "$0")/common.sh"

[ "$#" -eq 2 ] || usage
EXT=$1
WORKDIR=$2
EXT=${EXT%.so}                      # tolerate a path given with its suffix
RECORDS=${RECORDS:-1000000}
RUNS=${RUNS:-3}
REPS_INDEX=${REPS_INDEX:-2000}
REPS_RANGE=${REPS_RANGE:-50}
REPS_SCAN=${REPS_SCAN:-3}
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-python3}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEN="$SCRIPT_DIR/gen_dates.py"

case $RECORDS in ''|*[!0-9]*|0) die "RECORDS must be a positive integer, got '$RECORDS'";; esac
for v in RUNS REPS_INDEX REPS_RANGE REPS_SCAN; do
    case ${!v} in ''|*[!0-9]*|0) die "$v must be a positive integer, got '${!v}'";; esac
done
[ -f "$EXT.so" ] || die "extension not found: $EXT.so (build it first)"
command -v "$SQLITE3" >/dev/null 2>&1 || die "sqlite3 shell not found: $SQLITE3"
[ -f "$GEN" ] || die "generator not found: $GEN"

mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
CSV="$WORKDIR/dates-$RECORDS.csv"
DB="$WORKDIR/bench-dates.db"
SQL="$WORKDIR/bench-dates-q.sql"
RES="$WORKDIR/bench-dates-out.txt"

rm_db() { for f in "$@"; do rm -f -- "$f" "$f-journal" "$f-wal" "$f-shm"; done; }
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { rm_db "$DB"; rm -f -- "$CSV.part" "$SQL" "$RES"; }
trap cleanup EXIT

# Paths go into SQL string literals and dot-command arguments between single quotes.
case $EXT$CSV$RES in *\'*|*\"*) die "paths must not contain quote characters";; esac
LOAD=".load '$EXT'"

# ---- probe: the extension loads and date_start() answers -----------------------------------
if ! PROBE=$("$SQLITE3" -bail -cmd "$LOAD" :memory: \
        "SELECT date_start('Oct. 8, 1963') || ' ' || date_end('September 1959');" 2>&1); then
    die "could not load $EXT.so or call date_start(): $PROBE"
fi
[ "$PROBE" = "1963-10-08 1959-09-30" ] ||
    echo "bench_dates: warning: probe gave '$PROBE', expected '1963-10-08 1959-09-30'" >&2
"$SQLITE3" :memory: "CREATE VIRTUAL TABLE r USING rtree_i32(id, a, b);" >/dev/null 2>&1 ||
    die "$SQLITE3 has no R*Tree module (rtree_i32)"

# ---- inputs --------------------------------------------------------------------------------
if [ -s "$CSV" ]; then
    echo "bench_dates: reusing $CSV" >&2
else
    echo "bench_dates: generating $RECORDS rows into $WORKDIR" >&2
    "$PYTHON" "$GEN" "$CSV.part" --rows "$RECORDS"
    mv -f -- "$CSV.part" "$CSV"
fi
CSV_BYTES=$(wc -c < "$CSV" | tr -d ' ')

# ---- database (untimed) --------------------------------------------------------------------
echo "bench_dates: building $DB (d, docs, R*Tree docs_when, index docs_start_end)" >&2
rm_db "$DB"
T0=$(date +%s.%N)
"$SQLITE3" -bail -cmd "$LOAD" "$DB" >/dev/null <<EOF || die "building $DB failed"
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
CREATE TABLE d(id INTEGER PRIMARY KEY, date_text TEXT, iso TEXT);
.import --csv --skip 1 '$CSV' d
CREATE TABLE docs AS SELECT id, date_text, date_start(date_text) AS date_start,
    date_end(date_text) AS date_end FROM d;
CREATE VIRTUAL TABLE docs_when USING rtree_i32(id, first_day, last_day);
INSERT INTO docs_when SELECT id, CAST(julianday(date_start) AS INTEGER),
    CAST(julianday(date_end) AS INTEGER) FROM docs;
CREATE INDEX docs_start_end ON docs(date_start, date_end);
EOF
T1=$(date +%s.%N)
SETUP_SECS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.1f", b - a }')
DB_BYTES=$(wc -c < "$DB" | tr -d ' ')
MISMATCH=0
CHECK=$("$SQLITE3" -bail -cmd "$LOAD" "$DB" "SELECT (SELECT count(*) FROM d) || ' ' ||
    (SELECT count(*) FROM d WHERE date_start(date_text) IS NOT iso) || ' ' ||
    (SELECT count(*) FROM docs_when);") || die "checking $DB failed"
read -r IMPORTED ISO_DIFF RTREE_ROWS <<<"$CHECK"
if [ "$IMPORTED" != "$RECORDS" ] || [ "$RTREE_ROWS" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: d has $IMPORTED rows, docs_when $RTREE_ROWS, generator wrote $RECORDS" >&2
    MISMATCH=1
fi
if [ "$ISO_DIFF" != 0 ]; then
    echo "MISMATCH: date_start(date_text) differs from the generator's iso in $ISO_DIFF rows" >&2
    MISMATCH=1
fi
cat -- "$DB" > /dev/null    # warm the page cache so run 1 is not a disk read

# ---- timing helpers ------------------------------------------------------------------------

# ---- 1. parsing ----------------------------------------------------------------------------
TA=(); TB=(); TS=(); ROWS_A=; ROWS_B=; ROWS_S=
echo "bench_dates: (a)/(b)/(s) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    timed "$SQLITE3" -bail -cmd "$LOAD" "$DB" "SELECT count(date_start(date_text)) FROM d;"
    TA+=("$SECS"); note_val ROWS_A "$OUT" "(a)"; echo "  run $i (a) $SECS s" >&2
    timed "$SQLITE3" -bail "$DB" "SELECT count(julianday(iso)) FROM d;"
    TB+=("$SECS"); note_val ROWS_B "$OUT" "(b)"; echo "  run $i (b) $SECS s" >&2
    timed "$SQLITE3" -bail "$DB" "SELECT count(date_text) FROM d;"
    TS+=("$SECS"); note_val ROWS_S "$OUT" "(s)"; echo "  run $i (s) $SECS s" >&2
done

# ---- 2. range search -----------------------------------------------------------------------
Q_C="SELECT count(*) FROM docs_when WHERE first_day >= CAST(julianday('1963-10-01') AS INTEGER) AND last_day <= CAST(julianday('1963-10-31') AS INTEGER);"
Q_D="SELECT count(*) FROM docs WHERE date_within(date_text, 'October 1963');"
Q_E="SELECT count(*) FROM docs_when WHERE first_day <= CAST(julianday('1967-12-31') AS INTEGER) AND last_day >= CAST(julianday('1956-01-01') AS INTEGER);"
Q_F="SELECT count(*) FROM docs WHERE date_overlaps(date_text, '1956-1967');"
Q_G="SELECT count(*) FROM docs WHERE date_start >= '1963-10-01' AND date_start <= '1963-10-31' AND date_end <= '1963-10-31';"


MC=(); MDS=(); ME=(); MF=(); MG=(); CNT_C=; CNT_D=; CNT_E=; CNT_F=; CNT_G=
echo "bench_dates: (c)/(d)/(e)/(f)/(g) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    query_ms "$DB" "$Q_C" "$REPS_INDEX"; MC+=("$MS"); note_val CNT_C "$CNT" "(c)"
    query_ms "$DB" "$Q_D" "$REPS_SCAN"; MDS+=("$MS"); note_val CNT_D "$CNT" "(d)"
    query_ms "$DB" "$Q_E" "$REPS_RANGE"; ME+=("$MS"); note_val CNT_E "$CNT" "(e)"
    query_ms "$DB" "$Q_F" "$REPS_SCAN"; MF+=("$MS"); note_val CNT_F "$CNT" "(f)"
    query_ms "$DB" "$Q_G" "$REPS_INDEX"; MG+=("$MS"); note_val CNT_G "$CNT" "(g)"
    echo "  run $i ms/query: (c) ${MC[-1]} (d) ${MDS[-1]} (e) ${ME[-1]} (f) ${MF[-1]} (g) ${MG[-1]}" >&2
done

PLANS=$("$SQLITE3" -bail "$DB" ".print '(c)'" "EXPLAIN QUERY PLAN $Q_C" \
    ".print '(e)'" "EXPLAIN QUERY PLAN $Q_E" ".print '(g)'" "EXPLAIN QUERY PLAN $Q_G") ||
    die "EXPLAIN QUERY PLAN failed"

# ---- report ----------------------------------------------------------------------------
MA=$(median "${TA[@]}"); MB=$(median "${TB[@]}"); MS_=$(median "${TS[@]}")
MEDIAN_FMT=%.4f
mc=$(median "${MC[@]}"); md=$(median "${MDS[@]}"); me=$(median "${ME[@]}")
mf=$(median "${MF[@]}"); mg=$(median "${MG[@]}")
RATIO=$(div "$MA" "$MB" '%.2f')
SPEED_DC=$(div "$md" "$mc" '%.0f'); SPEED_FE=$(div "$mf" "$me" '%.1f'); SPEED_DG=$(div "$md" "$mg" '%.0f')
net() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }

row1() { printf '%-46s %9s  %-20s %9s %11s\n' "$@"; }
row2() { printf '%-46s %6s %10s  %-30s %8s\n' "$@"; }
echo
echo "archivist date functions benchmark   ($("$SQLITE3" --version | cut -d' ' -f1-2))"
echo "extension: $EXT.so"
echo "input:     $CSV  $(div "$CSV_BYTES" 1000000 '%.1f') MB, $RECORDS rows"
echo "database:  $DB  $(div "$DB_BYTES" 1000000 '%.1f') MB, built in $SETUP_SECS s (untimed)"
echo "runs:      $RUNS of each measurement, interleaved; medians"
echo
echo "1. Parsing: one sqlite3 process per run, timed with date +%s.%N around the process"
echo
row1 "measurement" "median s" "runs (s)" "rows" "rows/s"
row1 "----------------------------------------------" "--------" "--------------------" "--------" "----------"
row1 "(a) count(date_start(date_text)), ext loaded" "$MA" "${TA[*]}" "$ROWS_A" "$(rps "$ROWS_A" "$MA")"
row1 "(b) count(julianday(iso)), SQLite only" "$MB" "${TB[*]}" "$ROWS_B" "$(rps "$ROWS_B" "$MB")"
row1 "(s) count(date_text), table scan only" "$MS_" "${TS[*]}" "$ROWS_S" "$(rps "$ROWS_S" "$MS_")"
echo
echo "ratio a/b:           $RATIO   ((a) $MA s vs (b) $MB s; goal <= 1.5: $(goal "$RATIO" '<=' 1.5))"
echo "net of the scan:     (a - s) $(net "$MA" "$MS_") s vs (b - s) $(net "$MB" "$MS_") s, ratio $(div "$(net "$MA" "$MS_")" "$(net "$MB" "$MS_")" '%.2f')"
echo
echo "2. Range search: ms per query = one block of REPS runs inside one sqlite3 process, timed with"
echo "   .system date +%s.%N before and after (less one empty stamp), divided by REPS; process"
echo "   start-up, extension load and one warm-up run are outside the block"
echo
row2 "query" "reps" "median ms" "runs (ms)" "count"
row2 "----------------------------------------------" "------" "---------" "------------------------------" "--------"
row2 "(c) R*Tree   within October 1963" "$REPS_INDEX" "$mc" "$(fmt_list "${MC[@]}")" "$CNT_C"
row2 "(d) scan     date_within 'October 1963'" "$REPS_SCAN" "$md" "$(fmt_list "${MDS[@]}")" "$CNT_D"
row2 "(e) R*Tree   overlapping 1956-1967" "$REPS_RANGE" "$me" "$(fmt_list "${ME[@]}")" "$CNT_E"
row2 "(f) scan     date_overlaps '1956-1967'" "$REPS_SCAN" "$mf" "$(fmt_list "${MF[@]}")" "$CNT_F"
row2 "(g) B-tree   within October 1963" "$REPS_INDEX" "$mg" "$(fmt_list "${MG[@]}")" "$CNT_G"
echo
echo "speed-up d/c:        ${SPEED_DC}x   (scan vs R*Tree, within October 1963; goal >= 100x: $(goal "$SPEED_DC" '>=' 100))"
echo "speed-up f/e:        ${SPEED_FE}x   (scan vs R*Tree, overlapping 1956-1967)"
echo "speed-up d/g:        ${SPEED_DG}x   (scan vs B-tree, within October 1963)"
echo
echo "query plans:"
printf '%s\n' "$PLANS" | sed 's/^/  /'
echo

echo "rows: (a) $ROWS_A   (b) $ROWS_B   (s) $ROWS_S   imported $IMPORTED   R*Tree $RTREE_ROWS   expected $RECORDS"
echo "iso vs date_start(date_text): $ISO_DIFF rows differ"
if [ "$ROWS_A" != "$RECORDS" ] || [ "$ROWS_B" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: (a) $ROWS_A / (b) $ROWS_B dates, generator wrote $RECORDS" >&2; MISMATCH=1
fi
if [ "$CNT_C" = "$CNT_D" ] && [ "$CNT_C" = "$CNT_G" ]; then
    echo "counts (c) = (d) = (g): $CNT_C"
else
    echo "COUNT MISMATCH: within October 1963: (c) $CNT_C, (d) $CNT_D, (g) $CNT_G" >&2; MISMATCH=1
fi
if [ "$CNT_E" = "$CNT_F" ]; then
    echo "counts (e) = (f):       $CNT_E"
else
    echo "COUNT MISMATCH: overlapping 1956-1967: (e) $CNT_E, (f) $CNT_F" >&2; MISMATCH=1
fi
exit "$MISMATCH"
