/*
** names_script.c: the character layer of the name engine (names.h, names_int.h).
**
** A name is cut into tokens, each folded: Latin letters lower-cased with their marks stripped,
** except the letters whose marks carry information (ŏ → eo, č → ch: text_fold_letter());
** dashes written '-' and apostrophes '\''; Hangul romanized syllable by syllable (Revised
** Romanization, by arithmetic on the code point and ext/data/hangul.tsv); Cyrillic kept until
** the whole name is seen, then romanized by the name's culture: Palladius when every word is
** Chinese syllables (palladius.tsv), Kontsevich when every word is Korean ones
** (kontsevich.tsv), else letter by letter (cyrillic.tsv). Han characters are kept as they are:
** only the authority knows them. Digits make a text no name; "(...)" is an aside, skipped.
*/
#include "names_int.h"

#include <utf8proc.h>

static void tok_append(Toks *p, Tok *t, const char *z, int n){
  if( t->n+n>=NAMES_TOKEN_BYTES ){ p->bad = 1; return; }
  memcpy(t->z+t->n, z, (size_t)n);
  t->n += n;
  t->z[t->n] = 0;
}

/* Romanize one Hangul syllable (Revised Romanization) onto t. */
static void append_hangul(Toks *p, Tok *t, uint32_t cp){
  char zKey[4];
  const ArchDataRow *r;
  int idx = (int)(cp - 0xAC00);
  int part[3], k;
  part[0] = idx/588;
  part[1] = (idx%588)/28;
  part[2] = idx%28;
  for(k=0; k<3; k++){
    zKey[0] = "ivf"[k];
    zKey[1] = (char)('0' + part[k]/10);
    zKey[2] = (char)('0' + part[k]%10);
    r = arch_data_find(arch_data_hangul, arch_data_hangul_count, zKey, 3);
    if( r && r->value[0]!='-' ) tok_append(p, t, r->value, (int)strlen(r->value));
  }
  t->nSyllable++;
}

/* Append a Latin letter, folded (text_fold_letter), keeping only ASCII letters. */
static void append_latin(Toks *p, Tok *t, uint32_t cp){
  char buf[8];
  int n = text_fold_letter(cp, buf), k;
  for(k=0; k<n; k++){
    if( buf[k]>='a' && buf[k]<='z' ) tok_append(p, t, &buf[k], 1);
  }
}

static Tok *tok_open(Toks *p, size_t iStart){
  Tok *t;
  if( p->n==NAMES_MAX_TOKENS ){ p->bad = 1; return 0; }
  t = &p->a[p->n++];
  memset(t, 0, sizeof(*t));
  t->iStart = iStart;
  t->caps = 1;
  return t;
}

/* Close token t: trailing dashes and apostrophes and a possessive ("Kim's", "Kim’s") are no
** part of it, in its folded text or its bytes; an empty token is dropped. Its bytes end at the
** end of a letter, so a name cut from the text never ends inside a character. */
static void tok_close(Toks *p, Tok *t){
  int joins = 0;
  while( t->n>0 && (t->z[t->n-1]=='-' || t->z[t->n-1]=='\'') ){
    t->z[--t->n] = 0;
    joins = 1;
  }
  t->iEnd = t->iLetterEnd;
  if( !joins && t->n>=2 && t->z[t->n-1]=='s' && t->z[t->n-2]=='\'' ){
    t->n -= 2;                                   /* "'s": the letters before the apostrophe */
    t->z[t->n] = 0;
    t->iEnd = t->iJoin;
  }
  if( t->n==0 ) p->n--;
}

/* The kind of a character for the token machine. */
typedef enum CharKind {
  CHAR_HANGUL, CHAR_HAN, CHAR_CYRILLIC, CHAR_JOIN, CHAR_LETTER, CHAR_MARK, CHAR_DIGIT,
  CHAR_OTHER
} CharKind;

static CharKind char_kind(uint32_t cp){
  if( cp>='0' && cp<='9' ) return CHAR_DIGIT;
  if( text_is_hangul_syllable(cp) ) return CHAR_HANGUL;
  if( text_is_kept_script(cp) ) return CHAR_HAN;     /* katakana too: kept as written */
  if( text_is_cyrillic(cp) ) return CHAR_CYRILLIC;
  if( text_is_dash(cp) || text_is_apostrophe(cp) ) return CHAR_JOIN;
  if( text_is_letter(cp) ) return CHAR_LETTER;
  if( text_is_mark(cp) ) return CHAR_MARK;
  return CHAR_OTHER;
}

/* The token a letter of script s goes into: the open one if it is of that script, else a new
** one (closing the open one). NULL when there is no room. */
static Tok *token_for(Toks *p, Tok *t, Script s, size_t at, int inBracket){
  if( t && t->script!=s ){
    tok_close(p, t);
    t = 0;
  }
  if( !t && (t = tok_open(p, at))!=0 ){
    t->script = t->written = s;
    t->bracketed = inBracket;
  }
  return t;
}

