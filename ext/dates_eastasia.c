/*
** dates_eastasia.c: dates of East Asian documents. See dates_readers.h for the interface.
**
** A date here is [era] YEAR 年 [MONTH 月 [DAY 日]] (or 년 월 일), blanks allowed between the
** pieces, or era YEAR.MONTH[.DAY] in Arabic digits ("昭和33.3.3"), or a decade, a Gregorian
** year ending in 0 before 年代 or 년대 ("1950年代", "1950년대": 1950-1959), where
**   era     a name of ext/data/eras.tsv: a Japanese era (昭和, 平成, "Showa"), the Juche count
**           of North Korea (주체, "Juche"), the Republic of China's (民國, 民国), the Korean
**           Dangi (단기 4291 = 1958, South Korea's official count from 1948 to 1961), or 公元 /
**           西元 / 서기 in front of a Gregorian year. After a romanized era the unit may be
**           left out: "Juche 47", "Showa 33".
**   YEAR    in Arabic digits (ASCII or full-width), in Chinese numerals digit by digit
**           (一九五八, 一〇二) or with 十 百 千 (三十三, 一百零二), or 元 (the first year of an era).
**           Without an era the year has four digits, the first not 0: "58年" is not read. An era year may be
**           followed by its Gregorian year in brackets, which must agree: "주체47(1958)년".
**   MONTH   1 to 12, DAY 1 to the end of the month, in digits or numerals (十二, 二十一, 廿一,
**           卅一).
** Year N of an era is the Gregorian year year-1 + N - 1 (eras.tsv), cut to the days of the era:
** "平成元年" is 1989-01-08 to 1989-12-31. A day outside its era or its month is no date.
**
** The convention named is the era's ("juche", "roc", "japanese-era", "dangi"); without one,
** "chinese-numerals" when a number is written in them, else "cjk".
*/
#include "dates_int.h"
#include "dates_readers.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* ---------------------------------------------------------------- characters */

/* The code point at z[*pi] (valid UTF-8), without moving. */
static uint32_t peek(const char *z, size_t n, size_t i, int *pLen){
  uint32_t cp = 0;
  if( i>=n ){ *pLen = 0; return 0; }
  *pLen = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  return cp;
}

static void skip_space(const char *z, size_t n, size_t *pi){
  int k;
  while( *pi<n && (k = text_space_len(z+*pi, n-*pi))>0 ) *pi += (size_t)k;
}

/* A digit: ASCII or full-width (kind 'a'), or a Chinese numeral digit (kind 'h'); -1 if none. */
static int digit_value(uint32_t cp, int *pKind){
  static const struct { uint32_t cp; int v; } aHan[] = {
    {0x3007,0}, {0x96F6,0}, {0x4E00,1}, {0x4E8C,2}, {0x4E09,3}, {0x56DB,4},
    {0x4E94,5}, {0x516D,6}, {0x4E03,7}, {0x516B,8}, {0x4E5D,9},
  };  /* 〇 零 一 二 三 四 五 六 七 八 九 */
  size_t k;
  if( cp>='0' && cp<='9' ){ *pKind = 'a'; return (int)(cp-'0'); }
  if( cp>=0xFF10 && cp<=0xFF19 ){ *pKind = 'a'; return (int)(cp-0xFF10); }
  for(k=0; k<sizeof(aHan)/sizeof(aHan[0]); k++){
    if( aHan[k].cp==cp ){ *pKind = 'h'; return aHan[k].v; }
  }
  return -1;
}

/* The Chinese numerals that multiply: 十 百 千, and 廿 (twenty) 卅 (thirty); 0 if none. */
static int multiplier(uint32_t cp){
  switch( cp ){
    case 0x5341: return 10;     /* 十 */
    case 0x767E: return 100;    /* 百 */
    case 0x5343: return 1000;   /* 千 */
    case 0x5EFF: return -20;    /* 廿 */
    case 0x5345: return -30;    /* 卅 */
  }
  return 0;
}

/* The units: 'Y' 年 년, 'M' 月 월, 'D' 日 일; 0 if none. */
static int unit_of(uint32_t cp){
  switch( cp ){
    case 0x5E74: case 0xB144: return 'Y';
    case 0x6708: case 0xC6D4: return 'M';
    case 0x65E5: case 0xC77C: return 'D';
  }
  return 0;
}

