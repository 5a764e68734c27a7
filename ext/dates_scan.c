/*
** dates_scan.c: dates in free text, the scanner behind dates() (see dates_int.h for the
** layers).
**
** The scanner lexes a window of tokens ahead and tries the expression grammar at every token
** a date may start with, taking the longest expression there. Free text asks more of a date
** than a date line does: a bare number is no date, a lone year is four digits in 1000..2999,
** and a number after "No.", "Nr.", "#" or "№" is a number, as is one that counts ("1500
** tractors", "Some 1500 Korean students") or names a time, a place or a sum ("at 1945",
** "$1963"). East Asian dates of the readers (eras, Chinese numerals, full-width digits) are
** found here too, also inside a run of Han letters, which the lexer takes as one word.
*/
#include "dates_int.h"
#include "dates_readers.h"
#include "text.h"

#include <string.h>
#include <utf8proc.h>

void arch_date_scanner_init(ArchDateScanner *p, const char *z, size_t n){
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
}

/* Is z[0..n) "may" or "march" in lower case? English writes its months with a capital; in
** lower case these are verbs in running text. (Other languages' lower-case months are other
** words: "mai", "mei", "mayo", "marzo".) */
static int lower_english_verb(const char *z, size_t n){
  return (n==3 && memcmp(z, "may", 3)==0) || (n==5 && memcmp(z, "march", 5)==0);
}

/* Keep at least ARCH_DATE_WINDOW tokens ahead of iTok (fewer only at the end of the text). */
static void scanner_fill(ArchDateScanner *p){
  if( p->nTok - p->iTok >= ARCH_DATE_WINDOW || p->lex_off>=p->n ) return;
  if( p->iTok>0 ){
    memmove(p->aTok, p->aTok + p->iTok, sizeof(Token)*(size_t)(p->nTok - p->iTok));
    p->nTok -= p->iTok;
    p->iTok = 0;
  }
  while( p->nTok < ARCH_DATE_WINDOW*2 && p->lex_off<p->n ){
    Token *t = &p->aTok[p->nTok];
    p->lex_off = dates_lex_token(p->z, p->n, p->lex_off, t);
    if( t->type==TOK_END ) break;
    if( t->line_only ) t->role = ROLE_NONE;   /* "voor 1958" in text is "for 1958" */
    if( t->role==ROLE_MONTH && lower_english_verb(p->z + t->start, t->end - t->start) ){
      t->role = ROLE_NONE;                     /* "Mao may 1958 have", "they march 1500 km" */
    }
    p->nTok++;
  }
}

/* Can a date expression start with this token? (Saves trying the parser at every word.) */
static int may_start_date(const Token *t){
  if( t->type==TOK_NUM ) return 1;
  if( t->type==TOK_PUNCT ) return t->value=='[' || t->value=='\'' || t->value=='.';
  if( t->type!=TOK_WORD ) return 0;
  if( t->role==ROLE_NONE && t->roman ) return 1;      /* "XIX век" */
  if( t->role==ROLE_QUARTER || (t->role==ROLE_CLOCK && t->end - t->start==1) ){
    return 1;                                   /* "Quarter 3, 1962", "H2 1961" */
  }
  switch( t->role ){
    case ROLE_NONE: case ROLE_AND: case ROLE_OR: case ROLE_TO: case ROLE_OF:
    case ROLE_HALF: case ROLE_QUARTER: case ROLE_CENTURY: case ROLE_YEARWORD:
    case ROLE_NUMBER: case ROLE_LABEL: case ROLE_CLOCK: case ROLE_EARLIER: case ROLE_LATER:
    case ROLE_THAN: case ROLE_POST:
      return 0;
    default:
      return 1;
  }
}

/* Does z[0..n) begin with a lower-case letter, of any script ("tractors", "étudiants")? */
static int lower_initial(const char *z, size_t n){
  utf8proc_int32_t cp;
  if( (unsigned char)z[0]<0x80 ) return z[0]>='a' && z[0]<='z';
  if( utf8proc_iterate((const utf8proc_uint8_t*)z, (utf8proc_ssize_t)n, &cp)<=0 ) return 0;
  return utf8proc_category(cp)==UTF8PROC_CATEGORY_LL;
}

