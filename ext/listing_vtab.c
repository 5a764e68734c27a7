/*
** listing_vtab.c: the listing() table-valued function.
**
**     SELECT pos, rank, date_start, title FROM listing(readfile('page.txt'));
**     SELECT * FROM listing(:html_page) WHERE kind = 'telegram';
**     SELECT title, url FROM listing(readfile('page.html'), 'https://archive.example/search');
**
** listing(input [, base_url]) reads a copied (or saved HTML) archive result page, TEXT or a
** BLOB holding UTF-8, and returns one row per record, in page order:
**
**     pos INTEGER        1-based position in the input; also the rowid
**     rank INTEGER       position in the whole result set ("11 - 20 of 61": 11, 12, ...)
**     total INTEGER      the "of 61" figure
**     date_text TEXT     the date line as printed
**     date_start TEXT    first day the date can mean, YYYY-MM-DD
**     date_end TEXT      last day, YYYY-MM-DD
**     title TEXT
**     summary TEXT
**     kind TEXT          the document genre named in the title ("telegram", "report", ...)
**     url TEXT           the link of the record's title to its document (saved HTML only),
**                        resolved against the page's base, else base_url (html.h)
**
** NULL input gives no rows; a number is an error; so is text that is not UTF-8 or holds a
** NUL byte. base_url is the page's address, for the links of a saved page that names none;
** NULL or '' is none; a number, text that is not UTF-8 or holds a NUL byte is an error. Constraints on date_start and date_end (=, <, <=, >, >=, BETWEEN) are applied as
** records are read, so records outside the range are skipped before any column is built.
**
** The query plan (xBestIndex to xFilter) is a bitmask in idxNum, as in SQLite's series.c.
** Each bit says that one constraint was pushed down; its value is passed to xFilter:
**
**     0x001  date_start =      0x020  date_end =
**     0x002  date_start >      0x040  date_end >
**     0x004  date_start >=     0x080  date_end >=
**     0x008  date_start <      0x100  date_end <
**     0x010  date_start <=     0x200  date_end <=
**     0x400  base_url: the second argument was given
**
** argv[0] of xFilter is the input; base_url is argv[1] when 0x400 is set; the values of the
** constraints follow, one per bit set, in the order of the bits, lowest first: for
** "WHERE date_end <= ?2 AND date_start >= ?1" idxNum is 0x204 and argv is (input, ?1, ?2);
** listing(x, b) with the same WHERE clause has idxNum 0x604 and argv (x, b, ?1, ?2). A second constraint with the same column and operator
** is left to SQLite. EXPLAIN QUERY PLAN shows idxNum in decimal ("INDEX 516"). Every pushed
** constraint is also checked by SQLite (omit is 0), so one that the cursor cannot apply (a
** value that is not TEXT of at most 10 bytes) is simply ignored. TVF_NO_ARGUMENT
** (archivist_sql.h) marks a plan without the input argument.
**
** The grammar lives in listing.c, HTML reading in html.c; this file only moves values between
** them and SQLite. Records are read lazily, one per xNext, so sqlite3_interrupt() stops a scan
** between records. (A saved HTML page is turned into text in xFilter, in one step that an
** interrupt cannot cut short.)
**
** A text input is read in place, never copied: 160 MB of listing cost a copy of 160 MB, and
** the page faults of a fresh buffer that size, as long as the parse itself. The value lives in
** a register of the statement that SQLite keeps for xFilter's arguments alone: it is not
** reused while the scan runs (where.c says so: "simpler and safer to simply not reuse the
** registers"), and changes only when the argument is computed again, which is followed by a
** new xFilter. SQLite's own json_each() reads its BLOB argument so. xFilter checks the whole
** input (UTF-8, no NUL byte) before the first row.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "arch_alloc.h"
#include "dates.h"
#include "html.h"
#include "listing.h"
#include "text.h"

#include <string.h>
#include <libxml/parser.h>

enum {
  LISTING_POS, LISTING_RANK, LISTING_TOTAL, LISTING_DATE_TEXT, LISTING_DATE_START,
  LISTING_DATE_END, LISTING_TITLE, LISTING_SUMMARY, LISTING_KIND, LISTING_URL,
  LISTING_INPUT,                    /* hidden: the first argument */
  LISTING_BASE_URL                  /* hidden: the second, optional */
};

