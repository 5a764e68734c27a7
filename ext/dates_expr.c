/*
** dates_expr.c: date expressions made of parts (see dates_int.h for the layers).
**
**   modified     early / mid / late + a month, year or decade: "late October 1963"
**   range        two parts: "October 8-10, 1963", "from 1956 to 1967", "between 1956 and 1958",
**                "December 1956 - January 1957", "1956/1967"; "1956 or 1957" (one of them);
**                "before 1960", "after 1985", "../1960"; slashed numbers with two readings
**   qualified    circa / c. / ca. before, ? ~ % after, [brackets] around: "circa 1956", "1956?",
**                "[1956]", "[195-?]"
**
** Every form finds the longest match at its token; dates_expr_core() is the whole grammar.
*/
#include "dates_int.h"

#include <string.h>

/* ---------------------------------------------------------------- ranges */

/* Complete the two ends of a range from each other: "October 8-10, 1963", "8–10 October 1963",
** "December - January 1957", "1956–57". A first end without its year whose month comes after
** the second's is in the year before only while the range spans at most six months (a winter,
** "Nov.-Feb. 1957"): "12.3.-15.2.1958" would be eleven months and is left reversed, no date. */
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
    if( a->m && b->m && a->m>b->m && 12 - a->m + b->m + 1<=6 ){
      a->y--;                                   /* "December - January 1957" */
    }
  }
  if( !b->y && a->y ) b->y = a->y;
}

static int range_end_piece(const Cursor *c, int i, Part *p, const Part *pFirst);

/* An end of a range: a part, possibly incomplete, maybe with "ca." before the second. After a bare year (pFirst), two digits are
** the end year: "1956–57", "1910–11". */
static int range_end(const Cursor *c, int i, Part *p, const Part *pFirst){
  int i0 = i, k;
  if( is_role(c, i, ROLE_APPROX) && pFirst ){
    /* "1958 - ca. 1960": the end is approximate, and so the range */
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
    k = range_end_piece(c, i, p, pFirst);
    if( k==0 ) return 0;
    p->flags |= ARCH_DATE_APPROXIMATE;
    return i + k - i0;
  }
  return range_end_piece(c, i, p, pFirst);
}

static int range_end_piece(const Cursor *c, int i, Part *p, const Part *pFirst){
  int yearOnly = pFirst && pFirst->y && !pFirst->m && !pFirst->d && !pFirst->code
              && !pFirst->year_x;
  int k = (yearOnly && is_plain_num(c, i, 2) && tok(c, i)->ndigit==2) ? 0 : dates_part_any(c, i, p, 1);
  if( k==0 && pFirst && pFirst->year_x==1 && !pFirst->m && tok(c, i)->type==TOK_NUM
   && tok(c, i)->suffix==SUFFIX_S && tok(c, i)->ndigit==2 && tok(c, i)->nx==0
   && tok(c, i)->value%10==0 ){
    memset(p, 0, sizeof(*p));               /* "1950s-60s": the decade in the same century */
    p->y = pFirst->y/100*100 + tok(c, i)->value;
    p->year_x = 1;
    return 1;
  }
  if( k==0 && is_plain_num(c, i, 2) && tok(c, i)->ndigit==2 ){
    memset(p, 0, sizeof(*p));               /* "1956–57", "1961-62" */
    p->y = tok(c, i)->value;
    p->short_year = 1;
    return 1;
  }
  return k;
}

/* Make an interval (or a set, for "or") from two parts. Returns 0 when they make no range. */
int dates_date_from_range(ArchDate *pDate, Part *a, Part *b, ArchDateForm form){
  ArchDate da, db;
  fill_range(a, b);
  if( a->y==0 || b->y==0 ) return 0;
  if( !dates_date_from_part(&da, a) || !dates_date_from_part(&db, b) ) return 0;
  if( da.first>db.first || da.last>db.last ) return 0;   /* reversed */
  memset(pDate, 0, sizeof(*pDate));
  pDate->first = da.first;
  pDate->last = db.last;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->flags = da.flags | db.flags;
  pDate->read = da.read | db.read;
  pDate->form = form;
  if( form==ARCH_FORM_SET ) pDate->flags |= ARCH_DATE_ONE_OF;
  pDate->a = da.a;
  pDate->b = db.a;
  return 1;
}

/* Open ranges: "before 1960", "after 1985". */
static int date_open(ArchDate *pDate, const Part *p, int before){
  ArchDate d;
  if( !dates_date_from_part(&d, p) ) return 0;
  if( before ){
    if( d.first<=ARCH_DAY_MIN ) return 0;
    dates_set_interval_days(pDate, ARCH_DAY_MIN, d.first-1);
    pDate->flags = ARCH_DATE_OPEN_START;
    pDate->a.year = 0;
    dates_point_from_part(&pDate->b, p);
    pDate->b.year = (int32_t)(p->y - 1);        /* the point just before, at the same precision */
    if( d.precision==ARCH_DATE_MONTH || d.precision==ARCH_DATE_DAY ){
      dates_point_from_day(&pDate->b, d.first-1);
      if( d.precision==ARCH_DATE_MONTH ) pDate->b.day = 0;
    }else if( d.precision!=ARCH_DATE_YEAR ){
      dates_point_from_day(&pDate->b, d.first-1);
    }
  }else{
    if( d.last>=ARCH_DAY_MAX ) return 0;
    dates_set_interval_days(pDate, d.last+1, ARCH_DAY_MAX);
    pDate->flags = ARCH_DATE_OPEN_END;
    pDate->b.year = 0;
    dates_point_from_part(&pDate->a, p);
    pDate->a.year = (int32_t)(p->y + 1);
    if( d.precision==ARCH_DATE_MONTH || d.precision==ARCH_DATE_DAY ){
      dates_point_from_day(&pDate->a, d.last+1);
      if( d.precision==ARCH_DATE_MONTH ) pDate->a.day = 0;
    }else if( d.precision!=ARCH_DATE_YEAR ){
      dates_point_from_day(&pDate->a, d.last+1);
    }
  }
  return 1;
}

