/*
** check_ris.c: unit tests for ext/ris.c, the RIS reader.
**
** Each case reads a small inline RIS text and compares the records' fields (tag, line, value)
** with values written by hand from ris.h: the grammar, continuation lines, line ends, the
** byte-order mark, repeated tags, the errors with their line numbers, RIS dates.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ris.h"
#include "dates.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* One expected field: "TAG", its line, its value. */
typedef struct WantField {
  const char *zTag;
  size_t iLine;
  const char *zValue;
} WantField;

/* Read the next record of rd and compare its fields with a[0..n). */
static void check_record(RisReader *rd, int64_t pos, size_t iLine, const WantField *a, size_t n){
  RisRecord rec;
  int found = 0;
  size_t i;
  ArchRc rc = ris_next(rd, &rec, &found);
  ck_assert_msg(rc==ARCH_OK, "record %lld: error %d: %s", (long long)pos, (int)rc, rd->zErr);
  ck_assert_msg(found, "record %lld: missing", (long long)pos);
  ck_assert_int_eq(rec.pos, pos);
  ck_assert_uint_eq(rec.iLine, iLine);
  ck_assert_msg(rec.nField==n, "record %lld: %zu fields, want %zu", (long long)pos,
                rec.nField, n);
  for(i=0; i<n; i++){
    const RisField *f = &rec.aField[i];
    ck_assert_str_eq(f->zTag, a[i].zTag);
    ck_assert_msg(f->iLine==a[i].iLine, "record %lld field %zu (%s): line %zu, want %zu",
                  (long long)pos, i, f->zTag, f->iLine, a[i].iLine);
    ck_assert_msg(f->n==strlen(a[i].zValue) && memcmp(f->z, a[i].zValue, f->n)==0,
                  "record %lld field %zu (%s): [%.*s], want [%s]", (long long)pos, i, f->zTag,
                  (int)f->n, f->z, a[i].zValue);
  }
}

#define CHECK_RECORD(rd, pos, line, want) \
  check_record(rd, pos, line, want, sizeof(want)/sizeof(want[0]))

static void check_end(RisReader *rd){
  RisRecord rec;
  int found = 1;
  ck_assert_msg(ris_next(rd, &rec, &found)==ARCH_OK, "error at the end: %s", rd->zErr);
  ck_assert_int_eq(found, 0);
  found = 1;
  ck_assert_int_eq(ris_next(rd, &rec, &found), ARCH_OK);   /* the end stays the end */
  ck_assert_int_eq(found, 0);
}

/* Read z[0..n) to its end and expect the error zErr after nGood records. */
static void check_error(const char *z, size_t n, int nGood, const char *zErr){
  RisReader rd;
  RisRecord rec;
  int found, i = 0;
  ArchRc rc;
  ris_reader_init(&rd, z, n);
  while( (rc = ris_next(&rd, &rec, &found))==ARCH_OK && found ) i++;
  ck_assert_msg(rc==ARCH_ERROR, "no error, want [%s]", zErr);
  ck_assert_int_eq(i, nGood);
  ck_assert_str_eq(rd.zErr, zErr);
  /* the error stays */
  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_ERROR);
  ris_reader_free(&rd);
}

/* ---------------------------------------------------------------- records */