#define LISTING_BASE_URL_BIT 0x400

/* The operators that can be pushed down, in the order of their idxNum bits (see the header):
** bit k is operator k on date_start, bit LISTING_N_OP+k the same on date_end. */
static const unsigned char aRangeOp[] = {
  SQLITE_INDEX_CONSTRAINT_EQ, SQLITE_INDEX_CONSTRAINT_GT, SQLITE_INDEX_CONSTRAINT_GE,
  SQLITE_INDEX_CONSTRAINT_LT, SQLITE_INDEX_CONSTRAINT_LE,
};
#define LISTING_N_OP ((int)(sizeof(aRangeOp)/sizeof(aRangeOp[0])))
#define LISTING_RANGE_BITS (2*LISTING_N_OP)

/* A constraint on date_start or date_end pushed down from the WHERE clause: records that fail
** it are skipped in xNext without building their columns. SQLite still checks every row
** (omit is 0), so a constraint the cursor cannot apply (a value that is not TEXT) is ignored. */
typedef struct ListingRange {
  int iCol;                         /* LISTING_DATE_START or LISTING_DATE_END */
  unsigned char op;                 /* SQLITE_INDEX_CONSTRAINT_EQ, _GT, _GE, _LT or _LE */
  char zValue[11];                  /* the bound, compared as SQLite compares TEXT */
  int nValue;
} ListingRange;

typedef struct ListingCursor {
  sqlite3_vtab_cursor base;
  ListingRange aRange[LISTING_RANGE_BITS];
  int nRange;
  const char *zText;                /* the text being read: the input itself (see the header),
                                    ** or page.zText; NULL when there is none */
  HtmlPage page;                    /* a saved HTML page rendered as text, with its links,
                                    ** owned by the cursor */
  ListingScanner scanner;
  ListingRecord rec;                /* the current row */
  int eof;
  TvfScratch fold;                  /* scratch for white-space folding */
} ListingCursor;

static int listingConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                           sqlite3_vtab **ppVtab, char **pzErr){
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  return tvf_connect(db,
      "CREATE TABLE x(pos INTEGER, rank INTEGER, total INTEGER, date_text TEXT,"
      " date_start TEXT, date_end TEXT, title TEXT, summary TEXT, kind TEXT, url TEXT,"
      " input HIDDEN, base_url HIDDEN)", sizeof(sqlite3_vtab), ppVtab);
}

#define LISTING_USAGE "listing: missing argument: call it as listing(text [, base_url])"

/* The number of the idxNum bit of a constraint on column iCol with operator op, or -1 for a
** constraint that is not pushed down. */
static int range_bit(int iCol, unsigned char op){
  int k;
  if( iCol!=LISTING_DATE_START && iCol!=LISTING_DATE_END ) return -1;
  for(k=0; k<LISTING_N_OP; k++){
    if( aRangeOp[k]==op ) return k + (iCol==LISTING_DATE_END ? LISTING_N_OP : 0);
  }
  return -1;
}

/* The base_url argument: argv[1] of xFilter when it is given. As for the input, a plan in
** which its value is not known yet is no plan. */
static int listingBaseUrlIndex(sqlite3_index_info *pInfo){
  int i, iArg = -1, nUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    if( p->iColumn!=LISTING_BASE_URL || p->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( p->usable ) iArg = i; else nUnusable++;
  }
  if( iArg<0 ) return nUnusable ? SQLITE_CONSTRAINT : SQLITE_OK;
  pInfo->aConstraintUsage[iArg].argvIndex = 2;
  pInfo->aConstraintUsage[iArg].omit = 1;
  pInfo->idxNum |= LISTING_BASE_URL_BIT;
  return SQLITE_OK;
}

