/*
** dates_edtf_read.c: EDTF (the Library of Congress Extended Date/Time Format) as input. See
** dates_readers.h for the interface.
**
** Read, with the range of days each means:
**   level 0   1958, 1958-03, 1958-03-03; 1958-03-03T16:15:00 with Z or an offset (the date as
**             written: the time is dropped); intervals 1958/1962, 1958-03/1962-11-07
**   level 1   qualifiers 1958? 1958-03~ 1958-03-03%; X for the last digits: 195X 19XX 1958-XX
**             1958-03-XX 1958-XX-XX; seasons 1958-21..24; open ends 1958/.. ../1962 and
**             unknown ones 1958/ /1962; qualified interval ends 1958~/1962?
**   level 2   a qualifier on a part: ?1958-03-~03, 1958-?03, 1958-03~-03 (to the right of a
**             part it covers the parts to its left too); X in any digit: 1X58, 1958-1X,
**             195X-03-2X (the range runs from the first day that fits to the last);
**             significant digits 1950S2 (1900 to 1999); sub-year groups 25..41; sets, whose
**             range is their envelope: [1958,1960..1962] one of them, {1958,1959-12} all of
**             them, [..1760-12-03], [1760-12..], {..1984}
** Refused (no date): years of more than four digits or written with Y or an exponent
** (Y170000002, Y17E7, 1958S2E3), years before 1 (-1985, 0000), a year of X alone (XXXX-12),
** days that do not exist (1958-02-30, 1958-02-3X), reversed intervals, and anything else.
**
** A qualifier or X changes the flags, not the range: "1958?" is 1958, uncertain.
*/
#include "dates_int.h"
#include "dates_readers.h"
#include "text.h"

#include <string.h>

/* ---------------------------------------------------------------- one date */

/* A date as written: each digit '0'..'9' or 'X'. */
typedef struct EdtfDate {
  char y[4], m[2], d[2];
  int nPart;               /* 1 year, 2 year-month (or year-group), 3 year-month-day */
  int code;                /* sub-year group 21..41, or 0 */
  int sig;                 /* significant digits of the year ("1950S2": 2), or 0 */
  unsigned flags;          /* ARCH_DATE_APPROXIMATE / _UNCERTAIN from the qualifiers */
  int32_t first, last;     /* the days it can mean */
} EdtfDate;

static int is_digit(char c){ return c>='0' && c<='9'; }
static int is_digit_x(char c){ return is_digit(c) || c=='X'; }

/* A qualifier at z[*pi]: adds its flags and steps over it. */
static int read_qualifier(const char *z, size_t n, size_t *pi, unsigned *pFlags){
  if( *pi>=n ) return 0;
  switch( z[*pi] ){
    case '?': *pFlags |= ARCH_DATE_UNCERTAIN; break;
    case '~': *pFlags |= ARCH_DATE_APPROXIMATE; break;
    case '%': *pFlags |= ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN; break;
    default: return 0;
  }
  (*pi)++;
  return 1;
}

/* Exactly nDigit digits or X at z[*pi], not followed by another. */
static int read_digits_x(const char *z, size_t n, size_t *pi, int nDigit, char *out){
  int k;
  for(k=0; k<nDigit; k++){
    if( *pi+(size_t)k>=n || !is_digit_x(z[*pi+(size_t)k]) ) return 0;
    out[k] = z[*pi+(size_t)k];
  }
  if( *pi+(size_t)k<n && is_digit_x(z[*pi+(size_t)k]) ) return 0;
  *pi += (size_t)k;
  return 1;
}

static int two_digits(const char *z, size_t n, size_t i, int max){
  int v;
  if( i+2>n || !is_digit(z[i]) || !is_digit(z[i+1]) ) return -1;
  v = (z[i]-'0')*10 + (z[i+1]-'0');
  return v<=max ? v : -1;
}

