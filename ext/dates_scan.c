/*
** dates_scan.c: dates in free text, the scanner behind dates() (see dates_int.h for the
** layers).
**
** The scanner lexes a window of tokens ahead and tries the expression grammar at every token
** a date may start with, taking the longest expression there. Free text asks more of a date
** than a date line does: a bare number is no date, a lone year is four digits in 1000..2999,
** and a number after "No.", "Nr.", "#" or "№" is a number.
*/
#include "dates_int.h"
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

/* A word that, after a number, says the number counts something: "1500 tractors", "5000
** troops" (a lower-case English plural, or a plural label: "1963 pages"), "1930 hours" (a
** clock word), and the nouns of ext/data/count_nouns.tsv that the form misses: "1944 men",
** "1500 Soldaten", "около 1500 человек", "omkring 1500 soldater". Verbs in -s after a year
** ("1958 was") are too short, or end as no plural does. Called only after a lone year, so the
** look-up costs nothing per word of the text. 2 for a multiplier ("1500 million"), which no
** word before makes a year's noun. */
static int counted_word(const ArchDateScanner *p, const Token *t){
  const char *w = p->z + t->start;
  size_t n = t->end - t->start;
  char zFold[64];
  int nFold;
  const ArchDataRow *pRow;
  if( t->type!=TOK_WORD ) return 0;
  if( t->role==ROLE_CLOCK ) return 1;
  if( t->role!=ROLE_NONE && t->role!=ROLE_LABEL ) return 0;
  if( n>=5 && lower_initial(w, n) && w[n-1]=='s'
   && w[n-2]!='s' && w[n-2]!='u' && w[n-2]!='i' && w[n-2]!='\'' ){
    return 1;                      /* "1500 tractors", "environ 1500 étudiants" */
  }
  if( t->role!=ROLE_NONE || n<2 || n>=sizeof(zFold)/2 ) return 0;
  nFold = dates_fold_word(w, n, zFold, sizeof(zFold));
  if( nFold<=0 ) return 0;
  pRow = arch_data_find(arch_data_count_nouns_folded, arch_data_count_nouns_folded_count,
                        zFold, (size_t)nFold);
  if( pRow==0 ) return 0;
  if( strcmp(pRow->value, "quantifier")==0 ) return 0;     /* a word before the number */
  if( w[0]>='A' && w[0]<='Z' && strncmp(pRow->value, "cap-", 4)!=0 ){
    return 0;                      /* "1956 People's Daily": a name; German nouns are "cap-" */
  }
  return strstr(pRow->value, "multiplier")!=0 ? 2 : 1;
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
  if( is_lone_year(c, k) && (is_role(c, 0, ROLE_APPROX) || is_quantifier(p, &p->prev)) ){
    /* a word of quantity before the number, a people or an adjective and a count after it:
    ** "Some 2000 Hungarians", "Nearly 1200 Soviet specialists", "около 1500 корейских
    ** студентов" */
    const Token *u = tok(c, k);
    if( capitalized_plural(p, u) ) return -1;
    if( u->type==TOK_WORD && u->role==ROLE_NONE && !u->roman
     && tok(c, k+1)->space_before && counted_word(p, tok(c, k+1)) ){
      return -1;
    }
  }
  if( (is_lone_year(c, k) || is_bare_range(c, k))
   && (counted = counted_word(p, tok(c, k)))!=0 ){
    if( counted==2 ) return -1;                   /* "to 1500 million", "to 1958 days" */
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
    if( may_start_date(t) && !(p->glued==2 && t->type==TOK_NUM && !t->space_before) ){
      k = dates_expr_core(&c, 0, &pMatch->date);
      if( k>0 && p->number_marker && (p->number_marker==1 || numbers_only(&c, k)) ){
        /* "pp. 1958-1962", "No. 1954/55": the whole expression is the number */
        p->number_marker = 0;
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

