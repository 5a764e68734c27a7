/*
** tokenize.c: the words a search index stores. See tokenize.h.
*/
#include "tokenize.h"
#include "arch_alloc.h"
#include "text.h"
#include "archivist_data.h"

#include <stdio.h>
#include <string.h>
#include <libstemmer.h>
#include <utf8proc.h>

#define WORD_MAX_BYTES ARCH_TOKEN_WORD_MAX   /* longer words are cut: no real word is that long */
#define MAX_VARIANTS 64           /* spellings of one person used as tokens */
#define MAX_NAME_WORDS 6          /* words of a name that get the spellings' words */
/* The sets of spellings' tokens kept for a person: one for each length of a name, written in
** Latin or other spaced scripts, then in Han (whose words are syllables: spelling_fits()). */
#define VARIANT_SLOTS (2*MAX_NAME_WORDS)

/* A word's stem, remembered: most words of a collection recur, and Snowball's stemmers cost
** more than all the rest of tokenizing. A cache per language, by a hash of the folded word, in
** pairs of entries: a word goes to the pair its hash picks, into the entry used less lately (a
** text that names people in many spellings and scripts meets more words than one entry a
** hash holds). Words and stems of up to STEM_CACHE_BYTES bytes. */
#define STEM_CACHE_SIZE 16384           /* entries per language, a power of two */
#define STEM_CACHE_BYTES 30
typedef struct StemCacheEntry {
  uint32_t hash;
  uint8_t nWord;                        /* 0: empty */
  uint8_t nStem;
  uint8_t family;                       /* family_stemmed_away() of the word: 0 not asked yet,
                                        ** 1 no, 2 yes (the first stemmer's entries) */
  char zWord[STEM_CACHE_BYTES];
  char zStem[STEM_CACHE_BYTES];
} StemCacheEntry;
typedef struct StemCache {
  uint8_t aLastUsed[STEM_CACHE_SIZE/2]; /* of the pair a[2i], a[2i+1], the one used last */
  StemCacheEntry a[STEM_CACHE_SIZE];
} StemCache;

/* The tokens the other spellings of a person give a name of nWord words: for each word of the
** name, the distinct stems of the spellings' words in its place ("Kim Ir Sen" under "Kim Il
** Sung"). Making a set reads every spelling of the person (Cyrillic and Hangul among them), in
** a VariantSet; names recur, so a tokenizer keeps each set it makes, packed (VariantTokens:
** each word's tokens in turn, each a length byte and its bytes), for as long as it lives, in
** one place for each person and word count. A tokenizer meets at most the authority's people
** (2,196 today), so that the places take 100 KB and the sets the bytes they need (the bench's
** name-dense corpus makes 3,600 sets, of 130 bytes at most but for a few). */
#define VARIANT_TOKENS 32                       /* distinct tokens for one word of a name */
#define VARIANT_BYTES 2048
typedef struct VariantSet {
  int nWord;
  int nUsed;                                    /* bytes of zBuf used */
  uint8_t nTok[MAX_NAME_WORDS];
  uint16_t aOff[MAX_NAME_WORDS][VARIANT_TOKENS];
  uint8_t aLen[MAX_NAME_WORDS][VARIANT_TOKENS];
  char zBuf[VARIANT_BYTES];
} VariantSet;

typedef struct VariantTokens {
  uint8_t nTok[MAX_NAME_WORDS];                 /* the tokens of each word of the name */
  uint16_t aStart[MAX_NAME_WORDS];              /* where they begin in z */
  char z[];                                     /* the tokens */
} VariantTokens;

/* The letters beyond ASCII, remembered: is each a word's letter, and its fold (text_fold_letter()
** goes through utf8proc's decomposition for every letter, and names in Cyrillic, Hangul or
** Chinese are all such letters), and its fold as text without marks writes it
** (text_fold_letter_plain(): ŏ → o where the fold is eo). Direct-mapped by code point; cp 0
** (ASCII, never looked up) marks an empty entry. */
#define FOLD_CACHE_SIZE 2048                  /* a power of two */
typedef struct FoldCacheEntry {
  uint32_t cp;
  int8_t n;                                   /* the fold's bytes; -1: no letter of a word */
  int8_t nPlain;                              /* the plain fold's bytes */
  int8_t plainDiffers;                        /* the plain fold is not the fold */
  char z[8];
  char zPlain[8];
} FoldCacheEntry;

/* The stemmer of words in Cyrillic when Russian is none of the languages: it stands after
** them, at this index of aStem and aCache (see cyrillic_stemmer()). */
#define CYRILLIC_STEM ARCH_TOKENIZE_MAX_LANG

struct ArchTokenizer {
  struct sb_stemmer *aStem[ARCH_TOKENIZE_MAX_LANG+1];
  FoldCacheEntry aFold[FOLD_CACHE_SIZE];
  StemCache *aCache[ARCH_TOKENIZE_MAX_LANG+1];
  int aAmerican[ARCH_TOKENIZE_MAX_LANG+1]; /* English: stem the American spelling */
  int nStem;
  const NameAuthority *pAuth;    /* NULL: no name tokens */
  NameCache *pNames;             /* the names read, made by the first document read (a
                                 ** tokenizer that reads queries only does without) */
  NameCache *(*xMemo)(void*);    /* NULL, or where pNames comes from (the connection's memo,
                                 ** which the tokenizer then does not own) */
  void *pMemoArg;
  /* the other spellings' tokens of the persons named, made with pNames */
  VariantSet *pVarMade;          /* where a set is made */
  VariantTokens **apVar;         /* the set of person i for a name of n words:
                                 ** apVar[i*VARIANT_SLOTS + n-1], in Han
                                 ** apVar[i*VARIANT_SLOTS + MAX_NAME_WORDS + n-1],
                                 ** or NULL */
  int nVarPerson;                /* the authority's people */
  const VariantTokens *pVar;     /* the name being read's, or NULL */
};

/* ---------------------------------------------------------------- languages */

void arch_stem_languages(char *out, size_t nOut){
  const char **az = sb_stemmer_list();
  size_t o = 0;
  int i;
  out[0] = 0;
  for(i=0; az[i]; i++){
    size_t k = strlen(az[i]);
    if( o+k+3>=nOut ) break;
    if( o>0 ){ out[o++] = ','; out[o++] = ' '; }
    memcpy(out+o, az[i], k);
    o += k;
    out[o] = 0;
  }
}

