/*
** names_scan.c: person names in free text (names.h: NameScanner), for names() and the search
** tokenizer.
**
**     NameScanner sc;
**     NameFound f;
**     name_scanner_init(&sc, pAuth, zText, nText);
**     while( name_scan_next(&sc, &f) ){ ... zText[f.start..f.end), f.info.key ... }
**
** The text is read as runs of capitalized words unbroken by punctuation, each word folded once
** and classified (names_runs.c). In each run the longest
** stretch that is a name on its own merits is taken (accept_name()); after a title, the word
** that follows it is ("Premier Kim Received the Study Delegation"). Catalogue forms are read
** whole: a heading with life dates ("Stalin, Joseph, 1879-1953") and a list's items written
** family name first ("Participants: Kim, Il Sung; Shtykov, T. F."). names_next_candidate()
** gives each name so found to names_roster.c, which keeps the public NameScanner.
*/
#include "names_int.h"

#include <stddef.h>

void names_scan_text_open(ScanText *p, const NameAuthority *pAuth, NameCache *pCache,
                          NameScanner *pRoster, const char *z, size_t n,
                          NameDigitMemo *pDigit){
  p->pAuth = pAuth;
  p->pCache = pCache;
  p->pRoster = pRoster;
  p->pRosterUsed = pRoster ? &pRoster->rosterUsed : 0;
  p->pAsked = pRoster && pRoster->names.nName>=0 ? pRoster->names.aAsked : 0;
  p->z = z;
  p->n = n;
  p->pDigit = pDigit;
}

/* name_analyze() of z[0..n) in the text's cache. */
static int analyze_cached(const ScanText *p, const char *z, size_t n, NameInfo *pInfo){
  return name_analyze_cached(p->pAuth, p->pCache, z, n, pInfo);
}

/* Does the run a[0..k) end with the kind of a Chinese newspaper (newspaper_tails.tsv: "Jih
** Pao", a daily; "Wan Pao", an evening paper), and so name the paper? */
static int newspaper_run(const Word *a, int k){
  char buf[2*WORD_FOLD_BYTES];
  size_t n;
  if( k<2 || a[k-2].nFold==0 || a[k-1].nFold==0 ) return 0;
  n = (size_t)a[k-2].nFold + 1 + (size_t)a[k-1].nFold;
  if( n<(size_t)arch_data_newspaper_tails_min_key
   || n>(size_t)arch_data_newspaper_tails_max_key ){
    return 0;
  }
  memcpy(buf, a[k-2].zFold, (size_t)a[k-2].nFold);
  buf[a[k-2].nFold] = ' ';
  memcpy(buf+a[k-2].nFold+1, a[k-1].zFold, (size_t)a[k-1].nFold);
  return arch_data_find(arch_data_newspaper_tails, arch_data_newspaper_tails_count, buf, n)!=0;
}

/* The word of ASCII letters that ends where plain spaces before `at` begin: its length, and
** its start in *pStart; 0 when punctuation, a line end or another script stands there. */
size_t names_word_before(const char *z, size_t at, size_t *pStart){
  size_t end = at, start;
  while( end>0 && z[end-1]==' ' ) end--;
  if( end==at ) return 0;
  for(start=end; start>0 && (z[start-1]|0x20)>='a' && (z[start-1]|0x20)<='z'; start--){}
  if( start==end || (start>0 && (unsigned char)z[start-1]>=0x80) ) return 0;
  *pStart = start;
  return end-start;
}

/* Does a word of a[i..i+len) end with an ending of Polish or Czech cases? */
static int any_case_ending(const ScanText *p, const Word *a, int i, int len){
  int j;
  for(j=i; j<i+len; j++){
    if( names_latin_case_ending(p->z, a[j].start, a[j].end) ) return 1;
  }
  return 0;
}

/* Does a word of a[i..i+len) end as a Hungarian case or a Polish or German genitive of a word of
** a known person's spelling (names_case_ending_more())? Only then are the name's readings in
** the nominative tried (names_decline_more()): each is a name read, and most names that name
** no known person end in the letters those endings end in ("Mazurek", "Anna"). */
static int any_case_ending_more(const Word *a, int i, int len){
  int j;
  for(j=i; j<i+len; j++){
    if( a[j].caseMore ) return 1;
  }
  return 0;
}

/* Is a[0..nWord) a given name the authority's people bear, then a family name ("Olof Palme",
** "Tage Erlander")? The given name is no East Asian surname ("Kim Received the Delegation"),
** and the family name no common word nor an inflected word of a title-cased heading
** ("Received", "Meeting"). */
static int given_then_family(const Word *a, int nWord){
  const Word *pLast = &a[nWord-1];
  return a[0].given && !a[0].surname && pLast->alone<0 && !pLast->inflected;
}

/* Are a[0..3) an initial and two words of a name ("C. Burke Elbrick", "H. Freeman
** Matthews")? Americans write the first name as an initial and go by the second, which is as
** often a family name (Burke, Freeman) as a given one: the run is read whole, where an initial
** and one word would be read ("C. Burke"). Not when either word is a known person's family
** name ("V. Molotov", a list: "V. Molotov Stalin"), the second a surname by its ending ("T.
** Krastev") or the third a given name (the next person's: "T. Vashkin Tomáš Ferrero"), nor a
** word that is no person's (a place, a common word), a Korean or Chinese family name, a word
** of three letters or fewer (a syllable of an East Asian name), or one that ends like an
** inflected English word; and only spaces between them (a tab parts a table's fields). */
static int middle_name_first(const ScanText *p, const Word *a){
  NameInfo info;
  size_t i;
  int k;
  for(k=1; k<3; k++){
    if( !a[k].capital || a[k].alone>=0 || a[k].surname || a[k].initial || a[k].notName
     || a[k].inflected || a[k].breakBefore || a[k].modifier || a[k].end-a[k].start<4 ){
      return 0;
    }
    for(i=a[k-1].end; i<a[k].start; i++) if( p->z[i]!=' ' ) return 0;
  }
  if( a[2].given || names_surname_ending(a[1].zFold, a[1].nFold, 0) ) return 0;
  for(k=1; k<3; k++){
    if( analyze_cached(p, p->z+a[k].start, a[k].end-a[k].start, &info)
     && (info.person>=0 || names_is_known_family(p->pAuth, info.family, 1)) ) return 0;
  }
  return 1;
}

