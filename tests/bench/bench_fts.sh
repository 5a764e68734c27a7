#!/usr/bin/env bash
# Benchmark full-text search with archivist's FTS5 tokenizer: index build time against FTS5's own
# porter tokenizer, query latency on the catalog schema (sql/catalog.sql), and database size.
#
# usage: bench_fts.sh EXT_PATH WORKDIR
#   EXT_PATH  the extension without its suffix, e.g. /work/main/dist/archivist (EXT_PATH.so must exist)
#   WORKDIR   scratch directory; the generated documents are kept there and reused by later runs
#
# environment (optional):
#   RECORDS     documents to generate (default 1000000, about 265 MB of CSV)
#   RUNS        repetitions of each index build (default 2)
#   QUERY_RUNS  repetitions of each query measurement (default 3)
#   REPS        queries per timed block (default 50)
#   SQLITE3     sqlite3 shell to use (default sqlite3)
#   PYTHON      python interpreter for the generator (default python3)
#   DENSE_RECORDS  documents of the name-dense corpus (gen_docs.py --name-dense: every title and
#               summary names two people of the authority) for a second index build (default
#               200000; 0 leaves it out)
#   BASELINE_EXT another build of the extension (an older checkout's dist/archivist): each build
#               runs with it too, interleaved, as (a0), and the report adds a/a0 and a0/p; the
#               first run's (a) and (a0) indexes, of both corpora, are compared token by token
#               (the SHA3 of every token, document, column and position, untimed): a difference
#               is a mismatch
#
# Setup (untimed): gen_docs.py writes id,date_text,title,summary rows; WORKDIR/bench-fts-src.db
# gets docs(id, date_text, title, summary) by .import (an empty summary made NULL).
#
# 1b. The same builds on the name-dense corpus (DENSE_RECORDS documents), interleaved a a0 p.
# 1. Index build, timed with date +%s.%N around one sqlite3 process (extension loaded in both),
#    each on a fresh copy of bench-fts-src.db, interleaved a p a p ...:
#   (a) CREATE VIRTUAL TABLE f1 USING fts5(title, summary, tokenize='archivist');
#       INSERT INTO f1 SELECT title, summary FROM docs;
#   (p) the same with tokenize='porter unicode61 remove_diacritics 2'
# 2. Catalog: a fresh database gets sql/catalog.sql and every document (id, date_text,
#    date_start(date_text), date_end(date_text), title, summary) in one INSERT; the triggers fill
#    documents_fts, mentions and documents_when. Timed once, for information.
# 3. Query latency on the catalog: one sqlite3 process per query and run, interleaved
#    n k r n k r ...; in it the query runs once to warm the cache, then REPS times between two
#    `.system date +%s.%N` stamps (less the cost of an empty stamp); ms per query = that time /
#    REPS, so process start-up, extension load and the warm-up are not measured.
#   (n) name:              documents_fts MATCH 'Kim Ir Sen'
#   (k) stemmed keyword:   documents_fts MATCH 'discussed'
#   (r) keyword and dates: MATCH 'agriculture', joined to documents, overlapping 1956-1967
#   (y) the same with the years in the full-text query: MATCH 'agriculture AND ' ||
#       date_match('1956-1967') (the catalog's years column), then the exact days
#   (h) name, keyword and years written by hand: MATCH 'agriculture AND "Kim Il-sung" AND ' ||
#       date_match('1956-1967'), then date_overlaps() for the exact days
#   (s) the same typed into a search box: MATCH search_query('Kim Il-sung agriculture
#       1956-1967'), then date_overlaps()
# 4. Size per document: page_count * page_size / documents of the catalog database, and the
#    pages of the FTS table f1 alone (dbstat) / documents for the builds of 1.
# Medians are reported. Exit status: 0 on success, 1 if results disagree (a build or the catalog
# lost documents; the name query missed documents that say "Kim Il Sung"; a count changed
# between runs), 2 on a usage or setup error.

set -eu

BENCH=bench_fts
FMT_LIST=%.3f
# shellcheck source=tests/bench/common.sh
. "$(dirname "$0")/common.sh"

