/*
** names_words.c: the words of free text, for the name scanner (names_scan.c). Where a word
** begins and ends (names_scan_word(): letters with inner apostrophes and hyphens, an initial
** with its period, "A.M." one word, a hyphen before an English word such as "-based" an end);
** how it folds and what the tables say of it (names_fold_and_class(), through the memo of
** words); and what its letters alone tell: a Slavic or Romanian surname's ending, an English
** word's inflection, initials, an Arabic article or an elided d' before a capital.
**
**     Word w;
**     size_t off = 0;
**     while( names_scan_word(z, n, &off, &w) ){ ... z[w.start..w.end), w.capital ... }
*/
#include "names_int.h"

#include <stddef.h>

/* True when z[i..n) begins with a letter. */
static int letter_at(const char *z, size_t n, size_t i){
  uint32_t cp;
  if( i>=n ) return 0;
  text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  return text_is_letter(cp);
}

/* Skip to the next letter from *pOff, noting in w whether punctuation or a line end (not a
** plain space or a bracket) parts it from the word before. 0 at the end of the text. */
static int skip_to_word(const char *z, size_t n, size_t *pOff, Word *w){
  size_t i = *pOff;
  while( i<n ){
    uint32_t cp;
    int len;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 ){                                   /* ASCII: no table needed */
      if( (c|0x20)>='a' && (c|0x20)<='z' ) break;
      /* an editor's brackets are no break: "[Harold] Wilson" */
      if( c!=' ' && c!='\t' && c!='[' && c!=']' ) w->breakBefore = 1;
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

/* Does the lower-case word z[start..end) begin with an Arabic article hyphenated to a capital
** ("al-Sadat", "as-Said", "al‐Karim"), or with the elided particle d' ("d'Estaing")? Such a
** word is written as a capitalized one. */
int names_article_before_capital(const char *z, size_t start, size_t end){
  size_t i = start;
  const ArchDataRow *r;
  int k;
  uint32_t cp;
  if( z[start]=='d' && end-start>2 && (k = text_utf8_decode((const unsigned char*)z+start+1,
                                                             end-start-1, &cp))>0
   && text_is_apostrophe(cp) && start+1+(size_t)k<end ){
    text_utf8_decode((const unsigned char*)z+start+1+k, end-start-1-(size_t)k, &cp);
    return text_is_upper(cp);                     /* elided: "d'Estaing", "d’Orléans" */
  }
  while( i<end && (z[i]|0x20)>='a' && (z[i]|0x20)<='z' && i-start<4 ) i++;
  if( i==start || i>=end ) return 0;
  if( (unsigned char)z[i]<0x80 && z[i]!='-' ) return 0;          /* no dash: most words */
  if( (k = text_dash_len(z+i, end-i))==0 ) return 0;
  r = arch_data_find(arch_data_name_particles, arch_data_name_particles_count, z+start,
                     i-start);
  if( r==0 || r->value[0]!='a' ) return 0;
  i += (size_t)k;
  return i<end && (unsigned char)z[i]<0x80 && z[i]>='A' && z[i]<='Z';
}

/* Does word w end in Cyrillic -ска (of a noun, or of a Polish name written in Cyrillic; never
** of a Russian surname)? */
int names_cyrillic_ska(const ScanText *p, const Word *w){
  static const char zSka[] = "\xD1\x81\xD0\xBA\xD0\xB0";        /* ска */
  size_t n = w->end - w->start;
  return n>=6 && memcmp(p->z+w->end-6, zSka, 6)==0;
}

/* Does an English word that makes an adjective of a name begin at z[i..n) and end the word
** there ("-based" of "Hong Kong-based", "-led" of "Kim Il-sung-led": name_hyphen_words.tsv)? */
static int hyphen_word_at(const char *z, size_t n, size_t i){
  size_t start = i;
  while( i<n && z[i]>='a' && z[i]<='z' ) i++;
  if( i-start<2 || (i<n && ((unsigned char)z[i]>=0x80 || ((z[i]|0x20)>='a' && (z[i]|0x20)<='z')
                            || z[i]=='-' || z[i]=='\'')) ){
    return 0;                                     /* no word, or one that goes on */
  }
  return arch_data_find(arch_data_name_hyphen_words, arch_data_name_hyphen_words_count, z+start,
                        i-start)!=0;
}

/* Do the two letters at z stand for one Cyrillic letter as an initial ("Yu", "Zh", "Kh")? */
int names_digraph_initial(const char *z){
  static const char azDigraph[][3] = { "Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Sh", "Ch", "Ts" };
  size_t i;
  for(i=0; i<sizeof(azDigraph)/sizeof(azDigraph[0]); i++){
    if( z[0]==azDigraph[i][0] && z[1]==azDigraph[i][1] ) return 1;
  }
  return 0;
}

/* Read the word at or after *pOff; 0 at the end of the text. */
int names_scan_word(const char *z, size_t n, size_t *pOff, Word *w){
  size_t i;
  int nLetter = 0, nUpper = 0, nLower = 0;
  size_t nUpperBytes = 0;                     /* the bytes of the capitals: "СССР" has 8 */
  memset(w, 0, offsetof(Word, zFold));        /* the fold is written when read */
  if( !skip_to_word(z, n, pOff, w) ) return 0;
  i = w->start = *pOff;
  while( i<n ){
    uint32_t cp;
    int len;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 && (c|0x20)>='a' && (c|0x20)<='z' ){
      if( nLetter==0 ) w->capital = c<='Z';
      nLetter++;
      if( c<='Z' ){ nUpper++; nUpperBytes++; }else{ nLower++; }
      i++;
      continue;
    }
    /* any other ASCII byte but an apostrophe, a hyphen or a period ends the word: the space
    ** after most words is told so without the character tables */
    if( c<0x80 && c!='\'' && c!='`' && c!='-' && c!='.' ) break;
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    /* an apostrophe or hyphen inside a word ("O'Neill", "Ma'ruf", "Il-sung"); one that begins
    ** it is a letter, as skip_to_word() found (the ayn of "ʿAbd"), so that a word is never
    ** empty */
    if( i>w->start && (text_is_apostrophe(cp) || text_is_dash(cp)) ){
      if( cp=='-' && i+2<n && z[i+1]=='\n' && z[i+2]>='a' && z[i+2]<='z' ){
        i += 2;                 /* a hyphen that breaks a word at a line's end: "Mao Tse-\ntung" */
        continue;
      }
      if( !letter_at(z, n, i+(size_t)len) ) break;
      /* an en or em dash joins two names or things, never a name's parts: "the Kim Il
      ** Sung–Pak Hon-yong dispute", "the Tito—Stalin split" */
      if( cp>=0x2012 && cp<=0x2015 ) break;
      if( text_is_dash(cp) && hyphen_word_at(z, n, i+(size_t)len) ) break;   /* "Kong-based" */
      if( cp=='-' && z[i+1]>='A' && z[i+1]<='Z' ) w->hyphenCapital = 1;
      i += (size_t)len;
      continue;
    }
    if( text_is_letter(cp) ){
      int upper = text_is_upper(cp), lower = text_is_lower(cp);
      if( nLetter==0 ) w->capital = !lower;         /* capitals, and scripts without case */
      nLetter++;
      nUpper += upper;
      nUpperBytes += upper ? (size_t)len : 0;
      nLower += lower;
      i += (size_t)len;
      continue;
    }
    if( text_is_mark(cp) ){ i += (size_t)len; continue; }
    if( cp=='.' && nLetter==2 && i-w->start==2 && names_digraph_initial(z+w->start) ){
      i++;                                          /* "Yu.", "Zh.": one Cyrillic letter */
      break;
    }
    if( cp=='.' && nLetter==1 ){                    /* the period of an initial ("A.M.") */
      i++;
      nLetter = 0;                                  /* more initials may follow */
      if( i<n && (z[i]&0x80)==0 && ((z[i]|0x20)<'a' || (z[i]|0x20)>'z') ) break;
      continue;
    }
    break;
  }
  w->end = i;
  w->acronym = nUpper>=2 && nLower==0 && w->end - w->start == nUpperBytes;
  if( !w->capital ) w->capital = names_article_before_capital(z, w->start, w->end);
  *pOff = i;
  return 1;
}

/* Surname endings that mark a word as a Slavic, Romanian, Georgian, Armenian family name: -ov,
** -ev, -ova, -eva, -sky, -ski, -ska, -skaya, -enko, -vich, -vic, -escu, -idze, -shvili, -yan,
** -tsyn, -tsin, and Polish as written (the scanner's words are not transliterated): -cki,
** -dzki, -cka, -dzka, -wicz (Siedlecki, Cyrankiewicz), with at least three letters before them. Read from the last letter back: most
** words end in none of them, and are told so by one or two letters. With nounSka, the word is
** Cyrillic and written -ска, which ends nouns ("Записка", a note), not Russian's surnames
** (-ская): folded z (n bytes) then ends in no -ska or -skaya. */
int names_surname_ending(const char *z, int n, int nounSka){
#define ENDS(s) (n>(int)sizeof(s)-1+2 && memcmp(z+n-((int)sizeof(s)-1), s, sizeof(s)-1)==0)
  if( n<5 ) return 0;
  switch( z[n-1] ){
    case 'v': return z[n-2]=='o' || z[n-2]=='e';
    case 'a': return ENDS("ova") || ENDS("eva") || ((ENDS("ska") || ENDS("skaya")) && !nounSka)
                     || ENDS("cka") || ENDS("dzka");
    case 'y': return ENDS("sky");
    case 'i': return ENDS("ski") || ENDS("cki") || ENDS("dzki") || ENDS("shvili");
    case 'z': return ENDS("wicz");
    case 'o': return ENDS("enko");
    case 'h': return ENDS("vich");
    case 'c': return ENDS("vic");
    case 'u': return ENDS("escu");
    case 'e': return ENDS("idze");
    case 'n': return ENDS("yan") || ENDS("tsyn") || ENDS("tsin");
  }
  return 0;
#undef ENDS
}

/* Does a folded word end like an inflected English word (-ed, -ing, -ly), as a title-cased
** heading's words do ("Received", "Meeting", "Reportedly")? */
int names_ends_inflected(const char *z, int n){
  if( n<3 ) return 0;
  switch( z[n-1] ){
    case 'd': return z[n-2]=='e';
    case 'y': return z[n-2]=='l';
    case 'g': return n>3 && z[n-2]=='n' && z[n-3]=='i';
  }
  return 0;
}

/* The folded form of one word, for the title and not-a-name tables: as names_tokenize() folds a
** Latin word (lower-case ASCII letters, ' and -), Hangul romanized; without building tokens. */
static int fold_word_at(const ScanText *p, const Word *w, char *out, int nOut){
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
    if( text_is_hangul_syllable(cp) || text_is_cyrillic(cp) || text_is_kept_script(cp) ){
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

/* Word w folded into buf (nBuf bytes) and its class bits in *pBits, from the memo when the
** word was met before: fold_word_at()'s length, or -1. */
int names_fold_and_class(const ScanText *p, const Word *w, char *buf, int nBuf, int *pBits){
  size_t nRaw = w->end - w->start;
  const char *zRaw = p->z + w->start;
  int useMemo = p->pCache && nBuf>WORD_FOLD_BYTES, n;
  if( useMemo && (n = name_word_memo_get(p->pCache, zRaw, nRaw, buf, pBits))>=-1 ) return n;
  n = fold_word_at(p, w, buf, nBuf);
  *pBits = n>0 ? names_word_class(p->pAuth, buf, n) : 0;
  if( *pBits==0 && n>=4 && n<NAMES_TOKEN_BYTES ){
    /* a cable's ae, oe, ue for ä, ö, ü: "Juergen" is a given name as Jürgen is */
    char zUmlaut[NAMES_TOKEN_BYTES];
    int nUmlaut = names_umlaut_known(p->pAuth, buf, n, zUmlaut);
    if( nUmlaut>0 ){
      *pBits = names_word_class(p->pAuth, zUmlaut, nUmlaut) & (WORD_NAME|WORD_GIVEN);
    }
  }
  if( n>0 && names_case_ending_more(p->pAuth, p->z, w->start, w->end, buf, n) ){
    *pBits |= WORD_CASE_MORE;
  }
  *pBits |= names_word_letter_bits(p, w, buf, n, *pBits);
  if( useMemo ) name_word_memo_put(p->pCache, zRaw, nRaw, buf, n, *pBits);
  return n;
}

/* Is w initials: each of its letters, or the two of "Yu.", followed by a period ("A.", "A.M.",
** "Н.С.", "Yu.V.")? */
int names_initials_word(const ScanText *p, const Word *w){
  size_t i = w->start;
  if( p->z[w->end-1]!='.' ) return 0;
  while( i<w->end ){
    uint32_t cp;
    size_t piece = i;
    while( i<w->end && p->z[i]!='.' ){
      i += (size_t)text_utf8_decode((const unsigned char*)p->z+i, w->end-i, &cp);
    }
    if( i==piece || (i-piece>1 && !(i-piece==2 && names_digraph_initial(p->z+piece))
                     && text_utf8_decode((const unsigned char*)p->z+piece, i-piece, &cp)
                        !=(int)(i-piece)) ){
      return 0;                                     /* a piece of more than one letter */
    }
    i++;                                            /* its period */
  }
  return 1;
}

int names_ascii_lower(const char *z, size_t n, char *out, size_t nOut){
  size_t i;
  if( n==0 || n>=nOut ) return 0;
  for(i=0; i<n; i++){
    if( (z[i]|0x20)<'a' || (z[i]|0x20)>'z' ) return 0;
    out[i] = (char)(z[i]|0x20);
  }
  out[n] = 0;
  return 1;
}