/* Does the word z[0..n) end as a Russian, Ukrainian or Polish genitive plural, the case of
** what a number counts: -ов, -ев, -ей ("венгров", "рублей"), -ів ("угорців"), -ów
** ("studentów")? The caller asks for a lower-case word of four letters or more. */
static int slavic_genitive_plural(const char *z, size_t n){
  static const char *const azEnd[] = {
    "\xD0\xBE\xD0\xB2", "\xD0\xB5\xD0\xB2", "\xD0\xB5\xD0\xB9",   /* ов ев ей */
    "\xD1\x96\xD0\xB2", "\xC3\xB3w"                                  /* ів ów */
  };
  size_t k;
  for(k=0; k<sizeof(azEnd)/sizeof(azEnd[0]); k++){
    size_t m = strlen(azEnd[k]);
    if( n>m && memcmp(z+n-m, azEnd[k], m)==0 ) return 1;
  }
  return 0;
}

/* A word that, after a number, says the number counts something: "1500 tractors", "5000
** troops" (a lower-case English plural, or a plural label: "1963 pages"), "1930 hours" (a
** clock word), and the nouns of ext/data/count_nouns.tsv that the form misses: "1944 men",
** "1500 Soldaten", "около 1500 человек", "omkring 1500 soldater". Verbs in -s after a year
** ("1958 was") are too short, or end as no plural does. Called only after a lone year, so the
** look-up costs nothing per word of the text. 2 for a multiplier ("1500 million"), which no
** word before makes a year's noun; 3 for a measure or a sum ("1963 pages", "1963 kg", "1963
** francs"), which "to" before does not make one either ("runs to 1963 pages", "rose to 1963
** francs"; "returned to 1958 levels" keeps its year). */
static int counted_word(const ArchDateScanner *p, const Token *t){
  const char *w = p->z + t->start;
  size_t n = t->end - t->start;
  char zFold[64];
  int nFold;
  const ArchDataRow *pRow;
  if( t->type!=TOK_WORD ) return 0;
  if( t->role==ROLE_CLOCK ) return 1;
  if( t->role!=ROLE_NONE && t->role!=ROLE_LABEL ) return 0;
  if( n>=2 && n<sizeof(zFold)/2
   && (nFold = dates_fold_word(w, n, zFold, sizeof(zFold)))>0
   && (pRow = arch_data_find(arch_data_count_nouns_folded, arch_data_count_nouns_folded_count,
                             zFold, (size_t)nFold))!=0 ){
    if( strcmp(pRow->value, "quantifier")==0 ) return 0;   /* a word before the number */
    if( w[0]>='A' && w[0]<='Z' && strncmp(pRow->value, "cap-", 4)!=0 ){
      return 0;                    /* "1956 People's Daily": a name; German nouns are "cap-" */
    }
    if( strstr(pRow->value, "multiplier")!=0 ) return 2;
    if( strstr(pRow->value, "measure")!=0 || strstr(pRow->value, "money")!=0 ) return 3;
    return 1;
  }
  if( n>=5 && lower_initial(w, n) && w[n-1]=='s'
   && w[n-2]!='s' && w[n-2]!='u' && w[n-2]!='i' && w[n-2]!='\'' ){
    return 1;                      /* "1500 tractors", "environ 1500 étudiants" */
  }
  if( t->role==ROLE_NONE && n>=8 && lower_initial(w, n) && slavic_genitive_plural(w, n) ){
    return 1;                      /* "свыше 2000 венгров", "1500 угорців", "1500 Węgrów" */
  }
  return 0;
}

/* Is t a word of count_nouns.tsv that, before a number, says it counts: "some", "nearly",
** "over", "rund", "почти", "unos" ("Some 1500 Korean students", "Nearly 1200 Soviet
** specialists")? One folded look-up, made only before a lone year. */
static int is_quantifier(const ArchDateScanner *p, const Token *t){
  char zFold[64];
  int nFold;
  const ArchDataRow *pRow;
  if( t->type!=TOK_WORD || t->end - t->start >= sizeof(zFold)/2 ) return 0;
  nFold = dates_fold_word(p->z + t->start, t->end - t->start, zFold, sizeof(zFold));
  if( nFold<=0 ) return 0;
  pRow = arch_data_find(arch_data_count_nouns_folded, arch_data_count_nouns_folded_count,
                        zFold, (size_t)nFold);
  return pRow!=0 && strcmp(pRow->value, "quantifier")==0;
}

