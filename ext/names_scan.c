/*
** names_scan.c: person names in free text (names.h: NameScanner), for names() and the search
** tokenizer.
**
**     NameScanner sc;
**     NameFound f;
**     name_scanner_init(&sc, pAuth, zText, nText);
**     while( name_scan_next(&sc, &f) ){ ... zText[f.start..f.end), f.info.key ... }
**
** The text is read as runs of capitalized words unbroken by punctuation. Each word of a run is
** folded once and classified: no part of a name (ext/data/not_names.tsv: organisations,
** places, nationalities, document words; acronyms), the start of a title, or a word that may
** belong to a name (a word of a known spelling, a Korean or Chinese surname, a Slavic,
** Romanian or Georgian surname ending, an initial, another script). In each run the longest
** stretch that is a name on its own merits is taken (accept_name()); after a title, the word
** that follows it is ("Premier Kim Received the Study Delegation").
*/
#include "names_int.h"

/* A word of free text: letters with inner apostrophes and hyphens; an initial keeps its
** period ("A.M." is one word). */
typedef struct Word {
  size_t start, end;       /* bytes of the word */
  int capital;             /* begins with a capital, or is in a script without case */
  int acronym;             /* two or more capitals and nothing else: "DPRK", "KWP" */
  int breakBefore;         /* punctuation (not a plain space) stands before it */
  int notName;             /* set by classify_run(): no part of a name */
  int nameish;             /* ... may be part of one (a word a known name uses, a surname) */
  int titleLen;            /* ... the words of the title that starts here, or 0 */
} Word;

#define RUN_MAX_WORDS 8

/* True when z[i..n) begins with a letter. */
static int letter_at(const char *z, size_t n, size_t i){
  uint32_t cp;
  if( i>=n ) return 0;
  text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  return text_is_letter(cp);
}

/* Skip to the next letter from *pOff, noting in w whether punctuation or a line end (not a
** plain space) parts it from the word before. 0 at the end of the text. */
static int skip_to_word(const char *z, size_t n, size_t *pOff, Word *w){
  size_t i = *pOff;
  while( i<n ){
    uint32_t cp;
    int len;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 ){                                   /* ASCII: no table needed */
      if( (c|0x20)>='a' && (c|0x20)<='z' ) break;
      if( c!=' ' && c!='\t' ) w->breakBefore = 1;
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( text_is_letter(cp) ) break;
    if( !text_space_len(z+i, n-i) ) w->breakBefore = 1;
    i += (size_t)len;
  }
  *pOff = i;
  return i<n;
}

/* Read the word at or after *pOff; 0 at the end of the text. */
static int scan_word(const char *z, size_t n, size_t *pOff, Word *w){
  size_t i;
  int nLetter = 0, nUpper = 0, nLower = 0;
  memset(w, 0, sizeof(*w));
  if( !skip_to_word(z, n, pOff, w) ) return 0;
  i = w->start = *pOff;
  while( i<n ){
    uint32_t cp;
    int len;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 && (c|0x20)>='a' && (c|0x20)<='z' ){
      if( nLetter==0 ) w->capital = c<='Z';
      nLetter++;
      if( c<='Z' ) nUpper++; else nLower++;
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    /* an apostrophe or hyphen inside a word ("O'Neill", "Ma'ruf", "Il-sung") */
    if( text_is_apostrophe(cp) || text_is_dash(cp) ){
      if( !letter_at(z, n, i+(size_t)len) ) break;
      i += (size_t)len;
      continue;
    }
    if( text_is_letter(cp) ){
      int upper = text_is_upper(cp), lower = text_is_lower(cp);
      if( nLetter==0 ) w->capital = !lower;         /* capitals, and scripts without case */
      nLetter++;
      nUpper += upper;
      nLower += lower;
      i += (size_t)len;
      continue;
    }
    if( text_is_mark(cp) ){ i += (size_t)len; continue; }
    if( cp=='.' && nLetter==1 ){                    /* the period of an initial ("A.M.") */
      i++;
      nLetter = 0;                                  /* more initials may follow */
      if( i<n && (z[i]&0x80)==0 && ((z[i]|0x20)<'a' || (z[i]|0x20)>'z') ) break;
      continue;
    }
    break;
  }
  w->end = i;
  w->acronym = nUpper>=2 && nLower==0 && w->end - w->start == (size_t)nUpper;
  *pOff = i;
  return 1;
}

