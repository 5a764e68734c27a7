/*
** tokenizer_sql.c: the FTS5 tokenizer "archivist" and the stem() SQL function.
**
**     CREATE VIRTUAL TABLE docs_fts USING fts5(title, summary, tokenize = 'archivist');
**     CREATE VIRTUAL TABLE ru_fts USING fts5(body, tokenize = 'archivist russian');
**     CREATE VIRTUAL TABLE de_fts USING fts5(body, tokenize = 'archivist german english names 0');
**     SELECT stem('discusses');               -- discuss
**     SELECT stem('переговоры', 'russian');   -- переговор
**
** Options: Snowball language names (the first is the main one; default english), and
** "names 0" to leave out the name tokens. The tokenizer itself is tokenize.c; this file hands
** FTS5 its words. The stemmers belong to each tokenizer instance, made in xCreate and freed in
** xDelete, as libstemmer's stemmers are not thread-safe. FTS5 reports a bad option as "error in
** tokenizer constructor"; the reason (an unknown language with the list of known ones) goes to
** sqlite3_log().
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "names_shared.h"
#include "tokenize.h"

#include <string.h>

typedef struct TokenizerCtx {
  void *pCtx;                                /* FTS5's */
  int (*xToken)(void*, int, const char*, int, int, int);
  int rc;                                    /* what FTS5's xToken returned last */
} TokenizerCtx;

/* A tokenizer of FTS5's: ours, and a reference to the connection's authority and memo of
** names, which it reads names with. */
typedef struct SqlTokenizer {
  ArchTokenizer *p;
  NamesShared *pShared;
} SqlTokenizer;

/* The connection's memo of names, for arch_tokenizer_memo_from(). */
static NameCache *connection_memo(void *pShared){
  return names_shared_cache((NamesShared*)pShared, 1);
}

static int tokenizerCreate(void *pUserData, const char **azArg, int nArg, Fts5Tokenizer **ppOut){
  NamesShared *pShared = (NamesShared*)pUserData;
  const NameAuthority *pAuth = 0;
  const char *azLang[ARCH_TOKENIZE_MAX_LANG];
  int nLang = 0, withNames = 1, i;
  ArchRc rc;
  char zErr[1200];
  ArchTokenizer *p;
  SqlTokenizer *pTok;
  for(i=0; i<nArg; i++){
    if( strcmp(azArg[i], "names")==0 ){
      if( i+1>=nArg || (strcmp(azArg[i+1], "0")!=0 && strcmp(azArg[i+1], "1")!=0) ){
        sqlite3_log(SQLITE_ERROR, "archivist tokenizer: \"names\" takes 0 or 1");
        return SQLITE_ERROR;
      }
      withNames = azArg[++i][0]=='1';
    }else if( nLang<ARCH_TOKENIZE_MAX_LANG ){
      azLang[nLang++] = azArg[i];
    }else{
      sqlite3_log(SQLITE_ERROR, "archivist tokenizer: at most %d languages",
                  ARCH_TOKENIZE_MAX_LANG);
      return SQLITE_ERROR;
    }
  }
  if( withNames && (pAuth = names_shared_authority(pShared))==0 ) return SQLITE_NOMEM;
  if( (pTok = sqlite3_malloc64(sizeof(SqlTokenizer)))==0 ) return SQLITE_NOMEM;
  rc = arch_tokenizer_open(azLang, nLang, pAuth, &p, zErr, sizeof(zErr));
  if( rc==ARCH_ERROR ) sqlite3_log(SQLITE_ERROR, "archivist tokenizer: %s", zErr);
  if( rc!=ARCH_OK ){
    sqlite3_free(pTok);
    return sql_rc(rc);
  }
  arch_tokenizer_memo_from(p, connection_memo, pShared);
  pTok->p = p;
  pTok->pShared = names_shared_ref(pShared);
  *ppOut = (Fts5Tokenizer*)pTok;
  return SQLITE_OK;
}

static void tokenizerDelete(Fts5Tokenizer *pFts5Tok){
  SqlTokenizer *pTok = (SqlTokenizer*)pFts5Tok;
  arch_tokenizer_close(pTok->p);
  names_shared_release(pTok->pShared);
  sqlite3_free(pTok);
}

static int tokenizerToken(void *pCtx, int colocated, const char *zToken, int nToken,
                          int iStart, int iEnd){
  TokenizerCtx *p = (TokenizerCtx*)pCtx;
  p->rc = p->xToken(p->pCtx, colocated ? FTS5_TOKEN_COLOCATED : 0, zToken, nToken, iStart, iEnd);
  return p->rc;
}

