/*
** listing_counts.c: the lines of a result page that carry counts (listing_lines.h): a result
** range ("21 - 30 of 108", "Showing 1 to 10 of 11 results"), whole or cut short where a copy
** stops ("1 - 10 o"); a total alone ("57 results", "Showing 3 documents": total_words.tsv); and a
** search facet: a label with the count of its results, in brackets ("Korean War (120)"), bare in
** a list of them ("English 290" over "Russian 77"), or over its count on the line below
** ("English" over "290"). The line classifier (listing_lines.c) asks these of each line.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>


/* Read a count such as "108" or "1,087" at z[*pi]. */
static int read_count(const char *z, size_t n, size_t *pi, int64_t *pValue){
  size_t i = *pi;
  int64_t v = 0;
  int nDigit = 0;
  while( i<n ){
    if( z[i]>='0' && z[i]<='9' ){
      if( v<(int64_t)1e15 ) v = v*10 + (z[i]-'0');
      nDigit++;
      i++;
    }else if( z[i]==',' && nDigit>0 && i+3<n+1 && i+1<n && z[i+1]>='0' && z[i+1]<='9' ){
      i++;
    }else{
      break;
    }
  }
  if( nDigit==0 ) return 0;
  *pi = i;
  *pValue = v;
  return 1;
}

/* Match a word without regard to ASCII case at z[*pi], followed by a space or the end. */
static int read_word(const char *z, size_t n, size_t *pi, const char *w){
  size_t nw = strlen(w);
  if( *pi+nw>n || !text_ieq(z+*pi, nw, w, nw) ) return 0;
  if( *pi+nw<n && !text_space_len(z+*pi+nw, n-*pi-nw) && z[*pi+nw]!=':' ) return 0;
  *pi += nw;
  if( *pi<n && z[*pi]==':' ) (*pi)++;
  return 1;
}

/* The word of range_words.tsv at z[*pi] ("of", "из", "von"), followed by a space. */
static int read_range_word(const char *z, size_t n, size_t *pi){
  const char *zSpace = memchr(z+*pi, ' ', n-*pi);
  size_t nWord;
  if( zSpace==0 ) return 0;
  nWord = (size_t)(zSpace-(z+*pi));
  if( nWord==0 || nWord>(size_t)arch_data_range_words_max_key
   || arch_data_find(arch_data_range_words, arch_data_range_words_count, z+*pi, nWord)==0 ){
    return 0;
  }
  *pi += nWord;
  return 1;
}

/* The word of total_words.tsv at z[i], whole (up to a space or the end), with the role whose
** first letter is cRole ('l' lead, 'n' noun, 't' the range's "to"): its length, or 0. */
static size_t total_word(const char *z, size_t n, size_t i, char cRole){
  const char *zSpace = memchr(z+i, ' ', n-i);
  size_t nWord = zSpace ? (size_t)(zSpace-(z+i)) : n-i;
  const ArchDataRow *p;
  if( nWord==0 || nWord>(size_t)arch_data_total_words_max_key ) return 0;
  p = arch_data_find(arch_data_total_words, arch_data_total_words_count, z+i, nWord);
  return p && p->value[0]==cRole ? nWord : 0;
}

/* The longest East Asian word of total_words.tsv with the role cRole that begins z[i..n), glued
** to what follows ("件" of "57件", "共" of "共57件"): its length, or 0. */
static size_t east_asian_word(const char *z, size_t n, size_t i, char cRole){
  size_t k, best = 0, most = n-i;
  if( i>=n || (unsigned char)z[i]<0xE0 ) return 0;      /* a CJK or Hangul character */
  if( most>(size_t)arch_data_total_words_max_key ) most = (size_t)arch_data_total_words_max_key;
  for(k=3; k<=most; k++){
    const ArchDataRow *p;
    if( k<most && ((unsigned char)z[i+k] & 0xC0)==0x80 ) continue;   /* inside a character */
    p = arch_data_find(arch_data_total_words, arch_data_total_words_count, z+i, k);
    if( p && p->value[0]==cRole ) best = k;
  }
  return best;
}

