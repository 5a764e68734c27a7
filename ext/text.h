/*
** text.h: small UTF-8 helpers shared by the pure C cores (listing, dates, names, search), and
** the one home of every class of character they agree on (dashes, apostrophes, quotation
** marks, letters, scripts): a new dash added here is a dash for names, dates, listings and
** search alike. Nothing here allocates or knows about SQLite.
*/
#ifndef ARCHIVIST_TEXT_H
#define ARCHIVIST_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------- character classes */

/* Dashes and hyphens: '-', U+2010..U+2015 (hyphen to horizontal bar), U+2212 minus, and the
** small and full-width hyphen-minus U+FE58, U+FE63, U+FF0D. */
static inline int text_is_dash(uint32_t cp){
  return cp=='-' || (cp>=0x2010 && cp<=0x2015) || cp==0x2212
      || cp==0xFE58 || cp==0xFE63 || cp==0xFF0D;
}

/* Apostrophes, and the marks that stand for one inside a word: ' ’ ‘ ` ′, the modifier
** letters ʼ (U+02BC) and ʻ (U+02BB), and ʾ ʿ (U+02BE, U+02BF), which transliterations of
** Arabic use for hamza and ayn ("Maʿruf"). */
static inline int text_is_apostrophe(uint32_t cp){
  return cp=='\'' || cp==0x2019 || cp==0x2018 || cp=='`' || cp==0x2032
      || cp==0x02BC || cp==0x02BB || cp==0x02BE || cp==0x02BF;
}

/* Quotation marks of every style, apostrophes among them: " “ ” „ ‟ ‚ ‛ « » ‹ › ´ ″. */
static inline int text_is_quote(uint32_t cp){
  return text_is_apostrophe(cp) || cp=='"' || cp==0xB4 || cp==0xAB || cp==0xBB
      || (cp>=0x2018 && cp<=0x201F) || cp==0x2039 || cp==0x203A || cp==0x2033;
}

/* Double quotation marks, which open and close a phrase in a search box: " “ ” „ ‟ « » ″ and
** the full-width ＂. Any of them closes a phrase any of them opened. */
static inline int text_is_double_quote(uint32_t cp){
  return cp=='"' || (cp>=0x201C && cp<=0x201F) || cp==0xAB || cp==0xBB || cp==0x2033
      || cp==0xFF02;
}

/* Scripts the name engine reads by their own rules. */
static inline int text_is_hangul_syllable(uint32_t cp){ return cp>=0xAC00 && cp<=0xD7A3; }
static inline int text_is_cyrillic(uint32_t cp){ return cp>=0x0400 && cp<=0x04FF; }
static inline int text_is_han(uint32_t cp){
  return (cp>=0x4E00 && cp<=0x9FFF) || (cp>=0x3400 && cp<=0x4DBF) || (cp>=0xF900 && cp<=0xFAFF);
}
/* Katakana, in which Japanese writes foreign names (スターリン): its letters, the prolonged
** sound mark and the iteration marks, not the middle dot (・) that parts the words of a name.
** The name engine keeps them as written, like Han: only the authority knows them. */
static inline int text_is_katakana(uint32_t cp){
  return (cp>=0x30A1 && cp<=0x30FA) || (cp>=0x30FC && cp<=0x30FF) || (cp>=0x31F0 && cp<=0x31FF);
}
/* Hiragana, the syllables of Japanese's own words and particles (は, と, の). */
static inline int text_is_hiragana(uint32_t cp){ return cp>=0x3041 && cp<=0x309F; }
/* Han or katakana: the scripts the name engine keeps as written. */
static inline int text_is_kept_script(uint32_t cp){ return text_is_han(cp) || text_is_katakana(cp); }

/* A letter (Unicode categories Lu, Ll, Lt, Lm, Lo), and a combining mark (Mn, Mc, Me). */
int text_is_letter(uint32_t cp);
int text_is_mark(uint32_t cp);
/* An upper-case or title-case letter, and a lower-case one. */
int text_is_upper(uint32_t cp);
int text_is_lower(uint32_t cp);

/* A character of a word as search indexes words: a letter, a combining mark or a digit of any
** script (Unicode categories L, M, Nd, Nl, No). */
int text_is_word_char(uint32_t cp);

/* Length in bytes of the dash (text_is_dash) at z[0..n), or 0. */
int text_dash_len(const char *z, size_t n);

/* Length in bytes of the letter or combining mark at z[0..n) (valid UTF-8), with its code
** point in *pCp; 0 when z does not start with one. ASCII letters need no table. */
int text_letter_len(const char *z, size_t n, uint32_t *pCp);

/* ---------------------------------------------------------------- UTF-8 */

/* Does z[0..n) hold the bytes w[0..nw)? (An empty w: yes.) */
int text_contains(const char *z, size_t n, const char *w, size_t nw);

/* Offset of the first byte of z[0..n) that is not part of well-formed UTF-8 (overlong forms,
** surrogates and code points above U+10FFFF are ill-formed), or n when all of it is valid. */
size_t text_utf8_invalid_offset(const char *z, size_t n);

/* Copy z[0..n) to out (room for n bytes) as far as it is well-formed UTF-8 without a NUL
** byte, in one pass: returns the length copied, n when all of it is. Reading, checking and
** copying a large text at once costs one pass over it instead of three. */
size_t text_utf8_copy(char *out, const char *z, size_t n);

/* Decode the character at z[0..n) (n > 0, valid UTF-8): returns its length in bytes and stores
** the code point in *pCp. */
int text_utf8_decode(const unsigned char *z, size_t n, uint32_t *pCp);

