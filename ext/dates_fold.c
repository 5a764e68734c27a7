/*
** dates_fold.c: the fold under which a date word is looked up a second time (see dates_int.h
** for the layers of the date core).
**
** A month, season or weekday written without its diacritics ("pazdziernika", "brezna",
** "marcius", "fevrier", "Marz") is found by folding both the word and the tables the same way:
** Unicode case folding, decomposition and the marks stripped, through utf8proc. The tables are
** folded at build time by ext/data/datefold_gen.c with this very function, so that the two
** sides cannot disagree.
*/
#include "dates_int.h"

#include <string.h>
#include <utf8proc.h>

int dates_fold_word(const char *z, size_t n, char *zOut, size_t nOut){
  size_t i = 0, o = 0;
  while( i<n ){
    utf8proc_int32_t cp, aDecomp[8];
    utf8proc_ssize_t len, nDecomp, k;
    int last = 0;
    len = utf8proc_iterate((const utf8proc_uint8_t*)z+i, (utf8proc_ssize_t)(n-i), &cp);
    if( len<=0 ) return -1;
    i += (size_t)len;
    if( cp<0x80 ){
      if( o+1>nOut ) return -1;
      zOut[o++] = (char)((cp>='A' && cp<='Z') ? cp+32 : cp);
      continue;
    }
    nDecomp = utf8proc_decompose_char(cp, aDecomp, 8,
                                      UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD
                                      | UTF8PROC_STRIPMARK, &last);
    if( nDecomp<0 || nDecomp>8 ) return -1;
    for(k=0; k<nDecomp; k++){
      utf8proc_uint8_t b[4];
      utf8proc_ssize_t nb = utf8proc_encode_char(aDecomp[k], b);
      if( o+(size_t)nb>nOut ) return -1;
      memcpy(zOut+o, b, (size_t)nb);
      o += (size_t)nb;
    }
  }
  return (int)o;
}
