/*
** dates.c: archival dates as ranges of days: reading whole strings. See dates.h for the
** interface and dates_int.h for the layers of the core.
**
** A whole string is read in three steps: the fast path reads the forms of nearly every listing
** date line straight from the bytes; then the "no date" phrases (undated.tsv); then the lexer
** cuts the text into tokens and the expression grammar must use every token. Also here: the
** test for a date line cut short ("Novemb", "Oct. 8, 19").
*/
#include "dates_int.h"
#include "dates_readers.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* ---------------------------------------------------------------- the fast path */

/* The English month named by the ASCII word z[0..n) ("october", "oct", "sept"), or 0. The
** first three letters pick the month; a longer word must be its full name (or "sept"). */
static int english_month(const char *z, size_t n){
  static const char *const azFull[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };
  char w[10];
  size_t i;
  int m;
  if( n<3 || n>9 ) return 0;
  for(i=0; i<n; i++) w[i] = (char)(z[i] | 0x20);
  switch( w[0] ){
    case 'j': m = w[1]=='a' ? 1 : w[2]=='n' ? 6 : 7; break;
    case 'f': m = 2; break;
    case 'm': m = w[2]=='r' ? 3 : 5; break;
    case 'a': m = w[1]=='p' ? 4 : 8; break;
    case 's': m = 9; break;
    case 'o': m = 10; break;
    case 'n': m = 11; break;
    case 'd': m = 12; break;
    default: return 0;
  }
  if( memcmp(w, azFull[m-1], 3)!=0 ) return 0;
  if( n==3 ) return m;
  if( m==9 && n==4 && w[3]=='t' ) return 9;
  return (n==strlen(azFull[m-1]) && memcmp(w, azFull[m-1], n)==0) ? m : 0;
}

static int read_digits(const char *z, size_t n, size_t *pi, int maxDigits, int *pValue){
  int v = 0, k = 0;
  while( *pi<n && k<maxDigits && z[*pi]>='0' && z[*pi]<='9' ){
    v = v*10 + (z[(*pi)++]-'0');
    k++;
  }
  *pValue = v;
  return k;
}

/* The forms of nearly every listing date line, read straight from the bytes: "1961",
** "1963-10-08", "October 8, 1963", "Oct. 8, 1963", "8 October 1963", "September 1959". Returns
** -1 when the text is none of these (the general parser then reads it), else the result. Its
** results are the general parser's, only faster. */
static int parse_common(const char *z, size_t n, ArchDate *pOut){
  size_t i = 0, w0;
  int y = 0, m = 0, d = 0, k;
  Part p;
  if( z[0]>='0' && z[0]<='9' ){
    k = read_digits(z, n, &i, 4, &y);
    if( k==4 && i==n ){
      /* YYYY */
    }else if( k==4 && n==10 && z[4]=='-' && z[7]=='-' ){
      i = 5;
      if( read_digits(z, n, &i, 2, &m)!=2 || z[i++]!='-' || read_digits(z, n, &i, 2, &d)!=2 ){
        return -1;
      }
      if( m<1 || m>12 || d<1 ) return -1;
    }else if( k>=1 && k<=2 && i<n && z[i]==' ' ){
      d = y;
      i++;
      w0 = i;
      while( i<n && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) i++;
      if( (m = english_month(z+w0, i-w0))==0 || i>=n || z[i]!=' ' ) return -1;
      i++;
      if( read_digits(z, n, &i, 4, &y)!=4 || i!=n || d<1 ) return -1;
    }else{
      return -1;
    }
  }else{
    w0 = i;
    while( i<n && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) i++;
    if( (m = english_month(z+w0, i-w0))==0 ) return -1;
    if( i<n && z[i]=='.' ) i++;
    if( i>=n || z[i]!=' ' ) return -1;
    i++;
    k = read_digits(z, n, &i, 4, &d);
    if( k==4 && i==n ){
      y = d;
      d = 0;
    }else if( k>=1 && k<=2 && i+6==n && z[i]==',' && z[i+1]==' ' ){
      i += 2;
      if( read_digits(z, n, &i, 4, &y)!=4 || d<1 ) return -1;
    }else{
      return -1;
    }
  }
  if( y<1 ) return -1;
  memset(&p, 0, sizeof(p));
  p.y = y;
  p.m = m;
  p.d = d;
  return dates_date_from_part(pOut, &p) ? ARCH_DATE_FOUND : ARCH_DATE_NOT_A_DATE;
}

