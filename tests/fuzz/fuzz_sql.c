/*
** fuzz_sql.c: libFuzzer harness for archivist's SQL interface: the glue (ext/NAME_sql.c,
** ext/NAME_vtab.c, ext/archivist.c) over the cores, as SQLite calls it.
**
** The extension is compiled into the fuzzer with -DSQLITE_CORE and registered by calling
** sqlite3_archivist_init() on one in-memory database per process (registering builds the name
** authority, which takes too long to do per input). Every statement is finalized at the end
** of an input, which must leave no statement open and no transaction; when a call created
** tables, the database is reset to empty (SQLITE_DBCONFIG_RESET_DATABASE and VACUUM), so an
** input's result does not depend on the ones before it.
**
** Input layout:
**
**     byte 0      which call of aCall[] (modulo their number)
**     byte 1      the type of each argument, two bits per argument, argument 1 in the low bits:
**                   0 TEXT, 1 BLOB, 2 a number (REAL when the bytes hold '.', 'e' or 'E', else
**                   INTEGER; read with strtod / strtoll), 3 NULL; arguments past the fourth
**                   are TEXT
**     the rest    the arguments' bytes, split on 0xFF (never part of UTF-8) into as many
**                 arguments as the call takes; the last one takes everything left, missing
**                 ones are empty
**
** Every row is stepped, every column read by its type. When every TEXT or BLOB argument is
** valid UTF-8, every TEXT result must be too. Calls flagged EXPECT_ZERO are self-checking queries: every column of every row
** must be the integer 0 (or NULL); they compare the extension with itself (date_start() against
** date_parse(), listing()'s pushed-down date constraints against SQLite's own filtering, ...).
**
** At start-up the harness lists the functions and modules the extension registers (what
** pragma_function_list / pragma_module_list show with it and not without it) and warns on
** stderr about each one no call of aCall[] names, so a new SQL function is not forgotten.
**
** A call whose SQL cannot be prepared aborts: a typo in aCall[], or the extension refusing a
** valid query. FUZZ_SQL_SKIP="text1|text2" in the environment skips the calls whose SQL
** contains one of the texts (to fuzz the others while such a bug is open).
**
** Adding a function: one line in aCall[] with its SQL and the number of ?N parameters it uses.
** A call may be several statements separated by ';' (for instance an FTS5 table created with
** the archivist tokenizer, rows inserted, then a MATCH query); each is prepared and run in turn
** with the same arguments bound by number.
**
** Built and run by tests/fuzz/run.sh.
*/
#include <sqlite3.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond) do{ \
  if( !(cond) ){ \
    fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
    abort(); \
  } \
}while(0)

#define EXPECT_ZERO 0x01   /* every column of every row is integer 0 or NULL */

typedef struct SqlCall {
  const char *zSql;        /* one or more statements using ?1 .. ?nArg */
  int nArg;                /* number of arguments */
  int flags;               /* EXPECT_ZERO */
} SqlCall;

