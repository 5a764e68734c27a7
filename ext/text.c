/*
** text.c: UTF-8 helpers shared by the pure C cores. See text.h.
*/
#include "text.h"
#include "archivist_data.h"

#include <string.h>
#include <utf8proc.h>

/* Masks of the bytes of an 8-byte word w, exact byte by byte (no carry crosses a byte):
** SWAR_MAY_SPACE sets the high bit of every byte below 0x20 or above 0x7F (the bytes that
** aMaySpace can hold), SWAR_SPACES that of every byte equal to ' '. They test bytes only, so
** they hold whatever the byte order of the load. */
#define SWAR_LOW7  0x7F7F7F7F7F7F7F7Full
#define SWAR_HIGH  0x8080808080808080ull
#define SWAR_MAY_SPACE(w) (((w) | ~(((w) & SWAR_LOW7) + 0x6060606060606060ull)) & SWAR_HIGH)
#define SWAR_SPACES(w) \
  (~(((((w) ^ 0x2020202020202020ull) & SWAR_LOW7) + SWAR_LOW7) \
     | ((w) ^ 0x2020202020202020ull)) & SWAR_HIGH)

/* ---------------------------------------------------------------- character classes */

int text_is_letter(uint32_t cp){
  utf8proc_category_t cat;
  if( cp<0x80 ) return (cp|0x20)>='a' && (cp|0x20)<='z';
  cat = utf8proc_category((utf8proc_int32_t)cp);
  return cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_LO;
}

int text_is_mark(uint32_t cp){
  utf8proc_category_t cat;
  if( cp<0x80 ) return 0;
  cat = utf8proc_category((utf8proc_int32_t)cp);
  return cat>=UTF8PROC_CATEGORY_MN && cat<=UTF8PROC_CATEGORY_ME;
}

int text_is_upper(uint32_t cp){
  utf8proc_category_t cat;
  if( cp<0x80 ) return cp>='A' && cp<='Z';
  cat = utf8proc_category((utf8proc_int32_t)cp);
  return cat==UTF8PROC_CATEGORY_LU || cat==UTF8PROC_CATEGORY_LT;
}

int text_is_lower(uint32_t cp){
  if( cp<0x80 ) return cp>='a' && cp<='z';
  return utf8proc_category((utf8proc_int32_t)cp)==UTF8PROC_CATEGORY_LL;
}

int text_is_word_char(uint32_t cp){
  utf8proc_category_t cat;
  if( cp<0x80 ) return ((cp|0x20)>='a' && (cp|0x20)<='z') || (cp>='0' && cp<='9');
  cat = utf8proc_category((utf8proc_int32_t)cp);
  return (cat>=UTF8PROC_CATEGORY_LU && cat<=UTF8PROC_CATEGORY_ND)
      || cat==UTF8PROC_CATEGORY_NL || cat==UTF8PROC_CATEGORY_NO;
}

int text_dash_len(const char *z, size_t n){
  uint32_t cp;
  int len;
  if( n==0 ) return 0;
  if( (unsigned char)z[0]<0x80 ) return z[0]=='-';
  len = text_utf8_decode((const unsigned char*)z, n, &cp);
  return text_is_dash(cp) ? len : 0;
}

int text_letter_len(const char *z, size_t n, uint32_t *pCp){
  int len;
  unsigned char c = (unsigned char)z[0];
  if( c<0x80 ){
    *pCp = c;
    return ((c|0x20)>='a' && (c|0x20)<='z') ? 1 : 0;
  }
  len = text_utf8_decode((const unsigned char*)z, n, pCp);
  return text_is_letter(*pCp) || text_is_mark(*pCp) ? len : 0;
}

/* ---------------------------------------------------------------- UTF-8 */

size_t text_utf8_invalid_offset(const char *zIn, size_t n){
  const unsigned char *z = (const unsigned char*)zIn;
  size_t i = 0;
  while( i<n ){
    unsigned c = z[i];
    size_t len;
    uint32_t cp;
    if( c<0x80 ){
      /* ASCII fast path: eight bytes at a time while no high bit is set. */
      while( i+8<=n ){
        uint64_t w;
        memcpy(&w, z+i, 8);
        if( w & 0x8080808080808080ull ) break;
        i += 8;
      }
      while( i<n && z[i]<0x80 ) i++;
      continue;
    }
    if( (len = (size_t)text_utf8_char(z+i, n-i, &cp))==0 ) return i;
    i += len;
  }
  return n;
}

