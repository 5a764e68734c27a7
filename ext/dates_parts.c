/*
** dates_parts.c: parts of dates (see dates_int.h for the layers).
**
** A part is one point or period as written: "October 8, 1963", "8.X.1963", "1963-10",
** "Spring 1957", "third quarter of 1957", "1960s", "19th century", "1958. március 17.",
** "1963年10月8日", or, inside a range, a piece such as "October 8" or "10, 1963". Each form is a
** function; dates_part_any() takes the longest. The second half turns a complete part into the
** days it means, and into the EDTF point it prints as.
*/
#include "dates_int.h"
#include "text.h"

#include <string.h>

/* A year: four digits (or X), or, when short years are allowed, two. */
int dates_read_year(const Cursor *c, int *pi, Part *p, int allowShort){
  const Token *t = tok(c, *pi);
  if( is_year4(c, *pi) ){
    int scale = t->nx==1 ? 10 : t->nx==2 ? 100 : t->nx==3 ? 1000 : 1;
    p->y = t->value * scale;
    p->year_x = t->nx;
    if( p->y==0 ) return 0;
    (*pi)++;
    return 1;
  }
  if( allowShort && is_plain_num(c, *pi, 2) && t->ndigit==2 ){
    p->y = 1900 + t->value;
    p->short_year = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    (*pi)++;
    return 1;
  }
  return 0;
}

/* A part written as zero is unknown, as East European registries write it ("00.03.1958",
** "1958-03-00"): the part is left out, so the date is the month or the year, and flagged. */
static void mark_zero(Part *p){
  p->flags |= ARCH_DATE_UNSPECIFIED;
  p->read |= ARCH_READ_ZERO_UNKNOWN;
}

/* ISO and EDTF numbers: 1963-10-08, 1963-10, 1963-XX-08, 1963-10-00, 1957-21, 19631008,
** 1963.10.08, 1963/10/08, and 196X / 19XX as years. */
static int part_iso(const Cursor *c, int i, Part *p){
  int i0 = i, sep;
  const Token *t = tok(c, i);
  memset(p, 0, sizeof(*p));
  if( !is_year4(c, i) ) return 0;
  dates_read_year(c, &i, p, 0);
  sep = tok(c, i)->value;
  if( tok(c, i)->type!=TOK_PUNCT || (sep!='-' && sep!='.' && sep!='/') || !glued(c, i)
   || tok(c, i)->suffix ){
    return i - i0;                   /* "1910–11" with an en dash is a range of years */
  }
  t = tok(c, i+1);
  if( (sep=='-' || sep=='/') && !p->year_x && is_plain_num(c, i+1, 2) && glued(c, i+1)
   && (t->ndigit==1 || tok(c, i+3)->ndigit==1) && is_punct(c, i+2, sep) && glued(c, i+2)
   && is_plain_num(c, i+3, 2) && glued(c, i+3) ){
    /* "1958-3-12", "1958/3/12", "1958-03-5": a digit may stand for the month or the day, when
    ** all three are written */
    if( t->value<1 || t->value>12 || tok(c, i+3)->value<1 ) return 0;
    if( is_punct(c, i+4, sep) && glued(c, i+4) ) return 0;
    p->m = t->value;
    p->d = tok(c, i+3)->value;
    return i+4 - i0;
  }
  if( t->type!=TOK_NUM || t->suffix!=SUFFIX_NONE || t->ndigit+t->nx!=2 || !glued(c, i+1) ){
    return i - i0;
  }
  if( p->year_x ) return i - i0;
  if( t->nx==2 ){
    p->month_x = 1;
  }else if( t->value==0 ){
    mark_zero(p);                     /* "1963-00-00": the month is not known */
  }else if( t->value>=21 && t->value<=41 && sep=='-' && !is_punct(c, i+2, '-') ){
    p->code = t->value;
    return i+2 - i0;
  }else if( t->value>=1 && t->value<=12 ){
    p->m = t->value;
  }else{
    return i - i0;            /* "1961-62": a range, read elsewhere */
  }
  /* "1963/10" and "1963.10" are not months: only "-" may stop after the month. */
  if( !(is_punct(c, i+2, sep) && glued(c, i+2)) ){
    if( sep!='-' || p->month_x || p->m==0 ) return i - i0;
    return i+2 - i0;
  }
  t = tok(c, i+3);
  if( t->type!=TOK_NUM || t->suffix!=SUFFIX_NONE || t->ndigit+t->nx!=2 || !glued(c, i+3) ){
    return 0;
  }
  if( t->nx==2 ){
    p->day_x = 1;
    if( p->month_x ) return 0;
  }else if( t->value==0 ){
    if( p->month_x ) return 0;        /* "1963-XX-00": X and zero mixed, no form */
    mark_zero(p);                     /* "1963-10-00": the day is not known */
  }else{
    if( p->m==0 && !p->month_x ) return 0;   /* "1963-00-08": no such date */
    p->d = t->value;
  }
  return i+4 - i0;
}

static int part_compact(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  memset(p, 0, sizeof(*p));
  if( t->type!=TOK_NUM || t->ndigit!=8 || t->nx || t->suffix ) return 0;
  p->y = t->value/10000;
  p->m = t->value/100%100;
  p->d = t->value%100;
  if( p->m<1 || p->m>12 || p->d<1 ) return 0;
  return 1;
}

/* Day-month-year with numbers: 8.10.1963, 08.10.63, 00.10.1963, and Roman months: 8.X.1963,
** 8 X 1963, 8-X-63, and glued with slashes 8/X/1963, which a Roman month makes one reading.
** (Slashes with numbers, which have two readings, are read by range_slashed().) */
static int part_dmy(const Cursor *c, int i, Part *p){
  int i0 = i, roman, sep = 0;
  memset(p, 0, sizeof(*p));
  if( !(is_plain_num(c, i, 2)) ) return 0;
  p->d = tok(c, i)->value;
  i++;
  if( is_punct(c, i, '.') || is_punct(c, i, '-') ){
    sep = tok(c, i)->value;
    i++;
  }else if( is_punct(c, i, '/') && glued(c, i) && glued(c, i+1) && is_role(c, i+1, ROLE_ROMAN)
         && is_punct(c, i+2, '/') && glued(c, i+2) && glued(c, i+3) ){
    sep = '/';                                   /* "8/X/1963" */
    i++;
  }
  roman = is_role(c, i, ROLE_ROMAN);
  if( roman ){
    p->m = tok(c, i)->value;
  }else if( sep=='.' && is_plain_num(c, i, 2) ){
    p->m = tok(c, i)->value;
  }else{
    return 0;
  }
  i++;
  if( sep ){
    if( !is_punct(c, i, sep) ) return 0;
    i++;
  }else if( is_punct(c, i, '.') ){
    return 0;
  }
  if( !dates_read_year(c, &i, p, 1) || p->year_x ) return 0;
  if( p->m>12 ) return 0;
  if( p->m==0 && p->d!=0 ) return 0;          /* "08.00.1963": a day of no month */
  if( p->d==0 ) mark_zero(p);                 /* "00.10.1963", "00.00.1963" */
  if( roman ) p->read |= ARCH_READ_ROMAN_MONTH;
  return i - i0;
}

