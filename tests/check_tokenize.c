/*
** check_tokenize.c: unit tests for ext/tokenize.c (the words the FTS5 tokenizer "archivist"
** stores: folded, stemmed in one or more languages, and name keys).
**
** Expected values are written by hand from tokenize.h, names.h, the people tables
** (ext/data/people_asia.tsv lists "Kim Ir Sen" for Kim Il Sung) and Snowball's published
** stemming rules (English: discusses, discussed, discussion -> discuss).
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tokenize.h"
#include "names.h"

#define SECTION "\xC2\xA7"          /* "§", the first bytes of a name key token */

/* ---------------------------------------------------------------- collecting tokens */

typedef struct Token {
  char z[200];
  int n;
  int colocated;
  int iStart, iEnd;
  int pos;                          /* position: colocated tokens share their predecessor's */
} Token;

typedef struct Tokens {
  Token *a;
  int n, nAlloc;
  int pos;
  int stopAfter;                    /* >0: return 7 after this many tokens */
} Tokens;

static int collect(void *pCtx, int colocated, const char *zToken, int nToken, int iStart,
                   int iEnd){
  Tokens *p = (Tokens*)pCtx;
  Token *t;
  if( p->n==p->nAlloc ){
    p->nAlloc = p->nAlloc ? p->nAlloc*2 : 64;
    p->a = realloc(p->a, sizeof(Token)*(size_t)p->nAlloc);
    ck_assert_ptr_nonnull(p->a);
  }
  /* the first token cannot stand at the position of one before it */
  ck_assert_msg(!(colocated && p->n==0), "first token '%.*s' colocated", nToken, zToken);
  ck_assert_int_ge(nToken, 1);
  ck_assert_int_lt(nToken, (int)sizeof(t->z));
  t = &p->a[p->n++];
  memcpy(t->z, zToken, (size_t)nToken);
  t->z[nToken] = 0;
  t->n = nToken;
  t->colocated = colocated;
  t->iStart = iStart;
  t->iEnd = iEnd;
  if( !colocated && p->n>1 ) p->pos++;
  t->pos = p->pos;
  if( p->stopAfter>0 && p->n>=p->stopAfter ) return 7;
  return 0;
}

static void tokens_reset(Tokens *p){
  free(p->a);
  memset(p, 0, sizeof(*p));
}

/* Take token i out of the list. */
static void tokens_drop(Tokens *p, int i){
  memmove(&p->a[i], &p->a[i+1], sizeof(Token)*(size_t)(p->n-i-1));
  p->n--;
}

static int tokenize_into(ArchTokenizer *pTok, ArchTokenizeReason e, const char *z, Tokens *p){
  tokens_reset(p);
  return arch_tokenize(pTok, e, z, (int)strlen(z), p, collect);
}

/* Is there a token zWant at position pos (colocated as given, -1 for either)? */
static int has_token(const Tokens *p, int pos, const char *zWant, int colocated){
  int i;
  for(i=0; i<p->n; i++){
    if( p->a[i].pos==pos && strcmp(p->a[i].z, zWant)==0
     && (colocated<0 || p->a[i].colocated==colocated) ){
      return 1;
    }
  }
  return 0;
}

static int count_key_tokens(const Tokens *p){
  int i, k = 0;
  for(i=0; i<p->n; i++) k += p->a[i].n>=2 && memcmp(p->a[i].z, SECTION, 2)==0;
  return k;
}

/* The first "§" token, or NULL. */
static const Token *key_token(const Tokens *p){
  int i;
  for(i=0; i<p->n; i++){
    if( p->a[i].n>=2 && memcmp(p->a[i].z, SECTION, 2)==0 ) return &p->a[i];
  }
  return 0;
}

static char *dump(const Tokens *p){
  static char buf[8192];
  int i, o = 0;
  buf[0] = 0;
  for(i=0; i<p->n && o<(int)sizeof(buf)-300; i++){
    o += snprintf(buf+o, sizeof(buf)-(size_t)o, "%s%d:%s%s[%d,%d)", i ? " " : "", p->a[i].pos,
                  p->a[i].colocated ? "+" : "", p->a[i].z, p->a[i].iStart, p->a[i].iEnd);
  }
  return buf;
}

/* ---------------------------------------------------------------- fixtures */

static NameAuthority *pAuth = 0;
static ArchTokenizer *pEn = 0;        /* english, names off */
static ArchTokenizer *pEnNames = 0;   /* english, names on */

static void open_tokenizers(void){
  const char *azLang[] = { "english" };
  char zErr[1200];
  ck_assert_int_eq(name_authority_open(&pAuth), ARCH_OK);
  ck_assert_int_eq(arch_tokenizer_open(azLang, 1, 0, &pEn, zErr, sizeof(zErr)), ARCH_OK);
  ck_assert_int_eq(arch_tokenizer_open(azLang, 1, pAuth, &pEnNames, zErr, sizeof(zErr)), ARCH_OK);
}

static void close_tokenizers(void){
  arch_tokenizer_close(pEn);
  arch_tokenizer_close(pEnNames);
  name_authority_close(pAuth);
  pEn = pEnNames = 0;
  pAuth = 0;
}

/* ---------------------------------------------------------------- words */

