/*
** names_authority.c: the authority of the name engine (names.h, names_int.h): the tables of
** ext/data/ read once into string maps, the people of people_*.tsv with all their spellings,
** and the lookups that resolve a name to a person.
**
**     NameAuthority *pAuth;
**     if( name_authority_open(&pAuth)!=ARCH_OK ) ... out of memory ...
**     ... name_analyze(pAuth, ...) from any number of threads ...
**     name_authority_close(pAuth);
**
** Building reads each table in turn: titles (and the words that begin or end one), words that
** are no name, Korean and Chinese surnames, pinyin and Wade-Giles syllables, then the people:
** every row is a spelling and the person's preferred form; each spelling is read by the
** layers below the authority (names_analyze_spelling) and indexed under its key. Once built,
** the authority is only read.
*/
#include "names_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- the string pool */

/* Copy z[0..n) into the pool, NUL-terminated: its offset, or 0 when out of memory (offset 0 is
** the empty string every pool begins with). */
static uint32_t pool_add(NameAuthority *p, const char *z, size_t n){
  uint32_t iOffset;
  if( p->nPool+n+1>p->nPoolAlloc ){
    size_t nNew = p->nPoolAlloc*2;
    char *zNew;
    while( nNew<p->nPool+n+1 ) nNew *= 2;
    if( nNew>0xFFFFFFFF || (zNew = arch_realloc((char*)p->zPool, nNew))==0 ) return 0;
    p->zPool = zNew;
    p->nPoolAlloc = nNew;
  }
  iOffset = (uint32_t)p->nPool;
  memcpy((char*)p->zPool + p->nPool, z, n);
  ((char*)p->zPool)[p->nPool+n] = 0;
  p->nPool += n+1;
  return iOffset;
}

static uint32_t pool_add_str(NameAuthority *p, const char *z){
  return pool_add(p, z, strlen(z));
}

/* ---------------------------------------------------------------- string maps */

/* The slot of z in m: its entry, or the empty slot where it would go. */
static unsigned map_slot(const Map *m, const char *z, int n){
  const char *zPool = *m->pzPool;
  unsigned i;
  for(i = text_hash(z, (size_t)n) & (m->nSlot-1); m->a[i].iKey; i = (i+1) & (m->nSlot-1)){
    const MapEntry *e = &m->a[i];
    if( e->nKey==(uint32_t)n && memcmp(zPool + e->iKey, z, (size_t)n)==0 ) break;
  }
  return i;
}

const MapEntry *names_map_find(const Map *m, const char *z, int n){
  unsigned i;
  if( m->nSlot==0 ) return 0;
  i = map_slot(m, z, n);
  return m->a[i].iKey ? &m->a[i] : 0;
}

int names_map_get(const Map *m, const char *z, int n, int dflt){
  const MapEntry *e = names_map_find(m, z, n);
  return e ? e->value : dflt;
}

static void map_init(NameAuthority *pAuth, Map *m){
  memset(m, 0, sizeof(*m));
  m->pzPool = &pAuth->zPool;
}

static ArchRc map_grow(Map *m){
  unsigned nNew = m->nSlot ? m->nSlot*2 : 64, k, i;
  const char *zPool = *m->pzPool;
  MapEntry *aNew = arch_realloc(0, sizeof(MapEntry)*nNew);
  if( aNew==0 ) return ARCH_NOMEM;
  memset(aNew, 0, sizeof(MapEntry)*nNew);
  for(k=0; k<m->nSlot; k++){
    const MapEntry *e = &m->a[k];
    if( e->iKey==0 ) continue;
    for(i = text_hash(zPool + e->iKey, e->nKey) & (nNew-1); aNew[i].iKey;
        i = (i+1) & (nNew-1)){}
    aNew[i] = *e;
  }
  arch_free((MapEntry*)m->a);
  m->a = aNew;
  m->nSlot = nNew;
  return ARCH_OK;
}

/* The entry of z in m, created (with value dflt) when absent; NULL when out of memory. Only
** while building: the map's entries are the builder's own. */
static MapEntry *map_entry(NameAuthority *pAuth, Map *m, const char *z, int n, int dflt){
  MapEntry *e;
  uint32_t iKey;
  if( (m->nUsed+1)*2>m->nSlot && map_grow(m)!=ARCH_OK ) return 0;
  e = (MapEntry*)&m->a[map_slot(m, z, n)];
  if( e->iKey ) return e;
  if( (iKey = pool_add(pAuth, z, (size_t)n))==0 ) return 0;
  e->iKey = iKey;
  e->nKey = (uint32_t)n;
  e->value = dflt;
  m->nUsed++;
  return e;
}

