/*
** check_dates.c: unit tests for ext/dates.c (day numbers, date lines, cut-off date lines).
**
** Expected values are written by hand from dates.h: day 1 is 0001-01-01 in the proleptic
** Gregorian calendar.
*/
#include <check.h>
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
  expect_result(LIT("Date unknown, probably 1963"), ARCH_DATE_NOT_A_DATE);
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
