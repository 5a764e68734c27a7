/*
** check_dates_audit3.c: unit tests for the rules of the third audit of archival dates
** (notes/dates3.md): whole date lines with their range and EDTF, the "no date" phrases, and
** free text (dates()) with every match it must find, or none.
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
  /* ---- Dutch, Swedish and Serbian (Cyrillic) months, seasons and weekdays */
  {"8 maart 1963",                  "1963-03-08", "1963-03-08", "1963-03-08"},
  {"8 mei 1963",                    "1963-05-08", "1963-05-08", "1963-05-08"},
  {"mrt. 1963",                     "1963-03-01", "1963-03-31", "1963-03"},
  {"dinsdag 8 oktober 1963",        "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8 augusti 1963",                "1963-08-08", "1963-08-08", "1963-08-08"},
  {"tisdag 8 oktober 1963",         "1963-10-08", "1963-10-08", "1963-10-08"},
  {"8. \xD0\xBE\xD0\xBA\xD1\x82\xD0\xBE\xD0\xB1\xD1\x80\xD0\xB0 1963.",
                                    "1963-10-08", "1963-10-08", "1963-10-08"},
  {"\xD0\xBE\xD0\xBA\xD1\x82\xD0\xBE\xD0\xB1\xD0\xB0\xD1\x80 1963.",
                                    "1963-10-01", "1963-10-31", "1963-10"},
  {"voorjaar 1958",                 "1958-03-01", "1958-05-31", "1958-21"},
  {"najaar 1958",                   "1958-09-01", "1958-11-30", "1958-23"},
  {"h\xC3\xB6sten 1958",            "1958-09-01", "1958-11-30", "1958-23"},
  {"u martu 1958.",                 "1958-03-01", "1958-03-31", "1958-03"},
  {"\xD0\xBF\xD1\x80\xD0\xB5\xD0\xB7 "   /* през октомври 1963 г. */
   "\xD0\xBE\xD0\xBA\xD1\x82\xD0\xBE\xD0\xBC\xD0\xB2\xD1\x80\xD0\xB8 1963 \xD0\xB3.",
                                    "1963-10-01", "1963-10-31", "1963-10"},
  NO_DATE("8 mei"),
  /* ---- circa, before, after, between, early, mid, late in more languages */
  {"alrededor de 1956",             "1956-01-01", "1956-12-31", "1956~"},
  {"intorno al 1956",               "1956-01-01", "1956-12-31", "1956~"},
  {"verso il 1956",                 "1956-01-01", "1956-12-31", "1956~"},
  {"dopo il 1958",                  "1959-01-01", "9999-12-31", "1959/.."},
  {"fino al 1958",                  "0001-01-01", "1958-12-31", "../1958"},
  {"met\xC3\xA0 del 1958",          "1958-05-01", "1958-08-31", "1958-38"},
  {"omstreeks 1958",                "1958-01-01", "1958-12-31", "1958~"},
  {"tussen 1956 en 1958",           "1956-01-01", "1958-12-31", "1956/1958"},
  {"van 1956 tot 1958",             "1956-01-01", "1958-12-31", "1956/1958"},
  {"eind 1958",                     "1958-09-01", "1958-12-31", "1958-39"},
  {"f\xC3\xB6re 1958",              "0001-01-01", "1957-12-31", "../1957"},
  {"mellan 1956 och 1958",          "1956-01-01", "1958-12-31", "1956/1958"},
  {"slutet av 1958",                "1958-09-01", "1958-12-31", "1958-39"},
  {"\xC3\xAEnainte de 1958",        "0001-01-01", "1957-12-31", "../1957"},
  {"\xC3\xAEnceputul anului 1958",  "1958-01-01", "1958-04-30", "1958-37"},
  {"\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4 1958 \xD0\xB3.", "1959-01-01", "9999-12-31", "1959/.."},
  {"\xD0\xBA\xD1\x80\xD0\xB0\xD1\x8F \xD0\xBD\xD0\xB0 1958 \xD0\xB3.",
                                    "1958-09-01", "1958-12-31", "1958-39"},
  {"oko 1958.",                     "1958-01-01", "1958-12-31", "1958~"},
  {"krajem 1958.",                  "1958-09-01", "1958-12-31", "1958-39"},
  {"1963. godine",                  "1963-01-01", "1963-12-31", "1963"},
  {"koniec 1958 r.",                "1958-09-01", "1958-12-31", "1958-39"},
  {"\xD0\xBE\xD0\xBA. 1958 \xD0\xB3.", "1958-01-01", "1958-12-31", "1958~"},
  /* вторая половина 1958 г. */
  {"\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB0\xD1\x8F "
   "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 1958 \xD0\xB3.",
                                    "1958-07-01", "1958-12-31", "1958-41"},
  {"zweite H\xC3\xA4lfte 1958",     "1958-07-01", "1958-12-31", "1958-41"},
  {"2-\xD1\x8F \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 1958 \xD0\xB3.",
                                    "1958-07-01", "1958-12-31", "1958-41"},
  {"1-\xD0\xB9 \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB 1958 \xD0\xB3.",
                                    "1958-01-01", "1958-03-31", "1958-33"},
  NO_DATE("5-\xD1\x8F "
          "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 1958 \xD0\xB3."),
  NO_DATE("2-\xD1\x8E "
          "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0 1958 \xD0\xB3."),
  {"kb. 1958",                      "1958-01-01", "1958-12-31", "1958~"},
  {"1958 [?]",                      "1958-01-01", "1958-12-31", "1958?"},
  {"du 8 au 10 octobre 1963",       "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"mi-1958",                       "1958-05-01", "1958-08-31", "1958-38"},
  {"mi-octobre 1963",               "1963-10-11", "1963-10-20", "1963-10-11/1963-10-20"},
  {"8th-10th October 1963",         "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"8th to 10th October 1963",      "1963-10-08", "1963-10-10", "1963-10-08/1963-10-10"},
  {"du 1er au 3 mars 1958",         "1958-03-01", "1958-03-03", "1958-03-01/1958-03-03"},
  NO_DATE("8th-10th"),
  NO_DATE("1st-3rd Battalions"),
  NO_DATE("8th- October 1963"),
  {"Oktober/November 1963",         "1963-10-01", "1963-11-30", "1963-10/1963-11"},
  NO_DATE("mi 1958"),               /* French writes "mi-1958"; "mi" alone is Spanish "my" */
  NO_DATE("intorno al"),
  NO_DATE("dopo il il 1958"),
  NO_DATE("tussen 1956"),
  /* ---- words only a date line reads so: Dutch "voor" (also "for"), "na", Polish "po" */
  {"voor 1958",                     "0001-01-01", "1957-12-31", "../1957"},
  {"v\xC3\xB3\xC3\xB3r 1958",       "0001-01-01", "1957-12-31", "../1957"},
  {"na 1958",                       "1959-01-01", "9999-12-31", "1959/.."},
  {"po 1958",                       "1959-01-01", "9999-12-31", "1959/.."},
  {"begin 1958",                    "1958-01-01", "1958-04-30", "1958-37"},
  /* ---- a word for "year" before the year */
  {"kolem roku 1958",               "1958-01-01", "1958-12-31", "1958~"},
  {"po roce 1958",                  "1959-01-01", "9999-12-31", "1959/.."},
  {"p\xC5\x99" "ed rokem 1958",     "0001-01-01", "1957-12-31", "../1957"},
  NO_DATE("na rok 1958"),           /* Polish, Czech "for the year 1958" */
  NO_DATE("roku 1958 3"),
  NO_DATE("kolem roku 1958 b\xC5\x99" "ezna"),
  /* ---- words after the date they qualify: Hungarian, Japanese, Korean */
  {"1963 k\xC3\xB6r\xC3\xBCl",      "1963-01-01", "1963-12-31", "1963~"},
  {"1963 el\xC5\x91tt",             "0001-01-01", "1962-12-31", "../1962"},
  {"1963 ut\xC3\xA1n",              "1964-01-01", "9999-12-31", "1964/.."},
  {"1963 elej\xC3\xA9n",            "1963-01-01", "1963-04-30", "1963-37"},
  {"1963 k\xC3\xB6zep\xC3\xA9n",    "1963-05-01", "1963-08-31", "1963-38"},
  {"1963 v\xC3\xA9g\xC3\xA9n",      "1963-09-01", "1963-12-31", "1963-39"},
  {"1963. okt\xC3\xB3" "ber el\xC5\x91tt", "0001-01-01", "1963-09-30", "../1963-09"},
  {"1963\xE5\xB9\xB4\xE9\xA0\x83",  "1963-01-01", "1963-12-31", "1963~"},
  {"1963\xEB\x85\x84\xEA\xB2\xBD",  "1963-01-01", "1963-12-31", "1963~"},
  {"1958 m\xC3\xA1rciusa",            "1958-03-01", "1958-03-31", "1958-03"},
  {"1958 m\xC3\xA1rciusa el\xC5\x91tt",  "0001-01-01", "1958-02-28", "../1958-02"},
  NO_DATE("k\xC3\xB6r\xC3\xBCl 1963"),
  NO_DATE("1963 k\xC3\xB6r\xC3\xBCl k\xC3\xB6r\xC3\xBCl"),
  NO_DATE("1956-1958 el\xC5\x91tt"),       /* only a single date is qualified so */
  /* ---- "on or about", "on or before", "on or after" of American records */
  {"on or about October 8, 1963",   "1963-10-08", "1963-10-08", "1963-10-08~"},
  {"on or before 8 October 1963",   "0001-01-01", "1963-10-08", "../1963-10-08"},
  {"on or after October 1963",      "1963-10-01", "9999-12-31", "1963-10/.."},
  NO_DATE("on or about"),
  NO_DATE("on or 1963"),
  NO_DATE("on 1963"),
  /* ---- ISO 8601 week dates */
  {"1963-W41",                      "1963-10-07", "1963-10-13", "1963-10-07/1963-10-13"},
  {"1963-W41-2",                    "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963W41",                       "1963-10-07", "1963-10-13", "1963-10-07/1963-10-13"},
  {"1963W412",                      "1963-10-08", "1963-10-08", "1963-10-08"},
  {"1963-W01",                      "1962-12-31", "1963-01-06", "1962-12-31/1963-01-06"},
  {"2004-W53",                      "2004-12-27", "2005-01-02", "2004-12-27/2005-01-02"},
  {"2020-W53-7",                    "2021-01-03", "2021-01-03", "2021-01-03"},
  NO_DATE("1963-W53"),              /* 1963 began on a Tuesday: 52 weeks */
  NO_DATE("2021-W53"),
  NO_DATE("1963-W00"),
  NO_DATE("1963-W54"),
  NO_DATE("1963-W41-8"),
  NO_DATE("1963-W41-0"),
  NO_DATE("1963-W1"),
  NO_DATE("1963 W41"),
  NO_DATE("1963-W41-22"),
  /* ---- Roman centuries, before and after the word; CJK centuries */
  {"XIX \xD0\xB2\xD0\xB5\xD0\xBA",  "1800-01-01", "1899-12-31", "18XX"},
  {"XX \xD0\xB2.",                  "1900-01-01", "1999-12-31", "19XX"},
  {"XIX w.",                        "1800-01-01", "1899-12-31", "18XX"},
  {"\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xB5\xD1\x86 XIX \xD0\xB2.",
                                    "1860-01-01", "1899-12-31", "1860/1899"},
  {"siglo XIX",                     "1800-01-01", "1899-12-31", "18XX"},
  {"secolo XIX",                    "1800-01-01", "1899-12-31", "18XX"},
  {"XIXe si\xC3\xA8" "cle",         "1800-01-01", "1899-12-31", "18XX"},
  {"XIX. sz\xC3\xA1zad",            "1800-01-01", "1899-12-31", "18XX"},
  {"w XIX wieku",                   "1800-01-01", "1899-12-31", "18XX"},
  {"Ende des 19. Jahrhunderts",     "1860-01-01", "1899-12-31", "1860/1899"},
  {"19de eeuw",                     "1800-01-01", "1899-12-31", "18XX"},
  {"19\xE4\xB8\x96\xE7\xB4\x80",    "1800-01-01", "1899-12-31", "18XX"},
  {"19\xEC\x84\xB8\xEA\xB8\xB0",    "1800-01-01", "1899-12-31", "18XX"},
  NO_DATE("XIX"),
  NO_DATE("XIX w"),                 /* "w" is also "in": the abbreviation has its period */
  NO_DATE("XXII \xD0\xB2\xD0\xB5\xD0\xBA"),
  NO_DATE("XII century-old"),
  NO_DATE("siglo"),
  /* ---- decades in words */
  {"50er Jahre",                    "1950-01-01", "1959-12-31", "195X"},
  {"Mitte der 50er Jahre",          "1953-01-01", "1956-12-31", "1953/1956"},
  {"die 50er Jahre",                "1950-01-01", "1959-12-31", "195X"},
  {"in den 1950er Jahren",          "1950-01-01", "1959-12-31", "195X"},
  {"les ann\xC3\xA9" "es 50",       "1950-01-01", "1959-12-31", "195X"},
  {"anni '50",                      "1950-01-01", "1959-12-31", "195X"},
  {"los a\xC3\xB1os 50",            "1950-01-01", "1959-12-31", "195X"},
  {"d\xC3\xA9" "cada de 1950",      "1950-01-01", "1959-12-31", "195X"},
  {"jaren '50",                     "1950-01-01", "1959-12-31", "195X"},
  {"lata 50.",                      "1950-01-01", "1959-12-31", "195X"},
  {"anii 1950",                     "1950-01-01", "1959-12-31", "195X"},
  {"1950-es \xC3\xA9vek",           "1950-01-01", "1959-12-31", "195X"},
  {"az 1950-es \xC3\xA9vekben",     "1950-01-01", "1959-12-31", "195X"},
  {"1950-\xD1\x82\xD0\xB5 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8",
                                    "1950-01-01", "1959-12-31", "195X"},
  {"1950-talet",                    "1950-01-01", "1959-12-31", "195X"},
  {"1800-talet",                    "1800-01-01", "1899-12-31", "18XX"},
  {"lata 1950-1955",                "1950-01-01", "1955-12-31", "1950/1955"},
  {"anni 1956-1958",                "1956-01-01", "1958-12-31", "1956/1958"},
  NO_DATE("55er Jahre"),
  NO_DATE("50er"),
  NO_DATE("anni '55"),
  NO_DATE("ann\xC3\xA9" "es 1955"),
  NO_DATE("1950-es"),               /* the Hungarian suffix with its word for years only */
  NO_DATE("50-\xD1\x82\xD0\xB5"),
  NO_DATE("anni"),
  /* ---- CJK seasons after the year; a range with a wave dash */
  {"1963\xE5\xB9\xB4\xE7\xA7\x8B",  "1963-09-01", "1963-11-30", "1963-23"},
  {"1963\xE5\xB9\xB4\xE5\x86\xAC",  "1962-12-01", "1963-02-28", "1962-12/1963-02"},
  {"1963\xEB\x85\x84 \xEA\xB0\x80\xEC\x9D\x84", "1963-09-01", "1963-11-30", "1963-23"},
  {"1963\xE5\xB9\xB4\xE3\x80\x9C" "1965\xE5\xB9\xB4", "1963-01-01", "1965-12-31", "1963/1965"},
  {"1963\xEF\xBD\x9E" "1965\xE5\xB9\xB4", "1963-01-01", "1965-12-31", "1963/1965"},
  /* ---- ordinal days in Spanish and Italian */
  {"1\xC2\xBA de octubre de 1963",  "1963-10-01", "1963-10-01", "1963-10-01"},
  {"1\xC2\xB0 ottobre 1963",        "1963-10-01", "1963-10-01", "1963-10-01"},
  NO_DATE("20\xC2\xB0 1958"),
};

START_TEST(test_lines)
{
  check_date_line_row(&aRow[_i]);
}
END_TEST

/* Phrases of archives' "no date": arch_date_parse() says so (date_start() gives NULL). */
static const char *const azUndated[] = {
  "undatiert", "z.d.", "z.j.", "zonder datum", "odaterad", "u.\xC3\xA5.", "bez datuma",
  "\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\xB4\xD0\xB0\xD1\x82\xD1\x83\xD0\xBC\xD0\xB0",
  "\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0", "\xC3\xA9. n.", "f.d.",
  "f\xC4\x83r\xC4\x83 dat\xC4\x83", "senza data", "s/d", "sem data", "non dat\xC3\xA9",
  "nedatov\xC3\xA1no", "o. Dat.", "undat.",
};

START_TEST(test_undated)
{
  ArchDate d;
  const char *z = azUndated[_i];
  ck_assert_msg(arch_date_parse(z, strlen(z), &d)==ARCH_DATE_UNDATED, "[%s]: not 'no date'", z);
}
END_TEST

static const DateTextRow aText[] = {
  /* words of a date line only: in text Dutch "voor" is "for", Polish "po" and Dutch "na" are
  ** other words */
  {"De begroting voor 1958 werd in maart 1958 goedgekeurd.", "1958=1958; maart 1958=1958-03"},
  {"Het plan voor 1959 is na 1958 opgesteld.", "1959=1959; 1958=1958"},
  {"Plan po 1958 roku",             "1958 roku=1958"},
  {"Efter 1958 blev det sv\xC3\xA5rare", "Efter 1958=1959/.."},
  /* words after their date */
  {"A jelent\xC3\xA9s 1958 ut\xC3\xA1n k\xC3\xA9sz\xC3\xBClt.", "1958 ut\xC3\xA1n=1959/.."},
  {"1963\xE5\xB9\xB4\xE9\xA0\x83\xE3\x80\x81\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE3\x80\x82",
                                    "1963\xE5\xB9\xB4\xE9\xA0\x83=1963~"},
  /* ISO weeks; the form without hyphens is a model number in text */
  {"the week 1963-W41 was busy",    "1963-W41=1963-10-07/1963-10-13"},
  {"Model 1963W41 tractors",        ""},
  /* centuries: not the first half of a compound, not a Roman numeral of a name alone */
  {"Pius XII century-old traditions", ""},
  {"Louis XIV and the XVIII century", "the XVIII century=17XX"},
  {"Chapter XIX w Polsce",          ""},
  {"W XIX w. Polska",               "XIX w=18XX"},
  /* decades */
  {"Negli anni '50 e intorno al 1956", "anni '50=195X; intorno al 1956=1956~"},
  {"I 1950-talet och p\xC3\xA5 1800-talet.", "1950-talet=195X; 1800-talet=18XX"},
  {"\xD0\x92 XIX \xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB5 \xD0\xB8 \xD0\xB2 XX \xD0\xB2.",
                                    "XIX \xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB5=18XX; XX \xD0\xB2=19XX"},
  /* a plural "the" is no sign that the number after it is a year */
  {"Les 1500 soldats et les ann\xC3\xA9" "es 50.", "les ann\xC3\xA9" "es 50=195X"},
  {"Los 1500 soldados en los a\xC3\xB1os 50", "los a\xC3\xB1os 50=195X"},
  /* "God" after a year is no word for "year" (Serbian "god." is left out) */
  {"In 1958 God spoke to him", "1958=1958"},
  /* French "mi" only with its hyphen */
  {"The mi 1958 report",            "1958=1958"},
};

START_TEST(test_free_text)
{
  check_date_text_row(&aText[_i]);
}
END_TEST

static Suite *audit3_suite(void){
  Suite *s = suite_create("dates_audit3");
  TCase *tc = tcase_create("audit3");
  tcase_add_loop_test(tc, test_lines, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_undated, 0, (int)(sizeof(azUndated)/sizeof(azUndated[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(audit3_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
