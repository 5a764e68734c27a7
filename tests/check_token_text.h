/*
** check_token_text.h: the tokens of a text as one string, for the Check tests of the search
** audits (check_search_audit6.c, check_search_audit7.c): "token@position" joined by spaces,
** a colocated token at its predecessor's position.
*/
#ifndef CHECK_TOKEN_TEXT_H
#define CHECK_TOKEN_TEXT_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "tokenize.h"

/* The tokens of z, as "token@position" joined by spaces, in the order given (a colocated token
** stands at its predecessor's position). */
typedef struct TokenText {
  char z[4096];
  size_t n;
  int pos, nToken;
} TokenText;

static inline int token_text_add(void *pCtx, int colocated, const char *zToken, int nToken,
                                 int iStart, int iEnd){
  TokenText *p = (TokenText*)pCtx;
  int k;
  if( !colocated && p->nToken>0 ) p->pos++;
  p->nToken++;
  ck_assert(iStart>=0 && iEnd>=iStart);
  k = snprintf(p->z + p->n, sizeof(p->z) - p->n, "%s%.*s@%d", p->n ? " " : "", nToken, zToken,
               p->pos);
  ck_assert(k>0 && (size_t)k<sizeof(p->z) - p->n);
  p->n += (size_t)k;
  return 0;
}

static inline const char *tokens_of(ArchTokenizer *pTok, ArchTokenizeReason e,
                                    const char *z, TokenText *p){
  memset(p, 0, sizeof(*p));
  ck_assert_int_eq(arch_tokenize(pTok, e, z, (int)strlen(z), p, token_text_add), ARCH_OK);
  return p->z;
}

/* Does the token list hold " token@pos" (space-delimited)? */
static inline int holds(const char *zList, const char *zWant){
  size_t n = strlen(zWant);
  const char *z = zList;
  while( (z = strstr(z, zWant))!=0 ){
    if( (z==zList || z[-1]==' ') && (z[n]==0 || z[n]==' ') ) return 1;
    z++;
  }
  return 0;
}

static inline ArchTokenizer *tokenizer(const char *zLang, const NameAuthority *pA){
  ArchTokenizer *p = 0;
  char zErr[256];
  const char *az[1];
  az[0] = zLang;
  ck_assert_int_eq(arch_tokenizer_open(az, zLang ? 1 : 0, pA, &p, zErr, sizeof(zErr)), ARCH_OK);
  return p;
}

#define EXPECT_TOKENS(pTok, e, z, want) do{ \
  TokenText t_; \
  const char *zGot_ = tokens_of(pTok, e, z, &t_); \
  ck_assert_msg(strcmp(zGot_, want)==0, "tokens of \"%s\":\n  got  %s\n  want %s", z, zGot_, \
                want); \
}while(0)

#endif
