/*
** names_vietnamese.c: Vietnamese names (names_int.h), as Vietnamese, French, Russian, Polish,
** Czech and English documents write them.
**
**     NameInfo info;   ... names_read_parts() calls, in turn with the other cultures:
**     if( names_parts_vietnamese(pAuth, &toks, 0, &info) ) ... info.family "pham", given "vandong"
**
** Phạm Văn Đồng, Pham Van Dong and Фам Ван Донг have one key, "pham vandong"; Võ Nguyên Giáp,
** Vo Nguyen Giap and Во Нгуен Зиап have "vo nguendap"; Lê Đức Thọ and Ле Дык Тхо "le ductho".
**
** A name is Vietnamese when every word is a Vietnamese syllable (an initial, and a rhyme of
** ext/data/vietnamese_rhymes.tsv), in Vietnamese order, and it shows it:
**   - it begins with a surname of vietnamese_surnames.tsv, and has a typical middle name
**     second (vietnamese_middle_names.tsv: Văn, Thị, Đình, Đức ...), or a syllable Chinese has
**     not (neither pinyin nor Wade-Giles; in Cyrillic, no Palladius syllable), or letters of
**     Vietnamese's own (ư ơ ă â ê ô đ and the tone marks) in the text as written;
**   - or, without a known surname, the letters only Vietnamese has (ư ơ, the tone marks):
**     syllables without them and without a surname are as often a place (Dien Bien Phu, Thanh
**     Hoa), and a name without a surname (Xuan Thuy, a pen name) is the authority's to know.
** Cyrillic hides Vietnamese's letters, so a name in Cyrillic with a surname and a middle name
** second (Чан Ван Ча) is read as Vietnamese before Korean readings can take its syllables.
** Chinese names (Li Peng, Hu Yaobang, Ho Lung, Ли Пэн) and Korean ones show none of this and
** are left to the Chinese and Korean readings; Le Duan, all pinyin, is read as Chinese and has
** the key "le duan" that Ле Зуан gets here.
**
** Each syllable is folded to the classes its renderings share, written as Vietnamese spells
** them without diacritics: d đ gi r (Russian з д р) are d; c k q (к) k; ch (Russian т before
** и ю я) ch; tr (ч) tr; s (ш) s; x (с) x; nh (нь) nh; ng ngh (нг) ng; ph f (ф) ph; th (тх) th;
** kh (кх) kh; v w (в) v; ư u (ы) u; y i; uyê ue (Нгуен = Nguyen); a final -nh after i and e
** -n (Minh = Min = Минь = Мин); ь, ie after d (Diệm = Зьем, Giáp = Зиап) e and a. Cyrillic is
** read from the text as written (Toks.zText), for names_script.c may have romanized it as
** Chinese by Palladius. The key is the surname, then the given syllables joined.
*/
#include "names_int.h"

#include <utf8proc.h>

/* The tables of ext/data/ this file reads (archivist_data.h lists the others). */

#define VN_SYLLABLE 24             /* longest syllable key, with room */
#define VN_MAX_WORDS 5
#define VN_LONGEST 8               /* letters of the longest syllable (tsch + uyen) */

static int vn_is_vowel(char c){ return c=='a' || c=='e' || c=='i' || c=='o' || c=='u' || c=='y'; }

static int in_table(const ArchDataRow *aRow, unsigned nRow, const char *z, int n){
  return n>0 && arch_data_find(aRow, nRow, z, (size_t)n)!=0;
}

/* ---------------------------------------------------------------- one syllable */

