/*
** client.c: the client scenario through SQLite's C API.
**
** Loading the extension at run time:
**
**     cc -o client tests/clients/client.c -lsqlite3
**     ./client fixtures/seed-kim-il-sung.txt dist/archivist
**
** With archivist linked in (-DSTATIC_ARCHIVIST): every C file in ext/ and the generated
** build/gen/archivist_data.c compiled with -DSQLITE_CORE into the program, which registers
** sqlite3_archivist_init with sqlite3_auto_extension() before it opens the database; nothing is
** loaded at run time. run.sh builds it so, from the repository root, EXT_C_FILES standing for
** the ext directory's C files (a glob this comment cannot spell):
**
**     cc -std=c11 -D_DEFAULT_SOURCE -DSQLITE_CORE -DSTATIC_ARCHIVIST -Iext -Ibuild/gen
**        -I/usr/include/libxml2 -o client-static tests/clients/client.c EXT_C_FILES
**        build/gen/archivist_data.c -lsqlite3 -lxml2 -lutf8proc -lstemmer
**     ./client-static fixtures/seed-kim-il-sung.txt
**
** Prints one line on success; on any difference it names the step, what was expected and what
** came back, and exits 1.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef STATIC_ARCHIVIST
int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);
#endif

static int nFailed = 0;

static void die(sqlite3 *db, const char *zWhat){
  fprintf(stderr, "client: %s: %s\n", zWhat, db ? sqlite3_errmsg(db) : "out of memory");
  exit(1);
}

/* The whole file in memory; *pn is its size. */
static void *read_file(const char *zPath, long *pn){
  FILE *f = fopen(zPath, "rb");
  void *p;
  long n;
  if( f==0 ){ perror(zPath); exit(1); }
  if( fseek(f, 0, SEEK_END)!=0 || (n = ftell(f))<0 || fseek(f, 0, SEEK_SET)!=0 ){
    perror(zPath); exit(1);
  }
  p = malloc(n ? (size_t)n : 1);
  if( p==0 || fread(p, 1, (size_t)n, f)!=(size_t)n ){ perror(zPath); exit(1); }
  fclose(f);
  *pn = n;
  return p;
}

/* Run zSql (with an optional BLOB bound to ?1) and compare its rows, each column read as text
** and joined with '|', rows joined with '\n', with zExpected. */
static void check(sqlite3 *db, int iStep, const char *zSql, const void *pBlob, long nBlob,
                  const char *zExpected){
  sqlite3_stmt *pStmt = 0;
  sqlite3_str *pGot = sqlite3_str_new(db);
  char *zGot;
  int rc, nRow = 0;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0)!=SQLITE_OK ) die(db, zSql);
  if( pBlob && sqlite3_bind_blob(pStmt, 1, pBlob, (int)nBlob, SQLITE_STATIC)!=SQLITE_OK ){
    die(db, zSql);
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    int i;
    if( nRow++ ) sqlite3_str_appendchar(pGot, 1, '\n');
    for(i=0; i<sqlite3_column_count(pStmt); i++){
      const char *z = (const char*)sqlite3_column_text(pStmt, i);
      if( i ) sqlite3_str_appendchar(pGot, 1, '|');
      sqlite3_str_appendall(pGot, z ? z : "NULL");
    }
  }
  if( rc!=SQLITE_DONE ) die(db, zSql);
  sqlite3_finalize(pStmt);
  zGot = sqlite3_str_finish(pGot);
  if( strcmp(zGot ? zGot : "", zExpected)!=0 ){
    fprintf(stderr, "step %d: %s\n  expected %s\n  got      %s\n", iStep, zSql, zExpected,
            zGot ? zGot : "");
    nFailed++;
  }
  sqlite3_free(zGot);
}

/* The tokenizer's xToken callback for step 5: the FTS5 code it returns at the second token. */
static int tokenStop(void *pCtx, int tflags, const char *zToken, int nToken, int iStart,
                     int iEnd){
  int *aState = (int*)pCtx;            /* [0] tokens seen, [1] the code to return */
  (void)tflags; (void)zToken; (void)nToken; (void)iStart; (void)iEnd;
  return ++aState[0]>=2 ? aState[1] : SQLITE_OK;
}

