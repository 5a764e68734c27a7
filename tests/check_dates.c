/*
** check_dates.c: unit tests for the date core, ext/dates*.c (day numbers, date lines, cut-off
** date lines, every date form of README.md, the fast path against the general parser, the
** free-text scanner, and robustness on large and random input).
**
** Expected values are written by hand from dates.h and README.md's "Archival dates": day 1 is
** 0001-01-01 in the proleptic Gregorian calendar. Tests that fail against the documentation are
** kept, switched off by #if 0 with a "FAILS:" comment giving the reason, near the end of the file.
*/
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* ---------------------------------------------------------------- calendar arithmetic */

static int is_leap(int y){
  return (y%4==0 && y%100!=0) || y%400==0;
}

/* Walk every day from 0001-01-01 to 9999-12-31 with a counter of our own. */
START_TEST(test_round_trip_every_day)
{
  static const int aLen[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  int32_t expect = 1;
  int y, m, d;
  for(y=1; y<=9999; y++){
    for(m=1; m<=12; m++){
      int nDay = aLen[m-1] + (m==2 && is_leap(y));
      for(d=1; d<=nDay; d++){
        int32_t day = arch_days_from_civil(y, m, d);
        int y2 = 0, m2 = 0, d2 = 0;
        if( day!=expect ){
          ck_abort_msg("days_from_civil(%d,%d,%d) = %d, want %d", y, m, d, (int)day,
                       (int)expect);
        }
        arch_civil_from_days(expect, &y2, &m2, &d2);
        if( y2!=y || m2!=m || d2!=d ){
          ck_abort_msg("civil_from_days(%d) = %d-%d-%d, want %d-%d-%d", (int)expect,
                       y2, m2, d2, y, m, d);
        }
        expect++;
      }
    }
  }
  /* 9999 years hold 3,652,059 days */
  ck_assert_int_eq(expect - 1, 3652059);
}
END_TEST

START_TEST(test_anchors)
{
  int y, m, d;
  ck_assert_int_eq(arch_days_from_civil(1, 1, 1), 1);
  ck_assert_int_eq(arch_days_from_civil(1, 1, 2), 2);
  ck_assert_int_eq(arch_days_from_civil(1, 12, 31), 365);
  ck_assert_int_eq(arch_days_from_civil(2, 1, 1), 366);
  /* 1969 whole years of 365 days plus 477 leap days (492 - 19 + 4) */
  ck_assert_int_eq(arch_days_from_civil(1970, 1, 1), 1969*365 + 477 + 1);
  ck_assert_int_eq(arch_days_from_civil(1970, 1, 1), 719163);
  ck_assert_int_eq(arch_days_from_civil(2000, 1, 1), 719163 + 30*365 + 7);
  ck_assert_int_eq(arch_days_from_civil(2000, 2, 29), 719163 + 30*365 + 7 + 31 + 28);
  ck_assert_int_eq(arch_days_from_civil(2000, 2, 29), 730179);
  ck_assert_int_eq(arch_days_from_civil(2000, 3, 1), 730180);
  ck_assert_int_eq(arch_days_from_civil(1900, 3, 1) - arch_days_from_civil(1900, 2, 28), 1);
  ck_assert_int_eq(arch_days_from_civil(9999, 12, 31), 3652059);

  arch_civil_from_days(1, &y, &m, &d);
  ck_assert(y==1 && m==1 && d==1);
  arch_civil_from_days(719163, &y, &m, &d);
  ck_assert(y==1970 && m==1 && d==1);
  arch_civil_from_days(730179, &y, &m, &d);
  ck_assert(y==2000 && m==2 && d==29);
  arch_civil_from_days(3652059, &y, &m, &d);
  ck_assert(y==9999 && m==12 && d==31);
}
END_TEST

START_TEST(test_days_in_month)
{
  ck_assert_int_eq(arch_days_in_month(1900, 2), 28);
  ck_assert_int_eq(arch_days_in_month(2000, 2), 29);
  ck_assert_int_eq(arch_days_in_month(1960, 2), 29);
  ck_assert_int_eq(arch_days_in_month(1961, 2), 28);
  ck_assert_int_eq(arch_days_in_month(2100, 2), 28);
  ck_assert_int_eq(arch_days_in_month(2400, 2), 29);
  ck_assert_int_eq(arch_days_in_month(4, 2), 29);
  ck_assert_int_eq(arch_days_in_month(1, 2), 28);
  ck_assert_int_eq(arch_days_in_month(1963, 1), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 3), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 4), 30);
  ck_assert_int_eq(arch_days_in_month(1963, 5), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 6), 30);
  ck_assert_int_eq(arch_days_in_month(1963, 7), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 8), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 9), 30);
  ck_assert_int_eq(arch_days_in_month(1963, 10), 31);
  ck_assert_int_eq(arch_days_in_month(1963, 11), 30);
  ck_assert_int_eq(arch_days_in_month(1963, 12), 31);
  ck_assert_int_eq(arch_days_in_month(1960, 3), 31);
}
END_TEST

START_TEST(test_date_iso)
{
  char buf[11];
  memset(buf, 'x', sizeof(buf));
  ck_assert_int_eq(arch_date_iso(1, buf), 10);
  ck_assert_str_eq(buf, "0001-01-01");
  ck_assert_int_eq(arch_date_iso(365, buf), 10);
  ck_assert_str_eq(buf, "0001-12-31");
  ck_assert_int_eq(arch_date_iso(719163, buf), 10);
  ck_assert_str_eq(buf, "1970-01-01");
  ck_assert_int_eq(arch_date_iso(730179, buf), 10);
  ck_assert_str_eq(buf, "2000-02-29");
  ck_assert_int_eq(arch_date_iso(arch_days_from_civil(1963, 10, 8), buf), 10);
  ck_assert_str_eq(buf, "1963-10-08");
  ck_assert_int_eq(arch_date_iso(3652059, buf), 10);
  ck_assert_str_eq(buf, "9999-12-31");
  ck_assert_int_eq(buf[10], 0);
}
END_TEST

/* ---------------------------------------------------------------- arch_date_parse */

static void expect_date(const char *z, size_t n, const char *zFirst, const char *zLast,
                        ArchDatePrecision prec){
  ArchDate d;
  ArchDateResult r;
  char a[11], b[11];
  d.first = d.last = -7;
  d.precision = (ArchDatePrecision)0;
  r = arch_date_parse(z, n, &d);
  ck_assert_msg(r==ARCH_DATE_FOUND, "[%.*s]: result %d, want FOUND", (int)n, z, (int)r);
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  ck_assert_msg(strcmp(a, zFirst)==0 && strcmp(b, zLast)==0,
                "[%.*s]: range %s..%s, want %s..%s", (int)n, z, a, b, zFirst, zLast);
  ck_assert_msg(d.precision==prec, "[%.*s]: precision %d, want %d", (int)n, z,
                (int)d.precision, (int)prec);
}

static void expect_result(const char *z, size_t n, ArchDateResult want){
  ArchDate d;
  ArchDateResult r;
  memset(&d, 0, sizeof(d));
  r = arch_date_parse(z, n, &d);
  ck_assert_msg(r==want, "[%.*s]: result %d, want %d", (int)n, z, (int)r, (int)want);
}

