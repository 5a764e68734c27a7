# common.sh: what the benchmark scripts share. A script sets BENCH (its name, for messages) and
# sources this file. Functions set globals rather than print, so that they can be called
# without a subshell.
# shellcheck shell=bash
# shellcheck disable=SC2034  # OUT, SECS, MS and CNT are results for the caller

usage() { echo "usage: $0 EXT_PATH WORKDIR   (EXT_PATH without .so)" >&2; exit 2; }
die() { echo "$BENCH: error: $*" >&2; exit 2; }

# timed CMD...: run CMD; sets OUT (its stdout), SECS (wall-clock seconds, 3 decimals) and CPU
# (the user and system seconds of CMD and its children: on a machine shared with other work,
# the steadier of the two).
timed() {
    local t0 t1 c0 c1
    c0=$(cpu_children)
    t0=$(date +%s.%N)
    if ! OUT=$("$@"); then
        echo "$BENCH: error: command failed: $*" >&2
        exit 2
    fi
    t1=$(date +%s.%N)
    c1=$(cpu_children)
    SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    CPU=$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.3f", b - a }')
}
# cpu_children: user + system seconds of the shell's waited-for children and their own so far
# (/proc/$$/stat: cutime and cstime, in clock ticks), or 0 where there is no /proc.
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_children() {
    local stat
    if [ -r "/proc/$$/stat" ]; then
        stat=$(cat "/proc/$$/stat")
        stat=${stat##*) }          # the fields after "(comm) ", comm may hold spaces
        awk -v l="$stat" -v hz="$CLK_TCK" 'BEGIN { split(l, f, " "); printf "%.3f", (f[14] + f[15]) / hz }'
    else
        echo 0
    fi
}

# median X...: printed with MEDIAN_FMT (default %.3f).
median() { printf '%s\n' "$@" | sort -g | awk -v f="${MEDIAN_FMT:-%.3f}" '{ v[NR] = $1 }
    END { if (NR % 2) printf f, v[(NR + 1) / 2]; else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (b > 0) printf f, a / b; else printf "-" }'; }
rps() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else printf "n/a" }'; }
# goal VALUE OP LIMIT: "met" or "NOT met" (OP is <= or >=)
goal() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN {
    if (v == "-") { print "n/a"; exit }
    ok = (op == "<=") ? (v + 0 <= g + 0) : (v + 0 >= g + 0)
    print (ok ? "met" : "NOT met") }'; }
# fmt_list X...: the values with FMT_LIST (default %.4f), space-separated
# shellcheck disable=SC2059  # the format is ours
fmt_list() { local x out=; for x in "$@"; do out+="$(printf "${FMT_LIST:-%.4f}" "$x") "; done; printf '%s' "${out% }"; }

note_val() {  # note_val VAR VALUE LABEL: remember the first value; flag any change between runs
    local prev=${!1}
    if [ -z "$prev" ]; then printf -v "$1" '%s' "$2"
    elif [ "$prev" != "$2" ]; then
        echo "$BENCH: $3 gave $2 on one run and $prev on another" >&2; MISMATCH=1
    fi
}

# query_ms DB QUERY REPS: one sqlite3 process (the extension loaded with $LOAD) runs QUERY once
# (warm-up), then three `.system date` stamps, then QUERY REPS times, then a last stamp. The
# results go to $RES, the stamps to stdout; $SQL is the scratch script. Sets MS (milliseconds
# per query: the REPS block less the smaller empty stamp-to-stamp gap, divided by REPS) and CNT
# (the count, checked to be the same on every repetition).
query_ms() {
    local db=$1 q=$2 reps=$3 stamps n
    {
        echo ".bail on"
        echo "$LOAD"
        echo ".output '$RES'"
        echo "$q"
        echo ".system date +%s.%N"
        echo ".system date +%s.%N"
        echo ".system date +%s.%N"
        for ((n = 0; n < reps; n++)); do echo "$q"; done
        echo ".system date +%s.%N"
    } > "$SQL"
    rm -f -- "$RES"
    stamps=$("$SQLITE3" -batch -bail "$db" < "$SQL") || { echo "$BENCH: error: query failed: $q" >&2; exit 2; }
    MS=$(printf '%s\n' "$stamps" | awk -v r="$reps" '{ t[NR] = $1 }
        END { if (NR != 4) exit 1
              o = t[2] - t[1]; if (t[3] - t[2] < o) o = t[3] - t[2]
              printf "%.4f", (t[4] - t[3] - o) * 1000 / r }') ||
        die "expected 4 time stamps from .system date, got: $stamps"
    n=$(sort -u -- "$RES" | wc -l | tr -d ' ')
    [ "$n" = 1 ] || { echo "$BENCH: error: repetitions of one query gave different results: $q" >&2; MISMATCH=1; }
    CNT=$(head -n 1 -- "$RES")
    [ "$(wc -l < "$RES" | tr -d ' ')" = $((reps + 1)) ] ||
        echo "$BENCH: warning: expected $((reps + 1)) result lines for: $q" >&2
}

# docs_db CSV DB: a fresh DB (journal off) holding docs(id, date_text, title, summary), the rows
# of gen_docs.py's CSV, an empty summary made NULL: the source of bench_fts.sh and
# bench_catalog.sh. Needs SQLITE3 and rm_db.
docs_db() {
    rm_db "$2"
    "$SQLITE3" -bail "$2" >/dev/null <<EOF || die "building $2 failed"
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE docs(id INTEGER PRIMARY KEY, date_text TEXT, title TEXT NOT NULL, summary TEXT);
.import --csv --skip 1 '$1' docs
UPDATE docs SET summary = NULL WHERE summary = '';
EOF
}