/* The initial of a Latin syllable z[0..n): the class it writes to out (NUL-terminated) and the
** number of letters it takes; -1 when Vietnamese has no such initial. */
static int latin_initial(const char *z, int n, char *out){
  static const struct { const char *zIn; const char *zOut; } aInit[] = {
    {"tsch", "ch"}, {"ngh", "ng"}, {"ng", "ng"}, {"nh", "nh"}, {"gh", "g"}, {"ch", "ch"},
    {"tr", "tr"}, {"th", "th"}, {"kh", "kh"}, {"ph", "ph"}, {"cz", "tr"}, {"sz", "s"},
    {"sh", "s"}, {"b", "b"}, {"c", "k"}, {"d", "d"}, {"f", "ph"}, {"g", "g"}, {"h", "h"},
    {"k", "k"}, {"l", "l"}, {"m", "m"}, {"n", "n"}, {"p", "p"}, {"r", "d"}, {"s", "s"},
    {"t", "t"}, {"v", "v"}, {"w", "v"}, {"x", "x"}, {"z", "d"},
  };
  size_t i;
  if( n>0 && vn_is_vowel(z[0]) ){ out[0] = 0; return 0; }
  if( n>=3 && z[0]=='g' && z[1]=='i' ){                       /* gi: Giáp, Giang */
    strcpy(out, "d");
    return vn_is_vowel(z[2]) ? 2 : 1;
  }
  if( n>=3 && z[0]=='q' && z[1]=='u' ){ strcpy(out, "k"); return 1; }   /* qu: k + u */
  for(i=0; i<sizeof(aInit)/sizeof(aInit[0]); i++){
    int k;
    if( aInit[i].zIn[0]!=z[0] ) continue;
    k = (int)strlen(aInit[i].zIn);
    if( k<n && memcmp(z, aInit[i].zIn, (size_t)k)==0 ){
      strcpy(out, aInit[i].zOut);
      return k;
    }
  }
  return -1;
}

/* Fold a rhyme z[0..n) (vowels, then a final consonant) to its class, into out (NUL-
** terminated, at most VN_SYLLABLE bytes); its length, or -1 when Vietnamese has no such rhyme. */
static int fold_rhyme(const char *z, int n, int afterD, char *out){
  char r[VN_SYLLABLE];
  int i, o = 0;
  if( n<=0 || n>=VN_SYLLABLE-1 ) return -1;
  for(i=0; i<n && vn_is_vowel(z[i]); i++){}                    /* vowels, then a final */
  if( i==0 || (n-i>2) || (n-i==2 && !((z[i]=='n' && (z[i+1]=='g' || z[i+1]=='h'))
                                      || (z[i]=='c' && z[i+1]=='h'))) ){
    return -1;
  }
  for(i=0; i<n; i++) r[o++] = z[i]=='y' ? 'i' : z[i];          /* y is i */
  r[o] = 0;
  for(i=0; i+2<o; i++){                                        /* uyê: ue (Nguyen = Нгуен) */
    if( r[i]=='u' && r[i+1]=='i' && r[i+2]=='e' ){
      memmove(r+i+1, r+i+2, (size_t)(o-i-1));
      o--;
    }
  }
  if( afterD && o>1 && r[0]=='i' && vn_is_vowel(r[1]) ){       /* Giáp = Зиап, Diệm = Зьем */
    memmove(r, r+1, (size_t)o);
    o--;
  }
  if( o>=2 && r[o-1]=='k' ) r[o-1] = 'c';
  if( o>=3 && r[o-2]=='n' && r[o-1]=='h' && (r[o-3]=='i' || r[o-3]=='e') ){
    r[--o] = 0;                                                /* Minh = Min */
  }
  if( !in_table(arch_data_vietnamese_rhymes, arch_data_vietnamese_rhymes_count, r, o) ){
    return -1;
  }
  memcpy(out, r, (size_t)o+1);
  return o;
}

/* Fold one Latin syllable z[0..n) (folded letters) into out; its length, or -1 when it is no
** Vietnamese syllable. */
static int fold_latin_syllable(const char *z, int n, char *out){
  char zInit[8];
  int k = latin_initial(z, n, zInit), nInit, nRhyme;
  if( k<0 || k>=n ) return -1;
  nInit = (int)strlen(zInit);
  memcpy(out, zInit, (size_t)nInit);
  nRhyme = fold_rhyme(z+k, n-k, zInit[0]=='d' && zInit[1]==0, out+nInit);
  return nRhyme<0 ? -1 : nInit+nRhyme;
}

/* ---------------------------------------------------------------- Cyrillic */

static int is_cyrillic_vowel(uint32_t c){
  return c==0x430 || c==0x435 || c==0x438 || c==0x43E || c==0x443 || c==0x44B || c==0x44D
      || c==0x44E || c==0x44F || c==0x451;
}

