/*
** oom.c: out-of-memory test of the archivist extension, as SQLite's own malloc tests do it.
**
**     oom EXT FIXTURE_DIR
**
** A fault-injecting allocator wraps SQLite's default one (SQLITE_CONFIG_GETMALLOC, then
** SQLITE_CONFIG_MALLOC before sqlite3_initialize). It counts the allocations (xMalloc and
** xRealloc) made while it is armed and fails the Nth, and then either every one after it
** ("persistent" mode, as SQLite's tests do with -persist 1) or only that one ("transient").
** It also keeps the number of outstanding allocations and bytes, and puts a header and a
** 16-byte guard after every block, so that a write past the end of an sqlite3_malloc() block
** or a free of a foreign pointer is reported too.
**
** What is swept:
**
**   1. The extension's load: sqlite3_load_extension() on a fresh connection (this builds the
**      name authority, registers every function, module and the FTS5 tokenizer), with fault N
**      for N = 1 .. the number of allocations a clean load makes (with a stride when that is
**      above 5,000, to stay under a minute; the run says when it strides). Each time the
**      result must be success or an out-of-memory failure, a successful load must have
**      registered everything (a verification script must give the clean load's output), and
**      after sqlite3_close() the outstanding allocations must be back to the baseline.
**
**   2. Each statement of a scenario that calls every SQL function and table-valued function
**      of the extension, and the FTS5 tokenizer (create, insert two rows, MATCH, highlight),
**      plus a few statements whose right answer is an error (listing(1963), ...). A clean run
**      first gives the reference: result codes, error message, rows. Then for N = 1, 2, 3, ...
**      the statement runs (prepare, bind, step to the end, finalize) with fault N, until it
**      runs through without the fault being hit. Every result of prepare and step must be
**      SQLITE_OK / ROW / DONE, the clean run's own error, or SQLITE_NOMEM (SQLITE_IOERR_NOMEM,
**      or SQLITE_ERROR with an "out of memory" message, count as that too); the clean run's
**      error with another message (one the extension puts in when it cannot allocate the
**      real one) is accepted and noted. A run that succeeds although a fault was hit (SQLite
**      tolerates some failed allocations) must give the clean run's rows, and for the FTS5
**      statements a check script (MATCH queries, FTS5's integrity-check) must then print
**      what it prints after the clean run.
**      Leaks: after sqlite3_finalize() the outstanding allocations must be what they were
**      before the statement. Statements that change the database work in an ATTACHed
**      in-memory database "aux" and the count is compared after DETACH (a database's page
**      cache keeps what a statement wrote). SQLite drops some caches when an allocation
**      fails (and builds them again on the next run), so a count below the one before is
**      not a failure, and after such a run a clean run comes first; before every run of the
**      "aux" statements too. At the end of each sweep the connection is closed, and the
**      count must be back to the baseline of no connection.
**      The table-valued functions are also swept "cold": a fresh connection per run, so that
**      their xConnect (an eponymous virtual table is connected once per connection, on first
**      use, while a statement is prepared) and xBestIndex run under the fault too; N goes up
**      to the allocations of the prepare (what follows is what the warm sweep covers), and
**      the leak check is after sqlite3_close(). Each cold run loads the extension again,
**      which takes some 30 ms: these sweeps are most of the run time (under a minute).
**
** Lookaside is turned off (SQLITE_CONFIG_LOOKASIDE 0, 0), so that every allocation SQLite
** makes goes through the allocator and can be failed.
**
** Outside this test: libxml2 (saved HTML pages), utf8proc and libstemmer (the FTS5 stemmers
** and stem()) allocate with the C library's malloc(), not SQLite's, so their own allocations
** are neither counted nor failed here. Only what the extension and SQLite allocate through
** sqlite3_malloc() (the extension's cores use arch_alloc.h, which is sqlite3_realloc64()) is.
**
** Each sweep runs in a child process (fork), so that a crash is reported as a failure with
** the N it happened at, and the sweep goes on from N+1.
**
** Output: failure details, then a line per sweep (statement, mode, the range of N at which a
** fault was injected, runs, failures), and a final line "oom: P passed, F failed" counting
** sweeps. The exit status is 1 on any failure.
**
** Environment, to look into a failure: OOM_ONLY=TEXT (only the sweeps whose name holds TEXT),
** OOM_START=N, OOM_NOFORK=1 (in this process, for gdb), OOM_TRACE=1 (print the stack of the
** failed allocation, and of each block a leak check finds), OOM_PIN_EXTENSION=1 (dlopen the
** extension once more, so that it stays mapped after a failed load).
*/
#define _GNU_SOURCE
#include <sqlite3.h>

#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- the allocator */

#define HDR_MAGIC  0x6172636869766973ULL     /* "archivis" */
#define FREE_MAGIC 0x646561646465616cULL
#define GUARD_BYTES 16
#define GUARD_BYTE 0xA5

typedef struct Hdr {
  uint64_t magic;
  uint64_t size;                /* the size SQLite asked for */
} Hdr;                          /* 16 bytes: the block after it keeps malloc()'s alignment */

static struct {
  sqlite3_mem_methods orig;     /* SQLite's default allocator */
  int armed;                    /* counting (and maybe failing) allocations */
  int persist;                  /* fail every allocation after the iFail-th too */
  long long iFail;              /* the allocation to fail, 1-based; 0: none */
  long long nCall;              /* allocations attempted while armed */
  long long nHit;               /* allocations failed */
  long long nOut;               /* outstanding allocations */
  long long nBytes;             /* outstanding bytes */
  long long nCorrupt;           /* damaged guards or headers seen */
} F;

/* OOM_TRACE=1 (with OOM_ONLY and OOM_START, in-process with OOM_NOFORK=1): remember where each
** block allocated while armed came from, and print the stacks of those a leak check finds
** still outstanding. For finding the allocation a leak report is about. */
#define TRACE_MAX 4096
#define TRACE_DEPTH 16
static struct {
  int on;
  int n;
  void *ap[TRACE_MAX];
  void *aFrame[TRACE_MAX][TRACE_DEPTH];
  int anFrame[TRACE_MAX];
} T;

static void trace_add(void *p){
  if( !T.on || !F.armed || T.n>=TRACE_MAX ) return;
  T.ap[T.n] = p;
  T.anFrame[T.n] = backtrace(T.aFrame[T.n], TRACE_DEPTH);
  T.n++;
}
static void trace_forget(void *p){
  int i;
  if( !T.on ) return;
  for(i=0; i<T.n; i++) if( T.ap[i]==p ){ T.ap[i] = 0; return; }
}
static void trace_move(void *pOld, void *pNew){
  int i;
  if( !T.on ) return;
  for(i=0; i<T.n; i++) if( T.ap[i]==pOld ){ T.ap[i] = pNew; return; }
}
static void trace_report(void){
  int i;
  if( !T.on ) return;
  for(i=0; i<T.n; i++){
    if( T.ap[i]==0 ) continue;
    printf("    outstanding block %p, allocated at:\n", T.ap[i]);
    fflush(stdout);
    backtrace_symbols_fd(T.aFrame[i], T.anFrame[i], 1);
  }
  T.n = 0;
}

