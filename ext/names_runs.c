/*
** names_runs.c: the runs of words of free text that names_scan.c reads names from
** (names_int.h). names_next_run() reads the next run of capitalized words unbroken by
** punctuation, lower-case words skipped (a nickname in quotation marks and a particle inside a
** name, "van der", stay in it); names_classify_run() folds each word of a run once and
** classifies it: no part of a name (not_names.tsv, acronyms, a Slavic adjective before its
** noun), the start of a title, a word that may belong to a name (a word of a known spelling, a
** Korean or Chinese surname, a surname's ending, an initial, another script, a case ending),
** a capitalized particle, a regnal number, a word of a known name in capitals.
**
**     Word a[RUN_MAX_WORDS];
**     int k = names_next_run(pText, &off, a);
**     names_classify_run(pText, a, k);
*/
#include "names_int.h"

#include <stddef.h>

/* Titles among words a[i..k): their length in words, or 0. a[i] begins a title. */
static int title_words(const ScanText *p, const Word *a, int i, int k){
  char buf[4*WORD_FOLD_BYTES];
  int len;
  for(len = (k-i<4 ? k-i : 4); len>0; len--){
    int n = 0, w;
    for(w=i; w<i+len && a[w].nFold>0; w++){        /* the folded words, as titles are folded */
      if( w>i ) buf[n++] = ' ';
      memcpy(buf+n, a[w].zFold, (size_t)a[w].nFold);
      n += a[w].nFold;
    }
    if( w==i+len && (names_title_place(p->pAuth, buf, n) & TITLE_BEFORE) ) return len;
  }
  return 0;
}

/* Is the first piece of a hyphenated word, zFold[0..n), a syllable of a Korean given name and no
** acronym: written with lower case ("Un-hyong", where "UN-backed" is the acronym), of a
** syllable's shape, before a piece of one ("Yo Un-hyong": not the UN of not_names.tsv)? */
static int syllable_piece(const ScanText *p, const Word *w, const char *zFold, int n,
                          const char *zRest, int nRest){
  size_t i;
  int lower = 0;
  if( n>3 || !names_syllable_shaped(zFold, n) ) return 0;
  for(i=w->start; i<w->end && p->z[i]!='-'; i++) lower |= p->z[i]>='a' && p->z[i]<='z';
  return lower && nRest>0 && nRest<=6 && names_syllable_shaped(zRest, nRest);
}

/* Is a word with these class bits no part of a name? An acronym ("DPRK") is not, nor a word of
** not_names.tsv, nor a compound of one ("North-Korean", "Sino-Soviet"). */
static int not_a_name(const ScanText *p, const Word *w, int bits, const char *zFold, int nFold){
  const char *zPart = zFold, *zDash;
  if( w->acronym || nFold<=0 || (bits & WORD_NOT_NAME) ) return 1;
  while( (zDash = memchr(zPart, '-', (size_t)(zFold + nFold - zPart)))!=0 ){
    if( (names_word_class(p->pAuth, zPart, (int)(zDash - zPart)) & WORD_NOT_NAME)
     && !(zPart==zFold && names_article_before_capital(p->z, w->start, w->end))
     && !(zPart==zFold && syllable_piece(p, w, zPart, (int)(zDash - zPart), zDash+1,
                                         (int)(zFold + nFold - zDash - 1))) ){
      return 1;                                     /* but "as-Said": an article */
    }
    zPart = zDash+1;
  }
  return zPart>zFold
      && (names_word_class(p->pAuth, zPart, (int)(zFold + nFold - zPart)) & WORD_NOT_NAME);
}

/* How a word stands alone (Word.alone): never a person (common words, months, weekdays), a
** person only with support (common_words.tsv's 1, and every family name of one or two letters:
** Ri, Yu, O), or like any name. */
static int alone_class(int bits, int nFold){
  if( bits & (WORD_COMMON|WORD_DATE) ) return 0;
  if( (bits & WORD_COMMON_NAME) || nFold<=2 ) return 1;
  return -1;
}

/* Is z[0..n) (folded) the last word or the family name of a name the roster holds ("Moumié"
** after "Félix-Roland Moumié", "Zhou" after "Zhou Enlai")? */
static int roster_has_word(const NameScanner *p, const char *z, int n){
  int i;
  for(i=0; i<p->nRoster; i++){
    const NameRosterEntry *e = &p->aRoster[i];
    if( ((int)strlen(e->word)==n && memcmp(e->word, z, (size_t)n)==0)
     || ((int)strlen(e->familyWord)==n && memcmp(e->familyWord, z, (size_t)n)==0) ){
      return 1;                                     /* "Enlai" or "Zhou" of "Zhou Enlai" */
    }
  }
  return 0;
}

/* Is a[i], a title of one word, a syllable of the East Asian name its run begins with instead
** ("Hon" of "Park Hon Yong" and "Ri Hon.", not the Honourable of "The Hon. Dean Rusk"): right
** after a Korean or Chinese family name, and of a syllable's shape?
** An English title does not follow such a name in a run ("Kim Chairman" is not written). */
static int syllable_after_surname(const Word *a, int i){
  return i>0 && a[i-1].surname && !a[i].breakBefore && a[i].nFold>0
      && names_syllable_shaped(a[i].zFold, a[i].nFold);
}