[ "$#" -eq 2 ] || usage
EXT=$1
WORKDIR=$2
EXT=${EXT%.so}                      # tolerate a path given with its suffix
RECORDS=${RECORDS:-1000000}
DENSE_RECORDS=${DENSE_RECORDS:-200000}
BASELINE_EXT=${BASELINE_EXT:-}
BASELINE_EXT=${BASELINE_EXT%.so}
RUNS=${RUNS:-2}
QUERY_RUNS=${QUERY_RUNS:-3}
REPS=${REPS:-50}
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-python3}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEN="$SCRIPT_DIR/gen_docs.py"
CATALOG="$SCRIPT_DIR/../../sql/catalog.sql"

case $DENSE_RECORDS in ''|*[!0-9]*) die "DENSE_RECORDS must be a number, got '$DENSE_RECORDS'";; esac
[ -z "$BASELINE_EXT" ] || [ -f "$BASELINE_EXT.so" ] || die "baseline extension not found: $BASELINE_EXT.so"
for v in RECORDS RUNS QUERY_RUNS REPS; do
    case ${!v} in ''|*[!0-9]*|0) die "$v must be a positive integer, got '${!v}'";; esac
done
[ -f "$EXT.so" ] || die "extension not found: $EXT.so (build it first)"
command -v "$SQLITE3" >/dev/null 2>&1 || die "sqlite3 shell not found: $SQLITE3"
[ -f "$GEN" ] || die "generator not found: $GEN"
[ -f "$SCRIPT_DIR/gen_listing.py" ] || die "generator not found: $SCRIPT_DIR/gen_listing.py (gen_docs.py imports it)"
[ -f "$CATALOG" ] || die "catalog schema not found: $CATALOG"
CATALOG=$(cd "$(dirname "$CATALOG")" && pwd)/catalog.sql

mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
CSV="$WORKDIR/docs-$RECORDS.csv"
SRC="$WORKDIR/bench-fts-src.db"
DENSE_CSV="$WORKDIR/docs-dense-$DENSE_RECORDS.csv"
DENSE_SRC="$WORKDIR/bench-fts-dense-src.db"
DB_B="$WORKDIR/bench-fts-build.db"
DB_C="$WORKDIR/bench-fts-catalog.db"
SQL="$WORKDIR/bench-fts-q.sql"
RES="$WORKDIR/bench-fts-out.txt"

rm_db() { for f in "$@"; do rm -f -- "$f" "$f-journal" "$f-wal" "$f-shm"; done; }
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { rm_db "$SRC" "$DENSE_SRC" "$DB_B" "$DB_C"; rm -f -- "$CSV.part" "$DENSE_CSV.part" "$SQL" "$RES"; }
trap cleanup EXIT

# Paths go into SQL string literals and dot-command arguments between single quotes.
case $EXT$BASELINE_EXT$CSV$SRC$RES$CATALOG in *\'*|*\"*) die "paths must not contain quote characters";; esac
LOAD=".load '$EXT'"
LOAD0=".load '$BASELINE_EXT'"
TOK_A="archivist"
TOK_P="porter unicode61 remove_diacritics 2"

# ---- probe: the extension loads, FTS5 has the archivist tokenizer ---------------------------
if ! PROBE=$("$SQLITE3" -bail -cmd "$LOAD" :memory: \
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'archivist');
         INSERT INTO t VALUES ('Premier Kim Il-sŏng discussed rice deliveries.');
         SELECT count(*) FROM t WHERE t MATCH 'Kim Ir Sen' AND t MATCH 'discusses';" 2>&1); then
    die "could not load $EXT.so or use the archivist FTS5 tokenizer: $PROBE"
fi
[ "$PROBE" = 1 ] || echo "bench_fts: warning: probe gave '$PROBE', expected '1'" >&2
HAVE_DBSTAT=1
"$SQLITE3" :memory: "SELECT count(*) FROM dbstat;" >/dev/null 2>&1 || HAVE_DBSTAT=0

# ---- inputs --------------------------------------------------------------------------------
if [ -s "$CSV" ]; then
    echo "bench_fts: reusing $CSV" >&2
