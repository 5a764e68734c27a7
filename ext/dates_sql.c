/*
** dates_sql.c: the date_* SQL functions.
**
**     SELECT date_start('Winter 1956/57'), date_end('Winter 1956/57');  -- 1956-12-01, 1957-02-28
**     SELECT date_edtf('circa 1956');                                  -- 1956~
**     SELECT date_parse('08/10/1963') ->> '$.flags';                   -- ["ambiguous","one_of"]
**     SELECT * FROM docs WHERE date_overlaps(date_text, '1956-1967');
**
** date_start(x), date_end(x)  first and last day x can mean, YYYY-MM-DD; NULL when x is no date
** date_edtf(x)                x in the Library of Congress Extended Date/Time Format
** date_parse(x)               a JSON object: start, end, edtf, precision, flags, and "read", the
**                             conventions of a form that is not a plain date ("roman_month")
** date_overlaps(x, q)         1 when x and q share a day, else 0
** date_within(x, q)           1 when every day of x lies in q, else 0
** date_years(x)                the years x touches, "1956 1957" (NULL past 100 years)
** date_match(q [, column])     the FTS5 query for those years: "years":(1956 OR 1957)
**
** x and q are any date expression dates.c reads; a number is read as its text (1963 is the year
** 1963). NULL, or text that is not a date, gives NULL. Text that is not UTF-8 is an error. The
** parsed q of date_overlaps() and date_within() is kept (sqlite3_set_auxdata) while q stays the
** same, so a query over many rows parses it once.
*/
#include "archivist_sql.h"
SQLITE_EXTENSION_INIT3

#include "dates.h"
#include "dates_readers.h"

#include <string.h>

/* Read an argument as a date. Returns 1 with *pDate set, 0 when it is NULL or no date (the
** result is left NULL), -1 after reporting an error. */
static int date_arg(sqlite3_context *ctx, sqlite3_value *pArg, ArchDate *pDate){
  const char *z;
  size_t n;
  int rc = sql_text_arg(ctx, pArg, (const char*)sqlite3_user_data(ctx), &z, &n);
  if( rc!=1 ) return rc;
  return arch_date_parse(z, n, pDate)==ARCH_DATE_FOUND;
}

static void date_start_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  (void)argc;
  if( date_arg(ctx, argv[0], &d)==1 ) sql_result_date_bound(ctx, &d, 0);
}

static void date_end_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  (void)argc;
  if( date_arg(ctx, argv[0], &d)==1 ) sql_result_date_bound(ctx, &d, 1);
}

/* date_arg(), and the date's EDTF into zEdtf (ARCH_EDTF_MAX bytes): as a reader of EDTF read
** it where the range cannot say it ("?1958-03-~03", "[1958,1960..1962]"), else from the
** range. */
static int date_arg_edtf(sqlite3_context *ctx, sqlite3_value *pArg, ArchDate *pDate,
                         char *zEdtf){
  ArchDateReading reading;
  const char *z;
  size_t n;
  int rc = sql_text_arg(ctx, pArg, (const char*)sqlite3_user_data(ctx), &z, &n);
  if( rc!=1 ) return rc;
  if( arch_date_parse_reading(z, n, pDate, &reading)!=ARCH_DATE_FOUND ) return 0;
  if( reading.zEdtf[0] ){
    memcpy(zEdtf, reading.zEdtf, sizeof(reading.zEdtf));
  }else{
    arch_date_edtf(pDate, zEdtf);
  }
  return 1;
}

static void date_edtf_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  char zEdtf[ARCH_EDTF_MAX];
  (void)argc;
  if( date_arg_edtf(ctx, argv[0], &d, zEdtf)!=1 ) return;
  sqlite3_result_text(ctx, zEdtf, -1, SQLITE_TRANSIENT);
}

/* The JSON subtype SQLite's json functions give their results, so that json_object() and
** friends embed date_parse() as an object rather than a string. */
#define JSON_SUBTYPE 74

static void date_parse_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  char zStart[11], zEnd[11], zEdtf[ARCH_EDTF_MAX];
  char zFlags[200], zRead[300];
  size_t nFlags = 0, nRead = 0;
  unsigned bit;
  char *zJson;
  (void)argc;
  if( date_arg_edtf(ctx, argv[0], &d, zEdtf)!=1 ) return;
  arch_date_iso(d.first, zStart);
  arch_date_iso(d.last, zEnd);
  zFlags[0] = 0;
  for(bit=1; bit<=ARCH_DATE_ONE_OF; bit<<=1){
    const char *zName = (d.flags & bit) ? arch_date_flag_name(bit) : 0;
    if( zName ){
      sqlite3_snprintf((int)(sizeof(zFlags)-nFlags), zFlags+nFlags, "%s\"%s\"",
                       nFlags ? "," : "", zName);
      nFlags += strlen(zFlags+nFlags);
    }
  }
  zRead[0] = 0;
  for(bit=1; bit<=ARCH_READ_LAST; bit<<=1){
    const char *zName = (d.read & bit) ? arch_date_read_name(bit) : 0;
    if( zName ){
      sqlite3_snprintf((int)(sizeof(zRead)-nRead), zRead+nRead, "%s\"%s\"",
                       nRead ? "," : ",\"read\":[", zName);
      nRead += strlen(zRead+nRead);
    }
  }
  if( nRead ) sqlite3_snprintf((int)(sizeof(zRead)-nRead), zRead+nRead, "]");
  zJson = sqlite3_mprintf(
      "{\"start\":\"%s\",\"end\":\"%s\",\"edtf\":\"%s\",\"precision\":\"%s\",\"flags\":[%s]%s}",
      zStart, zEnd, zEdtf, arch_date_precision_name(d.precision), zFlags, zRead);
  if( zJson==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, zJson, -1, sqlite3_free);
  sqlite3_result_subtype(ctx, JSON_SUBTYPE);
}

