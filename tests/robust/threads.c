/*
** threads.c: the archivist extension on many connections at once, and sqlite3_interrupt().
**
**     threads EXT FIXTURE_DIR [THREADS [ITERATIONS]]      (8 threads, 200 iterations)
**
** 1. The main thread opens a connection, loads the extension, runs every statement of
**    azWork[] below and keeps the results; they are checked against values known by hand
**    (name_key('Kim Ir Sen') = name_key('Kim Il Sung'), 10 records in the seed listing,
**    date_start('Winter 1956/57') = '1956-12-01', 9 FTS5 matches for Kim Ir Sen, ...), so
**    that what the threads are compared with is right. It closes its connection.
**    Then THREADS threads, each with its own in-memory connection (even threads open it with
**    SQLITE_OPEN_FULLMUTEX, odd ones with SQLITE_OPEN_NOMUTEX: one connection per thread
**    either way), each loading the extension itself, run azWork[] ITERATIONS times: every SQL
**    function, the table-valued functions listing() (on the seed fixture and on a saved HTML
**    page, bound as blobs), dates() and names(), joins of them, and the FTS5 tokenizer (FTS5
**    tables created, filled from listing(), queried with MATCH, highlight() and snippet(),
**    checked with FTS5's integrity-check and dropped, every iteration). Every result must
**    equal the main thread's.
**    The threads load the extension all at the same moment (after a barrier), as the
**    independent connections of a program would; with THREADS_LOAD=serial each loads it in
**    turn, under a mutex, and they all start work together once every one has.
**
** 2. sqlite3_interrupt(): SELECT count(*) FROM listing(?1) over a generated listing of
**    INTERRUPT_MB megabytes (50) bound as a blob, on the main thread; another thread calls
**    sqlite3_interrupt() on the connection 50 ms after the statement starts. The statement
**    must stop with SQLITE_INTERRUPT, and the connection must work afterwards. The times (a
**    full scan, and the interrupted one) are printed; only the result code is asserted (the
**    README promises that an interrupt stops a scan between records). The same with a saved
**    HTML page of a fifth of the size: it is turned into text in xFilter, before the first
**    record, and the times show how much of the scan that is.
**
** Memory statistics are turned off (SQLITE_CONFIG_MEMSTATUS 0): with them every sqlite3_malloc()
** takes one global mutex, which ThreadSanitizer would take for synchronisation between the
** threads, hiding races.
**
** run_threads.sh builds this plain and with -fsanitize=thread (against an extension built with
** -fsanitize=thread too) and runs it. Output: a line per check, and "threads: P passed, F
** failed" counting checks; the exit status is 1 on any failure.
*/
#define _GNU_SOURCE
#include <sqlite3.h>

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *g_zExt;
static char *g_zSeed, *g_zHtml;
static int g_nSeed, g_nHtml;
static int g_nThread = 8, g_nIter = 200;

static int g_nPass, g_nFail;

static void check(int ok, const char *zFormat, ...){
  va_list ap;
  printf("%s ", ok ? "ok  " : "FAIL");
  va_start(ap, zFormat);
  vprintf(zFormat, ap);
  va_end(ap);
  printf("\n");
  fflush(stdout);
  if( ok ) g_nPass++; else g_nFail++;
}

static double now_ms(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec*1e3 + (double)t.tv_nsec/1e6;
}

/* ---------------------------------------------------------------- text buffers */

typedef struct Buf {
  char *z;
  size_t n, nAlloc;
} Buf;