/* Is w a particle written with a capital, as a family name begins with one with no given name
** before it ("De Gaulle", "Van Fleet", "Ben Bella", "El Kony")? Of the Arabic articles only Al
** and El ("At", "As", "An", "Ed" begin English sentences); never "Do", a Vietnamese surname.
** Asked only of a word whose class bits hold WORD_PARTICLE (every particle folds to itself, so
** those bits are the table's verdict without the look-up). */
static int capital_particle(const ScanText *p, const Word *w){
  const ArchDataRow *r;
  size_t n = w->end - w->start;
  if( !w->capital || w->particle || n<2 || n>4 || w->nFold!=(int)n ) return 0;
  r = arch_data_find(arch_data_name_particles, arch_data_name_particles_count, w->zFold, n);
  if( r==0 || r->value[0]=='j' ) return 0;
  return r->value[0]!='a' || (n==2 && w->zFold[1]=='l');
}

/* Is the one-letter numeral "I" after a[i-1] a ruler's number: a title of regnal_titles.tsv
** begins the run ("Patriarch Alexy I", "King Zog I"), or "of" follows ("Baudouin I of
** Belgium")? Else it is the pronoun or an initial. */
static int regnal_one(const ScanText *p, const Word *a, int i){
  size_t at = a[i].end;
  if( i>=2 && arch_data_find(arch_data_regnal_titles, arch_data_regnal_titles_count,
                             p->z+a[0].start, a[0].end-a[0].start) ){
    return 1;
  }
  return at+4<=p->n && memcmp(p->z+at, " of ", 4)==0;
}

/* Is a[i], the last word of a run of k, a regnal number ("John XXIII", "Hassan II"): a Roman
** numeral of two letters or more (not the pronoun "I", but as regnal_one() says), after a word
** that may be a name's and no Korean or Chinese family name ("Kim II" is the OCR of Kim Il)? */
static int regnal_at(const ScanText *p, const Word *a, int i, int k){
  const char *z = p->z + a[i].start;
  size_t n = a[i].end - a[i].start, j = 0;
  if( i==0 || i!=k-1 || a[i-1].notName || a[i-1].surname || a[i-1].initial ) return 0;
  if( n==1 ) return z[0]=='I' && regnal_one(p, a, i);
  if( n<2 ) return 0;
  while( j<n && j<3 && z[j]=='X' ) j++;
  if( j+2==n && z[j]=='I' && (z[j+1]=='X' || z[j+1]=='V') ) return 1;      /* IX, IV */
  if( j<n && z[j]=='V' ) j++;
  while( j<n && z[j]=='I' ) j++;
  return j==n;
}

/* Does the text before a[i] make a month of it: a digit ("5 Jan"), or an English word that
** leads a date or names a part of a month ("in Jan", "since Jan", "early Jan")? Not "of",
** "from", "to" or "between", which lead names as often ("Conversation between Jan Kessler"). */
static int month_before(const ScanText *p, const Word *a, int i){
  static const char *const azBefore[] = { "in", "on", "by", "since", "until", "till",
    "during", "through", "throughout", "around", "early", "late", "mid", "last", "next", "this",
    "before", "after" };
  size_t end = a[i].start, start, n, k;
  char zLower[16];
  while( end>0 && p->z[end-1]==' ' ) end--;
  if( end>0 && p->z[end-1]>='0' && p->z[end-1]<='9' ) return 1;
  if( (n = names_word_before(p->z, a[i].start, &start))==0 || n>=sizeof(zLower) ) return 0;
  for(k=0; k<n; k++) zLower[k] = (char)(p->z[start+k] | 0x20);
  zLower[n] = 0;
  for(k=0; k<sizeof(azBefore)/sizeof(azBefore[0]); k++){
    if( strcmp(zLower, azBefore[k])==0 ) return 1;
  }
  return 0;
}

/* Is folded word z[0..n) three or more pieces joined by hyphens, the first a word of a name
** the authority lists or a family name ("Hô-Chi-Minh", "Pham-Van-Dong", as French documents
** write Vietnamese names)? Such a word may be a name: it is read whole (names_vietnamese.c
** splits it). One look-up, for hyphenated words only. */
static int hyphenated_name(const ScanText *p, const char *z, int n){
  const char *zDash = n>0 ? memchr(z, '-', (size_t)n) : 0;
  if( zDash==0 || zDash==z || memchr(zDash+1, '-', (size_t)(z+n-zDash-1))==0 ) return 0;
  return (names_word_class(p->pAuth, z, (int)(zDash-z)) & (WORD_NAME|WORD_SURNAME))!=0;
}

/* Is a[i], a title word last in its run, the family name of a person the authority knows so,
** after a given name people bear and up to two more words of the name: "Winston Lord", "John
** Major", "Martin Luther King" (not the reformer Martin Luther)? A title before a name is one
** ("Lord Home", "King Hussein", "John Cardinal O'Connor"), and "Ivan General" names no one.
** The name is read only in this rare case. */
static int title_ends_known_name(const ScanText *p, const Word *a, int i){
  int j, w;
  for(j = i>3 ? i-3 : 0; j<i; j++){
    NameInfo info;
    int ok = a[j].given && !a[j].surname;
    for(w=j; w<i && ok; w++) ok = a[w].titleLen==0 && (w==j || !a[w].breakBefore);
    if( ok && name_analyze_cached(p->pAuth, p->pCache, p->z+a[j].start, a[i].end-a[j].start, &info)
     && info.person>=0 && !name_is_titled(&info) ){
      return 1;
    }
  }
  return 0;
}

