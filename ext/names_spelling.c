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
**   East Asian, unread  a Korean or Chinese family name before a given name hyphenated as
**            the press writes it, in syllables no romanization above reads ("Chiang Kai-shek",
**            "Choi Kyu-hah"): family first, the syllables as written, never Western.
** names_read_parts() tries them in that order (Han, Korean, Chinese, Vietnamese, East Asian
** unread, Western).
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
  p->family[0] = p->given[0] = p->patronymic[0] = 0;
  p->nGiven = p->initialsOnly = p->particled = p->patronymicOnly = p->familyInverted = 0;
  p->suffix[0] = 0;
  p->culture = NAME_WESTERN;
}

/* ---------------------------------------------------------------- Korean syllables */

/* The class of a syllable's final consonant z[0..n) (the rest of the syllable after its vowel):
** k/g, t/d/s, p/b, l/r merged; "" for none; 0 when z is no final. */
static const char *korean_final(const char *z, int n){
  if( n==0 ) return "";
  if( n==2 ) return z[0]=='n' && z[1]=='g' ? "ng" : z[0]=='c' && z[1]=='k' ? "k" : 0;
  if( n!=1 ) return 0;
  switch( z[0] ){
    case 'k': case 'g': return "k";
    case 't': case 'd': case 's': return "t";
    case 'p': case 'b': return "p";
    case 'l': case 'r': return "l";
    case 'n': return "n";
    case 'm': return "m";
  }
  return 0;
}

/* Fold one romanized Korean syllable (any system) to its class string: initials k/g, t/d,
** p/b, ch/j, s/sh, r/l merged; vowels eo/o/u/eu merged, yeo/yo/yu, ae/e, wae/oe/we, ŭi/ui/i
** (희 is hŭi, hui, and in the press hee or hi: "Kim Kyong-hui", "Kim Kyung-hee"); finals
** k/g, t/d/s, p/b, l/r. The press's spellings fold with them: th and ph for the aspirated
** t' and p' (the North's "Jang Song-thaek", "Pak Pong-ju"), wh for hw ("Chung-whan"), you for
** yeo ("Kim Young-sam"), ck for a final k ("Sang-ock", "Duck-woo"). Returns the length
** written to out, or -1 when z is no syllable. */
static int korean_syllable(const char *z, int n, char *out){
  typedef struct Jamo { const char *zIn; unsigned char nIn; const char *zOut; } Jamo;
  /* Grouped by first letter, longest spellings first within a group: aInitialAt[c-'a'] and
  ** aInitialAt[c-'a'+1] bound the group of letter c (aVowelAt the same for aVowel). "" (no
  ** initial) is tried after the group. */
  static const Jamo aInitial[] = {
    {"b",1,"b"}, {"ch",2,"j"}, {"d",1,"d"}, {"g",1,"g"}, {"h",1,"h"}, {"jj",2,"j"},
    {"j",1,"j"}, {"kk",2,"g"}, {"k",1,"g"}, {"l",1,"r"}, {"m",1,"m"}, {"n",1,"n"},
    {"pp",2,"b"}, {"ph",2,"b"}, {"p",1,"b"}, {"r",1,"r"}, {"ss",2,"s"}, {"sh",2,"s"},
    {"s",1,"s"}, {"tch",3,"j"}, {"tt",2,"d"}, {"th",2,"d"}, {"t",1,"d"}, {"wh",2,"hw"},
    {"",0,""},
  };
  static const unsigned char aInitialAt[27] = {
  /* a  b  c  d  e  f  g  h  i  j  k  l   m   n   o   p   q   r   s   t   u   v   w   x   y */
     0, 0, 1, 2, 3, 3, 3, 4, 5, 5, 7, 9, 10, 11, 12, 12, 15, 15, 16, 19, 23, 23, 23, 24, 24,
  /* z  end */
     24, 24,
  };
  static const Jamo aVowel[] = {
    {"ae",2,"e"}, {"a",1,"a"}, {"eui",3,"i"}, {"eo",2,"o"}, {"eu",2,"o"}, {"ee",2,"i"},
    {"ei",2,"e"}, {"e",1,"e"}, {"i",1,"i"}, {"oe",2,"we"}, {"ou",2,"o"}, {"oo",2,"o"},
    {"o",1,"o"}, {"ui",2,"i"}, {"u",1,"o"}, {"wae",3,"we"}, {"weo",3,"wo"}, {"woo",3,"o"},
    {"wa",2,"wa"}, {"wo",2,"wo"}, {"we",2,"we"}, {"wi",2,"wi"}, {"yae",3,"ye"},
    {"yeo",3,"yo"}, {"you",3,"yo"}, {"ya",2,"ya"}, {"ye",2,"ye"}, {"yo",2,"yo"},
    {"yu",2,"yo"},
  };
  static const unsigned char aVowelAt[27] = {
  /* a  b  c  d  e  f  g  h  i  j  k  l  m  n  o  p   q   r   s   t   u   v   w   x   y */
     0, 2, 2, 2, 2, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 13, 13, 13, 13, 13, 13, 15, 15, 22, 22,
  /* z   end */
     29, 29,
  };
  char s[16];
  const char *zFinal;
  int m = 0, i, a, aEnd, b;
  for(i=0; i<n; i++){                                 /* drop MR's apostrophes */
    if( z[i]=='\'' ) continue;
    if( m>=15 ) return -1;
    s[m++] = z[i];
  }
  s[m] = 0;
  if( m==0 || s[0]<'a' || s[0]>'z' ) return -1;
  a = aInitialAt[s[0]-'a'];
  aEnd = aInitialAt[s[0]-'a'+1];
  for(;; a++){
    const Jamo *pI;
    int na;
    if( a==aEnd ) a = (int)(sizeof(aInitial)/sizeof(aInitial[0])) - 1;    /* no initial */
    pI = &aInitial[a];
    na = pI->nIn;
    if( na<=m && memcmp(s, pI->zIn, (size_t)na)==0 && s[na]>='a' && s[na]<='z' ){
      for(b=aVowelAt[s[na]-'a']; b<aVowelAt[s[na]-'a'+1]; b++){
        const Jamo *pV = &aVowel[b];
        int nb = pV->nIn;
        if( na+nb>m || memcmp(s+na, pV->zIn, (size_t)nb)!=0 ) continue;
        if( (zFinal = korean_final(s+na+nb, m-na-nb))==0 ) continue;
        i = 0;
        for(const char *zo = pI->zOut; *zo; ) out[i++] = *zo++;
        for(const char *zo = pV->zOut; *zo; ) out[i++] = *zo++;
        for(const char *zo = zFinal; *zo; ) out[i++] = *zo++;
        out[i] = 0;
        return i;
      }
    }
    if( na==0 ) return -1;
  }
}

