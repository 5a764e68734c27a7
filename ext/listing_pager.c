/*
** listing_pager.c: a pager's links side by side on one line, as a copy of a page whose pager sets
** them in a row gives it ("« First ‹ Previous 1 2 3 Next › Last »", "Pagination 1 2 3",
** "Current page 5", "Page 1 of 6", "Results per page: 10 25 50"), whole or cut short at the
** end of a copy ("1 2 3 Ne"). Its words are ext/data/pager_words.tsv's. Part of listing()'s
** line classifier (listing_lines.h): listing_lines.c reads such a line as furniture to skip.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* Set the scanner's bits of pager_words.tsv's words (aPagerOne, aPagerWords, aPagerLast). */
void listing_pager_init(ListingScanner *sc){
  unsigned i;
  for(i=0; i<arch_data_pager_words_count; i++){
    const ArchDataRow *p = &arch_data_pager_words[i];
    const char *zSpace = memchr(p->key, ' ', (size_t)p->nKey);
    const char *zLast = p->key + p->nKey;
    unsigned bit;
    if( zSpace ){
      bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)zSpace[1]);
      sc->aPagerWords[bit>>5] |= 1u<<(bit & 31);
    }else{
      bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)p->nKey);
      sc->aPagerOne[bit>>5] |= 1u<<(bit & 31);
    }
    while( zLast>p->key && zLast[-1]!=' ' ) zLast--;
    bit = listing_chrome_pair((unsigned char)zLast[0],
                              (unsigned char)(p->key + p->nKey - zLast));
    sc->aPagerLast[bit>>5] |= 1u<<(bit & 31);
  }
}

/* Longest line read as a pager's row of links ("« First ‹ Previous 1 2 3 … Next › Last »"). */
#define PAGER_ROW_MAX_BYTES 160

/* What a piece of a pager's row is (pager_piece()). A range's word ("of", "von", "из") is a
** mark: "Page 1 of 6". */
#define PAGER_NONE    0     /* a word that no pager holds: the line is no pager */
#define PAGER_MARK    1     /* punctuation, an arrow ("«", "›", "…", "|") */
#define PAGER_NUMBER  2     /* a page's number: one to four ASCII digits */
#define PAGER_WORD    3     /* a link to another page ("Next", "Previous") */
#define PAGER_END     4     /* the pager's name, which ends the records ("Pagination") */
#define PAGER_LABEL   5     /* a link that names a page's number ("Page", "Current page") */

/* Most words of a word of pager_words.tsv ("Pagination des résultats"). */
#define PAGER_KEY_WORDS 3

/* The piece z[0..n) of a row, between spaces, as a pager holds it. *pNumber gets a number's
** value. */
static int pager_piece(const ListingScanner *sc, const char *z, size_t n, int *pNumber){
  const ArchDataRow *p;
  const char *zSpace;
  unsigned bit;
  size_t i;
  int isMark = 1;
  if( n<=4 ){
    int v = 0;
    for(i=0; i<n && z[i]>='0' && z[i]<='9'; i++) v = v*10 + (z[i]-'0');
    if( i==n ){
      *pNumber = v;
      return PAGER_NUMBER;
    }
  }
  if( ((unsigned char)z[0]|0x20)>='a' && ((unsigned char)z[0]|0x20)<='z' ) isMark = 0;
  for(i=0; i<n && isMark; ){
    uint32_t cp;
    int k = text_utf8_char((const unsigned char*)z+i, n-i, &cp);
    if( k<=0 ) return PAGER_NONE;
    if( cp<0x80 ? ((cp|0x20)>='a' && (cp|0x20)<='z') || (cp>='0' && cp<='9')
                : text_is_letter(cp) ){
      isMark = 0;
    }
    i += (size_t)k;
  }
  if( isMark ) return PAGER_MARK;
  if( n<=(size_t)arch_data_range_words_max_key
   && arch_data_find(arch_data_range_words, arch_data_range_words_count, z, n) ){
    return PAGER_MARK;                         /* "Page 1 of 6", "Seite 1 von 6" */
  }
  if( z[n-1]==':' ) n--;                       /* "Results per page: 10 25 50" */
  if( n>(size_t)arch_data_pager_words_max_key ) return PAGER_NONE;
  /* No word begins as the piece does: no look-up. */
  if( (zSpace = memchr(z, ' ', n))!=0 ){
    bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)zSpace[1]);
    if( (sc->aPagerWords[bit>>5] & (1u<<(bit & 31)))==0 ) return PAGER_NONE;
  }else{
    bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)n);
    if( (sc->aPagerOne[bit>>5] & (1u<<(bit & 31)))==0 ) return PAGER_NONE;
  }
  p = arch_data_find(arch_data_pager_words, arch_data_pager_words_count, z, n);
  if( p==0 ) return PAGER_NONE;
  switch( p->value[0] ){
    case 'n': return PAGER_END;
    case 'l': return p->value[1]=='a' ? PAGER_LABEL : PAGER_WORD;
    default:  return PAGER_NONE;
  }
}

/* What pager_row_scan() found in a row: its pieces, numbers and words, two numbers of pages
** that follow each other, the pager's name first, a page's label. */
typedef struct PagerRow {
  int nPiece, nNumber, nWord, pair, endFirst, label;
} PagerRow;

