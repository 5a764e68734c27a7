/*
** check_dates_audit4.c: unit tests for the rules of the fourth audit of archival dates
** (notes/dates4.md): whole date lines with their range and EDTF, and free text (dates()) with
** every match it must find, or none. Each rule has the cases it must not fire on.
**
** Every expected value is written by hand from the rules of README.md's "Archival dates" and
** the headers of ext/dates*.c, before the program was run on it. The readable form of a line
** written with escapes stands in the comment after it.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "check_dates_rows.h"

static const DateLineRow aRow[] = {
  /* ---- a weekday after a CJK day, in brackets or with its unit; not a bare character, not
  ** an unknown day, not an open bracket */
  /* 1963年10月8日（星期二） */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x88"
   "\xE6\x98\x9F\xE6\x9C\x9F\xE4\xBA\x8C\xEF\xBC\x89",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963년 10월 8일(화) */
  {"1963\xEB\x85\x84 10\xEC\x9B\x94 8\xEC\x9D\xBC(\xED\x99\x94)",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963년 10월 8일 화요일 */
  {"1963\xEB\x85\x84 10\xEC\x9B\x94 8\xEC\x9D\xBC \xED\x99\x94"
   "\xEC\x9A\x94\xEC\x9D\xBC",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年10月8日(火) */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5(\xE7\x81\xAB"
   ")",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年10月8日 火曜日 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5 \xE7\x81\xAB"
   "\xE6\x9B\x9C\xE6\x97\xA5",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年10月8日 周二 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5 \xE5\x91\xA8"
   "\xE4\xBA\x8C",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年10月8日（礼拜天） */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x88"
   "\xE7\xA4\xBC\xE6\x8B\x9C\xE5\xA4\xA9\xEF\xBC\x89",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年10月8日火 */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xE7\x81\xAB"),
  /* 1963年10月8日 화 */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5 \xED\x99\x94"),
  /* 1963年10月(火) */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88(\xE7\x81\xAB)"),
  /* 1963年10月8日(火 */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5(\xE7\x81\xAB"),
  /* 1963年10月8日（星期八） */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x88"
          "\xE6\x98\x9F\xE6\x9C\x9F\xE5\x85\xAB\xEF\xBC\x89"),
  /* 1963年10月8日（） */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x88"
          "\xEF\xBC\x89"),
  /* 1963年10月8日(水木) */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5(\xE6\xB0\xB4"
          "\xE6\x9C\xA8)"),
  /* ---- a Gregorian year glossed with its era year, which must agree */
  /* 1963（昭和38）年10月8日 */
  {"1963\xEF\xBC\x88\xE6\x98\xAD\xE5\x92\x8C" "38\xEF\xBC\x89"
   "\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1963年（昭和38年）10月8日 */
  {"1963\xE5\xB9\xB4\xEF\xBC\x88\xE6\x98\xAD\xE5\x92\x8C" "38"
   "\xE5\xB9\xB4\xEF\xBC\x89" "10\xE6\x9C\x88" "8\xE6\x97\xA5",
   "1963-10-08", "1963-10-08", "1963-10-08"},
  /* 1958年（民國47年） */
  {"1958\xE5\xB9\xB4\xEF\xBC\x88\xE6\xB0\x91\xE5\x9C\x8B" "47"
   "\xE5\xB9\xB4\xEF\xBC\x89",
   "1958-01-01", "1958-12-31", "1958"},
  /* 1989年（昭和64年）1月5日 */
  {"1989\xE5\xB9\xB4\xEF\xBC\x88\xE6\x98\xAD\xE5\x92\x8C" "64"
   "\xE5\xB9\xB4\xEF\xBC\x89" "1\xE6\x9C\x88" "5\xE6\x97\xA5",
   "1989-01-05", "1989-01-05", "1989-01-05"},
  /* 1963(昭和37)年10月8日 */
  NO_DATE("1963(\xE6\x98\xAD\xE5\x92\x8C" "37)\xE5\xB9\xB4" "10"
          "\xE6\x9C\x88" "8\xE6\x97\xA5"),
  /* 1963(38)年 */
  NO_DATE("1963(38)\xE5\xB9\xB4"),
  /* ---- MARC copyright and phonogram dates */
  {"1963, c1962", "1963-01-01", "1963-12-31", "1963"},
  /* 1963, ©1962. */
  {"1963, \xC2\xA9" "1962.", "1963-01-01", "1963-12-31", "1963"},
  {"1963, p1962", "1963-01-01", "1963-12-31", "1963"},
  {"1963, cop. 1962", "1963-01-01", "1963-12-31", "1963"},
  {"October 1963, c1962", "1963-10-01", "1963-10-31", "1963-10"},
  NO_DATE("p1963"),
  /* ©1963 */
  NO_DATE("\xC2\xA9" "1963"),
  /* © 2024 */
  NO_DATE("\xC2\xA9 2024"),
  NO_DATE("Copyright 2024"),
  NO_DATE("cop. 1963"),
  NO_DATE("1963, c1962-1964"),
  NO_DATE("copyrights 1963"),
  /* ©19634 */
  NO_DATE("\xC2\xA9" "19634"),
  NO_DATE("Box 3, c1962"),
  NO_DATE("1963, 1962"),
  NO_DATE(", c1962"),
  /* ---- a Romance "to" closing a range that "de", "du", "del" or "dal" opened, on a date
  ** line */
  /* de 1956 à 1958 */
  {"de 1956 \xC3\xA0 1958", "1956-01-01", "1958-12-31", "1956/1958"},
  {"de 1956 a 1958", "1956-01-01", "1958-12-31", "1956/1958"},
  {"del 8 al 10 de octubre de 1963", "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"dal 1956 al 1958", "1956-01-01", "1958-12-31", "1956/1958"},
  /* de mars à mai 1958 */
  {"de mars \xC3\xA0 mai 1958", "1958-03-01", "1958-05-31", "1958-03/1958-05"},
  /* 3 mars 1958 à 16h15 */
  {"3 mars 1958 \xC3\xA0 16h15", "1958-03-03", "1958-03-03", "1958-03-03"},
  /* 1956 à 1958 */
  NO_DATE("1956 \xC3\xA0 1958"),
  /* de 1958 à 1956 */
  NO_DATE("de 1958 \xC3\xA0 1956"),
  /* de 8 à 16h15 */
  NO_DATE("de 8 \xC3\xA0 16h15"),
  NO_DATE("de 1956 a"),
  /* ---- two centuries joined by a dash before one century word */
  {"19th-20th centuries", "1800-01-01", "1999-12-31", "18XX/19XX"},
  {"19th-20th century", "1800-01-01", "1999-12-31", "18XX/19XX"},
  /* XIX-XX вв. */
  {"XIX-XX \xD0\xB2\xD0\xB2.", "1800-01-01", "1999-12-31", "18XX/19XX"},
  /* XVIII–XIX siècles */
  {"XVIII\xE2\x80\x93XIX si\xC3\xA8" "cles", "1700-01-01", "1899-12-31", "17XX/18XX"},
  {"18.-19. Jahrhundert", "1700-01-01", "1899-12-31", "17XX/18XX"},
  {"XIX-XX wiek", "1800-01-01", "1999-12-31", "18XX/19XX"},
  NO_DATE("20th-19th centuries"),
  NO_DATE("19th-XX century"),
  NO_DATE("1st-2nd century"),
  NO_DATE("XIX-XX"),
  NO_DATE("19-20 century"),
  /* ---- halves and quarters of a decade or a century */
  {"first half of the 20th century", "1900-01-01", "1949-12-31", "1900/1949"},
  {"second half of the 19th century", "1850-01-01", "1899-12-31", "1850/1899"},
  {"first quarter of the 20th century", "1900-01-01", "1924-12-31", "1900/1924"},
  {"fourth quarter of the 19th century", "1875-01-01", "1899-12-31", "1875/1899"},
  {"the second half of the 1950s", "1955-01-01", "1959-12-31", "1955/1959"},
  {"first half of the 1950s", "1950-01-01", "1954-12-31", "1950/1954"},
  /* вторая половина XIX в. */
  {"\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB0\xD1\x8F \xD0\xBF"
   "\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 XIX "
   "\xD0\xB2.",
   "1850-01-01", "1899-12-31", "1850/1899"},
  /* 2-я половина XIX в. */
  {"2-\xD1\x8F \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8"
   "\xD0\xBD\xD0\xB0 XIX \xD0\xB2.",
   "1850-01-01", "1899-12-31", "1850/1899"},
  /* первая половина 1960-х годов */
  {"\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB2\xD0\xB0\xD1\x8F \xD0\xBF"
   "\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 1960-"
   "\xD1\x85 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB2",
   "1960-01-01", "1964-12-31", "1960/1964"},
  /* zweite Hälfte des 19. Jahrhunderts */
  {"zweite H\xC3\xA4lfte des 19. Jahrhunderts",
   "1850-01-01", "1899-12-31", "1850/1899"},
  /* druga połowa XIX w. */
  {"druga po\xC5\x82owa XIX w.", "1850-01-01", "1899-12-31", "1850/1899"},
  /* druhá polovina 19. století */
  {"druh\xC3\xA1 polovina 19. stolet\xC3\xAD",
   "1850-01-01", "1899-12-31", "1850/1899"},
  /* w pierwszej połowie 1958 r. */
  {"w pierwszej po\xC5\x82owie 1958 r.", "1958-01-01", "1958-06-30", "1958-40"},
  {"first half of 1957", "1957-01-01", "1957-06-30", "1957-40"},
  NO_DATE("third quarter of the 1950s"),
  NO_DATE("third half of the 19th century"),
  /* ---- words after a CJK year or decade: early, late, around, halves; not before the year */
  /* 1963年末 */
  {"1963\xE5\xB9\xB4\xE6\x9C\xAB", "1963-09-01", "1963-12-31", "1963-39"},
  /* 1963年初 */
  {"1963\xE5\xB9\xB4\xE5\x88\x9D", "1963-01-01", "1963-04-30", "1963-37"},
  /* 1963年前後 */
  {"1963\xE5\xB9\xB4\xE5\x89\x8D\xE5\xBE\x8C",
   "1963-01-01", "1963-12-31", "1963~"},
  /* 1963年後半 */
  {"1963\xE5\xB9\xB4\xE5\xBE\x8C\xE5\x8D\x8A",
   "1963-07-01", "1963-12-31", "1963-41"},
  /* 1960年代後半 */
  {"1960\xE5\xB9\xB4\xE4\xBB\xA3\xE5\xBE\x8C\xE5\x8D\x8A",
   "1965-01-01", "1969-12-31", "1965/1969"},
  /* 1960年代前半 */
  {"1960\xE5\xB9\xB4\xE4\xBB\xA3\xE5\x89\x8D\xE5\x8D\x8A",
   "1960-01-01", "1964-12-31", "1960/1964"},
  /* 1960年代末期 */
  {"1960\xE5\xB9\xB4\xE4\xBB\xA3\xE6\x9C\xAB\xE6\x9C\x9F",
   "1966-01-01", "1969-12-31", "1966/1969"},
  /* 1960년대 후반 */
  {"1960\xEB\x85\x84\xEB\x8C\x80 \xED\x9B\x84\xEB\xB0\x98",
   "1965-01-01", "1969-12-31", "1965/1969"},
  /* 1960년대 초 */
  {"1960\xEB\x85\x84\xEB\x8C\x80 \xEC\xB4\x88",
   "1960-01-01", "1963-12-31", "1960/1963"},
  /* 1963년 말 */
  {"1963\xEB\x85\x84 \xEB\xA7\x90", "1963-09-01", "1963-12-31", "1963-39"},
  /* 1963년 상반기 */
  {"1963\xEB\x85\x84 \xEC\x83\x81\xEB\xB0\x98\xEA\xB8\xB0",
   "1963-01-01", "1963-06-30", "1963-40"},
  /* 1963年10月末 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88\xE6\x9C\xAB",
   "1963-10-21", "1963-10-31", "1963-10-21/1963-10-31"},
  /* 末 1963 */
  NO_DATE("\xE6\x9C\xAB 1963"),
  /* 1963年10月後半 */
  NO_DATE("1963\xE5\xB9\xB4" "10\xE6\x9C\x88\xE5\xBE\x8C\xE5\x8D\x8A"),
  /* ---- "la" after "de", Italian "fine" on a date line; a leading Spanish "a" is no date
  ** word (listing() asks arch_date_may_begin() about first words) */
  {"mediados de 1963", "1963-05-01", "1963-08-31", "1963-38"},
  NO_DATE("a finales de 1963"),
  /* finales de la década de 1950 */
  {"finales de la d\xC3\xA9" "cada de 1950", "1956-01-01", "1959-12-31", "1956/1959"},
  {"fine 1958", "1958-09-01", "1958-12-31", "1958-39"},
  {"fine anni '50", "1956-01-01", "1959-12-31", "1956/1959"},
  {"negli anni '50", "1950-01-01", "1959-12-31", "195X"},
  {"ab 1963", "1963-01-01", "9999-12-31", "1963/.."},
  NO_DATE("a 1963"),
  NO_DATE("a fine"),
  NO_DATE("la 1963"),
  /* ---- abbreviated words with their period: Russian начало / конец, German zwischen */
  {"zw. 1950 und 1955", "1950-01-01", "1955-12-31", "1950/1955"},
  /* нач. 1960-х гг. */
  {"\xD0\xBD\xD0\xB0\xD1\x87. 1960-\xD1\x85 \xD0\xB3\xD0\xB3.",
   "1960-01-01", "1963-12-31", "1960/1963"},
  /* кон. 1950-х гг. */
  {"\xD0\xBA\xD0\xBE\xD0\xBD. 1950-\xD1\x85 \xD0\xB3\xD0\xB3.",
   "1956-01-01", "1959-12-31", "1956/1959"},
  /* ---- "1800s", "1500s": the century (the "1900s" decade lies within it); other decades
  ** stay */
  {"1800s", "1800-01-01", "1899-12-31", "18XX"},
  {"the 1500s", "1500-01-01", "1599-12-31", "15XX"},
  {"early 1800s", "1800-01-01", "1839-12-31", "1800/1839"},
  {"1960s", "1960-01-01", "1969-12-31", "196X"},
  {"1810s", "1810-01-01", "1819-12-31", "181X"},
  /* ---- an open end in words: "present", "ongoing", "to date" */
  {"1945-present", "1945-01-01", "9999-12-31", "1945/.."},
  {"1945 to present", "1945-01-01", "9999-12-31", "1945/.."},
  {"1945-ongoing", "1945-01-01", "9999-12-31", "1945/.."},
  {"October 1945 - present", "1945-10-01", "9999-12-31", "1945-10/.."},
  NO_DATE("present"),
  NO_DATE("1945 present"),
  NO_DATE("1945-1950-present"),
  /* ---- a note naming a season or month of the year; a date line in parentheses, not a
  ** number alone */
  {"1963 (Fall)", "1963-09-01", "1963-11-30", "1963-23"},
  {"1963 (October)", "1963-10-01", "1963-10-31", "1963-10"},
  {"1963 (copy)", "1963-01-01", "1963-12-31", "1963"},
  {"1963-1964 (Fall)", "1963-01-01", "1964-12-31", "1963/1964"},
  {"(October 8, 1963)", "1963-10-08", "1963-10-08", "1963-10-08"},
  {"(ca. 1963)", "1963-01-01", "1963-12-31", "1963~"},
  {"(1956-1958)", "1956-01-01", "1958-12-31", "1956/1958"},
  NO_DATE("(1963)"),
  NO_DATE("(1963) (1964)"),
  NO_DATE("(Box 3)"),
  /* ---- a month and a year with a hyphen or an apostrophe, on a date line */
  {"Oct-1963", "1963-10-01", "1963-10-31", "1963-10"},
  {"Oct-63", "1963-10-01", "1963-10-31", "1963-10"},
  {"October '63", "1963-10-01", "1963-10-31", "1963-10"},
  {"Oct-63 - Dec-63", "1963-10-01", "1963-12-31", "1963-10/1963-12"},
  {"Oct-Nov 1963", "1963-10-01", "1963-11-30", "1963-10/1963-11"},
  NO_DATE("Oct-8"),
  NO_DATE("Oct-630"),
  NO_DATE("Oct '1963"),
  /* ---- a CJK range whose first month or day has its unit after the second */
  /* 1963年10-12月 */
  {"1963\xE5\xB9\xB4" "10-12\xE6\x9C\x88", "1963-10-01", "1963-12-31", "1963-10/1963-12"},
  /* 1963年10～12月 */
  {"1963\xE5\xB9\xB4" "10\xEF\xBD\x9E" "12\xE6\x9C\x88",
   "1963-10-01", "1963-12-31", "1963-10/1963-12"},
  /* 1963년 10-12월 */
  {"1963\xEB\x85\x84 10-12\xEC\x9B\x94", "1963-10-01", "1963-12-31", "1963-10/1963-12"},
  /* 1963年10月8-10日 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8-10\xE6\x97\xA5",
   "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  /* 1963年10月-12月 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88-12\xE6\x9C\x88",
   "1963-10-01", "1963-12-31", "1963-10/1963-12"},
  /* 1963年12-10月 */
  NO_DATE("1963\xE5\xB9\xB4" "12-10\xE6\x9C\x88"),
  /* 1963年10-12 */
  NO_DATE("1963\xE5\xB9\xB4" "10-12"),
  /* 1963年13-14月 */
  NO_DATE("1963\xE5\xB9\xB4" "13-14\xE6\x9C\x88"),
  /* 1963年2月28-30日 */
  NO_DATE("1963\xE5\xB9\xB4" "2\xE6\x9C\x88" "28-30\xE6\x97\xA5"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

static const DateTextRow aText[] = {
  /* ---- count nouns of several languages, multipliers: a count, not a year */
  {"Er waren omkring 1500 soldater.",
   ""},
  /* Около 1500 человек приняли участие. => */
  {"\xD0\x9E\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE 1500 \xD1\x87\xD0\xB5"
   "\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA \xD0\xBF\xD1\x80"
   "\xD0\xB8\xD0\xBD\xD1\x8F\xD0\xBB\xD0\xB8 \xD1\x83\xD1\x87"
   "\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8\xD0\xB5.",
   ""},
  /* Etwa 1500 Soldaten überquerten die Grenze. => */
  {"Etwa 1500 Soldaten \xC3\xBC" "berquerten die Grenze.",
   ""},
  {"Circa 1500 soldati sono arrivati.",
   ""},
  {"Cerca de 1500 personas murieron.",
   ""},
  /* Körülbelül 1500 ember vett részt. => */
  {"K\xC3\xB6r\xC3\xBClbel\xC3\xBCl 1500 ember vett r\xC3\xA9szt.",
   ""},
  {"Around 1500 people were arrested.",
   ""},
  {"They lost 1944 men in the battle.",
   ""},
  {"Soviet oil deliveries reached 1500 tons per month.",
   ""},
  {"The file contains 1963 pages of correspondence.",
   ""},
  {"Losses amounted to 1500 million forints.",
   ""},
  /* ---- not counts: a word before that makes a year, and no count noun after */
  {"In 1958 people voted for the first time.",
   "1958=1958"},
  {"In 1958 dollars the plan cost less.",
   "1958=1958"},
  {"The 1958 elections were watched.",
   "1958=1958"},
  {"Circa 1500 the town grew.",
   "Circa 1500=1500~"},
  {"He paid 1963 rubles in 1963.",
   "1963=1963"},
  /* ---- a year glued into an identifier or a ratio */
  {"Call 555-1963 for more.",
   ""},
  {"Dial 1-800-555-1963.",
   ""},
  {"UN document A/1963 of 1962.",
   "1962=1962"},
  {"See S/RES/1963.",
   ""},
  {"The ratio was 1956:1958.",
   ""},
  {"Document 1963 in the collection is a letter.",
   ""},
  /* ---- not identifiers: a month or day before the slash, a year range, a Roman month */
  {"Issue 3 of 12/1963 arrived.",
   "1963=1963"},
  {"The 1963-64 season and 8-X-1963.",
   "1963-64=1963/1964; 8-X-1963=1963-10-08"},
  {"In 1956-1958 and 1963/64.",
   "1956-1958=1956/1958; 1963/64=1963/1964"},
  {"The document of 1963 is lost.",
   "1963=1963"},
  /* ---- a count glued to its noun: hyphen compounds, CJK counters */
  {"The 1500-page dossier was compiled.",
   ""},
  {"A 1963-page report.",
   ""},
  {"A 1000-strong crowd gathered.",
   ""},
  /* 約1500人が参加した。 => */
  {"\xE7\xB4\x84" "1500\xE4\xBA\xBA\xE3\x81\x8C\xE5\x8F\x82"
   "\xE5\x8A\xA0\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82",
   ""},
  /* 1500명이 참가했다. => */
  {"1500\xEB\xAA\x85\xEC\x9D\xB4 \xEC\xB0\xB8\xEA\xB0\x80"
   "\xED\x96\x88\xEB\x8B\xA4.",
   ""},
  {"The 1956-era reforms.",
   "1956=1956"},
  /* 1963年10月8日，周恩来会见了苏联大使。 => 1963年10月8日=1963-10-08 */
  {"1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x8C"
   "\xE5\x91\xA8\xE6\x81\xA9\xE6\x9D\xA5\xE4\xBC\x9A\xE8\xA7\x81"
   "\xE4\xBA\x86\xE8\x8B\x8F\xE8\x81\x94\xE5\xA4\xA7\xE4\xBD\xBF"
   "\xE3\x80\x82",
   "1963\xE5\xB9\xB4" "10\xE6\x9C\x88" "8\xE6\x97\xA5=1963-10-08"},
  /* ---- centuries and their shares in text */
  {"Icons of the XVIII-XIX centuries.",
   "XVIII-XIX centuries=17XX/18XX"},
  {"The 1st-3rd Battalions attacked.",
   ""},
  {"In the second half of the 1950s trade grew.",
   "second half of the 1950s=1955/1959"},
  /* ---- in text: "fine" and "a" are other words; a Latin word before a period ends a
  ** sentence; "la" is no determiner */
  /* A finales de 1963 llegó. => finales de 1963=1963-39 */
  {"A finales de 1963 lleg\xC3\xB3.",
   "finales de 1963=1963-39"},
  {"The fine 1958 vintage.",
   "1958=1958"},
  {"La 1500 soldats.",
   ""},
  {"It was late. 1963 was worse.",
   "1963=1963"},
  /* В нач. 1960-х гг. было. => нач. 1960-х гг.=1960/1963 */
  {"\xD0\x92 \xD0\xBD\xD0\xB0\xD1\x87. 1960-\xD1\x85 \xD0\xB3"
   "\xD0\xB3. \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE.",
   "\xD0\xBD\xD0\xB0\xD1\x87. 1960-\xD1\x85 \xD0\xB3\xD0\xB3.=1960"
   "/1963"},
  /* 1963年頃、東京で。1960年代後半。 => 1963年頃=1963~; 1960年代後半=1965/1969 */
  {"1963\xE5\xB9\xB4\xE9\xA0\x83\xE3\x80\x81\xE6\x9D\xB1"
   "\xE4\xBA\xAC\xE3\x81\xA7\xE3\x80\x82" "1960\xE5\xB9\xB4"
   "\xE4\xBB\xA3\xE5\xBE\x8C\xE5\x8D\x8A\xE3\x80\x82",
   "1963\xE5\xB9\xB4\xE9\xA0\x83=1963~; 1960\xE5\xB9\xB4"
   "\xE4\xBB\xA3\xE5\xBE\x8C\xE5\x8D\x8A=1965/1969"},
  /* ---- a range of bare years before a count noun is a count; after a preposition it stays */
  {"Between 1500 and 2000 people attended.",
   ""},
  {"From 1500 to 2000 soldiers died.",
   ""},
  {"Some 1500-2000 refugees crossed daily.",
   ""},
  {"In 1956-1958 students protested.",
   "1956-1958=1956/1958"},
  {"Between 1956 and 1958 some 2000 people left.",
   "Between 1956 and 1958=1956/1958"},
  /* ---- durations count whatever comes before */
  {"He was sentenced to 1958 days in prison.",
   ""},
  {"It lasted 1963 years.",
   ""},
  /* ---- a decimal or a ratio: a year glued to a period, comma or colon and digits */
  {"A budget of 1963.5 million.",
   ""},
  {"Es kostete 1963,5 Mio.",
   ""},
  {"In 1963. 5 people came.",
   "1963=1963"},
  {"The conversation of 1963.10.08 and 1956,1958.",
   "1963.10.08=1963-10-08; 1956=1956; 1958=1958"},
  /* ---- "may" and "march" in lower case are verbs in text; capitalized they are months */
  {"Mao may 1958 have been wrong.",
   "1958=1958"},
  {"They march 1500 km to the capital.",
   ""},
  {"In May 1958 Mao launched it; in March 1959 Tibet rose.",
   "May 1958=1958-05; March 1959=1959-03"},
  /* ---- labels of flights and telephones */
  {"Flight 1963 landed in Havana.",
   ""},
  {"Tel. 1963-45-67",
   ""},
  /* ---- the month and year with a hyphen are no date in text (the year alone is) */
  {"In Oct-1963 they came.",
   "1963=1963"},
  /* ---- a capitalized count noun is a name, except the German nouns of the table */
  {"1956 People's Daily editorial.",
   "1956=1956"},
  {"1963 Man of the Year.",
   "1963=1963"},
  {"1958 Years of Struggle.",
   "1958=1958"},
  {"1929 Mann received the Nobel prize.",
   "1929=1929"},
  {"1500 Millionen Mark.",
   ""},
  /* ---- in text the range, and a year whose numbers after it have no unit */
  /* 1963年10-12月，中国代表团访问了河内。 => 1963年10-12月=1963-10/1963-12 */
  {"1963\xE5\xB9\xB4" "10-12\xE6\x9C\x88\xEF\xBC\x8C\xE4\xB8\xAD"
   "\xE5\x9B\xBD\xE4\xBB\xA3\xE8\xA1\xA8\xE5\x9B\xA2\xE8\xAE\xBF"
   "\xE9\x97\xAE\xE4\xBA\x86\xE6\xB2\xB3\xE5\x86\x85\xE3\x80\x82",
   "1963\xE5\xB9\xB4" "10-12\xE6\x9C\x88=1963-10/1963-12"},
  /* 1963年10-12号文件。 => 1963年=1963 */
  {"1963\xE5\xB9\xB4" "10-12\xE5\x8F\xB7\xE6\x96\x87\xE4\xBB\xB6"
   "\xE3\x80\x82",
   "1963\xE5\xB9\xB4=1963"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit4_suite(void){
  Suite *s = suite_create("dates_audit4");
  TCase *tc = tcase_create("audit4");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit4_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