/* A month and year in numbers on a date line: "10/1958", "10.1958", "3.1958" (registries and
** German, Czech and Polish catalogues). Not in free text, where "58/1963" and "10.1958" are as
** often numbers of documents; nor with the year first ("1958/10" and "1958.10" are numbers of
** files and accessions). */
static int part_month_year(const Cursor *c, int i, Part *p){
  int sep;
  memset(p, 0, sizeof(*p));
  if( c->free_text || !is_plain_num(c, i, 2) ) return 0;
  sep = tok(c, i+1)->value;
  if( tok(c, i+1)->type!=TOK_PUNCT || (sep!='/' && sep!='.') || !glued(c, i+1) ) return 0;
  if( !glued(c, i+2) || !is_plain_num(c, i+2, 4) || tok(c, i+2)->ndigit!=4 ) return 0;
  if( tok(c, i)->value<1 || tok(c, i)->value>12 ) return 0;
  if( is_punct(c, i+3, sep) || (is_punct(c, i+3, '.') && glued(c, i+3)
                                && tok(c, i+4)->type==TOK_NUM) ){
    return 0;                                /* "10.1958.3": a number of something */
  }
  p->m = tok(c, i)->value;
  p->y = tok(c, i+2)->value;
  return 3;
}

/* The month (and day) after a year, at token i: ". március 17.", ".III.3", ". III. 3.",
** " March 3". Without the Hungarian period after the year, the month is a word, and in free
** text a day must follow ("in 1958 may well" is no date). Returns the tokens read, or 0. */
static int year_first_month(const Cursor *c, int i, Part *p){
  int i0 = i, dot = is_punct(c, i, '.') && glued(c, i), roman, m;
  i += dot;
  roman = is_role(c, i, ROLE_ROMAN);
  if( dot && is_plain_num(c, i, 2) && is_punct(c, i+1, '.') && glued(c, i+1)
   && tok(c, i)->value>=1 && tok(c, i)->value<=12
   && (!c->free_text || (is_day(c, i+2) && is_punct(c, i+3, '.') && glued(c, i+3))) ){
    /* Hungarian and Korean numbers with spaces: "1958. 03. 03."; in free text with the
    ** day's period too ("reported on 1963. 10. 8. from") */
    p->m = tok(c, i)->value;
    i += 2;
    if( is_day(c, i) && tok(c, i)->suffix==SUFFIX_NONE ){
      p->d = tok(c, i)->value;
      i++;
      if( is_punct(c, i, '.') && glued(c, i) ) i++;
    }
    return i - i0;
  }
  if( roman ){
    if( !dot && c->free_text ) return 0;
    m = tok(c, i)->value;
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;
    p->read |= ARCH_READ_ROMAN_MONTH;
  }else if( (m = month_word(c, &i))==0 ){
    return 0;
  }
  p->m = m;
  if( is_day(c, i) && (tok(c, i)->suffix==SUFFIX_NONE || !dot) && !is_punct(c, i+1, ':') ){
    p->d = tok(c, i)->value;
    i++;
    if( is_punct(c, i, '.') && glued(c, i) ) i++; else i += dates_day_ending(c, i);  /* 8-án */
  }else if( c->free_text && (!dot || roman) ){
    return 0;                         /* "in 1958 may well", "in 1958. II. Results" */
  }
  if( !dot ) p->read |= ARCH_READ_YEAR_FIRST;
  return i - i0;
}

/* A Roman month before a year: "III.1958", "III. 1958", and on a date line "III 1958" and
** "III/1958". In free text the month, its period and the year are written together ("Part
** II. 1958" is no date), and a slash is an identifier's ("Annex X/1963"). */
static int part_roman_month(const Cursor *c, int i, Part *p){
  int i0 = i, dot;
  memset(p, 0, sizeof(*p));
  if( !is_role(c, i, ROLE_ROMAN) ) return 0;
  p->m = tok(c, i)->value;
  i++;
  dot = is_punct(c, i, '.') && glued(c, i);
  if( !c->free_text && is_punct(c, i, '/') && glued(c, i) && glued(c, i+1) ) dot = 1;
  if( c->free_text && !(dot && glued(c, i+1)) ) return 0;
  i += dot;
  if( !dates_read_year(c, &i, p, 0) || p->year_x ) return 0;
  p->read |= ARCH_READ_ROMAN_MONTH;
  return i - i0;
}

/* The first piece of a range of Roman months, its year given by the second: "3.III" of
** "3.III-5.IV.1958", "III" of "III-IV.1958"; and of numbered days and months, "12.3." of
** "12.3.-15.4.1958". */
int dates_part_roman_piece(const Cursor *c, int i, Part *p){
  int i0 = i;
  memset(p, 0, sizeof(*p));
  if( is_day(c, i) && tok(c, i)->suffix==SUFFIX_NONE && is_punct(c, i+1, '.')
   && is_role(c, i+2, ROLE_ROMAN) ){
    p->d = tok(c, i)->value;
    i += 2;
  }
  if( is_day(c, i) && tok(c, i)->suffix==SUFFIX_NONE && is_punct(c, i+1, '.')
   && glued(c, i+1) && is_plain_num(c, i+2, 2) && glued(c, i+2) && tok(c, i+2)->value>=1
   && tok(c, i+2)->value<=12 && is_punct(c, i+3, '.') && glued(c, i+3)
   && is_punct(c, i+4, '-') ){
    p->d = tok(c, i)->value;                    /* "12.3." of "12.3.-15.4.1958" */
    p->m = tok(c, i+2)->value;
    return 4;
  }
  if( !is_role(c, i, ROLE_ROMAN) ) return 0;
  p->m = tok(c, i)->value;
  i++;
  if( is_punct(c, i, '.') && glued(c, i) ) i++;
  if( !is_punct(c, i, '-') ) return 0;
  p->read |= ARCH_READ_ROMAN_MONTH;
  return i - i0;
}