/* Free the sets of spellings' tokens (none made: nothing to do). */
static void variants_free(ArchTokenizer *p){
  int i;
  if( p->apVar ){
    for(i=0; i<p->nVarPerson*VARIANT_SLOTS; i++) arch_free(p->apVar[i]);
  }
  arch_free(p->apVar);
  arch_free(p->pVarMade);
  p->apVar = 0;
  p->pVarMade = 0;
}

/* Is zLang a Snowball stemmer of English, whose words are stemmed as America spells them
** (arch_english_american())? */
static int is_english(const char *zLang){
  return strcmp(zLang, "english")==0 || strcmp(zLang, "porter")==0;
}

/* Stem z[0..n) with pStem, in the American spelling when american is set: the stem, valid
** until the stemmer's next call, and its length in *pn; NULL when libstemmer is out of memory. */
static const sb_symbol *stem_spelled(struct sb_stemmer *pStem, int american, const char *z,
                                     int n, int *pn){
  char us[WORD_MAX_BYTES];
  const sb_symbol *zStem;
  int nUs = american ? arch_english_american(z, n, us, (int)sizeof(us)) : 0;
  zStem = nUs>0 ? sb_stemmer_stem(pStem, (const sb_symbol*)us, nUs)
                : sb_stemmer_stem(pStem, (const sb_symbol*)z, n);
  *pn = zStem ? sb_stemmer_length(pStem) : 0;
  return zStem;
}

/* Words in Cyrillic are Russian's to stem when no language given is: another language's
** stemmer leaves them as they are, and Russian declines its words ("коллективизация" is found
** by "коллективизации", "Москва" by "Москве"). Its stemmer, made here, stands at CYRILLIC_STEM;
** with Russian (or another language of Cyrillic) among the languages, none is made. */
static ArchRc cyrillic_stemmer(ArchTokenizer *p, const char *const *azLang, int nLang){
  static const char *const azCyrillic[] = { "russian", "ru", "rus", "serbian", "sr", "srp" };
  int i, k;
  for(i=0; i<nLang; i++){
    for(k=0; k<(int)(sizeof(azCyrillic)/sizeof(azCyrillic[0])); k++){
      if( strcmp(azLang[i], azCyrillic[k])==0 ) return ARCH_OK;
    }
  }
  p->aStem[CYRILLIC_STEM] = sb_stemmer_new("russian", "UTF_8");
  return p->aStem[CYRILLIC_STEM] ? ARCH_OK : ARCH_NOMEM;
}

ArchRc arch_tokenizer_open(const char *const *azLang, int nLang, const NameAuthority *pAuth,
                           ArchTokenizer **ppOut, char *zErr, size_t nErr){
  ArchTokenizer *p;
  int i;
  *ppOut = 0;
  if( nLang>ARCH_TOKENIZE_MAX_LANG ){
    snprintf(zErr, nErr, "at most %d languages", ARCH_TOKENIZE_MAX_LANG);
    return ARCH_ERROR;
  }
  p = arch_realloc(0, sizeof(*p));
  if( p==0 ) return ARCH_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pAuth = pAuth;
  for(i=0; i<(nLang ? nLang : 1); i++){
    const char *zLang = nLang ? azLang[i] : "english";
    p->aStem[i] = sb_stemmer_new(zLang, "UTF_8");
    if( p->aStem[i]==0 ){
      char zList[1024];
      arch_stem_languages(zList, sizeof(zList));
      snprintf(zErr, nErr, "unknown language \"%s\"; the languages are: %s", zLang, zList);
      p->nStem = i;
      arch_tokenizer_close(p);
      return ARCH_ERROR;
    }
    p->aAmerican[i] = is_english(zLang);
    p->nStem = i+1;
  }
  if( cyrillic_stemmer(p, azLang, nLang)!=ARCH_OK ){
    arch_tokenizer_close(p);
    return ARCH_NOMEM;
  }
  *ppOut = p;
  return ARCH_OK;
}

void arch_tokenizer_close(ArchTokenizer *p){
  int i;
  if( p==0 ) return;
  for(i=0; i<p->nStem; i++){
    sb_stemmer_delete(p->aStem[i]);
    arch_free(p->aCache[i]);
  }
  if( p->aStem[CYRILLIC_STEM] ) sb_stemmer_delete(p->aStem[CYRILLIC_STEM]);
  arch_free(p->aCache[CYRILLIC_STEM]);
  if( p->xMemo==0 ) name_cache_free(p->pNames);
  variants_free(p);
  arch_free(p);
}

/* Make what reading documents for names needs, the first time (a tokenizer that reads
** queries only, as each new connection's first search does, never pays for it). */
static ArchRc names_memo_open(ArchTokenizer *p){
  size_t nPlace;
  if( p->apVar ) return ARCH_OK;
  p->nVarPerson = name_authority_size(p->pAuth);
  nPlace = (size_t)p->nVarPerson*VARIANT_SLOTS;
  p->pVarMade = arch_realloc(0, sizeof(VariantSet));
  p->apVar = arch_realloc(0, sizeof(VariantTokens*)*(nPlace ? nPlace : 1));
  if( p->apVar ) memset(p->apVar, 0, sizeof(VariantTokens*)*nPlace);
  if( p->pVarMade==0 || p->apVar==0
   || (p->pNames = p->xMemo ? p->xMemo(p->pMemoArg) : name_cache_new())==0 ){
    variants_free(p);
    return ARCH_NOMEM;
  }
  return ARCH_OK;
}

void arch_tokenizer_memo_from(ArchTokenizer *p, NameCache *(*xMemo)(void*), void *pArg){
  p->xMemo = xMemo;
  p->pMemoArg = pArg;
}

int arch_stem_word(const char *zLang, const char *zWord, int nWord, char *out, int nOut){
  struct sb_stemmer *pStem = sb_stemmer_new(zLang, "UTF_8");
  const sb_symbol *zStem;
  int n;
  if( pStem==0 ) return -1;
  zStem = stem_spelled(pStem, is_english(zLang), zWord, nWord, &n);
  if( n>=nOut ) n = nOut-1;
  if( zStem ) memcpy(out, zStem, (size_t)n);
  out[n] = 0;
  sb_stemmer_delete(pStem);
  return n;
}

/* ---------------------------------------------------------------- words */

/* The length of the well-formed UTF-8 character at z[0..n), or 0 when the byte there starts
** none (it is then skipped): text_utf8_char(). */
static int char_len(const char *z, int n, uint32_t *pCp){
  return text_utf8_char((const unsigned char*)z, (size_t)n, pCp);
}