static const char *g_zWhere = "";    /* what runs now, for corruption reports */
static long long g_iWhereN = 0;

static int fault_fails_now(void){
  if( !F.armed ) return 0;
  F.nCall++;
  if( F.iFail>0 && (F.nCall==F.iFail || (F.persist && F.nCall>F.iFail)) ){
    F.nHit++;
    if( T.on && F.nCall==F.iFail ){
      void *aFrame[TRACE_DEPTH];
      int n = backtrace(aFrame, TRACE_DEPTH);
      printf("    the allocation failed (N=%lld):\n", F.iFail);
      fflush(stdout);
      backtrace_symbols_fd(aFrame, n, 1);
    }
    return 1;
  }
  return 0;
}

static void set_guard(Hdr *h){
  memset((char*)(h+1) + h->size, GUARD_BYTE, GUARD_BYTES);
}

static void check_block(Hdr *h, const char *zOp){
  const unsigned char *g;
  char zN[40];
  int i;
  if( h->magic!=HDR_MAGIC ){
    F.nCorrupt++;
    fprintf(stdout, "    FAIL heap: %s of a block whose header is damaged or already freed "
            "(magic %016llx) during %s, %s%lld\n", zOp, (unsigned long long)h->magic,
            g_zWhere, g_iWhereN ? "N=" : "a clean run ", g_iWhereN);
    fflush(stdout);
    return;
  }
  if( g_iWhereN ) snprintf(zN, sizeof(zN), "N=%lld", g_iWhereN);
  else snprintf(zN, sizeof(zN), "a clean run");
  g = (const unsigned char*)(h+1) + h->size;
  for(i=0; i<GUARD_BYTES; i++){
    if( g[i]!=GUARD_BYTE ){
      F.nCorrupt++;
      fprintf(stdout, "    FAIL heap: write past the end of a %llu-byte sqlite3_malloc() block "
              "(guard byte %d overwritten) seen at %s, during %s, %s\n",
              (unsigned long long)h->size, i, zOp, g_zWhere, zN);
      fflush(stdout);
      return;
    }
  }
}

static void *faultMalloc(int n){
  Hdr *h;
  if( fault_fails_now() ) return 0;
  h = F.orig.xMalloc(n + (int)sizeof(Hdr) + GUARD_BYTES);
  if( h==0 ) return 0;
  h->magic = HDR_MAGIC;
  h->size = (uint64_t)n;
  set_guard(h);
  F.nOut++;
  F.nBytes += n;
  trace_add(h+1);
  return h+1;
}

static void faultFree(void *p){
  Hdr *h;
  if( p==0 ) return;
  h = (Hdr*)p - 1;
  check_block(h, "free");
  trace_forget(p);
  F.nOut--;
  F.nBytes -= (long long)h->size;
  h->magic = FREE_MAGIC;
  F.orig.xFree(h);
}

static void *faultRealloc(void *p, int n){
  Hdr *h = (Hdr*)p - 1, *hNew;
  uint64_t nOld;
  check_block(h, "realloc");
  if( fault_fails_now() ) return 0;
  nOld = h->size;
  hNew = F.orig.xRealloc(h, n + (int)sizeof(Hdr) + GUARD_BYTES);
  if( hNew==0 ) return 0;
  hNew->size = (uint64_t)n;
  set_guard(hNew);
  F.nBytes += (long long)n - (long long)nOld;
  trace_move(p, hNew+1);
  return hNew+1;
}

static int faultSize(void *p){
  return p ? (int)((Hdr*)p - 1)->size : 0;
}

static int faultRoundup(int n){ return F.orig.xRoundup(n); }
static int faultInit(void *p){ return F.orig.xInit(p); }
static void faultShutdown(void *p){ F.orig.xShutdown(p); }

static void install_allocator(void){
  static sqlite3_mem_methods m;
  if( sqlite3_config(SQLITE_CONFIG_GETMALLOC, &F.orig)!=SQLITE_OK ){
    fprintf(stderr, "oom: SQLITE_CONFIG_GETMALLOC failed\n");
    exit(2);
  }
  m = F.orig;
  m.xMalloc = faultMalloc;
  m.xFree = faultFree;
  m.xRealloc = faultRealloc;
  m.xSize = faultSize;
  m.xRoundup = faultRoundup;
  m.xInit = faultInit;
  m.xShutdown = faultShutdown;
  m.pAppData = 0;
  if( sqlite3_config(SQLITE_CONFIG_MALLOC, &m)!=SQLITE_OK
   || sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0)!=SQLITE_OK
   || sqlite3_initialize()!=SQLITE_OK ){
    fprintf(stderr, "oom: cannot install the fault-injecting allocator\n");
    exit(2);
  }
}

static void arm(long long iFail, int persist){
  T.n = 0;
  F.nCall = 0;
  F.nHit = 0;
  F.iFail = iFail;
  F.persist = persist;
  F.armed = 1;
}

static void disarm(void){
  F.armed = 0;
}

/* ---------------------------------------------------------------- text buffers (libc) */

typedef struct Buf {
  char *z;
  size_t n, nAlloc;
} Buf;