/* The month and day of a CJK date from token j ("10月8日"), into p: the day only after a month
** unless dayAlone ("15日" ends a range). Returns the token after them. */
static int cjk_month_day(const Cursor *c, int j, Part *p, int dayAlone){
  if( is_plain_num(c, j, 2) && tok(c, j+1)->type==TOK_CJK && tok(c, j+1)->value=='M' ){
    p->m = tok(c, j)->value;
    j += 2;
  }else if( !dayAlone ){
    return j;
  }
  if( is_plain_num(c, j, 2) && tok(c, j+1)->type==TOK_CJK && tok(c, j+1)->value=='D' ){
    p->d = tok(c, j)->value;
    j += 2;
  }
  return j;
}

/* Dates with month names, in the orders the languages use:
**   [weekday,] October 8[th], 1963       [weekday,] 8[th] [of] October[,] 1963
**   17. März 1958     le 1er mai 1958     8-Oct-1963     8 OCT 63     1958. március 17.
**   October 1963      1963年10月8日       1963년 10월 8일
** With `partial`, also the pieces of a range: October 8, 8 October, 10[,] 1963, October, 8. */
static int part_named(const Cursor *c, int i, Part *p, int partial){
  int i0 = i, j, k, m;
  memset(p, 0, sizeof(*p));
  if( is_role(c, i, ROLE_WEEKDAY) ){
    i++;
    opt_punct(c, &i, '.');
    opt_punct(c, &i, ',');
  }
  if( is_role(c, i, ROLE_ARTICLE) || is_role(c, i, ROLE_THE) ) i++;

  /* Year first: Hungarian "1958. március 17." and "1958. III. 3.", "1958.III.3", the
  ** "1958 March 3" of some catalogues, and CJK "1963年10月8日". */
  if( is_year4(c, i) && tok(c, i)->nx==0 ){
    j = i;
    dates_read_year(c, &j, p, 0);
    if( (k = year_first_month(c, j, p))>0 ) return j + k - i0;
    {
      int jy = j;
      opt_year_word(c, &jy);                                /* "1963 оны 10 сарын 8" */
      if( jy>j && (k = dates_part_month_after(c, jy, p))>0 ) return jy + k - i0;
    }
    if( !c->free_text && is_punct(c, j, ',') && is_role(c, j+1, ROLE_MONTH)
     && (k = year_first_month(c, j+1, p))>0 ){
      return j+1 + k - i0;                  /* "1956, Oct. 19" on a date line */
    }
    memset(p, 0, sizeof(*p));
    j = i;
    dates_read_year(c, &j, p, 0);
    if( !c->free_text && is_punct(c, j, '-') && glued(c, j) && glued(c, j+1)
     && tok(c, j)->suffix==0 && is_role(c, j+1, ROLE_MONTH) ){
      /* on a date line, "1963-Oct-08" (ISO's order with the month's abbreviation) */
      k = j+1;
      p->m = month_word(c, &k);
      if( is_punct(c, k, '-') && glued(c, k) && glued(c, k+1) && is_day(c, k+1)
       && tok(c, k+1)->suffix==SUFFIX_NONE && tok(c, k+2)->type!=TOK_NUM ){
        p->d = tok(c, k+1)->value;
        return k+2 - i0;
      }
      memset(p, 0, sizeof(*p));
      j = i;
      dates_read_year(c, &j, p, 0);
    }
    if( tok(c, j)->type==TOK_CJK && tok(c, j)->value=='Y' ){
      j = cjk_month_day(c, j+1, p, 0);
      if( partial && p->d==0 && is_plain_num(c, j, 2) && is_punct(c, j+1, '-')
       && is_plain_num(c, j+2, 2) && tok(c, j+3)->type==TOK_CJK
       && tok(c, j+3)->value==(p->m ? 'D' : 'M') ){
        /* the first end of a range whose unit comes after the second: "1963年10-12月",
        ** "1963年10月8-10日", "1963년 10-12월" */
        if( p->m ) p->d = tok(c, j)->value; else p->m = tok(c, j)->value;
        if( p->m>12 || p->d>31 ) return 0;
        return j+1 - i0;
      }
      return j - i0;
    }
    memset(p, 0, sizeof(*p));
  }

  /* Month first. */
  if( (m = month_word(c, &i))!=0 ){
    p->m = m;
    j = i;
    if( is_role(c, j, ROLE_THE) && is_day(c, j+1) ) j++;       /* "March the 3rd, 1958" */
    if( is_day(c, j) && !is_year4(c, j) ){
      p->d = tok(c, j)->value;
      j++;
      if( is_punct(c, j, ',') ) j++;
      if( dates_read_year(c, &j, p, 0) ) return j - i0;
      if( partial ){ return (is_punct(c, j-1, ',') ? j-1 : j) - i0; }
      p->d = 0;
    }
    j = i;
    if( !c->free_text && (is_punct(c, j, '-') || is_punct(c, j, '\''))
     && (glued(c, j) || is_punct(c, j, '\'')) && glued(c, j+1) && tok(c, j)->suffix==0
     && (is_year4(c, j+1) || is_plain_num(c, j+1, 2))
     && (tok(c, j)->value=='-' || tok(c, j+1)->ndigit==2) ){
      /* on a date line, "Oct-1963" and "Oct-63" (a spreadsheet's month and year), "Oct '63";
      ** "Oct-08-1963" is month, day and year, and "Oct-08" before another glued number no
      ** month and year */
      if( tok(c, j)->value=='-' && is_day(c, j+1) && tok(c, j+1)->suffix==SUFFIX_NONE
       && is_punct(c, j+2, '-') && glued(c, j+2) && glued(c, j+3) ){
        k = j+3;
        p->d = tok(c, j+1)->value;
        if( dates_read_year(c, &k, p, 1) && !p->year_x ) return k - i0;
        return 0;
      }
      j++;
      if( dates_read_year(c, &j, p, 1) ){
        if( (is_punct(c, j, '-') || is_punct(c, j, '/')) && glued(c, j) && glued(c, j+1)
         && tok(c, j+1)->type==TOK_NUM ){
          return 0;
        }
        return j - i0;
      }
      return 0;
    }
    if( is_punct(c, j, ',') ) j++;
    if( is_role(c, j, ROLE_OF) && is_year4(c, j+1) ) j++;      /* "marzo de 1958" */
    if( dates_read_year(c, &j, p, 0) ) return j - i0;
    return partial ? i - i0 : 0;
  }

  /* Day first. */
  if( is_day(c, i) ){
    p->d = tok(c, i)->value;
    j = i+1;
    if( is_punct(c, j, '.') && glued(c, j) ) j++;              /* German "17. März" */
    if( is_role(c, j, ROLE_OF) ) j++;                          /* "8th of October" */
    if( is_punct(c, j, '-') && is_role(c, j+1, ROLE_MONTH) ){  /* "8-Oct-1963" */
      k = j+1;
      p->m = month_word(c, &k);
      if( is_punct(c, k, '-') ){
        k++;
        if( dates_read_year(c, &k, p, 1) ) return k - i0;
      }
      memset(p, 0, sizeof(*p));
      p->d = tok(c, i)->value;
    }
    if( (m = month_word(c, &j))!=0 ){
      p->m = m;
      if( is_punct(c, j, ',') && is_year4(c, j+1) ) j++;
      if( is_role(c, j, ROLE_OF) && is_year4(c, j+1) ) j++;    /* "17 de marzo de 1958" */
      if( dates_read_year(c, &j, p, 1) ) return j - i0;
      return partial ? j - i0 : 0;
    }
    if( partial && tok(c, i)->suffix==SUFFIX_ORDINAL
     && (is_punct(c, i+1, '-') || is_role(c, i+1, ROLE_TO)) ){
      return 1;                /* "8th" of "8th-10th October 1963", "1er" of "du 1er au 3 mars" */
    }
    if( partial && tok(c, i)->suffix==SUFFIX_NONE ){
      /* "10, 1963" (the end of "October 8-10, 1963") or a bare day */
      j = i+1;
      if( is_punct(c, j, ',') && dates_read_year(c, (j++, &j), p, 0) ) return j - i0;
      p->y = 0;
      if( is_punct(c, i+1, '.') && glued(c, i+1)
       && (is_punct(c, i+2, '-') || is_role(c, i+2, ROLE_TO)) ){
        return i+2 - i0;                 /* "23." of "23.-25. März 1958", "3. bis 5. März" */
      }
      return i+1 - i0;
    }
    return 0;
  }
  return 0;
}

