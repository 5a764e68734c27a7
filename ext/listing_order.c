/*
** listing_order.c: pages that print each record's date line below its title, not above it
** (title, date line, summary), as an archives portal, a national archive's catalogue or a
** European aggregator lays out its results. The record machine (listing.c) asks, at the first
** text line of a page, whether the page is one; from then on a date line below a title is
** that title's.
**
** The first records tell: a title that ends no sentence, its date line, a summary in prose, at
** one gap (the blank lines between a record's fields), then the next title and its date line
** at that gap again, or the end of the records. Records may stand one blank line further apart
** than their fields ("Procès-verbal ..." / "1956-10-23" / "Le Conseil examine ...", a blank
** line, "Lettre de ..." / "1956-11-04"), and a record's details below its summary ("Provider:
** Národní archiv") are passed over.
*/
#include "listing_lines.h"

#include <string.h>

/* The number of blank lines (empty, or of white space alone) right above the line at offset
** off. */
int listing_blank_lines_above(const ListingScanner *sc, size_t off){
  int nBlank = 0;
  while( off>0 ){
    size_t end = off-1, start = end;      /* sc->z[end] is the '\n' that ends the line above */
    size_t i;
    while( start>0 && sc->z[start-1]!='\n' ) start--;
    for(i=start; i<end; i++){
      if( sc->z[i]!=' ' && sc->z[i]!='\t' && sc->z[i]!='\r' ) return nBlank;
    }
    nBlank++;
    off = start;
  }
  return nBlank;
}

/* The first line at offset off that is neither blank nor a record's detail ("Provider: ...",
** "Source: ..."), and in *pGap the blank lines right above it. */
static void next_field_line(ListingScanner *sc, size_t off, Line *pNext, int *pGap){
  int nDetail;
  listing_next_filled_line(sc, off, pNext, pGap);
  for(nDetail=0; nDetail<4 && pNext->cls==LINE_SKIP && pNext->label==4; nDetail++){
    listing_next_filled_line(sc, pNext->next, pNext, pGap);
  }
}

/* The summary must read as prose and the next title must not, so that an undated record
** without a summary over a dated one (layout 5) is not taken for a title over its date line:
** there the line below the date line is a title, and an undated record stands an extra blank
** line apart (a gap wider than the one between the fields). */
int listing_opens_date_after_title(ListingScanner *sc, const Line *pLine, size_t here){
  Line date, summary, title2, date2;
  int g, g2, g3, g4, above;
  if( listing_ends_sentence(pLine->z, pLine->n) ) return 0;
  listing_next_filled_line(sc, pLine->next, &date, &g);
  if( date.cls!=LINE_DATE || g>1 ) return 0;
  above = listing_blank_lines_above(sc, here);
  if( above>g+1 ) return 0;
  listing_next_filled_line(sc, date.next, &summary, &g2);
  if( summary.cls!=LINE_TEXT || g2!=g ) return 0;
  next_field_line(sc, summary.next, &title2, &g3);
  /* The text ends: a copy cut in the summary. Not on a page without blank lines, where an
  ** undated record over a dated one cut in its title reads the same. */
  if( title2.cls==LINE_BLANK ) return g>0 && above<=g;
  if( !listing_ends_sentence(summary.z, summary.n)
   || !listing_is_summary(summary.z, summary.n, g, g) ){
    return 0;
  }
  if( title2.cls==LINE_END || title2.cls==LINE_PAGE ) return above<=g;  /* the page's one record */
  /* The next title at the fields' gap, or one blank line further (records set apart); the
  ** first title no further from what is above it than the records are from each other. */
  if( title2.cls!=LINE_TEXT || (g3!=g && g3!=g+1) || above>g3
   || listing_ends_sentence(title2.z, title2.n) ){
    return 0;
  }
  listing_next_filled_line(sc, title2.next, &date2, &g4);
  if( date2.cls==LINE_DATE ) return g4==g;
  /* The text ends in the next title, or in the beginning of its date line ("1", "Janu"): a copy
  ** cut there. */
  return date2.cls==LINE_BLANK || listing_is_cut_date(sc, &date2);
}
