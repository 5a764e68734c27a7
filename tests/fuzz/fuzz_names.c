/*
** fuzz_names.c: libFuzzer harness for the name scanner (ext/names_scan.c, as names() and the
** search tokenizer use it) and the tokenizer (ext/tokenize.c).
**
** The input is a text, and after its first NUL byte a context (names(text, context)). Both go
** to the scanner when they are valid UTF-8, as names() hands them over once it has checked them;
** the text goes to the tokenizer whatever its bytes, as FTS5 hands any document over. The
** scanner reads libFuzzer's buffer itself, which has exactly the input's size and no
** terminating NUL, so AddressSanitizer reports any read past the text. The scanner's memo
** (NameCache) and the tokenizer live as long as the process, as they live as long as a
** connection: what one input leaves in them is read by the next.
**
** Invariants checked: every name found lies in the text, starts and ends on a character,
** comes after the one before, and has a key and a display form that are non-empty,
** NUL-terminated, valid UTF-8; name_analyze() of the name as written agrees with itself through
** the memo; names() from the memo (name_scan_from_memo(), after scans of text and context with
** no context, as the catalog indexes both) gives, when it serves, the names a scan of the
** text with its context gives; every token the tokenizer gives, for a document and for a query, is non-empty,
** valid UTF-8, and lies in the text.
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"
#include "names.h"
#include "tokenize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static NameAuthority *pAuth;
static NameCache *pCache;
static NameCache *pWantCache;           /* a memo that keeps the names of each scan */
static ArchTokenizer *pTok;             /* english and russian: two stems a word */

static void open_once(void){
  static const char *const azLang[] = { "english", "russian" };
  char zErr[200];
  if( pAuth ) return;
  FUZZ_CHECK( name_authority_open(&pAuth)==ARCH_OK );
  FUZZ_CHECK( (pCache = name_cache_new())!=0 );
  FUZZ_CHECK( (pWantCache = name_cache_new())!=0 );
  name_cache_want_names(pWantCache);
  FUZZ_CHECK( arch_tokenizer_open(azLang, 2, pAuth, &pTok, zErr, sizeof(zErr))==ARCH_OK );
}

static int is_char_start(const char *z, size_t n, size_t i){
  return i==n || ((unsigned char)z[i] & 0xC0)!=0x80;
}

static void check_string(const char *z, size_t nMax){
  const char *zEnd = memchr(z, 0, nMax);
  FUZZ_CHECK( zEnd!=0 && zEnd>z );
  FUZZ_CHECK( text_utf8_invalid_offset(z, (size_t)(zEnd - z))==(size_t)(zEnd - z) );
}

/* Scan z[0..n) for names (with the context, when there is one) and check each. */
static void scan(const char *z, size_t n, const char *zContext, size_t nContext){
  NameScanner *p = malloc(sizeof(*p));  /* as names() keeps it: a block of its own */
  NameFound f;
  size_t lastEnd = 0;
  FUZZ_CHECK( p!=0 );
  name_scanner_init(p, pAuth, z, n);
  name_scanner_cache(p, pCache);
  if( zContext ) name_scanner_context(p, zContext, nContext);
  while( name_scan_next(p, &f) ){
    NameInfo again;
    FUZZ_CHECK( f.start<f.end && f.end<=n );
    FUZZ_CHECK( f.start>=lastEnd );
    FUZZ_CHECK( is_char_start(z, n, f.start) && is_char_start(z, n, f.end) );
    check_string(f.info.key, sizeof(f.info.key));
    check_string(f.info.display, sizeof(f.info.display));
    lastEnd = f.end;
    /* the memo gives what the analysis gives */
    if( name_analyze(pAuth, z+f.start, f.end-f.start, &again) ){
      NameInfo cached;
      FUZZ_CHECK( name_analyze_cached(pAuth, pCache, z+f.start, f.end-f.start, &cached) );
      FUZZ_CHECK( strcmp(cached.key, again.key)==0 );
      FUZZ_CHECK( cached.person==again.person );
    }
  }
  free(p);
}

/* Scan z[0..n) to its end with no context through pWantCache, as the tokenizer indexes it. */
static void index_scan(NameScanner *p, const char *z, size_t n){
  NameFound f;
  name_scanner_init(p, pAuth, z, n);
  name_scanner_cache(p, pWantCache);
  while( name_scan_next(p, &f) ){}
}

/* When the memo serves z[0..n) read with its context, it gives what a scan without it gives. */
static void check_from_memo(const char *z, size_t n, const char *zContext, size_t nContext){
  NameScanner *p = malloc(sizeof(*p)), *q = malloc(sizeof(*q));
  NameTextNames *pKept = malloc(sizeof(*pKept));
  NameFound f;
  int i = 0;
  FUZZ_CHECK( p!=0 && q!=0 && pKept!=0 );
  index_scan(p, z, n);
  index_scan(p, zContext, nContext);
  name_scanner_init(p, pAuth, z, n);
  name_scanner_cache(p, pWantCache);
  name_scanner_context(p, zContext, nContext);
  if( name_scan_from_memo(p, pKept) ){
    name_scanner_init(q, pAuth, z, n);
    name_scanner_context(q, zContext, nContext);
    while( name_scan_next(q, &f) ){
      FUZZ_CHECK( i<pKept->nName );
      FUZZ_CHECK( f.start==pKept->aName[i].start && f.end==pKept->aName[i].end );
      FUZZ_CHECK( strcmp(f.info.key, pKept->zPool + pKept->aName[i].iKey)==0 );
      FUZZ_CHECK( strcmp(name_canon(pAuth, &f.info), pKept->zPool + pKept->aName[i].iCanon)==0 );
      i++;
    }
    FUZZ_CHECK( i==pKept->nName );
  }
  free(p);
  free(q);
  free(pKept);
}

typedef struct TokenCheck {
  int n;                              /* the text's bytes */
  int nToken;
} TokenCheck;

static int check_token(void *pCtx, int colocated, const char *z, int n, int iStart, int iEnd){
  TokenCheck *p = (TokenCheck*)pCtx;
  FUZZ_CHECK( n>0 );
  FUZZ_CHECK( text_utf8_invalid_offset(z, (size_t)n)==(size_t)n );
  FUZZ_CHECK( iStart>=0 && iStart<=iEnd && iEnd<=p->n );
  FUZZ_CHECK( p->nToken>0 || !colocated );          /* the first token stands alone */
  p->nToken++;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  const char *zNul = size ? memchr(z, 0, size) : 0;
  size_t nText = zNul ? (size_t)(zNul - z) : size;
  TokenCheck tc;
  open_once();

  if( text_utf8_invalid_offset(z, nText)==nText ){
    const char *zContext = zNul ? zNul+1 : 0;
    size_t nContext = zNul ? size - nText - 1 : 0;
    if( zContext && text_utf8_invalid_offset(zContext, nContext)!=nContext ) zContext = 0;
    if( zContext && memchr(zContext, 0, nContext) ) zContext = 0;
    scan(z, nText, zContext, nContext);
    if( zContext && nContext>0 ) check_from_memo(z, nText, zContext, nContext);
  }

  tc.n = (int)nText;
  tc.nToken = 0;
  FUZZ_CHECK( arch_tokenize(pTok, ARCH_TOKENIZE_DOCUMENT, z, (int)nText, &tc, check_token)
              ==ARCH_OK );
  tc.nToken = 0;
  FUZZ_CHECK( arch_tokenize(pTok, ARCH_TOKENIZE_QUERY, z, (int)nText, &tc, check_token)
              ==ARCH_OK );
  return 0;
}