/* Open from a date, the date itself in: "not before 1958", "no earlier than 1958" (openEnd:
** from its first day on), "not after 1962", "not later than 15 March 1958" (up to its last). */
static void open_from_date(ArchDate *pDate, const ArchDate *pSingle, int openEnd){
  if( openEnd ){
    dates_set_interval_days(pDate, pSingle->first, ARCH_DAY_MAX);
    pDate->a = pSingle->a;
    pDate->b.year = 0;
    pDate->flags = pSingle->flags | ARCH_DATE_OPEN_END;
  }else{
    dates_set_interval_days(pDate, ARCH_DAY_MIN, pSingle->last);
    pDate->a.year = 0;
    pDate->b = pSingle->a;
    pDate->flags = pSingle->flags | ARCH_DATE_OPEN_START;
  }
  pDate->read = pSingle->read;
}

/* ---------------------------------------------------------------- times */

/* The word at token i, folded to lower case, is the ASCII word w. */
static int word_is(const Cursor *c, int i, const char *w){
  const Token *t = tok(c, i);
  size_t n = strlen(w), k;
  if( t->type!=TOK_WORD || t->end - t->start!=n ) return 0;
  for(k=0; k<n; k++){
    char ch = c->z[t->start+k];
    if( ch>='A' && ch<='Z' ) ch = (char)(ch+32);
    if( ch!=w[k] ) return 0;
  }
  return 1;
}

/* Two digits glued to the token before, at most `max`. */
static int clock_digits(const Cursor *c, int i, int max){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->ndigit==2 && t->nx==0 && t->suffix==SUFFIX_NONE
      && glued(c, i) && t->value<=max;
}

/* "a.m.", "p.m.", "am", "pm" at token i: the tokens it takes, or 0. */
static int meridiem(const Cursor *c, int i){
  if( word_is(c, i, "am") || word_is(c, i, "pm") ){
    return 1 + (is_punct(c, i+1, '.') && glued(c, i+1));
  }
  if( (word_is(c, i, "a") || word_is(c, i, "p")) && is_punct(c, i+1, '.') && glued(c, i+1)
   && word_is(c, i+2, "m") && glued(c, i+2) ){
    return 3 + (is_punct(c, i+3, '.') && glued(c, i+3));
  }
  return 0;
}

/* Minutes after a clock word: "16 h 15", "16h15", "16 ч. 15 мин.". Returns the tokens read. */
static int clock_minutes(const Cursor *c, int i){
  int i0 = i;
  const Token *t = tok(c, i);
  if( !(t->type==TOK_NUM && t->ndigit==2 && t->nx==0 && t->suffix==SUFFIX_NONE
        && t->value<=59) ){
    return 0;
  }
  i++;
  if( word_is(c, i, "min") || is_role(c, i, ROLE_CLOCK) ){
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
  }
  return i - i0;
}

/* A time of day after a date, which the date does not keep: ", 4:15 p.m.", ", 4 p.m.",
** ", 16.15 Uhr", " 16:15", " at 4:00 a.m.", ", 16 h 15", "T16:15:00+03:00", "T16:15:00Z",
** ", noon", "—midnight", ", 1430Z" (four digits of UTC, only with their Z).
** Hours and minutes with a colon; with a period, or an hour alone, only before a clock word
** ("Uhr", "h", "ч", "hours") or a.m./p.m. Returns the tokens read, or 0. */
static int time_after(const Cursor *c, int i){
  int i0 = i, h, sep = 0, iso = 0, k, marked = 0;
  if( (is_punct(c, i, ',') || is_range_dash(c, i))
   && (word_is(c, i+1, "noon") || word_is(c, i+1, "midnight")) ){
    return 2;                               /* FRUS: "Saigon, October 8, 1963—noon." */
  }
  if( is_punct(c, i, ',') ) i++;
  if( is_plain_num(c, i, 4) && tok(c, i)->ndigit==4 && tok(c, i)->value/100<=23
   && tok(c, i)->value%100<=59 && word_is(c, i+1, "z") && glued(c, i+1) ){
    return i+2 - i0;                        /* a telegram's time in UTC: "October 8, 1963, 1430Z" */
  }
  if( word_is(c, i, "at") || word_is(c, i, "um") || word_is(c, i, "\xC3\xA0") ){
    i++;                                     /* "June 25, 1950 at 4:00 a.m.", "à 16h15" */
  }else if( word_is(c, i, "t") && glued(c, i) && glued(c, i+1) ){
    i++;
    iso = 1;
  }
  if( !is_plain_num(c, i, 2) ) return 0;
  h = tok(c, i)->value;
  i++;
  if( tok(c, i)->type==TOK_PUNCT && (tok(c, i)->value==':' || tok(c, i)->value=='.')
   && glued(c, i) && clock_digits(c, i+1, 59) ){
    sep = tok(c, i)->value;
    i += 2;
    if( sep==':' && is_punct(c, i, ':') && glued(c, i) && clock_digits(c, i+1, 60) ) i += 2;
  }else if( iso ){
    return 0;
  }
  if( iso ){
    if( word_is(c, i, "z") && glued(c, i) ){
      i++;
    }else if( (is_punct(c, i, '+') || is_punct(c, i, '-')) && glued(c, i) ){
      const Token *t = tok(c, i+1);
      if( clock_digits(c, i+1, 14) ){
        i += 2;
        if( is_punct(c, i, ':') && glued(c, i) && clock_digits(c, i+1, 59) ) i += 2;
      }else if( t->type==TOK_NUM && t->ndigit==4 && glued(c, i+1) && t->value<=1400 ){
        i += 2;
      }else{
        return 0;
      }
    }
  }else if( (k = meridiem(c, i))>0 ){
    if( h<1 || h>12 ) return 0;
    i += k;
    marked = 1;
  }else if( is_role(c, i, ROLE_CLOCK) ){
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
    if( sep==0 ) i += clock_minutes(c, i);  /* "16 h 15", "16 ч. 15 мин." */
    marked = 1;
  }
  if( sep!=':' && !marked ) return 0;
  if( h>24 ) return 0;
  return i - i0;
}