START_TEST(test_fold_and_stem)
{
  Tokens t = {0};
  int i;
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "Discusses DISCUSSED discussion",
                                 &t), 0);
  ck_assert_msg(t.n==3, "%s", dump(&t));
  for(i=0; i<3; i++){
    ck_assert_str_eq(t.a[i].z, "discuss");
    ck_assert_int_eq(t.a[i].colocated, 0);
    ck_assert_int_eq(t.a[i].pos, i);
  }
  ck_assert_int_eq(t.a[0].iStart, 0);  ck_assert_int_eq(t.a[0].iEnd, 9);
  ck_assert_int_eq(t.a[1].iStart, 10); ck_assert_int_eq(t.a[1].iEnd, 19);
  ck_assert_int_eq(t.a[2].iStart, 20); ck_assert_int_eq(t.a[2].iEnd, 30);

  /* more English: plurals and -ing; digits are words too */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "Telegrams meeting 1963", &t), 0);
  ck_assert_msg(t.n==3, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "telegram");
  ck_assert_str_eq(t.a[1].z, "meet");
  ck_assert_str_eq(t.a[2].z, "1963");

  /* no words */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "", &t), 0);
  ck_assert_int_eq(t.n, 0);
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, " -- , . ; \xE2\x80\x94 ", &t), 0);
  ck_assert_int_eq(t.n, 0);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_fold_accents)
{
  /* Letters folded as names fold them: case, accents stripped, ŏ -> eo, č -> ch. */
  Tokens t = {0};
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "Kádár", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "kadar");
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "KÁDÁR", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "kadar");
  /* ... and, at the same position, as text without marks writes them (ŏ -> o, č -> c) */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "Pyŏngyang Chruščov", &t), 0);
  ck_assert_msg(t.n==4, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "pyeongyang");
  ck_assert_str_eq(t.a[1].z, "pyongyang");
  ck_assert_int_eq(t.a[1].colocated, 1);
  ck_assert_str_eq(t.a[2].z, "chrushchov");
  ck_assert_int_eq(t.a[2].colocated, 0);
  ck_assert_str_eq(t.a[3].z, "chruscov");
  ck_assert_int_eq(t.a[3].colocated, 1);
  /* Cyrillic is lower-cased, and stemmed as Russian beside English (check_search_audit6.c) */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "МОСКВА", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "москв");
  tokens_reset(&t);
}
END_TEST

/* The tokens of z at position 0, 1, ... (colocated ones after a '+'), space-separated. */
static const char *tokens_of(ArchTokenizer *pTok, ArchTokenizeReason e, const char *z){
  static char buf[2048];
  Tokens t = {0};
  int i, o = 0;
  ck_assert_int_eq(tokenize_into(pTok, e, z, &t), 0);
  buf[0] = 0;
  for(i=0; i<t.n && o<(int)sizeof(buf)-210; i++){
    o += snprintf(buf+o, sizeof(buf)-(size_t)o, "%s%s%s", i ? " " : "",
                  t.a[i].colocated ? "+" : "", t.a[i].z);
  }
  tokens_reset(&t);
  return buf;
}

/* A document's text and its tokens as tokens_of() writes them. */
typedef struct TextTokens { const char *z, *zWant; } TextTokens;

static void expect_tokens(const TextTokens *a, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    const char *zGot = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, a[i].z);
    ck_assert_msg(strcmp(zGot, a[i].zWant)==0, "'%s': '%s', want '%s'", a[i].z, zGot,
                  a[i].zWant);
  }
}

START_TEST(test_apostrophe_inside_word)
{
  static const TextTokens a[] = {
    /* the apostrophes of Wade-Giles, McCune-Reischauer and pinyin join a word's syllables,
    ** so that text that drops them gives the same word; each piece stands beside it, as it
    ** was a word before */
    { "Yan'an", "yanan +yan +an" },
    { "Yan\u2019an", "yanan +yan +an" },
    { "Ch'en", "chen +ch +en" },
    { "Ch\u2018en", "chen +ch +en" },
    { "T'ien-an-men", "tien +t +ien an men" },
    { "Tian'anmen Tiananmen", "tiananmen +tian +anmen tiananmen" },
    { "Xi'an", "xian +xi +an" },
    { "P'yŏngyang", "pyeongyang +pyongyang +p +yeongyang" },
    { "K'ang", "kang +k +ang" },
    /* the modifier letters of transliteration (apostrophe, ayn, hamza) are no letters */
    { "Ba\u02BFath Qur\u02BEan Ch\u02BBen", "baath quran chen" },
    { "\u02BFAbd", "abd" },
    /* must not join: English endings, elided articles and prepositions, quotes */
    { "Stalin's", "stalin s" },
    { "Stalin\u2019s", "stalin s" },
    { "don't", "don t" },
    { "they've we'll", "they ve we ll" },
    { "l'ambassade", "l ambassad" },
    { "d'Estaing", "d esta" },
    { "dell'Unione", "dell union" },
    { "qu'il", "qu il" },
    { "O'Neill", "o neill" },
    { "'Kim'", "kim" },
    { "Sant'Egidio", "santegidio +sant +egidio" },
    { "the peasants' views", "the peasant view" },
  };
  expect_tokens(a, sizeof(a)/sizeof(a[0]));
  /* a query joins them alike, and gives the plain word as an alternative */
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "Yan'an"), "yanan");
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "Kaesŏng"), "kaeseong +kaesong");
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "Timișoara"), "timishoara +timisoara");
  /* a letter whose fold is its plain form gives one token */
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "Łódź Kádár"), "lodz kadar");
  /* a prefix query stays one token */
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_PREFIX, "Kaesŏ"), "kaeseo");
}
END_TEST

START_TEST(test_initialisms)
{
  static const TextTokens a[] = {
    /* three letters or more, each with its period, are the word text writes without them */
    { "the U.S.S.R. delegation", "the ussr deleg" },
    { "D.P.R.K.", "dprk" },
    { "C.P.S.U and K.G.B.-run", "cpsu and kgb run" },
    { "N.A.T.O.'s", "nato s" },
    /* not: two letters, a letter glued to a word, digits after, spaced letters */
    { "U.S. policy", "u s polici" },
    { "N.S. Khrushchev", "n s khrushchev" },
    { "U.S.Army", "u s armi" },
    { "x.y.z.1", "x y z 1" },
    { "U. S. S. R.", "u s s r" },
    { "e.g. this", "e g this" },
  };
  expect_tokens(a, sizeof(a)/sizeof(a[0]));
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "U.S.S.R."), "ussr");
}
END_TEST

