/*
** names_structure.c: the structure layer of the name engine (names.h, names_int.h).
**
** Once a name is tokens, its structure is read: titles and honorifics before or after it, in
** the languages of ext/data/name_titles.tsv ("Premier", "Prof. Dr.", "Genosse", "elvtárs",
** "동지"), also after the comma of "Gerlach, Prof. Manfred"; "Surname, Given" turned round;
** Russian patronymics recognized; initials matched against given names; and the display
** form, the name as written without its titles.
*/
#include "names_int.h"

/* Length in tokens of the title at a[i..j), or 0. */
int names_title_at(const NameAuthority *pAuth, const Toks *p, int i, int j, TitlePlace place){
  char buf[128];
  const Tok *pEdge;
  int len;
  if( i>=j ) return 0;
  /* most words begin no title and end none: say so without building any phrase */
  pEdge = place==TITLE_AFTER ? &p->a[j-1] : &p->a[i];
  if( !(names_word_class(pAuth, pEdge->z, pEdge->n) & place) ) return 0;
  for(len = (j-i<4 ? j-i : 4); len>0; len--){
    int n = place==TITLE_AFTER ? names_join_tokens(p, j-len, j, buf, sizeof(buf))
                               : names_join_tokens(p, i, i+len, buf, sizeof(buf));
    if( n>0 && (names_map_get(&pAuth->titles, buf, n, 0) & place) ) return len;
  }
  return 0;
}

/* German (and Swedish) write ä, ö, ü as ae, oe, ue where a typewriter or a cable has no
** umlaut: "Weizsaecker", "Luebke", "Guenter", "Hammarskjoeld". A word of Latin letters that no
** known spelling holds, with such a digraph, is read without
** its e when that makes a word of a known spelling or a known given name (the umlaut's letter
** folds to its base: "weizsacker"). A known word keeps its e: Michael, Manuel, Raeder, Goebbels. */
static int umlaut_digraph(const char *z, int i){
  return z[i+1]=='e' && (z[i]=='a' || z[i]=='o' || z[i]=='u');
}

int names_umlaut_known(const NameAuthority *pAuth, const char *z, int n, char *out){
  int i, o = 0, seen = 0;
  if( n<4 || n>=NAMES_TOKEN_BYTES ) return 0;
  for(i=0; i<n; i++){
    out[o++] = z[i];
    if( i+1<n && umlaut_digraph(z, i) ){ i++; seen = 1; }
  }
  out[o] = 0;
  if( !seen || (names_word_class(pAuth, z, n) & (WORD_NAME|WORD_GIVEN)) ) return 0;
  return (names_word_class(pAuth, out, o) & (WORD_NAME|WORD_GIVEN)) ? o : 0;
}

void names_umlaut_digraphs(const NameAuthority *pAuth, Toks *p){
  int k;
  for(k=0; k<p->n; k++){
    Tok *t = &p->a[k];
    char w[NAMES_TOKEN_BYTES];
    int o;
    if( t->written!=SCRIPT_LATIN || (o = names_umlaut_known(pAuth, t->z, t->n, w))==0 ){
      continue;
    }
    memcpy(t->z, w, (size_t)o);
    t->z[o] = 0;
    t->n = o;
  }
}

static void drop_tokens(Toks *p, int i, int n){
  memmove(&p->a[i], &p->a[i+n], sizeof(Tok)*(size_t)(p->n-i-n));
  p->n -= n;
}

/* Is t a word that joins an office to what it is of ("Chairman of the CCP", "Minister for
** Foreign Affairs", "Président du Conseil": office_words.tsv)? */
static int office_of(const Tok *t){
  return t->script==SCRIPT_LATIN
      && arch_data_find(arch_data_office_words, arch_data_office_words_count, t->z,
                        (size_t)t->n)!=0;
}

static int find_comma(const Toks *p){
  int i;
  for(i=0; i<p->n && !p->a[i].comma; i++){}
  return i;
}

