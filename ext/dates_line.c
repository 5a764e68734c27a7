/*
** dates_line.c: the forms of a catalogue's date line made of whole dates (see dates_int.h for
** the layers). They are read only on a whole date line, after the grammar has failed, and each
** piece must be a date by itself:
**
**   undated with a date   "1963, undated", "1939-1945 and undated" (ArchivesSpace, EAD: some
**                         items have no date), "n.d. [1957?]", "undated (circa 1958)",
**                         "[n.d., ca. 1958]" (the cataloguer's date for an undated item): the
**                         date; the "no date" phrases are those of ext/data/undated.tsv
**   a list of dates       "1956, 1958", "1956, 1958-1960", "1950s and 1960s", "1956; 1959",
**                         "1958, 1959 и 1960 гг.":
**                         their envelope, an interval; the dates must come in order, each after
**                         the one before, and none may be open
**   inclusive and bulk    "1945-1991, bulk 1956-1964", "1956-1957 (bulk 1956)" (EAD, DACS
**                         2.4): the inclusive dates; the bulk dates must lie within them
**   a correction          "1961 [i.e. 1962]", "1961 [i. e. 1962]" (AACR2 1.4F2: the date
**                         printed, then the true one): the date in brackets
**   a supplied part       "Aug. 13, [1961]", "[13] August 1961", "1961 [Aug.] 13" (DACS: the
**                         cataloguer supplies one part): the date without the brackets,
**                         flagged inferred; one bracketed group only, not the whole line
**   a note after a date   "19 Sept 1962 (date of receipt)", "1958-1960 (with gaps)": words in
**                         parentheses, without digits, after a date are left out; "(approx.)"
**                         and the other words of circa make it approximate; a season or month
**                         of the year is read ("1963 (Fall)" is Fall 1963)
**   in parentheses        "(1963)", "(October 8, 1963)": the date inside
**   copyright             "1963, c1962", "[1963], ©1962", "1963, p1962" (MARC 260 $c:
**                         publication, then copyright): the first date; "© 2024" alone is
**                         no date (a web page's footer)
**   a letter's place      "Washington, October 8, 1963.", "Berlin, den 8. Oktober 1963",
**                         "Paris, le 8 octobre 1963", "Warszawa, dnia 8 X 1963", "V Praze
**                         dne 8. října 1963", "México, D.F., a 8 de octubre de 1963" (the heading
**                         of a letter or telegram, FRUS and the printed collections): the
**                         date, when it names a day or a few days; "den 8.10.1963" alone too;
**                         never without a comma or a word of the day ("Folder 8 October")
**   Soviet forms          «8» октября 1963 г. and "8" октября 1963 г. (the day in quotation
**                         marks, as printed forms leave it to be filled in): the date;
**                         1963 г., 8 октября and 1963 г., октябрь (the year first, with its
**                         word "г." or "р." and a comma): the day or the month of that year
**
** None of them is read in free text (dates()), where a comma or "and" joins anything.
*/
#include "dates_int.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>
#include <utf8proc.h>

/* A whole line longer than this is not cut into pieces (each piece is parsed again). */
#define LINE_MAX_BYTES 200

/* Is z[0..n), trimmed, with a comma after it dropped, a "no date" phrase of undated.tsv? */
static int is_undated(const char *z, size_t n){
  text_trim(&z, &n);
  if( n>0 && (z[n-1]==',' || z[n-1]==';') ){
    n--;
    text_trim(&z, &n);
  }
  return n>0 && arch_date_undated_line(z, n);
}

/* A piece of a line: the whole grammar and the other notations, no line forms. */
static int piece(const char *z, size_t n, ArchDate *pOut){
  text_trim(&z, &n);
  if( n>0 && (z[n-1]==',' || z[n-1]==';') ){          /* "1958, and undated" */
    n--;
    text_trim(&z, &n);
  }
  return n>0 && arch_date_parse_piece(z, n, pOut)==ARCH_DATE_FOUND;
}

/* The separator of two pieces at z[i]: ',', ';', " & ", or a word for "and" standing alone
** (date_words.tsv: "and", "und", "et", "y", "и"); its length, or 0. */
static size_t separator_at(const char *z, size_t n, size_t i){
  const ArchDataRow *pRow;
  size_t k;
  if( z[i]==',' || z[i]==';' ) return 1;
  if( z[i]=='&' && i>0 && z[i-1]==' ' && i+1<n && z[i+1]==' ' ) return 1;
  if( i==0 || z[i-1]!=' ' || z[i]==' ' ) return 0;
  for(k=i; k<n && z[k]!=' '; k++){}
  if( k==n ) return 0;
  pRow = arch_data_find(arch_data_date_words, arch_data_date_words_count, z+i, k-i);
  return pRow && strcmp(pRow->value, "and")==0 ? k-i : 0;
}