START_TEST(test_british_spelling)
{
  /* English is stemmed as America spells it: a British spelling gives the American's token */
  static const char *const aSame[][2] = {
    { "defence", "defense" }, { "Labour", "labor" }, { "programmes", "programs" },
    { "centre", "center" }, { "travelled", "traveled" }, { "manoeuvres", "maneuvers" },
    { "organisation", "organization" }, { "normalisation", "normalization" },
    { "civilisations", "civilizations" }, { "recognised", "recognized" },
    { "criticising", "criticizing" }, { "demilitarisation", "demilitarization" },
    { "organisational", "organizational" }, { "favourable", "favorable" },
  };
  /* and not a word spelled alike in both, nor one another word in America */
  static const char *const aApart[][2] = {
    { "advise", "advize" }, { "rise", "rize" }, { "promised", "promized" },
    { "analyses", "analyzes" }, { "cheque", "check" }, { "storey", "story" },
  };
  char zWant[64];
  size_t i;
  for(i=0; i<sizeof(aSame)/sizeof(aSame[0]); i++){
    snprintf(zWant, sizeof(zWant), "%s", tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, aSame[i][1]));
    ck_assert_msg(strcmp(tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, aSame[i][0]), zWant)==0,
                  "'%s' and '%s' differ", aSame[i][0], aSame[i][1]);
  }
  for(i=0; i<sizeof(aApart)/sizeof(aApart[0]); i++){
    snprintf(zWant, sizeof(zWant), "%s", tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, aApart[i][1]));
    ck_assert_msg(strcmp(tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, aApart[i][0]), zWant)!=0,
                  "'%s' and '%s' are one token", aApart[i][0], aApart[i][1]);
  }
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "defence"), "defens");
}
END_TEST

START_TEST(test_hyphenated_prefix)
{
  static const TextTokens a[] = {
    /* a prefix hyphenated to a word gives the word joined beside it */
    { "post-war plans", "post +postwar war plan" },
    { "Co-operation", "co +cooper oper" },
    { "de-Stalinization", "de +destalin stalin" },
    /* not: a word that is no such prefix, a space or a digit after the hyphen */
    { "Sino-Soviet", "sino soviet" },
    { "Vice-Premier", "vice premier" },
    { "post- war", "post war" },
    { "post-1945", "post 1945" },
  };
  expect_tokens(a, sizeof(a)/sizeof(a[0]));
  /* a query's words are its words: search_query() asks for the joined one */
  ck_assert_str_eq(tokens_of(pEn, ARCH_TOKENIZE_QUERY, "post-war"), "post war");
}
END_TEST

START_TEST(test_second_language_colocated)
{
  /* German first, English second: "Regierungen" stems to "regier" in German and stays
  ** "regierungen" in English, which stands at the same position. */
  const char *azLang[] = { "german", "english" };
  char zErr[1200];
  ArchTokenizer *p = 0;
  Tokens t = {0};
  ck_assert_int_eq(arch_tokenizer_open(azLang, 2, 0, &p, zErr, sizeof(zErr)), ARCH_OK);
  ck_assert_int_eq(tokenize_into(p, ARCH_TOKENIZE_DOCUMENT, "Regierungen", &t), 0);
  ck_assert_msg(t.n==2, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "regier");
  ck_assert_int_eq(t.a[0].colocated, 0);
  ck_assert_str_eq(t.a[1].z, "regierungen");
  ck_assert_int_eq(t.a[1].colocated, 1);
  ck_assert_int_eq(t.a[1].iStart, 0);
  ck_assert_int_eq(t.a[1].iEnd, 11);
  /* the same stem in both languages is emitted once */
  ck_assert_int_eq(tokenize_into(p, ARCH_TOKENIZE_DOCUMENT, "Mann", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "mann");
  /* two words: the second word's first token is not colocated */
  ck_assert_int_eq(tokenize_into(p, ARCH_TOKENIZE_DOCUMENT, "Regierungen Regierungen", &t), 0);
  ck_assert_msg(t.n==4, "%s", dump(&t));
  ck_assert_int_eq(t.a[2].colocated, 0);
  ck_assert_int_eq(t.a[2].pos, 1);
  ck_assert_int_eq(t.a[3].colocated, 1);
  arch_tokenizer_close(p);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_offsets_multibyte)
{
  /* Offsets are bytes of the original text, after 2-byte and 3-byte characters too. */
  const char *z = "Kádár met Ким in Pyŏngyang, 1963; 김일성 \xE2\x80\x94 Mao.";
  static const char *const azWord[] = {
    "Kádár", "met", "Ким", "in", "Pyŏngyang", "1963", "김일성", "Mao",
  };
  Tokens t = {0};
  int i, at = 0;
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  ck_assert_msg(t.n==9 && t.a[5].colocated, "%s", dump(&t));   /* pyongyang beside pyeongyang */
  tokens_drop(&t, 5);
  for(i=0; i<8; i++){
    const char *zAt = strstr(z+at, azWord[i]);
    ck_assert_ptr_nonnull(zAt);
    ck_assert_msg(t.a[i].iStart==(int)(zAt-z) && t.a[i].iEnd==(int)(zAt-z+strlen(azWord[i])),
                  "'%s': [%d,%d), want [%d,%d)", azWord[i], t.a[i].iStart, t.a[i].iEnd,
                  (int)(zAt-z), (int)(zAt-z+strlen(azWord[i])));
    at = (int)(zAt-z) + (int)strlen(azWord[i]);
  }
  ck_assert_int_eq(t.a[0].iStart, 0);
  ck_assert_int_eq(t.a[0].iEnd, 7);
  ck_assert_int_eq(t.a[2].iStart, 12);
  ck_assert_int_eq(t.a[2].iEnd, 18);
  ck_assert_int_eq(t.a[4].iStart, 22);
  ck_assert_int_eq(t.a[4].iEnd, 32);

  /* With names on, every token (name keys and spellings too) points at a word of the text. */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  ck_assert_int_gt(count_key_tokens(&t), 0);
  for(i=0; i<t.n; i++){
    int w, ok = 0;
    for(w=0, at=0; w<8 && !ok; w++){
      const char *zAt = strstr(z+at, azWord[w]);
      ok = t.a[i].iStart==(int)(zAt-z) && t.a[i].iEnd==(int)(zAt-z+strlen(azWord[w]));
      at = (int)(zAt-z) + (int)strlen(azWord[w]);
    }
    ck_assert_msg(ok, "token '%s' [%d,%d) is at no word", t.a[i].z, t.a[i].iStart, t.a[i].iEnd);
  }
  tokens_reset(&t);
}
END_TEST

START_TEST(test_marks_alone_no_word)
{
  /* Combining marks with no letter before them (U+0301, U+07EF) are word characters that fold
  ** to nothing: they make no token, not an empty one, with names on or off, and do not shift
  ** the positions of the words after them. */
  const char *z = "Kim Il Sung \xCC\x81\xDF\xAF talks";
  Tokens t = {0};
  int i, nTalks = 0;
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  ck_assert_msg(t.n==4, "%s", dump(&t));
  ck_assert(has_token(&t, 3, "talk", 0));
  tokens_reset(&t);
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  for(i=0; i<t.n; i++){
    ck_assert_msg(t.a[i].z[0]!=0, "an empty token: %s", dump(&t));
    if( strcmp(t.a[i].z, "talk")==0 ){
      nTalks++;
      ck_assert_int_eq(t.a[i].pos, 3);
    }
  }
  ck_assert_int_eq(nTalks, 1);
  tokens_reset(&t);
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_QUERY, "\xCC\x81", &t), 0);
  ck_assert_int_eq(t.n, 0);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_query_key_token_valid)
{
  /* a query term that is a name key's token is taken as it is ... */
  ck_assert_str_eq(tokens_of(pEnNames, ARCH_TOKENIZE_QUERY, SECTION "stalin_yosev"),
                   SECTION "stalin_yosev");
  ck_assert_str_eq(tokens_of(pEnNames, ARCH_TOKENIZE_QUERY, SECTION "毛泽东"), SECTION "毛泽东");
  /* ... but not bytes that are no UTF-8, nor a control character: they are read as words,
  ** and no token is invalid UTF-8 (the names fuzzer's input: "§" then stray bytes) */
  ck_assert_str_eq(tokens_of(pEnNames, ARCH_TOKENIZE_QUERY, SECTION "\xA7\xA7`\xA7" "abc"),
                   "abc");
  ck_assert_str_eq(tokens_of(pEnNames, ARCH_TOKENIZE_QUERY, SECTION "tractor\x1F" "farm"),
                   "tractor farm");
}
END_TEST

