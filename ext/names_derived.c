/*
** names_derived.c: the spellings of the authority's people that nobody lists but every reader
** writes, derived from the listed ones when the authority is built (names_authority.c calls
** names_load_derived() once every listed spelling is in): a spelling with its marks dropped
** ("Alexander Dubcek", "Nicolae Ceausescu"), a Western family name written alone ("Mielke"), a
** middle name and a family name ("Foster Dulles"), a Vietnamese person's last word ("Diem"),
** a compound family name alone ("Couve de Murville"), and the key of a family name alone that
** several people bear (familyKeysAlone: "Ceausescu" of Nicolae and Elena). Each is indexed
** never over a listed spelling, and not when it would name two people.
*/
#include "names_int.h"

#include <utf8proc.h>

/* Spellings nobody lists but every reader writes: a listed spelling with its marks dropped
** ("Alexander Dubcek", "Nicolae Ceausescu", as the English press writes them), and a Western
** family name written alone ("Mielke", whose letters key otherwise than beside the German
** "Erich"). Each is indexed once every listed spelling is in: never over a listed one, and not
** when it would name two people. */
typedef struct Derived {
  char key[NAME_MAX_KEY];
  int person;
  int alone;               /* a family name alone (familiesAlone), not a full spelling */
} Derived;

typedef struct DerivedList {
  Derived *a;
  int n, nAlloc;
} DerivedList;