/* Set z -> value, unless z is there already (it keeps its value). */
MapEntry *names_map_entry(NameAuthority *pAuth, Map *m, const char *z, int n, int dflt){
  return map_entry(pAuth, m, z, n, dflt);
}

static ArchRc map_add(NameAuthority *pAuth, Map *m, const char *z, int n, int value){
  return map_entry(pAuth, m, z, n, value) ? ARCH_OK : ARCH_NOMEM;
}

static void map_free(Map *m){
  arch_free((MapEntry*)m->a);
  m->a = 0;
  m->nSlot = m->nUsed = 0;
}

/* ---------------------------------------------------------------- the tables */

static int add_canon(NameAuthority *pAuth, const char *z){
  uint32_t iOffset;
  if( (pAuth->nCanon & 255)==0 ){
    uint32_t *aNew = arch_realloc(pAuth->aCanon, sizeof(uint32_t)*(size_t)(pAuth->nCanon+256));
    if( aNew==0 ) return -1;
    pAuth->aCanon = aNew;
  }
  if( (iOffset = pool_add_str(pAuth, z))==0 ) return -1;
  pAuth->aCanon[pAuth->nCanon] = iOffset;
  return pAuth->nCanon++;
}

/* The value a table's row gives its folded key in a map; -1 when out of memory. */
typedef int (*RowValue)(NameAuthority*, const ArchDataRow*);

static int value_one(NameAuthority *pAuth, const ArchDataRow *r){
  (void)pAuth; (void)r;
  return 1;
}

/* name_titles.tsv: "after", "both", else before. */
static int value_title(NameAuthority *pAuth, const ArchDataRow *r){
  (void)pAuth;
  if( r->value[0]=='a' ) return TITLE_AFTER;
  if( r->value[0]=='b' && r->value[1]=='o' ) return TITLE_EITHER;
  return TITLE_BEFORE;
}
/* The folded second column, kept in aCanon: its index. */
static int value_canon(NameAuthority *pAuth, const ArchDataRow *r){
  char buf[64];
  int n = names_fold_phrase(r->value, buf, sizeof(buf));
  return n>0 ? add_canon(pAuth, buf) : -1;
}

/* Put every row of a table into a map, keys folded. */
static ArchRc load_folded(NameAuthority *pAuth, Map *m, const ArchDataRow *aRow, unsigned nRow,
                          RowValue xValue){
  unsigned i;
  char buf[128];
  for(i=0; i<nRow; i++){
    int n = names_fold_phrase(aRow[i].key, buf, sizeof(buf));
    int v;
    if( n<=0 ) continue;
    if( (v = xValue(pAuth, &aRow[i]))<0 ) return ARCH_NOMEM;
    if( map_add(pAuth, m, buf, n, v)!=ARCH_OK ) return ARCH_NOMEM;
  }
  return ARCH_OK;
}

/* Give word z[0..n) the class bits. */
static ArchRc mark_word(NameAuthority *pAuth, const char *z, int n, int bits){
  MapEntry *e = map_entry(pAuth, &pAuth->words, z, n, 0);
  if( e==0 ) return ARCH_NOMEM;
  e->value |= bits;
  return ARCH_OK;
}

/* Give every word of a table (folded) the class bits xBits says. */
static ArchRc mark_table(NameAuthority *pAuth, const ArchDataRow *aRow, unsigned nRow,
                         int (*xBits)(const ArchDataRow*)){
  unsigned i;
  char buf[128];
  for(i=0; i<nRow; i++){
    int n = names_fold_phrase(aRow[i].key, buf, sizeof(buf));
    if( n>0 && mark_word(pAuth, buf, n, xBits(&aRow[i]))!=ARCH_OK ) return ARCH_NOMEM;
  }
  return ARCH_OK;
}

