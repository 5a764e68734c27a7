/*
** check_dates_readers.c: unit tests for the readers of dates_readers.h: EDTF as input
** (ext/dates_edtf_read.c) and the dates of East Asian documents (ext/dates_eastasia.c).
**
** Every expected range, EDTF and convention below is written by hand: for EDTF from the meaning
** the Library of Congress specification gives each form (a qualifier changes the flags, not the
** range; X digits, sets and open ends give the envelope of what they allow), for the eras from
** their first days (Taishō 1912-07-30, Shōwa 1926-12-25, Heisei 1989-01-08, Reiwa 2019-05-01)
** and from Juche 1 = ROC 1 = 1912.
*/
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_readers.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* Flags, short. */
#define A   ARCH_DATE_APPROXIMATE
#define U   ARCH_DATE_UNCERTAIN
#define X   ARCH_DATE_UNSPECIFIED
#define OS  ARCH_DATE_OPEN_START
#define OE  ARCH_DATE_OPEN_END
#define ONE ARCH_DATE_ONE_OF

/* Precisions, short. */
#define P_DAY ARCH_DATE_DAY
#define P_MON ARCH_DATE_MONTH
#define P_SEA ARCH_DATE_SEASON
#define P_YR  ARCH_DATE_YEAR
#define P_DEC ARCH_DATE_DECADE
#define P_CEN ARCH_DATE_CENTURY
#define P_RNG ARCH_DATE_RANGE

typedef struct ReaderCase {
  const char *zIn;
  const char *zFirst;        /* NULL: no date */
  const char *zLast;
  const char *zConvention;
  const char *zEdtf;         /* arch_date_edtf() of the date */
  const char *zReadEdtf;     /* ArchDateReading.zEdtf: "" when arch_date_edtf() says it */
  ArchDatePrecision precision;
  unsigned flags;
} ReaderCase;

#define NO(z) { z, 0, 0, 0, 0, 0, 0, 0 }

