/*
** dates.c: archival dates as ranges of days. See dates.h for the interface.
**
** Text is read in two steps. The lexer cuts it into tokens: numbers ("1963", "8th", "1960s",
** "196X"), words with their role in a date (a month of any language, a season, a weekday, "circa",
** "between", ...; the tables in ext/data/), punctuation, and the CJK units 年 月 日 / 년 월 일. The parser
** then matches the token sequence against the forms of archival dates, from the inside out:
**
**   part         one point or period as written: "October 8, 1963", "8.X.1963", "1963-10",
**                "Spring 1957", "third quarter of 1957", "1960s", "19th century", "1958. március
**                17.", "1963年10月8日", or, inside a range, a piece such as "October 8" or "10, 1963"
**   modified     early / mid / late + a month, year or decade: "late October 1963"
**   range        two parts: "October 8-10, 1963", "from 1956 to 1967", "between 1956 and 1958",
**                "December 1956 - January 1957", "1956/1967"; "1956 or 1957" (one of them);
**                "before 1960", "after 1985", "../1960"
**   qualified    circa / c. / ca. before, ? ~ % after, [brackets] around: "circa 1956", "1956?",
**                "[1956]", "[195-?]"
**
** Every form finds the longest match; a whole-text parse must use every token, a scan of free
** text takes the longest expression at each place a date may start.
*/
#include "dates.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>
#include <utf8proc.h>

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

static void put_digits(char *z, int v, int n){
  while( n-- > 0 ){ z[n] = (char)('0' + v%10); v /= 10; }
}

static void write_iso(int y, int m, int d, char buf[11]){
  put_digits(buf, y, 4);
  buf[4] = '-';
  put_digits(buf+5, m, 2);
  buf[7] = '-';
  put_digits(buf+8, d, 2);
  buf[10] = 0;
}

int arch_date_bound_iso(const ArchDate *pDate, int wantLast, char buf[11]){
  const ArchDatePoint *pt = &pDate->a;
  if( pDate->form==ARCH_FORM_SINGLE && pt->year>0 && pt->code==0 && pt->year_x==0
   && pt->month_x==0 && pt->day_x==0 ){
    /* The common case needs no calendar arithmetic: the bounds are in the point. */
    int m = pt->month ? pt->month : (wantLast ? 12 : 1);
    int d = pt->day ? pt->day : (wantLast ? arch_days_in_month(pt->year, m) : 1);
    write_iso(pt->year, m, d, buf);
    return 10;
  }
  return arch_date_iso(wantLast ? pDate->last : pDate->first, buf);
}

int arch_date_iso(int32_t day, char buf[11]){
  int y, m, d;
  arch_civil_from_days(day, &y, &m, &d);
  write_iso(y, m, d, buf);
  return 10;
}

/* ---------------------------------------------------------------- tokens */

enum { TOK_END = 0, TOK_NUM, TOK_WORD, TOK_PUNCT, TOK_CJK, TOK_OTHER };

/* What a word means in a date. */
enum {
  ROLE_NONE = 0, ROLE_MONTH, ROLE_SEASON, ROLE_WEEKDAY, ROLE_ROMAN, ROLE_APPROX, ROLE_EARLY,
  ROLE_MID, ROLE_LATE, ROLE_FROM, ROLE_TO, ROLE_BETWEEN, ROLE_AND, ROLE_OR, ROLE_BEFORE,
  ROLE_AFTER, ROLE_THE, ROLE_OF, ROLE_ARTICLE, ROLE_HALF, ROLE_QUARTER, ROLE_CENTURY,
  ROLE_YEARWORD, ROLE_ORDINAL, ROLE_NUMBER, ROLE_Q
};

/* TOK_NUM suffixes. */
enum { SUFFIX_NONE = 0, SUFFIX_ORDINAL, SUFFIX_S };

typedef ArchDateToken Token;

/* Roles of ext/data/date_words.tsv, by the value column. */
static const struct { const char *zName; uint8_t role; } aWordRole[] = {
  {"approx", ROLE_APPROX}, {"early", ROLE_EARLY}, {"mid", ROLE_MID}, {"late", ROLE_LATE},
  {"from", ROLE_FROM}, {"to", ROLE_TO}, {"between", ROLE_BETWEEN}, {"and", ROLE_AND},
  {"or", ROLE_OR}, {"before", ROLE_BEFORE}, {"after", ROLE_AFTER}, {"the", ROLE_THE},
  {"of", ROLE_OF}, {"article", ROLE_ARTICLE}, {"half", ROLE_HALF}, {"quarter", ROLE_QUARTER},
  {"century", ROLE_CENTURY}, {"year", ROLE_YEARWORD}, {"number", ROLE_NUMBER},
};

static int roman_value(const char *z, int n){
  static const char *const azRoman[] = {
    "i","ii","iii","iv","v","vi","vii","viii","ix","x","xi","xii"
  };
  int i;
  for(i=0; i<12; i++){
    if( (int)strlen(azRoman[i])==n && memcmp(z, azRoman[i], (size_t)n)==0 ) return i+1;
  }
  return 0;
}

/* Give a word (already folded to lower case) its role. */
static void classify_word(Token *t, const char *z, int n){
  const ArchDataRow *p;
  size_t i;
  if( (p = arch_data_find(arch_data_months, arch_data_months_count, z, (size_t)n))!=0 ){
    t->role = ROLE_MONTH;
    t->value = (int32_t)p->ivalue;
  }else if( (p = arch_data_find(arch_data_seasons, arch_data_seasons_count, z, (size_t)n))!=0 ){
    t->role = ROLE_SEASON;
    t->value = (int32_t)p->ivalue;
  }else if( (p = arch_data_find(arch_data_weekdays, arch_data_weekdays_count, z, (size_t)n))!=0 ){
    t->role = ROLE_WEEKDAY;
  }else if( (p = arch_data_find(arch_data_date_words, arch_data_date_words_count,
                                z, (size_t)n))!=0 ){
    if( p->ivalue>0 ){
      t->role = ROLE_ORDINAL;
      t->value = (int32_t)p->ivalue;
    }else{
      for(i=0; i<sizeof(aWordRole)/sizeof(aWordRole[0]); i++){
        if( strcmp(p->value, aWordRole[i].zName)==0 ){ t->role = aWordRole[i].role; break; }
      }
    }
  }else if( n==1 && z[0]=='q' ){
    t->role = ROLE_Q;
  }else if( (t->value = (int32_t)roman_value(z, n))>0 ){
    t->role = ROLE_ROMAN;
  }
}

/* A letter (or combining mark) of a word, and its length in bytes; 0 when z is no letter. */
static int letter_len(const unsigned char *z, size_t n, uint32_t *pCp){
  return text_letter_len((const char*)z, n, pCp);
}

#define WORD_MAX_BYTES 32

/* Lex a word at z[i..n): fold it to lower case and look it up. Returns its end. */
static size_t lex_word(const char *z, size_t n, size_t i, Token *t){
  char buf[WORD_MAX_BYTES];
  int nBuf = 0, tooLong = 0;
  uint32_t cp;
  int len;
  while( i<n && (len = letter_len((const unsigned char*)z+i, n-i, &cp))>0 ){
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t nEnc;
    if( cp<0x80 ){
      enc[0] = (utf8proc_uint8_t)((cp>='A' && cp<='Z') ? cp+32 : cp);
      nEnc = 1;
    }else{
      nEnc = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    }
    if( nBuf+nEnc>WORD_MAX_BYTES ){
      tooLong = 1;
    }else{
      memcpy(buf+nBuf, enc, (size_t)nEnc);
      nBuf += (int)nEnc;
    }
    i += (size_t)len;
  }
  t->type = TOK_WORD;
  t->ndigit = (uint8_t)nBuf;
  if( !tooLong ) classify_word(t, buf, nBuf);
  return i;
}