static int bits_not_name(const ArchDataRow *r){ (void)r; return WORD_NOT_NAME; }
/* name_modifiers.tsv: 0 a head word after a name, 1 a place word before one, 2 both, 3 a head
** word when capitalized */
static int bits_modifier(const ArchDataRow *r){
  return r->ivalue==1 ? WORD_PLACE_BEFORE
       : r->ivalue==2 ? WORD_MODIFIER|WORD_PLACE_BEFORE
       : r->ivalue==3 ? WORD_MODIFIER_CAPITAL : WORD_MODIFIER;
}
/* genitive_heads.tsv: 1 a noun that governs a name's genitive, no word of a name itself */
static int bits_genitive_head(const ArchDataRow *r){ return r->ivalue==1 ? WORD_NOT_NAME : 0; }
static int bits_date(const ArchDataRow *r){ (void)r; return WORD_DATE; }
static int bits_particle(const ArchDataRow *r){ (void)r; return WORD_PARTICLE; }
static int bits_surname(const ArchDataRow *r){ (void)r; return WORD_SURNAME; }
static int bits_given(const ArchDataRow *r){
  return r->ivalue==1 ? WORD_GIVEN|WORD_GIVEN_AFTER : WORD_GIVEN;
}
static int bits_common_word(const ArchDataRow *r){
  return r->ivalue==1 ? WORD_COMMON_NAME : WORD_COMMON;
}

/* The first word of every place that reads as a name, for the scanner's quick test. */
static ArchRc mark_place_starts(NameAuthority *pAuth){
  unsigned i;
  char buf[128];
  for(i=0; i<arch_data_name_places_count; i++){
    int n = names_fold_phrase(arch_data_name_places[i].key, buf, sizeof(buf));
    const char *zSpace = strchr(buf, ' ');
    if( n>0
     && mark_word(pAuth, buf, zSpace ? (int)(zSpace - buf) : n, WORD_PLACE_FIRST)!=ARCH_OK ){
      return ARCH_NOMEM;
    }
  }
  return ARCH_OK;
}

/* The first and last words of every title, for names_title_at()'s quick test. */
static ArchRc mark_title_edges(NameAuthority *pAuth){
  unsigned i;
  char buf[128];
  for(i=0; i<arch_data_name_titles_count; i++){
    int n = names_fold_phrase(arch_data_name_titles[i].key, buf, sizeof(buf));
    const char *zSpace, *zLast;
    if( n<=0 ) continue;
    zSpace = strchr(buf, ' ');
    zLast = strrchr(buf, ' ') ? strrchr(buf, ' ')+1 : buf;
    if( mark_word(pAuth, buf, zSpace ? (int)(zSpace - buf) : n, WORD_TITLE_FIRST)!=ARCH_OK
     || mark_word(pAuth, zLast, (int)strlen(zLast), WORD_TITLE_LAST)!=ARCH_OK ){
      return ARCH_NOMEM;
    }
    if( (unsigned char)arch_data_name_titles[i].key[0]>=0x80 ){
      /* a title in another script, whose phrase fold romanizes it: its first word as a word
      ** of text folds, in its script and lower case as the table writes it ("посол") */
      const char *zKey = arch_data_name_titles[i].key;
      const char *zEnd = strchr(zKey, ' ');
      if( mark_word(pAuth, zKey, zEnd ? (int)(zEnd - zKey) : (int)strlen(zKey),
                    WORD_TITLE_FIRST)!=ARCH_OK ){
        return ARCH_NOMEM;
      }
    }
  }
  return ARCH_OK;
}

/* Chinese family names as Wade-Giles writes them (Chou, Hsu, Chiang, Ch'en), words of the
** surname class like their pinyin (chinese_surnames.tsv lists pinyin only): "Premier Chou
** Arrives" is no Western name of a given name and a family name. A syllable that is a Western
** given name too stays one (Jan, Wade-Giles for Ran), and so does a common word (I, Ho). */
static ArchRc mark_wade_giles_surnames(NameAuthority *pAuth){
  unsigned i;
  for(i=0; i<arch_data_wade_giles_count; i++){
    const ArchDataRow *r = &arch_data_wade_giles[i];
    size_t nKey = strlen(r->key);
    if( strcmp(r->key, r->value)!=0
     && arch_data_find(arch_data_chinese_surnames, arch_data_chinese_surnames_count, r->value,
                       strlen(r->value))
     && nKey>1
     && !arch_data_find(arch_data_given_names, arch_data_given_names_count, r->key, nKey)
     && !arch_data_find(arch_data_common_words, arch_data_common_words_count, r->key, nKey)
     && mark_word(pAuth, r->key, (int)nKey, WORD_SURNAME)!=ARCH_OK ){
      return ARCH_NOMEM;
    }
  }
  return ARCH_OK;
}