else
    echo "bench_fts: generating $RECORDS documents into $WORKDIR" >&2
    "$PYTHON" "$GEN" "$CSV.part" --docs "$RECORDS"
    mv -f -- "$CSV.part" "$CSV"
fi
CSV_BYTES=$(wc -c < "$CSV" | tr -d ' ')

# ---- source database (untimed) -------------------------------------------------------------
echo "bench_fts: building $SRC" >&2
docs_db "$CSV" "$SRC"
LIKE_SUNG="title LIKE '%Kim Il Sung%' OR summary LIKE '%Kim Il Sung%'"
LIKE_KIM="title LIKE '%Kim Il%' OR summary LIKE '%Kim Il%'"
CHECK=$("$SQLITE3" -bail "$SRC" "SELECT (SELECT count(*) FROM docs) || ' ' ||
    (SELECT count(*) FROM docs WHERE $LIKE_SUNG) || ' ' || (SELECT count(*) FROM docs WHERE $LIKE_KIM) || ' ' ||
    (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size);") || die "checking $SRC failed"
read -r IMPORTED LIKE_SUNG_N LIKE_KIM_N SRC_BYTES <<<"$CHECK"
MISMATCH=0
if [ "$IMPORTED" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: docs has $IMPORTED rows, generator wrote $RECORDS" >&2; MISMATCH=1
fi
cat -- "$SRC" > /dev/null    # warm the page cache so run 1 is not a disk read

# ---- timing helpers ------------------------------------------------------------------------
# fts_bytes DB: bytes of the pages of f1 and its shadow tables (dbstat), else the pages the
# build added to the source database.
fts_bytes() {
    if [ "$HAVE_DBSTAT" = 1 ]; then
        "$SQLITE3" -bail -cmd "$LOAD" "$1" "SELECT sum(pgsize) FROM dbstat WHERE name = 'f1' OR name LIKE 'f1\_%' ESCAPE '\';"
    else
        "$SQLITE3" -bail -cmd "$LOAD" "$1" "SELECT (page_count - freelist_count) * page_size - $SRC_BYTES
            FROM pragma_page_count, pragma_freelist_count, pragma_page_size;"
    fi
}

# ---- 1. index build ------------------------------------------------------------------------
# build TOKENIZE [LOADCMD [SOURCE [DIGEST]]]: time the build of f1 on a fresh copy of SOURCE
# (default SRC) with the extension LOADCMD loads (default $LOAD); sets SECS, ROWS (documents in
# f1) and BYTES (pages of f1). With DIGEST (1), also TOKENS: the number of tokens the index holds
# and the SHA3 of every one of them with its document, column and position (fts5vocab
# 'instance', in its order), untimed, so that two builds can be shown to index the same tokens.
build() {
    local load=${2:-$LOAD} src=${3:-$SRC}
    rm_db "$DB_B"
    cp -- "$src" "$DB_B"
    timed "$SQLITE3" -bail -cmd "$load" "$DB_B" \
        "CREATE VIRTUAL TABLE f1 USING fts5(title, summary, tokenize='$1');
         INSERT INTO f1 SELECT title, summary FROM docs;"
    ROWS=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_B" "SELECT count(*) FROM f1;") || die "counting f1 failed"
    BYTES=$(fts_bytes "$DB_B") || die "measuring f1 failed"
    TOKENS=
    if [ "${4:-0}" = 1 ]; then
        TOKENS=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_B" \
            "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, f1, instance);
             SELECT count(*) || ' ' || hex(sha3_query('SELECT term, doc, col, offset FROM temp.v'))
               FROM temp.v;") || die "digesting the tokens of f1 failed"
    fi
    rm_db "$DB_B"
}
# same_tokens WHAT A A0: report whether two builds' TOKENS agree; a difference is a mismatch.
same_tokens() {
    if [ "$2" = "$3" ]; then
        echo "tokens:              $1: (a) and (a0) index the same ${2%% *} tokens (SHA3 of every token, document, column and position)"
    else
        echo "TOKENS DIFFER: $1: (a) ${2%% *} tokens, (a0) ${3%% *} tokens, or the same count and other tokens" >&2
        MISMATCH=1
    fi
}
CA=(); CA0=(); CP=(); CDA=(); CDA0=(); CDP=()
TOKENS_A=; TOKENS_A0=; TOKENS_DA=; TOKENS_DA0=
TA=(); TA0=(); TP=(); ROWS_A=; ROWS_P=; BYTES_A=; BYTES_P=; ROWS_A0=
echo "bench_fts: (a)/(p) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    digest=0; [ "$i" = 1 ] && [ -n "$BASELINE_EXT" ] && digest=1
    build "$TOK_A" "$LOAD" "$SRC" "$digest"; TA+=("$SECS"); CA+=("$CPU"); note_val ROWS_A "$ROWS" "(a) rows"; note_val BYTES_A "$BYTES" "(a) size"
    [ "$digest" = 1 ] && TOKENS_A=$TOKENS
    echo "  run $i (a) $SECS s" >&2
    if [ -n "$BASELINE_EXT" ]; then
        build "$TOK_A" "$LOAD0" "$SRC" "$digest"; TA0+=("$SECS"); CA0+=("$CPU"); note_val ROWS_A0 "$ROWS" "(a0) rows"
        [ "$digest" = 1 ] && TOKENS_A0=$TOKENS
        echo "  run $i (a0) $SECS s" >&2
    fi
    build "$TOK_P"; TP+=("$SECS"); CP+=("$CPU"); note_val ROWS_P "$ROWS" "(p) rows"; note_val BYTES_P "$BYTES" "(p) size"
    echo "  run $i (p) $SECS s" >&2
done

# ---- 1b. index build on the name-dense corpus -----------------------------------------------
DA=(); DA0=(); DP=(); ROWS_DA=; ROWS_DA0=; ROWS_DP=
if [ "$DENSE_RECORDS" -gt 0 ]; then
    if [ -s "$DENSE_CSV" ]; then
        echo "bench_fts: reusing $DENSE_CSV" >&2
    else
        echo "bench_fts: generating $DENSE_RECORDS name-dense documents into $WORKDIR" >&2
        "$PYTHON" "$GEN" "$DENSE_CSV.part" --docs "$DENSE_RECORDS" --name-dense
        mv -f -- "$DENSE_CSV.part" "$DENSE_CSV"
    fi
    docs_db "$DENSE_CSV" "$DENSE_SRC"
    echo "bench_fts: name-dense (a)/(p) x $RUNS, interleaved" >&2
    for i in $(seq 1 "$RUNS"); do
        digest=0; [ "$i" = 1 ] && [ -n "$BASELINE_EXT" ] && digest=1
        build "$TOK_A" "$LOAD" "$DENSE_SRC" "$digest"; DA+=("$SECS"); CDA+=("$CPU"); note_val ROWS_DA "$ROWS" "dense (a) rows"
        [ "$digest" = 1 ] && TOKENS_DA=$TOKENS
        echo "  run $i dense (a) $SECS s" >&2
        if [ -n "$BASELINE_EXT" ]; then
            build "$TOK_A" "$LOAD0" "$DENSE_SRC" "$digest"; DA0+=("$SECS"); CDA0+=("$CPU"); note_val ROWS_DA0 "$ROWS" "dense (a0) rows"
            [ "$digest" = 1 ] && TOKENS_DA0=$TOKENS
            echo "  run $i dense (a0) $SECS s" >&2
        fi
        build "$TOK_P" "$LOAD" "$DENSE_SRC"; DP+=("$SECS"); CDP+=("$CPU"); note_val ROWS_DP "$ROWS" "dense (p) rows"
        echo "  run $i dense (p) $SECS s" >&2
    done
    rm_db "$DENSE_SRC"
fi

# ---- 2. catalog (timed once, for information) ----------------------------------------------
echo "bench_fts: building the catalog $DB_C" >&2
rm_db "$DB_C"
timed "$SQLITE3" -bail -cmd "$LOAD" "$DB_C" ".read '$CATALOG'" "ATTACH '$SRC' AS s;" \
    "INSERT INTO documents(id, date_text, date_start, date_end, title, summary)
       SELECT id, date_text, date_start(date_text), date_end(date_text), title, summary
         FROM s.docs ORDER BY id;"
CATALOG_SECS=$SECS
echo "  catalog $CATALOG_SECS s" >&2
CHECK=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_C" "SELECT (SELECT count(*) FROM documents) || ' ' ||
    (SELECT count(*) FROM mentions) || ' ' || (SELECT count(*) FROM documents_when) || ' ' ||
    (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size);") || die "checking $DB_C failed"
read -r DOCS MENTIONS WHEN_ROWS CATALOG_BYTES <<<"$CHECK"
PARTS=
if [ "$HAVE_DBSTAT" = 1 ]; then
    PARTS=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_C" "SELECT printf('  %-28s %8.1f MB %6.0f bytes/document', g, sum(pgsize) / 1e6, sum(pgsize) * 1.0 / $DOCS)
        FROM (SELECT CASE WHEN name LIKE 'documents\_fts%' ESCAPE '\' THEN 'documents_fts (index)'
                          WHEN name LIKE 'documents\_when%' ESCAPE '\' THEN 'documents_when (R*Tree)'
                          WHEN name LIKE 'mentions%' THEN 'mentions and its indexes'
                          WHEN name = 'documents' THEN 'documents'
                          WHEN name LIKE '%documents%' THEN 'documents'' indexes'
                          ELSE 'other' END AS g, pgsize FROM dbstat)
        GROUP BY g ORDER BY sum(pgsize) DESC;") || die "measuring $DB_C failed"
fi
cat -- "$DB_C" > /dev/null    # warm the page cache

# ---- 3. query latency ----------------------------------------------------------------------
Q_N="SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen';"
Q_K="SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'discussed';"
Q_R="SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH 'agriculture' AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01';"
Q_Y="SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH 'agriculture AND ' || date_match('1956-1967') AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01';"
Q_H="SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH 'agriculture AND \"Kim Il-sung\" AND ' || date_match('1956-1967') AND date_overlaps(d.date_text, '1956-1967');"
Q_S="SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH search_query('Kim Il-sung agriculture 1956-1967') AND date_overlaps(d.date_text, '1956-1967');"


MN=(); MK=(); MR=(); MY=(); MH=(); MS_=(); CNT_N=; CNT_K=; CNT_R=; CNT_Y=; CNT_H=; CNT_S=
echo "bench_fts: (n)/(k)/(r)/(y)/(h)/(s) x $QUERY_RUNS, interleaved" >&2
for i in $(seq 1 "$QUERY_RUNS"); do
    query_ms "$DB_C" "$Q_N" "$REPS"; MN+=("$MS"); note_val CNT_N "$CNT" "(n)"
    query_ms "$DB_C" "$Q_K" "$REPS"; MK+=("$MS"); note_val CNT_K "$CNT" "(k)"
    query_ms "$DB_C" "$Q_R" "$REPS"; MR+=("$MS"); note_val CNT_R "$CNT" "(r)"
    query_ms "$DB_C" "$Q_Y" "$REPS"; MY+=("$MS"); note_val CNT_Y "$CNT" "(y)"
    query_ms "$DB_C" "$Q_H" "$REPS"; MH+=("$MS"); note_val CNT_H "$CNT" "(h)"
    query_ms "$DB_C" "$Q_S" "$REPS"; MS_+=("$MS"); note_val CNT_S "$CNT" "(s)"
    echo "  run $i ms/query: (n) ${MN[-1]} (k) ${MK[-1]} (r) ${MR[-1]} (y) ${MY[-1]} (h) ${MH[-1]} (s) ${MS_[-1]}" >&2
done

# Cross-checks (untimed): the name query against the spellings the generator wrote, and the
# keyword queries against LIKE on the words they stem from.
CHECK=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_C" "SELECT
    (SELECT count(*) FROM documents WHERE ($LIKE_SUNG)
        AND id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen')) || ' ' ||
    (SELECT count(*) FROM documents WHERE ($LIKE_KIM)
        AND id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen')) || ' ' ||
    (SELECT count(*) FROM documents WHERE title LIKE '%discuss%' OR summary LIKE '%discuss%') || ' ' ||
    (SELECT count(*) FROM documents WHERE (title LIKE '%agricultur%' OR summary LIKE '%agricultur%')
        AND date_start <= '1967-12-31' AND date_end >= '1956-01-01');") || die "cross-checks failed"
read -r MISSED_SUNG MISSED_KIM LIKE_DISCUSS LIKE_AGRI <<<"$CHECK"
PLANS=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_C" ".print '(n)'" "EXPLAIN QUERY PLAN $Q_N" \
    ".print '(r)'" "EXPLAIN QUERY PLAN $Q_R" ".print '(y)'" "EXPLAIN QUERY PLAN $Q_Y" \
    ".print '(s)'" "EXPLAIN QUERY PLAN $Q_S") ||
    die "EXPLAIN QUERY PLAN failed"

# ---- report ----------------------------------------------------------------------------
MA=$(median "${TA[@]}"); MP=$(median "${TP[@]}")
RATIO=$(div "$MA" "$MP" '%.2f')
MEDIAN_FMT=%.3f
mn=$(median "${MN[@]}"); mk=$(median "${MK[@]}"); mr=$(median "${MR[@]}"); my=$(median "${MY[@]}")
mh=$(median "${MH[@]}"); ms=$(median "${MS_[@]}")
[ "$CNT_Y" = "$CNT_R" ] || { echo "bench_fts: error: (y) counted $CNT_Y, (r) $CNT_R" >&2; MISMATCH=1; }
bpd() { div "$1" "$2" '%.0f'; }
mb() { div "$1" 1000000 '%.1f'; }

row1() { printf '%-52s %9s  %-20s %9s %9s\n' "$@"; }
row2() { printf '%-52s %6s %9s  %-23s %8s\n' "$@"; }
echo
echo "archivist full-text search benchmark   ($("$SQLITE3" --version | cut -d' ' -f1-2))"
echo "extension: $EXT.so"
echo "input:     $CSV  $(mb "$CSV_BYTES") MB, $RECORDS documents (gen_docs.py)"
echo "source:    $SRC  $(mb "$SRC_BYTES") MB, docs(id, date_text, title, summary), $IMPORTED rows"
echo "runs:      builds $RUNS each, queries $QUERY_RUNS each, interleaved; medians"
echo
echo "1. FTS5 index build: one sqlite3 process per run (extension loaded in both) on a fresh copy"
echo "   of the source database, timed with date +%s.%N around the process"
echo "   CREATE VIRTUAL TABLE f1 USING fts5(title, summary, tokenize=T);"
echo "   INSERT INTO f1 SELECT title, summary FROM docs;"
echo
row1 "tokenizer T" "median s" "runs (s)" "docs" "docs/s"
row1 "----------------------------------------------------" "--------" "--------------------" "--------" "--------"
row1 "(a) 'archivist'" "$MA" "${TA[*]}" "$ROWS_A" "$(rps "$ROWS_A" "$MA")"
row1 "(p) 'porter unicode61 remove_diacritics 2'" "$MP" "${TP[*]}" "$ROWS_P" "$(rps "$ROWS_P" "$MP")"
if [ -n "$BASELINE_EXT" ]; then
    MA0=$(median "${TA0[@]}")
    row1 "(a0) 'archivist', baseline build" "$MA0" "${TA0[*]}" "$ROWS_A0" "$(rps "$ROWS_A0" "$MA0")"
fi
echo
echo "ratio a/p:           $RATIO   ((a) $MA s vs (p) $MP s; goal <= 1.5: $(goal "$RATIO" '<=' 1.5))"
echo "by CPU seconds:      (a) $(median "${CA[@]}") s, (p) $(median "${CP[@]}") s: a/p $(div "$(median "${CA[@]}")" "$(median "${CP[@]}")" '%.2f')   (user + system of the process: steadier on a shared machine)"
if [ -n "$BASELINE_EXT" ]; then
    echo "ratio a0/p:          $(div "$MA0" "$MP" '%.2f')   (the baseline $BASELINE_EXT.so)"
    echo "ratio a/a0:          $(div "$MA" "$MA0" '%.2f')   (this build against the baseline)"
    echo "by CPU seconds:      (a0) $(median "${CA0[@]}") s: a0/p $(div "$(median "${CA0[@]}")" "$(median "${CP[@]}")" '%.2f'), a/a0 $(div "$(median "${CA[@]}")" "$(median "${CA0[@]}")" '%.2f')"
    same_tokens "$RECORDS documents" "$TOKENS_A" "$TOKENS_A0"
fi
if [ "$DENSE_RECORDS" -gt 0 ]; then
    MDA=$(median "${DA[@]}"); MDP=$(median "${DP[@]}")
    echo
    echo "1b. The same on the name-dense corpus: $DENSE_RECORDS documents, every title and summary"
    echo "    naming two people of the authority (gen_docs.py --name-dense)"
    echo
    row1 "tokenizer T" "median s" "runs (s)" "docs" "docs/s"
    row1 "----------------------------------------------------" "--------" "--------------------" "--------" "--------"
    row1 "(a) 'archivist'" "$MDA" "${DA[*]}" "$ROWS_DA" "$(rps "$ROWS_DA" "$MDA")"
    if [ -n "$BASELINE_EXT" ]; then
        MDA0=$(median "${DA0[@]}")
        row1 "(a0) 'archivist', baseline build" "$MDA0" "${DA0[*]}" "$ROWS_DA0" "$(rps "$ROWS_DA0" "$MDA0")"
    fi
    row1 "(p) 'porter unicode61 remove_diacritics 2'" "$MDP" "${DP[*]}" "$ROWS_DP" "$(rps "$ROWS_DP" "$MDP")"
    echo
    DRATIO=$(div "$MDA" "$MDP" '%.2f')
    echo "ratio a/p:           $DRATIO   (goal <= 1.5: $(goal "$DRATIO" '<=' 1.5))"
    echo "by CPU seconds:      (a) $(median "${CDA[@]}") s, (p) $(median "${CDP[@]}") s: a/p $(div "$(median "${CDA[@]}")" "$(median "${CDP[@]}")" '%.2f')"
    if [ -n "$BASELINE_EXT" ]; then
        echo "ratio a0/p:          $(div "$MDA0" "$MDP" '%.2f')"
        echo "ratio a/a0:          $(div "$MDA" "$MDA0" '%.2f')"
        echo "by CPU seconds:      (a0) $(median "${CDA0[@]}") s: a0/p $(div "$(median "${CDA0[@]}")" "$(median "${CDP[@]}")" '%.2f'), a/a0 $(div "$(median "${CDA[@]}")" "$(median "${CDA0[@]}")" '%.2f')"
        same_tokens "$DENSE_RECORDS name-dense documents" "$TOKENS_DA" "$TOKENS_DA0"
    fi
    if [ "$ROWS_DA" != "$DENSE_RECORDS" ] || [ "$ROWS_DP" != "$DENSE_RECORDS" ]; then
        echo "ROW COUNT MISMATCH: name-dense f1 (a) $ROWS_DA, (p) $ROWS_DP, generator wrote $DENSE_RECORDS" >&2
        MISMATCH=1
    fi
fi
echo
echo "2. Catalog (sql/catalog.sql): $DOCS documents inserted in one statement in $CATALOG_SECS s"
echo "   ($(rps "$DOCS" "$CATALOG_SECS") documents/s; for information: the triggers fill documents_fts,"
echo "   run names() on every title and summary for mentions ($MENTIONS rows) and fill documents_when"
echo "   ($WHEN_ROWS rows), besides the UNIQUE and date indexes)"
echo
echo "3. Query latency on the catalog: ms per query = one block of REPS runs inside one sqlite3"
echo "   process, timed with .system date +%s.%N before and after (less one empty stamp), divided"
echo "   by REPS; process start-up, extension load and one warm-up run are outside the block"
echo
row2 "query" "reps" "median ms" "runs (ms)" "count"
row2 "----------------------------------------------------" "------" "---------" "-----------------------" "--------"
row2 "(n) name     MATCH 'Kim Ir Sen'" "$REPS" "$mn" "$(fmt_list "${MN[@]}")" "$CNT_N"
row2 "(k) stemmed  MATCH 'discussed'" "$REPS" "$mk" "$(fmt_list "${MK[@]}")" "$CNT_K"
row2 "(r) keyword  MATCH 'agriculture', dates 1956-1967" "$REPS" "$mr" "$(fmt_list "${MR[@]}")" "$CNT_R"
row2 "(y) the same, years in the query (date_match)" "$REPS" "$my" "$(fmt_list "${MY[@]}")" "$CNT_Y"
row2 "(h) 'Kim Il-sung' agriculture 1956-1967 by hand" "$REPS" "$mh" "$(fmt_list "${MH[@]}")" "$CNT_H"
row2 "(s) the same typed: search_query()" "$REPS" "$ms" "$(fmt_list "${MS_[@]}")" "$CNT_S"
echo
echo "ratio s/h:           $(div "$ms" "$mh" '%.2f')   (search_query() writes the name as NEAR of its words or"
echo "                     its Hangul spelling, which carries the name key: (s) counts $CNT_S, (h) $CNT_H)"
echo "goal < 20 ms:        (n) $(goal "$mn" '<=' 20)   (k) $(goal "$mk" '<=' 20)   (r) $(goal "$mr" '<=' 20)   (y) $(goal "$my" '<=' 20)"
echo "(n) vs LIKE:         $LIKE_SUNG_N documents say 'Kim Il Sung' ($MISSED_SUNG of them not found by (n));"
echo "                     $LIKE_KIM_N say 'Kim Il Sung', 'Kim Il-sung' or 'Kim Il-sŏng' ($MISSED_KIM not found)"
echo "(k) vs LIKE:         $LIKE_DISCUSS documents contain 'discuss' (count (k) $CNT_K)"
echo "(r) vs LIKE:         $LIKE_AGRI documents contain 'agricultur' and overlap 1956-1967 (count (r) $CNT_R)"
echo
echo "query plans:"
printf '%s\n' "$PLANS" | sed 's/^/  /'
echo
echo "4. Size per document"
echo
printf '%-52s %9s %16s\n' "database" "MB" "bytes/document"
printf '%-52s %9s %16s\n' "----------------------------------------------------" "--------" "---------------"
printf '%-52s %9s %16s\n' "catalog database (page_count * page_size)" "$(mb "$CATALOG_BYTES")" "$(bpd "$CATALOG_BYTES" "$DOCS")"
printf '%-52s %9s %16s\n' "source docs table alone (for reference)" "$(mb "$SRC_BYTES")" "$(bpd "$SRC_BYTES" "$IMPORTED")"
if [ "$HAVE_DBSTAT" = 1 ]; then what="pages of f1 and its shadow tables (dbstat)"; else what="pages the build added"; fi
printf '%-52s %9s %16s\n' "(p) porter FTS table f1 alone" "$(mb "$BYTES_P")" "$(bpd "$BYTES_P" "$ROWS_P")"
printf '%-52s %9s %16s\n' "(a) archivist FTS table f1 alone" "$(mb "$BYTES_A")" "$(bpd "$BYTES_A" "$ROWS_A")"
echo "(f1 sizes: $what; f1 keeps its own copy of the text, documents_fts does not)"
if [ -n "$PARTS" ]; then
    echo "catalog by part (dbstat):"
    printf '%s\n' "$PARTS"
fi
echo

echo "documents: source $IMPORTED   (a) $ROWS_A   (p) $ROWS_P   catalog $DOCS   expected $RECORDS"
if [ "$ROWS_A" != "$RECORDS" ] || [ "$ROWS_P" != "$RECORDS" ] || [ "$DOCS" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: f1 (a) $ROWS_A, f1 (p) $ROWS_P, catalog $DOCS documents, generator wrote $RECORDS" >&2
    MISMATCH=1
fi
if [ "$MISSED_SUNG" != 0 ] || [ "$CNT_N" -lt "$LIKE_SUNG_N" ]; then
    echo "MISMATCH: (n) found $CNT_N documents and missed $MISSED_SUNG of the $LIKE_SUNG_N that say 'Kim Il Sung'" >&2
    MISMATCH=1
else
    echo "(n) finds every document that says 'Kim Il Sung': $CNT_N >= $LIKE_SUNG_N"
fi
exit "$MISMATCH"