/* Fold a Korean given name's piece: one syllable, or two written together ("Ilsung": the
** longest first syllable that leaves a syllable). A consonant between two vowels begins the
** second syllable, as the hyphenated form writes it ("Tubong" is Tu-bong, not Tub-ong; "Honyong"
** Hon-yong): a second syllable that begins with a vowel is read only when no other split is,
** and never in a piece with an apostrophe. Appends to out; returns syllables, or -1. */
static int korean_piece(const char *z, int n, char *out, int nOut){
  char a[16], b[16];
  int k, na, nb, pass;
  if( n==2 && memcmp(z, "ii", 2)==0 ){ z = "il"; }     /* OCR: "Kim II Sung" */
  if( (na = korean_syllable(z, n, a))>0 ){
    if( (int)strlen(out)+na>=nOut ) return -1;
    strcat(out, a);
    return 1;
  }
  /* German writes the ch and j of a syllable tsch and dsch, Dutch tj ("Kim Tschong Il", "Kim
  ** Dschong Il", "Kim Tjong Il"): read as the romanizations write them */
  if( n>=5 && n<12 && (memcmp(z, "tsch", 4)==0 || memcmp(z, "dsch", 4)==0
                       || (memcmp(z, "tj", 2)==0 && strchr("aeiou", z[2]))) ){
    char g[16];
    int skip = z[1]=='j' ? 2 : 4;
    memcpy(g, z[0]=='d' ? "j" : "ch", z[0]=='d' ? 1 : 2);
    memcpy(g + (z[0]=='d' ? 1 : 2), z+skip, (size_t)(n-skip));
    if( (na = korean_syllable(g, (z[0]=='d' ? 1 : 2) + n-skip, a))>0 ){
      if( (int)strlen(out)+na>=nOut ) return -1;
      strcat(out, a);
      return 1;
    }
  }
  for(pass=0; pass<2; pass++){
    /* a second syllable that begins with a vowel, in a piece with an apostrophe, is no
    ** Korean reading: McCune-Reischauer hyphenates the syllables it marks ("Ch'ang-ik"), and
    ** a word run together with the mark is one syllable of Wade-Giles ("Li Ch'iang") */
    if( pass==1 && memchr(z, '\'', (size_t)n) ) break;
    for(k=n-1; k>=1; k--){
      if( pass==0 && strchr("aeiou'", z[k]) ) continue;
      if( (na = korean_syllable(z, k, a))>0 && (nb = korean_syllable(z+k, n-k, b))>0 ){
        if( (int)strlen(out)+na+nb>=nOut ) return -1;
        strcat(out, a);
        strcat(out, b);
        return 2;
      }
    }
  }
  return -1;
}

/* Fold the pieces of token t from its byte `from` onto given; returns syllables, or -1. A
** piece may hold two syllables written together ("Ilsung") only when the token is one piece:
** hyphens and capitals part every syllable ("Il-sung", "IlSung"). */
static int korean_pieces(const Tok *t, int from, char *given, int nGiven){
  int nSyl = 0, i = from, start, n, nPiece = 0;
  while( (n = names_next_piece(t, &i, &start, 1))>0 ){
    int k = korean_piece(t->z+start, n, given, nGiven);
    if( k<0 || (k>1 && (nPiece>0 || i<t->n)) ) return -1;
    nSyl += k;
    nPiece++;
  }
  return nSyl;
}

int names_is_korean_surname(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->koreanSurnames, z, n, -1);
}

/* Is the whole of token t a Korean surname? Its canonical index, or -1. */
static int korean_surname_token(const NameAuthority *pAuth, const Tok *t){
  return names_is_korean_surname(pAuth, t->z, t->n);
}

/* Where the family name of a Korean name is: 0 when it begins the first word ("Kim Il Sung",
** "Kang-Ryang-Uk", 김일성), 1 when it is the last word, -1 when neither. The last word is the
** family name when the name was written "Pak, Mun-gyu" (turned round), after a hyphenated given
** name ("Mun-gyu Pak"), or after a first word that is no family name of East Asia ("Il Sung
** Kim"; not in Cyrillic, which writes a Korean name family first: "Письмо Ким Ир Сена" is a
** letter of Kim Il Sung's, no Korean "Kim Bitmo"). *pv is its canonical index, *pFrom where
** the given name begins in the first word. */
static int european_chinese_surname(const NameAuthority *pAuth, const Tok *t);
static int chinese_pair(const NameAuthority *pAuth, const Toks *p);

static int korean_family(const NameAuthority *pAuth, const Toks *p, int *pv, int *pFrom){
  const Tok *pFirst = &p->a[0], *pLast = &p->a[p->n-1];
  int i = 0, start, n = names_next_piece(pFirst, &i, &start, 1), vFirst = -1, vLast = -1;
  int firstHyphenated = i<pFirst->n;
  if( n>0 ) vFirst = names_is_korean_surname(pAuth, pFirst->z+start, n);
  if( p->n>1 ) vLast = korean_surname_token(pAuth, pLast);
  if( vLast>=0 && (p->nInverted==1 || firstHyphenated
                   || (vFirst<0 && pLast->written!=SCRIPT_CYRILLIC
                       && !names_is_chinese_surname(pAuth, pFirst->z, pFirst->n)
                       && !european_chinese_surname(pAuth, pFirst)
                       && !chinese_pair(pAuth, p))) ){
    *pv = vLast;
    *pFrom = pLast->n;
    return 1;
  }
  if( vFirst>=0 && p->nInverted==0 ){
    *pv = vFirst;
    *pFrom = i;
    return 0;
  }
  return -1;
}

