/*
** ris.c: the RIS reader (ris.h). Lines are classified one at a time (blank, tag, mistyped tag,
** text) and a small state machine (outside a record / inside one) turns them into records.
** Values with continuation lines are copied into one buffer of the reader; all others are
** slices of the caller's text.
*/
#include "ris.h"

#include "arch_alloc.h"
#include "archivist_data.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

void ris_reader_init(RisReader *p, const char *z, size_t n){
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
  p->iLine = 1;
}

void ris_reader_free(RisReader *p){
  arch_free(p->aField);
  arch_free(p->zJoin);
  p->aField = 0;
  p->zJoin = 0;
  p->nField = p->nFieldAlloc = 0;
  p->nJoin = p->nJoinAlloc = 0;
}

int ris_tag_is_known(const char *z){
  return arch_data_find(arch_data_ris_tags, arch_data_ris_tags_count, z, 2)!=0;
}

/* ---------------------------------------------------------------- lines */

static int is_tag_char1(char c){ return c>='A' && c<='Z'; }
static int is_tag_char2(char c){ return (c>='A' && c<='Z') || (c>='0' && c<='9'); }

/* The line at p->off: its text z[0..n) without the line end; advances p->off past the line end. */
static void read_line(RisReader *p, const char **pz, size_t *pn){
  const char *z = p->z + p->off;
  size_t n = p->n - p->off, i = 0;
  while( i<n && z[i]!='\n' && z[i]!='\r' ) i++;
  *pz = z;
  *pn = i;
  if( i<n ) i += (z[i]=='\r' && i+1<n && z[i+1]=='\n') ? 2 : 1;
  p->off += i;
}

typedef enum RisLine {
  RIS_BLANK,
  RIS_TAG,                  /* a tag line: *pValue is its value */
  RIS_BAD_TAG,              /* a known tag with its hyphen in the wrong place */
  RIS_TEXT
} RisLine;

static int is_blank(char c){ return c==' ' || c=='\t'; }

/* Classify the line z[0..n); for a tag line, set *pzValue / *pnValue to its trimmed value. */
static RisLine classify_line(const char *z, size_t n, const char **pzValue, size_t *pnValue){
  const char *zTrim = z;
  size_t nTrim = n, i, nSpace;
  text_trim(&zTrim, &nTrim);
  if( nTrim==0 ) return RIS_BLANK;
  if( n<3 || !is_tag_char1(z[0]) || !is_tag_char2(z[1]) ) return RIS_TEXT;
  for(i=2; i<n && z[i]==' '; i++){}
  nSpace = i-2;
  if( i<n && z[i]=='-' && (i+1==n || is_blank(z[i+1]))
   && (nSpace==2 || (nSpace==1 && ris_tag_is_known(z))) ){
    *pzValue = z+i+1;
    *pnValue = n-i-1;
    text_trim(pzValue, pnValue);
    return RIS_TAG;
  }
  if( !ris_tag_is_known(z) ) return RIS_TEXT;
  /* A known tag, then blanks and a hyphen, or a colon: a tag typed wrong ("TI- x", "TI -x",
  ** "TI   - x", "TI\t- x", "TI: x"). A known tag followed by a word ("DO NOT ...") is text. */
  for(i=2; i<n && is_blank(z[i]); i++){}
  if( i<n && (z[i]=='-' || z[i]==':') ) return RIS_BAD_TAG;
  return RIS_TEXT;
}

/* The characters of z[0..n) (valid UTF-8), and the blanks at its end. */
static size_t count_chars(const char *z, size_t n){
  size_t i, nChar = 0;
  for(i=0; i<n; i++) nChar += ((unsigned char)z[i] & 0xC0)!=0x80;
  return nChar;
}
static size_t count_trailing_blanks(const char *z, size_t n){
  size_t k = 0;
  while( k<n && is_blank(z[n-1-k]) ) k++;
  return k;
}

/* The value of a tag line as written: what follows "XX  - " (the hyphen and one blank). */
static void raw_value(const char *zLine, size_t nLine, const char **pz, size_t *pn){
  size_t i = 2;
  while( i<nLine && zLine[i]==' ' ) i++;
  i++;                                   /* the hyphen */
  if( i<nLine ) i++;                     /* the blank after it */
  *pz = zLine + (i<nLine ? i : nLine);
  *pn = i<nLine ? nLine - i : 0;
}

/* ---------------------------------------------------------------- errors */

