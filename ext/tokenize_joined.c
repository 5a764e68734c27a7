/*
** tokenize_joined.c: words a document writes apart that the "archivist" tokenizer
** (tokenize.c) also indexes joined, at the first word's position, so that FTS5's MATCH finds
** them typed together as search_query() does:
**
**   - a romanized place's syllables written apart or hyphenated: "Viet Cong", "Viet-Cong",
**     "Ha Noi", "Hà Nội", "Dien Bien Phu", "Pyong Yang" are also the words "vietcong", "hanoi",
**     "dienbienphu", "pyongyang", so that MATCH 'Vietcong' and MATCH 'Hanoi' find them. The
**     words are those search_query() reads as such syllables (search_forms.c): two to four,
**     each with its capital, each a syllable of one romanization (McCune-Reischauer or the
**     Revised Romanization, Vietnamese without its marks, pinyin), each after the first of three
**     letters or more and beginning with a consonant, not all family names ("Kim Mao" is
**     people), and together with a mark of those romanizations (ng, nh, or the vowels ie, oi,
**     ai, ae, ao, ei, uo, eo side by side: not "Tin Can"), no function word
**     (search_function_words.tsv: not "The Long"). Words of a name read are no place (the
**     tokenizer stops the run where a name begins).
**
**         char out[64];
**         int end, k = arch_syllables_joined("the Viet Cong attacked", 22, 4, 22, out, 64, &end);
**         // k == 8, out == "vietcong", end == 13
**
**   - a designation's letters and number hyphenated: "U-2", "B-52", "MiG-21" are also "u2",
**     "b52", "mig21" (one to three letters, one to three digits: "Kim-1956" holds a year);
**     a plural's "s" is left out of the joined word ("B-52s": b, b52, 52s), which
**     search_query() asks for beside the phrase.
**
** Pure C: no SQLite.
*/
#include "tokenize.h"
#include "text.h"
#include "search_int.h"
#include "archivist_data.h"

#include <string.h>

#define JOINED_MAX_RUN 4      /* syllables of one place */
#define JOINED_MAX_SYL 7      /* letters of one syllable, folded */

/* Is c (a folded letter) a vowel, y with them (a glide: "pyong", "nguyen", "yang")? */
static int syllable_vowel(char c){
  return c=='a' || c=='e' || c=='i' || c=='o' || c=='u' || c=='y';
}

int arch_syllable_shaped(const char *z, int n){
  int j, nVowelRun = 0;
  for(j=0; j<n; j++){
    if( syllable_vowel(z[j]) && (j==0 || !syllable_vowel(z[j-1])) && ++nVowelRun>1 ) return 0;
  }
  return nVowelRun==1;
}

/* One word of letters at z[*pi] that folds to lower-case ASCII letters, a capital first, with
** one run of vowels as a syllable has ("viet", "pyong"; not "Soviet", "Meeting": the cheap test
** that most English words fail), into out (at most JOINED_MAX_SYL): its length, *pi after it;
** 0 when it is none. */
static int syllable_word(const char *z, int n, int *pi, char *out){
  int i = *pi, o = 0;
  while( i<n ){
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 ){                               /* ASCII, most text: no decoding */
      if( !((c|0x20)>='a' && (c|0x20)<='z') ) break;
      if( o==0 && c>='a' ) return 0;           /* a capital first */
      if( o>=JOINED_MAX_SYL ) return 0;
      out[o++] = (char)(c|0x20);
      i++;
    }else{
      uint32_t cp;
      char buf[8];
      int len = text_utf8_decode((const unsigned char*)z + i, (size_t)(n - i), &cp), k, b;
      if( len<=0 || !text_is_letter(cp) ) break;
      if( o==0 && !text_is_upper(cp) ) return 0;
      k = text_fold_letter_plain(cp, buf);
      for(b=0; b<k; b++){
        if( buf[b]<'a' || buf[b]>'z' || o>=JOINED_MAX_SYL ) return 0;
        out[o++] = buf[b];
      }
      i += len;
    }
  }
  if( i<n ){                                  /* the word ends: no digit, no mark glued on */
    uint32_t cp;
    if( (unsigned char)z[i]<0x80 ? ((z[i]>='0' && z[i]<='9') || z[i]=='_')
        : (text_utf8_decode((const unsigned char*)z + i, (size_t)(n - i), &cp)>0
           && text_is_word_char(cp)) ){
      return 0;
    }
  }
  if( !arch_syllable_shaped(out, o) ) return 0;
  *pi = i;
  return o;
}

