/*
** ris.h: read RIS files (the tagged format of reference managers: Zotero, EndNote, the archive's
** own /document/<id>.ris) into records of tagged fields. Pure C: no SQLite.
**
**     RisReader rd;
**     RisRecord rec;
**     int found;
**     ris_reader_init(&rd, zText, nText);
**     while( (rc = ris_next(&rd, &rec, &found))==ARCH_OK && found ){
**       const RisField *pTitle = ris_field(&rec, "TI");
**       ...
**     }
**     if( rc==ARCH_ERROR ) ... rd.zErr says why, naming the line ...
**     ris_reader_free(&rd);
**
** The text must be valid UTF-8 (text_utf8_invalid_offset()) and outlive the reader. Records come
** one at a time, in file order; a record's fields stay valid until the next call.
**
** The grammar. Lines end with LF, CRLF or a lone CR. A tag line is two characters, a capital
** letter and a capital or a digit, then two spaces, a hyphen and a space or the end of the
** line: "TI  - Telegram from Moscow", "ER  -". A tag of ext/data/ris_tags.tsv (the RIS
** specification's and Zotero's) may also have one space before its hyphen ("TI - ..."), as
** Zotero reads it. A record is a TY line, its fields, and an ER line; a tag may come many times
** (AU, KW), each with its own value. Between records only blank lines may stand (and a
** byte-order mark at the start of a line, where files were joined). Inside a record a line
** that is not a tag continues the value of the field above it: the value's lines are joined
** with "\n", blank lines between them kept, blank lines at its end dropped. Values are trimmed
** of white space at both ends of each line. But a line of exactly 70 characters (the value of a
** tag line, after "XX  - ") is a long value broken as the specification allows, "at the end of
** 70 characters", wherever that falls, even inside a word (citation-js writes RIS so): the line
** after it is joined to it as written, without a separator and untrimmed.
**
** Errors (ris_next() returns ARCH_ERROR, rd.zErr names the line):
**   - text outside a record that is not a tag: "ris: line 3: expected a tag such as 'TY  - '";
**   - a record that begins with another tag than TY, an ER without a record;
**   - a mistyped tag inside a record: a line that starts with a known tag and has its hyphen
**     in the wrong place ("TI- ...", "TI   - ...", "TI -..."), or a line of text under TY,
**     whose value is a code;
**   - a record without its ER line: a TY inside a record, or the end of the text. A file cut
**     short is refused rather than read as if whole: its last value may be cut (a URL, a
**     date), and a record is only known to be complete when its ER says so.
*/
#ifndef ARCHIVIST_RIS_H
#define ARCHIVIST_RIS_H

#include <stddef.h>
#include <stdint.h>

#include "arch_rc.h"
#include "dates.h"

/* One field: its tag, the line it starts on, its value (continuation lines joined). */
typedef struct RisField {
  char zTag[3];             /* two characters and a NUL */
  size_t iLine;             /* 1-based line of the tag */
  const char *z;            /* the value, trimmed; never NULL ("" when empty) */
  size_t n;
  size_t iJoin;             /* internal: offset of a joined value in the reader's buffer */
  int isJoined;             /* internal: the value has continuation lines */
  size_t nBlank;            /* internal: blank lines read since the value's last line */
  size_t nLastChars;        /* internal: characters of the value's last line as written */
  size_t nLastTrail;        /* internal: blanks at the end of that line, trimmed off */
} RisField;

typedef struct RisRecord {
  int64_t pos;              /* 1-based position of the record in the text */
  size_t iLine;             /* line of its TY */
  size_t iLineEnd;          /* line of its ER */
  const RisField *aField;   /* every field in file order, TY first and ER last */
  size_t nField;
} RisRecord;

#define RIS_ERR_MAX 160

typedef struct RisReader {
  const char *z;            /* the text */
  size_t n;
  size_t off;               /* where the next line starts */
  size_t iLine;             /* number of the next line, 1-based */
  int64_t nRecord;          /* records returned so far */
  RisField *aField;         /* the fields of the record being read */
  size_t nField, nFieldAlloc;
  char *zJoin;              /* values with continuation lines, one after the other */
  size_t nJoin, nJoinAlloc;
  char zErr[RIS_ERR_MAX];   /* why ris_next() returned ARCH_ERROR */
} RisReader;

void ris_reader_init(RisReader *p, const char *z, size_t n);
void ris_reader_free(RisReader *p);

/* The next record: ARCH_OK with *pFound 1 and *pRec filled, or *pFound 0 at the end of the
** text; ARCH_ERROR with p->zErr set; ARCH_NOMEM. After an error every call returns it again. */
ArchRc ris_next(RisReader *p, RisRecord *pRec, int *pFound);

/* The first field of the record with tag zTag ("TI"), or NULL. */
const RisField *ris_field(const RisRecord *pRec, const char *zTag);

/* True when the two characters at z are a tag of ext/data/ris_tags.tsv. */
int ris_tag_is_known(const char *z);

/* Read a RIS date as a range of days: the RIS form "YYYY/MM/DD/other" ("1963/10/08/",
** "1963/10//", "1956///", "1956"; a 0 or empty part is unknown, the free text after the third
** slash is not read), else any date expression of the date engine ("circa 1956",
** "8 October 1963", "1956/57"). Returns ARCH_DATE_FOUND with *pDate set, or what
** arch_date_parse() says. */
ArchDateResult ris_date_parse(const char *z, size_t n, ArchDate *pDate);

/* The record's date: the value of DA, else PY, else Y1, as written (*pz / *pn; *pz NULL when
** there is none), and its range (ris_date_parse()). A DA without a year ("July", as some
** exporters write it, the year in PY) is read with PY's year: "July" and "1948" give July 1948. */
ArchDateResult ris_record_date(const RisRecord *pRec, const char **pz, size_t *pn,
                               ArchDate *pDate);

#endif