static ArchRc load_tables(NameAuthority *p){
  ArchRc rc = load_folded(p, &p->titles, arch_data_name_titles, arch_data_name_titles_count,
                          value_title);
  if( rc==ARCH_OK ) rc = mark_title_edges(p);
  if( rc==ARCH_OK ) rc = load_folded(p, &p->places, arch_data_name_places,
                                     arch_data_name_places_count, value_one);
  if( rc==ARCH_OK ) rc = mark_place_starts(p);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_name_particles, arch_data_name_particles_count,
                                    bits_particle);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_not_names, arch_data_not_names_count,
                                    bits_not_name);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_genitive_heads, arch_data_genitive_heads_count,
                                    bits_genitive_head);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_common_words, arch_data_common_words_count,
                                    bits_common_word);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_months, arch_data_months_count, bits_date);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_weekdays, arch_data_weekdays_count, bits_date);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_name_modifiers,
                                    arch_data_name_modifiers_count, bits_modifier);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_given_names, arch_data_given_names_count,
                                    bits_given);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_korean_surnames,
                                    arch_data_korean_surnames_count, bits_surname);
  if( rc==ARCH_OK ) rc = mark_table(p, arch_data_chinese_surnames,
                                    arch_data_chinese_surnames_count, bits_surname);
  if( rc==ARCH_OK ) rc = mark_wade_giles_surnames(p);
  if( rc==ARCH_OK ) rc = load_folded(p, &p->koreanSurnames, arch_data_korean_surnames,
                                     arch_data_korean_surnames_count, value_canon);
  if( rc==ARCH_OK ) rc = load_folded(p, &p->chineseSurnames, arch_data_chinese_surnames,
                                     arch_data_chinese_surnames_count, value_one);
  if( rc==ARCH_OK ) rc = load_folded(p, &p->pinyin, arch_data_pinyin, arch_data_pinyin_count,
                                     value_one);
  if( rc==ARCH_OK ) rc = load_folded(p, &p->wadeGiles, arch_data_wade_giles,
                                     arch_data_wade_giles_count, value_canon);
  return rc;
}

/* ---------------------------------------------------------------- the people */

/* Is zPreferred[0..n) a person whose last word names no one alone (people_named_whole.tsv:
** "Hun Sen", "Ne Win", "Lee Kuan Yew"), and so no family name to find him by? */
static int named_whole(const char *zPreferred, size_t n){
  return arch_data_find(arch_data_people_named_whole, arch_data_people_named_whole_count,
                        zPreferred, n)!=0;
}

int names_named_whole(const char *zPreferred, size_t n){
  return named_whole(zPreferred, n);
}

/* Is the analysed preferred form a wife's title and her husband's name ("Madame Nhu", "Mrs.
** X")? It names her whole: "Nhu" alone is as often her husband Ngo Dinh Nhu, whose family name
** the authority does not take it for. */
static int wife_by_title(const NameInfo *pInfo){
  const char *z = pInfo->titledKey;
  return strncmp(z, "madame ", 7)==0 || strncmp(z, "mme ", 4)==0 || strncmp(z, "mrs ", 4)==0;
}

/* The person whose preferred form is zPreferred, added when new: the index in *pPerson, or -1
** when the preferred form holds no name (or the authority is full). A person named whole is
** found by his spellings only, never by his family name (with initials, or alone). */
ArchRc names_find_or_add_person(NameAuthority *pAuth, const char *zPreferred, int *pPerson){
  NameInfo info;
  Person *q;
  MapEntry *e;
  int n = (int)strlen(zPreferred), nFamily;
  *pPerson = names_map_get(&pAuth->preferred, zPreferred, n, -1);
  if( *pPerson>=0 ) return ARCH_OK;
  if( pAuth->nPerson==NAMES_MAX_PERSONS ) return ARCH_OK;
  if( !names_analyze_spelling(pAuth, zPreferred, (size_t)n, &info) ) return ARCH_OK;
  if( (pAuth->nPerson & 255)==0 ){
    Person *aNew = arch_realloc(pAuth->aPerson, sizeof(Person)*(size_t)(pAuth->nPerson+256));
    if( aNew==0 ) return ARCH_NOMEM;
    pAuth->aPerson = aNew;
  }
  q = &pAuth->aPerson[pAuth->nPerson];
  memset(q, 0, sizeof(*q));
  if( (q->iPreferred = pool_add(pAuth, zPreferred, (size_t)n))==0
   || (q->iKey = pool_add_str(pAuth, info.key))==0
   || (q->iFamily = pool_add_str(pAuth, info.family))==0
   || (q->iGiven = pool_add_str(pAuth, info.given))==0 ){
    return ARCH_NOMEM;
  }
  q->nGiven = info.nGiven;
  q->culture = info.culture;
  q->firstVariant = -1;
  /* people who share a family key are chained, the newest first */
  q->nextSameFamily = -1;
  if( !named_whole(zPreferred, (size_t)n) && !wife_by_title(&info) ){
    nFamily = (int)strlen(info.family);
    if( (e = map_entry(pAuth, &pAuth->families, info.family, nFamily, -1))==0 ){
      return ARCH_NOMEM;
    }
    q->nextSameFamily = e->value;
    e->value = pAuth->nPerson;
  }
  if( map_add(pAuth, &pAuth->preferred, zPreferred, n, pAuth->nPerson)!=ARCH_OK ){
    return ARCH_NOMEM;
  }
  *pPerson = pAuth->nPerson++;
  return ARCH_OK;
}

