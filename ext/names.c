/*
** names.c: person names normalized across romanizations, scripts and spellings (names.h).
**
**     NameInfo a, b;
**     if( name_analyze(pAuth, "Kim Il-sŏng", 13, &a) && name_analyze(pAuth, "Ким Ир Сен", 18, &b) ){
**       ... strcmp(a.key, b.key)==0, name_match(pAuth, &a, &b)==NAME_SAME ...
**     }
**
** This file runs the layers in turn (names_int.h: characters, structure, spelling, then the
** authority's people) and compares names. A name is analysed into a NameInfo: its key, its
** parts, its display form and the known person it names, if any.
*/
#include "names_int.h"

#include <stdio.h>

/* ---------------------------------------------------------------- analysis */

/* Every field a caller reads is set here: the strings need only be empty (clearing the whole
** struct, some 900 bytes, was the largest cost of a short name). */
static void clear_info(NameInfo *pInfo){
  pInfo->key[0] = pInfo->family[0] = pInfo->given[0] = pInfo->display[0] = 0;
  pInfo->titledKey[0] = 0;
  pInfo->nGiven = pInfo->initialsOnly = pInfo->viaVariant = pInfo->particled = 0;
  pInfo->patronymicOnly = 0;
  pInfo->patronymic[0] = 0;
  pInfo->culture = NAME_WESTERN;
  pInfo->person = -1;
  pInfo->born = pInfo->died = 0;
  pInfo->familyInverted = 0;
  pInfo->suffix[0] = 0;
}

/* The characters layer: the text as tokens, Cyrillic romanized. 0 when it cannot be a name. */
static int read_tokens(const char *z, size_t n, Toks *p){
  if( n==0 || n>NAME_MAX_INPUT ) return 0;
  names_tokenize(z, n, p);
  if( p->bad ) return 0;
  names_romanize_cyrillic(p);
  return !p->bad;
}

/* The structure layer: titles dropped (the key with them kept in titledKey for epithets),
** "Surname, Given" turned round. Returns 0 when what is left is a title alone, or nothing. */
static int read_structure(const NameAuthority *pAuth, const char *z, Toks *p, NameInfo *pInfo,
                          size_t *pNameStart){
  char zAll[NAME_MAX_KEY];
  int nAll, titled;
  nAll = names_join_tokens(p, 0, p->n, zAll, sizeof(zAll));
  titled = names_strip_titles(pAuth, p);
  *pNameStart = p->n>0 ? p->a[0].iStart : 0;
  if( p->n>0 && names_title_at(pAuth, p, 0, p->n, TITLE_EITHER)==p->n ){
    /* a title alone: no name, unless the authority lists it as an epithet ("Dear Leader") */
    if( nAll>0 ) memcpy(pInfo->titledKey, zAll, (size_t)nAll+1);
    names_build_display(z, p, pInfo->display, sizeof(pInfo->display));
    return 0;
  }
  if( titled && nAll>0 ) memcpy(pInfo->titledKey, zAll, (size_t)nAll+1);
  names_drop_nickname(p);
  names_umlaut_digraphs(pAuth, p);
  names_undo_inversion(p);
  names_capitals_last(pAuth, p);
  names_patronymic_last(pAuth, p);
  names_given_after_last(pAuth, p);
  names_initials_first(p);
  return p->n>0;
}

/* The key of a name's parts: family name, then given names. 0 when it does not fit. */
static int build_key(NameInfo *pInfo){
  size_t nFamily = strlen(pInfo->family), nGiven = strlen(pInfo->given);
  size_t nSuffix = strlen(pInfo->suffix), o = nFamily;
  if( nFamily+1+nGiven+1+nSuffix>=sizeof(pInfo->key) ) return 0;
  memcpy(pInfo->key, pInfo->family, nFamily+1);
  if( nGiven ){
    pInfo->key[o++] = ' ';
    memcpy(pInfo->key+o, pInfo->given, nGiven+1);
    o += nGiven;
  }
  if( nSuffix ){                                    /* "akvino benigno jr" */
    pInfo->key[o++] = ' ';
    memcpy(pInfo->key+o, pInfo->suffix, nSuffix+1);
  }
  return 1;
}

/* Was a title in Cyrillic before the name z[toks' first..) romanized with it? The title's
** letters are no Chinese or Korean syllables, so that "Премьер Чжоу Эньлай" and "Товарищ Ким
** Ир Сен" were read letter by letter: such a name is read again without its title. */
static int title_romanized_with(const Toks *p, const char *z){
  return p->n>0 && p->a[0].written==SCRIPT_CYRILLIC
      && (unsigned char)z[0]>=0xD0 && (unsigned char)z[0]<=0xD4;
}

