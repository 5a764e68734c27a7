/*
** check_dates_audit2.c: unit tests for the rules changed by the second audit of archival dates
** (notes/dates_audit2.md): whole date lines with their range and EDTF, and free text (dates())
** with every match it must find, or none.
**
** Every expected value is written by hand from the rules of README.md's "Archival dates" and
** the headers of ext/dates*.c, before the program was run on it.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "check_dates_rows.h"

static const DateLineRow aRow[] = {
  /* ---- a first end without its year is in the year before only across a short span */
  {"Nov.-Feb. 1957",                "1956-11-01", "1957-02-28", "1956-11/1957-02"},
  {"20.12.-5.1.1958",               "1957-12-20", "1958-01-05", "1957-12-20/1958-01-05"},
  {"XII-I.1958",                    "1957-12-01", "1958-01-31", "1957-12/1958-01"},
  {"Oct.-Mar. 1957",                "1956-10-01", "1957-03-31", "1956-10/1957-03"},
  NO_DATE("12.3.-15.2.1958"),       /* eleven months: a slip, not last year's March */
  NO_DATE("3.III-5.II.1958"),
  {"Sept.-Feb. 1957",               "1956-09-01", "1957-02-28", "1956-09/1957-02"},
  NO_DATE("Aug.-Feb. 1957"),        /* seven months */
  /* ---- "of" after before, after and circa (Spanish, Portuguese, Italian) */
  {"antes de 1961",                 "0001-01-01", "1960-12-31", "../1960"},
  {"después de 1961",               "1962-01-01", "9999-12-31", "1962/.."},
  {"depois de 1961",                "1962-01-01", "9999-12-31", "1962/.."},
  {"prima del 1961",                "0001-01-01", "1960-12-31", "../1960"},
  {"hacia 1961",                    "1961-01-01", "1961-12-31", "1961~"},
  {"cerca de 1961",                 "1961-01-01", "1961-12-31", "1961~"},
  {"antes de agosto de 1961",       "0001-01-01", "1961-07-31", "../1961-07"},
  NO_DATE("antes de"),
  NO_DATE("cerca de"),
  NO_DATE("antes de de 1961"),
  /* ---- parts of a year and of a decade */
  {"principios de 1961",            "1961-01-01", "1961-04-30", "1961-37"},
  {"mediados de 1961",              "1961-05-01", "1961-08-31", "1961-38"},
  {"finales de 1961",               "1961-09-01", "1961-12-31", "1961-39"},
  {"meados de 1961",                "1961-05-01", "1961-08-31", "1961-38"},
  {"inizio del 1961",               "1961-01-01", "1961-04-30", "1961-37"},
  {"fin des ann\xC3\xA9" "es 1950",   "1956-01-01", "1959-12-31", "1956/1959"},
  {"milieu des ann\xC3\xA9" "es 1960","1963-01-01", "1966-12-31", "1963/1966"},
  {"d\xC3\xA9" "but des ann\xC3\xA9" "es 1960", "1960-01-01", "1963-12-31", "1960/1963"},
  /* ---- Spanish, Portuguese and Italian seasons (of the year of their last month) */
  {"primavera de 1961",             "1961-03-01", "1961-05-31", "1961-21"},
  {"verano de 1961",                "1961-06-01", "1961-08-31", "1961-22"},
  {"oto\xC3\xB1o de 1961",           "1961-09-01", "1961-11-30", "1961-23"},
  {"invierno de 1961",              "1960-12-01", "1961-02-28", "1960-12/1961-02"},
  {"autunno 1961",                  "1961-09-01", "1961-11-30", "1961-23"},
  NO_DATE("estate 1961"),
  NO_DATE("primavera"),
  /* ---- EAD's inclusive and bulk dates: the inclusive dates, when the bulk lies within */
  {"1945-1991, bulk 1956-1964",     "1945-01-01", "1991-12-31", "1945/1991"},
  {"1956-1957 (bulk 1956)",         "1956-01-01", "1957-12-31", "1956/1957"},
  {"1950-1970; bulk 1956",          "1950-01-01", "1970-12-31", "1950/1970"},
  {"1945-1991 bulk 1956-1964",      "1945-01-01", "1991-12-31", "1945/1991"},
  {"1956, 1958 (bulk 1958)",        "1956-01-01", "1958-12-31", "1956/1958"},
  {"March 1958 - June 1959, Bulk March 1958",
                                    "1958-03-01", "1959-06-30", "1958-03/1959-06"},
  NO_DATE("1950-1955, bulk 1960"),  /* the bulk outside the inclusive dates */
  NO_DATE("1950-1955 (bulk 1949-1951)"),
  NO_DATE("1950-1955, bulk"),
  NO_DATE("Box 3, bulk 1956"),
  NO_DATE("1950-1955 (bulk 1952"),
  /* ---- CJK decades (年代, 년대) and ranges (至, a dash) whose second end lacks the year */
  {"1960\xE5\xB9\xB4\xE4\xBB\xA3",              "1960-01-01", "1969-12-31", "196X"},
  {"1960\xEB\x85\x84\xEB\x8C\x80",              "1960-01-01", "1969-12-31", "196X"},
  {"\xE4\xB8\x80\xE4\xB9\x9D\xE5\x85\xAD\xE3\x80\x87\xE5\xB9\xB4\xE4\xBB\xA3",
                                    "1960-01-01", "1969-12-31", "196X"},     /* 一九六〇年代 */
  {"1950\xE5\xB9\xB4\xE4\xBB\xA3\xE8\x87\xB3" "1960\xE5\xB9\xB4\xE4\xBB\xA3",
                                    "1950-01-01", "1969-12-31", "195X/196X"}, /* 1950年代至1960年代 */
  NO_DATE("1965\xE5\xB9\xB4\xE4\xBB\xA3"),        /* 1965年代 */
  {"1961\xE5\xB9\xB4" "8\xE6\x9C\x88" "13\xE6\x97\xA5\xE8\x87\xB3" "15\xE6\x97\xA5",
                                    "1961-08-13", "1961-08-15", "1961-08-13/1961-08-15"},
  {"1961\xE5\xB9\xB4" "8\xE6\x9C\x88" "13\xE6\x97\xA5\xE8\x87\xB3" "9\xE6\x9C\x88" "15\xE6\x97\xA5",
                                    "1961-08-13", "1961-09-15", "1961-08-13/1961-09-15"},
  {"1961\xE5\xB9\xB4" "8\xE6\x9C\x88-9\xE6\x9C\x88",
                                    "1961-08-01", "1961-09-30", "1961-08/1961-09"},
  {"1961\xEB\x85\x84 8\xEC\x9B\x94 13\xEC\x9D\xBC - 15\xEC\x9D\xBC",
                                    "1961-08-13", "1961-08-15", "1961-08-13/1961-08-15"},
  NO_DATE("1961\xE5\xB9\xB4" "8\xE6\x9C\x88" "13\xE6\x97\xA5\xE8\x87\xB3" "2\xE6\x9C\x88" "15\xE6\x97\xA5"),
  NO_DATE("1961\xE5\xB9\xB4" "8\xE6\x9C\x88\xE8\x87\xB3" "13\xE6\x9C\x88"),
  NO_DATE("13\xE6\x97\xA5\xE8\x87\xB3" "15\xE6\x97\xA5"),
  /* ---- AACR2's correction of a printed date: the date in brackets */
  {"1961 [i.e. 1962]",              "1962-01-01", "1962-12-31", "1962"},
  {"1961 [i. e. 1962?]",            "1962-01-01", "1962-12-31", "1962?"},
  {"Oct. 8, 1963 [i.e. Oct. 9, 1963]", "1963-10-09", "1963-10-09", "1963-10-09"},
  NO_DATE("Box 3 [i.e. 1962]"),     /* the printed part must be a date */
  NO_DATE("1961 [i.e. Box 4]"),
  NO_DATE("1961 [i.e. 1962"),
  /* ---- one part of a date supplied in brackets */
  {"Aug. 13, [1961]",               "1961-08-13", "1961-08-13", "1961-08-13"},
  {"[13] August 1961",              "1961-08-13", "1961-08-13", "1961-08-13"},
  {"1961 [Aug.] 13",                "1961-08-13", "1961-08-13", "1961-08-13"},
  {"[c.] 1961",                     "1961-01-01", "1961-12-31", "1961~"},
  NO_DATE("Box [3] 1961"),
  NO_DATE("Box 3 [1961]"),
  NO_DATE("1514 [XV]"),
  NO_DATE("1961 [1962]"),
  NO_DATE("1961 [copy]"),
  NO_DATE("[1961] [Aug. 13]"),      /* one group only */
  /* ---- "or earlier", "or later" after a date: open, the date itself in */
  {"1961 or earlier",               "0001-01-01", "1961-12-31", "../1961"},
  {"1961 or later",                 "1961-01-01", "9999-12-31", "1961/.."},
  {"March 1961 or later",           "1961-03-01", "9999-12-31", "1961-03/.."},
  {"1961 or before",                "0001-01-01", "1961-12-31", "../1961"},
  {"1961 oder sp\xC3\xA4ter",        "1961-01-01", "9999-12-31", "1961/.."},
  NO_DATE("or later"),
  NO_DATE("later 1961"),
  NO_DATE("1961 later"),
  NO_DATE("1961-1963 or later"),
  /* ---- "not later than", "no earlier than": as "not after", "not before" */
  {"no later than 1961",            "0001-01-01", "1961-12-31", "../1961"},
  {"no earlier than 1961",          "1961-01-01", "9999-12-31", "1961/.."},
  {"not later than 15 March 1958",  "0001-01-01", "1958-03-15", "../1958-03-15"},
  {"not earlier than March 1958",   "1958-03-01", "9999-12-31", "1958-03/.."},
  NO_DATE("later than 1961"),
  NO_DATE("no later than"),
  NO_DATE("not later 1961"),
  /* ---- the words of an uncertain date, as "1961?"; "thru"; a second decade in two digits */
  {"probably 1961",                 "1961-01-01", "1961-12-31", "1961?"},
  {"possibly 1961-1963",            "1961-01-01", "1963-12-31", "1961?/1963?"},
  {"vermutlich M\xC3\xA4rz 1961",   "1961-03-01", "1961-03-31", "1961-03?"},
  {"prawdopodobnie 1961",           "1961-01-01", "1961-12-31", "1961?"},
  {"circa 1961",                    "1961-01-01", "1961-12-31", "1961~"},
  NO_DATE("probably"),
  {"Date unknown, probably 1963",   "1963-01-01", "1963-12-31", "1963?"},   /* a date for an
                                    undated item after a comma (dates_line.c), as "(ca. 1958)" */
  {"1961 thru 1963",                "1961-01-01", "1963-12-31", "1961/1963"},
  {"1950s-60s",                     "1950-01-01", "1969-12-31", "195X/196X"},
  NO_DATE("1950s-40s"),
  NO_DATE("1950s-65s"),
  NO_DATE("1950-60s"),
  /* ---- Russian decades in two digits, with the year word: 19yy */
  {"60-\xD0\xB5 \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x8B",       "1960-01-01", "1969-12-31", "196X"},  /* 60-е годы */
  {"60-\xD1\x85 \xD0\xB3\xD0\xB3.",                         "1960-01-01", "1969-12-31", "196X"},  /* 60-х гг. */
  {"\xD0\xBD\xD0\xB0\xD1\x87\xD0\xB0\xD0\xBB\xD0\xBE 60-\xD1\x85 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB2",
                                    "1960-01-01", "1963-12-31", "1960/1963"},  /* начало 60-х годов */
  NO_DATE("60-\xD0\xB5"),                      /* 60-е: without the year word, a count */
  NO_DATE("65-\xD0\xB5 \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x8B"),   /* 65-е годы */
  /* ---- "the" before an ordinal half or quarter */
  {"the first half of 1961",        "1961-01-01", "1961-06-30", "1961-40"},
  {"the third quarter of 1961",     "1961-07-01", "1961-09-30", "1961-35"},
  NO_DATE("the first half"),
  NO_DATE("the the first half of 1961"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

static const DateTextRow aText[] = {
  {"letters of Nov.-Feb. 1957 from Hanoi", "Nov.-Feb. 1957=1956-11/1957-02"},
  /* number labels: plurals of containers, sections of a text, archival references */
  {"Items 1958-1960 are missing from the box", ""},
  {"Folders 1958-1960 and 1962 of the series", "1962=1962"},
  {"fond 89, opis 46, delo 1961, listy 1-12", ""},
  {"RGANI, f. 5, op. 30, dela 1958-1960", ""},
  {"Paragraph 1961 of the statute applies", ""},
  {"under article 1958 of the code", ""},
  {"AAN, sygn. 1961, k. 3", ""},
  {"BArch, Bl. 1958-1960", ""},
  /* and a year after them stays one */
  {"Article 5 of the 1961 treaty", "1961=1961"},
  {"section 3 of the report of 1961", "1961=1961"},
  {"the items of 1958 and 1959", "1958=1958; 1959=1959"},
  /* CJK decades in a sentence */
  {"1960\xE5\xB9\xB4\xE4\xBB\xA3\xEF\xBC\x8C\xE4\xB8\xAD\xE8\x8B\x8F", "1960\xE5\xB9\xB4\xE4\xBB\xA3=196X"},
  {"it was probably 1961 when he left", "probably 1961=1961?"},
  {"there were probably 1500 troops", ""},
  {"in the 1950s-60s the plan", "the 1950s-60s=195X/196X"},
  {"Later 1961 saw a crisis", "1961=1961"},
  {"to be returned not later than 15 March 1958", "not later than 15 March 1958=../1958-03-15"},
  {"more than 1958 troops crossed", ""},
  {"sent in 1961 or later from Hanoi", "1961 or later=1961/.."},
  /* the new words in sentences */
  {"la reuni\xC3\xB3n, antes de 1961, fue aplazada", "antes de 1961=../1960"},
  {"in the first half of 1961 the plan failed", "first half of 1961=1961-40"},
  {"he spent the first half in Berlin", ""},
  {"the estate in 1961 was sold", "1961=1961"},
  {"a fine 1961 vintage", "1961=1961"},
  {"the court imposed fines 1961 to 1963", "1961 to 1963=1961/1963"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit2_suite(void){
  Suite *s = suite_create("dates_audit2");
  TCase *tc = tcase_create("audit2");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit2_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
