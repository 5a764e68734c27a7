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
** README.md is the SQL reference: listing(), the date_* functions, dates(), the name_*
** functions, names(), archivist_version().
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT1


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

ARCHIVIST_EXPORT int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg,
                                            const sqlite3_api_routines *pApi){
  int rc;
  set_api_routines(pApi);
  rc = archivist_register_text(db);
  if( rc==SQLITE_OK ) rc = archivist_register_listing(db);
  if( rc==SQLITE_OK ) rc = archivist_register_dates(db);
  if( rc==SQLITE_OK ) rc = archivist_register_dates_vtab(db);
  if( rc==SQLITE_OK ) rc = archivist_register_search(db);
  /* last: the FTS5 tokenizer it registers cannot be taken back if a later step failed */
  if( rc==SQLITE_OK ) rc = archivist_register_names(db);
  if( rc!=SQLITE_OK && pzErrMsg ){
    *pzErrMsg = sqlite3_mprintf("archivist: %s while loading", sqlite3_errstr(rc));
  }
  return rc;
}