/* Word z[0..n) as written, in lower case, into out: its length, or -1 when it does not fit. */
static int cyrillic_lower(const char *z, size_t n, char *out, int nOut){
  size_t j = 0;
  int o = 0;
  while( j<n ){
    uint32_t cp;
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t k;
    j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    k = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    if( o+(int)k>=nOut ) return -1;
    memcpy(out+o, enc, (size_t)k);
    o += (int)k;
  }
  out[o] = 0;
  return o;
}

/* The Russian transcription of one word, read back into Vietnamese letters (see
** vietnamese_cyrillic.tsv) from its text as written; the length written to out, or -1. */
static int cyrillic_to_latin(const char *z, size_t n, char *out, int nOut){
  uint32_t a[NAMES_TOKEN_BYTES];
  int nCp = 0, i, o = 0;
  size_t j = 0;
  while( j<n ){
    uint32_t cp;
    j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    if( !text_is_cyrillic(cp) ){
      if( text_is_dash(cp) ){ if( nCp<NAMES_TOKEN_BYTES ) a[nCp++] = '-'; continue; }
      if( text_is_mark(cp) ) continue;
      return -1;
    }
    if( nCp>=NAMES_TOKEN_BYTES ) return -1;
    a[nCp++] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
  }
  for(i=0; i<nCp; i++){
    uint32_t c = a[i], c1 = i+1<nCp ? a[i+1] : 0, c2 = i+2<nCp ? a[i+2] : 0;
    const char *zOut = 0;
    int skip = 0;
    int atStart = i==0 || a[i-1]=='-';
    if( c==0x43D && c1==0x433 ){ zOut = "ng"; skip = 1; }                       /* нг */
    else if( c==0x442 && c1==0x445 ){ zOut = "th"; skip = 1; }                  /* тх */
    else if( c==0x43A && c1==0x445 ){ zOut = "kh"; skip = 1; }                  /* кх */
    else if( c==0x43D && c1==0x44C ){ zOut = "nh"; skip = 1; }                  /* нь */
    else if( c==0x442 && c1==0x44C && c2==0x435 ){ zOut = "chie"; skip = 2; }   /* тье */
    else if( c==0x442 && c1==0x44C ){ zOut = "ch"; skip = 1; }                  /* ть */
    else if( (c==0x43D || c==0x442) && atStart && (c1==0x44F || c1==0x44E || c1==0x451) ){
      zOut = c==0x43D ? "nh" : "ch";                                         /* ня ню, тя тю */
    }
    else if( c==0x442 && atStart && c1==0x438 && !is_cyrillic_vowel(c2) ){
      zOut = "ch";                                                           /* Ти = Chí */
    }
    else if( (c==0x438 || c==0x44C) && c1==0x435 ){ zOut = "ie"; skip = 1; }    /* ие, ье */
    else if( c=='-' ){ zOut = "-"; }
    else{
      char zKey[8];
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)c, enc);
      const ArchDataRow *r;
      memcpy(zKey, enc, (size_t)k);
      r = arch_data_find(arch_data_vietnamese_cyrillic, arch_data_vietnamese_cyrillic_count,
                         zKey, (size_t)k);
      if( !r ) return -1;
      zOut = r->value[0]=='-' ? "" : r->value;
    }
    if( o+(int)strlen(zOut)>=nOut ) return -1;
    memcpy(out+o, zOut, strlen(zOut));
    o += (int)strlen(zOut);
    i += skip;
  }
  out[o] = 0;
  return o;
}

/* ---------------------------------------------------------------- a name */

/* What the words of a name show: their syllable keys and evidence. */
typedef struct VnWord {
  char z[NAMES_TOKEN_BYTES];     /* the word's syllables folded and joined */
  int nonChinese;                /* a syllable neither pinyin nor Wade-Giles (nor Palladius) */
  int chineseSurname;            /* the word is a Chinese surname, in pinyin or Wade-Giles */
  int marks;                     /* letters of Vietnamese's own in the text as written */
} VnWord;

