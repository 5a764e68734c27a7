#!/usr/bin/env bash
# Benchmark archivist's names: name_key() against SQLite's lower() on a million names, and the
# names() table-valued function over a large listing, net of the listing parse.
#
# usage: bench_names.sh EXT_PATH WORKDIR
#   EXT_PATH  the extension without its suffix, e.g. /work/main/dist/archivist (EXT_PATH.so must exist)
#   WORKDIR   scratch directory; the generated listing is kept there and reused by later runs
#             (the same listing-N.txt / listing-N.csv as bench_listing.sh)
#
# environment (optional):
#   NAMES     names in the table n for part 1 (default 1000000)
#   RECORDS   listing records for part 2 (default 600000, about 160 MB of listing text)
#   RUNS      repetitions of each measurement (default 3)
#   SQLITE3   sqlite3 shell to use (default sqlite3)
#   PYTHON    python interpreter for the generators (default python3)
#
# Setup (untimed): every name names() finds in the titles and summaries of fixtures/*.txt (as
# listing() reads them), each also written in upper case, as "Surname, Given" and with a title
# in front; NAMES of these spellings drawn with a fixed seed into n(x) in WORKDIR/bench-names.db.
#
# 1. name_key(), one sqlite3 process per run, timed with date +%s.%N, interleaved k l s k l s ...:
#   (k) SELECT count(name_key(x)) FROM n;      extension loaded
#   (l) SELECT count(lower(x)) FROM n;         SQLite only
#   (s) SELECT count(x) FROM n;                table scan only (for reference)
# 2. names() over the listing, interleaved p q p q ...:
#   (p) SELECT count(*) FROM listing(readfile(TXT)) AS l,
#              names(l.title || ' ' || coalesce(l.summary, ''));
#   (q) SELECT count(*) FROM listing(readfile(TXT));                   parse only (baseline)
# Medians over RUNS are reported. Exit status: 0 on success, 1 if results disagree (a count
# changed between runs; (l), (s) or (q) did not count every row; names() and name_key() gave
# different keys for the fixture names), 2 on a usage or setup error.

set -eu

BENCH=bench_names
# shellcheck source=tests/bench/common.sh
. "$(dirname "$0")/common.sh"

[ "$#" -eq 2 ] || usage
EXT=$1
WORKDIR=$2
EXT=${EXT%.so}                      # tolerate a path given with its suffix
NAMES=${NAMES:-1000000}
RECORDS=${RECORDS:-600000}
RUNS=${RUNS:-3}
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-python3}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEN="$SCRIPT_DIR/gen_listing.py"
FIXTURES=$(cd "$SCRIPT_DIR/../../fixtures" 2>/dev/null && pwd) || die "fixtures/ not found next to tests/"

for v in NAMES RECORDS RUNS; do
    case ${!v} in ''|*[!0-9]*|0) die "$v must be a positive integer, got '${!v}'";; esac
done
[ -f "$EXT.so" ] || die "extension not found: $EXT.so (build it first)"
command -v "$SQLITE3" >/dev/null 2>&1 || die "sqlite3 shell not found: $SQLITE3"
command -v "$PYTHON" >/dev/null 2>&1 || die "python not found: $PYTHON"
[ -f "$GEN" ] || die "generator not found: $GEN"

mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
TXT="$WORKDIR/listing-$RECORDS.txt"
CSV="$WORKDIR/listing-$RECORDS.csv"
DB="$WORKDIR/bench-names.db"
DB_P="$WORKDIR/bench-names-probe.db"
FOUND="$WORKDIR/bench-names-fixtures.tsv"
NCSV="$WORKDIR/bench-names-$NAMES.csv"
PCSV="$WORKDIR/bench-names-pool.csv"

rm_db() { for f in "$@"; do rm -f -- "$f" "$f-journal" "$f-wal" "$f-shm"; done; }
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { rm_db "$DB" "$DB_P"; rm -f -- "$TXT.part" "$CSV.part" "$FOUND" "$NCSV" "$PCSV"; }
trap cleanup EXIT

# Paths go into SQL string literals and dot-command arguments between single quotes.
case $EXT$TXT$NCSV$PCSV$FIXTURES in *\'*|*\"*) die "paths must not contain quote characters";; esac
LOAD=".load '$EXT'"
TXT_SQL="'$TXT'"