/* z[0..n) read as the name z[iName..n) that follows its title into *pInfo, the title kept in
** titledKey for the epithets it makes: 1, or 0 when that is no name (*pInfo as it was). */
static int analyze_without_title(const NameAuthority *pAuth, const char *z, size_t n,
                                 size_t iName, NameInfo *pInfo){
  NameInfo bare;
  if( !names_analyze_spelling(pAuth, z+iName, n-iName, &bare) ) return 0;
  memcpy(bare.titledKey, pInfo->titledKey, sizeof(bare.titledKey));
  *pInfo = bare;
  return 1;
}

int names_analyze_spelling(const NameAuthority *pAuth, const char *z, size_t n,
                           NameInfo *pInfo){
  Toks toks;
  size_t iName;
  clear_info(pInfo);
  text_trim(&z, &n);
  if( !read_tokens(z, n, &toks) ) return 0;
  if( !read_structure(pAuth, z, &toks, pInfo, &iName) ) return 0;
  if( iName>0 && iName<n && title_romanized_with(&toks, z)
   && analyze_without_title(pAuth, z, n, iName, pInfo) ){
    return 1;
  }
  if( !names_read_parts(pAuth, &toks, pInfo) || !build_key(pInfo) ){
    pInfo->titledKey[0] = 0;
    return 0;
  }
  if( pInfo->familyInverted ) names_family_first(&toks);
  names_build_display(z, &toks, pInfo->display, sizeof(pInfo->display));
  return 1;
}

/* Can a name with suffix zSuffix ("jr", "sr" or none) be the known person whose key is zKey?
** Not when the key ends in another suffix ("Benigno Aquino Sr." is not Benigno Aquino Jr.);
** a key without one says nothing ("Hubert Humphrey Jr." is Hubert H. Humphrey). */
static int suffix_fits(const char *zKey, const char *zSuffix){
  const char *zLast = strrchr(zKey, ' ');
  if( zSuffix[0]==0 || zLast==0 ) return 1;
  zLast++;
  if( strcmp(zLast, "jr")!=0 && strcmp(zLast, "sr")!=0 ) return 1;
  return strcmp(zLast, zSuffix)==0;
}

/* The last word of z folded as names fold their words, into out (nOut bytes): its length,
** or 0. */
static int last_word_folded(const char *z, char *out, int nOut){
  char zAll[NAME_MAX_KEY];
  const char *zLast;
  int n = names_fold_phrase(z, zAll, (int)sizeof(zAll));
  if( n<=0 ) return 0;
  zLast = strrchr(zAll, ' ');
  zLast = zLast ? zLast+1 : zAll;
  n = (int)strlen(zLast);
  if( n>=nOut ) return 0;
  memcpy(out, zLast, (size_t)n+1);
  return n;
}

/* May a name of one word be the known person `person`, whose family name it fits once both are
** folded? Not when the word is a given name people bear (given_names.tsv, the authority's
** given names) other than as that person's family name is written: "Werner" is no Paul Verner,
** "Hermann" no Joachim Herrmann, "Dean" no Maurice Dejean; nor when the given name is the one
** known person's given name as well ("Lazar": Kaganovich, or György Lázár; "Clark": Mark W.
** Clark, or Clark Clifford). Nor a Korean or Chinese family name alone for a Western person,
** or the other way round ("Huang" is no Khuang Aphaiwong of Thailand). */
static int alone_fits_family(const NameAuthority *pAuth, const NameInfo *pInfo, int person){
  char zWord[NAMES_TOKEN_BYTES], zFamily[NAMES_TOKEN_BYTES], zGiven[NAME_MAX_KEY];
  int n, nFamily, other;
  NameCulture known = pAuth->aPerson[person].culture;
  if( (known==NAME_WESTERN)!=(pInfo->culture==NAME_WESTERN)
   && (known==NAME_CHINESE || known==NAME_KOREAN
       || pInfo->culture==NAME_CHINESE || pInfo->culture==NAME_KOREAN) ){
    return 0;
  }
  if( pInfo->culture!=NAME_WESTERN ) return 1;
  n = last_word_folded(pInfo->display, zWord, (int)sizeof(zWord));
  if( n<=0 || strchr(zWord, ' ')
   || !(names_word_class(pAuth, zWord, n) & WORD_GIVEN) ){
    return 1;                                        /* no given name people bear */
  }
  nFamily = last_word_folded(names_str(pAuth, pAuth->aPerson[person].iPreferred), zFamily,
                             (int)sizeof(zFamily));
  if( nFamily!=n || memcmp(zFamily, zWord, (size_t)n)!=0 ) return 0;
  other = names_lookup_given(pAuth, pInfo);
  if( other==NAMES_AMBIGUOUS ) return 0;
  if( other<0 || other==person ) return 1;
  /* another person's given name folds like it: the word names him only as he writes it */
  if( names_fold_phrase(names_str(pAuth, pAuth->aPerson[other].iPreferred), zGiven,
                        (int)sizeof(zGiven))<=0 ){
    return 0;
  }
  return !(strncmp(zGiven, zWord, (size_t)n)==0 && (zGiven[n]==' ' || zGiven[n]==0));
}

