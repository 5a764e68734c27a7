/*
** fuzz_listing.c: libFuzzer harness for the listing scanner (ext/listing.c).
**
** The input is a listing text, as listing() receives it once it has checked it: valid UTF-8
** (text_utf8_invalid_offset) without a NUL byte; other inputs are skipped. The scanner is run
** to the end over libFuzzer's buffer itself, which has exactly the input's size and no
** terminating NUL, so AddressSanitizer reports any read past the text. Every field of every
** record is touched (folded with text_fold_space(), listing_kind() of the title) and the
** invariants of fuzz_common.h are checked: spans inside the input, pos counting 1, 2, ...,
** rank > 0 or -1, a title in every record, first <= last for a found date.
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  if( text_utf8_invalid_offset(z, size)!=size ) return 0;
  if( size>0 && memchr(z, 0, size)!=0 ) return 0;
  fuzz_scan_listing(z, size);
  return 0;
}
