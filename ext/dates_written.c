/*
** dates_written.c: forms of the expression grammar (dates_expr.c) that letters, telegrams and
** registers write (see dates_int.h for the layers):
**
**   slashed numbers   13/10/1963, 10/13/1963, 08/10/1963 (both readings: their envelope), and
**                     ranges of them whose one end decides the order of the other
**                     ("10/18/1963 - 11/2/1963")
**   lists of days     "8, 10 and 12 October 1963", "1963 Oct. 8 and 10" (year first, as the
**                     British National Archives list them)
**   double years      "February 10, 1720/21" (England before 1752, the year from 25 March)
**   two calendars     "25 October (7 November) 1917", "12 (25) октября 1917 г." (Old Style,
**                     then New: the Gregorian day)
**   date-time groups  "081430Z OCT 63" (telegrams: day, hour, minute, zone, month, year)
*/
#include "dates_int.h"

#include <string.h>

/* The readings of numbers with slashes or hyphens at token i, day and month in either order:
** day first into *pDay (bit 1 of *pMask), month first into *pMonth (bit 2); the tokens read,
** or 0 when neither reading is a day. */
static int slashed_readings(const Cursor *c, int i, ArchDate *pDay, ArchDate *pMonth,
                            int *pMask){
  int sep, x, y2, i0 = i;
  Part p1, p2;
  *pMask = 0;
  if( !is_plain_num(c, i, 2) ) return 0;
  sep = tok(c, i+1)->value;
  if( tok(c, i+1)->type!=TOK_PUNCT || (sep!='/' && sep!='-') ) return 0;
  if( !is_plain_num(c, i+2, 2) || !is_punct(c, i+3, sep) ) return 0;
  x = tok(c, i)->value;
  y2 = tok(c, i+2)->value;
  memset(&p1, 0, sizeof(p1));
  i += 4;
  if( !dates_read_year(c, &i, &p1, 1) || p1.year_x ) return 0;
  p2 = p1;
  p1.d = x;  p1.m = y2;          /* day first */
  p2.m = x;  p2.d = y2;          /* month first */
  if( p1.m<=12 && dates_date_from_part(pDay, &p1) ) *pMask |= 1;
  if( p2.m<=12 && dates_date_from_part(pMonth, &p2) ) *pMask |= 2;
  if( *pMask==3 && pDay->first==pMonth->first ) *pMask = 1;     /* 08/08/1963 */
  return *pMask ? i - i0 : 0;
}

/* Numbers with slashes or hyphens, day and month in either order: 13/10/1963 (day first: 13 is
** no month), 10/13/1963 (month first), 08/10/1963 (both readings: their envelope, ambiguous). */
int dates_range_slashed(const Cursor *c, int i, ArchDate *pDate){
  ArchDate d1, d2;
  int mask, k = slashed_readings(c, i, &d1, &d2, &mask);
  if( k==0 ) return 0;
  if( mask==3 ){
    memset(pDate, 0, sizeof(*pDate));
    pDate->first = d1.first<d2.first ? d1.first : d2.first;
    pDate->last = d1.last>d2.last ? d1.last : d2.last;
    pDate->precision = ARCH_DATE_RANGE;
    pDate->form = ARCH_FORM_SET;
    pDate->flags = ARCH_DATE_AMBIGUOUS | ARCH_DATE_ONE_OF | d1.flags;
    pDate->a = d1.first<d2.first ? d1.a : d2.a;
    pDate->b = d1.first<d2.first ? d2.a : d1.a;
  }else{
    *pDate = mask==1 ? d1 : d2;
  }
  return k;
}

/* A range of two such numbers one of which has a single reading, which decides the order of
** the other: "10/18/1963 - 11/2/1963" (18 is no month: both month first), "18/10/1963 -
** 2/11/1963". The tokens read, or 0 when both ends read both ways or in no common order. */
int dates_range_slashed_pair(const Cursor *c, int i, ArchDate *pDate){
  ArchDate a[2], b[2];
  int maskA, maskB, ka, kb, common, o;
  ka = slashed_readings(c, i, &a[0], &a[1], &maskA);
  if( ka==0 || !is_range_dash(c, i+ka) ) return 0;
  if( (kb = slashed_readings(c, i+ka+1, &b[0], &b[1], &maskB))==0 ) return 0;
  if( maskA==3 && maskB==3 ) return 0;
  common = maskA & maskB;
  if( common!=1 && common!=2 ) return 0;
  o = common-1;
  if( a[o].first>b[o].first ) return 0;
  *pDate = a[o];
  pDate->last = b[o].last;
  pDate->b = b[o].a;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->form = ARCH_FORM_INTERVAL;
  pDate->flags |= b[o].flags;
  return ka+1+kb;
}