/* Is z[0..n) a pinyin or Wade-Giles syllable, or two pinyin syllables ("yaobang")? */
static int is_chinese_syllables(const NameAuthority *pAuth, const char *z, int n){
  int k;
  if( names_map_get(&pAuth->pinyin, z, n, 0) || names_map_get(&pAuth->wadeGiles, z, n, -1)>=0 ){
    return 1;
  }
  for(k=1; k<n; k++){
    if( names_map_get(&pAuth->pinyin, z, k, 0) && names_map_get(&pAuth->pinyin, z+k, n-k, 0) ){
      return 1;
    }
  }
  return 0;
}

/* Is Latin word z[0..n) a Chinese surname, in pinyin or Wade-Giles ("Ho" for He)? */
static int is_chinese_surname(const NameAuthority *pAuth, const char *z, int n){
  int v = names_map_get(&pAuth->wadeGiles, z, n, -1);
  if( names_is_chinese_surname(pAuth, z, n) ) return 1;
  return v>=0 && names_is_chinese_surname(pAuth, names_str(pAuth, pAuth->aCanon[v]),
                                          (int)strlen(names_str(pAuth, pAuth->aCanon[v])));
}

/* Is Cyrillic word z[0..n) (lower case) one or two syllables of Palladius? */
static int is_palladius(const char *z, int n){
  int k;
  if( in_table(arch_data_palladius, arch_data_palladius_count, z, n) ) return 1;
  for(k=1; k<n; k++){
    if( (z[k] & 0xC0)==0x80 ) continue;
    if( in_table(arch_data_palladius, arch_data_palladius_count, z, k)
     && in_table(arch_data_palladius, arch_data_palladius_count, z+k, n-k) ){
      return 1;
    }
  }
  return 0;
}

/* Letters that Vietnamese writes and the languages around it hardly do: ơ ư ă â ê ô đ, the
** letters with tone marks (U+1EA0-U+1EF9) and the combining horn, hook and dot below. Returns 2
** for the letters only Vietnamese has, 1 for those French or Serbian share, else 0. */
static int vietnamese_marks(const char *z, size_t n){
  size_t j = 0;
  int best = 0;
  while( j<n ){
    uint32_t cp;
    j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    if( cp==0x1A0 || cp==0x1A1 || cp==0x1AF || cp==0x1B0 || (cp>=0x1EA0 && cp<=0x1EF9)
     || cp==0x31B || cp==0x309 || cp==0x323 ){
      return 2;
    }
    if( cp==0x102 || cp==0x103 || cp==0xC2 || cp==0xE2 || cp==0xCA || cp==0xEA
     || cp==0xD4 || cp==0xF4 || cp==0x110 || cp==0x111 ){
      best = 1;
    }
  }
  return best;
}

int names_is_vietnamese_surname(const char *z, int n){
  char syl[VN_SYLLABLE+8];
  int k = n>0 && n<=VN_LONGEST ? fold_latin_syllable(z, n, syl) : -1;
  return k>0 && in_table(arch_data_vietnamese_surnames, arch_data_vietnamese_surnames_count,
                         syl, k);
}

/* Fold the syllables of a Latin word (pieces joined by '-') onto w; 0 when one is none. */
static int read_latin_word(const char *z, int n, VnWord *w){
  int o = 0;
  while( n>0 ){
    const char *zDash = memchr(z, '-', (size_t)n);
    int nz = zDash ? (int)(zDash - z) : n, k;
    char syl[VN_SYLLABLE+8];
    if( nz>0 ){
      if( nz>VN_LONGEST || (k = fold_latin_syllable(z, nz, syl))<0 ) return 0;
      if( o+k>=NAMES_TOKEN_BYTES ) return 0;
      memcpy(w->z+o, syl, (size_t)k);
      o += k;
    }
    z += nz + (zDash!=0);
    n -= nz + (zDash!=0);
  }
  w->z[o] = 0;
  return o>0;
}