START_TEST(test_parse_day_forms)
{
  expect_date(LIT("October 8, 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("October 02, 1959"), "1959-10-02", "1959-10-02", ARCH_DATE_DAY);
  expect_date(LIT("Oct. 8, 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("Sept. 8, 1961"), "1961-09-08", "1961-09-08", ARCH_DATE_DAY);
  expect_date(LIT("8 October 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("OCTOBER 8, 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("october 8, 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("March 02, 1953"), "1953-03-02", "1953-03-02", ARCH_DATE_DAY);
  expect_date(LIT("May 4, 1961"), "1961-05-04", "1961-05-04", ARCH_DATE_DAY);
  expect_date(LIT("Jan. 31, 1950"), "1950-01-31", "1950-01-31", ARCH_DATE_DAY);
  expect_date(LIT("December 31, 1999"), "1999-12-31", "1999-12-31", ARCH_DATE_DAY);
  expect_date(LIT("February 29, 1960"), "1960-02-29", "1960-02-29", ARCH_DATE_DAY);
  expect_date(LIT("February 29, 2000"), "2000-02-29", "2000-02-29", ARCH_DATE_DAY);
  expect_date(LIT("30 April 1961"), "1961-04-30", "1961-04-30", ARCH_DATE_DAY);
  /* the comma between day and year is optional */
  expect_date(LIT("October 8 1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
}
END_TEST

START_TEST(test_parse_month_year_forms)
{
  expect_date(LIT("September 1959"), "1959-09-01", "1959-09-30", ARCH_DATE_MONTH);
  expect_date(LIT("January 1966"), "1966-01-01", "1966-01-31", ARCH_DATE_MONTH);
  expect_date(LIT("July 1957"), "1957-07-01", "1957-07-31", ARCH_DATE_MONTH);
  expect_date(LIT("February 1960"), "1960-02-01", "1960-02-29", ARCH_DATE_MONTH);
  expect_date(LIT("February 1900"), "1900-02-01", "1900-02-28", ARCH_DATE_MONTH);
  expect_date(LIT("Dec. 1941"), "1941-12-01", "1941-12-31", ARCH_DATE_MONTH);
  expect_date(LIT("1961"), "1961-01-01", "1961-12-31", ARCH_DATE_YEAR);
  expect_date(LIT("1955"), "1955-01-01", "1955-12-31", ARCH_DATE_YEAR);
  expect_date(LIT("2000"), "2000-01-01", "2000-12-31", ARCH_DATE_YEAR);
}
END_TEST

START_TEST(test_parse_white_space)
{
  expect_date(LIT("  October 8, 1963 \t\r\n"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("\xC2\xA0October\xC2\xA0" "8,\xC2\xA0" "1963\xC2\xA0"),
              "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("October  8 ,  1963"), "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
  expect_date(LIT("\xEF\xBB\xBF" "1961"), "1961-01-01", "1961-12-31", ARCH_DATE_YEAR);
  expect_date(LIT("\tSeptember\xE2\x80\xAF" "1959\xE3\x80\x80"), "1959-09-01", "1959-09-30",
              ARCH_DATE_MONTH);
  /* only n bytes are read */
  expect_date("October 8, 1963, Moscow", 15, "1963-10-08", "1963-10-08", ARCH_DATE_DAY);
}
END_TEST

START_TEST(test_parse_undated)
{
  expect_result(LIT("Date unknown"), ARCH_DATE_UNDATED);
  expect_result(LIT("DATE UNKNOWN"), ARCH_DATE_UNDATED);
  expect_result(LIT("date Unknown"), ARCH_DATE_UNDATED);
  expect_result(LIT("undated"), ARCH_DATE_UNDATED);
  expect_result(LIT("Undated"), ARCH_DATE_UNDATED);
  expect_result(LIT("UNDATED"), ARCH_DATE_UNDATED);
  expect_result(LIT("n.d."), ARCH_DATE_UNDATED);
  expect_result(LIT("N.D."), ARCH_DATE_UNDATED);
  expect_result(LIT("[no date]"), ARCH_DATE_UNDATED);
  expect_result(LIT("[No Date]"), ARCH_DATE_UNDATED);
  expect_result(LIT("No date"), ARCH_DATE_UNDATED);
  expect_result(LIT("  Date unknown \r\n"), ARCH_DATE_UNDATED);
  expect_result(LIT("\xC2\xA0undated\xC2\xA0"), ARCH_DATE_UNDATED);
}
END_TEST

START_TEST(test_parse_not_a_date)
{
  expect_result(LIT("February 30, 1963"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("February 29, 1957"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("February 29, 1900"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("31 April 1961"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("April 31, 1961"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("32 May 1950"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("May 32, 1950"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("October 0, 1963"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("Octember 8, 1963"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("October 8"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("October"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("63"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("Report of October 8, 1963"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("October 8, 1963, Moscow"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("Cable from the Embassy in Hanoi"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("Date unknown, probably Moscow"), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT(""), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("   "), ARCH_DATE_NOT_A_DATE);
  expect_result(LIT("\xC2\xA0\t"), ARCH_DATE_NOT_A_DATE);
}
END_TEST

/* ---------------------------------------------------------------- arch_date_is_cut_prefix */

static void expect_cut(const char *z, size_t n, int want){
  int got = arch_date_is_cut_prefix(z, n);
  ck_assert_msg((got!=0)==want, "cut_prefix([%.*s]) = %d, want %d", (int)n, z, got, want);
}

START_TEST(test_cut_prefix_true)
{
  expect_cut(LIT("Novemb"), 1);
  expect_cut(LIT("November"), 1);
  expect_cut(LIT("Nov."), 1);
  expect_cut(LIT("November 2"), 1);
  expect_cut(LIT("November 20,"), 1);
  expect_cut(LIT("November 20, 19"), 1);
  expect_cut(LIT("Oct. 8, 19"), 1);
  expect_cut(LIT("8 Oct"), 1);
  expect_cut(LIT("19"), 1);
  expect_cut(LIT("Date unkn"), 1);
  expect_cut(LIT("Novemb\n"), 1);
  expect_cut(LIT("  Novemb  "), 1);
}
END_TEST

START_TEST(test_cut_prefix_false)
{
  expect_cut(LIT("November 20, 1948"), 0);
  expect_cut(LIT("1961"), 0);
  expect_cut(LIT("September 1959"), 0);
  expect_cut(LIT("Date unknown"), 0);
  expect_cut(LIT("Report"), 0);
  expect_cut(LIT("Dr."), 0);
  expect_cut(LIT("May Day Parade in Pyongyang"), 0);
  expect_cut(LIT("Telegram from"), 0);
  expect_cut(LIT("Cable from the Emb"), 0);
  expect_cut(LIT(""), 0);
  expect_cut(LIT("   "), 0);
}
END_TEST

/* ================================================================ the forms of README.md
**
** Every form in README.md's "Archival dates" list, with the range, EDTF, precision and flags
** written by hand from the README (and dates.h for the EDTF of the forms README does not spell
** out). A row with zStart NULL is not a date (precision NOT_DATE) or an explicit "no date"
** (precision NO_DATE).
*/

#define NOT_DATE 0
#define NO_DATE  (-1)

#define P_DAY     ARCH_DATE_DAY
#define P_MONTH   ARCH_DATE_MONTH
#define P_SEASON  ARCH_DATE_SEASON
#define P_YEAR    ARCH_DATE_YEAR
#define P_DECADE  ARCH_DATE_DECADE
#define P_CENTURY ARCH_DATE_CENTURY
#define P_RANGE   ARCH_DATE_RANGE

#define F_APPROX    ARCH_DATE_APPROXIMATE
#define F_UNCERTAIN ARCH_DATE_UNCERTAIN
#define F_INFERRED  ARCH_DATE_INFERRED
#define F_AMBIGUOUS ARCH_DATE_AMBIGUOUS
#define F_CENTURY   ARCH_DATE_ASSUMED_CENTURY
#define F_UNSPEC    ARCH_DATE_UNSPECIFIED
#define F_OPEN_S    ARCH_DATE_OPEN_START
#define F_OPEN_E    ARCH_DATE_OPEN_END
#define F_ONE_OF    ARCH_DATE_ONE_OF

typedef struct DateCase {
  const char *zIn;
  const char *zStart;      /* first day, YYYY-MM-DD; NULL when not a date */
  const char *zEnd;        /* last day */
  const char *zEdtf;       /* arch_date_edtf() */
  int precision;           /* ArchDatePrecision, or NOT_DATE / NO_DATE */
  unsigned flags;          /* the exact set of flag bits */
} DateCase;

#define NOT_A_DATE_ROW(x) {x, 0, 0, 0, NOT_DATE, 0}
#define NO_DATE_ROW(x)    {x, 0, 0, 0, NO_DATE, 0}

static const DateCase aFormCase[] = {
  /* ---- English */
  {"October 8, 1963",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"Oct. 8, 1963",             "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"Sept. 8, 1961",            "1961-09-08", "1961-09-08", "1961-09-08", P_DAY, 0},
  {"8 October 1963",           "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8th of October, 1963",     "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"October 8th, 1963",        "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"OCTOBER 8, 1963",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"Tuesday, October 8, 1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8-Oct-1963",               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"August 28th 1954",         "1954-08-28", "1954-08-28", "1954-08-28", P_DAY, 0},
  {"8 OCT 63",                 "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, F_CENTURY},
  {"September 1959",           "1959-09-01", "1959-09-30", "1959-09", P_MONTH, 0},
  {"February 1960",            "1960-02-01", "1960-02-29", "1960-02", P_MONTH, 0},
  /* ---- numeric */
  {"1963-10-08",               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"1963-10",                  "1963-10-01", "1963-10-31", "1963-10", P_MONTH, 0},
  {"1963",                     "1963-01-01", "1963-12-31", "1963", P_YEAR, 0},
  {"19631008",                 "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"1963.10.08",               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"1963/10/08",               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8.10.1963",                "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"08.10.63",                 "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, F_CENTURY},
  {"00.10.1963",               "1963-10-01", "1963-10-31", "1963-10"   , P_MONTH, F_UNSPEC},
  {"1963-10-00",               "1963-10-01", "1963-10-31", "1963-10"   , P_MONTH, F_UNSPEC},
  {"13/10/1963",               "1963-10-13", "1963-10-13", "1963-10-13", P_DAY, 0},
  {"10/13/1963",               "1963-10-13", "1963-10-13", "1963-10-13", P_DAY, 0},
  {"08/10/1963", "1963-08-10", "1963-10-08", "[1963-08-10,1963-10-08]", P_RANGE,
                 F_AMBIGUOUS|F_ONE_OF},
  {"8.X.1963",                 "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8 X 1963",                 "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8-X-63",                   "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, F_CENTURY},
  /* ---- imprecise */
  {"1960s",                    "1960-01-01", "1969-12-31", "196X", P_DECADE, 0},
  {"the 1960s",                "1960-01-01", "1969-12-31", "196X", P_DECADE, 0},
  {"'60s",                     "1960-01-01", "1969-12-31", "196X", P_DECADE, F_CENTURY},
  {"\xE2\x80\x99" "60s",       "1960-01-01", "1969-12-31", "196X", P_DECADE, F_CENTURY},
  {"early 1960s",              "1960-01-01", "1963-12-31", "1960/1963", P_RANGE, 0},
  {"mid 1960s",                "1963-01-01", "1966-12-31", "1963/1966", P_RANGE, 0},
  {"late 1960s",               "1966-01-01", "1969-12-31", "1966/1969", P_RANGE, 0},
  {"circa 1956",               "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"c. 1956",                  "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"ca. 1956",                 "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"c1956",                    "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"1956?",                    "1956-01-01", "1956-12-31", "1956?", P_YEAR, F_UNCERTAIN},
  {"[1956]",                   "1956-01-01", "1956-12-31", "1956", P_YEAR, F_INFERRED},
  {"[195-]",                   "1950-01-01", "1959-12-31", "195X", P_DECADE, F_INFERRED},
  {"[195-?]",    "1950-01-01", "1959-12-31", "195X?", P_DECADE, F_INFERRED|F_UNCERTAIN},
  {"early October 1963", "1963-10-01", "1963-10-10", "1963-10-01/1963-10-10", P_RANGE, 0},
  {"mid October 1963",   "1963-10-11", "1963-10-20", "1963-10-11/1963-10-20", P_RANGE, 0},
  {"late October 1963",  "1963-10-21", "1963-10-31", "1963-10-21/1963-10-31", P_RANGE, 0},
  {"early 1963",               "1963-01-01", "1963-04-30", "1963-37", P_SEASON, 0},
  {"mid 1963",                 "1963-05-01", "1963-08-31", "1963-38", P_SEASON, 0},
  {"late 1963",                "1963-09-01", "1963-12-31", "1963-39", P_SEASON, 0},
  {"Spring 1957",              "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"Summer 1957",              "1957-06-01", "1957-08-31", "1957-22", P_SEASON, 0},
  {"Autumn 1957",              "1957-09-01", "1957-11-30", "1957-23", P_SEASON, 0},
  {"Fall 1957",                "1957-09-01", "1957-11-30", "1957-23", P_SEASON, 0},
  {"Winter 1956/57",           "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
  {"Winter 1959/60",           "1959-12-01", "1960-02-29", "1959-12/1960-02", P_SEASON, 0},
  {"first half of 1957",       "1957-01-01", "1957-06-30", "1957-40", P_SEASON, 0},
  {"second half of 1957",      "1957-07-01", "1957-12-31", "1957-41", P_SEASON, 0},
  {"third quarter of 1957",    "1957-07-01", "1957-09-30", "1957-35", P_SEASON, 0},
  {"Q3 1957",                  "1957-07-01", "1957-09-30", "1957-35", P_SEASON, 0},
  {"Q1 1957",                  "1957-01-01", "1957-03-31", "1957-33", P_SEASON, 0},
  {"19th century",             "1800-01-01", "1899-12-31", "18XX", P_CENTURY, 0},
  {"20th century",             "1900-01-01", "1999-12-31", "19XX", P_CENTURY, 0},
  /* ---- ranges */
  {"October 8-10, 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10", P_RANGE, 0},
  {"8\xE2\x80\x93" "10 October 1963",
                         "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10", P_RANGE, 0},
  {"1-2 February 1955",  "1955-02-01", "1955-02-02", "1955-02-01/1955-02-02", P_RANGE, 0},
  {"30 September - 2 October 1963",
                         "1963-09-30", "1963-10-02", "1963-09-30/1963-10-02", P_RANGE, 0},
  {"December 1956 - January 1957", "1956-12-01", "1957-01-31", "1956-12/1957-01", P_RANGE, 0},
  {"1956-1957",                "1956-01-01", "1957-12-31", "1956/1957", P_RANGE, 0},
  {"1956\xE2\x80\x93" "57",    "1956-01-01", "1957-12-31", "1956/1957", P_RANGE, 0},
  {"1961-62",                  "1961-01-01", "1962-12-31", "1961/1962", P_RANGE, 0},
  {"1910-11",                  "1910-11-01", "1910-11-30", "1910-11", P_MONTH, 0},
  {"08/10/63", "1963-08-10", "1963-10-08", "[1963-08-10,1963-10-08]", P_RANGE,
               F_AMBIGUOUS|F_ONE_OF|F_CENTURY},
  {"Winter 1956/1957",         "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
  {"19. Jahrhundert",          "1800-01-01", "1899-12-31", "18XX", P_CENTURY, 0},
  {"um 1956",                  "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"17 marca 1958 r.",         "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"mid-October 1963",   "1963-10-11", "1963-10-20", "1963-10-11/1963-10-20", P_RANGE, 0},
  {"Ende 1957",                "1957-09-01", "1957-12-31", "1957-39", P_SEASON, 0},
  {"before October 1963",      "0001-01-01", "1963-09-30", "../1963-09", P_RANGE, F_OPEN_S},
  {"after 8 October 1963",     "1963-10-09", "9999-12-31", "1963-10-09/..", P_RANGE, F_OPEN_E},
  {"c. 1957?",       "1957-01-01", "1957-12-31", "1957%", P_YEAR, F_APPROX|F_UNCERTAIN},
  {"late February 1960", "1960-02-21", "1960-02-29", "1960-02-21/1960-02-29", P_RANGE, 0},
  {"fourth quarter of 1957",   "1957-10-01", "1957-12-31", "1957-36", P_SEASON, 0},
  {"Q4 1957",                  "1957-10-01", "1957-12-31", "1957-36", P_SEASON, 0},
  {"1957-24",                  "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
  {"1963-10-08/1963-10-10", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10", P_RANGE, 0},
  {"from 1956 to 1967",        "1956-01-01", "1967-12-31", "1956/1967", P_RANGE, 0},
  {"between 1956 and 1958",    "1956-01-01", "1958-12-31", "1956/1958", P_RANGE, 0},
  {"1956 or 1957",             "1956-01-01", "1957-12-31", "[1956,1957]", P_RANGE, F_ONE_OF},
  {"before 1960",              "0001-01-01", "1959-12-31", "../1959", P_RANGE, F_OPEN_S},
  {"after 1985",               "1986-01-01", "9999-12-31", "1986/..", P_RANGE, F_OPEN_E},
  /* ---- EDTF */
  {"1956/1967",                "1956-01-01", "1967-12-31", "1956/1967", P_RANGE, 0},
  {"../1960",                  "0001-01-01", "1960-12-31", "../1960", P_RANGE, F_OPEN_S},
  {"1960/..",                  "1960-01-01", "9999-12-31", "1960/..", P_RANGE, F_OPEN_E},
  {"195X",                     "1950-01-01", "1959-12-31", "195X", P_DECADE, 0},
  {"18XX",                     "1800-01-01", "1899-12-31", "18XX", P_CENTURY, 0},
  {"1963-XX-08",               "1963-01-08", "1963-12-08", "1963-XX-08", P_DAY, F_UNSPEC},
  {"1957-21",                  "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"[1956,1957]",              "1956-01-01", "1957-12-31", "[1956,1957]", P_RANGE, F_ONE_OF},
  {"1956~",                    "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"1956%",          "1956-01-01", "1956-12-31", "1956%", P_YEAR, F_APPROX|F_UNCERTAIN},
  /* ---- other languages */
  {"17. M\xC3\xA4rz 1958",     "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8. Oktober 1963",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"Fr\xC3\xBChjahr 1957",     "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"Sommer 1957",              "1957-06-01", "1957-08-31", "1957-22", P_SEASON, 0},
  {"17 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 1958 \xD0\xB3.",            /* 17 марта 1958 г. */
                               "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82 1958",                                /* март 1958 */
                               "1958-03-01", "1958-03-31", "1958-03", P_MONTH, 0},
  {"\xD0\xB2\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE\xD0\xB9 1957 \xD0\xB3.",      /* весной 1957 г. */
                               "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"17 marca 1958",            "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8 pa\xC5\xBA" "dziernika 1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"17. b\xC5\x99" "ezna 1958", "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8. okt\xC3\xB3" "bra 1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},   /* Slovak */
  {"1958. m\xC3\xA1rcius 17.", "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"17 mars 1958",             "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"le 1er mai 1958",          "1958-05-01", "1958-05-01", "1958-05-01", P_DAY, 0},
  {"printemps 1957",           "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"17 martie 1958",           "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8 \xD0\xBE\xD0\xBA\xD1\x82\xD0\xBE\xD0\xBC\xD0\xB2\xD1\x80\xD0\xB8 1963",  /* октомври */
                               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"17. o\xC5\xBEujka 1958.",  "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"17. marta 1958.",          "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8 ottobre 1963",           "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"17 marzo 1958",            "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8 octubre 1963",           "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"17 mar\xC3\xA7o 1958",     "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5",                      /* 1963年10月8日 */
                               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"1963\xEB\x85\x84 10\xEC\x9B\x94 8\xEC\x9D\xBC",                          /* 1963년 10월 8일 */
                               "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE 1956 \xD0\xB3.",               /* около 1956 г. */
                               "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  /* ---- no date: every phrase of ext/data/undated.tsv */
  NO_DATE_ROW("Date unknown"), NO_DATE_ROW("Unknown date"), NO_DATE_ROW("undated"),
  NO_DATE_ROW("Undated"), NO_DATE_ROW("No date"), NO_DATE_ROW("n.d."), NO_DATE_ROW("n. d."),
  NO_DATE_ROW("[n.d.]"), NO_DATE_ROW("s.d."), NO_DATE_ROW("s. d."), NO_DATE_ROW("[s.d.]"),
  NO_DATE_ROW("[no date]"), NO_DATE_ROW("[undated]"), NO_DATE_ROW("o. D."),
  NO_DATE_ROW("o.D."), NO_DATE_ROW("ohne Datum"),
  NO_DATE_ROW("\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\xB4\xD0\xB0\xD1\x82\xD1\x8B"),   /* без даты */
  NO_DATE_ROW("\xD0\xB1/\xD0\xB4"),                                           /* б/д */
  NO_DATE_ROW("b.d."), NO_DATE_ROW("bez daty"), NO_DATE_ROW("bez data"),
  NO_DATE_ROW("sans date"), NO_DATE_ROW("SANS DATE"), NO_DATE_ROW(" \t[No Date]\xC2\xA0"),
  /* ---- not dates: impossible days, unknown months, reversed ranges */
  NOT_A_DATE_ROW("February 30, 1963"), NOT_A_DATE_ROW("February 29, 1957"),
  NOT_A_DATE_ROW("31 April 1961"), NOT_A_DATE_ROW("32 May 1950"), NOT_A_DATE_ROW("1963-13-01"),
  NOT_A_DATE_ROW("Octember 8, 1963"), NOT_A_DATE_ROW("1963-02-29"),
  NOT_A_DATE_ROW("29.02.1963"), NOT_A_DATE_ROW("31.09.1963"),
  NOT_A_DATE_ROW("1967-1956"), NOT_A_DATE_ROW("1967/1956"), NOT_A_DATE_ROW("October 10-8, 1963"),
  NOT_A_DATE_ROW("2-1 February 1955"), NOT_A_DATE_ROW("from 1967 to 1956"),
  NOT_A_DATE_ROW("between 1958 and 1956"), NOT_A_DATE_ROW("January 1957 - December 1956"),
  NOT_A_DATE_ROW("Report of October 8, 1963"), NOT_A_DATE_ROW("October 8, 1963, Moscow"),
  NOT_A_DATE_ROW("tomorrow"), NOT_A_DATE_ROW("63"),
};

/* Case and script folding, white space and no-break spaces, a trailing period. */
static const DateCase aFoldCase[] = {
  {"OCTOBER 8, 1963",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"oCtObEr 8, 1963",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"17 \xD0\x9C\xD0\x90\xD0\xA0\xD0\xA2\xD0\x90 1958 \xD0\x93.",            /* 17 МАРТА 1958 Г. */
                               "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"17. M\xC3\x84RZ 1958",     "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"17. B\xC5\x98" "EZNA 1958", "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"8 PA\xC5\xB9" "DZIERNIKA 1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"FR\xC3\x9CHJAHR 1957",     "1957-03-01", "1957-05-31", "1957-21", P_SEASON, 0},
  {"CIRCA 1956",               "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"DATE UNKNOWN",             0, 0, 0, NO_DATE, 0},
  /* white space around */
  {"  October 8, 1963  ",      "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\t\r\nOctober 8, 1963\r\n", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\xC2\xA0October 8, 1963\xC2\xA0", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\xC2\xA0 1963-10-08 \xC2\xA0", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\xE3\x80\x80" "1963\xE3\x80\x80", "1963-01-01", "1963-12-31", "1963", P_YEAR, 0},
  {"\xE2\x80\xAF" "September 1959\xE2\x80\xAF", "1959-09-01", "1959-09-30", "1959-09", P_MONTH, 0},
  /* white space inside */
  {"October\xC2\xA0" "8,\xC2\xA0" "1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"October\t8,\n1963",        "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"October   8,   1963",      "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8\xC2\xA0October\xC2\xA0" "1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8\xE2\x80\xAF" "October\xE2\x80\xAF" "1963", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"\xC2\xA0" "17\xC2\xA0\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xC2\xA0" "1958\xC2\xA0\xD0\xB3.\xC2\xA0",
                               "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  {"1\xC2\xA0-\xC2\xA0" "2 February 1955",
                         "1955-02-01", "1955-02-02", "1955-02-01/1955-02-02", P_RANGE, 0},
  {"circa\xC2\xA0" "1956",     "1956-01-01", "1956-12-31", "1956~", P_YEAR, F_APPROX},
  {"Winter\xC2\xA0" "1956/57", "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
  /* a trailing period: a date that ends a sentence */
  {"October 8, 1963.",         "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"Oct. 8, 1963.",            "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"8 October 1963.",          "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"1963-10-08.",              "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
  {"September 1959.",          "1959-09-01", "1959-09-30", "1959-09", P_MONTH, 0},
  {"1961.",                    "1961-01-01", "1961-12-31", "1961", P_YEAR, 0},
  {"October 8, 1963. \xC2\xA0", "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
};

/* Why a row failed, or NULL. zWhy has room for 512 bytes. */
static const char *date_case_failure(const DateCase *pc, char *zWhy){
  ArchDate d;
  ArchDateResult r, want;
  char a[11], b[11], e[ARCH_EDTF_MAX + 16];
  unsigned bit;
  int n;
  memset(&d, 0x5a, sizeof(d));
  r = arch_date_parse(pc->zIn, strlen(pc->zIn), &d);
  want = pc->precision==NOT_DATE ? ARCH_DATE_NOT_A_DATE
       : pc->precision==NO_DATE ? ARCH_DATE_UNDATED : ARCH_DATE_FOUND;
  if( r!=want ){
    snprintf(zWhy, 512, "[%s]: result %d, want %d", pc->zIn, (int)r, (int)want);
    return zWhy;
  }
  if( want!=ARCH_DATE_FOUND ) return 0;
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  if( strcmp(a, pc->zStart)!=0 || strcmp(b, pc->zEnd)!=0 ){
    snprintf(zWhy, 512, "[%s]: range %s..%s, want %s..%s", pc->zIn, a, b, pc->zStart, pc->zEnd);
    return zWhy;
  }
  if( (int)d.precision!=pc->precision ){
    snprintf(zWhy, 512, "[%s]: precision %s, want %s", pc->zIn,
             arch_date_precision_name(d.precision),
             arch_date_precision_name((ArchDatePrecision)pc->precision));
    return zWhy;
  }
  for(bit=1; bit<=ARCH_DATE_ONE_OF; bit<<=1){
    if( (d.flags & bit)!=(pc->flags & bit) ){
      snprintf(zWhy, 512, "[%s]: flag %s is %s, want %s", pc->zIn, arch_date_flag_name(bit),
               (d.flags & bit) ? "set" : "clear", (pc->flags & bit) ? "set" : "clear");
      return zWhy;
    }
  }
  if( d.flags & ~(unsigned)0x1ff ){
    snprintf(zWhy, 512, "[%s]: unknown flag bits 0x%x", pc->zIn, d.flags);
    return zWhy;
  }
  memset(e, 'x', sizeof(e));
  e[sizeof(e)-1] = 0;
  n = arch_date_edtf(&d, e);
  if( n<0 || n>=ARCH_EDTF_MAX || (size_t)n!=strlen(e) || strcmp(e, pc->zEdtf)!=0 ){
    snprintf(zWhy, 512, "[%s]: edtf \"%.*s\" (%d), want \"%s\"", pc->zIn, ARCH_EDTF_MAX, e, n,
             pc->zEdtf);
    return zWhy;
  }
  return 0;
}

START_TEST(test_forms_table)
{
  char zWhy[512];
  const char *zFail = date_case_failure(&aFormCase[_i], zWhy);
  ck_assert_msg(zFail==0, "%s", zFail);
}
END_TEST

START_TEST(test_folding_table)
{
  char zWhy[512];
  const char *zFail = date_case_failure(&aFoldCase[_i], zWhy);
  ck_assert_msg(zFail==0, "%s", zFail);
}
END_TEST

/* arch_date_bound_iso() is arch_date_iso() of first and last, for every date of the tables. */
static void expect_bounds_agree(const DateCase *pc){
  ArchDate d;
  char a[11], b[11], c[11];
  memset(&d, 0, sizeof(d));
  if( arch_date_parse(pc->zIn, strlen(pc->zIn), &d)!=ARCH_DATE_FOUND ) return;
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  memset(c, 'x', sizeof(c));
  ck_assert_int_eq(arch_date_bound_iso(&d, 0, c), 10);
  ck_assert_msg(strcmp(a, c)==0, "[%s]: bound_iso first %s, iso %s", pc->zIn, c, a);
  memset(c, 'x', sizeof(c));
  ck_assert_int_eq(arch_date_bound_iso(&d, 1, c), 10);
  ck_assert_msg(strcmp(b, c)==0, "[%s]: bound_iso last %s, iso %s", pc->zIn, c, b);
}

START_TEST(test_bound_iso_forms)
{
  expect_bounds_agree(&aFormCase[_i]);
}
END_TEST

START_TEST(test_bound_iso_folding)
{
  expect_bounds_agree(&aFoldCase[_i]);
}
END_TEST

/* ---------------------------------------------------------------- fast path vs general parser */

static const char *const azMonthName[12] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"
};
static const char *const azMonthAbbr[12] = {
  "Jan.", "Feb.", "Mar.", "Apr.", "May.", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."
};

static int month_len(int y, int m){
  static const int aLen[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  return aLen[m-1] + (m==2 && is_leap(y));
}

/* The spellings of one day (d 0: of a month) in the forms of the fast path, nForm of them. */
static int day_spellings(int y, int m, int d, char az[][64]){
  int n = 0;
  if( d==0 ){
    snprintf(az[n++], 64, "%s %d", azMonthName[m-1], y);
    snprintf(az[n++], 64, "%s %d", azMonthAbbr[m-1], y);
    snprintf(az[n++], 64, "%04d-%02d", y, m);
    return n;
  }
  snprintf(az[n++], 64, "%s %d, %d", azMonthName[m-1], d, y);
  snprintf(az[n++], 64, "%s %02d, %d", azMonthName[m-1], d, y);
  snprintf(az[n++], 64, "%s %d, %d", azMonthAbbr[m-1], d, y);
  snprintf(az[n++], 64, "%d %s %d", d, azMonthName[m-1], y);
  snprintf(az[n++], 64, "%04d-%02d-%02d", y, m, d);
  return n;
}

/* The same text spelled so that the fast path does not take it: 0, spaces as no-break spaces;
** 1, a closing period; 2, spaces doubled and a tab around. */
static void general_spelling(const char *z, int variant, char *zOut){
  size_t j = 0;
  if( variant==2 ) zOut[j++] = '\t';
  for(; *z; z++){
    if( *z==' ' && variant==0 ){ zOut[j++] = '\xC2'; zOut[j++] = '\xA0'; }
    else if( *z==' ' && variant==2 ){ zOut[j++] = ' '; zOut[j++] = ' '; }
    else zOut[j++] = *z;
  }
  if( variant==1 ) zOut[j++] = '.';
  if( variant==2 ) zOut[j++] = '\t';
  zOut[j] = 0;
}

static void expect_same_date(const char *z1, const ArchDate *d1, const char *z2,
                             const ArchDate *d2){
  char e1[ARCH_EDTF_MAX], e2[ARCH_EDTF_MAX];
  ck_assert_msg(d1->first==d2->first && d1->last==d2->last, "[%s] and [%s]: ranges differ",
                z1, z2);
  ck_assert_msg(d1->precision==d2->precision, "[%s] and [%s]: precision %d vs %d", z1, z2,
                (int)d1->precision, (int)d2->precision);
  ck_assert_msg(d1->flags==d2->flags, "[%s] and [%s]: flags 0x%x vs 0x%x", z1, z2,
                d1->flags, d2->flags);
  ck_assert_msg(d1->form==d2->form, "[%s] and [%s]: forms differ", z1, z2);
  arch_date_edtf(d1, e1);
  arch_date_edtf(d2, e2);
  ck_assert_msg(strcmp(e1, e2)==0, "[%s] and [%s]: edtf %s vs %s", z1, z2, e1, e2);
}

START_TEST(test_fast_path_every_day)
{
  int y, m, d, k, v, n;
  char az[8][64], zGen[160], zWant[40], a[11], b[11];
  long nChecked = 0;
  for(y=1950; y<=1969; y++){
    for(m=1; m<=12; m++){
      for(d=1; d<=month_len(y, m); d++){
        snprintf(zWant, sizeof(zWant), "%04d-%02d-%02d", y, m, d);
        n = day_spellings(y, m, d, az);
        for(k=0; k<n; k++){
          ArchDate fast, gen;
          memset(&fast, 0, sizeof(fast));
          ck_assert_msg(arch_date_parse(az[k], strlen(az[k]), &fast)==ARCH_DATE_FOUND,
                        "[%s]: not a date", az[k]);
          arch_date_iso(fast.first, a);
          arch_date_iso(fast.last, b);
          ck_assert_msg(strcmp(a, zWant)==0 && strcmp(b, zWant)==0, "[%s]: %s..%s, want %s",
                        az[k], a, b, zWant);
          ck_assert_msg(fast.precision==ARCH_DATE_DAY && fast.flags==0, "[%s]: prec %d flags %x",
                        az[k], (int)fast.precision, fast.flags);
          arch_date_edtf(&fast, zGen);
          ck_assert_msg(strcmp(zGen, zWant)==0, "[%s]: edtf %s", az[k], zGen);
          for(v=0; v<3; v++){
            general_spelling(az[k], v, zGen);
            memset(&gen, 0, sizeof(gen));
            ck_assert_msg(arch_date_parse(zGen, strlen(zGen), &gen)==ARCH_DATE_FOUND,
                          "[%s]: not a date", zGen);
            expect_same_date(az[k], &fast, zGen, &gen);
            nChecked++;
          }
        }
      }
    }
  }
  ck_assert_int_eq(nChecked, 7305*5*3);
}
END_TEST

START_TEST(test_fast_path_every_month)
{
  int y, m, k, v, n;
  char az[8][64], zGen[160], zFirst[40], zLast[40], zEdtf[40], a[11], b[11];
  for(y=1950; y<=1969; y++){
    for(m=1; m<=12; m++){
      snprintf(zFirst, sizeof(zFirst), "%04d-%02d-01", y, m);
      snprintf(zLast, sizeof(zLast), "%04d-%02d-%02d", y, m, month_len(y, m));
      snprintf(zEdtf, sizeof(zEdtf), "%04d-%02d", y, m);
      n = day_spellings(y, m, 0, az);
      for(k=0; k<n; k++){
        ArchDate fast, gen;
        char e[ARCH_EDTF_MAX];
        memset(&fast, 0, sizeof(fast));
        ck_assert_msg(arch_date_parse(az[k], strlen(az[k]), &fast)==ARCH_DATE_FOUND,
                      "[%s]: not a date", az[k]);
        arch_date_iso(fast.first, a);
        arch_date_iso(fast.last, b);
        ck_assert_msg(strcmp(a, zFirst)==0 && strcmp(b, zLast)==0, "[%s]: %s..%s, want %s..%s",
                      az[k], a, b, zFirst, zLast);
        ck_assert_msg(fast.precision==ARCH_DATE_MONTH && fast.flags==0, "[%s]", az[k]);
        arch_date_edtf(&fast, e);
        ck_assert_msg(strcmp(e, zEdtf)==0, "[%s]: edtf %s, want %s", az[k], e, zEdtf);
        for(v=0; v<3; v++){
          general_spelling(az[k], v, zGen);
          memset(&gen, 0, sizeof(gen));
          ck_assert_msg(arch_date_parse(zGen, strlen(zGen), &gen)==ARCH_DATE_FOUND,
                        "[%s]: not a date", zGen);
          expect_same_date(az[k], &fast, zGen, &gen);
        }
      }
    }
  }
}
END_TEST

/* Days past the end of their month are no dates, in every spelling, on either path. */
START_TEST(test_fast_path_invalid_days)
{
  int y, m, d, k, v, n, nInvalid = 0;
  char az[16][64], zGen[160];
  for(y=1950; y<=1969; y++){
    for(m=1; m<=12; m++){
      for(d=month_len(y, m)+1; d<=31; d++){
        n = day_spellings(y, m, d, az);
        snprintf(az[n++], 64, "%d.%d.%d", d, m, y);
        snprintf(az[n++], 64, "%02d.%02d.%d", d, m, y);
        snprintf(az[n++], 64, "%d/%02d/%02d", y, m, d);
        snprintf(az[n++], 64, "%d.%02d.%02d", y, m, d);
        snprintf(az[n++], 64, "%d%02d%02d", y, m, d);
        snprintf(az[n++], 64, "%dth of %s, %d", d, azMonthName[m-1], y);
        for(k=0; k<n; k++){
          ArchDate dt;
          ArchDateResult r = arch_date_parse(az[k], strlen(az[k]), &dt);
          ck_assert_msg(r==ARCH_DATE_NOT_A_DATE, "[%s]: result %d, want NOT_A_DATE", az[k],
                        (int)r);
          for(v=0; v<3; v++){
            general_spelling(az[k], v, zGen);
            r = arch_date_parse(zGen, strlen(zGen), &dt);
            ck_assert_msg(r==ARCH_DATE_NOT_A_DATE, "[%s]: result %d, want NOT_A_DATE", zGen,
                          (int)r);
          }
        }
        nInvalid++;
      }
    }
  }
  /* per year: Feb 29-31 (or 30-31), and day 31 of April, June, September, November */
  ck_assert_int_eq(nInvalid, 20*(4 + 3) - 5);
}
END_TEST

/* ---------------------------------------------------------------- the free-text scanner */

typedef struct ScanWant {
  size_t start, end;       /* byte offsets */
  const char *zFirst, *zLast;
  const char *zEdtf;       /* or NULL: not checked */
} ScanWant;

static int scan_count(const char *z, size_t n, ArchDateMatch *aOut, int nMax){
  ArchDateScanner s;
  ArchDateMatch m;
  int nMatch = 0;
  arch_date_scanner_init(&s, z, n);
  while( arch_date_scan_next(&s, &m) ){
    ck_assert_msg(m.start<m.end && m.end<=n, "[%s]: match %zu..%zu outside 0..%zu", z,
                  m.start, m.end, n);
    if( nMatch<nMax ) aOut[nMatch] = m;
    nMatch++;
    ck_assert_msg(nMatch<1000000, "scanner does not stop");
  }
  return nMatch;
}

static void expect_scan(const char *z, const ScanWant *aWant, int nWant){
  ArchDateMatch aGot[16];
  size_t n = strlen(z);
  int nGot = scan_count(z, n, aGot, 16), i;
  for(i=0; i<nGot && i<16; i++){
    char a[11], b[11];
    arch_date_iso(aGot[i].date.first, a);
    arch_date_iso(aGot[i].date.last, b);
    if( i>=nWant ){
      ck_abort_msg("[%s]: extra match %d [%.*s] %zu..%zu %s..%s", z, i,
                   (int)(aGot[i].end - aGot[i].start), z + aGot[i].start, aGot[i].start,
                   aGot[i].end, a, b);
    }
    ck_assert_msg(aGot[i].start==aWant[i].start && aGot[i].end==aWant[i].end,
                  "[%s]: match %d [%.*s] at %zu..%zu, want %zu..%zu", z, i,
                  (int)(aGot[i].end - aGot[i].start), z + aGot[i].start, aGot[i].start,
                  aGot[i].end, aWant[i].start, aWant[i].end);
    ck_assert_msg(strcmp(a, aWant[i].zFirst)==0 && strcmp(b, aWant[i].zLast)==0,
                  "[%s]: match %d is %s..%s, want %s..%s", z, i, a, b, aWant[i].zFirst,
                  aWant[i].zLast);
    if( aWant[i].zEdtf ){
      char e[ARCH_EDTF_MAX];
      arch_date_edtf(&aGot[i].date, e);
      ck_assert_msg(strcmp(e, aWant[i].zEdtf)==0, "[%s]: match %d edtf %s, want %s", z, i, e,
                    aWant[i].zEdtf);
    }
  }
  ck_assert_msg(nGot==nWant, "[%s]: %d matches, want %d", z, nGot, nWant);
}

START_TEST(test_scan_readme_examples)
{
  static const ScanWant aPuzanov[] = {{58, 71, "1958-03-17", "1958-03-17", "1958-03-17"}};
  static const ScanWant aMeeting[] = {
    {56, 73, "1955-02-01", "1955-02-02", "1955-02-01/1955-02-02"}
  };
  static const ScanWant aReport[] = {
    {41, 71, "1953-12-01", "1953-12-31", "1953-12-01/1953-12-31"}
  };
  static const ScanWant aTelegram[] = {{32, 42, "1960-05-03", "1960-05-03", "1960-05-03"}};
  expect_scan("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 March 1958",
              aPuzanov, 1);
  expect_scan("Resolution of the 1st Meeting of the Central Committee, 1-2 February 1955",
              aMeeting, 1);
  expect_scan("Political Report No. 8 for the Period of 1 December to 31 December 1953",
              aReport, 1);
  expect_scan("Telegram No. 1954 from Beijing, 3 May 1960", aTelegram, 1);
}
END_TEST

START_TEST(test_scan_number_markers)
{
  static const ScanWant aYear[] = {{19, 23, "1955-01-01", "1955-12-31", "1955"}};
  expect_scan("Nr. 1950", 0, 0);
  expect_scan("N\xC2\xBA 1951", 0, 0);
  expect_scan("\xE2\x84\x96 1952", 0, 0);
  expect_scan("#1953", 0, 0);
  expect_scan("# 1953", 0, 0);
  expect_scan("No. 1954", 0, 0);
  expect_scan("No 1954", 0, 0);
  expect_scan("Decree Nr. 1950 of 1955", aYear, 1);
  expect_scan("Decree N\xC2\xBA 1951, \xE2\x84\x96 1952, #1953 and No. 1954", 0, 0);
  /* the marker holds for the next number only */
  {
    static const ScanWant aAfter[] = {{10, 14, "1957-01-01", "1957-12-31", "1957"}};
    expect_scan("No. 12 in 1957", aAfter, 1);
  }
}
END_TEST

START_TEST(test_scan_more_forms)
{
  /* «Ким Ир Сен» принял 17 марта 1958 г. посла; весной 1957 г. */
  static const char zRu[] =
    "\xC2\xAB\xD0\x9A\xD0\xB8\xD0\xBC \xD0\x98\xD1\x80 \xD0\xA1\xD0\xB5\xD0\xBD\xC2\xBB "
    "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8F\xD0\xBB 17 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82"
    "\xD0\xB0 1958 \xD0\xB3. \xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0; \xD0\xB2\xD0\xB5"
    "\xD1\x81\xD0\xBD\xD0\xBE\xD0\xB9 1957 \xD0\xB3.";
  static const ScanWant aRu[] = {
    {36, 58, "1958-03-17", "1958-03-17", "1958-03-17"},
    {71, 92, "1957-03-01", "1957-05-31", "1957-21"},
  };
  static const ScanWant aNotes[] = {
    {15, 25, "1966-01-01", "1969-12-31", "1966/1969"},
    {40, 48, "1957-01-01", "1957-12-31", "1957%"},
    {53, 74, "1956-01-01", "1958-12-31", "1956/1958"},
    {82, 90, "1963-10-08", "1963-10-08", "1963-10-08"},
    {92, 106, "1956-12-01", "1957-02-28", "1956-12/1957-02"},
  };
  ck_assert_int_eq((int)strlen(zRu), 92);
  expect_scan(zRu, aRu, 2);
  expect_scan("Notes from the late 1960s on talks held c. 1957? and between 1956 and 1958, "
              "filed 8.X.1963 (Winter 1956/57).", aNotes, 5);
}
END_TEST

START_TEST(test_scan_edges)
{
  static const ScanWant aBoth[] = {
    {0, 4, "1958-01-01", "1958-12-31", "1958"},
    {24, 28, "1963-01-01", "1963-12-31", "1963"},
  };
  static const ScanWant aOnly[] = {{0, 4, "1961-01-01", "1961-12-31", "1961"}};
  static const ScanWant aBounds[] = {
    {3, 7, "1000-01-01", "1000-12-31", "1000"},
    {12, 16, "2999-01-01", "2999-12-31", "2999"},
  };
  static const ScanWant aCut[] = {{35, 46, "1919-03-17", "1919-03-17", "1919-03-17"}};
  ArchDateMatch m;
  ArchDateScanner s;

  /* empty text, and a scanner that has ended stays ended */
  expect_scan("", 0, 0);
  arch_date_scanner_init(&s, "", 0);
  ck_assert_int_eq(arch_date_scan_next(&s, &m), 0);
  ck_assert_int_eq(arch_date_scan_next(&s, &m), 0);
  arch_date_scanner_init(&s, "1961", 4);
  ck_assert_int_eq(arch_date_scan_next(&s, &m), 1);
  ck_assert_int_eq(arch_date_scan_next(&s, &m), 0);
  ck_assert_int_eq(arch_date_scan_next(&s, &m), 0);

  /* only punctuation and white space */
  expect_scan(".,-/[]?~%'():#!;\"", 0, 0);
  expect_scan("... --- /// [[[ ]]] ??? ~~~ %%% ''' ((( ))) ::: ### \xE2\x80\x93\xE2\x80\x94 ../..",
              0, 0);
  expect_scan(" \t\r\n\xC2\xA0", 0, 0);
  /* a year at the very start and at the very end */
  expect_scan("1958 was a year; so was 1963", aBoth, 2);
  expect_scan("1961", aOnly, 1);
  /* years out of range, and bare numbers, are not reported */
  expect_scan("In 999 and 3000 nothing; 0999 and 9999, 12345, 300 tractors, 1,500 tons", 0, 0);
  expect_scan("In 1000 and 2999", aBounds, 2);
  /* a text that ends in the middle of a date: "17 March 19" has a two-digit year, 19yy */
  expect_scan("The ambassador met the minister on 17 March 19", aCut, 1);
  expect_scan("The ambassador met the minister on 17 March 195", 0, 0);
  expect_scan("The ambassador met the minister on 17 March 1", 0, 0);
  expect_scan("The ambassador met the minister on 17 Mar", 0, 0);
  expect_scan("The ambassador met the minister on 17 March", 0, 0);
  /* "the 1st Meeting": an ordinal is a day only before a month */
  expect_scan("the 1st Meeting and the 2nd Session", 0, 0);
}
END_TEST

/* Every date form of the table is found whole in a sentence (a closing period of the form may be
** left to the sentence). "19631008" is left out: in free text a lone number is a date only as a
** four-digit year. */
START_TEST(test_scan_every_form)
{
  const DateCase *pc = &aFormCase[_i];
  static const char zPre[] = "Filed on ", zPost[] = " in Moscow";
  char z[256];
  size_t nForm = strlen(pc->zIn), nPre = sizeof(zPre)-1;
  ArchDateMatch aGot[4];
  int nGot;
  char a[11], b[11];
  if( pc->precision<=0 || strcmp(pc->zIn, "19631008")==0 ) return;
  snprintf(z, sizeof(z), "%s%s%s", zPre, pc->zIn, zPost);
  nGot = scan_count(z, strlen(z), aGot, 4);
  ck_assert_msg(nGot==1, "[%s]: %d matches, want 1", z, nGot);
  ck_assert_msg(aGot[0].start==nPre && (aGot[0].end==nPre+nForm
                 || (aGot[0].end==nPre+nForm-1 && pc->zIn[nForm-1]=='.')),
                "[%s]: match [%.*s]", z, (int)(aGot[0].end-aGot[0].start), z+aGot[0].start);
  arch_date_iso(aGot[0].date.first, a);
  arch_date_iso(aGot[0].date.last, b);
  ck_assert_msg(strcmp(a, pc->zStart)==0 && strcmp(b, pc->zEnd)==0, "[%s]: %s..%s, want %s..%s",
                z, a, b, pc->zStart, pc->zEnd);
}
END_TEST

/* ---------------------------------------------------------------- suspected code bugs
** Each block below fails against the documentation; it is kept, switched off, until the code is
** fixed. */

/* Rows checked like those of aFormCase. */
#define EXPECT_ROWS(aRow) do{ \
  char zWhy_[512]; \
  size_t i_; \
  for(i_=0; i_<sizeof(aRow)/sizeof(aRow[0]); i_++){ \
    const char *zFail_ = date_case_failure(&aRow[i_], zWhy_); \
    ck_assert_msg(zFail_==0, "%s", zFail_); \
  } \
}while(0)

START_TEST(test_winter_alone)
{
  static const DateCase aRow[] = {
    {"Winter 1957",            "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
    {"Winter 1960",            "1959-12-01", "1960-02-29", "1959-12/1960-02", P_SEASON, 0},
    {"\xD0\xB7\xD0\xB8\xD0\xBC\xD0\xBE\xD0\xB9 1957 \xD0\xB3.",             /* зимой 1957 г. */
                               "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
    {"hiver 1957",             "1956-12-01", "1957-02-28", "1956-12/1957-02", P_SEASON, 0},
    {"Winter 9999",            "9998-12-01", "9999-02-28", "9998-12/9999-02", P_SEASON, 0},
  };
  static const ScanWant aScan[] = {{9, 20, "1956-12-01", "1957-02-28", "1956-12/1957-02"}};
  EXPECT_ROWS(aRow);
  expect_scan("Filed in Winter 1957 at the embassy", aScan, 1);
}
END_TEST

START_TEST(test_en_dash_years)
{
  static const DateCase aRow[] = {
    {"1910\xE2\x80\x93" "11",  "1910-01-01", "1911-12-31", "1910/1911", P_RANGE, 0},
    {"1911\xE2\x80\x93" "12",  "1911-01-01", "1912-12-31", "1911/1912", P_RANGE, 0},
  };
  static const ScanWant aScan[] = {{6, 15, "1910-01-01", "1911-12-31", "1910/1911"}};
  EXPECT_ROWS(aRow);
  expect_scan("Years 1910\xE2\x80\x93" "11 of the reform", aScan, 1);
}
END_TEST

START_TEST(test_spanish_de)
{
  static const DateCase aRow[] = {
    {"17 de marzo de 1958",     "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
    {"8 de octubre de 1963",    "1963-10-08", "1963-10-08", "1963-10-08", P_DAY, 0},
    {"17 de mar\xC3\xA7o de 1958", "1958-03-17", "1958-03-17", "1958-03-17", P_DAY, 0},
  };
  EXPECT_ROWS(aRow);
}
END_TEST

START_TEST(test_scan_lone_numbers_qualified)
{
  expect_scan("about 5000 troops", 0, 0);
  expect_scan("some 3000? perhaps", 0, 0);
  expect_scan("between 3000 and 4000 tanks", 0, 0);
  expect_scan("from 5000 to 6000 tons", 0, 0);
  expect_scan("a count of [3000] here", 0, 0);
}
END_TEST

/* 10,000 dates in prose, in four spellings: every one found, in order, at its place. */
START_TEST(test_scan_ten_thousand)
{
  enum { N = 10000 };
  size_t cap = (size_t)N*100, n = 0;
  char *z = malloc(cap);
  size_t *aStart = malloc(sizeof(size_t)*N), *aEnd = malloc(sizeof(size_t)*N);
  char (*aWant)[40] = malloc(sizeof(*aWant)*N);
  int y = 1950, m = 1, d = 1, i, nMatch = 0;
  ArchDateScanner s;
  ArchDateMatch mt;
  ck_assert(z && aStart && aEnd && aWant);
  for(i=0; i<N; i++){
    n += (size_t)snprintf(z+n, cap-n, "The delegation met the embassy staff on ");
    aStart[i] = n;
    switch( i%4 ){
      case 0: n += (size_t)snprintf(z+n, cap-n, "%s %d, %d", azMonthName[m-1], d, y); break;
      case 1: n += (size_t)snprintf(z+n, cap-n, "%d %s %d", d, azMonthName[m-1], y); break;
      case 2: n += (size_t)snprintf(z+n, cap-n, "%04d-%02d-%02d", y, m, d); break;
      default: n += (size_t)snprintf(z+n, cap-n, "%s %d, %d", azMonthAbbr[m-1], d, y); break;
    }
    aEnd[i] = n;
    snprintf(aWant[i], sizeof(aWant[i]), "%04d-%02d-%02d", y, m, d);
    n += (size_t)snprintf(z+n, cap-n, "; the minutes were filed%s", i%7==0 ? ".\n" : ". ");
    if( ++d>month_len(y, m) ){ d = 1; if( ++m>12 ){ m = 1; y++; } }
  }
  ck_assert(n<cap);
  arch_date_scanner_init(&s, z, n);
  while( arch_date_scan_next(&s, &mt) ){
    char a[11], b[11];
    ck_assert_msg(nMatch<N, "more than %d matches", N);
    arch_date_iso(mt.date.first, a);
    arch_date_iso(mt.date.last, b);
    ck_assert_msg(mt.start==aStart[nMatch] && mt.end==aEnd[nMatch],
                  "match %d at %zu..%zu, want %zu..%zu", nMatch, mt.start, mt.end,
                  aStart[nMatch], aEnd[nMatch]);
    ck_assert_msg(strcmp(a, aWant[nMatch])==0 && strcmp(b, aWant[nMatch])==0,
                  "match %d is %s..%s, want %s", nMatch, a, b, aWant[nMatch]);
    nMatch++;
  }
  ck_assert_int_eq(nMatch, N);
  free(z);
  free(aStart);
  free(aEnd);
  free(aWant);
}
END_TEST

/* ---------------------------------------------------------------- robustness */

#define MEGABYTE (1024*1024)

static uint32_t rng_state;

static uint32_t rng_next(void){
  uint32_t x = rng_state;
  x ^= x<<13;
  x ^= x>>17;
  x ^= x<<5;
  rng_state = x;
  return x;
}

/* Random valid UTF-8 of exactly n bytes: printable ASCII, digits and a few multibyte letters
** (é ж ő ä 年 월 and a no-break space). With `dateish`, words of dates are mixed in. */
static void random_utf8(char *z, size_t n, int dateish){
  static const char *const azMulti[] = {
    "\xC3\xA9", "\xD0\xB6", "\xC5\x91", "\xC3\xA4", "\xE5\xB9\xB4", "\xEC\x9B\x94", "\xC2\xA0",
    "\xE2\x80\x93", "\xE2\x84\x96"
  };
  static const char *const azWord[] = {
    "October ", "8", ", ", "1963", "-", "/", "..", "circa ", "?", "[", "]", "Winter ", "57",
    "X", "XX", " or ", " to ", "before ", "after ", "early ", "the ", "1960s", "19th ",
    "century", "Q3 ", "1956", "00", "12", "31", ".", " ", "Nr. ", "#", "first half of ",
    "mid-", "\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 ", "\xD0\xB3.", "1er ", "mai ", "'60s",
    "between ", " and ", "from ", "9999", "0001", "~", "%", "1958. m\xC3\xA1rcius 17."
  };
  size_t i = 0;
  while( i<n ){
    uint32_t r = rng_next();
    const char *zPiece;
    char one[2];
    size_t k;
    if( dateish && r%3==0 ){
      zPiece = azWord[(r>>8) % (sizeof(azWord)/sizeof(azWord[0]))];
    }else if( r%16==1 ){
      zPiece = azMulti[(r>>8) % (sizeof(azMulti)/sizeof(azMulti[0]))];
    }else if( r%4==2 ){
      one[0] = (char)('0' + (r>>8)%10); one[1] = 0; zPiece = one;
    }else{
      one[0] = (char)(0x20 + (r>>8)%95); one[1] = 0; zPiece = one;
    }
    k = strlen(zPiece);
    if( i+k>n ){ z[i++] = 'a'; continue; }
    memcpy(z+i, zPiece, k);
    i += k;
  }
}

/* A date that was found must make sense. */
static void expect_sane(const char *z, size_t n, const ArchDate *d){
  char e[ARCH_EDTF_MAX + 8], a[11], b[11], c[11];
  int k;
  ck_assert_msg(d->first>=ARCH_DAY_MIN && d->first<=d->last && d->last<=ARCH_DAY_MAX,
                "[%.*s]: days %d..%d", (int)(n>200 ? 200 : n), z, (int)d->first, (int)d->last);
  ck_assert_msg(d->precision>=ARCH_DATE_DAY && d->precision<=ARCH_DATE_RANGE,
                "[%.*s]: precision %d", (int)(n>200 ? 200 : n), z, (int)d->precision);
  k = arch_date_edtf(d, e);
  ck_assert_msg(k>0 && k<ARCH_EDTF_MAX && (size_t)k==strlen(e), "[%.*s]: edtf length %d",
                (int)(n>200 ? 200 : n), z, k);
  arch_date_iso(d->first, a);
  arch_date_iso(d->last, b);
  arch_date_bound_iso(d, 0, c);
  ck_assert_msg(strcmp(a, c)==0, "[%.*s]: bound_iso first %s, iso %s", (int)(n>200 ? 200 : n),
                z, c, a);
  arch_date_bound_iso(d, 1, c);
  ck_assert_msg(strcmp(b, c)==0, "[%.*s]: bound_iso last %s, iso %s", (int)(n>200 ? 200 : n),
                z, c, b);
}

START_TEST(test_parse_huge_inputs)
{
  static const char aFill[] = { '7', 'a', '-', ' ', '.', 'X' };
  size_t n = MEGABYTE, i;
  char *z = malloc(n);
  ArchDate d;
  ck_assert(z!=0);
  for(i=0; i<sizeof(aFill); i++){
    memset(z, aFill[i], n);
    ck_assert_msg(arch_date_parse(z, n, &d)==ARCH_DATE_NOT_A_DATE, "1 MB of '%c'", aFill[i]);
    ck_assert_int_eq(arch_date_is_cut_prefix(z, n), 0);
  }
  /* a date, then a megabyte of spaces: surrounding white space is ignored */
  memset(z, ' ', n);
  memcpy(z + 10, "October 8, 1963", 15);
  ck_assert_int_eq(arch_date_parse(z, n, &d), ARCH_DATE_FOUND);
  ck_assert_int_eq(d.first, arch_days_from_civil(1963, 10, 8));
  /* "1963 1963 1963 ...": too long for a date */
  for(i=0; i+5<=n; i+=5) memcpy(z+i, "1963 ", 5);
  ck_assert_int_eq(arch_date_parse(z, n, &d), ARCH_DATE_NOT_A_DATE);
  /* random valid UTF-8 */
  rng_state = 20240601u;
  random_utf8(z, n, 0);
  if( arch_date_parse(z, n, &d)==ARCH_DATE_FOUND ) expect_sane(z, n, &d);
  random_utf8(z, n, 1);
  if( arch_date_parse(z, n, &d)==ARCH_DATE_FOUND ) expect_sane(z, n, &d);
  free(z);
}
END_TEST

/* Many short random strings, mostly made of date words: whatever is found is sane. */
START_TEST(test_parse_random_short)
{
  char z[64];
  int i, nFound = 0;
  rng_state = 12345u;
  for(i=0; i<300000; i++){
    size_t n = 1 + rng_next()%40;
    ArchDate d;
    ArchDateResult r;
    random_utf8(z, n, i%4!=0);
    r = arch_date_parse(z, n, &d);
    ck_assert(r==ARCH_DATE_NOT_A_DATE || r==ARCH_DATE_FOUND || r==ARCH_DATE_UNDATED);
    if( r==ARCH_DATE_FOUND ){ expect_sane(z, n, &d); nFound++; }
    (void)arch_date_is_cut_prefix(z, n);
  }
  ck_assert_int_gt(nFound, 0);
}
END_TEST

START_TEST(test_scan_random_megabyte)
{
  size_t n = MEGABYTE;
  char *z = malloc(n);
  int pass;
  ck_assert(z!=0);
  for(pass=0; pass<2; pass++){
    ArchDateScanner s;
    ArchDateMatch m;
    size_t prevEnd = 0;
    long nMatch = 0;
    rng_state = 777u + (uint32_t)pass;
    random_utf8(z, n, pass);
    arch_date_scanner_init(&s, z, n);
    while( arch_date_scan_next(&s, &m) ){
      ck_assert_msg(m.start<m.end && m.end<=n, "match %zu..%zu outside the text", m.start,
                    m.end);
      ck_assert_msg(m.start>=prevEnd, "match %zu..%zu overlaps the one before (to %zu)",
                    m.start, m.end, prevEnd);
      ck_assert_msg(m.date.first<=m.date.last, "match at %zu: first %d > last %d", m.start,
                    (int)m.date.first, (int)m.date.last);
      expect_sane(z + m.start, m.end - m.start, &m.date);
      prevEnd = m.end;
      nMatch++;
      ck_assert_msg((size_t)nMatch<=n, "the scanner does not stop");
    }
    ck_assert_int_gt(nMatch, 0);
  }
  free(z);
}
END_TEST

static Suite *dates_suite(void){
  Suite *s = suite_create("dates");
  TCase *tc;

  tc = tcase_create("calendar");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_round_trip_every_day);
  tcase_add_test(tc, test_anchors);
  tcase_add_test(tc, test_days_in_month);
  tcase_add_test(tc, test_date_iso);
  suite_add_tcase(s, tc);

  tc = tcase_create("parse");
  tcase_add_test(tc, test_parse_day_forms);
  tcase_add_test(tc, test_parse_month_year_forms);
  tcase_add_test(tc, test_parse_white_space);
  tcase_add_test(tc, test_parse_undated);
  tcase_add_test(tc, test_parse_not_a_date);
  suite_add_tcase(s, tc);

  tc = tcase_create("cut_prefix");
  tcase_add_test(tc, test_cut_prefix_true);
  tcase_add_test(tc, test_cut_prefix_false);
  suite_add_tcase(s, tc);

  tc = tcase_create("forms");
  tcase_add_loop_test(tc, test_forms_table, 0, (int)(sizeof(aFormCase)/sizeof(aFormCase[0])));
  tcase_add_loop_test(tc, test_folding_table, 0, (int)(sizeof(aFoldCase)/sizeof(aFoldCase[0])));
  tcase_add_loop_test(tc, test_bound_iso_forms, 0,
                      (int)(sizeof(aFormCase)/sizeof(aFormCase[0])));
  tcase_add_loop_test(tc, test_bound_iso_folding, 0,
                      (int)(sizeof(aFoldCase)/sizeof(aFoldCase[0])));
  suite_add_tcase(s, tc);

  tc = tcase_create("fast_path");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_fast_path_every_day);
  tcase_add_test(tc, test_fast_path_every_month);
  tcase_add_test(tc, test_fast_path_invalid_days);
  suite_add_tcase(s, tc);

  tc = tcase_create("scan");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_scan_readme_examples);
  tcase_add_test(tc, test_scan_number_markers);
  tcase_add_test(tc, test_scan_more_forms);
  tcase_add_test(tc, test_scan_edges);
  tcase_add_test(tc, test_scan_ten_thousand);
  tcase_add_loop_test(tc, test_scan_every_form, 0, (int)(sizeof(aFormCase)/sizeof(aFormCase[0])));
  /* Suspected code bugs, switched off until the code is fixed: see each test. */
  tcase_add_test(tc, test_winter_alone);
  tcase_add_test(tc, test_en_dash_years);
  tcase_add_test(tc, test_spanish_de);
  tcase_add_test(tc, test_scan_lone_numbers_qualified);
  suite_add_tcase(s, tc);

  tc = tcase_create("robustness");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_parse_huge_inputs);
  tcase_add_test(tc, test_parse_random_short);
  tcase_add_test(tc, test_scan_random_megabyte);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(dates_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
