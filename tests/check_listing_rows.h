/*
** check_listing_rows.h: a record of listing() as one string, "date line|title|summary", for the
** suites that compare a page's records with rows written by hand (check_listing_forms.c,
** check_listing_audit3.c ...), and check_scan_rows(), which scans a text and compares them.
*/
#ifndef ARCHIVIST_CHECK_LISTING_ROWS_H
#define ARCHIVIST_CHECK_LISTING_ROWS_H

#include <check.h>
#include <stdio.h>
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

/* Scan the text z[0..n) and compare its records with azWant[0..nWant), each written with its
** rank before a ':' ("-" for none), and with withTotal its rank and the page's total
** ("3/57:" ...). */
static inline void check_scan_rows(const char *z, size_t n, int withTotal,
                                   const char *const *azWant, int nWant){
  ListingScanner sc;
  ListingRecord r;
  int i = 0;
  listing_scanner_init(&sc, z, n);
  while( listing_next(&sc, &r) ){
    char zGot[3300], zRow[3200], zRank[24], zTotal[24];
    record_text(&r, zRow, sizeof(zRow));
    if( r.rank<0 ) strcpy(zRank, "-");
    else snprintf(zRank, sizeof(zRank), "%lld", (long long)r.rank);
    if( r.total<0 ) strcpy(zTotal, "-");
    else snprintf(zTotal, sizeof(zTotal), "%lld", (long long)r.total);
    if( withTotal ) snprintf(zGot, sizeof(zGot), "%s/%s:%s", zRank, zTotal, zRow);
    else snprintf(zGot, sizeof(zGot), "%s:%s", zRank, zRow);
    ck_assert_msg(i<nWant, "a record more than the %d wanted: [%s]", nWant, zGot);
    ck_assert_msg(strcmp(zGot, azWant[i])==0, "record %d is [%s], want [%s]", i+1, zGot,
                  azWant[i]);
    i++;
  }
  ck_assert_msg(i==nWant, "%d records, want %d", i, nWant);
}

#endif /* ARCHIVIST_CHECK_LISTING_ROWS_H */