/* Surname endings that mark a word as a Slavic, Romanian, Georgian ... family name. */
static int has_surname_ending(const char *zFamily){
  static const char *const azEnding[] = {
    "ov", "ev", "ova", "eva", "sky", "ski", "ska", "skaya", "enko", "vich", "vic", "escu",
    "idze", "shvili", "yan"
  };
  size_t i;
  int n = (int)strlen(zFamily);
  for(i=0; i<sizeof(azEnding)/sizeof(azEnding[0]); i++){
    if( names_ends_with(zFamily, n, azEnding[i]) && n>(int)strlen(azEnding[i])+2 ) return 1;
  }
  return 0;
}

/* The folded form of one word, for the title and not-a-name tables: as names_tokenize() folds a
** Latin word (lower-case ASCII letters, ' and -), Hangul romanized; without building tokens. */
static int fold_word_at(const NameScanner *p, const Word *w, char *out, int nOut){
  size_t i = w->start;
  int o = 0;
  while( i<w->end ){
    uint32_t cp;
    unsigned char c = (unsigned char)p->z[i];
    int len;
    if( c<0x80 ){
      if( (c|0x20)>='a' && (c|0x20)<='z' ){
        if( o+1>=nOut ) return -1;
        out[o++] = (char)(c|0x20);
      }else if( (c=='-' || c=='\'') && o>0 ){
        if( o+1>=nOut ) return -1;
        out[o++] = (char)c;
      }
      i++;
      continue;
    }
    len = text_utf8_decode((const unsigned char*)p->z+i, w->end-i, &cp);
    if( text_is_hangul_syllable(cp) || text_is_cyrillic(cp) || text_is_han(cp) ){
      /* other scripts: the token machinery romanizes them */
      Toks toks;
      names_tokenize(p->z + w->start, w->end - w->start, &toks);
      if( toks.bad ) return -1;
      return names_join_tokens(&toks, 0, toks.n, out, nOut);
    }else if( text_is_dash(cp) || text_is_apostrophe(cp) ){
      if( o>0 && o+1<nOut ) out[o++] = text_is_dash(cp) ? '-' : '\'';
    }else{
      char buf[8];
      int k, nb = text_fold_letter(cp, buf);
      for(k=0; k<nb; k++){
        if( buf[k]>='a' && buf[k]<='z' && o+1<nOut ) out[o++] = buf[k];
      }
    }
    i += (size_t)len;
  }
  while( o>0 && (out[o-1]=='-' || out[o-1]=='\'') ) o--;
  if( o>=2 && out[o-1]=='s' && out[o-2]=='\'' ) o -= 2;     /* a possessive */
  out[o] = 0;
  return o;
}

/* Titles among words a[i..k): their length in words, or 0. zFirst/nFirst: a[i] folded. */
static int title_words(const NameScanner *p, const Word *a, int i, int k,
                       const char *zFirst, int nFirst){
  char buf[128];
  int len, n;
  if( !(names_map_get(&p->pAuth->titleEdges, zFirst, nFirst, 0) & 1) ) return 0;
  for(len = (k-i<4 ? k-i : 4); len>0; len--){
    Toks toks;
    names_tokenize(p->z + a[i].start, a[i+len-1].end - a[i].start, &toks);
    if( toks.bad ) continue;
    n = names_join_tokens(&toks, 0, toks.n, buf, sizeof(buf));
    if( n>0 && (names_map_get(&p->pAuth->titles, buf, n, 0) & 1) ) return len;
  }
  return 0;
}

static int not_a_name(const NameScanner *p, const Word *w, const char *zFold, int nFold){
  char buf[NAMES_TOKEN_BYTES*2];
  int n = nFold;
  if( w->acronym ) return 1;
  if( n<=0 || n>=(int)sizeof(buf) ) return 1;
  memcpy(buf, zFold, (size_t)n+1);
  if( names_map_get(&p->pAuth->notNames, buf, n, 0) ) return 1;
  /* "North-Korean", "Sino-Soviet": a compound of such words */
  if( strchr(buf, '-') ){
    char *zPart = buf, *zDash;
    while( (zDash = strchr(zPart, '-'))!=0 ){
      if( names_map_get(&p->pAuth->notNames, zPart, (int)(zDash - zPart), 0) ) return 1;
      zPart = zDash+1;
    }
    if( names_map_get(&p->pAuth->notNames, zPart, (int)strlen(zPart), 0) ) return 1;
  }
  return 0;
}