/* Does " y " and a family name in -ez that ends its run follow a name of two words or more
** that ends at z[end] ("José Martí y Pérez", "Raúl Castro y Sánchez")? A Spanish name's
** second family name, the mother's, is joined so, and is a patronymic in -ez as often as not:
** the name goes on to its end (returned; else 0), its key the first family's. A known
** person's surname after "y" is as often a second person ("Raúl Castro y Mikoyán"), and stays
** one unless it ends so. */
static size_t spanish_second_family(const ScanText *p, size_t end){
  Word y, next, after;
  size_t off = end;
  if( !names_scan_word(p->z, p->n, &off, &y) || y.breakBefore || y.end-y.start!=1
   || p->z[y.start]!='y' ) return 0;
  if( !names_scan_word(p->z, p->n, &off, &next) || !next.capital || next.breakBefore
   || next.end-next.start<4 || p->z[next.end-1]!='z' || p->z[next.end-2]!='e' ) return 0;
  if( names_scan_word(p->z, p->n, &off, &after) && after.capital && !after.breakBefore ){
    return 0;
  }
  return next.end;
}

/* Are a[0..2), right after a title, a name though neither word is known ("Ambassador Samar
** Sen", "Professor Amartya Sen"), in Latin letters? The title says a person follows, so two
** words that could both be a name's are read whole, not the first alone: no family name the
** authority knows first ("Puzanov Informs Kim"), no initial, no common, date or modifier word,
** and no word that ends like an inflected verb of a title-cased heading (-ed, -ing, -ly, -s:
** "Received", "Informs"). */
static int titled_pair(const ScanText *p, const Word *a){
  int i;
  if( a[0].surname || a[0].known || a[0].initial ) return 0;
  for(i=0; i<2; i++){
    if( (unsigned char)p->z[a[i].start]>=0x80 ) return 0;    /* Latin words only: in Hangul
                                          ** a title's name is one word, and its next a noun */
    /* a plural as written: the fold of "Vidić" ends in the s of ts */
    if( a[i].alone>=0 || a[i].inflected || a[i].modifier || a[i].notName || a[i].nFold<2
     || p->z[a[i].end-1]=='s' ){
      return 0;
    }
  }
  return 1;
}

/* Does a credit stand before `at`, a verb of the archive's work and "by" ("Translated by",
** "Obtained by", "Contributed by")? What follows it names a person, as after a title, or an
** institution, whose words a list knows ("the Wilson Center", "Korea University"). */
static int credit_before(const ScanText *p, size_t at){
  static const char *const azVerb[] = { "translated", "obtained", "contributed", "edited",
    "compiled", "transcribed", "donated", "annotated" };
  size_t start = at, n, k;
  char zLower[16];
  while( start>0 && p->z[start-1]==' ' ) start--;
  if( start<3 || (p->z[start-1]|0x20)!='y' ) return 0;      /* no "by": most runs, at once */
  n = names_word_before(p->z, at, &start);
  if( n!=2 || (p->z[start]|0x20)!='b' || (p->z[start+1]|0x20)!='y' ) return 0;
  if( (n = names_word_before(p->z, start, &start))<6 || n>=sizeof(zLower) ) return 0;
  for(k=0; k<n; k++) zLower[k] = (char)(p->z[start+k] | 0x20);
  zLower[n] = 0;
  for(k=0; k<sizeof(azVerb)/sizeof(azVerb[0]); k++){
    if( strcmp(zLower, azVerb[k])==0 ) return 1;
  }
  return 0;
}

/* Is z[start..end) Hangul syllables only? */
static int all_hangul(const char *z, size_t start, size_t end){
  while( start<end ){
    uint32_t cp;
    int k = text_utf8_decode((const unsigned char*)z+start, end-start, &cp);
    if( k<=0 || !text_is_hangul_syllable(cp) ) return 0;
    start += (size_t)k;
  }
  return 1;
}

/* Does a capitalized word follow z[at] in its run, past spaces? */
static int capital_follows(const ScanText *p, size_t at){
  Word w;
  return names_scan_word(p->z, p->n, &at, &w) && w.capital && !w.breakBefore;
}

/* Does a word of a[1..nWord-1) link a father's name, "bin", "ibn" or "bint" in lower case
** ("Abdullah ibn Hussein", "Qaboos bin Said")? Arabic writes them in names only. */
int names_nasab_inside(const ScanText *p, const Word *a, int nWord){
  int i;
  for(i=1; i<nWord-1; i++){
    const char *z = p->z + a[i].start;
    size_t n = a[i].end - a[i].start;
    if( a[i].particle && ((n==3 && (memcmp(z, "bin", 3)==0 || memcmp(z, "ibn", 3)==0))
                          || (n==4 && memcmp(z, "bint", 4)==0)) ){
      return 1;
    }
  }
  return 0;
}

/* Does the word w end in -ska, -cka or -zka, as a Polish adjective does ("ulica
** Marszałkowska", "Stocznia Gdańska") and the genitive of a town in -sk ("do Gdańska")? Alone,
** such a word is no person by its ending: a woman of that surname is named with her given
** name or a title ("Wanda Wasilewska"). */
static int polish_adjective(const Word *w){
  const char *z = w->zFold + w->nFold - 3;
  return w->nFold>=5 && z[1]=='k' && z[2]=='a' && (z[0]=='s' || z[0]=='c' || z[0]=='z');
}

/* Is the word w a state's name or adjective (country_adjectives.tsv: the "Ghana" of
** "Ambassador to Ghana M. Gorshkov")? No given name. */
static int state_word(const Word *w){
  return w->nFold>0 && arch_data_find(arch_data_country_adjectives,
                                      arch_data_country_adjectives_count, w->zFold,
                                      (size_t)w->nFold);
}

/* Is the word w a Slavic possessive adjective of a known Western person's family name, a
** place or a street named after him: "Gottwaldov" (Zlín, 1949-1989), "Leninova" (a street),
** "Dimitrovo"? Its stem, w without -ov, -ev, -ova, -eva, -ovo, -evo, is that family name:
** no Russian surname is a known foreigner's family name and -ov (a given name's is: Petrov,
** Markov, Bogdanov keep theirs). Asked only of a word alone that
** no known person bears and that only its ending made a surname. */
static int possessive_of_known(const ScanText *p, const Word *w){
  static const char *const azEnd[] = { "ov", "ev", "ova", "eva", "ovo", "evo" };
  size_t n = w->end - w->start, k;
  NameInfo info;
  for(k=0; k<sizeof(azEnd)/sizeof(azEnd[0]); k++){
    size_t m = strlen(azEnd[k]);
    if( n>=m+4 && memcmp(p->z+w->end-m, azEnd[k], m)==0 ){
      return analyze_cached(p, p->z+w->start, n-m, &info) && info.culture==NAME_WESTERN
          && info.nGiven==0 && names_is_known_family(p->pAuth, info.family, 1)
          && !(names_word_class(p->pAuth, w->zFold, w->nFold-(int)m) & WORD_GIVEN);
    }
  }
  return 0;
}