/* A capitalized plural of a people ("Hungarians", "Koreans", "Americans"): a capital, then
** lower-case ASCII letters ending in "s" (not "ss", "us", "is"). Read only after a word of
** quantity or approximation ("Some 2000 Hungarians"), never alone ("1956 Hungarians" may be
** the year's). */
static int capitalized_plural(const ArchDateScanner *p, const Token *t){
  const char *w = p->z + t->start;
  size_t n = t->end - t->start, i;
  if( t->type!=TOK_WORD || t->role!=ROLE_NONE || n<5 || w[0]<'A' || w[0]>'Z' ) return 0;
  for(i=1; i<n; i++) if( w[i]<'a' || w[i]>'z' ) return 0;
  return w[n-1]=='s' && w[n-2]!='s' && w[n-2]!='u' && w[n-2]!='i';
}

/* Is the token before the number the English "at"? A year is "in" a time, not "at" it: "at
** 1945" is a time of day ("the meeting resumed at 1945") or a house number ("at 1125 16th
** Street"), "at 1500" a level. */
static int after_at(const ArchDateScanner *p){
  const Token *t = &p->prev;
  return t->type==TOK_WORD && t->end - t->start==2
      && (p->z[t->start]=='a' || p->z[t->start]=='A') && p->z[t->start+1]=='t';
}

/* Is the token before the number a currency sign glued to it: "$1963", "£1500", "€1963",
** "¥1963"? */
static int after_currency(const ArchDateScanner *p, const Token *t){
  utf8proc_int32_t cp;
  const Token *u = &p->prev;
  if( t->space_before || u->type!=TOK_OTHER || u->end!=t->start ) return 0;
  if( utf8proc_iterate((const utf8proc_uint8_t*)p->z + u->start,
                       (utf8proc_ssize_t)(u->end - u->start), &cp)<=0 ) return 0;
  return utf8proc_category(cp)==UTF8PROC_CATEGORY_SC;
}

/* A year alone, maybe approximate: "1958", "about 1958", "c. 1958", "cerca de 1958",
** "intorno al 1958". */
static int is_lone_year(const Cursor *c, int k){
  int i = 0;
  if( is_role(c, i, ROLE_APPROX) ){
    i++;
    if( is_punct(c, i, '.') ) i++;
    else if( is_role(c, i, ROLE_OF) || is_role(c, i, ROLE_ARTICLE) ) i++;
  }
  return i+1==k && is_year4(c, i) && tok(c, i)->nx==0;
}

/* Years alone joined into a range: "1500-2000", "between 1500 and 2000", "from 1500 to 2000"
** (which a count noun after makes a count: "1500-2000 refugees"). */
static int is_bare_range(const Cursor *c, int k){
  int i, nYear = 0;
  for(i=0; i<k; i++){
    if( is_year4(c, i) && tok(c, i)->nx==0 ){
      nYear++;
    }else if( !is_punct(c, i, '-') && !is_role(c, i, ROLE_FROM) && !is_role(c, i, ROLE_BETWEEN)
           && !is_role(c, i, ROLE_AND) && !is_role(c, i, ROLE_TO) ){
      return 0;
    }
  }
  return nYear==2;
}