/* The time after a day: Thh:mm[:ss[.fff]] then Z, ±hh, ±hhmm or ±hh:mm, or nothing. */
static int read_time(const char *z, size_t n, size_t *pi){
  size_t i = *pi;
  if( i>=n || z[i]!='T' ) return 0;
  i++;
  if( two_digits(z, n, i, 23)<0 || i+2>=n || z[i+2]!=':' || two_digits(z, n, i+3, 59)<0 ){
    return 0;
  }
  i += 5;
  if( i<n && z[i]==':' ){
    if( two_digits(z, n, i+1, 60)<0 ) return 0;       /* 60: a leap second */
    i += 3;
    if( i+1<n && z[i]=='.' && is_digit(z[i+1]) ){     /* a fraction of a second */
      i++;
      while( i<n && is_digit(z[i]) ) i++;
    }
  }
  if( i<n && z[i]=='Z' ){
    i++;
  }else if( i<n && (z[i]=='+' || z[i]=='-') ){
    if( two_digits(z, n, i+1, 23)<0 ) return 0;
    i += 3;
    if( i<n && z[i]==':' ){
      if( two_digits(z, n, i+1, 59)<0 ) return 0;
      i += 3;
    }else if( i<n && is_digit(z[i]) ){
      if( two_digits(z, n, i, 59)<0 ) return 0;
      i += 2;
    }
  }
  if( i<n && is_digit_x(z[i]) ) return 0;
  *pi = i;
  return 1;
}

/* Read a date at z[*pi] as written, without its days. */
static int read_date(const char *z, size_t n, size_t *pi, EdtfDate *p){
  size_t i = *pi;
  unsigned left;
  memset(p, 0, sizeof(*p));

  /* the year: [q]YYYY[Sn][q] */
  left = 0;
  read_qualifier(z, n, &i, &left);
  if( !read_digits_x(z, n, &i, 4, p->y) ) return 0;
  p->nPart = 1;
  if( i+1<n && z[i]=='S' && z[i+1]>='1' && z[i+1]<='4' ){
    p->sig = z[i+1]-'0';
    i += 2;
    if( i<n && is_digit(z[i]) ) return 0;
    if( memchr(p->y, 'X', 4) ) return 0;     /* "195XS4": X or significant digits, not both */
  }
  p->flags |= left;
  read_qualifier(z, n, &i, &p->flags);

  /* the month or group: -[q]MM[q] */
  if( i+1<n && z[i]=='-' && !p->sig ){
    i++;
    left = 0;
    read_qualifier(z, n, &i, &left);
    if( !read_digits_x(z, n, &i, 2, p->m) ) return 0;
    p->nPart = 2;
    p->flags |= left;
    read_qualifier(z, n, &i, &p->flags);
    if( is_digit(p->m[0]) && is_digit(p->m[1]) ){
      int v = (p->m[0]-'0')*10 + (p->m[1]-'0');
      if( v>=21 && v<=41 ){
        p->code = v;
      }else if( v<1 || v>12 ){
        return 0;
      }
    }

    /* the day: -[q]DD[q] */
    if( i<n && z[i]=='-' && !p->code ){
      i++;
      left = 0;
      read_qualifier(z, n, &i, &left);
      if( !read_digits_x(z, n, &i, 2, p->d) ) return 0;
      p->nPart = 3;
      p->flags |= left;
      read_qualifier(z, n, &i, &p->flags);
      if( i<n && z[i]=='T' ){
        /* a time belongs to a date without qualifiers or X */
        if( p->flags || memchr(p->y, 'X', 4) || memchr(p->m, 'X', 2) || memchr(p->d, 'X', 2) ){
          return 0;
        }
        if( !read_time(z, n, &i) ) return 0;
      }
    }
  }
  *pi = i;
  return 1;
}

/* Does the number v (nDigit digits) fit the pattern of digits and X? */
static int fits(const char *pat, int nDigit, int v){
  int k;
  for(k=nDigit-1; k>=0; k--){
    if( pat[k]!='X' && pat[k]-'0'!=v%10 ) return 0;
    v /= 10;
  }
  return 1;
}