/* Is this analysed run of nWord words (a[0..nWord)) a person's name? */
static int accept_name(const ScanText *p, const NameInfo *pInfo, const Word *a, int nWord,
                       int titled){
  if( pInfo->person>=0 || titled ) return 1;
  switch( pInfo->culture ){
    case NAME_KOREAN: case NAME_CHINESE: case NAME_VIETNAMESE:
      /* in Hangul, a word that begins with a family name's syllable is as often a noun
      ** (정부 government, 조선 Korea, 이번 this time, 경제를): a name no known person bears
      ** is one with a title (대사 홍길동, 홍길동 동지) */
      if( pInfo->nGiven>0 ){
        return !all_hangul(p->z, a[0].start, a[0].end) || name_is_titled(pInfo);
      }
      return names_is_known_family(p->pAuth, pInfo->family, 0);
    case NAME_WESTERN:
      /* Hangul read as a Western name is a transcription only the authority knows (스탈린);
      ** else it is a word of Korean the Korean reading did not take: "김일성종합대학", Kim Il
      ** Sung University, "김대중도서관", the Kim Dae-jung Library */
      if( all_hangul(p->z, a[0].start, a[0].end) ) return 0;
      if( pInfo->initialsOnly ) return 1;
      /* a family name people bear, alone or after an initial or a given name people bear
      ** ("N. S. Chruschtschow", "Sergei Khrushchev"; not "Brief von N. S. Chruschtschow");
      ** a surname's ending as written too, which the key may spell otherwise (-escu is
      ** -esku in "Ceausescu"'s) */
      if( (names_is_known_family(p->pAuth, pInfo->family, 1)
           || (!(nWord==1 && polish_adjective(&a[0]))
               && (names_surname_ending(pInfo->family, (int)strlen(pInfo->family),
                                        names_cyrillic_ska(p, &a[nWord-1]))
                   || names_surname_ending(a[nWord-1].zFold, a[nWord-1].nFold,
                                           names_cyrillic_ska(p, &a[nWord-1])))))
       && (nWord==1 || a[0].given || a[0].initial
           || (nWord==3 && a[1].given && pInfo->patronymic[0]))
       && !(nWord==1 && possessive_of_known(p, &a[0])) ){
        return 1;                     /* ... or family first, patronymic last: "Petrov Ivan
                                      ** Ivanovich" (names_patronymic_last()) */
      }
      /* a given name, one initial, a family name: the initial between two words shows a
      ** name, though no list holds the given name ("Rodger P. Davies", "Marvin L. Miller") */
      if( nWord==3 && a[1].initial && !a[0].initial && !a[2].initial && a[0].alone<0
       && !a[0].notName && !a[0].surname && !a[2].notName && pInfo->nGiven==2
       && !state_word(&a[0]) ){
        return 1;
      }
      /* a given name people bear, then a family name, after an initial too ("C. Douglas
      ** Dillon"); or a name of particles ("Afonso Arinos de Melo Franco", "Akram al-Hourani") */
      if( nWord>=2 && pInfo->nGiven>0 && (pInfo->particled || given_then_family(a, nWord)
                                           || names_nasab_inside(p, a, nWord)
                                           || (nWord==3 && a[0].initial
                                               && (given_then_family(a+1, 2)
                                                   || middle_name_first(p, a)))) ){
        return 1;
      }
      /* or a family name before a Hungarian given name ("Szamuely Tibor",
      ** names_given_after_last()), that ends its run: "Today Imre Nagy" is Imre Nagy. One
      ** look-up, for such a pair only */
      return nWord==2 && a[1].given && !a[0].given && !a[0].surname && !a[0].initial
          && a[0].alone<0 && pInfo->nGiven==1                   /* -ly of "Szamuely" */
          && (names_word_class(p->pAuth, a[1].zFold, a[1].nFold) & WORD_GIVEN_AFTER)
          && !capital_follows(p, a[1].end);
    default:
      return 0;
  }
}

/* Is the given name w, alone before "and" (und, et, y, i, és) and a given name and a family
** name that end their run, that person's kin's given name, the family shared ("Fidel and Raúl
** Castro", "John and Robert Kennedy", "Nikita and Nina Khrushchev")? When the given name with
** that family names a known person, *pInfo is his; or the one known person of that family
** whose first given name it is, the middle name left out ("John and Allen Dulles"). */
static void shared_family(const ScanText *p, const Word *w, NameInfo *pInfo){
  static const char *const azAnd[] = { "and", "und", "et", "y", "i", "és" };
  char buf[NAME_MAX_INPUT], zFold[NAMES_TOKEN_BYTES*2];
  size_t off = w->end, n, k;
  Word conj, given, family, after;
  int bits;
  NameInfo info;
  if( !names_scan_word(p->z, p->n, &off, &conj) || conj.capital || conj.breakBefore ) return;
  n = conj.end - conj.start;
  for(k=0; k<sizeof(azAnd)/sizeof(azAnd[0]); k++){
    if( strlen(azAnd[k])==n && memcmp(p->z+conj.start, azAnd[k], n)==0 ) break;
  }
  if( k==sizeof(azAnd)/sizeof(azAnd[0]) ) return;
  if( !names_scan_word(p->z, p->n, &off, &given) || !given.capital || given.breakBefore
   || !names_scan_word(p->z, p->n, &off, &family) || !family.capital || family.breakBefore
   || (names_scan_word(p->z, p->n, &off, &after) && after.capital && !after.breakBefore) ){
    return;
  }
  if( names_fold_and_class(p, &given, zFold, (int)sizeof(zFold), &bits)<=0
   || !(bits & WORD_GIVEN) ){
    return;
  }
  n = (w->end - w->start) + 1 + (family.end - family.start);
  if( n>=sizeof(buf) ) return;
  memcpy(buf, p->z+w->start, w->end - w->start);
  buf[w->end - w->start] = ' ';
  memcpy(buf + (w->end - w->start) + 1, p->z+family.start, family.end - family.start);
  if( !analyze_cached(p, buf, n, &info) ) return;
  if( info.person<0 && info.nGiven==1 ){
    /* "John and Allen Dulles": the one known person of that family whose first given name
    ** it is ("John Dulles" alone is partial to John Foster Dulles, a middle name left out) */
    int person = names_first_given_person(p->pAuth, &info);
    if( person>=0 ) names_person_info(p->pAuth, person, &info);
  }
  if( info.person>=0 ) *pInfo = info;
}

