/*
** dates_units.c: dates written with a word for each unit beside its number, parts of the
** grammar of dates_parts.c (see dates_int.h for the layers): Vietnamese puts the word before
** the number ("ngày 8 tháng 10 năm 1963"), Mongolian after it ("1963 оны 10 сарын 8"). The
** words are rows of ext/data/date_words.tsv (roles day-before, month-before, year-before,
** month-after); they are read with their marks, so "Viet Nam" and "thang" are no date words.
*/
#include "dates_int.h"

#include <string.h>

/* Is token i the word of unit u ('D', 'M', 'Y') written before its number? */
static int unit_before(const Cursor *c, int i, int u){
  return is_role(c, i, ROLE_UNIT_BEFORE) && tok(c, i)->value==u;
}

/* Vietnamese: the unit word before each number, "ngày 8 tháng 10 năm 1963", "8 tháng 10 năm
** 1963", "tháng 10 năm 1963", "tháng 10/1963", "tháng 10-1963", "năm 1963"; "ngày 8/10/1963"
** (the day first). A month needs its year; "ngày" and "tháng" make the numbers day and month
** whatever their order elsewhere. */
int dates_part_unit_before(const Cursor *c, int i, Part *p){
  int i0 = i;
  memset(p, 0, sizeof(*p));
  if( unit_before(c, i, 'Y') ){
    /* "năm 1963" */
    if( !is_plain_num(c, i+1, 4) || tok(c, i+1)->ndigit!=4 || tok(c, i+1)->value<1000 ) return 0;
    p->y = tok(c, i+1)->value;
    return 2;
  }
  if( unit_before(c, i, 'D') && is_day(c, i+1) && tok(c, i+1)->suffix==SUFFIX_NONE
   && (is_punct(c, i+2, '/') || is_punct(c, i+2, '-') || is_punct(c, i+2, '.'))
   && glued(c, i+2) && glued(c, i+3) && is_plain_num(c, i+3, 2)
   && is_punct(c, i+4, tok(c, i+2)->value) && glued(c, i+4) && glued(c, i+5)
   && is_plain_num(c, i+5, 4) && tok(c, i+5)->ndigit==4 && tok(c, i+5)->value>=1000 ){
    /* "ngày 8/10/1963", "ngày 8-10-1963": the day first, as "ngày" says */
    p->d = tok(c, i+1)->value;
    p->m = tok(c, i+3)->value;
    p->y = tok(c, i+5)->value;
    return p->m>=1 && p->m<=12 ? 6 : 0;
  }
  if( unit_before(c, i, 'D') ){
    if( !is_day(c, i+1) || tok(c, i+1)->suffix ) return 0;
    p->d = tok(c, i+1)->value;
    i += 2;
  }else if( is_day(c, i) && tok(c, i)->suffix==SUFFIX_NONE && unit_before(c, i+1, 'M') ){
    p->d = tok(c, i)->value;
    i++;
  }
  if( !unit_before(c, i, 'M') || !is_plain_num(c, i+1, 2) ) return 0;
  p->m = tok(c, i+1)->value;
  if( p->m<1 || p->m>12 ) return 0;
  i += 2;
  if( unit_before(c, i, 'Y') ){
    i++;
  }else if( (is_punct(c, i, '/') || is_punct(c, i, '-')) && glued(c, i) && glued(c, i+1) ){
    i++;                                                     /* "tháng 10/1963" */
  }else if( is_punct(c, i, ',') ){
    i++;
    if( unit_before(c, i, 'Y') ) i++;                        /* "tháng 10, năm 1963" */
  }else{
    return 0;
  }
  if( !is_plain_num(c, i, 4) || tok(c, i)->ndigit!=4 || tok(c, i)->value<1000 ) return 0;
  p->y = tok(c, i)->value;
  return i+1 - i0;
}

/* Mongolian, after the year and its word ("1963 оны"): the month's number, maybe with its
** ordinal "-р", then the word for month, "10 сарын 8", "10-р сарын 8-нд", "10 сар"; the day
** may carry a case ending after a hyphen ("8-нд", "8-ны") and the word for day ("өдөр").
** Returns the tokens read from i, or 0. */
int dates_part_month_after(const Cursor *c, int i, Part *p){
  int i0 = i;
  if( !is_plain_num(c, i, 2) || tok(c, i)->value<1 || tok(c, i)->value>12 ) return 0;
  p->m = tok(c, i)->value;
  i++;
  if( is_punct(c, i, '-') && glued(c, i) && glued(c, i+1) && tok(c, i+1)->type==TOK_WORD
   && tok(c, i+1)->end - tok(c, i+1)->start==2 && memcmp(c->z + tok(c, i+1)->start,
                                                        "\xD1\x80", 2)==0 ){
    i += 2;                                                          /* "10-р" */
  }
  if( !is_role(c, i, ROLE_MONTH_AFTER) ){ p->m = 0; return 0; }
  i++;
  if( is_day(c, i) && tok(c, i)->suffix==SUFFIX_NONE ){
    p->d = tok(c, i)->value;
    i++;
    if( is_punct(c, i, '-') && glued(c, i) && glued(c, i+1) && tok(c, i+1)->type==TOK_WORD
     && tok(c, i+1)->role==ROLE_NONE && (unsigned char)c->z[tok(c, i+1)->start]==0xD0 ){
      i += 2;                                                        /* "8-нд", "8-ны" */
    }
    if( tok(c, i)->type==TOK_WORD && tok(c, i)->end - tok(c, i)->start==8
     && memcmp(c->z + tok(c, i)->start, "\xD3\xA9\xD0\xB4\xD3\xA9\xD1\x80", 8)==0 ){
      i++;                                                           /* "өдөр" */
    }
  }
  return i - i0;
}