/* The bytes of token i are, without regard to ASCII case, one of the NUL-separated words of
** azWord (ended by an empty word). */
static int token_text_in(const Cursor *c, int i, const char *azWord){
  const Token *t = tok(c, i);
  size_t n = t->end - t->start;
  for(; *azWord; azWord += strlen(azWord)+1){
    if( strlen(azWord)==n && text_ieq(c->z + t->start, n, azWord, n) ) return 1;
  }
  return 0;
}

/* The ordinal of a half or quarter at token i: "third", "3rd", "1er", German "1.", Roman "II"
** and "II."; its tokens, with *pOrd 1..4, or 0. */
static int ordinal_of_year(const Cursor *c, int i, int *pOrd){
  const Token *t = tok(c, i);
  int k = 1;
  if( is_role(c, i, ROLE_ORDINAL) ){
    *pOrd = t->value;
    return 1;
  }
  if( t->type==TOK_NUM && t->suffix==SUFFIX_ORDINAL && t->ndigit==1 ){
    *pOrd = t->value;
  }else if( is_plain_num(c, i, 1) && is_punct(c, i+1, '.') && glued(c, i+1) ){
    *pOrd = t->value;                                   /* "1. Quartal 1958" */
    k = 2;
  }else if( is_plain_num(c, i, 1) && is_punct(c, i+1, '-') && glued(c, i+1) && glued(c, i+2)
         && token_text_in(c, i+2, "\xD1\x8F\0\xD0\xB9\0\xD0\xB0\xD1\x8F\0\xD0\xB8\xD0\xB9\0"
                                  "\xD0\xBE\xD0\xB9\0\xD0\xB3\xD0\xBE\0") ){
    *pOrd = t->value;               /* Russian "2-я половина", "1-й квартал", "во 2-ой половине" */
    k = 3;
  }else if( is_role(c, i, ROLE_ROMAN) ){
    *pOrd = t->value;                                   /* "I квартал 1958 г." */
    if( is_punct(c, i+1, '.') && glued(c, i+1) ) k = 2;
  }else{
    return 0;
  }
  return *pOrd>=1 && *pOrd<=4 ? k : 0;
}

int dates_ordinal_of_year(const Cursor *c, int i, int *pOrd){
  return ordinal_of_year(c, i, pOrd);
}