/* Does the word that ends at z[end] end as a Czech, Slovak or Polish genitive (-a, -y, -i) or a
** Slovak instrumental (-om)? */
static int genitive_ending(const char *z, size_t end){
  char c = end>=4 ? z[end-1] : 0;
  return c=='a' || c=='i' || c=='y' || (c=='m' && z[end-2]=='o');
}

/* The words of the longest place that reads as a name (name_places.tsv: "Hong Kong", "Chiang
** Mai", "Sing Tao Jih Pao" rather than "Sing Tao") that begins at a[i] of a run of k words, or
** 0. */
static int place_at(const ScanText *p, const Word *a, int i, int k){
  char buf[4*WORD_FOLD_BYTES];
  int n = 0, w, len = 0;
  if( !a[i].placeFirst ) return 0;
  for(w=i; w<k && w<i+4 && a[w].nFold>0; w++){
    if( w>i ) buf[n++] = ' ';
    memcpy(buf+n, a[w].zFold, (size_t)a[w].nFold);
    n += a[w].nFold;
    if( w>i && names_map_get(&p->pAuth->places, buf, n, 0) ) len = w-i+1;
  }
  return len;
}

/* The end of the name as written from `start`: without a possessive, with the period of a
** final initial ("Ustinov D. F.") and the bracket of an editor's identification ("Filippov
** [Stalin]"). */
static size_t written_end(const ScanText *p, size_t start, size_t end){
  const unsigned char *z = (const unsigned char*)p->z;
  end = names_possessive_at(p->z, start, end);
  if( end<p->n && z[end]==']' && memchr(z+start, '[', end-start) ) end++;
  return end;
}

/* Is a word of a[i..i+len) inflected ("Conveying")? */
static int any_inflected(const Word *a, int i, int len){
  int j;
  for(j=i; j<i+len; j++){
    if( a[j].inflected ) return 1;
  }
  return 0;
}

/* A word of Hangul z[start..end) that names no known person (*pInfo, read from `from`, where
** a title may begin), though its beginning does, before a particle joined to it
** (korean_particles.tsv: "김일성은", "박헌영과"): the end of the name, *pInfo that person's.
** Else end, *pInfo as it was. The name keeps two syllables at least. */
static size_t cut_korean_particle(const ScanText *p, size_t from, size_t start, size_t end,
                                  NameInfo *pInfo){
  size_t cut;
  if( pInfo->person>=0 || end-start<9 || !all_hangul(p->z, start, end) ) return end;
  for(cut=end-3; cut>=start+6 && end-cut<=(size_t)arch_data_korean_particles_max_key; cut-=3){
    NameInfo info;
    if( arch_data_find(arch_data_korean_particles, arch_data_korean_particles_count, p->z+cut,
                       end-cut)
     && analyze_cached(p, p->z+from, cut-from, &info) && info.person>=0 ){
      *pInfo = info;
      return cut;
    }
  }
  return end;
}

/* Does a title in lower case stand right before z[at], after a country's adjective or name
** ("the Czechoslovak ambassador Kohoušek", "the Hungarian minister Szalai":
** country_adjectives.tsv, name_titles.tsv)? Its first byte, or 0. English writes such titles
** in lower case inside a sentence; the nationality before it says that an office is named, and the run after it is
** read as after a title. A lower-case word alone ("the ambassador Kohoušek") is not enough: a
** noun before a capitalized word is as often no title ("general Soviet policy"). */
static size_t lower_title_before(const ScanText *p, size_t at){
  char buf[32];
  size_t end = at, start, aEnd, aStart, i;
  while( end>0 && p->z[end-1]==' ' ) end--;
  if( end==at ) return 0;
  for(start=end; start>0 && end-start<=10 && p->z[start-1]>='a' && p->z[start-1]<='z';
      start--){}
  if( end-start<5 || end-start>10 || start==0 || p->z[start-1]!=' ' ) return 0;
  for(aEnd=start; aEnd>0 && p->z[aEnd-1]==' '; aEnd--){}
  for(aStart=aEnd; aStart>0 && aEnd-aStart<sizeof(buf) && (p->z[aStart-1]|0x20)>='a'
                   && (p->z[aStart-1]|0x20)<='z'; aStart--){}
  /* bytes only so far: most words before a run are no title after a capitalized word */
  if( aEnd-aStart<4 || aEnd-aStart>=sizeof(buf) || p->z[aStart]<'A' || p->z[aStart]>'Z'
   || !(names_word_class(p->pAuth, p->z+start, (int)(end-start)) & WORD_TITLE_FIRST) ){
    return 0;
  }
  for(i=aStart; i<aEnd; i++) buf[i-aStart] = (char)(p->z[i]|0x20);
  if( !arch_data_find(arch_data_country_adjectives, arch_data_country_adjectives_count, buf,
                      aEnd-aStart) ) return 0;
  memcpy(buf, p->z+start, end-start);
  buf[end-start] = 0;
  return (names_title_place(p->pAuth, buf, (int)(end-start)) & TITLE_BEFORE) ? start : 0;
}

/* Where the title of a name that begins at a[i] begins: a[iTitle], or the title in lower case
** before the run (iTitle -1: lower_title_before()). */
static size_t title_start(const ScanText *p, const Word *a, int iTitle){
  return iTitle>=0 ? a[iTitle].start : lower_title_before(p, a[0].start);
}

