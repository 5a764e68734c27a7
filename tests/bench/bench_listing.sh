#!/usr/bin/env bash
# Benchmark archivist's listing() against the sqlite3 shell's own CSV import.
#
# usage: bench_listing.sh EXT_PATH WORKDIR
#   EXT_PATH  the extension without its suffix, e.g. /work/main/dist/archivist (EXT_PATH.so must exist)
#   WORKDIR   scratch directory; generated inputs are kept there and reused by later runs
#
# environment (optional):
#   RECORDS  records to generate (default 600000, about 160 MB of listing text)
#   RUNS     repetitions of each measurement (default 3)
#   SQLITE3  sqlite3 shell to use (default sqlite3)
#   PYTHON   python interpreter for the generator (default python3)
#   BASELINE_EXT  another build of the extension (path without suffix, e.g. an older checkout's
#            dist/archivist): (a) and (c) are also run with it, interleaved with the others, and
#            the report gives this build's time over the baseline's. The tables (a) and (a0)
#            build on the first run are compared (.sha3sum): the two builds must return the
#            same rows, or the script exits 1
#
# Measures, each on a fresh database file in WORKDIR, timed with date +%s.%N (and the user +
# system seconds from /proc, "cpu s", steadier on a shared machine) around one sqlite3
# process:
#   (a) CREATE TABLE t AS SELECT * FROM listing(readfile(TXT));      extension loaded
#   (b) .import --csv CSV t                                          same records, shell only
#   (c) SELECT count(*) FROM listing(readfile(TXT));                 parse only
#   (d) SELECT length(readfile(TXT));                                file read only (baseline for c)
# (a) and (b) run interleaved a b a b a b, then (c) and (d) likewise; medians are reported.
# With BASELINE_EXT, (a0) and (c0) (the same with the baseline) join the interleaving.
# Exit status: 0 on success, 1 if row counts (or, with BASELINE_EXT, the rows themselves)
# disagree, 2 on a usage or setup error.

set -eu

BENCH=bench_listing
# shellcheck source=tests/bench/common.sh
. "$(dirname "$0")/common.sh"

[ "$#" -eq 2 ] || usage
EXT=$1
WORKDIR=$2
EXT=${EXT%.so}                      # tolerate a path given with its suffix
RECORDS=${RECORDS:-600000}
RUNS=${RUNS:-3}
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-python3}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEN="$SCRIPT_DIR/gen_listing.py"

case $RECORDS in ''|*[!0-9]*) die "RECORDS must be a positive integer, got '$RECORDS'";; esac
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer, got '$RUNS'";; esac
[ -f "$EXT.so" ] || die "extension not found: $EXT.so (build it first)"
BASELINE_EXT=${BASELINE_EXT:-}
BASELINE_EXT=${BASELINE_EXT%.so}
[ -z "$BASELINE_EXT" ] || [ -f "$BASELINE_EXT.so" ] || die "baseline not found: $BASELINE_EXT.so"
command -v "$SQLITE3" >/dev/null 2>&1 || die "sqlite3 shell not found: $SQLITE3"
[ -f "$GEN" ] || die "generator not found: $GEN"

mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
TXT="$WORKDIR/listing-$RECORDS.txt"
CSV="$WORKDIR/listing-$RECORDS.csv"
DB_A="$WORKDIR/bench-a.db"
DB_B="$WORKDIR/bench-b.db"
DB_C="$WORKDIR/bench-c.db"
DB_D="$WORKDIR/bench-d.db"
DB_P="$WORKDIR/bench-probe.db"

rm_db() { for f in "$@"; do rm -f -- "$f" "$f-journal" "$f-wal" "$f-shm"; done; }
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { rm_db "$DB_A" "$DB_B" "$DB_C" "$DB_D" "$DB_P"; rm -f -- "$TXT.part" "$CSV.part"; }
trap cleanup EXIT

# Paths go into SQL string literals and dot-command arguments between single quotes.
case $EXT$BASELINE_EXT$TXT$CSV in *\'*|*\"*) die "paths must not contain quote characters";; esac
LOAD=".load '$EXT'"
LOAD0=".load '$BASELINE_EXT'"
TXT_SQL="'$TXT'"

# ---- inputs --------------------------------------------------------------------------------
if [ -s "$TXT" ] && [ -s "$CSV" ]; then
    echo "bench_listing: reusing $TXT and $CSV" >&2
else
    echo "bench_listing: generating $RECORDS records into $WORKDIR" >&2
    "$PYTHON" "$GEN" "$TXT.part" "$CSV.part" --records "$RECORDS"
    mv -f -- "$CSV.part" "$CSV"
    mv -f -- "$TXT.part" "$TXT"
fi
TXT_BYTES=$(wc -c < "$TXT" | tr -d ' ')
CSV_BYTES=$(wc -c < "$CSV" | tr -d ' ')
cat -- "$TXT" "$CSV" > /dev/null    # warm the page cache so run 1 is not a disk read

