#!/bin/sh
# check_headings.sh: checks ext/data/people_headings.tsv, the authority headings of the people in
# the name authority (ext/data/people_asia.tsv, people_west.tsv).
#
#   sh tests/check_headings.sh                      the self-test, then the real table
#   sh tests/check_headings.sh HEADINGS PEOPLE...   HEADINGS checked against the authority PEOPLE
#
# A row is `preferred form <TAB> heading`. It fails when
#   - the preferred form is not a person of the authority (column 2 of PEOPLE), or is listed
#     twice (letter case aside, as ext/data/datagen.awk compares keys);
#   - the heading is malformed: it must be name parts and then the dates, joined by ", " (at
#     least one name part, none empty, no space at either end or doubled, parentheses closed),
#     the dates one of "1912-1994", "1950-" (living), "b. 1912", "d. 1994", "fl. 1950" or
#     "fl. 1950-1960", every year four digits from 1800 on;
#   - a year is impossible: death before birth, a life of more than 110 years (an open end
#     counts to this year), a year after this one.
# The self-test runs the check on small tables written below, each with one fault, and fails
# unless every one is rejected for its fault and a good table passes.
# Environment: CHECK_HEADINGS_YEAR (this year, for the tests of open ends and future years).
set -u
cd "$(dirname "$0")/.." || exit 2
year=${CHECK_HEADINGS_YEAR:-$(date +%Y)}

check() { # PEOPLE... HEADINGS: the faults of HEADINGS, one a line; status 1 when there are any
  eval "headings=\${$#}"
  LC_ALL=C awk -F '\t' -v headings="$headings" -v year="$year" '
    function fail(msg) { printf "%s:%d: %s\n", FILENAME, FNR, msg; faults++ }
    function is_year(s) { return s ~ /^[0-9][0-9][0-9][0-9]$/ && s + 0 >= 1800 }
    # The dates part: sets born, died (0 when not known); 0 when malformed.
    function read_dates(s,    r) {
      born = died = 0
      if (s ~ /^[0-9]+-[0-9]+$/) { split(s, r, "-"); born = r[1]; died = r[2] }
      else if (s ~ /^[0-9]+-$/) { born = substr(s, 1, length(s) - 1) }
      else if (s ~ /^b\. [0-9]+$/) { born = substr(s, 4) }
      else if (s ~ /^d\. [0-9]+$/) { died = substr(s, 4) }
      else if (s ~ /^fl\. [0-9]+(-[0-9]+)?$/) {
        split(substr(s, 5), r, "-")
        if (!is_year(r[1]) || (2 in r && !is_year(r[2]))) return 0
        if (2 in r && r[2] + 0 < r[1] + 0) return 0
        return 1
      }
      else return 0
      if (born && !is_year(born)) return 0
      if (died && !is_year(died)) return 0
      return 1
    }
    function balanced(s,    depth, i, c) {
      depth = 0
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "(") depth++
        else if (c == ")" && --depth < 0) return 0
      }
      return depth == 0
    }
    FILENAME != headings {
      if ($0 !~ /^#/ && NF == 2) person[$2] = 1
      next
    }
    /^#/ || /^[ \t\r]*$/ { next }
    {
      if (NF != 2) { fail("expected `preferred form<TAB>heading`, found " NF " fields"); next }
      key = $1; heading = $2
      if (!(key in person)) fail("no person \"" key "\" in the authority")
      folded = tolower(key)
      if (folded in seen) fail("\"" key "\" is listed twice (line " seen[folded] ")")
      else seen[folded] = FNR
      if (heading ~ /\r/ || heading ~ /^ / || heading ~ / $/ || heading ~ /  / ||
          heading ~ /,[^ ]/ || heading ~ / ,/ || heading ~ /,$/) {
        fail("malformed heading \"" heading "\": parts are joined by \", \"")
        next
      }
      n = split(heading, part, ", ")
      if (n < 2) {
        if (read_dates(heading)) fail("malformed heading \"" heading "\": no name before the dates")
        else fail("malformed heading \"" heading "\": no dates")
        next
      }
      for (i = 1; i < n; i++) {
        if (part[i] == "" || part[i] !~ /[A-Za-z\200-\377]/ || !balanced(part[i])) {
          fail("malformed heading \"" heading "\": name part \"" part[i] "\"")
          next
        }
      }
      if (part[1] ~ /^(b|d|fl)\. [0-9]/) {
        fail("malformed heading \"" heading "\": no name before the dates")
        next
      }
      if (!read_dates(part[n])) {
        fail("malformed heading \"" heading "\": dates \"" part[n] "\"")
        next
      }
      if (born && died && died + 0 < born + 0)
        fail("\"" heading "\": death year before the birth year")
      else if (born && died && died - born > 110)
        fail("\"" heading "\": a life of " died - born " years")
      else if (born && !died && part[n] ~ /-$/ && year - born > 110)
        fail("\"" heading "\": living at " year - born)
      if (born + 0 > year || died + 0 > year)
        fail("\"" heading "\": a year after " year)
      rows++
    }
    END {
      if (faults) exit 1
      printf "%s: %d headings, every person in the authority\n", headings, rows
    }
  ' "$@"
}

