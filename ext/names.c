/*
** names.c: person names normalized across romanizations, scripts and spellings. See names.h
** for the layers; this file is, in order: a small hash map, the character layer (tokens), the
** structure layer (titles, inversion, initials), the spelling layer (Korean syllables, Chinese
** syllables, Western folding), keys and the authority, comparison, and the free-text scanner.
*/
#include "names.h"
#include "arch_alloc.h"
#include "archivist_data.h"
#include "text.h"

#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- a string -> int hash map */

typedef struct MapEntry {
  const char *zKey;        /* NULL for an empty slot; points into the map's arena */
  int nKey;
  int value;
} MapEntry;

typedef struct Map {
  MapEntry *a;
  unsigned nSlot;          /* a power of two */
  unsigned nUsed;
} Map;

static unsigned hash_bytes(const char *z, int n){
  unsigned h = 2166136261u;
  int i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

static const MapEntry *map_find(const Map *m, const char *z, int n){
  unsigned i;
  if( m->nSlot==0 ) return 0;
  for(i = hash_bytes(z, n) & (m->nSlot-1); m->a[i].zKey; i = (i+1) & (m->nSlot-1)){
    if( m->a[i].nKey==n && memcmp(m->a[i].zKey, z, (size_t)n)==0 ) return &m->a[i];
  }
  return 0;
}

static int map_get(const Map *m, const char *z, int n, int dflt){
  const MapEntry *e = map_find(m, z, n);
  return e ? e->value : dflt;
}

/* Strings the maps point at, kept in blocks that never move. */
typedef struct Arena {
  char **aBlock;
  int nBlock;
  size_t nFree;
  char *zFree;
} Arena;

static const char *arena_copy(Arena *p, const char *z, int n){
  char *zOut;
  if( (size_t)n+1>p->nFree ){
    size_t nNew = n+1>4096 ? (size_t)n+1 : 4096;
    char **aNew = arch_realloc(p->aBlock, sizeof(char*)*(size_t)(p->nBlock+1));
    if( aNew==0 ) return 0;
    p->aBlock = aNew;
    if( (p->aBlock[p->nBlock] = arch_realloc(0, nNew))==0 ) return 0;
    p->zFree = p->aBlock[p->nBlock++];
    p->nFree = nNew;
  }
  zOut = p->zFree;
  memcpy(zOut, z, (size_t)n);
  zOut[n] = 0;
  p->zFree += n+1;
  p->nFree -= (size_t)n+1;
  return zOut;
}

static void arena_free(Arena *p){
  int i;
  for(i=0; i<p->nBlock; i++) arch_free(p->aBlock[i]);
  arch_free(p->aBlock);
  memset(p, 0, sizeof(*p));
}

/* Set z -> value; an existing key keeps its value unless `replace`. Returns 0 or 1 (no memory). */
static int map_put(Map *m, Arena *pArena, const char *z, int n, int value, int replace){
  unsigned i;
  if( (m->nUsed+1)*2>m->nSlot ){
    unsigned nNew = m->nSlot ? m->nSlot*2 : 64, k;
    MapEntry *aNew = arch_realloc(0, sizeof(MapEntry)*nNew);
    if( aNew==0 ) return 1;
    memset(aNew, 0, sizeof(MapEntry)*nNew);
    for(k=0; k<m->nSlot; k++){
      MapEntry *e = &m->a[k];
      if( e->zKey==0 ) continue;
      for(i = hash_bytes(e->zKey, e->nKey) & (nNew-1); aNew[i].zKey; i = (i+1) & (nNew-1)){}
      aNew[i] = *e;
    }
    arch_free(m->a);
    m->a = aNew;
    m->nSlot = nNew;
  }
  for(i = hash_bytes(z, n) & (m->nSlot-1); m->a[i].zKey; i = (i+1) & (m->nSlot-1)){
    if( m->a[i].nKey==n && memcmp(m->a[i].zKey, z, (size_t)n)==0 ){
      if( replace ) m->a[i].value = value;
      return 0;
    }
  }
  if( (m->a[i].zKey = arena_copy(pArena, z, n))==0 ) return 1;
  m->a[i].nKey = n;
  m->a[i].value = value;
  m->nUsed++;
  return 0;
}

static void map_free(Map *m){
  arch_free(m->a);
  memset(m, 0, sizeof(*m));
}

/* ---------------------------------------------------------------- the authority */

#define MAX_PERSONS 4096
#define AMBIGUOUS (-2)

typedef struct Person {
  const char *zPreferred;  /* the preferred form, as in the table */
  const char *zKey;        /* the key of the preferred form */
  const char *zFamily;     /* its family and given keys */
  const char *zGiven;
  int nGiven;
  NameCulture culture;
  int nextSameFamily;      /* the next person with the same family key, or -1 */
  int firstVariant;        /* the first of the person's spellings in aVariant, or -1 */
} Person;

struct NameAuthority {
  Arena arena;
  Map titles;              /* folded title -> 1 before, 2 after, 3 both */
  Map titleEdges;          /* the first and last words of titles -> 1 first, 2 last */
  Map notNames;            /* folded word -> 1 */
  Map koreanSurnames;      /* folded surname -> index of its canonical spelling in aCanon */
  Map chineseSurnames;     /* pinyin surname -> 1 */
  Map pinyin;              /* pinyin syllable -> 1 */
  Map wadeGiles;           /* folded Wade-Giles syllable -> index of its pinyin in aCanon */
  Map variants;            /* variant key -> person, or AMBIGUOUS */
  Map preferred;           /* preferred form as written -> person */
  Map families;            /* family key -> first person with it */
  Map nameWords;           /* every word of every spelling in the authority, folded */
  const char **aCanon;     /* strings the maps refer to by index */
  int nCanon;
  Person *aPerson;
  int nPerson;
  struct { const char *z; int next; } *aVariant;   /* every spelling, chained per person */
  int nVariant;
  int building;            /* while people are being read: no person lookups yet */
};

/* ---------------------------------------------------------------- characters */

#define MAX_TOKENS 16
#define TOKEN_BYTES 64

typedef enum Script { SCRIPT_LATIN = 0, SCRIPT_CYRILLIC, SCRIPT_HANGUL, SCRIPT_HAN } Script;

typedef struct Tok {
  char z[TOKEN_BYTES];     /* folded: lower-case ASCII letters, ' and -; or raw Cyrillic/Han */
  int n;
  Script script;
  int period;              /* a period followed it */
  int comma;               /* the token is a comma */
  int caps;                /* written in capitals */
  int nSyllable;           /* Hangul: syllables romanized into it */
  size_t iStart, iEnd;     /* its bytes in the text (the possessive excluded) */
} Tok;

typedef struct Toks {
  Tok a[MAX_TOKENS];
  int n;
  int bad;                 /* digits or too many tokens: not a name */
} Toks;

static void tok_append(Toks *p, Tok *t, const char *z, int n){
  if( t->n+n>=TOKEN_BYTES ){ p->bad = 1; return; }
  memcpy(t->z+t->n, z, (size_t)n);
  t->n += n;
  t->z[t->n] = 0;
}

/* Romanize one Hangul syllable (Revised Romanization) onto t. */
static void append_hangul(Toks *p, Tok *t, uint32_t cp){
  char zKey[4];
  const ArchDataRow *r;
  int idx = (int)(cp - 0xAC00);
  int part[3], k;
  part[0] = idx/588;
  part[1] = (idx%588)/28;
  part[2] = idx%28;
  for(k=0; k<3; k++){
    zKey[0] = "ivf"[k];
    zKey[1] = (char)('0' + part[k]/10);
    zKey[2] = (char)('0' + part[k]%10);
    r = arch_data_find(arch_data_hangul, arch_data_hangul_count, zKey, 3);
    if( r && r->value[0]!='-' ) tok_append(p, t, r->value, (int)strlen(r->value));
  }
  t->nSyllable++;
}

/* Append a Latin letter, folded (text_fold_letter), keeping only ASCII letters. */
static void append_latin(Toks *p, Tok *t, uint32_t cp){
  char buf[8];
  int n = text_fold_letter(cp, buf), k;
  for(k=0; k<n; k++){
    if( buf[k]>='a' && buf[k]<='z' ) tok_append(p, t, &buf[k], 1);
  }
}

static Tok *tok_open(Toks *p, size_t iStart){
  Tok *t;
  if( p->n==MAX_TOKENS ){ p->bad = 1; return 0; }
  t = &p->a[p->n++];
  memset(t, 0, sizeof(*t));
  t->iStart = iStart;
  t->caps = 1;
  return t;
}

/* Close token t at byte iEnd: drop a possessive ("Kim's", "Kim’s"), drop it if empty. */
static void tok_close(Toks *p, Tok *t, size_t iEnd, const char *zText){
  t->iEnd = iEnd;
  while( t->n>0 && (t->z[t->n-1]=='-' || t->z[t->n-1]=='\'') ){
    t->z[--t->n] = 0;
    t->iEnd = iEnd - 1;
  }
  if( t->n>=2 && t->z[t->n-1]=='s' && t->z[t->n-2]=='\'' ){
    t->n -= 2;
    t->z[t->n] = 0;
    /* the written possessive: "'s" or "’s" */
    while( t->iEnd>t->iStart && zText[t->iEnd-1]!='\'' && (zText[t->iEnd-1]&0xC0)!=0x80
        && t->iEnd - t->iStart > (size_t)t->n ){
      t->iEnd--;
    }
    if( t->iEnd>t->iStart ){
      if( zText[t->iEnd-1]=='\'' ) t->iEnd--;
      else if( t->iEnd>=t->iStart+3 && (unsigned char)zText[t->iEnd-3]==0xE2 ) t->iEnd -= 3;
    }
  }
  if( t->n==0 ) p->n--;
}

/* Cut a name into tokens (see Tok). */
static void tokenize(const char *z, size_t n, Toks *p){
  size_t i = 0;
  Tok *t = 0;
  p->n = 0;                        /* tokens are cleared as they open (tok_open) */
  p->bad = 0;
  while( i<n && !p->bad ){
    uint32_t cp;
    size_t at = i;
    int len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    utf8proc_category_t cat;
    i += (size_t)len;
    if( cp=='(' ){                                  /* "(Kim Song-ju)": an aside */
      if( t ){ tok_close(p, t, at, z); t = 0; }
      while( i<n && z[i]!=')' ) i++;
      if( i<n ) i++;
      continue;
    }
    if( cp>='0' && cp<='9' ){ p->bad = 1; break; }
    if( text_is_hangul_syllable(cp) ){
      if( t && t->script!=SCRIPT_HANGUL ){ tok_close(p, t, at, z); t = 0; }
      if( !t && !(t = tok_open(p, at)) ) break;
      t->script = SCRIPT_HANGUL;
      if( t->nSyllable>0 ) tok_append(p, t, "-", 1);
      append_hangul(p, t, cp);
      continue;
    }
    if( text_is_han(cp) || text_is_cyrillic(cp) ){
      Script s = text_is_han(cp) ? SCRIPT_HAN : SCRIPT_CYRILLIC;
      utf8proc_uint8_t enc[4];
      utf8proc_int32_t lower = utf8proc_tolower((utf8proc_int32_t)cp);
      if( t && t->script!=s ){ tok_close(p, t, at, z); t = 0; }
      if( !t && !(t = tok_open(p, at)) ) break;
      t->script = s;
      if( lower!=(utf8proc_int32_t)cp ) t->caps &= 1; else if( s==SCRIPT_CYRILLIC ) t->caps = 0;
      tok_append(p, t, (const char*)enc, (int)utf8proc_encode_char(lower, enc));
      continue;
    }
    if( text_is_dash(cp) || text_is_apostrophe(cp) ){
      if( t && t->n>0 ) tok_append(p, t, text_is_dash(cp) ? "-" : "'", 1);
      continue;
    }
    cat = utf8proc_category((utf8proc_int32_t)cp);
    if( cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_LO ){
      if( t && t->script!=SCRIPT_LATIN ){ tok_close(p, t, at, z); t = 0; }
      if( !t && !(t = tok_open(p, at)) ) break;
      if( cat==UTF8PROC_CATEGORY_LL ) t->caps = 0;
      append_latin(p, t, cp);
      continue;
    }
    if( cat>=UTF8PROC_CATEGORY_MN && cat<=UTF8PROC_CATEGORY_ME ) continue;   /* a lone mark */
    /* anything else ends the token */
    if( t ){ tok_close(p, t, at, z); t = 0; }
    if( cp=='.' && p->n>0 && p->a[p->n-1].iEnd==at ) p->a[p->n-1].period = 1;
    if( cp==',' ){
      Tok *c = tok_open(p, at);
      if( c ){ c->comma = 1; c->z[0] = ','; c->n = 1; c->iEnd = i; }
    }
  }
  if( t ) tok_close(p, t, n, z);
}

/* ---------------------------------------------------------------- Cyrillic */

/* Segment raw lower-case Cyrillic z[0..n) into syllables of `table`, writing their values
** (joined by `sep` when not 0) to out. Returns the length written, or -1. Longest first. */
static int segment_cyrillic(const ArchDataRow *aRow, unsigned nRow, const char *z, int n,
                            char *out, int nOut, char sep){
  int i = 0, o = 0;
  while( i<n ){
    int len, best = 0;
    const ArchDataRow *pBest = 0;
    for(len = n-i; len>0; len--){
      const ArchDataRow *r;
      if( (z[i+len-1] & 0xC0)==0x80 && i+len<n && (z[i+len] & 0xC0)==0x80 ) continue;
      if( i+len<n && (z[i+len] & 0xC0)==0x80 ) continue;      /* not at a character edge */
      r = arch_data_find(aRow, nRow, z+i, (size_t)len);
      if( r ){ best = len; pBest = r; break; }
    }
    if( !pBest ) return -1;
    len = (int)strlen(pBest->value);
    if( o+len+2>=nOut ) return -1;
    if( o>0 && sep ) out[o++] = sep;
    memcpy(out+o, pBest->value, (size_t)len);
    o += len;
    i += best;
  }
  out[o] = 0;
  return o;
}

/* Letter by letter, Russian style (ext/data/cyrillic.tsv). */
static int transliterate_cyrillic(const char *z, int n, char *out, int nOut){
  int i = 0, o = 0;
  while( i<n ){
    uint32_t cp;
    int len = text_utf8_decode((const unsigned char*)z+i, (size_t)(n-i), &cp);
    const ArchDataRow *r = arch_data_find(arch_data_cyrillic, arch_data_cyrillic_count,
                                          z+i, (size_t)len);
    if( r && r->value[0]!='-' ){
      int k = (int)strlen(r->value);
      if( o+k>=nOut ) return -1;
      memcpy(out+o, r->value, (size_t)k);
      o += k;
    }else if( !r && z[i]=='-' ){
      if( o+1>=nOut ) return -1;
      out[o++] = '-';
    }
    i += len;
  }
  out[o] = 0;
  return o;
}

/* Romanize the Cyrillic tokens of a name by its culture: Palladius when every word is Chinese
** syllables, Kontsevich when every word is Korean syllables, else letter by letter. */
static void romanize_cyrillic(Toks *p){
  char aOut[MAX_TOKENS][TOKEN_BYTES];
  int i, nCyr = 0, ok;
  for(i=0; i<p->n; i++) nCyr += p->a[i].script==SCRIPT_CYRILLIC;
  if( nCyr==0 ) return;
  for(ok=1, i=0; i<p->n && ok; i++){
    Tok *t = &p->a[i];
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    ok = segment_cyrillic(arch_data_palladius, arch_data_palladius_count, t->z, t->n,
                          aOut[i], TOKEN_BYTES, 0)>0;
  }
  if( ok && nCyr>=2 ){
    for(i=0; i<p->n; i++){
      if( p->a[i].script!=SCRIPT_CYRILLIC ) continue;
      strcpy(p->a[i].z, aOut[i]);
      p->a[i].n = (int)strlen(aOut[i]);
      p->a[i].script = SCRIPT_LATIN;
    }
    return;
  }
  for(ok=1, i=0; i<p->n && ok; i++){
    Tok *t = &p->a[i];
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    ok = segment_cyrillic(arch_data_kontsevich, arch_data_kontsevich_count, t->z, t->n,
                          aOut[i], TOKEN_BYTES, '-')>0;
  }
  for(i=0; i<p->n; i++){
    Tok *t = &p->a[i];
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    if( !ok && transliterate_cyrillic(t->z, t->n, aOut[i], TOKEN_BYTES)<0 ){
      p->bad = 1;
      return;
    }
    strcpy(t->z, aOut[i]);
    t->n = (int)strlen(aOut[i]);
    t->script = SCRIPT_LATIN;
  }
}

/* ---------------------------------------------------------------- structure */

/* The folded text of tokens a[i..j), joined by spaces, without hyphens (for title lookups). */
static int join_tokens(const Toks *p, int i, int j, char *out, int nOut){
  int o = 0, k;
  for(k=i; k<j; k++){
    const Tok *t = &p->a[k];
    if( o+t->n+2>=nOut ) return -1;
    if( k>i ) out[o++] = ' ';
    memcpy(out+o, t->z, (size_t)t->n);
    o += t->n;
  }
  out[o] = 0;
  return o;
}

/* Length in tokens of the title at a[i..) (reading forwards) , or 0. `role` 1 = before the
** name, 2 = after it. */
static int title_at(const NameAuthority *pAuth, const Toks *p, int i, int j, int role){
  char buf[128];
  int len;
  if( i>=j ) return 0;
  if( !pAuth->building ){
    /* most words begin no title and end none: say so without building any phrase */
    const Tok *t = role==1 ? &p->a[i] : &p->a[j-1];
    if( !(map_get(&pAuth->titleEdges, t->z, t->n, 0) & (role==1 ? 1 : role==2 ? 2 : 3)) ){
      return 0;
    }
  }
  for(len = (j-i<4 ? j-i : 4); len>0; len--){
    int n, v;
    if( role==1 ) n = join_tokens(p, i, i+len, buf, sizeof(buf));
    else n = join_tokens(p, j-len, j, buf, sizeof(buf));
    if( n<=0 ) continue;
    v = map_get(&pAuth->titles, buf, n, 0);
    if( v & role ) return len;
  }
  return 0;
}

static void drop_tokens(Toks *p, int i, int n){
  memmove(&p->a[i], &p->a[i+n], sizeof(Tok)*(size_t)(p->n-i-n));
  p->n -= n;
}

/* Titles before and after the name, around a comma too: "Prof. Dr. Manfred Gerlach",
** "Kádár elvtárs", "Gerlach, Prof. Manfred". */
static int strip_titles(const NameAuthority *pAuth, Toks *p){
  int k, stripped = 0, iComma;
  while( p->n>0 && (k = title_at(pAuth, p, 0, p->n, 1))>0 && k<p->n ){
    drop_tokens(p, 0, k);
    stripped = 1;
  }
  while( p->n>0 && (k = title_at(pAuth, p, 0, p->n, 2))>0 && k<p->n ){
    p->n -= k;
    stripped = 1;
  }
  for(iComma=0; iComma<p->n && !p->a[iComma].comma; iComma++){}
  if( iComma<p->n ){
    while( iComma+1<p->n && (k = title_at(pAuth, p, iComma+1, p->n, 1))>0
        && iComma+1+k<p->n ){
      drop_tokens(p, iComma+1, k);
      stripped = 1;
    }
  }
  return stripped;
}

/* "Surname, Given" becomes "Given Surname"; a comma before a suffix ("Jr.") is dropped. */
static void undo_inversion(Toks *p){
  Tok a[MAX_TOKENS];
  int iComma, nAfter, nBefore;
  for(iComma=0; iComma<p->n && !p->a[iComma].comma; iComma++){}
  if( iComma==p->n ) return;
  nBefore = iComma;
  nAfter = p->n - iComma - 1;
  if( nBefore==0 || nAfter==0 ){
    drop_tokens(p, iComma, 1);
    return;
  }
  memcpy(a, &p->a[iComma+1], sizeof(Tok)*(size_t)nAfter);
  memcpy(a+nAfter, &p->a[0], sizeof(Tok)*(size_t)nBefore);
  memcpy(p->a, a, sizeof(Tok)*(size_t)(nAfter+nBefore));
  p->n = nAfter + nBefore;
}

static int ends_with(const char *z, int n, const char *zSuffix){
  int k = (int)strlen(zSuffix);
  return n>k && memcmp(z+n-k, zSuffix, (size_t)k)==0;
}

/* A Russian patronymic: Sergeyevich, Mikhailovna. */
static int is_patronymic(const Tok *t){
  static const char *const azSuffix[] = {
    "ovich", "evich", "ovych", "evych", "ovna", "evna", "ichna", "yich", "ich"
  };
  size_t i;
  if( t->n<6 ) return 0;
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    if( ends_with(t->z, t->n, azSuffix[i]) ) return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- Korean syllables */

/* Fold one romanized Korean syllable (any system) to its class string: initials k/g, t/d,
** p/b, ch/j, s/sh, r/l merged; vowels eo/o/u/eu merged, yeo/yo/yu, ae/e, wae/oe/we; finals
** k/g, t/d/s, p/b, l/r. Returns the length written to out, or -1 when z is no syllable. */
static int korean_syllable(const char *z, int n, char *out){
  typedef struct Jamo { const char *zIn; unsigned char nIn; const char *zOut; } Jamo;
  static const Jamo aInitial[] = {
    {"tch",3,"j"}, {"kk",2,"g"}, {"tt",2,"d"}, {"pp",2,"b"}, {"ss",2,"s"}, {"jj",2,"j"},
    {"ch",2,"j"}, {"sh",2,"s"}, {"k",1,"g"}, {"g",1,"g"}, {"t",1,"d"}, {"d",1,"d"},
    {"p",1,"b"}, {"b",1,"b"}, {"s",1,"s"}, {"j",1,"j"}, {"r",1,"r"}, {"l",1,"r"},
    {"m",1,"m"}, {"n",1,"n"}, {"h",1,"h"}, {"",0,""},
  };
  static const Jamo aVowel[] = {
    {"yae",3,"ye"}, {"yeo",3,"yo"}, {"wae",3,"we"}, {"ae",2,"e"}, {"ya",2,"ya"},
    {"eo",2,"o"}, {"ye",2,"ye"}, {"wa",2,"wa"}, {"oe",2,"we"}, {"yo",2,"yo"}, {"wo",2,"wo"},
    {"we",2,"we"}, {"wi",2,"wi"}, {"yu",2,"yo"}, {"eu",2,"o"}, {"ui",2,"ui"}, {"ou",2,"o"},
    {"oo",2,"o"}, {"ee",2,"i"}, {"ei",2,"e"}, {"a",1,"a"}, {"e",1,"e"}, {"o",1,"o"},
    {"u",1,"o"}, {"i",1,"i"},
  };
  static const Jamo aFinal[] = {
    {"ng",2,"ng"}, {"k",1,"k"}, {"g",1,"k"}, {"n",1,"n"}, {"t",1,"t"}, {"d",1,"t"},
    {"s",1,"t"}, {"l",1,"l"}, {"r",1,"l"}, {"m",1,"m"}, {"p",1,"p"}, {"b",1,"p"}, {"",0,""},
  };
  char s[16];
  int m = 0, i, a, b, c;
  for(i=0; i<n; i++){                                 /* drop MR's apostrophes */
    if( z[i]=='\'' ) continue;
    if( m>=15 ) return -1;
    s[m++] = z[i];
  }
  s[m] = 0;
  for(a=0; a<(int)(sizeof(aInitial)/sizeof(aInitial[0])); a++){
    const Jamo *pI = &aInitial[a];
    int na = pI->nIn;
    if( na>m || (na && (s[0]!=pI->zIn[0] || memcmp(s, pI->zIn, (size_t)na)!=0)) ) continue;
    for(b=0; b<(int)(sizeof(aVowel)/sizeof(aVowel[0])); b++){
      const Jamo *pV = &aVowel[b];
      int nb = pV->nIn;
      if( na+nb>m || s[na]!=pV->zIn[0] || memcmp(s+na, pV->zIn, (size_t)nb)!=0 ) continue;
      for(c=0; c<(int)(sizeof(aFinal)/sizeof(aFinal[0])); c++){
        const Jamo *pF = &aFinal[c];
        if( na+nb+pF->nIn!=m || memcmp(s+na+nb, pF->zIn, pF->nIn)!=0 ) continue;
        i = 0;
        for(const char *zo = pI->zOut; *zo; ) out[i++] = *zo++;
        for(const char *zo = pV->zOut; *zo; ) out[i++] = *zo++;
        for(const char *zo = pF->zOut; *zo; ) out[i++] = *zo++;
        out[i] = 0;
        return i;
      }
    }
  }
  return -1;
}

/* Fold a Korean given name's piece: one syllable, or two written together ("Ilsung": the
** longest first syllable that leaves a syllable). Appends to out; returns syllables, or -1. */
static int korean_piece(const char *z, int n, char *out, int nOut){
  char a[16], b[16];
  int k, na, nb;
  if( n==2 && memcmp(z, "ii", 2)==0 ){ z = "il"; }     /* OCR: "Kim II Sung" */
  if( (na = korean_syllable(z, n, a))>0 ){
    if( (int)strlen(out)+na>=nOut ) return -1;
    strcat(out, a);
    return 1;
  }
  for(k=n-1; k>=1; k--){
    if( (na = korean_syllable(z, k, a))>0 && (nb = korean_syllable(z+k, n-k, b))>0 ){
      if( (int)strlen(out)+na+nb>=nOut ) return -1;
      strcat(out, a);
      strcat(out, b);
      return 2;
    }
  }
  return -1;
}

/* ---------------------------------------------------------------- Chinese syllables */

/* Pinyin of a syllable in Wade-Giles mode, or 0. */
static const char *wade_giles(const NameAuthority *pAuth, const char *z, int n){
  int v = map_get(&pAuth->wadeGiles, z, n, -1);
  return v>=0 ? pAuth->aCanon[v] : 0;
}

static int is_pinyin(const NameAuthority *pAuth, const char *z, int n){
  return map_get(&pAuth->pinyin, z, n, 0);
}

/* Split a pinyin word ("zedong", "xiaoping") into syllables, fewest first; appends them to
** out joined; returns the number of syllables or -1. */
static int pinyin_word(const NameAuthority *pAuth, const char *z, int n, char *out, int nOut){
  int k;
  if( n>0 && is_pinyin(pAuth, z, n) ){
    if( (int)strlen(out)+n>=nOut ) return -1;
    strncat(out, z, (size_t)n);
    return 1;
  }
  for(k=n-1; k>=1; k--){
    /* a syllable after the first cannot start with a vowel ("xian" is not "xi'an") */
    if( strchr("aeiou", z[k]) ) continue;
    if( is_pinyin(pAuth, z, k) && is_pinyin(pAuth, z+k, n-k) ){
      if( (int)strlen(out)+n>=nOut ) return -1;
      strncat(out, z, (size_t)n);
      return 2;
    }
  }
  return -1;
}

/* ---------------------------------------------------------------- Western spelling */

/* Replace every `from` (nf bytes) by `to` (nt bytes) in z[0..n), in place; returns the new
** length, never above nMax-1. */
static int replace_all(char *z, int n, const char *from, int nf, const char *to, int nt,
                       int nMax){
  int i = 0;
  while( i+nf<=n ){
    if( z[i]==from[0] && memcmp(z+i, from, (size_t)nf)==0 ){
      if( n-nf+nt>=nMax ) return n;
      memmove(z+i+nt, z+i+nf, (size_t)(n-i-nf+1));
      memcpy(z+i, to, (size_t)nt);
      n += nt-nf;
      i += nt;
    }else{
      i++;
    }
  }
  return n;
}

static int is_vowel(char c){ return c && strchr("aeiouy", c)!=0; }

/* Fold the German, Polish, Czech, Hungarian renderings of a (mostly Slavic) name into one:
** Chruschtschow, Chruszczow, Chruščov, Hruscsov and Khrushchev all give "hrushchev". */
static int fold_western(char *z, int n, int nMax){
  static const struct { const char *zFrom; int nFrom; const char *zTo; int nTo; } aRule[] = {
    {"-",1,"",0}, {"'",1,"",0}, {"schtsch",7,"shch",4}, {"szcz",4,"shch",4},
    {"scs",3,"shch",4}, {"tsch",4,"ch",2}, {"sch",3,"sh",2}, {"sz",2,"sh",2}, {"cz",2,"ch",2},
    {"cs",2,"ch",2}, {"zs",2,"zh",2}, {"tz",2,"ts",2}, {"ck",2,"k",1}, {"w",1,"v",1},
    {"kh",2,"h",1},
  };
  size_t r;
  int i, o;
  for(r=0; r<sizeof(aRule)/sizeof(aRule[0]); r++){
    if( !memchr(z, aRule[r].zFrom[0], (size_t)n) ) continue;
    n = replace_all(z, n, aRule[r].zFrom, aRule[r].nFrom, aRule[r].zTo, aRule[r].nTo, nMax);
  }
  if( n>2 && z[0]=='c' && z[1]=='h' && !is_vowel(z[2]) ){      /* German "Chr-" is Russian "Khr-" */
    memmove(z, z+1, (size_t)n);
    n--;
  }
  if( n>2 && z[0]=='z' && !is_vowel(z[1]) && z[1]!='h' ){     /* German "Zv-" is Russian "Tsv-" */
    if( n+1>=nMax ) return n;
    memmove(z+2, z+1, (size_t)n);
    z[0] = 't'; z[1] = 's';
    n++;
  }
  if( n>2 && z[0]=='j' && is_vowel(z[1]) ) z[0] = 'y';         /* Jurij = Yuri */
  /* the endings -ij, -iy, -ii, -yi all write -i */
  if( n>3 && (ends_with(z, n, "ij") || ends_with(z, n, "iy") || ends_with(z, n, "ii")
           || ends_with(z, n, "yi")) ){
    z[--n] = 0;
    z[n-1] = 'i';
  }
  /* ё after a hissing sound is written e or o: Khrushchev, Chruščov */
  if( n>4 && z[n-2]=='o' && z[n-1]=='v' && (z[n-3]=='h' || z[n-3]=='j') ) z[n-2] = 'e';
  /* double letters */
  for(i=0, o=0; i<n; i++){
    if( o>0 && z[o-1]==z[i] ) continue;
    z[o++] = z[i];
  }
  z[o] = 0;
  return o;
}

/* ---------------------------------------------------------------- keys */

/* The parts of a name once its structure is known. */
typedef struct Parts {
  char family[64];
  char given[96];
  int nGiven;
  int initialsOnly;
  NameCulture culture;
} Parts;

static void append_word(char *z, int nMax, const char *w){
  int n = (int)strlen(z), k = (int)strlen(w);
  if( n>0 && n+1<nMax ) z[n++] = ' ';
  if( n+k<nMax ){ memcpy(z+n, w, (size_t)k); n += k; }
  z[n<nMax ? n : nMax-1] = 0;
}

/* Korean: a known surname first (or last: "Il Sung Kim"), then one to three syllables. */
static int parts_korean(const NameAuthority *pAuth, const Toks *p, Parts *pOut){
  int iFamily = -1, i, nSyl = 0, v;
  const Tok *pFamily;
  char given[64];
  if( p->n<1 || p->n>4 ) return 0;
  for(i=0; i<p->n; i++) if( p->a[i].n==1 && !p->a[i].period && p->n>1 ) return 0;
  if( map_get(&pAuth->koreanSurnames, p->a[0].z, p->a[0].n, -1)>=0 ) iFamily = 0;
  else if( p->n>1 && map_get(&pAuth->koreanSurnames, p->a[p->n-1].z, p->a[p->n-1].n, -1)>=0 ){
    iFamily = p->n-1;
  }
  /* "김일성" is one token of three syllables: the first is the family name */
  if( iFamily<0 && p->n==1 && p->a[0].script==SCRIPT_HANGUL && p->a[0].nSyllable>=2 ){
    const char *zDash = strchr(p->a[0].z, '-');
    v = map_get(&pAuth->koreanSurnames, p->a[0].z, (int)(zDash - p->a[0].z), -1);
    if( v<0 ) return 0;
    memset(pOut, 0, sizeof(*pOut));
    strcpy(pOut->family, pAuth->aCanon[v]);
    for(const char *z = zDash+1; *z; ){
      const char *zEnd = strchr(z, '-');
      int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
      if( korean_piece(z, nz, pOut->given, sizeof(pOut->given))<0 ) return 0;
      nSyl++;
      z += nz + (zEnd!=0);
    }
    pOut->nGiven = 1;
    pOut->culture = NAME_KOREAN;
    return nSyl<=3;
  }
  if( iFamily<0 ) return 0;
  pFamily = &p->a[iFamily];
  v = map_get(&pAuth->koreanSurnames, pFamily->z, pFamily->n, -1);
  memset(pOut, 0, sizeof(*pOut));
  given[0] = 0;
  for(i=0; i<p->n; i++){
    const char *z = p->a[i].z;
    if( i==iFamily ) continue;
    while( *z ){
      const char *zEnd = strchr(z, '-');
      int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
      int k = nz>0 ? korean_piece(z, nz, given, sizeof(given)) : 0;
      if( k<0 ) return 0;
      nSyl += k;
      z += nz + (zEnd!=0);
    }
  }
  if( nSyl>3 || (nSyl==0 && p->n>1) ) return 0;
  strcpy(pOut->family, pAuth->aCanon[v]);
  strcpy(pOut->given, given);
  pOut->nGiven = nSyl>0;
  pOut->culture = NAME_KOREAN;
  return 1;
}

/* Chinese: a surname, then a given name of one or two syllables, in pinyin or Wade-Giles. */
static int parts_chinese(const NameAuthority *pAuth, const Toks *p, Parts *pOut){
  int i, wg = 0, nSyl = 0;
  char family[TOKEN_BYTES];
  if( p->n<2 || p->n>3 ) return 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    if( t->n<2 || t->script!=SCRIPT_LATIN ) return 0;
    if( strchr(t->z, '\'') || (i>0 && strchr(t->z, '-')) ) wg = 1;
  }
  if( !wg ){
    /* a syllable Wade-Giles knows and pinyin does not ("hsiao", "tse") means Wade-Giles */
    for(i=0; i<p->n && !wg; i++){
      const char *z = p->a[i].z;
      while( *z && !wg ){
        const char *zEnd = strchr(z, '-');
        int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
        if( wade_giles(pAuth, z, nz) && !is_pinyin(pAuth, z, nz) ) wg = 1;
        z += nz + (zEnd!=0);
      }
    }
  }
  memset(pOut, 0, sizeof(*pOut));
  if( wg ){
    const char *zPin = wade_giles(pAuth, p->a[0].z, p->a[0].n);
    if( !zPin ) return 0;
    strcpy(family, zPin);
  }else{
    memcpy(family, p->a[0].z, (size_t)p->a[0].n+1);
  }
  if( !map_get(&pAuth->chineseSurnames, family, (int)strlen(family), 0) ) return 0;
  for(i=1; i<p->n; i++){
    const char *z = p->a[i].z;
    while( *z ){
      const char *zEnd = strchr(z, '-');
      int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
      if( wg ){
        const char *zPin = wade_giles(pAuth, z, nz);
        if( !zPin || strlen(pOut->given)+strlen(zPin)+1>=sizeof(pOut->given) ) return 0;
        strcat(pOut->given, zPin);
        nSyl++;
      }else{
        int k = pinyin_word(pAuth, z, nz, pOut->given, sizeof(pOut->given));
        if( k<0 ) return 0;
        nSyl += k;
      }
      z += nz + (zEnd!=0);
    }
  }
  if( nSyl<1 || nSyl>3 ) return 0;
  strcpy(pOut->family, family);
  pOut->nGiven = 1;
  pOut->culture = NAME_CHINESE;
  return 1;
}

/* Everyone else: given names or initials, then the family name; patronymics dropped. */
static int parts_western(const Toks *p, Parts *pOut){
  int i, nWord = 0;
  memset(pOut, 0, sizeof(*pOut));
  if( p->n==0 ) return 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    char w[TOKEN_BYTES];
    int n;
    if( t->script==SCRIPT_HAN ) return 0;
    memcpy(w, t->z, (size_t)t->n+1);
    n = t->n;
    if( i==p->n-1 ){
      if( n==1 ) return 0;                    /* "Kennan, G." reversed to "G. Kennan" is fine */
      fold_western(w, n, TOKEN_BYTES);
      strcpy(pOut->family, w);
      break;
    }
    if( p->n>=3 && i>0 && is_patronymic(t) ) continue;
    if( n==1 ){
      /* as fold_western() writes a given name's J- as Y- (Jurij = Yuri), so its initial */
      char c[2] = { w[0]=='j' ? 'y' : w[0], 0 };
      append_word(pOut->given, sizeof(pOut->given), c);
    }else{
      fold_western(w, n, TOKEN_BYTES);
      append_word(pOut->given, sizeof(pOut->given), w);
      nWord++;
    }
    pOut->nGiven++;
  }
  pOut->initialsOnly = pOut->nGiven>0 && nWord==0;
  pOut->culture = NAME_WESTERN;
  return pOut->family[0]!=0;
}

