/*
** search_sql.c: the search_query() SQL function: what a person types into a search box, as an
** FTS5 query that is never a syntax error.
**
**     SELECT search_query('Kim Il-sung agriculture 1956-1967');
**     -- NEAR("Kim" "Il-sung", 1) AND "agriculture" AND "years":(1956 OR ... OR 1967)
**     SELECT d.title FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
**      WHERE documents_fts MATCH search_query(:box);
**
** search_query(text [, years_column])  the query; dates go to years_column ('years' when it is
**                                       not given), as date_match() writes them
**
** The rules are in search.h (and README.md). NULL in either argument gives NULL; text with no
** word, phrase or date gives '""', which matches nothing; a number or a BLOB is read as text;
** text that is not UTF-8 is an error. A result longer than SQLITE_LIMIT_LENGTH is an error.
**
** Names are found with the name authority compiled into the extension (names_shared.h).
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "arch_alloc.h"
#include "names_shared.h"
#include "search.h"

#include <string.h>

#define SEARCH_USAGE "search_query: call it as search_query(text [, years_column])"

static const NameAuthority *search_authority(sqlite3_context *ctx){
  return names_shared_authority((NamesShared*)sqlite3_user_data(ctx));
}

static void search_query_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z, *zColumn = "years";
  size_t n, nColumn = 5;
  const NameAuthority *pAuth;
  char *zQuery;
  size_t nQuery;
  ArchRc rc;
  if( argc<1 || argc>2 ){
    sqlite3_result_error(ctx, SEARCH_USAGE, -1);
    return;
  }
  if( sql_text_arg(ctx, argv[0], "search_query", &z, &n)!=1 ) return;
  if( argc>1 && sql_text_arg(ctx, argv[1], "search_query", &zColumn, &nColumn)!=1 ) return;
  if( (pAuth = search_authority(ctx))==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  rc = search_query_build(z, n, zColumn, nColumn, pAuth,
      (size_t)sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1),
      &zQuery, &nQuery);
  if( rc==ARCH_ERROR ){
    sqlite3_result_error_toobig(ctx);
  }else if( rc!=ARCH_OK ){
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_text64(ctx, zQuery, nQuery, arch_free, SQLITE_UTF8);
  }
}

int archivist_register_search(SqlRegistry *pReg){
  /* one registration for one and two arguments; it holds a reference to the authority */
  return sql_create_function(pReg, "search_query", -1, ARCHIVIST_PURE_FUNC, names_shared_ref(pReg->pNames),
                             search_query_func, names_shared_release);
}