/* Functions and table-valued functions of ext/ when this was written:
**   text_sql.c      archivist_version() archivist_fold(x)
**   listing_vtab.c  listing(input)     columns pos rank total date_text date_start date_end
**                                      title summary kind, hidden input; date_start/date_end
**                                      constraints pushed down
**   dates_sql.c     date_start(x) date_end(x) date_edtf(x) date_parse(x)
**                   date_overlaps(x, q) date_within(x, q)
**   dates_vtab.c    dates(text)        columns match offset length date_start date_end edtf,
**                                      hidden text
**   names_sql.c     name_key(x) name_canon(x) name_heading(x) name_match(a, b)
**                   name_similarity(a, b)
**   names_vtab.c    names(text [, context])  columns name canon key offset length, hidden
**                                      text and context
**   tokenizer_sql.c stem(word [, language]), the FTS5 tokenizer "archivist" (options: Snowball
**                                      languages, "names 0|1")
** (names_sql.c, names_vtab.c, tokenizer_sql.c and archivist_fold() appeared while this harness
** was being written.)
** A new one is one line below. */
static const SqlCall aCall[] = {
  /* archivist_version() archivist_fold() */
  { "SELECT archivist_version()", 0, 0 },
  { "SELECT archivist_fold(?1)", 1, 0 },
  { "SELECT archivist_fold(x) FROM (SELECT ?1 AS x UNION ALL SELECT ?2 UNION ALL SELECT NULL)",
    2, 0 },
  /* a folded key folds to itself */
  { "SELECT archivist_fold(archivist_fold(?1)) IS NOT archivist_fold(?1)", 1, EXPECT_ZERO },

  /* listing() */
  { "SELECT * FROM listing(?1)", 1, 0 },
  { "SELECT pos, rank, total, date_text, date_start, date_end, title, summary, kind, input,"
    " rowid FROM listing(?1)", 1, 0 },
  { "SELECT * FROM listing(?1) WHERE date_start >= ?2 AND date_end <= ?3", 3, 0 },
  { "SELECT pos, title FROM listing(?1) WHERE date_end BETWEEN ?2 AND ?3 ORDER BY pos", 3, 0 },
  { "SELECT kind, count(*) FROM listing(?1) GROUP BY kind ORDER BY rowid DESC", 1, 0 },
  { "SELECT l.pos, d.match, d.offset, d.length, d.edtf"
    " FROM listing(?1) AS l, dates(l.title || ' ' || ifnull(l.summary, '')) AS d", 1, 0 },
  { "SELECT * FROM listing(?1) WHERE date_start = ?2 AND date_start > ?3 AND date_start < ?2"
    " AND date_end >= ?3 AND date_end <= ?2 AND date_start >= ?3 AND date_end > ?2"
    " AND date_end < ?3 AND date_start <= ?2 AND date_end = ?3", 3, 0 },   /* > 8 ranges */
  /* the constraints listing() applies itself select the rows SQLite would: the same query with
  ** CAST(column AS TEXT), which keeps the column's TEXT affinity but is not pushed down */
  { "SELECT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE date_start >= ?2 AND date_end <= ?3 ORDER BY pos))"
    " IS NOT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE CAST(date_start AS TEXT) >= ?2 AND CAST(date_end AS TEXT) <= ?3 ORDER BY pos))",
    3, EXPECT_ZERO },
  { "SELECT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE date_start = ?2 OR date_end = ?3 ORDER BY pos))"
    " IS NOT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE CAST(date_start AS TEXT) = ?2 OR CAST(date_end AS TEXT) = ?3 ORDER BY pos))",
    3, EXPECT_ZERO },
  { "SELECT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE date_start > ?2 AND date_end < ?3 ORDER BY pos))"
    " IS NOT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE CAST(date_start AS TEXT) > ?2 AND CAST(date_end AS TEXT) < ?3 ORDER BY pos))",
    3, EXPECT_ZERO },
  { "SELECT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE date_end BETWEEN ?2 AND ?3 AND date_start = ?2 ORDER BY pos))"
    " IS NOT (SELECT group_concat(pos) FROM (SELECT pos FROM listing(?1)"
    "   WHERE CAST(date_end AS TEXT) BETWEEN ?2 AND ?3 AND CAST(date_start AS TEXT) = ?2"
    "   ORDER BY pos))", 3, EXPECT_ZERO },
  /* rows come in pos order, numbered 1, 2, ... */
  { "SELECT pos IS NOT row_number() OVER () FROM listing(?1)", 1, EXPECT_ZERO },

  /* dates() */
  { "SELECT * FROM dates(?1)", 1, 0 },
  { "SELECT match, offset, length, date_start, date_end, edtf, text, rowid FROM dates(?1)",
    1, 0 },
  { "SELECT match FROM dates(?1) WHERE date_start = ?2 OR date_end = ?3", 3, 0 },
  /* substr(text, offset, length) = match (SQLite's substr() stops at a NUL: skip those) */
  { "SELECT substr(?1, offset, length) IS NOT match FROM dates(?1)"
    " WHERE typeof(?1) = 'text' AND instr(?1, char(0)) = 0", 1, EXPECT_ZERO },
  { "SELECT (date_start > date_end) + (edtf IS NULL) + (length(date_start) IS NOT 10)"
    " + (length(date_end) IS NOT 10) + (offset < 1) + (length < 1) FROM dates(?1)",
    1, EXPECT_ZERO },

  /* date_start() date_end() date_edtf() date_parse() */
  { "SELECT date_start(?1), date_end(?1), date_edtf(?1), date_parse(?1)", 1, 0 },
  { "SELECT date_start(?1)", 1, 0 },
  { "SELECT date_end(?1)", 1, 0 },
  { "SELECT date_edtf(?1)", 1, 0 },
  { "SELECT date_parse(?1)", 1, 0 },
  { "SELECT json_object('d', date_parse(?1)) ->> '$.d.flags', json_valid(date_parse(?1))",
    1, 0 },
  { "SELECT (date_start(?1) IS NOT date_parse(?1) ->> '$.start')"
    " + (date_end(?1) IS NOT date_parse(?1) ->> '$.end')"
    " + (date_edtf(?1) IS NOT date_parse(?1) ->> '$.edtf')"
    " + (date_start(?1) > date_end(?1))"
    " + (date_parse(?1) IS NOT NULL AND NOT json_valid(date_parse(?1)))", 1, EXPECT_ZERO },

  /* date_overlaps() date_within() */
  { "SELECT date_overlaps(?1, ?2), date_within(?1, ?2)", 2, 0 },
  { "SELECT date_overlaps(x, ?2), date_within(x, ?2)"
    " FROM (SELECT ?1 AS x UNION ALL SELECT ?3 UNION ALL SELECT ?1 UNION ALL SELECT NULL)",
    3, 0 },   /* the parsed q kept as auxdata from row to row */
  { "SELECT (date_overlaps(?1, ?2)"
    "   IS NOT (date_start(?1) <= date_end(?2) AND date_start(?2) <= date_end(?1)))"
    " + (date_within(?1, ?2)"
    "   IS NOT (date_start(?2) <= date_start(?1) AND date_end(?1) <= date_end(?2)))"
    " + coalesce(date_within(?1, ?2) > date_overlaps(?1, ?2), 0)"
    " + (date_within(?1, ?1) IS NOT iif(date_start(?1) IS NULL, NULL, 1))"
    " + (date_overlaps(?1, ?1) IS NOT iif(date_start(?1) IS NULL, NULL, 1))", 2, EXPECT_ZERO },
  { "SELECT count(*) FROM (SELECT ?1 AS x UNION ALL SELECT ?2 UNION ALL SELECT ?3)"
    " WHERE date_within(x, ?2) IS NOT (date_start(?2) <= date_start(x)"
    " AND date_end(x) <= date_end(?2))", 3, EXPECT_ZERO },

  /* name_key() name_canon() name_match() name_similarity() */
  { "SELECT name_key(?1), name_canon(?1)", 1, 0 },
  { "SELECT name_match(?1, ?2), name_similarity(?1, ?2)", 2, 0 },
  { "SELECT name_key(x), name_canon(x), name_match(x, ?2), name_similarity(x, ?2)"
    " FROM (SELECT ?1 AS x UNION ALL SELECT ?3 UNION ALL SELECT ?2)", 3, 0 },
  { "SELECT (name_similarity(?1, ?2) < 0) + (name_similarity(?1, ?2) > 1)"
    " + (name_match(?1, ?2) NOT IN ('same', 'partial', 'different'))", 2, EXPECT_ZERO },

  /* names() */
  { "SELECT * FROM names(?1)", 1, 0 },
  { "SELECT name, canon, key, offset, length, text, rowid FROM names(?1)", 1, 0 },
  { "SELECT name FROM names(?1) WHERE canon = ?2 OR key = ?3", 3, 0 },
  /* substr(text, offset, length) = name */
  { "SELECT substr(?1, offset, length) IS NOT name FROM names(?1)"
    " WHERE typeof(?1) = 'text' AND instr(?1, char(0)) = 0", 1, EXPECT_ZERO },
  { "SELECT n.name, n.key IS NOT name_key(n.name), d.edtf"
    " FROM names(?1) AS n LEFT JOIN dates(?1) AS d", 1, 0 },
  { "SELECT l.pos, n.canon FROM listing(?1) AS l, names(l.title) AS n", 1, 0 },
  /* name_heading(), and headings read as names */
  { "SELECT name_heading(?1), name_key(?1 || ', ' || ?2 || ', 1901-1970')", 2, 0 },
  /* with a context, whose full names resolve a surname alone */
  { "SELECT name, canon, key, offset, length FROM names(?1, ?2)", 2, 0 },
  { "SELECT substr(?1, offset, length) IS NOT name FROM names(?1, ?2)"
    " WHERE typeof(?1) = 'text' AND instr(?1, char(0)) = 0", 2, EXPECT_ZERO },

  /* stem() */
  { "SELECT stem(?1), stem(?1, 'russian'), stem(?1, 'german'), stem(?1, 'porter')", 1, 0 },
  { "SELECT stem(?1, ?2)", 2, 0 },
  { "SELECT stem(value, ?2) FROM json_each('[\"\", \"a\", \"running\", \"\u043f\"]')"
    " UNION ALL SELECT stem(?1, ?2)", 2, 0 },

  /* the FTS5 tokenizer "archivist": documents, queries, prefixes, highlight() (whose output
  ** is cut at the tokens' offsets: it stays UTF-8 only if they fall between characters) */
  { "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'archivist');"
    "INSERT INTO t(x) VALUES (?1);"
    "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');"
    "SELECT term, doc, col, offset FROM v;"
    "SELECT rowid, highlight(t, 0, '[', ']'), snippet(t, 0, '[', ']', '...', 8) FROM t"
    " WHERE t MATCH '\"' || replace(?2, '\"', '\"\"') || '\"'", 2, 0 },
  { "CREATE VIRTUAL TABLE t USING fts5(x, y, tokenize = 'archivist russian english names 0');"
    "INSERT INTO t(x, y) VALUES (?1, ?2);"
    "SELECT rowid, highlight(t, 1, '<', '>') FROM t WHERE t MATCH ?2", 2, 0 },
  { "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'archivist german french names 1');"
    "INSERT INTO t(x) VALUES (?1), (?2);"
    "SELECT rowid, highlight(t, 0, '[', ']') FROM t"
    " WHERE t MATCH '\"' || replace(?3, '\"', '\"\"') || '\"' || ' *'", 3, 0 },
  { "CREATE VIRTUAL TABLE t USING fts5(title, summary, tokenize = 'archivist');"
    "INSERT INTO t(title, summary) SELECT title, summary FROM listing(?1);"
    "INSERT INTO t(t) VALUES ('integrity-check');"
    "SELECT rowid, highlight(t, 0, '[', ']'), highlight(t, 1, '[', ']') FROM t"
    " WHERE t MATCH '\"' || replace(?2, '\"', '\"\"') || '\"'", 2, 0 },

  /* search_query(): a query FTS5 parses, on the archivist tokenizer and on unicode61 */
  { "SELECT search_query(?1), search_query(?1, ?2)", 2, 0 },
  { "SELECT (search_query(?1) IS NOT search_query(?1, 'years')) + (search_query(?1) = '')",
    1, EXPECT_ZERO },
  { "CREATE VIRTUAL TABLE t USING fts5(title, summary, years, tokenize = 'archivist');"
    "INSERT INTO t(title, summary, years) VALUES (?2, ?3, date_years(?3));"
    "SELECT rowid, highlight(t, 0, '[', ']') FROM t WHERE t MATCH search_query(?1)", 3, 0 },
  { "CREATE VIRTUAL TABLE t USING fts5(x, years);"
    "INSERT INTO t(x, years) VALUES (?2, ?2);"
    "SELECT count(*) FROM t WHERE t MATCH search_query(?1)", 2, 0 },

  /* ris(): every column; rows in pos order; tags and keywords are JSON */
  { "SELECT *, input, rowid FROM ris(?1)", 1, 0 },
  { "SELECT pos IS NOT row_number() OVER () FROM ris(?1)", 1, EXPECT_ZERO },
  { "SELECT NOT json_valid(tags) OR NOT json_valid(authors) OR NOT json_valid(keywords)"
    " OR (date_start IS NULL) <> (date_end IS NULL) OR date_start > date_end FROM ris(?1)",
    1, EXPECT_ZERO },
};

