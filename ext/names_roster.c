/*
** names_roster.c: the name scanner's roster (names.h: NameScanner). names_scan.c reads each
** name of a text on its own merits; this file remembers the people a text (and its context)
** names in full, and gives a family name alone the one person of that family named before it
** ("Kim Il Sung ... Premier Kim"), or after it ("Kim ... Kim Il Sung"); a family name alone
** that no one is named by in full, and that is no person on its own, is dropped here.
*/
#include "names_int.h"

/* The roster's entry for a person named in full (given names or initials, and a family name). */
static void roster_entry(NameRosterEntry *e, const NameFound *pFound, const Candidate *pCand,
                         int inContext){
  memcpy(e->word, pCand->lastWord, sizeof(e->word));
  memcpy(e->familyWord, pCand->familyWord, sizeof(e->familyWord));
  memcpy(e->family, pFound->info.family, sizeof(e->family));
  memcpy(e->key, pFound->info.key, sizeof(e->key));
  e->person = pFound->info.person;
  e->inContext = inContext;
  e->calledByLast = pFound->info.culture==NAME_VIETNAMESE && pFound->info.nGiven>0;
  e->start = pFound->start;
  e->end = pFound->end;
}

/* Note a person named in full: one named again moves to the end. */
static void roster_push(NameScanner *p, const NameRosterEntry *pNew){
  int i;
  for(i=0; i<p->nRoster; i++){
    if( strcmp(p->aRoster[i].key, pNew->key)==0 && p->aRoster[i].inContext==pNew->inContext ){
      memmove(&p->aRoster[i], &p->aRoster[i+1], sizeof(p->aRoster[0])*(size_t)(p->nRoster-i-1));
      p->nRoster--;
      break;
    }
  }
  if( pNew->inContext ) p->nContextPushed++; else p->names.nPushed++;
  if( p->nRoster==NAME_ROSTER_MAX ){
    memmove(&p->aRoster[0], &p->aRoster[1], sizeof(p->aRoster[0])*(NAME_ROSTER_MAX-1));
    p->nRoster--;
  }
  p->aRoster[p->nRoster++] = *pNew;
}

static void roster_add(NameScanner *p, const NameFound *pFound, const Candidate *pCand,
                       int inContext){
  NameRosterEntry e;
  roster_entry(&e, pFound, pCand, inContext);
  roster_push(p, &e);
}

/* Read z[from..n) for the people it names in full, into the roster. */
static void roster_read(NameScanner *p, const char *z, size_t n, size_t from, int inContext){
  ScanText text;
  NameFound found;
  Candidate cand;
  NameDigitMemo digit = { 1, 0 };
  size_t off = from;
  names_scan_text_open(&text, p->pAuth, p->pCache, 0, z, n, &digit);
  while( names_next_candidate(&text, &off, &found, &cand) ){
    if( found.info.nGiven>0 ) roster_add(p, &found, &cand, inContext);
  }
}

/* Does a word of kinship stand right before z[at] ("his wife Elena Ceausescu":
** name_kin_words.tsv), making the name there a relative of a person named before? */
static int kin_before(const char *z, size_t at){
  size_t end = at, start;
  while( end>0 && z[end-1]==' ' ) end--;
  if( end==at ) return 0;
  for(start=end; start>0 && ((z[start-1]>='a' && z[start-1]<='z') || z[start-1]=='-'); start--){}
  return end>start && arch_data_find(arch_data_name_kin_words, arch_data_name_kin_words_count,
                                     z+start, end-start)!=0;
}

/* The one person the roster entries of this family name, at `at` in the text, name: those
** before it (the context counts as before) when there are any, else those after it. NULL when
** none, or when they are several people ("Kim Il Sung and Kim Tu-bong ... Kim proposed"). A
** relative named after it is not the person ("Ceausescu and his wife Elena Ceausescu"). */
static const NameRosterEntry *roster_pick(const NameScanner *p, const char *zFamily,
                                          const char *zWord, size_t at, int after){
  const NameRosterEntry *pFound = 0;
  int i;
  for(i=0; i<p->nRoster; i++){
    const NameRosterEntry *e = &p->aRoster[i];
    int before = e->inContext || e->start<at;
    if( before==after || (after && kin_before(p->z, e->start)) ) continue;
    if( strcmp(e->family, zFamily)!=0 && (zWord[0]==0 || strcmp(e->familyWord, zWord)!=0)
     && !(e->calledByLast && zWord[0] && strcmp(e->word, zWord)==0) ){
      continue;                         /* "Zhou" of Zhou Enlai; "Diem" of Ngo Dinh Diem */
    }
    if( pFound && strcmp(pFound->key, e->key)!=0 ) return (const NameRosterEntry*)p;
    pFound = e;
  }
  return pFound;
}