/* The name of words a[i..i+len) if it is one, else 0. A title before it (words
** a[iTitle..i)) is read with it, for the epithets the authority lists ("King Hussein", "Premier
** Chou"), but is no part of the name as written. A name that begins with a word that is no
** person alone or no part of a name ("September Kosygin", "In Tam") is one only when the
** authority knows it whole; so is one that begins with a word that makes a place of the name
** after it ("San Francisco"; not "San Tiago Dantas"); and a place that reads as a name is none
** ("Hong Kong"). */
static int read_name(const ScanText *p, const Word *a, int k, int iTitle, int i, int len,
                     int cued, NameFound *pFound, int *pRosterOnly){
  size_t start = a[i].start, end = a[i+len-1].end, from = title_start(p, a, iTitle);
  int titled = iTitle<i || cued, titled_east_asian, governed;
  if( end<p->n && p->z[end]==']' && memchr(p->z+start, '[', end-start)
   && !any_inflected(a, i, len) ){
    end++;                     /* "Filippov [Stalin]"; not "Molotov Conveying [Mao Zedong's]" */
  }
  if( i>0 && a[i-1].placeBefore ) return 0;      /* "San Francisco", "Camp David" */
  /* a head word alone ("Park") is a person after a title, or named in full before, and
  ** then not after a word of its run ("Gorky Park") */
  if( len==1 && a[i].modifier && !titled && (!a[i].inRoster || i>0) ) return 0;
  if( !analyze_cached(p, p->z+from, end-from, &pFound->info) ) return 0;
  /* a family name that is a word of running text begins a Korean, Chinese or Vietnamese
  ** name after a title: "Ambassador He Ying", "Comrade So Chol", "President Do Muoi" (and
  ** not "He" alone, which the title would otherwise take) */
  titled_east_asian = titled && len>1 && pFound->info.nGiven>0
                   && (pFound->info.culture==NAME_KOREAN || pFound->info.culture==NAME_CHINESE
                       || pFound->info.culture==NAME_VIETNAMESE);
  if( len==1 ) end = cut_korean_particle(p, from, start, end, &pFound->info);
  /* "Ким Ир Сеном": Kim Il Sung, in Russian's case; but a surname alone that is a known
  ** person's as written names neither reading ("Хрущева": Nina, or Khrushchev's genitive) */
  /* after a word that governs the genitive, a name in -a, -y, -i or -om is read in its
  ** nominative first: "Návštěva Brežněva", "List Gomułki do Chruszczowa" (Chruszczowa as
  ** written is Nina Khrushcheva) */
  governed = genitive_ending(p->z, end) && names_genitive_governed(p->z, from);
  if( governed ){
    NameInfo info;
    if( names_decline_genitive(p->pAuth, p->pCache, p->z+from, end-from, &info) ){
      pFound->info = info;
    }
  }
  if( pFound->info.person<0
   && !(len==1 && names_is_known_family(p->pAuth, pFound->info.family, 1)) ){
    if( !names_decline_cyrillic(p->pAuth, p->pCache, p->z+from, end-from, &pFound->info) ){
      if( any_case_ending(p, a, i, len) ){
        names_decline_latin(p->pAuth, p->pCache, p->z+from, end-from, &pFound->info);
      }else if( any_case_ending_more(a, i, len) ){
        names_decline_more(p->pAuth, p->pCache, p->z+from, end-from, &pFound->info);
      }
    }
  }
  if( pFound->info.person<0 && len==1 && a[i].given && !a[i].surname && i+1==k ){
    shared_family(p, &a[i], &pFound->info);        /* "Fidel and Raúl Castro" */
  }
  /* one word in a case, after the word that governs it, that names no known person is no
  ** surname in -a, -owa by its ending: "do Gdańska i Krakowa" (Kraków's genitive) */
  if( governed && len==1 && pFound->info.person<0 && !titled ) return 0;
  if( (a[i].notName || a[i].placeBefore
       || (len>1 && a[i].alone==0 && !a[i].dateGiven && !titled_east_asian))
   && !(len>1 && pFound->info.person>=0 && pFound->info.viaVariant) ){
    return 0;                          /* but "San Tiago Dantas", "In Tam": listed whole */
  }
  if( !accept_name(p, &pFound->info, &a[i], len,
                   (titled && (len==1 || (len<=3 && a[i+len-1].regnal)))   /* "Pope Pius XII" */
                   || (len==2 && titled_pair(p, &a[i])
                       && (titled || (i==0 && credit_before(p, start))))) ){
    /* a surname alone that is a word of no other use: a name when the text names its person
    ** in full (name_scan_next() sees to it) */
    if( len>1 || !a[i].inRoster || a[i].alone>=0 ) return 0;
    *pRosterOnly = 1;
  }
  end = written_end(p, start, end);
  if( names_a_thing(p, a, k, i+len, end) ) return 0;
  if( len==1 && names_number_follows(p, a[i].end) ) return 0;          /* "No. 54", "Nr 3" */
  if( start>0 && p->z[start-1]=='[' && memchr(p->z+start, ']', end-start) ){
    start--;                                  /* an editor's insertion: "[Harold] Wilson" */
  }
  pFound->start = start;
  pFound->end = end;
  return 1;
}

/* The folded word w into out (nOut bytes), or "" when it is not in Latin letters. */
static void latin_fold(const ScanText *p, const Word *w, char *out, size_t nOut){
  uint32_t cp;
  out[0] = 0;
  if( w->nFold<=0 || (size_t)w->nFold>=nOut ) return;
  text_utf8_decode((const unsigned char*)p->z+w->start, w->end-w->start, &cp);
  if( text_is_cyrillic(cp) || text_is_hangul_syllable(cp) || text_is_kept_script(cp) ) return;
  memcpy(out, w->zFold, (size_t)w->nFold);
  out[w->nFold] = 0;
}

/* The words of name a[i..i+len) that the roster keeps (Candidate.lastWord, familyWord). */
static void candidate_words(const ScanText *p, const Word *a, int i, int len,
                            const NameInfo *pInfo, Candidate *pCand){
  int f = i;
  if( pInfo->culture==NAME_WESTERN ){
    for(f=i+len-1; f>i && a[f].initial; f--){}
  }
  latin_fold(p, &a[i+len-1], pCand->lastWord, sizeof(pCand->lastWord));
  latin_fold(p, &a[f], pCand->familyWord, sizeof(pCand->familyWord));
}

/* May the name begin at word w? Not at a word of no name, unless it is a word of a name the
** authority lists ("In" of "In Tam"), nor at a particle, nor at a word that makes a place of a
** name ("Fort", "San"), nor at the head word of a place or thing unless it is a Korean or
** Chinese family name ("Park Chung Hee"; read_name() takes it alone only after a title). */
static int may_begin_name(const Word *w){
  return !w->particle && !w->regnal && (!w->placeBefore || w->known)
      && (!w->modifier || w->surname) && (!w->notName || w->known);
}

