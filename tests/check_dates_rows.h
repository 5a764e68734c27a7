/*
** check_dates_rows.h: the check of one date line against the range and EDTF written for it, for
** the table-driven suites check_dates_forms.c, check_dates_lines.c and check_dates_audit2.c, and
** the matches of free text as one string.
*/
#ifndef ARCHIVIST_CHECK_DATES_ROWS_H
#define ARCHIVIST_CHECK_DATES_ROWS_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "dates.h"

/* Parse zIn into *pd and compare: no date when zStart is NULL, else the range zStart..zEnd and
** the EDTF zEdtf, and listing()'s quick test must let the line through. NULL when all agree,
** else what differs, written into zWhy. */
static const char *date_row_failure(const char *zIn, const char *zStart, const char *zEnd,
                                    const char *zEdtf, ArchDate *pd, char *zWhy, size_t nWhy){
  char a[16], b[16], e[ARCH_EDTF_MAX];
  ArchDateResult r;
  memset(pd, 0x5a, sizeof(*pd));
  r = arch_date_parse(zIn, strlen(zIn), pd);
  if( zStart==0 ){
    if( r==ARCH_DATE_FOUND ){
      arch_date_iso(pd->first, a);
      arch_date_iso(pd->last, b);
      snprintf(zWhy, nWhy, "[%s]: read as %s..%s, want no date", zIn, a, b);
      return zWhy;
    }
    return 0;
  }
  if( r!=ARCH_DATE_FOUND ){
    snprintf(zWhy, nWhy, "[%s]: no date, want %s..%s", zIn, zStart, zEnd);
    return zWhy;
  }
  arch_date_iso(pd->first, a);
  arch_date_iso(pd->last, b);
  arch_date_edtf(pd, e);
  if( strcmp(a, zStart)!=0 || strcmp(b, zEnd)!=0 ){
    snprintf(zWhy, nWhy, "[%s]: range %s..%s, want %s..%s", zIn, a, b, zStart, zEnd);
    return zWhy;
  }
  if( strcmp(e, zEdtf)!=0 ){
    snprintf(zWhy, nWhy, "[%s]: edtf %s, want %s", zIn, e, zEdtf);
    return zWhy;
  }
  if( !arch_date_may_begin(zIn, strlen(zIn)) ){                  /* listing()'s quick test */
    snprintf(zWhy, nWhy, "[%s]: arch_date_may_begin() says no date", zIn);
    return zWhy;
  }
  return 0;
}

/* A whole date line and the range and EDTF written for it (NO_DATE: none). */
typedef struct DateLineRow {
  const char *zIn;
  const char *zStart;      /* first day; NULL when the text is no date */
  const char *zEnd;        /* last day */
  const char *zEdtf;
} DateLineRow;

#define NO_DATE(x) {x, 0, 0, 0}

/* A text and the matches dates() must find in it. */
typedef struct DateTextRow {
  const char *zText;
  const char *zMatches;    /* every match as "text=edtf", joined by "; " ("" for none) */
} DateTextRow;

/* Every date dates() finds in z, as "match=edtf" joined by "; ", into zOut. */
static inline void date_scan_all(const char *z, char *zOut, size_t nOut){
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

/* Check one line row (for a Check loop test). */
static inline void check_date_line_row(const DateLineRow *pr){
  char zWhy[512];
  ArchDate d;
  const char *zFail = date_row_failure(pr->zIn, pr->zStart, pr->zEnd, pr->zEdtf, &d, zWhy,
                                       sizeof(zWhy));
  ck_assert_msg(zFail==0, "%s", zFail);
}

/* Check one line row by the parser alone, without listing()'s quick test: the headings of
** letters, which listing() does not take for a record's date line. */
static inline void check_date_parse_row(const DateLineRow *pr){
  ArchDate d;
  char a[16], b[16], e[ARCH_EDTF_MAX];
  ArchDateResult r = arch_date_parse(pr->zIn, strlen(pr->zIn), &d);
  if( pr->zStart==0 ){
    ck_assert_msg(r!=ARCH_DATE_FOUND, "[%s]: read as a date, want none", pr->zIn);
    return;
  }
  ck_assert_msg(r==ARCH_DATE_FOUND, "[%s]: no date, want %s", pr->zIn, pr->zStart);
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  arch_date_edtf(&d, e);
  ck_assert_msg(strcmp(a, pr->zStart)==0 && strcmp(b, pr->zEnd)==0 && strcmp(e, pr->zEdtf)==0,
                "[%s]: %s..%s %s, want %s..%s %s", pr->zIn, a, b, e, pr->zStart, pr->zEnd,
                pr->zEdtf);
}

/* Check one text row: dates() finds exactly its matches. */
static inline void check_date_text_row(const DateTextRow *pr){
  char zGot[1024];
  date_scan_all(pr->zText, zGot, sizeof(zGot));
  ck_assert_msg(strcmp(zGot, pr->zMatches)==0, "[%s]: found \"%s\", want \"%s\"", pr->zText,
                zGot, pr->zMatches);
}

#endif