/* Is token t Latin, written with a capital and a small letter after it ("Lord", not "lord",
** "LORD" or "위원장")? */
static int capitalized_latin(const Toks *p, const Tok *t){
  const char *z = p->zText ? p->zText + t->iStart : 0;
  return z && t->script==SCRIPT_LATIN && t->iEnd-t->iStart>=2 && z[0]>='A' && z[0]<='Z'
      && z[1]>='a' && z[1]<='z';
}

/* The bytes of the last k characters of a Han or Hangul token t: Han is kept as written,
** Hangul romanized with '-' between syllables. */
static const char *kept_script_tail(const Tok *t, int k, int *pn){
  int i = t->n, nSep = 0;
  if( t->script==SCRIPT_HAN ){
    *pn = 3*k;                                     /* every Han character is 3 bytes */
    return t->z + t->n - 3*k;
  }
  while( i>0 && nSep<k ){ if( t->z[--i]=='-' ) nSep++; }
  if( nSep<k ) return 0;
  *pn = t->n - i - 1;
  return t->z + i + 1;
}

/* A Han or Hangul name with its title after it in one word ("金日成同志", "周恩来总理";
** "김일성동지" as North Korean spelling writes it): the title becomes a token of its own, to
** be stripped like one written apart. The longest title of name_titles.tsv that ends the word
** is cut, and two characters at least stay with the name. */
static void split_title_suffix(const NameAuthority *pAuth, Toks *p){
  Tok *t, *pTitle;
  int k, nTail;
  const char *zTail;
  if( p->n==0 || p->n>=NAMES_MAX_TOKENS ) return;
  t = &p->a[p->n-1];
  if( t->script!=SCRIPT_HAN && t->script!=SCRIPT_HANGUL ) return;
  if( t->iEnd-t->iStart!=3*(size_t)t->nLetters ) return;   /* a dash or mark inside it */
  for(k = t->nLetters-2<4 ? t->nLetters-2 : 4; k>0; k--){
    zTail = kept_script_tail(t, k, &nTail);
    if( zTail==0 || !(names_map_get(&pAuth->titles, zTail, (size_t)nTail, 0) & TITLE_AFTER) ){
      continue;
    }
    pTitle = &p->a[p->n++];
    *pTitle = *t;
    memmove(pTitle->z, zTail, (size_t)nTail);
    pTitle->z[pTitle->n = nTail] = 0;
    pTitle->nLetters = k;
    pTitle->nSyllable = t->script==SCRIPT_HANGUL ? k : 0;
    pTitle->iStart = t->iEnd - 3*(size_t)k;
    t->n = (int)(zTail - t->z) - (t->script==SCRIPT_HANGUL);    /* and its '-' */
    t->z[t->n] = 0;
    t->nLetters -= k;
    if( t->script==SCRIPT_HANGUL ) t->nSyllable -= k;
    t->iEnd = t->iLetterEnd = pTitle->iStart;
    return;
  }
}

int names_strip_titles(const NameAuthority *pAuth, Toks *p){
  int k, stripped = 0, iComma;
  split_title_suffix(pAuth, p);
  /* a capitalized title word before the comma of "Surname, Given", a given name after it, is
  ** the surname: "Lord, Winston", "Major, John", "King, Martin Luther" */
  while( p->n>0 && (k = names_title_at(pAuth, p, 0, p->n, TITLE_BEFORE))>0 && k<p->n
      && !(p->a[k].comma && k==1 && k+1<p->n && capitalized_latin(p, &p->a[0])
           && capitalized_latin(p, &p->a[k+1])) ){
    drop_tokens(p, 0, k);
    stripped = 1;
  }
  while( p->n>0 && (k = names_title_at(pAuth, p, 0, p->n, TITLE_AFTER))>0 && k<p->n ){
    p->n -= k;
    stripped = 1;
  }
  if( (iComma = find_comma(p))<p->n ){
    int c;
    /* a title after a comma of a full name, alone or with what it is of, is the person's
    ** office, not a given name: "Kim Il Sung, Premier", "Mao Zedong, Chairman of the CCP",
    ** "Gromyko, Andrei, Minister of Foreign Affairs", "Tito, President of Yugoslavia" (not
    ** "Lord, Winston": no title after it; a name of one word keeps a title alone:
    ** "Charlemagne, Emperor" is Emperor Charlemagne, as the heading has it) */
    for(c=iComma; c<p->n; c++){
      if( c>0 && p->a[c].comma && c+1<p->n
       && (k = names_title_at(pAuth, p, c+1, p->n, TITLE_EITHER))>0
       && ((c>1 && c+1+k==p->n) || (c+1+k<p->n && office_of(&p->a[c+1+k]))) ){
        p->n = c;
        stripped = 1;
        break;
      }
    }
    while( iComma+1<p->n && (k = names_title_at(pAuth, p, iComma+1, p->n, TITLE_BEFORE))>0
        && iComma+1+k<p->n ){
      drop_tokens(p, iComma+1, k);
      stripped = 1;
    }
  }
  return stripped;
}

