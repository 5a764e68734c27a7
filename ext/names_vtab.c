/*
** names_vtab.c: the names() table-valued function: every person's name in free text.
**
**     SELECT name, canon, key FROM names('Todor Zhivkov reports on his meeting with Kim Il Sung.');
**     -- Todor Zhivkov | Todor Zhivkov | zhivkov todor
**     -- Kim Il Sung   | Kim Il Sung   | kim ilsong
**
**     SELECT d.id, n.canon FROM docs AS d, names(d.summary) AS n;
**     SELECT n.canon FROM docs AS d, names(d.summary, d.title) AS n;   -- the title as context
**
** Columns: name (as written, without a title or a possessive "'s"), canon (the authority's
** preferred form of a known person, else the cleaned name), key (as name_key()), offset and
** length (characters, 1-based: substr(text, offset, length) = name). A name is a run of
** capitalized words that the authority knows, that follows a title ("Ambassador Ivanov"), that
** has initials ("A.M. Puzanov"), that is Korean or Chinese in form, or whose surname has a
** Slavic, Romanian or Georgian ending; organisations, places and nationalities
** (ext/data/not_names.tsv) are not names. NULL gives no rows; text that is not UTF-8 is an
** error. Names are found one per xNext.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "names.h"
#include "names_shared.h"
#include "text.h"

#include <stddef.h>
#include <string.h>

enum {
  NAMES_NAME, NAMES_CANON, NAMES_KEY, NAMES_OFFSET, NAMES_LENGTH,
  NAMES_TEXT,                       /* hidden: the argument */
  NAMES_CONTEXT                     /* hidden: the optional second argument */
};

/* idxNum: the context argument is argv[1] of xFilter. */
#define NAMES_WITH_CONTEXT 0x01

typedef struct NamesVtab {
  sqlite3_vtab base;
  NamesShared *pShared;             /* the authority, and the names read on this connection */
} NamesVtab;

typedef struct NamesCursor {
  sqlite3_vtab_cursor base;
  char *zText;                      /* a copy of the argument */
  char *zContext;                   /* a copy of the context, or NULL */
  sqlite3_int64 iRowid;
  TvfCharCounter chars;             /* turns byte offsets into character offsets */
  int eof;
  int fromMemo;                     /* the rows are those of kept, not of the scanner */
  int iKept;                        /* the current row's place in kept */
  /* Last, and not cleared by xOpen: some 10 KB that xFilter sets before they are read (the
  ** catalog's triggers open a cursor per document and field; clearing it cost more than
  ** reading the names). */
  NameScanner scanner;
  NameFound found;                  /* the current row, when scanning */
  NameTextNames kept;               /* the rows, when the memo had them */
} NamesCursor;

/* The current row's name as bytes of zText, its key and its canonical form. */
static size_t row_start(const NamesCursor *p){
  return p->fromMemo ? p->kept.aName[p->iKept].start : p->found.start;
}
static size_t row_end(const NamesCursor *p){
  return p->fromMemo ? p->kept.aName[p->iKept].end : p->found.end;
}
static const char *row_key(const NamesCursor *p){
  return p->fromMemo ? p->kept.zPool + p->kept.aName[p->iKept].iKey : p->found.info.key;
}
static const char *row_canon(const NamesCursor *p){
  /* the scanner holds the authority it was given in xFilter */
  return p->fromMemo ? p->kept.zPool + p->kept.aName[p->iKept].iCanon
                     : name_canon(p->scanner.pAuth, &p->found.info);
}

static int namesConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr){
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = tvf_connect(db,
      "CREATE TABLE x(name TEXT, canon TEXT, key TEXT, offset INTEGER, length INTEGER,"
      " text HIDDEN, context HIDDEN)", sizeof(NamesVtab), ppVtab);
  if( rc==SQLITE_OK ) ((NamesVtab*)*ppVtab)->pShared = (NamesShared*)pAux;
  return rc;
}

#define NAMES_USAGE "names: missing argument: call it as names(text [, context])"

static int namesBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int rc = tvf_best_index(pVtab, pInfo, NAMES_TEXT, NAMES_USAGE);
  if( rc!=SQLITE_OK || (pInfo->idxNum & TVF_NO_ARGUMENT) ) return rc;
  switch( tvf_optional_argument(pInfo, NAMES_CONTEXT, 2) ){
    case 1:  pInfo->idxNum |= NAMES_WITH_CONTEXT; break;
    case -1: return SQLITE_CONSTRAINT;              /* a join order with no context yet */
    default: break;
  }
  return SQLITE_OK;
}

static int namesDisconnect(sqlite3_vtab *pVtab){
  return tvf_disconnect(pVtab);
}