static int is_word_char(uint32_t cp){
  utf8proc_category_t cat;
  if( cp<0x80 ){
    return (cp>='a' && cp<='z') || (cp>='A' && cp<='Z') || (cp>='0' && cp<='9');
  }
  cat = utf8proc_category((utf8proc_int32_t)cp);
  return (cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_ND)   /* letters, marks, digits */
      || cat==UTF8PROC_CATEGORY_NL || cat==UTF8PROC_CATEGORY_NO;
}

/* Is cp a letter that marks a sound inside a word and is no letter of its own: the modifier
** letters of transliteration, apostrophe, ayn and hamza (ʼ ʻ ʾ ʿ: "Baʿath", "Qurʾan", "Chʻen")?
** They fold to nothing: text that omits them ("Baath", "Quran") gives the same word. */
static int is_modifier_apostrophe(uint32_t cp){
  return cp==0x02BB || cp==0x02BC || cp==0x02BE || cp==0x02BF;
}

/* Letter cp (beyond ASCII): its entry, with its fold (n bytes, -1 when it is no letter, mark or
** digit of a word) and its plain fold. */
static const FoldCacheEntry *fold_cached(ArchTokenizer *p, uint32_t cp){
  FoldCacheEntry *e = &p->aFold[cp & (FOLD_CACHE_SIZE-1)];
  if( e->cp!=cp ){
    e->cp = cp;
    e->plainDiffers = 0;
    if( !is_word_char(cp) ){
      e->n = e->nPlain = -1;
    }else if( is_modifier_apostrophe(cp) ){
      e->n = e->nPlain = 0;
    }else if( cp==0x0419 || cp==0x0439 ){
      /* Й, й: a letter of its own to Russian's stemmer, not и with a mark: "Северной" and
      ** "северная" share their stem северн only with the й the endings -ой, -ый, -ей hold */
      e->n = e->nPlain = 2;
      memcpy(e->z, "\xD0\xB9", 2);
      memcpy(e->zPlain, "\xD0\xB9", 2);
    }else{
      e->n = (int8_t)text_fold_letter(cp, e->z);
      e->nPlain = (int8_t)text_fold_letter_plain(cp, e->zPlain);
      e->plainDiffers = e->nPlain!=e->n || memcmp(e->z, e->zPlain, (size_t)e->n)!=0;
    }
  }
  return e;
}

/* Is cp of a script written without spaces between words, Han or hiragana? Each such
** character is a word of its own: "会谈" is two, and the query "会谈", FTS5's phrase of the two,
** finds them inside "毛泽东与金日成的会谈记录"; a name read inside such text gets its key at its
** first character. (Katakana, in which Japanese writes foreign words and names, stays whole.) */
static int is_unspaced_script(uint32_t cp){
  return text_is_han(cp) || text_is_hiragana(cp);
}

/* The apostrophe at z[i] (', ’ or ‘): its length, or 0. */
static int apostrophe_at(const char *z, int n, int i){
  if( z[i]=='\'' ) return 1;
  if( i+2<n && (unsigned char)z[i]==0xE2 && (unsigned char)z[i+1]==0x80
   && ((unsigned char)z[i+2]==0x98 || (unsigned char)z[i+2]==0x99) ){
    return 3;
  }
  return 0;
}

/* Does the apostrophe before z[i] join the word's letters before it, seg[0..nSeg) (folded,
** since the word's start or the last apostrophe it joined), to the letters that follow? It
** does inside a word of Wade-Giles, McCune-Reischauer or pinyin ("Ch'en", "P'yŏngyang",
** "Yan'an", "Tian'anmen"), which text without the marks writes as one word ("Yanan"); it
** does not before an ending of English ("Stalin's", "don't", "we'll", "they've") nor after an
** article or preposition written short ("l'ambassade", "d'Estaing", "dell'Unione",
** "qu'il", "O'Neill": one letter, but the aspirated p, k, t of Wade-Giles; or ending in ll or
** qu), whose words are searched alone. */
static int apostrophe_joins(ArchTokenizer *p, const char *seg, int nSeg, const char *z, int n,
                            int i){
  static const char *const azEnding[] = { "s", "t", "d", "m", "ll", "re", "ve" };
  int j = i, k;
  if( nSeg==1 && !strchr("pkt", seg[0]) ) return 0;
  if( nSeg>=2 && (memcmp(seg+nSeg-2, "ll", 2)==0 || memcmp(seg+nSeg-2, "qu", 2)==0) ){
    return 0;
  }
  while( j<n && ((z[j]|0x20)>='a' && (z[j]|0x20)<='z') ) j++;
  if( j==i ){                                     /* a letter beyond ASCII after it? */
    uint32_t cp;
    int len = i<n && (unsigned char)z[i]>=0x80 ? char_len(z+i, n-i, &cp) : 0;
    return len>0 && !is_unspaced_script(cp) && fold_cached(p, cp)->n>0;
  }
  if( j<n && ((unsigned char)z[j]>=0x80 || (z[j]>='0' && z[j]<='9')) ) return 1;
  for(k=0; k<(int)(sizeof(azEnding)/sizeof(azEnding[0])); k++){
    int m = (int)strlen(azEnding[k]);
    if( j-i==m && text_ieq(z+i, (size_t)m, azEnding[k], (size_t)m) ) return 0;
  }
  return 1;
}

static int is_ascii_letter(char c){
  return (c|0x20)>='a' && (c|0x20)<='z';
}

/* The letters of z[start..end) (a word next_index_word() read, or a piece of it) folded, in
** out: its length. With plain, as text without marks writes them (text_fold_letter_plain()).
** Its apostrophes are those the word joined: they are left out. */
static int fold_span(ArchTokenizer *p, const char *z, int start, int end, int plain, char *out){
  int i = start, o = 0, k;
  while( i<end ){
    unsigned char c = (unsigned char)z[i];
    uint32_t cp;
    int len;
    const FoldCacheEntry *e;
    if( c<0x80 ){
      if( c!='\'' && o<WORD_MAX_BYTES-1 ) out[o++] = (char)((c>='A' && c<='Z') ? c|0x20 : c);
      i++;
      continue;
    }
    if( (k = apostrophe_at(z, end, i))>0 ){ i += k; continue; }
    len = char_len(z+i, end-i, &cp);
    if( len==0 ){ i++; continue; }
    e = fold_cached(p, cp);
    if( (plain ? e->nPlain : e->n)>0 && o+(plain ? e->nPlain : e->n)<=WORD_MAX_BYTES-1 ){
      memcpy(out+o, plain ? e->zPlain : e->z, (size_t)(plain ? e->nPlain : e->n));
      o += plain ? e->nPlain : e->n;
    }
    i += len;
  }
  out[o] = 0;
  return o;
}