/* The person named in full that a surname alone at bytes [at, end) (zWord as written, folded)
** refers to: the one named before it (or in the context), else the one named after it, when
** one person bears the family name there, by its key or as written ("Ho Chi Minh ...
** President Ho", though the lone syllable reads as Korean). NULL when none or several. */
static const NameRosterEntry *roster_find(NameScanner *p, const char *zFamily,
                                          const char *zWord, size_t at, size_t end){
  const NameRosterEntry *e;
  if( p->names.nName>=0 ){              /* the memo keeps what the roster was asked */
    name_asked_note(p->names.aAsked, zFamily, strlen(zFamily));
    if( zWord[0] ) name_asked_note(p->names.aAsked, zWord, strlen(zWord));
  }
  e = roster_pick(p, zFamily, zWord, at, 0);
  if( e==0 ){
    /* a full name after it repeats the surname as written ("Kim ... Kim Il Sung"): the
    ** rest of the text is read only when it holds the surname again */
    if( !p->lookedAhead
     && text_contains(p->z+end, p->n-end, p->z+at, end-at) ){
      p->lookedAhead = 1;               /* once: the rest of the text, for names after it */
      roster_read(p, p->z, p->n, at, 0);
    }
    e = roster_pick(p, zFamily, zWord, at, 1);
  }
  return e==(const NameRosterEntry*)p ? 0 : e;
}

/* Give a surname alone the person the roster names in full. */
static void roster_resolve(NameScanner *p, const NameRosterEntry *e, NameInfo *pInfo){
  NameInfo full;
  ScanText text;
  NameDigitMemo digit = { 1, 0 };
  names_scan_text_open(&text, p->pAuth, p->pCache, 0, e->inContext ? p->zContext : p->z,
                 e->inContext ? p->nContext : p->n, &digit);
  if( !name_analyze_cached(text.pAuth, text.pCache, text.z+e->start, e->end - e->start,
                           &full) ){
    return;
  }
  memcpy(pInfo->key, full.key, sizeof(pInfo->key));
  memcpy(pInfo->display, full.display, sizeof(pInfo->display));
  pInfo->person = full.person;
  pInfo->viaVariant = 0;
}

void name_scanner_cache(NameScanner *p, NameCache *pCache){
  p->pCache = pCache;
  p->names.nName = pCache && name_cache_wants_names(pCache) ? 0 : -1;
}

void name_scanner_init(NameScanner *p, const NameAuthority *pAuth, const char *z, size_t n){
  p->pAuth = pAuth;
  p->pCache = 0;                 /* the roster is not cleared: nRoster says what it holds */
  p->z = z;
  p->n = n;
  p->off = 0;
  p->zContext = 0;
  p->nContext = 0;
  p->lookedAhead = 0;
  p->digit.from = 1;
  p->digit.at = 0;
  p->nRoster = 0;
  p->rosterUsed = 0;
  p->nRead = 0;
  p->nContextPushed = 0;
  p->names.nName = -1;           /* kept only for a memo that wants them */
  p->names.nPushed = 0;
  p->names.nPool = 0;
  memset(p->names.aAsked, 0, sizeof(p->names.aAsked));
}

void name_scanner_context(NameScanner *p, const char *zContext, size_t nContext){
  const NameRosterEntry *aKept;
  int nKept, i;
  p->zContext = zContext;
  p->nContext = nContext;
  if( zContext==0 ) return;
  /* the catalog reads a title as the summary's context just after indexing it: the memo
  ** holds what a scan of it with no roster read */
  nKept = p->pCache ? name_text_roster_get(p->pCache, zContext, nContext, &aKept) : -1;
  if( nKept<0 ){
    roster_read(p, zContext, nContext, 0, 1);
    return;
  }
  for(i=0; i<nKept; i++) roster_push(p, &aKept[i]);
}