/* The input is argv[0] of xFilter (tvf_best_index), base_url argv[1] when given; the
** constraints pushed down follow, in the order of their idxNum bits (see the header). */
static int listingBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int aConstraint[LISTING_RANGE_BITS];     /* the aConstraint[] entry of each bit, or -1 */
  int i, nArg, nRange = 0;
  int rc = tvf_best_index(pVtab, pInfo, LISTING_INPUT, LISTING_USAGE);
  if( rc!=SQLITE_OK || (pInfo->idxNum & TVF_NO_ARGUMENT) ) return rc;
  rc = listingBaseUrlIndex(pInfo);
  if( rc!=SQLITE_OK ) return rc;
  nArg = (pInfo->idxNum & LISTING_BASE_URL_BIT) ? 3 : 2;
  for(i=0; i<LISTING_RANGE_BITS; i++) aConstraint[i] = -1;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    int bit = range_bit(p->iColumn, p->op);
    if( !p->usable || bit<0 || aConstraint[bit]>=0 ) continue;
    aConstraint[bit] = i;
  }
  for(i=0; i<LISTING_RANGE_BITS; i++){
    if( aConstraint[i]<0 ) continue;
    pInfo->idxNum |= 1<<i;
    pInfo->aConstraintUsage[aConstraint[i]].argvIndex = nArg++;
    nRange++;
  }
  pInfo->estimatedCost = 1000.0 / (1 + nRange);
  pInfo->estimatedRows = 1000 / (1 + nRange);
  if( pInfo->nOrderBy==1 && !pInfo->aOrderBy[0].desc
   && (pInfo->aOrderBy[0].iColumn==LISTING_POS || pInfo->aOrderBy[0].iColumn<0) ){
    pInfo->orderByConsumed = 1;   /* rows come in pos (= rowid) order */
  }
  return SQLITE_OK;
}

static int listingOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  int rc = tvf_open(sizeof(ListingCursor), ppCursor);
  (void)pVtab;
  if( rc==SQLITE_OK ) ((ListingCursor*)*ppCursor)->eof = 1;
  return rc;
}

static void listingReset(ListingCursor *pCur){
  html_page_free(&pCur->page);
  pCur->zText = 0;
  pCur->eof = 1;
}

