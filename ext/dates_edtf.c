/*
** dates_edtf.c: the EDTF (Library of Congress Extended Date/Time Format) form of a date, and
** the names of precisions and flags for JSON (see dates_int.h for the layers).
**
** A single date prints as its point ("1963-10-08", "196X", "1957-21"), an interval as
** "a/b" with ".." for an open end, a set as "[a,b]"; the qualifiers ~ ? % go on every point.
*/
#include "dates_int.h"

#include <string.h>

static int edtf_point(const ArchDatePoint *pt, char *z){
  int n = 0;
  if( pt->year==0 ){
    memcpy(z, "..", 2);
    return 2;
  }
  if( pt->year<0 ) return 0;               /* an unknown end: "/1962" */
  dates_put_digits(z, pt->year, 4);
  if( pt->year_x ){
    int k;
    for(k=0; k<pt->year_x && k<4; k++) z[3-k] = 'X';
  }
  n = 4;
  if( pt->code ){
    z[n++] = '-';
    dates_put_digits(z+n, pt->code, 2);
    return n+2;
  }
  if( pt->month || pt->month_x ){
    z[n++] = '-';
    if( pt->month_x ){ z[n] = z[n+1] = 'X'; }else{ dates_put_digits(z+n, pt->month, 2); }
    n += 2;
    if( pt->day || pt->day_x ){
      z[n++] = '-';
      if( pt->day_x ){ z[n] = z[n+1] = 'X'; }else{ dates_put_digits(z+n, pt->day, 2); }
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
  if( q && pt->year>0 ) z[n++] = q;
  return n;
}

/* A season that crosses a year ("Winter 1958/59": December 1958 to February 1959) names both
** years: EDTF's season code would name one, so it is written as the interval of its months. */
static int edtf_season_months(const ArchDatePoint *pt, char q, char *z){
  ArchDatePoint a, b;
  int from, to, n;
  dates_code_months(pt->code, &from, &to);
  memset(&a, 0, sizeof(a));
  memset(&b, 0, sizeof(b));
  a.year = (int16_t)(from==0 ? pt->year-1 : pt->year);
  a.month = (int8_t)(from==0 ? 12 : from);
  b.year = pt->year;
  b.month = (int8_t)to;
  n = edtf_qualified_point(&a, q, z);
  z[n++] = '/';
  return n + edtf_qualified_point(&b, q, z+n);
}

int arch_date_edtf(const ArchDate *pDate, char *z){
  char q = edtf_qualifier(pDate->flags);
  int n = 0;
  if( pDate->form==ARCH_FORM_SINGLE && pDate->a.code && dates_code_crosses_year(pDate->a.code) ){
    n = edtf_season_months(&pDate->a, q, z);
  }else if( pDate->form==ARCH_FORM_SINGLE ){
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

const char *arch_date_read_name(unsigned bit){
  switch( bit ){
    case ARCH_READ_SUPPLIED:      return "supplied_brackets";
    case ARCH_READ_OPEN_RANGE:    return "open_range";
    case ARCH_READ_DECADE_WORD:   return "decade_word";
    case ARCH_READ_ORDINAL_DAY:   return "ordinal_day";
    case ARCH_READ_YEAR_FIRST:    return "year_first";
    case ARCH_READ_TIME_DROPPED:  return "time_dropped";
    case ARCH_READ_ZERO_UNKNOWN:  return "zero_unknown";
    case ARCH_READ_ROMAN_MONTH:   return "roman_month";
    case ARCH_READ_NO_DIACRITICS: return "without_diacritics";
    case ARCH_READ_PREPOSITION:   return "preposition";
    case ARCH_READ_SEASON_MONTHS: return "season_across_years";
    case ARCH_READ_EDTF:          return "edtf";
    case ARCH_READ_JUCHE:         return "juche";
    case ARCH_READ_ROC:           return "roc";
    case ARCH_READ_JAPANESE_ERA:  return "japanese_era";
    case ARCH_READ_DANGI:         return "dangi";
    case ARCH_READ_CHINESE_NUMERALS: return "chinese_numerals";
    case ARCH_READ_CJK_UNITS:     return "cjk_units";
    default:                      return 0;
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