# ---- probe: the extension loads and listing() answers ---------------------------------------
PROBE_SQL="SELECT count(*) FROM listing('Skip to content'||char(10,10)||'Results:'||char(10,10)||
'1 - 1 of 1'||char(10,10)||'Documents'||char(10,10)||'October 8, 1963'||char(10,10)||
'Cable from the Embassy in Hanoi, ''Talks on Rice Deliveries'''||char(10,10)||
'The embassy reports on negotiations over rice shipments and port fees.'||char(10,10)||'Pagination');"
rm_db "$DB_P"
if ! PROBE=$("$SQLITE3" -bail -cmd "$LOAD" "$DB_P" "$PROBE_SQL" 2>&1); then
    die "could not load $EXT.so or query listing(): $PROBE"
fi
[ "$PROBE" = 1 ] || echo "bench_listing: warning: probe page gave $PROBE rows, expected 1" >&2
rm_db "$DB_P"

# ---- timing helpers ---------------------------------------------------------------------
mbps() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / 1e6 / s; else printf "n/a" }'; }
count_t() { "$SQLITE3" "$1" 'SELECT count(*) FROM t;'; }
hash_t() { "$SQLITE3" "$1" '.sha3sum t'; }

TA=(); TB=(); TC=(); TD=(); TA0=(); TC0=()
TA_CPU=(); TB_CPU=(); TC_CPU=(); TD_CPU=(); TA0_CPU=(); TC0_CPU=()
ROWS_A=; ROWS_B=; ROWS_C=; READ_D=; MISMATCH=0; HASH_A=; HASH_A0=
note_rows() {  # note_rows VAR VALUE LABEL: remember the first value; flag any change between runs
    local prev=${!1}
    if [ -z "$prev" ]; then printf -v "$1" '%s' "$2"
    elif [ "$prev" != "$2" ]; then
        echo "bench_listing: $3 gave $2 rows on one run and $prev on another" >&2; MISMATCH=1
    fi
}

echo "bench_listing: (a)/(b) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    rm_db "$DB_A"; timed "$SQLITE3" -bail -cmd "$LOAD" "$DB_A" \
        "CREATE TABLE t AS SELECT * FROM listing(readfile($TXT_SQL));"
    TA+=("$SECS"); TA_CPU+=("$CPU"); note_rows ROWS_A "$(count_t "$DB_A")" "(a)"
    if [ -n "$BASELINE_EXT" ] && [ "$i" = 1 ]; then HASH_A=$(hash_t "$DB_A"); fi
    rm_db "$DB_A"
    echo "  run $i (a) $SECS s" >&2
    rm_db "$DB_B"; timed "$SQLITE3" -bail "$DB_B" ".import --csv '$CSV' t"
    TB+=("$SECS"); TB_CPU+=("$CPU"); note_rows ROWS_B "$(count_t "$DB_B")" "(b)"; rm_db "$DB_B"
    echo "  run $i (b) $SECS s" >&2
    if [ -n "$BASELINE_EXT" ]; then
        rm_db "$DB_A"; timed "$SQLITE3" -bail -cmd "$LOAD0" "$DB_A" \
            "CREATE TABLE t AS SELECT * FROM listing(readfile($TXT_SQL));"
        TA0+=("$SECS"); TA0_CPU+=("$CPU"); note_rows ROWS_A "$(count_t "$DB_A")" "(a0)"
        if [ "$i" = 1 ]; then HASH_A0=$(hash_t "$DB_A"); fi
        rm_db "$DB_A"
        echo "  run $i (a0) $SECS s" >&2
    fi
done
echo "bench_listing: (c)/(d) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    rm_db "$DB_C"; timed "$SQLITE3" -bail -cmd "$LOAD" "$DB_C" \
        "SELECT count(*) FROM listing(readfile($TXT_SQL));"
    TC+=("$SECS"); TC_CPU+=("$CPU"); note_rows ROWS_C "$OUT" "(c)"; rm_db "$DB_C"
    echo "  run $i (c) $SECS s" >&2
    rm_db "$DB_D"; timed "$SQLITE3" -bail "$DB_D" "SELECT length(readfile($TXT_SQL));"
    TD+=("$SECS"); TD_CPU+=("$CPU"); note_rows READ_D "$OUT" "(d)"; rm_db "$DB_D"
    echo "  run $i (d) $SECS s" >&2
    if [ -n "$BASELINE_EXT" ]; then
        rm_db "$DB_C"; timed "$SQLITE3" -bail -cmd "$LOAD0" "$DB_C" \
            "SELECT count(*) FROM listing(readfile($TXT_SQL));"
        TC0+=("$SECS"); TC0_CPU+=("$CPU"); note_rows ROWS_C "$OUT" "(c0)"; rm_db "$DB_C"
        echo "  run $i (c0) $SECS s" >&2
    fi
done