/* Seasons, quarters and halves: Spring 1957, Winter 1956/57, Q3 1957, third quarter of 1957,
** first half of 1957, 2nd quarter 1957, 1. Quartal 1958, I квартал 1958 г.; on a date line
** also 1958 Spring. */
static int part_season(const Cursor *c, int i, Part *p){
  int i0 = i, k, ord;
  memset(p, 0, sizeof(*p));
  if( is_role(c, i, ROLE_THE) && is_role(c, i+1, ROLE_SEASON) ) i++;   /* "the winter of" */
  if( is_role(c, i, ROLE_SEASON) ){
    p->code = tok(c, i)->value;
    i++;
    opt_punct(c, &i, ',');
    if( is_role(c, i, ROLE_OF) && is_year4(c, i+1) ) i++;         /* "spring of 1958" */
    if( !dates_read_year(c, &i, p, 0) || p->year_x ) return 0;
    if( p->code==24 && (is_punct(c, i, '/') || is_punct(c, i, '-')) && glued(c, i)
     && is_plain_num(c, i+1, 4) ){
      /* "Winter 1956/57", "Winter 1956-57": the winter that ends in 1957 */
      const Token *t = tok(c, i+1);
      int y2 = t->ndigit==2 ? p->y/100*100 + t->value : t->value;
      if( t->ndigit!=2 && t->ndigit!=4 ) return 0;
      if( y2!=p->y+1 ) return 0;
      p->y = y2;
      return i+2 - i0;
    }
    /* "Winter 1957" on its own is, like every season, of the year of its last month:
    ** December 1956 to February 1957 */
    return i - i0;
  }
  if( is_year4(c, i) && tok(c, i)->nx==0 && tok(c, i+1)->type==TOK_CJK
   && tok(c, i+1)->value=='Y' && is_role(c, i+2, ROLE_SEASON) ){
    p->y = tok(c, i)->value;                  /* "1958年秋", "1958년 가을" */
    p->code = tok(c, i+2)->value;
    return 3;
  }
  if( !c->free_text && is_year4(c, i) ){
    /* "1958 Spring", "1958, Spring" on a date line (in free text "in 1958 spring came" is
    ** the year) */
    int j = i;
    if( !dates_read_year(c, &j, p, 0) || p->year_x ) return 0;
    opt_punct(c, &j, ',');
    if( !is_role(c, j, ROLE_SEASON) ) return 0;
    p->code = tok(c, j)->value;
    return j+1 - i0;
  }
  if( is_role(c, i, ROLE_Q) && is_plain_num(c, i+1, 1) && glued(c, i+1) ){
    int q = tok(c, i+1)->value;
    if( q<1 || q>4 ) return 0;
    p->code = 32 + q;
    i += 2;
    if( !opt_punct(c, &i, '/') && is_role(c, i, ROLE_OF) ) i++;          /* "Q3 of 1962" */
    if( !dates_read_year(c, &i, p, 0) || p->year_x ) return 0;
    return i - i0;
  }
  if( !c->free_text && is_role(c, i, ROLE_THE) && (k = ordinal_of_year(c, i+1, &ord))>0
   && (is_role(c, i+1+k, ROLE_HALF) || is_role(c, i+1+k, ROLE_QUARTER)) ){
    i++;                      /* "the first half of 1958" on a date line (in free text the
                              ** match starts at "first", as it did) */
  }
  if( (k = ordinal_of_year(c, i, &ord))>0
   && (is_role(c, i+k, ROLE_HALF) || is_role(c, i+k, ROLE_QUARTER)) ){
    if( is_role(c, i+k, ROLE_HALF) ){
      if( ord>2 ) return 0;
      p->code = 39 + ord;
    }else{
      p->code = 32 + ord;
    }
    i += k+1;
    if( is_punct(c, i, '.') && glued(c, i) ) i++;            /* "III кв. 1962 г." */
    if( is_role(c, i, ROLE_OF) || is_punct(c, i, ',') ) i++;  /* "4th quarter, 1963" */
    if( !dates_read_year(c, &i, p, 0) || p->year_x ) return 0;
    return i - i0;
  }
  return 0;
}

/* Decades and centuries: 1960s, '60s, 19th century, 19. Jahrhundert; and 196X-style years. */
/* A decade word ("fifties") stands after "the", maybe with early / mid / late between: "the
** fifties", "the mid-fifties". On a date line it may stand alone. */
static int decade_word_placed(const Cursor *c, int i){
  int j = i-1;
  if( !c->free_text ) return 1;
  if( j>=0 && is_punct(c, j, '-') ) j--;
  if( j>=0 && tok(c, j)->type==TOK_WORD && (tok(c, j)->role==ROLE_EARLY
                                            || tok(c, j)->role==ROLE_MID
                                            || tok(c, j)->role==ROLE_LATE) ) j--;
  return j>=0 && is_role(c, j, ROLE_THE);
}

/* "1950er", "50er": a German decade, before "Jahre". */
static int is_decade_er(const Cursor *c, int i){
  const Token *t = tok(c, i);
  return t->type==TOK_NUM && (t->ndigit==4 || t->ndigit==2) && t->nx==0
      && t->suffix==SUFFIX_ORDINAL && t->end - t->start==(uint32_t)t->ndigit+2
      && text_ieq(c->z + t->end - 2, 2, "er", 2);
}

/* The suffixes of a decade after a hyphen, alone or with the word they need after them:
** Russian "1950-е", "1950-х", "1950-ые", "1950-ых"; Swedish "1950-talet", Norwegian
** "1950-tallet" (with 00, "1800-talet", the century); Hungarian "1950-es évek", "1960-as
** években"; Bulgarian "1950-те години". 1 when token i (after the hyphen) is one, with *pWords
** the tokens of the word after it (0 or 1). */
static int decade_suffix(const Cursor *c, int i, int *pWords){
  *pWords = 0;
  if( token_text_in(c, i, "\xD0\xB5\0\xD1\x85\0\xD1\x8B\xD0\xB5\0\xD1\x8B\xD1\x85\0"
                          "talet\0tallet\0") ){
    return 1;
  }
  if( token_text_in(c, i, "es\0as\0") && tok(c, i+1)->type==TOK_WORD
   && tok(c, i+1)->end - tok(c, i+1)->start>=4
   && memcmp(c->z + tok(c, i+1)->start, "\xC3\xA9v", 3)==0 ){
    *pWords = 1;                                         /* "évek", "években", "évekből" */
    return 1;
  }
  if( token_text_in(c, i, "\xD1\x82\xD0\xB5\0") && is_role(c, i+1, ROLE_YEARWORD) ){
    *pWords = 1;                                         /* "-те години" */
    return 1;
  }
  return 0;
}

/* A word for "century" at token i; a word of one letter only as the abbreviation it is, with
** its period: Russian "XX в.", Polish "XIX w." ("w" and "в" are also "in"); never the first
** half of a compound ("century-old"). */
static int century_word(const Cursor *c, int i){
  const Token *t = tok(c, i);
  if( !is_role(c, i, ROLE_CENTURY) ) return 0;
  if( is_punct(c, i+1, '-') && glued(c, i+1) && tok(c, i+2)->type==TOK_WORD ){
    return 0;                                 /* "century-old", "XII century-style" */
  }
  return t->ndigit>2 || (t->ndigit==2 && (unsigned char)c->z[t->start]<0x80)
      || (is_punct(c, i+1, '.') && glued(c, i+1));
}

