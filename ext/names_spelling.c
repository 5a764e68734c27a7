/*
** names_spelling.c: the spelling layer of the name engine (names.h, names_int.h).
**
** The same name is spelled many ways; this layer folds the spellings of each culture into one:
**
**   Korean   a surname of ext/data/korean_surnames.tsv and one to three syllables, each folded
**            to the classes McCune-Reischauer, Revised and press romanizations share (eo/ŏ/o/u/eu,
**            k/g, t/d, p/b, ch/j, s/sh, r/l); syllables joined, hyphenated or spaced alike.
**   Chinese  a surname of chinese_surnames.tsv and a given name of one to three syllables, in
**            pinyin (joined pinyin split by pinyin.tsv) or Wade-Giles (wade_giles.tsv: Mao
**            Tse-tung = Mao Zedong, Teng Hsiao-p'ing = Deng Xiaoping).
**   Han      characters only the authority knows: the key is the characters.
**   Vietnamese  names_vietnamese.c.
**   Western  given names or initials, then the family name; patronymics dropped; each word's
**            renderings in other languages folded into one (names_western.c).
**
** names_read_parts() tries them in that order (Han, Korean, Chinese, Vietnamese, Western).
*/
#include "names_int.h"

/* Append word w to z (space-separated); 0 when it does not fit in nMax bytes. */
static int append_word(char *z, int nMax, const char *w){
  int n = (int)strlen(z), k = (int)strlen(w);
  if( n+(n>0)+k>=nMax ) return 0;
  if( n>0 ) z[n++] = ' ';
  memcpy(z+n, w, (size_t)k+1);
  return 1;
}

static void clear_parts(NameInfo *p){
  p->family[0] = p->given[0] = 0;
  p->nGiven = p->initialsOnly = 0;
  p->culture = NAME_WESTERN;
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

/* Fold the pieces of token z (separated by '-') onto given; returns syllables, or -1. */
static int korean_token(const char *z, char *given, int nGiven){
  int nSyl = 0;
  while( *z ){
    const char *zEnd = strchr(z, '-');
    int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
    int k = nz>0 ? korean_piece(z, nz, given, nGiven) : 0;
    if( k<0 ) return -1;
    nSyl += k;
    z += nz + (zEnd!=0);
  }
  return nSyl;
}

int names_is_korean_surname(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->koreanSurnames, z, n, -1);
}

/* "김일성" is one token of up to four syllables: the first is the family name. */
static int parts_hangul_word(const NameAuthority *pAuth, const Tok *t, NameInfo *pOut){
  const char *zDash = strchr(t->z, '-');
  int v = names_is_korean_surname(pAuth, t->z, (int)(zDash - t->z)), nSyl;
  if( v<0 ) return 0;
  strcpy(pOut->family, pAuth->aCanon[v]);
  nSyl = korean_token(zDash+1, pOut->given, sizeof(pOut->given));
  if( nSyl<1 || nSyl>3 ) return 0;
  pOut->nGiven = 1;
  pOut->culture = NAME_KOREAN;
  return 1;
}

/* Korean: a known surname first (or last: "Il Sung Kim"), then one to three syllables. */
static int parts_korean(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int iFamily = -1, i, nSyl = 0, v;
  char given[64];
  if( p->n<1 || p->n>4 ) return 0;
  for(i=0; i<p->n; i++) if( p->a[i].n==1 && !p->a[i].period && p->n>1 ) return 0;
  if( names_is_korean_surname(pAuth, p->a[0].z, p->a[0].n)>=0 ){
    iFamily = 0;
  }else if( p->n>1 && names_is_korean_surname(pAuth, p->a[p->n-1].z, p->a[p->n-1].n)>=0 ){
    iFamily = p->n-1;
  }
  if( iFamily<0 ){
    if( p->n==1 && p->a[0].script==SCRIPT_HANGUL && p->a[0].nSyllable>=2 ){
      return parts_hangul_word(pAuth, &p->a[0], pOut);
    }
    return 0;
  }
  v = names_is_korean_surname(pAuth, p->a[iFamily].z, p->a[iFamily].n);
  given[0] = 0;
  for(i=0; i<p->n; i++){
    int k;
    if( i==iFamily ) continue;
    if( (k = korean_token(p->a[i].z, given, sizeof(given)))<0 ) return 0;
    nSyl += k;
  }
  if( nSyl>3 || (nSyl==0 && p->n>1) ) return 0;
  strcpy(pOut->family, pAuth->aCanon[v]);
  strcpy(pOut->given, given);
  pOut->nGiven = nSyl>0;
  pOut->culture = NAME_KOREAN;
  return 1;
}

