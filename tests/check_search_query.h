/*
** check_search_query.h: search_query()'s text of a typed query, for the Check tests of the
** search audits (check_search_audit7.c, check_search_audit8.c): the whole query, or a part it
** must (or must not) hold. Include after check_names_fixture.h, whose pAuth it reads.
*/
#ifndef CHECK_SEARCH_QUERY_H
#define CHECK_SEARCH_QUERY_H

#include <check.h>
#include <stdint.h>
#include <string.h>

#include "arch_alloc.h"
#include "search.h"

static inline char *query_of(const NameAuthority *pA, const char *z){
  char *zGot = 0;
  size_t nGot = 0;
  ArchRc rc = search_query_build(z, strlen(z), "years", 5, pA, SIZE_MAX, &zGot, &nGot);
  ck_assert_msg(rc==ARCH_OK, "search_query_build(\"%s\") returned %d", z, (int)rc);
  return zGot;
}

static inline void expect_query(const NameAuthority *pA, const char *z, const char *zWant){
  char *zGot = query_of(pA, z);
  ck_assert_msg(strcmp(zGot, zWant)==0, "query for \"%s\":\n  got  %s\n  want %s", z, zGot, zWant);
  arch_free(zGot);
}
#define WORDS(z, want) expect_query(0, z, want)
#define NAMES(z, want) expect_query(pAuth, z, want)

/* The query for z (names read) holds zPart (or does not, when !want). */
static inline void expect_part(const char *z, const char *zPart, int want){
  char *zGot = query_of(pAuth, z);
  ck_assert_msg((strstr(zGot, zPart)!=0)==want, "query for \"%s\" %s %s:\n  %s", z,
                want ? "lacks" : "holds", zPart, zGot);
  arch_free(zGot);
}

#endif
