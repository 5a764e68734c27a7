/*
** dates_lexer.c: the lexer of the date core (see dates_int.h for the layers).
**
** Cuts text into tokens: numbers ("1963", "8th", "1960s", "196X"), words folded to lower case
** with their role in a date (a month of any language, a season, a weekday, "circa", "between",
** ...: the tables months.tsv, seasons.tsv, weekdays.tsv and date_words.tsv of ext/data/),
** Roman-numeral months, punctuation (every dash is '-', every apostrophe '\''), and the CJK
** units 年 月 日 / 년 월 일 (and the decade 年代 / 년대).
*/
#include "dates_int.h"
#include "text.h"
#include "archivist_data.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define WORD_MAX_BYTES 32

/* Roles of ext/data/date_words.tsv, by the value column. */
static const struct { const char *zName; uint8_t role; } aWordRole[] = {
  {"approx", ROLE_APPROX}, {"early", ROLE_EARLY}, {"mid", ROLE_MID}, {"late", ROLE_LATE},
  {"from", ROLE_FROM}, {"to", ROLE_TO}, {"between", ROLE_BETWEEN}, {"and", ROLE_AND},
  {"or", ROLE_OR}, {"before", ROLE_BEFORE}, {"after", ROLE_AFTER}, {"the", ROLE_THE},
  {"of", ROLE_OF}, {"article", ROLE_ARTICLE}, {"half", ROLE_HALF}, {"quarter", ROLE_QUARTER},
  {"century", ROLE_CENTURY}, {"year", ROLE_YEARWORD}, {"number", ROLE_NUMBER},
  {"clock", ROLE_CLOCK}, {"not", ROLE_NOT},
  {"uncertain", ROLE_APPROX},     /* "probably 1958": circa's place, value 1 (uncertain) */
  {"earlier", ROLE_EARLIER}, {"later", ROLE_LATER},     /* "1958 or earlier" */
  {"than", ROLE_THAN},                                  /* "not later than 1958" */
  {"years", ROLE_YEARS},                                /* "années 1950", "anni '50" */
  {"plural", ROLE_THE},             /* "les années 50": value 1, no determiner in free text */
  {"half1", ROLE_HALF}, {"half2", ROLE_HALF},           /* after the date: "1960年代後半" */
  {"quarter1", ROLE_QUARTER}, {"quarter2", ROLE_QUARTER},  /* after the date: "1962年第三季度" */
  {"quarter3", ROLE_QUARTER}, {"quarter4", ROLE_QUARTER},
  {"day-before", ROLE_UNIT_BEFORE}, {"month-before", ROLE_UNIT_BEFORE},
  {"year-before", ROLE_UNIT_BEFORE},                    /* "ngày 8 tháng 10 năm 1963" */
  {"month-after", ROLE_MONTH_AFTER},                    /* "1963 оны 10 сарын 8" */
};

/* The role named by a value of date_words.tsv, into *t. A value may be prefixed "line-" (the
** role holds on a date line only: Dutch "voor" is "for" in text) or "post-" (the word follows
** the date it qualifies: Hungarian "1958 körül", Japanese "1958年頃"). 0 when unknown. */
static int word_role(Token *t, const char *zValue){
  size_t i;
  int post = 0;
  if( strncmp(zValue, "line-", 5)==0 ){ t->line_only = 1; zValue += 5; }
  if( strncmp(zValue, "post-", 5)==0 ){ post = 1; zValue += 5; }
  for(i=0; i<sizeof(aWordRole)/sizeof(aWordRole[0]); i++){
    if( strcmp(zValue, aWordRole[i].zName)==0 ){
      t->role = aWordRole[i].role;
      t->value = (t->role==ROLE_APPROX && aWordRole[i].zName[0]=='u')
              || (t->role==ROLE_THE && aWordRole[i].zName[0]=='p');
      if( t->role==ROLE_UNIT_BEFORE ){
        t->value = aWordRole[i].zName[0]=='d' ? 'D' : aWordRole[i].zName[0]=='m' ? 'M' : 'Y';
      }
      if( post ){
        /* the role in the value's low byte; "half1", "half2" and "quarter1" .. "quarter4" put
        ** their half or quarter above it */
        t->value = t->role;
        if( t->role==ROLE_HALF ) t->value |= (aWordRole[i].zName[4]=='2' ? 2 : 1) << 8;
        if( t->role==ROLE_QUARTER ) t->value |= (aWordRole[i].zName[7]-'0') << 8;
        t->role = ROLE_POST;
      }
      return 1;
    }
  }
  t->line_only = 0;
  return 0;
}