/* Set p->zErr (a message that starts "ris: line N: ") and give ARCH_ERROR. */
#define RIS_FAIL(p, ...) (snprintf((p)->zErr, sizeof((p)->zErr), __VA_ARGS__), ARCH_ERROR)

/* The two characters at the start of a line, when they could be a tag, for a message. */
static void tag_of_line(const char *z, size_t n, char zTag[3], const char *zDefault){
  if( n>=2 && is_tag_char1(z[0]) && is_tag_char2(z[1]) ){
    zTag[0] = z[0];
    zTag[1] = z[1];
  }else{
    zTag[0] = zDefault[0];
    zTag[1] = zDefault[1];
  }
  zTag[2] = 0;
}

/* ---------------------------------------------------------------- fields */

static ArchRc add_field(RisReader *p, const char *zLine, size_t iLine, const char *zValue,
                        size_t nValue){
  RisField *f;
  if( p->nField==p->nFieldAlloc ){
    size_t nNew = p->nFieldAlloc ? 2*p->nFieldAlloc : 16;
    RisField *aNew = arch_realloc(p->aField, nNew*sizeof(RisField));
    if( aNew==0 ) return ARCH_NOMEM;
    p->aField = aNew;
    p->nFieldAlloc = nNew;
  }
  f = &p->aField[p->nField++];
  memset(f, 0, sizeof(*f));
  f->zTag[0] = zLine[0];
  f->zTag[1] = zLine[1];
  f->iLine = iLine;
  f->z = zValue;
  f->n = nValue;
  return ARCH_OK;
}

/* Remember the last line of the last field as written (see the 70 characters of ris.h). */
static void note_last_line(RisReader *p, const char *z, size_t n){
  RisField *f = &p->aField[p->nField-1];
  f->nLastChars = count_chars(z, n);
  f->nLastTrail = count_trailing_blanks(z, n);
}

static ArchRc join_append(RisReader *p, const char *z, size_t n){
  if( n>p->nJoinAlloc - p->nJoin ){
    size_t nNew = p->nJoinAlloc ? p->nJoinAlloc : 256;
    char *zNew;
    while( nNew - p->nJoin < n ){
      if( nNew > ((size_t)-1)/2 ) return ARCH_NOMEM;
      nNew *= 2;
    }
    zNew = arch_realloc(p->zJoin, nNew);
    if( zNew==0 ) return ARCH_NOMEM;
    p->zJoin = zNew;
    p->nJoinAlloc = nNew;
  }
  if( n ) memcpy(p->zJoin + p->nJoin, z, n);
  p->nJoin += n;
  return ARCH_OK;
}

/* Add the continuation line zLine[0..nLine) (as written, not blank) to the last field. */
static ArchRc continue_field(RisReader *p, const char *zLine, size_t nLine){
  RisField *f = &p->aField[p->nField-1];
  ArchRc rc = ARCH_OK;
  int isBroken = f->nLastChars==70 && f->nBlank==0;   /* the spec's break at 70 characters */
  const char *z = zLine;
  size_t n = nLine, k;
  if( !f->isJoined ){
    /* Its value so far is a slice of the text: copy it first. Fields are joined one at a
    ** time, so the last field's copy is always at the end of the buffer. */
    f->iJoin = p->nJoin;
    rc = join_append(p, f->z, f->n);
    f->isJoined = 1;
  }
  if( isBroken ){
    /* joined as written: the blanks the line above ended with, then this line untrimmed */
    for(k=0; rc==ARCH_OK && k<f->nLastTrail && f->n>0; k++) rc = join_append(p, " ", 1);
    n -= count_trailing_blanks(z, n);
    if( f->n==0 ) text_trim(&z, &n);
  }else{
    text_trim(&z, &n);
    if( f->n>0 ){
      /* blank lines between two lines of the value are kept; before its first, not */
      for(k=0; rc==ARCH_OK && k<=f->nBlank; k++) rc = join_append(p, "\n", 1);
    }
  }
  if( rc==ARCH_OK ) rc = join_append(p, z, n);
  if( rc!=ARCH_OK ) return rc;
  f->n = p->nJoin - f->iJoin;
  f->nBlank = 0;
  note_last_line(p, zLine, nLine);
  return ARCH_OK;
}

/* The record is complete: point the joined values into the buffer, which no longer moves. */
static void finish_record(RisReader *p, RisRecord *pRec, size_t iLineStart, size_t iLineEnd){
  size_t i;
  for(i=0; i<p->nField; i++){
    RisField *f = &p->aField[i];
    if( f->isJoined ) f->z = p->zJoin + f->iJoin;
  }
  pRec->pos = ++p->nRecord;
  pRec->iLine = iLineStart;
  pRec->iLineEnd = iLineEnd;
  pRec->aField = p->aField;
  pRec->nField = p->nField;
}