static void buf_append(Buf *b, const char *z, size_t n){
  if( b->n+n+1>b->nAlloc ){
    size_t nNew = b->nAlloc ? b->nAlloc*2 : 256;
    while( nNew<b->n+n+1 ) nNew *= 2;
    b->z = realloc(b->z, nNew);
    if( b->z==0 ){ perror("oom: realloc"); exit(2); }
    b->nAlloc = nNew;
  }
  memcpy(b->z+b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

static void buf_printf(Buf *b, const char *zFormat, ...){
  char z[512];
  va_list ap;
  int n;
  va_start(ap, zFormat);
  n = vsnprintf(z, sizeof(z), zFormat, ap);
  va_end(ap);
  if( n<0 ) return;
  buf_append(b, z, (size_t)n<sizeof(z) ? (size_t)n : sizeof(z)-1);
}

static void buf_reset(Buf *b){
  b->n = 0;
  if( b->z ) b->z[0] = 0;
}

static const char *buf_str(const Buf *b){ return b->z ? b->z : ""; }

/* ---------------------------------------------------------------- running SQL */

/* The outcome of one statement. */
typedef struct Outcome {
  long long nPrepareAllocs;     /* allocations made up to the end of sqlite3_prepare() */
  int rcPrepare;
  int rcStep;                   /* the last sqlite3_step() result; 0 when never stepped */
  int rcFinalize;
  char zErr[400];               /* sqlite3_errmsg() after the failing call */
  Buf out;                      /* the rows, as text */
} Outcome;

static void outcome_reset(Outcome *o){
  o->rcPrepare = o->rcStep = o->rcFinalize = 0;
  o->nPrepareAllocs = 0;
  o->zErr[0] = 0;
  buf_reset(&o->out);
}

/* Read a row's columns by their type, so that reading allocates nothing: no conversions. */
static int append_row(sqlite3_stmt *pStmt, Buf *b){
  int i, n = sqlite3_column_count(pStmt);
  for(i=0; i<n; i++){
    if( i ) buf_append(b, "|", 1);
    switch( sqlite3_column_type(pStmt, i) ){
      case SQLITE_NULL:    buf_append(b, "NULL", 4); break;
      case SQLITE_INTEGER: buf_printf(b, "%lld", (long long)sqlite3_column_int64(pStmt, i)); break;
      case SQLITE_FLOAT:   buf_printf(b, "%.15g", sqlite3_column_double(pStmt, i)); break;
      case SQLITE_TEXT: {
        const unsigned char *z = sqlite3_column_text(pStmt, i);
        if( z==0 ) return SQLITE_NOMEM;
        buf_append(b, (const char*)z, (size_t)sqlite3_column_bytes(pStmt, i));
        break;
      }
      default:
        buf_printf(b, "<blob %d>", sqlite3_column_bytes(pStmt, i));
        break;
    }
  }
  buf_append(b, "\n", 1);
  return SQLITE_OK;
}

/* Run one statement: prepare, bind ?1 to the blob (when it has a parameter), step every row,
** finalize. */
static void run_stmt(sqlite3 *db, const char *zSql, const void *pBlob, int nBlob, Outcome *o){
  sqlite3_stmt *pStmt = 0;
  int rc;
  outcome_reset(o);
  o->rcPrepare = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  o->nPrepareAllocs = F.nCall;
  if( o->rcPrepare!=SQLITE_OK ){
    snprintf(o->zErr, sizeof(o->zErr), "%s", sqlite3_errmsg(db));
    sqlite3_finalize(pStmt);
    return;
  }
  if( pStmt==0 ) return;
  if( sqlite3_bind_parameter_count(pStmt)>=1 ){
    rc = sqlite3_bind_blob(pStmt, 1, pBlob, nBlob, SQLITE_STATIC);
    if( rc!=SQLITE_OK ){
      o->rcStep = rc;
      snprintf(o->zErr, sizeof(o->zErr), "bind: %s", sqlite3_errmsg(db));
      o->rcFinalize = sqlite3_finalize(pStmt);
      return;
    }
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    if( append_row(pStmt, &o->out)!=SQLITE_OK ){
      rc = sqlite3_errcode(db);
      if( rc==SQLITE_OK || rc==SQLITE_ROW ) rc = SQLITE_NOMEM;
      break;
    }
  }
  o->rcStep = rc;
  if( rc!=SQLITE_DONE ) snprintf(o->zErr, sizeof(o->zErr), "%s", sqlite3_errmsg(db));
  o->rcFinalize = sqlite3_finalize(pStmt);
}

/* Run a script (injection off) and append what it prints, errors included, to *pOut (when not
** NULL). Returns the sqlite3_exec() result. */
static int exec_cb(void *p, int n, char **az, char **azCol){
  Buf *b = (Buf*)p;
  int i;
  (void)azCol;
  if( b==0 ) return 0;
  for(i=0; i<n; i++){
    if( i ) buf_append(b, "|", 1);
    buf_printf(b, "%s", az[i] ? az[i] : "NULL");
  }
  buf_append(b, "\n", 1);
  return 0;
}

static int run_script(sqlite3 *db, const char *zSql, Buf *pOut){
  char *zErr = 0;
  int rc;
  if( zSql==0 ) return SQLITE_OK;
  rc = sqlite3_exec(db, zSql, exec_cb, pOut, &zErr);
  if( rc!=SQLITE_OK && pOut ) buf_printf(pOut, "error %d: %s\n", rc, zErr ? zErr : "?");
  sqlite3_free(zErr);
  return rc;
}

/* DETACH aux. First a statement that reads aux: after an out-of-memory error in an INSERT
** into an FTS5 table, SQLite 3.40 leaves a read transaction open on that database in
** autocommit mode (with FTS5's own unicode61 tokenizer too), and DETACH would fail with
** "database aux is locked"; the next statement that uses the database ends it. After DETACH,
** a prepare: SQLite frees the virtual tables a DETACH disconnects (the FTS5 table and its
** tokenizer) only at the next sqlite3_prepare(), and the count is compared after that. */
static int detach_aux(sqlite3 *db){
  int rc = run_script(db, "SELECT count(*) FROM aux.sqlite_schema", 0);
  if( rc==SQLITE_OK ) rc = run_script(db, "DETACH aux", 0);
  if( rc==SQLITE_OK ) rc = run_script(db, "SELECT 1", 0);
  return rc;
}

static int is_nomem(int rc, const char *zErr){
  if( rc==SQLITE_NOMEM || rc==SQLITE_IOERR_NOMEM ) return 1;
  return (rc & 0xff)==SQLITE_ERROR && zErr && strstr(zErr, "out of memory")!=0;
}

static int is_success(const Outcome *o){
  return o->rcPrepare==SQLITE_OK && (o->rcStep==SQLITE_DONE || o->rcStep==0)
      && o->rcFinalize==SQLITE_OK;
}

/* The same result codes, error message and rows as the clean run. */
static int same_outcome(const Outcome *a, const Outcome *b){
  return a->rcPrepare==b->rcPrepare && a->rcStep==b->rcStep
      && strcmp(a->zErr, b->zErr)==0 && strcmp(buf_str(&a->out), buf_str(&b->out))==0;
}

/* ---------------------------------------------------------------- files */

static char *read_file(const char *zPath, int *pn){
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ){ fprintf(stderr, "oom: cannot open %s: %s\n", zPath, strerror(errno)); exit(2); }
  if( fseek(f, 0, SEEK_END)!=0 || (n = ftell(f))<0 || fseek(f, 0, SEEK_SET)!=0 ){
    fprintf(stderr, "oom: cannot read %s\n", zPath);
    exit(2);
  }
  z = malloc((size_t)n + 1);
  if( z==0 || fread(z, 1, (size_t)n, f)!=(size_t)n ){
    fprintf(stderr, "oom: cannot read %s\n", zPath);
    exit(2);
  }
  z[n] = 0;
  fclose(f);
  *pn = (int)n;
  return z;
}

/* ---------------------------------------------------------------- the scenario */

enum { BIND_NONE = 0, BIND_SEED, BIND_HTML };

/* How a statement is run. */
enum {
  KIND_PURE = 0,   /* reads only: the connection is reused, warmed up by the clean run; the
                   ** outstanding count after finalize must equal the count before */
  KIND_AUX,        /* works in an ATTACHed database "aux": setup ATTACHes and fills it, the
                   ** leak check is after DETACH */
  KIND_COLD        /* a fresh connection per attempt (xConnect under the fault); the leak
                   ** check is after sqlite3_close() */
};

typedef struct Stmt {
  const char *zName;
  int eKind;
  int eBind;
  const char *zSetup;           /* run before each attempt, injection off */
  const char *zSql;             /* the statement swept */
  const char *zCheck;           /* run after an attempt that succeeded, injection off: must
                                ** print what it prints after the clean run */
} Stmt;

#define AUX_ATTACH "ATTACH ':memory:' AS aux;"
#define AUX_FTS    "CREATE VIRTUAL TABLE aux.ft USING fts5(title, summary, tokenize = 'archivist');"
#define AUX_ROWS \
  "INSERT INTO aux.ft(rowid, title, summary) VALUES" \
  " (1, 'Report on Conversation between Song Renqiong and Kim Il Sung'," \
  "  'Song Renqiong and Kim Il Sung exchanged views on the mutual assistance between China and" \
  " North Korea, revisionism opposition, and the Korean Workers’ Party.')," \
  " (2, 'Memorandum on the Conversation between Kim Il-sŏng and Todor Zhivkov'," \
  "  'Todor Zhivkov, First Secretary of the Bulgarian Communist Party, reports on his meeting" \
  " with Kim Il Sung. Zhivkov and Kim discussed global détente and the Cold War.')"
#define AUX_CHECK \
  "SELECT rowid FROM aux.ft WHERE ft MATCH 'Ким Ир Сен' ORDER BY rowid;" \
  "SELECT rowid FROM aux.ft WHERE ft MATCH 'discussion' ORDER BY rowid;" \
  "INSERT INTO aux.ft(ft) VALUES ('integrity-check');"

static const Stmt aStmt[] = {
  /* the table-valued functions */
  { "listing(seed blob)", KIND_PURE, BIND_SEED, 0,
    "SELECT pos, rank, total, date_text, date_start, date_end, title, summary, kind"
    " FROM listing(?1)", 0 },
  { "listing(seed) WHERE date range", KIND_PURE, BIND_SEED, 0,
    "SELECT pos, date_start, title FROM listing(?1)"
    " WHERE date_start >= '1960-01-01' AND date_end <= '1969-12-31' AND date_start <> '1960-02-02'",
    0 },
  { "listing(saved html)", KIND_PURE, BIND_HTML, 0,
    "SELECT pos, rank, total, date_text, date_start, date_end, title, summary, kind"
    " FROM listing(?1)", 0 },
  { "listing(integer): its error", KIND_PURE, BIND_NONE, 0,
    "SELECT * FROM listing(1963)", 0 },
  { "dates()", KIND_PURE, BIND_NONE, 0,
    "SELECT match, offset, length, date_start, date_end, edtf FROM dates("
    "'Political Report No. 8 for the Period of 1 December to 31 December 1953; '"
    " || 'Winter 1956/57, 08/10/1963, circa 1956 and 17 марта 1958 г.')", 0 },
  { "names()", KIND_PURE, BIND_NONE, 0,
    "SELECT name, canon, key, offset, length FROM names("
    "'Todor Zhivkov reports on his meeting with Kim Il Sung. Ambassador Ivanov met"
    " A.M. Puzanov and Ким Ир Сен.')", 0 },
  { "ris()", KIND_PURE, BIND_NONE, 0,
    "SELECT pos, type, title, authors, date_text, date_start, date_end, date_edtf, abstract, url,"
    " archive, location, language, keywords, tags FROM ris("
    "'TY  - GEN' || char(13, 10) || 'TI  - Telegram from Shtykov' || char(10)"
    " || ' to Gromyko and Stalin' || char(10) || 'AU  - Shtykov, Terentii' || char(10)"
    " || 'AU  - Kim, Il Sung' || char(10) || 'DA  - 1950/09/29/' || char(10)"
    " || 'AB  - First line.' || char(10, 10) || 'Second paragraph.' || char(10)"
    " || 'KW  - Korean War' || char(10) || 'UR  - https://digitalarchive.wilsoncenter.org/document/1'"
    " || char(10) || 'AV  - Fond 45' || char(10) || 'LA  - ru' || char(10) || 'ER  - ' || char(10)"
    " || 'TY  - JOUR' || char(10) || 'PY  - 1948' || char(10) || 'DA  - July' || char(10)"
    " || 'ER  - ')", 0 },
  { "ris(cut short): its error", KIND_PURE, BIND_NONE, 0,
    "SELECT * FROM ris('TY  - GEN' || char(10) || 'TI  - x')", 0 },
  { "listing() cold", KIND_COLD, BIND_SEED, 0,
    "SELECT count(*), max(title) FROM listing(?1)", 0 },
  { "dates() cold", KIND_COLD, BIND_NONE, 0,
    "SELECT count(*), max(edtf) FROM dates('Winter 1956/57 and 08/10/1963')", 0 },
  { "names() cold", KIND_COLD, BIND_NONE, 0,
    "SELECT count(*), max(canon) FROM names('Puzanov met Premier Kim Il Sung.')", 0 },
  /* the date functions */
  { "date_start", KIND_PURE, BIND_NONE, 0, "SELECT date_start('Winter 1956/57')", 0 },
  { "date_end", KIND_PURE, BIND_NONE, 0, "SELECT date_end('Winter 1956/57')", 0 },
  { "date_edtf", KIND_PURE, BIND_NONE, 0, "SELECT date_edtf('circa 1956')", 0 },
  { "date_parse", KIND_PURE, BIND_NONE, 0,
    "SELECT date_parse('08/10/1963'), date_parse('08/10/1963') ->> '$.flags'", 0 },
  { "date_overlaps", KIND_PURE, BIND_NONE, 0,
    "SELECT date_overlaps(x, 'from 1956 to 1967')"
    " FROM (VALUES ('1963'), ('1970'), ('Winter 1956/57'), (NULL))", 0 },
  { "date_within", KIND_PURE, BIND_NONE, 0,
    "SELECT date_within(x, '1950s') FROM (VALUES ('1955'), ('1961'), ('circa 1956'))", 0 },
  { "date_start(bad utf-8): its error", KIND_PURE, BIND_NONE, 0,
    "SELECT date_start(CAST(X'31393633FF' AS TEXT))", 0 },
  /* the name functions */
  { "name_key", KIND_PURE, BIND_NONE, 0,
    "SELECT name_key('Kim Ir Sen') = name_key('Kim Il Sung'), name_key('Ким Ир Сен')", 0 },
  { "name_canon", KIND_PURE, BIND_NONE, 0,
    "SELECT name_canon('Chruschtschow'), name_canon('Prof. Dr. Manfred Gerlach')", 0 },
  { "name_match", KIND_PURE, BIND_NONE, 0,
    "SELECT name_match('Kim Il', 'Kim Il Sung'), name_match('Mao Tse-tung', 'Mao Zedong')", 0 },
  { "name_similarity", KIND_PURE, BIND_NONE, 0,
    "SELECT round(name_similarity('Shytkov', 'Shtykov'), 6)", 0 },
  /* text */
  { "archivist_fold", KIND_PURE, BIND_NONE, 0,
    "SELECT archivist_fold('“Cultural  Revolution” – Kim Il-sŏng, Ким Ир Сен, Straße')", 0 },
  /* '½' (2 bytes) folds to '1⁄2' (5 bytes): more than the twice-plus-8 bytes archivist_fold()
  ** allocates; the allocator's guard bytes catch a write past the block (limits.sql has it with
  ** a longer string, where it crashes the shell) */
  { "archivist_fold(text that grows)", KIND_PURE, BIND_NONE, 0,
    "SELECT archivist_fold('½½½½½½½½½½½½½½½½½½½½')", 0 },
  { "archivist_version", KIND_PURE, BIND_NONE, 0, "SELECT archivist_version()", 0 },
  { "stem", KIND_PURE, BIND_NONE, 0, "SELECT stem('discusses')", 0 },
  { "stem(word, language)", KIND_PURE, BIND_NONE, 0,
    "SELECT stem('переговоры', 'russian')", 0 },
  { "stem(unknown language): its error", KIND_PURE, BIND_NONE, 0,
    "SELECT stem('word', 'klingon')", 0 },
  /* the FTS5 tokenizer */
  { "fts5 create (tokenizer)", KIND_AUX, BIND_NONE, AUX_ATTACH,
    "CREATE VIRTUAL TABLE aux.ft USING fts5(title, summary, tokenize = 'archivist')",
    AUX_ROWS ";" AUX_CHECK },
  { "fts5 insert two rows", KIND_AUX, BIND_NONE, AUX_ATTACH AUX_FTS, AUX_ROWS, AUX_CHECK },
  { "fts5 MATCH", KIND_AUX, BIND_NONE, AUX_ATTACH AUX_FTS AUX_ROWS ";",
    "SELECT rowid, title FROM aux.ft WHERE ft MATCH 'Kim Ir Sen' ORDER BY rowid", 0 },
  { "fts5 highlight", KIND_AUX, BIND_NONE, AUX_ATTACH AUX_FTS AUX_ROWS ";",
    "SELECT rowid, highlight(ft, 0, '[', ']') FROM aux.ft WHERE ft MATCH 'Ким Ир Сен'"
    " ORDER BY rowid", 0 },
};

/* After a successful load: everything must be there (and work). */
static const char zVerifyLoad[] =
  "SELECT archivist_version(), archivist_fold('Ä'), date_start('1963'), date_end('1963'),"
  " date_edtf('1963'), date_parse('1963'), date_overlaps('1963', '1963'),"
  " date_within('1963', '1963'), name_key('Kim Il Sung'), name_canon('Kim Ir Sen'),"
  " name_match('Kim Il Sung', 'Kim Ir Sen'), round(name_similarity('Kim', 'Kim'), 3),"
  " stem('discusses'), stem('discusses', 'english');"
  "SELECT count(*) FROM listing('October 8, 1963' || char(10) || char(10) || 'Cable from X');"
  "SELECT count(*) FROM dates('Winter 1956/57');"
  "SELECT count(*) FROM names('Kim Il Sung');"
  "CREATE VIRTUAL TABLE temp.ftcheck USING fts5(x, tokenize = 'archivist');"
  "INSERT INTO temp.ftcheck VALUES ('Kim Il Sung');"
  "SELECT count(*) FROM temp.ftcheck WHERE ftcheck MATCH 'Ким Ир Сен';"
  "DROP TABLE temp.ftcheck;";

/* ---------------------------------------------------------------- sweeps */

static const char *g_zExt;
static const char *g_zSeed, *g_zHtml;
static int g_nSeed, g_nHtml;

/* What a child process tells its parent, in shared memory. */
typedef struct Shared {
  long long iCur;               /* the N being tried (for a crash report) */
  long long nSwept;             /* attempts made */
  long long nMaxHit;            /* the last N at which a fault was injected */
  long long nFail;              /* attempts that failed */
  long long nTotal;             /* allocations of the clean run */
  long long nStride;
  long long nNoReason;          /* load failures without a reason (see the load sweep) */
  long long nDegraded;          /* errors whose message was replaced under the fault */
  long long nCold;              /* COLD: allocations of the clean run's prepare */
  char zPhase[64];              /* what the child was doing (for a crash report) */
  char zDegraded[300];          /* the first of them */
} Shared;

static Shared *g_pShared;

/* Failures of consecutive N that are alike are reported as one range: "N=150..163 (each)". The
** pending range lives in shared memory, as the child and the parent (for a crash) add to it. */
typedef struct Range {
  long long iFirst, iLast;
  char zMsg[700];
} Range;
static Range *g_pRange;

static void range_flush(void){
  if( g_pRange->iFirst<=0 ) return;
  if( g_pRange->iFirst==g_pRange->iLast ){
    printf("    FAIL N=%lld: %s\n", g_pRange->iFirst, g_pRange->zMsg);
  }else{
    printf("    FAIL N=%lld..%lld (each): %s\n", g_pRange->iFirst, g_pRange->iLast,
           g_pRange->zMsg);
  }
  fflush(stdout);
  g_pRange->iFirst = g_pRange->iLast = 0;
}

static void range_note(long long n, long long nStride, const char *zMsg){
  if( g_pRange->iFirst>0 && n==g_pRange->iLast + nStride && strcmp(zMsg, g_pRange->zMsg)==0 ){
    g_pRange->iLast = n;
    return;
  }
  range_flush();
  g_pRange->iFirst = g_pRange->iLast = n;
  snprintf(g_pRange->zMsg, sizeof(g_pRange->zMsg), "%s", zMsg);
}

static void phase(const char *z){
  snprintf(g_pShared->zPhase, sizeof(g_pShared->zPhase), "%s", z);
}

static int g_nDetail;           /* failure details printed in this sweep */
#define MAX_DETAIL 8

/* A failure of the load sweep at N: counted, and reported with its neighbours. */
static void load_failure(long long n, long long nStride, const char *zFormat, ...){
  char z[700];
  va_list ap;
  va_start(ap, zFormat);
  vsnprintf(z, sizeof(z), zFormat, ap);
  va_end(ap);
  g_pShared->nFail++;
  range_note(n, nStride, z);
}

static void fail_detail(const char *zFormat, ...){
  va_list ap;
  g_pShared->nFail++;
  if( g_nDetail++>=MAX_DETAIL ){
    if( g_nDetail==MAX_DETAIL+1 ) printf("    (more failures: details left out)\n");
    return;
  }
  printf("    FAIL ");
  va_start(ap, zFormat);
  vprintf(zFormat, ap);
  va_end(ap);
  printf("\n");
  fflush(stdout);
}

static sqlite3 *open_db(void){
  sqlite3 *db = 0;
  if( sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0)!=SQLITE_OK ){
    fprintf(stderr, "oom: cannot open a database: %s\n", db ? sqlite3_errmsg(db) : "?");
    exit(2);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_enable_load_extension(db, 1);
  return db;
}

static sqlite3 *open_loaded(void){
  sqlite3 *db = open_db();
  char *zErr = 0;
  if( sqlite3_load_extension(db, g_zExt, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "oom: cannot load %s: %s\n", g_zExt, zErr ? zErr : "?");
    exit(2);
  }
  sqlite3_free(zErr);
  /* The first error on a connection allocates the value that holds its message
  ** (db->pErr, two allocations) and keeps it until sqlite3_close(): make that happen now,
  ** or the first attempt that fails would seem to leak it. */
  sqlite3_exec(db, "SELECT a_function_that_does_not_exist_so_that_an_error_message_is_kept()",
               0, 0, 0);
  return db;
}

static void close_db(sqlite3 *db){
  int rc = sqlite3_close(db);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "oom: sqlite3_close: %d (%s)\n", rc, sqlite3_errmsg(db));
    exit(2);
  }
}