void names_undo_inversion(Toks *p){
  Tok a[NAMES_MAX_TOKENS];
  int iComma = find_comma(p), nAfter, nBefore, i;
  if( iComma<p->n ){
    nBefore = iComma;
    nAfter = p->n - iComma - 1;
    if( nBefore==0 || nAfter==0 ){
      drop_tokens(p, iComma, 1);
    }else{
      memcpy(a, &p->a[iComma+1], sizeof(Tok)*(size_t)nAfter);
      memcpy(a+nAfter, &p->a[0], sizeof(Tok)*(size_t)nBefore);
      memcpy(p->a, a, sizeof(Tok)*(size_t)(nAfter+nBefore));
      p->n = nAfter + nBefore;
      p->nInverted = nBefore;
    }
  }
  for(i=0; i<p->n; i++){
    if( p->a[i].comma ) drop_tokens(p, i--, 1);
  }
}

/* Is token t a Russian patronymic as the languages that keep the Russian suffix write it
** (-ovich, -evna, -itsch, -ovics...), not the Polish -owicz, -ewicz of surnames (Cyrankiewicz)? */
static int russian_patronymic(const Tok *t){
  return names_is_patronymic(t) && !names_ends_with(t->z, t->n, "wicz")
      && !names_ends_with(t->z, t->n, "owna") && !names_ends_with(t->z, t->n, "ewna");
}

/* Is token t a word of letters, no initial, in a script with case (Latin or Cyrillic)? */
static int plain_word(const Tok *t){
  return t->script==SCRIPT_LATIN && !t->comma && !names_is_initial(t) && t->n>=2;
}

/* Catalogues in French, Polish and Hungarian style, and lists of delegations, write the family
** name first in capitals: "GOMUŁKA Władysław", "ULBRICHT Walter", "ХРУЩЕВ Никита
** Сергеевич". A first word of two or more capitals, before words that are not all capitals
** and begin with one, goes last ("Władysław GOMUŁKA"). Not a name in capitals throughout
** ("KIM IL SUNG"), nor one initial or one word ("KHRUSHCHEV"), nor a Korean, Chinese or
** Vietnamese family name, which the readings of those names take first anyway ("LE Duan"). */
void names_capitals_last(const NameAuthority *pAuth, Toks *p){
  Tok t;
  int i, nWord;
  if( p->n<2 || p->nInverted>0 || !p->zText ) return;
  /* East Asian names are family first already, and read so ("MAO Zedong", "PARK Chung Hee") */
  if( names_word_class(pAuth, p->a[0].z, p->a[0].n) & WORD_SURNAME ) return;
  if( names_is_korean_surname(pAuth, p->a[0].z, p->a[0].n)>=0
   || names_is_chinese_surname(pAuth, p->a[0].z, p->a[0].n)
   || names_is_vietnamese_surname(p->a[0].z, p->a[0].n) ){
    return;
  }
  if( !p->a[0].caps || p->a[0].nLetters<2 || names_is_initial(&p->a[0])
   || (p->a[0].written!=SCRIPT_LATIN && p->a[0].written!=SCRIPT_CYRILLIC) ){
    return;                                          /* Han and Hangul have no capitals */
  }
  for(i=1, nWord=0; i<p->n; i++){                 /* initials may follow the given name */
    const Tok *q = &p->a[i];
    if( q->comma || q->iEnd<=q->iStart ) return;
    if( names_is_initial(q) ) continue;
    if( q->caps || q->nLetters<2 ) return;
    nWord++;
  }
  if( nWord==0 ) return;                              /* "KHRUSHCHEV N.S.": initials_first */
  t = p->a[0];
  memmove(&p->a[0], &p->a[1], sizeof(Tok)*(size_t)(p->n-1));
  p->a[p->n-1] = t;
}