/* Remember the words of a spelling (WORD_NAME), so that the scanner of free text tries to read
** a name only where one of its words could be part of one. */
static ArchRc note_name_words(NameAuthority *pAuth, const char *zSpelling){
  Toks toks;
  int i;
  names_tokenize(zSpelling, strlen(zSpelling), &toks);
  if( toks.bad ) return ARCH_OK;
  for(i=0; i<toks.n; i++){
    const Tok *t = &toks.a[i];
    if( t->comma || t->n<2 ) continue;
    if( mark_word(pAuth, t->z, t->n, WORD_NAME)!=ARCH_OK ) return ARCH_NOMEM;
  }
  return ARCH_OK;
}

/* Note the given name a Western spelling begins with (WORD_GIVEN), so that the scanner of free
** text reads "Olof Palme" as a name even when it does not know Palme. Words that are common,
** or never part of a name, are not noted. */
static ArchRc note_given_name(NameAuthority *pAuth, const char *zSpelling, const NameInfo *pInfo){
  Toks toks;
  const Tok *t;
  if( pInfo->culture!=NAME_WESTERN || pInfo->nGiven==0 || pInfo->initialsOnly
   || name_is_titled(pInfo) ){
    return ARCH_OK;
  }
  names_tokenize(zSpelling, strlen(zSpelling), &toks);
  if( toks.bad || toks.n<2 ) return ARCH_OK;
  /* the Hungarian order of a spelling ("Kádár János") puts the family name first */
  if( toks.n==2 && (names_word_class(pAuth, toks.a[1].z, toks.a[1].n) & WORD_GIVEN_AFTER) ){
    return ARCH_OK;
  }
  t = &toks.a[0];
  if( t->n<2 || t->comma || (t->script!=SCRIPT_LATIN && t->script!=SCRIPT_CYRILLIC)
   || (names_word_class(pAuth, t->z, t->n) & (WORD_COMMON|WORD_COMMON_NAME|WORD_NOT_NAME)) ){
    return ARCH_OK;
  }
  return mark_word(pAuth, t->z, t->n, WORD_GIVEN);
}

/* Note the family name a Western spelling of two words or more ends with (WORD_FAMILY):
** the last word, when it alone reads as the spelling's family name. */
static ArchRc note_family_word(NameAuthority *pAuth, const char *zSpelling,
                               const NameInfo *pInfo){
  Toks toks;
  const Tok *t;
  NameInfo last;
  if( pInfo->culture!=NAME_WESTERN || pInfo->nGiven==0 || name_is_titled(pInfo) ){
    return ARCH_OK;
  }
  names_tokenize(zSpelling, strlen(zSpelling), &toks);
  if( toks.bad || toks.n<2 ) return ARCH_OK;
  t = &toks.a[toks.n-1];
  if( t->n<3 || t->comma || t->script!=SCRIPT_LATIN
   || !names_analyze_spelling(pAuth, t->z, (size_t)t->n, &last)
   || strcmp(last.family, pInfo->family)!=0 ){
    return ARCH_OK;
  }
  return mark_word(pAuth, t->z, t->n, WORD_FAMILY);
}

int name_word_is_family(const NameAuthority *pAuth, const char *z, int n){
  return (names_word_class(pAuth, z, n) & WORD_FAMILY)!=0;
}