static long long g_nBaseline;   /* outstanding allocations with no connection open */
static long long g_nBaselineBytes;

static void set_baseline(void){
  /* one connection opened, loaded and closed first, so that whatever SQLite sets up once per
  ** process is there */
  sqlite3 *db = open_loaded();
  close_db(db);
  g_nBaseline = F.nOut;
  g_nBaselineBytes = F.nBytes;
}

static const char *rc_name(int rc){
  static char z[64];
  const char *zName = sqlite3_errstr(rc);
  snprintf(z, sizeof(z), "%d (%s)", rc, zName ? zName : "?");
  return z;
}

static void describe(const Outcome *o, char *z, size_t n){
  snprintf(z, n, "prepare %d, step %d, finalize %d, \"%s\"", o->rcPrepare, o->rcStep,
           o->rcFinalize, o->zErr);
}

/* Check one attempt's result codes against the clean run's. Returns 1 when acceptable, 2 when
** acceptable with a note (zWhy), 0 when not (zWhy says why). */
static int codes_ok(const Outcome *o, const Outcome *ref, int nHit, char *zWhy, size_t nWhy){
  if( nHit==0 ){
    if( !same_outcome(o, ref) ){
      snprintf(zWhy, nWhy, "no fault was hit, yet the result differs from the clean run");
      return 0;
    }
    return 1;
  }
  if( o->rcPrepare!=SQLITE_OK ){
    if( is_nomem(o->rcPrepare, o->zErr) ) return 1;
    if( o->rcPrepare==ref->rcPrepare && strcmp(o->zErr, ref->zErr)==0 ) return 1;
    snprintf(zWhy, nWhy, "prepare returned %s", rc_name(o->rcPrepare));
    return 0;
  }
  if( o->rcStep!=SQLITE_DONE && o->rcStep!=0 ){
    if( is_nomem(o->rcStep, o->zErr) ) return 1;
    if( o->rcStep==ref->rcStep && strncmp(buf_str(&o->out), buf_str(&ref->out), o->out.n)==0 ){
      /* the statement's own error, as in the clean run */
      if( strcmp(o->zErr, ref->zErr)==0 ) return 1;
      /* the same error, but the message could not be allocated and a shorter one stands in
      ** for it: acceptable, noted */
      snprintf(zWhy, nWhy, "\"%.80s\" instead of \"%.80s...\"", o->zErr, ref->zErr);
      return 2;
    }
    snprintf(zWhy, nWhy, "step returned %s", rc_name(o->rcStep));
    return 0;
  }
  if( o->rcFinalize!=SQLITE_OK && !is_nomem(o->rcFinalize, o->zErr) ){
    snprintf(zWhy, nWhy, "finalize returned %s", rc_name(o->rcFinalize));
    return 0;
  }
  /* it ran through although an allocation failed: the rows must be the clean run's */
  if( strcmp(buf_str(&o->out), buf_str(&ref->out))!=0 || ref->rcStep!=o->rcStep ){
    snprintf(zWhy, nWhy, "succeeded after a failed allocation, but with other rows");
    return 0;
  }
  return 1;
}

