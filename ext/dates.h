/*
** dates.h: archival dates as ranges of days. Pure C: no SQLite, no allocation.
**
** An archival date is a range of days [first, last] with a precision and qualifiers. "October 8,
** 1963" is one day; "September 1959" is 1959-09-01..1959-09-30; "circa 1956" is 1956 flagged
** approximate; "08/10/1963" is the envelope of its two readings, flagged ambiguous; "before 1960"
** is open at its start. arch_date_parse() reads a whole string as one date expression;
** ArchDateScanner finds every date expression in free text (titles, summaries).
**
**     ArchDate d;
**     if( arch_date_parse("Winter 1956/57", 14, &d)==ARCH_DATE_FOUND ){
**       char zEdtf[ARCH_EDTF_MAX];
**       arch_date_edtf(&d, zEdtf);          // "1957-24"
**       ... d.first, d.last: day numbers ...
**     }
**
** Day numbers count days in the proleptic Gregorian calendar with 0001-01-01 as day 1, so every
** date from year 1 to 9999 is a positive 32-bit number and 0 means "no day". The month names,
** seasons, weekdays and connecting words of every language read are tables in ext/data/.
*/
#ifndef ARCHIVIST_DATES_H
#define ARCHIVIST_DATES_H

#include <stddef.h>
#include <stdint.h>

typedef enum ArchDatePrecision {
  ARCH_DATE_DAY = 1,
  ARCH_DATE_MONTH,
  ARCH_DATE_SEASON,        /* a season, quarter, half or third of a year */
  ARCH_DATE_YEAR,
  ARCH_DATE_DECADE,
  ARCH_DATE_CENTURY,
  ARCH_DATE_RANGE          /* anything else with two ends */
} ArchDatePrecision;

/* Qualifiers (ArchDate.flags). */
#define ARCH_DATE_APPROXIMATE     0x0001  /* "circa 1956", "1956~" */
#define ARCH_DATE_UNCERTAIN       0x0002  /* "1956?" */
#define ARCH_DATE_INFERRED        0x0004  /* "[1956]": supplied by the cataloguer */
#define ARCH_DATE_AMBIGUOUS       0x0008  /* "08/10/1963": two readings */
#define ARCH_DATE_ASSUMED_CENTURY 0x0010  /* "08.10.63", "'60s": 19 is assumed */
#define ARCH_DATE_UNSPECIFIED     0x0020  /* a part is unknown: "00.10.1963", "1963-XX-08" */
#define ARCH_DATE_OPEN_START      0x0040  /* "before 1960", "../1960" */
#define ARCH_DATE_OPEN_END        0x0080  /* "after 1985", "1960/.." */
#define ARCH_DATE_ONE_OF          0x0100  /* "1956 or 1957": one of the days in the range */

/* The conventions a date was read by (ArchDate.read), for date_parse() to explain the forms
** that are not plain dates. */
#define ARCH_READ_SUPPLIED        0x0001  /* "[1958]", "[18--]": brackets of a cataloguer */
#define ARCH_READ_OPEN_RANGE      0x0002  /* "1958-", "-1962", "/1962": a catalogue's open end */
#define ARCH_READ_DECADE_WORD     0x0004  /* "the fifties", "1950's" */
#define ARCH_READ_ORDINAL_DAY     0x0008  /* "the 3rd of March 1958" */
#define ARCH_READ_YEAR_FIRST      0x0010  /* "1958 March 3", "1958. március 17." */
#define ARCH_READ_TIME_DROPPED    0x0020  /* "March 3, 1958, 4:15 p.m.": the time is not kept */
#define ARCH_READ_ZERO_UNKNOWN    0x0040  /* "00.03.1958": a zero is a part not known */
#define ARCH_READ_ROMAN_MONTH     0x0080  /* "3.III.1958", "1958. III. 3." */
#define ARCH_READ_NO_DIACRITICS   0x0100  /* "pazdziernika": a month without its diacritics */
#define ARCH_READ_PREPOSITION     0x0200  /* "in March 1958", "since 1958", "w kwietniu" */
#define ARCH_READ_SEASON_MONTHS   0x0400  /* "Winter 1958/59": EDTF as an interval of months */
#define ARCH_READ_EDTF            0x0800  /* "?1958-03-~03", "[1958,1960..1962]": EDTF as input */
#define ARCH_READ_JUCHE           0x1000  /* "주체47년", "Juche 47": North Korean years */
#define ARCH_READ_ROC             0x2000  /* "民國47年": years of the Republic of China */
#define ARCH_READ_JAPANESE_ERA    0x4000  /* "昭和33年", "Showa 33" */
#define ARCH_READ_DANGI           0x8000  /* "단기 4291년": Korean Dangi years */
#define ARCH_READ_CHINESE_NUMERALS 0x10000 /* "一九五八年三月三日" */
#define ARCH_READ_CJK_UNITS       0x20000 /* "1958年3月3日", "1958년 3월 3일" */
#define ARCH_READ_LAST            ARCH_READ_CJK_UNITS

