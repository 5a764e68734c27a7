/*
** ris_vtab.c: the ris() table-valued function.
**
**     SELECT pos, type, title, date_start FROM ris(readfile('zotero-export.ris'));
**     SELECT title, url FROM ris(:ris_text) WHERE date_start >= '1956-01-01';
**     SELECT title, value AS author FROM ris(readfile('a.ris')), json_each(authors);
**
** ris(input) reads RIS text (ris.h), TEXT or a BLOB holding UTF-8, and returns one row per
** record, in file order:
**
**     pos INTEGER        1-based position of the record in the input; also the rowid
**     type TEXT          the TY value: GEN, MANSCPT, JOUR ...
**     title TEXT         TI, else T1, else CT
**     authors TEXT       a JSON array of the AU and A1 values, in order, as written
**     date_text TEXT     DA, else PY, else Y1, as written ("1963/10/08/")
**     date_start TEXT    first day the date can mean, YYYY-MM-DD (ris_record_date())
**     date_end TEXT      last day
**     date_edtf TEXT     the date in EDTF ("1963-10-08", "1956~", "1956/1957")
**     abstract TEXT      AB, else N2; its lines joined with "\n"
**     url TEXT           the first UR
**     archive TEXT       DB (the archive, as Zotero writes it)
**     location TEXT      AV (location in archives), else AN (Zotero's archive location),
**                        else CN (call number)
**     language TEXT      LA
**     keywords TEXT      a JSON array of the KW values (a KW's continuation lines are
**                        keywords of their own, as Zotero reads them)
**     tags TEXT          a JSON object of every tag of the record, TY to ER, each with the
**                        array of its values in file order, as written (continuation lines
**                        joined with "\n"): nothing is dropped
**
** Values are trimmed, and the text columns but abstract have their white space folded
** (text_fold_space()); a field that is absent or empty is NULL. NULL input gives no rows; a
** number is an error; so is text that is not UTF-8 or holds a NUL byte (naming the byte), and
** text that is not RIS (naming the line: "ris: line 3: expected a tag such as 'TY  - '").
** Records are read lazily, one per xNext; an error in the middle of the input stops the
** statement there.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "arch_alloc.h"
#include "dates.h"
#include "ris.h"
#include "text.h"

#include <string.h>

enum {
  RIS_POS, RIS_TYPE, RIS_TITLE, RIS_AUTHORS, RIS_DATE_TEXT, RIS_DATE_START, RIS_DATE_END,
  RIS_DATE_EDTF, RIS_ABSTRACT, RIS_URL, RIS_ARCHIVE, RIS_LOCATION, RIS_LANGUAGE, RIS_KEYWORDS,
  RIS_TAGS,
  RIS_INPUT                 /* hidden: the argument */
};

/* Tags are [A-Z][A-Z0-9]: 26*36 of them, numbered for the grouping of the tags column. */
#define RIS_N_TAG_CODES (26*36)

typedef struct RisCursor {
  sqlite3_vtab_cursor base;
  char *zText;              /* a copy of the input, owned by the cursor */
  RisReader reader;
  RisRecord rec;            /* the current row */
  int eof;
  int dateRead;             /* the row's date below is read (the four date columns share it) */
  ArchDateResult eDate;
  ArchDate date;
  const char *zDate;        /* its text, in the record */
  size_t nDate;
  TvfScratch fold;          /* scratch for white-space folding */
} RisCursor;

#define RIS_USAGE "ris: missing argument: call it as ris(text)"

static int risConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  return tvf_connect(db,
      "CREATE TABLE x(pos INTEGER, type TEXT, title TEXT, authors TEXT, date_text TEXT,"
      " date_start TEXT, date_end TEXT, date_edtf TEXT, abstract TEXT, url TEXT, archive TEXT,"
      " location TEXT, language TEXT, keywords TEXT, tags TEXT, input HIDDEN)",
      sizeof(sqlite3_vtab), ppVtab);
}

static int risBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int rc = tvf_best_index(pVtab, pInfo, RIS_INPUT, RIS_USAGE);
  if( rc!=SQLITE_OK || (pInfo->idxNum & TVF_NO_ARGUMENT) ) return rc;
  if( pInfo->nOrderBy==1 && !pInfo->aOrderBy[0].desc
   && (pInfo->aOrderBy[0].iColumn==RIS_POS || pInfo->aOrderBy[0].iColumn<0) ){
    pInfo->orderByConsumed = 1;   /* rows come in pos (= rowid) order */
  }
  return SQLITE_OK;
}