/* Step 5: whatever code FTS5's callback returns to stop the tokenizer is what the tokenizer
** returns, not a code of its own ("out of memory" for SQLITE_INTERNAL, say). */
static void check_tokenizer_codes(sqlite3 *db){
  static const int aCode[] = { SQLITE_INTERNAL, SQLITE_NOMEM, SQLITE_DONE, SQLITE_ERROR };
  static const char zText[] = "Kim Il Sung discussed agriculture with the delegation";
  fts5_api *pApi = 0;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok = 0;
  void *pUser = 0;
  sqlite3_stmt *pStmt = 0;
  size_t i;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0)!=SQLITE_OK ) die(db, "fts5()");
  sqlite3_bind_pointer(pStmt, 1, (void*)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  if( pApi==0 || pApi->xFindTokenizer(pApi, "archivist", &pUser, &tok)!=SQLITE_OK
   || tok.xCreate(pUser, 0, 0, &pTok)!=SQLITE_OK ){
    fprintf(stderr, "step 5: no archivist tokenizer\n");
    nFailed++;
    return;
  }
  for(i=0; i<sizeof(aCode)/sizeof(aCode[0]); i++){
    int aState[2] = { 0, aCode[i] };
    int rc = tok.xTokenize(pTok, aState, FTS5_TOKENIZE_DOCUMENT, zText, (int)sizeof(zText)-1,
                           tokenStop);
    if( rc!=aCode[i] || aState[0]!=2 ){
      fprintf(stderr, "step 5: callback returned %d, xTokenize returned %d after %d tokens\n",
              aCode[i], rc, aState[0]);
      nFailed++;
    }
  }
  tok.xDelete(pTok);
}

int main(int argc, char **argv){
  sqlite3 *db = 0;
  char *zErr = 0;
  void *pPage;
  long nPage;
#ifdef STATIC_ARCHIVIST
  const char *zMode = "linked in";
  if( argc!=2 ){
    fprintf(stderr, "usage: %s FIXTURE\n", argv[0]);
    return 2;
  }
  /* Every connection opened from now on gets archivist's functions. */
  if( sqlite3_auto_extension((void(*)(void))sqlite3_archivist_init)!=SQLITE_OK ){
    fprintf(stderr, "client: sqlite3_auto_extension failed\n");
    return 1;
  }
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) die(db, "sqlite3_open");
#else
  const char *zMode = "loaded";
  if( argc!=3 ){
    fprintf(stderr, "usage: %s FIXTURE EXTENSION\n", argv[0]);
    return 2;
  }
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) die(db, "sqlite3_open");
  if( sqlite3_enable_load_extension(db, 1)!=SQLITE_OK ) die(db, "sqlite3_enable_load_extension");
  if( sqlite3_load_extension(db, argv[2], 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "client: sqlite3_load_extension(%s): %s\n", argv[2], zErr ? zErr : "?");
    sqlite3_free(zErr);
    return 1;
  }
  sqlite3_enable_load_extension(db, 0);
#endif

  pPage = read_file(argv[1], &nPage);
  check(db, 1, "SELECT count(*), min(rank), max(total) FROM listing(?)", pPage, nPage,
        "10|1|11");
  check(db, 2, "SELECT name_key('Ким Ир Сен') = name_key('Kim Il-sŏng')", 0, 0, "1");
  check(db, 3, "SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57')", 0, 0,
        "1956-12-01|1957-02-28");
  if( sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='archivist');"
                       "INSERT INTO t VALUES ('Kim Il Sung discussed agriculture');",
                   0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "step 4: %s\n", zErr ? zErr : "?");
    sqlite3_free(zErr);
    nFailed++;
  }else{
    check(db, 4, "SELECT count(*) FROM t WHERE t MATCH 'Kim Ir Sen discusses'", 0, 0, "1");
  }
  check_tokenizer_codes(db);
  free(pPage);
  if( sqlite3_close(db)!=SQLITE_OK ) die(db, "sqlite3_close");
  if( nFailed ) return 1;
  printf("C, SQLite %s, archivist %s\n", sqlite3_libversion(), zMode);
  return 0;
}