/* One end of a date as written, enough to print its EDTF form. */
typedef struct ArchDatePoint {
  int16_t year;            /* 0 for an open end (".."), -1 for an unknown one ("/1962") */
  int8_t month;            /* 1..12, or 0 */
  int8_t day;              /* 1..31, or 0 */
  uint8_t code;            /* EDTF sub-year group, 21..41 (seasons, quarters, halves), or 0 */
  uint8_t year_x;          /* trailing year digits unspecified: 1 for "196X", 2 for "18XX" */
  uint8_t month_x;         /* the month is unspecified ("1963-XX-08") */
  uint8_t day_x;           /* the day is unspecified */
} ArchDatePoint;

typedef enum ArchDateForm {
  ARCH_FORM_SINGLE = 0,    /* a */
  ARCH_FORM_INTERVAL,      /* a/b */
  ARCH_FORM_SET            /* [a,b]: one of the two */
} ArchDateForm;

typedef struct ArchDate {
  int32_t first;           /* first day the date can mean (day number) */
  int32_t last;            /* last day, inclusive */
  ArchDatePrecision precision;
  unsigned flags;          /* ARCH_DATE_APPROXIMATE, ... */
  unsigned read;           /* ARCH_READ_SUPPLIED, ...: the conventions it was read by */
  ArchDateForm form;
  ArchDatePoint a, b;      /* b is used by intervals and sets */
} ArchDate;

typedef enum ArchDateResult {
  ARCH_DATE_NOT_A_DATE = 0,     /* the text is not (only) a date */
  ARCH_DATE_FOUND,              /* *pOut holds the range */
  ARCH_DATE_UNDATED             /* an explicit "no date" such as "Date unknown" */
} ArchDateResult;

/* Largest day number (9999-12-31) and the open ends of ranges. */
#define ARCH_DAY_MIN 1
#define ARCH_DAY_MAX 3652059

/* Read z[0..n) (UTF-8; surrounding white space ignored) as one date expression: the whole text
** must be the date. Impossible days ("February 30, 1963"), unknown month names and reversed
** ranges are not dates. */
ArchDateResult arch_date_parse(const char *z, size_t n, ArchDate *pOut);

/* A quick test before arch_date_parse() for a caller that tries many lines (listing()): 0 when
** z[0..n) (trimmed) cannot be a date because it begins with an ASCII word that no date begins
** with ("Cable from ..."), 1 when it may be one. arch_date_parse() reads the whole text as one
** date, and would look up every word of it to find that out. A word that leads a letter's day
** ("dne 8. 10. 1963", "dnia 8.10.1963 r.") may begin one. Not judged here: a letter's place
** before its date ("Berlin, den 8. Oktober 1963", "Praha 8. října 1963"), which the parser
** reads but whose first word is no date's; a caller that wants such headings asks its own
** test of their shape (listing_dateline.c). */
int arch_date_may_begin(const char *z, size_t n);

/* arch_date_may_begin() in its parts, for a caller that meets the same first words again and
** again and keeps their verdicts (listing.c: titles begin with a handful of genres, "Cable",
** "Report"): arch_date_first_word() is the length of the ASCII word at the start of z[0..n)
** (trimmed) that the test reads, or 0 when the line is not judged by its first word (it may be a
** date); arch_date_word_may_begin() the verdict on that word, which depends only on its letters
** folded to lower case; arch_date_undated_line() whether the line is a "no date" phrase
** (undated.tsv). arch_date_may_begin(z, n) is
**     (k = arch_date_first_word(z, n))==0 || arch_date_word_may_begin(z, k)
**                                          || arch_date_undated_line(z, n)  */
size_t arch_date_first_word(const char *z, size_t n);
int arch_date_word_may_begin(const char *z, size_t nWord);
int arch_date_undated_line(const char *z, size_t n);

/* A word in small letters that may join the words of a letter's place ("Frankfurt am Main",
** "Rio de Janeiro", "Ústí nad Labem", "г. Москва"): 1; that leads its day ("Berlin, den 8.
** Oktober", "Paris, le 8 octobre", "dnia", "dne", "dňa", Spanish "a 8 de octubre"): 2; else 0.
** As the date engine reads a place before a date (listing() asks it too). */
int arch_date_place_word(const char *z, size_t n);

