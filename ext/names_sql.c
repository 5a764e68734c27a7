/*
** names_sql.c: the name_* SQL functions and the names() table-valued function.
**
**     SELECT name_key('Kim Il-sŏng') = name_key('Ким Ир Сен');          -- 1
**     SELECT name_canon('Chruschtschow');                               -- Nikita Khrushchev
**     SELECT name_match('Kim Il', 'Kim Il Sung');                       -- different
**     SELECT name_similarity('Shytkov', 'Shtykov');                     -- 0.96...
**     SELECT name, canon FROM names('Puzanov met Premier Kim Il Sung.');
**
** name_key(x)           a match key: equal keys, same name; NULL when x holds no name
** name_canon(x)         the authority's preferred form of a known person, else the cleaned name
** name_heading(x)       the library authority heading of a known person, else NULL
** name_match(a, b)      'same', 'partial' or 'different'
** name_similarity(a, b) REAL in [0, 1]
** names(text)           every person's name in free text: name, canon, key, offset, length
**                       (characters, 1-based: substr(text, offset, length) = name)
**
** The name authority (names.h) is the one compiled into the extension (names_shared.h), only
** read. A number or a BLOB is read as text; text that is not UTF-8 is an error.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "names.h"
#include "names_shared.h"

#include <string.h>

/* What the name functions of one connection share: a reference to the connection's authority
** and memo of the names read (names_shared.h: a column of names repeats them, "Kim Il Sung" is
** read once, and names() and the tokenizer read the same). A connection runs one statement
** step at a time, so its functions never use the memo at once. */
typedef struct NameFuncs {
  NamesShared *pShared;
  int nUncached;                 /* names read before the memo was made: it is made after
                                 ** NAME_MEMO_AFTER (a few megabytes: a query that reads one
                                 ** name does without), unless names() or the tokenizer made it */
  int nRef;                      /* functions holding it */
} NameFuncs;
#define NAME_MEMO_AFTER 64

/* Each function's user data: the connection's NameFuncs and the function's name. */
typedef struct NameFunc {
  NameFuncs *pFuncs;
  const char *zName;
} NameFunc;

static void name_funcs_release(NameFuncs *p){
  if( --p->nRef>0 ) return;
  names_shared_release(p->pShared);
  sqlite3_free(p);
}

static void name_func_destroy(void *p){
  NameFunc *pFunc = (NameFunc*)p;
  name_funcs_release(pFunc->pFuncs);
  sqlite3_free(pFunc);
}

static const NameAuthority *authority(sqlite3_context *ctx){
  return names_shared_authority(((NameFunc*)sqlite3_user_data(ctx))->pFuncs->pShared);
}

/* Read an argument as a name: 1 with *pInfo set; 0 when NULL or no name (the result is left
** NULL); -1 after reporting an error. */
static int name_arg(sqlite3_context *ctx, sqlite3_value *pArg, NameInfo *pInfo){
  NameFunc *pFunc = (NameFunc*)sqlite3_user_data(ctx);
  NameFuncs *pFuncs = pFunc->pFuncs;
  const NameAuthority *pAuth;
  NameCache *pCache;
  const char *z;
  size_t n;
  int rc = sql_text_arg(ctx, pArg, pFunc->zName, &z, &n);
  if( rc!=1 ) return rc;
  if( (pAuth = authority(ctx))==0 ){
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  pCache = names_shared_cache(pFuncs->pShared, 0);
  if( pCache==0 && ++pFuncs->nUncached>=NAME_MEMO_AFTER ){
    pCache = names_shared_cache(pFuncs->pShared, 1);    /* out of memory: read on uncached */
    pFuncs->nUncached = 0;
  }
  return name_analyze_cached(pAuth, pCache, z, n, pInfo);
}

static void name_key_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NameInfo info;
  (void)argc;
  if( name_arg(ctx, argv[0], &info)==1 ){
    sqlite3_result_text(ctx, info.key, -1, SQLITE_TRANSIENT);
  }
}

static void name_canon_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NameInfo info;
  (void)argc;
  if( name_arg(ctx, argv[0], &info)==1 ){
    sqlite3_result_text(ctx, name_canon(authority(ctx), &info), -1, SQLITE_TRANSIENT);
  }
}

static void name_heading_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NameInfo info;
  const char *zHeading;
  (void)argc;
  if( name_arg(ctx, argv[0], &info)==1 && (zHeading = name_heading(authority(ctx), &info))!=0 ){
    sqlite3_result_text(ctx, zHeading, -1, SQLITE_STATIC);
  }
}

static void name_match_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  static const char *const azMatch[] = { "different", "partial", "same" };
  NameInfo a, b;
  (void)argc;
  if( name_arg(ctx, argv[0], &a)!=1 || name_arg(ctx, argv[1], &b)!=1 ) return;
  sqlite3_result_text(ctx, azMatch[name_match(authority(ctx), &a, &b)], -1, SQLITE_STATIC);
}

static void name_similarity_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NameInfo a, b;
  (void)argc;
  if( name_arg(ctx, argv[0], &a)!=1 || name_arg(ctx, argv[1], &b)!=1 ) return;
  sqlite3_result_double(ctx, name_similarity(authority(ctx), &a, &b));
}

static const struct {
  const char *zName;
  int nArg;
  void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
} aNameFunc[] = {
  { "name_key",        1, name_key_func },
  { "name_canon",      1, name_canon_func },
  { "name_heading",    1, name_heading_func },
  { "name_match",      2, name_match_func },
  { "name_similarity", 2, name_similarity_func },
};

int archivist_register_names(SqlRegistry *pReg){
  size_t i;
  int rc = SQLITE_OK;
  NameFuncs *pFuncs = sqlite3_malloc64(sizeof(NameFuncs));
  if( pFuncs==0 ) return SQLITE_NOMEM;
  pFuncs->pShared = names_shared_ref(pReg->pNames);
  pFuncs->nUncached = 0;
  pFuncs->nRef = 1;                              /* this function's, until the loop ends */
  for(i=0; rc==SQLITE_OK && i<sizeof(aNameFunc)/sizeof(aNameFunc[0]); i++){
    NameFunc *pFunc = sqlite3_malloc64(sizeof(NameFunc));
    if( pFunc==0 ){ rc = SQLITE_NOMEM; break; }
    pFunc->pFuncs = pFuncs;
    pFunc->zName = aNameFunc[i].zName;
    pFuncs->nRef++;
    /* on failure SQLite calls name_func_destroy() itself */
    rc = sql_create_function(pReg, aNameFunc[i].zName, aNameFunc[i].nArg, ARCHIVIST_PURE_FUNC,
                             pFunc, aNameFunc[i].xFunc, name_func_destroy);
  }
  name_funcs_release(pFuncs);
  return rc;
}