/* The k-th year (k from 0, in increasing order) that fits a year pattern with nX X digits. */
static int nth_year(const char *y, int k, int nX){
  int v = 0, j, t, xLeft = nX;
  for(j=0; j<4; j++){
    if( y[j]=='X' ){
      int div = 1;
      xLeft--;
      for(t=0; t<xLeft; t++) div *= 10;
      v = v*10 + (k/div)%10;
    }else{
      v = v*10 + (y[j]-'0');
    }
  }
  return v;
}

/* The first (wantLast 0) or last day of year y that fits the month and day patterns, or 0. */
static int32_t day_in_year(const EdtfDate *p, int y, int wantLast){
  int i, j;
  for(i=0; i<12; i++){
    int m = wantLast ? 12-i : 1+i;
    int nDay = arch_days_in_month(y, m);
    if( p->nPart>=2 && !fits(p->m, 2, m) ) continue;
    if( p->nPart<3 ) return arch_days_from_civil(y, m, wantLast ? nDay : 1);
    for(j=0; j<31; j++){
      int d = wantLast ? 31-j : 1+j;
      if( d<=nDay && fits(p->d, 2, d) ) return arch_days_from_civil(y, m, d);
    }
  }
  return 0;
}

/* Fill p->first and p->last; 0 when no day fits. */
static int date_days(EdtfDate *p){
  char y[4];
  int nX = 0, k, nYear = 1;
  memcpy(y, p->y, 4);
  for(k=p->sig ? p->sig : 4; k<4; k++) y[k] = 'X';     /* "1950S2" is 19XX */
  for(k=0; k<4; k++) if( y[k]=='X' ){ nX++; nYear *= 10; }
  if( nX==4 ) return 0;                  /* a year of X alone says nothing of when */
  if( p->code ){
    int yy, from, to;
    if( nX ) return 0;
    yy = nth_year(y, 0, 0);
    dates_code_months(p->code, &from, &to);             /* the groups dates_parts.c reads */
    if( yy<1 || (dates_code_crosses_year(p->code) && yy<2) ) return 0;
    p->first = from==0 ? arch_days_from_civil(yy-1, 12, 1) : arch_days_from_civil(yy, from, 1);
    p->last = arch_days_from_civil(yy, to, arch_days_in_month(yy, to));
    return 1;
  }
  p->first = p->last = 0;
  for(k=0; k<nYear && p->first==0; k++){
    int yy = nth_year(y, k, nX);
    if( yy>=1 ) p->first = day_in_year(p, yy, 0);
  }
  for(k=nYear-1; k>=0 && p->last==0; k--){
    int yy = nth_year(y, k, nX);
    if( yy>=1 ) p->last = day_in_year(p, yy, 1);
  }
  return p->first>0 && p->last>0;
}

/* Read a date and its days. */
static int read_date_days(const char *z, size_t n, size_t *pi, EdtfDate *p){
  return read_date(z, n, pi, p) && date_days(p);
}

static int has_x(const char *a, int n){ return memchr(a, 'X', (size_t)n)!=0; }

/* The precision of what is written. */
static ArchDatePrecision date_precision(const EdtfDate *p){
  int k, nTrail = 0;
  if( p->nPart==3 ) return ARCH_DATE_DAY;
  if( p->code ) return ARCH_DATE_SEASON;
  if( p->nPart==2 ) return ARCH_DATE_MONTH;
  if( p->sig ) nTrail = 4 - p->sig;
  else{
    for(k=3; k>=0 && p->y[k]=='X'; k--) nTrail++;
    if( has_x(p->y, 4-nTrail) ) return ARCH_DATE_RANGE;
  }
  return nTrail==0 ? ARCH_DATE_YEAR : nTrail==1 ? ARCH_DATE_DECADE
       : nTrail==2 ? ARCH_DATE_CENTURY : ARCH_DATE_RANGE;
}

