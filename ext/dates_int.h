/*
** dates_int.h: what the files of the date core share, and nothing else includes. The public
** interface is dates.h.
**
** The date core is cut into layers, one file each, read from the bottom up:
**
**   dates_calendar.c   calendar arithmetic: day numbers, days in a month, ISO bounds
**   dates_fold.c       the fold of a word's second lookup (diacritics stripped)
**   dates_lexer.c      text to tokens: numbers, words with their role (ext/data/ tables),
**                      punctuation, CJK date units
**   dates_parts.c      one point or period as written ("October 8, 1963", "8.X.1963",
**                      "Spring 1957", "1960s"), and the days it means
**   dates_parts_year.c parts written year first in more languages: quarters and halves after
**                      the year, Lithuanian, Latvian, Estonian, Hungarian endings
**   dates_parts_more.c parts written word first that the eighth audit added ("Quarter 3,
**                      1962", "H2 1961", "mùa xuân năm 1968"), before dates_parts_year.c's
**   dates_units.c      parts with a word for each unit: Vietnamese, Mongolian
**   dates_written.c    forms of letters, telegrams and registers: slashed numbers, lists
**                      of days, double years, Old and New Style, date-time groups
**   dates_expr.c       expressions of parts: ranges, sets, open ends, early/mid/late,
**                      qualifiers (circa, ?, ~, [brackets]), a time after a day (dropped)
**   dates.c            whole strings: the fast path, the readers of other notations, the
**                      parse entry (leading prepositions, catalogues' open ends), cut-off
**                      date lines
**   dates_scan.c       dates in free text: the scanner behind dates()
**   dates_edtf.c       EDTF output, and the names of precisions and flags
**
** The token tests below are small and called at every step of the parser, so they are static
** inline here rather than functions of one file.
*/
#ifndef ARCHIVIST_DATES_INT_H
#define ARCHIVIST_DATES_INT_H

#include "dates.h"

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- tokens */

enum { TOK_END = 0, TOK_NUM, TOK_WORD, TOK_PUNCT, TOK_CJK, TOK_OTHER };

/* What a word means in a date. */
enum {
  ROLE_NONE = 0, ROLE_MONTH, ROLE_SEASON, ROLE_WEEKDAY, ROLE_ROMAN, ROLE_APPROX, ROLE_EARLY,
  ROLE_MID, ROLE_LATE, ROLE_FROM, ROLE_TO, ROLE_BETWEEN, ROLE_AND, ROLE_OR, ROLE_BEFORE,
  ROLE_AFTER, ROLE_THE, ROLE_OF, ROLE_ARTICLE, ROLE_HALF, ROLE_QUARTER, ROLE_CENTURY,
  ROLE_YEARWORD, ROLE_ORDINAL, ROLE_NUMBER, ROLE_Q, ROLE_DECADE, ROLE_LABEL, ROLE_CLOCK,
  ROLE_NOT, ROLE_EARLIER, ROLE_LATER, ROLE_THAN,
  ROLE_POST,               /* a word after the date it qualifies; value: ROLE_APPROX, ROLE_BEFORE,
                           ** ROLE_AFTER, ROLE_EARLY, ROLE_MID or ROLE_LATE ("1958 körül",
                           ** "1958 előtt", "1958 elején", "1958年頃") */
  ROLE_YEARS,              /* the years of a decade: "années 1950", "anni '50", "lata 50." */
  ROLE_UNIT_BEFORE,        /* a word for day, month or year before its number, value 'D', 'M'
                           ** or 'Y': Vietnamese "ngày 8 tháng 10 năm 1963" */
  ROLE_MONTH_AFTER         /* a word for month after its number: Mongolian "10 сарын" */
};

/* TOK_NUM suffixes. */
enum { SUFFIX_NONE = 0, SUFFIX_ORDINAL, SUFFIX_S };

typedef ArchDateToken Token;

/* ---------------------------------------------------------------- token tests */

typedef struct Cursor {
  const Token *t;          /* the tokens, ending with a TOK_END */
  int n;
  const char *z;           /* the text the tokens were cut from (Token.start, .end) */
  int free_text;           /* scanning free text (dates()), not reading a whole date line */
} Cursor;