/* The syllables of the given name of the Korean name p, whose family name is word iFamily
** (from byte `from` of it on, the given name's words), appended to given: how many, or -1
** when a word is no Korean syllables. */
static int korean_given(const Toks *p, int iFamily, int from, char *given, int nGiven){
  int i, nSyl = 0;
  given[0] = 0;
  for(i=0; i<p->n; i++){
    int k = korean_pieces(&p->a[i], i==iFamily ? from : 0, given, nGiven);
    if( k<0 ) return -1;
    nSyl += k;
  }
  return nSyl;
}

/* Korean: a known surname, then one to three syllables: "Kim Il Sung", "Kim Il-sung", "Kang
** Ryanguk", "Kang-Ryang-Uk", "KimIlSung", 김일성 (one token, one piece a syllable); or the
** surname last ("Il Sung Kim", "Mun-gyu Pak", "Pak, Mun-gyu"). */
static int parts_korean(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int from = 0, i, nSyl = 0, v = -1, where;
  char given[64];
  if( p->n<1 || p->n>4 ) return 0;
  for(i=0; i<p->n; i++){
    /* one letter: an initial, or a surname of one letter ("O Jin-u"), or a syllable of one
    ** vowel as the Cyrillic writes it ("Хо Га И", "Хан Сол Я") or after two words ("Ho Ka I") */
    const Tok *t = &p->a[i];
    int vowelSyllable = i>0 && (t->written==SCRIPT_CYRILLIC
                                || (i==p->n-1 && p->n>=3 && strchr("aeiou", t->z[0])));
    if( t->n==1 && !t->period && p->n>1 && !vowelSyllable
     && !(i==0 && korean_surname_token(pAuth, &p->a[0])>=0) ){
      return 0;
    }
  }
  if( (where = korean_family(pAuth, p, &v, &from))<0 ) return 0;
  nSyl = korean_given(p, where==0 ? 0 : p->n-1, from, given, sizeof(given));
  if( nSyl<0 && where==0 && p->n>=3 && (v = korean_surname_token(pAuth, &p->a[p->n-1]))>=0 ){
    /* the words after a family name first are no given name, and the last word is a family
    ** name: the name was written given name first ("Chung Hee Park") */
    where = 1;
    from = p->a[p->n-1].n;
    nSyl = korean_given(p, p->n-1, from, given, sizeof(given));
  }
  if( nSyl<0 || nSyl>3 || (nSyl==0 && p->n>1) ) return 0;
  strcpy(pOut->family, names_str(pAuth, pAuth->aCanon[v]));
  strcpy(pOut->given, given);
  pOut->nGiven = nSyl>0;
  pOut->familyInverted = where==1 && p->nInverted>0;
  pOut->culture = NAME_KOREAN;
  return 1;
}

/* ---------------------------------------------------------------- Chinese syllables */

/* Pinyin of a syllable in Wade-Giles, or 0. */
static const char *wade_giles(const NameAuthority *pAuth, const char *z, int n){
  int v = names_map_get(&pAuth->wadeGiles, z, n, -1);
  return v>=0 ? names_str(pAuth, pAuth->aCanon[v]) : 0;
}

static int is_pinyin(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->pinyin, z, n, 0);
}

int names_is_chinese_surname(const NameAuthority *pAuth, const char *z, int n){
  return names_map_get(&pAuth->chineseSurnames, z, n, 0);
}

/* Append a pinyin syllable to out folded to the class that Wade-Giles without its apostrophes
** or its umlaut, and press spellings, share: the aspirated and plain initials merge (b/p, d/t,
** g/k, z/c), and the palatal and retroflex ones that Wade-Giles writes ch alike (j/q/zh/ch):
** "Chen Pota" and "Ch'en Po-ta" are Chen Boda, "Liu Shao-chi" is Liu Shaoqi. 0 when it does
** not fit. */
static int append_syllable(char *out, int nOut, const char *z, int n){
  static const struct { const char *zFrom; const char *zTo; } aInitial[] = {
    { "zh", "j" }, { "ch", "j" }, { "q", "j" }, { "p", "b" }, { "t", "d" }, { "k", "g" },
    { "c", "z" },
  };
  int o = (int)strlen(out), k = 0;
  size_t r;
  if( o+n+1>=nOut ) return 0;
  for(r=0; r<sizeof(aInitial)/sizeof(aInitial[0]); r++){
    int nf = (int)strlen(aInitial[r].zFrom);
    if( n>nf && memcmp(z, aInitial[r].zFrom, (size_t)nf)==0 ){
      int nt = (int)strlen(aInitial[r].zTo);
      memcpy(out+o, aInitial[r].zTo, (size_t)nt);
      o += nt;
      k = nf;
      break;
    }
  }
  memcpy(out+o, z+k, (size_t)(n-k));
  out[o+n-k] = 0;
  return 1;
}