static ArchRc derived_add(DerivedList *p, const char *zKey, int person, int alone){
  if( p->n==p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 1024;
    Derived *aNew = arch_realloc(p->a, sizeof(Derived)*(size_t)nNew);
    if( aNew==0 ) return ARCH_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  strcpy(p->a[p->n].key, zKey);
  p->a[p->n].alone = alone;
  p->a[p->n++].person = person;
  return ARCH_OK;
}

/* z (NUL-terminated) with the marks of its Latin letters dropped, into out (nOut bytes): 1 when
** that changed it, 0 when not; -1 when it holds letters of another script (or is too long). */
static int strip_marks(const char *z, char *out, size_t nOut){
  size_t n = strlen(z), i = 0, o = 0;
  int changed = 0;
  while( i<n ){
    uint32_t cp;
    int k = text_utf8_decode((const unsigned char*)z+i, n-i, &cp), last = 0, j;
    utf8proc_int32_t aDecomp[8];
    utf8proc_ssize_t nDecomp;
    if( k<=0 ) return -1;
    if( cp<0x80 ){
      if( o+1>=nOut ) return -1;
      out[o++] = z[i];
      i += (size_t)k;
      continue;
    }
    if( text_is_cyrillic(cp) || text_is_hangul_syllable(cp) || text_is_kept_script(cp) ) return -1;
    nDecomp = utf8proc_decompose_char((utf8proc_int32_t)cp, aDecomp, 8,
                                      UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
    if( nDecomp<=0 || nDecomp>8 ) return -1;
    for(j=0; j<nDecomp; j++){
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t nEnc = utf8proc_encode_char(aDecomp[j], enc);
      if( o+(size_t)nEnc>=nOut ) return -1;
      memcpy(out+o, enc, (size_t)nEnc);
      o += (size_t)nEnc;
    }
    changed |= nDecomp!=1 || (uint32_t)aDecomp[0]!=cp;
    i += (size_t)k;
  }
  out[o] = 0;
  return changed;
}

/* The key of a Western spelling's last word written alone, in *pAlone, when that word is the
** family name ("Mielke" of "Erich Mielke"; not "Ruz" of "Fidel Castro Ruz" nor "Río" of
** "Lázaro Cárdenas del Río") and keys otherwise than the person's family name zFamily. */
static int family_alone(const NameAuthority *pAuth, const char *zSpelling, const NameInfo *pFull,
                        const char *zFamily, NameInfo *pAlone){
  const char *zLast = strrchr(zSpelling, ' ');
  char zPlain[NAME_MAX_INPUT];
  NameInfo rest;
  if( strip_marks(zSpelling, zPlain, sizeof(zPlain))<0 ){
    return 0;               /* another script's: its letters' language is the script's own */
  }
  if( zLast==0 || pFull->culture!=NAME_WESTERN || pFull->nGiven==0 || pFull->particled
   || name_is_titled(pFull) ){
    return 0;
  }
  if( names_analyze_spelling(pAuth, zSpelling, (size_t)(zLast - zSpelling), &rest)
   && strcmp(rest.family, pFull->family)==0 ){
    return 0;                             /* the family name stands before the last word */
  }
  zLast++;
  return names_analyze_spelling(pAuth, zLast, strlen(zLast), pAlone)
      && pAlone->culture==NAME_WESTERN && !name_is_titled(pAlone)
      && strcmp(pAlone->key, pFull->key)!=0 && strcmp(pAlone->key, zFamily)!=0
      && pAlone->nGiven==0;
}

/* A Western spelling of three words or more without its first given name, when its second
** word is a middle name no one bears as a given name ("Cabot Lodge" of "Henry Cabot Lodge",
** "Foster Dulles" of "John Foster Dulles", "Abdel Nasser" of "Gamal Abdel Nasser", "Broz
** Tito"): documents call the person so. Not after an initial or before a particle, nor a
** patronymic ("Sergeyevich Khrushchev"), nor a given name ("Rafael Rodríguez" of "Carlos Rafael
** Rodríguez" names others). Its key in *pInfo. */
static int middle_and_family(const NameAuthority *pAuth, const char *zSpelling,
                             NameInfo *pInfo){
  const char *zSecond = strchr(zSpelling, ' '), *zEnd;
  char zWord[NAME_MAX_KEY];
  int nWord;
  if( zSecond==0 || (unsigned char)zSpelling[0]>=0x80 ) return 0;
  zSecond++;
  zEnd = strchr(zSecond, ' ');
  if( zEnd==0 || zEnd-zSecond<3 || zEnd[-1]=='.' || zSecond[0]<'A' || zSecond[0]>'Z' ){
    return 0;
  }
  if( (size_t)(zEnd-zSecond)>=sizeof(zWord) ) return 0;
  memcpy(zWord, zSecond, (size_t)(zEnd-zSecond));
  zWord[zEnd-zSecond] = 0;
  nWord = names_fold_phrase(zWord, zWord, (int)sizeof(zWord));
  if( nWord<=0 || names_is_patronymic_word(zWord, nWord)
   || (names_word_class(pAuth, zWord, nWord) & (WORD_GIVEN|WORD_PARTICLE|WORD_TITLE_FIRST
                                                 |WORD_SURNAME|WORD_COMMON)) ){
    return 0;
  }
  return names_analyze_spelling(pAuth, zSecond, strlen(zSecond), pInfo)
      && pInfo->culture==NAME_WESTERN && pInfo->nGiven>0 && !name_is_titled(pInfo);
}

/* Does a spelling of another person of the family key zFamily than `person` hold the word
** z[0..n) ("Dias" of Solomon West Ridgeway Dias Bandaranaike, beside Felix Dias
** Bandaranaike)? Then the word and the family name do not tell the two apart. */
static int word_of_kin(const NameAuthority *pAuth, int person, const char *zFamily,
                       const char *z, size_t n){
  int i = names_map_get(&pAuth->families, zFamily, (int)strlen(zFamily), -1);
  for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
    int v;
    if( i==person ) continue;
    for(v=pAuth->aPerson[i].firstVariant; v>=0; v=pAuth->aVariant[v].next){
      const char *zSpelling = names_str(pAuth, pAuth->aVariant[v].iSpelling), *zAt;
      for(zAt=strstr(zSpelling, " "); zAt; zAt=strstr(zAt+1, " ")){
        if( strncmp(zAt+1, z, n)==0 && (zAt[1+n]==' ' || zAt[1+n]==0) ) return 1;
      }
    }
  }
  return 0;
}

/* The last word of a Vietnamese spelling of three words or more, which documents call the
** person by ("Diem" of Ngo Dinh Diem, "Giap" of Vo Nguyen Giap, "Thieu" of Nguyen Van Thieu),
** read alone into *pAlone: a spelling with the person's family name (not "Quoc" of Nguyen Ai
** Quoc, Ho Chi Minh's earlier name), a word of four letters or more that is no word of running
** text, given name of the West ("Don"), title, date, place's first word nor Korean or Chinese
** family name ("Dong" is Dong Biwu's too; "Anh", "Nhu" are too short to tell). A word two
** people end with ("Minh") names neither (index_derived()). */
static int vietnamese_last(const NameAuthority *pAuth, const char *zSpelling,
                           const NameInfo *pFull, const char *zFamily, NameInfo *pAlone){
  const char *zLast = strrchr(zSpelling, ' '), *zSecond = strchr(zSpelling, ' ');
  char zWord[NAME_MAX_KEY];
  int nWord;
  if( pFull->culture!=NAME_VIETNAMESE || pFull->nGiven==0 || zLast==0 || zLast==zSecond
   || strcmp(pFull->family, zFamily)!=0 ){
    return 0;
  }
  zLast++;
  if( strlen(zLast)<3 || strlen(zLast)>=sizeof(zWord) ) return 0;
  nWord = names_fold_phrase(zLast, zWord, (int)sizeof(zWord));
  if( nWord<4 || (names_word_class(pAuth, zWord, nWord)
                  & (WORD_COMMON|WORD_COMMON_NAME|WORD_NOT_NAME|WORD_SURNAME|WORD_DATE|WORD_GIVEN
                     |WORD_TITLE_FIRST|WORD_PLACE_FIRST|WORD_PLACE_BEFORE|WORD_PARTICLE)) ){
    return 0;
  }
  return names_analyze_spelling(pAuth, zLast, strlen(zLast), pAlone)
      && pAlone->nGiven==0 && !name_is_titled(pAlone) && pAlone->culture==NAME_WESTERN;
}

/* The derived spellings of one listed spelling of `person`. */
static ArchRc derive_spelling(const NameAuthority *pAuth, int person, const char *zSpelling,
                              DerivedList *pList){
  char zPlain[NAME_MAX_INPUT];
  const char *zFamily = names_str(pAuth, pAuth->aPerson[person].iFamily);
  NameInfo info, alone;
  ArchRc rc = ARCH_OK;
  int i, familyOk = 0;
  for(i=0; i<2 && rc==ARCH_OK; i++){
    const char *z = zSpelling;
    if( i==1 ){
      if( strip_marks(zSpelling, zPlain, sizeof(zPlain))<=0 ) break;
      z = zPlain;
    }
    if( !names_analyze_spelling(pAuth, z, strlen(z), &info) || name_is_titled(&info) ) continue;
    if( i==0 ){
      /* the family name alone only of a spelling that has the person's family name, or his
      ** given name and a family name spelt much like his in another orthography ("Milovan
      ** Djilas" of Milovan Đilas: "Djilas" alone keys as Indonesian's old dj); not of a birth
      ** name or another name ("Roncalli" of John XXIII, "Elizarov" of Chiang, "Duarte" of
      ** Eva Perón) */
      const char *zPreferred = names_str(pAuth, pAuth->aPerson[person].iPreferred);
      familyOk = !names_named_whole(zPreferred, strlen(zPreferred));
      familyOk = familyOk && (strcmp(info.family, zFamily)==0
              || (info.nGiven>0
                  && strcmp(info.given, names_str(pAuth, pAuth->aPerson[person].iGiven))==0
                  && names_jaro_winkler(info.family, zFamily)>=0.85));
    }else{
      rc = derived_add(pList, info.key, person, 0);
    }
    if( rc==ARCH_OK && familyOk && family_alone(pAuth, z, &info, zFamily, &alone) ){
      rc = derived_add(pList, alone.key, person, 1);
    }
    if( rc==ARCH_OK && i==0 && vietnamese_last(pAuth, z, &info, zFamily, &alone) ){
      rc = derived_add(pList, alone.key, person, 1);
    }
    if( rc==ARCH_OK && familyOk && info.culture==NAME_WESTERN
     && strcmp(info.family, zFamily)==0
     && middle_and_family(pAuth, z, &alone) && strcmp(alone.family, zFamily)==0
     && !word_of_kin(pAuth, person, zFamily, strchr(z, ' ')+1,
                     strcspn(strchr(z, ' ')+1, " ")) ){
      rc = derived_add(pList, alone.key, person, 0);
    }
  }
  return rc;
}

static int derived_cmp(const void *a, const void *b){
  const Derived *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : x->person - y->person;
}

/* The family key that every person of the derived keys a[0..n) bears, as its offset in the
** pool; 0 when they bear several. */
static uint32_t shared_family(const NameAuthority *pAuth, const Derived *a, int n){
  uint32_t iFamily = pAuth->aPerson[a[0].person].iFamily;
  int i;
  for(i=1; i<n; i++){
    if( strcmp(names_str(pAuth, pAuth->aPerson[a[i].person].iFamily),
               names_str(pAuth, iFamily))!=0 ){
      return 0;
    }
  }
  return iFamily;
}

/* Index the derived keys that name one person and no listed spelling: a full spelling as a
** spelling (variants), a family name alone as a family name (familiesAlone), which a full name
** matches only in part, as it does the family name of the person's listed spellings. A family
** name alone that names several people of one family ("Ceausescu": Nicolae and Elena) names
** none of them, but keys as their family name does (familyKeysAlone). */
static ArchRc index_derived(NameAuthority *pAuth, DerivedList *pList){
  int i, j;
  qsort(pList->a, (size_t)pList->n, sizeof(Derived), derived_cmp);
  for(i=0; i<pList->n; i=j){
    const char *zKey = pList->a[i].key;
    int n = (int)strlen(zKey), one = 1, alone = pList->a[i].alone;
    uint32_t iFamily;
    for(j=i+1; j<pList->n && strcmp(pList->a[j].key, zKey)==0; j++){
      if( pList->a[j].person!=pList->a[i].person ) one = 0;
      alone &= pList->a[j].alone;
    }
    if( names_map_get(&pAuth->variants, zKey, n, -1)!=-1
     || names_map_get(&pAuth->families, zKey, n, -1)!=-1 ){
      continue;                            /* a listed spelling's key */
    }
    if( !one ){                            /* two people's */
      if( alone && (iFamily = shared_family(pAuth, &pList->a[i], j-i))!=0
       && names_map_entry(pAuth, &pAuth->familyKeysAlone, zKey, n, (int)iFamily)==0 ){
        return ARCH_NOMEM;
      }
      continue;
    }
    if( names_map_entry(pAuth, alone ? &pAuth->familiesAlone : &pAuth->variants, zKey, n,
                  pList->a[i].person)==0 ){
      return ARCH_NOMEM;
    }
  }
  return ARCH_OK;
}

/* The family name of two words or more that the heading of `person` gives and his preferred
** form ends with ("Couve de Murville, Maurice", "Mendès France, Pierre", "Gordon Walker,
** Patrick"): documents write it alone ("Couve de Murville told Gromyko"), and it is a spelling
** of his, with its marks and without them. */
static ArchRc derive_compound_family(const NameAuthority *pAuth, int person,
                                     DerivedList *pList){
  const Person *q = &pAuth->aPerson[person];
  const char *zPreferred = names_str(pAuth, q->iPreferred);
  char zFamily[NAME_MAX_INPUT], zPlain[NAME_MAX_INPUT];
  const ArchDataRow *r;
  NameInfo info;
  size_t nFamily;
  ArchRc rc = ARCH_OK;
  if( q->culture!=NAME_WESTERN || !names_family_is_compound(pAuth, q) ) return ARCH_OK;
  r = arch_data_find(arch_data_people_headings, arch_data_people_headings_count, zPreferred,
                     strlen(zPreferred));
  nFamily = (size_t)(strstr(r->value, ", ") - r->value);
  if( nFamily>=sizeof(zFamily) ) return ARCH_OK;
  memcpy(zFamily, r->value, nFamily);
  zFamily[nFamily] = 0;
  if( names_analyze_spelling(pAuth, zFamily, nFamily, &info) && !name_is_titled(&info) ){
    rc = derived_add(pList, info.key, person, 0);
  }
  if( rc==ARCH_OK && strip_marks(zFamily, zPlain, sizeof(zPlain))>0
   && names_analyze_spelling(pAuth, zPlain, strlen(zPlain), &info) && !name_is_titled(&info) ){
    rc = derived_add(pList, info.key, person, 0);
  }
  return rc;
}

static ArchRc derive_people(NameAuthority *pAuth, const ArchDataRow *aRow, unsigned nRow,
                            DerivedList *pList){
  unsigned i;
  for(i=0; i<nRow; i++){
    int person;
    ArchRc rc = names_find_or_add_person(pAuth, aRow[i].value, &person);
    if( rc==ARCH_OK && person>=0 ) rc = derive_spelling(pAuth, person, aRow[i].key, pList);
    if( rc==ARCH_OK && person>=0 && strcmp(aRow[i].key, aRow[i].value)==0 ){
      rc = derive_compound_family(pAuth, person, pList);
    }
    if( rc!=ARCH_OK ) return rc;
  }
  return ARCH_OK;
}

ArchRc names_load_derived(NameAuthority *pAuth){
  DerivedList list = {0, 0, 0};
  ArchRc rc = derive_people(pAuth, arch_data_people_asia, arch_data_people_asia_count, &list);
  if( rc==ARCH_OK ){
    rc = derive_people(pAuth, arch_data_people_west, arch_data_people_west_count, &list);
  }
  if( rc==ARCH_OK ) rc = index_derived(pAuth, &list);
  arch_free(list.a);
  return rc;
}