/* The words that may open a range, and the spaces after them ("Showing", "Showing results",
** "Displaying items", "Treffer", "Показано", "第", "Résultats :" with the space that French
** sets before a colon): their length, 0 for none. A word of
** total_words.tsv must have a digit after its space. *pShowing is set for a verb or a lead of
** total_words.tsv ("Showing", "Показано"), which may show a count alone ("Showing 20 of 57":
** the first 20), not for a noun ("Item 20 of 57" is one document's place). */
static size_t range_lead_len(const ListingScanner *sc, const char *z, size_t n, int *pShowing){
  size_t i = 0;
  const char *zSpace, *zDigit;
  const ArchDataRow *p;
  unsigned bit;
  unsigned char c = (unsigned char)z[0]|0x20;
  *pShowing = 0;
  if( c=='s' || c=='d' || c=='r' || c=='i' ){
    if( read_word(z, n, &i, "showing") || read_word(z, n, &i, "displaying") ){
      *pShowing = 1;
      listing_skip_spaces(z, n, &i);
    }
    if( read_word(z, n, &i, "results") || read_word(z, n, &i, "items") ){
      listing_skip_spaces(z, n, &i);
    }
    if( i>0 ) return i;
  }
  if( n>3 && memcmp(z, "\xE7\xAC\xAC", 3)==0 ) return 3;        /* "第1-10条" */
  /* One word, a space and a digit ("Treffer 1"), a word of total_words.tsv: a date line's
  ** month ("October 8, 1963") is turned away by its first byte and length (aCountLead). */
  zSpace = memchr(z, ' ', n);
  if( zSpace==0 ) return 0;
  zDigit = zSpace+1;
  if( zDigit+2<z+n && zDigit[0]==':' && zDigit[1]==' ' ) zDigit += 2;   /* "Résultats : 1" */
  if( zDigit>=z+n || *zDigit<'0' || *zDigit>'9' ) return 0;
  if( (size_t)(zSpace-z)>(size_t)arch_data_total_words_max_key ) return 0;
  bit = listing_chrome_pair((unsigned char)(z[0]|0x20), (unsigned char)(zSpace-z));
  if( (sc->aCountLead[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
  p = arch_data_find(arch_data_total_words, arch_data_total_words_count, z, (size_t)(zSpace-z));
  if( p==0 || (p->value[0]!='l' && p->value[0]!='n') ) return 0;
  *pShowing = p->value[0]=='l';
  return (size_t)(zDigit-z);
}

/* After a range's last number, an East Asian counter and the comma or slash before the total
** ("条，共", "件 / 全"): the index of the total's first digit, or 0. */
static size_t east_asian_total_at(const char *z, size_t n, size_t i){
  size_t k = east_asian_word(z, n, i, 'n');
  i += k;
  listing_skip_spaces(z, n, &i);
  if( i+3<=n && memcmp(z+i, "\xEF\xBC\x8C", 3)==0 ) i += 3;             /* "，" */
  else if( i+3<=n && memcmp(z+i, "\xE3\x80\x81", 3)==0 ) i += 3;        /* "、" */
  else if( i<n && (z[i]==',' || z[i]=='/') ) i++;
  else if( k==0 ) return 0;
  listing_skip_spaces(z, n, &i);
  if( (k = east_asian_word(z, n, i, 'l'))==0 ) return 0;
  i += k;
  listing_skip_spaces(z, n, &i);
  return i<n && z[i]>='0' && z[i]<='9' ? i : 0;
}

/* "21 - 30 of 108", "1 - 10 из 44", "Results 1–10 of 1,087", "1 - 10 of 11 results", "1 - 10
** of 11 results for kim il sung", "Showing results 1 to 10 of 11", "Displaying items 1-10 of
** 11", "Results 1 – 10 of about 57". A control that stands on the range's line after it is
** furniture ("11 - 13 of 23 Sort by", "1 - 10 of 44 results Sort by: Date | Title"), as a page
** that sets the range and its sort control in one row gives them. */

/* z[i..n), after a range and a space, is a control to skip ("Sort by", "Sort by: Relevance"). */
static int after_range_is_control(const ListingScanner *sc, const char *z, size_t n,
                                  size_t i){
  if( i==0 || i>=n || z[i-1]!=' ' ) return 0;
  return listing_is_skip_row(sc, z+i, n-i);
}

int listing_parse_range(const ListingScanner *sc, const char *z, size_t n, int64_t *pFirst,
                       int64_t *pLast, int64_t *pTotal){
  size_t i = 0;
  int64_t first, last, total;
  int k;
  size_t lead, at;
  int showing = 0;
  /* A range begins with a digit or with a word that opens one ("Showing", "Treffer"), a space
  ** and a digit: most lines are turned away here. */
  if( n==0 ) return 0;
  if( z[0]<'0' || z[0]>'9' ){
    if( (lead = range_lead_len(sc, z, n, &showing))==0 ) return 0;
    i = lead;
  }else{
    lead = 0;
  }
  if( !read_count(z, n, &i, &first) ) return 0;
  listing_skip_spaces(z, n, &i);
  if( (k = text_dash_len(z+i, n-i))>0 ) i += (size_t)k;
  else if( (at = total_word(z, n, i, 't'))>0 ) i += at;    /* "Showing 1 to 10 of 11" */
  else if( showing && read_range_word(z, n, &i) ){
    last = first;                        /* "Showing 20 of 57 results": the first 20 */
    first = 1;
    goto total;
  }else return 0;
  listing_skip_spaces(z, n, &i);
  if( !read_count(z, n, &i, &last) ) return 0;
  if( lead==3 && memcmp(z, "\xE7\xAC\xAC", 3)==0 && (k = (int)east_asian_word(z, n, i, 'n'))>0
   && i+(size_t)k==n && first>=1 && last>=first ){
    *pFirst = first;                     /* "第1-10条" alone: the ranks, and no total */
    *pLast = last;
    *pTotal = -1;
    return 1;
  }
  if( (at = east_asian_total_at(z, n, i))>0 ){
    i = at;                              /* "第1-10条，共57条" */
  }else{
    listing_skip_spaces(z, n, &i);
    if( !read_range_word(z, n, &i) ) return 0;
  }
total:
  listing_skip_spaces(z, n, &i);
  if( read_word(z, n, &i, "about") ) listing_skip_spaces(z, n, &i);   /* "1 – 10 of about 57" */
  if( !read_count(z, n, &i, &total) ) return 0;
  listing_skip_spaces(z, n, &i);
  if( i<n && (k = east_asian_word(z, n, i, 'n'))>0 ) i += k;         /* "共57条" */
  if( i<n && (k = total_word(z, n, i, 'n'))>0 ) i += k;   /* "results", "Treffern" */
  else if( i<n ){
    if( read_word(z, n, &i, "for") ) i = n;        /* "1 - 10 of 11 for kim" */
    else if( !after_range_is_control(sc, z, n, i) ) return 0;
    else i = n;
  }
  listing_skip_spaces(z, n, &i);
  if( i<n && read_word(z, n, &i, "for") ) i = n;   /* "... of 11 results for “Kim Il Sung”" */
  if( i<n && after_range_is_control(sc, z, n, i) ) i = n;
  if( i!=n || first<1 || last<first || total<last ) return 0;
  *pFirst = first;
  *pLast = last;
  *pTotal = total;
  return 1;
}

/* z[0..n), to its end, is the beginning of the word w, two letters or more ("Showi"). */
static int begins_word(const char *z, size_t n, const char *w){
  size_t nw = strlen(w);
  return n>=2 && n<nw && text_ieq(z, n, w, n);
}

/* The start of "N - M of T" cut short: "1", "21 - 3", "1 - 10 o", "1 - 3 и", "Results 1 - 10 of
** 1", "Showi", "Showing 1 - 20 of 345 results f" (a range whole but for its last words). */
/* An East Asian range or total cut short: "第", "第1-3条，共5", "共", "총 5": a lead ("第", "共",
** "총") and then only numbers, dashes, spaces, commas and the words of a count. */
static int is_cut_east_asian_count(const char *z, size_t n){
  size_t i, k;
  if( n>=3 && memcmp(z, "\xE7\xAC\xAC", 3)==0 ) i = 3;              /* "第" */
  else if( (i = east_asian_word(z, n, 0, 'l'))==0 ) return 0;
  while( i<n ){
    if( (z[i]>='0' && z[i]<='9') || z[i]==',' || z[i]==' ' || z[i]=='-' ) i++;
    else if( i+3<=n && memcmp(z+i, "\xEF\xBC\x8C", 3)==0 ) i += 3;  /* "，" */
    else if( (k = east_asian_word(z, n, i, 'n'))>0 || (k = east_asian_word(z, n, i, 'l'))>0 ){
      i += k;
    }else{
      return 0;
    }
  }
  return 1;
}

int listing_is_cut_range(const char *z, size_t n){
  size_t i = 0, k;
  int64_t v;
  int iStep;
  if( n>0 && (unsigned char)z[0]>=0xE0 ) return is_cut_east_asian_count(z, n);
  static const char *const azLead[] = { "showing", "displaying", "results", "items" };
  for(k=0; k<sizeof(azLead)/sizeof(azLead[0]); k++){
    if( begins_word(z, n, azLead[k]) ) return 1;                 /* "Showi" */
  }
  if( read_word(z, n, &i, "showing") || read_word(z, n, &i, "displaying") ){
    listing_skip_spaces(z, n, &i);
  }
  if( read_word(z, n, &i, "results") || read_word(z, n, &i, "items") ) listing_skip_spaces(z, n, &i);
  if( i==n && i>0 ) return 1;                                     /* "Showing" */
  for(iStep=0; iStep<3; iStep++){
    if( !read_count(z, n, &i, &v) ) return 0;
    listing_skip_spaces(z, n, &i);
    if( i==n ) return 1;
    if( iStep==0 ){
      if( (k = (size_t)text_dash_len(z+i, n-i))==0 ){
        if( (z[i]|0x20)!='t' ) return 0;                 /* "1 to 10", cut as "1 t" */
        if( i+1==n ) return 1;
        if( (z[i+1]|0x20)!='o' ) return 0;
        k = 2;
      }
    }else if( iStep==1 ){
      /* The word before the total ("of", "из", "von"), whole or cut where the text ends. */
      const char *zSpace = memchr(z+i, ' ', n-i);
      k = zSpace ? (size_t)(zSpace-(z+i)) : n-i;
      if( k==0 || k>(size_t)arch_data_range_words_max_key ) return 0;
      if( arch_data_find(arch_data_range_words, arch_data_range_words_count, z+i, k)==0 ){
        return zSpace==0 && arch_data_begins_longer(arch_data_range_words,
                                                    arch_data_range_words_count, z+i, k);
      }
    }else{
      /* After the total: its last words ("results", "for Kim"), cut anywhere. A letter must
      ** follow, as a word does: "1 - 10 of 11 (" is no range. A total cut inside a group of
      ** its thousands ("1 - 4 of 1,", "1 - 4 of 1,04") is cut too. */
      if( z[i]==',' && i>0 && z[i-1]>='0' && z[i-1]<='9' ){
        for(k=i+1; k<n && k<i+3 && z[k]>='0' && z[k]<='9'; k++){}
        return k==n;
      }
      return ((z[i]|0x20)>='a' && (z[i]|0x20)<='z');
    }
    i += k;
    listing_skip_spaces(z, n, &i);
    if( i==n ) return 1;
  }
  return 0;
}

/* A facet of a search page, a label and the count of its results: "Korean War (120)",
** "Warsaw Pact (1,045)", "1962 (9)". A year in brackets ("Report on Hungary (1956)") is the
** end of a title, not a count. */
int listing_is_facet_line(const char *z, size_t n){
  size_t i, open;
  int64_t v;
  if( n<4 || n>CHROME_MAX_BYTES || z[n-1]!=')' ) return 0;   /* a facet's label is short */
  open = n-1;
  while( open>0 && z[open-1]!='(' ) open--;
  if( open<3 || z[open-2]!=' ' ) return 0;
  i = open;
  if( !read_count(z, n-1, &i, &v) || i!=n-1 ) return 0;
  if( v>=1000 && v<=2099 && memchr(z+open, ',', n-1-open)==0 ) return 0;
  return listing_has_word_char(z, open-2);
}

/* A facet cut short where a copy stops: "Korean War (12", "Korean War (". */
int listing_is_cut_facet(const char *z, size_t n){
  size_t i = n;
  while( i>0 && ((z[i-1]>='0' && z[i-1]<='9') || z[i-1]==',') ) i--;
  return i>=3 && z[i-1]=='(' && z[i-2]==' ' && listing_has_word_char(z, i-2);
}


/* "57 results", "Showing 57 documents", "36 documents", "57 results found", "57 results for
** kim il sung", "Found: 57", "Найдено 57 документов": a result count with no range. A lead
** word with a colon may stand without the noun ("Total: 57"); else the noun must follow, as a
** title does not end so ("Protocol 2" is a title, "Showing 2" nothing). Most lines are turned
** away by their first byte: a digit, or that of a lead word. */
int listing_parse_total(const char *z, size_t n, int64_t *pTotal){
  size_t i = 0, k;
  int64_t v;
  int colon = 0;
  unsigned char c;
  if( n==0 ) return 0;
  c = (unsigned char)z[0];
  if( c>=0xE0 ){
    /* "共57件", "총 57건", "全 57 件": an East Asian lead, glued to the count or apart. */
    if( (k = east_asian_word(z, n, 0, 'l'))==0 ) return 0;
    i = k;
    listing_skip_spaces(z, n, &i);
  }else if( c<'0' || c>'9' ){
    const char *zSpace;
    c |= 0x20;
    if( c!='s' && c!='f' && c!='t' && c!='r' && c!='g' && (unsigned char)z[0]!=0xD0 ) return 0;
    /* A lead word is followed by a space and the count: titles that begin with "S" or "T"
    ** are turned away without a look-up. */
    zSpace = memchr(z, ' ', n);
    if( zSpace==0 || zSpace+1>=z+n || zSpace[1]<'0' || zSpace[1]>'9' ) return 0;
    if( (k = total_word(z, n, 0, 'l'))==0 ) return 0;
    colon = z[k-1]==':';
    i = k;
    listing_skip_spaces(z, n, &i);
  }
  if( !read_count(z, n, &i, &v) ) return 0;
  if( i==n ){
    if( !colon ) return 0;
    *pTotal = v;
    return 1;
  }
  if( (k = east_asian_word(z, n, i, 'n'))>0 ){
    i += k;                                  /* "57件", "共57件" */
    listing_skip_spaces(z, n, &i);
    if( i!=n ) return 0;
    *pTotal = v;
    return 1;
  }
  if( z[i]!=' ' ) return 0;
  i++;
  if( (k = east_asian_word(z, n, i, 'n'))==0 && (k = total_word(z, n, i, 'n'))==0 ) return 0;
  i += k;
  listing_skip_spaces(z, n, &i);
  if( read_word(z, n, &i, "found") ) listing_skip_spaces(z, n, &i);
  if( read_word(z, n, &i, "for") ) i = n;          /* "for kim il sung": the query */
  if( i!=n ) return 0;
  *pTotal = v;
  return 1;
}

/* Longest bare facet ("Nuclear weapons 2"): a facet's label is a word or a few. */
#define BARE_FACET_MAX_BYTES 40

/* z[0..n) reads as a facet without brackets: a short label, a space and a count ("English
** 290", "1950s 2", "Warsaw Pact 1,045"). Not a year ("Hungary 1956" is a title's end), and not
** after a word that numbers things ("No. 2", "Nr. 5", "#3"): a title. Whether it is one is
** for listing_is_bare_facet() to tell, by the lines around it. */
static int reads_as_bare_facet(const char *z, size_t n){
  size_t i, sp;
  int64_t v;
  char c;
  if( n<3 || n>BARE_FACET_MAX_BYTES || z[n-1]<'0' || z[n-1]>'9' ) return 0;
  sp = n;
  while( sp>0 && ((z[sp-1]>='0' && z[sp-1]<='9') || z[sp-1]==',') ) sp--;
  if( sp<2 || z[sp-1]!=' ' ) return 0;
  i = sp;
  if( !read_count(z, n, &i, &v) || i!=n ) return 0;
  if( v>=1000 && v<=2099 && memchr(z+sp, ',', n-sp)==0 ) return 0;
  c = z[sp-2];
  if( c=='.' || c=='#' || c==':' || c=='-' || c==',' || c==' ' ) return 0;
  if( (unsigned char)c>=0x80 && sp>=4 && (unsigned char)z[sp-4]==0xE2
   && (unsigned char)z[sp-3]==0x84 && (unsigned char)c==0x96 ){
    return 0;                                   /* "№ 2" */
  }
  return listing_has_word_char(z, sp-1);
}

/* Is the trimmed line z[0..n) a facet, with or without brackets? */
static int is_any_facet(const char *z, size_t n){
  return reads_as_bare_facet(z, n) || listing_is_facet_line(z, n);
}

/* The line z[0..n) of the text, trimmed, whose line ends at offset end (its line break, or the
** text's end): is it a facet without brackets? It reads as one (reads_as_bare_facet()), and
** so does the line right above or right below it, or that line is a facet in brackets: a list
** of facets stands without blank lines ("Language" over "English 290", "Russian 77"), or with
** one blank line between each (a copy that sets every item of the list apart, as it sets a
** record's fields). One such line alone is a title ("Resolution 242"). */
int listing_is_bare_facet(const ListingScanner *sc, const char *z, size_t n){
  const char *zEnd = sc->z + sc->n;
  const char *p, *q;
  int nBlank;
  if( !reads_as_bare_facet(z, n) ) return 0;
  /* The lines below: from the break after z[n) (past white space at the line's end). */
  p = z+n;
  for(nBlank=0; nBlank<2; nBlank++){
    const char *zLine, *zNl;
    size_t nLine;
    while( p<zEnd && (*p==' ' || *p=='\t' || *p=='\r') ) p++;
    if( p>=zEnd || *p!='\n' ) break;
    zLine = p+1;
    zNl = memchr(zLine, '\n', (size_t)(zEnd-zLine));
    nLine = (size_t)((zNl ? zNl : zEnd) - zLine);
    text_trim(&zLine, &nLine);
    if( nLine>0 ){
      if( is_any_facet(zLine, nLine) ) return 1;
      break;
    }
    p = zNl ? zNl : zEnd;              /* a blank line: look at the one below it */
  }
  /* The lines above: back from z to the break before it, then to the one before that. */
  q = z;
  for(nBlank=0; nBlank<2; nBlank++){
    const char *zLine, *zStop;
    size_t nLine;
    while( q>sc->z && (q[-1]==' ' || q[-1]=='\t') ) q--;
    if( q<=sc->z || q[-1]!='\n' ) break;
    zStop = q-1;
    if( zStop>sc->z && zStop[-1]=='\r' ) zStop--;
    zLine = zStop;
    while( zLine>sc->z && zLine[-1]!='\n' ) zLine--;
    nLine = (size_t)(zStop-zLine);
    q = zLine;
    text_trim(&zLine, &nLine);
    if( nLine>0 ){
      if( is_any_facet(zLine, nLine) ) return 1;
      break;
    }
  }
  return 0;
}

/* The line that begins at p (before zEnd), trimmed, in *pz and *pn; the start of the line after
** it, or zEnd. */
static const char *line_at(const char *p, const char *zEnd, const char **pz, size_t *pn){
  const char *zNl = memchr(p, '\n', (size_t)(zEnd-p));
  const char *e = zNl ? zNl : zEnd;
  *pz = p;
  *pn = (size_t)(e-p);
  text_trim(pz, pn);
  return zNl ? zNl+1 : zEnd;
}

/* The start of the line before the one that begins at p (p>zStart, p a line's start). */
static const char *line_before(const char *zStart, const char *p){
  const char *q = p-1;                    /* the break that ends the line before */
  while( q>zStart && q[-1]!='\n' ) q--;
  return q;
}

/* z[0..n) is a count alone, as a facet's count on its own line gives it: "290", "1,045",
** "(77)". */
static int is_count_alone(const char *z, size_t n){
  size_t i = 0;
  int64_t v;
  if( n>=3 && z[0]=='(' && z[n-1]==')' ){
    z++;
    n -= 2;
  }
  return n>0 && n<=9 && read_count(z, n, &i, &v) && i==n;
}

/* z[0..n) may be a facet's label: short, a word in it, no sentence, no count at its end. */
static int may_be_facet_label(const char *z, size_t n){
  return n>0 && n<=BARE_FACET_MAX_BYTES && listing_has_word_char(z, n)
      && !memchr(".!?:", z[n-1], 4) && !(z[n-1]>='0' && z[n-1]<='9');
}

int listing_is_facet_label(const ListingScanner *sc, const char *z, size_t n){
  const char *zEnd = sc->z + sc->n;
  const char *p, *zL;
  size_t nL;
  if( !may_be_facet_label(z, n) ) return 0;
  /* The line below must be a count: a quick look at its first byte first. */
  p = z+n;
  while( p<zEnd && (*p==' ' || *p=='\t' || *p=='\r') ) p++;
  if( p>=zEnd || *p!='\n' ) return 0;
  p++;
  if( p>=zEnd || (*p!='(' && (*p<'0' || *p>'9')) ) return 0;
  p = line_at(p, zEnd, &zL, &nL);
  if( !is_count_alone(zL, nL) ) return 0;
  /* Another label and its count below, or above. */
  if( p<zEnd ){
    const char *q = line_at(p, zEnd, &zL, &nL);
    if( may_be_facet_label(zL, nL) && q<zEnd ){
      line_at(q, zEnd, &zL, &nL);
      if( is_count_alone(zL, nL) ) return 1;
    }
  }
  p = z;
  while( p>sc->z && p[-1]!='\n' ) p--;     /* the start of this line */
  if( p>sc->z ){
    const char *q = line_before(sc->z, p);
    line_at(q, zEnd, &zL, &nL);
    if( is_count_alone(zL, nL) && q>sc->z ){
      line_at(line_before(sc->z, q), zEnd, &zL, &nL);
      if( may_be_facet_label(zL, nL) ) return 1;
    }
  }
  return 0;
}
