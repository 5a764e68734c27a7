/*
** dates_calendar.c: calendar arithmetic of the date core (see dates_int.h for the layers).
**
** Day numbers count days of the proleptic Gregorian calendar, 0001-01-01 being day 1
** (Howard Hinnant's civil-from-days algorithms, shifted). Also the days in a month and the ISO
** form "YYYY-MM-DD" of a day or of either bound of a date.
*/
#include "dates_int.h"

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

void dates_put_digits(char *z, int v, int n){
  while( n-- > 0 ){ z[n] = (char)('0' + v%10); v /= 10; }
}

static void write_iso(int y, int m, int d, char buf[11]){
  dates_put_digits(buf, y, 4);
  buf[4] = '-';
  dates_put_digits(buf+5, m, 2);
  buf[7] = '-';
  dates_put_digits(buf+8, d, 2);
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