/* Is a[i], a title word inside its run, a word of a spelling the authority lists whole, from a
** given name before it to a word after it: "Mohammad Reza Shah Pahlavi" (not Mohammad Reza
** and a Shah Pahlavi)? Read only for a title word that is a word of a listed spelling. */
static int title_inside_known_name(const ScanText *p, const Word *a, int i, int k){
  int j, e;
  for(j = i>3 ? i-3 : 0; j<i; j++){
    if( !a[j].given || a[j].surname ) continue;
    for(e=i+1; e<k && e<=i+2 && !a[e].breakBefore; e++){
      NameInfo info;
      if( name_analyze_cached(p->pAuth, p->pCache, p->z+a[j].start, a[e].end-a[j].start, &info)
       && info.person>=0 && info.viaVariant && !name_is_titled(&info) ){
        return 1;
      }
    }
  }
  return 0;
}

/* Is a[i] a generation's suffix last in its run ("Martin Luther King Jr.")? */
static int generation_last(const Word *a, int i, int k){
  return i+1==k && a[i].nFold==2 && a[i].zFold[1]=='r'
      && (a[i].zFold[0]=='j' || a[i].zFold[0]=='s');
}

/* Is the line around z[at] written without a lower-case letter, as a telegram's heading is
** ("TOP SECRET. SHTYKOV TO VYSHINSKY")? 160 bytes either side are looked at. */
static int line_in_capitals(const ScanText *p, size_t at){
  size_t i = at, stop = at>160 ? at-160 : 0;
  while( i>stop && p->z[i-1]!='\n' ){
    i--;
    if( p->z[i]>='a' && p->z[i]<='z' ) return 0;
  }
  for(i=at; i<p->n && i<at+160 && p->z[i]!='\n'; i++){
    if( p->z[i]>='a' && p->z[i]<='z' ) return 0;
  }
  return 1;
}

/* Is the word a[i] in capitals alone a known person? One after a title or initials, of three
** letters or more, that names a known person by the family name alone ("Ambassador PUZANOV",
** "President NIXON", "V.M. MOLOTOV"; not "Ambassador USSR", nor "Premier KIM", whom the family
** name alone does not tell); or one of five letters or more on a line in capitals, a
** telegram's heading ("SHTYKOV TO VYSHINSKY"), where acronyms are shorter ("TASS", "DPRK");
** of five letters or more, a family two known people bear is one too ("FROM DULLES"). */
static int capitals_alone(const ScanText *p, const Word *a, int i){
  NameInfo info;
  return ((i>0 && (a[i-1].titleLen<0 || a[i-1].initial) && a[i].nFold>=3)
          || (a[i].nFold>=5 && line_in_capitals(p, a[i].start)))
      && name_analyze_cached(p->pAuth, p->pCache, p->z+a[i].start, a[i].end - a[i].start, &info)
      && (info.person>=0
          || (info.nGiven==0 && a[i].nFold>=5 && names_is_known_family(p->pAuth, info.family, 1)));
}

/* Words in capitals are acronyms ("DPRK", "СССР") and no part of a name, but where two to four
** of them in a row are the name of a person the authority knows, written in capitals ("Comrade
** KIM IL SUNG", "talks with ZHOU ENLAI"), or one after a title is such a person's family name
** ("Ambassador PUZANOV", capitals_alone()): those are a name's words. (A name in capitals that
** no one is known by stays unread, unless a hyphen makes its words no acronyms: "PAK
** SONG-CHOL".) */
static void known_in_capitals(const ScanText *p, Word *a, int k){
  int i, j, len, nRow;
  for(i=0; i<k; i++){
    if( !a[i].acronym ) continue;
    nRow = 1;
    if( i+1<k && a[i+1].acronym ){
      for(nRow=2; i+nRow<k && nRow<4 && a[i+nRow].acronym; nRow++){}
    }
    for(len=nRow; len>=2; len--){
      NameInfo info;
      if( name_analyze_cached(p->pAuth, p->pCache, p->z+a[i].start, a[i+len-1].end - a[i].start, &info)
       && info.person>=0 ){
        break;
      }
    }
    if( len<2 ){
      len = capitals_alone(p, a, i);                /* no name of two words or more: one? */
      if( len==0 ) continue;
    }
    for(j=i; j<i+len; j++){
      a[j].notName = 0;
      a[j].nameish = 1;
    }
    i += len-1;
  }
}