static int risOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  int rc = tvf_open(sizeof(RisCursor), ppCursor);
  (void)pVtab;
  if( rc==SQLITE_OK ) ((RisCursor*)*ppCursor)->eof = 1;
  return rc;
}

static void risReset(RisCursor *pCur){
  ris_reader_free(&pCur->reader);
  sqlite3_free(pCur->zText);
  pCur->zText = 0;
  memset(&pCur->rec, 0, sizeof(pCur->rec));
  pCur->eof = 1;
}

static int risClose(sqlite3_vtab_cursor *cur){
  RisCursor *pCur = (RisCursor*)cur;
  risReset(pCur);
  sqlite3_free(pCur->fold.z);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Check the input (TEXT or a BLOB of UTF-8 without a NUL byte) and copy it into the cursor:
** the argument's buffer lives only as long as xFilter. NULL leaves pCur->zText NULL. */
static int risLoadInput(RisCursor *pCur, sqlite3_value *pArg){
  const char *z;
  size_t n;
  int rc = tvf_arg_bytes(pCur->base.pVtab, pArg, "ris", "input", &z, &n);
  if( rc!=SQLITE_OK || z==0 ) return rc;
  rc = tvf_copy_checked_text(pCur->base.pVtab, "ris", "input", z, n, &pCur->zText);
  if( rc!=SQLITE_OK ) return rc;
  ris_reader_init(&pCur->reader, pCur->zText, n);
  return SQLITE_OK;
}

static int risNext(sqlite3_vtab_cursor *cur){
  RisCursor *pCur = (RisCursor*)cur;
  int found = 0;
  ArchRc rc;
  if( pCur->zText==0 ){
    pCur->eof = 1;
    return SQLITE_OK;
  }
  rc = ris_next(&pCur->reader, &pCur->rec, &found);
  if( rc==ARCH_ERROR ){
    pCur->eof = 1;
    return tvf_error(pCur->base.pVtab, "%s", pCur->reader.zErr);
  }
  if( rc!=ARCH_OK ) return sql_rc(rc);
  pCur->eof = !found;
  pCur->dateRead = 0;
  return SQLITE_OK;
}

static int risFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  RisCursor *pCur = (RisCursor*)cur;
  int rc;
  (void)idxStr;
  if( idxNum & TVF_NO_ARGUMENT ) return tvf_missing_argument(cur->pVtab, RIS_USAGE);
  risReset(pCur);
  if( argc<1 ) return SQLITE_OK;
  rc = risLoadInput(pCur, argv[0]);
  if( rc!=SQLITE_OK ) return rc;
  pCur->eof = 0;
  return risNext(cur);
}

static int risEof(sqlite3_vtab_cursor *cur){
  return ((RisCursor*)cur)->eof;
}

static int risRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((RisCursor*)cur)->rec.pos;
  return SQLITE_OK;
}

/* ---------------------------------------------------------------- column values */