MA=$(median "${TA[@]}"); MB=$(median "${TB[@]}"); MC=$(median "${TC[@]}"); MD=$(median "${TD[@]}")
CA=$(median "${TA_CPU[@]}"); CB=$(median "${TB_CPU[@]}"); CC=$(median "${TC_CPU[@]}")
CD=$(median "${TD_CPU[@]}")
TXT_MB=$(div "$TXT_BYTES" 1000000 '%.1f')
CSV_MB=$(div "$CSV_BYTES" 1000000 '%.1f')
NET=$(awk -v c="$MC" -v d="$MD" 'BEGIN { printf "%.3f", c - d }')

# ---- report ---------------------------------------------------------------------------
row() { printf '%-44s %9s  %-26s %9s %9s %9s\n' "$@"; }
echo
echo "archivist listing() benchmark   ($("$SQLITE3" --version | cut -d' ' -f1-2))"
echo "extension: $EXT.so"
echo "input:     $TXT  $TXT_MB MB, $RECORDS records"
echo "           $CSV  $CSV_MB MB"
echo "runs:      $RUNS each, interleaved; median seconds; MB/s = input file MB / median s;"
echo "           cpu s = median user + system seconds of the sqlite3 process (steadier on a shared machine)"
echo "load:      $(uptime | sed 's/.*load average/load average/')"
echo
row "measurement" "median s" "runs (s)" "rows" "MB/s" "cpu s"
row "--------------------------------------------" "--------" "--------------------------" "--------" "--------" "--------"
row "(a) CREATE TABLE t AS SELECT * FROM listing" "$MA" "${TA[*]}" "$ROWS_A" "$(mbps "$TXT_BYTES" "$MA")" "$CA"
row "(b) .import --csv" "$MB" "${TB[*]}" "$ROWS_B" "$(mbps "$CSV_BYTES" "$MB")" "$CB"
row "(c) SELECT count(*) FROM listing (parse)" "$MC" "${TC[*]}" "$ROWS_C" "$(mbps "$TXT_BYTES" "$MC")" "$CC"
row "(d) SELECT length(readfile) (read only)" "$MD" "${TD[*]}" "-" "$(mbps "$TXT_BYTES" "$MD")" "$CD"
if [ -n "$BASELINE_EXT" ]; then
    MA0=$(median "${TA0[@]}"); MC0=$(median "${TC0[@]}")
    CA0=$(median "${TA0_CPU[@]}"); CC0=$(median "${TC0_CPU[@]}")
    row "(a0) as (a), baseline build" "$MA0" "${TA0[*]}" "$ROWS_A" "$(mbps "$TXT_BYTES" "$MA0")" "$CA0"
    row "(c0) as (c), baseline build" "$MC0" "${TC0[*]}" "$ROWS_C" "$(mbps "$TXT_BYTES" "$MC0")" "$CC0"
fi
echo
RATIO_AB=$(div "$MA" "$MB" '%.2f')
echo "ratio a/b:                 $RATIO_AB   ((a) $MA s vs (b) $MB s; goal <= 1.0: $(goal "$RATIO_AB" '<=' 1.0))"
echo "cpu ratio a/b:             $(div "$CA" "$CB" '%.2f')   ((a) $CA cpu s vs (b) $CB cpu s)"
echo "parse net of read (c - d): $NET s, $(mbps "$TXT_BYTES" "$NET") MB/s"
if [ -n "$BASELINE_EXT" ]; then
    NET0=$(awk -v c="$MC0" -v d="$MD" 'BEGIN { printf "%.3f", c - d }')
    echo "baseline: $BASELINE_EXT.so; ratio a/a0 $(div "$MA" "$MA0" '%.2f'), c/c0 $(div "$MC" "$MC0" '%.2f'), (c-d)/(c0-d) $(div "$NET" "$NET0" '%.2f'), a0/b $(div "$MA0" "$MB" '%.2f')"
    echo "baseline, cpu: a/a0 $(div "$CA" "$CA0" '%.2f'), c/c0 $(div "$CC" "$CC0" '%.2f'), a0/b $(div "$CA0" "$CB" '%.2f')"
    if [ -n "$HASH_A" ] && [ "$HASH_A" = "$HASH_A0" ]; then
        echo "rows of (a) and (a0) identical (sha3 ${HASH_A:0:16}...)"
    else
        echo "ROWS DIFFER between this build and the baseline: sha3 (a) $HASH_A, (a0) $HASH_A0" >&2
        MISMATCH=1
    fi
fi
echo "rows: (a) $ROWS_A   (b) $ROWS_B   (c) $ROWS_C   expected $RECORDS"

[ "$READ_D" = "$TXT_BYTES" ] || echo "bench_listing: warning: readfile length $READ_D != file size $TXT_BYTES" >&2
if [ "$ROWS_A" != "$ROWS_B" ]; then
    echo "ROW COUNT MISMATCH: (a) $ROWS_A != (b) $ROWS_B" >&2; MISMATCH=1
else
    echo "row counts (a) and (b) equal: $ROWS_A"
fi
if [ "$ROWS_A" != "$RECORDS" ] || [ "$ROWS_C" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: listing() returned (a) $ROWS_A / (c) $ROWS_C rows, generator wrote $RECORDS" >&2
    MISMATCH=1
fi
exit "$MISMATCH"