/* The token a Latin letter at byte `at` goes into (token_for()), its case noted: a token
** in capitals has no lower-case letter, and a capital after a lower-case letter marks a
** word run together ("IlSung": camel). NULL when there is no room. */
static Tok *latin_letter_token(Toks *p, Tok *t, int lower, size_t at, int inBracket){
  if( (t = token_for(p, t, SCRIPT_LATIN, at, inBracket))==0 ) return 0;
  if( lower ) t->caps = 0;
  if( t->lastLower && !lower && t->n>0 && t->n<64 ) t->camel |= (uint64_t)1<<t->n;
  t->lastLower = lower;
  return t;
}

/* A character that ends the token: a period marks the token before it ("A."), a comma becomes
** a token of its own. */
static void read_punctuation(Toks *p, uint32_t cp, size_t at, size_t end){
  if( cp=='.' && p->n>0 && p->a[p->n-1].iEnd==at ) p->a[p->n-1].period = 1;
  if( cp==',' ){
    Tok *c = tok_open(p, at);
    if( c ){ c->comma = 1; c->z[0] = ','; c->n = 1; c->iEnd = c->iLetterEnd = end; }
  }
}

void names_tokenize(const char *z, size_t n, Toks *p){
  size_t i = 0;
  Tok *t = 0;
  int inBracket = 0;
  p->zText = z;
  p->n = 0;                        /* tokens are cleared as they open (tok_open) */
  p->bad = 0;
  p->nInverted = 0;
  while( i<n && !p->bad ){
    uint32_t cp;
    size_t at = i;
    CharKind kind;
    unsigned char c = (unsigned char)z[i];
    if( (c|0x20)>='a' && (c|0x20)<='z' ){           /* an ASCII letter: CHAR_LETTER below, */
      i++;                                          /* without the character tables */
      if( (t = latin_letter_token(p, t, c>='a', at, inBracket))!=0 ){
        c |= 0x20;
        tok_append(p, t, (const char*)&c, 1);
        t->nLetters++;
        t->iLetterEnd = i;
      }
      continue;
    }
    i += (size_t)text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( cp=='(' ){                                  /* "(Kim Song-ju)": an aside */
      if( t ){ tok_close(p, t); t = 0; }
      while( i<n && z[i]!=')' ) i++;
      if( i<n ) i++;
      continue;
    }
    switch( (kind = char_kind(cp)) ){
      case CHAR_DIGIT:
        p->bad = 1;
        break;
      case CHAR_HANGUL:
        if( (t = token_for(p, t, SCRIPT_HANGUL, at, inBracket))==0 ) break;
        if( t->nSyllable>0 ) tok_append(p, t, "-", 1);
        append_hangul(p, t, cp);
        t->nLetters++;
        t->iLetterEnd = i;
        break;
      case CHAR_HAN:
      case CHAR_CYRILLIC: {
        utf8proc_uint8_t enc[4];
        utf8proc_int32_t lower = utf8proc_tolower((utf8proc_int32_t)cp);
        Script s = kind==CHAR_HAN ? SCRIPT_HAN : SCRIPT_CYRILLIC;
        if( (t = token_for(p, t, s, at, inBracket))==0 ) break;
        if( lower==(utf8proc_int32_t)cp && s==SCRIPT_CYRILLIC ) t->caps = 0;
        tok_append(p, t, (const char*)enc, (int)utf8proc_encode_char(lower, enc));
        t->nLetters++;
        t->iLetterEnd = i;
        break;
      }
      case CHAR_JOIN:
        if( t && t->n>0 ){
          tok_append(p, t, text_is_dash(cp) ? "-" : "'", 1);
          t->iJoin = t->iLetterEnd;
        }
        break;
      case CHAR_LETTER:
        if( (t = latin_letter_token(p, t, text_is_lower(cp), at, inBracket))==0 ) break;
        append_latin(p, t, cp);
        t->nLetters++;
        t->iLetterEnd = i;
        break;
      case CHAR_MARK:                               /* a combining mark: part of its letter */
        if( t && t->iLetterEnd==at ) t->iLetterEnd = i;
        break;
      case CHAR_OTHER:
        if( t ){ tok_close(p, t); t = 0; }
        if( cp=='[' ) inBracket = 1;
        else if( cp==']' ) inBracket = 0;
        else read_punctuation(p, cp, at, i);
        break;
    }
  }
  if( t ) tok_close(p, t);
}

