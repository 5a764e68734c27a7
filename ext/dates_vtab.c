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
  TvfCharCounter chars;             /* turns byte offsets into character offsets */
  int eof;
} DatesCursor;

static int datesConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr){
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  return tvf_connect(db,
      "CREATE TABLE x(match TEXT, offset INTEGER, length INTEGER, date_start TEXT,"
      " date_end TEXT, edtf TEXT, text HIDDEN)", sizeof(sqlite3_vtab), ppVtab);
}

#define DATES_USAGE "dates: missing argument: call it as dates(text)"

static int datesBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  return tvf_best_index(pVtab, pInfo, DATES_TEXT, DATES_USAGE);
}

static int datesOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  int rc = tvf_open(sizeof(DatesCursor), ppCursor);
  (void)pVtab;
  if( rc==SQLITE_OK ) ((DatesCursor*)*ppCursor)->eof = 1;
  return rc;
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

static int datesFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                       int argc, sqlite3_value **argv){
  DatesCursor *pCur = (DatesCursor*)cur;
  size_t n;
  int rc;
  (void)idxStr;
  if( idxNum & TVF_NO_ARGUMENT ) return tvf_missing_argument(cur->pVtab, DATES_USAGE);
  sqlite3_free(pCur->zText);
  memset(&pCur->chars, 0, sizeof(pCur->chars));
  pCur->eof = 1;
  pCur->iRowid = 0;
  if( argc<1 ) return SQLITE_OK;
  rc = tvf_copy_text_arg(cur->pVtab, argv[0], "dates", &pCur->zText, &n);
  if( rc!=SQLITE_OK || pCur->zText==0 ) return rc;
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
      sqlite3_result_int64(ctx, tvf_char_offset(&pCur->chars, pCur->zText, m->start));
      break;
    case DATES_LENGTH:
      sqlite3_result_int64(ctx, tvf_count_chars(pCur->zText, m->start, m->end));
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
  /* xDisconnect */ tvf_disconnect,
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

int archivist_register_dates_vtab(SqlRegistry *pReg){
  return sql_create_module(pReg, "dates", &datesModule, 0, 0);
}