/* A syllable written in the orthography of a European language turned into Wade-Giles, which
** those spellings follow letter for letter: German tsch and sch ("Tschou En-lai", "Liu
** Schao-tschi"), French tch, eou and ieou ("Tcheou En-lai", "Lieou"), and the ou that French
** writes for u before ng, o and a ("Mao Tse-Toung", "Kouo Mo-jo", "Houang Houa": never
** Wade-Giles's own ou, "Chou", which no rule here reaches), Polish cz and sz and Hungarian cs
** and hsz ("Czou", "Szao", "Csou", "Hsziao"), and the s that French and Polish write for hs
** before i ("Teng Siao-ping"); a j after a vowel is the i of a diphthong ("En-laj", "Kaj"); the
** tz and tsz of older romanizations for ts before e ("Mao Tze-tung", "Mao Tsze-tung").
** Writes it to out (room for 2n+1 bytes) and returns its length; 0 when nothing was changed,
** so that a syllable of pinyin or Wade-Giles is never read so. */
static int european_wade_giles(const char *z, int n, char *out){
  /* the letters written, then the Wade-Giles, each with its length: the tokenizer reads
  ** every capitalized word of a document through here, so no strlen() per letter */
  static const struct { const char *zFrom; int nFrom; const char *zTo; int nTo; } aRule[] = {
    { "tsch", 4, "ch", 2 }, { "tsze", 4, "tse", 3 }, { "tze", 3, "tse", 3 }, { "sch", 3, "sh", 2 }, { "tch", 3, "ch", 2 }, { "cz", 2, "ch", 2 },
    { "hsz", 3, "hs", 2 }, { "sz", 2, "sh", 2 }, { "cs", 2, "ch", 2 }, { "ieou", 4, "iu", 2 },
    { "eou", 3, "ou", 2 }, { "oung", 4, "ung", 3 }, { "ouo", 3, "uo", 2 }, { "oua", 3, "ua", 2 },
  };
  int i = 0, o = 0, changed = 0;
  while( i<n ){
    size_t r = sizeof(aRule)/sizeof(aRule[0]);
    char c = z[i];
    /* a rule's first letter */
    if( c=='t' || c=='s' || c=='c' || c=='h' || c=='i' || c=='e' || c=='o' ){
      for(r=0; r<sizeof(aRule)/sizeof(aRule[0]); r++){
        int k = aRule[r].nFrom;
        if( aRule[r].zFrom[0]==c && i+k<=n && memcmp(z+i, aRule[r].zFrom, (size_t)k)==0 ){
          memcpy(out+o, aRule[r].zTo, (size_t)aRule[r].nTo);
          o += aRule[r].nTo;
          i += k;
          changed = 1;
          break;
        }
      }
    }
    if( r<sizeof(aRule)/sizeof(aRule[0]) ) continue;
    if( i==0 && z[0]=='s' && n>2 && z[1]=='i' && strchr("aeou", z[2]) ){
      memcpy(out+o, "hs", 2);                                 /* Siao: Hsiao */
      o += 2;
      i++;
      changed = 1;
      continue;
    }
    if( z[i]=='j' && i+1==n && i>0 && strchr("aeiou", z[i-1]) ){
      out[o++] = 'i';                                         /* laj: lai */
      i++;
      changed = 1;
      continue;
    }
    out[o++] = z[i++];
  }
  out[o] = 0;
  return changed ? o : 0;
}

/* Read a piece of a Chinese given name as one or two syllables, appending their classes to
** out: in pinyin ("zedong", "xiaoping") or in Wade-Giles ("tse", "hsiaoping", "chienying"),
** pinyin first unless the name is written in Wade-Giles's marks (wgFirst). Returns the number
** of syllables, or -1. */
static int chinese_piece(const NameAuthority *pAuth, const char *z, int n, int wgFirst,
                         char *out, int nOut){
  int pass, nWg;
  char zWg[2*NAMES_TOKEN_BYTES+1];
  for(pass=0; pass<2; pass++){
    int wg = pass==0 ? wgFirst : !wgFirst, k;
    const char *a, *b;
    if( wg ){
      if( (a = wade_giles(pAuth, z, n))!=0 ){
        return append_syllable(out, nOut, a, (int)strlen(a)) ? 1 : -1;
      }
    }else if( is_pinyin(pAuth, z, n) ){
      return append_syllable(out, nOut, z, n) ? 1 : -1;
    }
    for(k=n-1; k>=1; k--){
      /* a syllable after the first cannot start with a vowel ("xian" is not "xi'an") */
      if( strchr("aeiou'", z[k]) ) continue;
      if( wg ){
        if( (a = wade_giles(pAuth, z, k))==0 || (b = wade_giles(pAuth, z+k, n-k))==0 ) continue;
        if( !append_syllable(out, nOut, a, (int)strlen(a))
         || !append_syllable(out, nOut, b, (int)strlen(b)) ) return -1;
        return 2;
      }
      if( is_pinyin(pAuth, z, k) && is_pinyin(pAuth, z+k, n-k) ){
        if( !append_syllable(out, nOut, z, k) || !append_syllable(out, nOut, z+k, n-k) ) return -1;
        return 2;
      }
    }
  }
  /* as a European language writes Wade-Giles: one syllable ("Tschou", "Laj"), or two
  ** hyphenated as pieces are */
  if( n<NAMES_TOKEN_BYTES && (nWg = european_wade_giles(z, n, zWg))>0 ){
    const char *a = wade_giles(pAuth, zWg, nWg);
    if( a ) return append_syllable(out, nOut, a, (int)strlen(a)) ? 1 : -1;
  }
  return -1;
}

/* Is token t a Chinese family name in a European language's letters for Wade-Giles ("Tchen",
** "Tschou", "Czou"), or in Wade-Giles with the apostrophe of its aspirates ("Ch'en", "P'eng")?
** Such a first word is no Korean given name before a Korean family name last: "Tchen Yi" and
** "Ch'en Yi" are Chen Yi, not a Yi. (Not Wade-Giles as written without one: "Chung Hee
** Park".) */
static int european_chinese_surname(const NameAuthority *pAuth, const Tok *t){
  char zEu[2*NAMES_TOKEN_BYTES+1];
  const char *zWg;
  int nEu;
  if( memchr(t->z, '\'', (size_t)t->n) ){
    return (zWg = wade_giles(pAuth, t->z, t->n))!=0
        && names_is_chinese_surname(pAuth, zWg, (int)strlen(zWg));
  }
  if( t->n>=NAMES_TOKEN_BYTES || (nEu = european_wade_giles(t->z, t->n, zEu))<=0 ) return 0;
  return (zWg = wade_giles(pAuth, zEu, nEu))!=0
      && names_is_chinese_surname(pAuth, zWg, (int)strlen(zWg));
}

