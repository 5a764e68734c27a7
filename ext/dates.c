/*
** dates.c: archival dates as ranges of days. See dates.h for the interface.
**
** A date line is read in two steps: the text is cut into tokens (numbers, words, commas), then
** the token sequence is matched against the forms archive pages print:
**
**     October 8, 1963    Oct. 8, 1963    October 02, 1959      MONTH DAY [,] YEAR
**     8 October 1963                                            DAY MONTH [,] YEAR
**     September 1959                                            MONTH [,] YEAR
**     1961                                                      YEAR
**
** Month names come from ext/data/months.tsv, "no date" phrases from ext/data/undated.tsv.
*/
#include "dates.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

#define DATE_MAX_TOKENS 8

typedef enum TokenType { TOK_NUM, TOK_WORD, TOK_COMMA } TokenType;

typedef struct Token {
  TokenType type;
  const char *z;      /* the token's text (a WORD without its trailing period) */
  int n;
  int value;          /* TOK_NUM: its value (saturated); TOK_WORD: month number or 0 */
  int dotted;         /* TOK_WORD: followed by a period, as in "Oct." */
} Token;

/* ---------------------------------------------------------------- calendar arithmetic */

static int is_leap_year(int y){
  return (y%4==0 && y%100!=0) || y%400==0;
}