int names_is_initial(const Tok *t){
  static const char azDigraph[][3] = {
    "yu", "ya", "ye", "yo", "ju", "ja", "je", "jo", "zh", "kh", "sh", "ch", "ts", "th"
  };
  size_t i;
  if( t->comma ) return 0;
  if( t->nLetters==1 ) return t->script==SCRIPT_LATIN;
  if( t->nLetters!=2 || !t->period || t->n!=2 || t->written!=SCRIPT_LATIN ) return 0;
  for(i=0; i<sizeof(azDigraph)/sizeof(azDigraph[0]); i++){
    if( memcmp(t->z, azDigraph[i], 2)==0 ) return 1;
  }
  return 0;
}

int names_next_piece(const Tok *t, int *pi, int *pStart, int atCapitals){
  int i = *pi, start;
  while( i<t->n && t->z[i]=='-' ) i++;
  start = i;
  while( i<t->n && t->z[i]!='-' ){
    i++;
    if( atCapitals && i<64 && (t->camel>>i & 1) ) break;
  }
  *pStart = start;
  *pi = i;
  return i-start;
}

int names_join_tokens(const Toks *p, int i, int j, char *out, int nOut){
  int o = 0, k;
  for(k=i; k<j; k++){
    const Tok *t = &p->a[k];
    if( o+t->n+2>=nOut ){
      out[0] = 0;
      return -1;
    }
    if( k>i ) out[o++] = ' ';
    memcpy(out+o, t->z, (size_t)t->n);
    o += t->n;
  }
  out[o] = 0;
  return o;
}

/* ---------------------------------------------------------------- Cyrillic */

/* Segment raw lower-case Cyrillic z[0..n) into syllables of a table (whose keys take at most
** maxKey bytes), writing their values (joined by `sep` when not 0) to out. Returns the length
** written, or -1. Longest first. */
static int segment_cyrillic(const ArchDataRow *aRow, unsigned nRow, int maxKey, const char *z,
                            int n, char *out, int nOut, char sep){
  int i = 0, o = 0;
  while( i<n ){
    int len, best = 0;
    const ArchDataRow *pBest = 0;
    for(len = (n-i<maxKey ? n-i : maxKey); len>0; len--){
      const ArchDataRow *r;
      if( i+len<n && (z[i+len] & 0xC0)==0x80 ) continue;      /* not at a character edge */
      r = arch_data_find(aRow, nRow, z+i, (size_t)len);
      if( r ){ best = len; pBest = r; break; }
    }
    if( !pBest ) return -1;
    len = (int)strlen(pBest->value);
    if( o+len+2>=nOut ) return -1;
    if( o>0 && sep ) out[o++] = sep;
    memcpy(out+o, pBest->value, (size_t)len);
    o += len;
    i += best;
  }
  out[o] = 0;
  return o;
}

/* Letter by letter, Russian style (ext/data/cyrillic.tsv). */
static int transliterate_cyrillic(const char *z, int n, char *out, int nOut){
  int i = 0, o = 0;
  while( i<n ){
    uint32_t cp;
    int len = text_utf8_decode((const unsigned char*)z+i, (size_t)(n-i), &cp);
    const ArchDataRow *r = arch_data_find(arch_data_cyrillic, arch_data_cyrillic_count,
                                          z+i, (size_t)len);
    if( r && r->value[0]!='-' ){
      int k = (int)strlen(r->value);
      if( o+k>=nOut ) return -1;
      memcpy(out+o, r->value, (size_t)k);
      o += k;
    }else if( !r && z[i]=='-' ){
      if( o+1>=nOut ) return -1;
      out[o++] = '-';
    }
    i += len;
  }
  out[o] = 0;
  return o;
}

/* Segment every Cyrillic token by one table into aOut, each hyphenated part of a token on its
** own ("Энь-лай"); true when all of them segment. */
static int segment_all(const Toks *p, const ArchDataRow *aRow, unsigned nRow, int maxKey,
                       char sep, char aOut[][NAMES_TOKEN_BYTES]){
  int i;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    int j = 0, o = 0;
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    while( j<t->n ){
      const char *zDash = memchr(t->z+j, '-', (size_t)(t->n-j));
      int nPart = zDash ? (int)(zDash - (t->z+j)) : t->n-j, k;
      if( o>0 ){
        if( o+1>=NAMES_TOKEN_BYTES ) return 0;
        aOut[i][o++] = '-';
      }
      k = nPart>0 ? segment_cyrillic(aRow, nRow, maxKey, t->z+j, nPart, aOut[i]+o,
                                     NAMES_TOKEN_BYTES-o, sep) : 0;
      if( k<=0 ) return 0;
      o += k;
      j += nPart + (zDash!=0);
    }
    if( o==0 ) return 0;
  }
  return 1;
}

