#!/usr/bin/env bash
# Benchmark the catalog (sql/catalog.sql): loading documents through its triggers, with the
# memory it takes, and the latency of the questions asked of it, side by side with a baseline
# build of the extension when one is given.
#
# usage: bench_catalog.sh EXT_PATH WORKDIR
#   EXT_PATH  the extension without its suffix, e.g. ./dist/archivist (EXT_PATH.so must exist)
#   WORKDIR   scratch directory; the generated documents (gen_docs.py, docs-N.csv, the file
#             bench_fts.sh uses) are kept there and reused
#
# environment (optional):
#   RECORDS           documents (default 1000000)
#   QUERY_RUNS        repetitions of each query measurement (default 3)
#   REPS              queries per timed block (default 20)
#   BASELINE_EXT      another build of the extension (an older checkout's dist/archivist): a
#                     second catalog is loaded with it and BASELINE_CATALOG, and every query
#                     runs on both, interleaved; the report gives the ratios
#   BASELINE_CATALOG  the catalog schema for the baseline (default: sql/catalog.sql; give the
#                     older checkout's sql/catalog.sql to measure its triggers)
#   CACHE_MB          the page cache of the loading connection, PRAGMA cache_size = -CACHE_MB *
#                     1024, on both sides (default 256; 0: SQLite's default, 2 MB). A load whose
#                     indexes outgrow the cache writes pages out and reads them back in, one
#                     system call each
#   SQLITE3, PYTHON
#
# 1. Load: a fresh database gets the catalog schema, then every document in one statement
#      INSERT INTO documents(id, date_text, date_start, date_end, title, summary)
#        SELECT id, date_text, date_start(date_text), date_end(date_text), title, summary
#          FROM s.docs ORDER BY id;
#    (the source attached as s), timed with date +%s.%N around the sqlite3 process, its peak
#    resident memory read by GNU time (/usr/bin/time -f %M) when it is there. Goals: at least
#    30,000 documents/s, under 500 MB resident. The baseline's load (c0) runs after (c).
#    Then, as sql/catalog.sql advises after a large import, each catalog's full-text index is
#    merged into one segment (INSERT INTO documents_fts(documents_fts) VALUES ('optimize')),
#    timed apart from the load.
# 2. Queries: as bench_fts.sh part 3 (one process per query and run; one warm-up, then REPS
#    runs between .system date stamps), interleaved, medians:
#    (n) name:          MATCH 'Kim Ir Sen', count                                  goal < 5 ms
#    (k) stemmed:       MATCH 'discussed', count                                   goal < 5 ms
#    (r) keyword and days, the plain join: MATCH 'agriculture', d.date_start <= '1967-12-31'
#        AND d.date_end >= '1956-01-01', rows looked up by id; count
#    (f0) the same, the first 50 by date (ORDER BY d.date_start, d.id LIMIT 50)
#    (c) count, the dates read through documents_span (INDEXED BY), not the rows  goal < 30 ms
#    (f) the first 50 by date, the same way
#    (y) count, the years in the full-text query (date_match('1956-1967')) and the documents
#        whose years and bounds disagree (documents_unyeared) by their days: sql/examples.sql,
#        example 4                                                                goal < 30 ms
#    (g) the first 50 by date, from the earliest years: sql/examples.sql, example 5
#                                                                                 goal < 10 ms
#    (f0), (f) and (g) give count(*) and sum(id) of the 50, so that they show the same rows;
#    (r), (c) and (y) must count the same. (c) and (f) need documents_span, (y) and (g)
#    documents_unyeared, so they run on the baseline catalog only when its schema has them.
# 3. Identity: the two catalogs hold the same documents, mentions (every column) and R*Tree
#    rows, and every query counts the same on both (when a baseline is given).
# Exit status: 0 on success, 1 when results disagree, 2 on a usage or setup error.

set -eu

BENCH=bench_catalog
FMT_LIST=%.3f
# shellcheck source=tests/bench/common.sh
. "$(dirname "$0")/common.sh"

[ "$#" -eq 2 ] || usage
EXT=${1%.so}
WORKDIR=$2
RECORDS=${RECORDS:-1000000}
QUERY_RUNS=${QUERY_RUNS:-3}
REPS=${REPS:-20}
CACHE_MB=${CACHE_MB:-256}
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-python3}
BASELINE_EXT=${BASELINE_EXT:-}
BASELINE_EXT=${BASELINE_EXT%.so}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEN="$SCRIPT_DIR/gen_docs.py"
CATALOG="$SCRIPT_DIR/../../sql/catalog.sql"
BASELINE_CATALOG=${BASELINE_CATALOG:-$CATALOG}

