/*
** listing_regions.c: where on a copied result page the records stand, read ahead of the
** scanner (listing.c): whether the text at the top of a page is its heading and where the
** records below it begin, whether a line heads a list of search facets, and whether the site's
** footer follows a paragraph. Each reads the lines below a place with listing_read_line()
** (listing_lines.c) and says what it found; listing.c decides what the lines are.
*/
#include "listing_lines.h"
#include "archivist_data.h"

#include <string.h>

/* At the start of a page, text may be a heading and description rather than records. Look
** ahead from `off`: when a line that opens the records ("Documents", "1 - 10 of 44", a bullet,
** a separator) comes before any date line, the text is a heading; store where the records
** begin in *pRecordsAt and return 1. So it is on a page that began with page furniture ("Skip
** to content") and ends (the text ends, a new page begins, "Pagination") with neither: a copy
** cut in a topic page's description holds no record. Return 0 when the text is itself
** records. */
/* Do the bytes z[*pI..n) begin with a capitalized word (letters, and the hyphens and
** apostrophes inside a name: "Gheorghiu-Dej", "O'Brien"), or an initial ("A.")? Past it. */
static int capitalized_word(const char *z, size_t n, size_t *pI){
  size_t i = *pI;
  uint32_t cp;
  int k = i<n ? text_utf8_decode((const unsigned char*)z+i, n-i, &cp) : 0;
  if( k<=0 || !text_is_upper(cp) ) return 0;
  i += (size_t)k;
  while( i<n ){
    k = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( k<=0 ) return 0;
    if( !text_is_letter(cp) && cp!='-' && cp!='\'' && cp!=0x2019 ) break;
    i += (size_t)k;
  }
  if( i<n && z[i]=='.' ) i++;                                  /* an initial */
  *pI = i;
  return 1;
}

/* Is the line z[0..n) a person's catalogue heading, as a people page prints it over the
** person's documents: "Kania, Stanislaw", "Hoxha, Enver, 1908-1985", "Nkrumah, Kwame 1909-
** 1972": one to three capitalized words, a comma, one to three more, perhaps life years? */
static int person_heading(const char *z, size_t n){
  size_t i = 0;
  int nWord;
  char zFirst[16];
  if( n<4 || n>64 ) return 0;
  /* a document's genre before the comma is a record's title: "Report, Moscow" */
  while( i<n && i<sizeof(zFirst) && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ){
    zFirst[i] = (char)(z[i]|0x20);
    i++;
  }
  if( i<sizeof(zFirst) && arch_data_find(arch_data_kinds, arch_data_kinds_count, zFirst, i) ){
    return 0;
  }
  i = 0;
  for(nWord=0; nWord<3 && capitalized_word(z, n, &i); ){
    nWord++;
    if( i+1<n && z[i]==' ' && z[i+1]!=' ' ) i++; else break;
  }
  if( nWord==0 || i+2>n || z[i]!=',' || z[i+1]!=' ' ) return 0;
  i += 2;
  for(nWord=0; nWord<3 && capitalized_word(z, n, &i); ){
    nWord++;
    if( i+1<n && z[i]==' ' && !(z[i+1]>='0' && z[i+1]<='9') ) i++; else break;
  }
  if( nWord==0 ) return 0;
  if( i<n && z[i]==',' ) i++;
  while( i<n && ((z[i]>='0' && z[i]<='9') || z[i]=='-' || z[i]==' ') ) i++;
  return i==n;
}