/* The ordinal suffixes that may follow a day or a century: "8th", "1er", "19e", "2nd". */
static int ordinal_suffix_len(const char *z, size_t n){
  static const char *const azSuffix[] = { "st", "nd", "rd", "th", "er", "re", "e", "ème" };
  size_t i, k;
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    k = strlen(azSuffix[i]);
    if( n>=k && text_ieq(z, k, azSuffix[i], k)
     && (n==k || !letter_len((const unsigned char*)z+k, n-k, &(uint32_t){0})) ){
      return (int)k;
    }
  }
  return 0;
}

/* Lex a number at z[i..n): digits, then X digits ("196X"), then a glued suffix. */
static size_t lex_number(const char *z, size_t n, size_t i, Token *t){
  int v = 0;
  t->type = TOK_NUM;
  while( i<n && z[i]>='0' && z[i]<='9' ){
    if( v<100000000 ) v = v*10 + (z[i]-'0');
    if( t->ndigit<255 ) t->ndigit++;
    i++;
  }
  while( i<n && z[i]=='X' && t->nx<4 ){ t->nx++; i++; }
  t->value = (int32_t)v;
  if( i<n && (z[i]=='s' || z[i]=='S') && (i+1==n || !letter_len((const unsigned char*)z+i+1,
                                                            n-i-1, &(uint32_t){0})) ){
    t->suffix = SUFFIX_S;
    return i+1;
  }
  if( i<n && t->ndigit>0 ){
    int k = ordinal_suffix_len(z+i, n-i);
    if( k ){ t->suffix = SUFFIX_ORDINAL; return i+(size_t)k; }
  }
  return i;
}

/* The CJK date units 年 月 日 and 년 월 일: 'Y', 'M', 'D', or 0. */
static int cjk_unit(const unsigned char *z, size_t n){
  if( n<3 ) return 0;
  if( z[0]==0xE5 && z[1]==0xB9 && z[2]==0xB4 ) return 'Y';
  if( z[0]==0xE6 && z[1]==0x9C && z[2]==0x88 ) return 'M';
  if( z[0]==0xE6 && z[1]==0x97 && z[2]==0xA5 ) return 'D';
  if( z[0]==0xEB && z[1]==0x85 && z[2]==0x84 ) return 'Y';
  if( z[0]==0xEC && z[1]==0x9B && z[2]==0x94 ) return 'M';
  if( z[0]==0xEC && z[1]==0x9D && z[2]==0xBC ) return 'D';
  return 0;
}

/* Punctuation a date uses, folded: every dash is '-', every apostrophe '\''. */
static int punct_char(const char *z, size_t n, int *pLen){
  const unsigned char *u = (const unsigned char*)z;
  *pLen = 1;
  if( u[0]<0x80 ){
    return strchr(",.-/[]?~%'():#", u[0]) && u[0] ? u[0] : 0;
  }
  {
    uint32_t cp;
    int len = text_utf8_decode(u, n, &cp);
    *pLen = len;
    if( text_is_dash(cp) ) return '-';
    if( text_is_apostrophe(cp) ) return '\'';
  }
  return 0;
}

/* Lex the token at z[i..n) into *t; returns where it ends (i when at the end of the text). */
static size_t lex_token(const char *z, size_t n, size_t i, Token *t){
  int k, c;
  memset(t, 0, sizeof(*t));
  while( i<n && (k = text_space_len(z+i, n-i))>0 ){ i += (size_t)k; t->space_before = 1; }
  t->start = (uint32_t)i;
  if( i>=n ){
    t->type = TOK_END;
  }else if( z[i]>='0' && z[i]<='9' ){
    i = lex_number(z, n, i, t);
  }else if( z[i]=='X' && i+1<n && z[i+1]=='X'
         && (i+2==n || !letter_len((const unsigned char*)z+i+2, n-i-2, &(uint32_t){0})) ){
    i = lex_number(z, n, i, t);                                 /* "XX": an unknown part */
  }else if( (c = cjk_unit((const unsigned char*)z+i, n-i))!=0 ){
    t->type = TOK_CJK;
    t->value = (int32_t)c;
    i += 3;
  }else if( n-i>=3 && memcmp(z+i, "\xE2\x84\x96", 3)==0 ){     /* № */
    t->type = TOK_WORD;
    t->role = ROLE_NUMBER;
    i += 3;
  }else if( letter_len((const unsigned char*)z+i, n-i, &(uint32_t){0}) ){
    i = lex_word(z, n, i, t);
  }else if( (c = punct_char(z+i, n-i, &k))!=0 ){
    t->type = TOK_PUNCT;
    t->value = (int32_t)c;
    t->suffix = (uint8_t)(c=='-' && k>1);   /* an en dash, not ISO's hyphen */
    i += (size_t)k;
  }else{
    uint32_t cp;
    t->type = TOK_OTHER;
    i += (size_t)text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  }
  t->end = (uint32_t)i;
  return i;
}

/* ---------------------------------------------------------------- token tests */

typedef struct Cursor {
  const Token *t;          /* the tokens, ending with a TOK_END */
  int n;
} Cursor;

static const Token *tok(const Cursor *c, int i){
  static const Token end = { TOK_END, 0, 0, 0, 0, 0, 0, 0, 0 };
  return i<c->n ? &c->t[i] : &end;
}
static int is_punct(const Cursor *c, int i, int ch){
  return tok(c, i)->type==TOK_PUNCT && tok(c, i)->value==ch;
}
static int is_role(const Cursor *c, int i, int role){
  return tok(c, i)->type==TOK_WORD && tok(c, i)->role==role;
}
static int glued(const Cursor *c, int i){
  return !tok(c, i)->space_before;
}
/* A plain number of 1 to `maxDigits` digits, no X, no suffix. */
static int is_plain_num(const Cursor *c, int i, int maxDigits){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->nx==0 && t->suffix==SUFFIX_NONE
      && t->ndigit>=1 && t->ndigit<=maxDigits;
}
/* A day: 1..31, one or two digits, maybe "8th". */
static int is_day(const Cursor *c, int i){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->nx==0 && t->suffix!=SUFFIX_S
      && t->ndigit>=1 && t->ndigit<=2 && t->value>=1 && t->value<=31;
}
static int is_year4(const Cursor *c, int i){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->ndigit+t->nx==4 && t->suffix==SUFFIX_NONE && t->ndigit>=2
      && (t->nx>0 || t->value>=1);
}
/* Skip an optional token; returns 1 when it was there. */
static int opt_punct(const Cursor *c, int *pi, int ch){
  if( is_punct(c, *pi, ch) ){ (*pi)++; return 1; }
  return 0;
}
/* A month word, with the period of its abbreviation: "Oct." */
static int month_word(const Cursor *c, int *pi){
  if( !is_role(c, *pi, ROLE_MONTH) ) return 0;
  (*pi)++;
  if( is_punct(c, *pi, '.') && glued(c, *pi) ) (*pi)++;
  return tok(c, *pi - 1)->type==TOK_PUNCT ? tok(c, *pi-2)->value : tok(c, *pi-1)->value;
}
/* A word for "year" after a year: "1958 г.", "1958 roku". */
static void opt_year_word(const Cursor *c, int *pi){
  if( is_role(c, *pi, ROLE_YEARWORD) ){
    (*pi)++;
    if( is_punct(c, *pi, '.') && glued(c, *pi) ) (*pi)++;
  }
}

