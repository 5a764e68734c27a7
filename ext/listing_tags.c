/*
** listing_tags.c: a record's tags side by side on a line below it, as a result card prints them
** ("Hungarian Revolution, 1956 · Soviet Union · Warsaw Pact", "Korea | Radio"): short pieces in
** capitals between " · " or " | ", no part of the summary (listing_lines.h,
** listing_is_tag_list(); listing.c asks it of a text line below a record).
*/
#include "listing_lines.h"
#include "text.h"

#include <string.h>

/* Longest piece of a list of tags ("Hungarian Revolution, 1956"), and most words in one. */
#define TAG_MAX_BYTES 40
#define TAG_MAX_WORDS 5

/* The piece z[0..n) of a line, between separators, reads as a tag: short, a few words, begins
** with a capital letter or a digit, and ends no sentence. */
static int reads_as_tag(const char *z, size_t n){
  uint32_t cp;
  size_t i;
  int nWord = 1;
  text_trim(&z, &n);
  if( n==0 || n>TAG_MAX_BYTES || memchr(".!?:", z[n-1], 4) ) return 0;
  if( text_utf8_char((const unsigned char*)z, n, &cp)<=0 ) return 0;
  if( !text_is_upper(cp) && !(cp>='0' && cp<='9') ) return 0;
  for(i=0; i<n; i++){
    if( z[i]==' ' && ++nWord>TAG_MAX_WORDS ) return 0;
  }
  return 1;
}

/* The first separator of a list of tags at or after z[from..n): " · " (U+00B7) or " | ", with
** its spaces, all of them at or after from (" | | " holds two bars, whose spaces the first
** took one of). Its offset, and its length in *pLen; n when there is none. memchr() jumps to the
** candidates: a bar, or the byte 0xB7 (which ends many letters too, Cyrillic "з" among them). */
static size_t next_tag_separator(const char *z, size_t n, size_t from, size_t *pLen){
  while( from<n ){
    const char *pBar = memchr(z+from, '|', n-from);
    const char *pDot = memchr(z+from, 0xB7, n-from);
    size_t i;
    if( pBar && (!pDot || pBar<pDot) ){
      i = (size_t)(pBar-z);
      if( i>=from+1 && i+1<n && z[i-1]==' ' && z[i+1]==' ' ){
        *pLen = 3;
        return i-1;
      }
    }else if( pDot ){
      i = (size_t)(pDot-z);
      if( i>=from+2 && i+1<n && (unsigned char)z[i-1]==0xC2 && z[i-2]==' ' && z[i+1]==' ' ){
        *pLen = 4;
        return i-2;
      }
    }else{
      break;
    }
    from = i+1;
  }
  *pLen = 0;
  return n;
}

int listing_is_tag_list(const char *z, size_t n){
  size_t start = 0, at, k;
  int nTag = 0;
  /* A line that ends a sentence, as summaries do, ends in no tag: no look for separators. */
  if( n<7 || memchr(".!?:", z[n-1], 4) ) return 0;
  while( (at = next_tag_separator(z, n, start, &k))<n ){
    if( !reads_as_tag(z+start, at-start) ) return 0;
    nTag++;
    start = at+k;
  }
  return nTag>0 && reads_as_tag(z+start, n-start);
}