/* Han characters: only the authority knows them; the key is the characters. */
static int parts_han(const Toks *p, Parts *pOut){
  int i;
  memset(pOut, 0, sizeof(*pOut));
  for(i=0; i<p->n; i++){
    if( p->a[i].script!=SCRIPT_HAN ) return 0;
    append_word(pOut->family, sizeof(pOut->family), p->a[i].z);
  }
  pOut->culture = NAME_HAN;
  return p->n>0;
}

static void parts_key(const Parts *pParts, char *zKey, int nKey){
  zKey[0] = 0;
  append_word(zKey, nKey, pParts->family);
  if( pParts->given[0] ) append_word(zKey, nKey, pParts->given);
}

/* ---------------------------------------------------------------- analysis */

/* The cleaned display form: titles dropped, "Surname, Given" turned round, capitals where a
** name was written all in capitals or all in lower case, initials as "A.M.". */
static void build_display(const char *z, const Toks *p, char *out, int nOut){
  int o = 0, i;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    const char *zw = z + t->iStart;
    int nw = (int)(t->iEnd - t->iStart), k, upper = 1;
    int initial = t->n==1 && t->script==SCRIPT_LATIN;
    int recase = t->caps || (t->script==SCRIPT_LATIN && !(zw[0]>='A' && zw[0]<='Z')
                             && (unsigned char)zw[0]<0x80);
    if( o>0 && !(initial && i>0 && p->a[i-1].n==1 && p->a[i-1].script==SCRIPT_LATIN) ){
      if( o+1>=nOut ) break;
      out[o++] = ' ';
    }
    if( o+nw+2>=nOut ) break;
    for(k=0; k<nw; k++){
      char c = zw[k];
      if( recase && c>='A' && c<='Z' && !upper ) c = (char)(c+32);
      if( recase && c>='a' && c<='z' && upper ) c = (char)(c-32);
      upper = (c==' ' || c=='-') && !(t->script==SCRIPT_LATIN && recase && c=='-');
      if( c=='.' ) continue;
      out[o++] = c;
    }
    if( initial ) out[o++] = '.';
  }
  out[o] = 0;
}