/* Russian lists and registers write a person family first without a comma: "Хрущев Никита
** Сергеевич", "Gromyko Andrei Andreevich". Three words, the last a Russian patronymic, the
** second a given name people bear, the first none: the family name goes last ("Nikita
** Sergeevich Khrushchev"). Not "Nikita Sergeevich Khrushchev" (the second word is no given
** name), not "Józef Adam Cyrankiewicz" (-wicz is a Polish surname, and Józef a given name). */
void names_patronymic_last(const NameAuthority *pAuth, Toks *p){
  Tok t;
  if( p->n!=3 || p->nInverted>0 ) return;
  if( !plain_word(&p->a[0]) || !plain_word(&p->a[1]) || !plain_word(&p->a[2]) ) return;
  if( !russian_patronymic(&p->a[2]) || names_is_patronymic(&p->a[0])
   || names_is_patronymic(&p->a[1]) ) return;
  if( !(names_word_class(pAuth, p->a[1].z, p->a[1].n) & WORD_GIVEN)
   || (names_word_class(pAuth, p->a[0].z, p->a[0].n) & WORD_GIVEN) ){
    return;
  }
  t = p->a[0];
  memmove(&p->a[0], &p->a[1], sizeof(Tok)*2);
  p->a[2] = t;
}

/* Hungarian writes the family name first without a comma: "Kádár János", "Szamuely Tibor".
** Two words, the second a given name only Hungarian writes so (given_names.tsv 1: not Péter,
** which English reads as Peter), the first no given name nor an East Asian family name: the
** family name goes last. Not "János Kádár" (the first word is a given name). */
void names_given_after_last(const NameAuthority *pAuth, Toks *p){
  Tok t;
  int bits;
  if( p->n!=2 || p->nInverted>0 ) return;
  if( !plain_word(&p->a[0]) || !plain_word(&p->a[1]) ) return;
  bits = names_word_class(pAuth, p->a[0].z, p->a[0].n);
  if( !(names_word_class(pAuth, p->a[1].z, p->a[1].n) & WORD_GIVEN_AFTER)
   || (bits & (WORD_GIVEN|WORD_SURNAME))
   || names_is_korean_surname(pAuth, p->a[0].z, p->a[0].n)>=0
   || names_is_chinese_surname(pAuth, p->a[0].z, p->a[0].n)
   || names_is_vietnamese_surname(p->a[0].z, p->a[0].n) ){
    return;
  }
  t = p->a[0];
  p->a[0] = p->a[1];
  p->a[1] = t;
}

/* Is there a quotation mark (", ', “ ” ‘ ’ « » „) in z[from..to), and nothing but spaces? */
static int only_quote(const char *z, size_t from, size_t to){
  int nQuote = 0;
  while( from<to ){
    uint32_t cp;
    int len;
    if( z[from]==' ' ){ from++; continue; }
    if( z[from]=='"' || z[from]=='\'' ){ nQuote++; from++; continue; }
    len = text_utf8_decode((const unsigned char*)z+from, to-from, &cp);
    if( len<=0 || !((cp>=0x2018 && cp<=0x201E) || cp==0xAB || cp==0xBB) ) return 0;
    nQuote++;
    from += (size_t)len;
  }
  return nQuote==1;
}

/* A nickname in quotation marks between a name's words is no part of its key: 'Joseph "Joe"
** Stalin' is Joseph Stalin, 'Nikolai "Kolya" Petrov' Nikolai Petrov. One word, neither the
** first nor the last, with a mark before it and after it. */
void names_drop_nickname(Toks *p){
  int i;
  if( p->n<3 || !p->zText ) return;
  for(i=1; i<p->n-1; i++){
    const Tok *t = &p->a[i];
    if( t->comma || p->a[i-1].comma || p->a[i+1].comma
     || t->iStart<=p->a[i-1].iEnd || p->a[i+1].iStart<=t->iEnd ) continue;
    if( only_quote(p->zText, p->a[i-1].iEnd, t->iStart)
     && only_quote(p->zText, t->iEnd, p->a[i+1].iStart) ){
      memmove(&p->a[i], &p->a[i+1], sizeof(Tok)*(size_t)(p->n-i-1));
      p->n--;
      return;
    }
  }
}

