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
** name_match(a, b)      'same', 'partial' or 'different'
** name_similarity(a, b) REAL in [0, 1]
** names(text)           every person's name in free text: name, canon, key, offset, length
**                       (characters, 1-based: substr(text, offset, length) = name)
**
** The name authority (names.c) is built once per connection, the first time a name is read,
** and only read afterwards; every function, the names module and the tokenizer share it, and
** the last one to be destroyed frees it. A number or a BLOB is read as text; text that is not UTF-8 is an error.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "names.h"

#include <string.h>

/* The authority, shared by everything registered on one connection. It is built the first
** time something asks for it (about 10 ms): a connection that never reads a name does not pay
** for it. A connection is used by one thread at a time, so building it needs no lock. */
struct NamesShared {
  NameAuthority *pAuth;    /* NULL until first asked for */
  int nRef;
};

void names_shared_release(void *p){
  NamesShared *pShared = (NamesShared*)p;
  if( --pShared->nRef==0 ){
    name_authority_close(pShared->pAuth);
    sqlite3_free(pShared);
  }
}

const NameAuthority *names_shared_authority(NamesShared *pShared){
  if( pShared->pAuth==0 && name_authority_open(&pShared->pAuth) ) pShared->pAuth = 0;
  return pShared->pAuth;
}

/* Each function's user data: the shared authority and the function's name. */
typedef struct NameFunc {
  NamesShared *pShared;
  const char *zName;
} NameFunc;

static void name_func_destroy(void *p){
  NameFunc *pFunc = (NameFunc*)p;
  names_shared_release(pFunc->pShared);
  sqlite3_free(pFunc);
}

static const NameAuthority *authority(sqlite3_context *ctx){
  return names_shared_authority(((NameFunc*)sqlite3_user_data(ctx))->pShared);
}

/* Read an argument as a name: 1 with *pInfo set; 0 when NULL or no name (the result is left
** NULL); -1 after reporting an error. */
static int name_arg(sqlite3_context *ctx, sqlite3_value *pArg, NameInfo *pInfo){
  const NameAuthority *pAuth;
  const char *z;
  size_t n;
  int rc = sql_text_arg(ctx, pArg, ((NameFunc*)sqlite3_user_data(ctx))->zName, &z, &n);
  if( rc!=1 ) return rc;
  if( (pAuth = authority(ctx))==0 ){
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  return name_analyze(pAuth, z, n, pInfo);
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
  { "name_match",      2, name_match_func },
  { "name_similarity", 2, name_similarity_func },
};

/* Undo the registrations of archivist_register_names() that succeeded: deleting a function
** or module runs its destructor now, while this library's code is still loaded (a failed load
** is unloaded at once, and a destructor left behind would be called into nothing). */
static void unregister_names(sqlite3 *db, size_t nFunc, int withModule){
  size_t i;
  for(i=0; i<nFunc; i++){
    sqlite3_create_function_v2(db, aNameFunc[i].zName, aNameFunc[i].nArg, ARCHIVIST_PURE_FUNC,
                               0, 0, 0, 0, 0);
  }
  if( withModule ) sqlite3_create_module(db, "names", 0, 0);
}

int archivist_register_names(sqlite3 *db){
  enum { N_FUNC = sizeof(aNameFunc)/sizeof(aNameFunc[0]) };
  NameFunc *apFunc[N_FUNC];
  NamesShared *pShared;
  size_t i, nDone = 0;
  int rc = SQLITE_OK;
  fts5_api *pFts5 = 0;

  /* First everything that can fail without leaving anything registered. */
  rc = archivist_find_fts5(db, &pFts5);
  if( rc!=SQLITE_OK ) return rc;
  pShared = sqlite3_malloc64(sizeof(*pShared));
  if( pShared==0 ) return SQLITE_NOMEM;
  pShared->nRef = 1;                     /* held by this function until it returns */
  pShared->pAuth = 0;                    /* built when first asked for */
  for(i=0; i<N_FUNC; i++){
    apFunc[i] = sqlite3_malloc64(sizeof(NameFunc));
    if( apFunc[i]==0 ) rc = SQLITE_NOMEM;
    else{ apFunc[i]->pShared = pShared; apFunc[i]->zName = aNameFunc[i].zName; }
  }
  /* Then the registrations; SQLite calls a function's destructor itself when it fails. */
  for(i=0; rc==SQLITE_OK && i<N_FUNC; i++){
    pShared->nRef++;
    rc = sqlite3_create_function_v2(db, aNameFunc[i].zName, aNameFunc[i].nArg,
                                    ARCHIVIST_PURE_FUNC, apFunc[i], aNameFunc[i].xFunc, 0, 0,
                                    name_func_destroy);
    apFunc[i] = 0;
    if( rc==SQLITE_OK ) nDone++;
  }
  for(i=0; i<N_FUNC; i++) sqlite3_free(apFunc[i]);       /* the ones never handed over */
  if( rc==SQLITE_OK ){
    pShared->nRef++;
    rc = archivist_register_names_vtab(db, pShared);
    if( rc==SQLITE_OK ){
      pShared->nRef++;
      rc = archivist_register_tokenizer(db, pFts5, pShared);   /* last: it cannot be undone */
      if( rc!=SQLITE_OK ) unregister_names(db, nDone, 1);
    }else{
      unregister_names(db, nDone, 0);
    }
  }else{
    unregister_names(db, nDone, 0);
  }
  names_shared_release(pShared);
  return rc;
}