case $CACHE_MB in ''|*[!0-9]*) die "CACHE_MB must be a number, got '$CACHE_MB'";; esac
for v in RECORDS QUERY_RUNS REPS; do
    case ${!v} in ''|*[!0-9]*|0) die "$v must be a positive integer, got '${!v}'";; esac
done
[ -f "$EXT.so" ] || die "extension not found: $EXT.so (build it first)"
[ -z "$BASELINE_EXT" ] || [ -f "$BASELINE_EXT.so" ] || die "baseline extension not found: $BASELINE_EXT.so"
[ -f "$CATALOG" ] || die "catalog schema not found: $CATALOG"
[ -f "$BASELINE_CATALOG" ] || die "baseline catalog schema not found: $BASELINE_CATALOG"
command -v "$SQLITE3" >/dev/null 2>&1 || die "sqlite3 shell not found: $SQLITE3"
CATALOG=$(cd "$(dirname "$CATALOG")" && pwd)/$(basename "$CATALOG")
BASELINE_CATALOG=$(cd "$(dirname "$BASELINE_CATALOG")" && pwd)/$(basename "$BASELINE_CATALOG")

mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
CSV="$WORKDIR/docs-$RECORDS.csv"
SRC="$WORKDIR/bench-catalog-src.db"
DB_C="$WORKDIR/bench-catalog.db"
DB_C0="$WORKDIR/bench-catalog-0.db"
SQL="$WORKDIR/bench-catalog-q.sql"
RES="$WORKDIR/bench-catalog-out.txt"
RSS_FILE="$WORKDIR/bench-catalog-rss.txt"

rm_db() { for f in "$@"; do rm -f -- "$f" "$f-journal" "$f-wal" "$f-shm"; done; }
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { rm_db "$SRC" "$DB_C" "$DB_C0"; rm -f -- "$CSV.part" "$SQL" "$RES" "$RSS_FILE"; }
trap cleanup EXIT

case $EXT$BASELINE_EXT$CSV$SRC$RES$CATALOG$BASELINE_CATALOG in
    *\'*|*\"*) die "paths must not contain quote characters";; esac
LOAD_NEW=".load '$EXT'"
LOAD_OLD=".load '$BASELINE_EXT'"
GNU_TIME=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$RSS_FILE" true 2>/dev/null; then
    GNU_TIME=/usr/bin/time
fi

# ---- inputs (untimed) ----------------------------------------------------------------------
if [ -s "$CSV" ]; then
    echo "bench_catalog: reusing $CSV" >&2
else
    echo "bench_catalog: generating $RECORDS documents into $WORKDIR" >&2
    "$PYTHON" "$GEN" "$CSV.part" --docs "$RECORDS"
    mv -f -- "$CSV.part" "$CSV"
fi
docs_db "$CSV" "$SRC"
cat -- "$SRC" > /dev/null    # warm the page cache

# ---- 1. load -------------------------------------------------------------------------------
CACHE_PRAGMA="SELECT 'default page cache';"
[ "$CACHE_MB" = 0 ] || CACHE_PRAGMA="PRAGMA cache_size = -$((CACHE_MB * 1024));"
# load DB LOADCMD SCHEMA: sets SECS, CPU (user + system seconds, or n/a) and RSS_MB (peak
# resident, or n/a)
load() {
    local db=$1 loadcmd=$2 schema=$3 t0 t1
    rm_db "$db"
    rm -f -- "$RSS_FILE"
    t0=$(date +%s.%N)
    ${GNU_TIME:+$GNU_TIME -f '%M %U %S' -o "$RSS_FILE"} "$SQLITE3" -bail -cmd "$loadcmd" "$db" \
        "$CACHE_PRAGMA" ".read '$schema'" "ATTACH '$SRC' AS s;" \
        "INSERT INTO documents(id, date_text, date_start, date_end, title, summary)
           SELECT id, date_text, date_start(date_text), date_end(date_text), title, summary
             FROM s.docs ORDER BY id;" >/dev/null || die "loading $db failed"
    t1=$(date +%s.%N)
    SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    RSS_MB=n/a; CPU=n/a
    if [ -s "$RSS_FILE" ]; then
        RSS_MB=$(awk 'NF == 3 { v = $1 } END { printf "%.0f", v / 1024 }' "$RSS_FILE")
        CPU=$(awk 'NF == 3 { v = $2 + $3 } END { printf "%.2f", v }' "$RSS_FILE")
    fi
    t0=$(date +%s.%N)
    "$SQLITE3" -bail -cmd "$loadcmd" "$db" \
        "INSERT INTO documents_fts(documents_fts) VALUES ('optimize');" >/dev/null ||
        die "optimizing the full-text index of $db failed"
    t1=$(date +%s.%N)
    OPT_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    cat -- "$db" > /dev/null
}
echo "bench_catalog: loading $RECORDS documents (c)" >&2
load "$DB_C" "$LOAD_NEW" "$CATALOG"; SECS_C=$SECS; RSS_C=$RSS_MB; CPU_C=$CPU; OPT_C=$OPT_SECS
echo "  (c) $SECS_C s, $CPU_C s CPU, $RSS_C MB; optimize $OPT_C s" >&2
if [ -n "$BASELINE_EXT" ]; then
    echo "bench_catalog: loading $RECORDS documents with the baseline (c0)" >&2
    load "$DB_C0" "$LOAD_OLD" "$BASELINE_CATALOG"; SECS_C0=$SECS; RSS_C0=$RSS_MB; CPU_C0=$CPU
    OPT_C0=$OPT_SECS
    echo "  (c0) $SECS_C0 s, $CPU_C0 s CPU, $RSS_C0 MB; optimize $OPT_C0 s" >&2