/* Does the capitalized word z[start..end) end, as written, with an ending of Polish or Czech
** cases (latin_case_endings.tsv: "Chruszczowem", "Jaruzelskim", "Brežněvem")? Such a word
** may be a known person's name in its case (names_decline_latin()). Three look-ups at most,
** in a table of a few rows, for words of five bytes or more. */
int names_latin_case_ending(const char *z, size_t start, size_t end){
  int nTail;
  unsigned char c1, c2;
  if( end-start<5 || !names_latin_initial(z, start) ) return 0;
  /* the last two bytes of every ending first, as most words end otherwise */
  c1 = (unsigned char)z[end-1];
  c2 = (unsigned char)z[end-2];
  if( !(c1=='m' && (c2=='e' || c2=='i' || c2=='y' || c2==0xBD))      /* -em -im -ym -ým */
   && !(c1=='i' && (c2=='w' || c2=='v'))                              /* -owi -ovi */
   && !(c1=='o' && (c2=='g' || c2=='h'))                              /* -ego -ého */
   && !(c1=='u' && (c2=='m' || c2=='o'))                              /* -emu -ému -ou */
   && !((c1==0x85 || c1==0x99) && c2==0xC4) ){                        /* -ą -ę */
    return 0;
  }
  for(nTail=arch_data_latin_case_endings_min_key; nTail<=arch_data_latin_case_endings_max_key;
      nTail++){
    if( arch_data_find(arch_data_latin_case_endings, arch_data_latin_case_endings_count,
                       z+end-nTail, (size_t)nTail) ){
      return 1;
    }
  }
  return 0;
}

/* Does a word of letter_labels.tsv ("Annex", "Plan", "Section", any case) stand right before
** z[at], so that a capital letter with its period there is a label ("Annex A.")? */
static int letter_label_before(const ScanText *p, size_t at){
  size_t start, n = names_word_before(p->z, at, &start);
  char zLower[16];
  return n>=2 && names_ascii_lower(p->z+start, n, zLower, sizeof(zLower))
      && arch_data_find(arch_data_letter_labels, arch_data_letter_labels_count, zLower, n)!=0;
}

/* Is w a person's initials written together ("L.D.", "K.P.S."), folded zFold[0..nFold): not
** an initialism of a state or a place (dotted_abbreviations.tsv: "U.K.", "D.C.")? */
static int dotted_initials(const ScanText *p, const Word *w, const char *zFold, int nFold){
  return names_initials_word(p, w)
      && arch_data_find(arch_data_dotted_abbreviations, arch_data_dotted_abbreviations_count,
                        zFold, (size_t)nFold)==0;
}

int names_word_letter_bits(const ScanText *p, const Word *w, const char *zFold, int nFold,
                           int bits){
  int out = 0;
  if( not_a_name(p, w, bits, zFold, nFold) ) out |= WORD_NOT_NAME_READ;
  if( nFold<=0 || (unsigned char)p->z[w->start]>=0x80                 /* not Latin: try */
   || (p->z[w->end-1]=='.' && (nFold==1 || dotted_initials(p, w, zFold, nFold))) /* "L.D." */
   || (bits & (WORD_NAME|WORD_GIVEN|WORD_SURNAME|WORD_CASE_MORE))      /* "Kádárral" */
   || names_surname_ending(zFold, nFold, names_cyrillic_ska(p, w))
   || names_article_before_capital(p->z, w->start, w->end)             /* "al-Hourani" */
   || hyphenated_name(p, zFold, nFold)                                 /* "Hô-Chi-Minh" */
   || names_latin_case_ending(p->z, w->start, w->end) ){               /* "Brežněvem" */
    out |= WORD_NAMEISH;
  }
  if( names_ends_inflected(zFold, nFold) ) out |= WORD_INFLECTED;
  return out;
}

