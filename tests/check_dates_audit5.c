/*
** check_dates_audit5.c: unit tests for the rules of the fifth audit of archival dates
** (notes/dates5.md): whole date lines with their range and EDTF, and free text (dates()) with
** every match it must find, or none. Each rule has the cases it must not fire on.
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
  /* ---- the number words of Romance decades after the years word; never alone */
  {"anni Cinquanta", "1950-01-01", "1959-12-31", "195X"},
  {"negli anni Sessanta", "1960-01-01", "1969-12-31", "196X"},
  {"los años cincuenta", "1950-01-01", "1959-12-31", "195X"},
  {"anos setenta", "1970-01-01", "1979-12-31", "197X"},
  {"les années cinquante", "1950-01-01", "1959-12-31", "195X"},
  NO_DATE("cinquanta"),
  NO_DATE("Cinquanta"),
  NO_DATE("sessanta anni"),
  NO_DATE("the cincuenta"),
  /* ---- Indonesian months, with the spellings before 1972; Ukrainian abbreviations */
  {"17 Agustus 1945", "1945-08-17", "1945-08-17", "1945-08-17"},
  {"11 Maret 1966", "1966-03-11", "1966-03-11", "1966-03-11"},
  {"Pebruari 1966", "1966-02-01", "1966-02-28", "1966-02"},
  {"30 Nopember 1965", "1965-11-30", "1965-11-30", "1965-11-30"},
  {"Desember 1963", "1963-12-01", "1963-12-31", "1963-12"},
  {"8 Agt. 1963", "1963-08-08", "1963-08-08", "1963-08-08"},
  {"8 жовт. 1963 р.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"груд. 1962 р.", "1962-12-01", "1962-12-31", "1962-12"},
  /* ---- a Roman month between slashes: one reading; on a date line also "X/1963" */
  {"8/X/1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8/X/63", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"X/1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"8/X/1963 - 2/XI/1963", "1963-10-08", "1963-11-02", "1963-10-08/1963-11-02"},
  NO_DATE("8/X-1963"),
  NO_DATE("8/ X/1963"),
  NO_DATE("8/XIII/1963"),
  NO_DATE("31/IV/1963"),
  /* ---- Russian case endings after a number: an ordinal day, a year */
  {"8-го октября 1963 г.", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"с 8-го по 12 октября 1963 г.", "1963-10-08", "1963-10-12", "1963-10-08/1963-10-12"},
  {"20-е годы", "1920-01-01", "1929-12-31", "192X"},
  {"60-е годы", "1960-01-01", "1969-12-31", "196X"},
  {"1963-го года", "1963-01-01", "1963-12-31", "1963"},
  {"в 1963-м году", "1963-01-01", "1963-12-31", "1963"},
  {"1950-е годы", "1950-01-01", "1959-12-31", "195X"},
  NO_DATE("8-го"),
  NO_DATE("8-гол октября 1963"),
  NO_DATE("1963-е"),
  /* ---- unknown digits as hyphens without brackets, at the head of a date line */
  {"19--", "1900-01-01", "1999-12-31", "19XX"},
  {"19--?", "1900-01-01", "1999-12-31", "19XX?"},
  {"196-?", "1960-01-01", "1969-12-31", "196X?"},
  {"196-", "1960-01-01", "1969-12-31", "196X"},
  NO_DATE("196-1970"),
  NO_DATE("196–"),
  NO_DATE("19-"),
  NO_DATE("Box 196-?"),
  /* ---- Vietnamese: the unit word before each number */
  {"ngày 8 tháng 10 năm 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Ngày 8 tháng 10 năm 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8 tháng 10 năm 1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"tháng 10 năm 1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"tháng 10/1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"năm 1963", "1963-01-01", "1963-12-31", "1963"},
  {"ngày 8/10/1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Ngày 8-10-1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"từ tháng 10 năm 1963 đến tháng 3 năm 1964", "1963-10-01", "1964-03-31",
   "1963-10/1964-03"},
  NO_DATE("tháng 13 năm 1963"),
  NO_DATE("ngày 31 tháng 2 năm 1963"),
  NO_DATE("tháng 10"),
  NO_DATE("năm 63"),
  NO_DATE("ngày 8/13/1963"),
  NO_DATE("thang 10 nam 1963"),
  /* ---- one of two periods that are no parts, on a date line */
  {"late 1962 or early 1963", "1962-09-01", "1963-04-30", "[1962-39,1963-37]"},
  {"late 1962 or 1963", "1962-09-01", "1963-12-31", "[1962-39,1963]"},
  NO_DATE("early 1963 or late 1962"),
  NO_DATE("early 1963 or early 1963"),
  /* ---- a month's abbreviation between hyphens on a date line: month-day-year and ISO's order;
  ** "Oct-08" before another glued number is no month and year (it was read "Oct-08-1963" as
  ** October 1908 to 1963) */
  {"Oct-08-1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"OCT-08-1963", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Oct-08-63", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963-Oct-08", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963-OCT-08", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"Oct-63", "1963-10-01", "1963-10-31", "1963-10"},
  {"Oct-1963", "1963-10-01", "1963-10-31", "1963-10"},
  NO_DATE("Feb-30-1963"),
  NO_DATE("1963-Oct-32"),
  NO_DATE("1963-Oct"),
  NO_DATE("Oct-63-1964"),
  NO_DATE("Oct-63/1964"),
  /* ---- a question mark on one part of a date line, not at its end */
  {"October 8?, 1963", "1963-10-08", "1963-10-08", "1963-10-08?"},
  {"Oct. 8[?], 1963", "1963-10-08", "1963-10-08", "1963-10-08?"},
  {"October [8?], 1963", "1963-10-08", "1963-10-08", "1963-10-08?"},
  {"8? October 1963", "1963-10-08", "1963-10-08", "1963-10-08?"},
  NO_DATE("October 8??, 1963"),
  NO_DATE("Box 8?, 1963"),
  NO_DATE("October 8?, 1963?"),
  NO_DATE("October 32?, 1963"),
  /* ---- Mongolian: the year and its word, the month's number and its word after it */
  {"1963 оны 10 сарын 8", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 оны 10-р сарын 8", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 оны 10 сар", "1963-10-01", "1963-10-31", "1963-10"},
  {"1963 оны 10 сарын 8-ны өдөр", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963 оны", "1963-01-01", "1963-12-31", "1963"},
  NO_DATE("1963 оны 13 сарын 8"),
  NO_DATE("1963 оны 2 сарын 30"),
  NO_DATE("1963 10 сарын 8"),
  /* ---- a CJK decade of two digits, alone (the 1900s assumed) or after its century */
  {"20世纪50年代", "1950-01-01", "1959-12-31", "195X"},
  {"19世纪50年代", "1850-01-01", "1859-12-31", "185X"},
  {"19세기 50년대", "1850-01-01", "1859-12-31", "185X"},
  {"50年代", "1950-01-01", "1959-12-31", "195X"},
  {"50년대", "1950-01-01", "1959-12-31", "195X"},
  {"20世纪50年代初", "1950-01-01", "1953-12-31", "1950/1953"},
  {"20世纪", "1900-01-01", "1999-12-31", "19XX"},
  {"五十年代", "1950-01-01", "1959-12-31", "195X"},
  {"二十世纪五十年代", "1950-01-01", "1959-12-31", "195X"},
  {"十九世紀五十年代", "1850-01-01", "1859-12-31", "185X"},
  NO_DATE("五年代"),
  NO_DATE("五十五年代"),
  NO_DATE("一世纪五十年代"),
  NO_DATE("二十世纪"),
  NO_DATE("55年代"),
  NO_DATE("50 年代"),
  NO_DATE("20世纪55年代"),
  NO_DATE("des 1963"),
  NO_DATE("трав. 1963"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

static const DateTextRow aText[] = {
  /* ---- a word of quantity before the number, a people or an adjective before its noun */
  {"Some 1500 Korean students were studying in the GDR.", ""},
  {"Nearly 1200 Soviet specialists left China in the summer of 1960.",
   "the summer of 1960=1960-22"},
  {"Some 2000 Hungarians fled to Austria.", ""},
  {"About 2000 Hungarians fled to Austria.", ""},
  {"Около 1500 корейских студентов учились в ГДР.", ""},
  {"Rund 1500 Studenten aus Korea lebten in der DDR.", ""},
  {"Environ 1500 étudiants coréens étudiaient en RDA.", ""},
  {"Production rose by 1963 percent.", ""},
  {"Roughly 1200 East German refugees crossed daily in 1961.", "1961=1961"},
  {"Свыше 2000 венгров бежали в Австрию.", ""},
  {"Nearly 2000 East Germans escaped in 1961.", "1961=1961"},
  {"In 1961 East Germans built the wall.", "1961=1961"},
  {"Prawie 1500 studentów z Korei studiowało w Polsce.", ""},
  {"Sekitar 1500 orang ditangkap.", ""},
  {"Khoảng 1500 người đã tham gia.", ""},
  /* not: a year with its noun after "the", no quantity word, an approximate year alone */
  {"In 1961 East German guards built the wall.", "1961=1961"},
  {"В 1956 году венгры восстали.", "1956 году=1956"},
  {"События 1956 года в Венгрии.", "1956 года=1956"},
  {"Sekitar 1965 terjadi kudeta.", "Sekitar 1965=1965~"},
  {"1956 Hungarian refugees were resettled.", "1956=1956"},
  {"The 1956 Hungarian revolution was crushed.", "1956=1956"},
  {"Over 1963 the economy grew.", "1963=1963"},
  {"About 1956 the ministry was reorganized.", "About 1956=1956~"},
  {"Circa 1500 the town grew.", "Circa 1500=1500~"},
  {"Some 1956 Soviet advisers, 1957 report.", "1957=1957"},
  {"In 1956 Hungarians rose against the regime.", "1956=1956"},
  {"Some of 1956 was lost.", "1956=1956"},
  {"Over 1956-1958 the army was rebuilt.", "1956-1958=1956/1958"},
  /* ---- German "vor" (in front of) before a count */
  {"Vor 1500 Menschen sprach Ulbricht.", ""},
  {"Nach 1500 Kilometer Fahrt kamen sie an.", ""},
  {"Vor 1956 lebten hier 1500 Menschen.", "Vor 1956=../1955"},
  {"After 1945 people moved west.", "After 1945=1946/.."},
  {"Before 1956 People's Daily was smaller.", "Before 1956=../1955"},
  /* ---- "at" before a number: a time of day, a house number, a level */
  {"The meeting resumed at 1945 and ended at 2130.", ""},
  {"At 1945 the meeting was adjourned.", ""},
  {"The embassy is at 1125 16th Street NW.", ""},
  {"He lived at 1963 Lenin Street.", ""},
  /* not: "at" before a day or a range, "that", "in" */
  {"They met at 8 October 1963 talks.", "8 October 1963=1963-10-08"},
  {"The talks that 1963 brought failed.", "1963=1963"},
  {"Troops arrived in 1945 and left at dawn.", "1945=1945"},
  /* ---- a currency sign glued before the number */
  {"They paid $1963 for the equipment.", ""},
  {"It cost £1500 and €1963.", ""},
  /* not: a sign with a space, or no sign */
  {"Costs in US $ 1963.", "1963=1963"},
  {"Funds for 1963: $200.", "1963=1963"},
  {"Pada tanggal 17 Agustus 1945 Indonesia merdeka.", "17 Agustus 1945=1945-08-17"},
  {"La crise des 1500 soldats.", ""},
  {"Le prix des 1963 voitures.", ""},
  {"Negli anni Cinquanta la Cina crebbe.", "anni Cinquanta=195X"},
  {"Cinquanta anni dopo, nel 1963.", "1963=1963"},
  {"The memo is dated 8/X/1963.", "8/X/1963=1963-10-08"},
  {"Annex X/1963 was attached.", "1963=1963"},
  {"Письмо от 8-го октября 1963 г. было получено.", "8-го октября 1963 г.=1963-10-08"},
  {"В 1963-м году отношения ухудшились.", "1963-м году=1963"},
  {"In 19-- the text was cut.", ""},
  {"Ngày 8 tháng 10 năm 1963, phái đoàn đến Bắc Kinh.",
   "Ngày 8 tháng 10 năm 1963=1963-10-08"},
  {"Viet Nam 1963 report.", "1963=1963"},
  {"Late 1962 or early 1963, Ulbricht wrote.", "Late 1962=1962-39; early 1963=1963-37"},
  {"1963 оны 10 сарын 8-нд төлөөлөгчид ирэв.", "1963 оны 10 сарын 8-нд=1963-10-08"},
  {"他说20世纪50年代，中国", "20世纪50年代=195X"},
  {"上世纪50年代，中国", "50年代=195X"},
  {"他说十九世纪五十年代，中国", "十九世纪五十年代=185X"},
  {"他说一世纪五十年代，中国", ""},
  {"十月八日，他到达。", ""},
  /* ---- East Asian eras, Chinese numerals and full-width digits in text, inside a run of
  ** Han letters */
  {"他说，一九六三年十月八日毛泽东接见了代表团。", "一九六三年十月八日=1963-10-08"},
  {"民国52年10月，台湾代表团访问东京。", "民国52年10月=1963-10"},
  {"据中华民国五十二年十月报告", "中华民国五十二年十月=1963-10"},
  {"昭和38年10月8日、代表団が到着した。", "昭和38年10月8日=1963-10-08"},
  {"大正十二年九月一日の関東大震災", "大正十二年九月一日=1923-09-01"},
  {"주체52(1963)년 10월 김일성이 연설했다.", "주체52(1963)년 10월=1963-10"},
  {"在１９６３年１０月８日", "１９６３年１０月８日=1963-10-08"},
  {"他说，一九五〇年代的中国", "一九五〇年代=195X"},
  {"昭和38.10.8に到着", "昭和38.10.8=1963-10-08"},
  /* a year in digits glossed with its era: the reader's whole date; not when the grammar reads
  ** farther (a range) */
  {"1958年（昭和33年）3月3日に会談が行われた。", "1958年（昭和33年）3月3日=1958-03-03"},
  {"1963年10月8日至12日，会谈结束。", "1963年10月8日至12日=1963-10-08/1963-10-12"},
  {"1963年10-12号文件。", "1963年=1963"},
  /* not: no year, a year of fewer digits, inside a longer numeral, an era name alone */
  {"第十一九六三年", ""},
  {"一个国家一年", ""},
  {"明年三月十日", ""},
  {"五十年代的中国", "五十年代=195X"},
  {"昭和時代の日本", ""},
  {"中国代表团访问了河内。", ""},
  {"平成的な年", ""},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit5_suite(void){
  Suite *s = suite_create("dates_audit5");
  TCase *tc = tcase_create("audit5");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit5_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
