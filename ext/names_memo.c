/*
** names_memo.c: the memo of names read and of words classified, for a caller that reads many
** texts (the tokenizer, names(), name_key() on a connection): names.h's NameCache.
**
**     NameCache *pCache = name_cache_new();
**     name_analyze_cached(pAuth, pCache, z, n, &info);      as name_analyze(), remembered
**     name_scanner_cache(&scanner, pCache);                 the scanner's words and names too
**     name_cache_free(pCache);
**
** A memo changes no result: an entry holds what name_analyze() (or the scanner's fold and class
** of a word, names_scan.c) gave for the same text, and a text the memo cannot hold is read
** again each time.
*/
#include "names_int.h"

/* Entries, a power of two, in pairs: a text goes to the pair its hash picks, into the entry
** used less lately (two texts that pick one pair both stay). A text names its people in a few
** hundred to a few thousand spellings; an index of a whole archive meets some thousands
** (8,000 in the bench's name-dense corpus), and a miss costs a name_analyze(). An entry keeps
** its NameInfo packed (name_pack(): the numbers, then each string up to its end), a third of
** the struct's kilobyte: a look-up reads and copies a few cache lines, not sixteen, and the
** names take 6 MB, not 18. Only the lengths and the pairs' marks are cleared when a cache is
** made: the entries are touched, and take memory, as they are filled. */
#define NAME_CACHE_SIZE 16384
#define NAME_CACHE_TEXT 96                /* longest text kept */
#define NAME_CACHE_STRINGS 224            /* the packed strings' room; a name whose strings
                                          ** take more is analysed each time */

/* NameInfo's numbers, as the cache keeps them. */
typedef struct NameNumbers {
  int nGiven, initialsOnly, patronymicOnly, particled, person, viaVariant, born, died;
  int familyInverted;
  NameCulture culture;
} NameNumbers;

/* The strings of a NameInfo, in the order the cache packs them, and how many. */
#define NAME_STRING_FIELDS(X) X(key) X(family) X(given) X(display) X(patronymic) X(suffix) \
                              X(titledKey)
#define NAME_STRING_COUNT_ONE(f) +1
enum { NAME_STRINGS = 0 NAME_STRING_FIELDS(NAME_STRING_COUNT_ONE) };

typedef struct NameCacheEntry {
  uint8_t ok;                             /* name_analyze() said a name */
  uint8_t aStrLen[NAME_STRINGS];          /* when ok: the strings' lengths, */
  NameNumbers num;                        /* the numbers, */
  char z[NAME_CACHE_TEXT];
  char zStrings[NAME_CACHE_STRINGS];      /* and the strings, each with its NUL, in the order
                                          ** of name_pack() */
} NameCacheEntry;

/* A word as written, folded, with its class bits (names_scan.c): most words recur. 16,384
** places, 1.5 MB: the capitalized words of the name-dense corpus, in many spellings and
** scripts, missed one time in five in 4,096, and one in eleven in 16,384. */
#define WORD_CACHE_SIZE 16384             /* entries, a power of two: direct-mapped */
#define WORD_CACHE_TEXT 32                /* longest word kept, in bytes as written */
typedef struct WordCacheEntry {
  uint32_t hash;
  int8_t nFold;                           /* fold_word_at()'s length (-1: none) */
  int bits;                               /* names_word_class() of the fold */
  char z[WORD_CACHE_TEXT];
  char zFold[WORD_FOLD_BYTES];
} WordCacheEntry;

/* What the scan that indexed a text read of it (names_roster.c): the catalog's triggers index
** a title and a summary, then call names(title, summary) and names(summary, title). The
** people it names in full, as a scan with no roster reads them, are what reading it as
** context finds; the names it gave are what names() gives of it, when its context changes
** none. Texts up to TEXT_ROSTER_TEXT bytes, kept whole to be compared, direct-mapped
** (text_roster_slot()). */
#define TEXT_ROSTER_SLOTS 32              /* a power of two */
#define TEXT_ROSTER_TEXT 1024
typedef struct TextRosterEntry {
  int nEntry;                             /* people in a[], or -1: not known */
  char zText[TEXT_ROSTER_TEXT];
  NameRosterEntry a[NAME_TEXT_ROSTER_MAX];
  NameTextNames names;                    /* names.nName -1: not known */
} TextRosterEntry;