/* "1963, undated", "1939-1945 and undated": a date, then a "no date" phrase. */
static int read_with_undated_tail(const char *z, size_t n, ArchDate *pOut){
  size_t i, k;
  for(i=n; i-->0; ){
    if( (k = separator_at(z, n, i))>0 && is_undated(z+i+k, n-i-k) ){
      return piece(z, i, pOut) || arch_date_read_list(z, i, pOut);
    }
  }
  return 0;
}

/* "n.d. [1957?]", "undated (circa 1958)", "o.D. [1962]", "undated, 1958": a "no date" phrase,
** then the date the cataloguer gives it, in brackets or after a comma or semicolon. */
static int read_with_undated_head(const char *z, size_t n, ArchDate *pOut){
  size_t i;
  for(i=1; i<n; i++){
    const char *zRest;
    size_t nRest;
    if( z[i]!='[' && z[i]!='(' && z[i]!=',' && z[i]!=';' ) continue;
    if( !is_undated(z, i) ) continue;
    zRest = z+i;
    nRest = n-i;
    if( *zRest==',' || *zRest==';' ){ zRest++; nRest--; }
    text_trim(&zRest, &nRest);
    if( nRest>2 && zRest[0]=='(' && zRest[nRest-1]==')' ){
      if( !piece(zRest+1, nRest-2, pOut) ) return 0;
      pOut->flags |= ARCH_DATE_INFERRED;
      return 1;
    }
    return piece(zRest, nRest, pOut);
  }
  return 0;
}

/* "[n.d., ca. 1958]": the same inside the cataloguer's brackets. */
static int read_undated_in_brackets(const char *z, size_t n, ArchDate *pOut){
  if( n<3 || z[0]!='[' || z[n-1]!=']' ) return 0;
  if( !read_with_undated_head(z+1, n-2, pOut) ) return 0;
  pOut->flags |= ARCH_DATE_INFERRED;
  pOut->read |= ARCH_READ_SUPPLIED;
  return 1;
}

/* Extend *pAll by the date d, which must come after it. */
static int list_add(ArchDate *pAll, const ArchDate *d, int first){
  if( d->first<=ARCH_DAY_MIN || d->last>=ARCH_DAY_MAX ) return 0;
  if( first ){
    *pAll = *d;
    return 1;
  }
  if( d->first<=pAll->last ) return 0;
  pAll->last = d->last;
  pAll->b = d->form==ARCH_FORM_SINGLE ? d->a : d->b;
  pAll->flags |= d->flags & ~(unsigned)ARCH_DATE_ONE_OF;
  pAll->read |= d->read;
  pAll->form = ARCH_FORM_INTERVAL;
  pAll->precision = ARCH_DATE_RANGE;
  return 1;
}

/* The pieces are cut at the first separator after which the text so far is a date, so that
** the commas of "March 8, 1958, March 10, 1958" stay inside their dates. */
int arch_date_read_list(const char *z, size_t n, ArchDate *pOut){
  size_t i, start = 0, k;
  int nPiece = 0, depth = 0;
  ArchDate d;
  if( n>LINE_MAX_BYTES ) return 0;
  for(i=0; i<=n; i++){
    if( i<n ){
      if( z[i]=='[' || z[i]=='(' ) depth++;
      if( (z[i]==']' || z[i]==')') && depth>0 ) depth--;
      if( depth>0 || (k = separator_at(z, n, i))==0 ) continue;
      if( !piece(z+start, i-start, &d) ){ i += k-1; continue; }
    }else{
      k = 0;
      if( !piece(z+start, i-start, &d) ) return 0;
    }
    if( !list_add(pOut, &d, nPiece==0) ) return 0;
    nPiece++;
    start = i+k;
    if( i<n ) i += k-1;
  }
  return nPiece>=2;
}