/* Read the next word at or after *pi: its bytes [*pStart, *pEnd) and its folded form, never
** empty (a word of combining marks alone folds to nothing, and is no word); a character of a
** script written without spaces is a word alone; an apostrophe inside a word joins its letters
** where apostrophe_joins() says. Returns 0 at the end of the text. When outPlain is not NULL,
** it gets the word as text without marks writes it (ŏ as o, č as c: text_fold_letter_plain())
** and *pnPlain its length, or -1 when that is the folded form, and *pJoined whether an
** apostrophe joined its letters. */
static int next_index_word(ArchTokenizer *p, const char *z, int n, int *pi, int *pStart,
                           int *pEnd, char *out, int *pnOut, char *outPlain, int *pnPlain,
                           int *pJoined){
  int i = *pi, o = 0, seg = 0, differs = 0;
  uint32_t cp;
  int len;
  const FoldCacheEntry *e;
next_word:
  while( i<n ){
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 ){                                /* ASCII, the common case, without tables */
      if( ((c|0x20)>='a' && (c|0x20)<='z') || (c>='0' && c<='9') ) break;
      i++;
      continue;
    }
    len = char_len(z+i, n-i, &cp);
    if( len && fold_cached(p, cp)->n>=0 ) break;
    i += len ? len : 1;
  }
  if( i>=n ){ *pi = n; return 0; }
  *pStart = i;
  if( i+1<n && z[i+1]=='.' && (o = arch_tok_initialism(z, n, i, out, pEnd))>0 ){
    *pi = *pEnd;
    out[o] = 0;
    *pnOut = o;
    if( pnPlain ){ *pnPlain = -1; *pJoined = 0; }
    return 1;
  }
  while( i<n ){
    unsigned char c = (unsigned char)z[i];
    int k;
    if( c<0x80 ){
      if( (c|0x20)>='a' && (c|0x20)<='z' ){
        c |= 0x20;
      }else if( c<'0' || c>'9' ){
        if( c=='\'' && o>0 && apostrophe_joins(p, out+seg, o-seg, z, n, i+1) ){
          i++;                                     /* "Yan'an" is one word */
          seg = o;
          continue;
        }
        break;
      }
      if( o<WORD_MAX_BYTES-1 ) out[o++] = (char)c;
      i++;
      continue;
    }
    if( c==0xE2 && o>0 && (k = apostrophe_at(z, n, i))>0 ){
      if( !apostrophe_joins(p, out+seg, o-seg, z, n, i+k) ) break;
      i += k;
      seg = o;
      continue;
    }
    if( (len = char_len(z+i, n-i, &cp))==0 || (e = fold_cached(p, cp))->n<0 ) break;
    k = e->n;
    if( is_unspaced_script(cp) ){
      if( o>0 ) break;                           /* ends the word before it */
      memcpy(out, e->z, (size_t)k);
      o = k;
      i += len;
      break;                                     /* and is one */
    }
    if( o+k<=WORD_MAX_BYTES-1 ){
      memcpy(out+o, e->z, (size_t)k);
      o += k;
    }
    differs |= e->plainDiffers;
    i += len;
  }
  if( o==0 ){ seg = differs = 0; goto next_word; }
  *pEnd = i;
  *pi = i;
  out[o] = 0;
  *pnOut = o;
  if( pnPlain ){
    *pnPlain = differs ? fold_span(p, z, *pStart, i, 1, outPlain) : -1;
    *pJoined = seg>0;
  }
  return 1;
}

/* The stem of a folded word in language k, from the cache or from Snowball. The result stays
** valid until the next call. */
static const char *stem_entry(ArchTokenizer *p, int k, const char *z, int n, int *pn,
                              StemCacheEntry **ppEntry){
  const sb_symbol *zStem;
  StemCache *pCache = p->aCache[k];
  StemCacheEntry *e = 0;
  *ppEntry = 0;
  if( pCache==0 ){                            /* made on first use; none: stem uncached */
    pCache = p->aCache[k] = arch_realloc(0, sizeof(StemCache));
    if( pCache ) memset(pCache, 0, sizeof(StemCache));
  }
  if( n<=STEM_CACHE_BYTES && pCache ){
    uint32_t h = text_hash(z, (size_t)n);
    unsigned iPair = h & (STEM_CACHE_SIZE-2), i;
    for(i=iPair; i<iPair+2; i++){
      e = &pCache->a[i];
      if( e->nWord==n && e->hash==h && memcmp(e->zWord, z, (size_t)n)==0 ){
        pCache->aLastUsed[iPair/2] = (uint8_t)(i-iPair);
        *pn = e->nStem;
        *ppEntry = e;
        return e->zStem;
      }
    }
    i = iPair + 1 - pCache->aLastUsed[iPair/2];          /* the one used less lately */
    pCache->aLastUsed[iPair/2] = (uint8_t)(i-iPair);
    e = &pCache->a[i];
    e->hash = h;
    e->nWord = 0;                               /* until it is filled */
  }
  zStem = stem_spelled(p->aStem[k], p->aAmerican[k], z, n, pn);
  if( zStem==0 ){ *pn = n; return z; }      /* out of memory in libstemmer: keep the word */
  if( e && *pn<=STEM_CACHE_BYTES ){
    memcpy(e->zWord, z, (size_t)n);
    memcpy(e->zStem, zStem, (size_t)*pn);
    e->nWord = (uint8_t)n;
    e->nStem = (uint8_t)*pn;
    e->family = 0;
    *ppEntry = e;
  }
  return (const char*)zStem;
}

/* The stem of z[0..n) by stemmer k, *pn its length: from the cache, or stemmed (and kept). */
static const char *stem(ArchTokenizer *p, int k, const char *z, int n, int *pn){
  StemCacheEntry *e;
  return stem_entry(p, k, z, n, pn, &e);
}

/* GCC and Clang: inline a function into every caller (emit_word(), once a word, has two), or
** never (a path most words do not take). */
#if defined(__GNUC__)
# define ARCH_ALWAYS_INLINE __attribute__((always_inline)) inline
# define ARCH_NOINLINE __attribute__((noinline))
#else
# define ARCH_ALWAYS_INLINE
# define ARCH_NOINLINE
#endif