/* Fold each word of a run once, and note which are no part of a name, where titles begin, and
** what each can be alone: one look-up a word (NameAuthority.words). */
void names_classify_run(const ScanText *p, Word *a, int k){
  int i;
  for(i=0; i<k; i++){
    char buf[NAMES_TOKEN_BYTES*2];
    int bits;
    int n = names_fold_and_class(p, &a[i], buf, (int)sizeof(buf), &bits);
    a[i].nFold = n>0 && n<WORD_FOLD_BYTES ? n : 0;
    if( a[i].nFold ) memcpy(a[i].zFold, buf, (size_t)n);
    a[i].notName = (bits & WORD_NOT_NAME_READ)!=0;
    a[i].titleLen = (bits & WORD_TITLE_FIRST) ? -1 : 0;          /* read below */
    /* a run's words are capitalized: "Thought" of "Mao Zedong Thought" is a head word */
    a[i].modifier = (bits & (WORD_MODIFIER|WORD_MODIFIER_CAPITAL))!=0;
    a[i].placeBefore = (bits & WORD_PLACE_BEFORE)!=0;
    a[i].placeFirst = (bits & WORD_PLACE_FIRST)!=0;
    a[i].given = (bits & WORD_GIVEN)!=0;
    a[i].alone = n>0 ? alone_class(bits, n) : -1;
    a[i].dateGiven = 0;
    a[i].nameish = (bits & WORD_NAMEISH)!=0;
    a[i].caseMore = (bits & WORD_CASE_MORE)!=0;
    a[i].inflected = (bits & WORD_INFLECTED)!=0;
    a[i].surname = (bits & WORD_SURNAME)!=0;
    a[i].inRoster = 0;
    if( p->pRoster && n>0 ){
      if( p->pAsked ) name_asked_note(p->pAsked, buf, (size_t)n);
      a[i].inRoster = roster_has_word(p->pRoster, buf, n);
      if( a[i].inRoster ) *p->pRosterUsed = 1;
    }
    a[i].nameish |= a[i].inRoster;
    a[i].known = (bits & WORD_NAME)!=0;
    a[i].initial = p->z[a[i].end-1]=='.'
                && (n==1 || (n==2 && names_digraph_initial(p->z+a[i].start)));
    if( a[i].initial && n==1 && letter_label_before(p, a[i].start) ){
      a[i].initial = 0;                             /* "Annex A.": a label */
      a[i].notName = 1;
    }else if( a[i].initial ){
      a[i].notName = 0;                             /* an initial, though "A." is a word */
      a[i].alone = -1;
    }
    if( a[i].particle ) a[i].notName = a[i].titleLen = 0;
    a[i].capParticle = (bits & WORD_PARTICLE) && capital_particle(p, &a[i]);
    if( (bits & WORD_DATE) && a[i].given && !(bits & WORD_COMMON) && i+1<k
     && !month_before(p, a, i) ){
      a[i].dateGiven = 1;                           /* "Jan Kessler", "April Glaspie" */
      a[i].notName = 0;
    }
  }
  for(i=0; i+1<k; i++){
    /* a Slavic feminine adjective in -aya, -ska or -cka before a noun of its title, no
    ** name's word: "Komsomolskaya Pravda", "Sovetskaya Rossiya", "Literaturnaya Gazeta",
    ** "Slovenská Republika", "Polska Agencja Prasowa" (Krupskaya, a woman's surname, is
    ** written after her given name, or before it: "Krupskaya Nadezhda") */
    const Word *q = &a[i+1];
    const char *zEnd = a[i].zFold + a[i].nFold - 3;
    if( a[i].nFold>=6
     && (memcmp(zEnd, "aya", 3)==0 || memcmp(zEnd, "ska", 3)==0 || memcmp(zEnd, "cka", 3)==0)
     && !q->breakBefore
     && q->nFold>0 && !q->given && !q->surname && !q->known && !q->initial && !q->particle
     && !names_surname_ending(q->zFold, q->nFold, 0) ){
      a[i].notName = 1;
    }
  }
  if( k>1 && regnal_at(p, a, k-1, k) ) a[k-1].regnal = 1, a[k-1].notName = 0;
  known_in_capitals(p, a, k);
  for(i=1; i<k; i++){              /* "Kim II Sung": the OCR of Il after a family name */
    if( a[i-1].surname && a[i].end-a[i].start==2 && memcmp(p->z+a[i].start, "II", 2)==0 ){
      a[i].notName = 0, a[i].nameish = 1;
    }
  }
  for(i=0; i<k; i++){                               /* titles, once every word is folded */
    if( a[i].titleLen<0 ) a[i].titleLen = title_words(p, a, i, k);
    if( a[i].titleLen==1 && syllable_after_surname(a, i) ) a[i].titleLen = 0;
    if( a[i].titleLen==1 && i>0 && (i+1==k || generation_last(a, i+1, k)) && a[i].known
     && !a[i].breakBefore
     && title_ends_known_name(p, a, i) ){
      a[i].titleLen = 0;
      a[i].nameish = 1;
    }
    if( a[i].titleLen==1 && i>0 && !a[i].breakBefore
     && ((i+1<k && a[i].known && title_inside_known_name(p, a, i, k))
         || (i>=2 && names_nasab_inside(p, a+i-2, 3))) ){
      a[i].titleLen = 0;            /* "Mohammad Reza Shah Pahlavi", "Zayed bin Sultan" */
      a[i].nameish = 1;
    }
  }
}

/* Is the lower-case word w a particle that may stand inside a name ("de", "van", "bin", "dos";
** not "y" and "e", which join two names as often as two family names)? */
static int inner_particle(const ScanText *p, const Word *w){
  const ArchDataRow *r;
  size_t n = w->end - w->start;
  if( n<2 || n>4 ) return 0;
  r = arch_data_find(arch_data_name_particles, arch_data_name_particles_count, p->z+w->start, n);
  return r && r->value[0]!='a';
}

int names_genitive_governed(const char *z, size_t at){
  size_t end = at, start;
  while( end>0 && z[end-1]==' ' ) end--;
  if( end==at ) return 0;
  for(start=end; start>0 && end-start<=(size_t)arch_data_genitive_heads_max_key; start--){
    unsigned char c = (unsigned char)z[start-1];
    if( c<0x80 && !((c|0x20)>='a' && (c|0x20)<='z') ) break;   /* letters, and UTF-8's */
  }
  if( start==end || end-start>(size_t)arch_data_genitive_heads_max_key ) return 0;
  return arch_data_find(arch_data_genitive_heads, arch_data_genitive_heads_count, z+start,
                        end-start)!=0;
}

/* Does the word in lower case a[k] end a title that the capitalized a[k-1] begins, as
** Vietnamese writes its titles, the first word alone capitalized ("Chủ tịch Hồ Chí Minh",
** "Thủ tướng Phạm Văn Đồng", "Đại sứ")? Then it is a word of the run, the title's: "Chủ" alone
** is no person. Asked only of a word in lower case that is no plain ASCII word (those end the
** run before it is read). */
static int title_goes_on(const ScanText *p, const Word *a, int k){
  char buf[2*NAMES_TOKEN_BYTES+1];
  int bits, n, m;
  if( (n = names_fold_and_class(p, &a[k-1], buf, NAMES_TOKEN_BYTES, &bits))<=0
   || !(bits & WORD_TITLE_FIRST) ) return 0;
  buf[n++] = ' ';
  if( (m = names_fold_and_class(p, &a[k], buf+n, NAMES_TOKEN_BYTES, &bits))<=0 ) return 0;
  return (names_title_place(p->pAuth, buf, n+m) & TITLE_BEFORE)!=0;
}

