/*
** check_names_fixture.h: what the Check suites of the name engine share: one authority per
** test (a checked fixture: it runs in each test's own process), and the names the scanner
** finds in a text, joined as a test writes them by hand.
**
**     tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
**     names_scan_joined(z, zOut, sizeof(zOut), SCAN_WRITTEN);   "Kim Il Sung; Zhivkov"
*/
#ifndef ARCHIVIST_CHECK_NAMES_FIXTURE_H
#define ARCHIVIST_CHECK_NAMES_FIXTURE_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "names.h"

static NameAuthority *pAuth = 0;

static void auth_setup(void){
  ck_assert_int_eq(name_authority_open(&pAuth), ARCH_OK);
  ck_assert_ptr_nonnull(pAuth);
}

static void auth_teardown(void){
  name_authority_close(pAuth);
  pAuth = 0;
}

/* What names_scan_joined() writes of each name found. */
typedef enum ScanShows {
  SCAN_WRITTEN,            /* the name as written: "Ким Ир Сеном" */
  SCAN_CANON,              /* its canon (name_canon()): "Kim Il Sung" */
  SCAN_BOTH                /* "Ким Ир Сеном=Kim Il Sung" */
} ScanShows;

/* The names the scanner finds in z, each as eShows says, joined by "; " into zOut. */
static inline void names_scan_joined(const char *z, char *zOut, size_t nOut, ScanShows eShows){
  NameScanner sc;
  NameFound f;
  size_t o = 0;
  zOut[0] = 0;
  name_scanner_init(&sc, pAuth, z, strlen(z));
  while( name_scan_next(&sc, &f) ){
    int nWritten = eShows==SCAN_CANON ? 0 : (int)(f.end-f.start);
    o += (size_t)snprintf(zOut+o, o<nOut ? nOut-o : 0, "%s%.*s%s%s", o ? "; " : "",
                          nWritten, z+f.start, eShows==SCAN_BOTH ? "=" : "",
                          eShows==SCAN_WRITTEN ? "" : name_canon(pAuth, &f.info));
    if( o>=nOut ) o = nOut-1;
  }
}

#endif