/* The ARCH_READ_* bit of a reader's convention (dates_readers.h). */
static unsigned convention_bit(const char *zConvention){
  static const struct { const char *z; unsigned bit; } aBit[] = {
    { "edtf", ARCH_READ_EDTF }, { "juche", ARCH_READ_JUCHE }, { "roc", ARCH_READ_ROC },
    { "japanese-era", ARCH_READ_JAPANESE_ERA }, { "dangi", ARCH_READ_DANGI },
    { "chinese-numerals", ARCH_READ_CHINESE_NUMERALS }, { "cjk", ARCH_READ_CJK_UNITS },
  };
  size_t i;
  for(i=0; zConvention && i<sizeof(aBit)/sizeof(aBit[0]); i++){
    if( strcmp(aBit[i].z, zConvention)==0 ) return aBit[i].bit;
  }
  return 0;
}

/* A reader of a notation of its own (dates_readers.h) on the whole of z[0..n): 1 with *pOut
** and *pReading set, its convention named in pOut->read, else 0. */
static int read_notation(int (*xReader)(const char*, size_t, ArchDate*, ArchDateReading*),
                         const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading){
  ArchDateReading reading;
  if( !xReader(z, n, pOut, &reading) ) return 0;
  pOut->read |= convention_bit(reading.zConvention);
  if( pReading ) *pReading = reading;
  return 1;
}

/* The tokens of c, all of them, as one date expression (a period may end it, as it ends a
** sentence). */
static int read_whole(const Cursor *c, ArchDate *pOut){
  int k = dates_expr_core(c, 0, pOut);
  if( k>0 && k==c->n-1 && is_punct(c, k, '.') ) k++;
  if( k<=0 || k!=c->n ) return 0;
  dates_note_reading(c, k, pOut);
  return 1;
}

/* The tokens of c from token i on. */
static Cursor cursor_from(const Cursor *c, int i, int n){
  Cursor sub = *c;
  sub.t = c->t + i;
  sub.n = n;
  return sub;
}

/* A date made open at its end ("since 1958": from 1958 on) or at its start ("until 1958", "by
** 1958": up to the end of 1958). Only a single date can be opened. `unknown` writes the open
** end as EDTF's unknown one ("/1962") rather than "..". */
static int open_date(ArchDate *pDate, int atEnd, int unknown){
  ArchDate d = *pDate;
  if( d.form!=ARCH_FORM_SINGLE ) return 0;
  if( atEnd ){
    dates_set_interval_days(pDate, d.first, ARCH_DAY_MAX);
    pDate->a = d.a;
    pDate->b.year = (int16_t)(unknown ? -1 : 0);
    pDate->flags = d.flags | ARCH_DATE_OPEN_END;
  }else{
    dates_set_interval_days(pDate, ARCH_DAY_MIN, d.last);
    pDate->a.year = (int16_t)(unknown ? -1 : 0);
    pDate->b = d.a;
    pDate->flags = d.flags | ARCH_DATE_OPEN_START;
  }
  pDate->read = d.read;
  return 1;
}