/* The length of the well-formed UTF-8 character at z[0..n) (n > 0), its code point in *pCp; 0
** when no character begins there: a stray or missing continuation byte, an overlong form, a
** surrogate, a code point past U+10FFFF, a character cut off by the end. The one rule of
** text_utf8_invalid_offset(), text_utf8_copy() and the tokenizer, which runs it for every
** letter: inline. */
static inline int text_utf8_char(const unsigned char *z, size_t n, uint32_t *pCp){
  unsigned c = z[0];
  uint32_t cp, min;
  int len, k;
  if( c<0x80 ){ *pCp = c; return 1; }
  if( c>=0xC2 && c<=0xDF ){ len = 2; min = 0x80; cp = c & 0x1F; }
  else if( c>=0xE0 && c<=0xEF ){ len = 3; min = 0x800; cp = c & 0x0F; }
  else if( c>=0xF0 && c<=0xF4 ){ len = 4; min = 0x10000; cp = c & 0x07; }
  else return 0;
  if( (size_t)len>n ) return 0;
  for(k=1; k<len; k++){
    if( (z[k] & 0xC0)!=0x80 ) return 0;
    cp = (cp<<6) | (z[k] & 0x3F);
  }
  if( cp<min || cp>0x10FFFF || (cp>=0xD800 && cp<=0xDFFF) ) return 0;
  *pCp = cp;
  return len;
}

/* The k bytes at z (8 or 4) as a number, the first byte lowest, whatever the machine's byte
** order: the authority's maps are laid out by text_hash() at build time. */
static inline uint64_t text_read_le(const unsigned char *z, size_t k){
  uint64_t w = 0;
  memcpy(&w, z, k);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);        /* the k bytes read land in its low bytes, in order */
#endif
  return w;
}

/* A hash of the bytes z[0..n), for the memos and maps that place a word or name by it: the
** memo of names read, the tokenizer's memo of stems, the authority's maps. Eight bytes at a
** time, each mixed in by a multiply; the last eight (or fewer) read as wyhash reads them,
** overlapping the bytes before, the length mixed in first; the total finished as MurmurHash3's
** fmix64. A word or a name is one to three reads, where a byte at a time took a multiply a
** byte. */
static inline uint32_t text_hash(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)n * 0xFF51AFD7ED558CCDull), w;
  while( n>8 ){
    h = (h ^ text_read_le(u, 8)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    u += 8;
    n -= 8;
  }
  if( n==8 ) w = text_read_le(u, 8);
  else if( n>=4 ) w = (text_read_le(u, 4) << 32) | text_read_le(u+n-4, 4);
  else if( n>0 ) w = ((uint64_t)u[0] << 16) | ((uint64_t)u[n>>1] << 8) | u[n-1];
  else w = 0;
  h = (h ^ w) * 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return (uint32_t)h;
}

/* Length in bytes of the white space character at z[0..n), or 0 when z does not start with
** one. White space here is what a copied page uses as such: ASCII blanks and line ends,
** no-break space, the Unicode spaces U+2000..U+200B, U+202F, U+205F, U+3000, and the
** byte-order mark U+FEFF. */
int text_space_len_slow(const char *z, size_t n);
static inline int text_space_len(const char *z, size_t n){
  unsigned char c;
  if( n==0 ) return 0;
  c = (unsigned char)z[0];
  if( c>' ' && c<0x80 ) return 0;   /* the common case: a visible ASCII byte */
  return text_space_len_slow(z, n);
}

/* Trim white space (as text_space_len) from both ends of *pz / *pn. */
void text_trim(const char **pz, size_t *pn);

/* Copy z[0..n) to out with leading and trailing white space removed and every inner run of
** white space replaced by one ASCII space, and without the zero-width characters a browser
** shows as nothing (U+200B, U+2060, U+FEFF, the soft hyphen U+00AD), which part no words.
** Returns the length written, at most n. */
size_t text_fold_space(const char *z, size_t n, char *out);

/* True when text_fold_space() would change z[0..n). */
int text_needs_fold(const char *z, size_t n);

/* Fold the letter cp as names and search compare letters: lower case (Unicode case folding),
** compatibility forms resolved, marks stripped, except that the letters whose marks carry
** information are written out first (ŏ → eo, č → ch, ß → ss; ext/data/latin_letters.tsv).
** Hangul syllables and Han characters are copied unchanged. Writes at most 8 bytes to out and
** returns the number written (0 for a lone mark). */
int text_fold_letter(uint32_t cp, char out[8]);

/* Letter cp as text that drops the marks writes it: its accents stripped where that leaves
** ASCII letters (ŏ → o, č → c, ș → s, where text_fold_letter() writes eo, ch, sh: "Kaesong",
** "Timisoara" in text that has no marks), else text_fold_letter()'s fold (ł → l, æ → ae, and
** every letter of other scripts). */
int text_fold_letter_plain(uint32_t cp, char out[8]);

/* A key for text that should compare equal whatever its typography: letters folded
** (text_fold_letter), every quotation mark written ', every dash -, white space runs one space,
** trimmed. z[0..n) must be valid UTF-8; out needs room for 4*n+8 bytes (a 2-byte letter folds
** to at most 8: "½" is "1⁄2"). Returns the length. */
size_t text_fold_key(const char *z, size_t n, char *out);

/* Compare z[0..n) with the NUL-terminated ASCII-case-insensitive word w. */
int text_ieq(const char *z, size_t n, const char *w, size_t nw);

/* True when z[0..n) holds four ASCII digits in a row (a year). */
int text_has_year_digits(const char *z, size_t n);

/* The syllables of a romanized name z[0..n): its groups of vowels ("Zhou Enlai": 3); a letter
** beyond ASCII counts as a vowel. */
int text_vowel_groups(const char *z, size_t n);

#endif