/* The pinyin of a Chinese family name: as written, else read as Wade-Giles ("Chou", "Tseng"),
** or NULL when neither is a Chinese family name. */
static const char *chinese_family(const NameAuthority *pAuth, const Tok *t, int wgFirst,
                                  int european){
  const char *zWg = wade_giles(pAuth, t->z, t->n);
  int asWritten = names_is_chinese_surname(pAuth, t->z, t->n);
  int asWg = zWg && names_is_chinese_surname(pAuth, zWg, (int)strlen(zWg));
  char zEu[2*NAMES_TOKEN_BYTES+1];
  int nEu;
  if( asWg && (wgFirst || !asWritten) ) return zWg;
  if( asWritten ) return t->z;
  /* as a European language writes Wade-Giles: "Tschou", "Tcheou", "Czou" are Chou (not for
  ** a name whose given name no table reads: "Tchang Kaï-chek" is read as a French name) */
  if( european && t->n<NAMES_TOKEN_BYTES && (nEu = european_wade_giles(t->z, t->n, zEu))>0
   && (zWg = wade_giles(pAuth, zEu, nEu))!=0
   && names_is_chinese_surname(pAuth, zWg, (int)strlen(zWg)) ){
    return zWg;
  }
  return 0;
}

/* Is the name of two words a Chinese family name in Wade-Giles and a syllable of Chinese after
** it ("Ch'en Yi", "Chou Li")? The last word, though a Korean family name (Yi, Li), is then
** the given name: a Korean given name before its family name has two syllables ("Sung Kim",
** whose Kim is no Chinese syllable, stays Korean; "Chung Hee Park" has three words). */
static int chinese_pair(const NameAuthority *pAuth, const Toks *p){
  const Tok *pLast = &p->a[1];
  return p->n==2 && chinese_family(pAuth, &p->a[0], 0, 1)!=0
      && (is_pinyin(pAuth, pLast->z, pLast->n) || wade_giles(pAuth, pLast->z, pLast->n)!=0);
}

/* Chinese: a family name, then a given name of one to three syllables, in pinyin or Wade-Giles,
** the syllables hyphenated, spaced, run together or each capitalized ("Po-ta", "Po Ta", "Pota",
** "PoTa"; "Ch'en I", whose one syllable is one letter). */
static int parts_chinese(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  int i, wgFirst = 0, nSyl = 0, iFamily;
  const char *zFamily;
  if( p->n==1 ){
    /* a family name alone ("Zhou", "Chou"): its key is the class a full name's family has */
    if( p->a[0].script!=SCRIPT_LATIN || p->a[0].n<2
     || (zFamily = chinese_family(pAuth, &p->a[0], strchr(p->a[0].z, '\'')!=0, 1))==0
     || !append_syllable(pOut->family, sizeof(pOut->family), zFamily, (int)strlen(zFamily)) ){
      return 0;
    }
    pOut->culture = NAME_CHINESE;
    return 1;
  }
  if( p->n>4 ) return 0;
  /* the family name first, or last when "Zhou, Enlai" was turned round (unless what stood
  ** before the comma is no family name: "Zuopeng, Li" turns Li Zuopeng round as a Western
  ** name is) */
  iFamily = p->nInverted==1 && chinese_family(pAuth, &p->a[p->n-1], 0, 1) ? p->n-1 : 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    if( t->script!=SCRIPT_LATIN ) return 0;
    if( t->n<2 && (i==iFamily || t->period || !wade_giles(pAuth, t->z, t->n)) ) return 0;
    if( strchr(t->z, '\'') ) wgFirst = 1;            /* the marks of Wade-Giles */
  }
  if( (zFamily = chinese_family(pAuth, &p->a[iFamily], wgFirst, 1))==0 ) return 0;
  for(i=0; i<p->n; i++){
    int j = 0, start, n;
    if( i==iFamily ) continue;
    while( (n = names_next_piece(&p->a[i], &j, &start, 1))>0 ){
      int k = chinese_piece(pAuth, p->a[i].z+start, n, wgFirst, pOut->given,
                            sizeof(pOut->given));
      if( k<0 ) return 0;
      nSyl += k;
    }
  }
  if( nSyl<1 || nSyl>3 ) return 0;
  if( !append_syllable(pOut->family, sizeof(pOut->family), zFamily, (int)strlen(zFamily)) ){
    return 0;
  }
  pOut->nGiven = 1;
  pOut->familyInverted = iFamily>0;
  pOut->culture = NAME_CHINESE;
  return 1;
}

/* ---------------------------------------------------------------- East Asian, unread */

/* Has z[0..n) the shape of one romanized East Asian syllable, in any system or none: up to
** three consonants (an apostrophe after them), one to three vowels (y among them), and a final
** n, ng, m, k, ck, h, t, p, l, r or s ("shek", "hah", "tsun", "kuo", "young", "thaek")? English
** words that follow a name with a hyphen have not ("based", "style", "era", "led"). */
int names_syllable_shaped(const char *z, int n){
  static const char *const azFinal[] = { "", "n", "ng", "m", "k", "ck", "h", "t", "p", "l",
                                         "r", "s" };
  int i = 0, nVowel = 0;
  size_t f;
  while( i<n && i<3 && !strchr("aeiouy", z[i]) ) i++;
  if( i<n && z[i]=='\'' ) i++;
  while( i<n && strchr("aeiouy", z[i]) ){ i++; nVowel++; }
  if( nVowel<1 || nVowel>3 ) return 0;
  for(f=0; f<sizeof(azFinal)/sizeof(azFinal[0]); f++){
    if( (int)strlen(azFinal[f])==n-i && memcmp(z+i, azFinal[f], (size_t)(n-i))==0 ) return 1;
  }
  return 0;
}