/* A word that leads a date line ("in", "during", "as of", "since", "until", "w", "в", ...:
** ext/data/date_prepositions.tsv), then the date: "in March 1958", "w kwietniu 1958 r.". */
static int read_after_preposition(const Cursor *c, ArchDate *pOut){
  const Token *t = tok(c, 0);
  const ArchDataRow *pRow;
  char zFold[64];
  int nFold, skip = 1;
  Cursor sub;
  if( t->type!=TOK_WORD || c->n<2 ) return 0;
  nFold = dates_fold_word(c->z + t->start, t->end - t->start, zFold, sizeof(zFold));
  if( nFold<=0 ) return 0;
  pRow = arch_data_find(arch_data_date_prepositions_folded,
                        arch_data_date_prepositions_folded_count, zFold, (size_t)nFold);
  if( pRow==0 ) return 0;
  if( strcmp(pRow->value, "as")==0 ){                 /* "as of 1958" */
    if( !is_role(c, 1, ROLE_OF) ) return 0;
    skip = 2;
  }else if( is_punct(c, 1, '\'') && glued(c, 1) && glued(c, 2) ){
    skip = 2;                                         /* "nell'agosto 1937" */
  }else if( is_role(c, 1, ROLE_ARTICLE) && c->n>2 ){
    skip = 2;                                         /* "fino al 1958" */
  }
  sub = cursor_from(c, skip, c->n - skip);
  if( !read_whole(&sub, pOut) ) return 0;
  if( strcmp(pRow->value, "since")==0 && !open_date(pOut, 1, 0) ) return 0;
  if( strcmp(pRow->value, "until")==0 && !open_date(pOut, 0, 0) ) return 0;
  pOut->read |= ARCH_READ_PREPOSITION;
  return 1;
}

/* The open ranges of catalogues: "1958-" and "1958/" (from 1958 on), "-1962" and "/1962" (up
** to 1962), "1958-present", "1958 to date". The slash is EDTF's unknown end, the hyphen an
** open one. */
/* Is token i a word for an open end: "present", "ongoing", "date" (of "1945 to date")? */
static int is_open_end_word(const Cursor *c, int i){
  const Token *t = tok(c, i);
  size_t n = t->end - t->start;
  if( t->type!=TOK_WORD ) return 0;
  return (n==7 && text_ieq(c->z + t->start, n, "present", 7))
      || (n==7 && text_ieq(c->z + t->start, n, "ongoing", 7))
      || (n==4 && text_ieq(c->z + t->start, n, "date", 4));
}

int dates_open_end_after(const Cursor *c, int k, ArchDate *pDate){
  if( !((is_punct(c, k, '-') && glued(c, k) && glued(c, k+1)) || is_role(c, k, ROLE_TO))
   || !is_open_end_word(c, k+1) || !open_date(pDate, 1, 0) ){
    return 0;
  }
  pDate->read |= ARCH_READ_OPEN_RANGE;
  return 2;
}

static int read_catalogue_open(const Cursor *c, ArchDate *pOut){
  Cursor sub;
  const Token *t;
  if( c->n<2 ) return 0;
  t = tok(c, c->n-1);
  if( t->type==TOK_PUNCT && (t->value=='-' || t->value=='/') && glued(c, c->n-1) ){
    sub = cursor_from(c, 0, c->n-1);
    if( !read_whole(&sub, pOut) || !open_date(pOut, 1, t->value=='/') ) return 0;
  }else if( (t = tok(c, 0))->type==TOK_PUNCT && (t->value=='-' || t->value=='/')
         && glued(c, 1) ){
    sub = cursor_from(c, 1, c->n-1);
    if( !read_whole(&sub, pOut) || !open_date(pOut, 0, t->value=='/') ) return 0;
  }else if( c->n>=3 && (is_punct(c, c->n-2, '-') || is_role(c, c->n-2, ROLE_TO))
         && is_open_end_word(c, c->n-1) ){
    /* "1945-present", "1945 to present", "1945-ongoing": as "1945-" (ArchivesSpace and
    ** many catalogues write the open end so) */
    sub = cursor_from(c, 0, c->n-2);
    if( !read_whole(&sub, pOut) || !open_date(pOut, 1, 0) ) return 0;
  }else{
    return 0;
  }
  pOut->read |= ARCH_READ_OPEN_RANGE;
  return 1;
}