int listing_heading_precedes_records(ListingScanner *sc, size_t off, int listHead,
                                    size_t *pRecordsAt){
  Line line;
  int nText = 0, heading = 0;           /* text lines read; the first a person's heading */
  while( off<sc->n ){
    listing_read_line(sc, off, &line);
    if( line.cls==LINE_TEXT && nText++==0 ) heading = person_heading(line.z, line.n);
    if( line.bullet && line.cls!=LINE_BLANK ){
      *pRecordsAt = off;
      return 1;
    }
    switch( line.cls ){
      case LINE_BLANK: case LINE_TEXT: case LINE_SKIP:
        break;
      case LINE_START: case LINE_RANGE: case LINE_SEPARATOR:
        *pRecordsAt = off;
        return 1;
      case LINE_PAGE:
        /* Text before the first page's "Skip to content" (a cookie notice) is no record. */
        *pRecordsAt = off;
        return !listHead;
      case LINE_END:
        *pRecordsAt = off;
        return !listHead && sc->is_page;
      case LINE_DATE:
        /* Below "Skip to content", a page's records begin after its range or "Documents", or
        ** with its first date line: text above that is the page's heading ("Search results
        ** for: kim il sung"), whatever follows. So is a person's heading over a line of
        ** description at most, on a people page copied without its furniture ("Kania,
        ** Stanislaw" over his documents). */
        *pRecordsAt = off;
        return !listHead && (sc->is_page || (heading && nText<=2));
      default:
        return 0;
    }
    off = line.next;
  }
  *pRecordsAt = sc->n;
  return !listHead && sc->is_page;
}

/* A quick look, before reading the lines at offset off: the first line that is not blank (the
** first or the second) ends as a facet can, whole or cut: in ")", a digit or "(", or the line
** right below it begins as a count does. */
static int may_end_facet(const ListingScanner *sc, size_t off){
  int iLine;
  for(iLine=0; iLine<2 && off<sc->n; iLine++){
    const char *nl = memchr(sc->z+off, '\n', sc->n-off);
    size_t end = nl ? (size_t)(nl - sc->z) : sc->n;
    size_t last = end;
    while( last>off && memchr(" \t\r", sc->z[last-1], 3) ) last--;
    if( last>off ){
      char c = sc->z[last-1];
      if( c==')' || c=='(' || (c>='0' && c<='9') ) return 1;
      /* A label whose count stands on the line below it ("English" over "290"). */
      c = end+1<sc->n ? sc->z[end+1] : 0;
      return c=='(' || (c>='0' && c<='9');
    }
    off = end+1;
  }
  return 0;
}

/* The text line at offset off is the heading of a list of facets ("Subjects", "Related
** Topics"): the line below it, or the one below a blank line, is a facet. */
int listing_heads_facets(ListingScanner *sc, size_t off){
  Line line;
  int nBlank = 0;
  if( !may_end_facet(sc, off) ) return 0;
  while( off<sc->n ){
    listing_read_line(sc, off, &line);
    if( line.cls!=LINE_BLANK ){
      if( line.cls==LINE_TEXT ){
        return listing_is_cut_line(sc, &line) && listing_is_cut_facet(line.z, line.n);
      }
      return line.cls==LINE_SKIP && !line.bullet && line.facet;
    }
    if( ++nBlank>1 ) return 0;
    off = line.next;
  }
  return 0;
}

/* The site's footer follows the text line at offset off: below it, with nothing but text,
** facets and blank lines between, stands a line of the site's footer ("Privacy Policy",
** "Contact Us | Sitemap", "© 2026 Wilson Center"), as no record stands: a result list ends in
** its pager ("1 2 3", "Next ›", "Pagination", "Load more") or a date line opens its next
** record. So the footer's own paragraphs above that line ("About the Digital Archive", a
** newsletter's "Sign up", an address) are no record. The verdict is kept: text before
** sc->footer_clear, where the last look stopped, has no such line below it, so that each line
** is read once. */
int listing_footer_follows(ListingScanner *sc, size_t off, int *pnText){
  Line line;
  int nLine;
  *pnText = 0;
  if( off<sc->footer_clear ) return 0;
  for(nLine=0; off<sc->n && nLine<FOLLOW_MAX_LINES; nLine++){
    listing_read_line(sc, off, &line);
    if( line.cls==LINE_END && line.footer ) return 1;
    if( line.cls==LINE_TEXT ) (*pnText)++;
    if( line.bullet && line.cls!=LINE_BLANK ) break;
    if( line.cls==LINE_SKIP ){
      /* A pager or a control ends the list: what is above it is the list's. A facet says
      ** nothing of it (nor does a cookie notice, a text line here). */
      if( listing_has_word_char(line.z, line.n) && !line.footer
       && !line.facet ){
        break;
      }
    }else if( line.cls!=LINE_TEXT && line.cls!=LINE_BLANK ){
      break;
    }
    off = line.next;
  }
  sc->footer_clear = off;
  return 0;
}