/* "19 Sept 1962 (date of receipt)": a date, then words in parentheses. The note must have a
** word of three letters or more with a lower-case letter ("(XV)" after "1514" is no note) and
** no digit. */
static int read_with_note(const char *z, size_t n, ArchDate *pOut){
  size_t open, i, run = 0;
  int hasWord = 0, lower = 0;
  if( n<4 || z[n-1]!=')' ) return 0;
  for(open=n-1; open>0 && z[open]!='('; open--){}
  if( z[open]!='(' || open==0 || z[open-1]!=' ' ) return 0;
  for(i=open+1; i<n-1; i++){
    unsigned char ch = (unsigned char)z[i];
    if( (ch>='0' && ch<='9') || ch=='(' ) return 0;
    if( (ch|0x20)>='a' && (ch|0x20)<='z' ){
      run++;
      if( ch>='a' ) lower = 1;
      if( run>=3 && lower ) hasWord = 1;
    }else{
      run = 0;
      lower = 0;
    }
  }
  if( !hasWord || !piece(z, open, pOut) ) return 0;
  if( pOut->precision==ARCH_DATE_YEAR && n-open-2<=LINE_MAX_BYTES/2 ){
    /* "1963 (Fall)", "1958 (March)": a note that names a season or month of the year is
    ** read as that part of it ("Fall 1963"), when the two make a date */
    char zBuf[LINE_MAX_BYTES];
    ArchDate d;
    size_t nNote = n-open-2, nHead = open;
    while( nHead>0 && z[nHead-1]==' ' ) nHead--;
    if( nNote+1+nHead<=sizeof(zBuf) && memchr(z+open+1, ' ', nNote)==0 ){
      memcpy(zBuf, z+open+1, nNote);
      zBuf[nNote] = ' ';
      memcpy(zBuf+nNote+1, z, nHead);
      if( piece(zBuf, nNote+1+nHead, &d) && d.first>=pOut->first && d.last<=pOut->last ){
        *pOut = d;
        return 1;
      }
    }
  }
  {
    /* "(approx.)", "(circa)": the words of circa (date_words.tsv) */
    size_t a = open+1, b = n-1;
    const ArchDataRow *pRow;
    if( b>a && z[b-1]=='.' ) b--;
    pRow = arch_data_find(arch_data_date_words, arch_data_date_words_count, z+a, b-a);
    if( pRow && strcmp(pRow->value, "approx")==0 ) pOut->flags |= ARCH_DATE_APPROXIMATE;
  }
  return 1;
}

/* "1945-1991, bulk 1956-1964", "1956-1957 (bulk 1956)", "1950-1970; bulk 1956": the inclusive
** dates, when the bulk dates after them are a date within them. Returns 1 for a date, 0 when
** the line has no "bulk" after a date, -1 when its dates do not agree ("1950-1955, bulk 1960"
** is no date, and no list either). */
static int read_with_bulk(const char *z, size_t n, ArchDate *pOut){
  size_t i, nHead, nTail;
  const char *zTail;
  int paren = 0;
  ArchDate bulk;
  for(i=1; i+5<n; i++){
    if( z[i-1]!=' ' && z[i-1]!='(' ) continue;
    if( !text_ieq(z+i, 4, "bulk", 4) || z[i+4]!=' ' ) continue;
    nHead = i;
    if( z[i-1]=='(' ){
      if( z[n-1]!=')' ) return 0;
      paren = 1;
      nHead--;
    }
    zTail = z+i+5;
    nTail = n-i-5-(size_t)paren;
    while( nHead>0 && z[nHead-1]==' ' ) nHead--;
    if( !paren && nHead>0 && (z[nHead-1]==',' || z[nHead-1]==';') ) nHead--;
    if( !piece(z, nHead, pOut) && !arch_date_read_list(z, nHead, pOut) ) return 0;
    if( !piece(zTail, nTail, &bulk) ) return -1;
    if( bulk.first<pOut->first || bulk.last>pOut->last ) return -1;
    return 1;
  }
  return 0;
}

/* "1961 [i.e. 1962]": a date, then the cataloguer's correction of it; the correction. */
static int read_with_correction(const char *z, size_t n, ArchDate *pOut){
  static const char *const azIe[] = { "[i.e. ", "[i. e. " };
  size_t i, k, m;
  ArchDate printed;
  if( n<8 || z[n-1]!=']' ) return 0;
  for(i=1; i+1<n; i++){
    if( z[i]!='[' || z[i-1]!=' ' ) continue;
    for(k=0; k<sizeof(azIe)/sizeof(azIe[0]); k++){
      m = strlen(azIe[k]);
      if( n-i>m && text_ieq(z+i, m, azIe[k], m) ){
        if( !piece(z, i, &printed) || !piece(z+i+m, n-i-m-1, pOut) ) return 0;
        pOut->flags |= ARCH_DATE_INFERRED;            /* supplied, as "[1962]" */
        pOut->read |= ARCH_READ_SUPPLIED;
        return 1;
      }
    }
  }
  return 0;
}

