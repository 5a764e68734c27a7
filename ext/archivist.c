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

ARCHIVIST_EXPORT int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  (void)pzErrMsg;
  rc = archivist_register_text(db);
  if( rc==SQLITE_OK ) rc = archivist_register_listing(db);
  if( rc==SQLITE_OK ) rc = archivist_register_dates(db);
  if( rc==SQLITE_OK ) rc = archivist_register_dates_vtab(db);
  if( rc==SQLITE_OK ) rc = archivist_register_names(db);
  return rc;
}