static void person_info(const NameAuthority *pAuth, int person, NameInfo *pInfo);

static int lookup_variant(const NameAuthority *pAuth, const char *zKey){
  if( pAuth->building ) return -1;
  return map_get(&pAuth->variants, zKey, (int)strlen(zKey), -1);
}

/* Initials "a m" fit given names "alexander mikhailovich"? Each initial must begin the given
** name in its place; a side may have fewer. */
static int initials_fit(const char *zInitials, const char *zGiven){
  const char *a = zInitials, *b = zGiven;
  while( *a && *b ){
    if( *a!=*b ) return 0;
    while( *a && *a!=' ' ) a++;
    while( *b && *b!=' ' ) b++;
    while( *a==' ' ) a++;
    while( *b==' ' ) b++;
  }
  return 1;
}

/* A surname alone, or with initials, names a known person when exactly one fits. */
static int lookup_family(const NameAuthority *pAuth, const Parts *pParts){
  int i, found = -1;
  if( pAuth->building ) return -1;
  i = map_get(&pAuth->families, pParts->family, (int)strlen(pParts->family), -1);
  for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
    const Person *q = &pAuth->aPerson[i];
    if( pParts->nGiven>0 && !initials_fit(pParts->given, q->zGiven) ) continue;
    if( found>=0 ) return -1;                   /* two people fit */
    found = i;
  }
  return found;
}