static int listingClose(sqlite3_vtab_cursor *cur){
  ListingCursor *pCur = (ListingCursor*)cur;
  listingReset(pCur);
  sqlite3_free(pCur->fold.z);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* The argument named zArg's bytes (tvf_arg_bytes()), and their check (tvf_check_text()). */
static int listingArgBytes(ListingCursor *pCur, sqlite3_value *pArg, const char *zArg,
                           const char **pz, size_t *pn){
  return tvf_arg_bytes(pCur->base.pVtab, pArg, "listing", zArg, pz, pn);
}

static int listingCheckText(ListingCursor *pCur, const char *zArg, const char *z, size_t n){
  return tvf_check_text(pCur->base.pVtab, "listing", zArg, z, n);
}

/* The argument named zArg as TEXT or a BLOB of UTF-8 without a NUL byte (listingArgBytes(),
** then listingCheckText()). */
static int listingTextArg(ListingCursor *pCur, sqlite3_value *pArg, const char *zArg,
                          const char **pz, size_t *pn){
  int rc = listingArgBytes(pCur, pArg, zArg, pz, pn);
  if( rc==SQLITE_OK && *pz ) rc = listingCheckText(pCur, zArg, *pz, *pn);
  return rc;
}

/* Take the input: check it and read it in place (see the header), or turn saved HTML into text
** and links, resolved against pBaseUrl when the page names no base of its own. The input's
** errors come before base_url's. */
static int listingLoadInput(ListingCursor *pCur, sqlite3_value *pArg, sqlite3_value *pBaseUrl){
  const char *z, *zBase = 0;
  size_t n, nBase = 0;
  int isHtml = 0;
  int rc = listingArgBytes(pCur, pArg, "input", &z, &n);
  if( rc==SQLITE_OK && z ){
    isHtml = html_looks_like_markup(z, n);
    rc = listingCheckText(pCur, "input", z, n);
  }
  if( rc==SQLITE_OK && pBaseUrl ) rc = listingTextArg(pCur, pBaseUrl, "base_url", &zBase, &nBase);
  if( rc!=SQLITE_OK || z==0 ){
    html_page_free(&pCur->page);
    return rc;
  }
  if( isHtml ){
    switch( html_read_page(z, n, zBase, nBase, &pCur->page) ){
      case ARCH_OK: break;
      case ARCH_NOMEM: return SQLITE_NOMEM;
      case ARCH_ERROR:
        return tvf_error(pCur->base.pVtab, "listing: the HTML page could not be read");
    }
    z = pCur->page.zText;
    n = pCur->page.nText;
  }
  pCur->zText = z;
  listing_scanner_init(&pCur->scanner, z, n);
  listing_scanner_links(&pCur->scanner, pCur->page.aLink, pCur->page.nLink);
  if( isHtml && pCur->page.has_heading ){
    listing_scanner_heading(&pCur->scanner, pCur->page.heading);
  }
  return SQLITE_OK;
}

/* Compare as SQLite compares two TEXT values with the BINARY collation. */
static int compare_text(const char *a, int na, const char *b, int nb){
  int c = memcmp(a, b, (size_t)(na<nb ? na : nb));
  return c ? c : na-nb;
}

/* Does the current record meet every pushed-down constraint? */
static int listingInRange(const ListingCursor *pCur){
  const ListingRecord *pRec = &pCur->rec;
  int i;
  if( pCur->nRange==0 ) return 1;
  if( pRec->date_kind!=ARCH_DATE_FOUND ) return 0;   /* NULL dates meet no constraint */
  for(i=0; i<pCur->nRange; i++){
    const ListingRange *r = &pCur->aRange[i];
    char zIso[11];
    int c;
    arch_date_bound_iso(&pRec->date, r->iCol==LISTING_DATE_END, zIso);
    c = compare_text(zIso, 10, r->zValue, r->nValue);
    switch( r->op ){
      case SQLITE_INDEX_CONSTRAINT_EQ: if( c!=0 ) return 0; break;
      case SQLITE_INDEX_CONSTRAINT_GT: if( c<=0 ) return 0; break;
      case SQLITE_INDEX_CONSTRAINT_GE: if( c<0 ) return 0; break;
      case SQLITE_INDEX_CONSTRAINT_LT: if( c>=0 ) return 0; break;
      case SQLITE_INDEX_CONSTRAINT_LE: if( c>0 ) return 0; break;
    }
  }
  return 1;
}

static int listingNext(sqlite3_vtab_cursor *cur){
  ListingCursor *pCur = (ListingCursor*)cur;
  do{
    if( pCur->zText==0 || !listing_next(&pCur->scanner, &pCur->rec) ){
      pCur->eof = 1;
      break;
    }
  }while( !listingInRange(pCur) );
  return SQLITE_OK;
}

/* Keep the constraints that idxNum names whose values are TEXT of at most 10 bytes, which is
** what an ISO date is; others are left to SQLite. Their values are argv[iArg], argv[iArg+1],
** ... in the order of the bits. */
static void listingSetRanges(ListingCursor *pCur, int idxNum, int iArg, int argc,
                             sqlite3_value **argv){
  int bit;
  pCur->nRange = 0;
  for(bit=0; bit<LISTING_RANGE_BITS && iArg<argc; bit++){
    sqlite3_value *pVal;
    ListingRange *r;
    if( (idxNum & (1<<bit))==0 ) continue;
    pVal = argv[iArg++];
    if( sqlite3_value_type(pVal)!=SQLITE_TEXT || sqlite3_value_bytes(pVal)>10 ) continue;
    r = &pCur->aRange[pCur->nRange++];
    r->iCol = bit<LISTING_N_OP ? LISTING_DATE_START : LISTING_DATE_END;
    r->op = aRangeOp[bit % LISTING_N_OP];
    r->nValue = sqlite3_value_bytes(pVal);
    memcpy(r->zValue, sqlite3_value_text(pVal), (size_t)r->nValue);
  }
}

static int listingFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                         int argc, sqlite3_value **argv){
  ListingCursor *pCur = (ListingCursor*)cur;
  int rc, iBaseUrl;
  if( idxNum & TVF_NO_ARGUMENT ) return tvf_missing_argument(cur->pVtab, LISTING_USAGE);
  listingReset(pCur);
  if( argc<1 ) return SQLITE_OK;
  iBaseUrl = (idxNum & LISTING_BASE_URL_BIT) && argc>1 ? 1 : 0;
  listingSetRanges(pCur, idxNum, iBaseUrl ? 2 : 1, argc, argv);
  rc = listingLoadInput(pCur, argv[0], iBaseUrl ? argv[iBaseUrl] : 0);
  if( rc!=SQLITE_OK ) return rc;
  pCur->eof = 0;
  return listingNext(cur);
}