/* Is the folded word z a word in Cyrillic (its first letter in U+0400..U+047F, two bytes that
** begin 0xD0 or 0xD1) that the Cyrillic stemmer stems, there being one? */
static ARCH_ALWAYS_INLINE int is_cyrillic_word(const ArchTokenizer *p, const char *z){
  unsigned char c = (unsigned char)z[0];
  return (c==0xD0 || c==0xD1) && p->aStem[CYRILLIC_STEM]!=0;
}

/* Emit a word's tokens: its stem in the first language (zStem0[0..nStem0) when the caller has
** it, else NULL), other languages' stems colocated. */
static ARCH_ALWAYS_INLINE int emit_stems(ArchTokenizer *p, ArchTokenizeReason eReason,
                     const char *zWord, int nWord, const char *zStem0, int nStem0,
                     int colocated, int iStart, int iEnd, void *pCtx, ArchTokenFn xToken){
  char aSeen[ARCH_TOKENIZE_MAX_LANG][WORD_MAX_BYTES];
  int aSeenLen[ARCH_TOKENIZE_MAX_LANG];
  int k, rc, nSeen = 0;
  if( eReason==ARCH_TOKENIZE_PREFIX ){
    return xToken(pCtx, colocated, zWord, nWord, iStart, iEnd);
  }
  if( p->nStem==1 || is_cyrillic_word(p, zWord) ){  /* one stemmer: nothing to compare */
    int n = nStem0;
    const char *zStem = zStem0 ? zStem0
                               : stem(p, is_cyrillic_word(p, zWord) ? CYRILLIC_STEM : 0, zWord,
                                      nWord, &n);
    return xToken(pCtx, colocated, zStem, n, iStart, iEnd);
  }
  for(k=0; k<p->nStem; k++){
    int n = nStem0, j, dup = 0;
    const char *zStem = k==0 && zStem0 ? zStem0 : stem(p, k, zWord, nWord, &n);
    if( n>=WORD_MAX_BYTES ) n = WORD_MAX_BYTES-1;
    for(j=0; j<nSeen; j++){
      if( aSeenLen[j]==n && memcmp(aSeen[j], zStem, (size_t)n)==0 ) dup = 1;
    }
    if( dup ) continue;
    memcpy(aSeen[nSeen], zStem, (size_t)n);
    aSeenLen[nSeen++] = n;
    rc = xToken(pCtx, colocated || k>0, aSeen[nSeen-1], n, iStart, iEnd);
    if( rc ) return rc;
  }
  return 0;
}

/* Emit a word's tokens: its stem in the first language, other languages' stems colocated. */
static ARCH_ALWAYS_INLINE int emit_word(ArchTokenizer *p, ArchTokenizeReason eReason,
                     const char *zWord, int nWord, int colocated, int iStart, int iEnd,
                     void *pCtx, ArchTokenFn xToken){
  return emit_stems(p, eReason, zWord, nWord, 0, 0, colocated, iStart, iEnd, pCtx, xToken);
}

/* Is z[0..n) lower-case ASCII letters only? */
static int ascii_lower_word(const char *z, int n){
  int i;
  for(i=0; i<n; i++) if( z[i]<'a' || z[i]>'z' ) return 0;
  return 1;
}

/* Is the word word[0..nWord), whose stem is zStem[0..nStem), a known Western person's family
** name whose stem is another word ("Dulles": dull, "Marshall": marshal; name_word_is_family())?
** Only words of ASCII letters are asked. */
static ARCH_NOINLINE int family_stemmed_away(const ArchTokenizer *p, const char *word,
                                             int nWord, const char *zStem, int nStem){
  return (nStem!=nWord || memcmp(zStem, word, (size_t)nWord)!=0)
      && ascii_lower_word(word, nWord) && name_word_is_family(p->pAuth, word, nWord);
}

/* The tokens of a word of the text, word[0..nWord) folded from z[iStart..iEnd): emit_word()'s;
** but a known Western person's family name whose stem is another word (family_stemmed_away()),
** written with a capital in a document or typed in a query, is indexed and searched as
** written: "Dulles" finds no "dull meeting", "Marshall" no "Marshal Zhukov". Typed in lower
** case, it may be the common word too: its stems stand beside it. */
static ARCH_ALWAYS_INLINE int emit_text_word(ArchTokenizer *p, ArchTokenizeReason eReason,
                                             const char *z, const char *word, int nWord,
                                             int iStart, int iEnd, void *pCtx,
                                             ArchTokenFn xToken){
  int upper = z[iStart]>='A' && z[iStart]<='Z', nStem = 0, rc;
  const char *zStem = 0;
  if( (upper || eReason==ARCH_TOKENIZE_QUERY) && p->pAuth && nWord>=3
   && eReason!=ARCH_TOKENIZE_PREFIX && (unsigned char)word[0]<0x80 ){
    StemCacheEntry *e;
    int family;
    zStem = stem_entry(p, 0, word, nWord, &nStem, &e);
    if( e && e->family ){
      family = e->family==2;
    }else{
      family = family_stemmed_away(p, word, nWord, zStem, nStem);
      if( e ) e->family = (uint8_t)(family ? 2 : 1);
    }
    if( family ){
      rc = xToken(pCtx, 0, word, nWord, iStart, iEnd);
      if( rc==0 && !upper ){
        rc = emit_stems(p, eReason, word, nWord, zStem, nStem, 1, iStart, iEnd, pCtx, xToken);
      }
      return rc;
    }
  }
  return emit_stems(p, eReason, word, nWord, zStem, nStem, 0, iStart, iEnd, pCtx, xToken);
}

/* Is the word z[0..n) (folded) a prefix that English writes joined or hyphenated to the word
** after it ("post-war", "postwar": word_prefixes.tsv)? */
static int is_word_prefix(const char *z, int n){
  return n>=arch_data_word_prefixes_min_key && n<=arch_data_word_prefixes_max_key
      && arch_data_find(arch_data_word_prefixes, arch_data_word_prefixes_count, z, (size_t)n);
}

