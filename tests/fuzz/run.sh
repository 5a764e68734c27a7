#!/usr/bin/env bash
# run.sh [SECONDS]: build the libFuzzer harnesses of tests/fuzz/ and run each for SECONDS
# (default 60), one after the other.
#
#   fuzz_listing  the listing scanner over text             dict/listing.dict  -max_len 65536
#   fuzz_html     html_read_page(), then the listing scanner dict/html.dict    -max_len 65536
#   fuzz_dates    arch_date_parse() and the date scanner     dict/dates.dict    -max_len 256
#   fuzz_dates_readers  EDTF and East Asian date readers     dict/dates_readers.dict -max_len 256
#   fuzz_sql      every SQL function through SQLite          dates + listing +  -max_len 4096
#                                                            dict/sql.dict
#   fuzz_ris      the RIS reader (ris_next(), RIS dates)     dict/ris.dict      -max_len 65536
#   fuzz_names    the name scanner (with a context) and the  dict/names.dict    -max_len 4096
#                 search tokenizer
#
# Everything goes under build/fuzz/: the binaries, corpus/NAME/ (seeded from fixtures/,
# tests/sql/date_forms.sql and the minimized corpus kept in tests/fuzz/corpus/NAME/, then grown
# by libFuzzer and kept from run to run), NAME.log (the
# fuzzer's output) and crashes/NAME/ (crash-*, leak-*, timeout-*, oom-* reproducers). Rerun one
# with build/fuzz/NAME build/fuzz/crashes/NAME/crash-...
#
# Prints, per harness, the executions, the final coverage ("cov:" of the last status line) and
# whether it crashed; exits non-zero when one did (or did not build).
#
# Environment: CLANG (default /usr/bin/clang), FUZZ_ONLY="dates sql" to run some of them,
# FUZZ_JOBS=N to run each harness with N worker processes (-fork=N; default 1), FUZZ_PURE_SRC
# for the cores linked into fuzz_listing, fuzz_html and fuzz_dates.
set -eu

secs=${1:-60}
case $secs in ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2;; esac

cd "$(dirname "$0")/../.."
clang=${CLANG:-/usr/bin/clang}
out=build/fuzz
harnesses=${FUZZ_ONLY:-listing html dates dates_readers sql ris names}
jobs=${FUZZ_JOBS:-1}

# ---------------------------------------------------------------- what the Makefile builds
# fuzz_sql links what the extension links: CORE_SRC, GLUE_SRC, GEN_C and EXT_LIBS, read from
# the Makefile so that new sources and libraries are picked up (today's values otherwise).
mkvar() {
  make -s --no-print-directory -f Makefile -f <(printf 'fuzz-print-%%:\n\t@echo $(%s)\n' '$*') \
    "fuzz-print-$1" 2>/dev/null || true
}
core_src=$(mkvar CORE_SRC)
core_src=${core_src:-ext/text.c ext/dates.c ext/listing.c ext/html.c ext/names.c ext/tokenize.c}
# The harnesses of the pure cores link the cores (and tests/alloc_libc.c), no SQLite.
pure_src=${FUZZ_PURE_SRC:-$core_src}
glue_src=$(mkvar GLUE_SRC)
glue_src=${glue_src:-ext/archivist.c ext/alloc_sql.c ext/text_sql.c ext/listing_vtab.c \
ext/dates_sql.c ext/dates_vtab.c ext/names_sql.c ext/names_vtab.c ext/tokenizer_sql.c}
data_c=$(mkvar GEN_C);       data_c=${data_c:-build/gen/archivist_data.c build/gen/authority_data.c}
xml_cflags=$(mkvar XML_CFLAGS); xml_cflags=${xml_cflags:--I/usr/include/libxml2}
ext_libs=$(mkvar EXT_LIBS);  ext_libs=${ext_libs:--lxml2 -lutf8proc -lstemmer}

# shellcheck disable=SC2086  # two files
make -s $data_c     # the generated tables and name authority

mkdir -p "$out"
cflags="-std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined
        -fno-sanitize-recover=undefined -Wall -Wextra -Wno-unused-parameter
        -Iext -Ibuild/gen $xml_cflags"

build() { # NAME: build build/fuzz/fuzz_NAME
  local name=$1 src extra=""
  case $name in
    sql) src="-DSQLITE_CORE $core_src $data_c $glue_src"; extra="-lsqlite3";;
    *)   src="$pure_src $data_c tests/alloc_libc.c";;
  esac
  # shellcheck disable=SC2086
  "$clang" $cflags -o "$out/fuzz_$name" "tests/fuzz/fuzz_$name.c" $src $ext_libs $extra
}

# ---------------------------------------------------------------- seeds
date_values() { # the quoted values of tests/sql/date_forms.sql, then a hand-made list
  sed -n '/INSERT INTO forms/,/;$/p' tests/sql/date_forms.sql \
    | grep -o "('\([^']\|''\)*')" | sed "s/^('//; s/')\$//; s/''/'/g"
  cat <<'EOF'
Political Report No. 8 for the Period of 1 December to 31 December 1953
Telegram No. 1954 from Beijing, 3 March 1954
Minutes of the meeting of 17-18 June 1961 and of 2 July 1961
1st Secretary's report, October 1963 (circa 1956?)
Spring–Summer 1957
1956-12/1957-02
../1959
1963-10-08/1963-10-10
[1963-08-10,1963-10-08]
196X
18XX
1957-24
1963-10-XX
August 1945 – September 1945
12 марта 1945 г.
1963年10月8日から1963年10月10日
Tuesday 8 October 1963
late 19th century
the first third of 1958
Novemb
Oct. 8, 19
EOF
}