/* Fold each word of a run once, and note which are no part of a name and where titles begin. */
static void classify_run(const NameScanner *p, Word *a, int k){
  int i;
  const NameAuthority *pAuth = p->pAuth;
  for(i=0; i<k; i++){
    char buf[NAMES_TOKEN_BYTES*2];
    int n = fold_word_at(p, &a[i], buf, sizeof(buf));
    a[i].notName = not_a_name(p, &a[i], buf, n);
    a[i].titleLen = n>0 ? title_words(p, a, i, k, buf, n) : 0;
    a[i].nameish = n<=0 || (unsigned char)p->z[a[i].start]>=0x80     /* not Latin: try */
                || (n==1 && p->z[a[i].end-1]=='.')                    /* an initial */
                || names_map_get(&pAuth->nameWords, buf, n, 0)
                || names_is_korean_surname(pAuth, buf, n)>=0
                || names_is_chinese_surname(pAuth, buf, n)
                || has_surname_ending(buf);
  }
}

/* Is this analysed run of nWord words a person's name? */
static int accept_name(const NameScanner *p, const NameInfo *pInfo, int nWord, int titled){
  if( pInfo->person>=0 || titled ) return 1;
  if( pInfo->culture==NAME_KOREAN || pInfo->culture==NAME_CHINESE ){
    if( pInfo->nGiven>0 ) return 1;
    return names_is_known_family(p->pAuth, pInfo->family);
  }
  if( pInfo->culture!=NAME_WESTERN ) return 0;
  if( pInfo->initialsOnly ) return 1;
  if( names_is_known_family(p->pAuth, pInfo->family) ) return 1;
  return has_surname_ending(pInfo->family) && (nWord==1 || pInfo->nGiven>0);
}

void name_scanner_init(NameScanner *p, const NameAuthority *pAuth, const char *z, size_t n){
  memset(p, 0, sizeof(*p));
  p->pAuth = pAuth;
  p->z = z;
  p->n = n;
}

int name_scan_next(NameScanner *p, NameFound *pFound){
  for(;;){
    Word a[RUN_MAX_WORDS];
    int k = 0, i, titled = 0;
    size_t off = p->off;
    /* the next run of capitalized words, unbroken by punctuation */
    while( k<RUN_MAX_WORDS ){
      size_t save = off;
      if( !scan_word(p->z, p->n, &off, &a[k]) ){ off = p->n; break; }
      if( !a[k].capital || (k>0 && a[k].breakBefore) ){
        if( k==0 ) continue;                          /* skip lower-case words */
        off = save;
        break;
      }
      k++;
    }
    if( k==0 ){
      p->off = p->n;
      return 0;
    }
    classify_run(p, a, k);
    for(i=0; i<k; ){
      int len, j;
      if( a[i].titleLen>0 ){ titled = 1; i += a[i].titleLen; continue; }
      if( a[i].notName ){ titled = 0; i++; continue; }
      for(j=i+1; j<k && j<i+4 && !a[j].notName && !a[j].titleLen; j++){}
      /* The longest run of words that is a name on its own merits; failing that, after a
      ** title, the word that follows it ("Premier Kim Received the Study Delegation"). */
      for(len=j-i; len>0; len--){
        size_t start = a[i].start, end = a[i+len-1].end;
        int w, nameish = titled && len==1;
        for(w=i; w<i+len && !nameish; w++) nameish = a[w].nameish;
        if( !nameish ) continue;        /* no word of it could belong to a name: skip reading */
        if( !name_analyze(p->pAuth, p->z+start, end-start, &pFound->info) ) continue;
        if( !accept_name(p, &pFound->info, len, titled && len==1) ) continue;
        /* the name as written, without a possessive */
        {
          Toks toks;
          names_tokenize(p->z+start, end-start, &toks);
          if( toks.n>0 ) end = start + toks.a[toks.n-1].iEnd;
        }
        pFound->start = start;
        pFound->end = end;
        p->off = a[i+len-1].end;
        return 1;
      }
      titled = 0;
      i++;
    }
    p->off = a[k-1].end;
  }
}
