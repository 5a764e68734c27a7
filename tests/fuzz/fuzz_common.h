/*
** fuzz_common.h: checks shared by the libFuzzer harnesses of the pure C cores.
**
** Every check ends in abort() through FUZZ_CHECK, which prints the failed condition first, so
** a broken invariant is reported by libFuzzer as a crash with a reproducer, like a sanitizer
** finding. Included by one harness per program: everything here is static.
*/
#ifndef ARCHIVIST_FUZZ_COMMON_H
#define ARCHIVIST_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "listing.h"
#include "text.h"

#define FUZZ_CHECK(cond) do{ \
  if( !(cond) ){ \
    fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
    abort(); \
  } \
}while(0)

/* ---------------------------------------------------------------- dates */

/* Everything a parsed or scanned date must satisfy. */
static void fuzz_check_date(const ArchDate *d){
  char zEdtf[ARCH_EDTF_MAX];       /* exactly the documented size: ASan sees any overrun */
  char zA[11], zB[11];
  unsigned bit;
  int n, y, m, dd;

  FUZZ_CHECK( d->first>=ARCH_DAY_MIN && d->first<=ARCH_DAY_MAX );
  FUZZ_CHECK( d->last>=ARCH_DAY_MIN && d->last<=ARCH_DAY_MAX );
  FUZZ_CHECK( d->first<=d->last );
  FUZZ_CHECK( d->precision>=ARCH_DATE_DAY && d->precision<=ARCH_DATE_RANGE );
  FUZZ_CHECK( arch_date_precision_name(d->precision)!=0 );
  FUZZ_CHECK( (d->flags & ~(unsigned)0x1FF)==0 );
  for(bit=1; bit<=ARCH_DATE_ONE_OF; bit<<=1){
    if( d->flags & bit ) FUZZ_CHECK( arch_date_flag_name(bit)!=0 );
  }
  FUZZ_CHECK( d->form==ARCH_FORM_SINGLE || d->form==ARCH_FORM_INTERVAL
           || d->form==ARCH_FORM_SET );

  /* EDTF: NUL-terminated, shorter than ARCH_EDTF_MAX, and its length is what is returned. */
  memset(zEdtf, 0x55, sizeof(zEdtf));
  n = arch_date_edtf(d, zEdtf);
  FUZZ_CHECK( n>0 && n<ARCH_EDTF_MAX );
  FUZZ_CHECK( memchr(zEdtf, 0, sizeof(zEdtf))==zEdtf+n );
  FUZZ_CHECK( text_utf8_invalid_offset(zEdtf, (size_t)n)==(size_t)n );

  /* The bounds: arch_date_bound_iso() is arch_date_iso() of first / last. */
  FUZZ_CHECK( arch_date_bound_iso(d, 0, zA)==10 );
  FUZZ_CHECK( arch_date_iso(d->first, zB)==10 );
  FUZZ_CHECK( memcmp(zA, zB, 11)==0 );
  FUZZ_CHECK( arch_date_bound_iso(d, 1, zA)==10 );
  FUZZ_CHECK( arch_date_iso(d->last, zB)==10 );
  FUZZ_CHECK( memcmp(zA, zB, 11)==0 );

  /* Day numbers go round the calendar unchanged. */
  arch_civil_from_days(d->first, &y, &m, &dd);
  FUZZ_CHECK( y>=1 && y<=9999 && m>=1 && m<=12 && dd>=1 && dd<=arch_days_in_month(y, m) );
  FUZZ_CHECK( arch_days_from_civil(y, m, dd)==d->first );
  arch_civil_from_days(d->last, &y, &m, &dd);
  FUZZ_CHECK( y>=1 && y<=9999 && m>=1 && m<=12 && dd>=1 && dd<=arch_days_in_month(y, m) );
  FUZZ_CHECK( arch_days_from_civil(y, m, dd)==d->last );
}

/* ---------------------------------------------------------------- text */

/* Fold z[0..n) into zOut (at least n bytes) and check text_fold_space()'s contract: no longer
** than its input, still UTF-8, no white space at either end, no run of it inside, idempotent,
** and text_needs_fold() true exactly when folding changes the text. */
static size_t fuzz_fold(const char *z, size_t n, char *zOut){
  size_t m = text_fold_space(z, n, zOut);
  FUZZ_CHECK( m<=n );
  FUZZ_CHECK( text_utf8_invalid_offset(zOut, m)==m );
  FUZZ_CHECK( !text_needs_fold(zOut, m) );
  FUZZ_CHECK( text_needs_fold(z, n)==!(m==n && memcmp(z, zOut, n)==0) );
  if( m>0 ){
    FUZZ_CHECK( text_space_len(zOut, m)==0 );
    FUZZ_CHECK( zOut[m-1]!=' ' );
  }
  return m;
}

/* ---------------------------------------------------------------- listing */

static int fuzz_span_inside(const char *zText, size_t nText, const ListingSpan *s){
  if( s->z==0 ) return 1;
  if( s->z<zText || s->z>zText+nText ) return 0;
  return s->n<=(size_t)(zText + nText - s->z);
}

/* The link of the line that holds z (a title), or NULL: the url its record must have. */
static const ListingSpan *fuzz_title_link(const char *zText, const char *z,
                                          const ListingLink *aLink, size_t nLink){
  size_t line = (size_t)(z - zText), i;
  while( line>0 && zText[line-1]!='\n' && zText[line-1]!='\r' ) line--;
  for(i=0; i<nLink; i++){
    if( aLink[i].line==line ) return &aLink[i].url;
  }
  return 0;
}