/* ---------------------------------------------------------------- parts */

/* One point or period as written. Missing fields are 0. */
typedef struct Part {
  int y, m, d;
  int code;                /* EDTF sub-year group 21..41 */
  int year_x;              /* trailing unknown year digits: 1 decade, 2 century */
  int month_x, day_x;      /* unknown month or day ("XX", "00") */
  int short_year;          /* the year was written with two digits */
  unsigned flags;
} Part;

/* A year: four digits (or X), or, when short years are allowed, two. */
static int read_year(const Cursor *c, int *pi, Part *p, int allowShort){
  const Token *t = tok(c, *pi);
  if( is_year4(c, *pi) ){
    int scale = t->nx==1 ? 10 : t->nx==2 ? 100 : t->nx==3 ? 1000 : 1;
    p->y = t->value * scale;
    p->year_x = t->nx;
    if( p->y==0 ) return 0;
    (*pi)++;
    return 1;
  }
  if( allowShort && is_plain_num(c, *pi, 2) && t->ndigit==2 ){
    p->y = 1900 + t->value;
    p->short_year = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    (*pi)++;
    return 1;
  }
  return 0;
}

/* ISO and EDTF numbers: 1963-10-08, 1963-10, 1963-XX-08, 1963-10-00, 1957-21, 19631008,
** 1963.10.08, 1963/10/08, and 196X / 19XX as years. */
static int part_iso(const Cursor *c, int i, Part *p){
  int i0 = i, sep;
  const Token *t = tok(c, i);
  memset(p, 0, sizeof(*p));
  if( !is_year4(c, i) ) return 0;
  read_year(c, &i, p, 0);
  sep = tok(c, i)->value;
  if( tok(c, i)->type!=TOK_PUNCT || (sep!='-' && sep!='.' && sep!='/') || !glued(c, i)
   || tok(c, i)->suffix ){
    return i - i0;                   /* "1910–11" with an en dash is a range of years */
  }
  t = tok(c, i+1);
  if( t->type!=TOK_NUM || t->suffix!=SUFFIX_NONE || t->ndigit+t->nx!=2 || !glued(c, i+1) ){
    return i - i0;
  }
  if( p->year_x ) return i - i0;
  if( t->nx==2 ){
    p->month_x = 1;
  }else if( t->value==0 ){
    p->month_x = 1;
  }else if( t->value>=21 && t->value<=41 && sep=='-' && !is_punct(c, i+2, '-') ){
    p->code = t->value;
    return i+2 - i0;
  }else if( t->value>=1 && t->value<=12 ){
    p->m = t->value;
  }else{
    return i - i0;            /* "1961-62": a range, read elsewhere */
  }
  /* "1963/10" and "1963.10" are not months: only "-" may stop after the month. */
  if( !(is_punct(c, i+2, sep) && glued(c, i+2)) ){
    if( sep!='-' || p->month_x ) return i - i0;
    return i+2 - i0;
  }
  t = tok(c, i+3);
  if( t->type!=TOK_NUM || t->suffix!=SUFFIX_NONE || t->ndigit+t->nx!=2 || !glued(c, i+3) ){
    return 0;
  }
  if( t->nx==2 || t->value==0 ){
    p->day_x = 1;
    if( p->month_x ) return 0;
  }else{
    p->d = t->value;
  }
  return i+4 - i0;
}

static int part_compact(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  memset(p, 0, sizeof(*p));
  if( t->type!=TOK_NUM || t->ndigit!=8 || t->nx || t->suffix ) return 0;
  p->y = t->value/10000;
  p->m = t->value/100%100;
  p->d = t->value%100;
  if( p->m<1 || p->m>12 || p->d<1 ) return 0;
  return 1;
}

/* Day-month-year with numbers: 8.10.1963, 08.10.63, 00.10.1963, and Roman months: 8.X.1963,
** 8 X 1963, 8-X-63. (Slashes, which have two readings, are read by range_slashed().) */
static int part_dmy(const Cursor *c, int i, Part *p){
  int i0 = i, roman, sep = 0;
  memset(p, 0, sizeof(*p));
  if( !(is_plain_num(c, i, 2)) ) return 0;
  p->d = tok(c, i)->value;
  i++;
  if( is_punct(c, i, '.') || is_punct(c, i, '-') ){
    sep = tok(c, i)->value;
    i++;
  }
  roman = is_role(c, i, ROLE_ROMAN);
  if( roman ){
    p->m = tok(c, i)->value;
  }else if( sep=='.' && is_plain_num(c, i, 2) ){
    p->m = tok(c, i)->value;
  }else{
    return 0;
  }
  i++;
  if( sep ){
    if( !is_punct(c, i, sep) ) return 0;
    i++;
  }else if( is_punct(c, i, '.') ){
    return 0;
  }
  if( !read_year(c, &i, p, 1) || p->year_x ) return 0;
  if( p->d==0 ){ p->day_x = 1; }
  if( p->m==0 ){ p->month_x = 1; if( p->day_x ) return 0; }
  if( p->m>12 ) return 0;
  return i - i0;
}