/* Does a piece of Latin word z[0..n) fail to read as Chinese (pinyin or Wade-Giles)? */
static int latin_non_chinese(const NameAuthority *pAuth, const char *z, int n){
  while( n>0 ){
    const char *zDash = memchr(z, '-', (size_t)n);
    int nz = zDash ? (int)(zDash - z) : n;
    if( nz>0 && !is_chinese_syllables(pAuth, z, nz) ) return 1;
    z += nz + (zDash!=0);
    n -= nz + (zDash!=0);
  }
  return 0;
}

/* Has Latin word z[0..n) the shape of Vietnamese syllables (pieces joined by '-'): at most
** four consonants, vowels, at most two consonants? A quick test before the tables. */
static int syllable_shaped(const char *z, int n){
  int i = 0;
  while( i<n ){
    int k = 0;
    for(; i<n && z[i]!='-' && !vn_is_vowel(z[i]); i++) k++;
    if( k>4 || i==n || z[i]=='-' ) return 0;
    for(; i<n && vn_is_vowel(z[i]); i++){}
    for(k=0; i<n && z[i]!='-'; i++){
      if( vn_is_vowel(z[i]) || ++k>2 ) return 0;
    }
    if( i<n ) i++;
  }
  return 1;
}

/* Read word i of the name into w: its syllables folded (the Latin letters they were read from
** into zLatin). 0 when it is no Vietnamese word. Nothing of the authority is read yet. */
static int read_word(const Toks *p, int i, VnWord *w, char *zLatin){
  const Tok *t = &p->a[i];
  w->nonChinese = w->chineseSurname = w->marks = 0;
  if( t->written==SCRIPT_CYRILLIC ){
    int n;
    if( !p->zText || t->iEnd<=t->iStart ) return 0;
    n = cyrillic_to_latin(p->zText+t->iStart, t->iEnd-t->iStart, zLatin, NAMES_TOKEN_BYTES);
    return n>0 && read_latin_word(zLatin, n, w);
  }
  if( t->written!=SCRIPT_LATIN || t->script!=SCRIPT_LATIN || t->n<2 ) return 0;
  if( !syllable_shaped(t->z, t->n) ) return 0;
  memcpy(zLatin, t->z, (size_t)t->n+1);
  return read_latin_word(t->z, t->n, w);
}

/* What word i shows (w was read by read_word()): letters of Vietnamese, syllables Chinese has
** not, a Chinese surname. */
static void read_evidence(const NameAuthority *pAuth, const Toks *p, int i, VnWord *w,
                          const char *zLatin){
  const Tok *t = &p->a[i];
  const char *zWritten = p->zText ? p->zText + t->iStart : 0;
  size_t nWritten = zWritten && t->iEnd>t->iStart ? t->iEnd - t->iStart : 0;
  if( t->written==SCRIPT_CYRILLIC ){
    char zLower[NAMES_TOKEN_BYTES];
    int nLower = cyrillic_lower(zWritten, nWritten, zLower, sizeof(zLower));
    w->nonChinese = nLower<=0 || !is_palladius(zLower, nLower);
    w->chineseSurname = !w->nonChinese;
    return;
  }
  if( zWritten ) w->marks = vietnamese_marks(zWritten, nWritten);
  w->chineseSurname = is_chinese_surname(pAuth, t->z, t->n);
  w->nonChinese = latin_non_chinese(pAuth, t->z, t->n);
}

static int is_surname(const VnWord *w){
  return in_table(arch_data_vietnamese_surnames, arch_data_vietnamese_surnames_count, w->z,
                  (int)strlen(w->z));
}

