/*
** fuzz_ris.c: libFuzzer harness for the RIS reader (ext/ris.c).
**
** The input is RIS text as ris() hands it to the reader once it has checked it: valid UTF-8
** (text_utf8_invalid_offset) without a NUL byte; other inputs are skipped. The reader runs to
** the end (or its error) over libFuzzer's buffer itself, which has exactly the input's size and
** no terminating NUL, so AddressSanitizer reports any read past the text. Invariants checked:
** records numbered 1, 2, ...; every record opens with TY and ends with ER, on increasing lines;
** every tag is a capital and a capital or digit; every value is valid UTF-8 and either a slice
** of the input or (continuation lines) the reader's own buffer, holding no CR, no blank at either
** end of a line, no blank line at its end; an error message starts "ris: line N: " with N within
** the text's lines, and stays; ris_record_date() and ris_date_parse() give checked dates.
**
** Built and run by tests/fuzz/run.sh.
*/
#include "fuzz_common.h"
#include "ris.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count_lines(const char *z, size_t n){
  size_t i, nLine = 1;
  for(i=0; i<n; i++){
    if( z[i]=='\n' ) nLine++;
    else if( z[i]=='\r' && !(i+1<n && z[i+1]=='\n') ) nLine++;
  }
  return nLine;
}

static void check_value(const char *zText, size_t nText, const RisReader *rd,
                        const RisField *f){
  size_t i;
  int inInput = f->z>=zText && f->z + f->n<=zText + nText;
  int inJoin = rd->zJoin && f->z>=rd->zJoin && f->z + f->n<=rd->zJoin + rd->nJoin;
  FUZZ_CHECK( f->z!=0 );
  FUZZ_CHECK( inInput || inJoin );
  FUZZ_CHECK( text_utf8_invalid_offset(f->z, f->n)==f->n );
  for(i=0; i<f->n; i++) FUZZ_CHECK( f->z[i]!='\r' );
  if( f->n>0 ){
    FUZZ_CHECK( f->z[0]!=' ' && f->z[0]!='\t' && f->z[0]!='\n' );
    FUZZ_CHECK( f->z[f->n-1]!=' ' && f->z[f->n-1]!='\t' && f->z[f->n-1]!='\n' );
  }
  if( !inJoin ){
    for(i=0; i<f->n; i++) FUZZ_CHECK( f->z[i]!='\n' );   /* one line */
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const char *z = (const char*)data;
  RisReader rd;
  RisRecord rec;
  int found = 0;
  int64_t nRec = 0;
  size_t iLastLine = 0, nLine;
  ArchRc rc;
  if( text_utf8_invalid_offset(z, size)!=size ) return 0;
  if( size>0 && memchr(z, 0, size)!=0 ) return 0;
  nLine = count_lines(z, size);

  ris_reader_init(&rd, z, size);
  while( (rc = ris_next(&rd, &rec, &found))==ARCH_OK && found ){
    size_t i;
    const char *zDate;
    size_t nDate;
    ArchDate d;
    nRec++;
    FUZZ_CHECK( rec.pos==nRec );
    FUZZ_CHECK( rec.nField>=2 );
    FUZZ_CHECK( strcmp(rec.aField[0].zTag, "TY")==0 );
    FUZZ_CHECK( strcmp(rec.aField[rec.nField-1].zTag, "ER")==0 );
    FUZZ_CHECK( rec.iLine>iLastLine && rec.iLine<rec.iLineEnd && rec.iLineEnd<=nLine );
    FUZZ_CHECK( rec.aField[0].iLine==rec.iLine );
    FUZZ_CHECK( rec.aField[rec.nField-1].iLine==rec.iLineEnd );
    iLastLine = rec.iLineEnd;
    for(i=0; i<rec.nField; i++){
      const RisField *f = &rec.aField[i];
      FUZZ_CHECK( f->zTag[0]>='A' && f->zTag[0]<='Z' );
      FUZZ_CHECK( (f->zTag[1]>='A' && f->zTag[1]<='Z') || (f->zTag[1]>='0' && f->zTag[1]<='9') );
      FUZZ_CHECK( f->zTag[2]==0 );
      if( i>0 ) FUZZ_CHECK( f->iLine>rec.aField[i-1].iLine );
      if( i>0 && i+1<rec.nField ) FUZZ_CHECK( strcmp(f->zTag, "TY")!=0 && strcmp(f->zTag, "ER")!=0 );
      check_value(z, size, &rd, f);
      if( ris_date_parse(f->z, f->n, &d)==ARCH_DATE_FOUND ) fuzz_check_date(&d);
    }
    if( ris_record_date(&rec, &zDate, &nDate, &d)==ARCH_DATE_FOUND ){
      FUZZ_CHECK( zDate!=0 );
      fuzz_check_date(&d);
    }
  }
  if( rc==ARCH_ERROR ){
    unsigned long long iLine = 0;
    FUZZ_CHECK( strncmp(rd.zErr, "ris: line ", 10)==0 );
    FUZZ_CHECK( sscanf(rd.zErr + 10, "%llu", &iLine)==1 );
    FUZZ_CHECK( iLine>=1 && iLine<=nLine );
    FUZZ_CHECK( ris_next(&rd, &rec, &found)==ARCH_ERROR );
  }else{
    FUZZ_CHECK( rc==ARCH_OK );
    FUZZ_CHECK( ris_next(&rd, &rec, &found)==ARCH_OK && found==0 );
  }
  ris_reader_free(&rd);
  return 0;
}
