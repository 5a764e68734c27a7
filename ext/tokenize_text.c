/*
** tokenize_text.c: what the "archivist" tokenizer (tokenize.c) asks of a whole text, once a
** text, or of a rare shape of word: whether the text is a key token written in a query (§...),
** a name in a script without spaces, or begins with a capital; a copy of text that is no UTF-8
** with its bad bytes made spaces (names.c reads valid text); and an initialism written with
** periods ("U.S.S.R." is the word ussr). The word loop's own tests, asked of every character,
** stay in tokenize.c, where they are inlined.
**
** Pure C: no SQLite.
*/
#include "tokenize.h"
#include "arch_alloc.h"
#include "text.h"

#include <string.h>

/* The length of the well-formed UTF-8 character at z[0..n), or 0: text_utf8_char(). */
static int char_len(const char *z, int n, uint32_t *pCp){
  return text_utf8_char((const unsigned char*)z, (size_t)n, pCp);
}

/* Is cp of a script written without spaces between words, Han or hiragana (tokenize.c)? */
static int is_unspaced_script(uint32_t cp){
  return text_is_han(cp) || text_is_hiragana(cp);
}

static int is_ascii_letter(char c){
  return (c|0x20)>='a' && (c|0x20)<='z';
}

/* Does z[0..n) hold a character of a script written without spaces? */
int arch_tok_has_unspaced(const char *z, int n){
  int i = 0;
  while( i<n ){
    uint32_t cp;
    int len = char_len(z+i, n-i, &cp);
    if( len>0 && is_unspaced_script(cp) ) return 1;
    i += len ? len : 1;
  }
  return 0;
}

/* Is z[0..n) characters of scripts written without spaces only? */
int arch_tok_all_unspaced(const char *z, int n){
  int i = 0;
  while( i<n ){
    uint32_t cp;
    int len = char_len(z+i, n-i, &cp);
    if( len==0 || !is_unspaced_script(cp) ) return 0;
    i += len;
  }
  return n>0;
}

/* The initialism at z[i]: three letters or more, each followed by a period but perhaps the last
** ("U.S.S.R.", "D.P.R.K.", "C.P.S.U", "N.A.T.O."), and no letter or digit right after it. Its
** letters, lower-cased, go to out (ARCH_TOKEN_WORD_MAX); returns how many (0: none), and *pEnd is
** the end of its last letter. Text writes such names without periods as often ("USSR",
** "DPRK"): the initialism is that one word. Two letters ("U.S.", "N.S. Khrushchev") stay two
** words, "us" being a word of its own. */
int arch_tok_initialism(const char *z, int n, int i, char *out, int *pEnd){
  int k = 0;
  while( i<n && is_ascii_letter(z[i]) && k<ARCH_TOKEN_WORD_MAX-1 ){
    int dot = i+1<n && z[i+1]=='.';
    if( i+1<n && !dot && (is_ascii_letter(z[i+1]) || (z[i+1]>='0' && z[i+1]<='9')
                          || (unsigned char)z[i+1]>=0x80) ){
      return 0;                                     /* a letter in a word: "U.S.Army" */
    }
    out[k++] = (char)(z[i]|0x20);
    *pEnd = i+1;
    if( !dot ) break;
    i += 2;
  }
  if( k<3 || (i<n && ((z[i]>='0' && z[i]<='9') || (unsigned char)z[i]>=0x80)) ) return 0;
  return k;
}

/* Is the query term z[0..n) a name key's token as emit_key() writes it ("§" and no space nor
** control character after it, valid UTF-8)? search_query() writes one to find the documents
** where a person was read, in any spelling, and no other use of the person's words ("Gerald
** Ford": not "to ford a river"). No word gives "§", so a key token in a query is taken as it
** is: a term that is not one (bytes that are no UTF-8, a control character) is read as words,
** so that no token is ever invalid UTF-8. */
int arch_tok_is_key_token(const char *z, int n){
  int i;
  if( n<3 || z[0]!='\xC2' || z[1]!='\xA7' ) return 0;
  for(i=2; i<n; i++){
    if( (unsigned char)z[i]<=0x20 || z[i]==0x7F ) return 0;
  }
  return text_utf8_invalid_offset(z, (size_t)n)==(size_t)n;
}

/* Does z[0..n) begin with a capital letter (of any script)? */
int arch_tok_begins_with_capital(const char *z, int n){
  uint32_t cp;
  int i = 0;
  while( i<n && (z[i]==' ' || z[i]=='"' || z[i]=='\'') ) i++;
  return i<n && char_len(z+i, n-i, &cp)>0 && text_is_upper(cp);
}

/* A copy of z with every byte that is not part of well-formed UTF-8 made a space, so that
** names.c, which needs valid text, reads it at the same offsets. NULL when z is valid. */
char *arch_tok_valid_copy(const char *z, int n, int *pNoMem){
  size_t iBad = text_utf8_invalid_offset(z, (size_t)n);
  char *zCopy;
  int i;
  *pNoMem = 0;
  if( iBad>=(size_t)n ) return 0;
  zCopy = arch_realloc(0, (size_t)n+1);
  if( zCopy==0 ){ *pNoMem = 1; return 0; }
  for(i=0; i<n; ){
    uint32_t cp;
    int len = char_len(z+i, n-i, &cp);
    if( len==0 ){ zCopy[i++] = ' '; continue; }
    memcpy(zCopy+i, z+i, (size_t)len);
    i += len;
  }
  zCopy[n] = 0;
  return zCopy;
}