/* Does a spelling the authority lists for person hold the one word of pInfo, as written (case
** and marks aside), as its first or last word? */
static int listed_as_written(const NameAuthority *pAuth, const NameInfo *pInfo, int person){
  const char *az[64];
  char zWord[NAME_MAX_KEY], zSpelling[NAME_MAX_KEY];
  int nWord = names_fold_phrase(pInfo->display, zWord, (int)sizeof(zWord));
  int n = name_person_variants(pAuth, person, az, 64), i;
  if( nWord<=0 || strchr(zWord, ' ') ) return 0;
  for(i=0; i<n; i++){
    int m = names_fold_phrase(az[i], zSpelling, (int)sizeof(zSpelling));
    if( m<nWord ) continue;
    if( (memcmp(zSpelling, zWord, (size_t)nWord)==0 && (m==nWord || zSpelling[nWord]==' '))
     || (memcmp(zSpelling+m-nWord, zWord, (size_t)nWord)==0
         && (m==nWord || zSpelling[m-nWord-1]==' ')) ){
      return 1;
    }
  }
  return 0;
}

/* May a name of one word that is no family name as the known person writes it be that person?
** A Korean, Chinese or Vietnamese family name alone, or any word alone for such a person,
** only as one of the person's spellings writes it: the classes that fold romanizations
** together fold different family names too (Tong and Dong, Tang and Dang, Zheng and Cheng).
** A Western word alone that folds like a code name or alias the authority lists (not the
** family name): only as listed ("Filipov", the Bulgarian premier, is no "Filippov"). */
static int alone_as_written(const NameAuthority *pAuth, const NameInfo *pInfo, int person){
  const Person *q = &pAuth->aPerson[person];
  if( pInfo->nGiven>0 || pInfo->patronymicOnly || pInfo->initialsOnly ) return 1;
  if( pInfo->culture==NAME_HAN ) return 1;
  if( pInfo->culture==NAME_WESTERN && q->culture==NAME_WESTERN
   && strcmp(pInfo->key, names_str(pAuth, q->iFamily))==0 ){
    return 1;                                       /* the family name: folded as Western */
  }
  if( pInfo->culture==NAME_WESTERN && q->culture==NAME_WESTERN && !pInfo->viaVariant ){
    return 1;
  }
  return listed_as_written(pAuth, pInfo, person);
}

/* May a given name alone be the one known person who bears it (names_lookup_given())? Only
** as the person's preferred form writes its first word, case and marks aside: people are
** called by a given name alone when it is the one they are known by ("Saddam", "Fidel",
** "Enver"), not by a given name of a fuller form ("Maria" of "María Eva Duarte de Perón" is no
** Eva Perón) nor by one that only folds like it ("Mihai" is no Mihály Farkas, "Hasan" no
** Hassan II). */
static int given_as_preferred(const NameAuthority *pAuth, const NameInfo *pInfo, int person){
  char zWord[NAME_MAX_KEY], zPreferred[NAME_MAX_KEY];
  int nWord = names_fold_phrase(pInfo->display, zWord, (int)sizeof(zWord));
  int n = names_fold_phrase(names_str(pAuth, pAuth->aPerson[person].iPreferred), zPreferred,
                            (int)sizeof(zPreferred));
  return nWord>0 && n>nWord && memcmp(zPreferred, zWord, (size_t)nWord)==0
      && zPreferred[nWord]==' ';
}