/* "Aug. 13, [1961]", "[13] August 1961": one part of a date in brackets; the date read without
** them. The group holds letters, digits, periods or blanks only, and the line has one group. */
static int read_with_supplied_part(const char *z, size_t n, ArchDate *pOut){
  char zBuf[LINE_MAX_BYTES];
  size_t i, open = n, close = n, o = 0;
  for(i=0; i<n; i++){
    if( z[i]=='[' ){
      if( open<n ) return 0;
      open = i;
    }else if( z[i]==']' ){
      if( open==n || close<n ) return 0;
      close = i;
    }else if( open<n && close==n ){
      unsigned char ch = (unsigned char)z[i];
      if( !(ch>='0' && ch<='9') && !((ch|0x20)>='a' && (ch|0x20)<='z') && ch!='.' && ch!=' '
       && ch<0x80 ){
        return 0;                                  /* "[?]", "[1958-1960]": other rules */
      }
    }
  }
  if( open==n || close==n || close<=open+1 || (open==0 && close==n-1) ) return 0;
  for(i=0; i<n; i++){
    if( i!=open && i!=close ) zBuf[o++] = z[i];
  }
  if( !piece(zBuf, o, pOut) ) return 0;
  pOut->flags |= ARCH_DATE_INFERRED;
  pOut->read |= ARCH_READ_SUPPLIED;
  return 1;
}

/* "October 8?, 1963", "Oct. 8[?], 1963", "October [8?], 1963", "8? October 1963": a question
** mark on one part of a date, not at its end (where the grammar reads it for the whole date).
** The date read without it, flagged uncertain (ArchDate has one set of flags for all its
** parts). One mark, glued after a digit; the rest must be a date, maybe with a supplied
** part ("[8]"). */
static int read_with_part_question(const char *z, size_t n, ArchDate *pOut){
  char zBuf[LINE_MAX_BYTES];
  size_t i, q = n, len = 0, o = 0;
  for(i=1; i<n; i++){
    if( z[i]!='?' ) continue;
    if( q<n ) return 0;                                   /* two marks */
    q = i;
    len = 1;
    if( z[i-1]=='[' && i+1<n && z[i+1]==']' ){ q = i-1; len = 3; }   /* "8[?]" */
  }
  if( q==n || q==0 || z[q-1]<'0' || z[q-1]>'9' ) return 0;
  for(i=q+len; i<n && (z[i]==']' || z[i]==' '); i++){}
  if( i==n ) return 0;                            /* at the end: the grammar's "1963 Oct. 8?" */
  for(i=0; i<n; i++){
    if( i<q || i>=q+len ) zBuf[o++] = z[i];
  }
  if( !piece(zBuf, o, pOut) && !read_with_supplied_part(zBuf, o, pOut) ) return 0;
  pOut->flags |= ARCH_DATE_UNCERTAIN;
  return 1;
}

/* The length of a copyright or phonogram mark at z[i] (MARC 260 $c / 264 _4): "©", "℗",
** "(c)", "(p)", "cop.", "copr.", "copyright", and a "c" or "p" glued to the year ("1963,
** c1962"; alone "c1963" is circa, read by the grammar); blanks after it skipped. 0 when there
** is none. */
static size_t copyright_mark(const char *z, size_t n, size_t i){
  static const char *const azMark[] = {
    "\xc2\xa9", "\xe2\x84\x97", "(c)", "(p)", "cop.", "copyright", "copr."
  };
  size_t k, m;
  for(k=0; k<sizeof(azMark)/sizeof(azMark[0]); k++){
    m = strlen(azMark[k]);
    if( n-i>m && text_ieq(z+i, m, azMark[k], m) ){
      if( (unsigned char)z[i]<0x80 && z[i]!='(' && z[i+m]!=' ' && z[i+m-1]!='.' ) continue;
      while( i+m<n && z[i+m]==' ' ) m++;
      return m;
    }
  }
  if( n-i>1 && (z[i]=='c' || z[i]=='p') && z[i+1]>='0' && z[i+1]<='9' ) return 1;
  return 0;
}

