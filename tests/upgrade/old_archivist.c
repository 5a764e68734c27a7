/*
** old_archivist.c: an older archivist, for the upgrade test (tests/upgrade/run.sh).
**
**     .load ./dist/archivist
**     .load ./build/tests/old_archivist     -- after archivist: its functions replace these
**
** It registers three of the functions whose results a catalog stores, computed as an older
** version might have computed them, so that a catalog built with it holds what such a version
** would have left: an index on name_key(x) built with other keys, the catalog's unique index on
** archivist_fold() titles built with a fold that did not unify quotation marks, and full-text
** years of a date_years() that gave only the first year.
**
**   archivist_fold(x)  ASCII lower case, nothing else folded
**   name_key(x)        ASCII lower case: 'kim il sung' for Kim Il Sung, 'ким ир сен' for Ким Ир Сен
**   date_years(x)      the first run of four digits of x: '1956' for 'Winter 1956/57'
**
** Like archivist's, they are deterministic and innocuous (generated columns and indexes may
** use them), and NULL gives NULL.
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <ctype.h>
#include <string.h>

static void lower_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]), i;
  char *zOut;
  (void)argc;
  if( z==0 ) return;
  zOut = sqlite3_malloc(n + 1);
  if( zOut==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  for(i=0; i<n; i++) zOut[i] = (char)(z[i]<0x80 ? tolower(z[i]) : z[i]);
  sqlite3_result_text(ctx, zOut, n, sqlite3_free);
}

static void first_year_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]), i;
  (void)argc;
  if( z==0 ) return;
  for(i=0; i+4<=n; i++){
    if( isdigit(z[i]) && isdigit(z[i+1]) && isdigit(z[i+2]) && isdigit(z[i+3])
     && (i+4==n || !isdigit(z[i+4])) && (i==0 || !isdigit(z[i-1])) ){
      sqlite3_result_text(ctx, (const char*)z + i, 4, SQLITE_TRANSIENT);
      return;
    }
  }
}

#ifdef _WIN32
# define OLD_EXPORT __declspec(dllexport)
#else
# define OLD_EXPORT __attribute__((visibility("default")))
#endif

OLD_EXPORT int sqlite3_oldarchivist_init(sqlite3 *db, char **pzErrMsg,
                                         const sqlite3_api_routines *pApi);

OLD_EXPORT int sqlite3_oldarchivist_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  (void)pzErrMsg;
  rc = sqlite3_create_function(db, "archivist_fold", 1, flags, 0, lower_func, 0, 0);
  if( rc==SQLITE_OK ) rc = sqlite3_create_function(db, "name_key", 1, flags, 0, lower_func, 0, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(db, "date_years", 1, flags, 0, first_year_func, 0, 0);
  }
  return rc;
}