/* Sweep one statement from N = iStart. */
static void sweep_stmt(const Stmt *p, int persist, long long iStart){
  const void *pBlob = p->eBind==BIND_SEED ? (const void*)g_zSeed
                    : p->eBind==BIND_HTML ? (const void*)g_zHtml : 0;
  int nBlob = p->eBind==BIND_SEED ? g_nSeed : p->eBind==BIND_HTML ? g_nHtml : 0;
  Outcome ref, o;
  Buf refCheck = {0, 0, 0}, check = {0, 0, 0};
  sqlite3 *db = 0;
  long long n, nBefore, nBytesBefore;
  int needWarm = 0;
  long long nLast;              /* COLD: the last N to try (see below) */
  char zWhy[400], zDesc[600];

  memset(&ref, 0, sizeof(ref));
  memset(&o, 0, sizeof(o));
  g_zWhere = p->zName;
  g_iWhereN = 0;

  /* The clean run: the reference result and the allocation count; it also warms the
  ** connection up (eponymous virtual tables connected, auxdata, ...). */
  db = open_loaded();
  if( run_script(db, p->zSetup, 0)!=SQLITE_OK ){
    fail_detail("setup failed: %s", sqlite3_errmsg(db));
    close_db(db);
    return;
  }
  arm(0, 0);
  run_stmt(db, p->zSql, pBlob, nBlob, &ref);
  disarm();
  g_pShared->nTotal = F.nCall;
  nLast = p->eKind==KIND_COLD ? ref.nPrepareAllocs : 0;
  g_pShared->nCold = nLast;
  if( p->zCheck && is_success(&ref) ) run_script(db, p->zCheck, &refCheck);
  if( p->eKind==KIND_AUX ) detach_aux(db);
  if( p->eKind==KIND_COLD ){
    close_db(db);
    db = 0;
    if( F.nOut!=g_nBaseline ){
      fail_detail("a clean run leaves %lld allocations behind after sqlite3_close()",
                  F.nOut - g_nBaseline);
    }
  }else{
    /* Without a fault the statement must leave the count as it found it, or the leak check
    ** below means nothing. */
    nBefore = F.nOut;
    run_script(db, p->zSetup, 0);
    run_stmt(db, p->zSql, pBlob, nBlob, &o);
    if( p->eKind==KIND_AUX ) detach_aux(db);
    if( F.nOut!=nBefore ){
      fail_detail("a second clean run leaves %lld allocations behind", F.nOut - nBefore);
    }
  }

  for(n=iStart; ; n++){
    long long nHit;
    int ok;
    g_pShared->iCur = n;
    g_iWhereN = n;
    phase("opening a connection");
    if( db==0 ) db = open_loaded();
    phase("a clean run");
    if( p->eKind==KIND_AUX || (p->eKind==KIND_PURE && needWarm) ){
      /* A failed attempt may have made SQLite drop caches (schemas, virtual table
      ** connections); a clean run first builds them again, so that what the attempt
      ** allocates and keeps is its own. */
      run_script(db, p->zSetup, 0);
      run_stmt(db, p->zSql, pBlob, nBlob, &o);
      if( p->eKind==KIND_AUX ) detach_aux(db);
      needWarm = 0;
    }
    if( p->eKind==KIND_COLD ){
      nBefore = g_nBaseline;
      nBytesBefore = g_nBaselineBytes;
    }else{
      nBefore = F.nOut;
      nBytesBefore = F.nBytes;
    }
    phase("the setup script");
    if( run_script(db, p->zSetup, 0)!=SQLITE_OK ){
      fail_detail("N=%lld: setup failed: %s", n, sqlite3_errmsg(db));
      break;
    }
    phase("the statement");
    arm(n, persist);
    run_stmt(db, p->zSql, pBlob, nBlob, &o);
    disarm();
    phase("the checks after the statement");
    nHit = F.nHit;
    g_pShared->nSwept++;
    if( nHit ) g_pShared->nMaxHit = n;

    ok = codes_ok(&o, &ref, (int)nHit, zWhy, sizeof(zWhy));
    if( ok==0 ){
      describe(&o, zDesc, sizeof(zDesc));
      fail_detail("N=%lld: %s: %s", n, zWhy, zDesc);
    }else if( ok==2 ){
      if( g_pShared->nDegraded++==0 ){
        snprintf(g_pShared->zDegraded, sizeof(g_pShared->zDegraded), "N=%lld: %.250s", n, zWhy);
      }
    }else if( p->zCheck && is_success(&o) ){
      buf_reset(&check);
      run_script(db, p->zCheck, &check);
      if( strcmp(buf_str(&check), buf_str(&refCheck))!=0 ){
        fail_detail("N=%lld: the statement succeeded%s, but then\n      %s\n      printed\n%s"
                    "      instead of\n%s", n, nHit ? " after a failed allocation" : "",
                    p->zCheck, buf_str(&check), buf_str(&refCheck));
      }
    }

    /* the leak check: what the attempt allocated and did not free */
    if( p->eKind==KIND_AUX && detach_aux(db)!=SQLITE_OK ){
      fail_detail("N=%lld: DETACH aux failed: %s", n, sqlite3_errmsg(db));
      break;
    }
    if( p->eKind==KIND_COLD ){
      phase("sqlite3_close()");
      close_db(db);
      db = 0;
    }
    if( F.nOut>nBefore ){
      fail_detail("N=%lld: leak: %lld allocations (%lld bytes) outstanding after %s that "
                  "were not before the statement (%s)", n, F.nOut - nBefore,
                  F.nBytes - nBytesBefore,
                  p->eKind==KIND_COLD ? "sqlite3_close()" :
                  p->eKind==KIND_AUX ? "sqlite3_finalize() and DETACH" : "sqlite3_finalize()",
                  nHit ? "fault hit" : "no fault hit");
      trace_report();
    }else if( F.nOut<nBefore ){
      needWarm = 1;             /* SQLite freed a cache (see above) */
    }
    if( nHit==0 ) break;        /* it ran through without the fault: swept */
    /* COLD: the virtual table is connected (and its xBestIndex called) while the statement
    ** is prepared; what follows is what the warm sweep of the same function covers, so the
    ** cold sweep stops at the last allocation of sqlite3_prepare() */
    if( nLast>0 && n>=nLast ) break;
    if( n>=200000 ){
      fail_detail("N=%lld: the statement never runs through", n);
      break;
    }
  }
  if( db ) close_db(db);
  if( F.nOut!=g_nBaseline ){
    fail_detail("leak: %lld allocations (%lld bytes) outstanding after the sweep's "
                "sqlite3_close()", F.nOut - g_nBaseline, F.nBytes - g_nBaselineBytes);
  }
  free(ref.out.z);
  free(o.out.z);
  free(refCheck.z);
  free(check.z);
}