static void buf_append(Buf *b, const char *z, size_t n){
  if( b->n+n+1>b->nAlloc ){
    size_t nNew = b->nAlloc ? b->nAlloc*2 : 1024;
    while( nNew<b->n+n+1 ) nNew *= 2;
    b->z = realloc(b->z, nNew);
    if( b->z==0 ){ perror("threads: realloc"); exit(2); }
    b->nAlloc = nNew;
  }
  memcpy(b->z+b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

static void buf_str(Buf *b, const char *z){ buf_append(b, z, strlen(z)); }

static char *read_file(const char *zDir, const char *zName, int *pn){
  char zPath[4096];
  FILE *f;
  long n;
  char *z;
  snprintf(zPath, sizeof(zPath), "%s/%s", zDir, zName);
  f = fopen(zPath, "rb");
  if( f==0 ){ fprintf(stderr, "threads: cannot open %s: %s\n", zPath, strerror(errno)); exit(2); }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc((size_t)n + 1);
  if( z==0 || fread(z, 1, (size_t)n, f)!=(size_t)n ){
    fprintf(stderr, "threads: cannot read %s\n", zPath);
    exit(2);
  }
  z[n] = 0;
  fclose(f);
  *pn = (int)n;
  return z;
}

/* ---------------------------------------------------------------- the work */

/* Every statement of one iteration, in order. ?1 is the seed listing, ?2 the saved HTML page.
** Each statement's rows (or its error) are the result compared. */
static const char *const azWork[] = {
  /* listing() */
  "SELECT pos, rank, total, date_text, date_start, date_end, kind, title, summary"
  " FROM listing(?1)",
  "SELECT count(*) FROM listing(?1)",
  "SELECT pos, rank, total, date_text, date_start, date_end, kind, title, summary"
  " FROM listing(?2)",
  "SELECT pos, title FROM listing(?1) WHERE date_start >= '1960-01-01'"
  " AND date_end <= '1969-12-31'",
  "SELECT * FROM listing(42)",
  /* dates() and the date functions */
  "SELECT match, offset, length, date_start, date_end, edtf FROM dates("
  "'Political Report No. 8 for the Period of 1 December to 31 December 1953; Winter 1956/57,"
  " 08/10/1963, circa 1956, 17 марта 1958 г. and 1963年10月8日')",
  "SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57'), date_edtf('circa 1956'),"
  " date_parse('08/10/1963'), date_parse('08/10/1963') ->> '$.flags',"
  " date_overlaps('1963', 'from 1956 to 1967'), date_within('1961', '1960s'),"
  " date_start('February 30, 1963'), date_start(NULL)",
  "SELECT l.pos, d.match, d.edtf FROM listing(?1) AS l, dates(l.title) AS d",
  "SELECT count(*) FROM listing(?1) WHERE date_overlaps(date_text, 'from 1956 to 1967')",
  /* names() and the name functions */
  "SELECT name, canon, key, offset, length FROM names("
  "'Todor Zhivkov reports on his meeting with Kim Il Sung. Ambassador Ivanov met A.M. Puzanov"
  " and Ким Ир Сен.')",
  "SELECT name_key('Kim Ir Sen') = name_key('Kim Il Sung'), name_key('Ким Ир Сен'),"
  " name_canon('Chruschtschow'), name_match('Kim Il', 'Kim Il Sung'),"
  " name_match('Mao Tse-tung', 'Mao Zedong'), round(name_similarity('Shytkov', 'Shtykov'), 6)",
  "SELECT l.pos, n.canon, n.key FROM listing(?1) AS l, names(l.summary) AS n",
  /* text */
  "SELECT archivist_version(), archivist_fold('“Cultural  Revolution” – Kim Il-sŏng, Straße'),"
  " stem('discusses'), stem('переговоры', 'russian'), stem('Verhandlungen', 'german')",
  /* the FTS5 tokenizer */
  "DROP TABLE IF EXISTS ft",
  "CREATE VIRTUAL TABLE ft USING fts5(title, summary, tokenize = 'archivist')",
  "INSERT INTO ft(rowid, title, summary) SELECT pos, title, summary FROM listing(?1)",
  "SELECT count(*) FROM ft WHERE ft MATCH 'Kim Ir Sen'",
  "SELECT group_concat(rowid) FROM ft WHERE ft MATCH 'discussion'",
  "SELECT highlight(ft, 0, '[', ']') FROM ft WHERE ft MATCH 'Ким Ир Сен' AND rowid = 3",
  "SELECT snippet(ft, 1, '[', ']', '…', 6) FROM ft WHERE ft MATCH 'discussed' AND rowid = 4",
  "INSERT INTO ft(ft) VALUES ('integrity-check')",
  "DROP TABLE IF EXISTS ru",
  "CREATE VIRTUAL TABLE ru USING fts5(x, tokenize = 'archivist russian german')",
  "INSERT INTO ru VALUES ('Переговоры с товарищем Ким Ир Сеном о поставках риса'),"
  " ('Die Verhandlungen über Reislieferungen')",
  "SELECT rowid FROM ru WHERE ru MATCH 'переговор OR verhandlung OR \"Kim Il Sung\"'"
  " ORDER BY rowid",
};
#define N_WORK (int)(sizeof(azWork)/sizeof(azWork[0]))

static char *g_azExpected[N_WORK];

/* Run statement i: its rows, or its error, as text. */
static void run_one(sqlite3 *db, int i, Buf *pOut){
  sqlite3_stmt *pStmt = 0;
  int rc, iCol;
  pOut->n = 0;
  buf_append(pOut, "", 0);
  rc = sqlite3_prepare_v2(db, azWork[i], -1, &pStmt, 0);
  if( rc!=SQLITE_OK ){
    buf_str(pOut, "prepare error: ");
    buf_str(pOut, sqlite3_errmsg(db));
    return;
  }
  if( sqlite3_bind_parameter_count(pStmt)>=1 ){
    sqlite3_bind_blob(pStmt, 1, g_zSeed, g_nSeed, SQLITE_STATIC);
  }
  if( sqlite3_bind_parameter_count(pStmt)>=2 ){
    sqlite3_bind_blob(pStmt, 2, g_zHtml, g_nHtml, SQLITE_STATIC);
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    for(iCol=0; iCol<sqlite3_column_count(pStmt); iCol++){
      const char *z = (const char*)sqlite3_column_text(pStmt, iCol);
      if( iCol ) buf_str(pOut, "|");
      buf_str(pOut, z ? z : "NULL");
    }
    buf_str(pOut, "\n");
  }
  if( rc!=SQLITE_DONE ){
    buf_str(pOut, "error: ");
    buf_str(pOut, sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
}

static sqlite3 *open_loaded(int flags, char *zErrOut, size_t nErrOut){
  sqlite3 *db = 0;
  char *zErr = 0;
  int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE|flags, 0);
  if( rc!=SQLITE_OK ){
    snprintf(zErrOut, nErrOut, "sqlite3_open_v2: %s", db ? sqlite3_errmsg(db) : "?");
    sqlite3_close(db);
    return 0;
  }
  sqlite3_enable_load_extension(db, 1);
  rc = sqlite3_load_extension(db, g_zExt, 0, &zErr);
  if( rc!=SQLITE_OK ){
    snprintf(zErrOut, nErrOut, "sqlite3_load_extension: %s", zErr ? zErr : "?");
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 0;
  }
  return db;
}

/* ---------------------------------------------------------------- the threads */

typedef struct Worker {
  pthread_t tid;
  int iThread;
  int nRun;                     /* statements run */
  int nMismatch;                /* results that differ from the expected ones */
  char zFirst[2000];            /* the first mismatch */
  char zError[300];             /* set when the thread could not start its work */
} Worker;

static pthread_barrier_t g_start;
static int g_serialLoad;                   /* THREADS_LOAD=serial */
static pthread_mutex_t g_loadMutex = PTHREAD_MUTEX_INITIALIZER;

static void *worker_main(void *p){
  Worker *w = (Worker*)p;
  Buf out = {0, 0, 0};
  sqlite3 *db;
  int iter, i;
  int flags = (w->iThread % 2)==0 ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX;

  if( g_serialLoad ){
    /* one load at a time, then all start work together */
    pthread_mutex_lock(&g_loadMutex);
    db = open_loaded(flags, w->zError, sizeof(w->zError));
    pthread_mutex_unlock(&g_loadMutex);
    pthread_barrier_wait(&g_start);
  }else{
    pthread_barrier_wait(&g_start);        /* every thread opens and loads at once */
    db = open_loaded(flags, w->zError, sizeof(w->zError));
  }
  if( db==0 ) return 0;
  for(iter=0; iter<g_nIter; iter++){
    for(i=0; i<N_WORK; i++){
      run_one(db, i, &out);
      w->nRun++;
      if( strcmp(out.z, g_azExpected[i])!=0 ){
        if( w->nMismatch++==0 ){
          snprintf(w->zFirst, sizeof(w->zFirst),
                   "iteration %d, statement %d: %.300s\n      gave: %.600s\n      expected: %.600s",
                   iter, i, azWork[i], out.z, g_azExpected[i]);
        }
      }
    }
  }
  if( sqlite3_close(db)!=SQLITE_OK ){
    snprintf(w->zError, sizeof(w->zError), "sqlite3_close: %s", sqlite3_errmsg(db));
  }
  free(out.z);
  return 0;
}

/* The main thread's results must be right before the threads are compared with them. */
static void check_expected(void){
  struct { int iStmt; const char *zWant; int whole; const char *zWhat; } aKnown[] = {
    { 1, "10\n", 1, "listing(seed) has 10 records" },
    { 10, "1|", 0, "name_key('Kim Ir Sen') = name_key('Kim Il Sung')" },
    { 6, "1956-12-01|1957-02-28|1956~|", 0,
      "date_start/date_end('Winter 1956/57') = 1956-12-01/1957-02-28, date_edtf('circa 1956') = 1956~" },
    { 0, "1|1|11|October 8, 1963|1963-10-08|1963-10-08|cable|Cable from Qiang Xiaochu", 0,
      "listing(seed)'s first record" },
    { 16, "9\n", 1, "the FTS5 table finds Kim Ir Sen in 9 records" },
    { 12, "0.5.0|'cultural revolution' - kim il-seong, strasse|discuss|переговор|Verhandl\n", 1,
      "archivist_version(), archivist_fold(), stem()" },
    { 4, "error: listing: input must be TEXT or a BLOB of UTF-8 text, not an INTEGER", 1,
      "listing(42) is an error" },
    { 20, "", 1, "FTS5's integrity-check passes (no rows, no error)" },
  };
  size_t k;
  for(k=0; k<sizeof(aKnown)/sizeof(aKnown[0]); k++){
    const char *zGot = g_azExpected[aKnown[k].iStmt];
    int ok = aKnown[k].whole ? strcmp(zGot, aKnown[k].zWant)==0
                         : strncmp(zGot, aKnown[k].zWant, strlen(aKnown[k].zWant))==0;
    check(ok, "main thread: %s%s%s", aKnown[k].zWhat, ok ? "" : "; got: ", ok ? "" : zGot);
  }
}

static void test_threads(void){
  Worker *aW = calloc((size_t)g_nThread, sizeof(Worker));
  sqlite3 *db;
  char zErr[300];
  Buf out = {0, 0, 0};
  int i, nMismatch = 0, nRun = 0;
  double t0;

  /* the expected results, on the main thread's connection */
  db = open_loaded(SQLITE_OPEN_FULLMUTEX, zErr, sizeof(zErr));
  if( db==0 ){
    check(0, "main thread: %s", zErr);
    return;
  }
  for(i=0; i<N_WORK; i++){
    run_one(db, i, &out);
    g_azExpected[i] = strdup(out.z);
  }
  /* the same again on the same connection: the results must not depend on what ran before */
  for(i=0; i<N_WORK; i++){
    run_one(db, i, &out);
    if( strcmp(out.z, g_azExpected[i])!=0 ){
      check(0, "main thread: statement %d gives another result the second time: %s", i,
            azWork[i]);
    }
  }
  sqlite3_close(db);
  free(out.z);
  check_expected();

  t0 = now_ms();
  pthread_barrier_init(&g_start, 0, (unsigned)g_nThread);
  for(i=0; i<g_nThread; i++){
    aW[i].iThread = i;
    if( pthread_create(&aW[i].tid, 0, worker_main, &aW[i])!=0 ){
      fprintf(stderr, "threads: pthread_create failed\n");
      exit(2);
    }
  }
  for(i=0; i<g_nThread; i++) pthread_join(aW[i].tid, 0);
  pthread_barrier_destroy(&g_start);
  for(i=0; i<g_nThread; i++){
    Worker *w = &aW[i];
    nRun += w->nRun;
    nMismatch += w->nMismatch;
    if( w->zError[0] ){
      check(0, "thread %d (%s): %s", i, i%2 ? "NOMUTEX" : "FULLMUTEX", w->zError);
    }else if( w->nMismatch ){
      check(0, "thread %d (%s): %d of %d results differ from the main thread's; the first:\n"
            "      %s", i, i%2 ? "NOMUTEX" : "FULLMUTEX", w->nMismatch, w->nRun, w->zFirst);
    }else{
      check(w->nRun==g_nIter*N_WORK, "thread %d (%s): %d statements, every result as expected",
            i, i%2 ? "NOMUTEX" : "FULLMUTEX", w->nRun);
    }
  }
  printf("     %d threads x %d iterations x %d statements: %d run, %d differed, %.0f ms\n",
         g_nThread, g_nIter, N_WORK, nRun, nMismatch, now_ms() - t0);
  for(i=0; i<N_WORK; i++) free(g_azExpected[i]);
  free(aW);
}

/* ---------------------------------------------------------------- sqlite3_interrupt() */

/* A listing of about nTarget bytes: the records of a page, over and over, as text or as the
** saved HTML a browser would show the same way. */
static char *make_listing(size_t nTarget, int asHtml, int *pnRecords, size_t *pn){
  Buf b = {0, 0, 0};
  int i = 0;
  static const char *const azMonth[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  if( asHtml ){
    buf_str(&b, "<!DOCTYPE html>\n<html><head><title>Search results</title></head><body>\n"
                "<main><p>Documents</p>\n");
  }else{
    buf_str(&b, "Skip to content\n\nResults:\n\nDocuments\n\n");
  }
  while( b.n<nTarget ){
    char z[1200];
    int n = snprintf(z, sizeof(z), asHtml ?
        "<div class=\"result\"><p>%s %d, %d</p>\n<h3>Telegram %d from Shtykov to Gromyko</h3>\n"
        "<p>Shtykov reports on a meeting with Kim Il Sung, in which they discussed the"
        " situation in the north and the deliveries the government asked for.</p></div>\n"
        : "%s %d, %d\n\nTelegram %d from Shtykov to Gromyko\n\n"
          "Shtykov reports on a meeting with Kim Il Sung, in which they discussed the"
          " situation in the north and the deliveries the government asked for.\n\n",
        azMonth[i % 12], 1 + i % 28, 1945 + i % 50, i + 1);
    buf_append(&b, z, (size_t)n);
    i++;
  }
  if( asHtml ) buf_str(&b, "</main></body></html>\n");
  *pnRecords = i;
  *pn = b.n;
  return b.z;
}

typedef struct Interrupter {
  sqlite3 *db;
  int msDelay;
  double tFired;
} Interrupter;

static void *interrupter_main(void *p){
  Interrupter *q = (Interrupter*)p;
  struct timespec t;
  t.tv_sec = q->msDelay / 1000;
  t.tv_nsec = (long)(q->msDelay % 1000) * 1000000L;
  nanosleep(&t, 0);
  q->tFired = now_ms();
  sqlite3_interrupt(q->db);
  return 0;
}

/* SELECT count(*) FROM listing(?1): its result code and count. */
static int count_listing(sqlite3 *db, const char *z, size_t n, long long *pCount){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM listing(?1)", -1, &pStmt, 0);
  *pCount = -1;
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_blob64(pStmt, 1, z, (sqlite3_uint64)n, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    *pCount = sqlite3_column_int64(pStmt, 0);
    rc = sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  return rc;
}

static void test_interrupt(size_t nBytes, int asHtml){
  const char *zKind = asHtml ? "saved HTML" : "text";
  sqlite3 *db;
  char zErr[300];
  int nRecords, rc;
  size_t n;
  char *z = make_listing(nBytes, asHtml, &nRecords, &n);
  long long nCount;
  double t0, tFull, tStop;
  pthread_t tid;
  Interrupter q;

  db = open_loaded(SQLITE_OPEN_FULLMUTEX, zErr, sizeof(zErr));
  if( db==0 ){
    check(0, "interrupt: %s", zErr);
    free(z);
    return;
  }

  /* the full scan, for the time it takes */
  t0 = now_ms();
  rc = count_listing(db, z, n, &nCount);
  tFull = now_ms() - t0;
  check(rc==SQLITE_DONE && nCount==nRecords,
        "interrupt: a full scan of the %.1f MB %s listing gives %lld of %d records in %.0f ms",
        (double)n/1e6, zKind, nCount, nRecords, tFull);

  /* the scan again, interrupted from another thread after 50 ms */
  q.db = db;
  q.msDelay = 50;
  q.tFired = 0;
  t0 = now_ms();
  pthread_create(&tid, 0, interrupter_main, &q);
  rc = count_listing(db, z, n, &nCount);
  tStop = now_ms();
  pthread_join(tid, 0);
  check(rc==SQLITE_INTERRUPT,
        "interrupt: sqlite3_interrupt() after %d ms stops the %s scan with SQLITE_INTERRUPT "
        "(got %d, %s): it stopped %.0f ms after the start, %.0f ms after the interrupt "
        "(a full scan: %.0f ms)", q.msDelay, zKind, rc, sqlite3_errstr(rc), tStop - t0,
        tStop - q.tFired, tFull);

  /* and the connection works afterwards */
  rc = count_listing(db, z, n, &nCount);
  check(rc==SQLITE_DONE && nCount==nRecords,
        "interrupt: the connection scans the %s listing again afterwards (%lld records)",
        zKind, nCount);
  sqlite3_close(db);
  free(z);
}

int main(int argc, char **argv){
  const char *zSize = getenv("INTERRUPT_MB");
  size_t nMB = zSize ? (size_t)atoi(zSize) : 50;
  if( argc<3 || argc>5 ){
    fprintf(stderr, "usage: %s EXTENSION FIXTURE_DIR [THREADS [ITERATIONS]]\n", argv[0]);
    return 2;
  }
  g_zExt = argv[1];
  if( argc>3 ) g_nThread = atoi(argv[3]);
  if( argc>4 ) g_nIter = atoi(argv[4]);
  g_serialLoad = getenv("THREADS_LOAD") && strcmp(getenv("THREADS_LOAD"), "serial")==0;
  g_zSeed = read_file(argv[2], "seed-kim-il-sung.txt", &g_nSeed);
  g_zHtml = read_file(argv[2], "layout1-page.html", &g_nHtml);

  if( sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0)!=SQLITE_OK
   || sqlite3_initialize()!=SQLITE_OK ){
    fprintf(stderr, "threads: cannot configure SQLite\n");
    return 2;
  }
  printf("threads: SQLite %s (threadsafe=%d), extension %s, %d threads x %d iterations, "
         "loads %s\n", sqlite3_libversion(), sqlite3_threadsafe(), g_zExt, g_nThread, g_nIter,
         g_serialLoad ? "one at a time (THREADS_LOAD=serial)" : "all at once");
  if( sqlite3_threadsafe()==0 ){
    check(0, "the SQLite library is built without thread support");
  }else{
    test_threads();
    test_interrupt(nMB*1000*1000, 0);
    test_interrupt(nMB*1000*1000/5, 1);
  }
  printf("threads: %d passed, %d failed\n", g_nPass, g_nFail);
  free(g_zSeed);
  free(g_zHtml);
  return g_nFail ? 1 : 0;
}