/* The end of life dates that may begin at z[i..n) ("1879-1953", "b. 1901", "ca. 742-814."):
** past the digits, dashes, question marks, periods, spaces and the words of life dates that
** follow i, white space trimmed. */
static size_t life_dates_end(const char *z, size_t n, size_t i){
  static const char *const azWord[] = { "ca.", "b.", "d.", "fl.", "born", "died", "active",
                                        "approximately" };
  size_t end = i;
  while( i<n ){
    size_t k;
    int d;
    char c = z[i];
    if( (c>='0' && c<='9') || c=='?' || c=='-' || c=='.' ){ i++; end = i; continue; }
    if( c==' ' ){ i++; continue; }
    if( (d = text_dash_len(z+i, n-i))>0 ){ i += (size_t)d; end = i; continue; }
    for(k=0; k<sizeof(azWord)/sizeof(azWord[0]); k++){
      size_t m = strlen(azWord[k]);
      if( i+m<=n && memcmp(z+i, azWord[k], m)==0 ) break;
    }
    if( k==sizeof(azWord)/sizeof(azWord[0]) ) break;
    i += strlen(azWord[k]);
    end = i;
  }
  return end;
}

/* Is there a digit on the line from z[i]? The first digit or line end at or after i is
** remembered, as the runs of a text are read in order: the text is scanned once, not once a
** run. */
static int digit_on_line(const ScanText *p, size_t i){
  NameDigitMemo *m = p->pDigit;
  if( i<m->from || i>m->at ){
    size_t j = i;
    while( j<p->n && p->z[j]!='\n' && (p->z[j]<'0' || p->z[j]>'9') ) j++;
    m->from = i;
    m->at = j;
  }
  return m->at<p->n && p->z[m->at]!='\n';
}

/* Is the run a[0..k) the surname of an authority heading in the text ("Subjects: Stalin,
** Joseph, 1879-1953; Kim, Il-sŏng, 1912-1994")? 1 with *pNameEnd the end of its name (before
** the life dates) and *pEnd the end of the heading. A heading's name has its comma: "Korean
** War, 1950-1953" is no person. */
static int heading_at(const ScanText *p, const Word *a, int k, size_t *pNameEnd, size_t *pEnd){
  const char *z = p->z;
  size_t i = a[k-1].end, iLast = 0, end;
  int nComma = 0;
  NameHeading head;
  if( !may_begin_name(&a[0]) || a[0].notName ) return 0;
  /* life dates have a year, on the heading's line: most runs have none after them */
  if( !digit_on_line(p, i) ) return 0;
  /* ", Given names[ (Fuller)]," within a line, then life dates */
  for(; i<p->n && i<a[k-1].end+120; i++){
    char c = z[i];
    if( c==';' || c=='\n' || c==':' ) return 0;
    if( c==',' ){
      if( ++nComma==2 ){ iLast = i; break; }
    }else if( c>='0' && c<='9' ){
      return 0;
    }
  }
  if( nComma!=2 ) return 0;
  end = life_dates_end(z, p->n, iLast+1);
  if( end<=iLast+1 ) return 0;
  if( !names_read_heading(z+a[0].start, end - a[0].start, &head) ) return 0;
  if( memchr(z+a[0].start, ',', head.nName)==0 ) return 0;
  *pNameEnd = a[0].start + head.nName;
  *pEnd = end;
  return 1;
}

/* The heading a[0..k) begins (heading_at()), read as a name into *pFound and *pCand: 1 when it
** is one, with *pOff after it. */
static int read_heading(const ScanText *p, const Word *a, int k, size_t *pOff,
                        NameFound *pFound, Candidate *pCand){
  size_t nameEnd, end;
  if( !heading_at(p, a, k, &nameEnd, &end) ) return 0;
  if( !analyze_cached(p, p->z+a[0].start, end - a[0].start, &pFound->info) ) return 0;
  pFound->start = a[0].start;
  pFound->end = nameEnd;
  pCand->titled = 0;
  pCand->alone = -1;
  latin_fold(p, &a[0], pCand->lastWord, sizeof(pCand->lastWord));   /* the surname first */
  memcpy(pCand->familyWord, pCand->lastWord, sizeof(pCand->familyWord));
  *pOff = end;
  return 1;
}

/* Does a list's item begin at `at`: the start of the text or of a line, or a ';', ':' or '('
** before it, past spaces? */
static int item_starts_at(const ScanText *p, size_t at){
  while( at>0 && (p->z[at-1]==' ' || p->z[at-1]=='\t') ) at--;
  return at==0 || strchr(";:(\n\r", p->z[at-1])!=0;
}

/* Does a list's item end at z[i..n), past spaces: a ';', ')' or line end, the end of the text,
** or a period that ends it? */
static int item_ends_at(const ScanText *p, size_t i){
  while( i<p->n && (p->z[i]==' ' || p->z[i]=='\t') ) i++;
  if( i<p->n && p->z[i]=='.' ) i++;
  return i>=p->n || strchr(";)\n\r", p->z[i])!=0;
}

/* How word w (just read) may stand among the given names of a name turned round: 2 initials
** or a given name people bear, 1 a word of syllables of a romanized East Asian shape (each
** piece of "Hon-yong", "Il", "Sung"), 0 neither. */
static int inverted_given_word(const ScanText *p, const Word *w){
  char buf[NAMES_TOKEN_BYTES*2];
  int bits, n = names_fold_and_class(p, w, buf, (int)sizeof(buf), &bits), i, start = 0;
  if( n<=0 || !w->capital ) return 0;
  /* initials, though "A." folds to a word that is no name's; "A.M." is one word */
  if( names_initials_word(p, w) ) return 2;
  if( bits & WORD_NOT_NAME ) return 0;
  if( bits & WORD_GIVEN ) return 2;
  for(i=0; i<=n; i++){
    if( i<n && buf[i]!='-' ) continue;
    if( !names_syllable_shaped(buf+start, i-start) ) return 0;
    start = i+1;
  }
  return 1;
}