int name_analyze(const NameAuthority *pAuth, const char *z, size_t n, NameInfo *pInfo){
  Toks toks;
  Parts parts;
  int i, person;
  /* every field is set below; the strings need only be empty (clearing the whole struct, some
  ** 900 bytes, was the largest cost of a short name) */
  pInfo->key[0] = pInfo->family[0] = pInfo->given[0] = pInfo->display[0] = 0;
  pInfo->titledKey[0] = 0;
  pInfo->nGiven = pInfo->initialsOnly = pInfo->titled = pInfo->viaVariant = 0;
  pInfo->culture = NAME_WESTERN;
  pInfo->person = -1;
  text_trim(&z, &n);
  if( n==0 || n>NAME_MAX_INPUT ) return 0;
  tokenize(z, n, &toks);
  if( toks.bad ) return 0;
  romanize_cyrillic(&toks);
  if( toks.bad ) return 0;
  join_tokens(&toks, 0, toks.n, pInfo->titledKey, sizeof(pInfo->titledKey));
  pInfo->titled = strip_titles(pAuth, &toks);
  if( toks.n>0 && title_at(pAuth, &toks, 0, toks.n, 3)==toks.n ){
    /* A title alone is no name, unless the authority lists it as an epithet ("Dear Leader") */
    int epithet = lookup_variant(pAuth, pInfo->titledKey);
    pInfo->titled = 1;
    if( epithet<0 ) return 0;
    person_info(pAuth, epithet, pInfo);
    build_display(z, &toks, pInfo->display, sizeof(pInfo->display));
    return 1;
  }
  if( !pInfo->titled ) pInfo->titledKey[0] = 0;
  undo_inversion(&toks);
  for(i=0; i<toks.n; i++){
    if( toks.a[i].comma ) drop_tokens(&toks, i--, 1);
  }
  if( toks.n==0 ) return 0;
  if( !parts_han(&toks, &parts) && !parts_korean(pAuth, &toks, &parts)
   && !parts_chinese(pAuth, &toks, &parts) && !parts_western(&toks, &parts) ){
    return 0;
  }
  build_display(z, &toks, pInfo->display, sizeof(pInfo->display));
  parts_key(&parts, pInfo->key, sizeof(pInfo->key));
  strcpy(pInfo->family, parts.family);
  strcpy(pInfo->given, parts.given);
  pInfo->nGiven = parts.nGiven;
  pInfo->initialsOnly = parts.initialsOnly;
  pInfo->culture = parts.culture;

  person = -1;
  if( pInfo->titled ) person = lookup_variant(pAuth, pInfo->titledKey);    /* "Chairman Mao" */
  if( person<0 ) person = lookup_variant(pAuth, pInfo->key);
  if( person>=0 ){
    pInfo->viaVariant = 1;
  }else if( person!=AMBIGUOUS && (parts.nGiven==0 || parts.initialsOnly) ){
    person = lookup_family(pAuth, &parts);
  }
  if( person>=0 ){
    const Person *q = &pAuth->aPerson[person];
    pInfo->person = person;
    strcpy(pInfo->key, q->zKey);
  }
  return 1;
}