struct NameCache {
  uint16_t aLen[NAME_CACHE_SIZE];         /* the text's length in a[i]; 0: empty */
  uint32_t aHash[NAME_CACHE_SIZE];        /* its hash (text_hash()) */
  uint8_t aLastUsed[NAME_CACHE_SIZE/2];   /* of the pair a[2i], a[2i+1], the one used last */
  uint8_t aWordLen[WORD_CACHE_SIZE];      /* the word's bytes as written in aWord[i]; 0: empty */
  NameCacheEntry a[NAME_CACHE_SIZE];
  WordCacheEntry aWord[WORD_CACHE_SIZE];
  uint16_t aTextLen[TEXT_ROSTER_SLOTS];   /* the text's length in aText[i]; 0: empty */
  TextRosterEntry aText[TEXT_ROSTER_SLOTS];
  int namesWanted;                        /* a names() read through the memo: keep the names
                                          ** each scan gives (an index alone wants none) */
};

NameCache *name_cache_new(void){
  NameCache *p = arch_realloc(0, sizeof(*p));
  if( p ){                                /* the lengths alone: see NAME_CACHE_SIZE */
    memset(p->aLen, 0, sizeof(p->aLen));
    memset(p->aLastUsed, 0, sizeof(p->aLastUsed));
    memset(p->aWordLen, 0, sizeof(p->aWordLen));
    memset(p->aTextLen, 0, sizeof(p->aTextLen));
    p->namesWanted = 0;
  }
  return p;
}

void name_cache_free(NameCache *p){
  arch_free(p);
}

/* Pack *pInfo into e: 0 when its strings need more room than the entry has. */
static int name_pack(const NameInfo *pInfo, NameCacheEntry *e){
  size_t o = 0, k;
  int i = 0;
#define PACK(f) k = strlen(pInfo->f); \
  if( o+k+1>NAME_CACHE_STRINGS ) return 0; \
  memcpy(e->zStrings+o, pInfo->f, k+1); \
  e->aStrLen[i++] = (uint8_t)k; \
  o += k+1;
  NAME_STRING_FIELDS(PACK)
#undef PACK
  e->num.nGiven = pInfo->nGiven;
  e->num.initialsOnly = pInfo->initialsOnly;
  e->num.patronymicOnly = pInfo->patronymicOnly;
  e->num.particled = pInfo->particled;
  e->num.person = pInfo->person;
  e->num.viaVariant = pInfo->viaVariant;
  e->num.born = pInfo->born;
  e->num.died = pInfo->died;
  e->num.familyInverted = pInfo->familyInverted;
  e->num.culture = pInfo->culture;
  return 1;
}

/* The NameInfo packed in e, into *pInfo (each string written up to its NUL). */
static void name_unpack(const NameCacheEntry *e, NameInfo *pInfo){
  const char *z = e->zStrings;
  size_t k;
  int i = 0;
#define UNPACK(f) k = (size_t)e->aStrLen[i++]+1; memcpy(pInfo->f, z, k); z += k;
  NAME_STRING_FIELDS(UNPACK)
#undef UNPACK
  pInfo->nGiven = e->num.nGiven;
  pInfo->initialsOnly = e->num.initialsOnly;
  pInfo->patronymicOnly = e->num.patronymicOnly;
  pInfo->particled = e->num.particled;
  pInfo->person = e->num.person;
  pInfo->viaVariant = e->num.viaVariant;
  pInfo->born = e->num.born;
  pInfo->died = e->num.died;
  pInfo->familyInverted = e->num.familyInverted;
  pInfo->culture = e->num.culture;
}

int name_analyze_cached(const NameAuthority *pAuth, NameCache *pCache, const char *z, size_t n,
                        NameInfo *pInfo){
  NameCacheEntry *e;
  uint32_t h;
  unsigned iPair, i;
  int ok;
  if( pCache==0 || n>NAME_CACHE_TEXT || n==0 ) return name_analyze(pAuth, z, n, pInfo);
  h = text_hash(z, n);
  iPair = h & (NAME_CACHE_SIZE-2);
  for(i=iPair; i<iPair+2; i++){
    e = &pCache->a[i];
    if( pCache->aLen[i]==n && pCache->aHash[i]==h && memcmp(e->z, z, n)==0 ){
      pCache->aLastUsed[iPair/2] = (uint8_t)(i-iPair);
      if( e->ok ) name_unpack(e, pInfo);
      return e->ok;
    }
  }
  ok = name_analyze(pAuth, z, n, pInfo);
  i = iPair + 1 - pCache->aLastUsed[iPair/2];            /* the one used less lately */
  e = &pCache->a[i];
  if( ok && !name_pack(pInfo, e) ){
    pCache->aLen[i] = 0;                    /* too long to keep: the entry is left empty */
    return ok;
  }
  pCache->aLastUsed[iPair/2] = (uint8_t)(i-iPair);
  pCache->aHash[i] = h;
  pCache->aLen[i] = (uint16_t)n;
  e->ok = (uint8_t)ok;
  memcpy(e->z, z, n);
  return ok;
}

