/*
** check_dates_forms.c: unit tests for the date conventions of catalogues and of Central and
** East European archives (issue 11): cataloguers' brackets and question marks, open ranges,
** decades, ordinal and year-first days, times after a date, zeros for unknown parts, Roman
** months in every order, months inflected and after prepositions in each language, with and
** without diacritics, seasons across two years, impossible dates; and, in free text, numbers
** that are identifiers or counts and not years.
**
** Every expected value is written by hand from the rules of README.md's "Archival dates": the
** range of days, the EDTF, and the convention date_parse() names (ArchDate.read).
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

typedef struct FormRow {
  const char *zIn;
  const char *zStart;      /* first day; NULL when the text is no date */
  const char *zEnd;        /* last day */
  const char *zEdtf;
  unsigned read;           /* ARCH_READ_ bits that must be set (others may be) */
} FormRow;

#define NO_DATE(x) {x, 0, 0, 0, 0}

#define R_SUPPLIED  ARCH_READ_SUPPLIED
#define R_OPEN      ARCH_READ_OPEN_RANGE
#define R_DECADE    ARCH_READ_DECADE_WORD
#define R_ORDINAL   ARCH_READ_ORDINAL_DAY
#define R_YFIRST    ARCH_READ_YEAR_FIRST
#define R_TIME      ARCH_READ_TIME_DROPPED
#define R_ZERO      ARCH_READ_ZERO_UNKNOWN
#define R_ROMAN     ARCH_READ_ROMAN_MONTH
#define R_NODIAC    ARCH_READ_NO_DIACRITICS
#define R_PREP      ARCH_READ_PREPOSITION
#define R_SEASON    ARCH_READ_SEASON_MONTHS