const char *name_person_preferred(const NameAuthority *pAuth, int person){
  return person>=0 && person<pAuth->nPerson ? pAuth->aPerson[person].zPreferred : 0;
}

int name_person_variants(const NameAuthority *pAuth, int person, const char **azOut, int nMax){
  int i, n = 0;
  if( person<0 || person>=pAuth->nPerson ) return 0;
  for(i=pAuth->aPerson[person].firstVariant; i>=0 && n<nMax; i=pAuth->aVariant[i].next){
    azOut[n++] = pAuth->aVariant[i].z;
  }
  return n;
}

const char *name_canon(const NameAuthority *pAuth, const NameInfo *pInfo){
  if( pInfo->person>=0 ) return pAuth->aPerson[pInfo->person].zPreferred;
  return pInfo->display;
}

int name_authority_size(const NameAuthority *pAuth){
  return pAuth->nPerson;
}

/* ---------------------------------------------------------------- comparison */

/* Jaro-Winkler similarity of two strings. */
static double jaro_winkler(const char *a, const char *b){
  int na = (int)strlen(a), nb = (int)strlen(b), i, j, m = 0, t = 0, k, prefix = 0;
  unsigned char ma[NAME_MAX_KEY] = {0}, mb[NAME_MAX_KEY] = {0};
  int window;
  double jaro;
  if( na==0 && nb==0 ) return 1.0;
  if( na==0 || nb==0 ) return 0.0;
  if( na>=NAME_MAX_KEY ) na = NAME_MAX_KEY-1;
  if( nb>=NAME_MAX_KEY ) nb = NAME_MAX_KEY-1;
  window = (na>nb ? na : nb)/2 - 1;
  if( window<0 ) window = 0;
  for(i=0; i<na; i++){
    int lo = i-window>0 ? i-window : 0, hi = i+window+1<nb ? i+window+1 : nb;
    for(j=lo; j<hi; j++){
      if( mb[j] || a[i]!=b[j] ) continue;
      ma[i] = mb[j] = 1;
      m++;
      break;
    }
  }
  if( m==0 ) return 0.0;
  for(i=0, k=0; i<na; i++){
    if( !ma[i] ) continue;
    while( !mb[k] ) k++;
    if( a[i]!=b[k] ) t++;
    k++;
  }
  jaro = ((double)m/na + (double)m/nb + (m - t/2.0)/m) / 3.0;
  while( prefix<4 && prefix<na && prefix<nb && a[prefix]==b[prefix] ) prefix++;
  return jaro + prefix*0.1*(1.0-jaro);
}