/* Dates with month names, in the orders the languages use:
**   [weekday,] October 8[th], 1963       [weekday,] 8[th] [of] October[,] 1963
**   17. März 1958     le 1er mai 1958     8-Oct-1963     8 OCT 63     1958. március 17.
**   October 1963      1963年10月8日       1963년 10월 8일
** With `partial`, also the pieces of a range: October 8, 8 October, 10[,] 1963, October, 8. */
static int part_named(const Cursor *c, int i, Part *p, int partial){
  int i0 = i, j, m;
  memset(p, 0, sizeof(*p));
  if( is_role(c, i, ROLE_WEEKDAY) ){
    i++;
    opt_punct(c, &i, '.');
    opt_punct(c, &i, ',');
  }
  if( is_role(c, i, ROLE_ARTICLE) || is_role(c, i, ROLE_THE) ) i++;

  /* Year first: Hungarian "1958. március 17." and CJK "1963年10月8日". */
  if( is_year4(c, i) && tok(c, i)->nx==0 ){
    j = i;
    read_year(c, &j, p, 0);
    if( is_punct(c, j, '.') && glued(c, j) && is_role(c, j+1, ROLE_MONTH) ){
      j++;
      p->m = month_word(c, &j);
      if( is_day(c, j) && tok(c, j)->suffix==SUFFIX_NONE ){
        p->d = tok(c, j)->value;
        j++;
        if( is_punct(c, j, '.') && glued(c, j) ) j++;
      }
      return j - i0;
    }
    if( tok(c, j)->type==TOK_CJK && tok(c, j)->value=='Y' ){
      j++;
      if( is_plain_num(c, j, 2) && tok(c, j+1)->type==TOK_CJK && tok(c, j+1)->value=='M' ){
        p->m = tok(c, j)->value;
        j += 2;
        if( is_plain_num(c, j, 2) && tok(c, j+1)->type==TOK_CJK && tok(c, j+1)->value=='D' ){
          p->d = tok(c, j)->value;
          j += 2;
        }
      }
      return j - i0;
    }
    memset(p, 0, sizeof(*p));
  }

  /* Month first. */
  if( (m = month_word(c, &i))!=0 ){
    p->m = m;
    j = i;
    if( is_day(c, j) && !is_year4(c, j) ){
      p->d = tok(c, j)->value;
      j++;
      if( is_punct(c, j, ',') ) j++;
      if( read_year(c, &j, p, 0) ) return j - i0;
      if( partial ){ return (is_punct(c, j-1, ',') ? j-1 : j) - i0; }
      p->d = 0;
    }
    j = i;
    if( is_punct(c, j, ',') ) j++;
    if( is_role(c, j, ROLE_OF) && is_year4(c, j+1) ) j++;      /* "marzo de 1958" */
    if( read_year(c, &j, p, 0) ) return j - i0;
    return partial ? i - i0 : 0;
  }

  /* Day first. */
  if( is_day(c, i) ){
    p->d = tok(c, i)->value;
    j = i+1;
    if( is_punct(c, j, '.') && glued(c, j) ) j++;              /* German "17. März" */
    if( is_role(c, j, ROLE_OF) ) j++;                          /* "8th of October" */
    if( is_punct(c, j, '-') && is_role(c, j+1, ROLE_MONTH) ){  /* "8-Oct-1963" */
      int k = j+1;
      p->m = month_word(c, &k);
      if( is_punct(c, k, '-') ){
        k++;
        if( read_year(c, &k, p, 1) ) return k - i0;
      }
      memset(p, 0, sizeof(*p));
      p->d = tok(c, i)->value;
    }
    if( (m = month_word(c, &j))!=0 ){
      p->m = m;
      if( is_punct(c, j, ',') && is_year4(c, j+1) ) j++;
      if( is_role(c, j, ROLE_OF) && is_year4(c, j+1) ) j++;    /* "17 de marzo de 1958" */
      if( read_year(c, &j, p, 1) ) return j - i0;
      return partial ? j - i0 : 0;
    }
    if( partial && tok(c, i)->suffix==SUFFIX_NONE ){
      /* "10, 1963" (the end of "October 8-10, 1963") or a bare day */
      j = i+1;
      if( is_punct(c, j, ',') && read_year(c, (j++, &j), p, 0) ) return j - i0;
      p->y = 0;
      return i+1 - i0;
    }
    return 0;
  }
  return 0;
}

/* Seasons, quarters and halves: Spring 1957, Winter 1956/57, Q3 1957, third quarter of 1957,
** first half of 1957. */
static int part_season(const Cursor *c, int i, Part *p){
  int i0 = i;
  memset(p, 0, sizeof(*p));
  if( is_role(c, i, ROLE_SEASON) ){
    p->code = tok(c, i)->value;
    i++;
    opt_punct(c, &i, ',');
    if( !read_year(c, &i, p, 0) || p->year_x ) return 0;
    if( p->code==24 && is_punct(c, i, '/') && glued(c, i) && is_plain_num(c, i+1, 4) ){
      /* "Winter 1956/57": the winter that ends in 1957 */
      const Token *t = tok(c, i+1);
      int y2 = t->ndigit==2 ? p->y/100*100 + t->value : t->value;
      if( t->ndigit!=2 && t->ndigit!=4 ) return 0;
      if( y2!=p->y+1 ) return 0;
      p->y = y2;
      return i+2 - i0;
    }
    /* "Winter 1957" on its own is, like every season, of the year of its last month:
    ** December 1956 to February 1957 */
    return i - i0;
  }
  if( is_role(c, i, ROLE_Q) && is_plain_num(c, i+1, 1) && glued(c, i+1) ){
    int q = tok(c, i+1)->value;
    if( q<1 || q>4 ) return 0;
    p->code = 32 + q;
    i += 2;
    opt_punct(c, &i, '/');
    if( !read_year(c, &i, p, 0) || p->year_x ) return 0;
    return i - i0;
  }
  if( is_role(c, i, ROLE_ORDINAL) && (is_role(c, i+1, ROLE_HALF) || is_role(c, i+1, ROLE_QUARTER))
   && is_role(c, i+2, ROLE_OF) ){
    int ord = tok(c, i)->value;
    if( is_role(c, i+1, ROLE_HALF) ){
      if( ord>2 ) return 0;
      p->code = 39 + ord;
    }else{
      p->code = 32 + ord;
    }
    i += 3;
    if( !read_year(c, &i, p, 0) || p->year_x ) return 0;
    return i - i0;
  }
  return 0;
}

/* Decades and centuries: 1960s, '60s, 19th century, 19. Jahrhundert; and 196X-style years. */
static int part_period(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  memset(p, 0, sizeof(*p));
  if( t->type==TOK_NUM && t->suffix==SUFFIX_S && t->nx==0 && t->ndigit==4 && t->value%10==0 ){
    p->y = t->value;
    p->year_x = 1;
    return 1;
  }
  if( is_punct(c, i, '\'') && tok(c, i+1)->type==TOK_NUM && tok(c, i+1)->suffix==SUFFIX_S
   && tok(c, i+1)->ndigit==2 && tok(c, i+1)->value%10==0 && glued(c, i+1) ){
    p->y = 1900 + tok(c, i+1)->value;
    p->year_x = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    return 2;
  }
  if( t->type==TOK_NUM && t->nx==0 && t->ndigit<=2 && t->value>=1 && t->value<=21 ){
    int j = i+1;
    if( t->suffix==SUFFIX_NONE ){
      if( !(is_punct(c, j, '.') && glued(c, j)) ) return 0;
      j++;
    }else if( t->suffix!=SUFFIX_ORDINAL ){
      return 0;
    }
    if( !is_role(c, j, ROLE_CENTURY) ) return 0;
    p->y = (t->value-1)*100;
    if( p->y==0 ) return 0;    /* the first century has no year 0 to start at */
    p->year_x = 2;
    return j+1 - i;
  }
  return 0;
}

/* The longest part at token i. */
static int part_any(const Cursor *c, int i, Part *p, int partial){
  Part best, cand;
  int nBest = 0, k;
  int (*const aForm[])(const Cursor*, int, Part*) = {
    part_iso, part_dmy, part_season, part_period, part_compact
  };
  size_t f;
  memset(&best, 0, sizeof(best));
  for(f=0; f<sizeof(aForm)/sizeof(aForm[0]); f++){
    k = aForm[f](c, i, &cand);
    if( k>nBest ){ nBest = k; best = cand; }
  }
  k = part_named(c, i, &cand, partial);
  if( k>nBest ){ nBest = k; best = cand; }
  *p = best;
  return nBest;
}

/* ---------------------------------------------------------------- parts as ranges of days */

/* Months of the EDTF sub-year groups 21..41, as [first month, last month]; a winter starts in
** the December of the year before. */
static void code_months(int code, int *pFrom, int *pTo){
  static const signed char aGroup[][2] = {
    /* 21-24 seasons (northern, meteorological) */ {3,5}, {6,8}, {9,11}, {0,2},
    /* 25-28 northern seasons */                   {3,5}, {6,8}, {9,11}, {0,2},
    /* 29-32 southern seasons */                   {9,11}, {0,2}, {3,5}, {6,8},
    /* 33-36 quarters */                           {1,3}, {4,6}, {7,9}, {10,12},
    /* 37-39 quadrimesters */                      {1,4}, {5,8}, {9,12},
    /* 40-41 semesters */                          {1,6}, {7,12},
  };
  *pFrom = aGroup[code-21][0];
  *pTo = aGroup[code-21][1];
}

