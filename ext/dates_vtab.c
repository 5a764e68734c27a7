/*
** dates_vtab.c: the dates() table-valued function: every date mentioned in free text.
**
**     SELECT match, date_start, date_end
**       FROM dates('Political Report No. 8 for the Period of 1 December to 31 December 1953');
**     -- 1 December to 31 December 1953|1953-12-01|1953-12-31
**
**     SELECT d.title, x.edtf FROM docs AS d, dates(d.title) AS x;
**
** Columns: match (the text of the date expression), offset and length (in characters, 1-based,
** so that substr(text, offset, length) = match), date_start, date_end (YYYY-MM-DD) and edtf.
** A number is not a date unless it reads as one: a year from 1000 to 2999, not after "No."; "1st"
** only before a month. NULL gives no rows; text that is not UTF-8 is an error. Dates are found
** one per xNext (dates.c's ArchDateScanner), so a 10 MB text costs one copy of itself.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "dates.h"
#include "text.h"

#include <string.h>

enum {
  DATES_MATCH, DATES_OFFSET, DATES_LENGTH, DATES_START, DATES_END, DATES_EDTF,
  DATES_TEXT                        /* hidden: the argument */
};

typedef struct DatesCursor {
  sqlite3_vtab_cursor base;
  char *zText;                      /* a copy of the argument */
  ArchDateScanner scanner;
  ArchDateMatch match;              /* the current row */
  sqlite3_int64 iRowid;
  size_t iCounted;                  /* bytes of zText whose characters are counted ... */
  sqlite3_int64 nChars;             /* ... and how many characters they hold */
  int eof;
} DatesCursor;

static int datesConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                        sqlite3_vtab **ppVtab, char **pzErr){
  sqlite3_vtab *pVtab;
  int rc;
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(match TEXT, offset INTEGER, length INTEGER, date_start TEXT,"
      " date_end TEXT, edtf TEXT, text HIDDEN)");
  if( rc!=SQLITE_OK ) return rc;
  pVtab = sqlite3_malloc64(sizeof(*pVtab));
  if( pVtab==0 ) return SQLITE_NOMEM;
  memset(pVtab, 0, sizeof(*pVtab));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = pVtab;
  return SQLITE_OK;
}

static int datesDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int datesBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int i, iText = -1, nUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    if( p->iColumn!=DATES_TEXT || p->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( p->usable ) iText = i; else nUnusable++;
  }
  if( iText<0 ){
    if( nUnusable ) return SQLITE_CONSTRAINT;
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = sqlite3_mprintf("dates: missing argument: call it as dates(text)");
    return SQLITE_ERROR;
  }
  pInfo->aConstraintUsage[iText].argvIndex = 1;
  pInfo->aConstraintUsage[iText].omit = 1;
  pInfo->estimatedCost = 100.0;
  pInfo->estimatedRows = 10;
  return SQLITE_OK;
}

static int datesOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  DatesCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->eof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int datesClose(sqlite3_vtab_cursor *cur){
  DatesCursor *pCur = (DatesCursor*)cur;
  sqlite3_free(pCur->zText);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

static int datesNext(sqlite3_vtab_cursor *cur){
  DatesCursor *pCur = (DatesCursor*)cur;
  if( pCur->zText==0 || !arch_date_scan_next(&pCur->scanner, &pCur->match) ){
    pCur->eof = 1;
  }else{
    pCur->iRowid++;
  }
  return SQLITE_OK;
}

static int datesError(DatesCursor *pCur, char *zMsg){
  sqlite3_vtab *pVtab = pCur->base.pVtab;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = zMsg;
  return zMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int datesFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                       int argc, sqlite3_value **argv){
  DatesCursor *pCur = (DatesCursor*)cur;
  const char *z;
  size_t n, iBad;
  (void)idxNum; (void)idxStr;
  sqlite3_free(pCur->zText);
  pCur->zText = 0;
  pCur->eof = 1;
  pCur->iRowid = 0;
  pCur->iCounted = 0;
  pCur->nChars = 0;
  if( argc<1 || sqlite3_value_type(argv[0])==SQLITE_NULL ) return SQLITE_OK;
  z = (const char*)sqlite3_value_text(argv[0]);
  n = (size_t)sqlite3_value_bytes(argv[0]);
  if( z==0 ) return SQLITE_NOMEM;
  iBad = text_utf8_invalid_offset(z, n);
  if( iBad<n ){
    return datesError(pCur, sqlite3_mprintf("dates: text is not valid UTF-8 (byte %lld)",
                                            (long long)iBad));
  }
  pCur->zText = sqlite3_malloc64(n+1);
  if( pCur->zText==0 ) return SQLITE_NOMEM;
  memcpy(pCur->zText, z, n);
  pCur->zText[n] = 0;
  arch_date_scanner_init(&pCur->scanner, pCur->zText, n);
  pCur->eof = 0;
  return datesNext(cur);
}

static int datesEof(sqlite3_vtab_cursor *cur){
  return ((DatesCursor*)cur)->eof;
}

static int datesRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((DatesCursor*)cur)->iRowid;
  return SQLITE_OK;
}