/* Is the word of z that ends at `end` (spaces before it skipped), or that begins at `start`
** (spaces after it skipped), a word of French running text (french_words.tsv)? */
static int french_word_at(const char *z, size_t n, size_t end, size_t start){
  size_t a, b;
  if( end>0 ){
    while( end>0 && z[end-1]==' ' ) end--;
    for(a=end; a>0 && z[a-1]!=' ' && z[a-1]!='\n' && z[a-1]!='('; a--){}
    if( end>a && arch_data_find(arch_data_french_words, arch_data_french_words_count, z+a,
                                end-a) ){
      return 1;
    }
  }
  while( start<n && z[start]==' ' ) start++;
  for(b=start; b<n && z[b]!=' ' && z[b]!=',' && z[b]!='.' && z[b]!='\n'; b++){}
  return b>start
      && arch_data_find(arch_data_french_words, arch_data_french_words_count, z+start, b-start);
}

/* "M. Gromyko", "M. Khrouchtchev": the M. of French Monsieur before a family name alone, which
** names no known person with the initial but one without it whose given name the M. does not
** begin (Andrei Gromyko), in French running text (a word of french_words.tsv next to it): that
** person, the name read from after the M. ("M. Chauvel", whom the authority does not know, and
** the "Ambassador to Ghana M. Gorshkov" of English keep their initial). */
static void monsieur_before_family(const NameScanner *p, NameFound *pFound){
  const char *z = p->z + pFound->start;
  size_t n = pFound->end - pFound->start;
  const char *zPreferred;
  NameInfo info;
  if( n<5 || z[0]!='M' || z[1]!='.' || z[2]!=' ' ) return;
  if( pFound->info.person>=0 || !pFound->info.initialsOnly || pFound->info.nGiven!=1
   || !french_word_at(p->z, p->n, pFound->start, pFound->end) ){
    return;
  }
  if( !name_analyze_cached(p->pAuth, p->pCache, z+3, n-3, &info) || info.person<0 ) return;
  zPreferred = name_person_preferred(p->pAuth, info.person);
  if( zPreferred[0]=='M' || !strchr(zPreferred, ' ') ) return;
  pFound->start += 3;
  pFound->info = info;
}

/* Is the one word z[start..end), a family name no one person bears, after the article "the"
** ("The") a noun of an office, no person: "the Dean of the diplomatic corps", "the Dean said"
** (a given name people bear too: zWord, its fold), where "the Nagy government" keeps its
** Nagy? Before "of", or a given name. */
static int article_noun(const NameAuthority *pAuth, const char *z, size_t n, size_t start,
                        size_t end, const char *zWord){
  if( start<4 || (memcmp(z+start-4, "the ", 4)!=0 && memcmp(z+start-4, "The ", 4)!=0)
   || (start>4 && z[start-5]!=' ' && z[start-5]!='\n' && z[start-5]!='(') ){
    return 0;
  }
  return (end+4<=n && memcmp(z+end, " of ", 4)==0)
      || (zWord[0] && (names_word_class(pAuth, zWord, (int)strlen(zWord)) & WORD_GIVEN));
}

/* Is the one word z[start..end), which ends in s where its family key zFamily does not (read
** as the German genitive: "Ulbrichts"), written after "the": an English plural, the family
** ("the Kennedys", "the Fords"), no person? */
static int plural_after_article(const char *z, size_t start, size_t end, const char *zFamily){
  size_t n = strlen(zFamily);
  return start>=4 && (memcmp(z+start-4, "the ", 4)==0 || memcmp(z+start-4, "The ", 4)==0)
      && end>start && z[end-1]=='s' && !memchr(z+start, ' ', end-start)
      && n>0 && zFamily[n-1]!='s';
}