/* Is the run a[0..k) the family name of a name written turned round as an item of a list
** ("Participants: Kim, Il Sung; Pak, Hon-yong; Shtykov, T. F.; Mao, Zedong")? A family name of
** one or two words, a comma, then up to three given names, alone between separators
** (item_starts_at(), item_ends_at()): a Western name's are initials or given names people
** bear; an East Asian name's two syllables of their shape, or one word that makes a known
** person's name ("Mao, Zedong"; "Lee, Kim" are two family names). 1 with the name read into
** *pFound and *pCand, *pOff after it. */
static int read_inverted(const ScanText *p, const Word *a, int k, size_t *pOff,
                         NameFound *pFound, Candidate *pCand){
  size_t i = a[k-1].end, off, end = 0;
  int nGiven = 0, nSyllable = 0, allGiven = 1, shaped = 1;
  NameInfo *pInfo = &pFound->info;
  if( k>2 || !may_begin_name(&a[0]) || a[0].notName || a[k-1].notName || a[0].initial
   || !item_starts_at(p, a[0].start) ){
    return 0;
  }
  while( i<p->n && p->z[i]==' ' ) i++;
  if( i>=p->n || p->z[i]!=',' ) return 0;
  off = i+1;
  while( nGiven<3 ){
    Word g;
    int kind;
    size_t j;
    if( !names_scan_word(p->z, p->n, &off, &g) ) break;
    if( nGiven>0 && g.breakBefore ) return 0;
    kind = inverted_given_word(p, &g);
    allGiven &= kind==2;
    shaped &= kind>=1;
    nGiven++;
    nSyllable++;
    for(j=g.start; j<g.end; j++) nSyllable += p->z[j]=='-';
    end = g.end;
    if( item_ends_at(p, end) ) break;
  }
  if( nGiven==0 || !item_ends_at(p, end)
   || !analyze_cached(p, p->z+a[0].start, end - a[0].start, pInfo)
   || (pInfo->nGiven==0 && !pInfo->initialsOnly) ){
    return 0;
  }
  if( pInfo->culture==NAME_WESTERN ? !allGiven
      : nSyllable>2 || (pInfo->person<0 && (nSyllable<2 || !shaped)) ){
    return 0;
  }
  pFound->start = a[0].start;
  pFound->end = end;
  pCand->titled = 0;
  pCand->alone = -1;
  latin_fold(p, &a[k-1], pCand->lastWord, sizeof(pCand->lastWord));  /* the surname first */
  memcpy(pCand->familyWord, pCand->lastWord, sizeof(pCand->familyWord));
  *pOff = end;
  return 1;
}

/* Do initials end at a[m-1] (m words of a run of k), and a name's word follow them, past more
** initials ("Н. С. Хрущев")? */
static int initials_followed(const ScanText *p, const Word *a, int k, int m){
  if( m>=k || !names_initials_word(p, &a[m-1]) ) return 0;
  while( m<k && names_initials_word(p, &a[m]) ) m++;
  return m<k && !a[m].notName;
}

/* A name of len words (a[i..i+len), read into *pFound) that no one is known by, read as a
** Western name, whose first words are a known Korean, Chinese or Vietnamese person's name as
** listed: an East Asian name is whole and goes on with no Western words ("Mao Zedong Informs
** Stalin", a title-cased heading; but "Raúl Roa Kourí" is no "Raúl Roa"). The words of that
** name, read into *pFound; else len, *pFound as it was. */
static int known_prefix(const ScanText *p, const Word *a, int k, int iTitle, int i, int len,
                        NameFound *pFound){
  int l;
  if( pFound->info.culture!=NAME_WESTERN ) return len;
  for(l=len-1; l>=2; l--){
    NameFound shorter;
    int rosterOnly = 0;
    if( a[i+l-1].particle ) continue;
    if( read_name(p, a, k, iTitle, i, l, 0, &shorter, &rosterOnly)
     && shorter.info.person>=0 && shorter.info.viaVariant
     && shorter.info.culture!=NAME_WESTERN ){
      *pFound = shorter;
      return l;
    }
  }
  return len;
}

/* Is a[i] the "M." of French Monsieur, before a given name people bear and a family name in
** its run ("M. Jean Chauvel", "M. Étienne Manac'h")? An initial stands before a surname ("M.
** Gorshkov") and, in English, before a second given name that is rarely a common one. */
static int monsieur_at(const ScanText *p, const Word *a, int i, int k){
  return i+2<k && a[i].initial && a[i].end-a[i].start==2 && p->z[a[i].start]=='M'
      && a[i+1].given && !a[i+1].surname && !a[i+1].breakBefore
      && !a[i+2].breakBefore && !a[i+2].initial && !a[i+2].notName && !a[i+2].titleLen;
}

/* No name begins at a[*pI]: the next may, untitled; but a capitalized particle passes the
** title before it to the name it begins ("General Van Fleet"). */
static void next_start(const Word *a, int *pI, int *pTitle){
  if( !a[(*pI)++].capParticle || *pTitle==*pI-1 ) *pTitle = *pI;
}

/* Does a title and the start of its complement stand before z[at] ("Secretary of State
** Henderson", "Ambassador to the PRC Mihal Prifti": a title word, a word of office_words.tsv,
** perhaps "the"), so that the run there begins with the rest of the complement? */
static int title_complement_before(const ScanText *p, size_t at){
  size_t start, n = names_word_before(p->z, at, &start);
  char zTitle[24];
  if( n==3 && memcmp(p->z+start, "the", 3)==0 ) n = names_word_before(p->z, start, &start);
  if( n==0 || n>3 || p->z[start]<'a'
   || !arch_data_find(arch_data_office_words, arch_data_office_words_count, p->z+start, n) ){
    return 0;
  }
  n = names_word_before(p->z, start, &start);
  if( n<3 || p->z[start]<'A' || p->z[start]>'Z'
   || !names_ascii_lower(p->z+start, n, zTitle, sizeof(zTitle)) ){
    return 0;
  }
  return (names_title_place(p->pAuth, zTitle, (int)n) & TITLE_BEFORE)!=0;
}

/* How many words a[0..k) begins with that end a title's complement (title_complement_before():
** "State" of "Secretary of State Henderson", "PRC" of "Ambassador to the PRC Mihal Prifti"):
** words of no name, leaving a word after them; 0 when none. */
static int complement_words(const ScanText *p, const Word *a, int k){
  int i;
  for(i=0; i<k-1 && a[i].notName && !a[i].known && !a[i].titleLen; i++){}
  return i>0 && i<k && title_complement_before(p, a[0].start) ? i : 0;
}