/* The days between the first and the last of a list of days, at token i: ", 10" and ", 10,"
** of "8, 10 and 12 October 1963", "8, 10, and 12 October"; each a day after the one before
** (after `prevDay`), written after a space. The tokens up to the "and" or "&" that must follow,
** or 0 when there are none or no "and" follows. */
int dates_listed_days(const Cursor *c, int i, int prevDay){
  int i0 = i;
  while( is_punct(c, i, ',') && is_day(c, i+1) && !glued(c, i+1)
      && tok(c, i+1)->suffix==SUFFIX_NONE && tok(c, i+1)->value>prevDay ){
    prevDay = tok(c, i+1)->value;
    i += 2;
  }
  if( i==i0 ) return 0;
  if( is_punct(c, i, ',') ) i++;                               /* "8, 10, and 12" */
  return (is_role(c, i, ROLE_AND) || is_punct(c, i, '&')) ? i - i0 : 0;
}

/* A day that ends a list after a date written year first, at token i: "10" of "1963 Oct. 8
** and 10" (the British National Archives' form), after a day (`prevDay`) of the same month.
** Nothing that could begin another date may follow it: a month, a number, a period and a
** word. 1 when it is one. */
static int year_first_list_day(const Cursor *c, int i, int prevDay){
  const Token *t = tok(c, i), *u = tok(c, i+1);
  if( !is_day(c, i) || t->suffix!=SUFFIX_NONE || t->value<=prevDay ) return 0;
  if( u->type==TOK_END ) return 1;
  if( u->type==TOK_NUM || u->type==TOK_CJK ) return 0;
  if( u->type==TOK_WORD ) return u->role==ROLE_NONE && !u->roman;
  return u->value==',' || u->value==';' || u->value==')' || u->value==']'
      || (u->value=='.' && tok(c, i+2)->type!=TOK_WORD && tok(c, i+2)->type!=TOK_NUM);
}

/* "1963 Oct. 8 and 10", "1963 Oct 8 & 10", on a date line also "1963 Oct 8, 10" and "1963
** Oct 8, 10 and 12": days of one month after a day written year first, at token i after the
** first date's part *a (token i0 its first). From the first day to the last; the tokens read
** from i, or 0. */
int dates_year_first_days(const Cursor *c, int i0, int i, const Part *a, ArchDate *pDate){
  int i1 = i, m;
  Part first = *a, last = *a;
  if( !is_year4(c, i0) || !a->y || !a->m || !a->d || a->code ) return 0;
  if( (m = dates_listed_days(c, i, a->d))>0 ){
    i += m;
  }else if( !(is_role(c, i, ROLE_AND) || is_punct(c, i, '&')
              || (is_punct(c, i, ',') && !c->free_text)) ){
    return 0;
  }
  i++;
  if( !year_first_list_day(c, i, m>0 ? tok(c, i-2)->value : a->d) ) return 0;
  last.d = tok(c, i)->value;
  if( !dates_date_from_range(pDate, &first, &last, ARCH_FORM_INTERVAL) ) return 0;
  return i+1 - i1;
}

/* The double year of a day between 1 January and 24 March in England and its colonies before
** 1752, when the year began on 25 March: "February 10, 1720/21", "10 February 1720/1" are
** 10 February 1721 of our count. At token i the slash after the date's part *a: the token
** after the double year when the year after the slash is the next one and the day is so
** dated, else 0: any other year after a month is no date ("October 10, 1720/21",
** "February 1963/64"). */
int dates_dual_year(const Cursor *c, int i, const Part *a, ArchDate *pDate){
  const Token *t = tok(c, i+1);
  int mod = t->ndigit==1 ? 10 : t->ndigit==2 ? 100 : 10000;
  Part p = *a;
  if( t->value!=(a->y+1)%mod || a->m>3 || a->y>=1752 || tok(c, i+2)->type==TOK_NUM ) return 0;
  p.y = a->y + 1;
  if( !dates_date_from_part(pDate, &p) ) return 0;
  return i+2;
}