static const ReaderCase aCase[] = {
  /* ---- EDTF level 0: dates, date-times (the time is dropped), intervals */
  { "1958", "1958-01-01", "1958-12-31", "edtf", "1958", "", P_YR, 0 },
  { "1958-03", "1958-03-01", "1958-03-31", "edtf", "1958-03", "", P_MON, 0 },
  { "1958-03-03", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY, 0 },
  { "1958-03-03T16:15:00Z", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY, 0 },
  { "1958-03-03T16:15:00", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY, 0 },
  { "1958-03-03T16:15:00+03:00", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY,
    0 },
  { "1958-03-03T23:20:30-04", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY, 0 },
  { "1958-03-03T16:15Z", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY, 0 },
  { "1958-03-03T16:15:00.250+0300", "1958-03-03", "1958-03-03", "edtf", "1958-03-03", "", P_DAY,
    0 },
  { "{1958-03-03T16:15:00.5Z..1958-12}", "1958-03-03", "1958-12-31", "edtf",
    "1958-03-03/1958-12", "{1958-03-03..1958-12}", P_RNG, 0 },
  { "1958/1962", "1958-01-01", "1962-12-31", "edtf", "1958/1962", "", P_RNG, 0 },
  { "1958-03/1962-11", "1958-03-01", "1962-11-30", "edtf", "1958-03/1962-11", "", P_RNG, 0 },
  { "1958-03-03/1962-11-07", "1958-03-03", "1962-11-07", "edtf", "1958-03-03/1962-11-07", "",
    P_RNG, 0 },
  { "1958-03-03/1962", "1958-03-03", "1962-12-31", "edtf", "1958-03-03/1962", "", P_RNG, 0 },
  { "1958/1959-02", "1958-01-01", "1959-02-28", "edtf", "1958/1959-02", "", P_RNG, 0 },
  { "1958-03-03T16:15:00Z/1958-03-04", "1958-03-03", "1958-03-04", "edtf",
    "1958-03-03/1958-03-04", "", P_RNG, 0 },

  /* ---- level 1: qualifiers on the whole, X from the right, seasons, open and unknown ends */
  { "1958?", "1958-01-01", "1958-12-31", "edtf", "1958?", "", P_YR, U },
  { "1958-03~", "1958-03-01", "1958-03-31", "edtf", "1958-03~", "", P_MON, A },
  { "1958-03-03%", "1958-03-03", "1958-03-03", "edtf", "1958-03-03%", "", P_DAY, A|U },
  { "195X", "1950-01-01", "1959-12-31", "edtf", "195X", "", P_DEC, 0 },
  { "19XX", "1900-01-01", "1999-12-31", "edtf", "19XX", "", P_CEN, 0 },
  { "1958-XX", "1958-01-01", "1958-12-31", "edtf", "1958-XX", "", P_MON, X },
  { "1958-03-XX", "1958-03-01", "1958-03-31", "edtf", "1958-03-XX", "", P_DAY, X },
  { "1958-XX-XX", "1958-01-01", "1958-12-31", "edtf", "1958-XX-XX", "", P_DAY, X },
  { "1958-21", "1958-03-01", "1958-05-31", "edtf", "1958-21", "", P_SEA, 0 },
  { "1958-22", "1958-06-01", "1958-08-31", "edtf", "1958-22", "", P_SEA, 0 },
  { "1958-23", "1958-09-01", "1958-11-30", "edtf", "1958-23", "", P_SEA, 0 },
  { "1958-24", "1957-12-01", "1958-02-28", "edtf", "1957-12/1958-02", "1958-24", P_SEA, 0 },
  { "1958/..", "1958-01-01", "9999-12-31", "edtf", "1958/..", "", P_RNG, OE },
  { "../1962", "0001-01-01", "1962-12-31", "edtf", "../1962", "", P_RNG, OS },
  { "1958-03-03/..", "1958-03-03", "9999-12-31", "edtf", "1958-03-03/..", "", P_RNG, OE },
  { "../1962-11", "0001-01-01", "1962-11-30", "edtf", "../1962-11", "", P_RNG, OS },
  { "1958/", "1958-01-01", "9999-12-31", "edtf", "1958/", "", P_RNG, OE },
  { "/1962", "0001-01-01", "1962-12-31", "edtf", "/1962", "", P_RNG, OS },
  { "1958~/1962~", "1958-01-01", "1962-12-31", "edtf", "1958~/1962~", "", P_RNG, A },
  { "1958?/1962%", "1958-01-01", "1962-12-31", "edtf", "1958%/1962%", "1958?/1962%", P_RNG,
    A|U },
  { "1958~/1962-06", "1958-01-01", "1962-06-30", "edtf", "1958~/1962-06~", "1958~/1962-06",
    P_RNG, A },
  { "1958-03-03?/", "1958-03-03", "9999-12-31", "edtf", "1958-03-03?/", "",
    P_RNG, U|OE },

  /* ---- level 2: qualifiers on parts (the range is the date's, the flags their union) */
  { "?1958-03-~03", "1958-03-03", "1958-03-03", "edtf", "1958-03-03%", "?1958-03-~03", P_DAY,
    A|U },
  { "1958-?03", "1958-03-01", "1958-03-31", "edtf", "1958-03?", "1958-?03", P_MON, U },
  { "1958-03~-03", "1958-03-03", "1958-03-03", "edtf", "1958-03-03~", "1958-03~-03", P_DAY, A },
  { "1958?-03-03", "1958-03-03", "1958-03-03", "edtf", "1958-03-03?", "1958?-03-03", P_DAY, U },
  { "1958-03-~01/1958-03-~20", "1958-03-01", "1958-03-20", "edtf", "1958-03-01~/1958-03-20~",
    "1958-03-~01/1958-03-~20", P_RNG, A },

  /* ---- level 2: X in any digit; the range runs from the first day that fits to the last */
  { "195X-03", "1950-03-01", "1959-03-31", "edtf", "195X-03", "", P_MON, 0 },
  { "195X-03-03", "1950-03-03", "1959-03-03", "edtf", "195X-03-03", "", P_DAY, 0 },
  { "19XX-12-25", "1900-12-25", "1999-12-25", "edtf", "19XX-12-25", "", P_DAY, 0 },
  { "1XXX", "1000-01-01", "1999-12-31", "edtf", "1XXX", "", P_RNG, 0 },
  { "1XXX-12", "1000-12-01", "1999-12-31", "edtf", "1XXX-12", "", P_MON, 0 },
  { "1958-1X", "1958-10-01", "1958-12-31", "edtf", "1958-10/1958-12", "1958-1X", P_MON, X },
  { "1958-0X", "1958-01-01", "1958-09-30", "edtf", "1958-01/1958-09", "1958-0X", P_MON, X },
  { "1958-03-1X", "1958-03-10", "1958-03-19", "edtf", "1958-03-10/1958-03-19", "1958-03-1X",
    P_DAY, X },
  { "1958-02-2X", "1958-02-20", "1958-02-28", "edtf", "1958-02-20/1958-02-28", "1958-02-2X",
    P_DAY, X },
  { "1958-XX-31", "1958-01-31", "1958-12-31", "edtf", "1958-XX-31", "", P_DAY, X },
  { "1X58", "1058-01-01", "1958-12-31", "edtf", "1058/1958", "1X58", P_RNG, X },
  { "1958-03-XX/1958-04-03", "1958-03-01", "1958-04-03", "edtf", "1958-03-XX/1958-04-03", "",
    P_RNG, X },

  /* ---- level 2: significant digits; sub-year groups 25-41 */
  { "1950S2", "1900-01-01", "1999-12-31", "edtf", "19XX", "1950S2", P_CEN, 0 },
  { "1958S3", "1950-01-01", "1959-12-31", "edtf", "195X", "1958S3", P_DEC, 0 },
  { "1958S4", "1958-01-01", "1958-12-31", "edtf", "1958", "1958S4", P_YR, 0 },
  { "1958-25", "1958-03-01", "1958-05-31", "edtf", "1958-25", "", P_SEA, 0 },
  { "1958-28", "1957-12-01", "1958-02-28", "edtf", "1957-12/1958-02", "1958-28", P_SEA, 0 },
  { "1958-29", "1958-09-01", "1958-11-30", "edtf", "1958-29", "", P_SEA, 0 },
  { "1958-30", "1957-12-01", "1958-02-28", "edtf", "1957-12/1958-02", "1958-30", P_SEA, 0 },
  { "1958-31", "1958-03-01", "1958-05-31", "edtf", "1958-31", "", P_SEA, 0 },
  { "1958-32", "1958-06-01", "1958-08-31", "edtf", "1958-32", "", P_SEA, 0 },
  { "1958-33", "1958-01-01", "1958-03-31", "edtf", "1958-33", "", P_SEA, 0 },
  { "1958-36", "1958-10-01", "1958-12-31", "edtf", "1958-36", "", P_SEA, 0 },
  { "1958-37", "1958-01-01", "1958-04-30", "edtf", "1958-37", "", P_SEA, 0 },
  { "1958-39", "1958-09-01", "1958-12-31", "edtf", "1958-39", "", P_SEA, 0 },
  { "1958-40", "1958-01-01", "1958-06-30", "edtf", "1958-40", "", P_SEA, 0 },
  { "1958-41", "1958-07-01", "1958-12-31", "edtf", "1958-41", "", P_SEA, 0 },
  { "1960-24", "1959-12-01", "1960-02-29", "edtf", "1959-12/1960-02", "1960-24", P_SEA, 0 },

  /* ---- level 2: sets, read as their envelope */
  { "[1958,1960..1962]", "1958-01-01", "1962-12-31", "edtf", "1958/1962", "[1958,1960..1962]",
    P_RNG, ONE },
  { "[1958, 1960..1962]", "1958-01-01", "1962-12-31", "edtf", "1958/1962",
    "[1958,1960..1962]", P_RNG, ONE },
  { "{1958,1959-12}", "1958-01-01", "1959-12-31", "edtf", "1958/1959-12", "{1958,1959-12}",
    P_RNG, 0 },
  { "[1958,1960]", "1958-01-01", "1960-12-31", "edtf", "[1958,1960]", "", P_RNG, ONE },
  { "[1667,1760-12]", "1667-01-01", "1760-12-31", "edtf", "[1667,1760-12]", "", P_RNG, ONE },
  { "[1760-01,1760-02,1760-12]", "1760-01-01", "1760-12-31", "edtf", "1760-01/1760-12",
    "[1760-01,1760-02,1760-12]", P_RNG, ONE },
  { "[..1760-12-03]", "0001-01-01", "1760-12-03", "edtf", "../1760-12-03", "[..1760-12-03]",
    P_RNG, ONE|OS },
  { "[1760-12..]", "1760-12-01", "9999-12-31", "edtf", "1760-12/..", "[1760-12..]", P_RNG,
    ONE|OE },
  { "{1667,1668,1670..1672}", "1667-01-01", "1672-12-31", "edtf", "1667/1672",
    "{1667,1668,1670..1672}", P_RNG, 0 },
  { "{..1984}", "0001-01-01", "1984-12-31", "edtf", "../1984", "{..1984}", P_RNG, OS },
  { "{1960,1958}", "1958-01-01", "1960-12-31", "edtf", "1958/1960", "{1960,1958}", P_RNG, 0 },
  { "{1958}", "1958-01-01", "1958-12-31", "edtf", "1958", "{1958}", P_YR, 0 },
  { "{1958-03-01T16:10..1959-12}", "1958-03-01", "1959-12-31", "edtf", "1958-03-01/1959-12",
    "{1958-03-01..1959-12}", P_RNG, 0 },
  { "[1958-03-01T16:10:00+01:00,1959]", "1958-03-01", "1959-12-31", "edtf",
    "[1958-03-01,1959]", "", P_RNG, ONE },

  /* ---- EDTF refused */
  NO("Y170000002"),          /* more than four digits */
  NO("Y-170000002"),
  NO("Y17E7"),               /* exponential */
  NO("1958E2"),
  NO("Y1958"),               /* Y is for long years only */
  NO("-1958"),               /* before year 1 */
  NO("0000"),
  NO("19580"),
  NO("958"),
  NO("1958-02-30"),          /* impossible days */
  NO("1958-02-29"),
  NO("1958-04-31"),
  NO("1958-02-3X"),
  NO("1958-13"),
  NO("1958-00"),
  NO("1958-42"),
  NO("1958-03-00"),
  NO("1958-03-32"),
  NO("XXXX"),                /* a year of X alone */
  NO("XXXX-12-XX"),
  NO("1958-2X"),             /* months 20-29: none */
  NO("1962/1958"),           /* reversed */
  NO("1958-03/1958-02"),
  NO("../.."),
  NO("/"),
  NO(".."),
  NO("1958//1962"),
  NO("1958-03-03T24:00:00"), /* times that are not */
  NO("1958-03-03T16:60:00"),
  NO("1958-03-03T16"),
  NO("1958-03-03T16:15:00."),
  NO("1958-03-03T16:15.5"),
  NO("1958-03T16:15:00"),
  NO("1958?-03-03T16:15:00"),
  NO("1958??"),
  NO("1958 / 1962"),
  NO("[1958]"),              /* "[1958]" is the catalogue's supplied date: arch_date_parse() */
  NO("[]"),
  NO("{}"),
  NO("[1958,]"),
  NO("[1958,1960"),
  NO("[1962..1958]"),
  NO("[..1958..]"),
  NO("[1958..,1960]"),
  NO("{..1958,..1960}"),
  NO("1958S5"),
  NO("19XXS2"),
  NO("195XS4"),
  NO("1958-03S2"),
  NO("1958x"),
  NO("195x"),
  NO("1958-03-03Z"),

  /* ---- Juche years: Juche 1 = 1912 */
  { "Juche 47", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  { "juche 47", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  { "Chuche 47", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  { "주체47년", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  { "주체 47년", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  { "주체47년 3월", "1958-03-01", "1958-03-31", "juche", "1958-03", "", P_MON, 0 },
  { "주체 47년 3월 3일", "1958-03-03", "1958-03-03", "juche", "1958-03-03", "", P_DAY, 0 },
  { "주체47(1958)년 3월 3일", "1958-03-03", "1958-03-03", "juche", "1958-03-03", "", P_DAY, 0 },
  { "주체1년", "1912-01-01", "1912-12-31", "juche", "1912", "", P_YR, 0 },
  { "Juche 47 (1958)", "1958-01-01", "1958-12-31", "juche", "1958", "", P_YR, 0 },
  NO("주체47(1957)년"),      /* the Gregorian year in brackets disagrees */
  NO("주체0년"),
  NO("주체 47년 2월 30일"),
  NO("Juche"),
  NO("주체년"),
  NO("주체47"),              /* a Hangul era needs its unit */

  /* ---- Republic of China years: ROC 1 = 1912 */
  { "民國47年", "1958-01-01", "1958-12-31", "roc", "1958", "", P_YR, 0 },
  { "民国47年3月3日", "1958-03-03", "1958-03-03", "roc", "1958-03-03", "", P_DAY, 0 },
  { "中華民國47年3月", "1958-03-01", "1958-03-31", "roc", "1958-03", "", P_MON, 0 },
  { "中华民国四十七年三月三日", "1958-03-03", "1958-03-03", "roc", "1958-03-03", "", P_DAY, 0 },
  { "民國一〇二年", "2013-01-01", "2013-12-31", "roc", "2013", "", P_YR, 0 },
  { "民國一百零二年", "2013-01-01", "2013-12-31", "roc", "2013", "", P_YR, 0 },
  { "民國元年", "1912-01-01", "1912-12-31", "roc", "1912", "", P_YR, 0 },
  { "Minguo 47", "1958-01-01", "1958-12-31", "roc", "1958", "", P_YR, 0 },
  NO("民國前1年"),           /* before the Republic */
  NO("民國47年13月"),
  NO("民國一百二年"),        /* 120 in speech, 102 written out: not read */

  /* ---- Japanese eras: Taishō 1912-07-30, Shōwa 1926-12-25, Heisei 1989-01-08, Reiwa
  ** 2019-05-01; the first and last year of an era are cut to its days */
  { "昭和33年", "1958-01-01", "1958-12-31", "japanese-era", "1958", "", P_YR, 0 },
  { "昭和33年3月3日", "1958-03-03", "1958-03-03", "japanese-era", "1958-03-03", "", P_DAY, 0 },
  { "昭和三十三年三月三日", "1958-03-03", "1958-03-03", "japanese-era", "1958-03-03", "", P_DAY,
    0 },
  { "昭和 33 年 3 月", "1958-03-01", "1958-03-31", "japanese-era", "1958-03", "", P_MON, 0 },
  { "Showa 33", "1958-01-01", "1958-12-31", "japanese-era", "1958", "", P_YR, 0 },
  { "Shōwa 33", "1958-01-01", "1958-12-31", "japanese-era", "1958", "", P_YR, 0 },
  { "SHOWA 33", "1958-01-01", "1958-12-31", "japanese-era", "1958", "", P_YR, 0 },
  { "Showa 33年", "1958-01-01", "1958-12-31", "japanese-era", "1958", "", P_YR, 0 },
  { "昭和元年", "1926-12-25", "1926-12-31", "japanese-era", "1926-12-25/1926-12-31", "", P_YR,
    0 },
  { "昭和64年", "1989-01-01", "1989-01-07", "japanese-era", "1989-01-01/1989-01-07", "", P_YR,
    0 },
  { "平成元年", "1989-01-08", "1989-12-31", "japanese-era", "1989-01-08/1989-12-31", "", P_YR,
    0 },
  { "平成元年1月", "1989-01-08", "1989-01-31", "japanese-era", "1989-01-08/1989-01-31", "",
    P_MON, 0 },
  { "平成31年4月30日", "2019-04-30", "2019-04-30", "japanese-era", "2019-04-30", "", P_DAY, 0 },
  { "Heisei 31", "2019-01-01", "2019-04-30", "japanese-era", "2019-01-01/2019-04-30", "", P_YR,
    0 },
  { "令和元年5月1日", "2019-05-01", "2019-05-01", "japanese-era", "2019-05-01", "", P_DAY, 0 },
  { "令和7年", "2025-01-01", "2025-12-31", "japanese-era", "2025", "", P_YR, 0 },
  { "Reiwa 2", "2020-01-01", "2020-12-31", "japanese-era", "2020", "", P_YR, 0 },
  { "大正元年", "1912-07-30", "1912-12-31", "japanese-era", "1912-07-30/1912-12-31", "", P_YR,
    0 },
  { "大正15年12月24日", "1926-12-24", "1926-12-24", "japanese-era", "1926-12-24", "", P_DAY, 0 },
  /* the day an emperor died is in both eras (eras.tsv) */
  { "大正15年12月25日", "1926-12-25", "1926-12-25", "japanese-era", "1926-12-25", "", P_DAY, 0 },
  { "明治45年7月30日", "1912-07-30", "1912-07-30", "japanese-era", "1912-07-30", "", P_DAY, 0 },
  { "大正元年7月30日", "1912-07-30", "1912-07-30", "japanese-era", "1912-07-30", "", P_DAY, 0 },
  { "Taishō 5", "1916-01-01", "1916-12-31", "japanese-era", "1916", "", P_YR, 0 },
  { "明治6年", "1873-01-01", "1873-12-31", "japanese-era", "1873", "", P_YR, 0 },
  { "明治45年", "1912-01-01", "1912-07-30", "japanese-era", "1912-01-01/1912-07-30", "", P_YR,
    0 },
  { "昭和33.3.3", "1958-03-03", "1958-03-03", "japanese-era", "1958-03-03", "", P_DAY, 0 },
  { "昭和33.3", "1958-03-01", "1958-03-31", "japanese-era", "1958-03", "", P_MON, 0 },
  { "民國47.12.31", "1958-12-31", "1958-12-31", "roc", "1958-12-31", "", P_DAY, 0 },
  /* a third of a month after it: 上旬 1-10, 中旬 11-20, 下旬 21-end; Korean 초순 중순 하순 */
  { "1958年10月上旬", "1958-10-01", "1958-10-10", "cjk", "1958-10-01/1958-10-10", "", P_RNG, 0 },
  { "1958年10月中旬", "1958-10-11", "1958-10-20", "cjk", "1958-10-11/1958-10-20", "", P_RNG, 0 },
  { "1960年2月下旬", "1960-02-21", "1960-02-29", "cjk", "1960-02-21/1960-02-29", "", P_RNG, 0 },
  { "昭和33年10月下旬", "1958-10-21", "1958-10-31", "japanese-era", "1958-10-21/1958-10-31", "",
    P_RNG, 0 },
  { "昭和64年1月上旬", "1989-01-01", "1989-01-07", "japanese-era", "1989-01-01/1989-01-07", "",
    P_RNG, 0 },
  { "1958년 10월 하순", "1958-10-21", "1958-10-31", "cjk", "1958-10-21/1958-10-31", "", P_RNG,
    0 },
  NO("1958年上旬"),          /* a third of a month needs the month */
  NO("1958年10月8日上旬"),
  NO("1958年10月上"),
  NO("昭和元年12月上旬"),    /* before the era began, on 25 December 1926 */
  NO("昭和33.2.29"),
  NO("昭和33.13"),
  NO("昭和33."),
  NO("昭和33.3.3."),
  NO("1958.3.3"),            /* periods only after an era */
  NO("昭和65年"),            /* after the era */
  NO("昭和元年12月24日"),    /* before it */
  NO("平成31年5月1日"),
  NO("大正15年12月26日"),    /* the era ended on the day Shōwa began (eras.tsv) */
  NO("明治元年"),            /* Meiji 1-5 counted the lunisolar calendar */
  NO("明治5年12月2日"),
  NO("昭和33年2月29日"),
  NO("昭和33"),              /* a kanji era needs its unit */
  NO("Showa"),
  NO("Showa 33 (1959)"),
  NO("Showas 33"),

  /* ---- Korean Dangi years: Dangi 4291 = 1958 */
  { "단기 4291년", "1958-01-01", "1958-12-31", "dangi", "1958", "", P_YR, 0 },
  { "단기4291년 3월 3일", "1958-03-03", "1958-03-03", "dangi", "1958-03-03", "", P_DAY, 0 },
  { "檀紀4291年", "1958-01-01", "1958-12-31", "dangi", "1958", "", P_YR, 0 },
  { "Dangi 4294", "1961-01-01", "1961-12-31", "dangi", "1961", "", P_YR, 0 },
  NO("단기 2333년"),          /* the year 0 */
  NO("단기 47년"),

  /* ---- dates in Chinese numerals, and with the units 年月日 / 년월일 */
  { "一九五八年三月三日", "1958-03-03", "1958-03-03", "chinese-numerals", "1958-03-03", "",
    P_DAY, 0 },
  { "一九五八年三月", "1958-03-01", "1958-03-31", "chinese-numerals", "1958-03", "", P_MON, 0 },
  { "一九五八年", "1958-01-01", "1958-12-31", "chinese-numerals", "1958", "", P_YR, 0 },
  { "一九五八年十月", "1958-10-01", "1958-10-31", "chinese-numerals", "1958-10", "", P_MON, 0 },
  { "一九五八年十二月三十一日", "1958-12-31", "1958-12-31", "chinese-numerals", "1958-12-31", "",
    P_DAY, 0 },
  { "一九五八年十一月二十日", "1958-11-20", "1958-11-20", "chinese-numerals", "1958-11-20", "",
    P_DAY, 0 },
  { "一九五八年二月廿八日", "1958-02-28", "1958-02-28", "chinese-numerals", "1958-02-28", "",
    P_DAY, 0 },
  { "一九五八年一月卅一日", "1958-01-31", "1958-01-31", "chinese-numerals", "1958-01-31", "",
    P_DAY, 0 },
  { "二〇〇〇年二月二十九日", "2000-02-29", "2000-02-29", "chinese-numerals", "2000-02-29", "",
    P_DAY, 0 },
  { "二零零零年", "2000-01-01", "2000-12-31", "chinese-numerals", "2000", "", P_YR, 0 },
  { "1958年三月三日", "1958-03-03", "1958-03-03", "chinese-numerals", "1958-03-03", "", P_DAY,
    0 },
  { "西元一九五八年三月", "1958-03-01", "1958-03-31", "chinese-numerals", "1958-03", "", P_MON,
    0 },
  { "1958年3月3日", "1958-03-03", "1958-03-03", "cjk", "1958-03-03", "", P_DAY, 0 },
  { "1958年03月03日", "1958-03-03", "1958-03-03", "cjk", "1958-03-03", "", P_DAY, 0 },
  { "1958년 3월 3일", "1958-03-03", "1958-03-03", "cjk", "1958-03-03", "", P_DAY, 0 },
  { "１９５８年３月３日", "1958-03-03", "1958-03-03", "cjk", "1958-03-03", "", P_DAY, 0 },
  { "公元1958年", "1958-01-01", "1958-12-31", "cjk", "1958", "", P_YR, 0 },
  { "서기 1958년", "1958-01-01", "1958-12-31", "cjk", "1958", "", P_YR, 0 },
  NO("一九五八年二月三十日"),  /* impossible days */
  NO("一九五八年二月二十九日"),
  NO("一九五八年十三月"),
  NO("一九五八年三月三十二日"),
  NO("五八年三月三日"),        /* a year of two digits */
  NO("58年3月3日"),
  NO("〇九五八年"),
  NO("一千九百五十八年"),      /* a Gregorian year is written digit by digit */
  NO("一九5八年"),
  NO("一九五八年三月三"),
  NO("一九五八"),
  NO("一九五八年三日"),
  NO("一九五八年三月十十日"),
  NO("一九五八年二十二月"),
};

START_TEST(test_reader_table)
{
  const ReaderCase *p = &aCase[_i];
  ArchDate d;
  ArchDateReading r;
  char zA[11], zB[11], zEdtf[ARCH_EDTF_MAX];
  int ok;
  memset(&d, 0x5A, sizeof(d));
  memset(&r, 0x5A, sizeof(r));
  ok = arch_date_read_conventions(p->zIn, strlen(p->zIn), &d, &r);
  if( p->zFirst==0 ){
    ArchDate untouched;
    memset(&untouched, 0x5A, sizeof(untouched));
    ck_assert_msg(!ok, "[%s] read as a date", p->zIn);
    ck_assert_msg(memcmp(&d, &untouched, sizeof(d))==0, "[%s]: *pOut changed", p->zIn);
    return;
  }
  ck_assert_msg(ok, "[%s] not read", p->zIn);
  arch_date_iso(d.first, zA);
  arch_date_iso(d.last, zB);
  ck_assert_msg(strcmp(zA, p->zFirst)==0 && strcmp(zB, p->zLast)==0,
                "[%s]: %s..%s, want %s..%s", p->zIn, zA, zB, p->zFirst, p->zLast);
  ck_assert_msg(strcmp(r.zConvention, p->zConvention)==0, "[%s]: convention %s, want %s",
                p->zIn, r.zConvention, p->zConvention);
  arch_date_edtf(&d, zEdtf);
  ck_assert_msg(strcmp(zEdtf, p->zEdtf)==0, "[%s]: EDTF %s, want %s", p->zIn, zEdtf, p->zEdtf);
  ck_assert_msg(strcmp(r.zEdtf, p->zReadEdtf)==0, "[%s]: reading's EDTF '%s', want '%s'",
                p->zIn, r.zEdtf, p->zReadEdtf);
  ck_assert_msg(d.precision==p->precision, "[%s]: precision %s, want %s", p->zIn,
                arch_date_precision_name(d.precision), arch_date_precision_name(p->precision));
  ck_assert_msg(d.flags==p->flags, "[%s]: flags 0x%x, want 0x%x", p->zIn, d.flags, p->flags);
  /* the bounds a caller prints are the range's */
  arch_date_bound_iso(&d, 0, zA);
  arch_date_bound_iso(&d, 1, zB);
  ck_assert_msg(strcmp(zA, p->zFirst)==0 && strcmp(zB, p->zLast)==0,
                "[%s]: bound_iso %s..%s", p->zIn, zA, zB);
}
END_TEST

/* Surrounding white space is ignored, NULL reading allowed, and each reader reads its own. */
START_TEST(test_reader_edges)
{
  ArchDate d;
  ArchDateReading r;
  ck_assert(arch_date_read_edtf(LIT("  1958-03-03T16:15:00Z \n"), &d, 0));
  ck_assert_int_eq(d.first, arch_days_from_civil(1958, 3, 3));
  ck_assert(arch_date_read_eastasia(LIT("\xE3\x80\x80昭和33年\xE3\x80\x80"), &d, &r));
  ck_assert_str_eq(r.zConvention, "japanese-era");
  ck_assert(!arch_date_read_edtf(LIT("昭和33年"), &d, &r));
  ck_assert(!arch_date_read_eastasia(LIT("1958-03-03"), &d, &r));
  ck_assert(!arch_date_read_eastasia(LIT("1958"), &d, &r));       /* no unit: not a CJK date */
  ck_assert(!arch_date_read_edtf(0, 0, &d, &r));
  ck_assert(!arch_date_read_eastasia(0, 0, &d, &r));
  ck_assert(!arch_date_read_conventions(LIT(""), &d, &r));
  ck_assert(!arch_date_read_conventions(LIT("   "), &d, &r));
  /* only the bytes given are read */
  ck_assert(arch_date_read_edtf("1958-03-03/1962", 10, &d, &r));
  ck_assert_int_eq(d.last, arch_days_from_civil(1958, 3, 3));
  ck_assert(arch_date_read_eastasia("昭和33年3月3日", strlen("昭和33年"), &d, &r));
  ck_assert_int_eq(d.last, arch_days_from_civil(1958, 12, 31));
  /* a NUL inside is no date */
  ck_assert(!arch_date_read_conventions("1958\0-03", 8, &d, &r));
}
END_TEST

/* A reading's EDTF that does not fit in ARCH_EDTF_MAX is left empty: arch_date_edtf() writes
** the envelope. */
START_TEST(test_reader_long_set)
{
  static const char z[] = "{1901,1903,1905,1907,1909,1911,1913,1915,1917,1919,1921}";
  ArchDate d;
  ArchDateReading r;
  char zEdtf[ARCH_EDTF_MAX];
  ck_assert(arch_date_read_edtf(LIT(z), &d, &r));
  ck_assert_str_eq(r.zEdtf, "");
  arch_date_edtf(&d, zEdtf);
  ck_assert_str_eq(zEdtf, "1901/1921");
  ck_assert_int_eq(d.first, arch_days_from_civil(1901, 1, 1));
  ck_assert_int_eq(d.last, arch_days_from_civil(1921, 12, 31));
}
END_TEST

/* Every year and month of the patterns with X: the envelope is the first and last day that
** fit, counted here by walking the calendar. */
START_TEST(test_reader_x_every_month)
{
  static const char *const azPat[] = { "0X", "1X", "X1", "X2", "X9", "XX" };
  int y, k;
  for(y=1901; y<=2012; y+=37){
    for(k=0; k<(int)(sizeof(azPat)/sizeof(azPat[0])); k++){
      char z[16];
      ArchDate d;
      int m, lo = 0, hi = 0;
      snprintf(z, sizeof(z), "%04d-%s-XX", y, azPat[k]);
      for(m=1; m<=12; m++){
        int a = m/10, b = m%10;
        if( (azPat[k][0]=='X' || azPat[k][0]-'0'==a) && (azPat[k][1]=='X' || azPat[k][1]-'0'==b) ){
          if( !lo ) lo = m;
          hi = m;
        }
      }
      ck_assert_msg(arch_date_read_edtf(z, strlen(z), &d, 0), "%s", z);
      ck_assert_int_eq(d.first, arch_days_from_civil(y, lo, 1));
      ck_assert_int_eq(d.last, arch_days_from_civil(y, hi, arch_days_in_month(y, hi)));
    }
  }
}
END_TEST

/* Random strings of EDTF characters and of CJK date characters: whatever is read is sane. */
static uint32_t rng_state;
static uint32_t rng_next(void){
  rng_state = rng_state*1103515245u + 12345u;
  return rng_state>>8;
}

START_TEST(test_reader_random)
{
  static const char *const azPiece[] = {
    "1", "9", "5", "8", "0", "2", "X", "-", "/", "..", "?", "~", "%", "[", "]", "{", "}", ",",
    "T", ":", "Z", "+", "S", " ", "年", "月", "日", "년", "월", "일", "一", "九", "五", "八",
    "十", "百", "零", "〇", "廿", "元", "昭和", "平成", "民國", "주체", "Showa ", "(", ")",
  };
  int i, nRead = 0;
  rng_state = 4242u;
  for(i=0; i<200000; i++){
    char z[96];
    size_t n = 0;
    int nPiece = 1 + (int)(rng_next()%14), k;
    ArchDate d;
    ArchDateReading r;
    for(k=0; k<nPiece; k++){
      const char *zP = azPiece[rng_next()%(sizeof(azPiece)/sizeof(azPiece[0]))];
      size_t len = strlen(zP);
      if( n+len>=sizeof(z) ) break;
      memcpy(z+n, zP, len);
      n += len;
    }
    if( arch_date_read_conventions(z, n, &d, &r) ){
      char zA[11], zB[11], zE[ARCH_EDTF_MAX];
      nRead++;
      ck_assert_msg(d.first>=ARCH_DAY_MIN && d.first<=d.last && d.last<=ARCH_DAY_MAX,
                    "[%.*s]", (int)n, z);
      ck_assert(arch_date_edtf(&d, zE)<ARCH_EDTF_MAX);
      ck_assert(strlen(r.zEdtf)<ARCH_EDTF_MAX);
      arch_date_bound_iso(&d, 0, zA);
      arch_date_iso(d.first, zB);
      ck_assert_msg(strcmp(zA, zB)==0, "[%.*s]: first", (int)n, z);
      arch_date_bound_iso(&d, 1, zA);
      arch_date_iso(d.last, zB);
      ck_assert_msg(strcmp(zA, zB)==0, "[%.*s]: last", (int)n, z);
    }
  }
  ck_assert_int_gt(nRead, 0);
}
END_TEST

static Suite *readers_suite(void){
  Suite *s = suite_create("dates_readers");
  TCase *tc = tcase_create("readers");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, test_reader_table, 0, (int)(sizeof(aCase)/sizeof(aCase[0])));
  tcase_add_test(tc, test_reader_edges);
  tcase_add_test(tc, test_reader_long_set);
  tcase_add_test(tc, test_reader_x_every_month);
  tcase_add_test(tc, test_reader_random);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(readers_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