/* The counters of Chinese, Japanese and Korean glued after a number: 人 名 位 件 部 台 辆 輛
** 架 门 門 元 吨 噸 米 万 萬 亿 億 册 冊 页 頁 份 个 個 (Chinese, Japanese), 명 개 대 건 톤 원 권 쪽
** (Korean): "約1500人", "1500명". Not 年 and 년, the year's own units (lexed as TOK_CJK). */
static int cjk_counter(const ArchDateScanner *p, const Token *t){
  static const uint32_t aCounter[] = {
    0x4EBA, 0x540D, 0x4F4D, 0x4EF6, 0x90E8, 0x53F0, 0x8F86, 0x8F1B, 0x67B6, 0x95E8, 0x9580,
    0x5143, 0x5428, 0x5678, 0x7C73, 0x4E07, 0x842C, 0x4EBF, 0x5104, 0x518C, 0x518A, 0x9875,
    0x9801, 0x4EFD, 0x4E2A, 0x500B,
    0xBA85, 0xAC1C, 0xB300, 0xAC74, 0xD1A4, 0xC6D0, 0xAD8C, 0xCABD,
  };
  uint32_t cp = 0;
  size_t k;
  if( t->type!=TOK_WORD || t->space_before || (unsigned char)p->z[t->start]<0xE0 ) return 0;
  text_utf8_decode((const unsigned char*)p->z + t->start, t->end - t->start, &cp);
  for(k=0; k<sizeof(aCounter)/sizeof(aCounter[0]); k++){
    if( aCounter[k]==cp ) return 1;
  }
  return 0;
}

/* Token k and after, glued to a number, make it a count or a ratio whatever comes before:
** "1500-page", "a 1963-page report", "1000-strong" (a hyphen and a counted word or label,
** the singulars of count_nouns.tsv), "1956:3", "1963.5", "1963,5" (a colon, period or comma
** and digits other than a year), "約1500人". */
static int glued_count(const ArchDateScanner *p, const Cursor *c, int k){
  const Token *t = tok(c, k);
  if( t->type==TOK_PUNCT && !t->space_before && k+1<c->n && !tok(c, k+1)->space_before ){
    const Token *u = tok(c, k+1);
    if( t->value==':' ) return u->type==TOK_NUM;          /* "1956:1958", "1956:3" */
    if( t->value=='.' || t->value==',' ){
      /* "1963.5", "1963,5"; not "1956,1958" (a list) nor "[1958,19X1]" (an EDTF set) */
      return u->type==TOK_NUM && u->nx==0 && u->ndigit!=4
          && (uint32_t)u->ndigit==u->end - u->start;
    }
    if( t->value=='-' && t->suffix==0 && u->type==TOK_WORD ){
      return u->role==ROLE_LABEL || counted_word(p, u);
    }
    if( t->value=='-' && t->suffix==0 && u->type==TOK_NUM && u->nx==0 ){
      /* "accession 1963-045", "1963-10045": a running number after the year, which neither a
      ** month (two digits) nor a year (four) is */
      return u->ndigit==3 || u->ndigit>4;
    }
    return 0;
  }
  return cjk_counter(p, t);
}

/* Does token t ("the", "le", "in", "since", "w", the "s" of "Stalin's" ...) make the number
** after it a year even before a plural? */
static int is_determiner(const ArchDateScanner *p, const Token *t){
  char zFold[64];
  int nFold;
  if( t->type!=TOK_WORD ) return 0;
  if( t->role==ROLE_THE && t->value ) return 0;        /* "les 1500 soldats" */
  if( t->role==ROLE_THE || t->role==ROLE_ARTICLE || t->role==ROLE_BEFORE
   || t->role==ROLE_AFTER || t->role==ROLE_FROM || t->role==ROLE_TO ){
    return 1;
  }
  if( t->end - t->start==1 && (p->z[t->start]=='s' || p->z[t->start]=='S') && !t->space_before ){
    return 1;                                   /* a possessive: "Stalin's 1950 telegrams" */
  }
  if( t->role==ROLE_YEARS || text_ieq(p->z + t->start, t->end - t->start, "years", 5) ){
    return 1;                     /* "the years 1961-1963 relations", "anni 1956-1958 gli" */
  }
  if( t->end - t->start > 16 ) return 0;
  nFold = dates_fold_word(p->z + t->start, t->end - t->start, zFold, sizeof(zFold));
  return nFold>0 && arch_data_find(arch_data_date_prepositions_folded,
                                   arch_data_date_prepositions_folded_count,
                                   zFold, (size_t)nFold)!=0;
}