int names_next_candidate(const ScanText *p, size_t *pOff, NameFound *pFound, Candidate *pCand){
  for(;;){
    Word a[RUN_MAX_WORDS];
    int k, i, iTitle = 0, credited, iCued, lowerTried;
    if( (k = names_next_run(p, pOff, a))==0 ) return 0;
    credited = credit_before(p, a[0].start);        /* "Translated by Kalina Bratanova" */
    if( names_thing_before(p, a[0].start) ){              /* the whole run names the thing */
      *pOff = a[k-1].end;
      continue;
    }
    /* a navy's prefix names a ship with the words after it ("The USS Turner Joy"): they are
    ** skipped, the words before it read alone (the run is read again from the prefix) */
    for(i=0; i<k-1 && !names_ship_prefix(p, &a[i]); i++){}
    if( i<k-1 ){
      if( i==0 ){
        *pOff = a[k-1].end;
        continue;
      }
      k = i;
    }
    names_classify_run(p, a, k);
    if( newspaper_run(a, k) ){                      /* "Kuang Ming Jih Pao" */
      *pOff = a[k-1].end;
      continue;
    }
    if( k<=4 && read_heading(p, a, k, pOff, pFound, pCand) ) return 1;
    if( read_inverted(p, a, k, pOff, pFound, pCand) ) return 1;
    /* the rest of a title's complement: passed, the title cueing the name after it */
    iCued = complement_words(p, a, k);
    if( iCued==0 ) iCued = -1;
    lowerTried = 0;
    for(i=iTitle=(iCued>0 ? iCued : 0); i<k; ){
      int len, j, w, rosterOnly, jThing, governed = -1;
      /* a place first: its first word may read as a title ("Hon Me", an island, not "Hon."
      ** before "Me") */
      if( (len = place_at(p, a, i, k))>0 ){ iTitle = i += len; continue; }
      if( a[i].titleLen>0 ){ i += a[i].titleLen; continue; }   /* iTitle: its first word */
      if( (unsigned char)p->z[a[i].start]>=0xE3            /* Han or kana may begin it */
       && names_unspaced_inside(p, &a[i], pFound) ){
        pCand->titled = 0;
        pCand->alone = -1;
        candidate_words(p, a, i, 1, &pFound->info, pCand);
        *pOff = pFound->end;
        return 1;
      }
      if( monsieur_at(p, a, i, k) ){ iTitle = ++i; continue; }     /* no initial of a name */
      if( !may_begin_name(&a[i]) ){ next_start(a, &i, &iTitle); continue; }
      /* up to four words; after two, no head word no known name uses ("Walter Ulbricht
      ** Stadium", "Karl Marx Stadt"; but "John Tower") */
      jThing = k;
      for(j=i+1, w=1; j<k && w<4 && !a[j].titleLen
                      && !(w>=2 && a[j].modifier && !a[j].known && !a[j].surname); j++){
        if( a[j].notName ){
          /* a word of no name, but of a known person's spelling, ends the run: "Pierre
          ** Mendès France" is a name only as the authority lists it; or, the first such word,
          ** goes on to words that a listed spelling holds whole with it ("Chu Ân Lai", whose
          ** Ân is the article An) */
          if( a[j].known && !a[j].acronym && !a[j].breakBefore ){
            if( jThing==k ){
              jThing = j;
              w++;
              continue;
            }
            j++;
          }
          break;
        }
        w += !a[j].particle;
      }
      /* The longest run of words that is a name on its own merits; failing that, after a
      ** title, the word that follows it ("Premier Kim Received the Study Delegation"). */
      for(len=j-i; len>0; len--){
        /* after a title or a credit, two words that no list knows may be a name
        ** (titled_pair()) */
        /* a complement cues the words that end its run: "Secretary of State Henderson", not
        ** the "Popular" of "Secretary of the Cuban Popular Socialist Party" */
        int cued = i==iCued && i+len==k;
        int titled = iTitle<i || cued, nameish = titled ? len<=2 : len==2 && i==0 && credited;
        if( a[i+len-1].particle ) continue;           /* a name ends with no particle */
        /* nor with initials that a name of its run follows: they are that name's ("Беседа
        ** Н.С. Хрущева", a conversation of N.S. Khrushchev's) */
        if( len>1 && initials_followed(p, a, k, i+len) ) continue;
        if( len==1 && a[i].capParticle ) continue;    /* nor is one: "General Van" */
        for(w=i; w<i+len && !nameish; w++) nameish = a[w].nameish;
        /* or a name in the genitive after a word that governs it ("Návštěva Husáka"): the
        ** word before is looked up once for the name's start */
        if( !nameish && genitive_ending(p->z, a[i+len-1].end) ){
          if( governed<0 ) governed = names_genitive_governed(p->z, title_start(p, a, iTitle));
          nameish = governed;
        }
        if( !nameish ) continue;        /* no word of it could belong to a name: skip reading */
        rosterOnly = 0;
        if( !read_name(p, a, k, iTitle, i, len, cued, pFound, &rosterOnly) ){
          /* a name that a head word after it makes a thing of: no shorter name of its words
          ** is a person either, though the head word be more than three words past it ("the
          ** Kim Il Sung Socialist Youth League": not "Kim Il") */
          if( len>1 && names_a_thing(p, a, k, i+len, a[i+len-1].end) ) break;
          continue;
        }
        if( i+len>jThing && (pFound->info.person<0
                             || (i+len>jThing+1 && !pFound->info.viaVariant)) ){
          continue;
        }
        if( len>=3 && pFound->info.person<0 ){
          len = known_prefix(p, a, k, iTitle, i, len, pFound);
        }
        if( i>0 && a[i-1].capParticle && !a[i].breakBefore && pFound->start==a[i].start ){
          pFound->start = a[i-1].start;               /* "De Gaulle", "Ben Bella" */
        }
        pCand->titled = titled && len==1;
        pCand->alone = rosterOnly ? 1 : len==1 ? a[i].alone : -1;
        candidate_words(p, a, i, len, &pFound->info, pCand);
        *pOff = a[i+len-1].end;
        if( i+len==k && len>=2 && pFound->end==a[k-1].end && pFound->info.culture==NAME_WESTERN
         && !a[k-1].initial && *pOff+2<p->n && p->z[*pOff]==' ' && p->z[*pOff+1]=='y' ){
          size_t second = spanish_second_family(p, *pOff);     /* "José Martí y Pérez" */
          if( second ) *pOff = pFound->end = second;
        }
        return 1;
      }
      if( len>0 ){                                    /* the thing's words: no name begins */
        iTitle = i += len;
        continue;
      }
      /* no name at the run's start on its own merits: a title in lower case before the run
      ** makes its words a name after all ("the Czechoslovak ambassador Kohoušek"); looked
      ** for only then, once a run */
      if( i==0 && iTitle==0 && !lowerTried ){
        lowerTried = 1;
        if( a[0].start>6 && p->z[a[0].start-1]==' ' && p->z[a[0].start-2]>='a'
         && p->z[a[0].start-2]<='z' && lower_title_before(p, a[0].start) ){
          iTitle = -1;
          continue;
        }
      }
      next_start(a, &i, &iTitle);
    }
    *pOff = a[k-1].end;
  }
}
