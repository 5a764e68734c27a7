/*
** version_sql.c: archivist_version().
**
**     SELECT archivist_version();    -- '0.1.0'
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, ARCHIVIST_VERSION, -1, SQLITE_STATIC);
}

int archivist_register_version(sqlite3 *db){
  return sqlite3_create_function(db, "archivist_version", 0, ARCHIVIST_PURE_FUNC, 0,
                                 version_func, 0, 0);
}