START_TEST(test_stem_memo_many_words)
{
  /* More different words than the memo of stems holds (16,384, two to a place), the text read
  ** twice: every token is the word's stem as Snowball gives it afresh, whether the memo had
  ** the word, had given its place away, or never had it. The words are invented, with endings
  ** the stemmer takes off (-ings, -ations, -ed). */
  static const char *const azSyl[] = { "bar", "dor", "kal", "mir", "tes", "vol", "zan", "gru",
                                       "lep", "nov", "ros", "sim", "tur", "ven", "yak", "fed" };
  static const char *const azEnd[] = { "ings", "ations", "ed" };
  size_t n = 0, cap = 1000000;
  char *z = malloc(cap);
  Tokens t = {0};
  int i, round;
  ck_assert_ptr_nonnull(z);
  for(i=0; i<40000; i++){                      /* 40,000 words, no two the same */
    n += (size_t)snprintf(z+n, cap-n, "%s%s%s%s%s ", azSyl[i % 16], azSyl[(i/16) % 16],
                          azSyl[(i/256) % 16], azSyl[(i/4096) % 16], azEnd[i % 3]);
  }
  for(round=0; round<2; round++){
    size_t at = 0;
    ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
    ck_assert_int_eq(t.n, 40000);
    for(i=0; i<t.n; i++){
      char want[64];
      const char *zWord = z + t.a[i].iStart;
      int nWord = t.a[i].iEnd - t.a[i].iStart;
      ck_assert_int_eq(t.a[i].iStart, (int)at);
      at = (size_t)t.a[i].iEnd + 1;
      ck_assert_int_gt(arch_stem_word("english", zWord, nWord, want, sizeof(want)), 0);
      ck_assert_msg(strcmp(t.a[i].z, want)==0, "round %d, '%.*s': %s, want %s", round, nWord,
                    zWord, t.a[i].z, want);
    }
  }
  tokens_reset(&t);
  free(z);
}
END_TEST

/* ---------------------------------------------------------------- name tokens */

/* The key token for a name: "§" and the key with spaces as "_". */
static void expected_key_token(const char *zName, char *out){
  NameInfo info;
  int i, o = 2;
  ck_assert_int_eq(name_analyze(pAuth, zName, strlen(zName), &info), 1);
  ck_assert_int_ge(info.person, 0);
  memcpy(out, SECTION, 2);
  for(i=0; info.key[i]; i++) out[o++] = info.key[i]==' ' ? '_' : info.key[i];
  out[o] = 0;
}

