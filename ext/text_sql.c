/*
** text_sql.c: archivist_version() and archivist_fold().
**
**     SELECT archivist_version();                       -- '0.5.0'
**     SELECT archivist_fold('“Cultural  Revolution”');  -- 'cultural revolution' in ' quotes
**
** archivist_fold(x) is a key for text that should compare equal whatever its typography:
** case and accents folded as names and search fold them, every quotation mark written ', every
** dash -, white space folded. The catalog's documents table uses it to see that a listing
** imported twice, or copied from another browser, holds the same records. NULL gives NULL;
** text that is not UTF-8 is an error.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "text.h"

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, ARCHIVIST_VERSION, -1, SQLITE_STATIC);
}

static void fold_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z;
  size_t n;
  char *zOut;
  (void)argc;
  if( sql_text_arg(ctx, argv[0], "archivist_fold", &z, &n)!=1 ) return;
  zOut = sqlite3_malloc64((sqlite3_uint64)n*4 + 8);   /* a letter folds to at most 4x */
  if( zOut==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  n = text_fold_key(z, n, zOut);
  sqlite3_result_text64(ctx, zOut, n, sqlite3_free, SQLITE_UTF8);
}

int archivist_register_text(SqlRegistry *pReg){
  int rc = sql_create_function(pReg, "archivist_version", 0, ARCHIVIST_PURE_FUNC, 0,
                               version_func, 0);
  if( rc==SQLITE_OK ){
    rc = sql_create_function(pReg, "archivist_fold", 1, ARCHIVIST_PURE_FUNC, 0, fold_func, 0);
  }
  return rc;
}