/* Run the listing scanner over zText[0..nText) (valid UTF-8) with the links of its lines
** (html.h) to the end, touching every field of every record and checking the scanner's
** invariants. Returns the number of records. */
__attribute__((unused))
static int64_t fuzz_scan_listing_links(const char *zText, size_t nText,
                                       const ListingLink *aLink, size_t nLink,
                                       size_t heading){
  ListingScanner sc;
  ListingRecord rec;
  int64_t nRec = 0;
  const char *zDone = zText;   /* records come in page order: where the last one ended */
  char *zFold = malloc(nText ? nText : 1);
  FUZZ_CHECK( zFold!=0 );

  listing_scanner_init(&sc, zText, nText);
  listing_scanner_links(&sc, aLink, nLink);
  listing_scanner_heading(&sc, heading);       /* nText and beyond: no heading */
  while( listing_next(&sc, &rec) ){
    const ListingSpan *pLink;
    const char *zKind;
    const char *zEnd;
    nRec++;
    FUZZ_CHECK( rec.pos==nRec );
    FUZZ_CHECK( nRec<=(int64_t)nText );        /* every record has a title of 1 byte or more */
    FUZZ_CHECK( rec.rank>0 || rec.rank==-1 );
    FUZZ_CHECK( rec.total>=0 || rec.total==-1 );
    FUZZ_CHECK( sc.off<=nText );

    /* Spans: inside the text, a title always, fields in page order. */
    FUZZ_CHECK( fuzz_span_inside(zText, nText, &rec.date_text) );
    FUZZ_CHECK( fuzz_span_inside(zText, nText, &rec.title) );
    FUZZ_CHECK( fuzz_span_inside(zText, nText, &rec.summary) );
    FUZZ_CHECK( rec.title.z!=0 && rec.title.n>0 );
    zEnd = rec.title.z + rec.title.n;
    if( rec.date_text.z ){
      /* The date line is above its title, or below it on a page that prints it there. */
      FUZZ_CHECK( rec.date_text.z>=zDone );
      if( rec.date_text.z>rec.title.z ){
        FUZZ_CHECK( rec.title.z>=zDone );
        FUZZ_CHECK( rec.date_text.z>=zEnd );
        zEnd = rec.date_text.z + rec.date_text.n;
      }else{
        FUZZ_CHECK( rec.date_text.z + rec.date_text.n<=rec.title.z );
      }
    }else{
      FUZZ_CHECK( rec.title.z>=zDone );
      FUZZ_CHECK( rec.date_kind==ARCH_DATE_NOT_A_DATE );
    }
    if( rec.summary.z ){
      FUZZ_CHECK( rec.summary.z>=zEnd );
      zEnd = rec.summary.z + rec.summary.n;
    }
    zDone = zEnd;

    /* Fields are whole UTF-8 characters. */
    FUZZ_CHECK( text_utf8_invalid_offset(rec.title.z, rec.title.n)==rec.title.n );
    if( rec.summary.z ){
      FUZZ_CHECK( text_utf8_invalid_offset(rec.summary.z, rec.summary.n)==rec.summary.n );
    }
    if( rec.date_text.z ){
      FUZZ_CHECK( text_utf8_invalid_offset(rec.date_text.z, rec.date_text.n)
                  ==rec.date_text.n );
    }

    /* Touch every field as listing_vtab.c does. */
    fuzz_fold(rec.title.z, rec.title.n, zFold);
    if( rec.summary.z ) fuzz_fold(rec.summary.z, rec.summary.n, zFold);
    if( rec.date_text.z ) fuzz_fold(rec.date_text.z, rec.date_text.n, zFold);
    zKind = listing_kind(rec.title.z, rec.title.n);
    if( zKind ){
      size_t k, nKind = strlen(zKind);
      FUZZ_CHECK( nKind>0 );
      for(k=0; k<nKind; k++) FUZZ_CHECK( !(zKind[k]>='A' && zKind[k]<='Z') );
    }
    if( rec.summary.z ){
      (void)listing_kind(rec.summary.z, rec.summary.n);
      (void)listing_is_summary(rec.summary.z, rec.summary.n, 1, sc.title_gap);
    }

    /* The url is the title line's link, the very span of it. */
    pLink = fuzz_title_link(zText, rec.title.z, aLink, nLink);
    if( pLink ){
      FUZZ_CHECK( rec.url.z==pLink->z && rec.url.n==pLink->n );
    }else{
      FUZZ_CHECK( rec.url.z==0 );
    }

    /* The date. */
    FUZZ_CHECK( rec.date_kind==ARCH_DATE_NOT_A_DATE || rec.date_kind==ARCH_DATE_FOUND
             || rec.date_kind==ARCH_DATE_UNDATED );
    if( rec.date_kind==ARCH_DATE_FOUND ){
      FUZZ_CHECK( rec.date_text.z!=0 );
      FUZZ_CHECK( rec.date.first<=rec.date.last );
      fuzz_check_date(&rec.date);
    }
  }
  /* At the end it stays at the end. */
  FUZZ_CHECK( listing_next(&sc, &rec)==0 );
  free(zFold);
  return nRec;
}

/* The same over a text copy, which has no links. */
__attribute__((unused))
static int64_t fuzz_scan_listing(const char *zText, size_t nText){
  return fuzz_scan_listing_links(zText, nText, 0, 0, nText);
}

#endif