static int roman_value(const char *z, int n){
  static const char *const azRoman[] = {
    "i","ii","iii","iv","v","vi","vii","viii","ix","x","xi","xii"
  };
  int i;
  for(i=0; i<12; i++){
    if( (int)strlen(azRoman[i])==n && memcmp(z, azRoman[i], (size_t)n)==0 ) return i+1;
  }
  return 0;
}

/* A month, season or weekday named by z[0..n): its role, and its value in *pValue. The folded
** tables hold the same names under keys without diacritics (dates_fold.c). */
static int named_period(const char *z, size_t n, int folded, int32_t *pValue){
  const ArchDataRow *p;
  if( (p = arch_data_find(folded ? arch_data_months_folded : arch_data_months,
                          folded ? arch_data_months_folded_count : arch_data_months_count,
                          z, n))!=0 ){
    *pValue = (int32_t)p->ivalue;
    if( p->ivalue==0 && strncmp(p->value, "line.", 5)==0 ){
      *pValue = -atoi(p->value + 5);     /* "out.": with its period, on a date line only */
    }
    return ROLE_MONTH;
  }
  if( (p = arch_data_find(folded ? arch_data_seasons_folded : arch_data_seasons,
                          folded ? arch_data_seasons_folded_count : arch_data_seasons_count,
                          z, n))!=0 ){
    *pValue = (int32_t)p->ivalue;
    return ROLE_SEASON;
  }
  if( arch_data_find(folded ? arch_data_weekdays_folded : arch_data_weekdays,
                     folded ? arch_data_weekdays_folded_count : arch_data_weekdays_count,
                     z, n)!=0 ){
    return ROLE_WEEKDAY;
  }
  return ROLE_NONE;
}

/* Give a word (already folded to lower case) its role: a month, season or weekday as written,
** a connecting word, a Roman month, and last a month, season or weekday written without its
** diacritics ("pazdziernika", "fevrier"). */
static void classify_word(Token *t, const char *z, int n){
  const ArchDataRow *p;
  char zFold[WORD_MAX_BYTES*2];
  int nFold;
  if( (t->role = (uint8_t)named_period(z, (size_t)n, 0, &t->value))!=ROLE_NONE ) return;
  if( (p = arch_data_find(arch_data_date_words, arch_data_date_words_count,
                          z, (size_t)n))!=0 ){
    if( p->ivalue>0 ){
      t->role = ROLE_ORDINAL;
      t->value = (int32_t)p->ivalue;
    }else{
      word_role(t, p->value);
    }
  }else if( (p = arch_data_find(arch_data_decades, arch_data_decades_count,
                                z, (size_t)n))!=0 ){
    t->role = ROLE_DECADE;
    t->value = (int32_t)p->ivalue;
  }else if( arch_data_find(arch_data_number_labels, arch_data_number_labels_count,
                           z, (size_t)n)!=0 ){
    t->role = ROLE_LABEL;
  }else if( n==1 && z[0]=='q' ){
    t->role = ROLE_Q;
  }else if( (t->value = (int32_t)roman_value(z, n))>0 ){
    t->role = ROLE_ROMAN;
  }else if( (nFold = dates_fold_word(z, (size_t)n, zFold, sizeof(zFold)))>0 ){
    t->role = (uint8_t)named_period(zFold, (size_t)nFold, 1, &t->value);
    if( t->role!=ROLE_NONE ) t->folded = 1;
  }
}

/* A letter (or combining mark) of a word, and its length in bytes; 0 when z is no letter. */
static int letter_len(const unsigned char *z, size_t n, uint32_t *pCp){
  return text_letter_len((const char*)z, n, pCp);
}

