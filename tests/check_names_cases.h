/*
** check_names_cases.h: the two kinds of rows the names audits' suites check, written by hand
** (check_names_audit3.c, check_names_audit4.c):
**   - Pair: two spellings and whether they name one person (name_match() both ways, and their
**     keys equal or apart);
**   - Case: a text and the names the scanner must find in it as written ("; " between them),
**     and optionally as name_canon() gives them.
** Include it after check_names_fixture.h, which opens the authority (pAuth) and gives
** names_scan_joined().
*/
#ifndef ARCHIVIST_CHECK_NAMES_CASES_H
#define ARCHIVIST_CHECK_NAMES_CASES_H

#include <check.h>
#include <string.h>

#include "names.h"

typedef struct Pair { const char *a; const char *b; NameMatch want; } Pair;

static const char *match_name(NameMatch m){
  return m==NAME_SAME ? "same" : m==NAME_PARTIAL ? "partial" : "different";
}

/* Every pair both ways; a 'same' pair with equal keys, a 'different' one with keys apart. */
static void check_pairs(const Pair *a, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    NameInfo x, y;
    NameMatch m1, m2;
    ck_assert_msg(name_analyze(pAuth, a[i].a, strlen(a[i].a), &x), "[%zu] '%s' no name", i,
                  a[i].a);
    ck_assert_msg(name_analyze(pAuth, a[i].b, strlen(a[i].b), &y), "[%zu] '%s' no name", i,
                  a[i].b);
    m1 = name_match(pAuth, &x, &y);
    m2 = name_match(pAuth, &y, &x);
    ck_assert_msg(m1==a[i].want && m2==a[i].want, "[%zu] '%s' / '%s': want %s, got %s/%s",
                  i, a[i].a, a[i].b, match_name(a[i].want), match_name(m1), match_name(m2));
    if( a[i].want==NAME_SAME ){
      ck_assert_msg(strcmp(x.key, y.key)==0, "[%zu] keys '%s' '%s'", i, x.key, y.key);
    }else if( a[i].want==NAME_DIFFERENT ){
      ck_assert_msg(strcmp(x.key, y.key)!=0, "[%zu] one key '%s'", i, x.key);
    }
  }
}

typedef struct Case { const char *z; const char *zWant; const char *zCanon; } Case;

/* Every text: the names found as written are zWant, and as name_canon() gives them zCanon
** when it is given. */
static void check_cases(const Case *a, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    char zGot[1024], zCanon[1024];
    names_scan_joined(a[i].z, zGot, sizeof(zGot), SCAN_WRITTEN);
    ck_assert_msg(strcmp(zGot, a[i].zWant)==0, "[%zu] found '%s', want '%s'", i, zGot,
                  a[i].zWant);
    if( a[i].zCanon ){
      names_scan_joined(a[i].z, zCanon, sizeof(zCanon), SCAN_CANON);
      ck_assert_msg(strcmp(zCanon, a[i].zCanon)==0, "[%zu] canon '%s', want '%s'", i, zCanon,
                    a[i].zCanon);
    }
  }
}

#endif