#define N_CALL ((int)(sizeof(aCall)/sizeof(aCall[0])))
#define MAX_ARG 8
#define ARG_SEPARATOR 0xFF

/* ---------------------------------------------------------------- start-up */

/* Names a query's first column gives, as one string "\nname1\nname2\n". */
static char *collect_names(sqlite3 *db, const char *zSql){
  sqlite3_stmt *pStmt = 0;
  size_t n = 1, nAlloc = 256;
  char *z = malloc(nAlloc);
  FUZZ_CHECK( z!=0 );
  strcpy(z, "\n");
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0)==SQLITE_OK ){
    while( sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zName = (const char*)sqlite3_column_text(pStmt, 0);
      size_t k = zName ? strlen(zName) : 0;
      if( k==0 ) continue;
      if( n+k+2>nAlloc ){
        nAlloc = 2*(n+k+2);
        z = realloc(z, nAlloc);
        FUZZ_CHECK( z!=0 );
      }
      memcpy(z+n, zName, k);
      n += k;
      z[n++] = '\n';
      z[n] = 0;
    }
  }
  sqlite3_finalize(pStmt);
  return z;
}

static int has_line(const char *zList, const char *zName){
  size_t k = strlen(zName);
  const char *p = zList;
  while( (p = strstr(p, zName))!=0 ){
    if( p>zList && p[-1]=='\n' && p[k]=='\n' ) return 1;
    p++;
  }
  return 0;
}