static int tokenizerTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags, const char *pText,
                             int nText,
                             int (*xToken)(void*, int, const char*, int, int, int)){
  TokenizerCtx ctx;
  ArchTokenizeReason eReason = ARCH_TOKENIZE_DOCUMENT;
  ArchRc rc;
  if( flags & FTS5_TOKENIZE_PREFIX ) eReason = ARCH_TOKENIZE_PREFIX;
  else if( flags & FTS5_TOKENIZE_QUERY ) eReason = ARCH_TOKENIZE_QUERY;
  ctx.pCtx = pCtx;
  ctx.xToken = xToken;
  ctx.rc = SQLITE_OK;
  rc = arch_tokenize(((SqlTokenizer*)pTok)->p, eReason, pText, nText, &ctx, tokenizerToken);
  /* stopped by FTS5: its own code, whatever it is; else ours */
  return rc==ARCH_ERROR ? ctx.rc : sql_rc(rc);
}

/* stem(word [, language]): NULL in either gives NULL; text that is not UTF-8 is an error. */
static void stem_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *zWord, *zLang = "english";
  size_t nWord, nLang = 7;
  char *zOut;
  int n, rc;
  if( (rc = sql_text_arg(ctx, argv[0], "stem", &zWord, &nWord))!=1 ) return;
  if( argc>1 && (rc = sql_text_arg(ctx, argv[1], "stem", &zLang, &nLang))!=1 ) return;
  zOut = sqlite3_malloc64((sqlite3_uint64)nWord*2 + 16);
  if( zOut==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  n = nLang<64 && strlen(zLang)==nLang
    ? arch_stem_word(zLang, zWord, (int)nWord, zOut, (int)nWord*2 + 16) : -1;
  if( n<0 ){
    char zList[1024];
    char *zMsg;
    arch_stem_languages(zList, sizeof(zList));
    /* name the language when it is short enough to be one */
    zMsg = nLang<64 && strlen(zLang)==nLang && !strchr(zLang, '\n')
         ? sqlite3_mprintf("stem: unknown language \"%s\"; the languages are: %s", zLang, zList)
         : sqlite3_mprintf("stem: unknown language (a %lld-byte string); the languages are: %s",
                           (long long)nLang, zList);
    sqlite3_result_error(ctx, zMsg ? zMsg : "stem: unknown language", -1);
    sqlite3_free(zMsg);
    sqlite3_free(zOut);
    return;
  }
  sqlite3_result_text(ctx, zOut, n, sqlite3_free);
}

/* FTS5's API, found as SQLite documents: SELECT fts5(?1) with a pointer bound to ?1. *ppApi is
** NULL when this SQLite has no FTS5 (or one too old); running out of memory is an error. */
int archivist_find_fts5(sqlite3 *db, fts5_api **ppApi){
  sqlite3_stmt *pStmt = 0;
  int rc;
  *ppApi = 0;
  rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_pointer(pStmt, 1, (void*)ppApi, "fts5_api_ptr", 0);
    rc = sqlite3_step(pStmt);
    rc = rc==SQLITE_ROW ? SQLITE_OK : rc;
  }
  sqlite3_finalize(pStmt);
  if( rc==SQLITE_NOMEM ) return rc;
  if( *ppApi && (*ppApi)->iVersion<2 ) *ppApi = 0;
  return SQLITE_OK;                      /* "no such function: fts5": no FTS5, stem() alone */
}

int archivist_register_stem(SqlRegistry *pReg){
  int rc = sql_create_function(pReg, "stem", 1, ARCHIVIST_PURE_FUNC, 0, stem_func, 0);
  if( rc==SQLITE_OK ) rc = sql_create_function(pReg, "stem", 2, ARCHIVIST_PURE_FUNC, 0, stem_func, 0);
  return rc;
}

int archivist_register_tokenizer(SqlRegistry *pReg, fts5_api *pApi){
  static fts5_tokenizer tokenizer = { tokenizerCreate, tokenizerDelete, tokenizerTokenize };
  NamesShared *pShared;
  int rc;
  if( pApi==0 ) return SQLITE_OK;                 /* no FTS5 here: stem() alone */
  pShared = names_shared_ref(pReg->pNames);
  rc = pApi->xCreateTokenizer(pApi, "archivist", pShared, &tokenizer, names_shared_release);
  /* FTS5 does not call the destructor when it cannot register the tokenizer */
  if( rc!=SQLITE_OK ) names_shared_release(pShared);
  return rc;
}