/* Note a name the scan gives, for the memo (names.nName -1 once they outgrow it). */
static void names_keep(NameScanner *p, const NameFound *pFound){
  NameTextNames *m = &p->names;
  const char *zCanon;
  size_t nKey, nCanon;
  if( m->nName<0 ) return;
  zCanon = name_canon(p->pAuth, &pFound->info);
  nKey = strlen(pFound->info.key) + 1;
  nCanon = strlen(zCanon) + 1;
  if( m->nName==NAME_TEXT_NAMES_MAX || (size_t)m->nPool + nKey + nCanon > sizeof(m->zPool) ){
    m->nName = -1;
    return;
  }
  m->aName[m->nName].start = pFound->start;
  m->aName[m->nName].end = pFound->end;
  m->aName[m->nName].iKey = (uint16_t)m->nPool;
  memcpy(m->zPool + m->nPool, pFound->info.key, nKey);
  m->nPool += (int)nKey;
  m->aName[m->nName].iCanon = (uint16_t)m->nPool;
  memcpy(m->zPool + m->nPool, zCanon, nCanon);
  m->nPool += (int)nCanon;
  m->nName++;
}

/* May the people of the context, now on the roster, change a name of the text, whose scan
** asked the roster about the words of aAsked? Only a person whose word or family key was
** asked about (roster_has_word(), roster_pick() compare no other), or one that takes the place
** of a person of the text on a full roster. */
static int context_may_matter(const NameScanner *p, const NameTextNames *pNames){
  int i;
  if( p->nRoster + pNames->nPushed > NAME_ROSTER_MAX ) return 1;
  for(i=0; i<p->nRoster; i++){
    const NameRosterEntry *e = &p->aRoster[i];
    if( (e->word[0] && name_asked_maybe(pNames->aAsked, e->word))
     || (e->familyWord[0] && name_asked_maybe(pNames->aAsked, e->familyWord))
     || name_asked_maybe(pNames->aAsked, e->family) ){       /* "" equals "" there */
      return 1;
    }
  }
  return 0;
}

int name_scan_from_memo(NameScanner *p, NameTextNames *pOut){
  const NameTextNames *pNames;
  if( p->pCache==0 || p->off!=0 ) return 0;
  pNames = name_text_names_get(p->pCache, p->z, p->n);
  if( pNames==0 || context_may_matter(p, pNames) ) return 0;
  memcpy(pOut, pNames, offsetof(NameTextNames, zPool) + (size_t)pNames->nPool);
  return 1;
}

int name_scan_next(NameScanner *p, NameFound *pFound){
  ScanText text;
  Candidate cand;
  names_scan_text_open(&text, p->pAuth, p->pCache, p, p->z, p->n, &p->digit);
  while( names_next_candidate(&text, &p->off, pFound, &cand) ){
    NameInfo *pInfo = &pFound->info;
    const NameRosterEntry *e;
    if( pInfo->nGiven>0 && p->nRead>=0 ){          /* as roster_read() would note it */
      if( p->nRead<NAME_TEXT_ROSTER_MAX ) roster_entry(&p->aRead[p->nRead++], pFound, &cand, 1);
      else p->nRead = -1;
    }
    monsieur_before_family(p, pFound);
    if( pInfo->nGiven>0 ){                          /* named in full */
      roster_add(p, pFound, &cand, 0);
      names_keep(p, pFound);
      return 1;
    }
    if( cand.alone==0 && !cand.titled ) continue;   /* "He", "No", "May": no person alone */
    if( plural_after_article(p->z, pFound->start, pFound->end, pInfo->family) ){
      continue;
    }
    if( pInfo->person<0 && !cand.titled
     && article_noun(p->pAuth, p->z, p->n, pFound->start, pFound->end, cand.lastWord) ){
      continue;
    }
    e = pInfo->viaVariant ? 0 : roster_find(p, pInfo->family, cand.lastWord, pFound->start,
                                            pFound->end);
    if( e ){
      roster_resolve(p, e, pInfo);
    }else if( cand.alone==1 && !cand.titled ){
      continue;                                     /* "Ho", "Sun", "Young" alone */
    }
    names_keep(p, pFound);
    return 1;
  }
  /* the whole text read, and no word of it as one of a name the roster holds: what it names
  ** in full is what roster_read() would find */
  if( p->pCache ){
    if( p->nContextPushed>0 ) p->names.nName = -1;   /* a context's people may be in them */
    name_text_memo_put(p->pCache, p->z, p->n, p->aRead, p->rosterUsed ? -1 : p->nRead,
                       &p->names);
  }
  p->nRead = -1;
  p->names.nName = -1;
  return 0;
}