static const FormRow aRow[] = {
  /* ---- 1. cataloguing conventions: supplied dates, question marks */
  {"[1958]",                   "1958-01-01", "1958-12-31", "1958", R_SUPPLIED},
  {"[1958?]",                  "1958-01-01", "1958-12-31", "1958?", R_SUPPLIED},
  {"[ca. 1958]",               "1958-01-01", "1958-12-31", "1958~", R_SUPPLIED},
  {"[c. 1958]",                "1958-01-01", "1958-12-31", "1958~", R_SUPPLIED},
  {"[18--]",                   "1800-01-01", "1899-12-31", "18XX", R_SUPPLIED},
  {"[18--?]",                  "1800-01-01", "1899-12-31", "18XX?", R_SUPPLIED},
  {"[195-]",                   "1950-01-01", "1959-12-31", "195X", R_SUPPLIED},
  {"[195-?]",                  "1950-01-01", "1959-12-31", "195X?", R_SUPPLIED},
  {"1958 (?)",                 "1958-01-01", "1958-12-31", "1958?", 0},
  {"1958?",                    "1958-01-01", "1958-12-31", "1958?", 0},
  {"c1958",                    "1958-01-01", "1958-12-31", "1958~", 0},
  {"ca 1958",                  "1958-01-01", "1958-12-31", "1958~", 0},
  {"approximately 1958",       "1958-01-01", "1958-12-31", "1958~", 0},
  {"[March 1958]",             "1958-03-01", "1958-03-31", "1958-03", R_SUPPLIED},
  /* open ranges */
  {"1958-",                    "1958-01-01", "9999-12-31", "1958/..", R_OPEN},
  {"-1962",                    "0001-01-01", "1962-12-31", "../1962", R_OPEN},
  {"1958/..",                  "1958-01-01", "9999-12-31", "1958/..", 0},
  {"../1962",                  "0001-01-01", "1962-12-31", "../1962", 0},
  {"/1962",                    "0001-01-01", "1962-12-31", "/1962", R_OPEN},
  {"1958/",                    "1958-01-01", "9999-12-31", "1958/", R_OPEN},
  {"March 1958-",              "1958-03-01", "9999-12-31", "1958-03/..", R_OPEN},
  NO_DATE("-"),
  NO_DATE("/"),
  NO_DATE("1958--"),
  /* decades and parts of them */
  {"1950s",                    "1950-01-01", "1959-12-31", "195X", 0},
  {"1950's",                   "1950-01-01", "1959-12-31", "195X", 0},
  {"1950\xE2\x80\x99s",        "1950-01-01", "1959-12-31", "195X", 0},     /* 1950’s */
  {"the fifties",              "1950-01-01", "1959-12-31", "195X", R_DECADE},
  {"the Sixties",              "1960-01-01", "1969-12-31", "196X", R_DECADE},
  {"mid-1950s",                "1953-01-01", "1956-12-31", "1953/1956", 0},
  {"early 1960s",              "1960-01-01", "1963-12-31", "1960/1963", 0},
  {"late 1950s",               "1956-01-01", "1959-12-31", "1956/1959", 0},
  {"the late fifties",         "1956-01-01", "1959-12-31", "1956/1959", R_DECADE},
  {"the mid-fifties",          "1953-01-01", "1956-12-31", "1953/1956", R_DECADE},
  NO_DATE("1955's"),

  /* ---- 2. day forms */
  {"the 3rd of March 1958",    "1958-03-03", "1958-03-03", "1958-03-03", R_ORDINAL},
  {"March the 3rd, 1958",      "1958-03-03", "1958-03-03", "1958-03-03", R_ORDINAL},
  {"3rd March 1958",           "1958-03-03", "1958-03-03", "1958-03-03", R_ORDINAL},
  {"March 3rd, 1958",          "1958-03-03", "1958-03-03", "1958-03-03", R_ORDINAL},
  {"1958 March 3",             "1958-03-03", "1958-03-03", "1958-03-03", R_YFIRST},
  {"1958 Mar 3",               "1958-03-03", "1958-03-03", "1958-03-03", R_YFIRST},
  {"1958 Mar. 3",              "1958-03-03", "1958-03-03", "1958-03-03", R_YFIRST},
  {"1958 March",               "1958-03-01", "1958-03-31", "1958-03", R_YFIRST},
  {"Monday, March 3, 1958",    "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"Monday, 3 March 1958",     "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"Monday, the 3rd of March, 1958", "1958-03-03", "1958-03-03", "1958-03-03", R_ORDINAL},
  {"March 3, 1958, 4:15 p.m.", "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"March 3, 1958, 11:30 am",  "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"3.3.1958, 16.15 Uhr",      "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"3 March 1958, 16:15",      "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958-03-03 16:15",         "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958-03-03 16:15:30",      "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958-03-03T16:15:00+03:00", "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958-03-03T16:15:00Z",     "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958-03-03T16:15-0500",    "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  NO_DATE("1958-03-03 25:15"),
  NO_DATE("March 3, 1958, 4:75 p.m."),
  NO_DATE("March 3, 1958, 16:15 p.m."),
  NO_DATE("3.3.1958, 16.15"),
  NO_DATE("March 1958, 4:15 p.m."),

  /* ---- 3. unknown parts written as zero */
  {"00.03.1958",               "1958-03-01", "1958-03-31", "1958-03", R_ZERO},
  {"00.00.1958",               "1958-01-01", "1958-12-31", "1958", R_ZERO},
  {"1958-03-00",               "1958-03-01", "1958-03-31", "1958-03", R_ZERO},
  {"1958-00-00",               "1958-01-01", "1958-12-31", "1958", R_ZERO},
  {"00.III.1958",              "1958-03-01", "1958-03-31", "1958-03", R_ZERO},
  NO_DATE("00.13.1958"),
  NO_DATE("03.00.1958"),
  NO_DATE("1958-00-03"),
  NO_DATE("1958-13-00"),

  /* ---- 4. Roman-numeral months */
  {"3.III.1958",               "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"3. III. 1958",             "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"3 III 1958",               "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"III.1958",                 "1958-03-01", "1958-03-31", "1958-03", R_ROMAN},
  {"III 1958",                 "1958-03-01", "1958-03-31", "1958-03", R_ROMAN},
  {"III. 1958",                "1958-03-01", "1958-03-31", "1958-03", R_ROMAN},
  {"1958. III. 3.",            "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"1958.III.3",               "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"1958. XII. 31.",           "1958-12-31", "1958-12-31", "1958-12-31", R_ROMAN},
  {"1958. III.",               "1958-03-01", "1958-03-31", "1958-03", R_ROMAN},
  {"XII.1958",                 "1958-12-01", "1958-12-31", "1958-12", R_ROMAN},
  {"3-III-1958",               "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  NO_DATE("31.IV.1958"),
  NO_DATE("30.II.1958"),
  NO_DATE("1958. II. 30."),
  NO_DATE("3.XIII.1958"),
  NO_DATE("XIII.1958"),

  /* ---- 5. months inflected, after prepositions, with and without diacritics */
  /* Russian */
  {"в марте 1958 г.",          "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"марта 1958 г.",            "1958-03-01", "1958-03-31", "1958-03", 0},
  {"3 марта 1958 г.",          "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"в октябре 1958 г.",        "1958-10-01", "1958-10-31", "1958-10", R_PREP},
  {"окт. 1958",                "1958-10-01", "1958-10-31", "1958-10", 0},
  {"В марте 1958 года",        "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"с марта 1958 г.",          "1958-03-01", "9999-12-31", "1958-03/..", R_PREP},
  NO_DATE("30 февраля 1958"),
  NO_DATE("31 июня 1958 г."),
  /* Polish */
  {"w kwietniu 1958 r.",       "1958-04-01", "1958-04-30", "1958-04", R_PREP},
  {"3 marca 1958 r.",          "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"październik 1958",         "1958-10-01", "1958-10-31", "1958-10", 0},
  {"5 października 1958",      "1958-10-05", "1958-10-05", "1958-10-05", 0},
  {"5 pazdziernika 1958",      "1958-10-05", "1958-10-05", "1958-10-05", R_NODIAC},
  {"paźdz. 1958",              "1958-10-01", "1958-10-31", "1958-10", 0},
  {"w pazdzierniku 1958 r.",   "1958-10-01", "1958-10-31", "1958-10", R_PREP|R_NODIAC},
  NO_DATE("31 listopada 1958"),
  /* Czech and Slovak */
  {"v březnu 1958",            "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3. března 1958",           "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"3. brezna 1958",           "1958-03-03", "1958-03-03", "1958-03-03", R_NODIAC},
  {"v breznu 1958",            "1958-03-01", "1958-03-31", "1958-03", R_PREP|R_NODIAC},
  {"v marci 1958",             "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  NO_DATE("31. dubna 1958"),
  /* Hungarian */
  {"1958 márciusában",         "1958-03-01", "1958-03-31", "1958-03", R_YFIRST},
  {"1958. március 3.",         "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"1958 marcius",             "1958-03-01", "1958-03-31", "1958-03", R_YFIRST|R_NODIAC},
  {"1958. marcius 3.",         "1958-03-03", "1958-03-03", "1958-03-03", R_NODIAC},
  {"1958 októberében",         "1958-10-01", "1958-10-31", "1958-10", R_YFIRST},
  NO_DATE("1958. április 31."),
  /* German */
  {"im März 1958",             "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3. März 1958",             "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"Maerz 1958",               "1958-03-01", "1958-03-31", "1958-03", 0},
  {"Marz 1958",                "1958-03-01", "1958-03-31", "1958-03", R_NODIAC},
  {"am 3. Maerz 1958",         "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"seit 1958",                "1958-01-01", "9999-12-31", "1958/..", R_PREP},
  NO_DATE("30. Februar 1958"),
  /* French */
  {"en mars 1958",             "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3 mars 1958",              "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"fevrier 1958",             "1958-02-01", "1958-02-28", "1958-02", R_NODIAC},
  {"aout 1958",                "1958-08-01", "1958-08-31", "1958-08", R_NODIAC},
  {"le 3 fevrier 1958",        "1958-02-03", "1958-02-03", "1958-02-03", R_NODIAC},
  {"depuis 1958",              "1958-01-01", "9999-12-31", "1958/..", R_PREP},
  NO_DATE("30 fevrier 1958"),
  /* Spanish, Italian, Portuguese */
  {"en marzo de 1958",         "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3 de marzo de 1958",       "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"nel marzo 1958",           "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3 marzo 1958",             "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"em março de 1958",         "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"3 de marco de 1958",       "1958-03-03", "1958-03-03", "1958-03-03", R_NODIAC},
  {"desde 1958",               "1958-01-01", "9999-12-31", "1958/..", R_PREP},
  {"hasta 1958",               "0001-01-01", "1958-12-31", "../1958", R_PREP},
  NO_DATE("31 de abril de 1958"),
  /* English words that lead a date line */
  {"in March 1958",            "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"during 1958",              "1958-01-01", "1958-12-31", "1958", R_PREP},
  {"by 1958",                  "0001-01-01", "1958-12-31", "../1958", R_PREP},
  {"as of March 1958",         "1958-03-01", "1958-03-31", "1958-03", R_PREP},
  {"since 1958",               "1958-01-01", "9999-12-31", "1958/..", R_PREP},
  {"since March 3, 1958",      "1958-03-03", "9999-12-31", "1958-03-03/..", R_PREP},
  {"until 1958",               "0001-01-01", "1958-12-31", "../1958", R_PREP},
  {"until March 1958",         "0001-01-01", "1958-03-31", "../1958-03", R_PREP},
  NO_DATE("in"),
  NO_DATE("as 1958"),
  NO_DATE("in in 1958"),
  NO_DATE("since 1956 or 1957"),

  /* ---- 7. seasons: the EDTF names every year a season touches */
  {"Winter 1958/59",           "1958-12-01", "1959-02-28", "1958-12/1959-02", R_SEASON},
  {"Winter 1958",              "1957-12-01", "1958-02-28", "1957-12/1958-02", R_SEASON},
  {"winter 1959/60",           "1959-12-01", "1960-02-29", "1959-12/1960-02", R_SEASON},
  {"hiver 1958/59",            "1958-12-01", "1959-02-28", "1958-12/1959-02", R_SEASON},
  {"Spring 1958",              "1958-03-01", "1958-05-31", "1958-21", 0},
  {"circa Winter 1958/59",     "1958-12-01", "1959-02-28", "1958-12~/1959-02~", R_SEASON},
  NO_DATE("Winter 1958/60"),

  /* ---- ranges in these conventions */
  {"[1958]-1962",              "1958-01-01", "1962-12-31", "1958/1962", R_SUPPLIED},
  {"1958-[1962]",              "1958-01-01", "1962-12-31", "1958/1962", R_SUPPLIED},
  {"[not before 1958]",        "1958-01-01", "9999-12-31", "1958/..", R_SUPPLIED},
  {"[not after 1962]",         "0001-01-01", "1962-12-31", "../1962", R_SUPPLIED},
  {"1958 Mar. 3-5",            "1958-03-03", "1958-03-05", "1958-03-03/1958-03-05", R_YFIRST},
  {"1958 March-April",         "1958-03-01", "1958-04-30", "1958-03/1958-04", R_YFIRST},
  {"III-IV.1958",              "1958-03-01", "1958-04-30", "1958-03/1958-04", R_ROMAN},
  {"3.III-5.IV.1958",          "1958-03-03", "1958-04-05", "1958-03-03/1958-04-05", R_ROMAN},
  {"1958 III 3",               "1958-03-03", "1958-03-03", "1958-03-03", R_ROMAN},
  {"23.-25. März 1958",        "1958-03-23", "1958-03-25", "1958-03-23/1958-03-25", 0},
  {"3. bis 5. März 1958",      "1958-03-03", "1958-03-05", "1958-03-03/1958-03-05", 0},
  {"od 3 do 5 marca 1958",     "1958-03-03", "1958-03-05", "1958-03-03/1958-03-05", 0},
  {"с 3 по 5 марта 1958 г.",   "1958-03-03", "1958-03-05", "1958-03-03/1958-03-05", 0},
  {"spring of 1958",           "1958-03-01", "1958-05-31", "1958-21", 0},
  {"the winter of 1958-59",    "1958-12-01", "1959-02-28", "1958-12/1959-02", R_SEASON},
  {"1958?-1962",               "1958-01-01", "1962-12-31", "1958?/1962?", 0},
  {"pondělí 3. března 1958",   "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"hétfő, 1958. március 3.",  "1958-03-03", "1958-03-03", "1958-03-03", 0},
  {"3 марта 1958 г., 16 ч. 15 мин.", "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"3 mars 1958, 16 h 15",     "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"3 mars 1958 à 16h15",      "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"3. März 1958, um 16 Uhr",  "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"March 3, 1958, 4 p.m.",    "1958-03-03", "1958-03-03", "1958-03-03", R_TIME},
  {"1958. 03. 03.",            "1958-03-03", "1958-03-03", "1958-03-03", 0},
  NO_DATE("March 3, 1958, 16"),
  NO_DATE("March 3, 1958, 13 p.m."),
  NO_DATE("3.III-31.IV.1958"),
  NO_DATE("[1962]-1958"),

  /* ---- the same conventions again, on other dates: written before the code read them, as a
  ** check of the rules rather than of the examples above (92 rows; 90 were read right at
  ** first: "June 25, 1950 at 4:00 a.m." and "Winter 1950-51" were then taught) */
  {"[1962]", "1962-01-01", "1962-12-31", "1962", 0},
  {"[1962?]", "1962-01-01", "1962-12-31", "1962?", 0},
  {"[ca. 1947]", "1947-01-01", "1947-12-31", "1947~", 0},
  {"[19--]", "1900-01-01", "1999-12-31", "19XX", 0},
  {"[196-?]", "1960-01-01", "1969-12-31", "196X?", 0},
  {"1949 (?)", "1949-01-01", "1949-12-31", "1949?", 0},
  {"c1949", "1949-01-01", "1949-12-31", "1949~", 0},
  {"ca. 1949", "1949-01-01", "1949-12-31", "1949~", 0},
  {"approximately 1953", "1953-01-01", "1953-12-31", "1953~", 0},
  {"[ca. 1950s]", "1950-01-01", "1959-12-31", "195X~", 0},
  {"1945-", "1945-01-01", "9999-12-31", "1945/..", 0},
  {"-1953", "0001-01-01", "1953-12-31", "../1953", 0},
  {"1945/..", "1945-01-01", "9999-12-31", "1945/..", 0},
  {"/1953", "0001-01-01", "1953-12-31", "/1953", 0},
  {"1940s", "1940-01-01", "1949-12-31", "194X", 0},
  {"1940's", "1940-01-01", "1949-12-31", "194X", 0},
  {"the forties", "1940-01-01", "1949-12-31", "194X", 0},
  {"the seventies", "1970-01-01", "1979-12-31", "197X", 0},
  {"mid-1940s", "1943-01-01", "1946-12-31", "1943/1946", 0},
  {"early 1950s", "1950-01-01", "1953-12-31", "1950/1953", 0},
  {"late 1940s", "1946-01-01", "1949-12-31", "1946/1949", 0},
  {"the 25th of June 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"June the 25th, 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"25th June 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"1950 June 25", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"1950 Jun 25", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"Sunday, June 25, 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"Sunday 25 June 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"June 25, 1950, 4:00 a.m.", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"25.6.1950, 4.00 Uhr", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"1950-06-25 04:00", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"1950-06-25T04:00:00+09:00", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"June 25, 1950 at 4:00 a.m.", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"00.06.1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"00.00.1950", "1950-01-01", "1950-12-31", "1950", 0},
  {"1950-06-00", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25.VI.1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"25 VI 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"VI.1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"VI 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"1950. VI. 25.", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"1950.VI.25", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"25.VI.50", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  NO_DATE("31.VI.1950"),
  NO_DATE("31.IX.1950"),
  NO_DATE("00.14.1950"),
  NO_DATE("31 июня 1950"),
  {"в июне 1950 г.", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"июня 1950 г.", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"в сентябре 1950 г.", "1950-09-01", "1950-09-30", "1950-09", 0},
  {"сент. 1950", "1950-09-01", "1950-09-30", "1950-09", 0},
  {"25 июня 1950 года", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"w czerwcu 1950 r.", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"czerwca 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25 czerwca 1950 r.", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"wrzesien 1950", "1950-09-01", "1950-09-30", "1950-09", 0},
  {"wrzesnia 1950", "1950-09-01", "1950-09-30", "1950-09", 0},
  {"v červnu 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"června 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"v cervnu 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25. června 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"v júni 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"1950 júniusában", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"1950. június 25.", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"junius 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"1950 júniusban", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"im Juni 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25. Juni 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"im Maerz 1950", "1950-03-01", "1950-03-31", "1950-03", 0},
  {"en juin 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"le 25 juin 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"decembre 1950", "1950-12-01", "1950-12-31", "1950-12", 0},
  {"en décembre 1950", "1950-12-01", "1950-12-31", "1950-12", 0},
  {"en junio de 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25 de junio de 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"nel giugno 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"25 giugno 1950", "1950-06-25", "1950-06-25", "1950-06-25", 0},
  {"em junho de 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"in June 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"during June 1950", "1950-06-01", "1950-06-30", "1950-06", 0},
  {"by June 1950", "0001-01-01", "1950-06-30", "../1950-06", 0},
  {"as of 1950", "1950-01-01", "1950-12-31", "1950", 0},
  {"since June 1950", "1950-06-01", "9999-12-31", "1950-06/..", 0},
  {"until 1953", "0001-01-01", "1953-12-31", "../1953", 0},
  {"Winter 1950/51", "1950-12-01", "1951-02-28", "1950-12/1951-02", 0},
  {"Winter 1950", "1949-12-01", "1950-02-28", "1949-12/1950-02", 0},
  {"Summer 1950", "1950-06-01", "1950-08-31", "1950-22", 0},
  {"зима 1950/51", "1950-12-01", "1951-02-28", "1950-12/1951-02", 0},
  {"Winter 1950-51", "1950-12-01", "1951-02-28", "1950-12/1951-02", 0},
  NO_DATE("30 февраля 1950"),
  NO_DATE("29 lutego 1950"),
  NO_DATE("31. listopadu 1950"),
};

static const char *row_failure(const FormRow *pr, char *zWhy, size_t nWhy){
  ArchDate d;
  ArchDateResult r;
  char a[11], b[11], e[ARCH_EDTF_MAX];
  memset(&d, 0x5a, sizeof(d));
  r = arch_date_parse(pr->zIn, strlen(pr->zIn), &d);
  if( pr->zStart==0 ){
    if( r==ARCH_DATE_FOUND ){
      arch_date_iso(d.first, a);
      arch_date_iso(d.last, b);
      snprintf(zWhy, nWhy, "[%s]: read as %s..%s, want no date", pr->zIn, a, b);
      return zWhy;
    }
    return 0;
  }
  if( r!=ARCH_DATE_FOUND ){
    snprintf(zWhy, nWhy, "[%s]: no date, want %s..%s", pr->zIn, pr->zStart, pr->zEnd);
    return zWhy;
  }
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  arch_date_edtf(&d, e);
  if( strcmp(a, pr->zStart)!=0 || strcmp(b, pr->zEnd)!=0 ){
    snprintf(zWhy, nWhy, "[%s]: range %s..%s, want %s..%s", pr->zIn, a, b, pr->zStart,
             pr->zEnd);
    return zWhy;
  }
  if( strcmp(e, pr->zEdtf)!=0 ){
    snprintf(zWhy, nWhy, "[%s]: edtf %s, want %s", pr->zIn, e, pr->zEdtf);
    return zWhy;
  }
  if( (d.read & pr->read)!=pr->read ){
    snprintf(zWhy, nWhy, "[%s]: read 0x%x, want the bits 0x%x", pr->zIn, d.read, pr->read);
    return zWhy;
  }
  return 0;
}

START_TEST(test_forms)
{
  char zWhy[512];
  const char *zFail = row_failure(&aRow[_i], zWhy, sizeof(zWhy));
  ck_assert_msg(zFail==0, "%s", zFail);
}
END_TEST

/* ---------------------------------------------------------------- free text */

typedef struct TextRow {
  const char *zText;
  const char *zMatches;    /* every match as "text=edtf", joined by "; " ("" for none) */
} TextRow;

static const TextRow aText[] = {
  /* identifiers and counts are not years */
  {"Resolution 1958 of the Central Committee", ""},
  {"Telegram No. 1958 from Pyongyang", ""},
  {"see page 1962 of the file", ""},
  {"see p. 1962", ""},
  {"pp. 1958-1962 of the second volume", ""},
  {"the battle for Hill 1211 in 1952", "1952=1952"},
  {"they delivered 1500 tractors in 1958", "1958=1958"},
  {"1500 tractors were delivered", ""},
  {"about 1500 troops crossed the river", ""},
  {"at 1930 hours the delegation left", ""},
  {"at 1930 hrs the delegation left", ""},
  /* and years stay years */
  {"Resolution of 1958 on the harvest", "1958=1958"},
  {"In 1958 tractors were delivered to the cooperatives", "1958=1958"},
  {"the 1958 elections were held in May", "1958=1958"},
  {"Stalin's 1950 telegrams to Mao", "1950=1950"},
  {"In 1958, workers struck", "1958=1958"},
  {"1958 was a hard year", "1958=1958"},
  /* decades in words need "the" */
  {"In the fifties the plan changed", "the fifties=195X"},
  {"in his fifties he went abroad", ""},
  {"in the mid-fifties", "the mid-fifties=1953/1956"},
  /* the forms of the issue in a sentence */
  {"Report of 3 March 1958, 4:15 p.m., on talks", "3 March 1958, 4:15 p.m.=1958-03-03"},
  {"documents of III.1958 and of 3.III.1958", "III.1958=1958-03; 3.III.1958=1958-03-03"},
  {"Part II. 1958 budget", "1958=1958"},
  {"signed in 1958. II. Results follow", "1958=1958"},
  {"a letter of 00.03.1958 from Prague", "00.03.1958=1958-03"},
  {"Filed in Winter 1958/59 at the embassy", "Winter 1958/59=1958-12/1959-02"},
  {"a letter of 5 pazdziernika 1958 to Warsaw", "5 pazdziernika 1958=1958-10-05"},
  {"the meeting of 1958 March 3 was short", "1958 March 3=1958-03-03"},
  {"by 1958 may have been decided", "1958=1958"},
};

static void scan_all(const char *z, char *zOut, size_t nOut){
  ArchDateScanner s;
  ArchDateMatch m;
  size_t o = 0;
  zOut[0] = 0;
  arch_date_scanner_init(&s, z, strlen(z));
  while( arch_date_scan_next(&s, &m) ){
    char e[ARCH_EDTF_MAX];
    arch_date_edtf(&m.date, e);
    o += (size_t)snprintf(zOut+o, nOut-o, "%s%.*s=%s", o ? "; " : "",
                          (int)(m.end - m.start), z + m.start, e);
    if( o>=nOut ) break;
  }
}

START_TEST(test_free_text)
{
  char zGot[1024];
  scan_all(aText[_i].zText, zGot, sizeof(zGot));
  ck_assert_msg(strcmp(zGot, aText[_i].zMatches)==0, "[%s]: found \"%s\", want \"%s\"",
                aText[_i].zText, zGot, aText[_i].zMatches);
}
END_TEST

static Suite *forms_suite(void){
  Suite *s = suite_create("date_forms");
  TCase *tc = tcase_create("forms");
  tcase_add_loop_test(tc, test_forms, 0, (int)(sizeof(aRow)/sizeof(aRow[0])));
  tcase_add_loop_test(tc, test_free_text, 0, (int)(sizeof(aText)/sizeof(aText[0])));
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(forms_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