/* The first line where two outputs differ. */
static void first_difference(const char *a, const char *b, char *zA, char *zB, size_t n){
  while( *a && *b ){
    size_t na = strcspn(a, "\n"), nb = strcspn(b, "\n");
    if( na!=nb || memcmp(a, b, na)!=0 ){
      snprintf(zA, n, "%.*s", (int)na, a);
      snprintf(zB, n, "%.*s", (int)nb, b);
      return;
    }
    a += na + (a[na]=='\n');
    b += nb + (b[nb]=='\n');
  }
  snprintf(zA, n, "%.*s", (int)strcspn(a, "\n"), *a ? a : "(end)");
  snprintf(zB, n, "%.*s", (int)strcspn(b, "\n"), *b ? b : "(end)");
}

/* Sweep the load from N = iStart. */
static void sweep_load(int persist, long long iStart){
  Buf refVerify = {0, 0, 0}, verify = {0, 0, 0};
  long long n, nTotal, nStride;
  sqlite3 *db;

  g_zWhere = "sqlite3_load_extension";
  /* the clean load: its allocations, and what the verification script prints */
  db = open_db();
  {
    char *zErr = 0;
    int rc;
    arm(0, 0);
    rc = sqlite3_load_extension(db, g_zExt, 0, &zErr);
    disarm();
    if( rc!=SQLITE_OK ){
      fprintf(stderr, "oom: cannot load %s: %s\n", g_zExt, zErr ? zErr : "?");
      exit(2);
    }
    sqlite3_free(zErr);
  }
  nTotal = F.nCall;
  run_script(db, zVerifyLoad, &refVerify);
  close_db(db);
  nStride = nTotal>5000 ? (nTotal + 4999)/5000 : 1;
  g_pShared->nTotal = nTotal;
  g_pShared->nStride = nStride;

  for(n=iStart; ; n+=nStride){
    char *zErr = 0;
    int rc;
    long long nHit;
    g_pShared->iCur = n;
    g_iWhereN = n;
    db = open_db();
    phase("sqlite3_load_extension()");
    arm(n, persist);
    rc = sqlite3_load_extension(db, g_zExt, 0, &zErr);
    disarm();
    phase("the verification script");
    nHit = F.nHit;
    g_pShared->nSwept++;
    if( nHit ) g_pShared->nMaxHit = n;
    if( rc==SQLITE_OK ){
      buf_reset(&verify);
      run_script(db, zVerifyLoad, &verify);
      if( strcmp(buf_str(&verify), buf_str(&refVerify))!=0 ){
        char zGot[300], zWant[300];
        first_difference(buf_str(&verify), buf_str(&refVerify), zGot, zWant, sizeof(zGot));
        load_failure(n, nStride, "the load succeeded%s, but the extension is incomplete: the "
                     "verification script printed\n        %s\n      instead of\n        %s",
                     nHit ? " after a failed allocation" : "", zGot, zWant);
      }
    }else if( nHit==0 ){
      load_failure(n, nStride, "the load failed with no fault hit: %s: %s", rc_name(rc),
                   zErr ? zErr : "(no message)");
    }else if( is_nomem(rc, zErr) ){
      /* fine */
    }else if( rc==SQLITE_ERROR && (zErr==0 || strncmp(zErr, "error during initialization", 27)==0) ){
      /* sqlite3_load_extension() turns any failure of the entry point into SQLITE_ERROR,
      ** "error during initialization: " followed by the message the entry point set; with
      ** none it is empty, and when that message cannot be allocated either there is none.
      ** Counted as out-of-memory; noted when there is no reason. */
      if( zErr==0 || strstr(zErr, "out of memory")==0 ) g_pShared->nNoReason++;
    }else{
      load_failure(n, nStride, "the load returned %s: %s", rc_name(rc), zErr ? zErr : "");
    }
    sqlite3_free(zErr);
    phase(rc==SQLITE_OK ? "sqlite3_close() after a successful load"
                        : "sqlite3_close() after a failed load");
    close_db(db);
    if( F.nOut!=g_nBaseline ){
      load_failure(n, nStride, "leak: %lld allocations (%lld bytes) outstanding after "
                   "sqlite3_close() (load %s)", F.nOut - g_nBaseline,
                   F.nBytes - g_nBaselineBytes, rc==SQLITE_OK ? "succeeded" : "failed");
      g_nBaseline = F.nOut;     /* report each leak once */
      g_nBaselineBytes = F.nBytes;
    }
    if( nHit==0 || n>=nTotal+nStride ) break;
  }
  free(refVerify.z);
  free(verify.z);
}