fi
counts() { "$SQLITE3" -bail "$1" "SELECT (SELECT count(*) FROM documents) || ' ' ||
    (SELECT count(*) FROM mentions) || ' ' || (SELECT count(*) FROM documents_when) || ' ' ||
    (SELECT count(*) FROM sqlite_schema WHERE name = 'documents_span') || ' ' ||
    (SELECT count(*) FROM sqlite_schema WHERE name = 'documents_unyeared');"; }
read -r DOCS MENTIONS WHEN_ROWS HAS_SPAN HAS_UNYEARED <<<"$(counts "$DB_C")"
MISMATCH=0
[ "$DOCS" = "$RECORDS" ] || { echo "ROW COUNT MISMATCH: the catalog has $DOCS documents of $RECORDS" >&2; MISMATCH=1; }
[ "$HAS_SPAN" = 1 ] || die "the catalog has no documents_span index"
[ "$HAS_UNYEARED" = 1 ] || die "the catalog has no documents_unyeared view"
HAS_SPAN0=0; HAS_UNYEARED0=0
if [ -n "$BASELINE_EXT" ]; then
    read -r DOCS0 MENTIONS0 WHEN_ROWS0 HAS_SPAN0 HAS_UNYEARED0 <<<"$(counts "$DB_C0")"
    # 3. identity, untimed: every row of documents, mentions and the R*Tree on both sides
    DIFF=$("$SQLITE3" -bail "$DB_C" "ATTACH '$DB_C0' AS o;
        SELECT (SELECT count(*) FROM (SELECT id, date_text, date_start, date_end, title, summary FROM main.documents
                EXCEPT SELECT id, date_text, date_start, date_end, title, summary FROM o.documents)) || ' ' ||
               (SELECT count(*) FROM (SELECT doc_id, field, name, canon, key, offset, length FROM main.mentions
                EXCEPT SELECT doc_id, field, name, canon, key, offset, length FROM o.mentions)) || ' ' ||
               (SELECT count(*) FROM (SELECT doc_id, field, name, canon, key, offset, length FROM o.mentions
                EXCEPT SELECT doc_id, field, name, canon, key, offset, length FROM main.mentions)) || ' ' ||
               (SELECT count(*) FROM (SELECT id, first_day, last_day FROM main.documents_when
                EXCEPT SELECT id, first_day, last_day FROM o.documents_when)) || ' ' ||
               (SELECT count(*) FROM (SELECT id, first_day, last_day FROM o.documents_when
                EXCEPT SELECT id, first_day, last_day FROM main.documents_when));") ||
        die "comparing the catalogs failed"
    if [ "$DOCS0 $MENTIONS0 $WHEN_ROWS0" != "$DOCS $MENTIONS $WHEN_ROWS" ] || [ "$DIFF" != "0 0 0 0 0" ]; then
        echo "MISMATCH: the catalogs differ: (c) $DOCS documents, $MENTIONS mentions, $WHEN_ROWS days;" \
             "(c0) $DOCS0, $MENTIONS0, $WHEN_ROWS0; rows only on one side (documents, mentions," \
             "mentions, days, days): $DIFF" >&2
        MISMATCH=1
    fi
fi

# ---- 2. queries ----------------------------------------------------------------------------
DATES="d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01'"
Q_N="SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen';"
Q_K="SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'discussed';"
Q_R="SELECT count(*) FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'agriculture' AND $DATES;"
Q_F0="SELECT count(*), sum(id) FROM (SELECT d.id FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'agriculture' AND $DATES ORDER BY d.date_start, d.id LIMIT 50);"
Q_C="SELECT count(*) FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'agriculture' AND $DATES;"
Q_F="SELECT count(*), sum(id) FROM (SELECT d.id FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'agriculture' AND $DATES ORDER BY d.date_start, d.id LIMIT 50);"
# (y) and (g): sql/examples.sql, examples 4 and 5, read from it as written there (the ids of
# the rows in (g))
EXAMPLE4=$(sh "$SCRIPT_DIR/../examples_sql.sh" 4) || die "reading example 4 of sql/examples.sql failed"
EXAMPLE5=$(sh "$SCRIPT_DIR/../examples_sql.sh" 5) || die "reading example 5 of sql/examples.sql failed"
Q_Y="$EXAMPLE4;"
Q_G="SELECT count(*), sum(id) FROM ($EXAMPLE5);"
NAMES=(n k r f0 c f y g)
declare -A QUERY=([n]=$Q_N [k]=$Q_K [r]=$Q_R [f0]=$Q_F0 [c]=$Q_C [f]=$Q_F [y]=$Q_Y [g]=$Q_G)
declare -A TIMES=() TIMES0=() COUNT=() COUNT0=()
for q in "${NAMES[@]}"; do TIMES[$q]=; TIMES0[$q]=; COUNT[$q]=; COUNT0[$q]=; done
echo "bench_catalog: queries x $QUERY_RUNS, interleaved" >&2
for i in $(seq 1 "$QUERY_RUNS"); do
    for q in "${NAMES[@]}"; do
        LOAD=$LOAD_NEW
        query_ms "$DB_C" "${QUERY[$q]}" "$REPS"
        TIMES[$q]="${TIMES[$q]:-} $MS"
        note_val "COUNT[$q]" "$CNT" "($q)"
        if [ -n "$BASELINE_EXT" ] && { [ "$HAS_SPAN0" = 1 ] || { [ "$q" != c ] && [ "$q" != f ]; }; } &&
           { [ "$HAS_UNYEARED0" = 1 ] || { [ "$q" != y ] && [ "$q" != g ]; }; }; then
            LOAD=$LOAD_OLD
            query_ms "$DB_C0" "${QUERY[$q]}" "$REPS"
            TIMES0[$q]="${TIMES0[$q]:-} $MS"
            note_val "COUNT0[$q]" "$CNT" "($q) baseline"
        fi
    done
    echo "  run $i done" >&2
done
[ "${COUNT[r]}" = "${COUNT[c]}" ] || { echo "MISMATCH: (r) counted ${COUNT[r]}, (c) ${COUNT[c]}" >&2; MISMATCH=1; }
[ "${COUNT[f0]}" = "${COUNT[f]}" ] || { echo "MISMATCH: (f0) gave ${COUNT[f0]}, (f) ${COUNT[f]}" >&2; MISMATCH=1; }
[ "${COUNT[r]}" = "${COUNT[y]}" ] || { echo "MISMATCH: (r) counted ${COUNT[r]}, (y) ${COUNT[y]}" >&2; MISMATCH=1; }
[ "${COUNT[f0]}" = "${COUNT[g]}" ] || { echo "MISMATCH: (f0) gave ${COUNT[f0]}, (g) ${COUNT[g]}" >&2; MISMATCH=1; }
for q in "${NAMES[@]}"; do
    if [ -n "${COUNT0[$q]:-}" ] && [ "${COUNT0[$q]}" != "${COUNT[$q]}" ]; then
        echo "MISMATCH: ($q) gave ${COUNT[$q]}, the baseline ${COUNT0[$q]}" >&2; MISMATCH=1
    fi
done
LOAD=$LOAD_NEW
PLANS=$("$SQLITE3" -bail -cmd "$LOAD_NEW" "$DB_C" ".print '(c)'" "EXPLAIN QUERY PLAN $Q_C" \
    ".print '(f)'" "EXPLAIN QUERY PLAN $Q_F" ".print '(g)'" "EXPLAIN QUERY PLAN $Q_G") ||
    die "EXPLAIN QUERY PLAN failed"

# ---- report --------------------------------------------------------------------------------
MEDIAN_FMT=%.3f
echo
echo "archivist catalog benchmark   ($("$SQLITE3" --version | cut -d' ' -f1-2))"
echo "extension: $EXT.so   schema: $CATALOG"
[ -z "$BASELINE_EXT" ] || echo "baseline:  $BASELINE_EXT.so   schema: $BASELINE_CATALOG"
echo "input:     $CSV, $RECORDS documents (gen_docs.py)"
echo
echo "1. Load through the triggers: one INSERT ... SELECT of every document into a fresh catalog"
echo "   (page cache: $( [ "$CACHE_MB" = 0 ] && echo "SQLite's default" || echo "$CACHE_MB MB, both sides"))"
echo
printf '%-22s %9s %12s %9s %14s %12s\n' "catalog" "seconds" "documents/s" "CPU s" "docs/CPU s" "resident MB"
printf '%-22s %9s %12s %9s %14s %12s\n' "----------------------" "---------" "------------" "---------" "--------------" "------------"
printf '%-22s %9s %12s %9s %14s %12s\n' "(c) this build" "$SECS_C" "$(rps "$DOCS" "$SECS_C")" "$CPU_C" "$(rps "$DOCS" "$CPU_C")" "$RSS_C"
if [ -n "$BASELINE_EXT" ]; then
    printf '%-22s %9s %12s %9s %14s %12s\n' "(c0) baseline" "$SECS_C0" "$(rps "$DOCS0" "$SECS_C0")" "$CPU_C0" "$(rps "$DOCS0" "$CPU_C0")" "$RSS_C0"
    echo
    echo "speed-up c0/c:       $(div "$SECS_C0" "$SECS_C" '%.2f') wall-clock, $(div "$CPU_C0" "$CPU_C" '%.2f') CPU (the two loads run one after the other: on a shared machine the CPU figure is the steadier)"
fi
echo "goals:               >= 30,000 documents/s: $(goal "$(rps "$DOCS" "$SECS_C")" '>=' 30000);" \
     "< 500 MB resident: $(goal "$RSS_C" '<=' 500)"
echo "rows:                $DOCS documents, $MENTIONS mentions, $WHEN_ROWS days (R*Tree)"
echo "optimize:            the full-text index merged into one segment after the load: $OPT_C s${BASELINE_EXT:+ (baseline: ${OPT_C0:-} s)}"
if [ -n "$BASELINE_EXT" ]; then
    echo "identity:            rows only on one side (documents, mentions c-c0, c0-c, days c-c0, c0-c): $DIFF"
fi
echo
echo "2. Query latency, ms per query (REPS $REPS per block, medians of $QUERY_RUNS)"
echo
printf '%-56s %9s %9s %8s %10s\n' "query" "this ms" "base ms" "base/this" "count"
printf '%-56s %9s %9s %8s %10s\n' "--------------------------------------------------------" "---------" "---------" "--------" "----------"
label() { case $1 in
    n) echo "(n) name         MATCH 'Kim Ir Sen'";;
    k) echo "(k) stemmed      MATCH 'discussed'";;
    r) echo "(r) keyword+days, plain join: count";;
    f0) echo "(f0) keyword+days, plain join: first 50 by date";;
    c) echo "(c) keyword+days, documents_span: count";;
    f) echo "(f) keyword+days, documents_span: first 50 by date";;
    y) echo "(y) keyword+years, examples.sql 4: count";;
    g) echo "(g) keyword+years, examples.sql 5: first 50 by date";;
esac; }
for q in "${NAMES[@]}"; do
    # shellcheck disable=SC2086  # the lists are space-separated numbers
    m=$(median ${TIMES[$q]}); m0=-
    # shellcheck disable=SC2086
    [ -z "${TIMES0[$q]:-}" ] || m0=$(median ${TIMES0[$q]})
    printf -v "MED_$q" '%s' "$m"
    printf '%-56s %9s %9s %8s %10s\n' "$(label "$q")" "$m" "$m0" "$( [ "$m0" = - ] && echo - || div "$m0" "$m" '%.2f')" "${COUNT[$q]}"
done
echo
echo "goals:               (n) < 5 ms: $(goal "$MED_n" '<=' 5)   (k) < 5 ms: $(goal "$MED_k" '<=' 5)" \
     "  (y) count < 30 ms: $(goal "$MED_y" '<=' 30)   (g) first 50 < 10 ms: $(goal "$MED_g" '<=' 10)"
echo
echo "query plans:"
printf '%s\n' "$PLANS" | sed 's/^/  /'
exit "$MISMATCH"