/* The days a complete part means. Returns 0 when the part is not a real date. */
static int part_days(const Part *p, int32_t *pFirst, int32_t *pLast, ArchDatePrecision *pPrec){
  int y = p->y;
  if( y<1 || y>9999 ) return 0;
  if( p->year_x ){
    if( p->m || p->d || p->code ) return 0;     /* "May 196X": no such form */
    int span = p->year_x==1 ? 10 : p->year_x==2 ? 100 : 1000;
    if( y+span-1>9999 ) return 0;
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y+span-1, 12, 31);
    *pPrec = p->year_x==1 ? ARCH_DATE_DECADE : ARCH_DATE_CENTURY;
    return 1;
  }
  if( p->code ){
    int from, to;
    code_months(p->code, &from, &to);
    if( from==0 ){                                /* winter: December of the year before */
      if( y<2 ) return 0;
      *pFirst = arch_days_from_civil(y-1, 12, 1);
    }else{
      *pFirst = arch_days_from_civil(y, from, 1);
    }
    *pLast = arch_days_from_civil(y, to, arch_days_in_month(y, to));
    *pPrec = ARCH_DATE_SEASON;
    return 1;
  }
  if( p->m<0 || p->m>12 ) return 0;
  if( p->month_x ){
    if( p->d ){                                   /* 1963-XX-08: the 8th of some month */
      *pFirst = arch_days_from_civil(y, 1, p->d);
      *pLast = arch_days_from_civil(y, 12, p->d);
      *pPrec = ARCH_DATE_DAY;
      return p->d<=31;
    }
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y, 12, 31);
    *pPrec = ARCH_DATE_YEAR;
    return 1;
  }
  if( p->m==0 ){
    if( p->d ) return 0;
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y, 12, 31);
    *pPrec = ARCH_DATE_YEAR;
    return 1;
  }
  if( p->d==0 ){
    *pFirst = arch_days_from_civil(y, p->m, 1);
    *pLast = arch_days_from_civil(y, p->m, arch_days_in_month(y, p->m));
    *pPrec = ARCH_DATE_MONTH;
    return 1;
  }
  if( p->d>arch_days_in_month(y, p->m) ) return 0;
  *pFirst = *pLast = arch_days_from_civil(y, p->m, p->d);
  *pPrec = ARCH_DATE_DAY;
  return 1;
}

static void point_from_part(ArchDatePoint *pt, const Part *p){
  memset(pt, 0, sizeof(*pt));
  pt->year = (int16_t)p->y;
  pt->month = (int8_t)p->m;
  pt->day = (int8_t)p->d;
  pt->code = (uint8_t)p->code;
  pt->year_x = (uint8_t)p->year_x;
  pt->month_x = (uint8_t)p->month_x;
  pt->day_x = (uint8_t)p->day_x;
}

static void point_from_day(ArchDatePoint *pt, int32_t day){
  int y, m, d;
  arch_civil_from_days(day, &y, &m, &d);
  memset(pt, 0, sizeof(*pt));
  pt->year = (int16_t)y;
  pt->month = (int8_t)m;
  pt->day = (int8_t)d;
}

/* A single part as a whole date. */
static int date_from_part(ArchDate *pDate, const Part *p){
  memset(pDate, 0, sizeof(*pDate));
  if( !part_days(p, &pDate->first, &pDate->last, &pDate->precision) ) return 0;
  pDate->form = ARCH_FORM_SINGLE;
  pDate->flags = p->flags;
  if( p->month_x || p->day_x ) pDate->flags |= ARCH_DATE_UNSPECIFIED;
  point_from_part(&pDate->a, p);
  return 1;
}

/* The interval [first, last] of days written as two dates. */
static void set_interval_days(ArchDate *pDate, int32_t first, int32_t last){
  memset(pDate, 0, sizeof(*pDate));
  pDate->first = first;
  pDate->last = last;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->form = ARCH_FORM_INTERVAL;
  point_from_day(&pDate->a, first);
  point_from_day(&pDate->b, last);
}

/* ---------------------------------------------------------------- ranges */

/* Complete the two ends of a range from each other: "October 8-10, 1963", "8–10 October 1963",
** "December - January 1957", "1956–57". */
static void fill_range(Part *a, Part *b){
  if( b->short_year && a->y && !a->short_year ){
    b->y = a->y/100*100 + (b->y%100);
    b->short_year = 0;
    b->flags &= ~ARCH_DATE_ASSUMED_CENTURY;
  }
  if( a->d && !a->m && b->m ) a->m = b->m;
  if( b->d && !b->m && a->m ) b->m = a->m;
  if( !a->y && b->y ){
    a->y = b->y;
    if( a->m && b->m && a->m>b->m ) a->y--;     /* "December - January 1957" */
  }
  if( !b->y && a->y ) b->y = a->y;
}

/* An end of a range: a part, possibly incomplete. After a bare year (pFirst), two digits are
** the end year: "1956–57", "1910–11". */
static int range_end(const Cursor *c, int i, Part *p, const Part *pFirst){
  int yearOnly = pFirst && pFirst->y && !pFirst->m && !pFirst->d && !pFirst->code
              && !pFirst->year_x;
  int k = (yearOnly && is_plain_num(c, i, 2) && tok(c, i)->ndigit==2) ? 0 : part_any(c, i, p, 1);
  if( k==0 && is_plain_num(c, i, 2) && tok(c, i)->ndigit==2 ){
    memset(p, 0, sizeof(*p));               /* "1956–57", "1961-62" */
    p->y = tok(c, i)->value;
    p->short_year = 1;
    return 1;
  }
  return k;
}

static int is_range_dash(const Cursor *c, int i){
  return is_punct(c, i, '-') || is_role(c, i, ROLE_TO);
}

/* Make an interval (or a set, for "or") from two parts. Returns 0 when they make no range. */
static int date_from_range(ArchDate *pDate, Part *a, Part *b, ArchDateForm form){
  ArchDate da, db;
  fill_range(a, b);
  if( a->y==0 || b->y==0 ) return 0;
  if( !date_from_part(&da, a) || !date_from_part(&db, b) ) return 0;
  if( da.first>db.first || da.last>db.last ) return 0;   /* reversed */
  memset(pDate, 0, sizeof(*pDate));
  pDate->first = da.first;
  pDate->last = db.last;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->flags = da.flags | db.flags;
  pDate->form = form;
  if( form==ARCH_FORM_SET ) pDate->flags |= ARCH_DATE_ONE_OF;
  pDate->a = da.a;
  pDate->b = db.a;
  return 1;
}