/* The word a prefix ends at z[end] with a hyphen joins, as text writes it without the hyphen,
** in out ("post-war": "postwar"): its length, or 0 when no such word follows. */
static int prefixed_word(ArchTokenizer *p, const char *z, int n, int end, const char *zPrefix,
                         int nPrefix, char *out){
  int i = end, s, e, nNext;
  char next[WORD_MAX_BYTES];
  if( end+1>=n || z[end]!='-' || !is_ascii_letter(z[end+1]) || !is_word_prefix(zPrefix, nPrefix)
   || !next_index_word(p, z, n, &i, &s, &e, next, &nNext, 0, 0, 0) || s!=end+1
   || nPrefix+nNext>=WORD_MAX_BYTES ){
    return 0;
  }
  memcpy(out, zPrefix, (size_t)nPrefix);
  memcpy(out+nPrefix, next, (size_t)nNext);
  out[nPrefix+nNext] = 0;
  return nPrefix+nNext;
}

/* Does the folded word begin with a letter of Hangul's syllables (U+AC00..U+D7A3: 0xEA..0xED)?
** A Korean word may end with a particle (tokenize_korean.c). */
static ARCH_ALWAYS_INLINE int is_hangul_lead(const char *word){
  return (unsigned char)word[0]>=0xEA && (unsigned char)word[0]<=0xED;
}

/* The word z[start..end) (folded: word[0..nWord)) joined to the suffix of a Korean place name
** hyphenated after it ("Chŏngsan-ri": "cheongsanri", and from its plain form "chongsanri"), at
** the word's position, so that "Chongsanri" finds it (tokenize_korean.c). */
static int emit_place_joined(ArchTokenizer *p, ArchTokenizeReason eReason, const char *z, int n,
                             const char *word, int nWord, int start, int end, void *pCtx,
                             ArchTokenFn xToken){
  char joined[WORD_MAX_BYTES];
  int k = arch_korean_place_suffix(z, n, end+1), i;
  if( k==0 || nWord+k>=WORD_MAX_BYTES ) return 0;
  memcpy(joined, word, (size_t)nWord);
  for(i=0; i<k; i++) joined[nWord+i] = (char)(z[end+1+i]|0x20);
  joined[nWord+k] = 0;
  return emit_word(p, eReason, joined, nWord+k, 1, start, end, pCtx, xToken);
}

/* Beside the word z[start..end) (folded: word), the other forms of it that text writes: the
** word as text without marks writes it, plain[0..nPlain) when nPlain>0 ("Kaesŏng" is found by
** "Kaesong" as by "Kaeseong", "Timișoara" by "Timisoara"), and in a document a prefix
** hyphenated to the next word joined to it ("post-war" is found by "postwar"; search_query()
** asks for both forms of a hyphenated one), and in a document, when apostrophes joined the
** word, each piece between them ("Sant'Egidio" is found by "Egidio", as before they joined),
** and in a document a Korean word without its particle ("동지의" is found by "동지") or
** joined to the suffix of a place name ("Chŏngsan-ri" is found by "Chongsanri").
** Few words have any: this is out of the loop. */
static ARCH_NOINLINE int emit_other_forms(ArchTokenizer *p, ArchTokenizeReason eReason,
                                          const char *z, int n, const char *word, int nWord,
                                          const char *plain, int nPlain, int joinedAt,
                                          int start, int end, void *pCtx, ArchTokenFn xToken){
  char joined[WORD_MAX_BYTES];
  int rc = 0, nJoined, from, i, k;
  if( nPlain>0 && eReason!=ARCH_TOKENIZE_PREFIX ){
    rc = emit_word(p, eReason, plain, nPlain, 1, start, end, pCtx, xToken);
  }
  for(from=start; rc==0 && joinedAt && eReason==ARCH_TOKENIZE_DOCUMENT && from<end; from=i+k){
    for(i=from, k=0; i<end && (k = apostrophe_at(z, end, i))==0; i++){}
    if( (nJoined = fold_span(p, z, from, i, 0, joined))>0 ){
      rc = emit_word(p, eReason, joined, nJoined, 1, start, end, pCtx, xToken);
    }
  }
  if( rc==0 && eReason==ARCH_TOKENIZE_DOCUMENT
   && (nJoined = prefixed_word(p, z, n, end, word, nWord, joined))>0 ){
    rc = emit_word(p, eReason, joined, nJoined, 1, start, end, pCtx, xToken);
  }
  if( rc==0 && eReason==ARCH_TOKENIZE_DOCUMENT && end+1<n && z[end]=='-' ){
    if( (nJoined = arch_designation_joined(z, n, start, end, joined, WORD_MAX_BYTES))>0 ){
      rc = emit_word(p, eReason, joined, nJoined, 1, start, end, pCtx, xToken);  /* "B-52" */
    }
    if( rc==0 ) rc = emit_place_joined(p, eReason, z, n, word, nWord, start, end, pCtx, xToken);
    if( rc==0 && nPlain>0 ){
      rc = emit_place_joined(p, eReason, z, n, plain, nPlain, start, end, pCtx, xToken);
    }
  }
  if( rc==0 && eReason==ARCH_TOKENIZE_DOCUMENT && is_hangul_lead(word)
   && (nJoined = arch_hangul_without_particle(word, nWord))>0 ){
    rc = emit_word(p, eReason, word, nJoined, 1, start, end, pCtx, xToken);
  }
  return rc;
}

/* The syllables of a place written apart from z[start] ("Viet Cong", "Ha Noi", a capital after
** the word), no further than limit (where a name begins), joined at the first
** one's position ("vietcong"), and *pJoinedEnd after them, so that no later syllable of the run
** starts another (tokenize_joined.c), which reads first whether the word has one run of
** vowels, as a syllable has ("Soviet", "Meeting", most capitalized words, have more). */
static ARCH_NOINLINE int emit_syllables_joined(ArchTokenizer *p, ArchTokenizeReason eReason,
                                               const char *z, int n, int start, int end,
                                               int limit, int *pJoinedEnd, void *pCtx,
                                               ArchTokenFn xToken){
  char joined[WORD_MAX_BYTES];
  int nJoined;
  if( eReason!=ARCH_TOKENIZE_DOCUMENT || start<*pJoinedEnd || (z[end]!=' ' && z[end]!='-') ){
    return 0;
  }
  nJoined = arch_syllables_joined(z, n, start, limit, joined, WORD_MAX_BYTES, pJoinedEnd);
  return nJoined>0 ? emit_word(p, eReason, joined, nJoined, 1, start, start, pCtx, xToken) : 0;
}