/* Chain a spelling to its person (name_person_variants() lists them). */
static ArchRc add_spelling(NameAuthority *pAuth, int person, const char *zSpelling){
  if( (pAuth->nVariant & 255)==0 ){
    void *aNew = arch_realloc(pAuth->aVariant,
                              sizeof(pAuth->aVariant[0])*(size_t)(pAuth->nVariant+256));
    if( aNew==0 ) return ARCH_NOMEM;
    pAuth->aVariant = aNew;
  }
  if( (pAuth->aVariant[pAuth->nVariant].iSpelling = pool_add_str(pAuth, zSpelling))==0 ){
    return ARCH_NOMEM;
  }
  pAuth->aVariant[pAuth->nVariant].next = pAuth->aPerson[person].firstVariant;
  pAuth->aPerson[person].firstVariant = pAuth->nVariant++;
  return note_name_words(pAuth, zSpelling);
}

/* Index z[0..n) in map m for person: a key two people share names neither. */
static ArchRc index_unique(NameAuthority *pAuth, Map *m, const char *z, int n, int person){
  MapEntry *e = map_entry(pAuth, m, z, n, person);
  if( e==0 ) return ARCH_NOMEM;
  if( e->value!=person ) e->value = NAMES_AMBIGUOUS;
  return ARCH_OK;
}

/* Index a Western spelling's first given name (givenOnly: "Saddam"), and its given name with
** its patronymic (patronymics: "Georgy Maximilianovich"). */
static ArchRc index_given(NameAuthority *pAuth, int person, const NameInfo *pInfo){
  char zKey[NAME_MAX_KEY];
  const char *zSpace;
  int n;
  if( pInfo->culture!=NAME_WESTERN || pInfo->nGiven==0 || pInfo->initialsOnly
   || name_is_titled(pInfo) || pInfo->patronymicOnly ){
    return ARCH_OK;
  }
  zSpace = strchr(pInfo->given, ' ');
  n = zSpace ? (int)(zSpace - pInfo->given) : (int)strlen(pInfo->given);
  if( n>1 && index_unique(pAuth, &pAuth->givenOnly, pInfo->given, n, person)!=ARCH_OK ){
    return ARCH_NOMEM;
  }
  if( pInfo->patronymic[0] && n>1 ){
    int k = snprintf(zKey, sizeof(zKey), "%.*s %s", n, pInfo->given, pInfo->patronymic);
    if( k>0 && k<(int)sizeof(zKey)
     && index_unique(pAuth, &pAuth->patronymics, zKey, k, person)!=ARCH_OK ){
      return ARCH_NOMEM;
    }
  }
  return ARCH_OK;
}

/* Index a spelling under its key, so that name_analyze() finds the person by it. A spelling
** two people share names neither. A surname alone that is the person's own ("Chruschtschow" for
** Khrushchev) is left to names_lookup_family(), which resolves it only while it fits one
** person; an epithet with a title ("Chairman Mao", "Dear Leader") is indexed with its title, so
** that plain "Mao" stays a surname. */
static ArchRc index_spelling(NameAuthority *pAuth, int person, const char *zSpelling){
  NameInfo info;
  MapEntry *e;
  const char *zKey;
  if( !names_analyze_spelling(pAuth, zSpelling, strlen(zSpelling), &info) ){
    if( !name_is_titled(&info) ) return ARCH_OK;     /* no name at all */
    info.nGiven = 1;                                 /* an epithet made of titles only */
  }else if( note_given_name(pAuth, zSpelling, &info)!=ARCH_OK
          || note_family_word(pAuth, zSpelling, &info)!=ARCH_OK ){
    return ARCH_NOMEM;
  }
  if( !name_is_titled(&info) && info.nGiven==0
   && strcmp(info.family, names_str(pAuth, pAuth->aPerson[person].iFamily))==0 ){
    return ARCH_OK;
  }
  if( index_given(pAuth, person, &info)!=ARCH_OK ) return ARCH_NOMEM;
  zKey = name_is_titled(&info) ? info.titledKey : info.key;
  if( (e = map_entry(pAuth, &pAuth->variants, zKey, (int)strlen(zKey), person))==0 ){
    return ARCH_NOMEM;
  }
  if( e->value!=person ) e->value = NAMES_AMBIGUOUS;
  return ARCH_OK;
}