/* Does token t, as written, hold two or three pieces joined by hyphens, each after the first
** beginning in lower case, each of a syllable's shape? The form East Asian given names take in
** the press ("Kai-shek", "Yat-sen", "Kyu-hah"), and Western names do not: "Jean-Paul",
** "Gheorghiu-Dej", "Mendès-France" have a capital after the hyphen. */
static int syllables_hyphenated(const Toks *p, const Tok *t){
  int i, nPiece = 0, start, n;
  if( p->zText==0 || t->script!=SCRIPT_LATIN || t->written!=SCRIPT_LATIN || t->caps ) return 0;
  i = 0;
  while( (n = names_next_piece(t, &i, &start, 0))>0 ){
    if( !names_syllable_shaped(t->z+start, n) ) return 0;
    nPiece++;
  }
  if( nPiece<2 || nPiece>3 ) return 0;
  for(i=(int)t->iStart; i<(int)t->iEnd; i++){         /* as written: lower case after a dash */
    int d = text_dash_len(p->zText+i, t->iEnd-(size_t)i);
    if( d>0 && (i+d>=(int)t->iEnd || !(p->zText[i+d]>='a' && p->zText[i+d]<='z')) ) return 0;
  }
  return 1;
}

/* A Korean or Chinese family name, then a given name whose syllables no romanization this
** layer reads, hyphenated as the press writes them: "Chiang Kai-shek", "Sun Yat-sen", "Choi
** Kyu-hah". Read family first, the given name's pieces as written, so that the last syllable
** is never taken for a Western family name (and "Sen" or "Shek" alone for the person). The
** authority lists such people's spellings; the rule only keeps their order. */
static int parts_east_asian_unread(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  const Tok *pFamily = &p->a[0], *pGiven = &p->a[1];
  const char *zChinese;
  int v, i, o = 0;
  if( p->n!=2 || p->nInverted!=0 || pFamily->script!=SCRIPT_LATIN || pFamily->period
   || pFamily->n<2 || memchr(pFamily->z, '-', (size_t)pFamily->n)
   || !syllables_hyphenated(p, pGiven) ){
    return 0;
  }
  if( (v = korean_surname_token(pAuth, pFamily))>=0 ){
    strcpy(pOut->family, names_str(pAuth, pAuth->aCanon[v]));
    pOut->culture = NAME_KOREAN;
  }else if( (zChinese = chinese_family(pAuth, pFamily, 0, 0))!=0 ){
    if( !append_syllable(pOut->family, sizeof(pOut->family), zChinese, (int)strlen(zChinese)) ){
      return 0;
    }
    pOut->culture = NAME_CHINESE;
  }else{
    return 0;
  }
  for(i=0; i<pGiven->n && o+1<(int)sizeof(pOut->given); i++){
    if( pGiven->z[i]!='-' && pGiven->z[i]!='\'' ) pOut->given[o++] = pGiven->z[i];
  }
  pOut->given[o] = 0;
  pOut->nGiven = 1;
  return 1;
}

/* ---------------------------------------------------------------- Western names */

#define WESTERN_MAX_WORDS 24

/* A word of a Western name: a token, or a piece of a hyphenated one. */
typedef struct WesternWord {
  char z[NAMES_TOKEN_BYTES];
  int n;
  int patronymic;          /* a Russian patronymic */
  int particle;            /* may be a particle: not an initial ("E. Honecker"), and a
                           ** one-letter particle (y, e, v.) is written in lower case */
  int initial;             /* an initial ("A.", "Ю.", "Yu.") */
  int regnal;              /* a ruler's number ("II" of "Faisal II"): kept as written */
} WesternWord;

/* The role of a particle word (name_particles.tsv). */
typedef enum ParticleRole {
  PARTICLE_NONE = 0,
  PARTICLE_ARTICLE,        /* Arabic al-, el-, an-, as-: dropped before the word it binds */
  PARTICLE_LINK,           /* von, van, der, bin, ibn: dropped */
  PARTICLE_SECOND,         /* de, da, del: a second family name follows after two words */
  PARTICLE_JOINING         /* do, dos, y: the same, but a name of its own when first */
} ParticleRole;

static ParticleRole particle_role(const char *z, int n){
  const ArchDataRow *r = arch_data_find(arch_data_name_particles, arch_data_name_particles_count,
                                        z, (size_t)n);
  if( r==0 ) return PARTICLE_NONE;
  switch( r->value[0] ){
    case 'a': return PARTICLE_ARTICLE;
    case 's': return PARTICLE_SECOND;
    case 'j': return PARTICLE_JOINING;
    default:  return PARTICLE_LINK;
  }
}

/* Cut the tokens into words: hyphenated tokens into their pieces ("Mendès-France" as
** "Mendès France"), an Arabic article dropped before the word it binds ("al-Sadat", "Abd
** al-Karim"), "Abdel"/"Abdul" read as "Abd". Returns the number of words, or -1; *pArticle is
** set when an article was dropped. */
/* Is token i of p a generation's suffix ("Jr.", "Sr.") after the first word? Its key in
** zSuffix (8 bytes) if so. (A ruler's number stays part of the name: "Farouk I" and "John
** Paul II" are names of their own, whose words no lone "Paul" or "John" is.) */
static int name_suffix(const Toks *p, int i, char *zSuffix){
  const Tok *t = &p->a[i];
  if( i==0 || p->n<3 || t->script!=SCRIPT_LATIN ) return 0;
  if( strcmp(t->z, "jr")!=0 && strcmp(t->z, "sr")!=0 ) return 0;
  strcpy(zSuffix, t->z);
  return 1;
}