/* Might the capitalized word w, after a particle that is a Polish or Czech preposition too
** ("do"), be a name in the genitive ("List Gomułki do Chruszczowa")? Then the particle parts
** two names: Portuguese names after "do" end otherwise ("Maria do Carmo", "do Amaral"). */
static int genitive_after_preposition(const ScanText *p, const Word *particle, const Word *w){
  char c = p->z[w->end-1];
  return (c=='a' || c=='i' || c=='y')
      && names_genitive_governed(p->z, w->start);
}

/* Skip from i over ASCII words in lower case and what parts them, to the start of the first
** word that may begin a name: one with a capital or a letter outside ASCII, or a word
** hyphenated to a capital ("al-Sadat"), which names_scan_word() reads. Most of a text is
** skipped so. */
static size_t skip_lower_words(const char *z, size_t n, size_t i){
  while( i<n ){
    unsigned char c = (unsigned char)z[i];
    size_t start;
    if( c>=0x80 || (c>='A' && c<='Z') ) return i;
    if( c<'a' || c>'z' ){ i++; continue; }
    start = i;
    while( i<n ){                                   /* a word in lower case */
      c = (unsigned char)z[i];
      if( c>='a' && c<='z' ){ i++; continue; }
      if( c>=0x80 || (c>='A' && c<='Z') ) return start;
      if( (c=='-' || c=='\'') && i+1<n ){
        unsigned char d = (unsigned char)z[i+1];
        if( d>=0x80 || (d>='A' && d<='Z') ) return start;
        if( d>='a' && d<='z' ){ i++; continue; }
      }
      break;
    }
  }
  return n;
}

/* Does a word in lower case that ends a run follow z[i] after spaces: ASCII letters up to a
** space or punctuation, and no particle (names_scan_word() need not read it: it is no capital, nor
** an article hyphenated to one, nor a particle inside a name)? */
static int plain_lower_word_at(const ScanText *p, size_t i){
  const char *z = p->z;
  size_t start;
  while( i<p->n && z[i]==' ' ) i++;
  start = i;
  while( i<p->n && z[i]>='a' && z[i]<='z' ) i++;
  if( i==start || (i<p->n && ((unsigned char)z[i]>=0x80 || z[i]=='-' || z[i]=='\''
                              || z[i]=='.' || (z[i]>='A' && z[i]<='Z'))) ){
    return 0;                             /* none, or more than ASCII letters: read it whole */
  }
  return i-start<2 || i-start>4
      || !(names_word_class(p->pAuth, z+start, (int)(i-start)) & WORD_PARTICLE);
}

/* The bytes of the quotation mark at z[i] (", ', “, ”, ‘, ’, «, », „), or 0. */
static int quote_len(const ScanText *p, size_t i){
  uint32_t cp;
  int len;
  if( i>=p->n ) return 0;
  if( p->z[i]=='"' || p->z[i]=='\'' ) return 1;
  len = text_utf8_decode((const unsigned char*)p->z+i, p->n-i, &cp);
  return (cp>=0x2018 && cp<=0x201E) || cp==0xAB || cp==0xBB ? len : 0;
}

/* Is w a nickname in quotation marks between two words of a run, 'Joseph "Joe" Stalin':
** spaces and one mark between the word before (which ends at prevEnd) and w, one mark after
** w, then spaces and a capitalized word? */
static int nickname_at(const ScanText *p, size_t prevEnd, const Word *w){
  size_t i = prevEnd, after;
  int q;
  Word next;
  while( i<w->start && p->z[i]==' ' ) i++;
  if( i==prevEnd || (q = quote_len(p, i))==0 || i+(size_t)q!=w->start ) return 0;
  if( (q = quote_len(p, w->end))==0 ) return 0;
  after = w->end + (size_t)q;
  if( after>=p->n || p->z[after]!=' ' ) return 0;
  return names_scan_word(p->z, p->n, &after, &next) && next.capital;
}

/* Is a line's end all that parts a[k-1] from a[k] (spaces and one line feed), and a[j..k] for
** some j a name the authority knows whole ("Nikita\nKhrushchev", "Ambassador\nPuzanov", "Chou\n
** En-lai")? Then the line end does not part the run. A list of names, one a line ("Kim Il
** Sung\nPak Hon-yong"), stays parted: no one is known by the words of two lines together. */
static int known_over_line_end(const ScanText *p, const Word *a, int k){
  size_t i;
  int nLine = 0, j;
  for(i=a[k-1].end; i<a[k].start; i++){
    char c = p->z[i];
    if( c=='\n' ) nLine++;
    else if( c!=' ' && c!='\t' && c!='\r' ) return 0;
  }
  if( nLine!=1 ) return 0;
  for(j=0; j<k; j++){
    NameInfo info;
    if( name_analyze_cached(p->pAuth, p->pCache, p->z+a[j].start, a[k].end - a[j].start, &info)
     && info.person>=0 ){
      return 1;
    }
  }
  return 0;
}