/* Read one people table: each row is a spelling and its person's preferred form. */
static ArchRc load_people(NameAuthority *pAuth, const ArchDataRow *aRow, unsigned nRow){
  unsigned i;
  for(i=0; i<nRow; i++){
    int person;
    ArchRc rc = names_find_or_add_person(pAuth, aRow[i].value, &person);
    if( rc==ARCH_OK && person>=0 ){
      rc = add_spelling(pAuth, person, aRow[i].key);
      if( rc==ARCH_OK ) rc = index_spelling(pAuth, person, aRow[i].key);
    }
    if( rc!=ARCH_OK ) return rc;
  }
  return ARCH_OK;
}

/* Every map of the authority, for building and freeing them alike. */
static Map *const *authority_maps(NameAuthority *p, Map *aMap[16], int *pn){
  Map *const az[] = {
    &p->titles, &p->words, &p->koreanSurnames, &p->chineseSurnames, &p->pinyin, &p->wadeGiles,
    &p->variants, &p->preferred, &p->families, &p->familiesAlone, &p->familyKeysAlone,
    &p->places, &p->givenOnly, &p->patronymics
  };
  int i;
  for(i=0; i<(int)(sizeof(az)/sizeof(az[0])); i++) aMap[i] = az[i];
  *pn = i;
  return aMap;
}


ArchRc names_authority_build(NameAuthority **ppAuth){
  NameAuthority *p = arch_realloc(0, sizeof(*p));
  Map *aMap[16];
  int nMap, i;
  ArchRc rc = ARCH_NOMEM;
  *ppAuth = 0;
  if( p==0 ) return ARCH_NOMEM;
  memset(p, 0, sizeof(*p));
  authority_maps(p, aMap, &nMap);
  for(i=0; i<nMap; i++) map_init(p, aMap[i]);
  if( (p->zPool = arch_realloc(0, 65536))!=0 ){
    ((char*)p->zPool)[0] = 0;                      /* offset 0: "" */
    p->nPool = 1;
    p->nPoolAlloc = 65536;
    rc = load_tables(p);
  }
  if( rc==ARCH_OK ) rc = load_people(p, arch_data_people_asia, arch_data_people_asia_count);
  if( rc==ARCH_OK ) rc = load_people(p, arch_data_people_west, arch_data_people_west_count);
  if( rc==ARCH_OK ) rc = names_load_derived(p);
  if( rc!=ARCH_OK ){
    name_authority_close(p);
    return rc;
  }
  *ppAuth = p;
  return ARCH_OK;
}

ArchRc name_authority_open(NameAuthority **ppAuth){
  const NameAuthority *pBuiltin = names_builtin_authority();
  if( pBuiltin ){
    *ppAuth = (NameAuthority*)pBuiltin;            /* constant data: only ever read */
    return ARCH_OK;
  }
  return names_authority_build(ppAuth);
}

void name_authority_close(NameAuthority *p){
  Map *aMap[16];
  int nMap, i;
  if( p==0 || p->isBuiltin ) return;
  authority_maps(p, aMap, &nMap);
  for(i=0; i<nMap; i++) map_free(aMap[i]);
  arch_free(p->aCanon);
  arch_free(p->aPerson);
  arch_free(p->aVariant);
  arch_free((char*)p->zPool);
  arch_free(p);
}

/* ---------------------------------------------------------------- lookups */

int names_lookup_variant(const NameAuthority *pAuth, const char *zKey){
  return names_map_get(&pAuth->variants, zKey, (int)strlen(zKey), -1);
}

int names_word_class(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->words, z, n, 0);
}

int names_title_place(const NameAuthority *pAuth, char *z, int n){
  char zPhrase[NAME_MAX_KEY];
  int place = names_map_get(&pAuth->titles, z, n, 0), j, nPhrase;
  for(j=0; j<n && (unsigned char)z[j]<0x80; j++){}
  if( place || j==n ) return place;
  z[n] = 0;
  nPhrase = names_fold_phrase(z, zPhrase, (int)sizeof(zPhrase));
  return nPhrase>0 ? names_map_get(&pAuth->titles, zPhrase, nPhrase, 0) : 0;
}

int names_is_known_family(const NameAuthority *pAuth, const char *zFamily, int western){
  int i = names_map_get(&pAuth->families, zFamily, (int)strlen(zFamily), -1);
  for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
    if( (pAuth->aPerson[i].culture==NAME_WESTERN)==western ) return 1;
  }
  return 0;
}