/* ---------------------------------------------------------------- expressions */

/* early / mid / late (role) of the part p, whose days are d, into *pDate: a month's days 1-10,
** 11-20, 21-end; a year's January-April, May-August, September-December; a decade's first,
** middle or last four years, a century's forty. 0 when p is none of these. */
static int modify_period(int role, Part *p, const ArchDate *d, ArchDate *pDate){
  switch( d->precision ){
    case ARCH_DATE_MONTH: {                            /* days 1-10, 11-20, 21-end */
      int nDay = arch_days_in_month(p->y, p->m);
      int from = role==ROLE_EARLY ? 1 : role==ROLE_MID ? 11 : 21;
      int to = role==ROLE_EARLY ? 10 : role==ROLE_MID ? 20 : nDay;
      dates_set_interval_days(pDate, arch_days_from_civil(p->y, p->m, from),
                        arch_days_from_civil(p->y, p->m, to));
      break;
    }
    case ARCH_DATE_YEAR:                               /* Jan-Apr, May-Aug, Sep-Dec */
      p->code = role==ROLE_EARLY ? 37 : role==ROLE_MID ? 38 : 39;
      if( !dates_date_from_part(pDate, p) ) return 0;
      break;
    case ARCH_DATE_DECADE:                             /* first, middle, last four years */
    case ARCH_DATE_CENTURY: {                          /* and forty of a century */
      int span = d->precision==ARCH_DATE_DECADE ? 1 : 10;
      int from = (role==ROLE_EARLY ? 0 : role==ROLE_MID ? 3 : 6) * span;
      if( p->year_x>2 ) return 0;
      dates_set_interval_days(pDate, arch_days_from_civil(p->y+from, 1, 1),
                        arch_days_from_civil(p->y+from+4*span-1, 12, 31));
      pDate->a.month = pDate->a.day = pDate->b.month = pDate->b.day = 0;
      break;
    }
    default:
      return 0;
  }
  pDate->flags |= d->flags;
  pDate->read |= d->read;
  return 1;
}

/* Is word i abbreviated, with its period glued after it: "нач.", "кон.", "zw."? In free text
** only a word in another script than Latin: "Late. 1963 was" ends a sentence. */
static int is_abbreviated(const Cursor *c, int i){
  return is_punct(c, i+1, '.') && glued(c, i+1)
      && (!c->free_text || (unsigned char)c->z[tok(c, i)->start]>=0xC0);
}

/* early / mid / late + a month, a year or a decade. */
static int expr_modified(const Cursor *c, int i, ArchDate *pDate){
  int role = tok(c, i)->role, i0 = i, k;
  Part p;
  ArchDate d;
  if( is_role(c, i, ROLE_THE) && tok(c, i+1)->type==TOK_WORD ){   /* "the mid-fifties" */
    int j = i+2 + is_punct(c, i+2, '-');
    role = tok(c, i+1)->role;
    if( (role==ROLE_EARLY || role==ROLE_MID || role==ROLE_LATE)
     && (is_role(c, j, ROLE_DECADE) || is_role(c, i+2, ROLE_OF)
         || (!c->free_text && dates_part_period(c, j, &p)>0)) ){
      i++;         /* and on a date line "the late 1950s" (free text finds "late 1950s");
                   ** "the end of 1963", "the beginning of October 1963" anywhere */
    }
  }
  if( tok(c, i)->type!=TOK_WORD || (role!=ROLE_EARLY && role!=ROLE_MID && role!=ROLE_LATE) ){
    return 0;
  }
  if( word_is(c, i, "mi") && !(is_punct(c, i+1, '-') && glued(c, i+1)) ) return 0;
  i++;                                                /* French "mi" only as "mi-1958" */
  if( is_punct(c, i, '-') ) i++;                      /* "mid-October" */
  else if( is_abbreviated(c, i-1) ) i++;              /* "нач. 1960-х гг.", "кон. 1950-х" */
  if( is_role(c, i, ROLE_OF) ) i++;                   /* "end of 1957" */
  if( is_role(c, i, ROLE_THE) || is_role(c, i, ROLE_ARTICLE) || word_is(c, i, "la") ){
    i++;              /* "early the 1960s" is rare but harmless; "finales de la década de 1950"
                      ** ("la" is no article elsewhere: "La 1500 soldats" is a count) */
  }
  if( is_role(c, i, ROLE_YEARWORD) && is_year4(c, i+1) ) i++;   /* "începutul anului 1958" */
  k = dates_part_any(c, i, &p, 0);
  if( k==0 || !dates_date_from_part(&d, &p) ) return 0;
  i += k;
  if( !modify_period(role, &p, &d, pDate) ) return 0;
  return i - i0;
}