/* The date as an ArchDatePoint, when one can say it exactly: X only at the end of the year or
** as a whole month or day. */
static int date_point(const EdtfDate *p, ArchDatePoint *pt){
  int k, nTrail = 0, year = 0;
  memset(pt, 0, sizeof(*pt));
  for(k=3; k>=0 && p->y[k]=='X'; k--) nTrail++;
  if( has_x(p->y, 4-nTrail) ) return 0;
  if( p->sig ) nTrail = 4 - p->sig;          /* "1950S2" is 19XX, estimated 1950 */
  for(k=0; k<4; k++) year = year*10 + (k>=4-nTrail ? 0 : p->y[k]-'0');
  if( year<1 ) return 0;
  pt->year = (int16_t)year;
  pt->year_x = (uint8_t)nTrail;
  if( p->nPart>=2 ){
    if( p->code ){
      pt->code = (uint8_t)p->code;
    }else if( p->m[0]=='X' && p->m[1]=='X' ){
      pt->month_x = 1;
    }else if( has_x(p->m, 2) ){
      return 0;
    }else{
      pt->month = (int8_t)((p->m[0]-'0')*10 + p->m[1]-'0');
    }
  }
  if( p->nPart==3 ){
    if( p->d[0]=='X' && p->d[1]=='X' ){
      pt->day_x = 1;
    }else if( has_x(p->d, 2) ){
      return 0;
    }else{
      pt->day = (int8_t)((p->d[0]-'0')*10 + p->d[1]-'0');
    }
  }
  return 1;
}

/* The point of a day, cut to the parts the date writes (1 year, 2 month, 3 day). */
static void point_of_day(ArchDatePoint *pt, int32_t day, int nPart){
  int y, m, d;
  arch_civil_from_days(day, &y, &m, &d);
  memset(pt, 0, sizeof(*pt));
  pt->year = (int16_t)y;
  if( nPart>=2 ) pt->month = (int8_t)m;
  if( nPart>=3 ) pt->day = (int8_t)d;
}

/* The point of a date as one end of a range: itself when a point can say it, else the day it
** starts or ends on, at its precision. Sets *pExact to 0 in the second case. */
static void end_point(const EdtfDate *p, int wantLast, ArchDatePoint *pt, int *pExact){
  if( date_point(p, pt) ) return;
  *pExact = 0;
  point_of_day(pt, wantLast ? p->last : p->first, p->code ? 2 : p->nPart);
}

static unsigned date_flags(const EdtfDate *p){
  unsigned f = p->flags;
  if( (p->nPart>=2 && has_x(p->m, 2)) || (p->nPart==3 && has_x(p->d, 2)) ) f |= ARCH_DATE_UNSPECIFIED;
  return f;
}

/* ---------------------------------------------------------------- forms */

/* A date alone. */
static int form_single(const EdtfDate *p, ArchDate *pOut){
  int exact = 1;                  /* end_point()'s report, not needed: UNSPECIFIED is set */
  memset(pOut, 0, sizeof(*pOut));
  pOut->first = p->first;
  pOut->last = p->last;
  pOut->precision = date_precision(p);
  pOut->flags = date_flags(p);
  if( date_point(p, &pOut->a) ){
    pOut->form = ARCH_FORM_SINGLE;
  }else{
    /* "1984-1X", "1X58": the days from the first that fits to the last */
    pOut->form = ARCH_FORM_INTERVAL;
    pOut->flags |= ARCH_DATE_UNSPECIFIED;
    end_point(p, 0, &pOut->a, &exact);
    end_point(p, 1, &pOut->b, &exact);
  }
  return 1;
}

/* An end of an interval: a date, ".." (open) or nothing (unknown). Returns 1 for a date, 2 for
** an open end, 3 for an unknown one, 0 for neither. */
static int read_interval_end(const char *z, size_t n, size_t *pi, EdtfDate *p){
  if( *pi+1<n && z[*pi]=='.' && z[*pi+1]=='.' ){
    *pi += 2;
    return 2;
  }
  if( *pi>=n || z[*pi]=='/' ) return 3;
  return read_date_days(z, n, pi, p) ? 1 : 0;
}