/* The second argument of date_overlaps() / date_within(), parsed once per statement while it
** stays the same: 1 with *pDate set, 0 when NULL or no date, -1 after an error. */
static int query_arg(sqlite3_context *ctx, sqlite3_value *pArg, ArchDate *pDate){
  ArchDate *pCached = sqlite3_get_auxdata(ctx, 1);
  int rc;
  if( pCached ){
    *pDate = *pCached;
    return 1;
  }
  rc = date_arg(ctx, pArg, pDate);
  if( rc==1 ){
    pCached = sqlite3_malloc64(sizeof(*pCached));
    if( pCached ){
      *pCached = *pDate;
      sqlite3_set_auxdata(ctx, 1, pCached, sqlite3_free);
    }
  }
  return rc;
}

static void date_compare(sqlite3_context *ctx, sqlite3_value **argv, int within){
  ArchDate x, q;
  if( date_arg(ctx, argv[0], &x)!=1 ) return;
  if( query_arg(ctx, argv[1], &q)!=1 ) return;
  if( within ){
    sqlite3_result_int(ctx, q.first<=x.first && x.last<=q.last);
  }else{
    sqlite3_result_int(ctx, x.first<=q.last && q.first<=x.last);
  }
}

static void date_overlaps_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  date_compare(ctx, argv, 0);
}

static void date_within_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  date_compare(ctx, argv, 1);
}

/* The years a date touches, first to last; 0 when it spans more than DATE_MAX_YEARS (an open
** range such as "before 1960" touches too many to list). */
#define DATE_MAX_YEARS 100
static int date_year_span(const ArchDate *pDate, int *pFirst, int *pLast){
  int m, d;
  arch_civil_from_days(pDate->first, pFirst, &m, &d);
  arch_civil_from_days(pDate->last, pLast, &m, &d);
  return *pLast - *pFirst < DATE_MAX_YEARS;
}

/* date_years(x): "1956 1957", the years x touches, for a full-text column of years. */
static void date_years_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  int y, y1, y2;
  sqlite3_str *pStr;
  (void)argc;
  if( date_arg(ctx, argv[0], &d)!=1 || !date_year_span(&d, &y1, &y2) ) return;
  pStr = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  for(y=y1; y<=y2; y++) sqlite3_str_appendf(pStr, y>y1 ? " %04d" : "%04d", y);
  if( sqlite3_str_errcode(pStr) ){
    sqlite3_free(sqlite3_str_finish(pStr));
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, sqlite3_str_finish(pStr), -1, sqlite3_free);
}

/* date_match(q [, column]): the FTS5 query that finds the documents whose column of years
** (date_years()) touches q's years: "years:(1956 OR 1957)". */
static void date_match_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  ArchDate d;
  int y, y1, y2;
  const char *zColumn = "years";
  sqlite3_str *pStr;
  if( date_arg(ctx, argv[0], &d)!=1 || !date_year_span(&d, &y1, &y2) ) return;
  if( argc>1 ){
    zColumn = (const char*)sqlite3_value_text(argv[1]);
    if( zColumn==0 ) return;
  }
  pStr = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  sqlite3_str_appendf(pStr, "\"%w\":(", zColumn);
  for(y=y1; y<=y2; y++) sqlite3_str_appendf(pStr, y>y1 ? " OR %04d" : "%04d", y);
  sqlite3_str_appendchar(pStr, 1, ')');
  if( sqlite3_str_errcode(pStr) ){
    sqlite3_free(sqlite3_str_finish(pStr));
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, sqlite3_str_finish(pStr), -1, sqlite3_free);
}

int archivist_register_dates(SqlRegistry *pReg){
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
  } aFunc[] = {
    { "date_start",    1, date_start_func },
    { "date_end",      1, date_end_func },
    { "date_edtf",     1, date_edtf_func },
    { "date_parse",    1, date_parse_func },
    { "date_overlaps", 2, date_overlaps_func },
    { "date_within",   2, date_within_func },
    { "date_years",    1, date_years_func },
    { "date_match",    1, date_match_func },
    { "date_match",    2, date_match_func },
  };
  size_t i;
  int rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<sizeof(aFunc)/sizeof(aFunc[0]); i++){
    int flags = ARCHIVIST_PURE_FUNC;
#ifdef SQLITE_RESULT_SUBTYPE
    if( aFunc[i].xFunc==date_parse_func ) flags |= SQLITE_RESULT_SUBTYPE;
#endif
    rc = sql_create_function(pReg, aFunc[i].zName, aFunc[i].nArg, flags,
                             (void*)aFunc[i].zName, aFunc[i].xFunc, 0);
  }
  return rc;
}