/* ---------------------------------------------------------------- the driver */

typedef struct Job {
  const char *zName;
  const Stmt *pStmt;            /* NULL: the load */
  int persist;
} Job;

static int run_job(const Job *pJob){
  long long iStart = getenv("OOM_START") ? atoll(getenv("OOM_START")) : 1;
  int nCrash = 0;
  long long nSwept = 0, nFail = 0, nTotal = 0, nStride = 1, nNoReason = 0, nDegraded = 0;
  long long nMaxHit = 0;
  char zDegraded[300] = "";
  long long nCold = 0;
  char zWhat[200];
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for(;;){
    pid_t pid;
    int status;
    memset(g_pShared, 0, sizeof(*g_pShared));
    fflush(stdout);
    fflush(stderr);
    pid = getenv("OOM_NOFORK") ? 0 : fork();   /* OOM_NOFORK=1: in-process, for a debugger */
    if( pid<0 ){ perror("oom: fork"); exit(2); }
    if( pid==0 ){
      set_baseline();
      g_nDetail = 0;
      if( pJob->pStmt ) sweep_stmt(pJob->pStmt, pJob->persist, iStart);
      else sweep_load(pJob->persist, iStart);
      if( F.nCorrupt ) g_pShared->nFail += F.nCorrupt;
      fflush(stdout);
      if( getenv("OOM_NOFORK") ) exit(g_pShared->nFail ? 1 : 0);
      _exit(0);
    }
    while( waitpid(pid, &status, 0)<0 ){
      if( errno!=EINTR ){ perror("oom: waitpid"); exit(2); }
    }
    nSwept += g_pShared->nSwept;
    if( g_pShared->nMaxHit>nMaxHit ) nMaxHit = g_pShared->nMaxHit;
    nFail += g_pShared->nFail;
    if( g_pShared->nTotal ) nTotal = g_pShared->nTotal;
    if( g_pShared->nStride ) nStride = g_pShared->nStride;
    if( g_pShared->nCold ) nCold = g_pShared->nCold;
    nNoReason += g_pShared->nNoReason;
    if( g_pShared->nDegraded ){
      if( nDegraded==0 ) snprintf(zDegraded, sizeof(zDegraded), "%s", g_pShared->zDegraded);
      nDegraded += g_pShared->nDegraded;
    }
    if( WIFEXITED(status) && WEXITSTATUS(status)==0 ) break;
    nFail++;
    nCrash++;
    if( WIFSIGNALED(status) ){
      snprintf(zWhat, sizeof(zWhat), "CRASH: killed by signal %d (%s) in %s",
               WTERMSIG(status), strsignal(WTERMSIG(status)), g_pShared->zPhase);
    }else{
      snprintf(zWhat, sizeof(zWhat), "the test process exited with status %d",
               WEXITSTATUS(status));
    }
    range_note(g_pShared->iCur, pJob->pStmt ? 1 : nStride, zWhat);
    if( g_pShared->iCur==0 || nCrash>=1000 ){
      printf("    (giving up on this sweep)\n");
      break;
    }
    iStart = g_pShared->iCur + (pJob->pStmt ? 1 : nStride);
  }
  range_flush();
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%s %-36s %-10s faults N=1..%-4lld %5lld runs, %lld failures%s [%.1fs]\n",
         nFail ? "FAIL" : "ok  ", pJob->zName, pJob->persist ? "persistent" : "transient",
         nMaxHit, nSwept, nFail, nCrash ? " (crashes)" : "",
         (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec)/1e9);
  if( pJob->pStmt==0 ){
    printf("     a clean load makes %lld allocations%s\n", nTotal,
           nStride>1 ? "" : ": every one was failed in turn");
  }
  if( nCold ){
    printf("     cold: a fresh connection per run, through the %lld allocations of the "
           "prepare, where the table is connected\n", nCold);
  }
  if( nStride>1 ){
    printf("     more than 5,000: to keep the run short, a stride of %lld: only every %lld-th "
           "allocation was failed\n", nStride, nStride);
  }
  if( nNoReason ){
    printf("     note: %lld failed loads gave SQLITE_ERROR \"error during initialization: \" "
           "with no reason (the entry point does not set *pzErrMsg)\n", nNoReason);
  }
  if( nDegraded ){
    printf("     note: %lld attempts gave the statement's error with a stand-in message, "
           "e.g. %s\n", nDegraded, zDegraded);
  }
  fflush(stdout);
  return nFail==0;
}