/* The Roman numeral of a century, 1..21, that token i is ("xix", "XX"; "xixe" with the French
** ordinal e, "XIX." with the period of Hungarian and German ordinals), or 0; *pLen the tokens. */
static int roman_century(const Cursor *c, int i, int *pLen){
  static const char *const azRoman[] = {
    "i","ii","iii","iv","v","vi","vii","viii","ix","x","xi","xii","xiii","xiv","xv","xvi",
    "xvii","xviii","xix","xx","xxi"
  };
  const Token *t = tok(c, i);
  size_t n = t->end - t->start, k;
  const char *z = c->z + t->start;
  if( t->type==TOK_NUM && t->ndigit==0 && t->nx==2 ){
    *pLen = 1 + (is_punct(c, i+1, '.') && glued(c, i+1));
    return 20;                                /* "XX", which the lexer reads as unknown digits */
  }
  if( t->type!=TOK_WORD || !t->roman ) return 0;           /* the lexer's mark: i, v, x */
  if( n>1 && (z[n-1]=='e' || z[n-1]=='E') ) n--;          /* "XIXe siècle" */
  for(k=0; k<sizeof(azRoman)/sizeof(azRoman[0]); k++){
    if( strlen(azRoman[k])==n && text_ieq(z, n, azRoman[k], n) ){
      *pLen = 1 + (n==t->end - t->start && is_punct(c, i+1, '.') && glued(c, i+1));
      return (int)k+1;
    }
  }
  return 0;
}

/* A decade in the words of other languages: Russian "1950-е (гг.)", "1950-х годов", German
** "1950er Jahre", French "années 1950" (CJK "1950年代" is read by dates_part_period()).
** Returns the tokens read, or 0. */
static int decade_in_words(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  int k = 0, w;
  if( is_role(c, i, ROLE_YEARS) ){
    /* "années 1950", "anni 1950", "década de 1950"; with two digits the century is assumed:
    ** "les années 50", "anni '50", "los años 50", "jaren '50", "lata 50." */
    int j = i+1;
    if( is_role(c, j, ROLE_OF) ) j++;
    if( is_year4(c, j) ){
      t = tok(c, j);
      k = j+1 - i;
      if( is_punct(c, j+1, '-') || is_role(c, j+1, ROLE_TO) ) return 0;   /* "lata 1950-1955":
                                                  ** years, which expr_range() reads */
    }else if( is_role(c, j, ROLE_DECADE) ){
      /* "anni Cinquanta", "años cincuenta", "anos sessenta", "années cinquante": the number
      ** words of decades.tsv (value -50), read only after the years word */
      p->y = 1900 + (tok(c, j)->value<0 ? -tok(c, j)->value : tok(c, j)->value);
      p->year_x = 1;
      p->flags |= ARCH_DATE_ASSUMED_CENTURY;
      p->read |= ARCH_READ_DECADE_WORD;
      return j+1 - i;
    }else{
      if( is_punct(c, j, '\'') ) j++;
      t = tok(c, j);
      if( !is_plain_num(c, j, 2) || t->ndigit!=2 || t->value%10!=0 ) return 0;
      if( is_punct(c, j+1, '.') && glued(c, j+1) && token_text_in(c, i, "lata\0latach\0") ){
        j++;                                              /* Polish "lata 50.", "w latach 50." */
      }
      p->y = 1900 + t->value;
      p->year_x = 1;
      p->flags |= ARCH_DATE_ASSUMED_CENTURY;
      return j+1 - i;
    }
  }else if( t->type==TOK_NUM && t->ndigit==4 && t->nx==0 && t->suffix==SUFFIX_NONE
         && is_punct(c, i+1, '-') && glued(c, i+1) && glued(c, i+2)
         && decade_suffix(c, i+2, &w) ){
    k = 3 + w;                               /* "1950-е", "1950-es évek", "1950-talet" */
    if( t->value%100==0 && token_text_in(c, i+2, "talet\0tallet\0") ){
      p->y = t->value;                       /* "1800-talet": the 19th century */
      p->year_x = 2;
      return p->y>=1000 ? k : 0;
    }
  }else if( t->type==TOK_NUM && t->ndigit==2 && t->nx==0 && t->suffix==SUFFIX_NONE
         && is_punct(c, i+1, '-') && glued(c, i+1) && glued(c, i+2)
         && decade_suffix(c, i+2, &w) && (w || is_role(c, i+3, ROLE_YEARWORD))
         && t->value%10==0 ){
    p->y = 1900 + t->value;                 /* "60-е годы", "60-х гг.", "50-es évek": 19yy, with
                                            ** the year word */
    p->year_x = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    return 3 + w;
  }else if( is_decade_er(c, i) && token_text_in(c, i+1, "jahre\0jahren\0") ){
    if( t->ndigit==2 ){
      if( t->value%10!=0 ) return 0;
      p->y = 1900 + t->value;                            /* "50er Jahre" */
      p->year_x = 1;
      p->flags |= ARCH_DATE_ASSUMED_CENTURY;
      return 2;
    }
    k = 2;                                               /* "1950er Jahre" */
  }else if( is_decade_er(c, i) && is_punct(c, i+1, '-') && is_decade_er(c, i+2)
         && token_text_in(c, i+3, "jahre\0jahren\0") ){
    k = 1;                                               /* "1950er" of "1950er-1960er Jahre" */
  }else{
    return 0;
  }
  if( t->value%10!=0 || t->value<1000 || t->nx ) return 0;
  p->y = t->value;
  p->year_x = 1;
  return k;
}