size_t text_utf8_copy(char *zOut, const char *zIn, size_t n){
  const unsigned char *z = (const unsigned char*)zIn;
  size_t i = 0;
  while( i<n ){
    unsigned c = z[i];
    size_t len, k;
    uint32_t cp;
    if( c<0x80 ){
      /* ASCII: eight bytes at a time while none has its high bit set and none is NUL (the
      ** classic test for a zero byte: exact as to whether there is one). */
      while( i+8<=n ){
        uint64_t w;
        memcpy(&w, z+i, 8);
        if( (w & SWAR_HIGH) || ((w - 0x0101010101010101ull) & ~w & SWAR_HIGH) ) break;
        memcpy(zOut+i, &w, 8);
        i += 8;
      }
      while( i<n && z[i]<0x80 ){
        if( z[i]==0 ) return i;
        zOut[i] = (char)z[i];
        i++;
      }
      continue;
    }
    if( (len = (size_t)text_utf8_char(z+i, n-i, &cp))==0 ) return i;
    for(k=0; k<len; k++) zOut[i+k] = (char)z[i+k];
    i += len;
  }
  return n;
}

int text_utf8_decode(const unsigned char *z, size_t n, uint32_t *pCp){
  unsigned c = z[0];
  int len, k;
  uint32_t cp;
  if( c<0x80 ){ *pCp = c; return 1; }
  if( c<0xE0 ){ len = 2; cp = c & 0x1F; }
  else if( c<0xF0 ){ len = 3; cp = c & 0x0F; }
  else { len = 4; cp = c & 0x07; }
  if( (size_t)len>n ){ *pCp = 0xFFFD; return 1; }
  for(k=1; k<len; k++) cp = (cp<<6) | (z[k] & 0x3F);
  *pCp = cp;
  return len;
}

int text_space_len_slow(const char *zIn, size_t n){
  const unsigned char *z = (const unsigned char*)zIn;
  if( n==0 ) return 0;
  switch( z[0] ){
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
      return 1;
    case 0xC2:  /* U+00A0 no-break space */
      return (n>=2 && z[1]==0xA0) ? 2 : 0;
    case 0xE2:
      if( n<3 ) return 0;
      if( z[1]==0x80 && (z[2]<=0x8B || z[2]==0xAF) ) return 3;  /* U+2000..200B, U+202F */
      if( z[1]==0x81 && z[2]==0x9F ) return 3;                   /* U+205F */
      return 0;
    case 0xE3:  /* U+3000 ideographic space */
      return (n>=3 && z[1]==0x80 && z[2]==0x80) ? 3 : 0;
    case 0xEF:  /* U+FEFF byte-order mark */
      return (n>=3 && z[1]==0xBB && z[2]==0xBF) ? 3 : 0;
    default:
      return 0;
  }
}

/* Length of the white space character that ends z[0..n), or 0. */
static int space_len_before(const char *z, size_t n){
  if( n>=1 && (unsigned char)z[n-1]>' ' && (unsigned char)z[n-1]<0x80 ) return 0;
  if( n>=1 && text_space_len(z+n-1, 1)==1 ) return 1;
  if( n>=2 && text_space_len(z+n-2, 2)==2 ) return 2;
  if( n>=3 && text_space_len(z+n-3, 3)==3 ) return 3;
  return 0;
}

void text_trim(const char **pz, size_t *pn){
  const char *z = *pz;
  size_t n = *pn;
  int k;
  while( (k = text_space_len(z, n))>0 ){ z += k; n -= k; }
  while( (k = space_len_before(z, n))>0 ){ n -= k; }
  *pz = z;
  *pn = n;
}

/* Bytes that may start a white space character other than a lone ASCII space: controls, and
** the lead bytes of U+00A0, U+2000..U+205F, U+3000 and U+FEFF. */
static const unsigned char aMaySpace[256] = {
  ['\t']=1, ['\n']=1, ['\v']=1, ['\f']=1, ['\r']=1,
  [0xC2]=1, [0xE2]=1, [0xE3]=1, [0xEF]=1
};

/* Length of the zero-width character that starts z[0..n), or 0: U+200B zero-width space,
** U+2060 word joiner, U+FEFF (a byte-order mark inside the text: a zero-width no-break space)
** and U+00AD soft hyphen. A browser shows none of them, yet a copy keeps them, inside words too
** ("Stalin\u200B’s", "Kommu\u00ADnist"): a folded field drops them, and they part no words. */
static int zero_width_len(const unsigned char *u, size_t n){
  if( n>=2 && u[0]==0xC2 ) return u[1]==0xAD ? 2 : 0;
  if( n<3 ) return 0;
  if( u[0]==0xE2 ){
    if( u[1]==0x80 && u[2]==0x8B ) return 3;
    if( u[1]==0x81 && u[2]==0xA0 ) return 3;
    return 0;
  }
  return (u[0]==0xEF && u[1]==0xBB && u[2]==0xBF) ? 3 : 0;
}