static int listingEof(sqlite3_vtab_cursor *cur){
  return ((ListingCursor*)cur)->eof;
}

static int listingRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((ListingCursor*)cur)->rec.pos;
  return SQLITE_OK;
}

/* Return a field with its white space folded (see text_fold_space()), or NULL when absent. */
static int resultSpan(ListingCursor *pCur, sqlite3_context *ctx, const ListingSpan *pSpan){
  const char *z;
  size_t n;
  int rc;
  if( pSpan->z==0 ) return SQLITE_OK;
  rc = tvf_fold_space(&pCur->fold, pSpan->z, pSpan->n, &z, &n);
  if( rc==SQLITE_OK ) sqlite3_result_text64(ctx, z, n, SQLITE_TRANSIENT, SQLITE_UTF8);
  return rc;
}

static void resultCount(sqlite3_context *ctx, int64_t v){
  if( v>=0 ) sqlite3_result_int64(ctx, v);
}

static int listingColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  ListingCursor *pCur = (ListingCursor*)cur;
  const ListingRecord *pRec = &pCur->rec;
  int hasRange = pRec->date_kind==ARCH_DATE_FOUND;
  switch( iCol ){
    case LISTING_POS:        sqlite3_result_int64(ctx, pRec->pos); break;
    case LISTING_RANK:       resultCount(ctx, pRec->rank); break;
    case LISTING_TOTAL:      resultCount(ctx, pRec->total); break;
    case LISTING_DATE_TEXT:  return resultSpan(pCur, ctx, &pRec->date_text);
    case LISTING_DATE_START: if( hasRange ) sql_result_date_bound(ctx, &pRec->date, 0); break;
    case LISTING_DATE_END:   if( hasRange ) sql_result_date_bound(ctx, &pRec->date, 1); break;
    case LISTING_TITLE:      return resultSpan(pCur, ctx, &pRec->title);
    case LISTING_SUMMARY:    return resultSpan(pCur, ctx, &pRec->summary);
    case LISTING_URL:
      if( pRec->url.z ){
        sqlite3_result_text64(ctx, pRec->url.z, pRec->url.n, SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      break;
    case LISTING_KIND: {
      const char *zKind = listing_kind(pRec->title.z, pRec->title.n);
      if( zKind ) sqlite3_result_text(ctx, zKind, -1, SQLITE_STATIC);
      break;
    }
    default: break;   /* the hidden arguments are never read back */
  }
  return SQLITE_OK;
}

static sqlite3_module listingModule = {
  /* iVersion    */ 0,
  /* xCreate     */ 0,   /* eponymous only: listing(...) needs no CREATE VIRTUAL TABLE */
  /* xConnect    */ listingConnect,
  /* xBestIndex  */ listingBestIndex,
  /* xDisconnect */ tvf_disconnect,
  /* xDestroy    */ 0,
  /* xOpen       */ listingOpen,
  /* xClose      */ listingClose,
  /* xFilter     */ listingFilter,
  /* xNext       */ listingNext,
  /* xEof        */ listingEof,
  /* xColumn     */ listingColumn,
  /* xRowid      */ listingRowid,
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

int archivist_register_listing(SqlRegistry *pReg){
  xmlInitParser();   /* set libxml2 up before threads use it; later calls are no-ops */
  return sql_create_module(pReg, "listing", &listingModule, 0, 0);
}