/* A day and its month in either order at token *pj ("25 October", "October 25"), or a day
** alone ("12" of "12 (25) октября"): 1 when read, *pj after it, *pm 0 without a month. */
static int day_and_month(const Cursor *c, int *pj, int *pd, int *pm){
  int j = *pj;
  *pm = 0;
  if( is_role(c, j, ROLE_MONTH) && is_day(c, j+1) ){
    *pm = tok(c, j)->value;
    *pd = tok(c, j+1)->value;
    *pj = j+2;
    return 1;
  }
  if( !is_day(c, j) ) return 0;
  *pd = tok(c, j)->value;
  j++;
  if( is_punct(c, j, '.') && glued(c, j) && is_role(c, j+1, ROLE_MONTH) ) j++;  /* "25." */
  if( is_role(c, j, ROLE_MONTH) ){ *pm = tok(c, j)->value; j++; }
  *pj = j;
  return 1;
}

/* The days by which the Julian calendar (Old Style) was behind the Gregorian in year y, or 0
** outside the years both were in use (1583 to 1923, when Greece changed last). */
static int julian_lag(int y){
  if( y<1583 || y>1923 ) return 0;
  return y<1700 ? 10 : y<1800 ? 11 : y<1900 ? 12 : 13;
}

/* One day written in both calendars, the Old Style first and the New in parentheses or after
** a slash: "25 October (7 November) 1917", "25 October/7 November 1917", "12 (25) октября
** 1917 г.", "October 25 (November 7), 1917". Read as the Gregorian day, only when the second
** is the first moved by the lag of that century (13 days in 1917): else no reading here
** ("8 (10) October 1963" is no such pair). The tokens read, or 0. */
int dates_two_calendars(const Cursor *c, int i, ArchDate *pDate){
  int j = i, d1, m1, d2, m2, paren;
  Part p;
  if( !day_and_month(c, &j, &d1, &m1) ) return 0;
  paren = is_punct(c, j, '(');
  if( !paren && !(is_punct(c, j, '/') && m1) ) return 0;
  j++;
  if( !day_and_month(c, &j, &d2, &m2) || (m1==0)!=(m2==0) ) return 0;
  if( paren && !is_punct(c, j++, ')') ) return 0;
  if( is_punct(c, j, ',') ) j++;
  if( m1==0 ){
    if( !is_role(c, j, ROLE_MONTH) ) return 0;
    m1 = m2 = tok(c, j)->value;
    j++;
  }
  memset(&p, 0, sizeof(p));
  if( !dates_read_year(c, &j, &p, 0) || julian_lag(p.y)==0 || tok(c, j)->type==TOK_NUM ) return 0;
  if( arch_days_from_civil(p.y, m2, d2) - arch_days_from_civil(p.y, m1, d1)!=julian_lag(p.y) ){
    return 0;
  }
  p.m = m2;
  p.d = d2;
  if( !dates_date_from_part(pDate, &p) ) return 0;
  return j - i;
}

/* The date-time group of military and diplomatic telegrams, at token i: "081430Z OCT 63",
** "081430Z October 1963" (day, hour and minute in six digits, the letter of the time zone,
** then the month and the year): the day. Six digits alone, or without a month after, are
** no date. */
int dates_time_group(const Cursor *c, int i, ArchDate *pDate, Part *pPart){
  const Token *t = tok(c, i), *z = tok(c, i+1);
  int j = i+3, day, hour, minute;
  Part p;
  if( t->type!=TOK_NUM || t->ndigit!=6 || t->nx || t->suffix!=SUFFIX_NONE ) return 0;
  if( z->type!=TOK_WORD || z->end - z->start!=1 || !glued(c, i+1) ) return 0;
  if( c->z[z->start]<'A' || c->z[z->start]>'Z' || c->z[z->start]=='J' ) return 0;
  day = t->value/10000;
  hour = t->value/100%100;
  minute = t->value%100;
  if( day<1 || day>31 || hour>24 || minute>59 || !is_role(c, i+2, ROLE_MONTH) ) return 0;
  memset(&p, 0, sizeof(p));
  p.m = tok(c, i+2)->value;
  p.d = day;
  if( is_punct(c, j, '.') && glued(c, j) ) j++;
  if( !dates_read_year(c, &j, &p, 1) || tok(c, j)->type==TOK_NUM ) return 0;
  if( !dates_date_from_part(pDate, &p) ) return 0;
  pDate->read |= ARCH_READ_TIME_DROPPED;
  *pPart = p;
  return j - i;
}
