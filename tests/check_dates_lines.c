/*
** check_dates_lines.c: unit tests for the date lines of catalogues made of whole dates and for
** the forms found by the audit of real catalogue dates (notes/dates_audit.md): a date with
** "undated", the date a cataloguer gives an undated item, lists of dates, a note in parentheses
** after a date; and that free text (dates()) reads none of these line forms.
**
** Every expected value is written by hand from the rules of README.md's "Archival dates" and
** the header of ext/dates_line.c: the range of days and the EDTF.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "check_dates_rows.h"

static const DateLineRow aRow[] = {
  /* ---- a date, then "undated" (ArchivesSpace, EAD: some of the items have no date) */
  {"1963, undated",                 "1963-01-01", "1963-12-31", "1963"},
  {"1939-1945 and undated",         "1939-01-01", "1945-12-31", "1939/1945"},
  {"1945 - 1950, undated",          "1945-01-01", "1950-12-31", "1945/1950"},
  {"March 1958; n.d.",              "1958-03-01", "1958-03-31", "1958-03"},
  {"1956, 1958, undated",           "1956-01-01", "1958-12-31", "1956/1958"},
  {"1962 & undated",                "1962-01-01", "1962-12-31", "1962"},
  {"1947-1952, Undated",            "1947-01-01", "1952-12-31", "1947/1952"},
  /* ---- "no date", then the cataloguer's date */
  {"n.d. [1957?]",                  "1957-01-01", "1957-12-31", "1957?"},
  {"undated [ca. 1958]",            "1958-01-01", "1958-12-31", "1958~"},
  {"Undated (circa 1958)",          "1958-01-01", "1958-12-31", "1958~"},
  {"o.D. [1962]",                   "1962-01-01", "1962-12-31", "1962"},
  {"s.d. [vers 1962]",              "1962-01-01", "1962-12-31", "1962~"},
  {"[n.d., ca. 1958]",              "1958-01-01", "1958-12-31", "1958~"},
  {"[no date] [March 1958]",        "1958-03-01", "1958-03-31", "1958-03"},
  {"n.d., ca. 1950s",               "1950-01-01", "1959-12-31", "195X~"},
  /* ---- lists of dates, in order: their envelope */
  {"1956, 1958",                    "1956-01-01", "1958-12-31", "1956/1958"},
  {"1956, 1958-1960",               "1956-01-01", "1960-12-31", "1956/1960"},
  {"1950s and 1960s",               "1950-01-01", "1969-12-31", "195X/196X"},
  {"March 1958; June 1958",         "1958-03-01", "1958-06-30", "1958-03/1958-06"},
  {"1 May 1958 and 3 June 1958",    "1958-05-01", "1958-06-03", "1958-05-01/1958-06-03"},
  {"1946, 1948, 1951-1953",         "1946-01-01", "1953-12-31", "1946/1953"},
  {"March 8, 1958, March 10, 1958", "1958-03-08", "1958-03-10", "1958-03-08/1958-03-10"},
  {"8 March 1958, 10 March 1958",   "1958-03-08", "1958-03-10", "1958-03-08/1958-03-10"},
  {"1958; 1960; 1962",              "1958-01-01", "1962-12-31", "1958/1962"},
  {"between 1950 and 1955, 1960",   "1950-01-01", "1960-12-31", "1950/1960"},
  {"1958, and undated",             "1958-01-01", "1958-12-31", "1958"},
  {"undated; 1958",                 "1958-01-01", "1958-12-31", "1958"},
  NO_DATE("1958 and 1958"),
  NO_DATE("Moscow, 1958"),
  NO_DATE("1958, p. 12"),
  NO_DATE("Box 3, 1958"),
  NO_DATE("May and June"),
  NO_DATE("3 and 4"),
  /* not lists: out of order, overlapping, open, or a piece that is no date */
  NO_DATE("1956, 1956"),
  NO_DATE("1958, 1956"),
  NO_DATE("1950s, 1955"),
  NO_DATE("1956, 1958-"),
  NO_DATE("before 1950, 1955"),
  NO_DATE("Kennedy, John F., 1917-1963"),
  NO_DATE("1956, Box 3"),
  NO_DATE("Protocol No. 12, 1958"),
  NO_DATE("12, 1958"),
  NO_DATE("1963, undated, 1965"),
  NO_DATE("1958,"),
  NO_DATE(", 1958"),
  NO_DATE("1958 and"),
  /* ---- a note in parentheses after a date */
  {"19 Sept 1962 (date of receipt)", "1962-09-19", "1962-09-19", "1962-09-19"},
  {"1958-1960 (with gaps)",         "1958-01-01", "1960-12-31", "1958/1960"},
  {"1956 (approx.)",                "1956-01-01", "1956-12-31", "1956~"},
  {"1956 (circa)",                  "1956-01-01", "1956-12-31", "1956~"},
  {"March 1958 (Moscow)",           "1958-03-01", "1958-03-31", "1958-03"},
  NO_DATE("1514 (XV)"),
  NO_DATE("1958 (Box 3)"),
  NO_DATE("Moscow (1958)"),
  NO_DATE("1958 (draft) (copy)"),
  NO_DATE("1958 ()"),
  NO_DATE("(date of receipt)"),
  NO_DATE("Octember 1958 (draft)"),
  /* ---- leading words: EAD's bulk dates, "dated" */
  {"bulk 1950-1955",                "1950-01-01", "1955-12-31", "1950/1955"},
  {"Dated 12 March 1958",           "1958-03-12", "1958-03-12", "1958-03-12"},
  {"dated March 1958",              "1958-03-01", "1958-03-31", "1958-03"},
  NO_DATE("bulk"),
  NO_DATE("dated"),
  /* ---- "pre-" and "post-": before and after */
  {"pre-1958",                      "0001-01-01", "1957-12-31", "../1957"},
  {"post-1958",                     "1959-01-01", "9999-12-31", "1959/.."},
  {"pre 1958",                      "0001-01-01", "1957-12-31", "../1957"},
  {"post-March 1958",               "1958-04-01", "9999-12-31", "1958-04/.."},
  NO_DATE("post-war"),
  NO_DATE("pre-"),
  NO_DATE("pre-1958-1960"),
  /* ---- German "vom ... bis" */
  {"vom 12. bis 15. März 1958",     "1958-03-12", "1958-03-15", "1958-03-12/1958-03-15"},
  {"vom 3. März bis 5. April 1958", "1958-03-03", "1958-04-05", "1958-03-03/1958-04-05"},
  /* ---- Russian and Ukrainian year words after a range, Ukrainian months */
  {"1962-1963 гг.",                 "1962-01-01", "1963-12-31", "1962/1963"},
  {"1958\xE2\x80\x93" "1960 гг.", "1958-01-01", "1960-12-31", "1958/1960"},
  {"1941-1945 рр.",                 "1941-01-01", "1945-12-31", "1941/1945"},
  {"25 грудня 1962 р.",             "1962-12-25", "1962-12-25", "1962-12-25"},
  {"1 вересня 1939 року",           "1939-09-01", "1939-09-01", "1939-09-01"},
  {"листопад 1958",                 "1958-11-01", "1958-11-30", "1958-11"},
  {"у грудні 1962 р.",              "1962-12-01", "1962-12-31", "1962-12"},
  NO_DATE("31 червня 1958 р."),
  NO_DATE("лист 12"),
  /* ---- the year first with a comma, and a season after the year, on a date line */
  {"1956, Oct. 19",                 "1956-10-19", "1956-10-19", "1956-10-19"},
  {"1956, October",                 "1956-10-01", "1956-10-31", "1956-10"},
  {"1958 Spring",                   "1958-03-01", "1958-05-31", "1958-21"},
  {"1958, Autumn",                  "1958-09-01", "1958-11-30", "1958-23"},
  {"1958 Winter",                   "1957-12-01", "1958-02-28", "1957-12/1958-02"},
  NO_DATE("1956, 19"),
  NO_DATE("1956, Octember 19"),
  NO_DATE("1956, Oct. 32"),
  /* ---- two seasons of one year */
  {"Spring-Summer 1956",            "1956-03-01", "1956-08-31", "1956-21/1956-22"},
  {"Summer/Fall 1956",              "1956-06-01", "1956-11-30", "1956-22/1956-23"},
  {"Spring to Autumn 1957",         "1957-03-01", "1957-11-30", "1957-21/1957-23"},
  NO_DATE("Fall/Winter 1956"),      /* the winter of 1956 begins in December 1955: reversed */
  NO_DATE("Spring - Fall"),
  NO_DATE("Spring/1956"),
  /* ---- early, mid, late: "the" before a decade in numbers, and centuries (forty years) */
  {"the late 1950s",                "1956-01-01", "1959-12-31", "1956/1959"},
  {"the early 1960s",               "1960-01-01", "1963-12-31", "1960/1963"},
  {"early 20th century",            "1900-01-01", "1939-12-31", "1900/1939"},
  {"mid-20th century",              "1930-01-01", "1969-12-31", "1930/1969"},
  {"late 19th century",             "1860-01-01", "1899-12-31", "1860/1899"},
  {"the late 18th century",         "1760-01-01", "1799-12-31", "1760/1799"},
  NO_DATE("late 1st century"),
  NO_DATE("the late"),
  /* ---- quarters and halves with ordinals in digits or Roman numerals, "of" left out */
  {"2nd quarter 1957",              "1957-04-01", "1957-06-30", "1957-34"},
  {"1st half 1957",                 "1957-01-01", "1957-06-30", "1957-40"},
  {"third quarter 1957",            "1957-07-01", "1957-09-30", "1957-35"},
  {"1. Quartal 1958",               "1958-01-01", "1958-03-31", "1958-33"},
  {"II. Halbjahr 1958",             "1958-07-01", "1958-12-31", "1958-41"},
  {"I квартал 1958 г.",             "1958-01-01", "1958-03-31", "1958-33"},
  {"IV квартал 1958 г.",            "1958-10-01", "1958-12-31", "1958-36"},
  {"1er trimestre 1958",            "1958-01-01", "1958-03-31", "1958-33"},
  NO_DATE("5th quarter 1958"),
  NO_DATE("3rd half 1958"),
  NO_DATE("V квартал 1958 г."),
  /* ---- a month and a year in numbers, on a date line */
  {"10/1958",                       "1958-10-01", "1958-10-31", "1958-10"},
  {"10.1958",                       "1958-10-01", "1958-10-31", "1958-10"},
  {"3.1958",                        "1958-03-01", "1958-03-31", "1958-03"},
  {"10/1958-12/1958",               "1958-10-01", "1958-12-31", "1958-10/1958-12"},
  {"12.1958 - 3.1959",              "1958-12-01", "1959-03-31", "1958-12/1959-03"},
  {"10.1958 г.",                    "1958-10-01", "1958-10-31", "1958-10"},
  NO_DATE("13/1958"),
  NO_DATE("0/1958"),
  NO_DATE("10/58"),
  NO_DATE("1958/10"),
  NO_DATE("1958.10"),
  NO_DATE("10.1958.3"),
  NO_DATE("No. 10/1958"),
  /* ---- circa before the end of a range */
  {"1958 - ca. 1960",               "1958-01-01", "1960-12-31", "1958~/1960~"},
  {"from 1958 to c. 1960",          "1958-01-01", "1960-12-31", "1958~/1960~"},
  NO_DATE("1958 - ca."),
  /* ---- days or months of one year joined by "and" or a slash: from the first to the last */
  {"8 and 10 October 1963",         "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"March 3 and 4, 1958",           "1958-03-03", "1958-03-04", "1958-03-03/1958-03-04"},
  {"3/4 March 1958",                "1958-03-03", "1958-03-04", "1958-03-03/1958-03-04"},
  {"March and April 1958",          "1958-03-01", "1958-04-30", "1958-03/1958-04"},
  NO_DATE("10 and 8 October 1963"),
  NO_DATE("8 and 31 February 1963"),
  NO_DATE("8 and 10 October"),
  NO_DATE("1 and 2"),
  NO_DATE("3 / 4 March 1958"),
  NO_DATE("3/4"),
  /* ---- numbered days and months before a whole date */
  {"12.3.-15.4.1958",               "1958-03-12", "1958-04-15", "1958-03-12/1958-04-15"},
  {"28.12.-3.1.1959",               "1958-12-28", "1959-01-03", "1958-12-28/1959-01-03"},
  NO_DATE("12.13.-15.4.1958"),
  NO_DATE("12.3.-15.4."),
  NO_DATE("31.4.-5.5.1958"),
  /* ---- "not before", "not after" in Russian and German; "ранее", "позднее" */
  {"не ранее 1958 г.",              "1958-01-01", "9999-12-31", "1958/.."},
  {"Не позднее 1960 г.",            "0001-01-01", "1960-12-31", "../1960"},
  {"nicht vor M\xC3\xA4rz 1958",      "1958-03-01", "9999-12-31", "1958-03/.."},
  {"nicht nach 1960",               "0001-01-01", "1960-12-31", "../1960"},
  {"ранее 1958 г.",                 "0001-01-01", "1957-12-31", "../1957"},
  {"позднее 1958 г.",               "1959-01-01", "9999-12-31", "1959/.."},
  NO_DATE("не 1958"),
  NO_DATE("nicht"),
  /* ---- "and" in other languages, between two ends and in lists */
  {"entre 1958 y 1960",             "1958-01-01", "1960-12-31", "1958/1960"},
  {"1958, 1959 и 1960 гг.",         "1958-01-01", "1960-12-31", "1958/1960"},
  {"1958 und 1959",                 "1958-01-01", "1959-12-31", "1958/1959"},
  {"1958 et 1960",                  "1958-01-01", "1960-12-31", "1958/1960"},
  {"8 e 10 ottobre 1963",           "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  NO_DATE("1958 und"),
  NO_DATE("y 1958"),
  /* ---- more "no date" phrases, and with the cataloguer's date */
  {"o. J. [ca. 1958]",              "1958-01-01", "1958-12-31", "1958~"},
  {"s/f [1958?]",                   "1958-01-01", "1958-12-31", "1958?"},
  {"б. г. [1958]",                  "1958-01-01", "1958-12-31", "1958"},
  /* ---- year, month and day with one digit for the month or the day */
  {"1958-3-12",                     "1958-03-12", "1958-03-12", "1958-03-12"},
  {"1958/3/12",                     "1958-03-12", "1958-03-12", "1958-03-12"},
  {"1958-03-5",                     "1958-03-05", "1958-03-05", "1958-03-05"},
  NO_DATE("1958-13-5"),
  NO_DATE("1958-2-30"),
  NO_DATE("1958-3-0"),
  NO_DATE("1958-3"),
  NO_DATE("1958-3-12-4"),
  NO_DATE("1958-3/12"),
  /* ---- ranges whose ends are slashed numbers or early / mid / late */
  {"1/1/1958 - 12/31/1959",         "1958-01-01", "1959-12-31", "1958-01-01/1959-12-31"},
  {"13/1/1958 - 31/12/1959",        "1958-01-13", "1959-12-31", "1958-01-13/1959-12-31"},
  {"early 1958 - late 1959",        "1958-01-01", "1959-12-31", "1958-37/1959-39"},
  {"early 1950s - mid 1960s",       "1950-01-01", "1966-12-31", "1950/1966"},
  NO_DATE("12/31/1959 - 1/1/1958"),
  /* the first has two readings; the second, month first, decides it (sixth audit) */
  {"1/2/1958 - 12/31/1959",         "1958-01-02", "1959-12-31", "1958-01-02/1959-12-31"},
  NO_DATE("late 1959 - early 1958"),
  /* ---- decades in the words of other languages */
  {"1950-е годы",                   "1950-01-01", "1959-12-31", "195X"},
  {"1960-х гг.",                    "1960-01-01", "1969-12-31", "196X"},
  {"1950er Jahre",                  "1950-01-01", "1959-12-31", "195X"},
  {"ann\xC3\xA9" "es 1950",          "1950-01-01", "1959-12-31", "195X"},
  {"Anfang der 1960er Jahre",       "1960-01-01", "1963-12-31", "1960/1963"},
  {"Mitte der 1950er Jahre",        "1953-01-01", "1956-12-31", "1953/1956"},
  {"1950er-1960er Jahre",           "1950-01-01", "1969-12-31", "195X/196X"},
  NO_DATE("1950er-1965er Jahre"),
  NO_DATE("1950er-1960er"),
  NO_DATE("1955-е годы"),
  NO_DATE("1950er"),
  NO_DATE("années 1955"),
  NO_DATE("0990-е"),
};

static const char *row_failure(const DateLineRow *pr, char *zWhy, size_t nWhy){
  ArchDate d;
  return date_row_failure(pr->zIn, pr->zStart, pr->zEnd, pr->zEdtf, &d, zWhy, nWhy);
}

START_TEST(test_lines)
{
  char zWhy[512];
  const char *zFail = row_failure(&aRow[_i], zWhy, sizeof(zWhy));
  ck_assert_msg(zFail==0, "%s", zFail);
}
END_TEST

/* "undated" alone stays a "no date" phrase, not a date. */
START_TEST(test_undated_alone)
{
  ArchDate d;
  ck_assert_int_eq(arch_date_parse("undated", 7, &d), ARCH_DATE_UNDATED);
  ck_assert_int_eq(arch_date_parse("n.d.", 4, &d), ARCH_DATE_UNDATED);
  ck_assert_int_eq(arch_date_parse("undated, undated", 16, &d), ARCH_DATE_NOT_A_DATE);
  ck_assert_int_eq(arch_date_parse("n.d. []", 7, &d), ARCH_DATE_NOT_A_DATE);
}
END_TEST

static Suite *lines_suite(void){
  Suite *s = suite_create("date_lines");
  TCase *tc = tcase_create("lines");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_test(tc, test_undated_alone);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(lines_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