/* Do a name's initials, when two or more stand before the family name ("Н.С. Хрущева", "A.B.
** Gromyko"), fit the patronymic of the known person `person`, as the second initial of a
** Russian name stands for it? 0 when the person's listed spellings give a patronymic that the
** second initial is not the initial of (Nina Petrovna Khrushcheva is no "Н.С. Хрущева", Andrei
** Andreyevich Gromyko no "A.B. Gromyko"); else 1 (no patronymic listed: "J.F. Dulles"). */
static int initials_fit_patronymic(const NameAuthority *pAuth, const NameInfo *pInfo,
                                   int person){
  const char *az[64], *zSecond = strchr(pInfo->given, ' ');
  int n, i, listed = 0;
  if( !pInfo->initialsOnly || zSecond==0 || zSecond[1]==0 ) return 1;
  zSecond++;
  n = name_person_variants(pAuth, person, az, 64);
  for(i=0; i<n; i++){
    NameInfo v;
    if( !names_analyze_spelling(pAuth, az[i], strlen(az[i]), &v) || v.patronymic[0]==0 ){
      continue;
    }
    if( names_initials_fit(zSecond, v.patronymic) ) return 1;
    listed = 1;
  }
  return !listed;
}

/* Is a name of one Cyrillic word ending in -а the feminine of a family name that a known man
** bears ("Хрущева": Nina Khrushcheva, or Khrushchev's genitive, "письмо Хрущева")? Russian
** writes a man's surname in the genitive and accusative as his wife's is written: alone, such
** a word names neither for certain. */
static int cyrillic_case_form(const NameAuthority *pAuth, const NameInfo *pInfo){
  const char *z = pInfo->display;
  size_t n = strlen(z);
  NameInfo masculine;
  if( n<8 || ((unsigned char)z[0]!=0xD0 && (unsigned char)z[0]!=0xD1) || strchr(z, ' ')
   || memcmp(z+n-2, "\xD0\xB0", 2)!=0 ){
    return 0;
  }
  return names_analyze_spelling(pAuth, z, n-2, &masculine)
      && masculine.culture==NAME_WESTERN && masculine.nGiven==0
      && names_is_known_family(pAuth, masculine.family, 1);
}

/* The authority layer: the known person a name is a spelling of, an epithet of ("Chairman
** Mao"), or the one person its surname (with initials) fits. */
static void resolve_person(const NameAuthority *pAuth, NameInfo *pInfo){
  int person = -1;
  if( name_is_titled(pInfo) ) person = names_lookup_variant(pAuth, pInfo->titledKey);
  if( person<0 ) person = names_lookup_variant(pAuth, pInfo->key);
  if( person>=0 ){
    pInfo->viaVariant = 1;
  }else if( person!=NAMES_AMBIGUOUS ){
    /* the one person whose family name and given names fit; else a given name alone, or
    ** with its patronymic, that one person bears */
    person = pInfo->patronymicOnly ? -1 : names_lookup_family(pAuth, pInfo);
    if( person<0 && pInfo->nGiven==0 && !pInfo->patronymicOnly
     && pInfo->culture==NAME_WESTERN ){                                /* "Mielke" */
      person = names_map_get(&pAuth->familiesAlone, pInfo->key, (int)strlen(pInfo->key), -1);
    }
    if( person>=0 && pInfo->nGiven==0 && !pInfo->patronymicOnly
     && (!alone_fits_family(pAuth, pInfo, person) || cyrillic_case_form(pAuth, pInfo)) ){
      person = NAMES_AMBIGUOUS;                 /* nor a given name alone, then */
    }
    /* a given name alone is a Western name's word: "Huang" is a Chinese family name, not
    ** the given name of Khuang Aphaiwong of Thailand */
    if( person<0 && person!=NAMES_AMBIGUOUS && (pInfo->nGiven==0 || pInfo->patronymicOnly)
     && pInfo->culture==NAME_WESTERN ){
      person = names_lookup_given(pAuth, pInfo);
      if( person>=0 && !given_as_preferred(pAuth, pInfo, person) ) person = -1;
    }
  }
  if( person>=0 && !pInfo->viaVariant
   && !suffix_fits(names_str(pAuth, pAuth->aPerson[person].iKey), pInfo->suffix) ){
    person = -1;                       /* "Benigno Aquino Sr." is not Benigno Aquino Jr. */
  }
  if( person>=0 && !pInfo->viaVariant && !initials_fit_patronymic(pAuth, pInfo, person) ){
    person = -1;
  }
  if( person>=0 && !name_is_titled(pInfo) && !alone_as_written(pAuth, pInfo, person) ){
    person = -1;
    pInfo->viaVariant = 0;
  }
  if( person>=0 ){
    pInfo->person = person;
    strcpy(pInfo->key, names_str(pAuth, pAuth->aPerson[person].iKey));
  }else if( pInfo->nGiven==0 && !pInfo->patronymicOnly && pInfo->culture==NAME_WESTERN
         && (person = names_map_get(&pAuth->familyKeysAlone, pInfo->key,
                                    (int)strlen(pInfo->key), -1))>=0 ){
    /* several people's family name, written otherwise ("Ceausescu"): their family's key */
    snprintf(pInfo->key, sizeof(pInfo->key), "%s", names_str(pAuth, (uint32_t)person));
    snprintf(pInfo->family, sizeof(pInfo->family), "%s", pInfo->key);
  }
}

