/*
** dates_parts_year.c: parts written year first in the orders of more languages and notations
** (the layer of dates_parts.c, which holds the year-first forms of Hungarian, ISO and CJK):
**
**   a quarter after its year       1962 Q3 · 1962-Q3 · 1962. III. negyedév · 1962. I. félév ·
**                                  a half, 1961 H2 (H1, H2) ·
**                                  1962年第3四半期 · 1962년 3분기 · 1962년 제3분기
**   Lithuanian                     1963 m. spalio 8 d. · 1963 m. spalio mėn. · 1963 m. spalio 8
**                                  (and the "d." after a range of days, 1963 m. spalio 8–12 d.)
**                                  (m. for metai, year; d. for diena, day; mėn. for month);
**                                  on a date line "1963 m." alone
**   Estonian                       1963. a. (aasta, year), a whole date line only
**   Latvian                        1963. gada 8. oktobrī · 1963. gada oktobris · 1963. g. 8.
**                                  oktobrī (gada, of the year; the day with its period)
**   Hungarian, in free text        1963 októberében (the month in its possessive inessive, "in
**                                  the October of 1963", which no other word is; a month in
**                                  another form after a year needs its day in free text: "in
**                                  1958 may well")
**
** and the Hungarian endings of a day after its hyphen ("1963. október 8-án", "8-a", "8-i").
** Each form begins with a year of four digits, so the test of token i costs nothing on other
** tokens.
*/
#include "dates_int.h"

#include <string.h>

/* Token i is the word zWord (ASCII letters compared without regard to case; UTF-8 as
** written). */
static int word_at(const Cursor *c, int i, const char *zWord){
  const Token *t = tok(c, i);
  size_t n = strlen(zWord), k;
  if( t->type!=TOK_WORD || t->end - t->start!=n ) return 0;
  for(k=0; k<n; k++){
    char a = c->z[t->start+k], b = zWord[k];
    if( a>='A' && a<='Z' ) a = (char)(a + 32);
    if( a!=b ) return 0;
  }
  return 1;
}

/* Token i begins with the UTF-8 bytes zHead: a Korean word with its particle ("분기에"). */
static int word_begins(const Cursor *c, int i, const char *zHead){
  const Token *t = tok(c, i);
  size_t n = strlen(zHead);
  return t->type==TOK_WORD && t->end - t->start>=n && memcmp(c->z + t->start, zHead, n)==0;
}

/* A period glued to the token before it, at token i: 1 when there. */
static int glued_period(const Cursor *c, int i){
  return is_punct(c, i, '.') && glued(c, i);
}

/* The Hungarian ending of a day after its hyphen, at token i (the hyphen): "-án", "-én",
** "-ján", "-jén" (on the day), "-a", "-e", "-je" (the day, "október 8-a"), "-i" (of the day);
** the tokens it takes (2), or 0. */
int dates_day_ending(const Cursor *c, int i){
  static const char *const azEnd[] = {
    "\xC3\xA1n", "\xC3\xA9n", "j\xC3\xA1n", "j\xC3\xA9n", "a", "e", "je", "i"
  };
  size_t k;
  if( !is_punct(c, i, '-') || !glued(c, i) || !glued(c, i+1) ) return 0;
  if( tok(c, i)->suffix ) return 0;                               /* an en dash: a range */
  for(k=0; k<sizeof(azEnd)/sizeof(azEnd[0]); k++){
    if( word_at(c, i+1, azEnd[k]) ) return 2;
  }
  return 0;
}

/* A quarter or half after the year at token i, whose tokens end at j: "Q3" (maybe after a
** glued hyphen), Hungarian ". III. negyedév", CJK "年第3四半期", "년 3분기", "년 제3분기".
** The tokens read from i, or 0. */
static int quarter_after_year(const Cursor *c, int i, int j, Part *p){
  int k, ord;
  if( is_punct(c, j, '-') && glued(c, j) && glued(c, j+1) && is_role(c, j+1, ROLE_Q) ) j++;
  if( is_role(c, j, ROLE_Q) && is_plain_num(c, j+1, 1) && glued(c, j+1) ){
    int q = tok(c, j+1)->value;                                     /* "1962 Q3", "1962-Q3" */
    if( q<1 || q>4 || tok(c, j+2)->type==TOK_NUM ) return 0;
    p->code = 32 + q;
    return j+2 - i;
  }
  if( word_at(c, j, "h") && is_plain_num(c, j+1, 1) && glued(c, j+1)
   && (tok(c, j+2)->type==TOK_END || !glued(c, j+2) || is_punct(c, j+2, ',')) ){
    int h = tok(c, j+1)->value;                                     /* "1961 H2" */
    if( h<1 || h>2 || tok(c, j+2)->type==TOK_NUM ) return 0;
    p->code = 39 + h;
    return j+2 - i;
  }
  if( glued_period(c, j) && (k = dates_ordinal_of_year(c, j+1, &ord))>0 ){
    j += 1 + k;                                               /* "1962. III. negyedév" */
    if( is_role(c, j, ROLE_QUARTER) ){
      p->code = 32 + ord;
    }else if( is_role(c, j, ROLE_HALF) && ord<=2 ){
      p->code = 39 + ord;
    }else{
      return 0;
    }
    return j+1 - i;
  }
  if( tok(c, j)->type==TOK_CJK && tok(c, j)->value=='Y' ){
    j++;
    if( word_at(c, j, "\xE7\xAC\xAC") || word_at(c, j, "\xEC\xA0\x9C") ) j++;   /* 第 제 */
    if( !is_plain_num(c, j, 1) || tok(c, j)->value<1 || tok(c, j)->value>4 ) return 0;
    if( word_at(c, j+1, "\xE5\x9B\x9B\xE5\x8D\x8A\xE6\x9C\x9F")              /* 四半期 */
     || word_at(c, j+1, "\xE5\xAD\xA3\xE5\xBA\xA6")                          /* 季度 */
     || word_begins(c, j+1, "\xEB\xB6\x84\xEA\xB8\xB0") ){      /* 분기, 분기에, 분기의 */
      p->code = 32 + tok(c, j)->value;
      return j+2 - i;
    }
  }
  return 0;
}