static int western_words(const Toks *p, WesternWord *aWord, int *pArticle, char *zSuffix){
  int nWord = 0, i;
  *pArticle = 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    int j = 0, start, n;
    if( t->script==SCRIPT_HAN ) return -1;
    if( name_suffix(p, i, zSuffix) ) continue;
    while( (n = names_next_piece(t, &j, &start, 0))>0 ){
      WesternWord *w;
      if( t->z[j]=='-' && particle_role(t->z+start, n)==PARTICLE_ARTICLE ){
        *pArticle = 1;
        continue;
      }
      if( nWord==WESTERN_MAX_WORDS ) return -1;
      w = &aWord[nWord++];
      memcpy(w->z, t->z+start, (size_t)n);
      w->z[n] = 0;
      w->n = n;
      w->regnal = names_is_regnal(p, i) && start==0 && n==t->n;
      if( w->regnal ){
        /* as written: the folds would make the "xii" of Pius XII the "xi" of Pius XI */
        int k;
        for(k=0; k<n; k++) w->z[k] = (char)(p->zText[t->iStart+(size_t)k] - 'A' + 'a');
      }
      w->patronymic = p->n>=3 && i>0 && i<p->n-1 && names_is_patronymic(t);
      w->initial = names_is_initial(t) && start==0 && n==t->n && !w->regnal;
      w->particle = n>1 ? !w->initial
                        : p->zText && (unsigned char)p->zText[t->iStart]>='a'
                                   && (unsigned char)p->zText[t->iStart]<='z';
      if( n>=5 && memcmp(w->z, "abd", 3)==0 && (strcmp(w->z+3, "el")==0
          || strcmp(w->z+3, "ul")==0 || strcmp(w->z+3, "al")==0 || strcmp(w->z+3, "ol")==0
          || strcmp(w->z+3, "oul")==0 || strcmp(w->z+3, "ur")==0) ){
        w->z[3] = 0;                                /* Abdel Nasser: Abd al-Nasir */
        w->n = 3;
      }
    }
  }
  return nWord;
}

/* Drop the particles: the Arabic article and linking words go ("Charles de Gaulle", "Ludwig
** van Beethoven", "Osama bin Laden"); after a given name and a family name, a particle of a
** second family name goes with all that follows ("Juscelino Kubitschek de Oliveira", "José
** Ortega y Gasset"). The last word always stays. Returns whether a second family name was
** dropped, which shows the words are a person's name ("Rio de Janeiro" and "Brief von" do not). */
static int drop_particles(WesternWord *aWord, int *pnWord){
  int i, o = 0, nWord = *pnWord, second = 0;
  for(i=0; i<nWord; i++){
    ParticleRole role = i<nWord-1 && aWord[i].particle ? particle_role(aWord[i].z, aWord[i].n)
                                                       : PARTICLE_NONE;
    if( role==PARTICLE_JOINING ){
      if( i==0 ) role = PARTICLE_NONE;                /* Do Muoi */
      else role = PARTICLE_SECOND;
    }
    if( role==PARTICLE_SECOND && o>=2 ){ second = 1; break; }
    if( role!=PARTICLE_NONE ) continue;
    if( o!=i ) aWord[o] = aWord[i];
    o++;
  }
  *pnWord = o;
  return second;
}

/* "Mc Cloy" written apart is McCloy. Returns the number of words left. */
static int join_mac(WesternWord *aWord, int nWord){
  int i;
  for(i=0; i<nWord-1; i++){
    WesternWord *w = &aWord[i];
    if( (strcmp(w->z, "mc")==0 || strcmp(w->z, "mac")==0) && w->n+aWord[i+1].n<NAMES_TOKEN_BYTES ){
      memcpy(w->z+w->n, aWord[i+1].z, (size_t)aWord[i+1].n+1);
      w->n += aWord[i+1].n;
      w->initial = 0;
      memmove(&aWord[i+1], &aWord[i+2], sizeof(WesternWord)*(size_t)(nWord-i-2));
      nWord--;
    }
  }
  return nWord;
}

/* Mac and Mc are one: MacNamara, McNamara, MacArthur, McArthur. */
static void fold_mac(WesternWord *w){
  if( w->n>4 && memcmp(w->z, "mac", 3)==0 ){
    memmove(w->z+1, w->z+2, (size_t)(w->n-1));      /* "mac..." is "mc...", NUL and all */
    w->n--;
  }
}

/* The spellings of letters written out where a letter with a mark is missing: Indonesian's
** old spelling (oe, dj, tj, nj, sj: Soekarni, Soedjatmoko, Tjokroaminoto are Sukarni,
** Sujatmoko, Cokroaminoto), known by a word that begins with those letters or with Soe-, or
** has oe beside them; not in a name with a Slavic ending (-ov, -owa, -ski ...), whose j after
** a consonant renders я, ю, е (Tatjana Samoilowa, Djatlow); elsewhere oe for ö or ø (Hammarskjoeld,
** Joergensen). */
static int has_old_indonesian(const char *z){
  static const char azDigraph[][3] = { "dj", "tj", "nj", "sj" };
  size_t k;
  int inside = 0;
  if( memcmp(z, "soe", 3)==0 ) return 1;
  for(k=0; k<sizeof(azDigraph)/sizeof(azDigraph[0]); k++){
    if( memcmp(z, azDigraph[k], 2)==0 ) return 1;
    if( strstr(z, azDigraph[k]) ) inside = 1;
  }
  return inside && strstr(z, "oe")!=0;
}