/* Does some call name zName followed by "("? */
static int call_names(const char *zName){
  int i;
  size_t k = strlen(zName);
  for(i=0; i<N_CALL; i++){
    const char *p = aCall[i].zSql;
    while( (p = strstr(p, zName))!=0 ){
      int before = p==aCall[i].zSql ? ' ' : p[-1];
      if( p[k]=='(' && !(before=='_' || (before>='a' && before<='z')
                         || (before>='A' && before<='Z') || (before>='0' && before<='9')) ){
        return 1;
      }
      p++;
    }
  }
  return 0;
}

/* Warn about every function or module the extension registers that no call names. */
static void check_calls_cover_extension(void){
  static const char *const azQuery[] = {
    "SELECT DISTINCT name FROM pragma_function_list",
    "SELECT DISTINCT name FROM pragma_module_list",
  };
  sqlite3 *dbPlain = 0, *dbArch = 0;
  size_t q;
  int nFound = 0, nMissing = 0;
  sqlite3_open(":memory:", &dbPlain);
  sqlite3_open(":memory:", &dbArch);
  FUZZ_CHECK( sqlite3_archivist_init(dbArch, 0, 0)==SQLITE_OK );
  for(q=0; q<sizeof(azQuery)/sizeof(azQuery[0]); q++){
    char *zPlain = collect_names(dbPlain, azQuery[q]);
    char *zArch = collect_names(dbArch, azQuery[q]);
    char *p = zArch + 1;
    while( *p ){
      char *zEnd = strchr(p, '\n');
      *zEnd = 0;
      if( !has_line(zPlain, p) ){
        nFound++;
        if( !call_names(p) ){
          nMissing++;
          fprintf(stderr, "fuzz_sql: warning: %s() is registered by archivist but no call of "
                          "aCall[] uses it: add a line for it\n", p);
        }
      }
      p = zEnd + 1;
    }
    free(zPlain);
    free(zArch);
  }
  sqlite3_close(dbPlain);
  sqlite3_close(dbArch);
  fprintf(stderr, "fuzz_sql: %d calls; archivist registers %d functions and modules, %d not "
                  "called\n", N_CALL, nFound, nMissing);
}

