/*
** archivist.c: the entry point of the archivist SQLite extension.
**
** Load it into the sqlite3 shell with
**
**     .load ./dist/archivist
**
** or from any program with sqlite3_load_extension(db, "dist/archivist", 0, &zErr). Linked
** into a program (compiled with -DSQLITE_CORE), register it for every connection with
** sqlite3_auto_extension((void(*)(void))sqlite3_archivist_init).
**
** README.md is the SQL reference: listing(), ris(), the date_* functions, dates(), the name_*
** functions, names(), archivist_version().
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT1

#include "names_shared.h"


#if defined(_WIN32)
# define ARCHIVIST_EXPORT __declspec(dllexport)
#else
# define ARCHIVIST_EXPORT __attribute__((visibility("default")))
#endif

ARCHIVIST_EXPORT int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg,
                                            const sqlite3_api_routines *pApi);

/* SQLITE_EXTENSION_INIT2 for threads that load the extension at the same moment: the routine
** table is written once, under SQLite's own static mutex, and read with acquire order, so no
** thread reads it while another writes. */
static void set_api_routines(const sqlite3_api_routines *pApi){
#ifndef SQLITE_CORE
  sqlite3_mutex *pMutex;
  if( __atomic_load_n(&sqlite3_api, __ATOMIC_ACQUIRE)==pApi ) return;
  pMutex = pApi->mutex_alloc(SQLITE_MUTEX_STATIC_MAIN);
  pApi->mutex_enter(pMutex);
  if( sqlite3_api!=pApi ) __atomic_store_n(&sqlite3_api, pApi, __ATOMIC_RELEASE);
  pApi->mutex_leave(pMutex);
#else
  (void)pApi;
#endif
}

/* The registrations, in turn: each glue file registers its own functions and modules. */
static const struct {
  const char *zWhat;                        /* for the error message */
  int (*xRegister)(SqlRegistry*);
} aStep[] = {
  { "archivist_version() and archivist_fold()", archivist_register_text },
  { "listing()",                                archivist_register_listing },
  { "ris()",                                    archivist_register_ris },
  { "the date_* functions",                     archivist_register_dates },
  { "dates()",                                  archivist_register_dates_vtab },
  { "the name_* functions",                     archivist_register_names },
  { "names()",                                  archivist_register_names_vtab },
  { "stem()",                                   archivist_register_stem },
  { "search_query()",                           archivist_register_search },
};

ARCHIVIST_EXPORT int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg,
                                            const sqlite3_api_routines *pApi){
  SqlRegistry reg;
  fts5_api *pFts5 = 0;
  const char *zWhat = "FTS5's API";
  size_t i;
  int rc;
  set_api_routines(pApi);
  reg.db = db;
  reg.n = 0;
  reg.pNames = names_shared_new();
  rc = reg.pNames ? archivist_find_fts5(db, &pFts5) : SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<sizeof(aStep)/sizeof(aStep[0]); i++){
    zWhat = aStep[i].zWhat;
    rc = aStep[i].xRegister(&reg);
  }
  if( rc==SQLITE_OK ){
    /* last: FTS5 cannot take a tokenizer back if a later step failed */
    zWhat = "the archivist FTS5 tokenizer";
    rc = archivist_register_tokenizer(&reg, pFts5);
  }
  names_shared_release(reg.pNames);         /* the registrations hold their own references */
  if( rc!=SQLITE_OK ){
    sql_registry_undo(&reg);
    if( pzErrMsg ){
      *pzErrMsg = sqlite3_mprintf("archivist: could not register %s: %s", zWhat,
                                  sqlite3_errstr(rc));
    }
  }
  return rc;
}