/* The general grammar on the whole of z[0..n): found or not. */
static int read_grammar(const char *z, size_t n, ArchDate *pOut){
  Token aTok[DATE_MAX_TOKENS];
  Cursor c;
  int nTok = dates_lex_all(z, n, aTok);
  if( nTok<=0 ) return 0;
  memset(&c, 0, sizeof(c));
  c.t = aTok;
  c.n = nTok;
  c.z = z;
  return read_whole(&c, pOut) || read_after_preposition(&c, pOut)
      || read_catalogue_open(&c, pOut);
}

/* One date: the fast path first; then EDTF as input (before the grammar, which would read "1984-1X" as
** January); then the grammar; then the East Asian calendars and numerals, which the grammar
** does not know. */
static ArchDateResult parse_piece(const char *z, size_t n, ArchDate *pOut,
                                  ArchDateReading *pReading){
  int k;
  if( pReading ){
    pReading->zConvention = 0;
    pReading->zEdtf[0] = 0;
  }
  text_trim(&z, &n);
  if( n==0 ) return ARCH_DATE_NOT_A_DATE;
  if( (k = parse_common(z, n, pOut))>=0 ) return (ArchDateResult)k;
  if( read_notation(arch_date_read_edtf, z, n, pOut, pReading) ) return ARCH_DATE_FOUND;
  if( arch_data_find(arch_data_undated, arch_data_undated_count, z, n) ){
    return ARCH_DATE_UNDATED;
  }
  if( read_grammar(z, n, pOut)
   || read_notation(arch_date_read_eastasia, z, n, pOut, pReading) ){
    return ARCH_DATE_FOUND;
  }
  return ARCH_DATE_NOT_A_DATE;
}

ArchDateResult arch_date_parse_piece(const char *z, size_t n, ArchDate *pOut){
  return parse_piece(z, n, pOut, 0);
}

/* A piece first; then the forms of a line made of whole dates (dates_line.c): "1963,
** undated", "1956, 1958-1960", "19 Sept 1962 (date of receipt)". */
ArchDateResult arch_date_parse_reading(const char *z, size_t n, ArchDate *pOut,
                                       ArchDateReading *pReading){
  ArchDateResult rc = parse_piece(z, n, pOut, pReading);
  if( rc==ARCH_DATE_NOT_A_DATE && arch_date_read_line(z, n, pOut) ) rc = ARCH_DATE_FOUND;
  return rc;
}

ArchDateResult arch_date_parse(const char *z, size_t n, ArchDate *pOut){
  return arch_date_parse_reading(z, n, pOut, 0);
}

/* ---------------------------------------------------------------- a quick test */