/* ---------------------------------------------------------------- records */

/* Skip a byte-order mark at p->off (the start of a line outside a record). */
static void skip_bom(RisReader *p){
  if( p->n - p->off>=3 && memcmp(p->z + p->off, "\xEF\xBB\xBF", 3)==0 ) p->off += 3;
}

ArchRc ris_next(RisReader *p, RisRecord *pRec, int *pFound){
  size_t iLineStart = 0;    /* line of the open record's TY, 0 outside a record */
  *pFound = 0;
  memset(pRec, 0, sizeof(*pRec));
  if( p->zErr[0] ) return ARCH_ERROR;
  p->nField = 0;
  p->nJoin = 0;
  while( p->off<p->n ){
    const char *zLine, *zValue = 0, *zRaw;
    size_t nLine, nValue = 0, iLine = p->iLine, nRaw;
    RisLine eLine;
    char zTag[3];
    if( iLineStart==0 ) skip_bom(p);
    read_line(p, &zLine, &nLine);
    p->iLine++;
    eLine = classify_line(zLine, nLine, &zValue, &nValue);
    if( iLineStart==0 ){
      /* between records */
      if( eLine==RIS_BLANK ) continue;
      if( eLine!=RIS_TAG ){
        return RIS_FAIL(p, "ris: line %zu: expected a tag such as 'TY  - '", iLine);
      }
      if( zLine[0]=='E' && zLine[1]=='R' ){
        return RIS_FAIL(p, "ris: line %zu: 'ER  - ' ends no record: no 'TY  - ' line opens one",
                        iLine);
      }
      if( zLine[0]!='T' || zLine[1]!='Y' ){
        tag_of_line(zLine, nLine, zTag, "TY");
        return RIS_FAIL(p, "ris: line %zu: a record begins with 'TY  - ', not '%s  - '",
                        iLine, zTag);
      }
      iLineStart = iLine;
      if( add_field(p, zLine, iLine, zValue, nValue)!=ARCH_OK ) return ARCH_NOMEM;
      raw_value(zLine, nLine, &zRaw, &nRaw);
      note_last_line(p, zRaw, nRaw);
      continue;
    }
    /* inside a record */
    switch( eLine ){
      case RIS_BLANK:
        p->aField[p->nField-1].nBlank++;
        break;
      case RIS_TAG:
        if( zLine[0]=='T' && zLine[1]=='Y' ){
          return RIS_FAIL(p, "ris: line %zu: 'TY  - ' opens a record before the record of line"
                          " %zu has ended with 'ER  - '", iLine, iLineStart);
        }
        if( add_field(p, zLine, iLine, zValue, nValue)!=ARCH_OK ) return ARCH_NOMEM;
        raw_value(zLine, nLine, &zRaw, &nRaw);
        note_last_line(p, zRaw, nRaw);
        if( zLine[0]=='E' && zLine[1]=='R' ){
          finish_record(p, pRec, iLineStart, iLine);
          *pFound = 1;
          return ARCH_OK;
        }
        break;
      case RIS_BAD_TAG:
        tag_of_line(zLine, nLine, zTag, "TI");
        return RIS_FAIL(p, "ris: line %zu: expected a tag such as '%s  - ' (two characters,"
                        " two spaces, a hyphen, a space)", iLine, zTag);
      case RIS_TEXT: {
        if( p->nField==1 ){
          /* Under TY, whose value is a code, a line of text is no continuation. */
          tag_of_line(zLine, nLine, zTag, "TI");
          return RIS_FAIL(p, "ris: line %zu: expected a tag such as '%s  - '", iLine, zTag);
        }
        if( continue_field(p, zLine, nLine)!=ARCH_OK ) return ARCH_NOMEM;
        break;
      }
    }
  }
  if( iLineStart ){
    return RIS_FAIL(p, "ris: line %zu: the record that begins here has no 'ER  - ' line:"
                    " is the text cut short?", iLineStart);
  }
  return ARCH_OK;
}