/* ---------------------------------------------------------------- numbers */

/* How a number was written. */
enum { NUM_ARABIC = 1, NUM_DIGITWISE, NUM_POSITIONAL, NUM_FIRST };

typedef struct Number {
  int value;
  int nChar;               /* characters read */
  int form;                /* NUM_ARABIC ... */
} Number;

/* Chinese numerals with 十 百 千 廿 卅: 三十三, 十二, 一百零二, 一千九百五十八, 廿一. The
** multipliers come in decreasing order; a digit follows a digit only across 零 / 〇, which
** stands for a skipped place ("一百零二", 102). "一百二" (120 in speech) is not read. */
static int positional_value(const int *aV, const int *aMul, int nChar){
  int total = 0, cur = -1, lastMul = 100000, afterZero = 0, k;
  for(k=0; k<nChar; k++){
    if( aMul[k]==0 ){
      if( cur>=0 ) return -1;                  /* two digits in a row */
      if( aV[k]==0 ){
        if( k==0 || afterZero ) return -1;
        afterZero = 1;
        continue;
      }
      cur = aV[k];
    }else{
      int mul = aMul[k]<0 ? 10 : aMul[k];
      if( mul>=lastMul || (afterZero && cur<0) ) return -1;
      if( aMul[k]<0 ){                         /* 廿 20, 卅 30 */
        if( cur>=0 ) return -1;
        total += -aMul[k];
      }else{
        if( cur<0 ){
          if( k>0 ) return -1;                 /* "百十" */
          cur = 1;                             /* "十二": 12 */
        }
        total += cur*mul;
      }
      lastMul = mul;
      cur = -1;
      afterZero = 0;
    }
  }
  if( cur>0 ){
    if( lastMul>10 && lastMul<100000 && !afterZero ) return -1;
    total += cur;
  }else if( afterZero ){
    return -1;                                 /* a trailing 零 */
  }
  return total;
}

/* A number at z[*pi]: Arabic digits, Chinese numerals, or 元. */
static int read_number(const char *z, size_t n, size_t *pi, Number *p){
  int aV[8], aMul[8], nChar = 0, kind = 0, k, len, positional = 0;
  size_t i = *pi;
  uint32_t cp;
  memset(p, 0, sizeof(*p));
  cp = peek(z, n, i, &len);
  if( cp==0x5143 ){                                      /* 元: the first year */
    p->value = 1;
    p->nChar = 1;
    p->form = NUM_FIRST;
    *pi = i + (size_t)len;
    return 1;
  }
  for(;;){
    int kindHere = 0, v, mul;
    cp = peek(z, n, i, &len);
    if( len==0 ) break;
    v = digit_value(cp, &kindHere);
    mul = v<0 ? multiplier(cp) : 0;
    if( v<0 && mul==0 ) break;
    if( mul ) kindHere = 'h';
    if( kind && kindHere!=kind ) return 0;               /* "19五八" */
    kind = kindHere;
    if( nChar==8 ) return 0;
    aV[nChar] = v<0 ? 0 : v;
    aMul[nChar] = mul;
    if( mul ) positional = 1;
    nChar++;
    i += (size_t)len;
  }
  if( nChar==0 ) return 0;
  p->nChar = nChar;
  if( kind=='a' || !positional ){
    p->value = 0;
    for(k=0; k<nChar; k++) p->value = p->value*10 + aV[k];
    p->form = kind=='a' ? NUM_ARABIC : NUM_DIGITWISE;
  }else{
    p->value = positional_value(aV, aMul, nChar);
    if( p->value<=0 ) return 0;
    p->form = NUM_POSITIONAL;
  }
  *pi = i;
  return 1;
}

/* A month or a day: 1 or 2 Arabic digits, one numeral digit, or numerals with 十 廿 卅. */
static int read_small(const char *z, size_t n, size_t *pi, int max, Number *p){
  if( !read_number(z, n, pi, p) ) return 0;
  if( p->form==NUM_FIRST ) return 0;
  if( p->form==NUM_ARABIC && p->nChar>2 ) return 0;
  if( p->form==NUM_DIGITWISE && p->nChar>1 ) return 0;
  return p->value>=1 && p->value<=max;
}

