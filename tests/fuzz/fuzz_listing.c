/*
** fuzz_listing.c: libFuzzer harness for the listing scanner (ext/listing.c).
**
** The input is a listing text, as listing() receives it once it has checked it: valid UTF-8
** (text_utf8_invalid_offset) without a NUL byte; other inputs are skipped. The scanner is run
** to the end over libFuzzer's buffer itself, which has exactly the input's size and no
** terminating NUL, so AddressSanitizer reports any read past the text. Every field of every
** record is touched (folded with text_fold_space(), listing_kind() of the title) and the
** invariants of fuzz_common.h are checked: spans inside the input, pos counting 1, 2, ...,
** rank > 0 or -1, a title in every record, first <= last for a found date; and no line that
** arch_date_may_begin() and listing_may_be_place_date() turn away is a date to
** arch_date_parse(). Every input, valid or not,
** also goes through text_utf8_copy(), which must agree with text_utf8_invalid_offset().
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"
#include "listing_lines.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* text_utf8_copy(), which listing() checks and copies its input with, copies exactly as far as
** the input is valid UTF-8 without a NUL byte (want), into a buffer of the input's size. */
static void fuzz_check_copy(const char *z, size_t size, size_t want){
  char *out = malloc(size ? size : 1);
  size_t got;
  if( out==0 ) return;
  got = text_utf8_copy(out, z, size);
  FUZZ_CHECK( got==want );
  FUZZ_CHECK( memcmp(out, z, got)==0 );
  free(out);
}

/* arch_date_may_begin() and listing_may_be_place_date() never both say no to a line that
** arch_date_parse() reads as a date (or as "no date"): the scanner skips arch_date_parse() on
** the lines they say no to. (The first alone says no to a letter's heading, "Moscow, 12 May
** 1955", which the engine reads: the second lets it through.) Each line of the input,
** trimmed, of a date line's length at most. */
static void fuzz_check_may_be_date(const char *z, size_t size){
  size_t i = 0;
  while( i<size ){
    const char *zLine = z+i, *nl = memchr(zLine, '\n', size-i);
    size_t n = nl ? (size_t)(nl - zLine) : size-i;
    ArchDate d;
    i += n + 1;
    text_trim(&zLine, &n);
    if( n==0 || n>64 || arch_date_may_begin(zLine, n) || listing_may_be_place_date(zLine, n) ){
      continue;
    }
    FUZZ_CHECK( arch_date_parse(zLine, n, &d)==ARCH_DATE_NOT_A_DATE );
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  size_t iBad = text_utf8_invalid_offset(z, size);
  const char *zNul = size>0 ? memchr(z, 0, size) : 0;
  fuzz_check_copy(z, size, zNul && (size_t)(zNul - z)<iBad ? (size_t)(zNul - z) : iBad);
  if( iBad!=size || zNul ) return 0;
  fuzz_check_may_be_date(z, size);
  fuzz_scan_listing(z, size);
  return 0;
}