int text_needs_fold(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  size_t i = 0;
  if( n==0 ) return 0;
  if( u[0]==' ' || u[n-1]==' ' ) return 1;
  while( i<n ){
    if( i+8<=n ){
      /* Eight bytes at a time while they hold neither a byte that may start white space
      ** (a control or a non-ASCII byte) nor two spaces in a row, within the word or across
      ** its end (z does not end in ' ', so u[i+8] exists when u[i+7] is one). */
      uint64_t w, sp;
      memcpy(&w, u+i, 8);
      sp = SWAR_SPACES(w);
      if( SWAR_MAY_SPACE(w)==0 && (sp & (sp>>8))==0 && !(u[i+7]==' ' && u[i+8]==' ') ){
        i += 8;
        continue;
      }
    }
    if( u[i]==' ' ){
      /* i+1<n, as z does not end in ' ' */
      if( u[i+1]==' ' || (aMaySpace[u[i+1]] && text_space_len_slow(z+i+1, n-i-1)) ) return 1;
    }else if( aMaySpace[u[i]]
           && (text_space_len_slow(z+i, n-i) || zero_width_len(u+i, n-i)) ){
      return 1;
    }
    i++;
  }
  return space_len_before(z, n)>0;
}

size_t text_fold_space(const char *z, size_t n, char *out){
  size_t i = 0, j = 0;
  int pending = 0;
  text_trim(&z, &n);
  while( i<n ){
    int k = text_space_len(z+i, n-i);
    if( k ){
      /* U+200B and U+FEFF are white space to text_space_len(), as at a line's ends, but they
      ** part no words inside one. */
      if( !zero_width_len((const unsigned char*)z+i, n-i) ) pending = 1;
      i += k;
      continue;
    }
    if( (unsigned char)z[i]>=0xC2 && (k = zero_width_len((const unsigned char*)z+i, n-i))>0 ){
      i += k;
      continue;
    }
    if( pending ){ out[j++] = ' '; pending = 0; }
    out[j++] = z[i++];
  }
  return j;
}

int text_has_year_digits(const char *z, size_t n){
  size_t i, run = 0;
  for(i=0; i<n; i++){
    run = (z[i]>='0' && z[i]<='9') ? run+1 : 0;
    if( run==4 ) return 1;
  }
  return 0;
}

int text_ieq(const char *z, size_t n, const char *w, size_t nw){
  size_t i;
  if( n!=nw ) return 0;
  for(i=0; i<n; i++){
    unsigned char a = (unsigned char)z[i], b = (unsigned char)w[i];
    if( a>='A' && a<='Z' ) a += 32;
    if( b>='A' && b<='Z' ) b += 32;
    if( a!=b ) return 0;
  }
  return 1;
}

/* Defined here rather than in the generated file so that the generator stays a plain table
** writer. datagen.awk sorts every table by key with ASCII letters folded to lower case, the
** order this comparison gives. */

static int fold_byte(unsigned char c){
  return (c>='A' && c<='Z') ? c+32 : c;
}

static int compare_folded(const char *z, size_t n, const char *zKey, size_t nKey){
  size_t i, nMin = n<nKey ? n : nKey;
  for(i=0; i<nMin; i++){
    unsigned char a = (unsigned char)z[i], b = (unsigned char)zKey[i];
    if( a!=b ){                      /* equal bytes fold equal: fold only where they differ */
      int d = fold_byte(a) - fold_byte(b);
      if( d ) return d;
    }
  }
  return n<nKey ? -1 : n>nKey;
}

const ArchDataRow *arch_data_find(const ArchDataRow *aRow, unsigned nRow,
                                  const char *z, size_t n){
  unsigned lo = 0, hi = nRow;
  int first = n>0 ? fold_byte((unsigned char)z[0]) : -1;
  while( lo<hi ){
    unsigned mid = lo + (hi-lo)/2;
    const ArchDataRow *r = &aRow[mid];
    /* most probes are told by the first byte: the whole comparison only when it is equal */
    int c = r->nKey>0 ? first - fold_byte((unsigned char)r->key[0]) : (n>0);
    if( c==0 ) c = compare_folded(z, n, r->key, (size_t)r->nKey);
    if( c==0 ) return r;
    if( c<0 ) hi = mid; else lo = mid+1;
  }
  return 0;
}

unsigned arch_data_prefixed(const ArchDataRow *aRow, unsigned nRow, const char *z, size_t n,
                            unsigned *piFirst){
  unsigned lo = 0, hi = nRow, i;
  while( lo<hi ){                    /* the first key not below z: a key z begins sorts there */
    unsigned mid = lo + (hi-lo)/2;
    if( compare_folded(aRow[mid].key, (size_t)aRow[mid].nKey, z, n)<0 ) lo = mid+1;
    else hi = mid;
  }
  for(i=lo; i<nRow && (size_t)aRow[i].nKey>=n && text_ieq(aRow[i].key, n, z, n); i++){}
  *piFirst = lo;
  return i-lo;
}