/* A Roman numeral typed with Cyrillic letters that look like the Latin ones, as Soviet and
** Ukrainian typists wrote months: "8.Х.1963", "8.ХІ.1963 г." (х U+0445, і U+0456, after
** folding to lower case). The word (lower case, buf[0..*pn)) is rewritten in Latin letters
** when it is made of i, v, x in either script with at least one Cyrillic letter, and is "х"
** alone or two letters or more: the Ukrainian word "і" ("and") stays a word. Only glued to a
** period (lex_word()): "8 х 10" is a size. 1 when it was rewritten. */
static int cyrillic_roman(char *buf, int *pn){
  char out[WORD_MAX_BYTES];
  int i = 0, o = 0, nCyr = 0, nHa = 0;
  while( i<*pn ){
    unsigned char b0 = (unsigned char)buf[i];
    if( b0=='i' || b0=='v' || b0=='x' ){
      out[o++] = (char)b0;
      i++;
    }else if( b0==0xD1 && i+1<*pn && ((unsigned char)buf[i+1]==0x85
                                      || (unsigned char)buf[i+1]==0x96) ){
      nHa += (unsigned char)buf[i+1]==0x85;
      out[o++] = (unsigned char)buf[i+1]==0x85 ? 'x' : 'i';
      nCyr++;
      i += 2;
    }else{
      return 0;
    }
  }
  if( nCyr==0 || (o<2 && nHa==0) ) return 0;
  memcpy(buf, out, (size_t)o);
  *pn = o;
  return 1;
}

/* Vietnamese seasons are two words, "mùa" (season) and its name: "mùa xuân 1968", "mùa thu
** năm 1968". The name is looked up, with "mùa" and one space before it, as written (lower case
** of its first letter: "Mùa Thu") in season_pairs.tsv; the season's end when it is there, else 0
** (the word "mùa" alone is read as it is). The names alone are common words and given names,
** "thu" (autumn), "đông" (winter, east), "xuân", so they are never read without "mùa". */
static size_t season_pair(const char *z, size_t n, size_t i, Token *t){
  char key[16];
  size_t j = i, k;
  uint32_t cp;
  int len;
  const ArchDataRow *p;
  if( j>=n || z[j]!=' ' ) return 0;
  j++;
  memcpy(key, "m\xC3\xB9" "a ", 5);
  k = 5;
  while( j<n && (len = letter_len((const unsigned char*)z+j, n-j, &cp))>0 ){
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t nEnc = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    if( k+(size_t)nEnc>sizeof(key) ) return 0;
    memcpy(key+k, enc, (size_t)nEnc);
    k += (size_t)nEnc;
    j += (size_t)len;
  }
  if( k==5 || (p = arch_data_find(arch_data_season_pairs, arch_data_season_pairs_count, key, k))==0 ){
    return 0;
  }
  t->role = ROLE_SEASON;
  t->value = (int32_t)p->ivalue;
  return j;
}

/* Lex a word at z[i..n): fold it to lower case and look it up. Returns its end. */
static size_t lex_word(const char *z, size_t n, size_t i, Token *t){
  size_t i0 = i;
  char buf[WORD_MAX_BYTES];
  int nBuf = 0, tooLong = 0;
  uint32_t cp;
  int len;
  while( i<n && (len = letter_len((const unsigned char*)z+i, n-i, &cp))>0 ){
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t nEnc;
    if( cp<0x80 ){
      enc[0] = (utf8proc_uint8_t)((cp>='A' && cp<='Z') ? cp+32 : cp);
      nEnc = 1;
    }else{
      nEnc = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    }
    if( nBuf+nEnc>WORD_MAX_BYTES ){
      tooLong = 1;
    }else{
      memcpy(buf+nBuf, enc, (size_t)nEnc);
      nBuf += (int)nEnc;
    }
    i += (size_t)len;
  }
  t->type = TOK_WORD;
  t->ndigit = (uint8_t)nBuf;
  if( nBuf==4 && memcmp(buf, "m\xC3\xB9" "a", 4)==0 ){
    size_t iEnd = season_pair(z, n, i, t);
    if( iEnd>0 ) return iEnd;                        /* Vietnamese "mùa thu": one season */
  }
  if( !tooLong && ((i<n && z[i]=='.') || (i0>0 && z[i0-1]=='.'))
   && cyrillic_roman(buf, &nBuf) ){
    t->ndigit = (uint8_t)nBuf;               /* "8.Х.1963"; not "8 х 10", a size */
  }
  if( !tooLong ) classify_word(t, buf, nBuf);
  if( t->role==ROLE_MONTH && t->value<0 ){
    /* a month of months.tsv marked "line.": Portuguese "out.", "set.", Italian "gen." (also
    ** English and Italian words) are read with their period, on a date line */
    t->value = -t->value;
    if( i<n && z[i]=='.' ) t->line_only = 1;
    else t->role = ROLE_NONE;
  }
  if( nBuf>0 && nBuf<=6 ){
    int k = 0;
    while( k<nBuf && (buf[k]=='i' || buf[k]=='v' || buf[k]=='x') ) k++;
    t->roman = k>0 && (k==nBuf || (k==nBuf-1 && buf[k]=='e'));    /* "xix", "xixe" */
  }
  return i;
}