void names_family_first(Toks *p){
  Tok a[NAMES_MAX_TOKENS];
  int nBefore = p->nInverted, nAfter = p->n - p->nInverted;
  if( nBefore<=0 || nAfter<=0 ) return;
  memcpy(a, &p->a[nAfter], sizeof(Tok)*(size_t)nBefore);
  memmove(&p->a[nBefore], &p->a[0], sizeof(Tok)*(size_t)nAfter);
  memcpy(&p->a[0], a, sizeof(Tok)*(size_t)nBefore);
  p->nInverted = 0;
}

void names_initials_first(Toks *p){
  Tok a[NAMES_MAX_TOKENS];
  int nInitial = 0, nPeriod = 0;
  while( nInitial<p->n && names_is_initial(&p->a[p->n-1-nInitial]) ){
    nPeriod += p->a[p->n-1-nInitial].period;
    nInitial++;
  }
  /* "Ustinov D.F." and "Ustinov D F", but not a Wade-Giles syllable ("Ch'en I") */
  if( nInitial==0 || nInitial==p->n || (nPeriod==0 && nInitial<2) ) return;
  memcpy(a, &p->a[p->n-nInitial], sizeof(Tok)*(size_t)nInitial);
  memmove(&p->a[nInitial], &p->a[0], sizeof(Tok)*(size_t)(p->n-nInitial));
  memcpy(&p->a[0], a, sizeof(Tok)*(size_t)nInitial);
}

int names_ends_with(const char *z, int n, const char *zSuffix){
  int k = (int)strlen(zSuffix);
  return n>k && memcmp(z+n-k, zSuffix, (size_t)k)==0;
}

int names_is_patronymic_word(const char *z, int n){
  /* Russian, and as German (-witsch), Polish (-owicz), French (-ovitch) and Hungarian (-ovics)
  ** write it; not German given names in -rich (Dietrich, Heinrich, Ulrich, Erich) */
  static const char *const azSuffix[] = {
    "ovich", "evich", "ovych", "evych", "ovna", "evna", "ichna", "yich", "ich", "itsch",
    "itch", "owicz", "ewicz", "owna", "ewna", "ovics", "evics", "ovits"
  };
  size_t i;
  if( n==5 && memcmp(z, "ilich", 5)==0 ) return 1;  /* Ильич, the son of Ilya: five letters */
  if( n<6 ) return 0;
  /* every ending above ends in h, a, z or s: most words are told by their last letter */
  if( z[n-1]!='h' && z[n-1]!='a' && z[n-1]!='z' && z[n-1]!='s' ) return 0;
  if( names_ends_with(z, n, "rich") ) return 0;
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    if( names_ends_with(z, n, azSuffix[i]) ) return 1;
  }
  return 0;
}

int names_is_patronymic(const Tok *t){
  return names_is_patronymic_word(t->z, t->n);
}

/* The next word of a space-separated list from *pz: its length, with *pz moved past it. */
static int next_given(const char **pz, const char **pzWord){
  const char *z = *pz;
  int n;
  while( *z==' ' ) z++;
  *pzWord = z;
  for(n=0; z[n] && z[n]!=' '; n++){}
  *pz = z+n;
  return n;
}

/* Does an initial (a one-letter word) stand for a word beginning with letter c? The initial J
** stands for the J of John and for the Y of Yuri, whom Slavic spellings write with J (Jurij). */
static int initial_fits(char cInitial, char c){
  if( cInitial==c ) return 1;
  return (cInitial=='j' && c=='y') || (cInitial=='y' && c=='j');
}