/* Does the capitalized word w follow an abbreviated title's period (title_abbreviations.tsv:
** "Dr. Wilgress", "Cde. Pishevari", "Lt. Col. Ivanov"), which ends no sentence there? The
** period right after the word before (ASCII letters), then spaces on the same line. */
static int after_abbreviated_title(const ScanText *p, const Word *pBefore, const Word *w){
  size_t n = pBefore->end - pBefore->start, i;
  char zLower[8];
  if( n<2 || p->z[pBefore->end]!='.' || w->start<=pBefore->end+1 ) return 0;
  for(i=pBefore->end+1; i<w->start; i++) if( p->z[i]!=' ' ) return 0;
  return names_ascii_lower(p->z+pBefore->start, n, zLower, sizeof(zLower))
      && arch_data_find(arch_data_title_abbreviations, arch_data_title_abbreviations_count,
                        zLower, n)!=0;
}

/* Is z[0..n), one word, a known person's family name alone: a known person, or the family
** of a known Western person? */
static int known_family_alone(const ScanText *p, const char *z, size_t n){
  NameInfo info;
  return n>=3 && name_analyze_cached(p->pAuth, p->pCache, z, n, &info) && info.nGiven==0
      && !name_is_titled(&info)
      && (info.person>=0
          || (info.culture==NAME_WESTERN && names_is_known_family(p->pAuth, info.family, 1)));
}

/* Is w, in ASCII letters, a given name people bear? A double family name follows one
** ("Boutros Boutros-Ghali", "Pierre Mendes-France"); two people's do not. */
static int given_word(const ScanText *p, const Word *w){
  char zLower[24];
  size_t n = w->end - w->start;
  return n>=2 && names_ascii_lower(p->z+w->start, n, zLower, sizeof(zLower))
      && (names_word_class(p->pAuth, zLower, (int)n) & WORD_GIVEN)!=0;
}

/* Does the capitalized word w join two people's family names with a hyphen, as an en dash
** does ("the Mikoyan-Suslov report", "the Kadar-Nagy government", "the Tito-Stalin split")?
** Then w ends before the hyphen, and the second name begins a run of its own. Not a double
** family name that is a known person's ("Gheorghiu-Dej"), nor one whose parts are no known
** people's ("Joliot-Curie", "Niculescu-Mizil"), nor the syllables of a Korean given name
** ("Il-Sung"). Asked only of a word with a capital after a hyphen (Word.hyphenCapital). */
static int hyphen_joins_two_people(const ScanText *p, Word *w){
  const char *z = p->z;
  size_t i, h = 0;
  NameInfo whole;
  for(i=w->start+1; i+1<w->end; i++){
    if( z[i]!='-' ) continue;
    if( h || z[i+1]<'A' || z[i+1]>'Z' ) return 0;
    h = i;
  }
  if( h==0 || !known_family_alone(p, z+w->start, h-w->start)
   || !known_family_alone(p, z+h+1, w->end-h-1) ){
    return 0;
  }
  if( name_analyze_cached(p->pAuth, p->pCache, z+w->start, w->end-w->start, &whole)
   && whole.person>=0 ){
    return 0;                               /* "Gheorghiu-Dej" */
  }
  w->end = h;
  return 1;
}

/* Are the words v and w one family name, as written (ASCII letters, case aside) or as Korean
** surnames of one class ("Yi" and "Ri", "Pak" and "Park")? */
static int same_family_word(const ScanText *p, const Word *v, const Word *w){
  char zv[8], zw[8];
  size_t nv = v->end - v->start, nw = w->end - w->start;
  int iv, iw;
  if( !names_ascii_lower(p->z+v->start, nv, zv, sizeof(zv))
   || !names_ascii_lower(p->z+w->start, nw, zw, sizeof(zw)) ){
    return 0;
  }
  if( nv==nw && memcmp(zv, zw, nv)==0 ) return 1;
  iv = names_is_korean_surname(p->pAuth, zv, (int)nv);
  iw = names_is_korean_surname(p->pAuth, zw, (int)nw);
  return iv>=0 && iw>=0 && strcmp(names_str(p->pAuth, p->pAuth->aCanon[iv]),
                                  names_str(p->pAuth, p->pAuth->aCanon[iw]))==0;
}

/* Does the bracket before a[k] give the name before it again, in another romanization ("Pak
** Seong-cheol [Pak Song Chol]", "Yi Hyo-sun [Ri Hyo Sun]"): its first word the family name
** of a name of two words or more before it? Then it is a name of its own, no part of that one,
** where a bracket that completes a name ("Zhou [Enlai]", "[Edgar] Snow") is part of it. */
static int bracket_repeats_name(const ScanText *p, const Word *a, int k){
  int j;
  if( k<2 || a[k].start==0 || p->z[a[k].start-1]!='[' ) return 0;
  for(j=0; j+1<k; j++){
    if( same_family_word(p, &a[j], &a[k]) ) return 1;
  }
  return 0;
}

/* Is the word z[0..n) (ASCII letters, any case) a Korean or Chinese family name? */
static int east_asian_surname(const ScanText *p, const char *z, size_t n){
  char zLower[8];
  if( !names_ascii_lower(z, n, zLower, sizeof(zLower)) ) return 0;
  return names_is_korean_surname(p->pAuth, zLower, (int)n)>=0
      || names_is_chinese_surname(p->pAuth, zLower, (int)n)>0;
}