/* names_int.h: the one known Western person of a name's family whose first given name is the
** name's one given name. */
int names_first_given_person(const NameAuthority *pAuth, const NameInfo *pInfo){
  size_t nGiven = strlen(pInfo->given);
  int i, found = -1;
  if( pInfo->culture!=NAME_WESTERN || pInfo->nGiven!=1 || nGiven<2 ) return -1;
  i = names_map_get(&pAuth->families, pInfo->family, (int)strlen(pInfo->family), -1);
  for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
    const Person *q = &pAuth->aPerson[i];
    const char *zGiven = names_str(pAuth, q->iGiven);
    if( q->culture!=NAME_WESTERN || strncmp(zGiven, pInfo->given, nGiven)!=0
     || (zGiven[nGiven]!=' ' && zGiven[nGiven]!=0) ) continue;
    if( found>=0 ) return -1;                   /* two people fit */
    found = i;
  }
  return found;
}

/* A name written "Family, Given" that the authority lists written family first without the
** comma ("Chiang, Kai-shek", "Lee, Kuan Yew", "Lê, Duẩn", as catalogues write them): that
** person's, when z[0..n) (one comma) names no known person turned round. */
static void read_family_first(const NameAuthority *pAuth, const char *z, size_t n,
                              NameInfo *pInfo){
  char zPlain[NAME_MAX_INPUT];
  const char *zComma = memchr(z, ',', n);
  size_t iComma;
  NameInfo plain;
  if( zComma==0 || n>=sizeof(zPlain) || memchr(zComma+1, ',', n-(size_t)(zComma-z)-1) ) return;
  iComma = (size_t)(zComma - z);
  memcpy(zPlain, z, iComma);
  memcpy(zPlain+iComma, z+iComma+1, n-iComma-1);    /* the comma out; its space stays */
  if( names_analyze_spelling(pAuth, zPlain, n-1, &plain) ){
    resolve_person(pAuth, &plain);
    if( plain.person>=0 && plain.viaVariant ) *pInfo = plain;
  }
}

/* Where an editor's bracket at the end of z[0..n) begins, after the name it identifies
** ("Filippov [Stalin]", "Zhou [Enlai]"): the offset of "[", or 0 when there is none. */
static size_t closing_bracket(const char *z, size_t n){
  const char *zOpen;
  text_trim(&z, &n);
  if( n<4 || z[n-1]!=']' || (zOpen = memchr(z, '[', n))==0 || zOpen==z ) return 0;
  return (size_t)(zOpen - z);
}

/* A name with an editor's bracket after it: the person the bracket names, when the authority
** knows it ("Filippov [Stalin]": the code name and Stalin agree; "the Chairman [Mao]");
** else the words with the bracket read as part of the name ("Zhou [Enlai]"). 1 when the
** bracket named a known person. */
static int read_identified(const NameAuthority *pAuth, const char *z, size_t n, size_t iOpen,
                           NameInfo *pInfo){
  NameInfo outer;
  if( !name_analyze(pAuth, z+iOpen+1, n-iOpen-2, pInfo) || pInfo->person<0 ) return 0;
  if( name_analyze(pAuth, z, iOpen, &outer) && outer.person==pInfo->person ){
    pInfo->viaVariant |= outer.viaVariant;          /* two names of one person: evidence */
    if( outer.nGiven>pInfo->nGiven ) pInfo->nGiven = outer.nGiven;
  }
  return 1;
}

const char *name_heading(const NameAuthority *pAuth, const NameInfo *pInfo){
  const char *zPreferred;
  const ArchDataRow *r;
  if( pInfo->person<0 ) return 0;
  zPreferred = names_str(pAuth, pAuth->aPerson[pInfo->person].iPreferred);
  r = arch_data_find(arch_data_people_headings, arch_data_people_headings_count, zPreferred,
                     strlen(zPreferred));
  return r ? r->value : 0;
}

/* Do two life years, both given, name two people? Catalogues give one person's birth a year
** apart as often as not (Stalin, 1878 or 1879; Old Style and New Style, records): a year
** apart is the same life. */
static int years_differ(int a, int b){
  return a && b && (a-b>1 || b-a>1);
}

