/*
** listing_wraps.c: titles that wrap onto a second line in a copy, as a printed sheet (a page
** printed to PDF, then to text) or a saved page's <br> inside a title's link leaves them. The
** record machine (listing.c) asks it of the text line right below a title, before any summary.
**
** In a copy, the title filled a printed sheet's line (SHEET_LINE_MIN_BYTES or more) and ends
** no sentence, and the line below it ends none either (a summary does). That line goes on the
** title when:
**   - it begins with a small letter ("along the 38th Parallel", "the Korean Workers' Party");
**   - it reads as the rest of a heading (its words capitalized but for the little ones, "of",
**     "the": "Hungarian and Polish Events", "Reception'") and either the page sets its fields
**     apart with blank lines, so that a line right below a title is no field of its own, or the
**     title's line stops in the middle of a phrase ("... Pavel Yudin on the", "... Railway,")
**     and the line does not begin with a document's genre ("Report on ...", which is the next
**     record's title on a page without blank lines), or, on a page a browser printed (its
**     sheet's header or footer was read), the line does not begin with a genre, or the line
**     is one word that names no genre ("... of the Asian-African" over "Conference") and the
**     copy goes on below it ("Conference Documents" may be an undated record's title).
** A line that reads as prose is a summary, never the rest of a title.
*/
#include "listing_lines.h"
#include "text.h"

#include <string.h>

/* Every word of z[0..n) begins with a capital, or is a little word of a heading ("of", "the"),
** or begins with no letter ("'Khrushchev's", "(Warsaw"): the rest of a heading. With atEnd,
** z ends the copy, and its last word but the first may be cut anywhere. */
static int reads_as_heading_rest(const char *z, size_t n, int atEnd){
  size_t i = 0;
  int nCap = 0;
  while( i<n ){
    size_t w = i;
    int c;
    while( i<n && z[i]!=' ' ) i++;
    if( atEnd && i==n && w>0 ) break;    /* the last word of a copy, cut short: "and t" */
    c = listing_word_case(z+w, i-w);
    if( c<0 && !listing_is_minor_word(z+w, i-w) ) return 0;
    if( c>0 ) nCap++;
    while( i<n && z[i]==' ' ) i++;
  }
  return nCap>0;
}

/* The words of z[0..n), up to 2. */
static int count_words(const char *z, size_t n){
  size_t i = 0;
  int nWord = 0;
  while( i<n && nWord<2 ){
    while( i<n && z[i]==' ' ) i++;
    if( i<n ) nWord++;
    while( i<n && z[i]!=' ' ) i++;
  }
  return nWord;
}

/* The last line of the span z[0..n) (a title that wrapped already holds a line end). */
static size_t last_line_start(const char *z, size_t n){
  size_t at = n;
  while( at>0 && z[at-1]!='\n' && z[at-1]!='\r' ) at--;
  return at;
}

static int same_span(const ListingSpan *a, const ListingSpan *b){
  return a->n==b->n && memcmp(a->z, b->z, a->n)==0;
}

int listing_continues_title(const ListingScanner *sc, const ListingRecord *rec,
                            const Line *pLine, const ListingSpan *pUrl, int gap){
  uint32_t cp;
  size_t at;
  if( gap>0 || rec->summary.z || !rec->title.z || !sc->is_page ) return 0;
  /* Bare lines of text are titles one a line; so are titles in small letters. */
  if( text_utf8_char((const unsigned char *)rec->title.z, rec->title.n, &cp)<=0
   || text_is_lower(cp) ){
    return 0;
  }
  if( listing_ends_sentence(pLine->z, pLine->n)
   || listing_ends_sentence(rec->title.z, rec->title.n) ){
    return 0;
  }
  /* On a saved page, the title's own link goes on (a <br> inside it). */
  if( pUrl->z || rec->url.z ){
    if( pUrl->z==0 || rec->url.z==0 || !same_span(pUrl, &rec->url) ) return 0;
    return text_utf8_char((const unsigned char *)pLine->z, pLine->n, &cp)>0 && text_is_lower(cp);
  }
  /* In a copy, a printed sheet wraps a title that filled its width. */
  if( rec->title.n<SHEET_LINE_MIN_BYTES ) return 0;
  if( text_utf8_char((const unsigned char *)pLine->z, pLine->n, &cp)<=0 ) return 0;
  if( text_is_lower(cp) ) return 1;
  at = last_line_start(rec->title.z, rec->title.n);
  if( rec->title.n-at<SHEET_LINE_MIN_BYTES
   || !reads_as_heading_rest(pLine->z, pLine->n, pLine->next>=sc->n) ){
    return 0;
  }
  if( sc->title_gap_seen && sc->title_gap>0 ) return 1;
  /* On a page printed without blank lines between its fields, the next record's title begins
  ** with its genre ("Report on ..."); a line that does not is the rest of a title that filled
  ** the sheet's width ("... of the Asian-African" over "Conference"), as it is after a title
  ** that stops mid-phrase on any page. */
  if( listing_starts_with_kind(pLine->z, pLine->n) ) return 0;
  if( sc->printed || listing_ends_mid_sentence(rec->title.z+at, rec->title.n-at) ) return 1;
  /* The rest of a title that filled the line is often one word ("Conference", "Indonesia"); an
  ** undated record's title is hardly ever one word that names no genre. Two words
  ** ("Conference Documents") may be one. */
  return count_words(pLine->z, pLine->n)==1 && pLine->next<sc->n;
}