int main(int argc, char **argv){
  char zPath[4096];
  Job aJob[2*(1 + sizeof(aStmt)/sizeof(aStmt[0]))];
  int nJob = 0, i, nPass = 0, nFailJob = 0;
  const char *zOnly = getenv("OOM_ONLY");     /* run only the sweeps whose name holds this */
  size_t k;

  if( argc!=3 ){
    fprintf(stderr, "usage: %s EXTENSION FIXTURE_DIR\n", argv[0]);
    return 2;
  }
  g_zExt = argv[1];
  snprintf(zPath, sizeof(zPath), "%s/seed-kim-il-sung.txt", argv[2]);
  g_zSeed = read_file(zPath, &g_nSeed);
  snprintf(zPath, sizeof(zPath), "%s/layout1-page.html", argv[2]);
  g_zHtml = read_file(zPath, &g_nHtml);

  install_allocator();
  T.on = getenv("OOM_TRACE")!=0;
  if( getenv("OOM_PIN_EXTENSION") ){
    /* Diagnostic: keep the library mapped, so that sqlite3_load_extension()'s dlclose() after
    ** a failed load does not unmap it; what a crash in unmapped code hides then shows. */
    if( dlopen(g_zExt, RTLD_NOW)==0 ){
      fprintf(stderr, "oom: dlopen %s: %s\n", g_zExt, dlerror());
      return 2;
    }
    printf("oom: OOM_PIN_EXTENSION: %s stays mapped after failed loads\n", g_zExt);
  }
  g_pShared = mmap(0, sizeof(Shared), PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0);
  if( g_pShared==MAP_FAILED ){ perror("oom: mmap"); return 2; }
  g_pRange = mmap(0, sizeof(Range), PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0);
  if( g_pRange==MAP_FAILED ){ perror("oom: mmap"); return 2; }
  setvbuf(stdout, 0, _IOLBF, 0);

  for(i=0; i<2; i++){
    aJob[nJob].zName = "load (sqlite3_load_extension)";
    aJob[nJob].pStmt = 0;
    aJob[nJob++].persist = i;
  }
  for(k=0; k<sizeof(aStmt)/sizeof(aStmt[0]); k++){
    for(i=0; i<2; i++){
      aJob[nJob].zName = aStmt[k].zName;
      aJob[nJob].pStmt = &aStmt[k];
      aJob[nJob++].persist = i;
    }
  }
  printf("oom: SQLite %s, extension %s\n", sqlite3_libversion(), g_zExt);
  for(i=0; i<nJob; i++){
    if( zOnly && strstr(aJob[i].zName, zOnly)==0 ) continue;
    if( run_job(&aJob[i]) ) nPass++; else nFailJob++;
  }
  printf("oom: %d passed, %d failed\n", nPass, nFailJob);
  return nFailJob ? 1 : 0;
}