/* The parts of a known person, for comparing with an unresolved name. */
static void person_info(const NameAuthority *pAuth, int person, NameInfo *pInfo){
  const Person *q = &pAuth->aPerson[person];
  memset(pInfo, 0, sizeof(*pInfo));
  strcpy(pInfo->key, q->zKey);
  strcpy(pInfo->family, q->zFamily);
  strcpy(pInfo->given, q->zGiven);
  pInfo->nGiven = q->nGiven;
  pInfo->culture = q->culture;
  pInfo->person = person;
  pInfo->viaVariant = 1;
}

/* Feminine and masculine forms of one surname are different people: Khrushcheva, Tsvetkova. */
static int gendered_pair(const char *a, const char *b){
  int na = (int)strlen(a), nb = (int)strlen(b);
  if( na==nb+1 && a[na-1]=='a' && strncmp(a, b, (size_t)nb)==0 ) return 1;
  if( nb==na+1 && b[nb-1]=='a' && strncmp(a, b, (size_t)na)==0 ) return 1;
  return 0;
}

static NameMatch compare_parts(const NameInfo *a, const NameInfo *b){
  if( strcmp(a->key, b->key)==0 ) return NAME_SAME;
  if( strcmp(a->family, b->family)==0 ){
    if( a->nGiven==0 || b->nGiven==0 ) return NAME_PARTIAL;
    if( (a->initialsOnly && initials_fit(a->given, b->given))
     || (b->initialsOnly && initials_fit(b->given, a->given)) ){
      return NAME_PARTIAL;
    }
    return NAME_DIFFERENT;
  }
  /* a near spelling of a Western surname: Shytkov, Shtykov */
  if( a->culture==NAME_WESTERN && b->culture==NAME_WESTERN
   && !gendered_pair(a->family, b->family)
   && jaro_winkler(a->family, b->family)>=0.9
   && (a->nGiven==0 || b->nGiven==0 || strcmp(a->given, b->given)==0
       || initials_fit(a->given, b->given) || initials_fit(b->given, a->given)) ){
    return NAME_PARTIAL;
  }
  return NAME_DIFFERENT;
}

NameMatch name_match(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b){
  NameInfo q;
  if( a->person>=0 && b->person>=0 ){
    if( a->person!=b->person ) return NAME_DIFFERENT;
    /* a surname alone that happened to fit one person, against a full name: partial */
    if( (!a->viaVariant && a->nGiven==0 && b->nGiven>0)
     || (!b->viaVariant && b->nGiven==0 && a->nGiven>0) ){
      return NAME_PARTIAL;
    }
    return NAME_SAME;
  }
  if( a->person>=0 ){ person_info(pAuth, a->person, &q); return compare_parts(&q, b); }
  if( b->person>=0 ){ person_info(pAuth, b->person, &q); return compare_parts(a, &q); }
  return compare_parts(a, b);
}

double name_similarity(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b){
  NameMatch m = name_match(pAuth, a, b);
  double s;
  if( m==NAME_SAME ) return 1.0;
  s = jaro_winkler(a->key, b->key);
  if( a->culture==NAME_WESTERN && b->culture==NAME_WESTERN ){
    double f = jaro_winkler(a->family, b->family);
    if( f>s ) s = f*0.98;
  }
  if( m==NAME_PARTIAL && s<0.85 ) s = 0.85;
  if( s>=1.0 ) s = 0.99;
  return s;
}

/* ---------------------------------------------------------------- building the authority */

/* Fold a table's key as names fold words: tokens joined by spaces. */
static int fold_phrase(const char *z, char *out, int nOut){
  Toks toks;
  tokenize(z, strlen(z), &toks);
  if( toks.bad ) return -1;
  romanize_cyrillic(&toks);
  return join_tokens(&toks, 0, toks.n, out, nOut);
}

static int add_canon(NameAuthority *pAuth, const char *z){
  const char **aNew;
  const char *zCopy;
  if( (pAuth->nCanon & 255)==0 ){
    aNew = arch_realloc((void*)pAuth->aCanon, sizeof(char*)*(size_t)(pAuth->nCanon+256));
    if( aNew==0 ) return -1;
    pAuth->aCanon = aNew;
  }
  if( (zCopy = arena_copy(&pAuth->arena, z, (int)strlen(z)))==0 ) return -1;
  pAuth->aCanon[pAuth->nCanon] = zCopy;
  return pAuth->nCanon++;
}

/* Put every row of a table into a map, keys folded; value from `xValue`. */
static int load_folded(NameAuthority *pAuth, Map *m, const ArchDataRow *aRow, unsigned nRow,
                       int (*xValue)(NameAuthority*, const ArchDataRow*)){
  unsigned i;
  char buf[128];
  for(i=0; i<nRow; i++){
    int n = fold_phrase(aRow[i].key, buf, sizeof(buf));
    int v = xValue(pAuth, &aRow[i]);
    if( n<=0 ) continue;
    if( v<0 || map_put(m, &pAuth->arena, buf, n, v, 0) ) return 1;
  }
  return 0;
}

/* Note the first and last words of every title (titleEdges), for title_at()'s quick test. */
static int load_title_edges(NameAuthority *pAuth){
  unsigned i;
  char buf[128];
  for(i=0; i<arch_data_name_titles_count; i++){
    int n = fold_phrase(arch_data_name_titles[i].key, buf, sizeof(buf));
    const char *zLast;
    const MapEntry *e;
    int nFirst;
    if( n<=0 ) continue;
    nFirst = (int)(strchr(buf, ' ') ? strchr(buf, ' ') - buf : n);
    zLast = strrchr(buf, ' ') ? strrchr(buf, ' ')+1 : buf;
    e = map_find(&pAuth->titleEdges, buf, nFirst);
    if( e ) ((MapEntry*)e)->value |= 1;
    else if( map_put(&pAuth->titleEdges, &pAuth->arena, buf, nFirst, 1, 0) ) return 1;
    e = map_find(&pAuth->titleEdges, zLast, (int)strlen(zLast));
    if( e ) ((MapEntry*)e)->value |= 2;
    else if( map_put(&pAuth->titleEdges, &pAuth->arena, zLast, (int)strlen(zLast), 2, 0) ) return 1;
  }
  return 0;
}

static int value_one(NameAuthority *pAuth, const ArchDataRow *r){
  (void)pAuth; (void)r;
  return 1;
}
static int value_title(NameAuthority *pAuth, const ArchDataRow *r){
  (void)pAuth;
  return r->value[0]=='a' ? 2 : r->value[0]=='b' && r->value[1]=='o' ? 3 : 1;
}
static int value_canon(NameAuthority *pAuth, const ArchDataRow *r){
  char buf[64];
  int n = fold_phrase(r->value, buf, sizeof(buf));
  return n>0 ? add_canon(pAuth, buf) : -1;
}