static int form_interval(const char *z, size_t n, ArchDate *pOut){
  EdtfDate a, b;
  size_t i = 0;
  int ka, kb, exact = 1;
  ka = read_interval_end(z, n, &i, &a);
  if( ka==0 || i>=n || z[i]!='/' ) return 0;
  i++;
  kb = read_interval_end(z, n, &i, &b);
  if( kb==0 || i!=n || (ka>=2 && kb>=2) ) return 0;
  memset(pOut, 0, sizeof(*pOut));
  pOut->form = ARCH_FORM_INTERVAL;
  pOut->precision = ARCH_DATE_RANGE;
  if( ka==1 && kb==1 && (a.first>b.first || a.last>b.last) ) return 0;   /* reversed */
  if( ka==1 ){
    pOut->first = a.first;
    pOut->flags |= date_flags(&a);
    end_point(&a, 0, &pOut->a, &exact);
  }else{
    pOut->first = ARCH_DAY_MIN;
    pOut->flags |= ARCH_DATE_OPEN_START;
    if( ka==3 ) pOut->a.year = -1;            /* unknown, not open: "/1962" (dates.h) */
  }
  if( kb==1 ){
    pOut->last = b.last;
    pOut->flags |= date_flags(&b);
    end_point(&b, 1, &pOut->b, &exact);
  }else{
    pOut->last = ARCH_DAY_MAX;
    pOut->flags |= ARCH_DATE_OPEN_END;
    if( kb==3 ) pOut->b.year = -1;            /* "1958/" */
  }
  if( !exact ) pOut->flags |= ARCH_DATE_UNSPECIFIED;
  return 1;
}

/* A set: [a,b,c..d] one of its members, {a,b} all of them; "..a" may open the first member,
** "a.." the last. Its range is the envelope of its members. */
static int form_set(const char *z, size_t n, ArchDate *pOut){
  char close = z[0]=='[' ? ']' : '}';
  size_t i = 1;
  int nDate = 0, nMember = 0, openStart = 0, openEnd = 0, exact = 1, ranged = 0;
  EdtfDate lo, hi, cur, prev;
  unsigned flags = 0;
  memset(&lo, 0, sizeof(lo));
  memset(&hi, 0, sizeof(hi));
  for(;;){
    while( i<n && z[i]==' ' ) i++;
    if( nMember==0 && i+1<n && z[i]=='.' && z[i+1]=='.' ){
      openStart = 1;                          /* "[..1760-12-03]" */
      i += 2;
    }
    if( !read_date_days(z, n, &i, &cur) ) return 0;
    nMember++;
    if( nDate==0 || cur.first<lo.first ) lo = cur;
    if( nDate==0 || cur.last>hi.last ) hi = cur;
    nDate++;
    flags |= date_flags(&cur);
    if( i+1<n && z[i]=='.' && z[i+1]=='.' ){
      i += 2;
      prev = cur;
      if( i<n && is_digit_x(z[i]) ){
        /* "1960..1962": every date from one to the other */
        if( openStart && nMember==1 ) return 0;
        if( !read_date_days(z, n, &i, &cur) ) return 0;
        if( prev.first>cur.first || prev.last>cur.last ) return 0;
        if( cur.last>hi.last ) hi = cur;
        nDate++;
        ranged = 1;
        flags |= date_flags(&cur);
      }else{
        openEnd = 1;                          /* "[1760-12..]": must be the last member */
      }
    }
    while( i<n && z[i]==' ' ) i++;
    if( i<n && z[i]==',' && !openEnd ){ i++; continue; }
    break;
  }
  if( i+1!=n || z[i]!=close ) return 0;
  if( openStart && openEnd ) return 0;
  memset(pOut, 0, sizeof(*pOut));
  pOut->flags = flags;
  if( close==']' ) pOut->flags |= ARCH_DATE_ONE_OF;
  if( nDate==1 && !openStart && !openEnd ){
    /* "{1958}": the one date. "[1958]" is left to arch_date_parse(), which reads it as
    ** catalogues mean it: a date the cataloguer supplied. */
    if( close==']' ) return 0;
    unsigned f = pOut->flags;
    form_single(&lo, pOut);
    pOut->flags = f | (pOut->flags & ARCH_DATE_UNSPECIFIED);
    return 1;
  }
  pOut->first = openStart ? ARCH_DAY_MIN : lo.first;
  pOut->last = openEnd ? ARCH_DAY_MAX : hi.last;
  pOut->precision = ARCH_DATE_RANGE;
  if( openStart ) pOut->flags |= ARCH_DATE_OPEN_START;
  if( openEnd ) pOut->flags |= ARCH_DATE_OPEN_END;
  if( !openStart ) end_point(&lo, 0, &pOut->a, &exact);
  if( !openEnd ) end_point(&hi, 1, &pOut->b, &exact);
  pOut->form = ARCH_FORM_INTERVAL;
  if( close==']' && nMember==2 && !ranged && !openStart && !openEnd && exact
   && (lo.first!=hi.first || lo.last!=hi.last) ){     /* lo: the first to begin, hi: to end */
    pOut->form = ARCH_FORM_SET;               /* "[1958,1960]": exactly what dates.h holds */
  }
  if( !exact ) pOut->flags |= ARCH_DATE_UNSPECIFIED;
  return 1;
}