int name_word_memo_get(const NameCache *p, const char *z, size_t n, char *zFold, int *pBits){
  uint32_t h;
  const WordCacheEntry *e;
  if( n>WORD_CACHE_TEXT ) return -2;
  h = text_hash(z, n);
  e = &p->aWord[h & (WORD_CACHE_SIZE-1)];
  if( p->aWordLen[h & (WORD_CACHE_SIZE-1)]!=n || e->hash!=h || memcmp(e->z, z, n)!=0 ){
    return -2;
  }
  if( e->nFold>0 ) memcpy(zFold, e->zFold, (size_t)e->nFold+1); else zFold[0] = 0;
  *pBits = e->bits;
  return e->nFold;
}

void name_word_memo_put(NameCache *p, const char *z, size_t n, const char *zFold, int nFold,
                        int bits){
  uint32_t h;
  WordCacheEntry *e;
  if( n>WORD_CACHE_TEXT || nFold>=WORD_FOLD_BYTES ) return;
  h = text_hash(z, n);
  e = &p->aWord[h & (WORD_CACHE_SIZE-1)];
  e->hash = h;
  p->aWordLen[h & (WORD_CACHE_SIZE-1)] = (uint8_t)n;
  e->nFold = (int8_t)(nFold<0 ? -1 : nFold);
  e->bits = bits;
  memcpy(e->z, z, n);
  if( nFold>0 ) memcpy(e->zFold, zFold, (size_t)nFold+1);
}

/* The place of text z[0..n) (n>0) in NameCache.aText: from its length and three of its bytes,
** cheaper than a hash of the whole text, which is compared whole anyway. */
static unsigned text_roster_slot(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  return (unsigned)(n*7 + u[0] + u[n/2]*3 + u[n-1]*5) & (TEXT_ROSTER_SLOTS-1);
}

int name_text_roster_get(const NameCache *p, const char *z, size_t n,
                         const NameRosterEntry **paEntry){
  unsigned i;
  if( n==0 || n>TEXT_ROSTER_TEXT ) return -1;
  i = text_roster_slot(z, n);
  if( p->aTextLen[i]!=n || memcmp(p->aText[i].zText, z, n)!=0 ) return -1;
  *paEntry = p->aText[i].a;
  return p->aText[i].nEntry;
}

void name_cache_want_names(NameCache *p){
  p->namesWanted = 1;
}

int name_cache_wants_names(const NameCache *p){
  return p->namesWanted;
}

const NameTextNames *name_text_names_get(const NameCache *p, const char *z, size_t n){
  unsigned i;
  if( n==0 || n>TEXT_ROSTER_TEXT ) return 0;
  i = text_roster_slot(z, n);
  if( p->aTextLen[i]!=n || p->aText[i].names.nName<0 || memcmp(p->aText[i].zText, z, n)!=0 ){
    return 0;
  }
  return &p->aText[i].names;
}

void name_text_memo_put(NameCache *p, const char *z, size_t n, const NameRosterEntry *a,
                        int nEntry, const NameTextNames *pNames){
  unsigned i;
  TextRosterEntry *e;
  if( n==0 || n>TEXT_ROSTER_TEXT || nEntry>NAME_TEXT_ROSTER_MAX ) return;
  if( nEntry<0 && pNames->nName<0 ) return;
  i = text_roster_slot(z, n);
  e = &p->aText[i];
  if( p->aTextLen[i]!=n || memcmp(e->zText, z, n)!=0 ){   /* else add what was not known */
    e->nEntry = -1;
    e->names.nName = -1;
    memcpy(e->zText, z, n);
    p->aTextLen[i] = (uint16_t)n;
  }
  if( nEntry>=0 ){
    e->nEntry = nEntry;
    if( nEntry>0 ) memcpy(e->a, a, sizeof(a[0])*(size_t)nEntry);
  }
  if( pNames->nName>=0 ){          /* the names, and their strings up to the pool's end */
    memcpy(&e->names, pNames, offsetof(NameTextNames, zPool) + (size_t)pNames->nPool);
  }
}
