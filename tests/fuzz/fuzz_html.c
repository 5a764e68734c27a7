/*
** fuzz_html.c: libFuzzer harness for the HTML reader (ext/html.c) and the listing scanner
** over the text it produces, the path listing() takes for a saved page.
**
** The input is kept when it is what listing() would hand html_to_text(): valid UTF-8 without
** a NUL byte. html_looks_like_markup() is called on it, then html_to_text() whatever it said
** (the reader must cope with text that is not markup). The text produced must be
** NUL-terminated at *pnOut and valid UTF-8, since listing_vtab.c gives it to the scanner
** without checking; the scanner is then run over it with the checks of fuzz_common.h, and the
** buffer is freed with arch_free().
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"
#include "arch_alloc.h"
#include "html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  char *zOut = 0;
  size_t nOut = 0;
  ArchRc rc;

  if( text_utf8_invalid_offset(z, size)!=size ) return 0;
  if( size>0 && memchr(z, 0, size)!=0 ) return 0;

  (void)html_looks_like_markup(z, size);
  rc = html_to_text(z, size, &zOut, &nOut);
  FUZZ_CHECK( rc==ARCH_OK || rc==ARCH_ERROR );   /* no allocation fails here */
  if( rc==ARCH_OK ){
    FUZZ_CHECK( zOut!=0 );
    FUZZ_CHECK( zOut[nOut]==0 );
    FUZZ_CHECK( text_utf8_invalid_offset(zOut, nOut)==nOut );
    fuzz_scan_listing(zOut, nOut);
  }
  arch_free(zOut);
  return 0;
}
