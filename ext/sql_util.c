/*
** sql_util.c: what the SQLite glue files share (see archivist_sql.h): registration that can be
** undone, reading a text argument, the SQLite code of a core's ArchRc, a date bound as a
** result, the xBestIndex of a table-valued function with one required argument, and 1-based
** character offsets for the columns that SQL's substr() reads.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "dates.h"
#include "text.h"

#include <stdarg.h>
#include <string.h>

int sql_text_arg(sqlite3_context *ctx, sqlite3_value *pArg, const char *zFunc,
                 const char **pz, size_t *pn){
  size_t iBad;
  if( sqlite3_value_type(pArg)==SQLITE_NULL ) return 0;
  *pz = (const char*)sqlite3_value_text(pArg);
  *pn = (size_t)sqlite3_value_bytes(pArg);
  if( *pz==0 ){
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  iBad = text_utf8_invalid_offset(*pz, *pn);
  if( iBad<*pn ){
    char *zMsg = sqlite3_mprintf("%s: argument is not valid UTF-8 (byte %lld)",
                                 zFunc, (long long)iBad);
    if( zMsg ){
      sqlite3_result_error(ctx, zMsg, -1);
      sqlite3_free(zMsg);
    }else{
      sqlite3_result_error_nomem(ctx);
    }
    return -1;
  }
  return 1;
}

int sql_rc(ArchRc rc){
  switch( rc ){
    case ARCH_OK:    return SQLITE_OK;
    case ARCH_NOMEM: return SQLITE_NOMEM;
    default:         return SQLITE_ERROR;
  }
}

void sql_result_date_bound(sqlite3_context *ctx, const ArchDate *pDate, int wantLast){
  char zIso[11];
  arch_date_bound_iso(pDate, wantLast, zIso);
  sqlite3_result_text(ctx, zIso, 10, SQLITE_TRANSIENT);
}

int sql_create_function(SqlRegistry *pReg, const char *zName, int nArg, int flags, void *pApp,
                        void (*xFunc)(sqlite3_context*, int, sqlite3_value**),
                        void (*xDestroy)(void*)){
  int rc;
  if( pReg->n==SQL_REGISTRY_MAX ){
    if( xDestroy ) xDestroy(pApp);
    return SQLITE_INTERNAL;               /* raise SQL_REGISTRY_MAX */
  }
  rc = sqlite3_create_function_v2(pReg->db, zName, nArg, flags, pApp, xFunc, 0, 0, xDestroy);
  if( rc==SQLITE_OK ){
    pReg->a[pReg->n].zName = zName;
    pReg->a[pReg->n].nArg = nArg;
    pReg->a[pReg->n++].isModule = 0;
  }
  return rc;
}

int sql_create_module(SqlRegistry *pReg, const char *zName, const sqlite3_module *pModule,
                      void *pAux, void (*xDestroy)(void*)){
  int rc;
  if( pReg->n==SQL_REGISTRY_MAX ){
    if( xDestroy ) xDestroy(pAux);
    return SQLITE_INTERNAL;
  }
  rc = sqlite3_create_module_v2(pReg->db, zName, pModule, pAux, xDestroy);
  if( rc==SQLITE_OK ){
    pReg->a[pReg->n].zName = zName;
    pReg->a[pReg->n].nArg = 0;
    pReg->a[pReg->n++].isModule = 1;
  }
  return rc;
}

void sql_registry_undo(SqlRegistry *pReg){
  while( pReg->n>0 ){
    const char *zName = pReg->a[--pReg->n].zName;
    if( pReg->a[pReg->n].isModule ){
      sqlite3_create_module(pReg->db, zName, 0, 0);          /* drops it, running xDestroy */
    }else{
      sqlite3_create_function_v2(pReg->db, zName, pReg->a[pReg->n].nArg, SQLITE_UTF8,
                                 0, 0, 0, 0, 0);
    }
  }
}

int tvf_connect(sqlite3 *db, const char *zSchema, size_t nVtab, sqlite3_vtab **ppVtab){
  sqlite3_vtab *pVtab;
  int rc = sqlite3_declare_vtab(db, zSchema);
  if( rc!=SQLITE_OK ) return rc;
  pVtab = sqlite3_malloc64(nVtab);
  if( pVtab==0 ) return SQLITE_NOMEM;
  memset(pVtab, 0, nVtab);
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = pVtab;
  return SQLITE_OK;
}

int tvf_disconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

int tvf_open(size_t nCursor, sqlite3_vtab_cursor **ppCursor){
  sqlite3_vtab_cursor *pCur = sqlite3_malloc64(nCursor);
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, nCursor);
  *ppCursor = pCur;
  return SQLITE_OK;
}

int tvf_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo, int iArgColumn,
                   const char *zUsage){
  int i, iArg = -1, nUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    if( p->iColumn!=iArgColumn || p->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( p->usable ) iArg = i; else nUnusable++;
  }
  if( iArg<0 ){
    /* Unusable: a join order with no value for the argument yet; let the planner try another.
    ** Absent: SQLite asks so when it plans one term of an OR on its own, and such a plan must
    ** lose to every other; when it is the only plan, the function was called without its
    ** argument, and xFilter says so (tvf_missing_argument). */
    (void)pVtab;
    (void)zUsage;
    if( nUnusable ) return SQLITE_CONSTRAINT;
    pInfo->idxNum = TVF_NO_ARGUMENT;
    pInfo->estimatedCost = 1e99;
    pInfo->estimatedRows = 2147483647;
    return SQLITE_OK;
  }
  pInfo->aConstraintUsage[iArg].argvIndex = 1;
  pInfo->aConstraintUsage[iArg].omit = 1;
  pInfo->estimatedCost = 100.0;
  pInfo->estimatedRows = 10;
  return SQLITE_OK;
}