/* The token of a name key: "§" and the key with its spaces as "_"; "§" is no letter, so no
** word can give it. */
static int emit_key(const char *zKey, int colocated, int iStart, int iEnd, void *pCtx,
                    ArchTokenFn xToken){
  char buf[NAME_MAX_KEY+2];
  int n = 2, i;
  buf[0] = '\xC2';
  buf[1] = '\xA7';
  for(i=0; zKey[i] && n<(int)sizeof(buf)-1; i++) buf[n++] = zKey[i]==' ' ? '_' : zKey[i];
  return xToken(pCtx, colocated, buf, n, iStart, iEnd);
}


/* The words of the text z[start..end) (a name): how many. */
static int count_words(ArchTokenizer *p, const char *z, int start, int end){
  char buf[WORD_MAX_BYTES];
  int i = start, s, e, nb, nWord = 0;
  while( next_index_word(p, z, end, &i, &s, &e, buf, &nb, 0, 0, 0) ) nWord++;
  return nWord;
}

/* Add token z[0..n) for word w of the set, unless it is there already. */
static void variant_add(VariantSet *pSet, int w, const char *z, int n){
  int t;
  if( n>255 || pSet->nTok[w]==VARIANT_TOKENS || pSet->nUsed+n>VARIANT_BYTES ) return;
  for(t=0; t<pSet->nTok[w]; t++){
    if( pSet->aLen[w][t]==n && memcmp(pSet->zBuf+pSet->aOff[w][t], z, (size_t)n)==0 ) return;
  }
  memcpy(pSet->zBuf+pSet->nUsed, z, (size_t)n);
  pSet->aOff[w][t] = (uint16_t)pSet->nUsed;
  pSet->aLen[w][t] = (uint8_t)n;
  pSet->nTok[w]++;
  pSet->nUsed += n;
}

/* Does the spelling z[0..n) begin with a title of name_titles.tsv ("Chairman Mao", "Premier
** Zhou")? Its first word looked up: a cheap test, made once a person and a name's length. */
static int begins_with_title(const char *z, int n){
  int i = 0;
  while( i<n && z[i]!=' ' && z[i]!='.' ) i++;
  return i>=arch_data_name_titles_min_key && i<=arch_data_name_titles_max_key
      && arch_data_find(arch_data_name_titles, arch_data_name_titles_count, z, (size_t)i)!=0;
}

/* Do the words of the spelling z[0..n) stand one to a word of a name of nWord words? They do
** when it has as many words, and, for a name written in Han (bySyllables), when it has fewer
** but as many syllables as the name has characters: a name in Han is a word a character, a
** syllable each, so that "Zhou Enlai" stands at 周恩来 (zhou at 周, enlai at 恩: the phrase
** "Zhou Enlai" finds it, and the word "Zhou"). A name in Latin letters gets no spelling of
** other words ("Uncle Ho" is no "Ho Chi Minh" word for word). A spelling with
** a title ("Chairman Mao", "Premier Zhou") stands nowhere: its title would be a word of every
** "Mao Zedong", and "chairman" would find them all (search_query() reads such a spelling typed
** as the person). */
static int spelling_fits(ArchTokenizer *p, const char *z, int n, int nWord, int bySyllables){
  int nSpelled = count_words(p, z, 0, n);
  if( nSpelled>nWord
   || (nSpelled<nWord && !(bySyllables && text_vowel_groups(z, (size_t)n)==nWord)) ){
    return 0;
  }
  return nSpelled<2 || !begins_with_title(z, n);
}

/* Make in *pSet the set of person's spellings for a name of nWord words (written in Han: han):
** each spelling that fits (spelling_fits()) gives its stemmed words, one per word of the name. */
static void variants_make(ArchTokenizer *p, int person, int nWord, int han, VariantSet *pSet){
  const char *az[MAX_VARIANTS];
  int nVariant, v, i, bySyllables;
  pSet->nWord = nWord;
  pSet->nUsed = 0;
  memset(pSet->nTok, 0, sizeof(pSet->nTok));
  nVariant = name_person_variants(p->pAuth, person, az, MAX_VARIANTS);
  bySyllables = nWord>1 && han;
  for(v=0; v<nVariant; v++){
    const char *z = az[v];
    int n = (int)strlen(z), s, e, nb, w = 0;
    char buf[WORD_MAX_BYTES];
    /* a spelling in Han is no words of the name: its characters are words of their own
    ** ("毛主席" would put "主席", chairman, at "Mao Zedong"); the key finds it */
    if( arch_tok_has_unspaced(z, n) || !spelling_fits(p, z, n, nWord, bySyllables) ) continue;
    i = 0;
    while( next_index_word(p, z, n, &i, &s, &e, buf, &nb, 0, 0, 0) && w<nWord ){
      int ns;
      const char *zStem = stem(p, 0, buf, nb, &ns);
      variant_add(pSet, w++, zStem, ns);
    }
  }
}

/* The set, packed in a new VariantTokens; NULL when out of memory. */
static VariantTokens *variants_pack(const VariantSet *pSet){
  VariantTokens *pOut;
  int w, t, o = 0, nByte = 0;
  for(w=0; w<pSet->nWord; w++){
    for(t=0; t<pSet->nTok[w]; t++) nByte += 1 + pSet->aLen[w][t];
  }
  pOut = arch_realloc(0, sizeof(VariantTokens) + (size_t)nByte);
  if( pOut==0 ) return 0;
  memset(pOut->nTok, 0, sizeof(pOut->nTok));
  memset(pOut->aStart, 0, sizeof(pOut->aStart));
  for(w=0; w<pSet->nWord; w++){
    pOut->aStart[w] = (uint16_t)o;
    pOut->nTok[w] = pSet->nTok[w];
    for(t=0; t<pSet->nTok[w]; t++){
      int n = pSet->aLen[w][t];
      pOut->z[o++] = (char)n;
      memcpy(pOut->z+o, pSet->zBuf + pSet->aOff[w][t], (size_t)n);
      o += n;
    }
  }
  return pOut;
}

/* The other spellings' tokens of a person, for the name z[start..end) (as many words, written
** in Han or not), into *ppOut: made the first time, then kept. *ppOut is NULL when the name has
** no words or too many. */
static ArchRc load_variants(ArchTokenizer *p, int person, const char *z, int start, int end,
                            const VariantTokens **ppOut){
  VariantTokens **pp;
  int nWord = count_words(p, z, start, end), han;
  uint32_t cp;
  *ppOut = 0;
  if( nWord<1 || nWord>MAX_NAME_WORDS || person<0 || person>=p->nVarPerson ) return ARCH_OK;
  han = char_len(z+start, end-start, &cp)>0 && is_unspaced_script(cp);
  pp = &p->apVar[(size_t)person*VARIANT_SLOTS + (size_t)(han ? MAX_NAME_WORDS : 0)
                 + (size_t)(nWord-1)];
  if( *pp==0 ){
    variants_make(p, person, nWord, han, p->pVarMade);
    if( (*pp = variants_pack(p->pVarMade))==0 ) return ARCH_NOMEM;
  }
  *ppOut = *pp;
  return ARCH_OK;
}