/* The text as EDTF without the times of day and the blanks of sets; its length, or -1 when it
** does not fit in ARCH_EDTF_MAX bytes. */
static int normalized_edtf(const char *z, size_t n, char *zOut){
  size_t i;
  int k = 0;
  for(i=0; i<n; i++){
    if( z[i]==' ' ) continue;
    if( z[i]=='T' ){
      while( i+1<n && z[i+1] && (is_digit(z[i+1]) || strchr(":+-Z", z[i+1])
                                  || (z[i+1]=='.' && i+2<n && is_digit(z[i+2]))) ){
        i++;
      }
      continue;
    }
    if( k+1>=ARCH_EDTF_MAX ) return -1;
    zOut[k++] = z[i];
  }
  zOut[k] = 0;
  return k;
}

int arch_date_read_edtf(const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading){
  ArchDate d;
  EdtfDate one;
  size_t i = 0;
  int ok;
  if( z==0 ) return 0;
  text_trim(&z, &n);
  if( n<4 ) return 0;
  if( z[0]=='[' || z[0]=='{' ){
    ok = form_set(z, n, &d);
  }else if( memchr(z, '/', n) ){
    ok = form_interval(z, n, &d);
  }else{
    ok = read_date_days(z, n, &i, &one) && i==n && form_single(&one, &d);
  }
  if( !ok ) return 0;
  if( d.form==ARCH_FORM_INTERVAL && (d.flags & (ARCH_DATE_OPEN_START|ARCH_DATE_OPEN_END)) ){
    d.read |= ARCH_READ_OPEN_RANGE;                 /* "1958/..", "/1962" */
  }
  if( memchr(z, 'T', n) ) d.read |= ARCH_READ_TIME_DROPPED;   /* "1958-03-03T16:15:00Z" */
  *pOut = d;
  if( pReading ){
    char zMine[ARCH_EDTF_MAX];
    memset(pReading, 0, sizeof(*pReading));
    pReading->zConvention = "edtf";
    arch_date_edtf(&d, zMine);
    if( normalized_edtf(z, n, pReading->zEdtf)<0 || strcmp(zMine, pReading->zEdtf)==0 ){
      pReading->zEdtf[0] = 0;
    }
  }
  return 1;
}

int arch_date_read_conventions(const char *z, size_t n, ArchDate *pOut,
                               ArchDateReading *pReading){
  return arch_date_read_edtf(z, n, pOut, pReading)
      || arch_date_read_eastasia(z, n, pOut, pReading);
}