START_TEST(test_name_tokens_document)
{
  const char *z = "Kim Il Sung met Mao.";
  char zKey[NAME_MAX_KEY+4], zMaoKey[NAME_MAX_KEY+4];
  Tokens t = {0};
  const Token *k;
  int i;
  expected_key_token("Kim Il Sung", zKey);
  expected_key_token("Mao Zedong", zMaoKey);
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  /* the words at positions 0..4 */
  ck_assert_msg(has_token(&t, 0, "kim", 0), "%s", dump(&t));
  ck_assert_msg(has_token(&t, 1, "il", 0), "%s", dump(&t));
  ck_assert_msg(has_token(&t, 2, "sung", 0), "%s", dump(&t));
  ck_assert_msg(has_token(&t, 3, "meet", 0), "%s", dump(&t));   /* met: meet (english_irregular.tsv) */
  ck_assert_msg(has_token(&t, 4, "mao", 0), "%s", dump(&t));
  ck_assert_msg(t.a[t.n-1].pos==4, "%s", dump(&t));
  /* the name key at the name's first word */
  k = key_token(&t);
  ck_assert_ptr_nonnull(k);
  ck_assert_str_eq(k->z, zKey);
  ck_assert_int_eq(k->colocated, 1);
  ck_assert_int_eq(k->pos, 0);
  ck_assert_int_eq(k->iStart, 0);
  ck_assert_int_eq(k->iEnd, 3);
  /* "Kim Ir Sen" stands under "Kim Il Sung" */
  ck_assert_msg(has_token(&t, 1, "ir", 1), "%s", dump(&t));
  ck_assert_msg(has_token(&t, 2, "sen", 1), "%s", dump(&t));
  /* "Mao", a surname that fits one person, gets its key too */
  ck_assert_msg(has_token(&t, 4, zMaoKey, 1), "%s", dump(&t));
  ck_assert_int_eq(count_key_tokens(&t), 2);
  /* the same person in Cyrillic: the same key, and the preferred form's words beneath */
  {
    Tokens c = {0};
    ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, "Ким Ир Сен", &c), 0);
    ck_assert_msg(has_token(&c, 0, "ким", 0) && has_token(&c, 0, zKey, 1), "%s", dump(&c));
    ck_assert_msg(has_token(&c, 1, "ир", 0) && has_token(&c, 1, "il", 1), "%s", dump(&c));
    ck_assert_msg(has_token(&c, 2, "сен", 0) && has_token(&c, 2, "sung", 1), "%s", dump(&c));
    ck_assert_int_eq(c.a[c.n-1].pos, 2);
    /* Pak Heon-yeong (Revised) has Pak Hon-yong (McCune-Reischauer) beneath it */
    ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, "with Pak Heon-yeong.", &c),
                     0);
    ck_assert_msg(has_token(&c, 1, "pak", 0) && has_token(&c, 2, "heon", 0)
                  && has_token(&c, 2, "hon", 1) && has_token(&c, 3, "yeong", 0)
                  && has_token(&c, 3, "yong", 1), "%s", dump(&c));
    ck_assert_int_eq(count_key_tokens(&c), 1);
    ck_assert_int_eq(key_token(&c)->pos, 1);
    ck_assert_int_eq(key_token(&c)->iStart, 5);
    tokens_reset(&c);
  }
  /* no key and no spelling at "met" */
  for(i=0; i<t.n; i++){
    if( t.a[i].pos==3 ) ck_assert_msg(strcmp(t.a[i].z, "meet")==0, "%s", dump(&t));
    if( t.a[i].pos==1 ) ck_assert_int_eq(t.a[i].iStart, 4);
    if( t.a[i].pos==2 ) ck_assert_int_eq(t.a[i].iStart, 7);
  }
  tokens_reset(&t);
}
END_TEST

/* Are the two lists of tokens the same, token by token (text, position, offsets)? */
static int same_tokens(const Tokens *a, const Tokens *b){
  int i;
  if( a->n!=b->n ) return 0;
  for(i=0; i<a->n; i++){
    if( strcmp(a->a[i].z, b->a[i].z)!=0 || a->a[i].pos!=b->a[i].pos
     || a->a[i].colocated!=b->a[i].colocated || a->a[i].iStart!=b->a[i].iStart
     || a->a[i].iEnd!=b->a[i].iEnd ){
      return 0;
    }
  }
  return 1;
}

START_TEST(test_variant_memo_every_person)
{
  /* Every spelling of every person the authority lists, read as a document by one tokenizer,
  ** twice over: it keeps a set of the spellings' tokens for each person and word count it
  ** meets, some thousands of them, of one word to six, some of them large (Kim Il Sung's). In
  ** the second round the spellings of every eighth person must give the tokens that a new
  ** tokenizer gives them, one that has read nothing before. */
  const char *azLang[] = { "english" };
  char zErr[200];
  int nPerson = name_authority_size(pAuth), person, round, nNamed = 0;
  Tokens warm = {0}, fresh = {0};
  ck_assert_int_gt(nPerson, 1000);
  for(round=0; round<2; round++){
    for(person=0; person<nPerson; person++){
      const char *az[64];
      int nVariant = name_person_variants(pAuth, person, az, 64), v;
      for(v=0; v<nVariant; v++){
        ArchTokenizer *pFresh = 0;
        ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, az[v], &warm), 0);
        if( round==0 || person%8!=0 ) continue;
        ck_assert_int_eq(arch_tokenizer_open(azLang, 1, pAuth, &pFresh, zErr, sizeof(zErr)),
                         ARCH_OK);
        ck_assert_int_eq(tokenize_into(pFresh, ARCH_TOKENIZE_DOCUMENT, az[v], &fresh), 0);
        arch_tokenizer_close(pFresh);
        ck_assert_msg(same_tokens(&warm, &fresh), "%s: %s", az[v], dump(&warm));
        nNamed += count_key_tokens(&warm)>0;
      }
    }
  }
  ck_assert_int_gt(nNamed, 500);                    /* most spellings read as their person */
  tokens_reset(&warm);
  tokens_reset(&fresh);
}
END_TEST

START_TEST(test_name_tokens_query)
{
  /* A query term that is a name adds the same key as the document. */
  static const char *const azQuery[] = {
    "김일성", "Kim Ir Sen", "Ким Ир Сен", "Kim Il-sung", "Kim Il Sung",
  };
  char zKey[NAME_MAX_KEY+4], zDocKey[NAME_MAX_KEY+4];
  Tokens t = {0};
  size_t q;
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, "Kim Il Sung met Mao.", &t),
                   0);
  ck_assert_ptr_nonnull(key_token(&t));
  strcpy(zDocKey, key_token(&t)->z);
  expected_key_token("Kim Il Sung", zKey);
  ck_assert_str_eq(zDocKey, zKey);
  for(q=0; q<sizeof(azQuery)/sizeof(azQuery[0]); q++){
    const Token *k;
    ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, azQuery[q], &t), 0);
    k = key_token(&t);
    ck_assert_msg(k!=0, "query '%s': no key token: %s", azQuery[q], dump(&t));
    ck_assert_msg(strcmp(k->z, zDocKey)==0, "query '%s': key '%s', want '%s'", azQuery[q], k->z,
                  zDocKey);
    ck_assert_int_eq(k->colocated, 1);
    ck_assert_int_eq(k->pos, 0);
    ck_assert_int_eq(count_key_tokens(&t), 1);
  }
  /* the query's words are there too */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "Kim Ir Sen", &t), 0);
  ck_assert_msg(has_token(&t, 0, "kim", 0) && has_token(&t, 1, "ir", 0)
                && has_token(&t, 2, "sen", 0), "%s", dump(&t));
  /* a query term that is no name adds no key */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "discussions", &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, "discuss")==0, "%s", dump(&t));
  /* a capitalized name no one is known by adds the key a document's other spelling has */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT,
                                 "A talk with Comrade Zvetkov.", &t), 0);
  ck_assert_ptr_nonnull(key_token(&t));
  strcpy(zDocKey, key_token(&t)->z);
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "Tsvetkov", &t), 0);
  ck_assert_msg(key_token(&t)!=0 && strcmp(key_token(&t)->z, zDocKey)==0
                && key_token(&t)->colocated, "%s, want key %s", dump(&t), zDocKey);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_key_token_query)
{
  /* A query term that is a name key's token ("§" and the key, as search_query() writes it)
  ** is that one token as it is: the documents where the person was read hold it. */
  Tokens t = {0};
  char zDocKey[NAME_MAX_KEY+4];
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT,
                                 "President Ford met Brezhnev.", &t), 0);
  ck_assert_ptr_nonnull(key_token(&t));
  strcpy(zDocKey, key_token(&t)->z);
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, zDocKey, &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, zDocKey)==0 && !t.a[0].colocated, "%s", dump(&t));
  /* as a prefix too, and without the authority */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_PREFIX, "\xC2\xA7kim_il", &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, "\xC2\xA7kim_il")==0, "%s", dump(&t));
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_QUERY, "\xC2\xA7kim_il", &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, "\xC2\xA7kim_il")==0, "%s", dump(&t));
  /* "§" with a space after it, or alone, is no key: words, and "§" is none */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "\xC2\xA7 Kim", &t), 0);
  ck_assert_msg(t.n>=1 && strcmp(t.a[0].z, "kim")==0, "%s", dump(&t));
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "\xC2\xA7", &t), 0);
  ck_assert_int_eq(t.n, 0);
  /* in a document the same text is words: no text gives a key token but a name read */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, "\xC2\xA7kim_il", &t), 0);
  ck_assert_msg(count_key_tokens(&t)==0 && t.n==2 && strcmp(t.a[0].z, "kim")==0, "%s", dump(&t));
  tokens_reset(&t);
}
END_TEST

