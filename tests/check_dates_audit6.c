/*
** check_dates_audit6.c: unit tests for the rules of the sixth audit of archival dates
** (notes/dates6.md): the date of a letter's heading after its place, months of more
** languages, Juche years in Han letters, and in free text the measures that count a number
** even after "to", "the years" before a range, and running numbers glued after a year. Each
** rule has the cases it must not fire on.
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
  /* ---- a word of the day leading the line, without a place */
  {"den 8.10.1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  /* ---- months of Finnish, Estonian, Turkish, Albanian, Greek */
  {"8. lokakuuta 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"joulukuu 1963", "1963-12-01", "1963-12-31", "1963-12"},
  {"8. oktoober 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8 Ekim 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8 Şubat 1963", "1963-02-08", "1963-02-08", "1963-02-08"},
  {"8 tetor 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8 Οκτωβρίου 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Δεκέμβριος 1963", "1963-12-01", "1963-12-31", "1963-12"},
  NO_DATE("31 Kasım 1963"),
  NO_DATE("30 helmikuuta 1963"),
  /* ---- lists of days: "&" as "and", days listed with commas before "and", and after a
  ** date written year first (the British National Archives) */
  {"October 8 & 10, 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"8 & 10 October 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"8, 10 and 12 October 1963", "1963-10-08", "1963-10-12", "1963-10-08/1963-10-12"},
  {"8, 10, and 12 October 1963", "1963-10-08", "1963-10-12", "1963-10-08/1963-10-12"},
  {"1963 Oct. 8 and 10", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"1963 Oct 8 & 10", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"1963 Oct 8, 10", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"1963 Oct 8, 10 and 12", "1963-10-08", "1963-10-12", "1963-10-08/1963-10-12"},
  NO_DATE("10, 8 and 12 October 1963"),
  NO_DATE("1963 Oct 10 and 8"),
  NO_DATE("1963 Oct 8 and 32"),
  NO_DATE("1963 Oct 8, 10 Nov"),
  NO_DATE("8, 10 October 1963 and"),
  /* ---- times FRUS and telegrams write after the day: noon, midnight, UTC with its Z */
  {"October 8, 1963, noon", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"October 8, 1963—noon.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"October 8, 1963, midnight", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"October 8, 1963, 1430Z", "1963-10-08", "1963-10-08", "1963-10-08"},
  NO_DATE("October 8, 1963, 1430"),
  NO_DATE("October 8, 1963, 2460Z"),
  NO_DATE("October 1963, noon"),
  /* ---- the date-time group of telegrams: day, hour, minute, zone letter, month, year */
  {"081430Z OCT 63", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"081430Z October 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"312359Z DEC 63", "1963-12-31", "1963-12-31", "1963-12-31"},
  NO_DATE("081430Z"),
  NO_DATE("081430 OCT 63"),
  NO_DATE("311430Z NOV 63"),
  NO_DATE("082530Z OCT 63"),
  NO_DATE("081430Z OCT"),
  /* ---- Roman months typed in Cyrillic letters, glued to a period */
  {"8.Х.1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8.ХІ.1963 г.", "1963-11-08", "1963-11-08", "1963-11-08"},
  {"Х.1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"8.ІІ.1963", "1963-02-08", "1963-02-08", "1963-02-08"},
  NO_DATE("8 х 10"),
  NO_DATE("8.і.1963"),
  NO_DATE("8.ХІІІ.1963"),
  /* ---- the double year of England before 1752, for days before 25 March */
  {"February 10, 1720/21", "1721-02-10", "1721-02-10", "1721-02-10"},
  {"10 February 1720/1", "1721-02-10", "1721-02-10", "1721-02-10"},
  {"March 3, 1689/90", "1690-03-03", "1690-03-03", "1690-03-03"},
  {"January 1720/1721", "1721-01-01", "1721-01-31", "1721-01"},
  NO_DATE("October 10, 1720/21"),
  NO_DATE("February 10, 1963/64"),
  NO_DATE("February 10, 1720/22"),
  /* ---- the Romance "to" between two days, on a date line */
  {"8 a 10 de octubre de 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"8 à 10 octobre 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  NO_DATE("10 a 8 de octubre de 1963"),
  NO_DATE("8 a 1963"),
  /* ---- Soviet forms: the day in quotation marks; the year first with its word */
  {"«8» октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"\"8\" октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"„8“ октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 г., октябрь", "1963-10-01", "1963-10-31", "1963-10"},
  {"1963 г., 8 октября", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 р., 8 жовтня", "1963-10-08", "1963-10-08", "1963-10-08"},
  NO_DATE("«8» 1963"),
  NO_DATE("«32» октября 1963 г."),
  NO_DATE("«8»"),
  NO_DATE("1963 г., осень 1962"),
  /* ---- one day in both calendars, Old Style first: the Gregorian day, when the second is
  ** the first moved by the lag of its century */
  {"25 October (7 November) 1917", "1917-11-07", "1917-11-07", "1917-11-07"},
  {"25 October/7 November 1917", "1917-11-07", "1917-11-07", "1917-11-07"},
  {"October 25 (November 7), 1917", "1917-11-07", "1917-11-07", "1917-11-07"},
  {"12 (25) октября 1917 г.", "1917-10-25", "1917-10-25", "1917-10-25"},
  {"19 February (3 March) 1861", "1861-03-03", "1861-03-03", "1861-03-03"},
  {"1 (14) February 1918", "1918-02-14", "1918-02-14", "1918-02-14"},
  NO_DATE("8 October (21 October) 1863"),
  NO_DATE("25 October (7 November) 1963"),
  NO_DATE("1 (13) February 1918"),
  NO_DATE("8 (10) October 1963"),
  /* ---- two slashed dates: the end with one reading decides the order of the other */
  {"10/18/1963 - 11/2/1963", "1963-10-18", "1963-11-02", "1963-10-18/1963-11-02"},
  {"18/10/1963 - 2/11/1963", "1963-10-18", "1963-11-02", "1963-10-18/1963-11-02"},
  {"10/2/1963 - 10/18/1963", "1963-10-02", "1963-10-18", "1963-10-02/1963-10-18"},
  NO_DATE("10/18/1963 - 10/2/1963"),
  NO_DATE("10/8/1963 - 11/2/1963"),
  /* ---- "the end of", "the beginning of", "the middle of"; "prob." */
  {"the end of 1963", "1963-09-01", "1963-12-31", "1963-39"},
  {"the beginning of October 1963", "1963-10-01", "1963-10-10", "1963-10-01/1963-10-10"},
  {"the middle of 1963", "1963-05-01", "1963-08-31", "1963-38"},
  {"prob. 1963", "1963-01-01", "1963-12-31", "1963?"},
  NO_DATE("the end of"),
  NO_DATE("the end 1963 of"),
  /* ---- "onwards" after a date, "from ... onwards": from the date on */
  {"1963 onwards", "1963-01-01", "9999-12-31", "1963/.."},
  {"from October 1963 onward", "1963-10-01", "9999-12-31", "1963-10/.."},
  NO_DATE("onwards"),
  NO_DATE("between 1963 onwards"),
  /* ---- Portuguese and Italian abbreviations that are also words: with their period, on a
  ** date line */
  {"out. 1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"8 out. 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"set. 1963", "1963-09-01", "1963-09-30", "1963-09"},
  {"gen. 1963", "1963-01-01", "1963-01-31", "1963-01"},
  NO_DATE("out 1963"),
  NO_DATE("Gen 1963"),
  NO_DATE("set 8, 1963"),
  /* ---- Juche years in Han letters */
  {"主体52(1963)年10月8日", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"主體52年", "1963-01-01", "1963-12-31", "1963"},
  NO_DATE("主体52(1962)年"),
  NO_DATE("主体"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

/* ---- a letter's heading: the place, a comma or a word of the day, the date of a day or a few
** days. listing() does not take these for a record's date line (its quick test looks at the
** first word), so they are checked by the parser alone. */
static const DateLineRow aPlace[] = {
  {"Washington, October 8, 1963.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"dnia 8.10.1963 r.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"dne 8. 10. 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Washington, October 8–10, 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"Moscow, 8 October 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Berlin, den 8. Oktober 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Frankfurt am Main, den 2. November 1963", "1963-11-02", "1963-11-02", "1963-11-02"},
  {"Paris, le 8 octobre 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"La Habana, 8 de octubre de 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"México, D.F., a 8 de octubre de 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Warszawa, dnia 8 października 1963 r.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"V Praze dne 8. října 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Москва, 8 октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"г. Москва, 8.10.1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Budapest, 1963. október 8.", "1963-10-08", "1963-10-08", "1963-10-08"},
  /* not: a month or a year after a place, no comma nor day word, a number, lower case */
  NO_DATE("Washington, October 1963"),
  NO_DATE("Korea, 1963"),
  NO_DATE("Folder 8 October 1963"),
  NO_DATE("Section 8. Oktober 1963"),
  NO_DATE("Box 3, October 8, 1963"),
  NO_DATE("Part 2, 8-10 October 1963"),
  NO_DATE("Ulbricht to Khrushchev, 8 October 1963"),
  NO_DATE("Washington, after October 8, 1963"),
  NO_DATE("One Two Three Four Five, 8 October 1963"),
};

START_TEST(test_place)
{
  check_date_parse_row(&aPlace[_i]);
}
END_TEST

static const DateTextRow aText[] = {
  /* ---- measures and sums count the number even after "to" */
  {"The report runs to 1963 pages in three volumes.", ""},
  {"The price rose to 1963 francs per ton.", ""},
  {"Exports fell to 1963 tons in 1964.", "1964=1964"},
  {"The collection measures 1963 linear feet.", ""},
  {"The Il-18 carried 1963 kg of cargo.", ""},
  {"The ship displaced 1963 GRT.", ""},
  {"Der Bericht umfasst 1963 Seiten.", ""},
  {"Zespół liczy 1963 jednostki.", ""},
  /* not: "to" before a year's plural that is no measure; a year before a measure's noun
  ** after "in" or "the" */
  {"Output returned to 1958 levels.", "1958=1958"},
  {"In 1963 tons of grain were shipped.", "1963=1963"},
  {"The 1963 pages of the diary are lost.", "1963=1963"},
  /* ---- "the years" before a range makes it years, whatever plural follows */
  {"In the years 1961–1963 relations worsened.", "1961–1963=1961/1963"},
  {"The years 1956-1958 students were sent abroad.", "1956-1958=1956/1958"},
  {"Between 1500 and 2000 students left.", ""},
  /* ---- a running number of three or five digits after the year's hyphen */
  {"The accession 1963-045 contains photographs.", ""},
  {"See file 1963-10045.", ""},
  {"Talks in 1963-64 failed.", "1963-64=1963/1964"},
  {"Talks in 1963-1964 failed.", "1963-1964=1963/1964"},
  /* ---- lists of days in text, after a date written year first */
  {"The report, dated 1963 Oct. 8 and 10, covers both meetings.",
   "1963 Oct. 8 and 10=1963-10-08/1963-10-10"},
  {"Telegram 081430Z OCT 63 from CINCPAC reports the incident.",
   "081430Z OCT 63=1963-10-08"},
  {"On 1963 Oct 8, 10 delegates arrived.", "1963 Oct 8=1963-10-08"},
  {"On 8 October 1963, 1430 delegates arrived.", "8 October 1963=1963-10-08"},
  {"The revolution of 25 October (7 November) 1917 changed everything.",
   "25 October (7 November) 1917=1917-11-07"},
  {"Pages 8 (10) October 1963 were lost.", "October 1963=1963-10"},
  {"From 1963 onwards the archive was closed.", "From 1963 onwards=1963/.."},
  {"They were sold out. 1963 saw more.", "1963=1963"},
  {"Los documentos de out. 1963 fueron microfilmados.", "1963=1963"},
  /* ---- Juche years in Han letters, in text */
  {"主体52年的文件", "主体52年=1963"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit6_suite(void){
  Suite *s = suite_create("dates_audit6");
  TCase *tc = tcase_create("audit6");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_place, 0, (int)(sizeof(aPlace)/sizeof(aPlace[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit6_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