/* The month and day after a Lithuanian year and its "m.", at token j: "spalio 8 d.", "spalio
** mėn.", "spalio 8". The tokens read from i, or 0. */
static int lithuanian_month(const Cursor *c, int i, int j, Part *p){
  int m = month_word(c, &j);
  if( m==0 ) return 0;
  p->m = m;
  if( is_day(c, j) && tok(c, j)->suffix==SUFFIX_NONE && !is_punct(c, j+1, ':') ){
    p->d = tok(c, j)->value;
    j++;
    if( word_at(c, j, "d") ){                                          /* "8 d." */
      j++;
      if( glued_period(c, j) ) j++;
    }
  }else if( word_at(c, j, "m\xC4\x97n") ){                              /* "mėn." */
    j++;
    if( glued_period(c, j) ) j++;
  }
  return j - i;
}

int dates_lithuanian_day_word(const Cursor *c, int i0, int j){
  if( !is_year4(c, i0) || !word_at(c, i0+1, "m") || !glued_period(c, i0+2)
   || !word_at(c, j, "d") ){
    return 0;
  }
  return glued_period(c, j+1) ? 2 : 1;
}

/* The day and month after a Latvian year and its word ("gada", "g."), at token j: "8.
** oktobrī", "oktobris". The tokens read from i, or 0. */
static int latvian_month(const Cursor *c, int i, int j, Part *p){
  int m;
  if( is_day(c, j) && tok(c, j)->suffix==SUFFIX_NONE && glued_period(c, j+1)
   && is_role(c, j+2, ROLE_MONTH) ){
    p->d = tok(c, j)->value;
    j += 2;
  }
  if( (m = month_word(c, &j))==0 ) return 0;
  p->m = m;
  return j - i;
}

/* A Hungarian month in the possessive inessive at token j ("októberében", "márciusában"): its
** month, or 0. */
static int month_possessive_inessive(const Cursor *c, int j){
  const Token *t = tok(c, j);
  const char *zEnd;
  if( !is_role(c, j, ROLE_MONTH) || t->end - t->start<7 ) return 0;
  zEnd = c->z + t->end - 5;
  return memcmp(zEnd, "\xC3\xA1" "ban", 5)==0 || memcmp(zEnd, "\xC3\xA9" "ben", 5)==0
       ? t->value : 0;
}

int dates_part_year_first_more(const Cursor *c, int i, Part *p){
  int j = i+1, k;
  const Token *t = tok(c, i);
  if( t->type!=TOK_NUM || t->ndigit!=4 || t->nx || t->suffix!=SUFFIX_NONE || t->value<1000 ){
    return 0;
  }
  memset(p, 0, sizeof(*p));
  p->y = t->value;
  if( (k = quarter_after_year(c, i, j, p))>0 ) return k;
  if( word_at(c, j, "m") && glued_period(c, j+1) ){
    /* Lithuanian: the month after "m."; "1963 m." alone only as a whole date line */
    if( (k = lithuanian_month(c, i, j+2, p))>0 ) return k;
    return !c->free_text && tok(c, j+2)->type==TOK_END ? 3 : 0;
  }
  if( !c->free_text && glued_period(c, j) && word_at(c, j+1, "a") && glued_period(c, j+2)
   && tok(c, j+3)->type==TOK_END ){
    return 4;          /* Estonian "1963. a." (aasta, year), a whole date line: "a" is also the
                       ** Hungarian article, "1963. a. ..." in text */
  }
  if( glued_period(c, j) && (is_role(c, j+1, ROLE_YEARWORD)
                             || (word_at(c, j+1, "g") && glued_period(c, j+2))) ){
    /* Latvian: "1963. gada", "1963. g." before a day or month */
    j += is_role(c, j+1, ROLE_YEARWORD) ? 2 : 3;
    if( (k = latvian_month(c, i, j, p))>0 ) return k;
  }
  if( c->free_text && (p->m = month_possessive_inessive(c, i+1))>0 ){
    p->read |= ARCH_READ_YEAR_FIRST;
    return 2;                                                  /* "1963 októberében" */
  }
  p->y = 0;
  return 0;
}