/* ISO 8601 week dates: "1963-W41" (Monday 7 to Sunday 13 October 1963), "1963-W41-2" (its
** Tuesday), and on a date line without hyphens "1963W41", "1963W412". Week 1 is the week of
** 4 January; a year has 53 weeks when it starts on a Thursday, or is a leap year starting on a
** Wednesday. */
static int range_isoweek(const Cursor *c, int i, ArchDate *pDate){
  const Token *t;
  int i0 = i, y, w, wd = 0, compact;
  int32_t jan4, monday;
  if( !is_plain_num(c, i, 4) ) return 0;
  y = tok(c, i)->value;
  i++;
  compact = !is_punct(c, i, '-');
  if( compact && c->free_text ) return 0;     /* "1963W41" on a date line only: a model number
                                              ** in text */
  if( !compact ){
    if( !glued(c, i) ) return 0;
    i++;
  }
  if( !word_is(c, i, "w") || !glued(c, i) ) return 0;
  t = tok(c, ++i);
  if( t->type!=TOK_NUM || t->nx || t->suffix!=SUFFIX_NONE || !glued(c, i) ) return 0;
  if( t->ndigit==2 ){
    w = t->value;
    i++;
    if( !compact && is_punct(c, i, '-') && glued(c, i) && is_plain_num(c, i+1, 1)
     && glued(c, i+1) ){
      wd = tok(c, i+1)->value;
      if( wd<1 || wd>7 ) return 0;
      i += 2;
    }
  }else if( t->ndigit==3 && compact ){
    w = t->value/10;
    wd = t->value%10;
    if( wd<1 || wd>7 ) return 0;
    i++;
  }else{
    return 0;
  }
  if( y<1 || y>9998 || w<1 ) return 0;
  jan4 = arch_days_from_civil(y, 1, 4);
  monday = jan4 - (jan4-1)%7;                 /* day 1, 0001-01-01, was a Monday */
  if( w==53 ){
    int32_t jan1 = arch_days_from_civil(y, 1, 1);
    int leap = arch_days_in_month(y, 2)==29;
    int dow = (jan1-1)%7 + 1;                 /* 1 Monday .. 7 Sunday */
    if( !(dow==4 || (leap && dow==3)) ) return 0;
  }else if( w>53 ){
    return 0;
  }
  monday += (w-1)*7;
  if( monday<ARCH_DAY_MIN ) return 0;
  if( wd ){
    memset(pDate, 0, sizeof(*pDate));
    pDate->first = pDate->last = monday + wd - 1;
    pDate->precision = ARCH_DATE_DAY;
    pDate->form = ARCH_FORM_SINGLE;
    dates_point_from_day(&pDate->a, pDate->first);
  }else{
    dates_set_interval_days(pDate, monday, monday+6);
  }
  return i - i0;
}

/* The ord-th of `parts` shares (2: halves, 4: quarters) of the year, decade or century *d,
** read from part *p, into *pDate: 1963 (Jan-Jun, EDTF 1963-40), the 1950s (1950-1954; a decade
** has no quarters), the 20th century (1900-1949). 0 when *d is none of these. */
static int share_of_period(const Part *p, const ArchDate *d, int ord, int parts,
                           ArchDate *pDate){
  int span, len, from;
  if( ord<1 || ord>parts ) return 0;
  if( d->precision==ARCH_DATE_YEAR && p->y!=0 && !p->m && !p->code && !p->year_x ){
    Part q = *p;
    q.code = parts==2 ? 39 + ord : 32 + ord;
    return dates_date_from_part(pDate, &q);
  }
  if( d->precision==ARCH_DATE_DECADE && parts==2 && p->year_x==1 ){
    span = 10;
  }else if( d->precision==ARCH_DATE_CENTURY && p->year_x==2 ){
    span = 100;
  }else{
    return 0;
  }
  len = span/parts;
  from = p->y + (ord-1)*len;
  dates_set_interval_days(pDate, arch_days_from_civil(from, 1, 1),
                          arch_days_from_civil(from+len-1, 12, 31));
  pDate->a.month = pDate->a.day = pDate->b.month = pDate->b.day = 0;
  pDate->flags |= d->flags;
  pDate->read |= d->read;
  return 1;
}

/* A half or a quarter of a decade or a century: "first half of the 20th century" (1900-1949),
** "the second half of the 1950s" (1955-1959), "first quarter of the 20th century" (1900-1924),
** "вторая половина XIX в.", "2. Hälfte des 19. Jahrhunderts", "druga połowa XIX w.". A decade
** has no quarters. (A half or quarter of a year is a part: dates_parts.c, part_season().) */
static int expr_share_of_period(const Cursor *c, int i, ArchDate *pDate){
  int i0 = i, k, ord, parts;
  Part p;
  ArchDate d;
  if( is_role(c, i, ROLE_THE) && !c->free_text ) i++;
  if( (k = dates_ordinal_of_year(c, i, &ord))==0 ) return 0;
  i += k;
  if( is_role(c, i, ROLE_HALF) ){
    parts = 2;
  }else if( is_role(c, i, ROLE_QUARTER) ){
    parts = 4;
  }else{
    return 0;
  }
  i++;
  if( is_role(c, i, ROLE_OF) ) i++;
  if( is_role(c, i, ROLE_THE) ) i++;
  k = dates_part_period(c, i, &p);
  if( k==0 || !dates_date_from_part(&d, &p) ) return 0;
  if( d.precision==ARCH_DATE_YEAR || !share_of_period(&p, &d, ord, parts, pDate) ) return 0;
  return i + k - i0;
}

