/*
** dates_parts_more.c: parts written word first that the eighth audit added (the layer of
** dates_parts.c, which tries dates_part_more() at every token with its other forms):
**
**   a quarter's word, then its number    Quarter 3, 1962 · Quarter 3 1962 · Quarter 3 of 1962
**   a half as H1 / H2 before its year    H2 1961 (after its year, "1961 H2", in
**                                        dates_parts_year.c with "1961 Q3")
**   a season, then the word for year     mùa xuân năm 1968 (Vietnamese: the season, "năm",
**                                        the year; "mùa xuân 1968" is an ordinary season)
**
** and then the year-first parts of dates_parts_year.c. Each form begins with a word of a
** given role, so on other tokens the test costs one comparison of the token's type.
*/
#include "dates_int.h"

#include <string.h>

/* "Quarter 3, 1962": the quarter's word, its number 1..4 (not glued to the word), an optional
** comma or "of", the year. */
static int quarter_number_first(const Cursor *c, int i, Part *p){
  int j = i+1, q;
  if( !is_plain_num(c, j, 1) || glued(c, j) ) return 0;
  q = tok(c, j)->value;
  if( q<1 || q>4 ) return 0;
  j++;
  if( !opt_punct(c, &j, ',') && is_role(c, j, ROLE_OF) ) j++;
  if( !dates_read_year(c, &j, p, 0) || p->year_x ) return 0;
  p->code = 32 + q;
  return j - i;
}

/* "H2 1961": the letter H (lexed as the clock's "h") glued to 1 or 2, a space, the year. */
static int half_letter_first(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  int j = i+1, h;
  if( t->end - t->start!=1 || !is_plain_num(c, j, 1) || !glued(c, j) ) return 0;
  h = tok(c, j)->value;
  if( h<1 || h>2 || glued(c, j+1) ) return 0;
  j++;
  if( !dates_read_year(c, &j, p, 0) || p->year_x ) return 0;
  p->code = 39 + h;
  return j - i;
}

/* "mùa xuân năm 1968": a season, the Vietnamese word for year before its number, the year. */
static int season_year_word(const Cursor *c, int i, Part *p){
  int j = i+1;
  if( !is_role(c, j, ROLE_UNIT_BEFORE) || tok(c, j)->value!='Y' ) return 0;
  j++;
  if( !is_year4(c, j) || !dates_read_year(c, &j, p, 0) || p->year_x ) return 0;
  p->code = tok(c, i)->value;
  return j - i;
}

int dates_part_more(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  int k = 0;
  if( t->type==TOK_NUM ) return dates_part_year_first_more(c, i, p);
  if( t->type!=TOK_WORD ) return 0;
  memset(p, 0, sizeof(*p));
  switch( t->role ){
    case ROLE_QUARTER: k = quarter_number_first(c, i, p); break;
    case ROLE_CLOCK:   k = half_letter_first(c, i, p); break;
    case ROLE_SEASON:  k = season_year_word(c, i, p); break;
  }
  if( k==0 ) memset(p, 0, sizeof(*p));
  return k;
}