/* "1963, c1962", "[1963], ©1962", "1963, p1962", "1963, cop. 1962" (MARC 260 $c: the date of
** publication, then the copyright or phonogram date, which may not come after it): the date of
** publication. The mark is followed by a year of four digits and the end of the line (a
** period may close it). A copyright year alone ("© 2024", "Copyright 2024") is no date: it is
** the footer of every web page that listing() reads. */
static int read_with_copyright(const char *z, size_t n, ArchDate *pOut){
  size_t i, m, j, nHead;
  ArchDate c;
  if( n>0 && z[n-1]=='.' ) n--;
  for(i=1; i+1<n && z[i]!=','; i++){}
  if( i+1>=n ) return 0;
  nHead = i++;
  while( i<n && z[i]==' ' ) i++;
  if( (m = copyright_mark(z, n, i))==0 ) return 0;
  for(j=i+m; j<n && j<i+m+4 && z[j]>='0' && z[j]<='9'; j++){}
  if( j!=i+m+4 || j!=n ) return 0;
  if( !piece(z, nHead, pOut) ) return 0;
  if( !piece(z+i+m, 4, &c) || c.first>pOut->last ) return 0;   /* "1962, c1963" */
  return 1;
}

/* "(October 8, 1963)", "(1956-1958)", "(ca. 1963)": a date line in parentheses, as some
** catalogues print the date after a title; the date inside, when nothing else is in brackets.
** Not a number alone: "(1963)" on a line of its own is as often the count of a search facet
** ("Korean War" and "(1963)" in two elements of a page). */
static int read_in_parentheses(const char *z, size_t n, ArchDate *pOut){
  size_t i;
  if( n<3 || z[0]!='(' || z[n-1]!=')' ) return 0;
  if( memchr(z+1, '(', n-2) || memchr(z+1, ')', n-2) ) return 0;
  for(i=1; i<n-1 && z[i]>='0' && z[i]<='9'; i++){}
  if( i==n-1 ) return 0;
  return piece(z+1, n-2, pOut);
}

int arch_date_place_word(const char *z, size_t n){
  /* by length first: most words are turned away without a comparison */
  switch( n ){
    case 1: return z[0]=='a' ? 2 : 0;                            /* "a 8 de octubre" */
    case 2:
      if( memcmp(z, "le", 2)==0 ) return 2;
      return memcmp(z, "am", 2)==0 || memcmp(z, "an", 2)==0 || memcmp(z, "de", 2)==0
          || memcmp(z, "la", 2)==0 || memcmp(z, "na", 2)==0 || memcmp(z, "on", 2)==0;
    case 3:
      if( memcmp(z, "den", 3)==0 || memcmp(z, "dne", 3)==0 ) return 2;
      return memcmp(z, "del", 3)==0 || memcmp(z, "der", 3)==0 || memcmp(z, "nad", 3)==0
          || memcmp(z, "sur", 3)==0 || memcmp(z, "\xD0\xB3.", 3)==0;      /* г. */
    case 4:
      if( memcmp(z, "dnia", 4)==0 || memcmp(z, "d\xC5\x88\x61", 4)==0 ) return 2;  /* dňa */
      return memcmp(z, "upon", 4)==0;
    default:
      return 0;
  }
}

/* The length of the word at z[0..n) up to a space or comma, or 0 when it holds a digit or
** anything but letters, marks, periods, hyphens and apostrophes. */
static size_t place_word_len(const char *z, size_t n){
  size_t i = 0;
  while( i<n && z[i]!=' ' && z[i]!=',' ){
    uint32_t cp;
    int m;
    if( z[i]=='.' || z[i]=='-' || z[i]=='\'' ){ i++; continue; }
    if( (m = text_letter_len(z+i, n-i, &cp))<=0 ) return 0;
    i += (size_t)m;
  }
  return i;
}

/* Does the date name a day or a few days, as a letter is dated ("October 8, 1963", "October
** 8-10, 1963")? A month or a year after a place is a heading's, not a letter's date. */
static int names_days(const ArchDate *d){
  if( d->flags & (ARCH_DATE_OPEN_START|ARCH_DATE_OPEN_END) ) return 0;
  return d->precision==ARCH_DATE_DAY
      || (d->precision==ARCH_DATE_RANGE && d->last - d->first<=62);
}