/* Does the name look Korean rather than Chinese: three or more Cyrillic words, each one
** syllable of Kontsevich's table ("Хан Сан Ду", "Ким Ир Сен")? A Chinese given name is written
** in one word or hyphenated ("Дэн Сяопин", "Чжоу Энь-лай"). */
static int korean_by_syllables(const Toks *p, int nCyr){
  int i;
  if( nCyr<3 ) return 0;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    if( memchr(t->z, '-', (size_t)t->n)
     || !arch_data_find(arch_data_kontsevich, arch_data_kontsevich_count, t->z, (size_t)t->n) ){
      return 0;
    }
  }
  return 1;
}

/* Put the romanized forms in place of the Cyrillic tokens. */
static void take_romanized(Toks *p, char aOut[][NAMES_TOKEN_BYTES]){
  int i;
  for(i=0; i<p->n; i++){
    Tok *t = &p->a[i];
    if( t->script!=SCRIPT_CYRILLIC ) continue;
    memcpy(t->z, aOut[i], NAMES_TOKEN_BYTES);
    t->n = (int)strlen(t->z);
    t->script = SCRIPT_LATIN;
  }
}

/* Is the one Cyrillic word of a name one Chinese syllable of Palladius's table that is no
** Korean syllable of Kontsevich's ("Мао", "Чжоу", "Дэн"; not "Ким", "Пак")? Alone, it is a
** Chinese family name, not two Korean syllables ("Ма-о"). */
static int one_chinese_syllable(const Toks *p){
  int i;
  for(i=0; i<p->n && p->a[i].script!=SCRIPT_CYRILLIC; i++){}
  return i<p->n
      && arch_data_find(arch_data_palladius, arch_data_palladius_count, p->a[i].z,
                        (size_t)p->a[i].n)
      && !arch_data_find(arch_data_kontsevich, arch_data_kontsevich_count, p->a[i].z,
                         (size_t)p->a[i].n);
}

/* Is a Cyrillic token an initial ("А." of "А.И. Микоян"; with its period, since "О" and "У" of
** "О Чжин У" are Korean syllables)? Russian gives initials to its own names only: Chinese and Korean names in Cyrillic are written out, syllable by syllable. */
static int cyrillic_initial(const Tok *t){
  return t->script==SCRIPT_CYRILLIC && t->nLetters==1 && t->period;
}

/* Do the Kontsevich syllables in aOut read as a Korean name? A Korean name in Cyrillic writes
** its family name (one syllable) and its given name apart, the given name in one or two
** syllables ("Ким Ир Сен", "Ким Ирсен", "Пак Хен-Ен"). A word of three syllables ("Микоян":
** Ми-ко-ян, "Кириченко") or a name of one word in two or more is a Russian word that
** happens to segment. */
static int korean_segments(const Toks *p, char aOut[][NAMES_TOKEN_BYTES]){
  int i, nWord = 0, nMost = 0;
  for(i=0; i<p->n; i++){
    const char *z;
    int nSyl = 1;
    if( p->a[i].script!=SCRIPT_CYRILLIC || cyrillic_initial(&p->a[i]) ) continue;
    for(z=aOut[i]; *z; z++) nSyl += *z=='-';
    if( nSyl>nMost ) nMost = nSyl;
    nWord++;
  }
  return nMost<=2 && (nWord>=2 || nMost==1);
}

void names_romanize_cyrillic(Toks *p){
  char aOut[NAMES_MAX_TOKENS][NAMES_TOKEN_BYTES];
  int i, nCyr = 0, nInitial = 0;
  for(i=0; i<p->n; i++){
    nCyr += p->a[i].script==SCRIPT_CYRILLIC;
    nInitial += cyrillic_initial(&p->a[i]);
  }
  if( nCyr==0 ) return;
  if( nInitial==0
   && ((nCyr>=2 && !korean_by_syllables(p, nCyr)) || (nCyr==1 && one_chinese_syllable(p)))
   && segment_all(p, arch_data_palladius, arch_data_palladius_count,
                  arch_data_palladius_max_key, 0, aOut) ){
    take_romanized(p, aOut);                        /* Мао Цзэдун: Chinese syllables */
    return;
  }
  if( !segment_all(p, arch_data_kontsevich, arch_data_kontsevich_count,
                   arch_data_kontsevich_max_key, '-', aOut)
   || !korean_segments(p, aOut) ){
    for(i=0; i<p->n; i++){                          /* Хрущёв: letter by letter */
      const Tok *t = &p->a[i];
      if( t->script!=SCRIPT_CYRILLIC ) continue;
      if( transliterate_cyrillic(t->z, t->n, aOut[i], NAMES_TOKEN_BYTES)<0 ){
        p->bad = 1;
        return;
      }
    }
  }
  take_romanized(p, aOut);
}

int names_fold_phrase(const char *z, char *out, int nOut){
  Toks toks;
  names_tokenize(z, strlen(z), &toks);
  if( toks.bad ) return -1;
  names_romanize_cyrillic(&toks);
  if( toks.bad ) return -1;
  return names_join_tokens(&toks, 0, toks.n, out, nOut);
}
