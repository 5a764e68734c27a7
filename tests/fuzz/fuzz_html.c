/*
** fuzz_html.c: libFuzzer harness for the HTML reader (ext/html.c) and the listing scanner
** over the text it produces, the path listing() takes for a saved page.
**
** The input is kept when it is what listing() would hand html_read_page(): valid UTF-8 without
** a NUL byte. html_looks_like_markup() is called on it, then html_read_page() whatever it said
** (the reader must cope with text that is not markup), with a base address when the first
** byte is odd. The text produced must be NUL-terminated and valid UTF-8, since listing_vtab.c
** gives it to the scanner without checking, and so must every link; links come one per line
** at most, in line order. The scanner is then run over the text with its links, with the
** checks of fuzz_common.h (a record's url is its title line's link), and the page is freed
** with html_page_free(). The resolver of url.h is also fuzzed on its own, with the input's
** first line as the base and the rest as the reference.
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"
#include "html.h"
#include "url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* url.h on its own: the input's first line as a base, the rest as a reference. The result
** fits URL_RESOLVED_BYTES (the buffer has exactly that many bytes, so AddressSanitizer sees an
** overrun), is NUL-terminated, and is valid UTF-8 as its parts are; url_clean() never grows. */
static void fuzz_url(const char *z, size_t n){
  const char *zNl = memchr(z, '\n', n);
  size_t nBase = zNl ? (size_t)(zNl - z) : n;
  const char *zRef = zNl ? zNl+1 : z+n;
  size_t nRef = n - (size_t)(zRef - z), nOut, nClean;
  char *zOut = malloc(URL_RESOLVED_BYTES(nBase, nRef));
  char *zClean = malloc(nRef ? nRef : 1);
  FUZZ_CHECK( zOut!=0 && zClean!=0 );
  nOut = url_resolve(z, nBase, zRef, nRef, zOut);
  FUZZ_CHECK( nOut+1<=URL_RESOLVED_BYTES(nBase, nRef) );
  FUZZ_CHECK( zOut[nOut]==0 );
  FUZZ_CHECK( text_utf8_invalid_offset(zOut, nOut)==nOut );
  nClean = url_clean(zRef, nRef, zClean);
  FUZZ_CHECK( nClean<=nRef );
  FUZZ_CHECK( text_utf8_invalid_offset(zClean, nClean)==nClean );
  (void)url_is_document_link(zClean, nClean);
  (void)url_scheme_len(zClean, nClean);
  free(zOut);
  free(zClean);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  HtmlPage page;
  ArchRc rc;
  size_t i, nBase = 0;
  const char *zBase = "https://digitalarchive.wilsoncenter.org/search/a/b?q=1";

  if( text_utf8_invalid_offset(z, size)!=size ) return 0;
  if( size>0 && memchr(z, 0, size)!=0 ) return 0;
  if( size<=4096 ) fuzz_url(z, size);

  /* The first byte picks whether the caller gives a base address (listing(x, base_url)). */
  if( size>0 && (data[0] & 1) ) nBase = strlen(zBase);
  (void)html_looks_like_markup(z, size);
  rc = html_read_page(z, size, zBase, nBase, &page);
  FUZZ_CHECK( rc==ARCH_OK || rc==ARCH_ERROR );   /* no allocation fails here */
  if( rc==ARCH_OK ){
    FUZZ_CHECK( page.zText!=0 );
    FUZZ_CHECK( page.zText[page.nText]==0 );
    FUZZ_CHECK( text_utf8_invalid_offset(page.zText, page.nText)==page.nText );
    /* Links: one per line at most, in line order, each at the start of a line, non-empty and
    ** valid UTF-8 without a line end or a NUL. */
    for(i=0; i<page.nLink; i++){
      const ListingLink *p = &page.aLink[i];
      FUZZ_CHECK( p->line<page.nText );
      FUZZ_CHECK( i==0 || p->line>page.aLink[i-1].line );
      FUZZ_CHECK( p->line==0 || page.zText[p->line-1]=='\n' );
      FUZZ_CHECK( p->url.z!=0 && p->url.n>0 );
      FUZZ_CHECK( text_utf8_invalid_offset(p->url.z, p->url.n)==p->url.n );
      FUZZ_CHECK( memchr(p->url.z, '\n', p->url.n)==0 && memchr(p->url.z, 0, p->url.n)==0 );
    }
    fuzz_scan_listing_links(page.zText, page.nText, page.aLink, page.nLink,
                            page.has_heading ? page.heading : page.nText);
  }else{
    FUZZ_CHECK( page.zText==0 && page.aLink==0 && page.nLink==0 );
  }
  html_page_free(&page);
  return 0;
}
