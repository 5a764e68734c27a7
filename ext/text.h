/*
** text.h: small UTF-8 helpers shared by the pure C cores (listing, dates, names).
** Nothing here allocates or knows about SQLite.
*/
#ifndef ARCHIVIST_TEXT_H
#define ARCHIVIST_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Offset of the first byte of z[0..n) that is not part of well-formed UTF-8 (overlong forms,
** surrogates and code points above U+10FFFF are ill-formed), or n when all of it is valid. */
size_t text_utf8_invalid_offset(const char *z, size_t n);

/* Decode the character at z[0..n) (n > 0, valid UTF-8): returns its length in bytes and stores
** the code point in *pCp. */
int text_utf8_decode(const unsigned char *z, size_t n, uint32_t *pCp);

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
** white space replaced by one ASCII space. Returns the length written, at most n. */
size_t text_fold_space(const char *z, size_t n, char *out);

/* True when text_fold_space() would change z[0..n). */
int text_needs_fold(const char *z, size_t n);

/* Fold the letter cp as names and search compare letters: lower case (Unicode case folding),
** compatibility forms resolved, marks stripped, except that the letters whose marks carry
** information are written out first (ŏ → eo, č → ch, ß → ss; ext/data/latin_letters.tsv).
** Hangul syllables and Han characters are copied unchanged. Writes at most 8 bytes to out and
** returns the number written (0 for a lone mark). */
int text_fold_letter(uint32_t cp, char out[8]);

/* A key for text that should compare equal whatever its typography: letters folded
** (text_fold_letter), every quotation mark written ', every dash -, white space runs one space,
** trimmed. z[0..n) must be valid UTF-8; out needs room for 4*n+8 bytes (a 2-byte letter folds
** to at most 8: "½" is "1⁄2"). Returns the length. */
size_t text_fold_key(const char *z, size_t n, char *out);

/* Compare z[0..n) with the NUL-terminated ASCII-case-insensitive word w. */
int text_ieq(const char *z, size_t n, const char *w, size_t nw);

#endif