/* Remember the words of a spelling (nameWords), so that the scanner of free text tries to read
** a name only where one of its words could be part of one. */
static int note_name_words(NameAuthority *pAuth, const char *zSpelling){
  Toks toks;
  int i;
  tokenize(zSpelling, strlen(zSpelling), &toks);
  if( toks.bad ) return 0;
  for(i=0; i<toks.n; i++){
    const Tok *t = &toks.a[i];
    if( t->comma || t->n<2 ) continue;
    if( map_put(&pAuth->nameWords, &pAuth->arena, t->z, t->n, 1, 0) ) return 1;
  }
  return 0;
}

/* Read one people table: each row is variant -> preferred form. */
static int load_people(NameAuthority *pAuth, const ArchDataRow *aRow, unsigned nRow){
  unsigned i;
  for(i=0; i<nRow; i++){
    NameInfo info;
    int person = map_get(&pAuth->preferred, aRow[i].value, (int)strlen(aRow[i].value), -1);
    if( person<0 ){
      Person *q;
      if( pAuth->nPerson==MAX_PERSONS ) continue;
      if( !name_analyze(pAuth, aRow[i].value, strlen(aRow[i].value), &info) ) continue;
      if( (pAuth->nPerson & 255)==0 ){
        Person *aNew = arch_realloc(pAuth->aPerson, sizeof(Person)*(size_t)(pAuth->nPerson+256));
        if( aNew==0 ) return 1;
        pAuth->aPerson = aNew;
      }
      person = pAuth->nPerson++;
      q = &pAuth->aPerson[person];
      memset(q, 0, sizeof(*q));
      q->zPreferred = aRow[i].value;
      q->zKey = arena_copy(&pAuth->arena, info.key, (int)strlen(info.key));
      q->zFamily = arena_copy(&pAuth->arena, info.family, (int)strlen(info.family));
      q->zGiven = arena_copy(&pAuth->arena, info.given, (int)strlen(info.given));
      if( !q->zKey || !q->zFamily || !q->zGiven ) return 1;
      q->nGiven = info.nGiven;
      q->culture = info.culture;
      q->firstVariant = -1;
      q->nextSameFamily = map_get(&pAuth->families, info.family, (int)strlen(info.family), -1);
      if( map_put(&pAuth->families, &pAuth->arena, info.family, (int)strlen(info.family),
                  person, 1)
       || map_put(&pAuth->preferred, &pAuth->arena, aRow[i].value, (int)strlen(aRow[i].value),
                  person, 0) ){
        return 1;
      }
    }
    if( (pAuth->nVariant & 255)==0 ){
      void *aNew = arch_realloc(pAuth->aVariant,
                                sizeof(pAuth->aVariant[0])*(size_t)(pAuth->nVariant+256));
      if( aNew==0 ) return 1;
      pAuth->aVariant = aNew;
    }
    if( note_name_words(pAuth, aRow[i].key) ) return 1;
    pAuth->aVariant[pAuth->nVariant].z = aRow[i].key;
    pAuth->aVariant[pAuth->nVariant].next = pAuth->aPerson[person].firstVariant;
    pAuth->aPerson[person].firstVariant = pAuth->nVariant++;
    if( !name_analyze(pAuth, aRow[i].key, strlen(aRow[i].key), &info) ){
      /* an epithet made of titles only ("Dear Leader"): indexed with its titles */
      if( !info.titled || info.titledKey[0]==0 ) continue;
      info.nGiven = 1;
    }
    /* A surname alone that is the person's own ("Chruschtschow" for Khrushchev) is left to
    ** the surname lookup, which resolves it only while it fits one person; an epithet with a
    ** title ("Chairman Mao") is kept with its title, so that plain "Mao" stays a surname. */
    if( !info.titled && info.nGiven==0
     && strcmp(info.family, pAuth->aPerson[person].zFamily)==0 ){
      continue;
    }
    if( info.titled ) strcpy(info.key, info.titledKey);
    {
      const MapEntry *e = map_find(&pAuth->variants, info.key, (int)strlen(info.key));
      if( e && e->value!=person ){
        ((MapEntry*)e)->value = AMBIGUOUS;     /* two people share this spelling */
      }else if( !e && map_put(&pAuth->variants, &pAuth->arena, info.key,
                              (int)strlen(info.key), person, 0) ){
        return 1;
      }
    }
  }
  return 0;
}

ArchRc name_authority_open(NameAuthority **ppAuth){
  NameAuthority *p = arch_realloc(0, sizeof(*p));
  int rc = 0;
  *ppAuth = 0;
  if( p==0 ) return ARCH_NOMEM;
  memset(p, 0, sizeof(*p));
  p->building = 1;
  rc = load_folded(p, &p->titles, arch_data_name_titles, arch_data_name_titles_count,
                   value_title)
    || load_title_edges(p)
    || load_folded(p, &p->notNames, arch_data_not_names, arch_data_not_names_count, value_one)
    || load_folded(p, &p->koreanSurnames, arch_data_korean_surnames,
                   arch_data_korean_surnames_count, value_canon)
    || load_folded(p, &p->chineseSurnames, arch_data_chinese_surnames,
                   arch_data_chinese_surnames_count, value_one)
    || load_folded(p, &p->pinyin, arch_data_pinyin, arch_data_pinyin_count, value_one)
    || load_folded(p, &p->wadeGiles, arch_data_wade_giles, arch_data_wade_giles_count,
                   value_canon);
  if( rc==0 ) rc = load_people(p, arch_data_people_asia, arch_data_people_asia_count);
  if( rc==0 ) rc = load_people(p, arch_data_people_west, arch_data_people_west_count);
  p->building = 0;
  if( rc ){
    name_authority_close(p);
    return ARCH_NOMEM;
  }
  *ppAuth = p;
  return ARCH_OK;
}

void name_authority_close(NameAuthority *p){
  if( p==0 ) return;
  map_free(&p->titles);
  map_free(&p->titleEdges);
  map_free(&p->notNames);
  map_free(&p->koreanSurnames);
  map_free(&p->chineseSurnames);
  map_free(&p->pinyin);
  map_free(&p->wadeGiles);
  map_free(&p->variants);
  map_free(&p->preferred);
  map_free(&p->families);
  map_free(&p->nameWords);
  arch_free((void*)p->aCanon);
  arch_free(p->aPerson);
  arch_free(p->aVariant);
  arena_free(&p->arena);
  arch_free(p);
}

/* ---------------------------------------------------------------- names in free text */

/* A word of free text: letters with inner apostrophes and hyphens; an initial keeps its
** period ("A.M." is one word). */
typedef struct Word {
  size_t start, end;       /* bytes of the word */
  int capital;             /* begins with a capital, or is in a script without case */
  int acronym;             /* two or more capitals and nothing else: "DPRK", "KWP" */
  int breakBefore;         /* punctuation (not a plain space) stands before it */
  int notName;             /* set by classify_run(): no part of a name */
  int nameish;             /* ... may be part of one (a word a known name uses, a surname) */
  int titleLen;            /* ... the words of the title that starts here, or 0 */
} Word;

#define RUN_MAX_WORDS 8

/* Read the word at or after *pOff; 0 at the end of the text. */
static int next_word(const char *z, size_t n, size_t *pOff, Word *w){
  size_t i = *pOff;
  int nLetter = 0, nUpper = 0, nLower = 0;
  memset(w, 0, sizeof(*w));
  while( i<n ){
    uint32_t cp;
    int len;
    utf8proc_category_t cat;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 ){                                   /* ASCII: no table needed */
      if( (c|0x20)>='a' && (c|0x20)<='z' ) break;
      if( c!=' ' && c!='\t' ) w->breakBefore = 1;
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    cat = utf8proc_category((utf8proc_int32_t)cp);
    if( cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_LO ) break;
    /* punctuation and line ends part names; spaces within a line do not */
    if( !text_space_len(z+i, n-i) || cp=='\n' || cp=='\r' ) w->breakBefore = 1;
    i += (size_t)len;
  }
  if( i>=n ) return 0;
  w->start = i;
  while( i<n ){
    uint32_t cp;
    int len;
    utf8proc_category_t cat;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 && (c|0x20)>='a' && (c|0x20)<='z' ){
      if( nLetter==0 ) w->capital = c<='Z';
      nLetter++;
      if( c<='Z' ) nUpper++; else nLower++;
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    cat = utf8proc_category((utf8proc_int32_t)cp);
    if( cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_LO ){
      if( nLetter==0 ) w->capital = cat==UTF8PROC_CATEGORY_LU || cat==UTF8PROC_CATEGORY_LT
                                 || cat==UTF8PROC_CATEGORY_LO;
      nLetter++;
      nUpper += cat==UTF8PROC_CATEGORY_LU;
      nLower += cat==UTF8PROC_CATEGORY_LL;
      i += (size_t)len;
      continue;
    }
    if( cat>=UTF8PROC_CATEGORY_MN && cat<=UTF8PROC_CATEGORY_ME ){ i += (size_t)len; continue; }
    /* an apostrophe or hyphen inside a word, or the period of an initial ("A.M.") */
    if( (text_is_apostrophe(cp) || text_is_dash(cp)) && i+len<n ){
      uint32_t next;
      text_utf8_decode((const unsigned char*)z+i+len, n-i-len, &next);
      cat = utf8proc_category((utf8proc_int32_t)next);
      if( cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_LO ){ i += (size_t)len; continue; }
    }
    if( cp=='.' && nLetter==1 ){
      i++;
      nLetter = 0;                                  /* "A.M.": more initials may follow */
      if( i<n && (z[i]&0x80)==0 && ((z[i]|0x20)<'a' || (z[i]|0x20)>'z') ) break;
      continue;
    }
    break;
  }
  w->end = i;
  w->acronym = nUpper>=2 && nLower==0 && w->end - w->start == (size_t)nUpper;
  *pOff = i;
  return 1;
}