static sqlite3 *db = 0;                 /* the database of this process */
static unsigned char aSkip[N_CALL];     /* calls FUZZ_SQL_SKIP names */

static void skip_calls(void){
  const char *zEnv = getenv("FUZZ_SQL_SKIP");
  char *zList, *zWord, *zSave = 0;
  int i;
  if( zEnv==0 || zEnv[0]==0 ) return;
  zList = strdup(zEnv);
  FUZZ_CHECK( zList!=0 );
  for(zWord=strtok_r(zList, "|", &zSave); zWord; zWord=strtok_r(0, "|", &zSave)){
    for(i=0; i<N_CALL; i++){
      if( !aSkip[i] && strstr(aCall[i].zSql, zWord) ){
        aSkip[i] = 1;
        fprintf(stderr, "fuzz_sql: skipping call %d (FUZZ_SQL_SKIP): %s\n", i, aCall[i].zSql);
      }
    }
  }
  free(zList);
}

static void close_db(void){
  sqlite3_close(db);
  db = 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv){
  (void)argc; (void)argv;
  /* No lookaside: every allocation goes to malloc(), where AddressSanitizer watches it. */
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  sqlite3_initialize();
  check_calls_cover_extension();
  skip_calls();
  FUZZ_CHECK( sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0)
              ==SQLITE_OK );
  FUZZ_CHECK( sqlite3_archivist_init(db, 0, 0)==SQLITE_OK );
  atexit(close_db);
  return 0;
}