/* A single date: a modified period, a slashed number, an ISO week, or a part. */
static int expr_single(const Cursor *c, int i, ArchDate *pDate, Part *pPart){
  int k;
  Part p;
  if( (k = dates_time_group(c, i, pDate, pPart))>0 ) return k;
  if( (k = expr_modified(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( (k = expr_share_of_period(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( (k = dates_range_slashed(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( (k = range_isoweek(c, i, pDate))>0 ){ memset(pPart, 0, sizeof(*pPart)); return k; }
  if( is_role(c, i, ROLE_YEARWORD) && is_year4(c, i+1) && tok(c, i+1)->nx==0 ){
    /* a word for "year" before the year: "kolem roku 1958", "v roce 1958", "im Jahr 1958",
    ** "în anul 1958"; the year alone follows */
    k = dates_part_any(c, i+1, &p, 0);
    if( k==0 || p.m || p.d || p.code || p.year_x || !dates_date_from_part(pDate, &p) ) return 0;
    *pPart = p;
    return k+1;
  }
  if( (is_role(c, i, ROLE_THE) || is_role(c, i, ROLE_ARTICLE))
   && dates_part_period(c, i+1, &p)>0 ){        /* "the 1960s", "den 1950er Jahren" */
    k = dates_part_period(c, i+1, &p) + 1;
  }else{
    k = dates_part_any(c, i, &p, 0);
  }
  if( k==0 || !dates_date_from_part(pDate, &p) ) return 0;
  *pPart = p;
  return k;
}

/* A word after the single date *pDate (of part *p, zero when the date is no plain part) that
** qualifies it, at token i: Hungarian "1958 körül" (circa), "1958 előtt" (before), "1958 után"
** (after), "1958 elején" / "közepén" / "végén" (early, mid, late), English "1963 onwards" (from
** 1963 on), Japanese "1958年頃", "1963年末"
** (late), "1960年代後半" (the second half: the token's value holds the half above its role),
** Korean "1960년대 초" (early). 1 when *pDate was changed. */
static int date_postposed(const Cursor *c, int i, ArchDate *pDate, Part *p){
  int role = tok(c, i)->value & 0xFF;
  ArchDate d = *pDate;
  switch( role ){
    case ROLE_HALF:                                   /* "1960年代後半", "1963년 상반기" */
      if( p->y!=0 && share_of_period(p, &d, tok(c, i)->value>>8, 2, pDate) ) return 1;
      *pDate = d;
      return 0;
    case ROLE_QUARTER:                                /* "1962年第三季度": of a year only */
      if( d.precision==ARCH_DATE_YEAR && share_of_period(p, &d, tok(c, i)->value>>8, 4, pDate) ){
        return 1;
      }
      *pDate = d;
      return 0;
    case ROLE_APPROX:
      pDate->flags |= ARCH_DATE_APPROXIMATE;
      return 1;
    case ROLE_BEFORE:
    case ROLE_AFTER:
      return p->y!=0 && date_open(pDate, p, role==ROLE_BEFORE);
    case ROLE_FROM:                                   /* "1963 onwards": 1963 on */
      if( p->y==0 || d.form!=ARCH_FORM_SINGLE ) return 0;
      open_from_date(pDate, &d, 1);
      return 1;
    case ROLE_EARLY:
    case ROLE_MID:
    case ROLE_LATE:
      if( p->y!=0 && modify_period(role, p, &d, pDate) ) return 1;
      *pDate = d;
      return 0;
  }
  return 0;
}

/* On a date line, the Romance "to" that closes a range "de", "du", "dal" or "from" opened:
** French "de 1956 à 1958", Spanish and Portuguese "de 1956 a 1958", "del 8 al 10 de octubre
** de 1963", Italian "dal 1956 al 1958". Not in free text, and not alone: "à" also leads a time
** ("3 mars 1958 à 16h15"), "a" and "al" are words of every kind. */
static int romance_to(const Cursor *c, int i){
  return !c->free_text && (word_is(c, i, "\xc3\xa0") || word_is(c, i, "a")
                           || word_is(c, i, "al") || word_is(c, i, "ao"));
}

/* Ranges, sets and open ranges, or a single date. */
static int expr_range(const Cursor *c, int i, ArchDate *pDate){
  int i0 = i, k, ka, kb;
  unsigned qflags = 0;
  Part a, b;
  ArchDate single;

  if( (k = dates_two_calendars(c, i, pDate))>0 ) return k;     /* "25 October (7 November) 1917" */
  if( (k = dates_range_slashed_pair(c, i, pDate))>0 ) return k; /* "10/18/1963 - 11/2/1963" */
  if( is_role(c, i, ROLE_YEARS) && is_year4(c, i+1)
   && (is_punct(c, i+2, '-') || is_role(c, i+2, ROLE_TO)) ){
    i++;                       /* the years of a range: "lata 1950-1955", "anni 1956-1958" */
  }
  if( is_role(c, i, ROLE_FROM) || is_role(c, i, ROLE_BETWEEN)
   || (is_role(c, i, ROLE_OF) && !c->free_text) ){
    /* "from 1956 to 1958", "between 1956 and 1958", and on a date line "of" before a range
    ** that "to" closes: French "du 8 au 10 octobre 1963" */
    int between = is_role(c, i, ROLE_BETWEEN);
    i++;
    if( between && is_abbreviated(c, i-1) ) i++;                   /* "zw. 1950 und 1955" */
    ka = range_end(c, i, &a, 0);
    if( ka==0 ) return 0;
    i += ka;
    if( !between && is_role(c, i, ROLE_POST) && (tok(c, i)->value & 0xFF)==ROLE_FROM ){
      if( !dates_date_from_part(&single, &a) ) return 0;   /* "from 1963 onwards" */
      open_from_date(pDate, &single, 1);
      return i+1 - i0;
    }
    if( between ? !is_role(c, i, ROLE_AND) : !(is_range_dash(c, i) || romance_to(c, i)) ){
      return 0;
    }
    i++;
    kb = range_end(c, i, &b, &a);
    if( kb==0 || !dates_date_from_range(pDate, &a, &b, ARCH_FORM_INTERVAL) ) return 0;
    return i + kb - i0;
  }
  if( word_is(c, i, "on") && is_role(c, i+1, ROLE_OR)
   && (is_role(c, i+2, ROLE_APPROX) || is_role(c, i+2, ROLE_BEFORE)
       || is_role(c, i+2, ROLE_AFTER)) ){
    /* the "on or about October 8, 1963" of American records: the day, approximate; "on or
    ** before" and "on or after" are open, the day itself in */
    k = dates_part_any(c, i+3, &a, 0);
    if( k==0 || !dates_date_from_part(&single, &a) ) return 0;
    if( is_role(c, i+2, ROLE_APPROX) ){
      *pDate = single;
      pDate->flags |= ARCH_DATE_APPROXIMATE;
    }else{
      open_from_date(pDate, &single, is_role(c, i+2, ROLE_AFTER));
    }
    return 3 + k;
  }
  if( (is_role(c, i, ROLE_NOT) || is_role(c, i, ROLE_NUMBER))
   && (is_role(c, i+1, ROLE_EARLIER) || is_role(c, i+1, ROLE_LATER))
   && is_role(c, i+2, ROLE_THAN) ){
    /* "not later than 15 March 1958", "no earlier than 1958": as "not after", "not before" */
    k = dates_part_any(c, i+3, &a, 0);
    if( k==0 || !dates_date_from_part(&single, &a) ) return 0;
    open_from_date(pDate, &single, is_role(c, i+1, ROLE_EARLIER));
    return 3 + k;
  }
  if( is_role(c, i, ROLE_NOT) && (is_role(c, i+1, ROLE_BEFORE) || is_role(c, i+1, ROLE_AFTER)) ){
    /* "[not before 1958]", "[not after 1962]" (AACR2), "не ранее 1958 г.", "nicht nach 1962":
    ** open, the date itself included */
    k = dates_part_any(c, i+2, &a, 0);
    if( k==0 || !dates_date_from_part(&single, &a) ) return 0;
    open_from_date(pDate, &single, is_role(c, i+1, ROLE_BEFORE));
    return 2 + k;
  }
  if( is_role(c, i, ROLE_BEFORE) || is_role(c, i, ROLE_AFTER) ){
    int before = is_role(c, i, ROLE_BEFORE);
    int h = is_punct(c, i+1, '-') && glued(c, i+1) && glued(c, i+2);   /* "pre-1958" */
    if( !h && (is_role(c, i+1, ROLE_OF) || is_role(c, i+1, ROLE_ARTICLE)
               || (is_role(c, i+1, ROLE_YEARWORD) && is_year4(c, i+2))) ){
      h = 1;        /* "antes de 1958", "prima del 1958", "dopo il 1958", "po roce 1958" */
    }
    k = dates_part_any(c, i+1+h, &a, 0);
    if( k==0 || !date_open(pDate, &a, before) ) return 0;
    return 1 + h + k;
  }
  /* EDTF open intervals: "../1960", "1960/.." */
  if( is_punct(c, i, '.') && is_punct(c, i+1, '.') && is_punct(c, i+2, '/') ){
    k = dates_part_any(c, i+3, &a, 0);
    if( k==0 || !dates_date_from_part(&single, &a) ) return 0;
    dates_set_interval_days(pDate, ARCH_DAY_MIN, single.last);
    pDate->flags = ARCH_DATE_OPEN_START;
    pDate->a.year = 0;
    dates_point_from_part(&pDate->b, &a);
    return 3 + k;
  }

  if( (k = dates_part_century_pair(c, i, &a, &b))>0 ){
    /* "19th-20th centuries", "XIX-XX вв." */
    if( !dates_date_from_range(pDate, &a, &b, ARCH_FORM_INTERVAL) ) return 0;
    return i + k - i0;
  }
  k = expr_single(c, i, &single, &a);
  if( k>0 && tok(c, i+k-1)->type==TOK_CJK && is_plain_num(c, i+k, 2)
   && is_punct(c, i+k+1, '-') && is_plain_num(c, i+k+2, 2) && tok(c, i+k+3)->type==TOK_CJK
   && (tok(c, i+k+3)->value=='M' || tok(c, i+k+3)->value=='D') ){
    k = 0;          /* "1963年10-12月": the first end is "1963年10", its unit after the second */
  }
  ka = k ? k : dates_part_roman_piece(c, i, &a);       /* "3.III-5.IV.1958" */
  if( ka==0 ) ka = range_end(c, i, &a, 0);
  if( ka==0 ) return 0;
  i += ka;
  if( k && glued(c, i) && (is_punct(c, i, '?') || is_punct(c, i, '~') || is_punct(c, i, '%'))
   && (is_range_dash(c, i+1) || (is_punct(c, i+1, '/') && glued(c, i+1))) ){
    /* "1958?-1962", and the qualified ends this parser writes in EDTF ("1958~/1962~"): the
    ** range carries the qualifier, as ArchDate has one set of flags for both ends */
    int q = tok(c, i)->value;
    qflags = q=='?' ? ARCH_DATE_UNCERTAIN : q=='~' ? ARCH_DATE_APPROXIMATE
             : ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN;
    a.flags |= qflags;
    i++;
  }
  if( k && a.y && a.m && !a.code && !a.year_x && is_punct(c, i, '/') && glued(c, i)
   && glued(c, i+1) && (is_plain_num(c, i+1, 2)
                        || (is_year4(c, i+1) && tok(c, i+1)->value==a.y+1
                            && tok(c, i+2)->type!=TOK_PUNCT)) ){
    int end = dates_dual_year(c, i, &a, pDate);                  /* "February 10, 1720/21" */
    return end>0 ? end - i0 : 0;
  }
  if( is_punct(c, i, '/') && is_punct(c, i+1, '.') && is_punct(c, i+2, '.') && k ){
    if( single.last>=ARCH_DAY_MAX ) return 0;
    dates_set_interval_days(pDate, single.first, ARCH_DAY_MAX);
    pDate->flags = single.flags | qflags | ARCH_DATE_OPEN_END;
    pDate->read = single.read;
    pDate->a = single.a;
    pDate->b.year = 0;
    return i+3 - i0;
  }
  if( k>0 && (kb = dates_year_first_days(c, i0, i, &a, pDate))>0 ) return i+kb - i0;
  if( k==0 && a.y==0 && a.d && (kb = dates_listed_days(c, i, a.d))>0 ){
    i += kb;                                     /* "8, 10 and 12 October 1963" */
  }
  if( k==0 && a.y==0 && (a.d || a.m) && !a.code
   && (is_role(c, i, ROLE_AND) || is_punct(c, i, '&')
       || (is_punct(c, i, '/') && glued(c, i) && glued(c, i+1) && a.d && !a.m)) ){
    /* days or months of one year: "8 and 10 October 1963", "October 8 & 10, 1963", "March 3
    ** and 4, 1958", "3/4 March 1958" (the night of): from the first to the last */
    Part a2 = a;
    kb = range_end(c, i+1, &b, &a);
    if( kb>0 && b.y && dates_date_from_range(pDate, &a2, &b, ARCH_FORM_INTERVAL) ){
      return i+1+kb - i0;
    }
    return 0;
  }
  if( is_range_dash(c, i) || is_role(c, i, ROLE_OR)
   || (is_punct(c, i, '/') && (k || (a.code && !a.y) || (a.m && !a.y && !a.d)))
   || (k==0 && a.d && !a.m && !a.y && romance_to(c, i) && is_day(c, i+1)) ){
    /* "Summer/Fall 1956", "Oktober/November 1963"; on a date line the Romance "to" between
    ** two days, "8 a 10 de octubre de 1963", "8 à 10 octobre 1963" */
    ArchDateForm form = is_role(c, i, ROLE_OR) ? ARCH_FORM_SET : ARCH_FORM_INTERVAL;
    Part a2 = a;
    kb = range_end(c, i+1, &b, &a);
    if( kb>0 && a.y+a.m+a.d+a.code>0 && dates_date_from_range(pDate, &a2, &b, form) ){
      if( is_day(c, i+kb) ) kb += dates_lithuanian_day_word(c, i0, i+1+kb);
      return i+1+kb - i0;
    }
  }
  if( k && a.y+a.m+a.d+a.code==0 && single.form!=ARCH_FORM_SET
   && (is_range_dash(c, i) || (is_role(c, i, ROLE_OR) && !c->free_text)) ){
    /* two ends that are no parts: slashed numbers or early / mid / late, "1/1/1958 -
    ** 12/31/1959", "early 1958 - mid 1959"; on a date line also one of two, "late 1962 or
    ** early 1963" (their envelope, flagged one_of) */
    ArchDate d2;
    Part unused;
    int one_of = is_role(c, i, ROLE_OR);
    kb = expr_single(c, i+1, &d2, &unused);
    if( kb>0 && d2.form!=ARCH_FORM_SET && single.first<=d2.first && single.last<=d2.last
     && (!one_of || single.last<d2.first) ){
      *pDate = single;
      pDate->last = d2.last;
      pDate->b = d2.form==ARCH_FORM_INTERVAL ? d2.b : d2.a;
      if( single.form==ARCH_FORM_INTERVAL ) pDate->a = single.a;
      pDate->precision = ARCH_DATE_RANGE;
      pDate->form = ARCH_FORM_INTERVAL;
      if( one_of ){ pDate->flags |= ARCH_DATE_ONE_OF; pDate->form = ARCH_FORM_SET; }
      pDate->flags |= d2.flags;
      pDate->read |= d2.read;
      return i+1+kb - i0;
    }
  }
  if( k==0 ) return 0;
  *pDate = single;
  if( is_role(c, i0+k, ROLE_POST) && date_postposed(c, i0+k, pDate, &a) ) k++;
  else if( a.y && a.m && word_is(c, i0+k, "\xE4\xBB\x98") && glued(c, i0+k) ) k++;
                                     /* Japanese 付 (dated) after a day or month: "1958年8月23日付" */
  return k;
}

/* A decade or century whose unknown digits are written as hyphens, at token i: "195-",
** "195-?", "18--", "19--?" (AACR2 and MARC 260). In brackets ("[195-?]") the cataloguer
** supplied it. The tokens read up to the closing bracket when bracket, else up to the
** question mark; 0 when none. */
static int hyphened_decade(const Cursor *c, int i, int bracket, ArchDate *pDate){
  int nUnknown, j = i+1, x;
  Part p;
  if( !is_plain_num(c, i, 3) || tok(c, i)->ndigit<2 || !is_punct(c, i+1, '-') ) return 0;
  nUnknown = 4 - tok(c, i)->ndigit;
  memset(&p, 0, sizeof(p));
  for(x=0; x<nUnknown; x++, j++){
    if( !is_punct(c, j, '-') || !glued(c, j) || tok(c, j)->suffix ) return 0;
  }
  if( is_punct(c, j, '?') ){ p.flags |= ARCH_DATE_UNCERTAIN; j++; }
  if( bracket ){
    if( !is_punct(c, j, ']') ) return 0;
    j++;
    p.flags |= ARCH_DATE_INFERRED;
    p.read |= ARCH_READ_SUPPLIED;
  }else if( j<c->n && (tok(c, j)->type==TOK_NUM || is_punct(c, j, '-')) ){
    return 0;                                    /* "196-1970", "19---" */
  }
  p.y = tok(c, i)->value * (nUnknown==1 ? 10 : 100);
  p.year_x = nUnknown;
  if( !dates_date_from_part(pDate, &p) ) return 0;
  return j - i;
}

/* Qualifiers around a date: circa / c. / ca. before; ? ~ % after; [ ] around. */
static int expr_qualified(const Cursor *c, int i, ArchDate *pDate){
  int i0 = i, k;
  unsigned flags = 0;
  if( !c->free_text && i==0 && (k = hyphened_decade(c, i, 0, pDate))>0 ){
    return k;                              /* "19--", "196-?" at the head of a date line */
  }
  if( is_punct(c, i, '[') ){
    ArchDate a, b;
    /* "[195-]", "[195-?]", "[18--]": a decade or century the cataloguer supplied, its
    ** unknown digits written as hyphens */
    if( (k = hyphened_decade(c, i+1, 1, pDate))>0 ) return k+1;
    k = dates_expr_core(c, i+1, &a);
    if( k==0 ) return 0;
    i += 1+k;
    /* "[1956,1957]": the EDTF set */
    if( is_punct(c, i, ',') ){
      int kb = dates_expr_core(c, i+1, &b);
      if( kb==0 || !is_punct(c, i+1+kb, ']') ) return 0;
      if( a.first>b.first || a.last>b.last ) return 0;
      *pDate = a;
      pDate->last = b.last;
      pDate->precision = ARCH_DATE_RANGE;
      pDate->form = ARCH_FORM_SET;
      pDate->flags |= ARCH_DATE_ONE_OF | b.flags;
      pDate->read |= b.read;
      pDate->b = b.a;
      return i+2+kb - i0;
    }
    if( is_punct(c, i, '?') ){ a.flags |= ARCH_DATE_UNCERTAIN; i++; }
    if( !is_punct(c, i, ']') ) return 0;
    *pDate = a;
    pDate->flags |= ARCH_DATE_INFERRED;
    pDate->read |= ARCH_READ_SUPPLIED;
    return i+1 - i0;
  }
  if( is_role(c, i, ROLE_APPROX) ){
    /* "circa 1958" approximate; "probably 1958" (value 1) uncertain */
    flags |= tok(c, i)->value ? ARCH_DATE_UNCERTAIN : ARCH_DATE_APPROXIMATE;
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
    else if( is_role(c, i, ROLE_OF) || is_role(c, i, ROLE_ARTICLE) ){
      i++;                                     /* "cerca de 1958", "intorno al 1956" */
    }
  }
  k = expr_range(c, i, pDate);
  if( k==0 ) return 0;
  i += k;
  opt_year_word(c, &i);
  if( pDate->form==ARCH_FORM_SINGLE && is_role(c, i, ROLE_OR)
   && (is_role(c, i+1, ROLE_EARLIER) || is_role(c, i+1, ROLE_LATER)
       || is_role(c, i+1, ROLE_BEFORE) || is_role(c, i+1, ROLE_AFTER)) ){
    /* "1958 or earlier", "1958 or later", "1958 or before": open, the date itself in */
    ArchDate single = *pDate;
    if( is_role(c, i+1, ROLE_EARLIER) || is_role(c, i+1, ROLE_BEFORE) ){
      dates_set_interval_days(pDate, ARCH_DAY_MIN, single.last);
      pDate->a.year = 0;
      pDate->b = single.a;
      pDate->flags = single.flags | ARCH_DATE_OPEN_START;
    }else{
      dates_set_interval_days(pDate, single.first, ARCH_DAY_MAX);
      pDate->a = single.a;
      pDate->b.year = 0;
      pDate->flags = single.flags | ARCH_DATE_OPEN_END;
    }
    pDate->read = single.read;
    i += 2;
  }
  if( glued(c, i) ){
    if( is_punct(c, i, '?') ){ flags |= ARCH_DATE_UNCERTAIN; i++; }
    else if( is_punct(c, i, '~') ){ flags |= ARCH_DATE_APPROXIMATE; i++; }
    else if( is_punct(c, i, '%') ){ flags |= ARCH_DATE_APPROXIMATE|ARCH_DATE_UNCERTAIN; i++; }
  }
  if( (is_punct(c, i, '(') && is_punct(c, i+1, '?') && is_punct(c, i+2, ')'))
   || (is_punct(c, i, '[') && is_punct(c, i+1, '?') && is_punct(c, i+2, ']')) ){
    flags |= ARCH_DATE_UNCERTAIN;                      /* "1958 (?)", "1958 [?]" */
    i += 3;
  }
  if( pDate->form==ARCH_FORM_SINGLE && pDate->precision==ARCH_DATE_DAY
   && (k = time_after(c, i))>0 ){
    i += k;                                            /* "March 3, 1958, 4:15 p.m." */
    pDate->read |= ARCH_READ_TIME_DROPPED;
  }
  pDate->flags |= flags;
  return i - i0;
}

/* A range one of whose ends the cataloguer supplied: "[1958]-1962", "1958-[1962]",
** "[1958?]-1962". */
int dates_expr_core(const Cursor *c, int i, ArchDate *pDate){
  int k = expr_qualified(c, i, pDate), kb;
  ArchDate b;
  if( k==0 || pDate->form!=ARCH_FORM_SINGLE || !is_range_dash(c, i+k) ) return k;
  if( !is_punct(c, i, '[') && !is_punct(c, i+k+1, '[') ) return k;
  kb = expr_qualified(c, i+k+1, &b);
  if( kb==0 || b.form!=ARCH_FORM_SINGLE ) return k;
  if( pDate->first>b.first || pDate->last>b.last ) return k;
  pDate->last = b.last;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->form = ARCH_FORM_INTERVAL;
  pDate->flags |= b.flags;
  pDate->read |= b.read;
  pDate->b = b.a;
  return k+1+kb;
}

/* The conventions that show in the tokens of a date read: words without their diacritics,
** ordinal days, Roman months. */
void dates_note_reading(const Cursor *c, int k, ArchDate *pDate){
  int i;
  for(i=0; i<k; i++){
    const Token *t = tok(c, i);
    if( t->type==TOK_WORD && t->folded ) pDate->read |= ARCH_READ_NO_DIACRITICS;
    if( t->type==TOK_WORD && t->role==ROLE_ROMAN ) pDate->read |= ARCH_READ_ROMAN_MONTH;
    if( t->type==TOK_NUM && t->suffix==SUFFIX_ORDINAL && (pDate->a.day || pDate->b.day) ){
      pDate->read |= ARCH_READ_ORDINAL_DAY;
    }
  }
}