/* The ordinal suffixes that may follow a day or a century: "8th", "1er", "19e", "2nd". */
static int ordinal_suffix_len(const char *z, size_t n){
  static const char *const azSuffix[] = {
    "st", "nd", "rd", "th", "er", "re", "e", "\xC3\xA8me", "de", "ste",   /* Dutch "19de eeuw" */
    "\xC2\xBA", "\xC2\xB0"               /* º °: Spanish "1º de octubre", Italian "1° ottobre" */
  };
  size_t i, k;
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    k = strlen(azSuffix[i]);
    if( n>=k && text_ieq(z, k, azSuffix[i], k)
     && (n==k || !letter_len((const unsigned char*)z+k, n-k, &(uint32_t){0})) ){
      return (int)k;
    }
  }
  return 0;
}

/* The Russian and Ukrainian case endings written after a number and a hyphen: of a day ("8-го",
** "8-ого") or of a year ("1963-го", "1963-м", "1963-й"); their length in bytes when no letter
** follows, else 0. Not "-е": "12-е октября" is a day, but "20-е годы", "1950-е" are decades. */
static int russian_case_suffix_len(const char *z, size_t n, int year){
  static const char *const azDay[] = {
    "\xD0\xB3\xD0\xBE", "\xD0\xBE\xD0\xB3\xD0\xBE"     /* го ого */
  };
  static const char *const azYear[] = {
    "\xD0\xB3\xD0\xBE", "\xD0\xBC", "\xD0\xB9"       /* го м й */
  };
  const char *const *az = year ? azYear : azDay;
  size_t i, k, nz = year ? sizeof(azYear)/sizeof(azYear[0]) : sizeof(azDay)/sizeof(azDay[0]);
  for(i=0; i<nz; i++){
    k = strlen(az[i]);
    if( n>=k && memcmp(z, az[i], k)==0
     && (n==k || !letter_len((const unsigned char*)z+k, n-k, &(uint32_t){0})) ){
      return (int)k;
    }
  }
  return 0;
}

/* Lex a number at z[i..n): digits, then X digits ("196X"), then a glued suffix. */
static size_t lex_number(const char *z, size_t n, size_t i, Token *t){
  int v = 0;
  t->type = TOK_NUM;
  while( i<n && z[i]>='0' && z[i]<='9' ){
    if( v<100000000 ) v = v*10 + (z[i]-'0');
    if( t->ndigit<255 ) t->ndigit++;
    i++;
  }
  while( i<n && z[i]=='X' && t->nx<4 ){ t->nx++; i++; }
  t->value = (int32_t)v;
  if( i<n && (z[i]=='s' || z[i]=='S') && (i+1==n || !letter_len((const unsigned char*)z+i+1,
                                                            n-i-1, &(uint32_t){0})) ){
    t->suffix = SUFFIX_S;
    return i+1;
  }
  if( i<n && (t->ndigit==4 || t->ndigit==2) && t->nx==0 && v%10==0 ){
    /* "1950's", "1950’s": the decade with an apostrophe */
    uint32_t cp;
    int k = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( text_is_apostrophe(cp) && i+(size_t)k<n && (z[i+k]=='s' || z[i+k]=='S')
     && (i+(size_t)k+1==n || !letter_len((const unsigned char*)z+i+k+1, n-i-(size_t)k-1,
                                         &(uint32_t){0})) ){
      t->suffix = SUFFIX_S;
      return i+(size_t)k+1;
    }
  }
  if( i<n && t->ndigit>0 ){
    int k = ordinal_suffix_len(z+i, n-i);
    if( k ){ t->suffix = SUFFIX_ORDINAL; return i+(size_t)k; }
  }
  if( i<n && z[i]=='-' && t->nx==0 && (t->ndigit<=2 || t->ndigit==4) ){
    int k = russian_case_suffix_len(z+i+1, n-i-1, t->ndigit==4);
    if( k ){
      /* "8-го октября": an ordinal day; "1963-го года", "в 1963-м году": the
      ** year, its case ending dropped */
      if( t->ndigit<=2 ) t->suffix = SUFFIX_ORDINAL;
      return i+1+(size_t)k;
    }
  }
  return i;
}