/* Back to an empty database after a call that created something. */
static void reset_db(void){
  sqlite3_stmt *pStmt = 0;
  int nSchema = 0;
  FUZZ_CHECK( sqlite3_get_autocommit(db) );           /* no transaction left open */
  if( sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &pStmt, 0)==SQLITE_OK
   && sqlite3_step(pStmt)==SQLITE_ROW ){
    nSchema = sqlite3_column_int(pStmt, 0);
  }
  sqlite3_finalize(pStmt);
  if( nSchema>0 ){
    sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 1, 0);
    FUZZ_CHECK( sqlite3_exec(db, "VACUUM", 0, 0, 0)==SQLITE_OK );
    sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 0, 0);
  }
  /* Every statement finalized (FTS5 keeps its own while its table exists: checked after). */
  FUZZ_CHECK( sqlite3_next_stmt(db, 0)==0 );
}

/* ---------------------------------------------------------------- one input */

static void bind_arg(sqlite3_stmt *pStmt, int iParam, int eType, const char *z, size_t n){
  char zNum[64];
  size_t k = n<sizeof(zNum)-1 ? n : sizeof(zNum)-1;
  switch( eType ){
    case 0:
      sqlite3_bind_text64(pStmt, iParam, z, n, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    case 1:
      sqlite3_bind_blob64(pStmt, iParam, z, n, SQLITE_TRANSIENT);
      break;
    case 2:
      memcpy(zNum, z, k);
      zNum[k] = 0;
      if( strpbrk(zNum, ".eE") ){
        sqlite3_bind_double(pStmt, iParam, strtod(zNum, 0));
      }else{
        sqlite3_bind_int64(pStmt, iParam, (sqlite3_int64)strtoll(zNum, 0, 10));
      }
      break;
    default:
      sqlite3_bind_null(pStmt, iParam);
      break;
  }
}

static void read_column(sqlite3_stmt *pStmt, int iCol, int flags, int argsUtf8){
  switch( sqlite3_column_type(pStmt, iCol) ){
    case SQLITE_INTEGER: {
      sqlite3_int64 v = sqlite3_column_int64(pStmt, iCol);
      if( flags & EXPECT_ZERO ){
        if( v!=0 ){
          fprintf(stderr, "fuzz_sql: column %d of a self-check is %lld, not 0\n", iCol,
                  (long long)v);
        }
        FUZZ_CHECK( v==0 );
      }
      break;
    }
    case SQLITE_FLOAT:
      (void)sqlite3_column_double(pStmt, iCol);
      FUZZ_CHECK( !(flags & EXPECT_ZERO) );
      break;
    case SQLITE_TEXT: {
      const char *z = (const char*)sqlite3_column_text(pStmt, iCol);
      size_t n = (size_t)sqlite3_column_bytes(pStmt, iCol);
      FUZZ_CHECK( z!=0 );
      if( argsUtf8 ) FUZZ_CHECK( text_utf8_invalid_offset(z, n)==n );
      FUZZ_CHECK( !(flags & EXPECT_ZERO) );
      break;
    }
    case SQLITE_BLOB: {
      const void *p = sqlite3_column_blob(pStmt, iCol);
      int n = sqlite3_column_bytes(pStmt, iCol);
      FUZZ_CHECK( n==0 || p!=0 );
      FUZZ_CHECK( !(flags & EXPECT_ZERO) );
      break;
    }
    default:   /* NULL */
      break;
  }
}

/* Prepare and run every statement of zSql with the arguments bound. */
static void run_call(const SqlCall *pCall, const int *aType,
                     const char *const *azArg, const size_t *anArg, int argsUtf8){
  const char *zTail = pCall->zSql;
  while( zTail && *zTail ){
    sqlite3_stmt *pStmt = 0;
    int rc = sqlite3_prepare_v2(db, zTail, -1, &pStmt, &zTail);
    int i, nParam, nCol;
    if( rc!=SQLITE_OK ){
      fprintf(stderr, "fuzz_sql: cannot prepare \"%s\": %s\n", pCall->zSql, sqlite3_errmsg(db));
      abort();   /* fixed SQL: a typo in aCall[], or the extension refused a valid query */
    }
    if( pStmt==0 ) continue;   /* white space or a comment */
    nParam = sqlite3_bind_parameter_count(pStmt);
    for(i=1; i<=nParam && i<=pCall->nArg; i++){
      bind_arg(pStmt, i, aType[i-1], azArg[i-1], anArg[i-1]);
    }
    nCol = sqlite3_column_count(pStmt);
    while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
      for(i=0; i<nCol; i++) read_column(pStmt, i, pCall->flags, argsUtf8);
    }
    /* An error is a fine answer (text that is not UTF-8, a number given to listing()), but
    ** not one that means the extension misused SQLite or ran out of memory on a small input. */
    if( rc!=SQLITE_DONE ){
      FUZZ_CHECK( rc!=SQLITE_MISUSE && rc!=SQLITE_NOMEM && rc!=SQLITE_INTERNAL
               && rc!=SQLITE_CORRUPT && rc!=SQLITE_CANTOPEN );
    }
    sqlite3_finalize(pStmt);
    if( rc!=SQLITE_DONE ) break;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const SqlCall *pCall;
  const char *azArg[MAX_ARG];
  size_t anArg[MAX_ARG];
  int aType[MAX_ARG];
  const char *z, *zEnd;
  int i, argsUtf8 = 1;

  if( size<2 ) return 0;
  if( aSkip[data[0] % N_CALL] ) return 0;
  pCall = &aCall[data[0] % N_CALL];
  FUZZ_CHECK( pCall->nArg<=MAX_ARG );
  z = (const char*)data + 2;
  zEnd = (const char*)data + size;
  for(i=0; i<pCall->nArg; i++){
    aType[i] = i<4 ? (data[1]>>(2*i)) & 3 : 0;
    if( i==pCall->nArg-1 ){
      azArg[i] = z;
      anArg[i] = (size_t)(zEnd - z);
      z = zEnd;
    }else{
      const char *zSep = memchr(z, ARG_SEPARATOR, (size_t)(zEnd - z));
      azArg[i] = z;
      anArg[i] = zSep ? (size_t)(zSep - z) : (size_t)(zEnd - z);
      z = zSep ? zSep+1 : zEnd;
    }
    if( aType[i]<=1 && text_utf8_invalid_offset(azArg[i], anArg[i])!=anArg[i] ) argsUtf8 = 0;
  }

  run_call(pCall, aType, azArg, anArg, argsUtf8);
  reset_db();
  return 0;
}
