/*
** names_cases.c: a name of Russian running text read in its case. Russian declines a name's last
** word ("беседа с Ким Ир Сеном", "письмо Мао Цзэдуну", "записка А.М. Пузанова", "с Чжоу
** Эньлаем"); the authority lists names in the nominative. names_decline_cyrillic() puts the
** last word back into the nominative by the endings of ext/data/russian_case_endings.tsv,
** longest ending first, and takes the first reading that names a known person. A name that
** names no one in any of them is left as written: an ending alone is no evidence of a case
** (Хрущева is a woman's name as well as Хрущев's genitive).
**
**     NameInfo info;
**     if( names_decline_cyrillic(pAuth, pCache, "Ким Ир Сеном", n, &info) ){
**       ... info.person is Kim Il Sung's, info.key his key ...
**     }
*/
#include "names_int.h"

/* Where the last word of z[0..n) begins: after its last space. */
static size_t last_word_start(const char *z, size_t n){
  while( n>0 && z[n-1]!=' ' ) n--;
  return n;
}

/* The byte length of the last nChar characters of z[start..n), or 0 when the word has fewer
** than nChar+2 characters (a stem of two letters at least stays). */
static size_t tail_bytes(const char *z, size_t start, size_t n, int nChar){
  size_t i = n;
  int k = 0, nStem = 0;
  while( i>start && k<nChar ){
    i--;
    if( ((unsigned char)z[i] & 0xC0)!=0x80 ) k++;
  }
  if( k<nChar ) return 0;
  for(k=(int)start; (size_t)k<i; k++){
    if( ((unsigned char)z[k] & 0xC0)!=0x80 ) nStem++;
  }
  return nStem>=2 ? n-i : 0;
}

/* z[0..n) with its last nTail bytes replaced by the nominative ending zEnd[0..nEnd) ("-":
** none), analysed: 1 when it names a known person, *pInfo then that reading. */
static int try_nominative(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                          size_t n, size_t nTail, const char *zEnd, size_t nEnd,
                          NameInfo *pInfo){
  char buf[NAME_MAX_INPUT];
  NameInfo info;
  if( nEnd==1 && zEnd[0]=='-' ) nEnd = 0;
  if( n-nTail+nEnd>=sizeof(buf) ) return 0;
  memcpy(buf, z, n-nTail);
  memcpy(buf+n-nTail, zEnd, nEnd);
  if( !name_analyze_cached(pAuth, pCache, buf, n-nTail+nEnd, &info) || info.person<0 ) return 0;
  *pInfo = info;
  return 1;
}

int names_decline_cyrillic(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                           size_t n, NameInfo *pInfo){
  size_t start;
  uint32_t cp;
  int nChar;
  while( n>0 && z[n-1]==' ' ) n--;
  start = last_word_start(z, n);
  if( start>=n ) return 0;
  text_utf8_decode((const unsigned char*)z+start, n-start, &cp);
  if( !text_is_cyrillic(cp) ) return 0;
  for(nChar=arch_data_russian_case_endings_max_key/2; nChar>=1; nChar--){
    size_t nTail = tail_bytes(z, start, n, nChar);
    const ArchDataRow *r;
    const char *zAlt;
    if( nTail==0 ) continue;
    r = arch_data_find(arch_data_russian_case_endings, arch_data_russian_case_endings_count,
                       z+n-nTail, nTail);
    for(zAlt=r ? r->value : 0; zAlt && *zAlt; ){
      size_t nAlt = strcspn(zAlt, " ");
      if( try_nominative(pAuth, pCache, z, n, nTail, zAlt, nAlt, pInfo) ) return 1;
      zAlt += nAlt;
      while( *zAlt==' ' ) zAlt++;
    }
  }
  return 0;
}