/* Read the row z[0..n) piece by piece into *pRow: 0 when a piece is none a pager holds. */
static int pager_row_scan(const ListingScanner *sc, const char *z, size_t n, PagerRow *pRow){
  size_t i = 0;
  int nPiece = 0, nNumber = 0, nWord = 0, pair = 0, prev = -2, endFirst = 0, label = 0;
  while( i<n ){
    size_t start, e;
    int k, w, kind, number = -1;
    unsigned bit;
    while( i<n && (k = text_space_len(z+i, n-i))>0 ) i += (size_t)k;
    if( i>=n ) break;
    start = i;
    while( i<n && z[i]!=' ' && text_space_len(z+i, n-i)==0 ) i++;
    kind = pager_piece(sc, z+start, i-start, &number);
    /* A word of several ("Pagination des résultats", "Go to next page"), the longest first,
    ** when one begins with this word and the next (aPagerWords). */
    if( (kind==PAGER_NONE || kind>=PAGER_WORD) && i+1<n && z[i]==' ' && z[i+1]!=' '
     && (bit = listing_chrome_pair((unsigned char)z[start], (unsigned char)z[i+1]),
         (sc->aPagerWords[bit>>5] & (1u<<(bit & 31)))!=0) ){
      size_t aEnd[PAGER_KEY_WORDS];
      int nEnd = 0;
      e = i;
      while( nEnd<PAGER_KEY_WORDS-1 && e+1<n && z[e]==' ' && z[e+1]!=' ' ){
        e++;
        while( e<n && z[e]!=' ' && text_space_len(z+e, n-e)==0 ) e++;
        aEnd[nEnd++] = e;
      }
      for(w=nEnd-1; w>=0; w--){
        int longer = pager_piece(sc, z+start, aEnd[w]-start, &number);
        if( longer>=PAGER_WORD ){
          kind = longer;
          i = aEnd[w];
          break;
        }
      }
    }
    switch( kind ){
      case PAGER_NONE: return 0;
      case PAGER_NUMBER:
        nNumber++;
        if( number==prev+1 ) pair = 1;
        break;
      case PAGER_END:
        if( nPiece==0 ) endFirst = 1;
        nWord++;
        break;
      case PAGER_LABEL:
        label = 1;
        nWord++;
        break;
      case PAGER_WORD: nWord++; break;
      default: break;
    }
    prev = number;
    nPiece++;
  }
  pRow->nPiece = nPiece;
  pRow->nNumber = nNumber;
  pRow->nWord = nWord;
  pRow->pair = pair;
  pRow->endFirst = endFirst;
  pRow->label = label;
  return 1;
}

/* The line z[0..n) is a pager's links side by side, as a copy of a page whose pager sets its
** links in a row gives them ("1 2 3 4 5 6 Next › Last »", "« First ‹ Previous 1 2 3 Next ›",
** "Pagination 1 2 3 Next", "Current page 1", and its sibling "Results per page: 10 25 50"):
** pieces between spaces that are page numbers, arrows, a range's word ("of") and words of
** pager_words.tsv, with two numbers of pages that follow each other ("1 2", "5 6"), or a
** number and the pager's name first ("Pagination 1") or a page's label ("Page 2", "Current
** page 1", "Page 1 of 6"), or three pieces or more of which one is a number and one a link
** ("‹ Previous 2 Next ›"). A title holds other
** words ("Page 2 of the Protocol"), or no neighbouring numbers ("Print 7"): it is none. Most
** lines are turned away by their last word, which in a pager's row is a number, an arrow or a
** pager's word (never a sentence's end), or by their first, without a look-up. */
int listing_is_pager_row(const ListingScanner *sc, const char *z, size_t n){
  PagerRow row;
  unsigned char c;
  if( n<3 || n>PAGER_ROW_MAX_BYTES ) return 0;
  /* Its last word is a number, an arrow, or a pager's word ("Next", "Last", "page"), whose
  ** first byte and length aPagerLast holds: a sentence's end is none. */
  c = (unsigned char)z[n-1];
  if( !(c>='0' && c<='9') && c<0x80 ){
    size_t w = n;
    unsigned bit;
    if( !((c|0x20)>='a' && (c|0x20)<='z') ) return 0;
    while( w>0 && z[w-1]!=' ' ) w--;
    bit = listing_chrome_pair((unsigned char)z[w], (unsigned char)(n-w));
    if( (sc->aPagerLast[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
  }
  if( !pager_row_scan(sc, z, n, &row) ) return 0;
  return row.pair
      || (row.nNumber>0 && (row.endFirst || row.label || (row.nWord>0 && row.nPiece>=3)));
}

/* The line z[0..n), the last of the text, is a pager's row cut short ("« First ‹ Previ", "1 2 3
** Ne"): pieces a pager holds, one of them a number or a word of pager_words.tsv, then the
** beginning of such a word. */
int listing_is_cut_pager_row(const ListingScanner *sc, const char *z, size_t n){
  PagerRow row;
  unsigned iFirst;
  size_t w = n;
  if( n<3 || n>PAGER_ROW_MAX_BYTES ) return 0;
  while( w>0 && z[w-1]!=' ' ) w--;
  /* The last piece begins a pager's word ("Ne" of "Next"), or the word of a range between
  ** page numbers ("v" of "Seite 1 von 9"). */
  if( w<2 || (arch_data_prefixed(arch_data_pager_words, arch_data_pager_words_count, z+w, n-w,
                                 &iFirst)==0
              && arch_data_prefixed(arch_data_range_words, arch_data_range_words_count, z+w,
                                    n-w, &iFirst)==0) ){
    return 0;
  }
  return pager_row_scan(sc, z, w-1, &row) && row.nNumber+row.nWord>0;
}
