/*
** listing_cites.c: what a card prints below a record that is no part of it.
**
** A record's citation, as a result card or a copy of it prints it below the
** record ("Citation" or "Cite" over it, "Copy citation" below it): the record's title in
** quotation marks, closed with a comma, then the date, the archive and the source:
**
**   "Report on the Death of Stalin from the Hungarian Legation in Moscow," March 5, 1953,
**   Wilson Center Digital Archive, MOL, XIX-J-1-j.
**
** It is neither the record's summary nor a record of its own (its date and its genre would
** make it read as the next one). The record machine (listing.c) asks it of a text line below a
** record's title; the first byte is a quick gate: a line that opens with no quotation mark is
** answered at once. A copy that stops inside the citation's title ("\"Report on the De") has no
** record there either.
**
** The label of a record's detail cut short at the end of a copy, one word ("Sour" of "Source:"),
** below the record (four letters or more: "The" begins summaries): no paragraph of it.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* Bytes of the opening quotation mark at z[0..n): " ' “ „ « ‘, or 0. */
static size_t opening_quote_len(const char *z, size_t n){
  const unsigned char *u = (const unsigned char *)z;
  if( n==0 ) return 0;
  if( u[0]=='"' || u[0]=='\'' ) return 1;
  if( n>=3 && u[0]==0xE2 && u[1]==0x80 && (u[2]==0x9C || u[2]==0x9E || u[2]==0x98) ) return 3;
  if( n>=2 && u[0]==0xC2 && u[1]==0xAB ) return 2;
  return 0;
}

/* Bytes of the closing quotation mark at z[0..n): " ' ” » ’, or 0. */
static size_t closing_quote_len(const char *z, size_t n){
  const unsigned char *u = (const unsigned char *)z;
  if( n==0 ) return 0;
  if( u[0]=='"' || u[0]=='\'' ) return 1;
  if( n>=3 && u[0]==0xE2 && u[1]==0x80 && (u[2]==0x9D || u[2]==0x99) ) return 3;
  if( n>=2 && u[0]==0xC2 && u[1]==0xBB ) return 2;
  return 0;
}

int listing_is_citation(const char *zTitle, size_t nTitle, const char *z, size_t n, int atEnd){
  size_t i, j = 0, q;
  if( nTitle==0 || (i = opening_quote_len(z, n))==0 ) return 0;
  if( atEnd && i==n ) return 1;                        /* the quotation mark alone */
  /* The title, word for word: a run of white space matches any run (a title that wrapped). */
  while( j<nTitle ){
    int sA = zTitle[j]==' ' || zTitle[j]=='\n' || zTitle[j]=='\r' || zTitle[j]=='\t';
    if( atEnd && i==n ) return 1;                      /* cut inside the title */
    if( sA ){
      if( i>=n || z[i]!=' ' ) return 0;
      while( j<nTitle && (zTitle[j]==' ' || zTitle[j]=='\n' || zTitle[j]=='\r'
                          || zTitle[j]=='\t') ) j++;
      while( i<n && z[i]==' ' ) i++;
      continue;
    }
    if( i>=n || z[i]!=zTitle[j] ) return 0;
    i++;
    j++;
  }
  if( atEnd && (i==n || (i+1==n && z[i]==',')) ) return 1;   /* "Title" or "Title, */
  /* Closed: a comma and the quotation mark ("Title,"), or the mark and a comma or a period
  ** ("Title",  «Title»,), with more after it: the date, the archive. */
  if( i<n && z[i]==',' && (q = closing_quote_len(z+i+1, n-i-1))>0 ) return atEnd || i+1+q<n;
  if( (q = closing_quote_len(z+i, n-i))>0 && atEnd && i+q==n ) return 1;
  if( q>0 && i+q<n && (z[i+q]==',' || z[i+q]=='.') ) return atEnd || i+q+1<n;
  return 0;
}

int listing_is_cut_detail_word(const char *z, size_t n){
  unsigned i, k;
  if( n<4 || memchr(z, ' ', n) ) return 0;      /* "The" may begin a summary ("Themes") */
  for(k = arch_data_prefixed(arch_data_record_details, arch_data_record_details_count, z, n, &i);
      k>0; k--, i++){
    if( (size_t)arch_data_record_details[i].nKey>=n ) return 1;
  }
  return 0;
}
