/*
** dates.h: archival dates as ranges of days. Pure C: no SQLite, no allocation.
**
** A date line such as "October 8, 1963", "September 1959" or "1961" means a range of days:
** 1963-10-08..1963-10-08, 1959-09-01..1959-09-30, 1961-01-01..1961-12-31. arch_date_parse()
** reads a whole line into such a range; day numbers make ranges easy to compare and store.
**
** Day numbers count days in the proleptic Gregorian calendar with 0001-01-01 as day 1, so
** every date from year 1 to 9999 is a positive 32-bit number and 0 means "no day".
*/
#ifndef ARCHIVIST_DATES_H
#define ARCHIVIST_DATES_H

#include <stddef.h>
#include <stdint.h>

typedef enum ArchDatePrecision {
  ARCH_DATE_DAY = 1,
  ARCH_DATE_MONTH,
  ARCH_DATE_YEAR
} ArchDatePrecision;

typedef struct ArchDate {
  int32_t first;                /* first day the date can mean (day number) */
  int32_t last;                 /* last day, inclusive */
  ArchDatePrecision precision;
} ArchDate;

typedef enum ArchDateResult {
  ARCH_DATE_NOT_A_DATE = 0,     /* the text is not (only) a date */
  ARCH_DATE_FOUND,              /* *pOut holds the range */
  ARCH_DATE_UNDATED             /* an explicit "no date" such as "Date unknown" */
} ArchDateResult;

/* Read z[0..n) (UTF-8, surrounding white space ignored) as one date. The whole text must be
** the date: "October 8, 1963" is a date, "Report of October 8, 1963" is not. Impossible days
** ("February 30, 1963") are not dates. */
ArchDateResult arch_date_parse(const char *z, size_t n, ArchDate *pOut);

/* True when z[0..n) is the beginning of a date line cut short ("Novemb", "November 2",
** "Oct. 8, 19") but not a date itself. */
int arch_date_is_cut_prefix(const char *z, size_t n);

/* Day number of y-m-d (no validation) and back. */
int32_t arch_days_from_civil(int y, int m, int d);
void arch_civil_from_days(int32_t day, int *pY, int *pM, int *pD);

/* Number of days in month m (1..12) of year y. */
int arch_days_in_month(int y, int m);

/* Write day as "YYYY-MM-DD" plus a NUL into buf; returns 10. */
int arch_date_iso(int32_t day, char buf[11]);

#endif