/* Set the result to z[0..n) folded, NULL when that is empty. */
static int resultFolded(RisCursor *pCur, sqlite3_context *ctx, const char *z, size_t n){
  const char *zOut;
  size_t nOut;
  int rc;
  if( z==0 ) return SQLITE_OK;
  rc = tvf_fold_space(&pCur->fold, z, n, &zOut, &nOut);
  if( rc==SQLITE_OK && nOut>0 ){
    sqlite3_result_text64(ctx, zOut, nOut, SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  return rc;
}

/* The first non-empty field among the tags of azTag (a NULL-terminated list), or NULL. */
static const RisField *firstField(const RisRecord *pRec, const char *const *azTag){
  for(; *azTag; azTag++){
    const RisField *f = ris_field(pRec, *azTag);
    if( f && f->n>0 ) return f;
  }
  return 0;
}

static int resultFirst(RisCursor *pCur, sqlite3_context *ctx, const char *const *azTag){
  const RisField *f = firstField(&pCur->rec, azTag);
  return f ? resultFolded(pCur, ctx, f->z, f->n) : SQLITE_OK;
}

/* Append z[0..n) (valid UTF-8) to p as a JSON string. */
static void appendJsonString(sqlite3_str *p, const char *z, size_t n){
  size_t i, iDone = 0;
  sqlite3_str_appendchar(p, 1, '"');
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    const char *zEsc = 0;
    char zHex[8];
    if( c>=0x20 && c!='"' && c!='\\' ) continue;
    sqlite3_str_append(p, z+iDone, (int)(i-iDone));
    switch( c ){
      case '"':  zEsc = "\\\""; break;
      case '\\': zEsc = "\\\\"; break;
      case '\n': zEsc = "\\n"; break;
      case '\r': zEsc = "\\r"; break;
      case '\t': zEsc = "\\t"; break;
      default:
        sqlite3_snprintf(sizeof(zHex), zHex, "\\u%04x", c);
        zEsc = zHex;
        break;
    }
    sqlite3_str_appendall(p, zEsc);
    iDone = i+1;
  }
  /* sqlite3_str_append() takes an int: a value past 2 GB goes in pieces */
  while( n-iDone>0x40000000 ){
    sqlite3_str_append(p, z+iDone, 0x40000000);
    iDone += 0x40000000;
  }
  sqlite3_str_append(p, z+iDone, (int)(n-iDone));
  sqlite3_str_appendchar(p, 1, '"');
}

/* Finish p as the result (a JSON text), or report what went wrong. */
static int resultStr(sqlite3_context *ctx, sqlite3_str *p){
  int rc = sqlite3_str_errcode(p);
  int n = sqlite3_str_length(p);
  char *z = sqlite3_str_finish(p);
  if( rc!=SQLITE_OK ){
    sqlite3_free(z);
    return rc==SQLITE_TOOBIG ? SQLITE_TOOBIG : SQLITE_NOMEM;
  }
  sqlite3_result_text(ctx, z ? z : "", n, z ? sqlite3_free : SQLITE_STATIC);
  return SQLITE_OK;
}

/* A JSON array of the folded, non-empty values of the fields with tags in azTag; with
** splitLines, each line of a value is an element of its own. */
static int resultArray(RisCursor *pCur, sqlite3_context *ctx, const char *const *azTag,
                       int splitLines){
  const RisRecord *pRec = &pCur->rec;
  sqlite3_str *p = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  size_t i;
  int nElem = 0, rc = SQLITE_OK;
  sqlite3_str_appendchar(p, 1, '[');
  for(i=0; rc==SQLITE_OK && i<pRec->nField; i++){
    const RisField *f = &pRec->aField[i];
    const char *const *pTag;
    size_t iStart = 0;
    for(pTag=azTag; *pTag; pTag++){
      if( f->zTag[0]==(*pTag)[0] && f->zTag[1]==(*pTag)[1] ) break;
    }
    if( *pTag==0 ) continue;
    while( rc==SQLITE_OK && iStart<=f->n ){
      size_t iEnd = iStart;
      const char *zOut;
      size_t nOut;
      if( splitLines ){
        while( iEnd<f->n && f->z[iEnd]!='\n' ) iEnd++;
      }else{
        iEnd = f->n;
      }
      rc = tvf_fold_space(&pCur->fold, f->z+iStart, iEnd-iStart, &zOut, &nOut);
      if( rc==SQLITE_OK && nOut>0 ){
        if( nElem++ ) sqlite3_str_appendchar(p, 1, ',');
        appendJsonString(p, zOut, nOut);
      }
      iStart = iEnd+1;
    }
  }
  sqlite3_str_appendchar(p, 1, ']');
  if( rc!=SQLITE_OK ){
    sqlite3_free(sqlite3_str_finish(p));
    return rc;
  }
  return resultStr(ctx, p);
}

static int tagCode(const char *zTag){
  int c1 = zTag[1]>='0' && zTag[1]<='9' ? zTag[1]-'0' : 10 + (zTag[1]-'A');
  return (zTag[0]-'A')*36 + c1;
}

/* The tags column: {"TY":["GEN"],"TI":["..."],"AU":["...","..."],...,"ER":[""]}, each tag
** once, at its first appearance, with every value of it in file order. */
static int resultTags(RisCursor *pCur, sqlite3_context *ctx){
  const RisRecord *pRec = &pCur->rec;
  unsigned char aSeen[RIS_N_TAG_CODES];
  size_t n = pRec->nField, i, j;
  sqlite3_str *p = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  memset(aSeen, 0, sizeof(aSeen));
  sqlite3_str_appendchar(p, 1, '{');
  for(i=0; i<n; i++){
    const RisField *f = &pRec->aField[i];
    int code = tagCode(f->zTag), nValue = 0;
    if( aSeen[code] ) continue;
    aSeen[code] = 1;
    sqlite3_str_appendf(p, "%s\"%s\":[", i>0 ? "," : "", f->zTag);   /* [A-Z][A-Z0-9] */
    for(j=i; j<n; j++){
      if( tagCode(pRec->aField[j].zTag)!=code ) continue;
      if( nValue++ ) sqlite3_str_appendchar(p, 1, ',');
      appendJsonString(p, pRec->aField[j].z, pRec->aField[j].n);
    }
    sqlite3_str_appendchar(p, 1, ']');
  }
  sqlite3_str_appendchar(p, 1, '}');
  return resultStr(ctx, p);
}

/* The date columns, from the row's date read once. */
static int resultDate(RisCursor *pCur, sqlite3_context *ctx, int iCol){
  const ArchDate *d = &pCur->date;
  ArchDateResult e;
  char zEdtf[ARCH_EDTF_MAX];
  if( !pCur->dateRead ){
    pCur->eDate = ris_record_date(&pCur->rec, &pCur->zDate, &pCur->nDate, &pCur->date);
    pCur->dateRead = 1;
  }
  e = pCur->eDate;
  switch( iCol ){
    case RIS_DATE_TEXT:  return resultFolded(pCur, ctx, pCur->zDate, pCur->nDate);
    case RIS_DATE_START: if( e==ARCH_DATE_FOUND ) sql_result_date_bound(ctx, d, 0); break;
    case RIS_DATE_END:   if( e==ARCH_DATE_FOUND ) sql_result_date_bound(ctx, d, 1); break;
    default:
      if( e==ARCH_DATE_FOUND ){
        int nEdtf = arch_date_edtf(d, zEdtf);
        sqlite3_result_text(ctx, zEdtf, nEdtf, SQLITE_TRANSIENT);
      }
      break;
  }
  return SQLITE_OK;
}

static int risColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  static const char *const azType[] = { "TY", 0 };
  static const char *const azTitle[] = { "TI", "T1", "CT", 0 };
  static const char *const azAuthor[] = { "AU", "A1", 0 };
  static const char *const azAbstract[] = { "AB", "N2", 0 };
  static const char *const azUrl[] = { "UR", 0 };
  static const char *const azArchive[] = { "DB", 0 };
  static const char *const azLocation[] = { "AV", "AN", "CN", 0 };
  static const char *const azLanguage[] = { "LA", 0 };
  static const char *const azKeyword[] = { "KW", 0 };
  RisCursor *pCur = (RisCursor*)cur;
  switch( iCol ){
    case RIS_POS:        sqlite3_result_int64(ctx, pCur->rec.pos); break;
    case RIS_TYPE:       return resultFirst(pCur, ctx, azType);
    case RIS_TITLE:      return resultFirst(pCur, ctx, azTitle);
    case RIS_AUTHORS:    return resultArray(pCur, ctx, azAuthor, 0);
    case RIS_DATE_TEXT:
    case RIS_DATE_START:
    case RIS_DATE_END:
    case RIS_DATE_EDTF:  return resultDate(pCur, ctx, iCol);
    case RIS_ABSTRACT: {
      const RisField *f = firstField(&pCur->rec, azAbstract);
      if( f ) sqlite3_result_text64(ctx, f->z, f->n, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    }
    case RIS_URL:        return resultFirst(pCur, ctx, azUrl);
    case RIS_ARCHIVE:    return resultFirst(pCur, ctx, azArchive);
    case RIS_LOCATION:   return resultFirst(pCur, ctx, azLocation);
    case RIS_LANGUAGE:   return resultFirst(pCur, ctx, azLanguage);
    case RIS_KEYWORDS:   return resultArray(pCur, ctx, azKeyword, 1);
    case RIS_TAGS:       return resultTags(pCur, ctx);
    default: break;      /* the hidden argument is never read back */
  }
  return SQLITE_OK;
}

static sqlite3_module risModule = {
  /* iVersion    */ 0,
  /* xCreate     */ 0,   /* eponymous only: ris(...) needs no CREATE VIRTUAL TABLE */
  /* xConnect    */ risConnect,
  /* xBestIndex  */ risBestIndex,
  /* xDisconnect */ tvf_disconnect,
  /* xDestroy    */ 0,
  /* xOpen       */ risOpen,
  /* xClose      */ risClose,
  /* xFilter     */ risFilter,
  /* xNext       */ risNext,
  /* xEof        */ risEof,
  /* xColumn     */ risColumn,
  /* xRowid      */ risRowid,
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

int archivist_register_ris(SqlRegistry *pReg){
  return sql_create_module(pReg, "ris", &risModule, 0, 0);
}