/* The first k tokens are numbers and punctuation only: "1958", "1958-1962", not "3 March
** 1958". After a label ("Resolution", "page", "Memorandum") only such a number is the label's:
** "Memorandum 3 March 1958" keeps its date. */
static int numbers_only(const Cursor *c, int k){
  int i;
  for(i=0; i<k; i++){
    if( tok(c, i)->type!=TOK_NUM && tok(c, i)->type!=TOK_PUNCT ) return 0;
  }
  return 1;
}

/* Three numbers joined by hyphens, the last of two digits, "2-19-63", "4-12-57": in running
** text a telephone number, an extension or a serial number as often as a date, which letters
** and reports write with slashes or in words ("2/19/63", "February 19, 1963"). On a date line
** it stays the date. */
static int short_hyphen_numbers(const Cursor *c, int k){
  return k==5 && is_plain_num(c, 0, 2) && is_punct(c, 1, '-') && is_plain_num(c, 2, 2)
      && is_punct(c, 3, '-') && is_plain_num(c, 4, 2) && tok(c, 4)->ndigit==2
      && !tok(c, 1)->suffix && !tok(c, 3)->suffix;
}

/* In free text a lone year must look like one: 1000..2999, four digits, not "No. 1954" nor
** "Resolution 1958"; and a number that counts ("1500 tractors", "at 1930 hours") is none.
** 1 when the expression is a date; 0 when it is none; -1 when it is a count, whose numbers
** begin no date either ("between 1500 and 2000 people": not "1500", not "1500 and 2000"). */
static int plausible_in_text(const ArchDateScanner *p, const Cursor *c, int k,
                             const ArchDate *d){
  const Token *t = tok(c, 0);
  int counted;
  if( k==1 && t->type==TOK_NUM && t->suffix==SUFFIX_NONE && t->nx==0 && t->ndigit!=4 ){
    return 0;
  }
  if( short_hyphen_numbers(c, k) ) return -1;           /* "2-19-63", a telephone number */
  /* "about 5000 troops" is no year: every end that is not open lies in 1000..2999 */
  if( !(d->flags & ARCH_DATE_OPEN_START) && d->first<arch_days_from_civil(1000, 1, 1) ){
    return 0;
  }
  if( !(d->flags & ARCH_DATE_OPEN_END) && d->last>arch_days_from_civil(2999, 12, 31) ){
    return 0;
  }
  if( is_lone_year(c, k) && glued_count(p, c, k) ) return -1;
  if( is_lone_year(c, k) && !is_role(c, 0, ROLE_APPROX)
   && (after_at(p) || after_currency(p, t)) ){
    return -1;                                    /* "at 1945", "$1963" */
  }
  if( k==2 && (is_role(c, 0, ROLE_BEFORE) || is_role(c, 0, ROLE_AFTER)) && is_year4(c, 1)
   && tok(c, 2)->type==TOK_WORD && (unsigned char)p->z[tok(c, 2)->start]>='A'
   && (unsigned char)p->z[tok(c, 2)->start]<='Z' && counted_word(p, tok(c, 2)) ){
    /* German "Vor 1500 Menschen sprach Ulbricht": "in front of"; a German noun (capitalized,
    ** "cap-" in count_nouns.tsv) cannot follow "vor 1956" meaning "before 1956", where the
    ** verb comes next ("Vor 1956 lebten ...") */
    return -1;
  }
  if( is_lone_year(c, k) && (is_role(c, 0, ROLE_APPROX) || is_quantifier(p, &p->prev)) ){
    /* a word of quantity before the number, a people or an adjective and a count after it:
    ** "Some 2000 Hungarians", "Nearly 1200 Soviet specialists", "около 1500 корейских
    ** студентов" */
    const Token *u = tok(c, k);
    if( capitalized_plural(p, u) ) return -1;
    if( u->type==TOK_WORD && u->role==ROLE_NONE && !u->roman && tok(c, k+1)->space_before ){
      const Token *v = tok(c, k+1);
      if( counted_word(p, v) ) return -1;
      if( (unsigned char)p->z[u->start]>='A' && (unsigned char)p->z[u->start]<='Z'
       && capitalized_plural(p, v) ){
        return -1;                                 /* "Nearly 2000 East Germans" */
      }
      /* two words of a people before the noun: "Roughly 1200 East German refugees" */
      if( v->type==TOK_WORD && v->role==ROLE_NONE && !v->roman && tok(c, k+2)->space_before
       && (unsigned char)p->z[u->start]>='A' && (unsigned char)p->z[u->start]<='Z'
       && (unsigned char)p->z[v->start]>='A' && (unsigned char)p->z[v->start]<='Z'
       && counted_word(p, tok(c, k+2)) ){
        return -1;
      }
    }
  }
  if( (is_lone_year(c, k) || is_bare_range(c, k))
   && (counted = counted_word(p, tok(c, k)))!=0 ){
    if( counted==2 ) return -1;                   /* "to 1500 million", "to 1958 days" */
    if( counted==3 && p->prev.type==TOK_WORD && p->prev.role==ROLE_TO ) return -1;
    /* "in 1958 tractors were sent", "in 1956-1958 students", "the 1958 elections" keep their
    ** year; "about 1500 troops" has none */
    if( tok(c, k)->role==ROLE_CLOCK || !is_determiner(p, &p->prev)
     || is_role(c, 0, ROLE_APPROX) ){
      return -1;
    }
  }
  return 1;
}