NameMatch names_given_relation(const char *zA, const char *zB){
  const char *a = zA, *b = zB, *wa, *wb;
  int na = next_given(&a, &wa), nb = next_given(&b, &wb), uncovered = 0;
  while( na>0 || nb>0 ){
    if( na>0 && nb>0 ){
      if( (na==nb && memcmp(wa, wb, (size_t)na)==0)
       || ((na==1 || nb==1) && initial_fits(wa[0], wb[0])) ){
        na = next_given(&a, &wa);
        nb = next_given(&b, &wb);
        continue;
      }
      return NAME_DIFFERENT;
    }
    if( (na>0 ? na : nb)>1 ) uncovered = 1;               /* a given name left over */
    if( na>0 ) na = next_given(&a, &wa); else nb = next_given(&b, &wb);
  }
  return uncovered ? NAME_PARTIAL : NAME_SAME;
}

int names_initials_fit(const char *zInitials, const char *zGiven){
  const char *a = zInitials, *b = zGiven;
  while( *a && *b ){
    if( !initial_fits(*a, *b) ) return 0;
    while( *a && *a!=' ' ) a++;
    while( *b && *b!=' ' ) b++;
    while( *a==' ' ) a++;
    while( *b==' ' ) b++;
  }
  return 1;
}

/* Does a Latin token begin with a lower-case ASCII letter? */
static int begins_lower(const char *z, const Tok *t){
  return t->script==SCRIPT_LATIN && z[t->iStart]>='a' && z[t->iStart]<='z';
}

/* Is token t a Roman numeral in capitals, as a ruler's or pope's ("John Paul II")? */
static int is_roman_numeral(const char *z, const Tok *t){
  size_t i;
  for(i=t->iStart; i<t->iEnd; i++){
    if( !strchr("IVXL", z[i]) ) return 0;
  }
  return t->iEnd>t->iStart;
}

/* Is the last token of p a ruler's number: a Roman numeral written in capitals, without a
** period, after a name ("Farouk I", "Pius XII", "John Paul II", "Mohammed V")? A one-letter
** numeral is an initial when the name has another ("Ivanov V I"). */
int names_is_regnal(const Toks *p, int i){
  const Tok *t = &p->a[i];
  size_t k;
  int j;
  if( i==0 || i!=p->n-1 || t->period || p->zText==0 || t->iEnd-t->iStart>=8 ) return 0;
  for(k=t->iStart; k<t->iEnd; k++){
    if( !strchr("IVXL", p->zText[k]) ) return 0;
  }
  if( t->iEnd-t->iStart==1 ){
    for(j=0; j<i; j++) if( names_is_initial(&p->a[j]) ) return 0;
  }
  return t->iEnd>t->iStart;
}

void names_build_display(const char *z, const Toks *p, char *out, int nOut){
  int o = 0, i, allLower = 1;
  for(i=0; i<p->n; i++) allLower &= begins_lower(z, &p->a[i]);
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    const char *zw = z + t->iStart;
    int nw = (int)(t->iEnd - t->iStart), k, upper = 1;
    int initial = names_is_initial(t) && !names_is_regnal(p, i);
    /* a name written in capitals or in lower case is written as names are; a particle in
    ** lower case among capitalized words stays so ("Afonso Arinos de Melo Franco") */
    int recase = (t->caps && !(i>0 && is_roman_numeral(z, t)))
              || (allLower && begins_lower(z, t));
    if( o>0 && !(initial && i>0 && names_is_initial(&p->a[i-1])) ){
      if( o+1>=nOut ) break;
      out[o++] = ' ';
    }
    if( o+nw+2>=nOut ) break;                       /* whole words only: never a cut character */
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
  while( o>0 && out[o-1]==' ' ) o--;
  out[o] = 0;
}

size_t names_possessive_at(const char *zText, size_t start, size_t end){
  const unsigned char *z = (const unsigned char*)zText;
  if( end-start>2 && z[end-1]=='s' ){
    uint32_t cp;
    size_t k = end-2;
    while( k>start && (z[k]&0xC0)==0x80 ) k--;
    text_utf8_decode(z+k, end-1-k, &cp);
    if( text_is_apostrophe(cp) && k>start ) return k;
  }
  return end;
}
