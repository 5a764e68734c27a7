/*
** fuzz_dates_readers.c: libFuzzer harness for the readers of dates_readers.h (EDTF as input,
** ext/dates_edtf_read.c; East Asian dates, ext/dates_eastasia.c).
**
** The input (valid UTF-8 only, as every caller checks; NUL bytes allowed) goes through
** arch_date_read_edtf(), arch_date_read_eastasia() and arch_date_read_conventions(). When one
** reads it: the date passes fuzz_check_date() (days in range, first <= last, EDTF shorter than
** ARCH_EDTF_MAX, arch_date_bound_iso() equal to arch_date_iso()), the convention is one of the
** documented names, the reading's EDTF is NUL-terminated inside its buffer and, when not
** empty, reads back through arch_date_read_edtf() as the same range of days. When one does not
** read it, *pOut is untouched. The EDTF of a date read by the EDTF reader reads back as the same
** range too (arch_date_edtf() writes what dates.h holds).
**
** Built and run by tests/fuzz/run.sh (FUZZ_ONLY=dates_readers).
*/
#include "fuzz_common.h"
#include "dates_readers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int known_convention(const char *z){
  static const char *const az[] = {
    "edtf", "juche", "roc", "japanese-era", "dangi", "chinese-numerals", "cjk"
  };
  size_t k;
  for(k=0; k<sizeof(az)/sizeof(az[0]); k++) if( z && strcmp(z, az[k])==0 ) return 1;
  return 0;
}

/* The reading's EDTF, and arch_date_edtf()'s, read back as the same days. */
static void check_edtf_back(const ArchDate *d, const ArchDateReading *r){
  ArchDate d2;
  char zEdtf[ARCH_EDTF_MAX];
  size_t n = strnlen(r->zEdtf, sizeof(r->zEdtf));
  FUZZ_CHECK( n<sizeof(r->zEdtf) );
  if( n>0 ){
    FUZZ_CHECK( arch_date_read_edtf(r->zEdtf, n, &d2, 0)==1 );
    FUZZ_CHECK( d2.first==d->first && d2.last==d->last );
  }
  n = (size_t)arch_date_edtf(d, zEdtf);
  if( strcmp(r->zConvention, "edtf")==0 ){
    FUZZ_CHECK( arch_date_read_edtf(zEdtf, n, &d2, 0)==1 );
    FUZZ_CHECK( d2.first==d->first && d2.last==d->last );
  }
}

typedef int (*Reader)(const char*, size_t, ArchDate*, ArchDateReading*);

static void run_reader(Reader xRead, const char *z, size_t size){
  ArchDate d, sentinel;
  ArchDateReading r;
  memset(&d, 0xA5, sizeof(d));
  memset(&sentinel, 0xA5, sizeof(sentinel));
  memset(&r, 0xA5, sizeof(r));
  if( xRead(z, size, &d, &r) ){
    fuzz_check_date(&d);
    FUZZ_CHECK( known_convention(r.zConvention) );
    check_edtf_back(&d, &r);
  }else{
    FUZZ_CHECK( memcmp(&d, &sentinel, sizeof(d))==0 );
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  if( text_utf8_invalid_offset(z, size)!=size ) return 0;
  run_reader(arch_date_read_edtf, z, size);
  run_reader(arch_date_read_eastasia, z, size);
  run_reader(arch_date_read_conventions, z, size);
  return 0;
}