/* Is a[k], one letter and a period before a space or the end, the last syllable of a Korean or
** Chinese name of a[0..k) and the end of its sentence ("the Minister of National Defense O
** Jin U. Although ...")? Read with its period it is an initial ("U.O. Jin") and joins the next
** sentence's first word ("O Jin U. He"). Not after another initial ("Pak H. Y.").
** Asked only of a word of one letter and a period. */
static int syllable_ends_sentence(const ScanText *p, const Word *a, int k){
  int j, surname = 0;
  if( k<2 || (a[k].end<p->n && p->z[a[k].end]!=' ' && p->z[a[k].end]!='\n') ) return 0;
  for(j=0; j<k; j++){
    if( p->z[a[j].end-1]=='.' ) return 0;
    if( j+2<=k && east_asian_surname(p, p->z+a[j].start, a[j].end-a[j].start) ) surname = 1;
  }
  return surname;
}

/* Read the next run of capitalized words, unbroken by punctuation, from *pOff: its words in
** a[], how many. 0 at the end of the text. A bracket is no break ("[Harold] Wilson"), nor is a
** particle between two capitalized words ("Kubitschek de Oliveira", "Ludwig van Beethoven"). A
** possessive ends it: the word after it is what the person owns ("Churchill's Fulton speech"). */
int names_next_run(const ScanText *p, size_t *pOff, Word *a){
  int k = 0, nick = 0;
  size_t off = *pOff;
  while( k<RUN_MAX_WORDS ){
    size_t save;
    if( k==0 ) off = skip_lower_words(p->z, p->n, off);
    else if( plain_lower_word_at(p, off) ) break;
    save = off;
    if( !names_scan_word(p->z, p->n, &off, &a[k]) ){ off = p->n; break; }
    if( k>=2 && a[k].end-a[k].start==2 && p->z[a[k].end-1]=='.' && a[k].capital
     && !a[k].breakBefore && syllable_ends_sentence(p, a, k) ){
      a[k].end--;                           /* "O Jin U." ends its sentence */
      off = a[k].end;
      k++;
      break;
    }
    if( a[k].hyphenCapital && !(k>0 && !a[k].breakBefore && given_word(p, &a[k-1]))
     && hyphen_joins_two_people(p, &a[k]) ){
      off = a[k].end;
    }
    /* a nickname in quotation marks is no break, nor is the mark after it ('Joseph "Joe"
    ** Stalin'; the structure leaves the nickname out of the key) */
    if( k>0 && a[k].breakBefore && a[k].capital ){
      if( nick ){
        size_t q = a[k-1].end + (size_t)quote_len(p, a[k-1].end);
        while( q<a[k].start && p->z[q]==' ' ) q++;
        if( q==a[k].start ) a[k].breakBefore = 0;
        nick = 0;
      }else if( k+1<RUN_MAX_WORDS && nickname_at(p, a[k-1].end, &a[k]) ){
        a[k].breakBefore = 0;
        nick = 1;
      }
    }else{
      nick = 0;
    }
    if( k>0 && a[k].capital && !a[k].breakBefore && bracket_repeats_name(p, a, k) ){
      a[k].breakBefore = 1;                 /* "Pak Seong-cheol [Pak Song Chol]" */
    }
    if( k>0 && a[k].breakBefore && a[k].capital && after_abbreviated_title(p, &a[k-1], &a[k]) ){
      a[k].breakBefore = 0;                 /* "Dr. Wilgress" */
    }
    if( k>0 && a[k].breakBefore && a[k].capital && known_over_line_end(p, a, k) ){
      a[k].breakBefore = 0;                 /* "Memorandum of Conversation between Nikita\n
                                            ** Khrushchev and Mao Zedong" */
    }
    if( k>0 && !a[k].capital && !a[k].breakBefore && k+1<RUN_MAX_WORDS
     && inner_particle(p, &a[k]) ){
      size_t after = off, afterLast = off;
      Word next;
      int m = 0, got;
      /* Dutch names put an article after van ("van der Stoel", "van den Broek"); German
      ** prose's "von der", "zu den" before a noun is why no other particle takes one */
      while( (got = names_scan_word(p->z, p->n, &after, &next))!=0 && !next.capital
          && !next.breakBefore && m<1 && k+m+2<RUN_MAX_WORDS
          && a[k].end-a[k].start==3 && memcmp(p->z+a[k].start, "van", 3)==0
          && inner_particle(p, &next) ){
        a[k+1+m++] = next;
        afterLast = after;
      }
      if( got && next.capital && !next.breakBefore && (m>0 || !genitive_after_preposition(p, &a[k], &next)) ){
        int j;
        for(j=0; j<=m; j++) a[k+j].particle = 1;
        k += m+1;
        off = afterLast;
        continue;
      }
    }
    if( k>0 && !a[k].capital && !a[k].breakBefore && title_goes_on(p, a, k) ){
      k++;                                          /* "Chủ tịch Hồ Chí Minh" */
      continue;
    }
    if( !a[k].capital || (k>0 && a[k].breakBefore) ){
      if( k==0 ) continue;                          /* skip lower-case words */
      off = save;
      break;
    }
    k++;
    if( names_possessive_at(p->z, a[k-1].start, a[k-1].end)<a[k-1].end ) break;
  }
  *pOff = off;
  return k;
}