/* The CJK date units 年 月 日 and 년 월 일: 'Y', 'M', 'D'; the decade 年代 / 년대 after a year
** ("1950年代"): 'X', six bytes; or 0. */
static int cjk_unit(const unsigned char *z, size_t n){
  if( n<3 ) return 0;
  if( n>=6 && (memcmp(z, "\xE5\xB9\xB4\xE4\xBB\xA3", 6)==0
               || memcmp(z, "\xEB\x85\x84\xEB\x8C\x80", 6)==0) ){
    return 'X';
  }
  if( z[0]==0xE5 && z[1]==0xB9 && z[2]==0xB4 ) return 'Y';
  if( z[0]==0xE6 && z[1]==0x9C && z[2]==0x88 ) return 'M';
  if( z[0]==0xE6 && z[1]==0x97 && z[2]==0xA5 ) return 'D';
  if( z[0]==0xEB && z[1]==0x85 && z[2]==0x84 ) return 'Y';
  if( z[0]==0xEC && z[1]==0x9B && z[2]==0x94 ) return 'M';
  if( z[0]==0xEC && z[1]==0x9D && z[2]==0xBC ) return 'D';
  return 0;
}

/* Punctuation a date uses, folded: every dash is '-', every apostrophe '\''. */
static int punct_char(const char *z, size_t n, int *pLen){
  const unsigned char *u = (const unsigned char*)z;
  *pLen = 1;
  if( u[0]<0x80 ){
    return strchr(",.-/[]?~%'():#+&", u[0]) && u[0] ? u[0] : 0;
  }
  {
    uint32_t cp;
    int len = text_utf8_decode(u, n, &cp);
    *pLen = len;
    if( text_is_dash(cp) ) return '-';
    if( cp==0x301C || cp==0xFF5E ) return '-';     /* 〜 ～: the range of Japanese dates */
    if( text_is_apostrophe(cp) ) return '\'';
  }
  return 0;
}

/* Lex the token at z[i..n) into *t; returns where it ends (i when at the end of the text). */
size_t dates_lex_token(const char *z, size_t n, size_t i, Token *t){
  int k, c;
  memset(t, 0, sizeof(*t));
  while( i<n && (k = text_space_len(z+i, n-i))>0 ){ i += (size_t)k; t->space_before = 1; }
  t->start = (uint32_t)i;
  if( i>=n ){
    t->type = TOK_END;
  }else if( z[i]>='0' && z[i]<='9' ){
    i = lex_number(z, n, i, t);
  }else if( z[i]=='X' && i+1<n && z[i+1]=='X'
         && (i+2==n || !letter_len((const unsigned char*)z+i+2, n-i-2, &(uint32_t){0})) ){
    i = lex_number(z, n, i, t);                                 /* "XX": an unknown part */
  }else if( (c = cjk_unit((const unsigned char*)z+i, n-i))!=0 ){
    t->type = TOK_CJK;
    t->value = (int32_t)c;
    i += c=='X' ? 6 : 3;
  }else if( n-i>=3 && memcmp(z+i, "\xE2\x84\x96", 3)==0 ){     /* № */
    t->type = TOK_WORD;
    t->role = ROLE_NUMBER;
    i += 3;
  }else if( letter_len((const unsigned char*)z+i, n-i, &(uint32_t){0}) ){
    i = lex_word(z, n, i, t);
  }else if( (c = punct_char(z+i, n-i, &k))!=0 ){
    t->type = TOK_PUNCT;
    t->value = (int32_t)c;
    t->suffix = (uint8_t)(c=='-' && k>1);   /* an en dash, not ISO's hyphen */
    i += (size_t)k;
  }else{
    uint32_t cp;
    t->type = TOK_OTHER;
    i += (size_t)text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  }
  t->end = (uint32_t)i;
  return i;
}

/* Lex all of z[0..n) into aTok; -1 when it has more tokens than any date, or a character no
** date uses. */
int dates_lex_all(const char *z, size_t n, Token *aTok){
  size_t i = 0;
  int nTok = 0;
  for(;;){
    Token t;
    i = dates_lex_token(z, n, i, &t);
    if( t.type==TOK_END ) return nTok;
    if( t.type==TOK_OTHER || nTok==DATE_MAX_TOKENS ) return -1;
    aTok[nTok++] = t;
  }
}