int arch_data_begins_longer(const ArchDataRow *aRow, unsigned nRow, const char *z, size_t n){
  unsigned i, k = arch_data_prefixed(aRow, nRow, z, n, &i);
  for(; k>0; k--, i++){
    if( (size_t)aRow[i].nKey>n ) return 1;
  }
  return 0;
}

/* Letter cp (in lower case, beyond ASCII) as Unicode decomposes it, its marks stripped and its
** case folded, in out (8 bytes at most): its length. */
static int fold_decomposed(uint32_t cp, char out[8]){
  utf8proc_int32_t aDecomp[8];
  utf8proc_ssize_t nDecomp, k;
  int last = 0, n = 0;
  nDecomp = utf8proc_decompose_char((utf8proc_int32_t)cp, aDecomp, 8,
                                    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD
                                    | UTF8PROC_STRIPMARK,
                                    &last);
  for(k=0; k<nDecomp && k<8; k++){
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t nb = utf8proc_encode_char(aDecomp[k], b);
    if( n+nb>8 ) break;
    memcpy(out+n, b, (size_t)nb);
    n += (int)nb;
  }
  return n;
}

int text_fold_letter(uint32_t cp, char out[8]){
  utf8proc_uint8_t enc[4];
  utf8proc_ssize_t nEnc;
  const ArchDataRow *r;
  int n;
  if( cp<0x80 ){
    out[0] = (char)((cp>='A' && cp<='Z') ? cp+32 : cp);
    return 1;
  }
  if( text_is_hangul_syllable(cp) || text_is_han(cp) ){
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t*)out);
  }
  cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
  nEnc = utf8proc_encode_char((utf8proc_int32_t)cp, enc);
  r = arch_data_find(arch_data_latin_letters, arch_data_latin_letters_count,
                     (const char*)enc, (size_t)nEnc);
  if( r ){
    n = (int)strlen(r->value);
    memcpy(out, r->value, (size_t)n);
    return n;
  }
  return fold_decomposed(cp, out);
}

int text_fold_letter_plain(uint32_t cp, char out[8]){
  int n, k;
  if( cp>=0x80 && !text_is_hangul_syllable(cp) && !text_is_han(cp) ){
    n = fold_decomposed((uint32_t)utf8proc_tolower((utf8proc_int32_t)cp), out);
    for(k=0; k<n && out[k]>='a' && out[k]<='z'; k++){}
    if( n>0 && k==n ) return n;
  }
  return text_fold_letter(cp, out);
}

size_t text_fold_key(const char *z, size_t n, char *out){
  size_t i = 0, o = 0;
  int pending = 0;
  text_trim(&z, &n);
  while( i<n ){
    uint32_t cp;
    unsigned char c = (unsigned char)z[i];
    int k, len;
    if( ((c|0x20)>='a' && (c|0x20)<='z') || (c>='0' && c<='9') ){
      if( pending && o>0 ) out[o++] = ' ';     /* an ASCII letter or digit: as below, */
      pending = 0;                             /* without the character tables */
      out[o++] = (char)(c>='A' && c<='Z' ? c+32 : c);
      i++;
      continue;
    }
    if( (k = text_space_len(z+i, n-i))!=0 ){ pending = 1; i += (size_t)k; continue; }
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    if( pending && o>0 ) out[o++] = ' ';
    pending = 0;
    if( text_is_quote(cp) ){
      out[o++] = '\'';
    }else if( text_is_dash(cp) ){
      out[o++] = '-';
    }else{
      o += (size_t)text_fold_letter(cp, out+o);
    }
    i += (size_t)len;
  }
  out[o] = 0;
  return o;
}

/* The syllables of a romanized name, z[0..n): its groups of vowels, one to a syllable ("Kim
** Il": 2, "Zhou Enlai": 3, "Deng Xiaoping": 3, "Kim Il-sung": 3). A letter outside ASCII is
** taken for a vowel (ŏ, ŭ, ü, the accented vowels of pinyin and Vietnamese). */
int text_vowel_groups(const char *z, size_t n){
  size_t i;
  int nGroup = 0, inGroup = 0;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    int vowel = c>=0x80 || (c!=0 && strchr("aeiouyAEIOUY", c)!=0);
    if( vowel && !inGroup ) nGroup++;
    inGroup = vowel;
  }
  return nGroup;
}

int text_contains(const char *z, size_t n, const char *w, size_t nw){
  const char *zEnd = z+n, *zAt = z;
  if( nw==0 ) return 1;
  while( (size_t)(zEnd-zAt)>=nw && (zAt = memchr(zAt, w[0], (size_t)(zEnd-zAt)-nw+1))!=0 ){
    if( memcmp(zAt, w, nw)==0 ) return 1;
    zAt++;
  }
  return 0;
}