static inline const Token *tok(const Cursor *c, int i){
  static const Token end = { TOK_END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  return i<c->n ? &c->t[i] : &end;
}
static inline int is_punct(const Cursor *c, int i, int ch){
  return tok(c, i)->type==TOK_PUNCT && tok(c, i)->value==ch;
}
static inline int is_role(const Cursor *c, int i, int role){
  return tok(c, i)->type==TOK_WORD && tok(c, i)->role==role;
}
static inline int glued(const Cursor *c, int i){
  return !tok(c, i)->space_before;
}
/* A plain number of 1 to `maxDigits` digits, no X, no suffix. */
static inline int is_plain_num(const Cursor *c, int i, int maxDigits){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->nx==0 && t->suffix==SUFFIX_NONE
      && t->ndigit>=1 && t->ndigit<=maxDigits;
}
/* A day: 1..31, one or two digits, maybe "8th". */
static inline int is_day(const Cursor *c, int i){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->nx==0 && t->suffix!=SUFFIX_S
      && t->ndigit>=1 && t->ndigit<=2 && t->value>=1 && t->value<=31;
}
static inline int is_year4(const Cursor *c, int i){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && t->ndigit+t->nx==4 && t->suffix==SUFFIX_NONE && t->ndigit>=2
      && (t->nx>0 || t->value>=1);
}
/* Skip an optional token; returns 1 when it was there. */
static inline int opt_punct(const Cursor *c, int *pi, int ch){
  if( is_punct(c, *pi, ch) ){ (*pi)++; return 1; }
  return 0;
}
/* A month word, with the period of its abbreviation: "Oct." */
static inline int month_word(const Cursor *c, int *pi){
  if( !is_role(c, *pi, ROLE_MONTH) ) return 0;
  (*pi)++;
  if( is_punct(c, *pi, '.') && glued(c, *pi) ) (*pi)++;
  return tok(c, *pi - 1)->type==TOK_PUNCT ? tok(c, *pi-2)->value : tok(c, *pi-1)->value;
}
/* A word for "year" after a year: "1958 г.", "1958 roku"; after the period of a Serbian or
** Croatian year, "1958. godine". */
static inline void opt_year_word(const Cursor *c, int *pi){
  if( is_punct(c, *pi, '.') && glued(c, *pi) && is_role(c, *pi+1, ROLE_YEARWORD) ) (*pi)++;
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
  unsigned read;           /* ARCH_READ_... */
} Part;


/* ---------------------------------------------------------------- between the layers */

/* dates_calendar.c: write v as n decimal digits (leading zeros) at z. */
void dates_put_digits(char *z, int v, int n);

/* dates_fold.c: z[0..n) folded for the second lookup of a word (case, decomposition, marks
** stripped) into zOut; its length, or -1 when it does not fit in nOut bytes. */
int dates_fold_word(const char *z, size_t n, char *zOut, size_t nOut);

/* build/gen/dates_fold_data.c (ext/data/datefold_gen.c): the month, season and weekday
** tables under their folded keys. */
#include "archivist_data.h"
extern const ArchDataRow arch_data_months_folded[];
extern const unsigned arch_data_months_folded_count;
extern const ArchDataRow arch_data_seasons_folded[];
extern const unsigned arch_data_seasons_folded_count;
extern const ArchDataRow arch_data_weekdays_folded[];
extern const unsigned arch_data_weekdays_folded_count;
extern const ArchDataRow arch_data_date_prepositions_folded[];
extern const unsigned arch_data_date_prepositions_folded_count;
extern const ArchDataRow arch_data_count_nouns_folded[];
extern const unsigned arch_data_count_nouns_folded_count;

/* Tables of ext/data/ that only the date core reads (archivist_data.h declares the shared
** ones). */
extern const ArchDataRow arch_data_date_prepositions[];
extern const unsigned arch_data_date_prepositions_count;
extern const ArchDataRow arch_data_decades[];
extern const unsigned arch_data_decades_count;
extern const ArchDataRow arch_data_number_labels[];
extern const unsigned arch_data_number_labels_count;
extern const ArchDataRow arch_data_count_nouns[];
extern const unsigned arch_data_count_nouns_count;

/* dates_lexer.c */
#define DATE_MAX_TOKENS 40
size_t dates_lex_token(const char *z, size_t n, size_t i, Token *t);
int dates_lex_all(const char *z, size_t n, Token *aTok);

/* dates_parts.c */
int dates_read_year(const Cursor *c, int *pi, Part *p, int allowShort);
int dates_part_period(const Cursor *c, int i, Part *p);
int dates_part_any(const Cursor *c, int i, Part *p, int partial);
int dates_part_roman_piece(const Cursor *c, int i, Part *p);
int dates_part_century_pair(const Cursor *c, int i, Part *a, Part *b);
/* dates_units.c: Vietnamese "ngày 8 tháng 10 năm 1963" (a part at token i), and the Mongolian
** month and day after a year and its word ("10 сарын 8" of "1963 оны 10 сарын 8", into p, which
** holds the year); the tokens read, or 0. */
int dates_part_unit_before(const Cursor *c, int i, Part *p);
int dates_part_month_after(const Cursor *c, int i, Part *p);
/* dates_parts_year.c: the year-first parts of more languages at token i ("1962 Q3", "1962.
** III. negyedév", "1962년 3분기", Lithuanian "1963 m. spalio 8 d.", Latvian "1963. gada 8.
** oktobrī"), and the Hungarian ending of a day at token i, its hyphen ("-án" of "8-án"); the
** tokens read, or 0. */
int dates_part_year_first_more(const Cursor *c, int i, Part *p);
int dates_day_ending(const Cursor *c, int i);
/* dates_parts_year.c: the Lithuanian "d." (diena, day) at token j after the last day of a
** range whose first end, at token i0, begins with a year and its "m." ("1963 m. spalio 8–12
** d."): the tokens it takes, or 0. */
int dates_lithuanian_day_word(const Cursor *c, int i0, int j);
/* dates_parts_more.c: the word-first parts of the eighth audit at token i ("Quarter 3, 1962",
** "H2 1961", "mùa xuân năm 1968"), then those of dates_part_year_first_more(); the tokens read,
** or 0. */
int dates_part_more(const Cursor *c, int i, Part *p);
/* "first", "2-я", "1.", "II" before "half" or "quarter": the tokens read, *pOrd 1..4; or 0. */
int dates_ordinal_of_year(const Cursor *c, int i, int *pOrd);
int dates_date_from_part(ArchDate *pDate, const Part *p);
void dates_point_from_part(ArchDatePoint *pt, const Part *p);
void dates_point_from_day(ArchDatePoint *pt, int32_t day);
void dates_set_interval_days(ArchDate *pDate, int32_t first, int32_t last);
void dates_code_months(int code, int *pFrom, int *pTo);
int dates_code_crosses_year(int code);


/* A dash or a word for "to" between the two ends of a range; a tilde with spaces on both
** sides before a number, as Korean and Japanese write ranges ("1963년 10월 ~ 1964년 1월"; glued
** after a date it is EDTF's "approximate"). */
static inline int is_range_dash(const Cursor *c, int i){
  return is_punct(c, i, '-') || is_role(c, i, ROLE_TO)
      || (is_punct(c, i, '~') && !glued(c, i) && !glued(c, i+1) && tok(c, i+1)->type==TOK_NUM);
}

/* dates_written.c (each: the tokens read at token i, or 0; see the file for the forms):
** slashed numbers, alone and two in a range; the middle days of a list up to its "and"; days
** listed after a date written year first (its part *a, begun at token i0); the double year
** after the slash at token i (the token after it, or 0); one day in two calendars; a
** telegram's date-time group. */
int dates_range_slashed(const Cursor *c, int i, ArchDate *pDate);
int dates_range_slashed_pair(const Cursor *c, int i, ArchDate *pDate);
int dates_listed_days(const Cursor *c, int i, int prevDay);
int dates_year_first_days(const Cursor *c, int i0, int i, const Part *a, ArchDate *pDate);
int dates_dual_year(const Cursor *c, int i, const Part *a, ArchDate *pDate);
int dates_two_calendars(const Cursor *c, int i, ArchDate *pDate);
int dates_time_group(const Cursor *c, int i, ArchDate *pDate, Part *pPart);

/* dates_expr.c: two parts as an interval (or a set, for "or"), completed from each other; 0
** when they make no range. */
int dates_date_from_range(ArchDate *pDate, Part *a, Part *b, ArchDateForm form);

/* dates_expr.c: the longest date expression at token i; its length in tokens, or 0. Then the
** conventions that show in the first k tokens of a date read (ArchDate.read). */
int dates_expr_core(const Cursor *c, int i, ArchDate *pDate);
void dates_note_reading(const Cursor *c, int k, ArchDate *pDate);

/* dates.c: the open end after the date *pDate read in the k tokens before token k, in free
** text: "1945-present", "1945 to present", "1958-ongoing", "1958 to date" (from the date on);
** the tokens it takes (2), with *pDate opened, or 0. */
int dates_open_end_after(const Cursor *c, int k, ArchDate *pDate);

/* dates.c: one date on the whole of z[0..n), without the line forms of dates_line.c. */
ArchDateResult arch_date_parse_piece(const char *z, size_t n, ArchDate *pOut);

/* dates_line.c: a catalogue's line of whole dates ("1963, undated", "1956, 1958-1960"); 1 with
** *pOut set, else 0. arch_date_read_list() reads the list alone. */
int arch_date_read_line(const char *z, size_t n, ArchDate *pOut);
int arch_date_read_list(const char *z, size_t n, ArchDate *pOut);

#endif