/* Is the ASCII word w[0..n) (lower case) a word a date can begin with: a month, season or
** weekday name, a word of date_words.tsv ("circa", "early", "between", the ordinals), a leading
** preposition ("in", "since": date_prepositions.tsv), an era ("Showa", "Juche": eras.tsv), any
** of these without its diacritics (the folded tables: "fevrier"), "q" (Q3), "on" (of "on or
** about"), a roman numeral (any run of i, v and x, which covers i to xii and the centuries,
** maybe with the French ordinal e: "XIXe"), or a word whose first three letters begin an
** English month name (the fast path reads "Sept")? */
static int is_date_word(const char *w, size_t n){
  static const char azMonth3[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  size_t i;
  if( n==1 && w[0]=='q' ) return 1;
  if( n==2 && w[0]=='o' && w[1]=='n' ) return 1;     /* "on or about October 8, 1963" */
  for(i=0; i<n && (w[i]=='i' || w[i]=='v' || w[i]=='x'); i++){}
  if( i==n || (i>0 && i==n-1 && w[i]=='e') ) return 1;          /* "XIXe siècle" */
  if( n>=3 ){
    for(i=0; i<sizeof(azMonth3)-1; i+=3){
      if( memcmp(w, azMonth3+i, 3)==0 ) return 1;
    }
  }
#define IN_TABLE(T) (n>=(size_t)arch_data_##T##_min_key && n<=(size_t)arch_data_##T##_max_key \
                     && arch_data_find(arch_data_##T, arch_data_##T##_count, w, n)!=0)
  /* the tables under their folded keys: "fevrier", "wrzesnia" as written without marks */
#define FOLDED(T) (arch_data_find(arch_data_##T##_folded, arch_data_##T##_folded_count, w, n)!=0)
  return IN_TABLE(months) || IN_TABLE(seasons) || IN_TABLE(weekdays) || IN_TABLE(date_words)
      || FOLDED(months) || FOLDED(seasons) || FOLDED(weekdays) || FOLDED(date_prepositions)
      || arch_data_find(arch_data_eras, arch_data_eras_count, w, n);
#undef IN_TABLE
#undef FOLDED
}

/* Is the ASCII word w[0..n) (lower case) the first word of a "no date" phrase of undated.tsv
** that other words may follow: "undated" of "undated [ca. 1958]", "n" of "n.d. [1957?]"? */
static int begins_undated_line(const char *w, size_t n){
  unsigned i, k = arch_data_prefixed(arch_data_undated, arch_data_undated_count, w, n, &i);
  for(; k>0; k--, i++){
    const ArchDataRow *p = &arch_data_undated[i];
    if( (size_t)p->nKey==n || !(((p->key[n]|0x20)>='a' && (p->key[n]|0x20)<='z')) ) return 1;
  }
  return 0;
}

/* Longest first word is_date_word() is asked about; a longer one is left to arch_date_parse. */
#define DATE_WORD_MAX_BYTES 32

size_t arch_date_first_word(const char *z, size_t n){
  size_t i;
  for(i=0; i<n && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z'); i++){}
  /* Only a line that begins with an ASCII word is judged here, and only when that word ends
  ** with the ASCII character after it: a non-ASCII one may be a letter or a mark that
  ** continues it. "XX" is an unknown part of a date to dates.c, not a word. */
  if( i==0 || i>DATE_WORD_MAX_BYTES || (i<n && (unsigned char)z[i]>=0x80) ) return 0;
  if( i>=2 && z[0]=='X' && z[1]=='X' ) return 0;
  return i;
}

int arch_date_word_may_begin(const char *z, size_t nWord){
  char w[DATE_WORD_MAX_BYTES];
  size_t i;
  if( nWord==0 || nWord>DATE_WORD_MAX_BYTES ) return 1;
  for(i=0; i<nWord; i++) w[i] = (char)(z[i]|0x20);
  return is_date_word(w, nWord) || begins_undated_line(w, nWord)
      || (nWord>=3 && arch_date_place_word(w, nWord)==2);  /* "dne 8. 10. 1963", "dnia" */
}

int arch_date_undated_line(const char *z, size_t n){
  /* A "no date" phrase of undated.tsv is read whole: a line of another length is none. */
  if( n<(size_t)arch_data_undated_min_key || n>(size_t)arch_data_undated_max_key ) return 0;
  return arch_data_find(arch_data_undated, arch_data_undated_count, z, n)!=0;
}

int arch_date_may_begin(const char *z, size_t n){
  size_t k = arch_date_first_word(z, n);
  return k==0 || arch_date_word_may_begin(z, k) || arch_date_undated_line(z, n)
      || (k==1 && n>2 && strchr("MTSHR", z[0]) && (z[1]=='.' || (z[1]>='0' && z[1]<='9')));
                                                          /* "S38.10.8": a Japanese era's initial */
}

/* ---------------------------------------------------------------- cut-off date lines */

/* True when w[0..n) begins the name or abbreviation of a month (folded ASCII only). */
static int begins_month_name(const char *w, size_t n){
  unsigned i;
  char buf[64];
  int k;
  if( arch_data_prefixed(arch_data_months, arch_data_months_count, w, n, &i)>0 ) return 1;
  /* A capital outside ASCII ("Авгу" of "Август"), or a mark: the folded names. */
  for(k=0; (size_t)k<n && (unsigned char)w[k]<0x80; k++){}
  if( (size_t)k==n || (k = dates_fold_word(w, n, buf, sizeof(buf)))<=0 ) return 0;
  return arch_data_prefixed(arch_data_months_folded, arch_data_months_folded_count, buf,
                            (size_t)k, &i)>0;
}

/* True when w[0..n) begins one of the "no date" phrases. */
static int begins_undated_phrase(const char *w, size_t n){
  return arch_data_begins_longer(arch_data_undated, arch_data_undated_count, w, n);
}

static int is_partial_year(const Cursor *c, int i){
  return is_plain_num(c, i, 3);
}

int arch_date_is_cut_prefix(const char *z, size_t n){
  Token a[DATE_MAX_TOKENS];
  ArchDate unused;
  Cursor c;
  int nTok, i = 0;
  text_trim(&z, &n);
  if( n==0 || arch_date_parse(z, n, &unused)!=ARCH_DATE_NOT_A_DATE ) return 0;
  if( begins_undated_phrase(z, n) ) return 1;
  nTok = dates_lex_all(z, n, a);
  if( nTok<=0 ) return 0;
  memset(&c, 0, sizeof(c));
  c.t = a;
  c.n = nTok;
  c.z = z;
  /* The last token may be cut in the middle: a word need only begin a month name. */
  if( a[nTok-1].type==TOK_WORD && a[nTok-1].role!=ROLE_MONTH
   && !(a[nTok-1].role==ROLE_OF && nTok>=3 && a[nTok-2].type==TOK_WORD
        && a[nTok-2].role==ROLE_MONTH) ){
    if( !begins_month_name(z + a[nTok-1].start, a[nTok-1].end - a[nTok-1].start) ) return 0;
    c.n = --nTok;
    if( nTok==0 ) return 1;
    if( !is_day(&c, 0) ) return 0;                     /* "8 Oct" */
    i = 1;
    if( is_punct(&c, i, '.') && glued(&c, i) ) i++;    /* "17. Jun" */
    if( is_role(&c, i, ROLE_OF) ) i++;                 /* "26 de oct" */
    return i==nTok;
  }
  if( a[0].type==TOK_WORD ){
    /* MONTH[.] [DAY] [,] [YEAR-PREFIX] */
    if( !month_word(&c, &i) ) return 0;
    if( i<nTok && is_day(&c, i) && (i+1<nTok || a[i].ndigit<=2) ) i++;
    if( i<nTok && is_punct(&c, i, ',') ) i++;
    if( i<nTok && is_partial_year(&c, i) ) i++;
    return i==nTok;
  }
  if( a[0].type==TOK_NUM ){
    /* DAY[.] [de] MONTH [,|de] [YEAR-PREFIX], or the first digits of a year */
    if( nTok==1 ) return is_partial_year(&c, 0);
    if( !is_day(&c, 0) ) return 0;
    i = 1;
    if( is_punct(&c, i, '.') && glued(&c, i) ) i++;                /* "17. Juni" */
    if( is_role(&c, i, ROLE_OF) ) i++;                             /* "26 de octubre" */
    if( !month_word(&c, &i) ) return 0;
    if( i<nTok && is_role(&c, i, ROLE_OF) ) i++;                   /* "26 de octubre de" */
    else if( i<nTok && is_punct(&c, i, ',') ) i++;
    if( i<nTok && is_partial_year(&c, i) ) i++;
    return i==nTok;
  }
  return 0;
}