seed_corpus() { # NAME: write the seeds into build/fuzz/corpus/NAME/seed-*
  local name=$1 dir=$out/corpus/$1 f v n i k b types sep=$'\377'
  local -a fx vals
  mkdir -p "$dir"
  case $name in
    listing|html)
      for f in fixtures/*.txt fixtures/*.html; do cp "$f" "$dir/seed-${f##*/}"; done
      ;;
    ris)
      for f in fixtures/*.ris; do cp "$f" "$dir/seed-${f##*/}"; done
      ;;
    names)
      # the titles and summaries of the fixtures, each with the line after it as its context
      mapfile -t vals < <(sed 's/^[[:space:]]*//' fixtures/*.txt | grep -v '^$')
      for ((i = 0; i + 1 < ${#vals[@]}; i++)); do
        printf '%s\000%s' "${vals[$i]}" "${vals[$((i + 1))]}" > "$dir/seed-$i"
      done
      ;;
    dates)
      # date forms, then the lines of the fixtures (titles and summaries: dates in free text)
      k=0
      while IFS= read -r v; do
        k=$((k + 1))
        if [ -n "$v" ] && [ "${#v}" -le 256 ]; then printf '%s' "$v" > "$dir/seed-$k"; fi
      done < <(date_values; sed 's/^[[:space:]]*//' fixtures/*.txt | sort -u)
      ;;
    sql)
      # byte 0 picks the call, byte 1 the argument types (0: all TEXT); arguments split on \377.
      # The harness prints how many calls it has.
      mkdir -p "$out/empty"
      n=$("$out/fuzz_sql" -runs=0 "$out/empty" 2>&1 \
            | sed -n 's/^fuzz_sql: \([0-9][0-9]*\) calls.*/\1/p' | head -1)
      n=${n:-48}
      for f in fixtures/*.txt fixtures/*.html; do fx+=("$(head -c 3000 "$f")"); done
      mapfile -t vals < <(date_values | head -24)
      for ((i = 0; i < n; i++)); do
        b=$(printf '\\%03o' "$i")
        k=0
        for v in "${fx[@]}"; do
          k=$((k + 1))
          printf "$b\\000%s" "$v${sep}1960-01-01${sep}1965-12-31" > "$dir/seed-$i-page-$k"
        done
        for types in 000 125 252 377; do   # TEXT, BLOB, numbers, NULL
          printf "$b\\$types%s" "October 8, 1963${sep}1956-1967${sep}1963-10-08" \
            > "$dir/seed-$i-$types-a"
          printf "$b\\$types%s" "1963${sep}1960s${sep}1963.5" > "$dir/seed-$i-$types-b"
          printf "$b\\$types%s" "Ambassador Puzanov met Kim Il Sung${sep}Kim Il-sŏng${sep}russian" \
            > "$dir/seed-$i-$types-c"
        done
        k=0
        for v in "${vals[@]}"; do
          k=$((k + 1))
          printf "$b\\000%s" "$v${sep}$v${sep}circa 1960" > "$dir/seed-$i-date-$k"
        done
      done
      ;;
  esac
  # The corpus kept in the repository: what earlier long runs found, minimized.
  if [ -d "tests/fuzz/corpus/$name" ]; then
    for f in "tests/fuzz/corpus/$name"/*; do
      if [ -f "$f" ]; then cp "$f" "$dir/kept-${f##*/}"; fi
    done
  fi
}

# ---------------------------------------------------------------- run
dict_for() {
  case $1 in
    sql)
      cat tests/fuzz/dict/dates.dict tests/fuzz/dict/listing.dict tests/fuzz/dict/sql.dict \
        > "$out/sql.dict"
      echo "$out/sql.dict";;
    *) echo "tests/fuzz/dict/$1.dict";;
  esac
}
max_len_for() {
  case $1 in listing|html|ris) echo 65536;; dates|dates_readers) echo 256;; sql|names) echo 4096;; esac
}

status=0
summary=""
for name in $harnesses; do
  echo "== fuzz_$name: building"
  if ! build "$name"; then
    summary+=$(printf '%-13s %12s  %-26s %s' "fuzz_$name" "-" "-" "BUILD FAILED")$'\n'
    status=1
    continue
  fi
  seed_corpus "$name"
  crashes=$out/crashes/$name
  mkdir -p "$crashes"
  before=$(ls "$crashes" | wc -l)
  log=$out/$name.log
  fork=""
  [ "$jobs" -gt 1 ] && fork="-fork=$jobs -ignore_crashes=0"
  echo "== fuzz_$name: fuzzing for ${secs}s ($(ls "$out/corpus/$name" | wc -l) corpus files)"
  rc=0
  # shellcheck disable=SC2086
  "$out/fuzz_$name" -max_total_time="$secs" -dict="$(dict_for "$name")" \
    -max_len="$(max_len_for "$name")" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" $fork "$out/corpus/$name" > "$log" 2>&1 || rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  cov=$(grep 'cov: ' "$log" | tail -1 | grep -o 'cov: [0-9]* ft: [0-9]*' || true)
  [ -n "$cov" ] || cov="- (no status line yet)"
  after=$(ls "$crashes" | wc -l)
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    status=1
    new=$(ls -t "$crashes" | head -n $((after - before > 0 ? after - before : 1)) | tr '\n' ' ')
    verdict="CRASH (exit $rc) $crashes/: $new; see $log"
    grep -m3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*invariant failed|fuzz_sql: cannot)' \
      "$log" \
      | sed 's/^/    /' || true
  else
    verdict="no crash"
  fi
  summary+=$(printf '%-13s %12s  %-26s %s' "fuzz_$name" "${execs:-?}" "${cov:-?}" "$verdict")$'\n'
done

echo
printf '%-13s %12s  %-26s %s\n' harness executions coverage result
printf '%s' "$summary"
exit $status