START_TEST(test_unspaced_scripts)
{
  /* Han and hiragana, written without spaces: a word a character, so that a word of Chinese is
  ** found inside a sentence; katakana (foreign words, names) and Hangul stay whole words */
  Tokens t = {0};
  char zKey[NAME_MAX_KEY+4];
  int i;
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "会谈记录", &t), 0);
  ck_assert_msg(t.n==4 && has_token(&t, 0, "会", 0) && has_token(&t, 1, "谈", 0)
                && has_token(&t, 3, "录", 0), "%s", dump(&t));
  ck_assert_int_eq(t.a[1].iStart, 3);
  ck_assert_int_eq(t.a[1].iEnd, 6);
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, "Kim金日成はスターリンと 김일성", &t),
                   0);
  ck_assert_msg(t.n==8 && has_token(&t, 0, "kim", 0) && has_token(&t, 1, "金", 0)
                && has_token(&t, 4, "は", 0) && has_token(&t, 5, "スターリン", 0)
                && has_token(&t, 6, "と", 0) && has_token(&t, 7, "김일성", 0), "%s", dump(&t));
  /* a query is cut the same way: FTS5 reads the characters of "会谈" as a phrase */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "会谈", &t), 0);
  ck_assert_msg(has_token(&t, 0, "会", 0) && has_token(&t, 1, "谈", 0) && !has_token(&t, 0, "会谈", -1),
                "%s", dump(&t));
  /* a name read inside Han text has its key at its first character, and the words of its
  ** Latin spellings beside its characters, but no other spelling in Han ("毛主席" would put
  ** 主席, chairman, there) */
  expected_key_token("Mao Zedong", zKey);
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_DOCUMENT, "毛泽东与金日成的会谈", &t), 0);
  ck_assert_msg(has_token(&t, 0, zKey, 1) && has_token(&t, 0, "mao", 1), "%s", dump(&t));
  for(i=0; i<t.n; i++){
    ck_assert_msg(strcmp(t.a[i].z, "主")!=0 && strcmp(t.a[i].z, "席")!=0, "%s", dump(&t));
  }
  expected_key_token("Kim Il Sung", zKey);
  ck_assert_msg(has_token(&t, 4, zKey, 1) && has_token(&t, 4, "金", 0), "%s", dump(&t));
  ck_assert_int_eq(count_key_tokens(&t), 2);
  /* a known person's name in Han as a query is the person's key alone, found in any script */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "金日成", &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, zKey)==0 && !t.a[0].colocated, "%s", dump(&t));
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_QUERY, "金日成同志", &t), 0);
  ck_assert_msg(t.n==1 && strcmp(t.a[0].z, zKey)==0, "%s", dump(&t));
  /* without names, its characters */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_QUERY, "金日成", &t), 0);
  ck_assert_msg(t.n==3 && has_token(&t, 2, "成", 0), "%s", dump(&t));
  tokens_reset(&t);
}
END_TEST

START_TEST(test_names_off)
{
  const char *z = "Kim Il Sung met Mao. 김일성 and Ким Ир Сен.";
  const char *azLang[] = { "english" };
  char zErr[1200];
  ArchTokenizer *p = 0;
  Tokens t = {0};
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  ck_assert_int_eq(count_key_tokens(&t), 0);
  ck_assert_msg(t.n==10, "%s", dump(&t));
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_QUERY, "Kim Ir Sen", &t), 0);
  ck_assert_int_eq(count_key_tokens(&t), 0);
  ck_assert_int_eq(t.n, 3);
  /* no authority: no name tokens */
  ck_assert_int_eq(arch_tokenizer_open(azLang, 1, 0, &p, zErr, sizeof(zErr)), ARCH_OK);
  ck_assert_int_eq(tokenize_into(p, ARCH_TOKENIZE_DOCUMENT, z, &t), 0);
  ck_assert_int_eq(count_key_tokens(&t), 0);
  arch_tokenizer_close(p);
  tokens_reset(&t);
}
END_TEST

/* ---------------------------------------------------------------- prefix queries */