/* The unit at z[*pi], after optional blanks; 0 if none. */
static int read_unit(const char *z, size_t n, size_t *pi){
  size_t i = *pi;
  int len, u;
  skip_space(z, n, &i);
  u = unit_of(peek(z, n, i, &len));
  if( u ) *pi = i + (size_t)len;
  return u;
}

/* A third of a month after the month, at z[*pi]: 上旬 中旬 下旬 (Chinese, Japanese), 초순 중순
** 하순 (Korean): 1, 2 or 3, and *pi after it; else 0. */
static int read_dekad(const char *z, size_t n, size_t *pi){
  static const struct { const char *z; int v; } aDekad[] = {
    { "\xE4\xB8\x8A\xE6\x97\xAC", 1 }, { "\xE4\xB8\xAD\xE6\x97\xAC", 2 },
    { "\xE4\xB8\x8B\xE6\x97\xAC", 3 },
    { "\xEC\xB4\x88\xEC\x88\x9C", 1 }, { "\xEC\xA4\x91\xEC\x88\x9C", 2 },
    { "\xED\x95\x98\xEC\x88\x9C", 3 },
  };
  size_t k;
  for(k=0; k<sizeof(aDekad)/sizeof(aDekad[0]); k++){
    if( n-*pi>=6 && memcmp(z+*pi, aDekad[k].z, 6)==0 ){
      *pi += 6;
      skip_space(z, n, pi);
      return aDekad[k].v;
    }
  }
  return 0;
}