/* Do the life years a heading gives differ from those of the person the authority's heading
** gives ("Smith, John, 1920-1990" is not the John Smith of 1901-1970)? */
static int lives_differ_from_person(const NameAuthority *pAuth, const NameInfo *pInfo,
                                    const NameHeading *pHead){
  const char *zKnown = name_heading(pAuth, pInfo);
  NameHeading known;
  if( zKnown==0 || !names_read_heading(zKnown, strlen(zKnown), &known) ) return 0;
  return years_differ(pHead->born, known.born) || years_differ(pHead->died, known.died);
}

/* The life years of known person `person` (its heading's), in *pKnown: 0 when unknown. */
static int person_years(const NameAuthority *pAuth, int person, NameHeading *pKnown){
  NameInfo q;
  const char *zKnown;
  q.person = person;
  zKnown = name_heading(pAuth, &q);
  return zKnown!=0 && names_read_heading(zKnown, strlen(zKnown), pKnown);
}

/* Do a heading's years and a known person's both give a year, and agree? */
static int years_confirm(const NameHeading *pHead, const NameHeading *pKnown){
  if( years_differ(pHead->born, pKnown->born) || years_differ(pHead->died, pKnown->died) ){
    return 0;
  }
  return (pHead->born && pKnown->born) || (pHead->died && pKnown->died);
}

/* The one known person a heading's name fits by a family name before its comma and its first
** given name, whose life years confirm it: "Stevenson, Adlai E. (Adlai Ewing), 1900-1965" is
** Adlai Stevenson, "Trujillo Molina, Rafael Leónidas, 1891-1961" Rafael Trujillo, though neither
** spelling is listed. -1 when none or several. */
static int heading_person(const NameAuthority *pAuth, const char *zName, size_t nName,
                          const NameHeading *pHead){
  const char *zComma = memchr(zName, ',', nName), *zGiven, *zWord;
  size_t nGiven, nWord;
  int found = -1;
  if( zComma==0 ) return -1;
  for(zGiven=zComma+1; zGiven<zName+nName && *zGiven==' '; zGiven++){}
  for(nGiven=0; zGiven+nGiven<zName+nName && zGiven[nGiven]!=' '; nGiven++){}
  for(zWord=zName; zWord<zComma; zWord+=nWord){   /* each word before the comma a family */
    char zTry[NAME_MAX_INPUT];
    NameInfo t;
    int i;
    while( zWord<zComma && *zWord==' ' ) zWord++;
    for(nWord=0; zWord+nWord<zComma && zWord[nWord]!=' '; nWord++){}
    if( nWord==0 || nGiven+1+nWord>=sizeof(zTry) ) continue;
    memcpy(zTry, zGiven, nGiven);                 /* "Adlai Stevenson", "Rafael Trujillo" */
    zTry[nGiven] = ' ';
    memcpy(zTry+nGiven+1, zWord, nWord);
    if( !names_analyze_spelling(pAuth, zTry, nGiven+1+nWord, &t) ) continue;
    i = names_map_get(&pAuth->families, t.family, (int)strlen(t.family), -1);
    for(; i>=0; i = pAuth->aPerson[i].nextSameFamily){
      NameHeading known;
      if( names_given_relation(t.given, names_str(pAuth, pAuth->aPerson[i].iGiven))
            ==NAME_DIFFERENT
       || !person_years(pAuth, i, &known) || !years_confirm(pHead, &known) ){
        continue;
      }
      if( found>=0 && found!=i ) return -1;        /* two people fit */
      found = i;
    }
  }
  return found;
}

/* A library heading ("Stalin, Joseph, 1879-1953"): its name read as any name, with the life
** years it gives; a known person only when the years agree with the person's, and the known
** person its family name, first given name and years fit (heading_person()). 0 when the name
** part is no name. */
static int read_heading(const NameAuthority *pAuth, const char *z, const NameHeading *pHead,
                        NameInfo *pInfo){
  char zName[NAME_MAX_INPUT+1];
  size_t nName = names_heading_name(z, pHead, zName, sizeof(zName));
  if( nName==0 || !name_analyze(pAuth, zName, nName, pInfo) ) return 0;
  if( pInfo->person>=0 && lives_differ_from_person(pAuth, pInfo, pHead)
   && !names_analyze_spelling(pAuth, zName, nName, pInfo) ){
    return 0;                                       /* the name, but not that person */
  }
  if( pInfo->person<0 ){
    int person = heading_person(pAuth, zName, nName, pHead);
    if( person>=0 ){
      pInfo->person = person;
      pInfo->viaVariant = 0;
      strcpy(pInfo->key, names_str(pAuth, pAuth->aPerson[person].iKey));
    }
  }
  pInfo->born = pHead->born;
  pInfo->died = pHead->died;
  return 1;
}