# ---- probe: the extension loads and name_key() / names() answer ----------------------------
if ! PROBE=$("$SQLITE3" -bail -cmd "$LOAD" :memory: \
        "SELECT (name_key('Kim Il-sŏng') = name_key('Kim Ir Sen')) || ' ' ||
                (SELECT count(*) FROM names('Todor Zhivkov reports on his meeting with Kim Il Sung.'));" 2>&1); then
    die "could not load $EXT.so or call name_key() / names(): $PROBE"
fi
[ "$PROBE" = "1 2" ] || echo "bench_names: warning: probe gave '$PROBE', expected '1 2'" >&2

# ---- inputs: the listing for part 2 ----------------------------------------------------------
if [ -s "$TXT" ] && [ -s "$CSV" ]; then
    echo "bench_names: reusing $TXT" >&2
else
    echo "bench_names: generating $RECORDS records into $WORKDIR" >&2
    "$PYTHON" "$GEN" "$TXT.part" "$CSV.part" --records "$RECORDS"
    mv -f -- "$CSV.part" "$CSV"
    mv -f -- "$TXT.part" "$TXT"
fi
TXT_BYTES=$(wc -c < "$TXT" | tr -d ' ')

# ---- the names of the fixtures, their spellings, and n(x) (untimed) ---------------------------
VALUES=
for f in "$FIXTURES"/*.txt; do
    [ -f "$f" ] || continue
    case $f in *\'*) die "fixture path contains a quote: $f";; esac
    VALUES="$VALUES${VALUES:+,}('$f')"
done
[ -n "$VALUES" ] || die "no fixtures/*.txt in $FIXTURES"
NFIX=$(printf '%s' "$VALUES" | tr ',' '\n' | grep -c .)
# A surname alone takes its key from the full name the text gives (names()): the key compared
# with name_key() is the one names() gives the name on its own.
"$SQLITE3" -bail -tabs -cmd "$LOAD" :memory: "WITH files(f) AS (VALUES $VALUES),
    found(name, key) AS (
      SELECT n.name, (SELECT a.key FROM names(n.name) AS a)
        FROM files, listing(readfile(files.f)) AS l,
             names(l.title || ' ' || coalesce(l.summary, '')) AS n
       ORDER BY files.f, l.pos, n.offset)
    SELECT name, key, name_key(name) IS key FROM found;" > "$FOUND" ||
    die "reading the names of $FIXTURES/*.txt failed"
FOUND_N=$(wc -l < "$FOUND" | tr -d ' ')
[ "$FOUND_N" -gt 0 ] || die "names() found no names in $FIXTURES/*.txt"
FOUND_DISTINCT=$(cut -f1 "$FOUND" | sort -u | wc -l | tr -d ' ')
KEY_DIFF=$(awk -F'\t' '$3 != 1' "$FOUND" | wc -l | tr -d ' ')

# Each name found, as written, in upper case, as "Surname, Given" (the surname is the word the
# key starts with: first for "Kim Il Sung", last for "Nikita Khrushchev") and with a title in
# front; NAMES draws (fixed seed) of a name found (each occurrence equally likely) and a spelling
# (as written 40%, the others 20% each). n goes to NCSV, the pool of distinct spellings (x, the
# name as found, its key) to PCSV.
echo "bench_names: drawing $NAMES names from the $FOUND_N found in $NFIX fixtures" >&2
"$PYTHON" - "$FOUND" "$NCSV" "$PCSV" "$NAMES" <<'PY' || die "generating the names failed"
import csv, random, sys, unicodedata
found, out, pool_out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
TITLES = ["Comrade", "Premier", "Ambassador", "Chairman", "General", "Minister", "Dr."]
def fold(w):
    return "".join(c for c in unicodedata.normalize("NFKD", w.lower())
                   if not unicodedata.combining(c) and c.isalnum())
rows = [line.rstrip("\n").split("\t") for line in open(found, encoding="utf-8")]
rng = random.Random(19561025)
spellings = []                       # per occurrence: (as written, upper, surname first, titled)
for name, key, _ in rows:
    words = name.split()
    if len(words) > 1 and fold(words[0]) == fold(key.split(" ")[0]):
        inverted = words[0] + ", " + " ".join(words[1:])
    elif len(words) > 1:
        inverted = words[-1] + ", " + " ".join(words[:-1])
    else:
        inverted = name
    spellings.append((name, name.upper(), inverted, rng.choice(TITLES) + " " + name))
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["x"])
    for _ in range(n):
        s = spellings[int(rng.random() * len(spellings))]
        x = rng.random()
        w.writerow([s[0 if x < 0.4 else 1 if x < 0.6 else 2 if x < 0.8 else 3]])
pool = {(v, s[0], k) for s, (_, k, _) in zip(spellings, rows) for v in s}
with open(pool_out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["x", "base", "key"])
    w.writerows(sorted(pool))
PY

rm_db "$DB"
"$SQLITE3" -bail "$DB" "PRAGMA journal_mode = OFF;" "PRAGMA synchronous = OFF;" \
    "CREATE TABLE n(x TEXT);" ".import --csv --skip 1 '$NCSV' n" \
    "CREATE TABLE pool(x TEXT, base TEXT, key TEXT);" ".import --csv --skip 1 '$PCSV' pool" \
    >/dev/null || die "building $DB failed"
rm -f -- "$NCSV" "$PCSV"
INFO=$("$SQLITE3" -bail -cmd "$LOAD" "$DB" "SELECT (SELECT count(*) FROM n) || ' ' ||
    (SELECT count(*) FROM pool) || ' ' || (SELECT count(DISTINCT base) FROM pool) || ' ' ||
    (SELECT count(*) FROM pool WHERE name_key(x) IS key) || ' ' ||
    (SELECT count(DISTINCT name_key(x)) FROM n) || ' ' || (SELECT count(DISTINCT lower(x)) FROM n) || ' ' ||
    (SELECT count(DISTINCT x) FROM n);") || die "checking $DB failed"
read -r N_ROWS POOL_N POOL_BASES POOL_SAME DIST_KEY DIST_LOWER DIST_X <<<"$INFO"
POOL_OTHER=$("$SQLITE3" -bail -cmd "$LOAD" "$DB" "SELECT '  ' || x || ' -> ' || coalesce(name_key(x), 'NULL')
    || '  (' || base || ' -> ' || key || ')' FROM pool WHERE name_key(x) IS NOT key ORDER BY x LIMIT 10;") ||
    die "checking $DB failed"
MISMATCH=0
if [ "$N_ROWS" != "$NAMES" ]; then
    echo "ROW COUNT MISMATCH: n has $N_ROWS rows, $NAMES were drawn" >&2; MISMATCH=1
fi
cat -- "$DB" "$TXT" > /dev/null    # warm the page cache so run 1 is not a disk read

# ---- timing helpers ------------------------------------------------------------------------
net() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
mbps() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / 1e6 / s; else printf "n/a" }'; }

# ---- 1. name_key() -------------------------------------------------------------------------
TK=(); TL=(); TS=(); CNT_K=; CNT_L=; CNT_S=
echo "bench_names: (k)/(l)/(s) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    timed "$SQLITE3" -bail -cmd "$LOAD" "$DB" "SELECT count(name_key(x)) FROM n;"
    TK+=("$SECS"); note_val CNT_K "$OUT" "(k)"; echo "  run $i (k) $SECS s" >&2
    timed "$SQLITE3" -bail "$DB" "SELECT count(lower(x)) FROM n;"
    TL+=("$SECS"); note_val CNT_L "$OUT" "(l)"; echo "  run $i (l) $SECS s" >&2
    timed "$SQLITE3" -bail "$DB" "SELECT count(x) FROM n;"
    TS+=("$SECS"); note_val CNT_S "$OUT" "(s)"; echo "  run $i (s) $SECS s" >&2
done

# ---- 2. names() over the listing -----------------------------------------------------------
NAMES_TEXT="l.title || ' ' || coalesce(l.summary, '')"
TEXT_BYTES=$("$SQLITE3" -bail -cmd "$LOAD" :memory: \
    "SELECT sum(length(CAST($NAMES_TEXT AS BLOB))) FROM listing(readfile($TXT_SQL)) AS l;") ||
    die "measuring the text given to names() failed"
TP=(); TQ=(); CNT_P=; CNT_Q=
echo "bench_names: (p)/(q) x $RUNS, interleaved" >&2
for i in $(seq 1 "$RUNS"); do
    timed "$SQLITE3" -bail -cmd "$LOAD" :memory: \
        "SELECT count(*) FROM listing(readfile($TXT_SQL)) AS l, names($NAMES_TEXT);"
    TP+=("$SECS"); note_val CNT_P "$OUT" "(p)"; echo "  run $i (p) $SECS s" >&2
    timed "$SQLITE3" -bail -cmd "$LOAD" :memory: "SELECT count(*) FROM listing(readfile($TXT_SQL));"
    TQ+=("$SECS"); note_val CNT_Q "$OUT" "(q)"; echo "  run $i (q) $SECS s" >&2
done

# ---- report ----------------------------------------------------------------------------
MK=$(median "${TK[@]}"); ML=$(median "${TL[@]}"); MS_=$(median "${TS[@]}")
MP=$(median "${TP[@]}"); MQ=$(median "${TQ[@]}")
RATIO=$(div "$MK" "$ML" '%.2f')
NET_K=$(net "$MK" "$MS_"); NET_L=$(net "$ML" "$MS_"); NET_P=$(net "$MP" "$MQ")

row() { printf '%-48s %9s  %-22s %9s %11s\n' "$@"; }
echo
echo "archivist names benchmark   ($("$SQLITE3" --version | cut -d' ' -f1-2))"
echo "extension: $EXT.so"
echo "names:     $N_ROWS rows in n(x), drawn from $FOUND_N names ($FOUND_DISTINCT distinct) that names()"
echo "           finds in $NFIX fixtures/*.txt, as written 40%, upper case 20%, 'Surname, Given' 20%,"
echo "           with a title in front 20% ($POOL_N distinct spellings of $POOL_BASES names)"
echo "listing:   $TXT  $(div "$TXT_BYTES" 1000000 '%.1f') MB, $RECORDS records;"
echo "           names() reads $(div "$TEXT_BYTES" 1000000 '%.1f') MB of it (title || ' ' || summary)"
echo "runs:      $RUNS of each measurement, interleaved; median seconds; one sqlite3 process per run,"
echo "           timed with date +%s.%N around the process"
echo
echo "1. name_key() against lower()"
echo
row "measurement" "median s" "runs (s)" "count" "names/s"
row "------------------------------------------------" "--------" "----------------------" "--------" "----------"
row "(k) count(name_key(x)), extension loaded" "$MK" "${TK[*]}" "$CNT_K" "$(rps "$N_ROWS" "$MK")"
row "(l) count(lower(x)), SQLite only" "$ML" "${TL[*]}" "$CNT_L" "$(rps "$N_ROWS" "$ML")"
row "(s) count(x), table scan only" "$MS_" "${TS[*]}" "$CNT_S" "$(rps "$N_ROWS" "$MS_")"
echo
echo "ratio k/l:           $RATIO   ((k) $MK s vs (l) $ML s; goal <= 5: $(goal "$RATIO" '<=' 5))"
echo "net of the scan:     (k - s) $NET_K s vs (l - s) $NET_L s, ratio $(div "$NET_K" "$NET_L" '%.1f');"
echo "                     name_key() alone $(rps "$N_ROWS" "$NET_K") names/s"
echo "distinct (untimed):  count(DISTINCT name_key(x)) $DIST_KEY   count(DISTINCT lower(x)) $DIST_LOWER   count(DISTINCT x) $DIST_X"
echo "spellings:           $POOL_SAME of $POOL_N distinct spellings have the key of the name they spell"
[ -z "$POOL_OTHER" ] || printf 'the others (at most 10):\n%s\n' "$POOL_OTHER"
echo
echo "2. names() over the listing, net of the listing parse"
echo
row "measurement" "median s" "runs (s)" "rows" "MB/s"
row "------------------------------------------------" "--------" "----------------------" "--------" "----------"
row "(p) count(*) FROM listing(...) AS l, names(...)" "$MP" "${TP[*]}" "$CNT_P" "$(mbps "$TXT_BYTES" "$MP")"
row "(q) count(*) FROM listing(...)  (parse only)" "$MQ" "${TQ[*]}" "$CNT_Q" "$(mbps "$TXT_BYTES" "$MQ")"
echo
echo "names() net (p - q): $NET_P s for $CNT_P names in $CNT_Q records"
echo "                     $(mbps "$TXT_BYTES" "$NET_P") MB/s of listing, $(mbps "$TEXT_BYTES" "$NET_P") MB/s of the text names() reads,"
echo "                     $(rps "$CNT_Q" "$NET_P") records/s, $(rps "$CNT_P" "$NET_P") names/s"
echo

echo "fixture names: $FOUND_N found, name_key(name) differs from names()'s key for $KEY_DIFF"
if [ "$KEY_DIFF" != 0 ]; then
    echo "KEY MISMATCH: name_key() and names() disagree on $KEY_DIFF fixture names" >&2; MISMATCH=1
fi
if [ "$CNT_L" != "$N_ROWS" ] || [ "$CNT_S" != "$N_ROWS" ]; then
    echo "ROW COUNT MISMATCH: (l) $CNT_L / (s) $CNT_S, n has $N_ROWS rows" >&2; MISMATCH=1
else
    echo "counts (l) = (s) = rows of n: $CNT_S; (k) non-NULL keys: $CNT_K"
fi
if [ "$CNT_Q" != "$RECORDS" ]; then
    echo "ROW COUNT MISMATCH: listing() returned $CNT_Q records, generator wrote $RECORDS" >&2; MISMATCH=1
else
    echo "records (q): $CNT_Q = generator's $RECORDS"
fi
exit "$MISMATCH"
