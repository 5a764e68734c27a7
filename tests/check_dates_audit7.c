/*
** check_dates_audit7.c: unit tests for the rules of the seventh audit of archival dates
** (notes/dates7.md): quarters after their year and in more languages, the initials of Japanese
** eras before a day in digits, Lithuanian and Latvian dates written year first, Estonian and
** Hungarian case endings, Vietnamese parts of a year, the Korean tilde of a range, a letter's
** place without a comma before a day with its period, and in free text the Korean numbers with
** periods, a quarter after its year and a number's second group. Each rule has the cases it
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
  /* ---- a quarter after its year; "4th quarter, 1963"; quarters and halves in more
  ** languages */
  {"1962 Q3", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962-Q3", "1962-07-01", "1962-09-30", "1962-35"},
  {"1963 Q4", "1963-10-01", "1963-12-31", "1963-36"},
  {"Q3 of 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"4th quarter, 1963", "1963-10-01", "1963-12-31", "1963-36"},
  {"III кв. 1962 г.", "1962-07-01", "1962-09-30", "1962-35"},
  {"III кв. 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"troisième trimestre 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"tercer trimestre de 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"3. čtvrtletí 1962", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962. III. negyedév", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962. II. félév", "1962-07-01", "1962-12-31", "1962-41"},
  {"1962年第三季度", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962年第3四半期", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962년 3분기", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962년 제3분기", "1962-07-01", "1962-09-30", "1962-35"},
  {"1962年上半年", "1962-01-01", "1962-06-30", "1962-40"},
  NO_DATE("1962 Q5"),
  NO_DATE("1962 Q3 4"),
  NO_DATE("1962. V. negyedév"),
  NO_DATE("1962年第5季度"),
  NO_DATE("1962년 5분기"),
  NO_DATE("V кв. 1962"),
  /* ---- the initial of a Japanese era before a whole day in digits */
  {"S38.10.8", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"S.38.10.8", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"H1.1.8", "1989-01-08", "1989-01-08", "1989-01-08"},
  {"S64.1.7", "1989-01-07", "1989-01-07", "1989-01-07"},
  {"T15.12.25", "1926-12-25", "1926-12-25", "1926-12-25"},
  {"R1.5.1", "2019-05-01", "2019-05-01", "2019-05-01"},
  {"Showa 38", "1963-01-01", "1963-12-31", "1963"},
  NO_DATE("H1.1.7"),
  NO_DATE("S64.1.8"),
  NO_DATE("S38.2.30"),
  NO_DATE("S38.10"),
  NO_DATE("S38"),
  NO_DATE("S38.10.8.2"),
  NO_DATE("S138.10.8"),
  NO_DATE("X38.10.8"),
  NO_DATE("S38.10.8."),
  NO_DATE("M1.1.1"),
  /* ---- circa after an era's year or month, as after a Gregorian one */
  {"昭和38年頃", "1963-01-01", "1963-12-31", "1963~"},
  {"昭和38年10月ごろ", "1963-10-01", "1963-10-31", "1963-10~"},
  NO_DATE("昭和38年10月8日頃"),
  /* ---- Romanian "luna" (the month) before a month */
  {"luna octombrie 1963", "1963-10-01", "1963-10-31", "1963-10"},
  /* ---- Lithuanian: the year, m., the month in the genitive, the day and d. */
  {"1963 m. spalio 8 d.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 m. spalio 8 d", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 m. gruodžio 31 d.", "1963-12-31", "1963-12-31", "1963-12-31"},
  {"1963 m. spalio mėn.", "1963-10-01", "1963-10-31", "1963-10"},
  {"1963 m.", "1963-01-01", "1963-12-31", "1963"},
  NO_DATE("1963 m. vasario 30 d."),
  NO_DATE("1963 m. spalio 32 d."),
  /* ---- Latvian: the year with its period, gada or g., the day with its period, the
  ** month */
  {"1963. gada 8. oktobrī", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963. gada 8. oktobris", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963. gada oktobrī", "1963-10-01", "1963-10-31", "1963-10"},
  {"1963. g. 8. oktobrī", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963. gadā", "1963-01-01", "1963-12-31", "1963"},
  NO_DATE("1963. gada 31. septembrī"),
  NO_DATE("1963. g."),
  /* ---- Estonian: the adessive of a day, the inessive of a month */
  {"8. oktoobril 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"oktoobris 1963", "1963-10-01", "1963-10-31", "1963-10"},
  NO_DATE("31. novembril 1963"),
  /* ---- Hungarian endings of a day after its hyphen */
  {"1963. október 8-án", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963. október 8-a", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963. február 8-án", "1963-02-08", "1963-02-08", "1963-02-08"},
  NO_DATE("1963. október 32-án"),
  NO_DATE("1963. október 8-xyz"),
  /* ---- Vietnamese parts of a year */
  {"đầu năm 1963", "1963-01-01", "1963-04-30", "1963-37"},
  {"cuối năm 1963", "1963-09-01", "1963-12-31", "1963-39"},
  /* ---- a tilde with spaces between the ends of a range, as Korean and Japanese write it */
  {"1963년 10월 ~ 1964년 1월", "1963-10-01", "1964-01-31", "1963-10/1964-01"},
  {"1963 ~ 1965", "1963-01-01", "1965-12-31", "1963/1965"},
  {"1963~", "1963-01-01", "1963-12-31", "1963~"},
  NO_DATE("1965 ~ 1963"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

/* ---- a letter's place without a comma, before a day with its period and a month's word.
** listing() does not take a letter's heading for a record's date line, so these are checked by
** the parser alone. */
static const DateLineRow aPlace[] = {
  {"Praha 8. října 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Bratislava 8. októbra 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Berlin 8. Oktober 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Karl-Marx-Stadt 8. Oktober 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  /* not: a label of a number before the day, no period after the day, numbers only, no
  ** year, a month alone */
  NO_DATE("Box 8. října 1963"),
  NO_DATE("Shelf 8. October 1963"),
  NO_DATE("Nr. 8. Oktober 1963"),
  NO_DATE("No 8. October 1963"),
  NO_DATE("Vol. 8. Oktober 1963"),
  NO_DATE("Folder 8 October 1963"),
  NO_DATE("Praha 8 října 1963"),
  NO_DATE("Praha 8. 10. 1963"),
  NO_DATE("Praha 8. října"),
  NO_DATE("Praha 8. října 1963 a 1964"),
  NO_DATE("Praha říjen 1963"),
  NO_DATE("praha 8. října 1963"),
};

START_TEST(test_place)
{
  check_date_parse_row(&aPlace[_i]);
}
END_TEST

static const DateTextRow aText[] = {
  /* ---- a quarter after its year, "Q3 of 1962" */
  {"Sales in 1963 Q3 rose by a tenth.", "1963 Q3=1963-35"},
  {"The Politburo met in Q3 of 1962 to discuss Cuba.", "Q3 of 1962=1962-35"},
  {"1962년 3분기에 수출이 증가했다.", "1962년 3분기에=1962-35"},
  {"In 1963 Q people left.", "1963=1963"},
  /* ---- Korean numbers with periods, the day's period too */
  {"Ambassador Puzanov reported on 1963. 10. 8. from Pyongyang.",
   "1963. 10. 8.=1963-10-08"},
  {"In 1963. 10 people died.", "1963=1963"},
  {"Report 1963. 10. 8 was filed.", "1963=1963"},
  /* ---- Lithuanian, Latvian, Estonian days in sentences; "m." alone is meters */
  {"Pasitarimas įvyko 1963 m. spalio 8 d. Vilniuje.", "1963 m. spalio 8 d.=1963-10-08"},
  {"Sanāksme notika 1963. gada 8. oktobrī Rīgā.", "1963. gada 8. oktobrī=1963-10-08"},
  {"Koosolek toimus 8. oktoobril 1963 Tallinnas.", "8. oktoobril 1963=1963-10-08"},
  {"The road was 1963 m. long.", "1963=1963"},
  /* ---- a Hungarian month in the possessive inessive after its year; another form needs
  ** its day */
  {"A tárgyalások 1963 októberében kezdődtek.", "1963 októberében=1963-10"},
  {"Az 1963 októberi ülésen.", "1963=1963"},
  /* ---- a number's second group after a label's number is no year */
  {"Tel. 1963 1008.", ""},
  {"Tel. 1963 1008 and in 1964 the line was cut.", "1964=1964"},
  {"No. 1963 and 1964 later", "1964=1964"},
  /* ---- the tilde of a range, with spaces */
  {"He said 1963 ~ 1965 was hard.", "1963 ~ 1965=1963/1965"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit7_suite(void){
  Suite *s = suite_create("dates_audit7");
  TCase *tc = tcase_create("audit7");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_place, 0, (int)(sizeof(aPlace)/sizeof(aPlace[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit7_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