const RisField *ris_field(const RisRecord *pRec, const char *zTag){
  size_t i;
  for(i=0; i<pRec->nField; i++){
    if( pRec->aField[i].zTag[0]==zTag[0] && pRec->aField[i].zTag[1]==zTag[1] ){
      return &pRec->aField[i];
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- dates */

/* Read up to nMax digits at z[*pi..n): the number, or -1 when there is no digit. */
static int read_number(const char *z, size_t n, size_t *pi, int nMax){
  int v = 0, k = 0;
  while( *pi<n && k<nMax && z[*pi]>='0' && z[*pi]<='9' ){
    v = v*10 + (z[*pi]-'0');
    (*pi)++;
    k++;
  }
  return k ? v : -1;
}

/* The RIS form "YYYY/MM/DD/other": 1 with the ISO form of its known parts in zIso
** ("1963-10-08", "1963-10", "1963"), 0 when z[0..n) is not in that form. A month outside
** 1..12 or a day the month does not have is not that form ("1956/57" is a range, for the
** date engine). */
static int ris_form_iso(const char *z, size_t n, char zIso[11]){
  size_t i = 0;
  int y, m = 0, d = 0, nSlash = 0;
  y = read_number(z, n, &i, 4);
  if( y<0 || i!=4 || y==0 ) return 0;
  if( i<n && z[i]=='/' ){
    i++;
    nSlash++;
    m = read_number(z, n, &i, 2);
    if( m<0 ) m = 0;
    if( i<n && z[i]=='/' ){
      i++;
      nSlash++;
      d = read_number(z, n, &i, 2);
      if( d<0 ) d = 0;
      if( i<n && z[i]=='/' ){
        i = n;             /* the free text of the fourth part is not read */
        nSlash++;
      }
    }
  }
  if( i!=n ) return 0;
  if( nSlash==0 ) return 0;          /* a bare year is for the date engine */
  if( m>12 || (m==0 && d>0) ) return 0;
  if( d>0 && d>arch_days_in_month(y, m) ) return 0;
  /* y has four digits, m and d at most two: YYYY, YYYY-MM, YYYY-MM-DD */
  zIso[0] = (char)('0' + y/1000);
  zIso[1] = (char)('0' + y/100%10);
  zIso[2] = (char)('0' + y/10%10);
  zIso[3] = (char)('0' + y%10);
  zIso[4] = 0;
  if( m>0 ){
    zIso[4] = '-';
    zIso[5] = (char)('0' + m/10);
    zIso[6] = (char)('0' + m%10);
    zIso[7] = 0;
  }
  if( d>0 ){
    zIso[7] = '-';
    zIso[8] = (char)('0' + d/10);
    zIso[9] = (char)('0' + d%10);
    zIso[10] = 0;
  }
  return 1;
}

ArchDateResult ris_date_parse(const char *z, size_t n, ArchDate *pDate){
  char zIso[11];
  text_trim(&z, &n);
  if( ris_form_iso(z, n, zIso) ) return arch_date_parse(zIso, strlen(zIso), pDate);
  return arch_date_parse(z, n, pDate);
}

ArchDateResult ris_record_date(const RisRecord *pRec, const char **pz, size_t *pn,
                               ArchDate *pDate){
  const RisField *pDa = ris_field(pRec, "DA");
  const RisField *pPy = ris_field(pRec, "PY");
  const RisField *pField = pDa;
  ArchDateResult eDate;
  if( pField==0 || pField->n==0 ) pField = pPy;
  if( pField==0 || pField->n==0 ) pField = ris_field(pRec, "Y1");
  if( pField==0 || pField->n==0 ){
    *pz = 0;
    *pn = 0;
    return ARCH_DATE_NOT_A_DATE;
  }
  *pz = pField->z;
  *pn = pField->n;
  eDate = ris_date_parse(pField->z, pField->n, pDate);
  if( eDate!=ARCH_DATE_FOUND && pField==pDa && pPy && !text_has_year_digits(pDa->z, pDa->n) ){
    /* "July" with the year in PY: read "July 1948". Only a short DA is combined. */
    char zBuf[96];
    ArchDate dYear;
    if( pDa->n + 1 + 4<sizeof(zBuf) && ris_date_parse(pPy->z, pPy->n, &dYear)==ARCH_DATE_FOUND
     && dYear.precision==ARCH_DATE_YEAR ){
      int y, m, d;
      ArchDateResult eBoth;
      arch_civil_from_days(dYear.first, &y, &m, &d);
      memcpy(zBuf, pDa->z, pDa->n);
      snprintf(zBuf + pDa->n, sizeof(zBuf) - pDa->n, " %04d", y);
      eBoth = arch_date_parse(zBuf, strlen(zBuf), pDate);
      if( eBoth==ARCH_DATE_FOUND ) return eBoth;
    }
  }
  return eDate;
}