/* ---------------------------------------------------------------- Chinese syllables */

/* Pinyin of a syllable in Wade-Giles, or 0. */
static const char *wade_giles(const NameAuthority *pAuth, const char *z, int n){
  int v = names_map_get(&pAuth->wadeGiles, z, n, -1);
  return v>=0 ? pAuth->aCanon[v] : 0;
}

static int is_pinyin(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->pinyin, z, n, 0);
}

int names_is_chinese_surname(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->chineseSurnames, z, n, 0);
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

/* Is this name written in Wade-Giles? An apostrophe, a hyphen in the given name, or a
** syllable Wade-Giles knows and pinyin does not ("hsiao", "tse"). */
static int is_wade_giles(const NameAuthority *pAuth, const Toks *p){
  int i;
  for(i=0; i<p->n; i++){
    const char *z = p->a[i].z;
    if( strchr(z, '\'') || (i>0 && strchr(z, '-')) ) return 1;
  }
  for(i=0; i<p->n; i++){
    const char *z = p->a[i].z;
    while( *z ){
      const char *zEnd = strchr(z, '-');
      int nz = zEnd ? (int)(zEnd - z) : (int)strlen(z);
      if( wade_giles(pAuth, z, nz) && !is_pinyin(pAuth, z, nz) ) return 1;
      z += nz + (zEnd!=0);
    }
  }
  return 0;
}

/* Chinese: a surname, then a given name of one or two syllables, in pinyin or Wade-Giles. */
static int parts_chinese(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int i, wg, nSyl = 0;
  char family[NAMES_TOKEN_BYTES];
  if( p->n<2 || p->n>3 ) return 0;
  for(i=0; i<p->n; i++){
    if( p->a[i].n<2 || p->a[i].script!=SCRIPT_LATIN ) return 0;
  }
  wg = is_wade_giles(pAuth, p);
  if( wg ){
    const char *zPin = wade_giles(pAuth, p->a[0].z, p->a[0].n);
    if( !zPin ) return 0;
    strcpy(family, zPin);
  }else{
    memcpy(family, p->a[0].z, (size_t)p->a[0].n+1);
  }
  if( !names_is_chinese_surname(pAuth, family, (int)strlen(family)) ) return 0;
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
static int parts_western(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int i, nWord = 0;
  (void)pAuth;
  if( p->n==0 ) return 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    char w[NAMES_TOKEN_BYTES];
    int n = t->n;
    if( t->script==SCRIPT_HAN ) return 0;
    memcpy(w, t->z, (size_t)n+1);
    if( i==p->n-1 ){
      if( n==1 ) return 0;                    /* "Kennan, G." reversed to "G. Kennan" is fine */
      names_fold_western(w, n, NAMES_TOKEN_BYTES);
      strcpy(pOut->family, w);
      break;
    }
    if( p->n>=3 && i>0 && names_is_patronymic(t) ) continue;
    if( n==1 ){
      /* as names_fold_western() writes a given name's J- as Y- (Jurij = Yuri), so its initial */
      w[0] = w[0]=='j' ? 'y' : w[0];
    }else{
      names_fold_western(w, n, NAMES_TOKEN_BYTES);
      nWord++;
    }
    if( !append_word(pOut->given, sizeof(pOut->given), w) ) return 0;
    pOut->nGiven++;
  }
  pOut->initialsOnly = pOut->nGiven>0 && nWord==0;
  pOut->culture = NAME_WESTERN;
  return pOut->family[0]!=0;
}

/* Han characters: only the authority knows them; the key is the characters. */
static int parts_han(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int i;
  (void)pAuth;
  for(i=0; i<p->n; i++){
    if( p->a[i].script!=SCRIPT_HAN ) return 0;
    if( !append_word(pOut->family, sizeof(pOut->family), p->a[i].z) ) return 0;
  }
  pOut->culture = NAME_HAN;
  return p->n>0;
}

int names_read_parts(const NameAuthority *pAuth, const Toks *p, NameInfo *pInfo){
  int (*const aCulture[])(const NameAuthority*, const Toks*, NameInfo*) = {
    parts_han, parts_korean, parts_chinese, names_parts_vietnamese, parts_western
  };
  size_t i;
  for(i=0; i<sizeof(aCulture)/sizeof(aCulture[0]); i++){
    clear_parts(pInfo);
    if( aCulture[i](pAuth, p, pInfo) ) return 1;
  }
  clear_parts(pInfo);
  return 0;
}