START_TEST(test_archive_record)
{
  /* a record as the archive's /document/<id>.ris gives it, CRLF line ends */
  static const char z[] =
    "TY  - GEN\r\n"
    "TI  - Telegram from Puzanov to the Soviet Foreign Ministry\r\n"
    "AU  - Puzanov, Alexander\r\n"
    "PY  - 1957\r\n"
    "DA  - 1957/06/14/\r\n"
    "AB  - Puzanov reports on a conversation with Kim Il Sung.\r\n"
    "UR  - https://digitalarchive.wilsoncenter.org/document/115634\r\n"
    "DB  - Wilson Center Digital Archive\r\n"
    "AV  - AVPRF, fond 0102, opis 13, delo 5\r\n"
    "LA  - Russian\r\n"
    "KW  - Korea (North)\r\n"
    "KW  - Soviet Union\r\n"
    "ER  - \r\n";
  static const WantField want[] = {
    { "TY", 1, "GEN" },
    { "TI", 2, "Telegram from Puzanov to the Soviet Foreign Ministry" },
    { "AU", 3, "Puzanov, Alexander" },
    { "PY", 4, "1957" },
    { "DA", 5, "1957/06/14/" },
    { "AB", 6, "Puzanov reports on a conversation with Kim Il Sung." },
    { "UR", 7, "https://digitalarchive.wilsoncenter.org/document/115634" },
    { "DB", 8, "Wilson Center Digital Archive" },
    { "AV", 9, "AVPRF, fond 0102, opis 13, delo 5" },
    { "LA", 10, "Russian" },
    { "KW", 11, "Korea (North)" },
    { "KW", 12, "Soviet Union" },
    { "ER", 13, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_several_records_bom_blank_lines)
{
  /* Zotero's export: a BOM, a blank line after each ER, "ER  - " with its space */
  static const char z[] =
    "\xEF\xBB\xBF" "TY  - MANSCPT\n"
    "TI  - Memorandum of Conversation with Zhou Enlai\n"
    "ER  - \n"
    "\n"
    "TY  - LETTER\n"
    "TI  - Letter from Kim Il Sung to Mao Zedong\n"
    "ER  - \n"
    "\n";
  static const WantField want1[] = {
    { "TY", 1, "MANSCPT" },
    { "TI", 2, "Memorandum of Conversation with Zhou Enlai" },
    { "ER", 3, "" },
  };
  static const WantField want2[] = {
    { "TY", 5, "LETTER" },
    { "TI", 6, "Letter from Kim Il Sung to Mao Zedong" },
    { "ER", 7, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want1);
  CHECK_RECORD(&rd, 2, 5, want2);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_bom_between_joined_files)
{
  /* two files joined with cat: the second one's BOM starts a line between records */
  static const char z[] =
    "\xEF\xBB\xBF" "TY  - GEN\nTI  - One\nER  - \n"
    "\xEF\xBB\xBF" "TY  - GEN\nTI  - Two\nER  - \n";
  static const WantField want1[] = { { "TY", 1, "GEN" }, { "TI", 2, "One" }, { "ER", 3, "" } };
  static const WantField want2[] = { { "TY", 4, "GEN" }, { "TI", 5, "Two" }, { "ER", 6, "" } };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want1);
  CHECK_RECORD(&rd, 2, 4, want2);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_continuation_lines)
{
  /* a title wrapped by EndNote, an abstract of two paragraphs, a keyword list on lines */
  static const char z[] =
    "TY  - RPRT\n"
    "T1  - Report on the Situation in the\n"
    "   Democratic People's Republic of Korea  \n"
    "AB  - The embassy reports on the harvest.\n"
    "\n"
    "It also reports on the Party plenum.\n"
    "\n"
    "\n"
    "KW  - agriculture\n"
    "economy\n"
    "ER  -\n";
  static const WantField want[] = {
    { "TY", 1, "RPRT" },
    { "T1", 2, "Report on the Situation in the\nDemocratic People's Republic of Korea" },
    { "AB", 4, "The embassy reports on the harvest.\n\nIt also reports on the Party plenum." },
    { "KW", 9, "agriculture\neconomy" },
    { "ER", 11, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_broken_at_70_characters)
{
  /* citation-js breaks long values after every 70 characters, inside words or before a blank,
  ** as the RIS specification allows; a line of 70 characters (Cyrillic ones too: characters,
  ** not bytes) is joined to the next as written. A shorter line is joined with a line feed. */
  static const char z[] =
    "TY  - MANSCPT\n"
    "AB  - Kim Il Sung meets with cabinet officials and the Workers' Party of Kor\n"
    "ea to dicuss agriculture.\n"
    "N1  - A note on Kim Il Sung's concern about the possible impact of \"Cultural\n"
    " Revolution\" in China.\n"
    "TI  - \xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b "
    "\xd0\x9a\xd0\xb8\xd0\xbc \xd0\x98\xd1\x80 \xd0\xa1\xd0\xb5\xd0\xbd\xd0\xb0 "
    "\xd1\x81 \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xbe\xd0\xbc "
    "\xd0\x9f\xd1\x83\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xbc "
    "\xd0\xbe \xd0\xbf\xd1\x8f\xd1\x82\xd0\xb8\xd0\xbb\xd0\xb5\xd1\x82\xd0\xbd\xd0\xb5\xd0\xbc "
    "\xd0\xbf\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xb5 "
    "\xd1\x80\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8\xd1\x8f \n"
    "\xd0\x9a\xd0\x9d\xd0\x94\xd0\xa0\n"
    "ER  - \n";
  static const WantField want[] = {
    { "TY", 1, "MANSCPT" },
    { "AB", 2, "Kim Il Sung meets with cabinet officials and the Workers' Party of Korea to dicuss"
               " agriculture." },
    { "N1", 4, "A note on Kim Il Sung's concern about the possible impact of \"Cultural"
               " Revolution\" in China." },
    /* "Переговоры Ким Ир Сена с послом Пузановым о пятилетнем плане развития " + "КНДР":
    ** its 70th character is the blank, trimmed off the line and given back */
    { "TI", 6, "\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b "
               "\xd0\x9a\xd0\xb8\xd0\xbc \xd0\x98\xd1\x80 \xd0\xa1\xd0\xb5\xd0\xbd\xd0\xb0 "
               "\xd1\x81 \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xbe\xd0\xbc "
               "\xd0\x9f\xd1\x83\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xbc "
               "\xd0\xbe \xd0\xbf\xd1\x8f\xd1\x82\xd0\xb8\xd0\xbb\xd0\xb5\xd1\x82\xd0\xbd\xd0\xb5\xd0\xbc "
               "\xd0\xbf\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xb5 "
               "\xd1\x80\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8\xd1\x8f "
               "\xd0\x9a\xd0\x9d\xd0\x94\xd0\xa0" },
    { "ER", 8, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_continuation_of_empty_value)
{
  /* "AB  - " empty, its text on the lines below */
  static const char z[] = "TY  - GEN\nAB  -\n\n\nFirst line\nsecond line\nER  - \n";
  static const WantField want[] = {
    /* blank lines before the value's first line are not part of it (fuzz_ris found them) */
    { "TY", 1, "GEN" }, { "AB", 2, "First line\nsecond line" }, { "ER", 7, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_line_ends)
{
  /* a lone CR (classic Mac), CRLF and LF in one file; no line end after ER */
  static const char z[] = "TY  - GEN\rTI  - Cable\r\nAU  - Shtykov, Terentii\nER  - ";
  static const WantField want[] = {
    { "TY", 1, "GEN" }, { "TI", 2, "Cable" }, { "AU", 3, "Shtykov, Terentii" }, { "ER", 4, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_one_space_tags)
{
  /* a known tag with one space before its hyphen is a tag (Zotero reads it so); an unknown
  ** one is text: "US - Soviet relations" continues the abstract */
  static const char z[] =
    "TY - GEN\n"
    "TI - Note on the talks\n"
    "AB  - On the state of\n"
    "US - Soviet relations.\n"
    "ER  - \n";
  static const WantField want[] = {
    { "TY", 1, "GEN" },
    { "TI", 2, "Note on the talks" },
    { "AB", 3, "On the state of\nUS - Soviet relations." },
    { "ER", 5, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_text_that_starts_like_a_tag)
{
  /* "DO NOT ..." starts with the tag DO but has no hyphen: a continuation line */
  static const char z[] =
    "TY  - GEN\n"
    "AB  - The telegram is marked:\n"
    "DO NOT DISTRIBUTE\n"
    "ER  - \n";
  static const WantField want[] = {
    { "TY", 1, "GEN" },
    { "AB", 2, "The telegram is marked:\nDO NOT DISTRIBUTE" },
    { "ER", 4, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_unknown_and_numbered_tags)
{
  /* tags of no table (X1) and numbered ones (C1, M3) are fields like any other */
  static const char z[] = "TY  - GEN\nX1  - custom\nC1  - box 3\nM3  - Telegram\nER  - \n";
  static const WantField want[] = {
    { "TY", 1, "GEN" }, { "X1", 2, "custom" }, { "C1", 3, "box 3" }, { "M3", 4, "Telegram" },
    { "ER", 5, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_values_keep_inner_hyphens)
{
  /* the first "  - " is the separator; the value keeps its own dashes and spaces */
  static const char z[] = "TY  - GEN\nTI  - 1956 - 1967: a  chronology  -  part 2\nER  - \n";
  static const WantField want[] = {
    { "TY", 1, "GEN" }, { "TI", 2, "1956 - 1967: a  chronology  -  part 2" }, { "ER", 3, "" },
  };
  RisReader rd;
  ris_reader_init(&rd, LIT(z));
  CHECK_RECORD(&rd, 1, 1, want);
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_empty_inputs)
{
  RisReader rd;
  ris_reader_init(&rd, LIT(""));
  check_end(&rd);
  ris_reader_free(&rd);
  ris_reader_init(&rd, LIT("\n\r\n  \n\xEF\xBB\xBF"));
  check_end(&rd);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_ris_field)
{
  static const char z[] = "TY  - GEN\nAU  - One\nAU  - Two\nER  - \n";
  RisReader rd;
  RisRecord rec;
  int found;
  const RisField *f;
  ris_reader_init(&rd, LIT(z));
  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(found, 1);
  f = ris_field(&rec, "AU");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(f->iLine, 2);
  ck_assert_ptr_null(ris_field(&rec, "TI"));
  ris_reader_free(&rd);
}
END_TEST

/* ---------------------------------------------------------------- errors */

START_TEST(test_error_not_ris)
{
  check_error(LIT("October 8, 1963\n\nCable from the Embassy\n"), 0,
              "ris: line 1: expected a tag such as 'TY  - '");
  check_error(LIT("\n\n<html><body>\n"), 0, "ris: line 3: expected a tag such as 'TY  - '");
  /* "TY JOUR": no hyphen */
  check_error(LIT("TY JOUR\nTI  - x\nER  - \n"), 0,
              "ris: line 1: expected a tag such as 'TY  - '");
  /* text after a record */
  check_error(LIT("TY  - GEN\nTI  - x\nER  - \nsome text\n"), 1,
              "ris: line 4: expected a tag such as 'TY  - '");
}
END_TEST

START_TEST(test_error_record_without_ty)
{
  check_error(LIT("TI  - Cable\nER  - \n"), 0,
              "ris: line 1: a record begins with 'TY  - ', not 'TI  - '");
  check_error(LIT("ER  - \n"), 0,
              "ris: line 1: 'ER  - ' ends no record: no 'TY  - ' line opens one");
}
END_TEST

START_TEST(test_error_mistyped_tag)
{
  check_error(LIT("TY  - GEN\nTI- Cable from Hanoi\nER  - \n"), 0,
              "ris: line 2: expected a tag such as 'TI  - ' (two characters, two spaces, a"
              " hyphen, a space)");
  check_error(LIT("TY  - GEN\nTI  - x\nAU   - Kim\nER  - \n"), 0,
              "ris: line 3: expected a tag such as 'AU  - ' (two characters, two spaces, a"
              " hyphen, a space)");
  check_error(LIT("TY  - GEN\nTI  - x\nAU: Kim\nER  - \n"), 0,
              "ris: line 3: expected a tag such as 'AU  - ' (two characters, two spaces, a"
              " hyphen, a space)");
  check_error(LIT("TY  - GEN\nTI  -Cable\nER  - \n"), 0,
              "ris: line 2: expected a tag such as 'TI  - ' (two characters, two spaces, a"
              " hyphen, a space)");
  /* a line of text under TY */
  check_error(LIT("TY  - GEN\nTI Cable from Hanoi\nER  - \n"), 0,
              "ris: line 2: expected a tag such as 'TI  - '");
}
END_TEST

START_TEST(test_error_truncated)
{
  /* the file ends inside its second record */
  check_error(LIT("TY  - GEN\nTI  - One\nER  - \n\nTY  - GEN\nTI  - Two\nUR  - https://digitalar"),
              1, "ris: line 5: the record that begins here has no 'ER  - ' line: is the text"
                 " cut short?");
  /* a record without its ER, then the next one */
  check_error(LIT("TY  - GEN\nTI  - One\nTY  - GEN\nTI  - Two\nER  - \n"), 0,
              "ris: line 3: 'TY  - ' opens a record before the record of line 1 has ended"
              " with 'ER  - '");
  check_error(LIT("TY  - GEN"), 0,
              "ris: line 1: the record that begins here has no 'ER  - ' line: is the text"
              " cut short?");
}
END_TEST

/* ---------------------------------------------------------------- large inputs */

START_TEST(test_ten_megabyte_field)
{
  /* one abstract of 10 MB, on one line, and one of 10 MB on 100,000 lines */
  size_t nBody = 10*1000*1000, i;
  char *z = malloc(nBody*2 + 100);
  size_t n = 0;
  RisReader rd;
  RisRecord rec;
  int found;
  const RisField *f;
  ck_assert_ptr_nonnull(z);
  n += (size_t)sprintf(z+n, "TY  - GEN\nAB  - ");
  memset(z+n, 'a', nBody);
  n += nBody;
  n += (size_t)sprintf(z+n, "\nER  - \nTY  - GEN\nAB  - ");
  for(i=0; i<nBody/100; i++){
    memset(z+n, 'b', 99);
    z[n+99] = '\n';
    n += 100;
  }
  n += (size_t)sprintf(z+n, "ER  - \n");
  ris_reader_init(&rd, z, n);
  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(found, 1);
  f = ris_field(&rec, "AB");
  ck_assert_uint_eq(f->n, nBody);
  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(found, 1);
  f = ris_field(&rec, "AB");
  ck_assert_uint_eq(f->n, nBody - 1);       /* 100,000 lines of 99 and 99,999 newlines */
  ck_assert_uint_eq(rec.iLineEnd, 4 + 100000 + 1);    /* TY on 4, AB on 5 with the first */
  check_end(&rd);
  ris_reader_free(&rd);
  free(z);
}
END_TEST

START_TEST(test_nul_byte_is_a_byte)
{
  /* ris() refuses NUL bytes before the reader runs; the reader itself reads them as bytes */
  static const char z[] = "TY  - GEN\nTI  - a\0b\nER  - \n";
  RisReader rd;
  RisRecord rec;
  int found;
  const RisField *f;
  ris_reader_init(&rd, z, sizeof(z)-1);
  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  f = ris_field(&rec, "TI");
  ck_assert_uint_eq(f->n, 3);
  ck_assert(memcmp(f->z, "a\0b", 3)==0);
  ris_reader_free(&rd);
}
END_TEST

/* ---------------------------------------------------------------- dates */

static void check_date(const char *zIn, const char *zFirst, const char *zLast){
  ArchDate d;
  ArchDateResult e = ris_date_parse(zIn, strlen(zIn), &d);
  if( zFirst==0 ){
    ck_assert_msg(e!=ARCH_DATE_FOUND, "[%s] should be no date", zIn);
  }else{
    char a[11], b[11];
    ck_assert_msg(e==ARCH_DATE_FOUND, "[%s] is no date", zIn);
    arch_date_iso(d.first, a);
    arch_date_iso(d.last, b);
    ck_assert_msg(strcmp(a, zFirst)==0 && strcmp(b, zLast)==0, "[%s]: %s..%s, want %s..%s",
                  zIn, a, b, zFirst, zLast);
  }
}

START_TEST(test_ris_dates)
{
  check_date("1963/10/08/", "1963-10-08", "1963-10-08");
  check_date("1963/10/08", "1963-10-08", "1963-10-08");
  check_date("1963/10//", "1963-10-01", "1963-10-31");
  check_date("1963/10", "1963-10-01", "1963-10-31");
  check_date("1956///", "1956-01-01", "1956-12-31");
  check_date("1956/00/00/", "1956-01-01", "1956-12-31");
  check_date("1963/10/08/Tuesday morning", "1963-10-08", "1963-10-08");
  check_date("1956", "1956-01-01", "1956-12-31");
  /* not the RIS form: read by the date engine */
  check_date("1956/57", "1956-01-01", "1957-12-31");
  check_date("1956/1957", "1956-01-01", "1957-12-31");
  check_date("circa 1956", "1956-01-01", "1956-12-31");
  check_date("October 8, 1963", "1963-10-08", "1963-10-08");
  /* impossible days and months are no dates */
  check_date("1963/02/30/", 0, 0);
  check_date("1963//08/", 0, 0);
  check_date("Spring", 0, 0);
}
END_TEST

START_TEST(test_record_date)
{
  static const char z[] =
    "TY  - JOUR\nPY  - 1948\nDA  - July\nER  - \n"          /* DA without its year */
    "TY  - GEN\nY1  - 1956///\nER  - \n"                    /* the older tag */
    "TY  - GEN\nDA  - \nPY  - 1961\nER  - \n"               /* an empty DA */
    "TY  - GEN\nTI  - undated\nER  - \n";
  RisReader rd;
  RisRecord rec;
  ArchDate d;
  const char *zText;
  size_t nText;
  int found;
  char a[11], b[11];
  ris_reader_init(&rd, LIT(z));

  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(ris_record_date(&rec, &zText, &nText, &d), ARCH_DATE_FOUND);
  ck_assert(nText==4 && memcmp(zText, "July", 4)==0);
  arch_date_iso(d.first, a);
  arch_date_iso(d.last, b);
  ck_assert_str_eq(a, "1948-07-01");
  ck_assert_str_eq(b, "1948-07-31");

  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(ris_record_date(&rec, &zText, &nText, &d), ARCH_DATE_FOUND);
  ck_assert(nText==7 && memcmp(zText, "1956///", 7)==0);
  ck_assert_int_eq(d.precision, ARCH_DATE_YEAR);

  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(ris_record_date(&rec, &zText, &nText, &d), ARCH_DATE_FOUND);
  ck_assert(nText==4 && memcmp(zText, "1961", 4)==0);

  ck_assert_int_eq(ris_next(&rd, &rec, &found), ARCH_OK);
  ck_assert_int_eq(ris_record_date(&rec, &zText, &nText, &d), ARCH_DATE_NOT_A_DATE);
  ck_assert_ptr_null(zText);
  ris_reader_free(&rd);
}
END_TEST

START_TEST(test_known_tags)
{
  ck_assert(ris_tag_is_known("TY"));
  ck_assert(ris_tag_is_known("AV"));
  ck_assert(ris_tag_is_known("DB"));
  ck_assert(ris_tag_is_known("M2"));
  ck_assert(!ris_tag_is_known("US"));
  ck_assert(!ris_tag_is_known("X1"));
}
END_TEST

static Suite *ris_suite(void){
  Suite *s = suite_create("ris");
  TCase *tc = tcase_create("records");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_archive_record);
  tcase_add_test(tc, test_several_records_bom_blank_lines);
  tcase_add_test(tc, test_bom_between_joined_files);
  tcase_add_test(tc, test_continuation_lines);
  tcase_add_test(tc, test_broken_at_70_characters);
  tcase_add_test(tc, test_continuation_of_empty_value);
  tcase_add_test(tc, test_line_ends);
  tcase_add_test(tc, test_one_space_tags);
  tcase_add_test(tc, test_text_that_starts_like_a_tag);
  tcase_add_test(tc, test_unknown_and_numbered_tags);
  tcase_add_test(tc, test_values_keep_inner_hyphens);
  tcase_add_test(tc, test_empty_inputs);
  tcase_add_test(tc, test_ris_field);
  tcase_add_test(tc, test_error_not_ris);
  tcase_add_test(tc, test_error_record_without_ty);
  tcase_add_test(tc, test_error_mistyped_tag);
  tcase_add_test(tc, test_error_truncated);
  tcase_add_test(tc, test_ten_megabyte_field);
  tcase_add_test(tc, test_nul_byte_is_a_byte);
  tcase_add_test(tc, test_ris_dates);
  tcase_add_test(tc, test_record_date);
  tcase_add_test(tc, test_known_tags);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(ris_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