/* Is q's family name, as his library heading gives it, of two words or more that his preferred
** form ends with ("Gordon Walker, Patrick" of Patrick Gordon Walker, "López Mateos, Adolfo",
** "Mendès France, Pierre"), so that its last word alone ("Walker", "Mateos", "France") is no
** name of his? Not a family name that begins with a particle ("De Gasperi", "Di Vittorio"),
** which is read without it; nor a heading's second family name that the preferred form leaves
** out ("Allende Gossens, Salvador": "Allende" is his). */
int names_family_is_compound(const NameAuthority *pAuth, const Person *q){
  const char *zPreferred = names_str(pAuth, q->iPreferred), *zHead, *zComma, *zSpace;
  size_t n = strlen(zPreferred), nFamily, nFirst;
  const ArchDataRow *r = arch_data_find(arch_data_people_headings,
                                        arch_data_people_headings_count, zPreferred, n);
  if( r==0 || (zComma = strstr(zHead = r->value, ", "))==0 ) return 0;
  nFamily = (size_t)(zComma - zHead);
  zSpace = memchr(zHead, ' ', nFamily);
  if( zSpace==0 || n<=nFamily+1 || zPreferred[n-nFamily-1]!=' '
   || memcmp(zPreferred+n-nFamily, zHead, nFamily)!=0 ){
    return 0;
  }
  nFirst = (size_t)(zSpace - zHead);                 /* the table's look-up folds case */
  return arch_data_find(arch_data_name_particles, arch_data_name_particles_count, zHead,
                        nFirst)==0;
}

int names_lookup_family(const NameAuthority *pAuth, const NameInfo *pInfo){
  int i, found = -1;
  if( pInfo->nGiven>0 && pInfo->culture!=NAME_WESTERN ) return -1;   /* given names: a unit */
  i = names_map_get(&pAuth->families, pInfo->family, (int)strlen(pInfo->family), -1);
  for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
    const Person *q = &pAuth->aPerson[i];
    if( pInfo->nGiven>0
     && (q->culture!=NAME_WESTERN
         || names_given_relation(pInfo->given, names_str(pAuth, q->iGiven))!=NAME_SAME) ){
      continue;
    }
    if( pInfo->nGiven==0 && q->culture==NAME_WESTERN && names_family_is_compound(pAuth, q) ){
      continue;                                 /* "Walker" is no Patrick Gordon Walker */
    }
    if( found>=0 ) return -1;                   /* two people fit */
    found = i;
  }
  return found;
}

int names_lookup_given(const NameAuthority *pAuth, const NameInfo *pInfo){
  char zKey[NAME_MAX_KEY];
  int n;
  if( pInfo->patronymicOnly ){
    n = snprintf(zKey, sizeof(zKey), "%s %s", pInfo->given, pInfo->patronymic);
    return n>0 && n<(int)sizeof(zKey) ? names_map_get(&pAuth->patronymics, zKey, n, -1) : -1;
  }
  n = (int)strlen(pInfo->family);
  if( n<4 || (names_word_class(pAuth, pInfo->family, n) & (WORD_COMMON|WORD_COMMON_NAME)) ){
    return -1;                                  /* no short or common word alone */
  }
  return names_map_get(&pAuth->givenOnly, pInfo->family, n, -1);
}

void names_person_info(const NameAuthority *pAuth, int person, NameInfo *pInfo){
  const Person *q = &pAuth->aPerson[person];
  memset(pInfo, 0, sizeof(*pInfo));
  strcpy(pInfo->key, names_str(pAuth, q->iKey));
  strcpy(pInfo->family, names_str(pAuth, q->iFamily));
  strcpy(pInfo->given, names_str(pAuth, q->iGiven));
  pInfo->nGiven = q->nGiven;
  pInfo->culture = q->culture;
  pInfo->person = person;
  pInfo->viaVariant = 1;
}

const char *name_person_preferred(const NameAuthority *pAuth, int person){
  return person>=0 && person<pAuth->nPerson ? names_str(pAuth, pAuth->aPerson[person].iPreferred)
                                            : 0;
}

int name_person_variants(const NameAuthority *pAuth, int person, const char **azOut, int nMax){
  int i, n = 0;
  if( person<0 || person>=pAuth->nPerson ) return 0;
  for(i=pAuth->aPerson[person].firstVariant; i>=0 && n<nMax; i=pAuth->aVariant[i].next){
    azOut[n++] = names_str(pAuth, pAuth->aVariant[i].iSpelling);
  }
  return n;
}

int name_authority_size(const NameAuthority *pAuth){
  return pAuth->nPerson;
}