int dates_part_period(const Cursor *c, int i, Part *p){
  const Token *t = tok(c, i);
  int k;
  memset(p, 0, sizeof(*p));
  if( (k = decade_in_words(c, i, p))>0 ) return k;
  if( t->type==TOK_NUM && t->suffix==SUFFIX_NONE && t->nx==0 && t->ndigit==4
   && t->value%10==0 && t->value>=1000 && tok(c, i+1)->type==TOK_CJK
   && tok(c, i+1)->value=='X' ){
    p->y = t->value;                                     /* "1950年代", "1950년대" */
    p->year_x = 1;
    return 2;
  }
  if( t->type==TOK_NUM && t->suffix==SUFFIX_NONE && t->nx==0 && t->ndigit==2
   && t->value%10==0 && tok(c, i+1)->type==TOK_CJK && tok(c, i+1)->value=='X'
   && glued(c, i+1) ){
    p->y = 1900 + t->value;                /* "50年代", "上世纪50年代": the 1950s, as "the 50s" */
    p->year_x = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    return 2;
  }
  if( t->type==TOK_NUM && t->suffix==SUFFIX_S && t->nx==0 && t->ndigit==4 && t->value%10==0 ){
    /* "1960s"; "1800s", "1500s" are the centuries, as English uses them (and as the
    ** Scandinavian "1800-talet"): the century holds the decade "1900s" may also mean */
    p->y = t->value;
    p->year_x = t->value%100==0 ? 2 : 1;
    return 1;
  }
  if( is_role(c, i, ROLE_DECADE) ){
    if( t->value<0 || !decade_word_placed(c, i) ) return 0;   /* "cinquanta": a number */
    p->y = 1900 + t->value;
    p->year_x = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    p->read |= ARCH_READ_DECADE_WORD;
    return 1;
  }
  if( is_punct(c, i, '\'') && tok(c, i+1)->type==TOK_NUM && tok(c, i+1)->suffix==SUFFIX_S
   && tok(c, i+1)->ndigit==2 && tok(c, i+1)->value%10==0 && glued(c, i+1) ){
    p->y = 1900 + tok(c, i+1)->value;
    p->year_x = 1;
    p->flags |= ARCH_DATE_ASSUMED_CENTURY;
    return 2;
  }
  {
    /* Roman centuries: "XIX век", "XX в.", "XIXe siècle", "XIX. század", "XIX w."; and after
    ** the word, "siglo XIX", "secolo XIX", "secolul XIX" */
    int r, n;
    if( (r = roman_century(c, i, &n))>0 && century_word(c, i+n) ){
      p->y = (r-1)*100;
      p->year_x = 2;
      return p->y ? n+1 : 0;
    }
    if( is_role(c, i, ROLE_CENTURY) && (r = roman_century(c, i+1, &n))>0 ){
      p->y = (r-1)*100;
      p->year_x = 2;
      return p->y ? n+1 : 0;
    }
  }
  if( t->type==TOK_NUM && t->nx==0 && t->ndigit<=2 && t->value>=1 && t->value<=21 ){
    int j = i+1;
    int cjk = t->suffix==SUFFIX_NONE && is_role(c, j, ROLE_CENTURY) && glued(c, j)
           && (unsigned char)c->z[tok(c, j)->start]>=0xE0;   /* "19世紀", "19世纪", "19세기" */
    if( t->suffix==SUFFIX_NONE && !cjk ){
      if( !(is_punct(c, j, '.') && glued(c, j)) ) return 0;
      j++;
    }else if( !cjk && t->suffix!=SUFFIX_ORDINAL ){
      return 0;
    }
    if( !century_word(c, j) ) return 0;
    p->y = (t->value-1)*100;
    if( p->y==0 ) return 0;    /* the first century has no year 0 to start at */
    p->year_x = 2;
    if( cjk && tok(c, j+1)->type==TOK_NUM && tok(c, j+1)->ndigit==2
     && tok(c, j+1)->nx==0 && tok(c, j+1)->suffix==SUFFIX_NONE && tok(c, j+1)->value%10==0
     && tok(c, j+2)->type==TOK_CJK && tok(c, j+2)->value=='X' && glued(c, j+2) ){
      p->y += tok(c, j+1)->value;   /* "20世纪50年代", "19세기 50년대": the decade of the century */
      p->year_x = 1;
      return j+3 - i;
    }
    return j+1 - i;
  }
  return 0;
}

/* The number of a century at token i written as the grammar reads it before a century word:
** an ordinal ("19th"), a number with its period ("19."), a Roman numeral ("XIX", "XIXe",
** "XIX."); 0 when none. *pLen the tokens, *pKind 'o', '.' or 'r' (both ends of a pair share
** their kind). */
static int century_number(const Cursor *c, int i, int *pLen, int *pKind){
  const Token *t = tok(c, i);
  int r;
  if( (r = roman_century(c, i, pLen))>0 ){
    *pKind = 'r';
    return r;
  }
  if( t->type!=TOK_NUM || t->nx!=0 || t->ndigit>2 || t->value<1 || t->value>21 ) return 0;
  if( t->suffix==SUFFIX_ORDINAL ){
    *pKind = 'o';
    *pLen = 1;
    return t->value;
  }
  if( t->suffix==SUFFIX_NONE && is_punct(c, i+1, '.') && glued(c, i+1) ){
    *pKind = '.';
    *pLen = 2;
    return t->value;
  }
  return 0;
}

/* Two centuries joined by a dash before one century word: "19th-20th centuries", "19th-20th
** century", "XIX-XX вв.", "XVIII–XIX siècles", "18.-19. Jahrhundert": a the first, b the
** second, which must come after it. The tokens read, or 0. */
int dates_part_century_pair(const Cursor *c, int i, Part *a, Part *b){
  int r1, r2, n1, n2, k1, k2, j;
  if( (r1 = century_number(c, i, &n1, &k1))<2 ) return 0;   /* no year 0 to start at */
  j = i + n1;
  if( !is_punct(c, j, '-') ) return 0;
  if( (r2 = century_number(c, j+1, &n2, &k2))==0 || k2!=k1 || r2<=r1 ) return 0;
  j += 1 + n2;
  if( !century_word(c, j) ) return 0;
  memset(a, 0, sizeof(*a));
  memset(b, 0, sizeof(*b));
  a->y = (r1-1)*100;
  a->year_x = 2;
  b->y = (r2-1)*100;
  b->year_x = 2;
  return j+1 - i;
}

/* The second end of a CJK range, without its year: "9月", "15日", "9月15日" of "1958年8月13日至
** 9月15日". Returns the tokens read, or 0. */
static int part_cjk_piece(const Cursor *c, int i, Part *p){
  int j;
  memset(p, 0, sizeof(*p));
  j = cjk_month_day(c, i, p, 1);
  if( p->m>12 || (j==i) ) return 0;
  return j - i;
}