static int namesOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  NamesCursor *pCur = sqlite3_malloc64(sizeof(NamesCursor));
  (void)pVtab;
  *ppCursor = 0;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, offsetof(NamesCursor, scanner));
  pCur->eof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int namesClose(sqlite3_vtab_cursor *cur){
  NamesCursor *pCur = (NamesCursor*)cur;
  sqlite3_free(pCur->zText);
  sqlite3_free(pCur->zContext);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

static int namesNext(sqlite3_vtab_cursor *cur){
  NamesCursor *pCur = (NamesCursor*)cur;
  if( pCur->fromMemo ){
    pCur->iKept++;
    if( pCur->iKept>=pCur->kept.nName ) pCur->eof = 1; else pCur->iRowid++;
  }else if( pCur->zText==0 || !name_scan_next(&pCur->scanner, &pCur->found) ){
    pCur->eof = 1;
  }else{
    pCur->iRowid++;
  }
  return SQLITE_OK;
}

static int namesFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                       int argc, sqlite3_value **argv){
  NamesCursor *pCur = (NamesCursor*)cur;
  NamesVtab *pVtab = (NamesVtab*)cur->pVtab;
  const NameAuthority *pAuth;
  NameCache *pCache;
  size_t n, nContext = 0;
  int rc;
  (void)idxStr;
  if( idxNum & TVF_NO_ARGUMENT ) return tvf_missing_argument(cur->pVtab, NAMES_USAGE);
  sqlite3_free(pCur->zText);
  sqlite3_free(pCur->zContext);
  pCur->zContext = 0;
  memset(&pCur->chars, 0, sizeof(pCur->chars));
  pCur->eof = 1;
  pCur->fromMemo = 0;
  pCur->iRowid = 0;
  if( argc<1 ) return SQLITE_OK;
  rc = tvf_copy_text_arg(cur->pVtab, argv[0], "names", &pCur->zText, &n);
  if( rc!=SQLITE_OK || pCur->zText==0 ) return rc;
  if( (idxNum & NAMES_WITH_CONTEXT) && argc>1 ){
    rc = tvf_copy_text_arg(cur->pVtab, argv[1], "names: context", &pCur->zContext, &nContext);
    if( rc!=SQLITE_OK ) return rc;
  }
  pAuth = names_shared_authority(pVtab->pShared);
  if( pAuth==0 ) return SQLITE_NOMEM;
  if( (pCache = names_shared_cache(pVtab->pShared, 1))==0 ) return SQLITE_NOMEM;
  name_cache_want_names(pCache);
  name_scanner_init(&pCur->scanner, pAuth, pCur->zText, n);
  name_scanner_cache(&pCur->scanner, pCache);
  if( pCur->zContext ) name_scanner_context(&pCur->scanner, pCur->zContext, nContext);
  pCur->eof = 0;
  /* the catalog's triggers read a text just indexed: its names are in the memo */
  pCur->fromMemo = name_scan_from_memo(&pCur->scanner, &pCur->kept);
  pCur->iKept = -1;
  return namesNext(cur);
}

static int namesEof(sqlite3_vtab_cursor *cur){
  return ((NamesCursor*)cur)->eof;
}

static int namesRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((NamesCursor*)cur)->iRowid;
  return SQLITE_OK;
}

static int namesColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  NamesCursor *pCur = (NamesCursor*)cur;
  size_t start = row_start(pCur), end = row_end(pCur);
  switch( iCol ){
    case NAMES_NAME:
      sqlite3_result_text64(ctx, pCur->zText + start, end - start, SQLITE_TRANSIENT,
                            SQLITE_UTF8);
      break;
    case NAMES_CANON:
      sqlite3_result_text(ctx, row_canon(pCur), -1, SQLITE_TRANSIENT);
      break;
    case NAMES_KEY:
      sqlite3_result_text(ctx, row_key(pCur), -1, SQLITE_TRANSIENT);
      break;
    case NAMES_OFFSET:
      sqlite3_result_int64(ctx, tvf_char_offset(&pCur->chars, pCur->zText, start));
      break;
    case NAMES_LENGTH:
      sqlite3_result_int64(ctx, tvf_count_chars(pCur->zText, start, end));
      break;
    default:
      break;
  }
  return SQLITE_OK;
}

static sqlite3_module namesModule = {
  /* iVersion    */ 0,
  /* xCreate     */ 0,   /* eponymous only */
  /* xConnect    */ namesConnect,
  /* xBestIndex  */ namesBestIndex,
  /* xDisconnect */ namesDisconnect,
  /* xDestroy    */ 0,
  /* xOpen       */ namesOpen,
  /* xClose      */ namesClose,
  /* xFilter     */ namesFilter,
  /* xNext       */ namesNext,
  /* xEof        */ namesEof,
  /* xColumn     */ namesColumn,
  /* xRowid      */ namesRowid,
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

int archivist_register_names_vtab(SqlRegistry *pReg){
  return sql_create_module(pReg, "names", &namesModule, names_shared_ref(pReg->pNames),
                           names_shared_release);
}
