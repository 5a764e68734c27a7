/*
** fuzz_dates.c: libFuzzer harness for the date reader (ext/dates*.c).
**
** The input (valid UTF-8 only, as every caller checks; NUL bytes are allowed, since a TEXT
** value may hold them) goes through
**   arch_date_parse()          the whole input as one date expression: when found, first <=
**                              last, both in ARCH_DAY_MIN..ARCH_DAY_MAX, arch_date_edtf()
**                              shorter than ARCH_EDTF_MAX, arch_date_bound_iso() equal to
**                              arch_date_iso() of first / last (fuzz_check_date());
**   ArchDateScanner            every date in the input as free text: matches in order, inside
**                              the text, not overlapping, each date checked as above;
**   arch_date_is_cut_prefix()  never true of a date (dates.h: "but not a date itself").
**
** With FUZZ_EDTF_ROUNDTRIP=1 in the environment it also checks that the EDTF form of a parsed
** date reads back as the same range of days: not a documented promise, so off by default.
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int edtf_roundtrip = 0;

int LLVMFuzzerInitialize(int *argc, char ***argv){
  const char *z = getenv("FUZZ_EDTF_ROUNDTRIP");
  (void)argc; (void)argv;
  edtf_roundtrip = z && z[0]=='1';
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  ArchDate d;
  ArchDateResult r;
  ArchDateScanner sc;
  ArchDateMatch m;
  size_t prevEnd = 0;
  size_t nMatch = 0;

  if( text_utf8_invalid_offset(z, size)!=size ) return 0;

  /* One date expression. */
  memset(&d, 0xA5, sizeof(d));
  r = arch_date_parse(z, size, &d);
  FUZZ_CHECK( r==ARCH_DATE_NOT_A_DATE || r==ARCH_DATE_FOUND || r==ARCH_DATE_UNDATED );
  if( r==ARCH_DATE_FOUND ){
    fuzz_check_date(&d);
    if( edtf_roundtrip ){
      char zEdtf[ARCH_EDTF_MAX];
      ArchDate d2;
      int n = arch_date_edtf(&d, zEdtf);
      FUZZ_CHECK( arch_date_parse(zEdtf, (size_t)n, &d2)==ARCH_DATE_FOUND );
      FUZZ_CHECK( d2.first==d.first && d2.last==d.last );
    }
  }

  /* A date line cut short is not a date. */
  if( arch_date_is_cut_prefix(z, size) ) FUZZ_CHECK( r!=ARCH_DATE_FOUND );

  /* Every date in free text. */
  arch_date_scanner_init(&sc, z, size);
  while( arch_date_scan_next(&sc, &m) ){
    nMatch++;
    FUZZ_CHECK( nMatch<=size );
    FUZZ_CHECK( m.start<m.end && m.end<=size );
    FUZZ_CHECK( m.start>=prevEnd );
    FUZZ_CHECK( text_utf8_invalid_offset(z+m.start, m.end-m.start)==m.end-m.start );
    FUZZ_CHECK( m.date.first<=m.date.last );
    fuzz_check_date(&m.date);
    prevEnd = m.end;
  }
  FUZZ_CHECK( arch_date_scan_next(&sc, &m)==0 );
  return 0;
}
