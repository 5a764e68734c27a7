/*
** listing_document.c: one document's own page, copied whole, is one record, not a list.
**
** The archive's page of a document prints its date line and title, then the line that thanks
** the document's funder ("This document was made possible with support from ..."), the
** document's text (salutations, dialogue, the letter's own date and place, an editor's notes),
** its summary, and "Document Information" over the record's fields ("Source", "Rights",
** "Original Uploaded Date", "Type", "Language", "Record ID"). The older design prints the date,
** a "Citation" block ("get citation", the summary, the citation with the title in quotation
** marks: "\"Discussion between Zhou Enlai and Pham Van Dong,\" April 19, 1968, ..."), "share
** document", then the text. Read as a list, every field and every dated heading of the text was
** a record. listing_document_page() tells such a page by those lines and gives the one record:
** its first date line, its title (the line below that date; in the older design the quoted
** title of its citation), and its summary (the paragraph right above "Document Information";
** in the older design the line below "get citation"). A copy cut above the summary has none.
*/
#include "listing_lines.h"
#include "archivist_data.h"

#include <string.h>

/* The funder's line that only a document's page prints, below its title. */
static const char zFunder[] = "This document was made possible with support from";

/* Is the trimmed line z[0..n) the text zWord, case aside? */
static int line_is(const char *z, size_t n, const char *zWord){
  size_t i, k = strlen(zWord);
  if( n!=k ) return 0;
  for(i=0; i<n; i++) if( (z[i]|0x20)!=(zWord[i]|0x20) ) return 0;
  return 1;
}

/* Is the trimmed line z[0..n) one of the record's fields below "Document Information", a
** label of record_details.tsv alone on its line ("Source", "Rights", "Record ID")? */
static int field_label(const char *z, size_t n){
  return arch_data_find(arch_data_record_details, arch_data_record_details_count, z, n)!=0;
}

/* The title inside the older design's citation: the text after its opening quotation mark, up
** to the comma and closing mark ("\"Discussion between Zhou Enlai and Pham Van Dong,\" April 19,
** 1968, ..."), a straight or a curly one. 0 when the line is no such citation. */
static int cited_title(const char *z, size_t n, ListingSpan *pTitle){
  size_t open, i;
  if( n>=1 && z[0]=='"' ) open = 1;
  else if( n>=3 && memcmp(z, "\xE2\x80\x9C", 3)==0 ) open = 3;          /* “ */
  else return 0;
  for(i=open; i+1<n; i++){
    if( z[i]==',' && (z[i+1]=='"' || (i+3<n && memcmp(z+i+1, "\xE2\x80\x9D", 3)==0)) ){
      if( i==open ) return 0;
      pTitle->z = z+open;
      pTitle->n = i-open;
      return 1;
    }
  }
  return 0;
}

/* A document's page copied whole is some kilobytes, its funder's line or its citation block
** among its first lines; a text longer than DOCUMENT_MAX_BYTES (pages of results pasted one
** after another) is read as a list without looking. */
#define DOCUMENT_MAX_BYTES 262144
#define DOCUMENT_HEAD_BYTES 4096

/* Is there a line in z[0..n) that a document's page prints and a result page does not? A quick
** test before the lines are read. */
static int document_marks(const char *z, size_t n){
  size_t nHead = n<DOCUMENT_HEAD_BYTES ? n : DOCUMENT_HEAD_BYTES;
  if( n>DOCUMENT_MAX_BYTES ) return 0;
  return text_contains(z, nHead, zFunder, sizeof(zFunder)-1)
      || text_contains(z, nHead, "get citation", 12)
      || text_contains(z, n, "Document Information", 20);
}

/* The link of the line that holds z (a saved page's: listing_scanner_links()), or none. */
static ListingSpan line_link_of(const ListingScanner *sc, const char *z){
  ListingSpan none = { 0, 0 };
  size_t line = (size_t)(z - sc->z), i;
  while( line>0 && sc->z[line-1]!='\n' && sc->z[line-1]!='\r' ) line--;
  for(i=0; i<sc->nLink; i++){
    if( sc->aLink[i].line==line ) return sc->aLink[i].url;
  }
  return none;
}

int listing_document_page(ListingScanner *sc, ListingRecord *rec){
  Line line, date;
  size_t at = 0;
  int seen_date = 0, want_title = 0, funder = 0, info = 0, fields = 0;
  int get_citation = 0, want_cited = 0, share = 0;
  ListingSpan title = {0, 0}, last = {0, 0}, summary = {0, 0}, cited = {0, 0};
  memset(&date, 0, sizeof(date));
  if( !document_marks(sc->z, sc->n) ) return 0;
  while( at<sc->n ){
    listing_read_line(sc, at, &line);
    at = line.next>at ? line.next : sc->n;
    if( line.cls==LINE_BLANK || line.n==0 ) continue;
    if( info ){                                         /* the record's fields */
      if( field_label(line.z, line.n) ) fields++;
      continue;
    }
    if( !seen_date ){
      if( line.cls==LINE_DATE && line.date_kind==ARCH_DATE_FOUND ){
        date = line;
        seen_date = want_title = 1;
      }
      continue;
    }
    if( line.n>=sizeof(zFunder)-1 && memcmp(line.z, zFunder, sizeof(zFunder)-1)==0 ){
      funder = 1;
      want_title = 0;
      continue;
    }
    if( line_is(line.z, line.n, "Document Information") ){
      info = 1;
      summary = last;
      continue;
    }
    if( line_is(line.z, line.n, "get citation") ){
      get_citation = want_cited = 1;
      want_title = 0;
      continue;
    }
    if( line_is(line.z, line.n, "share document") ){
      share = 1;
      continue;
    }
    if( want_cited ){                     /* the older design: the summary, then the citation */
      if( summary.z==0 ){
        summary.z = line.z;
        summary.n = line.n;
      }else{
        cited_title(line.z, line.n, &cited);
        want_cited = 0;
      }
      continue;
    }
    if( want_title ){
      if( line.cls!=LINE_TEXT ) continue;                /* "• Citation" */
      title.z = line.z;
      title.n = line.n;
      want_title = 0;
      continue;
    }
    if( line.cls==LINE_TEXT ){
      last.z = line.z;
      last.n = line.n;
    }
  }
  if( !seen_date || !((info && fields>0) || funder || (get_citation && share)) ) return 0;
  if( get_citation ){
    if( cited.z==0 ) return 0;
    title = cited;
  }else if( title.z==0 ){
    return 0;
  }else if( !info ){
    summary.z = 0;                        /* a copy cut above the summary */
    summary.n = 0;
  }
  memset(rec, 0, sizeof(*rec));
  rec->pos = 1;
  rec->rank = rec->total = -1;
  rec->date_text.z = date.z;
  rec->date_text.n = date.n;
  rec->date_kind = date.date_kind;
  rec->date = date.date;
  rec->title = title;
  rec->url = line_link_of(sc, title.z);
  if( summary.z && summary.z!=title.z ) rec->summary = summary;
  return 1;
}