START_TEST(test_prefix_not_stemmed)
{
  Tokens t = {0};
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_PREFIX, "Discussions", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "discussions");
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_PREFIX, "KÁDÁR", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "kadar");
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_PREFIX, "discuss", &t), 0);
  ck_assert_str_eq(t.a[0].z, "discuss");
  /* the same with names on */
  ck_assert_int_eq(tokenize_into(pEnNames, ARCH_TOKENIZE_PREFIX, "Meetings", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "meetings");
  /* while a query term is stemmed */
  ck_assert_int_eq(tokenize_into(pEn, ARCH_TOKENIZE_QUERY, "Discussions", &t), 0);
  ck_assert_str_eq(t.a[0].z, "discuss");
  tokens_reset(&t);
}
END_TEST

/* ---------------------------------------------------------------- bad input */

START_TEST(test_invalid_utf8)
{
  /* "abc", a stray 0xFF 0xFE, "def", a lead byte alone, "ghi", a cut 3-byte sequence */
  static const char z[] = "abc \xFF\xFE def \xC3 ghi \xE2\x82";
  ArchTokenizer *ap[2];
  Tokens t = {0};
  int k;
  ap[0] = pEn;
  ap[1] = pEnNames;
  for(k=0; k<2; k++){
    ck_assert_int_eq(arch_tokenize(ap[k], ARCH_TOKENIZE_DOCUMENT, z, (int)sizeof(z)-1, &t,
                                   collect), 0);
    ck_assert_msg(t.n==3, "%s", dump(&t));
    ck_assert_str_eq(t.a[0].z, "abc");
    ck_assert_str_eq(t.a[1].z, "def");
    ck_assert_str_eq(t.a[2].z, "ghi");
    ck_assert_int_eq(t.a[0].iStart, 0);
    ck_assert_int_eq(t.a[1].iStart, 7);
    ck_assert_int_eq(t.a[2].iStart, 13);
    ck_assert_int_eq(t.a[2].iEnd, 16);
    tokens_reset(&t);
  }
  /* a name next to bad bytes is still a name, at its offsets */
  {
    static const char zn[] = "\xFF Kim Il Sung \xC0\xAF met Puzanov \xED\xA0\x80.";
    ck_assert_int_eq(arch_tokenize(pEnNames, ARCH_TOKENIZE_DOCUMENT, zn, (int)sizeof(zn)-1, &t,
                                   collect), 0);
    ck_assert_int_eq(count_key_tokens(&t), 2);
    ck_assert_int_eq(key_token(&t)->iStart, 2);
    ck_assert_msg(has_token(&t, 0, "kim", 0) && has_token(&t, 3, "meet", 0)
                  && has_token(&t, 4, "puzanov", 0), "%s", dump(&t));
    ck_assert_int_eq(t.a[t.n-1].pos, 4);
    tokens_reset(&t);
    /* and as a query */
    ck_assert_int_eq(arch_tokenize(pEnNames, ARCH_TOKENIZE_QUERY, "\xFFKim\xFF", 5, &t, collect),
                     0);
    ck_assert_msg(has_token(&t, 0, "kim", 0), "%s", dump(&t));
    tokens_reset(&t);
  }
  /* only bad bytes */
  ck_assert_int_eq(arch_tokenize(pEnNames, ARCH_TOKENIZE_DOCUMENT, "\xFF\xFE\x80", 3, &t,
                                 collect), 0);
  ck_assert_int_eq(t.n, 0);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_callback_stops)
{
  Tokens t = {0};
  t.stopAfter = 2;
  ck_assert_int_eq(arch_tokenize(pEn, ARCH_TOKENIZE_DOCUMENT, "one two three four", 18, &t,
                                 collect), ARCH_ERROR);   /* stopped: the callback keeps why */
  ck_assert_int_eq(t.n, 2);
  tokens_reset(&t);
  t.stopAfter = 1;
  ck_assert_int_eq(arch_tokenize(pEnNames, ARCH_TOKENIZE_DOCUMENT, "Kim Il Sung met Mao.", 20, &t,
                                 collect), ARCH_ERROR);
  ck_assert_int_eq(t.n, 1);
  tokens_reset(&t);
}
END_TEST

static int count_only(void *pCtx, int colocated, const char *zToken, int nToken, int iStart,
                      int iEnd){
  long *pn = (long*)pCtx;
  (void)zToken; (void)nToken; (void)iStart; (void)iEnd;
  if( !colocated ) (*pn)++;
  else pn[1]++;
  return 0;
}

START_TEST(test_ten_megabytes)
{
  /* 10 MB of words, each a token of its own: the count is the number of words. */
  static const char *const azWord[] = {
    "archive", "telegram", "ambassador", "conversation", "the", "of", "and", "party",
    "delegation", "report", "minutes", "plan", "economy", "1963", "relations", "unity",
  };
  size_t n = 10u*1024*1024, o = 0;
  char *z = malloc(n+64);
  long nWord = 0, counts[2];
  clock_t t0;
  unsigned r = 1;
  ck_assert_ptr_nonnull(z);
  while( o<n ){
    const char *w;
    size_t k;
    r = r*1103515245u + 12345u;
    w = azWord[(r>>16)%16];
    k = strlen(w);
    memcpy(z+o, w, k);
    o += k;
    z[o++] = (r>>8)%11==0 ? '\n' : (r>>8)%11==1 ? ',' : ' ';
    nWord++;
  }
  z[o] = 0;
  counts[0] = counts[1] = 0;
  t0 = clock();
  ck_assert_int_eq(arch_tokenize(pEn, ARCH_TOKENIZE_DOCUMENT, z, (int)o, counts, count_only), 0);
  fprintf(stderr, "check_tokenize: %zu bytes, %ld words, names off: %.2f s\n", o, nWord,
          (double)(clock()-t0)/CLOCKS_PER_SEC);
  ck_assert_int_eq(counts[0], nWord);
  ck_assert_int_eq(counts[1], 0);
  counts[0] = counts[1] = 0;
  t0 = clock();
  ck_assert_int_eq(arch_tokenize(pEnNames, ARCH_TOKENIZE_DOCUMENT, z, (int)o, counts,
                                 count_only), 0);
  fprintf(stderr, "check_tokenize: %zu bytes, %ld words, names on: %.2f s\n", o, nWord,
          (double)(clock()-t0)/CLOCKS_PER_SEC);
  ck_assert_int_eq(counts[0], nWord);
  ck_assert_int_eq(counts[1], 0);
  free(z);
}
END_TEST