/* A code in capitals, "A", "RES", "CIA", that may lead an identifier ("A/RES/1963"): one to
** five ASCII capitals, no date word, no Roman numeral ("X-1963" is a month). */
static int is_capital_code(const ArchDateScanner *p, const Token *t){
  uint32_t i;
  if( t->type!=TOK_WORD || t->role!=ROLE_NONE || t->roman || t->end - t->start>5 ) return 0;
  for(i=t->start; i<t->end; i++){
    if( p->z[i]<'A' || p->z[i]>'Z' ) return 0;
  }
  return 1;
}

/* The state of an identifier glued together with hyphens, slashes or colons ("555-1963",
** "1-800-555-1963", "A/1963", "S/RES/1963", "1956:1958"), after token t, which began no
** date: see ArchDateScanner.glued. A year glued behind such a start is part of the
** identifier. A number that may be a day or a month starts none ("12/1963", "Nr 45/1963"
** keep their year). */
static int next_glue(const ArchDateScanner *p, const Token *t){
  /* not a day or a month: "12/1963" is December 1963, "8-10" may be days */
  if( t->type==TOK_NUM && (t->ndigit>2 || t->value>31) ) return 1;
  if( is_capital_code(p, t) ) return 1;
  if( t->type==TOK_PUNCT && !t->space_before && p->glued==1
   && ((t->value=='-' && t->suffix==0) || t->value=='/' || t->value==':') ){
    return 2;
  }
  return 0;
}

/* ---------------------------------------------------------------- East Asian dates in text */

/* Can an East Asian date of dates_eastasia.c begin with code point cp? The first characters of
** the eras of ext/data/eras.tsv written in CJK (明 大 昭 平 令 民 中 公 西 檀 主, 주 단 서), the
** Chinese numeral digits (〇 零 一 … 九: "一九六三年"), 十 ("十九世纪五十年代") and the
** full-width digits ("１９６３年"). Years in ASCII digits are the grammar's ("1963年10月8日"). */
static int eastasia_start(uint32_t cp){
  static const uint32_t aStart[] = {
    0x660E, 0x5927, 0x662D, 0x5E73, 0x4EE4, 0x6C11, 0x4E2D, 0x516C, 0x897F, 0x6A80, 0x4E3B,
    0xC8FC, 0xB2E8, 0xC11C,
    0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
    0x5341,
  };
  size_t k;
  if( cp>=0xFF10 && cp<=0xFF19 ) return 1;
  for(k=0; k<sizeof(aStart)/sizeof(aStart[0]); k++){
    if( aStart[k]==cp ) return 1;
  }
  return 0;
}

/* A digit of a number such a date is written with (ASCII, full-width, the Chinese numerals
** 〇 零 一 … 九 and their multipliers 十 百 千 廿 卅): a date does not begin inside one
** ("十一九六三年"). */
static int eastasia_digit(uint32_t cp){
  static const uint32_t aHan[] = {
    0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
    0x5341, 0x767E, 0x5343, 0x5EFF, 0x5345,
  };
  size_t k;
  if( (cp>='0' && cp<='9') || (cp>=0xFF10 && cp<=0xFF19) ) return 1;
  for(k=0; k<sizeof(aHan)/sizeof(aHan[0]); k++){
    if( aHan[k]==cp ) return 1;
  }
  return 0;
}