static void fold_orthography(WesternWord *w, int slavicName){
  static const struct { const char *zFrom; const char *zTo; } aOld[] = {
    { "oe", "u" }, { "dj", "j" }, { "tj", "c" }, { "nj", "ny" }, { "sj", "sy" },
  };
  const char *z = w->z;
  int indonesian, hasOe = strstr(z, "oe")!=0;
  char out[NAMES_TOKEN_BYTES];
  int i = 0, o = 0, dutch;
  if( !hasOe && !strchr(z, 'j') ) return;          /* neither spelling: most words */
  indonesian = !slavicName && has_old_indonesian(z);
  if( !hasOe && !indonesian ) return;
  /* a Dutch transliteration shows itself by sj, tsj or zj, which no other writes */
  dutch = strstr(z, "sj")!=0 || strstr(z, "zj")!=0;
  while( i<w->n && o<NAMES_TOKEN_BYTES-3 ){
    size_t r;
    for(r=0; indonesian && r<sizeof(aOld)/sizeof(aOld[0]); r++){
      if( memcmp(z+i, aOld[r].zFrom, 2)==0 ) break;
    }
    if( indonesian && r<sizeof(aOld)/sizeof(aOld[0]) ){
      int k = (int)strlen(aOld[r].zTo);
      memcpy(out+o, aOld[r].zTo, (size_t)k);
      o += k;
      i += 2;
    }else if( !indonesian && i>0 && z[i]=='o' && z[i+1]=='e' ){
      out[o++] = dutch ? 'u' : 'o';       /* Hammarskjoeld: ö; Dutch Zjoekov, Chroesjtsjov: у */
      i += 2;
    }else{
      out[o++] = z[i++];
    }
  }
  out[o] = 0;
  memcpy(w->z, out, (size_t)o+1);
  w->n = o;
}

/* A word of an Arabic, Persian or Turkish name, folded, written as the key writes all its
** spellings (name_variants.tsv): "ahmed" as "ahmad", "husein" and "hosein" as "husain". The
** table's key lengths bound the search: most words are not looked up. */
static void fold_name_variant(WesternWord *w){
  const ArchDataRow *r;
  if( w->n<arch_data_name_variants_min_key || w->n>arch_data_name_variants_max_key ) return;
  r = arch_data_find(arch_data_name_variants, arch_data_name_variants_count, w->z, (size_t)w->n);
  if( r==0 || strlen(r->value)>=NAMES_TOKEN_BYTES ) return;
  w->n = (int)strlen(r->value);
  memcpy(w->z, r->value, (size_t)w->n+1);
}

/* Everyone else: given names or initials, then the family name; patronymics and particles
** dropped; each word's renderings in other languages folded (names_western.c). */
static int parts_western(const NameAuthority *pAuth, const Toks *p, NameInfo *pOut){
  WesternWord aWord[WESTERN_MAX_WORDS];
  int i, nWord, nFull = 0, particled;
  unsigned cues = names_western_name_cues(p);
  (void)pAuth;
  if( (nWord = western_words(p, aWord, &particled, pOut->suffix))<=0 ) return 0;
  particled |= drop_particles(aWord, &nWord);
  nWord = join_mac(aWord, nWord);
  for(i=0; i<nWord; i++){
    if( !aWord[i].regnal ) fold_orthography(&aWord[i], names_western_cues_slavic(cues));
  }
  /* a given name with its patronymic and no family name: "Georgy Maximilianovich" */
  if( nWord==2 && !aWord[0].initial && !aWord[1].initial
   && names_is_patronymic_word(aWord[1].z, aWord[1].n) ){
    aWord[1].patronymic = 1;
    pOut->patronymicOnly = 1;
  }
  for(i=0; i<nWord; i++){
    WesternWord *w = &aWord[i];
    if( w->patronymic && !w->initial ){
      char zPatronymic[NAMES_TOKEN_BYTES];
      memcpy(zPatronymic, w->z, (size_t)w->n+1);
      names_fold_western_cued(zPatronymic, w->n, NAMES_TOKEN_BYTES, cues);
      if( strlen(zPatronymic)<sizeof(pOut->patronymic) ) strcpy(pOut->patronymic, zPatronymic);
    }
    if( i==nWord-1 ){
      if( w->initial ) return 0;              /* "Kennan, G." reversed to "G. Kennan" is fine */
      if( !w->regnal ){
        fold_mac(w);
        names_fold_western_cued(w->z, w->n, NAMES_TOKEN_BYTES, cues);
        w->n = (int)strlen(w->z);
        fold_name_variant(w);
      }
      strcpy(pOut->family, w->z);
      break;
    }
    if( w->patronymic ) continue;
    /* an initial is the first letter of the given name it stands for: a letter as written
    ** (J. fits both John and Yuri: names_given_relation()), a transliteration's digraph
    ** folded as given names are (Kh. = H., Ju. = Yu. = Y.) */
    if( !w->initial || w->n>1 ){
      w->n = names_fold_western_cued(w->z, w->n, NAMES_TOKEN_BYTES, cues);
      if( !w->initial ) fold_name_variant(w);
    }
    if( w->initial ){
      w->z[1] = 0;
      w->n = 1;
    }else{
      nFull++;
    }
    if( !append_word(pOut->given, sizeof(pOut->given), w->z) ) return 0;
    pOut->nGiven++;
  }
  pOut->initialsOnly = pOut->nGiven>0 && nFull==0;
  pOut->particled = particled;
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

static int parts_vietnamese(const NameAuthority *pAuth, const Toks *p, NameInfo *pInfo){
  return names_parts_vietnamese(pAuth, p, 0, pInfo);
}

int names_read_parts(const NameAuthority *pAuth, const Toks *p, NameInfo *pInfo){
  int (*const aCulture[])(const NameAuthority*, const Toks*, NameInfo*) = {
    parts_han, parts_korean, parts_chinese, parts_vietnamese, parts_east_asian_unread,
    parts_western
  };
  size_t i;
  /* Cyrillic writes Vietnamese without the letters that tell it, in syllables Korean's
  ** readings would take for their own (Чан Ван Ча): a Vietnamese surname with a Vietnamese
  ** middle name second is read as Vietnamese first */
  if( p->n>0 && p->a[0].written==SCRIPT_CYRILLIC ){
    clear_parts(pInfo);
    if( names_parts_vietnamese(pAuth, p, 1, pInfo) ) return 1;
  }
  for(i=0; i<sizeof(aCulture)/sizeof(aCulture[0]); i++){
    clear_parts(pInfo);
    if( aCulture[i](pAuth, p, pInfo) ) return 1;
  }
  clear_parts(pInfo);
  return 0;
}