/* A decade's suffix after a year, at z[*pi] after optional blanks: 年代 (Chinese, Japanese),
** 년대 (Korean): "1950年代", "1950년대". 1 and *pi after it, else 0. */
static int read_decade_suffix(const char *z, size_t n, size_t *pi){
  static const char *const azSuffix[] = {
    "\xE5\xB9\xB4\xE4\xBB\xA3", "\xEB\x85\x84\xEB\x8C\x80",
  };
  size_t i = *pi, k;
  skip_space(z, n, &i);
  for(k=0; k<sizeof(azSuffix)/sizeof(azSuffix[0]); k++){
    if( n-i>=6 && memcmp(z+i, azSuffix[k], 6)==0 ){
      *pi = i+6;
      return 1;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- eras */

typedef struct Era {
  int year1;               /* Gregorian year of year 1 */
  int32_t first, last;     /* its days; last ARCH_DAY_MAX while current */
  int latin;               /* the name is romanized: the unit 年 may be left out */
  const char *zConvention; /* points into the table (NUL-terminated at the end of the value) */
} Era;

/* "YYYY-MM-DD" at z: its day number, or 0. */
static int32_t iso_day(const char *z){
  int k, y = 0, m, d;
  for(k=0; k<4; k++){ if( z[k]<'0' || z[k]>'9' ) return 0; y = y*10 + z[k]-'0'; }
  if( z[4]!='-' || z[7]!='-' ) return 0;
  m = (z[5]-'0')*10 + (z[6]-'0');
  d = (z[8]-'0')*10 + (z[9]-'0');
  if( y<1 || m<1 || m>12 || d<1 || d>arch_days_in_month(y, m) ) return 0;
  return arch_days_from_civil(y, m, d);
}

/* Read a row's value, "year-1 first-day last-day convention". */
static int era_from_row(const ArchDataRow *pRow, Era *pEra){
  const char *z = pRow->value;
  int sign = 1, v = 0;
  if( *z=='-' ){ sign = -1; z++; }
  while( *z>='0' && *z<='9' ) v = v*10 + (*z++ - '0');
  if( *z++!=' ' ) return 0;
  pEra->year1 = sign*v;
  if( strlen(z)<11 || (pEra->first = iso_day(z))==0 || z[10]!=' ' ) return 0;
  z += 11;
  if( z[0]=='.' && z[1]=='.' ){
    pEra->last = ARCH_DAY_MAX;
    z += 2;
  }else{
    if( strlen(z)<10 || (pEra->last = iso_day(z))==0 ) return 0;
    z += 10;
  }
  if( *z++!=' ' || *z==0 ) return 0;
  pEra->zConvention = z;
  return 1;
}

#define ERA_WORD_MAX 32

/* The era named at z[*pi], if any. */
static int read_era(const char *z, size_t n, size_t *pi, Era *pEra){
  const ArchDataRow *pRow = 0;
  size_t i = *pi;
  int len;
  uint32_t cp = peek(z, n, i, &len);
  memset(pEra, 0, sizeof(*pEra));
  if( cp<0x80 ? ((cp|0x20)>='a' && (cp|0x20)<='z') : (cp<0x2E80 && text_is_letter(cp)) ){
    /* a romanized name: the whole word, folded as date words are ("Shōwa" is "showa") */
    char buf[ERA_WORD_MAX];
    size_t start = i;
    int nBuf;
    while( i<n && (len = text_letter_len(z+i, n-i, &cp))>0 ) i += (size_t)len;
    nBuf = dates_fold_word(z+start, i-start, buf, sizeof(buf));
    if( nBuf<=0 ) return 0;
    pRow = arch_data_find(arch_data_eras, arch_data_eras_count, buf, (size_t)nBuf);
    pEra->latin = 1;
  }else{
    /* a name in Han or Hangul: the longest one that begins the text */
    int k;
    for(k=arch_data_eras_max_key; k>=arch_data_eras_min_key && !pRow; k--){
      if( (size_t)k<=n-i && (unsigned char)z[i]>=0x80 ){
        pRow = arch_data_find(arch_data_eras, arch_data_eras_count, z+i, (size_t)k);
      }
      if( pRow ) i += (size_t)k;
    }
  }
  if( pRow==0 || !era_from_row(pRow, pEra) ) return 0;
  *pi = i;
  return 1;
}

/* ---------------------------------------------------------------- dates */

/* "(1958)" after an era year: its Gregorian year, which must be gy. */
static int read_gregorian_gloss(const char *z, size_t n, size_t *pi, int gy){
  size_t i = *pi;
  int len;
  uint32_t cp;
  Number num;
  skip_space(z, n, &i);
  cp = peek(z, n, i, &len);
  if( cp!='(' && cp!=0xFF08 ) return 1;                  /* ( or the full-width （ */
  i += (size_t)len;
  if( !read_number(z, n, &i, &num) || num.form!=NUM_ARABIC || num.nChar!=4 ) return 0;
  cp = peek(z, n, i, &len);
  if( cp!=')' && cp!=0xFF09 ) return 0;
  if( num.value!=gy ) return 0;
  *pi = i + (size_t)len;
  return 1;
}

/* A Gregorian year glossed with its era year in brackets, the Japanese way: "1963（昭和38）年",
** "1963年（昭和38年）", "1958 (民國47年)". The era year must be the same year. Moves *pi past the
** gloss when there is one that agrees; 1 when there is none, 0 when it disagrees. */
static int read_era_gloss(const char *z, size_t n, size_t *pi, int gy){
  size_t i = *pi;
  int len;
  uint32_t cp;
  Era era;
  Number num;
  skip_space(z, n, &i);
  cp = peek(z, n, i, &len);
  if( cp!='(' && cp!=0xFF08 ) return 1;
  i += (size_t)len;
  skip_space(z, n, &i);
  if( !read_era(z, n, &i, &era) || strcmp(era.zConvention, "cjk")==0 ) return 1;
  skip_space(z, n, &i);
  if( !read_number(z, n, &i, &num) || num.value<1 || era.year1 + num.value - 1!=gy ) return 0;
  if( (cp = peek(z, n, i, &len))==0x5E74 || cp==0xB144 ) i += (size_t)len;   /* 年 년 */
  cp = peek(z, n, i, &len);
  if( cp!=')' && cp!=0xFF09 ) return 0;
  *pi = i + (size_t)len;
  return 1;
}

/* A weekday after a day, read and dropped as the grammar drops "Tuesday," before a date:
** Chinese 星期二 / 礼拜二 / 禮拜二 / 周二 / 週二 (日 or 天 for Sunday), Japanese 火曜日 / 火曜,
** Korean 화요일, each also in brackets, half- or full-width; in brackets also the one
** character of Japanese and Korean (（火）, (화)). Moves *pi past it; 0 (and *pi kept) when
** there is none. */
static int read_cjk_weekday(const char *z, size_t n, size_t *pi){
  static const uint32_t aJa[] = { 0x6708, 0x706B, 0x6C34, 0x6728, 0x91D1, 0x571F, 0x65E5 };
  static const uint32_t aKo[] = { 0xC6D4, 0xD654, 0xC218, 0xBAA9, 0xAE08, 0xD1A0, 0xC77C };
  static const uint32_t aZh[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x65E5,
                                  0x5929 };                  /* 一 .. 六, 日, 天 */
  size_t j = *pi;
  int k, k2, open = 0, full = 0;
  uint32_t cp, cp2;
  size_t q;
  skip_space(z, n, &j);
  cp = peek(z, n, j, &k);
  if( cp=='(' || cp==0xFF08 ){
    open = 1;
    j += (size_t)k;
    cp = peek(z, n, j, &k);
  }
  cp2 = peek(z, n, j+(size_t)k, &k2);
  if( ((cp==0x661F && cp2==0x671F) || ((cp==0x793C || cp==0x79AE) && cp2==0x62DC)
       || cp==0x5468 || cp==0x9031) ){
    /* 星期 礼拜 禮拜 (two characters), 周 週 (one), then the day's numeral */
    j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    if( cp==0x661F || cp==0x793C || cp==0x79AE ){
      j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    }
    cp = peek(z, n, j, &k);
    for(q=0; q<sizeof(aZh)/sizeof(aZh[0]) && aZh[q]!=cp; q++){}
    if( q==sizeof(aZh)/sizeof(aZh[0]) ) return 0;
    j += (size_t)k;
    full = 1;
  }else{
    int ja = 0, ko = 0;
    for(q=0; q<7; q++){
      if( aJa[q]==cp ) ja = 1;
      if( aKo[q]==cp ) ko = 1;
    }
    if( !ja && !ko ) return 0;
    j += (size_t)k;
    cp = peek(z, n, j, &k);
    if( ja && cp==0x66DC ){                              /* 曜, 曜日 */
      j += (size_t)k;
      full = 1;
      cp = peek(z, n, j, &k);
      if( cp==0x65E5 ) j += (size_t)k;
    }else if( ko && cp==0xC694 ){                        /* 요일 */
      j += (size_t)k;
      cp = peek(z, n, j, &k);
      if( cp!=0xC77C ) return 0;
      j += (size_t)k;
      full = 1;
    }
  }
  if( open ){
    cp = peek(z, n, j, &k);
    if( cp!=')' && cp!=0xFF09 ) return 0;
    j += (size_t)k;
  }else if( !full ){
    return 0;                                          /* "火" alone is no weekday */
  }
  *pi = j;
  return 1;
}

/* A decade in Chinese numerals, maybe after its century: "五十年代" (the 1950s, the 1900s
** assumed, as "the fifties"), "二十世纪五十年代", "十九世紀五十年代" (the 1850s). The whole of
** z[0..n) or 0. */
static int read_numeral_decade(const char *z, size_t n, ArchDate *pOut){
  static const char *const azCentury[] = { "\xE4\xB8\x96\xE7\xBA\xAA", "\xE4\xB8\x96\xE7\xB4\x80" };
  size_t i = 0, k;
  int century = 0;
  Number a;
  Part part;
  if( !read_number(z, n, &i, &a) || a.form!=NUM_POSITIONAL ) return 0;
  for(k=0; k<sizeof(azCentury)/sizeof(azCentury[0]); k++){
    if( n-i>=6 && memcmp(z+i, azCentury[k], 6)==0 ){
      if( a.value<2 || a.value>21 ) return 0;
      century = a.value;
      i += 6;
      skip_space(z, n, &i);
      if( !read_number(z, n, &i, &a) || a.form!=NUM_POSITIONAL ) return 0;
      break;
    }
  }
  if( a.value<10 || a.value>90 || a.value%10!=0 ) return 0;
  if( !read_decade_suffix(z, n, &i) ) return 0;
  skip_space(z, n, &i);
  if( i!=n ) return 0;
  memset(&part, 0, sizeof(part));
  part.y = (century ? (century-1)*100 : 1900) + a.value;
  part.year_x = 1;
  if( !century ) part.flags |= ARCH_DATE_ASSUMED_CENTURY;
  return dates_date_from_part(pOut, &part);
}

/* The initial of a Japanese era before a whole day in digits, as Japanese registers and
** forms write it on a date line: "S38.10.8" (Shōwa 38, 1963-10-08), "S.38.10.8", "H1.1.8",
** "R1.5.1" (M Meiji, T Taishō, S Shōwa, H Heisei, R Reiwa). All three numbers are needed: "S38"
** and "S38.10" are as often shelf and file numbers. Read as the era's name would be; 1 with
** *pOut set, else 0. */
static int read_era_initial(const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading){
  static const char azEra[] = "M\xE6\x98\x8E\xE6\xB2\xBB" "T\xE5\xA4\xA7\xE6\xAD\xA3"
                              "S\xE6\x98\xAD\xE5\x92\x8C" "H\xE5\xB9\xB3\xE6\x88\x90"
                              "R\xE4\xBB\xA4\xE5\x92\x8C";    /* 明治 大正 昭和 平成 令和 */
  char buf[32];
  const char *pEra = memchr(azEra, z[0], sizeof(azEra)-1);
  size_t i = 1, k, nDot = 0, nRun = 0;
  if( pEra==0 || (pEra - azEra)%7!=0 ) return 0;
  if( i<n && z[i]=='.' ) i++;
  memcpy(buf, pEra+1, 6);
  for(k=6; i<n; i++){
    if( z[i]>='0' && z[i]<='9' ){
      if( ++nRun>2 ) return 0;
    }else if( z[i]=='.' && nRun>0 && nDot<2 ){
      nDot++;
      nRun = 0;
    }else{
      return 0;
    }
    buf[k++] = z[i];
  }
  if( nDot!=2 || nRun==0 ) return 0;
  return arch_date_read_eastasia(buf, k, pOut, pReading);
}

int arch_date_read_eastasia(const char *z, size_t n, ArchDate *pOut, ArchDateReading *pReading){
  size_t i = 0;
  Era era;
  Number year, month, day;
  int hasEra, gy, hasMonth = 0, hasDay = 0, han = 0, dekad = 0, approx = 0;
  Part part;
  ArchDate d;
  if( z==0 ) return 0;
  text_trim(&z, &n);
  if( n==0 ) return 0;
  if( n>=6 && n<=10 && z[0]>='H' && z[0]<='T' && z[n-1]>='0' && z[n-1]<='9'
   && read_era_initial(z, n, pOut, pReading) ){
    return 1;
  }
  memset(&month, 0, sizeof(month));
  memset(&day, 0, sizeof(day));
  if( read_numeral_decade(z, n, &d) ){
    *pOut = d;
    if( pReading ){
      memset(pReading, 0, sizeof(*pReading));
      pReading->zConvention = "chinese-numerals";
    }
    return 1;
  }

  hasEra = read_era(z, n, &i, &era);
  skip_space(z, n, &i);
  if( !read_number(z, n, &i, &year) ) return 0;
  if( hasEra ){
    if( year.form==NUM_ARABIC && year.nChar>4 ) return 0;
    if( year.form==NUM_DIGITWISE && year.nChar>4 ) return 0;
    gy = era.year1 + year.value - 1;
    if( year.value<1 ) return 0;
    if( !read_gregorian_gloss(z, n, &i, gy) ) return 0;
  }else{
    /* a Gregorian year: four digits or numerals, digit by digit */
    if( (year.form!=NUM_ARABIC && year.form!=NUM_DIGITWISE) || year.nChar!=4 ) return 0;
    if( year.value<1000 ) return 0;                      /* "0958年", "〇九五八年" */
    gy = year.value;
    if( !read_era_gloss(z, n, &i, gy) ) return 0;        /* "1963（昭和38）年" */
  }
  if( gy<1 || gy>9999 ) return 0;
  han = year.form==NUM_DIGITWISE || year.form==NUM_POSITIONAL;

  if( !hasEra && gy%10==0 && read_decade_suffix(z, n, &i) ){
    /* "1950年代", "1950년대": the decade, as "1950s" */
    skip_space(z, n, &i);
    if( i!=n ) return 0;
    memset(&part, 0, sizeof(part));
    part.y = gy;
    part.year_x = 1;
    if( !dates_date_from_part(&d, &part) ) return 0;
    *pOut = d;
    if( pReading ){
      memset(pReading, 0, sizeof(*pReading));
      pReading->zConvention = han ? "chinese-numerals" : "cjk";
    }
    return 1;
  }
  if( hasEra && year.form==NUM_ARABIC && i<n && z[i]=='.' ){
    /* "昭和33.3.3", "民國47.3": the month and day after periods */
    size_t j = i+1;
    if( !read_small(z, n, &j, 12, &month) || month.form!=NUM_ARABIC ) return 0;
    hasMonth = 1;
    if( j<n && z[j]=='.' ){
      j++;
      if( !read_small(z, n, &j, 31, &day) || day.form!=NUM_ARABIC ) return 0;
      hasDay = 1;
    }
    i = j;
  }else if( read_unit(z, n, &i)=='Y' ){
    size_t j = i;
    if( !hasEra && !read_era_gloss(z, n, &i, gy) ) return 0;   /* "1963年（昭和38年）" */
    j = i;
    skip_space(z, n, &j);
    if( read_small(z, n, &j, 12, &month) && read_unit(z, n, &j)=='M' ){
      hasMonth = 1;
      i = j;
      skip_space(z, n, &j);
      if( read_small(z, n, &j, 31, &day) && read_unit(z, n, &j)=='D' ){
        hasDay = 1;
        i = j;
      }
    }
  }else if( !(hasEra && era.latin) ){
    return 0;                                             /* "1958" alone is not ours */
  }
  if( hasDay ) read_cjk_weekday(z, n, &i);              /* "1963年10月8日（星期二）" */
  skip_space(z, n, &i);
  if( hasMonth && !hasDay ) dekad = read_dekad(z, n, &i);
  if( hasEra && !hasDay && ((n-i==3 && memcmp(z+i, "\xE9\xA0\x83", 3)==0)            /* 頃 */
                            || (n-i==6 && memcmp(z+i, "\xE3\x81\x94\xE3\x82\x8D", 6)==0)) ){
                                                                                 /* ごろ */
    approx = 1;                                           /* "昭和38年頃": circa */
    i = n;
  }
  if( i!=n ) return 0;
  if( hasMonth && month.form!=NUM_ARABIC ) han = 1;
  if( hasDay && day.form!=NUM_ARABIC ) han = 1;

  /* the days written (dates_parts.c's rules), then those of them inside the era */
  memset(&part, 0, sizeof(part));
  part.y = gy;
  part.m = hasMonth ? month.value : 0;
  part.d = hasDay ? day.value : 0;
  if( !dates_date_from_part(&d, &part) ) return 0;          /* "2月30日" is no day */
  if( dekad ){
    /* 上旬 days 1-10, 中旬 11-20, 下旬 21 to the end of the month */
    int32_t from = d.first + 10*(dekad-1);
    dates_set_interval_days(&d, from, dekad==3 ? d.last : from+9);
  }
  if( hasEra && (d.first<era.first || d.last>era.last) ){
    /* the first or last year of an era: the days of it the era has */
    ArchDatePrecision precision = d.precision;
    int32_t from = d.first<era.first ? era.first : d.first;
    int32_t to = d.last>era.last ? era.last : d.last;
    if( from>to ) return 0;
    dates_set_interval_days(&d, from, to);
    d.precision = precision;
  }
  if( approx ) d.flags |= ARCH_DATE_APPROXIMATE;
  *pOut = d;
  if( pReading ){
    memset(pReading, 0, sizeof(*pReading));
    pReading->zConvention = hasEra && strcmp(era.zConvention, "cjk")!=0 ? era.zConvention
                          : han ? "chinese-numerals" : "cjk";
  }
  return 1;
}