int tvf_missing_argument(sqlite3_vtab *pVtab, const char *zUsage){
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_mprintf("%s", zUsage);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int tvf_fold_space(TvfScratch *p, const char *z, size_t n, const char **pz, size_t *pn){
  if( !text_needs_fold(z, n) ){
    *pz = z;
    *pn = n;
    return SQLITE_OK;
  }
  if( p->n<n ){
    char *zNew = sqlite3_realloc64(p->z, n);
    if( zNew==0 ) return SQLITE_NOMEM;
    p->z = zNew;
    p->n = n;
  }
  *pn = text_fold_space(z, n, p->z);
  *pz = p->z;
  return SQLITE_OK;
}

int tvf_error(sqlite3_vtab *pVtab, const char *zFormat, ...){
  va_list ap;
  va_start(ap, zFormat);
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_vmprintf(zFormat, ap);
  va_end(ap);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int tvf_arg_bytes(sqlite3_vtab *pVtab, sqlite3_value *pArg, const char *zFunc,
                  const char *zArg, const char **pz, size_t *pn){
  const char *z;
  size_t n;
  int eType = sqlite3_value_type(pArg);
  *pz = 0;
  *pn = 0;
  if( eType==SQLITE_NULL ) return SQLITE_OK;
  if( eType==SQLITE_INTEGER || eType==SQLITE_FLOAT ){
    return tvf_error(pVtab, "%s: %s must be TEXT or a BLOB of UTF-8 text, not %s", zFunc, zArg,
                     eType==SQLITE_INTEGER ? "an INTEGER" : "a REAL");
  }
  z = eType==SQLITE_BLOB ? (const char*)sqlite3_value_blob(pArg)
                         : (const char*)sqlite3_value_text(pArg);
  n = (size_t)sqlite3_value_bytes(pArg);
  if( z==0 ){
    /* An empty BLOB has no pointer; anything else without one is a failed allocation. */
    if( n>0 || eType==SQLITE_TEXT ) return SQLITE_NOMEM;
    z = "";
  }
  *pz = z;
  *pn = n;
  return SQLITE_OK;
}

int tvf_check_text(sqlite3_vtab *pVtab, const char *zFunc, const char *zArg, const char *z,
                   size_t n){
  const char *zNul;
  size_t iBad = text_utf8_invalid_offset(z, n);
  if( iBad<n ){
    return tvf_error(pVtab, "%s: %s is not valid UTF-8 (byte %lld)", zFunc, zArg,
                     (long long)iBad);
  }
  zNul = memchr(z, 0, n);
  if( zNul ){
    return tvf_error(pVtab, "%s: %s holds a NUL byte (byte %lld): is it binary?", zFunc, zArg,
                     (long long)(zNul - z));
  }
  return SQLITE_OK;
}

int tvf_copy_checked_text(sqlite3_vtab *pVtab, const char *zFunc, const char *zArg,
                          const char *z, size_t n, char **pzOut){
  char *zCopy = sqlite3_malloc64(n+1);
  *pzOut = 0;
  if( zCopy==0 ){
    int rc = tvf_check_text(pVtab, zFunc, zArg, z, n);   /* its error before running out */
    return rc==SQLITE_OK ? SQLITE_NOMEM : rc;
  }
  if( text_utf8_copy(zCopy, z, n)<n ){
    sqlite3_free(zCopy);
    return tvf_check_text(pVtab, zFunc, zArg, z, n);     /* where it is not UTF-8 */
  }
  zCopy[n] = 0;
  *pzOut = zCopy;
  return SQLITE_OK;
}

int tvf_optional_argument(sqlite3_index_info *pInfo, int iColumn, int argvIndex){
  int i, nUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    if( p->iColumn!=iColumn || p->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !p->usable ){ nUnusable++; continue; }
    pInfo->aConstraintUsage[i].argvIndex = argvIndex;
    pInfo->aConstraintUsage[i].omit = 1;
    return 1;
  }
  return nUnusable ? -1 : 0;
}

int tvf_copy_text_arg(sqlite3_vtab *pVtab, sqlite3_value *pArg, const char *zFunc,
                      char **pzOut, size_t *pnOut){
  const char *z;
  size_t n, iBad;
  *pzOut = 0;
  *pnOut = 0;
  if( sqlite3_value_type(pArg)==SQLITE_NULL ) return SQLITE_OK;
  z = (const char*)sqlite3_value_text(pArg);
  n = (size_t)sqlite3_value_bytes(pArg);
  if( z==0 ) return SQLITE_NOMEM;
  iBad = text_utf8_invalid_offset(z, n);
  if( iBad<n ){
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = sqlite3_mprintf("%s: text is not valid UTF-8 (byte %lld)",
                                     zFunc, (long long)iBad);
    return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  *pzOut = sqlite3_malloc64(n+1);
  if( *pzOut==0 ) return SQLITE_NOMEM;
  memcpy(*pzOut, z, n);
  (*pzOut)[n] = 0;
  *pnOut = n;
  return SQLITE_OK;
}

sqlite3_int64 tvf_count_chars(const char *z, size_t from, size_t to){
  sqlite3_int64 n = 0;
  for(; from<to; from++) n += ((unsigned char)z[from] & 0xC0)!=0x80;
  return n;
}

sqlite3_int64 tvf_char_offset(TvfCharCounter *p, const char *z, size_t at){
  if( at<p->iCounted ){            /* never, as matches come in order; count afresh */
    p->iCounted = 0;
    p->nChars = 0;
  }
  p->nChars += tvf_count_chars(z, p->iCounted, at);
  p->iCounted = at;
  return p->nChars + 1;
}
