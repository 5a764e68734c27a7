/*
** check_listing_rows.h: a record of listing() as one string, "date line|title|summary", for the
** suites that compare a page's records with rows written by hand (check_listing_forms.c,
** check_listing_audit3.c).
*/
#ifndef ARCHIVIST_CHECK_LISTING_ROWS_H
#define ARCHIVIST_CHECK_LISTING_ROWS_H

#include <check.h>
#include <string.h>

#include "listing.h"
#include "text.h"

/* The record r as "date line|title|summary", each folded, "-" for an absent field. */
static void record_text(const ListingRecord *r, char *zOut, size_t nOut){
  const ListingSpan *a[3];
  size_t i, at = 0;
  a[0] = &r->date_text;
  a[1] = &r->title;
  a[2] = &r->summary;
  for(i=0; i<3; i++){
    char buf[1024];
    size_t n;
    if( a[i]->z==0 ){
      memcpy(buf, "-", 1);
      n = 1;
    }else{
      ck_assert(a[i]->n<sizeof(buf));
      n = text_fold_space(a[i]->z, a[i]->n, buf);
    }
    ck_assert(at+n+2<nOut);
    if( i>0 ) zOut[at++] = '|';
    memcpy(zOut+at, buf, n);
    at += n;
  }
  zOut[at] = 0;
}

#endif /* ARCHIVIST_CHECK_LISTING_ROWS_H */