/* Where a date that begins at z[i] may end: after each unit 年 月 日 년 월 일, the 旬 of a
** dekad, the 代 / 대 of a decade, a closing bracket (a weekday, a gloss) or the last of a run of digits ("昭和38.10.8");
** not past the punctuation that ends a clause (， 。 、 ； , ;) nor 64 bytes. The ends, nearest
** first, into aEnd; their number. */
static int eastasia_ends(const char *z, size_t n, size_t i, size_t *aEnd, int nMax){
  size_t lim = n - i > 64 ? i + 64 : n;
  int nEnd = 0;
  while( i<lim && nEnd<nMax ){
    uint32_t cp = 0, next = 0;
    int len = text_utf8_decode((const unsigned char*)z+i, lim-i, &cp);
    if( len<=0 ) break;
    if( cp==0xFF0C || cp==0x3002 || cp==0x3001 || cp==0xFF1B || cp==',' || cp==';'
     || cp=='\n' ) break;
    i += (size_t)len;
    if( i<n ) text_utf8_decode((const unsigned char*)z+i, n-i, &next);
    if( cp==0x5E74 || cp==0x6708 || cp==0x65E5 || cp==0xB144 || cp==0xC6D4 || cp==0xC77C
     || cp==0x65EC || cp==0x4EE3 || cp==0xB300 || cp==')' || cp==0xFF09
     || (((cp>='0' && cp<='9') || (cp>=0xFF10 && cp<=0xFF19))
         && !(next>='0' && next<='9') && next!='.' && !(next>=0xFF10 && next<=0xFF19)) ){
      aEnd[nEnd++] = i;
    }
  }
  return nEnd;
}

/* An East Asian date (an era, Chinese numerals, full-width digits) beginning inside token t,
** which is a word or a character of a CJK script: its first byte and *pEnd, with *pDate; or
** (size_t)-1. The readers read whole strings, so each possible end is tried, longest first.
** Only characters that may begin such a date are tried, so Chinese text costs one switch per
** character and a reader's call per numeral or era name followed by a unit. */
static size_t eastasia_in_token(const ArchDateScanner *p, const Token *t, ArchDate *pDate,
                                size_t *pEnd){
  size_t i = t->start;
  uint32_t before = 0;
  if( i>0 ){
    size_t j = i;
    while( j>0 && ((unsigned char)p->z[j-1] & 0xC0)==0x80 ) j--;
    if( j>0 ) j--;
    while( j>0 && ((unsigned char)p->z[j] & 0xC0)==0x80 ) j--;
    text_utf8_decode((const unsigned char*)p->z + j, p->n - j, &before);
  }
  while( i<t->end ){
    uint32_t cp = 0;
    int len = text_utf8_decode((const unsigned char*)p->z + i, p->n - i, &cp);
    if( len<=0 ) break;
    if( (eastasia_start(cp) || t->type==TOK_NUM) && !eastasia_digit(before)
     && before!=0x7EAA && before!=0x7D00 ){          /* not after 世纪: "十九世纪五十年代" */
      size_t aEnd[16];
      int nEnd = eastasia_ends(p->z, p->n, i, aEnd, 16);
      while( nEnd>0 ){
        nEnd--;
        if( arch_date_read_eastasia(p->z + i, aEnd[nEnd] - i, pDate, 0) ){
          *pEnd = aEnd[nEnd];
          return i;
        }
      }
    }
    if( t->type==TOK_NUM ) break;                  /* a year in digits begins the token */
    before = cp;
    i += (size_t)len;
  }
  return (size_t)-1;
}

