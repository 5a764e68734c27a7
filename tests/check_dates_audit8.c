/*
** check_dates_audit8.c: unit tests for the rules of the eighth audit of archival dates
** (notes/dates8.md): a quarter's word before its number ("Quarter 3, 1962"), halves written H1
** and H2, Vietnamese seasons ("mùa xuân 1968"), the Lithuanian range of days, Estonian "1963.
** a.", Japanese 付 after a date, a Polish or Russian letter's place before a day closed by the
** year's "r." or "г.", the words that lead a letter's day in listing()'s quick test, the date
** lines cut after "de" or after a day's period, and in free text three numbers joined by
** hyphens with a two-digit last ("2-19-63", a telephone number) and the open end after a date
** ("1945-present"). Each rule has the cases it
** must not fire on.
**
** Every expected value is written by hand from the rules of README.md's "Archival dates" and
** the headers of ext/dates*.c, before the program was run on it. Strings are UTF-8.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "check_dates_rows.h"

static const DateLineRow aRow[] = {
  /* ---- a quarter's word, then its number and the year */
  {"Quarter 3, 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"Quarter 1, 1971", "1971-01-01", "1971-03-31", "1971-33"},
  {"Quarter 4 1957", "1957-10-01", "1957-12-31", "1957-36"},
  {"quarter 2 of 1958", "1958-04-01", "1958-06-30", "1958-34"},
  NO_DATE("Quarter 5, 1962"),
  NO_DATE("Quarter 0, 1962"),
  NO_DATE("Quarter 3"),
  NO_DATE("Quarter 3, 62"),
  NO_DATE("Quarter 12, 1962"),
  /* ---- halves as H1 and H2, before or after the year */
  {"1961 H2", "1961-07-01", "1961-12-31", "1961-41"},
  {"1961 H1", "1961-01-01", "1961-06-30", "1961-40"},
  {"H2 1961", "1961-07-01", "1961-12-31", "1961-41"},
  {"H1 1961", "1961-01-01", "1961-06-30", "1961-40"},
  NO_DATE("1961 H3"),
  NO_DATE("H3 1961"),
  NO_DATE("H0 1961"),
  NO_DATE("1961 H2 3"),
  NO_DATE("1961 H23"),
  NO_DATE("H2"),
  /* ---- Vietnamese seasons: "mùa" and the season's name, as one word */
  {"mùa xuân 1968", "1968-03-01", "1968-05-31", "1968-21"},
  {"Mùa xuân 1968", "1968-03-01", "1968-05-31", "1968-21"},
  {"mùa hè 1972", "1972-06-01", "1972-08-31", "1972-22"},
  {"mùa hạ 1972", "1972-06-01", "1972-08-31", "1972-22"},
  {"mùa thu 1968", "1968-09-01", "1968-11-30", "1968-23"},
  {"mùa đông 1972", "1971-12-01", "1972-02-29", "1971-12/1972-02"},
  {"mùa xuân năm 1968", "1968-03-01", "1968-05-31", "1968-21"},
  NO_DATE("thu 1968"),
  NO_DATE("đông 1968"),
  NO_DATE("xuân 1968"),
  NO_DATE("mùa 1968"),
  NO_DATE("mùa mưa 1968"),
  NO_DATE("mùa xuân"),
  NO_DATE("mùa xuân năm"),
  /* ---- the Lithuanian range of days, with the "d." after the last */
  {"1968 m. rugpjūčio 20–22 d.", "1968-08-20", "1968-08-22", "1968-08-20/1968-08-22"},
  {"1968 m. rugpjūčio 20-22 d.", "1968-08-20", "1968-08-22", "1968-08-20/1968-08-22"},
  {"1963 m. spalio 8–12 d", "1963-10-08", "1963-10-12", "1963-10-08/1963-10-12"},
  NO_DATE("1968 m. rugpjūčio 20–32 d."),
  NO_DATE("1968 m. rugpjūčio 22–20 d."),
  NO_DATE("20–22 d."),
  NO_DATE("August 20-22 d."),
  /* ---- Estonian "1963. a." (aasta, year) as a whole date line */
  {"1968. a.", "1968-01-01", "1968-12-31", "1968"},
  NO_DATE("1968. a"),
  NO_DATE("1968. a. b."),
  NO_DATE("68. a."),
  /* ---- Japanese 付 (dated) after a day or month */
  {"1958年8月23日付", "1958-08-23", "1958-08-23", "1958-08-23"},
  {"1958年8月付", "1958-08-01", "1958-08-31", "1958-08"},
  NO_DATE("1958年付"),
  NO_DATE("付"),
  /* ---- a word that leads a letter's day, without a place (listing()'s quick test lets
  ** the line through: date_row_failure() checks it) */
  {"dne 8. 10. 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"dnia 8.10.1963 r.", "1963-10-08", "1963-10-08", "1963-10-08"},
  /* ---- on a date line, three numbers with hyphens stay a date */
  {"2-19-63", "1963-02-19", "1963-02-19", "1963-02-19"},
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

/* ---- a Polish or Russian letter's place without a comma, before a day with no period and a
** date closed by the year's "r." or "г.". listing() does not take a letter's heading for a
** record's date line, so these are checked by the parser alone. */
static const DateLineRow aPlace[] = {
  {"Warszawa 21 sierpnia 1968 r.", "1968-08-21", "1968-08-21", "1968-08-21"},
  {"Kraków 3 maja 1957 r.", "1957-05-03", "1957-05-03", "1957-05-03"},
  {"Warszawa 8 października 1963 r.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Москва 8 октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  /* not: a label of a number, no year's word, a year or a month alone, a small letter */
  NO_DATE("Teczka 8 października 1963 r."),
  NO_DATE("Protokół 9 października 1963 r."),       /* a document's genre labels a number */
  NO_DATE("Протокол 8 октября 1963 г."),
  NO_DATE("ШИФРТЕЛЕГРАММА 8 октября 1963 г."),
  NO_DATE("Folder 8 października 1963 r."),
  NO_DATE("Box 8 October 1963 r."),
  NO_DATE("Warszawa 8 października 1963"),
  NO_DATE("Folder 8 October 1963"),
  NO_DATE("Warszawa 1963 r."),
  NO_DATE("Warszawa październik 1963 r."),
  NO_DATE("warszawa 8 października 1963 r."),
  NO_DATE("Warszawa 8.10.1963 r."),
};

START_TEST(test_place)
{
  check_date_parse_row(&aPlace[_i]);
}
END_TEST

/* ---- the beginning of a date line cut short, and what is no such beginning */
static const struct { const char *zIn; int cut; } aCut[] = {
  {"26 de octubre de", 1},
  {"26 de octubre", 1},
  {"26 de octubre de 19", 1},
  {"26 de oct", 1},
  {"17. Juni", 1},
  {"17. Jun", 1},
  {"17. Juni 196", 1},
  {"26 de octubre de 1962", 0},          /* a date */
  {"17. Juni 1953", 0},                  /* a date */
  {"26 de Box", 0},
  {"17. Report", 0},
  {"de octubre de", 0},
  {"26 de Report", 0},
  {"26 de de", 1},                       /* "de" begins Portuguese "dezembro" */
};

START_TEST(test_cut)
{
  const char *z = aCut[_i].zIn;
  ck_assert_msg(arch_date_is_cut_prefix(z, strlen(z))==aCut[_i].cut, "[%s]: cut %d, want %d",
                z, !aCut[_i].cut, aCut[_i].cut);
}
END_TEST

static const DateTextRow aText[] = {
  /* ---- "Quarter 3, 1962" and H1, H2 in sentences */
  {"Sales figures for Quarter 3, 1962 were forwarded.", "Quarter 3, 1962=1962-35"},
  {"The plan for 1961 H2 foresaw new deliveries.", "1961 H2=1961-41"},
  {"The plan for H1 1962 was met.", "H1 1962=1962-40"},
  {"At 16 h 1962 people had come.", ""},
  /* ---- Vietnamese seasons in text; the names alone are words and given names */
  {"Cuộc Tổng tiến công diễn ra vào mùa xuân 1968 trên toàn miền Nam.",
   "mùa xuân 1968=1968-21"},
  {"Vào mùa xuân năm 1975, chiến dịch bắt đầu.", "mùa xuân năm 1975=1975-21"},
  {"Bà Thu 1968 sinh ở Huế.", "1968=1968"},
  /* ---- the Lithuanian range of days */
  {"Susitikimas įvyko 1968 m. rugpjūčio 20–22 d. Vilniuje.",
   "1968 m. rugpjūčio 20–22 d.=1968-08-20/1968-08-22"},
  /* ---- three numbers with hyphens, the last of two digits: no date in text */
  {"The embassy telephone number was 2-19-63.", ""},
  {"Call extension 4-12-57 for the duty officer.", ""},
  {"The numbers were 2-19-63 and 2-19-64, and in 1964 they changed.", "1964=1964"},
  {"The cable of 2/19/63 arrived.", "2/19/63=1963-02-19"},
  {"Report of 1963-02-19 from Hanoi.", "1963-02-19=1963-02-19"},
  {"Report of 19-02-1963 from Hanoi.", "19-02-1963=1963-02-19"},
  /* ---- an open end after a date: "1945-present", "to present", "to date" */
  {"Chronicle of events, 1945-present, compiled by the ministry.", "1945-present=1945/.."},
  {"Figures from 1958 to present are kept.", "1958 to present=1958/.."},
  {"The present 1945 report.", "1945=1945"},
  {"Items 1958-present are missing.", ""},
  /* ---- Russian "код" (code) labels a number */
  {"Код 1968 был присвоен делу.", ""},
  {"Protokół 17 i notatka 1963 leżą w teczce.", ""},
  {"Протокол от 8 октября 1963 г. утвержден.", "8 октября 1963 г.=1963-10-08"},
  /* ---- "orders", as "items", before a run of numbers; "of" keeps the year */
  {"Orders 1500-2000 were processed.", ""},
  {"The orders of 1958 were kept.", "1958=1958"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit8_suite(void){
  Suite *s = suite_create("dates_audit8");
  TCase *tc = tcase_create("audit8");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_place, 0, (int)(sizeof(aPlace)/sizeof(aPlace[0])));
  tcase_add_loop_test(tc, test_cut, 0, (int)(sizeof(aCut)/sizeof(aCut[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit8_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
