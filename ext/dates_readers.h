/*
** dates_readers.h: readers of date conventions that arch_date_parse() leaves to them: EDTF as
** input (dates_edtf_read.c) and the calendars and numerals of East Asian documents
** (dates_eastasia.c). Pure C: no SQLite, no allocation, no global state.
**
**     ArchDate d;
**     ArchDateReading r;
**     if( arch_date_read_conventions(z, n, &d, &r) ){
**       r.zConvention    "edtf", "juche", "roc", "japanese-era", "dangi", "chinese-numerals",
**                        "cjk"
**       r.zEdtf          the EDTF of what was read when the points of d cannot say it, else ""
**       d.first, d.last  the range of days, as from arch_date_parse()
**     }
**
** Each reader reads the WHOLE of z[0..n) (UTF-8; white space around it ignored) or nothing: it
** returns 1 with *pOut (and *pReading, which may be NULL) filled, or 0 with them untouched.
** A date that cannot be a day of the proleptic Gregorian calendar between 0001-01-01 and
** 9999-12-31 ("1958-02-30", "Y170000002", "昭和65年") is no date: 0.
**
** What ArchDate cannot hold (dates.h has no field for it), and so zEdtf carries: a qualifier
** on one part of a date ("?1958-03-~03": ArchDate.flags has the union, uncertain and
** approximate), an unknown end as opposed to an open one ("1958/" against "1958/.."), X digits
** that are not the last ones of the year or that leave a month or day partly known ("1984-1X",
** "1X58"), significant digits ("1950S2"), and sets other than "[a,b]" of two dates in order
** ("[1958,1960..1962]", "{1958,1959-12}": ArchDate holds their envelope as an interval, flagged
** one_of for "[...]"). zEdtf is empty when arch_date_edtf(pOut) already writes the same EDTF,
** and when the text would not fit in ARCH_EDTF_MAX bytes (arch_date_edtf() then writes the
** envelope).
*/
#ifndef ARCHIVIST_DATES_READERS_H
#define ARCHIVIST_DATES_READERS_H

#include "dates.h"

typedef struct ArchDateReading {
  const char *zConvention;        /* static text: which convention the reader read */
  char zEdtf[ARCH_EDTF_MAX];      /* EDTF when arch_date_edtf() cannot write it, else "" */
} ArchDateReading;

/* EDTF (Library of Congress Extended Date/Time Format): levels 0 and 1 whole, and the forms of
** level 2 that mean a range of days (qualified parts, X anywhere, significant digits, sub-year
** groups 25-41, sets). Convention "edtf". Years written with Y, E, or a minus are refused. */
int arch_date_read_edtf(const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading);

/* Dates of East Asian documents: Juche years ("주체47년 3월 3일", "Juche 47"), years of the
** Republic of China ("民國47年3月3日"), Japanese eras ("昭和33年", "Showa 33", "平成元年",
** "昭和33.3.3"), Korean Dangi years ("단기 4291년"),
** dates in Chinese numerals ("一九五八年三月三日"), decades in them ("五十年代",
** "二十世纪五十年代"), and dates with the units 年月日 / 년월일 ("1958年3月3日"). The eras are
** ext/data/eras.tsv. */
int arch_date_read_eastasia(const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading);

/* arch_date_parse() (dates.h), with what a reader of its own notation read in *pReading (may
** be NULL): zConvention NULL and zEdtf "" when the general grammar read the text. pOut->read
** names the reader's convention too (ARCH_READ_EDTF, ARCH_READ_JUCHE, ...). */
ArchDateResult arch_date_parse_reading(const char *z, size_t n, ArchDate *pOut,
                                       ArchDateReading *pReading);

/* Both readers, EDTF first. */
int arch_date_read_conventions(const char *z, size_t n, ArchDate *pOut,
                               ArchDateReading *pReading);

#endif