self_test() { # each table below with one fault must be rejected for it; the good one passes
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  printf '%s\t%s\n' 'Kim Il Sung' 'Kim Il Sung' 'Kim Il-sŏng' 'Kim Il Sung' \
    'Joseph Stalin' 'Joseph Stalin' 'Pope John Paul II' 'Pope John Paul II' \
    'Egon Krenz' 'Egon Krenz' 'Edgar Snow' 'Edgar Snow' 'Lech Wałęsa' 'Lech Wałęsa' \
    'Anna Louise Strong' 'Anna Louise Strong' 'Lai Teck' 'Lai Teck' > "$dir/people.tsv"
  # Edgar Snow and Egon Krenz are left for the faulty rows, which are added to this table.
  good='# a comment
Kim Il Sung	Kim, Il-sŏng, 1912-1994
Joseph Stalin	Stalin, Joseph, 1878-1953

Pope John Paul II	John Paul II, Pope, 1920-2005
Lech Wałęsa	Wałęsa, Lech, 1943-
Anna Louise Strong	Strong, Anna Louise, d. 1970
Lai Teck	Lai Teck, fl. 1934-1947'
  failed=0
  cases=0
  expect() { # FAULT ROW: the good table with ROW added must be rejected with FAULT
    cases=$((cases + 1))
    printf '%s\n%s\n' "$good" "$2" > "$dir/bad.tsv"
    if check "$dir/people.tsv" "$dir/bad.tsv" > "$dir/out"; then
      echo "check_headings self-test: accepted \"$2\" (expected: $1)"
      failed=1
    elif ! grep -q -- "$1" "$dir/out"; then
      echo "check_headings self-test: \"$2\" rejected, but not for \"$1\":"
      cat "$dir/out"
      failed=1
    fi
  }
  tab=$(printf '\t')
  expect 'no person "Nikita Khrushchev"' "Nikita Khrushchev${tab}Khrushchev, Nikita Sergeevich, 1894-1971"
  expect 'no person "Kim Il-sŏng"' "Kim Il-sŏng${tab}Kim, Il-sŏng, 1912-1994"
  expect 'listed twice' "KIM IL SUNG${tab}Kim, Il-sŏng, 1912-1994"
  expect 'found 3 fields' "Joseph Stalin${tab}Stalin, Joseph${tab}1878-1953"
  expect 'found 1 fields' "Joseph Stalin Stalin, Joseph, 1878-1953"
  expect 'no dates' "Edgar Snow${tab}Snow"
  expect 'dates "Edgar"' "Edgar Snow${tab}Snow, Edgar"
  expect 'dates "1912-94"' "Edgar Snow${tab}Snow, Edgar, 1912-94"
  expect 'dates "1905 - 1972"' "Edgar Snow${tab}Snow, Edgar, 1905 - 1972"
  expect 'dates "c. 1905-1972"' "Edgar Snow${tab}Snow, Edgar, c. 1905-1972"
  expect 'dates "1905-1972."' "Edgar Snow${tab}Snow, Edgar, 1905-1972."
  expect 'dates "0905-1972"' "Edgar Snow${tab}Snow, Edgar, 0905-1972"
  expect 'dates "fl. 1970-1930"' "Edgar Snow${tab}Snow, Edgar, fl. 1970-1930"
  expect 'joined by' "Edgar Snow${tab}Snow,Edgar, 1905-1972"
  expect 'joined by' "Edgar Snow${tab}Snow, , 1905-1972"
  expect 'joined by' "Edgar Snow${tab}Snow,  Edgar, 1905-1972"
  expect 'joined by' "Edgar Snow${tab}Snow, Edgar, 1905-1972 "
  expect 'name part "E. (Edgar"' "Edgar Snow${tab}Snow, E. (Edgar, 1905-1972"
  expect 'name part "1905"' "Edgar Snow${tab}Snow, 1905, 1905-1972"
  expect 'no name before the dates' "Edgar Snow${tab}1905-1972"
  expect 'no name before the dates' "Edgar Snow${tab}b. 1905, 1905-1972"
  expect 'death year before the birth year' "Edgar Snow${tab}Snow, Edgar, 1972-1905"
  expect 'a life of 150 years' "Edgar Snow${tab}Snow, Edgar, 1822-1972"
  expect 'living at' "Egon Krenz${tab}Krenz, Egon, $((year - 111))-"
  expect "a year after $year" "Egon Krenz${tab}Krenz, Egon, 1937-$((year + 1))"
  expect "a year after $year" "Egon Krenz${tab}Krenz, Egon, b. $((year + 1))"
  printf '%s\n' "$good" > "$dir/good.tsv"
  if ! check "$dir/people.tsv" "$dir/good.tsv" > "$dir/out"; then
    echo "check_headings self-test: the good table was rejected:"
    cat "$dir/out"
    failed=1
  fi
  [ $failed = 0 ] && echo "check_headings self-test: $cases faulty tables rejected, the good one passes"
  rm -rf "$dir"
  trap - EXIT
  return $failed
}

if [ $# -gt 0 ]; then
  [ $# -ge 2 ] || { echo "usage: check_headings.sh [HEADINGS PEOPLE...]" >&2; exit 2; }
  headings_file=$1
  shift
  check "$@" "$headings_file"
  exit
fi
self_test || exit 1
check ext/data/people_asia.tsv ext/data/people_west.tsv ext/data/people_headings.tsv