/* A ruler's number "I" after a name of two words or more that the authority knows without a
** number, as the person it lists so: "Haile Selassie I" is Haile Selassie, for a first of his
** name is often written without it; not when the person's own form has a number ("John Paul
** I" is not John Paul II), nor after one word ("Faisal I" is not Faisal of Saudi Arabia). */
static void regnal_first(const NameAuthority *pAuth, const char *z, size_t n, NameInfo *pInfo){
  NameInfo bare;
  const char *zPreferred, *zLast;
  if( pInfo->person>=0 || strcmp(pInfo->family, "i")!=0 || pInfo->nGiven<2
   || n<4 || z[n-1]!='I' || z[n-2]!=' ' ) return;
  if( !names_analyze_spelling(pAuth, z, n-2, &bare) ) return;
  resolve_person(pAuth, &bare);
  if( bare.person<0 ) return;
  zPreferred = names_str(pAuth, pAuth->aPerson[bare.person].iPreferred);
  zLast = strrchr(zPreferred, ' ');
  if( zLast && zLast[1] && strspn(zLast+1, "IVXL")==strlen(zLast+1) ) return;
  *pInfo = bare;
}

int name_analyze(const NameAuthority *pAuth, const char *z, size_t n, NameInfo *pInfo){
  size_t iOpen;
  NameHeading head;
  text_trim(&z, &n);
  if( n>0 && n<=NAME_MAX_INPUT && names_read_heading(z, n, &head) ){
    return read_heading(pAuth, z, &head, pInfo);
  }
  if( (iOpen = closing_bracket(z, n))>0 && read_identified(pAuth, z, n, iOpen, pInfo) ){
    return 1;
  }
  if( names_analyze_spelling(pAuth, z, n, pInfo) ){
    resolve_person(pAuth, pInfo);
    regnal_first(pAuth, z, n, pInfo);
    if( pInfo->person<0 ) read_family_first(pAuth, z, n, pInfo);
    return 1;
  }
  if( name_is_titled(pInfo) ){
    /* a title alone: a name only when the authority lists it as an epithet */
    char zDisplay[NAME_MAX_INPUT];
    int epithet = names_lookup_variant(pAuth, pInfo->titledKey);
    if( epithet<0 ) return 0;
    memcpy(zDisplay, pInfo->display, sizeof(zDisplay));
    names_person_info(pAuth, epithet, pInfo);
    memcpy(pInfo->display, zDisplay, sizeof(zDisplay));
    return 1;
  }
  return 0;
}

const char *name_canon(const NameAuthority *pAuth, const NameInfo *pInfo){
  if( pInfo->person>=0 ) return names_str(pAuth, pAuth->aPerson[pInfo->person].iPreferred);
  return pInfo->display;
}

/* ---------------------------------------------------------------- comparison */