/* The other spellings' tokens for word w of the current name, but the word's own, colocated. */
static int emit_variant_words(const VariantTokens *pVar, int w, const char *zMain, int nMain,
                              int iStart, int iEnd, void *pCtx, ArchTokenFn xToken){
  const char *z = pVar->z + pVar->aStart[w];
  int t, rc;
  for(t=0; t<pVar->nTok[w]; t++){
    int n = (unsigned char)*z++;
    if( n!=nMain || memcmp(z, zMain, (size_t)n)!=0 ){
      if( (rc = xToken(pCtx, 1, z, n, iStart, iEnd))!=0 ) return rc;
    }
    z += n;
  }
  return 0;
}

ArchRc arch_tokenize(ArchTokenizer *p, ArchTokenizeReason eReason, const char *z, int n,
                     void *pCtx, ArchTokenFn xToken){
  char word[WORD_MAX_BYTES], plain[WORD_MAX_BYTES];
  int i = 0, start, end, nWord, nPlain, joinedAt, rc = 0, noMem;
  NameScanner scanner;
  NameFound found;
  int haveName = 0, nameWord = 0, isQueryName = 0, joinedEnd = 0;
  NameInfo queryName;
  char *zValid = 0;
  const char *zText = z;

  if( eReason!=ARCH_TOKENIZE_DOCUMENT && arch_tok_is_key_token(z, n) ){
    return xToken(pCtx, 0, z, n, 0, n) ? ARCH_ERROR : ARCH_OK;
  }
  if( p->pAuth ){
    zValid = arch_tok_valid_copy(z, n, &noMem);
    if( noMem ) return ARCH_NOMEM;
    if( zValid ) zText = zValid;
    if( eReason==ARCH_TOKENIZE_DOCUMENT ){
      if( names_memo_open(p)!=ARCH_OK ){
        arch_free(zValid);
        return ARCH_NOMEM;
      }
      name_scanner_init(&scanner, p->pAuth, zText, (size_t)n);
      name_scanner_cache(&scanner, p->pNames);
      haveName = name_scan_next(&scanner, &found);
    }else if( eReason==ARCH_TOKENIZE_QUERY ){
      /* a query term that is itself a name: "Kim Ir Sen" in quotes, "김일성", or a name no one
      ** is known by, written with its capital ("Tsvetkov" finds the "Comrade Zvetkov" of a
      ** document, whose key the document's tokens hold; "discussed" stays one token, which
      ** FTS5 reads faster than two) */
      isQueryName = name_analyze(p->pAuth, zText, (size_t)n, &queryName)
                 && (queryName.person>=0 || queryName.culture!=NAME_WESTERN
                     || arch_tok_begins_with_capital(zText, n));
      /* a known person's name in Han ("毛泽东", "金日成同志") is the person: its key alone,
      ** which the documents that name the person hold in any script; its characters, words
      ** of their own, would be a phrase that "Mao Zedong" does not hold */
      if( isQueryName && queryName.person>=0 && arch_tok_all_unspaced(zText, n) ){
        rc = emit_key(queryName.key, 0, 0, n, pCtx, xToken);
        arch_free(zValid);
        return rc ? ARCH_ERROR : ARCH_OK;
      }
    }
  }

  while( rc==0 && next_index_word(p, z, n, &i, &start, &end, word, &nWord, plain, &nPlain,
                                        &joinedAt) ){
    int inName = 0;
    while( haveName && (size_t)start>=found.end ){
      haveName = name_scan_next(&scanner, &found);
      nameWord = 0;
    }
    if( haveName && (size_t)start>=found.start ){
      inName = 1;
      if( nameWord==0 ){
        p->pVar = 0;
        if( found.info.person>=0
         && load_variants(p, found.info.person, zText, (int)found.start, (int)found.end,
                          &p->pVar)!=ARCH_OK ){
          arch_free(zValid);
          return ARCH_NOMEM;
        }
      }
    }
    rc = emit_text_word(p, eReason, z, word, nWord, start, end, pCtx, xToken);
    if( (unsigned)(z[start]-'A')<26u && nWord<=7 && end+1<n && (unsigned)(z[end+1]-'A')<26u
     && rc==0 && !inName ){
      rc = emit_syllables_joined(p, eReason, z, n, start, end, haveName ? (int)found.start : n,
                                 &joinedEnd, pCtx, xToken);
    }
    if( rc==0 && ((nPlain>0 && eReason!=ARCH_TOKENIZE_PREFIX)
                  || (eReason==ARCH_TOKENIZE_DOCUMENT
                      && (joinedAt || (end<n && z[end]=='-') || is_hangul_lead(word)))) ){
      rc = emit_other_forms(p, eReason, z, n, word, nWord, plain, nPlain, joinedAt, start, end,
                            pCtx, xToken);
    }
    if( rc==0 && inName ){
      if( nameWord==0 ) rc = emit_key(found.info.key, 1, start, end, pCtx, xToken);
      if( rc==0 && nameWord<MAX_NAME_WORDS && p->pVar ){
        int nMain;
        const char *zMain = stem(p, 0, word, nWord, &nMain);
        char main[WORD_MAX_BYTES];
        if( nMain>=WORD_MAX_BYTES ) nMain = WORD_MAX_BYTES-1;
        memcpy(main, zMain, (size_t)nMain);
        rc = emit_variant_words(p->pVar, nameWord, main, nMain, start, end, pCtx, xToken);
      }
      nameWord++;
    }
    if( rc==0 && isQueryName ){
      rc = emit_key(queryName.key, 1, start, end, pCtx, xToken);
      isQueryName = 0;
    }
  }
  /* the scan read to the end (past the last word: no more than punctuation), so that the memo
  ** keeps the names it gave, for the names() that reads this text next */
  while( rc==0 && haveName && scanner.names.nName>=0 ){
    haveName = name_scan_next(&scanner, &found);
  }
  arch_free(zValid);
  return rc ? ARCH_ERROR : ARCH_OK;
}