/* Is the word z[0..n), without its period, a label of a number ("Box", "Folder", "Vol.":
** number_labels.tsv) or a word for "number" ("No.", "Nr": date_words.tsv)? */
static int is_number_label(const char *z, size_t n){
  char w[48];
  size_t k = 0, o = 0;
  const ArchDataRow *r;
  while( n>0 && z[n-1]=='.' ) n--;
  if( n==0 || n>=sizeof(w) ) return 0;
  while( k<n ){                               /* lower case, of any script: "Протокол" */
    uint32_t cp;
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m;
    int len = text_utf8_decode((const unsigned char*)z+k, n-k, &cp);
    if( len<=0 ) return 0;
    m = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    if( o+(size_t)m>sizeof(w) ) return 0;
    memcpy(w+o, enc, (size_t)m);
    o += (size_t)m;
    k += (size_t)len;
  }
  n = o;
  if( arch_data_find(arch_data_number_labels, arch_data_number_labels_count, w, n) ) return 1;
  r = arch_data_find(arch_data_date_words, arch_data_date_words_count, w, n);
  return r!=0 && strcmp(r->value, "number")==0;
}

/* A day with its period, a space and a letter at z[0..n): "8. října", "8. Oktober", the
** Central European day that follows a place without a comma. */
static int dotted_day_first(const char *z, size_t n){
  size_t k = 0;
  while( k<n && k<2 && z[k]>='0' && z[k]<='9' ) k++;
  return k>0 && k+2<n && z[k]=='.' && z[k+1]==' ' && text_letter_len(z+k+2, n-k-2, &(uint32_t){0})>0;
}

/* A day, a space and a word, and at the end the abbreviated word for year of Polish, Russian
** or Ukrainian letters, " r.", " г.", " р.", at z[0..n): "8 października 1963 r.", the date of a
** Polish letter after its place without a comma ("Warszawa 8 października 1963 r."). A
** folder's number is not written so ("Folder 8 October 1963"). */
static int year_word_closes(const char *z, size_t n){
  size_t k = 0;
  while( k<n && k<2 && z[k]>='0' && z[k]<='9' ) k++;
  if( k==0 || k+1>=n || z[k]!=' ' || text_letter_len(z+k+1, n-k-1, &(uint32_t){0})<=0 ) return 0;
  return (n>=3 && memcmp(z+n-3, " r.", 3)==0)
      || (n>=4 && (memcmp(z+n-4, " \xD0\xB3.", 4)==0 || memcmp(z+n-4, " \xD1\x80.", 4)==0));
}

/* "Washington, October 8, 1963.", "Berlin, den 8. Oktober 1963", "V Praze dne 8. října
** 1963", "den 8.10.1963": up to four words of a place, each capitalized (or a joining word),
** then a comma or a word of the day, then a date of a day or a few days. Without a comma or
** a word of the day no place is read: "Folder 8 October 1963" is a folder's number; but a
** day with its period and a month's word may follow the place directly, as Czech, Slovak and
** German letters write it ("Praha 8. října 1963", "Berlin 8. Oktober 1963"), or a day and a
** month's word with the year's "r." or "г." closing the date, as Polish and Russian ones do
** ("Warszawa 8 października 1963 r."), when no word of the place labels a number ("Box 8.
** October 1963", "Teczka 8 października 1963 r."). */
static int read_with_place(const char *z, size_t n, ArchDate *pOut){
  size_t i = 0, m;
  int nPlace = 0, comma = 0, dayWord = 0, label = 0;
  while( i<n && !dayWord ){
    uint32_t cp = 0;
    int kind;
    if( (m = place_word_len(z+i, n-i))==0 ) break;
    kind = arch_date_place_word(z+i, m);
    if( kind==2 ){ dayWord = 1; i += m; break; }
    text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( (kind==0 && !text_is_upper(cp)) || ++nPlace>4 ) return 0;
    label |= is_number_label(z+i, m);
    i += m;
    if( i<n && z[i]==',' ){ comma = 1; i++; }
    while( i<n && z[i]==' ' ) i++;
    if( !comma ) continue;
    if( i<n && z[i]>='0' && z[i]<='9' ) break;        /* "Moscow, 8 October 1963" */
    m = place_word_len(z+i, n-i);
    if( m>0 && arch_date_place_word(z+i, m)==2 ){ dayWord = 1; i += m; break; }   /* "Berlin, den" */
    if( !(m>0 && i+m<n && z[i+m]==',') ) break;      /* "Washington, October 8, 1963" */
    comma = 0;                                        /* "México, D.F., a 8 de octubre" */
  }
  if( nPlace==0 && !dayWord ) return 0;
  if( !comma && !dayWord
   && (label || nPlace==0 || !(dotted_day_first(z+i, n-i) || year_word_closes(z+i, n-i))) ){
    return 0;                            /* "Folder 8 October 1963": a number, no place */
  }
  if( i>=n || !piece(z+i, n-i, pOut) || !names_days(pOut) ) return 0;
  return 1;
}

