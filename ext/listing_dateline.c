/*
** listing_dateline.c: date lines that name a place before the date, as the heading of a letter
** or a telegram does and as archives print such a document's date on their result pages:
** "Moscow, 12 May 1955", "Hanoi, July 5, 1965", "Berlin, 17. Juni 1953", "La Habana, 26 de
** octubre de 1962", "Warsaw, 21.X.1956". The date engine reads them (dates_line.c: a place of
** up to four capitalized words, a comma, and a date that names a day); the line classifier
** (listing_lines.c) turns away, before it asks the engine, every line whose first ASCII word
** begins no date ("Moscow" is no month), and asks this test of those lines: is the line shaped
** as such a heading, so that the engine is worth asking? A title begins so rarely ("Cable from
** Qiang Xiaochu, 'Premier ...'" has a word in small letters before its comma) and the engine
** reads no place before a month or a year alone ("Budapest, 1956" is a title). The classifier
** reads no heading whose place begins with a document's genre ("Memorandum, 12 May 1955" is a
** title).
**
** And the last line of a copy cut inside such a heading ("Pyongyang,", "Hanoi, July 5,"),
** inside the year of any date line ("noviembre de 196", "Berlin, 17. Juni 195"), or in the word
** that qualifies a date line's year ("circ" of "circa 1956", "bef" of "before 1958"): no
** record.
*/
#include "listing_lines.h"
#include "dates.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* Most bytes of the place before the comma ("Rio de Janeiro", "Frankfurt am Main"). */
#define PLACE_MAX_BYTES 40

/* Most words of the place, as the engine reads it. */
#define PLACE_MAX_WORDS 4

/* z[0..c), before a comma, is a place: up to PLACE_MAX_WORDS words, capitalized, or joining
** words in small letters ("de", "am"), without a digit, and no document's genre first
** ("Memorandum, 12 May 1955" is a title). For a copy cut after the comma. */
static int place_words(const char *z, size_t c){
  size_t i = 0;
  int nWord = 0;
  uint32_t cp;
  if( c==0 || text_utf8_char((const unsigned char *)z, c, &cp)<=0 || !text_is_upper(cp) ){
    return 0;
  }
  while( i<c ){
    size_t w = i;
    while( i<c && z[i]!=' ' ){
      if( z[i]>='0' && z[i]<='9' ) return 0;
      i++;
    }
    if( i==w ) return 0;                                  /* two spaces */
    if( z[w]>='a' && z[w]<='z' && arch_date_place_word(z+w, i-w)!=1 ) return 0;   /* "with" */
    if( ++nWord>PLACE_MAX_WORDS ) return 0;
    if( i<c ) i++;
  }
  return !listing_starts_with_kind(z, c);
}

/* The comma after the place that begins z[0..n), within its first PLACE_MAX_BYTES, or n. */
static size_t place_comma(const char *z, size_t n){
  const char *zComma = memchr(z, ',', n<PLACE_MAX_BYTES ? n : PLACE_MAX_BYTES);
  return zComma ? (size_t)(zComma-z) : n;
}

/* The engine reads a place as up to four words, each capitalized or a joining word, then a
** comma or a word of the day, then a date of a day (dates_line.c, read_with_place()). This test
** lets through every line it could read so: up to four words, none beginning with a small
** ASCII letter but a joining word, then a comma or a word of the day, and a digit somewhere
** after ("Madrid a mediados de octubre de 1963"). The engine decides (a word with a digit is no
** place's, and more). */
int listing_may_be_place_date(const char *z, size_t n){
  size_t i = 0;
  int nWord = 0;
  while( i<n && nWord<PLACE_MAX_WORDS ){
    size_t w = i;
    while( i<n && z[i]!=' ' && z[i]!=',' ) i++;
    if( i==w ) return 0;
    if( z[w]>='a' && z[w]<='z' ){
      int kind = arch_date_place_word(z+w, i-w);
      if( kind==0 ) return 0;                             /* "from", "between" */
      if( kind==2 ) break;                                /* "den 8.10.1963", "V Praze dne" */
    }
    nWord++;
    if( i<n && z[i]==',' ) break;                         /* "Moscow, 12 May 1955" */
    while( i<n && z[i]==' ' ) i++;
  }
  if( i>=n || (nWord==PLACE_MAX_WORDS && z[i]!=',') ) return 0;
  for(; i<n; i++){
    if( z[i]>='0' && z[i]<='9' ) return 1;                /* the date's day or year */
  }
  return 0;
}

int listing_is_cut_place_date(const char *z, size_t n){
  size_t c, i;
  ArchDate d;
  if( n<3 || (c = place_comma(z, n))==n || !place_words(z, c) ) return 0;
  i = c+1;
  while( i<n && z[i]==' ' ) i++;
  /* "Pyongyang,", "Hanoi, July 5,", "Warsaw, 21.X.19"; or a date without its year yet
  ** ("Berlin, 17. Juni"): with its year, the whole line would have been a date line. */
  return i==n || (n-i<=DATE_LINE_MAX_BYTES && (arch_date_is_cut_prefix(z+i, n-i)
                  || (!text_has_year_digits(z+i, n-i)
                      && arch_date_parse(z+i, n-i, &d)!=ARCH_DATE_NOT_A_DATE)));
}

int listing_is_cut_in_year(const char *z, size_t n){
  char buf[DATE_LINE_MAX_BYTES+4];
  size_t d = n, k;
  ArchDate date;
  while( d>0 && z[d-1]>='0' && z[d-1]<='9' ) d--;
  k = n-d;
  if( k==0 || k>3 || d==0 || (z[d-1]!=' ' && z[d-1]!='.') || n>DATE_LINE_MAX_BYTES ) return 0;
  if( z[d]=='0' ) return 0;                       /* "0..." begins no year */
  memcpy(buf, z, n);
  memset(buf+n, '0', 4-k);                        /* "noviembre de 196" as "... de 1960" */
  return arch_date_parse(buf, n+4-k, &date)!=ARCH_DATE_NOT_A_DATE;
}

int listing_is_cut_date_word(const char *z, size_t n){
  unsigned iRow, k;
  size_t i;
  if( n<2 || n>16 ) return 0;
  for(i=0; i<n; i++) if( (z[i]|0x20)<'a' || (z[i]|0x20)>'z' ) return 0;
  k = arch_data_prefixed(arch_data_date_words, arch_data_date_words_count, z, n, &iRow);
  for(; k>0; k--, iRow++){
    const ArchDataRow *p = &arch_data_date_words[iRow];
    const char *v = p->value;
    if( (size_t)p->nKey<=n ) continue;
    if( strcmp(v, "approx")==0 || strcmp(v, "uncertain")==0 || strcmp(v, "early")==0
     || strcmp(v, "mid")==0 || strcmp(v, "late")==0 || strcmp(v, "before")==0
     || strcmp(v, "after")==0 ){
      return 1;
    }
  }
  return 0;
}