/* True when z[0..n) is the beginning of a date line cut short ("Novemb", "November 2",
** "Oct. 8, 19") but not a date itself. */
int arch_date_is_cut_prefix(const char *z, size_t n);

/* The EDTF (Library of Congress Extended Date/Time Format) form of a date: "1963-10-08",
** "196X", "1956~", "1957-21", "1956/1957", "../1959", "[1956,1957]". Writes a NUL-terminated
** string of at most ARCH_EDTF_MAX bytes and returns its length. */
#define ARCH_EDTF_MAX 48
int arch_date_edtf(const ArchDate *pDate, char *zOut);

/* The name of a precision ("day", "month", ... "range") and of each flag bit, for JSON. */
const char *arch_date_precision_name(ArchDatePrecision p);
const char *arch_date_flag_name(unsigned bit);
const char *arch_date_read_name(unsigned bit);

/* ---------------------------------------------------------------- dates in free text */

/* A token of date text. Internal to the date core (dates_int.h); here so that the scanner can
** live on the stack. */
typedef struct ArchDateToken {
  uint8_t type;            /* token type (dates_int.h) */
  uint8_t role;            /* what the word means in a date (dates_int.h) */
  uint8_t space_before;    /* white space separates it from the token before */
  uint8_t ndigit;          /* TOK_NUM: digits; TOK_WORD: folded length */
  int32_t value;           /* number (up to 8 digits), month, season code, ordinal ... */
  uint8_t nx;              /* TOK_NUM: trailing X digits ("196X") */
  uint8_t suffix;          /* TOK_NUM: an ordinal suffix ("8th", "1er") or a glued "s";
                           ** TOK_PUNCT: 1 for a typographic dash (not ISO's hyphen) */
  uint8_t folded;          /* TOK_WORD: named only without its diacritics ("pazdziernika") */
  uint8_t line_only;       /* TOK_WORD: its role holds on a date line, not in free text
                           ** (Dutch "voor 1958" is "before 1958" there, "for 1958" in text) */
  uint8_t roman;           /* TOK_WORD: letters of a Roman numeral ("xix", "XIXe"), which
                           ** may begin a century ("XIX век") */
  uint32_t start, end;     /* byte offsets in the scanned text */
} ArchDateToken;

#define ARCH_DATE_WINDOW 48

typedef struct ArchDateScanner {
  const char *z;           /* the text */
  size_t n;
  size_t lex_off;          /* where the lexer stopped */
  int number_marker;       /* the token before is "No.", "Nr.", "#" (1) or a label such as
                           ** "Resolution", "page" (2): the number after it is no year */
  ArchDateToken prev;      /* the token before iTok (type 0 when none) */
  int glued;               /* 1: the token before is a number or a code in capitals that began
                           ** no date ("555", "A"); 2: and a hyphen or slash is glued to it
                           ** ("555-", "A/"): a number glued after is an identifier's */
  int nTok;                /* tokens in aTok[] */
  int iTok;                /* the next token to try */
  ArchDateToken aTok[ARCH_DATE_WINDOW*2];
} ArchDateScanner;

typedef struct ArchDateMatch {
  size_t start, end;       /* byte offsets of the expression in the text */
  ArchDate date;
} ArchDateMatch;

void arch_date_scanner_init(ArchDateScanner *p, const char *z, size_t n);

/* The next date expression in the text: 1 and *pMatch filled, or 0 at the end. Bare numbers
** are not dates; a year is, between 1000 and 2999 and not after "No." ("Telegram No. 1954");
** "1st" is not a day unless a month follows. */
int arch_date_scan_next(ArchDateScanner *p, ArchDateMatch *pMatch);

/* ---------------------------------------------------------------- calendar arithmetic */

/* Day number of y-m-d (no validation) and back. */
int32_t arch_days_from_civil(int y, int m, int d);
void arch_civil_from_days(int32_t day, int *pY, int *pM, int *pD);

/* Number of days in month m (1..12) of year y. */
int arch_days_in_month(int y, int m);

/* Write day as "YYYY-MM-DD" plus a NUL into buf; returns 10. */
int arch_date_iso(int32_t day, char buf[11]);

/* Write the first (wantLast 0) or last day of a date as "YYYY-MM-DD"; the same as
** arch_date_iso(pDate->first or ->last), without calendar arithmetic for plain dates. */
int arch_date_bound_iso(const ArchDate *pDate, int wantLast, char buf[11]);

#endif