/* The length of the quotation mark at z[0..n) that may enclose a form's day (" « » “ ” „),
** or 0. */
static int quote_len(const char *z, size_t n){
  static const char *const azQuote[] = { "\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C",
                                         "\xE2\x80\x9D", "\xE2\x80\x9E" };
  size_t k;
  for(k=0; k<sizeof(azQuote)/sizeof(azQuote[0]); k++){
    size_t m = strlen(azQuote[k]);
    if( n>=m && memcmp(z, azQuote[k], m)==0 ) return (int)m;
  }
  return 0;
}

/* «8» октября 1963 г., "8" октября 1963 г.: the day of a printed form, in quotation marks. */
static int read_quoted_day(const char *z, size_t n, ArchDate *pOut){
  char buf[LINE_MAX_BYTES];
  int q1 = quote_len(z, n), q2;
  size_t d = (size_t)q1, nDigit;
  for(nDigit=0; d+nDigit<n && z[d+nDigit]>='0' && z[d+nDigit]<='9'; nDigit++){}
  if( q1==0 || nDigit<1 || nDigit>2 ) return 0;
  if( (q2 = quote_len(z+d+nDigit, n-d-nDigit))==0 ) return 0;
  memcpy(buf, z+d, nDigit);
  memcpy(buf+nDigit, z+d+nDigit+q2, n-d-nDigit-(size_t)q2);
  return piece(buf, n-(size_t)q1-(size_t)q2, pOut) && pOut->precision==ARCH_DATE_DAY;
}

/* 1963 г., 8 октября / 1963 г., октябрь: the year first with its word, a comma, then the day
** or the month, which is read with the year put after it. */
static int read_year_word_first(const char *z, size_t n, ArchDate *pOut){
  char buf[LINE_MAX_BYTES + 8];
  size_t i;
  int year = 0;
  if( n<10 ) return 0;
  for(i=0; i<4; i++){
    if( z[i]<'0' || z[i]>'9' ) return 0;
    year = year*10 + (z[i]-'0');
  }
  if( z[4]!=' ' ) return 0;
  if( memcmp(z+5, "\xD0\xB3.,", 4)==0 || memcmp(z+5, "\xD1\x80.,", 4)==0 ){  /* г., р., */
    i = 9;
  }else{
    return 0;
  }
  while( i<n && z[i]==' ' ) i++;
  if( i>=n || n-i>LINE_MAX_BYTES ) return 0;
  memcpy(buf, z+i, n-i);
  buf[n-i] = ' ';
  memcpy(buf+n-i+1, z, 4);
  if( !piece(buf, n-i+5, pOut) ) return 0;
  return (pOut->precision==ARCH_DATE_DAY || pOut->precision==ARCH_DATE_MONTH)
      && arch_days_from_civil(year, 1, 1)<=pOut->first
      && pOut->last<=arch_days_from_civil(year, 12, 31);
}

int arch_date_read_line(const char *z, size_t n, ArchDate *pOut){
  int rc;
  text_trim(&z, &n);
  if( n==0 || n>LINE_MAX_BYTES ) return 0;
  if( read_in_parentheses(z, n, pOut) ) return 1;
  if( (rc = read_with_bulk(z, n, pOut))!=0 ) return rc>0;
  return read_with_undated_tail(z, n, pOut) || read_with_undated_head(z, n, pOut)
      || read_undated_in_brackets(z, n, pOut) || read_with_correction(z, n, pOut)
      || read_with_note(z, n, pOut) || read_with_supplied_part(z, n, pOut)
      || read_with_copyright(z, n, pOut) || read_with_part_question(z, n, pOut)
      || arch_date_read_list(z, n, pOut) || read_with_place(z, n, pOut)
      || read_quoted_day(z, n, pOut) || read_year_word_first(z, n, pOut);
}