/* The longest part at token i. */
int dates_part_any(const Cursor *c, int i, Part *p, int partial){
  Part best, cand;
  int nBest = 0, k;
  int (*const aForm[])(const Cursor*, int, Part*) = {
    part_iso, part_dmy, part_season, dates_part_period, part_compact, part_roman_month,
    part_month_year, dates_part_unit_before, dates_part_more
  };
  size_t f;
  memset(&best, 0, sizeof(best));
  for(f=0; f<sizeof(aForm)/sizeof(aForm[0]); f++){
    k = aForm[f](c, i, &cand);
    if( k>nBest ){ nBest = k; best = cand; }
  }
  k = part_named(c, i, &cand, partial);
  if( k>nBest ){ nBest = k; best = cand; }
  if( partial && (k = part_cjk_piece(c, i, &cand))>nBest ){
    nBest = k;
    best = cand;
  }
  if( nBest==0 && partial && is_role(c, i, ROLE_SEASON) ){
    memset(&best, 0, sizeof(best));              /* "Spring" of "Spring-Summer 1956" */
    best.code = tok(c, i)->value;
    nBest = 1;
  }
  *p = best;
  return nBest;
}

/* ---------------------------------------------------------------- parts as ranges of days */

/* Months of the EDTF sub-year groups 21..41, as [first month, last month]; a winter starts in
** the December of the year before. */
void dates_code_months(int code, int *pFrom, int *pTo){
  static const signed char aGroup[][2] = {
    /* 21-24 seasons (northern, meteorological) */ {3,5}, {6,8}, {9,11}, {0,2},
    /* 25-28 northern seasons */                   {3,5}, {6,8}, {9,11}, {0,2},
    /* 29-32 southern seasons */                   {9,11}, {0,2}, {3,5}, {6,8},
    /* 33-36 quarters */                           {1,3}, {4,6}, {7,9}, {10,12},
    /* 37-39 quadrimesters */                      {1,4}, {5,8}, {9,12},
    /* 40-41 semesters */                          {1,6}, {7,12},
  };
  *pFrom = aGroup[code-21][0];
  *pTo = aGroup[code-21][1];
}

/* True when the months of a sub-year group cross into the year before (the winters). */
int dates_code_crosses_year(int code){
  int from, to;
  dates_code_months(code, &from, &to);
  return from==0;
}

/* The days a complete part means. Returns 0 when the part is not a real date. */
static int part_days(const Part *p, int32_t *pFirst, int32_t *pLast, ArchDatePrecision *pPrec){
  int y = p->y;
  if( y<1 || y>9999 ) return 0;
  if( p->year_x ){
    if( p->m || p->d || p->code ) return 0;     /* "May 196X": no such form */
    int span = p->year_x==1 ? 10 : p->year_x==2 ? 100 : 1000;
    if( y+span-1>9999 ) return 0;
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y+span-1, 12, 31);
    *pPrec = p->year_x==1 ? ARCH_DATE_DECADE : ARCH_DATE_CENTURY;
    return 1;
  }
  if( p->code ){
    int from, to;
    dates_code_months(p->code, &from, &to);
    if( from==0 ){                                /* winter: December of the year before */
      if( y<2 ) return 0;
      *pFirst = arch_days_from_civil(y-1, 12, 1);
    }else{
      *pFirst = arch_days_from_civil(y, from, 1);
    }
    *pLast = arch_days_from_civil(y, to, arch_days_in_month(y, to));
    *pPrec = ARCH_DATE_SEASON;
    return 1;
  }
  if( p->m<0 || p->m>12 ) return 0;
  if( p->month_x ){
    if( p->d ){                                   /* 1963-XX-08: the 8th of some month */
      *pFirst = arch_days_from_civil(y, 1, p->d);
      *pLast = arch_days_from_civil(y, 12, p->d);
      *pPrec = ARCH_DATE_DAY;
      return p->d<=31;
    }
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y, 12, 31);
    *pPrec = ARCH_DATE_YEAR;
    return 1;
  }
  if( p->m==0 ){
    if( p->d ) return 0;
    *pFirst = arch_days_from_civil(y, 1, 1);
    *pLast = arch_days_from_civil(y, 12, 31);
    *pPrec = ARCH_DATE_YEAR;
    return 1;
  }
  if( p->d==0 ){
    *pFirst = arch_days_from_civil(y, p->m, 1);
    *pLast = arch_days_from_civil(y, p->m, arch_days_in_month(y, p->m));
    *pPrec = ARCH_DATE_MONTH;
    return 1;
  }
  if( p->d>arch_days_in_month(y, p->m) ) return 0;
  *pFirst = *pLast = arch_days_from_civil(y, p->m, p->d);
  *pPrec = ARCH_DATE_DAY;
  return 1;
}

void dates_point_from_part(ArchDatePoint *pt, const Part *p){
  memset(pt, 0, sizeof(*pt));
  pt->year = (int16_t)p->y;
  pt->month = (int8_t)p->m;
  pt->day = (int8_t)p->d;
  pt->code = (uint8_t)p->code;
  pt->year_x = (uint8_t)p->year_x;
  pt->month_x = (uint8_t)p->month_x;
  pt->day_x = (uint8_t)p->day_x;
}

void dates_point_from_day(ArchDatePoint *pt, int32_t day){
  int y, m, d;
  arch_civil_from_days(day, &y, &m, &d);
  memset(pt, 0, sizeof(*pt));
  pt->year = (int16_t)y;
  pt->month = (int8_t)m;
  pt->day = (int8_t)d;
}

/* A single part as a whole date. */
int dates_date_from_part(ArchDate *pDate, const Part *p){
  memset(pDate, 0, sizeof(*pDate));
  if( !part_days(p, &pDate->first, &pDate->last, &pDate->precision) ) return 0;
  pDate->form = ARCH_FORM_SINGLE;
  pDate->flags = p->flags;
  pDate->read = p->read;
  if( p->code && dates_code_crosses_year(p->code) ) pDate->read |= ARCH_READ_SEASON_MONTHS;
  if( p->month_x || p->day_x ) pDate->flags |= ARCH_DATE_UNSPECIFIED;
  dates_point_from_part(&pDate->a, p);
  return 1;
}

/* The interval [first, last] of days written as two dates. */
void dates_set_interval_days(ArchDate *pDate, int32_t first, int32_t last){
  memset(pDate, 0, sizeof(*pDate));
  pDate->first = first;
  pDate->last = last;
  pDate->precision = ARCH_DATE_RANGE;
  pDate->form = ARCH_FORM_INTERVAL;
  dates_point_from_day(&pDate->a, first);
  dates_point_from_day(&pDate->b, last);
}