int arch_date_scan_next(ArchDateScanner *p, ArchDateMatch *pMatch){
  for(;;){
    Cursor c;
    const Token *t;
    int k = 0, plausible;
    scanner_fill(p);
    if( p->iTok>=p->nTok ) return 0;
    t = &p->aTok[p->iTok];
    c.t = t;
    c.n = p->nTok - p->iTok;
    c.z = p->z;
    c.free_text = 1;
    if( ((t->type==TOK_WORD || t->type==TOK_OTHER) && (unsigned char)p->z[t->start]>=0xE3)
     || (t->type==TOK_NUM && t->ndigit==4 && c.n>1 && c.t[1].type==TOK_CJK
         && !c.t[1].space_before) ){
      size_t end, start = eastasia_in_token(p, t, &pMatch->date, &end);
      if( start!=(size_t)-1 && t->type==TOK_NUM ){
        /* "1958年（昭和33年）3月3日": the reader's gloss, when it reads farther than the
        ** grammar ("1963年10月8日至12日" is the grammar's range) */
        ArchDate d;
        int kg = dates_expr_core(&c, 0, &d);
        if( kg>0 && c.t[kg-1].end>=end ) start = (size_t)-1;
      }
      if( start!=(size_t)-1 ){
        /* the date may begin and end inside a run of Han letters: go on at the token after
        ** it, or lex again from its end when it ends inside a token */
        int j = p->iTok;
        pMatch->start = start;
        pMatch->end = end;
        memset(&p->prev, 0, sizeof(p->prev));
        p->number_marker = 0;
        p->glued = 0;
        while( j<p->nTok && p->aTok[j].end<=end ) j++;
        if( j<p->nTok && p->aTok[j].start<end ){
          /* the rest of the token it ends in, lexed in its place ("毛泽东" of
          ** "一九六三年十月八日毛泽东"); the tokens after stay */
          Token rest;
          dates_lex_token(p->z, p->n, end, &rest);
          if( rest.type!=TOK_END && rest.end==p->aTok[j].end ){
            p->aTok[j] = rest;
          }else{
            p->nTok = j;
            p->lex_off = end;
          }
        }else if( j==p->nTok && p->lex_off<end ){
          p->lex_off = end;
        }
        p->iTok = j;
        return 1;
      }
    }
    if( may_start_date(t) && !(p->glued==2 && t->type==TOK_NUM && !t->space_before) ){
      k = dates_expr_core(&c, 0, &pMatch->date);
      if( k>0 && p->number_marker && (p->number_marker==1 || numbers_only(&c, k)) ){
        /* "pp. 1958-1962", "No. 1954/55": the whole expression is the number; a number after
        ** it with a space is its next group ("Tel. 1963 1008") */
        if( !(c.t[k-1].type==TOK_NUM && tok(&c, k)->type==TOK_NUM && tok(&c, k)->space_before) ){
          p->number_marker = 0;
        }
        p->glued = 0;
        p->prev = p->aTok[p->iTok + k - 1];
        p->iTok += k;
        continue;
      }
      if( k>0 && (plausible = plausible_in_text(p, &c, k, &pMatch->date))<=0 ){
        if( plausible<0 ){
          p->number_marker = 0;
          p->glued = k==1 ? next_glue(p, t) : 0;      /* "1956:1958": the 1958 too */
          p->prev = p->aTok[p->iTok + k - 1];
          p->iTok += k;
          continue;
        }
        k = 0;
      }
    }
    if( k>0 ){
      k += dates_open_end_after(&c, k, &pMatch->date);     /* "1945-present" */
      pMatch->start = t->start;
      pMatch->end = p->aTok[p->iTok + k - 1].end;
      p->number_marker = 0;
      p->glued = 0;
      p->prev = p->aTok[p->iTok + k - 1];
      p->iTok += k;
      return 1;
    }
    /* "No", "Nr.", "#", "№", "Resolution", "page" make the next number a number; "No." keeps
    ** it across the period */
    if( (t->type==TOK_WORD && t->role==ROLE_NUMBER) || (t->type==TOK_PUNCT && t->value=='#') ){
      p->number_marker = 1;
    }else if( t->type==TOK_WORD && t->role==ROLE_LABEL ){
      p->number_marker = 2;
    }else if( !(t->type==TOK_PUNCT && t->value=='.') ){
      p->number_marker = 0;
    }
    p->glued = next_glue(p, t);
    p->prev = *t;
    p->iTok++;
  }
}