double names_jaro_winkler(const char *a, const char *b){
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

/* A given name with a patronymic ("Georgy Maximilianovich") against a name with both: partial
** when they agree. */
static NameMatch compare_patronymic(const NameInfo *pShort, const NameInfo *pFull){
  if( pFull->patronymicOnly || pFull->patronymic[0]==0 ) return NAME_DIFFERENT;
  if( strcmp(pShort->patronymic, pFull->patronymic)!=0 ) return NAME_DIFFERENT;
  return names_given_relation(pShort->given, pFull->given)==NAME_DIFFERENT
         ? NAME_DIFFERENT : NAME_PARTIAL;
}

/* A given name with a patronymic against a known person: partial when one of the person's
** spellings has them ("Andrei Andreyevich" is Andrei Gromyko's, and Andrei Andreyev's). */
static NameMatch compare_patronymic_person(const NameAuthority *pAuth, const NameInfo *pShort,
                                           int person){
  const char *az[64];
  int n = name_person_variants(pAuth, person, az, 64), i;
  for(i=0; i<n; i++){
    NameInfo v;
    if( names_analyze_spelling(pAuth, az[i], strlen(az[i]), &v)
     && compare_patronymic(pShort, &v)==NAME_PARTIAL ){
      return NAME_PARTIAL;
    }
  }
  return NAME_DIFFERENT;
}

static NameMatch compare_parts(const NameInfo *a, const NameInfo *b){
  if( strcmp(a->key, b->key)==0 ) return NAME_SAME;
  if( a->suffix[0] && b->suffix[0] && strcmp(a->suffix, b->suffix)!=0 ) return NAME_DIFFERENT;
  if( a->patronymicOnly ) return compare_patronymic(a, b);
  if( b->patronymicOnly ) return compare_patronymic(b, a);
  if( strcmp(a->family, b->family)==0 ){
    if( a->nGiven==0 || b->nGiven==0 ) return NAME_PARTIAL;
    /* Korean and Chinese given names are one unit: Kim Il is not Kim Il Sung */
    if( a->culture!=NAME_WESTERN || b->culture!=NAME_WESTERN ) return NAME_DIFFERENT;
    return names_given_relation(a->given, b->given);
  }
  /* never from spelling alone: Sokolov and Sokolovsky, Shytkov and Shtykov are two names
  ** (name_similarity() grades such likeness) */
  return NAME_DIFFERENT;
}

/* The life years of a name: its heading's, else those of the known person it names. */
static void life_years(const NameAuthority *pAuth, const NameInfo *p, int *pBorn, int *pDied){
  const char *zKnown;
  NameHeading known;
  *pBorn = p->born;
  *pDied = p->died;
  if( (p->born==0 && p->died==0) && (zKnown = name_heading(pAuth, p))!=0
   && names_read_heading(zKnown, strlen(zKnown), &known) ){
    *pBorn = known.born;
    *pDied = known.died;
  }
}

/* Do two names' life years (from headings, or known people's) tell two people apart? */
static int lives_differ(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b){
  int aBorn, aDied, bBorn, bDied;
  if( a->born==0 && a->died==0 && b->born==0 && b->died==0 ) return 0;
  life_years(pAuth, a, &aBorn, &aDied);
  life_years(pAuth, b, &bBorn, &bDied);
  return years_differ(aBorn, bBorn) || years_differ(aDied, bDied);
}

/* A name of a known person (pKnown->person) against a name that names no one known: the
** person's full name against the other's parts. A second initial that is not the person's
** patronymic ("A.B. Gromyko", "N.P. Khrushchev") names another man than a fuller name of the
** person does, as it names no one in the authority; against the surname alone ("Gromyko")
** it stays partial. */
static NameMatch compare_with_person(const NameAuthority *pAuth, const NameInfo *pKnown,
                                     const NameInfo *pOther){
  NameInfo q;
  NameMatch m;
  names_person_info(pAuth, pKnown->person, &q);
  if( !suffix_fits(q.key, pOther->suffix) ) return NAME_DIFFERENT;
  m = compare_parts(&q, pOther);
  if( m!=NAME_DIFFERENT && !initials_fit_patronymic(pAuth, pOther, pKnown->person) ){
    return pKnown->nGiven>0 ? NAME_DIFFERENT : NAME_PARTIAL;
  }
  return m;
}

NameMatch name_match(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b){
  if( lives_differ(pAuth, a, b) ) return NAME_DIFFERENT;
  if( a->person>=0 && b->person>=0 ){
    /* a surname (or given name) alone that fits one person, or a given name with a
    ** patronymic, against a full name: partial. A spelling the authority lists is the
    ** person's full name, though it reads as a patronymic ("Коча Попович"). */
    int aPatronymic = a->patronymicOnly && !a->viaVariant;
    int bPatronymic = b->patronymicOnly && !b->viaVariant;
    if( a->person!=b->person ) return NAME_DIFFERENT;
    if( aPatronymic!=bPatronymic
     || (!a->viaVariant && a->nGiven==0 && b->nGiven>0)
     || (!b->viaVariant && b->nGiven==0 && a->nGiven>0) ){
      return NAME_PARTIAL;
    }
    return NAME_SAME;
  }
  if( a->person>=0 && b->patronymicOnly ) return compare_patronymic_person(pAuth, b, a->person);
  if( b->person>=0 && a->patronymicOnly ) return compare_patronymic_person(pAuth, a, b->person);
  if( a->person>=0 ) return compare_with_person(pAuth, a, b);
  if( b->person>=0 ) return compare_with_person(pAuth, b, a);
  return compare_parts(a, b);
}

double name_similarity(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b){
  NameMatch m = name_match(pAuth, a, b);
  double s;
  if( m==NAME_SAME ) return 1.0;
  s = names_jaro_winkler(a->key, b->key);
  if( a->culture==NAME_WESTERN && b->culture==NAME_WESTERN ){
    double f = names_jaro_winkler(a->family, b->family);
    if( f>s ) s = f*0.98;
  }
  if( m==NAME_PARTIAL && s<0.85 ) s = 0.85;
  if( s>=1.0 ) s = 0.99;
  return s;
}