int arch_days_in_month(int y, int m){
  static const unsigned char aDays[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( m<1 || m>12 ) return 0;
  return aDays[m-1] + (m==2 && is_leap_year(y));
}

/* Howard Hinnant's days_from_civil, shifted so that 0001-01-01 is day 1. */
int32_t arch_days_from_civil(int y, int m, int d){
  int era, yoe, doy, doe;
  y -= m<=2;
  era = (y>=0 ? y : y-399) / 400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return (int32_t)(era*146097 + doe - 719468 + 719163);
}

void arch_civil_from_days(int32_t day, int *pY, int *pM, int *pD){
  int32_t z = day - 719163 + 719468;
  int32_t era = (z>=0 ? z : z-146096) / 146097;
  int32_t doe = z - era*146097;
  int32_t yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  int32_t doy = doe - (365*yoe + yoe/4 - yoe/100);
  int32_t mp = (5*doy + 2)/153;
  int32_t d = doy - (153*mp + 2)/5 + 1;
  int32_t m = mp<10 ? mp+3 : mp-9;
  *pY = (int)(yoe + era*400 + (m<=2));
  *pM = (int)m;
  *pD = (int)d;
}

int arch_date_iso(int32_t day, char buf[11]){
  int y, m, d;
  arch_civil_from_days(day, &y, &m, &d);
  buf[0] = (char)('0' + y/1000%10);
  buf[1] = (char)('0' + y/100%10);
  buf[2] = (char)('0' + y/10%10);
  buf[3] = (char)('0' + y%10);
  buf[4] = '-';
  buf[5] = (char)('0' + m/10);
  buf[6] = (char)('0' + m%10);
  buf[7] = '-';
  buf[8] = (char)('0' + d/10);
  buf[9] = (char)('0' + d%10);
  buf[10] = 0;
  return 10;
}

/* ---------------------------------------------------------------- tokens */

static int is_ascii_digit(unsigned char c){ return c>='0' && c<='9'; }

/* A word is a run of letters: ASCII letters and any non-ASCII character that is not space. */
static int word_byte(const char *z, size_t n){
  unsigned char c = (unsigned char)z[0];
  if( (c>='a' && c<='z') || (c>='A' && c<='Z') ) return 1;
  return c>=0x80 && text_space_len(z, n)==0;
}

static int month_number(const char *z, size_t n){
  const ArchDataRow *p = arch_data_find(arch_data_months, arch_data_months_count, z, n);
  return p ? p->ivalue : 0;
}

/* Cut z[0..n) into at most DATE_MAX_TOKENS tokens. Returns the number of tokens, or -1 when
** the text holds something no date form uses, or more tokens than any form has. */
static int tokenize(const char *z, size_t n, Token *aTok){
  size_t i = 0;
  int nTok = 0;
  while( i<n ){
    int k = text_space_len(z+i, n-i);
    Token *t;
    if( k ){ i += k; continue; }
    if( nTok==DATE_MAX_TOKENS ) return -1;
    t = &aTok[nTok++];
    memset(t, 0, sizeof(*t));
    t->z = z+i;
    if( is_ascii_digit((unsigned char)z[i]) ){
      t->type = TOK_NUM;
      while( i<n && is_ascii_digit((unsigned char)z[i]) ){
        if( t->value<100000 ) t->value = t->value*10 + (z[i]-'0');
        i++;
      }
    }else if( z[i]==',' ){
      t->type = TOK_COMMA;
      i++;
    }else if( word_byte(z+i, n-i) ){
      t->type = TOK_WORD;
      while( i<n && word_byte(z+i, n-i) ) i++;
      t->n = (int)(i - (size_t)(t->z - z));
      t->value = month_number(t->z, (size_t)t->n);
      if( i<n && z[i]=='.' ){ t->dotted = 1; i++; }
      continue;
    }else{
      return -1;
    }
    t->n = (int)(i - (size_t)(t->z - z));
  }
  return nTok;
}

static int is_year(const Token *t){
  return t->type==TOK_NUM && t->n==4 && t->value>=1;
}
static int is_day(const Token *t){
  return t->type==TOK_NUM && t->n<=2 && t->value>=1 && t->value<=31;
}
static int is_month(const Token *t){
  return t->type==TOK_WORD && t->value>0;
}

/* ---------------------------------------------------------------- whole-line dates */

static ArchDateResult set_range(ArchDate *pOut, int y, int m, int d, ArchDatePrecision p){
  switch( p ){
    case ARCH_DATE_DAY:
      if( d>arch_days_in_month(y, m) ) return ARCH_DATE_NOT_A_DATE;
      pOut->first = pOut->last = arch_days_from_civil(y, m, d);
      break;
    case ARCH_DATE_MONTH:
      pOut->first = arch_days_from_civil(y, m, 1);
      pOut->last = arch_days_from_civil(y, m, arch_days_in_month(y, m));
      break;
    case ARCH_DATE_YEAR:
      pOut->first = arch_days_from_civil(y, 1, 1);
      pOut->last = arch_days_from_civil(y, 12, 31);
      break;
  }
  pOut->precision = p;
  return ARCH_DATE_FOUND;
}

/* Match the tokens against the forms listed at the top of this file. A comma may stand
** between the day or month and the year, and nowhere else. */
static ArchDateResult match_forms(const Token *a, int nTok, ArchDate *pOut){
  int i = 0;
  const Token *pMonth = 0, *pDay = 0;
  if( nTok>=1 && is_month(&a[0]) ){
    pMonth = &a[i++];
    if( i<nTok && is_day(&a[i]) ) pDay = &a[i++];
  }else if( nTok>=2 && is_day(&a[0]) && is_month(&a[1]) ){
    pDay = &a[0];
    pMonth = &a[1];
    i = 2;
  }
  if( pMonth && i<nTok && a[i].type==TOK_COMMA ) i++;
  if( i!=nTok-1 || !is_year(&a[i]) ) return ARCH_DATE_NOT_A_DATE;
  if( pDay ) return set_range(pOut, a[i].value, pMonth->value, pDay->value, ARCH_DATE_DAY);
  if( pMonth ) return set_range(pOut, a[i].value, pMonth->value, 0, ARCH_DATE_MONTH);
  return set_range(pOut, a[i].value, 0, 0, ARCH_DATE_YEAR);
}

ArchDateResult arch_date_parse(const char *z, size_t n, ArchDate *pOut){
  Token aTok[DATE_MAX_TOKENS];
  int nTok;
  text_trim(&z, &n);
  if( n==0 ) return ARCH_DATE_NOT_A_DATE;
  if( arch_data_find(arch_data_undated, arch_data_undated_count, z, n) ){
    return ARCH_DATE_UNDATED;
  }
  nTok = tokenize(z, n, aTok);
  if( nTok<=0 ) return ARCH_DATE_NOT_A_DATE;
  return match_forms(aTok, nTok, pOut);
}

/* ---------------------------------------------------------------- cut-off date lines */

/* True when w[0..n) begins the name (or abbreviation) of a month. */
static int begins_month_name(const char *w, size_t n){
  unsigned i;
  for(i=0; i<arch_data_months_count; i++){
    const ArchDataRow *p = &arch_data_months[i];
    if( (size_t)p->nKey>=n && text_ieq(w, n, p->key, n) ) return 1;
  }
  return 0;
}

/* True when w[0..n) begins one of the "no date" phrases. */
static int begins_undated_phrase(const char *w, size_t n){
  unsigned i;
  for(i=0; i<arch_data_undated_count; i++){
    const ArchDataRow *p = &arch_data_undated[i];
    if( (size_t)p->nKey>n && text_ieq(w, n, p->key, n) ) return 1;
  }
  return 0;
}

/* A number that may be the first digits of a four-digit year. */
static int is_partial_year(const Token *t){
  return t->type==TOK_NUM && t->n<4;
}

int arch_date_is_cut_prefix(const char *z, size_t n){
  Token a[DATE_MAX_TOKENS];
  ArchDate unused;
  int nTok, i = 0;
  text_trim(&z, &n);
  if( n==0 || arch_date_parse(z, n, &unused)!=ARCH_DATE_NOT_A_DATE ) return 0;
  if( begins_undated_phrase(z, n) ) return 1;
  nTok = tokenize(z, n, a);
  if( nTok<=0 ) return 0;
  /* The last token may be cut in the middle: a word need only begin a month name. */
  if( a[nTok-1].type==TOK_WORD ){
    const Token *pLast = &a[nTok-1];
    if( pLast->dotted ? !is_month(pLast) : !begins_month_name(pLast->z, (size_t)pLast->n) ){
      return 0;
    }
  }
  if( a[0].type==TOK_WORD ){
    /* MONTH [DAY] [,] [YEAR-PREFIX] */
    if( nTok>1 && !is_month(&a[0]) ) return 0;
    i = 1;
    if( i<nTok && is_day(&a[i]) && (i+1<nTok || a[i].n<=2) ) i++;
    if( i<nTok && a[i].type==TOK_COMMA ) i++;
    if( i<nTok && is_partial_year(&a[i]) ) i++;
    return i==nTok;
  }
  if( a[0].type==TOK_NUM ){
    /* DAY [MONTH] [,] [YEAR-PREFIX], or the first digits of a year */
    if( nTok==1 ) return is_partial_year(&a[0]);
    if( !is_day(&a[0]) || a[1].type!=TOK_WORD ) return 0;
    if( nTok>2 && !is_month(&a[1]) ) return 0;
    i = 2;
    if( i<nTok && a[i].type==TOK_COMMA ) i++;
    if( i<nTok && is_partial_year(&a[i]) ) i++;
    return i==nTok;
  }
  return 0;
}