static int function_word(const char *z, int n){
  return n>=arch_data_search_function_words_min_key
      && n<=arch_data_search_function_words_max_key
      && arch_data_find(arch_data_search_function_words, arch_data_search_function_words_count,
                        z, (size_t)n)!=0;
}

int arch_syllables_joined(const char *z, int n, int start, int limit, char *out, int nOut,
                          int *pEnd){
  char aWord[JOINED_MAX_RUN][JOINED_MAX_SYL];
  int aLen[JOINED_MAX_RUN], aEnd[JOINED_MAX_RUN], nRun = 0, i = start, k;
  while( nRun<JOINED_MAX_RUN ){
    int len = syllable_word(z, n, &i, aWord[nRun]);
    /* each after the first of three letters at least, beginning with a consonant */
    if( len==0 || i>limit || (nRun==0 ? len<2 : (len<3 || strchr("aeiou", aWord[nRun][0]))) ){
      break;
    }
    aLen[nRun] = len;
    aEnd[nRun++] = i;
    if( i+1>=n || (z[i]!=' ' && z[i]!='-') ) break;
    i++;
  }
  for(k=nRun; k>=2; k--){
    unsigned m = ~0u;
    int j, o = 0, nFamily = 0;
    for(j=0; j<k; j++){
      if( o+aLen[j]>=nOut ) return 0;
      memcpy(out+o, aWord[j], (size_t)aLen[j]);
      o += aLen[j];
    }
    /* the cheap tests first: a mark of the romanizations, then the tables */
    if( !search_syllables_marked(out, (size_t)o) ) continue;
    for(j=0; j<k && m; j++){
      if( function_word(aWord[j], aLen[j]) ) m = 0;   /* "The Long March": no "thelong" */
    }
    for(j=0; j<k && m; j++){
      m &= search_syllable(aWord[j], (size_t)aLen[j]);
      nFamily += search_family_name(aWord[j], (size_t)aLen[j]);
    }
    if( m && nFamily<k ){
      out[o] = 0;
      *pEnd = aEnd[k-1];
      return o;
    }
  }
  return 0;
}

/* Is c an ASCII letter? A digit? */
static int ascii_letter(char c){ return (c|0x20)>='a' && (c|0x20)<='z'; }
static int ascii_digit(char c){ return c>='0' && c<='9'; }

int arch_designation_joined(const char *z, int n, int start, int end, char *out, int nOut){
  int i = end+1, k;
  if( end-start<1 || end-start>3 || end+1>=n || z[end]!='-' ) return 0;
  for(k=start; k<end; k++) if( !ascii_letter(z[k]) ) return 0;
  while( i<n && ascii_digit(z[i]) && i-end<=4 ) i++;
  if( i==end+1 || i-end>4 ) return 0;          /* one to three digits: "Kim-1956" is a year */
  k = i<n && z[i]=='s' ? i+1 : i;                          /* "B-52s" */
  if( k<n && (ascii_letter(z[k]) || ascii_digit(z[k]) || (unsigned char)z[k]>=0x80) ) return 0;
  if( (i-end-1)+(end-start)>=nOut ) return 0;
  for(k=start; k<end; k++) out[k-start] = (char)(z[k]|0x20);
  memcpy(out+(end-start), z+end+1, (size_t)(i-end-1));
  out[(end-start)+(i-end-1)] = 0;
  return (end-start)+(i-end-1);
}