/* Open ranges: "before 1960", "after 1985". */
static int date_open(ArchDate *pDate, const Part *p, int before){
  ArchDate d;
  if( !date_from_part(&d, p) ) return 0;
  if( before ){
    if( d.first<=ARCH_DAY_MIN ) return 0;
    set_interval_days(pDate, ARCH_DAY_MIN, d.first-1);
    pDate->flags = ARCH_DATE_OPEN_START;
    pDate->a.year = 0;
    point_from_part(&pDate->b, p);
    pDate->b.year = (int32_t)(p->y - 1);        /* the point just before, at the same precision */
    if( d.precision==ARCH_DATE_MONTH || d.precision==ARCH_DATE_DAY ){
      point_from_day(&pDate->b, d.first-1);
      if( d.precision==ARCH_DATE_MONTH ) pDate->b.day = 0;
    }else if( d.precision!=ARCH_DATE_YEAR ){
      point_from_day(&pDate->b, d.first-1);
    }
  }else{
    if( d.last>=ARCH_DAY_MAX ) return 0;
    set_interval_days(pDate, d.last+1, ARCH_DAY_MAX);
    pDate->flags = ARCH_DATE_OPEN_END;
    pDate->b.year = 0;
    point_from_part(&pDate->a, p);
    pDate->a.year = (int32_t)(p->y + 1);
    if( d.precision==ARCH_DATE_MONTH || d.precision==ARCH_DATE_DAY ){
      point_from_day(&pDate->a, d.last+1);
      if( d.precision==ARCH_DATE_MONTH ) pDate->a.day = 0;
    }else if( d.precision!=ARCH_DATE_YEAR ){
      point_from_day(&pDate->a, d.last+1);
    }
  }
  return 1;
}

/* Numbers with slashes or hyphens, day and month in either order: 13/10/1963 (day first: 13 is
** no month), 10/13/1963 (month first), 08/10/1963 (both readings: their envelope, ambiguous). */
static int range_slashed(const Cursor *c, int i, ArchDate *pDate){
  int sep, x, y2, i0 = i;
  Part p1, p2;
  if( !is_plain_num(c, i, 2) ) return 0;
  sep = tok(c, i+1)->value;
  if( tok(c, i+1)->type!=TOK_PUNCT || (sep!='/' && sep!='-') ) return 0;
  if( !is_plain_num(c, i+2, 2) || !is_punct(c, i+3, sep) ) return 0;
  x = tok(c, i)->value;
  y2 = tok(c, i+2)->value;
  memset(&p1, 0, sizeof(p1));
  i += 4;
  if( !read_year(c, &i, &p1, 1) || p1.year_x ) return 0;
  p2 = p1;
  p1.d = x;  p1.m = y2;          /* day first */
  p2.m = x;  p2.d = y2;          /* month first */
  {
    ArchDate d1, d2;
    int ok1 = p1.m<=12 && date_from_part(&d1, &p1);
    int ok2 = p2.m<=12 && date_from_part(&d2, &p2);
    if( ok1 && ok2 && d1.first!=d2.first ){
      memset(pDate, 0, sizeof(*pDate));
      pDate->first = d1.first<d2.first ? d1.first : d2.first;
      pDate->last = d1.last>d2.last ? d1.last : d2.last;
      pDate->precision = ARCH_DATE_RANGE;
      pDate->form = ARCH_FORM_SET;
      pDate->flags = ARCH_DATE_AMBIGUOUS | ARCH_DATE_ONE_OF | d1.flags;
      pDate->a = d1.first<d2.first ? d1.a : d2.a;
      pDate->b = d1.first<d2.first ? d2.a : d1.a;
    }else if( ok1 ){
      *pDate = d1;
    }else if( ok2 ){
      *pDate = d2;
    }else{
      return 0;
    }
  }
  return i - i0;
}

/* ---------------------------------------------------------------- expressions */

static int expr_core(const Cursor *c, int i, ArchDate *pDate);

/* early / mid / late + a month, a year or a decade. */
static int expr_modified(const Cursor *c, int i, ArchDate *pDate){
  int role = tok(c, i)->role, i0 = i, k;
  Part p;
  ArchDate d;
  if( tok(c, i)->type!=TOK_WORD || (role!=ROLE_EARLY && role!=ROLE_MID && role!=ROLE_LATE) ){
    return 0;
  }
  i++;
  if( is_punct(c, i, '-') ) i++;                      /* "mid-October" */
  if( is_role(c, i, ROLE_OF) ) i++;                   /* "end of 1957" */
  if( is_role(c, i, ROLE_THE) ) i++;                  /* "early the 1960s" is rare but harmless */
  k = part_any(c, i, &p, 0);
  if( k==0 || !date_from_part(&d, &p) ) return 0;
  i += k;
  switch( d.precision ){
    case ARCH_DATE_MONTH: {                            /* days 1-10, 11-20, 21-end */
      int nDay = arch_days_in_month(p.y, p.m);
      int from = role==ROLE_EARLY ? 1 : role==ROLE_MID ? 11 : 21;
      int to = role==ROLE_EARLY ? 10 : role==ROLE_MID ? 20 : nDay;
      set_interval_days(pDate, arch_days_from_civil(p.y, p.m, from),
                        arch_days_from_civil(p.y, p.m, to));
      break;
    }
    case ARCH_DATE_YEAR:                               /* Jan-Apr, May-Aug, Sep-Dec */
      p.code = role==ROLE_EARLY ? 37 : role==ROLE_MID ? 38 : 39;
      if( !date_from_part(pDate, &p) ) return 0;
      break;
    case ARCH_DATE_DECADE: {                           /* first, middle, last four years */
      int from = role==ROLE_EARLY ? 0 : role==ROLE_MID ? 3 : 6;
      set_interval_days(pDate, arch_days_from_civil(p.y+from, 1, 1),
                        arch_days_from_civil(p.y+from+3, 12, 31));
      pDate->a.month = pDate->a.day = pDate->b.month = pDate->b.day = 0;
      break;
    }
    default:
      return 0;
  }
  pDate->flags |= d.flags;
  return i - i0;
}