/* Surname endings that mark a word as a Slavic, Romanian, Georgian ... family name. */
static int has_surname_ending(const char *zFamily){
  static const char *const azEnding[] = {
    "ov", "ev", "ova", "eva", "sky", "ski", "ska", "skaya", "enko", "vich", "vic", "escu",
    "idze", "shvili", "yan"
  };
  size_t i;
  int n = (int)strlen(zFamily);
  for(i=0; i<sizeof(azEnding)/sizeof(azEnding[0]); i++){
    if( ends_with(zFamily, n, azEnding[i]) && n>(int)strlen(azEnding[i])+2 ) return 1;
  }
  return 0;
}

/* The folded form of one word, for the title and not-a-name tables: as tokenize() folds a
** Latin word (lower-case ASCII letters, ' and -), Hangul romanized; without building tokens. */
static int fold_word_at(const NameScanner *p, const Word *w, char *out, int nOut){
  size_t i = w->start;
  int o = 0;
  while( i<w->end ){
    uint32_t cp;
    unsigned char c = (unsigned char)p->z[i];
    int len;
    if( c<0x80 ){
      if( (c|0x20)>='a' && (c|0x20)<='z' ){
        if( o+1>=nOut ) return -1;
        out[o++] = (char)(c|0x20);
      }else if( (c=='-' || c=='\'') && o>0 ){
        if( o+1>=nOut ) return -1;
        out[o++] = (char)c;
      }
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)p->z+i, w->end-i, &cp);
    if( text_is_hangul_syllable(cp) || text_is_cyrillic(cp) || text_is_han(cp) ){
      /* other scripts: the token machinery romanizes them */
      Toks toks;
      tokenize(p->z + w->start, w->end - w->start, &toks);
      if( toks.bad ) return -1;
      return join_tokens(&toks, 0, toks.n, out, nOut);
    }else if( text_is_dash(cp) || text_is_apostrophe(cp) ){
      if( o>0 && o+1<nOut ) out[o++] = text_is_dash(cp) ? '-' : '\'';
    }else{
      char buf[8];
      int k, nb = text_fold_letter(cp, buf);
      for(k=0; k<nb; k++){
        if( buf[k]>='a' && buf[k]<='z' && o+1<nOut ) out[o++] = buf[k];
      }
    }
    i += (size_t)len;
  }
  while( o>0 && (out[o-1]=='-' || out[o-1]=='\'') ) o--;
  if( o>=2 && out[o-1]=='s' && out[o-2]=='\'' ) o -= 2;     /* a possessive */
  out[o] = 0;
  return o;
}

/* Titles among words a[i..k): their length in words, or 0. zFirst/nFirst: a[i] folded. */
static int title_words(const NameScanner *p, const Word *a, int i, int k,
                       const char *zFirst, int nFirst){
  char buf[128];
  int len, n;
  if( !(map_get(&p->pAuth->titleEdges, zFirst, nFirst, 0) & 1) ) return 0;
  for(len = (k-i<4 ? k-i : 4); len>0; len--){
    Toks toks;
    tokenize(p->z + a[i].start, a[i+len-1].end - a[i].start, &toks);
    if( toks.bad ) continue;
    n = join_tokens(&toks, 0, toks.n, buf, sizeof(buf));
    if( n>0 && (map_get(&p->pAuth->titles, buf, n, 0) & 1) ) return len;
  }
  return 0;
}

static int not_a_name(const NameScanner *p, const Word *w, const char *zFold, int nFold){
  char buf[TOKEN_BYTES*2];
  int n = nFold;
  if( w->acronym ) return 1;
  if( n<=0 || n>=(int)sizeof(buf) ) return 1;
  memcpy(buf, zFold, (size_t)n+1);
  if( map_get(&p->pAuth->notNames, buf, n, 0) ) return 1;
  /* "North-Korean", "Sino-Soviet": a compound of such words */
  if( strchr(buf, '-') ){
    char *zPart = buf, *zDash;
    while( (zDash = strchr(zPart, '-'))!=0 ){
      if( map_get(&p->pAuth->notNames, zPart, (int)(zDash - zPart), 0) ) return 1;
      zPart = zDash+1;
    }
    if( map_get(&p->pAuth->notNames, zPart, (int)strlen(zPart), 0) ) return 1;
  }
  return 0;
}

/* Fold each word of a run once, and note which are no part of a name and where titles begin. */
static void classify_run(const NameScanner *p, Word *a, int k){
  int i;
  const NameAuthority *pAuth = p->pAuth;
  for(i=0; i<k; i++){
    char buf[TOKEN_BYTES*2];
    int n = fold_word_at(p, &a[i], buf, sizeof(buf));
    a[i].notName = not_a_name(p, &a[i], buf, n);
    a[i].titleLen = n>0 ? title_words(p, a, i, k, buf, n) : 0;
    a[i].nameish = n<=0 || (unsigned char)p->z[a[i].start]>=0x80     /* not Latin: try */
                || (n==1 && p->z[a[i].end-1]=='.')                    /* an initial */
                || map_get(&pAuth->nameWords, buf, n, 0)
                || map_get(&pAuth->koreanSurnames, buf, n, -1)>=0
                || map_get(&pAuth->chineseSurnames, buf, n, 0)
                || has_surname_ending(buf);
  }
}

/* Is this analysed run of nWord words a person's name? */
static int accept_name(const NameScanner *p, const NameInfo *pInfo, int nWord, int titled){
  if( pInfo->person>=0 || titled ) return 1;
  if( pInfo->culture==NAME_KOREAN || pInfo->culture==NAME_CHINESE ){
    if( pInfo->nGiven>0 ) return 1;
    return map_get(&p->pAuth->families, pInfo->family, (int)strlen(pInfo->family), -1)>=0;
  }
  if( pInfo->culture!=NAME_WESTERN ) return 0;
  if( pInfo->initialsOnly ) return 1;
  if( map_get(&p->pAuth->families, pInfo->family, (int)strlen(pInfo->family), -1)>=0 ) return 1;
  return has_surname_ending(pInfo->family) && (nWord==1 || pInfo->nGiven>0);
}

void name_scanner_init(NameScanner *p, const NameAuthority *pAuth, const char *z, size_t n){
  memset(p, 0, sizeof(*p));
  p->pAuth = pAuth;
  p->z = z;
  p->n = n;
}

int name_scan_next(NameScanner *p, NameFound *pFound){
  for(;;){
    Word a[RUN_MAX_WORDS];
    int k = 0, i, titled = 0;
    size_t off = p->off;
    /* the next run of capitalized words, unbroken by punctuation */
    while( k<RUN_MAX_WORDS ){
      size_t save = off;
      if( !next_word(p->z, p->n, &off, &a[k]) ){ off = p->n; break; }
      if( !a[k].capital || (k>0 && a[k].breakBefore) ){
        if( k==0 ) continue;                          /* skip lower-case words */
        off = save;
        break;
      }
      k++;
    }
    if( k==0 ){
      p->off = p->n;
      return 0;
    }
    classify_run(p, a, k);
    for(i=0; i<k; ){
      int len, j;
      if( a[i].titleLen>0 ){ titled = 1; i += a[i].titleLen; continue; }
      if( a[i].notName ){ titled = 0; i++; continue; }
      for(j=i+1; j<k && j<i+4 && !a[j].notName && !a[j].titleLen; j++){}
      /* The longest run of words that is a name on its own merits; failing that, after a
      ** title, the word that follows it ("Premier Kim Received the Study Delegation"). */
      for(len=j-i; len>0; len--){
        size_t start = a[i].start, end = a[i+len-1].end;
        int w, nameish = titled && len==1;
        for(w=i; w<i+len && !nameish; w++) nameish = a[w].nameish;
        if( !nameish ) continue;        /* no word of it could belong to a name: skip reading */
        if( !name_analyze(p->pAuth, p->z+start, end-start, &pFound->info) ) continue;
        if( !accept_name(p, &pFound->info, len, titled && len==1) ) continue;
        /* the name as written, without a possessive */
        {
          Toks toks;
          tokenize(p->z+start, end-start, &toks);
          if( toks.n>0 ) end = start + toks.a[toks.n-1].iEnd;
        }
        pFound->start = start;
        pFound->end = end;
        p->off = a[i+len-1].end;
        return 1;
      }
      titled = 0;
      i++;
    }
    p->off = a[k-1].end;
  }
}