/* ---------------------------------------------------------------- languages */

START_TEST(test_open_unknown_language)
{
  const char *azLang[] = { "klingon" };
  const char *azTwo[] = { "english", "klingon" };
  const char *azFive[] = { "english", "german", "french", "russian", "spanish" };
  char zErr[1200];
  ArchTokenizer *p = (ArchTokenizer*)&zErr;     /* must be set to NULL on failure */
  zErr[0] = 0;
  ck_assert_int_eq(arch_tokenizer_open(azLang, 1, 0, &p, zErr, sizeof(zErr)), ARCH_ERROR);
  ck_assert_ptr_null(p);
  ck_assert_msg(strstr(zErr, "english") && strstr(zErr, "russian"), "message: %s", zErr);
  ck_assert_msg(strstr(zErr, "klingon")!=0, "message: %s", zErr);
  zErr[0] = 0;
  ck_assert_int_eq(arch_tokenizer_open(azTwo, 2, 0, &p, zErr, sizeof(zErr)), ARCH_ERROR);
  ck_assert_ptr_null(p);
  ck_assert_msg(strstr(zErr, "english") && strstr(zErr, "russian"), "message: %s", zErr);
  zErr[0] = 0;
  ck_assert_int_eq(arch_tokenizer_open(azFive, 5, 0, &p, zErr, sizeof(zErr)), ARCH_ERROR);
  ck_assert_ptr_null(p);
  ck_assert(zErr[0]!=0);
}
END_TEST

START_TEST(test_open_default_english)
{
  char zErr[1200];
  ArchTokenizer *p = 0;
  Tokens t = {0};
  ck_assert_int_eq(arch_tokenizer_open(0, 0, 0, &p, zErr, sizeof(zErr)), ARCH_OK);
  ck_assert_int_eq(tokenize_into(p, ARCH_TOKENIZE_DOCUMENT, "discusses", &t), 0);
  ck_assert_msg(t.n==1, "%s", dump(&t));
  ck_assert_str_eq(t.a[0].z, "discuss");
  arch_tokenizer_close(p);
  arch_tokenizer_close(0);
  tokens_reset(&t);
}
END_TEST

START_TEST(test_stem_word)
{
  char out[64];
  ck_assert_int_eq(arch_stem_word("english", "discusses", 9, out, sizeof(out)), 7);
  ck_assert_str_eq(out, "discuss");
  ck_assert_int_eq(arch_stem_word("english", "discussion", 10, out, sizeof(out)), 7);
  ck_assert_str_eq(out, "discuss");
  ck_assert_int_eq(arch_stem_word("russian", "переговоры", (int)strlen("переговоры"), out,
                                  sizeof(out)), (int)strlen("переговор"));
  ck_assert_str_eq(out, "переговор");
  ck_assert_int_eq(arch_stem_word("klingon", "discusses", 9, out, sizeof(out)), -1);
  /* a small buffer: NUL-terminated within nOut */
  {
    char small[4];
    int n = arch_stem_word("english", "discusses", 9, small, sizeof(small));
    ck_assert_int_le(n, 3);
    ck_assert_int_eq((int)strlen(small), n);
    ck_assert(memcmp(small, "discuss", (size_t)n)==0);
  }
}
END_TEST

START_TEST(test_stem_languages)
{
  char zList[1024], zSmall[16];
  arch_stem_languages(zList, sizeof(zList));
  ck_assert_msg(strstr(zList, "english") && strstr(zList, "russian") && strstr(zList, "german"),
                "%s", zList);
  ck_assert_msg(strstr(zList, ", ")!=0, "comma-separated: %s", zList);
  arch_stem_languages(zSmall, sizeof(zSmall));
  ck_assert_int_lt((int)strlen(zSmall), (int)sizeof(zSmall));
}
END_TEST

/* ---------------------------------------------------------------- the suite */

static Suite *tokenize_suite(void){
  Suite *s = suite_create("tokenize");
  TCase *tc;

  tc = tcase_create("words");
  tcase_add_checked_fixture(tc, open_tokenizers, close_tokenizers);
  tcase_add_test(tc, test_fold_and_stem);
  tcase_add_test(tc, test_fold_accents);
  tcase_add_test(tc, test_apostrophe_inside_word);
  tcase_add_test(tc, test_initialisms);
  tcase_add_test(tc, test_british_spelling);
  tcase_add_test(tc, test_hyphenated_prefix);
  tcase_add_test(tc, test_second_language_colocated);
  tcase_add_test(tc, test_offsets_multibyte);
  tcase_add_test(tc, test_marks_alone_no_word);
  tcase_add_test(tc, test_stem_memo_many_words);
  tcase_add_test(tc, test_prefix_not_stemmed);
  tcase_set_timeout(tc, 60);                 /* 40,000 words stemmed twice, under sanitizers */
  suite_add_tcase(s, tc);

  tc = tcase_create("names");
  tcase_add_checked_fixture(tc, open_tokenizers, close_tokenizers);
  tcase_set_timeout(tc, 60);                 /* every spelling of the authority, twice */
  tcase_add_test(tc, test_name_tokens_document);
  tcase_add_test(tc, test_name_tokens_query);
  tcase_add_test(tc, test_key_token_query);
  tcase_add_test(tc, test_unspaced_scripts);
  tcase_add_test(tc, test_names_off);
  tcase_add_test(tc, test_variant_memo_every_person);
  suite_add_tcase(s, tc);

  tc = tcase_create("input");
  tcase_add_checked_fixture(tc, open_tokenizers, close_tokenizers);
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_invalid_utf8);
  tcase_add_test(tc, test_callback_stops);
  tcase_add_test(tc, test_ten_megabytes);
  tcase_add_test(tc, test_query_key_token_valid);
  suite_add_tcase(s, tc);

  tc = tcase_create("languages");
  tcase_add_test(tc, test_open_unknown_language);
  tcase_add_test(tc, test_open_default_english);
  tcase_add_test(tc, test_stem_word);
  tcase_add_test(tc, test_stem_languages);
  suite_add_tcase(s, tc);

  return s;
}

int main(void){
  SRunner *sr = srunner_create(tokenize_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