/* A single date: a modified period, a slashed number, or a part. */
static int expr_single(const Cursor *c, int i, ArchDate *pDate, Part *pPart){
  int k;
  Part p;
  if( (k = expr_modified(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( (k = range_slashed(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( is_role(c, i, ROLE_THE) && part_period(c, i+1, &p)>0 ){   /* "the 1960s" */
    k = part_period(c, i+1, &p) + 1;
  }else{
    k = part_any(c, i, &p, 0);
  }
  if( k==0 || !date_from_part(pDate, &p) ) return 0;
  *pPart = p;
  return k;
}

/* Ranges, sets and open ranges, or a single date. */
static int expr_range(const Cursor *c, int i, ArchDate *pDate){
  int i0 = i, k, ka, kb;
  Part a, b;
  ArchDate single;

  if( is_role(c, i, ROLE_FROM) || is_role(c, i, ROLE_BETWEEN) ){
    int between = is_role(c, i, ROLE_BETWEEN);
    i++;
    ka = range_end(c, i, &a, 0);
    if( ka==0 ) return 0;
    i += ka;
    if( between ? !is_role(c, i, ROLE_AND) : !is_range_dash(c, i) ) return 0;
    i++;
    kb = range_end(c, i, &b, &a);
    if( kb==0 || !date_from_range(pDate, &a, &b, ARCH_FORM_INTERVAL) ) return 0;
    return i + kb - i0;
  }
  if( is_role(c, i, ROLE_BEFORE) || is_role(c, i, ROLE_AFTER) ){
    int before = is_role(c, i, ROLE_BEFORE);
    k = part_any(c, i+1, &a, 0);
    if( k==0 || !date_open(pDate, &a, before) ) return 0;
    return 1 + k;
  }
  /* EDTF open intervals: "../1960", "1960/.." */
  if( is_punct(c, i, '.') && is_punct(c, i+1, '.') && is_punct(c, i+2, '/') ){
    k = part_any(c, i+3, &a, 0);
    if( k==0 || !date_from_part(&single, &a) ) return 0;
    set_interval_days(pDate, ARCH_DAY_MIN, single.last);
    pDate->flags = ARCH_DATE_OPEN_START;
    pDate->a.year = 0;
    point_from_part(&pDate->b, &a);
    return 3 + k;
  }

  k = expr_single(c, i, &single, &a);
  ka = k ? k : range_end(c, i, &a, 0);
  if( ka==0 ) return 0;
  i += ka;
  if( is_punct(c, i, '/') && is_punct(c, i+1, '.') && is_punct(c, i+2, '.') && k ){
    if( single.last>=ARCH_DAY_MAX ) return 0;
    set_interval_days(pDate, single.first, ARCH_DAY_MAX);
    pDate->flags = ARCH_DATE_OPEN_END;
    pDate->a = single.a;
    pDate->b.year = 0;
    return i+3 - i0;
  }
  if( is_range_dash(c, i) || is_role(c, i, ROLE_OR) || (is_punct(c, i, '/') && k) ){
    ArchDateForm form = is_role(c, i, ROLE_OR) ? ARCH_FORM_SET : ARCH_FORM_INTERVAL;
    Part a2 = a;
    kb = range_end(c, i+1, &b, &a);
    if( kb>0 && a.y+a.m+a.d+a.code>0 && date_from_range(pDate, &a2, &b, form) ){
      return i+1+kb - i0;
    }
  }
  if( k==0 ) return 0;
  *pDate = single;
  return k;
}

/* Qualifiers around a date: circa / c. / ca. before; ? ~ % after; [ ] around. */
static int expr_core(const Cursor *c, int i, ArchDate *pDate){
  int i0 = i, k;
  unsigned flags = 0;
  if( is_punct(c, i, '[') ){
    ArchDate a, b;
    /* "[195-]" and "[195-?]": a decade the cataloguer supplied */
    if( is_plain_num(c, i+1, 3) && tok(c, i+1)->ndigit==3 && is_punct(c, i+2, '-') ){
      int j = i+3;
      Part p;
      memset(&p, 0, sizeof(p));
      if( is_punct(c, j, '?') ){ p.flags |= ARCH_DATE_UNCERTAIN; j++; }
      if( !is_punct(c, j, ']') ) return 0;
      p.y = tok(c, i+1)->value*10;
      p.year_x = 1;
      p.flags |= ARCH_DATE_INFERRED;
      if( !date_from_part(pDate, &p) ) return 0;
      return j+1 - i0;
    }
    k = expr_core(c, i+1, &a);
    if( k==0 ) return 0;
    i += 1+k;
    /* "[1956,1957]": the EDTF set */
    if( is_punct(c, i, ',') ){
      int kb = expr_core(c, i+1, &b);
      if( kb==0 || !is_punct(c, i+1+kb, ']') ) return 0;
      if( a.first>b.first || a.last>b.last ) return 0;
      *pDate = a;
      pDate->last = b.last;
      pDate->precision = ARCH_DATE_RANGE;
      pDate->form = ARCH_FORM_SET;
      pDate->flags |= ARCH_DATE_ONE_OF | b.flags;
      pDate->b = b.a;
      return i+2+kb - i0;
    }
    if( is_punct(c, i, '?') ){ a.flags |= ARCH_DATE_UNCERTAIN; i++; }
    if( !is_punct(c, i, ']') ) return 0;
    *pDate = a;
    pDate->flags |= ARCH_DATE_INFERRED;
    return i+1 - i0;
  }
  if( is_role(c, i, ROLE_APPROX) ){
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
    flags |= ARCH_DATE_APPROXIMATE;
  }
  k = expr_range(c, i, pDate);
  if( k==0 ) return 0;
  i += k;
  opt_year_word(c, &i);
  if( glued(c, i) ){
    if( is_punct(c, i, '?') ){ flags |= ARCH_DATE_UNCERTAIN; i++; }
    else if( is_punct(c, i, '~') ){ flags |= ARCH_DATE_APPROXIMATE; i++; }
    else if( is_punct(c, i, '%') ){ flags |= ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN; i++; }
  }
  pDate->flags |= flags;
  return i - i0;
}

/* ---------------------------------------------------------------- whole strings */

#define DATE_MAX_TOKENS 40

/* Lex all of z[0..n) into aTok; -1 when it has more tokens than any date, or a character no
** date uses. */
static int lex_all(const char *z, size_t n, Token *aTok){
  size_t i = 0;
  int nTok = 0;
  for(;;){
    Token t;
    i = lex_token(z, n, i, &t);
    if( t.type==TOK_END ) return nTok;
    if( t.type==TOK_OTHER || nTok==DATE_MAX_TOKENS ) return -1;
    aTok[nTok++] = t;
  }
}

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
  return date_from_part(pOut, &p) ? ARCH_DATE_FOUND : ARCH_DATE_NOT_A_DATE;
}

ArchDateResult arch_date_parse(const char *z, size_t n, ArchDate *pOut){
  Token aTok[DATE_MAX_TOKENS];
  Cursor c;
  int nTok, k;
  text_trim(&z, &n);
  if( n==0 ) return ARCH_DATE_NOT_A_DATE;
  if( (k = parse_common(z, n, pOut))>=0 ) return (ArchDateResult)k;
  if( arch_data_find(arch_data_undated, arch_data_undated_count, z, n) ){
    return ARCH_DATE_UNDATED;
  }
  nTok = lex_all(z, n, aTok);
  if( nTok<=0 ) return ARCH_DATE_NOT_A_DATE;
  c.t = aTok;
  c.n = nTok;
  k = expr_core(&c, 0, pOut);
  if( k>0 && k==nTok-1 && is_punct(&c, k, '.') ) k++;    /* a date that ends a sentence */
  return k>0 && k==nTok ? ARCH_DATE_FOUND : ARCH_DATE_NOT_A_DATE;
}

/* ---------------------------------------------------------------- cut-off date lines */

/* True when w[0..n) begins the name or abbreviation of a month (folded ASCII only). */
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
  nTok = lex_all(z, n, a);
  if( nTok<=0 ) return 0;
  c.t = a;
  c.n = nTok;
  /* The last token may be cut in the middle: a word need only begin a month name. */
  if( a[nTok-1].type==TOK_WORD && a[nTok-1].role!=ROLE_MONTH ){
    if( !begins_month_name(z + a[nTok-1].start, a[nTok-1].end - a[nTok-1].start) ) return 0;
    c.n = --nTok;
    if( nTok==0 ) return 1;
    if( !is_day(&c, 0) || nTok>1 ) return 0;          /* "8 Oct" */
    return 1;
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
    /* DAY MONTH [,] [YEAR-PREFIX], or the first digits of a year */
    if( nTok==1 ) return is_partial_year(&c, 0);
    if( !is_day(&c, 0) ) return 0;
    i = 1;
    if( !month_word(&c, &i) ) return 0;
    if( i<nTok && is_punct(&c, i, ',') ) i++;
    if( i<nTok && is_partial_year(&c, i) ) i++;
    return i==nTok;
  }
  return 0;
}

/* ---------------------------------------------------------------- dates in free text */

void arch_date_scanner_init(ArchDateScanner *p, const char *z, size_t n){
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
}

/* Keep at least ARCH_DATE_WINDOW tokens ahead of iTok (fewer only at the end of the text). */
static void scanner_fill(ArchDateScanner *p){
  if( p->nTok - p->iTok >= ARCH_DATE_WINDOW || p->lex_off>=p->n ) return;
  if( p->iTok>0 ){
    memmove(p->aTok, p->aTok + p->iTok, sizeof(Token)*(size_t)(p->nTok - p->iTok));
    p->nTok -= p->iTok;
    p->iTok = 0;
  }
  while( p->nTok < ARCH_DATE_WINDOW*2 && p->lex_off<p->n ){
    Token *t = &p->aTok[p->nTok];
    p->lex_off = lex_token(p->z, p->n, p->lex_off, t);
    if( t->type==TOK_END ) break;
    p->nTok++;
  }
}

/* Can a date expression start with this token? (Saves trying the parser at every word.) */
static int may_start_date(const Token *t){
  if( t->type==TOK_NUM ) return 1;
  if( t->type==TOK_PUNCT ) return t->value=='[' || t->value=='\'' || t->value=='.';
  if( t->type!=TOK_WORD ) return 0;
  switch( t->role ){
    case ROLE_NONE: case ROLE_AND: case ROLE_OR: case ROLE_TO: case ROLE_OF:
    case ROLE_HALF: case ROLE_QUARTER: case ROLE_CENTURY: case ROLE_YEARWORD:
    case ROLE_NUMBER: case ROLE_ROMAN:
      return 0;
    default:
      return 1;
  }
}

/* In free text a lone year must look like one: 1000..2999, four digits, not "No. 1954". */
static int plausible_in_text(const ArchDateScanner *p, const Cursor *c, int k,
                             const ArchDate *d){
  const Token *t = tok(c, 0);
  if( p->number_marker ) return 0;
  if( k==1 && t->type==TOK_NUM && t->suffix==SUFFIX_NONE && t->nx==0 && t->ndigit!=4 ){
    return 0;
  }
  /* "about 5000 troops" is no year: every end that is not open lies in 1000..2999 */
  if( !(d->flags & ARCH_DATE_OPEN_START) && d->first<arch_days_from_civil(1000, 1, 1) ){
    return 0;
  }
  if( !(d->flags & ARCH_DATE_OPEN_END) && d->last>arch_days_from_civil(2999, 12, 31) ){
    return 0;
  }
  return 1;
}

int arch_date_scan_next(ArchDateScanner *p, ArchDateMatch *pMatch){
  for(;;){
    Cursor c;
    const Token *t;
    int k = 0;
    scanner_fill(p);
    if( p->iTok>=p->nTok ) return 0;
    t = &p->aTok[p->iTok];
    c.t = t;
    c.n = p->nTok - p->iTok;
    if( may_start_date(t) ){
      k = expr_core(&c, 0, &pMatch->date);
      if( k>0 && !plausible_in_text(p, &c, k, &pMatch->date) ) k = 0;
    }
    if( k>0 ){
      pMatch->start = t->start;
      pMatch->end = p->aTok[p->iTok + k - 1].end;
      p->number_marker = 0;
      p->iTok += k;
      return 1;
    }
    /* "No", "Nr.", "#", "№" make the next number a number; "No." keeps it across the period */
    p->number_marker = (t->type==TOK_WORD && t->role==ROLE_NUMBER)
                    || (t->type==TOK_PUNCT && t->value=='#')
                    || (t->type==TOK_PUNCT && t->value=='.' && p->number_marker);
    p->iTok++;
  }
}

/* ---------------------------------------------------------------- EDTF and names */

static int edtf_point(const ArchDatePoint *pt, char *z){
  int n = 0;
  if( pt->year==0 ){
    memcpy(z, "..", 2);
    return 2;
  }
  put_digits(z, pt->year, 4);
  if( pt->year_x ){
    int k;
    for(k=0; k<pt->year_x && k<4; k++) z[3-k] = 'X';
  }
  n = 4;
  if( pt->code ){
    z[n++] = '-';
    put_digits(z+n, pt->code, 2);
    return n+2;
  }
  if( pt->month || pt->month_x ){
    z[n++] = '-';
    if( pt->month_x ){ z[n] = z[n+1] = 'X'; }else{ put_digits(z+n, pt->month, 2); }
    n += 2;
    if( pt->day || pt->day_x ){
      z[n++] = '-';
      if( pt->day_x ){ z[n] = z[n+1] = 'X'; }else{ put_digits(z+n, pt->day, 2); }
      n += 2;
    }
  }
  return n;
}

/* EDTF's qualifier for the flags: % both, ~ approximate, ? uncertain, or none. */
static char edtf_qualifier(unsigned flags){
  unsigned q = flags & (ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN);
  if( q==(ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN) ) return '%';
  if( q==ARCH_DATE_APPROXIMATE ) return '~';
  if( q==ARCH_DATE_UNCERTAIN ) return '?';
  return 0;
}

/* A point and, unless it is an open end, the qualifier that applies to it. */
static int edtf_qualified_point(const ArchDatePoint *pt, char q, char *z){
  int n = edtf_point(pt, z);
  if( q && pt->year ) z[n++] = q;
  return n;
}

int arch_date_edtf(const ArchDate *pDate, char *z){
  char q = edtf_qualifier(pDate->flags);
  int n = 0;
  if( pDate->form==ARCH_FORM_SINGLE ){
    n = edtf_qualified_point(&pDate->a, q, z);
  }else{
    /* a qualifier goes on each end of an interval and each member of a set ("1956~/1957~",
    ** "[1963-08-10?,1963-10-08?]"): EDTF has none for the whole */
    if( pDate->form==ARCH_FORM_SET ) z[n++] = '[';
    n += edtf_qualified_point(&pDate->a, q, z+n);
    z[n++] = pDate->form==ARCH_FORM_SET ? ',' : '/';
    n += edtf_qualified_point(&pDate->b, q, z+n);
    if( pDate->form==ARCH_FORM_SET ) z[n++] = ']';
  }
  z[n] = 0;
  return n;
}

const char *arch_date_precision_name(ArchDatePrecision p){
  switch( p ){
    case ARCH_DATE_DAY:     return "day";
    case ARCH_DATE_MONTH:   return "month";
    case ARCH_DATE_SEASON:  return "season";
    case ARCH_DATE_YEAR:    return "year";
    case ARCH_DATE_DECADE:  return "decade";
    case ARCH_DATE_CENTURY: return "century";
    default:                return "range";
  }
}

const char *arch_date_flag_name(unsigned bit){
  switch( bit ){
    case ARCH_DATE_APPROXIMATE:     return "approximate";
    case ARCH_DATE_UNCERTAIN:       return "uncertain";
    case ARCH_DATE_INFERRED:        return "inferred";
    case ARCH_DATE_AMBIGUOUS:       return "ambiguous";
    case ARCH_DATE_ASSUMED_CENTURY: return "assumed_century";
    case ARCH_DATE_UNSPECIFIED:     return "unspecified";
    case ARCH_DATE_OPEN_START:      return "open_start";
    case ARCH_DATE_OPEN_END:        return "open_end";
    case ARCH_DATE_ONE_OF:          return "one_of";
    default:                        return 0;
  }
}