/* French documents of the Indochina years hyphenate a Vietnamese name's syllables into one
** word ("Hô-Chi-Minh", "Pham-Van-Dong", "Ngo-Dinh-Diem"). A Latin word of three to five
** pieces is copied into *pOut as one token a piece, each with its bytes in the text, so that
** it is read as the words would be. 0 when p is no such word. Two pieces are left alone: they
** are the given name of Chinese and Korean names ("Kai-shek", "Il-sung"). */
static int split_hyphenated(const Toks *p, Toks *pOut){
  const Tok *t = &p->a[0];
  const char *zW = p->zText && t->iEnd>t->iStart ? p->zText + t->iStart : 0;
  size_t iW = 0, nW = zW ? t->iEnd - t->iStart : 0;
  int i = 0, nPiece = 1, k;
  if( p->n!=1 || t->written!=SCRIPT_LATIN || t->script!=SCRIPT_LATIN ) return 0;
  for(k=0; k<t->n; k++) nPiece += t->z[k]=='-';
  if( nPiece<3 || nPiece>VN_MAX_WORDS ) return 0;
  pOut->zText = p->zText;
  pOut->n = 0;
  pOut->nInverted = 0;
  pOut->bad = 0;
  while( i<t->n ){
    Tok *o = &pOut->a[pOut->n++];
    int n = 0;
    *o = *t;
    while( i<t->n && t->z[i]!='-' ) o->z[n++] = t->z[i++];
    if( n==0 ) return 0;                          /* "Ho--Minh" */
    o->z[n] = 0;
    o->n = n;
    i++;
    /* the piece's bytes as written: up to the next '-' of the text */
    if( zW ){
      size_t j = iW;
      while( j<nW && zW[j]!='-' ) j++;
      o->iStart = t->iStart + iW;
      o->iEnd = t->iStart + j;
      iW = j<nW ? j+1 : j;
    }
  }
  return 1;
}

int names_parts_vietnamese(const NameAuthority *pAuth, const Toks *p, int needMiddle,
                           NameInfo *pInfo){
  VnWord aWord[VN_MAX_WORDS];
  char aLatin[VN_MAX_WORDS][NAMES_TOKEN_BYTES];
  int i, marks = 0, nonChinese = 0, surname, middle = 0, iFamily = 0;
  int iMiddle;
  size_t nGiven = 0;
  Toks split;
  if( p->n==1 && split_hyphenated(p, &split) ) p = &split;
  if( p->n<2 || p->n>VN_MAX_WORDS ) return 0;
  for(i=0; i<p->n; i++){                        /* every word a Vietnamese syllable: cheap */
    if( !read_word(p, i, &aWord[i], aLatin[i]) ) return 0;
  }
  /* the surname first, or last when "Pham, Van Dong" was turned round (or written so) */
  surname = is_surname(&aWord[0]);
  if( !surname && is_surname(&aWord[p->n-1]) ){
    surname = 1;
    iFamily = p->n-1;
  }
  for(i=0; i<p->n; i++){                        /* then what they show */
    read_evidence(pAuth, p, i, &aWord[i], aLatin[i]);
    if( aWord[i].marks>marks ) marks = aWord[i].marks;
    if( i!=iFamily && aWord[i].nonChinese ) nonChinese = 1;
  }
  iMiddle = iFamily==0 ? 1 : 0;
  if( p->n>=3 ){
    middle = in_table(arch_data_vietnamese_middle_names, arch_data_vietnamese_middle_names_count,
                      aWord[iMiddle].z, (int)strlen(aWord[iMiddle].z));
  }
  /* a surname, and a middle name, a syllable Chinese has not, Vietnamese letters, or at least
  ** no Chinese reading (Le Duan: Le is no Chinese surname); or letters only Vietnamese has.
  ** Syllables of Vietnamese's own shape without a surname are as often a place (Dien Bien
  ** Phu, Thanh Hoa): a name without a surname (Xuan Thuy, a pen name) is the authority's. */
  if( !(surname && (middle || nonChinese || marks || !aWord[iFamily].chineseSurname))
   && marks<2 ){
    return 0;
  }
  if( needMiddle && !(surname && middle) ) return 0;
  if( strlen(aWord[iFamily].z)>=sizeof(pInfo->family) ) return 0;
  strcpy(pInfo->family, aWord[iFamily].z);
  pInfo->given[0] = 0;
  for(i=0; i<p->n; i++){
    size_t k = strlen(aWord[i].z);
    if( i==iFamily ) continue;
    if( nGiven+k>=sizeof(pInfo->given) ) return 0;
    memcpy(pInfo->given+nGiven, aWord[i].z, k+1);
    nGiven += k;
  }
  pInfo->nGiven = 1;
  pInfo->initialsOnly = 0;
  pInfo->familyInverted = iFamily>0 && p->nInverted>0;
  pInfo->culture = NAME_VIETNAMESE;
  return 1;
}