/* Characters in z[from..to), counted as the start bytes of UTF-8 sequences. */
static sqlite3_int64 count_chars(const char *z, size_t from, size_t to){
  sqlite3_int64 n = 0;
  for(; from<to; from++) n += ((unsigned char)z[from] & 0xC0)!=0x80;
  return n;
}

/* The 1-based character offset of byte `at`. Matches come in order, so counting goes on from
** where the last one stopped. */
static sqlite3_int64 char_offset(DatesCursor *pCur, size_t at){
  pCur->nChars += count_chars(pCur->zText, pCur->iCounted, at);
  pCur->iCounted = at;
  return pCur->nChars + 1;
}

static int datesColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  DatesCursor *pCur = (DatesCursor*)cur;
  const ArchDateMatch *m = &pCur->match;
  char zBuf[ARCH_EDTF_MAX];
  switch( iCol ){
    case DATES_MATCH:
      sqlite3_result_text64(ctx, pCur->zText + m->start, m->end - m->start, SQLITE_TRANSIENT,
                            SQLITE_UTF8);
      break;
    case DATES_OFFSET:
      sqlite3_result_int64(ctx, char_offset(pCur, m->start));
      break;
    case DATES_LENGTH:
      sqlite3_result_int64(ctx, count_chars(pCur->zText, m->start, m->end));
      break;
    case DATES_START:
      arch_date_iso(m->date.first, zBuf);
      sqlite3_result_text(ctx, zBuf, 10, SQLITE_TRANSIENT);
      break;
    case DATES_END:
      arch_date_iso(m->date.last, zBuf);
      sqlite3_result_text(ctx, zBuf, 10, SQLITE_TRANSIENT);
      break;
    case DATES_EDTF:
      sqlite3_result_text(ctx, zBuf, arch_date_edtf(&m->date, zBuf), SQLITE_TRANSIENT);
      break;
    default:
      break;
  }
  return SQLITE_OK;
}

static sqlite3_module datesModule = {
  /* iVersion    */ 0,
  /* xCreate     */ 0,   /* eponymous only */
  /* xConnect    */ datesConnect,
  /* xBestIndex  */ datesBestIndex,
  /* xDisconnect */ datesDisconnect,
  /* xDestroy    */ 0,
  /* xOpen       */ datesOpen,
  /* xClose      */ datesClose,
  /* xFilter     */ datesFilter,
  /* xNext       */ datesNext,
  /* xEof        */ datesEof,
  /* xColumn     */ datesColumn,
  /* xRowid      */ datesRowid,
  /* xUpdate     */ 0,
  /* xBegin      */ 0,
  /* xSync       */ 0,
  /* xCommit     */ 0,
  /* xRollback   */ 0,
  /* xFindMethod */ 0,
  /* xRename     */ 0,
  /* xSavepoint  */ 0,
  /* xRelease    */ 0,
  /* xRollbackTo */ 0,
  /* xShadowName */ 0
};

int archivist_register_dates_vtab(sqlite3 *db){
  return sqlite3_create_module(db, "dates", &datesModule, 0);
}
