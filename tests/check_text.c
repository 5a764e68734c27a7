/*
** check_text.c: unit tests for ext/text.c (UTF-8 helpers) and arch_data_find().
**
** Expected values are written by hand from text.h and archivist_data.h.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

#include "text.h"
#include "archivist_data.h"

/* Length of a string literal without its NUL (works with embedded NULs). */
#define LIT(s) (s), (sizeof(s) - 1)

/* ---------------------------------------------------------------- text_utf8_invalid_offset */

/* text_utf8_copy() copies as far as the text is valid and holds no NUL: checked with every
** case of text_utf8_invalid_offset(), into a buffer of exactly n bytes (ASan sees overruns). */
static void expect_copy_to(const char *z, size_t n, size_t want){
  char *out = malloc(n ? n : 1);
  const char *zNul = memchr(z, 0, n);
  size_t got;
  if( zNul && (size_t)(zNul - z)<want ) want = (size_t)(zNul - z);
  ck_assert(out!=0);
  got = text_utf8_copy(out, z, n);
  ck_assert_msg(got==want, "copy: got %zu, want %zu (n=%zu)", got, want, n);
  ck_assert_msg(memcmp(out, z, got)==0, "copy: the %zu bytes copied differ", got);
  free(out);
}

static void expect_invalid_at(const char *z, size_t n, size_t want){
  size_t got = text_utf8_invalid_offset(z, n);
  ck_assert_msg(got==want, "invalid offset: got %zu, want %zu (n=%zu)", got, want, n);
  expect_copy_to(z, n, want);
}

START_TEST(test_utf8_valid)
{
  expect_invalid_at(LIT(""), 0);
  expect_invalid_at(LIT("hello"), 5);
  expect_invalid_at(LIT("a\0b"), 3);                     /* NUL is ASCII */
  expect_invalid_at(LIT("\xC2\x80"), 2);                 /* U+0080, smallest 2-byte */
  expect_invalid_at(LIT("\xDF\xBF"), 2);                 /* U+07FF */
  expect_invalid_at(LIT("caf\xC3\xA9"), 5);              /* café */
  expect_invalid_at(LIT("\xE0\xA0\x80"), 3);             /* U+0800, smallest 3-byte */
  expect_invalid_at(LIT("\xE2\x82\xAC"), 3);             /* € */
  expect_invalid_at(LIT("\xED\x9F\xBF"), 3);             /* U+D7FF, just below surrogates */
  expect_invalid_at(LIT("\xEE\x80\x80"), 3);             /* U+E000, just above them */
  expect_invalid_at(LIT("\xEF\xBB\xBF"), 3);             /* BOM */
  expect_invalid_at(LIT("\xEF\xBF\xBF"), 3);             /* U+FFFF */
  expect_invalid_at(LIT("\xF0\x90\x80\x80"), 4);         /* U+10000, smallest 4-byte */
  expect_invalid_at(LIT("\xF0\x9F\x98\x80"), 4);         /* emoji */
  expect_invalid_at(LIT("\xF4\x8F\xBF\xBF"), 4);         /* U+10FFFF, the last code point */
  expect_invalid_at(LIT("K\xC3\xA1" "d\xC3\xA1r \xE2\x80\x94 \xF0\x9F\x98\x80!"), 17);
}
END_TEST

START_TEST(test_utf8_truncated)
{
  expect_invalid_at(LIT("\xC3"), 0);
  expect_invalid_at(LIT("ab\xC3"), 2);
  expect_invalid_at(LIT("ab\xE2\x82"), 2);
  expect_invalid_at(LIT("\xF0\x9F\x98"), 0);
  expect_invalid_at(LIT("xy\xF0\x9F"), 2);
  /* a lead byte followed by something that is not a continuation byte */
  expect_invalid_at(LIT("x\xE2\x82y"), 1);
  expect_invalid_at(LIT("\xC3" "A"), 0);
  expect_invalid_at(LIT("ok\xF0\x9F\x98" "A"), 2);
  /* n cuts a valid sequence short: only n bytes may be read */
  expect_invalid_at("\xE2\x82\xAC", 2, 0);
  expect_invalid_at("abc\xC3\xA9", 4, 3);
}
END_TEST

START_TEST(test_utf8_overlong)
{
  expect_invalid_at(LIT("\xC0\x80"), 0);
  expect_invalid_at(LIT("\xC1\xBF"), 0);
  expect_invalid_at(LIT("a\xC0\x80"), 1);
  expect_invalid_at(LIT("\xE0\x80\x80"), 0);
  expect_invalid_at(LIT("a\xE0\x80\x80"), 1);
  expect_invalid_at(LIT("\xE0\x9F\xBF"), 0);             /* U+07FF in three bytes */
  expect_invalid_at(LIT("\xF0\x80\x80\x80"), 0);
  expect_invalid_at(LIT("\xF0\x8F\xBF\xBF"), 0);         /* U+FFFF in four bytes */
}
END_TEST

START_TEST(test_utf8_surrogates_and_range)
{
  expect_invalid_at(LIT("\xED\xA0\x80"), 0);             /* U+D800 */
  expect_invalid_at(LIT("ok\xED\xBF\xBF"), 2);           /* U+DFFF */
  expect_invalid_at(LIT("\xED\xA0\xBD\xED\xB8\x80"), 0); /* CESU-8 pair */
  expect_invalid_at(LIT("\xF4\x90\x80\x80"), 0);         /* U+110000 */
  expect_invalid_at(LIT("ab\xF4\x90\x80\x80"), 2);
  expect_invalid_at(LIT("\xF5\x80\x80\x80"), 0);
  expect_invalid_at(LIT("\xF7\xBF\xBF\xBF"), 0);
  expect_invalid_at(LIT("\xF8\x88\x80\x80\x80"), 0);
  expect_invalid_at(LIT("\xFE"), 0);
  expect_invalid_at(LIT("a\xFF" "b"), 1);
}
END_TEST

START_TEST(test_utf8_stray_continuation)
{
  expect_invalid_at(LIT("\x80"), 0);
  expect_invalid_at(LIT("abc\xBF"), 3);
  expect_invalid_at(LIT("\xC3\xA9\xA9"), 2);
  expect_invalid_at(LIT("\xE2\x82\xAC\x80z"), 3);
  expect_invalid_at(LIT("\xF0\x9F\x98\x80\x80"), 4);
}
END_TEST

/* A bad byte at every offset of a long ASCII run, so that it falls at each place in and
** around the eight-byte blocks of the fast path. */
START_TEST(test_utf8_long_ascii_runs)
{
  char buf[200];
  size_t n, p;
  for(n=0; n<=64; n++){
    memset(buf, 'a', n);
    expect_invalid_at(buf, n, n);
  }
  for(p=0; p<100; p++){
    memset(buf, 'x', 100);
    buf[p] = (char)0x80;
    expect_invalid_at(buf, 100, p);
    buf[p] = (char)0xC0;
    expect_invalid_at(buf, 100, p);
    buf[p] = (char)0xFF;
    expect_invalid_at(buf, 100, p);
  }
  /* a bad byte after a valid multi-byte character in the middle of a run */
  for(p=0; p<90; p++){
    memset(buf, 'y', 120);
    buf[p] = (char)0xC3;
    buf[p+1] = (char)0xA9;          /* é at p */
    buf[p+9] = (char)0xED;
    buf[p+10] = (char)0xA0;
    buf[p+11] = (char)0x80;         /* surrogate at p+9 */
    expect_invalid_at(buf, 120, p+9);
  }
  /* truncated sequence as the last byte of a long run */
  memset(buf, 'z', 77);
  buf[76] = (char)0xE2;
  expect_invalid_at(buf, 77, 76);
  /* bytes past n are not looked at even inside the fast path */
  memset(buf, 'q', 40);
  buf[20] = (char)0x80;
  expect_invalid_at(buf, 20, 20);
  expect_invalid_at(buf, 17, 17);
}
END_TEST

/* A NUL at every offset of a long ASCII run, and after multi-byte characters: the copy stops
** there, though the text is valid UTF-8. */
START_TEST(test_utf8_copy_stops_at_nul)
{
  char buf[120];
  size_t p;
  for(p=0; p<100; p++){
    memset(buf, 'n', 100);
    buf[p] = 0;
    expect_copy_to(buf, 100, 100);
    if( p+2<100 ){
      buf[p] = (char)0xC3;
      buf[p+1] = (char)0xA9;
      buf[p+2] = 0;                 /* é, then NUL */
      expect_copy_to(buf, 100, 100);
    }
  }
  memset(buf, 'n', 100);
  buf[99] = 0;
  expect_copy_to(buf, 99, 99);       /* the NUL past n is not seen */
  expect_copy_to(LIT("\xE2\x80\x94\0\xFF"), 5);   /* NUL first, then a bad byte */
}
END_TEST

/* ---------------------------------------------------------------- text_space_len */

START_TEST(test_space_len_ascii)
{
  ck_assert_int_eq(text_space_len(LIT(" ")), 1);
  ck_assert_int_eq(text_space_len(LIT("\t")), 1);
  ck_assert_int_eq(text_space_len(LIT("\n")), 1);
  ck_assert_int_eq(text_space_len(LIT("\r")), 1);
  ck_assert_int_eq(text_space_len(LIT("\f")), 1);
  ck_assert_int_eq(text_space_len(LIT("\v")), 1);
  ck_assert_int_eq(text_space_len(LIT(" x")), 1);
  ck_assert_int_eq(text_space_len(LIT("x ")), 0);
  ck_assert_int_eq(text_space_len(LIT("a")), 0);
  ck_assert_int_eq(text_space_len(LIT("-")), 0);
  ck_assert_int_eq(text_space_len(LIT("\0")), 0);
  ck_assert_int_eq(text_space_len(" ", 0), 0);
}
END_TEST

START_TEST(test_space_len_unicode)
{
  ck_assert_int_eq(text_space_len(LIT("\xC2\xA0")), 2);          /* U+00A0 */
  ck_assert_int_eq(text_space_len(LIT("\xC2\xA0" "x")), 2);
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x80")), 3);      /* U+2000 */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x83")), 3);      /* U+2003 em space */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x89")), 3);      /* U+2009 thin space */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x8A")), 3);      /* U+200A */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x8B")), 3);      /* U+200B */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\xAF")), 3);      /* U+202F */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x81\x9F")), 3);      /* U+205F */
  ck_assert_int_eq(text_space_len(LIT("\xE3\x80\x80")), 3);      /* U+3000 */
  ck_assert_int_eq(text_space_len(LIT("\xEF\xBB\xBF")), 3);      /* U+FEFF */
  ck_assert_int_eq(text_space_len(LIT("\xE3\x80\x80" "abc")), 3);
}
END_TEST

START_TEST(test_space_len_not_space)
{
  /* characters that share a lead byte with a space */
  ck_assert_int_eq(text_space_len(LIT("\xC2\xA9")), 0);          /* U+00A9 © */
  ck_assert_int_eq(text_space_len(LIT("\xC2\xA1")), 0);          /* U+00A1 ¡ */
  ck_assert_int_eq(text_space_len(LIT("\xC2\xBB")), 0);          /* U+00BB » */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x8C")), 0);      /* U+200C ZWNJ */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x90")), 0);      /* U+2010 hyphen */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x93")), 0);      /* U+2013 en dash */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x94")), 0);      /* U+2014 em dash */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\x99")), 0);      /* U+2019 ’ */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\xA2")), 0);      /* U+2022 • */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x80\xAE")), 0);      /* U+202E */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x81\xA0")), 0);      /* U+2060 */
  ck_assert_int_eq(text_space_len(LIT("\xE2\x82\xAC")), 0);      /* U+20AC € */
  ck_assert_int_eq(text_space_len(LIT("\xE3\x80\x81")), 0);      /* U+3001 、 */
  ck_assert_int_eq(text_space_len(LIT("\xE3\x81\x82")), 0);      /* U+3042 あ */
  ck_assert_int_eq(text_space_len(LIT("\xEF\xBB\xBE")), 0);      /* U+FEFE */
  ck_assert_int_eq(text_space_len(LIT("\xEF\xBF\xBD")), 0);      /* U+FFFD */
  ck_assert_int_eq(text_space_len(LIT("\xC3\xA9")), 0);          /* é */
  /* a space character cut short by n is not a space */
  ck_assert_int_eq(text_space_len("\xC2\xA0", 1), 0);
  ck_assert_int_eq(text_space_len("\xE2\x80\x89", 2), 0);
  ck_assert_int_eq(text_space_len("\xE3\x80\x80", 2), 0);
  ck_assert_int_eq(text_space_len("\xEF\xBB\xBF", 1), 0);
}
END_TEST

/* ---------------------------------------------------------------- text_trim */

static void expect_trim(const char *z, size_t n, size_t wantStart, size_t wantLen){
  const char *z2 = z;
  size_t n2 = n;
  text_trim(&z2, &n2);
  ck_assert_msg((size_t)(z2 - z)==wantStart && n2==wantLen,
                "trim: got start %td len %zu, want start %zu len %zu",
                z2 - z, n2, wantStart, wantLen);
}

START_TEST(test_trim)
{
  expect_trim(LIT(""), 0, 0);
  expect_trim(LIT("abc"), 0, 3);
  expect_trim(LIT("  abc  "), 2, 3);
  expect_trim(LIT("\t\r\n abc \r\n"), 4, 3);
  expect_trim(LIT("a b"), 0, 3);
  expect_trim(LIT("   "), 3, 0);
  expect_trim(LIT("\xC2\xA0"), 2, 0);
  expect_trim(LIT("\xC2\xA0\xE3\x80\x80" "abc" "\xEF\xBB\xBF\t\xE2\x80\xAF"), 5, 3);
  expect_trim(LIT("\xE2\x80\x89" "x" "\xE2\x80\x89"), 3, 1);
  expect_trim(LIT("\xEF\xBB\xBF" "Skip"), 3, 4);
  expect_trim(LIT("caf\xC3\xA9 "), 0, 5);
  expect_trim(LIT("\xC2\xA9"), 0, 2);                     /* © is not space */
  expect_trim(LIT("x\xE2\x80\x94"), 0, 4);                /* nor is an em dash */
  expect_trim(LIT(" \xC2\xA9 "), 1, 2);
  expect_trim(LIT("a\xC2\xA0\xC2\xA0"), 0, 1);
  expect_trim(LIT("\xE2\x82\xAC\xE2\x80\x8B"), 0, 3);     /* € then ZWSP */
}
END_TEST

/* Copy s to the very end of a readable page followed by an unreadable one, so that reading a
** byte past the end of the text faults. */
static char *guarded_copy(const char *s, size_t n, void **pMap, size_t *pMapLen){
  long pg = sysconf(_SC_PAGESIZE);
  char *base = mmap(0, (size_t)pg*2, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  ck_assert(base!=MAP_FAILED);
  ck_assert_int_eq(mprotect(base+pg, (size_t)pg, PROT_NONE), 0);
  memcpy(base+pg-n, s, n);
  *pMap = base;
  *pMapLen = (size_t)pg*2;
  return base+pg-n;
}

/* z[0..0) is empty: nothing may be read from z. */
START_TEST(test_space_len_empty_reads_nothing)
{
  ck_assert_int_eq(text_space_len(NULL, 0), 0);
}
END_TEST

/* Trimming text that is all white space must stop at its end, not look one byte further. */
START_TEST(test_trim_stays_inside)
{
  void *map;
  size_t mapLen;
  const char *z = guarded_copy("  \t", 3, &map, &mapLen);
  size_t n = 3;
  text_trim(&z, &n);
  ck_assert_uint_eq(n, 0);
  munmap(map, mapLen);
}
END_TEST

START_TEST(test_fold_stays_inside)
{
  void *map;
  size_t mapLen;
  char out[8];
  const char *z = guarded_copy("\xC2\xA0 ", 3, &map, &mapLen);
  ck_assert_uint_eq(text_fold_space(z, 3, out), 0);
  ck_assert_int_eq(text_needs_fold(z, 3), 1);
  munmap(map, mapLen);
}
END_TEST

/* ---------------------------------------------------------------- text_fold_space */

static void expect_fold(const char *z, size_t n, const char *want){
  char out[256];
  size_t got;
  ck_assert(n<sizeof(out));
  memset(out, '#', sizeof(out));
  got = text_fold_space(z, n, out);
  ck_assert_msg(got<=n, "fold wrote %zu bytes of %zu", got, n);
  ck_assert_msg(got==strlen(want) && memcmp(out, want, got)==0,
                "fold: got [%.*s], want [%s]", (int)got, out, want);
  ck_assert_msg(out[got]=='#', "fold wrote past its result");
}

START_TEST(test_fold)
{
  expect_fold(LIT(""), "");
  expect_fold(LIT("   "), "");
  expect_fold(LIT("\xC2\xA0\t\xE3\x80\x80"), "");
  expect_fold(LIT("abc"), "abc");
  expect_fold(LIT("a b"), "a b");
  expect_fold(LIT("a  b"), "a b");
  expect_fold(LIT("  a \t b\xC2\xA0\xC2\xA0" "c  "), "a b c");
  expect_fold(LIT("a\r\nb"), "a b");
  expect_fold(LIT("a\tb"), "a b");
  expect_fold(LIT("a\xC2\xA0" "b"), "a b");
  expect_fold(LIT("Caf\xC3\xA9\xE3\x80\x80" "Bar"), "Caf\xC3\xA9 Bar");
  expect_fold(LIT("a\xC2\xA9 b"), "a\xC2\xA9 b");
  expect_fold(LIT("\xEF\xBB\xBF" "Skip to\xE2\x80\xAF" "content\r\n"), "Skip to content");
  expect_fold(LIT("x \xE2\x80\x89 \xE2\x81\x9F y"), "x y");
  expect_fold(LIT("Kennan , 'Russia'"), "Kennan , 'Russia'");
  expect_fold(LIT("en\xE2\x80\x93" "dash"), "en\xE2\x80\x93" "dash");
}
END_TEST

/* needs_fold must be false exactly when fold leaves the text unchanged; the expected value is
** also written out by hand for each input. */
START_TEST(test_needs_fold_agrees)
{
  static const struct { const char *z; int n; int want; } a[] = {
    { "", 0, 0 },
    { "a", 1, 0 },
    { "a b", 3, 0 },
    { "a b c d", 7, 0 },
    { "a  b", 4, 1 },
    { " a", 2, 1 },
    { "a ", 2, 1 },
    { " ", 1, 1 },
    { "a\tb", 3, 1 },
    { "a\nb", 3, 1 },
    { "a\r\nb", 4, 1 },
    { "a\xC2\xA0" "b", 4, 1 },
    { "a \xC2\xA0" "b", 5, 1 },
    { "a\xC2\xA9" "b", 4, 0 },
    { "\xC2\xA9", 2, 0 },
    { "caf\xC3\xA9", 5, 0 },
    { "x\xE2\x80\x94y", 5, 0 },
    { "x\xE2\x80\x89y", 5, 1 },
    { "x\xE2\x80\xAFy", 5, 1 },
    { "x\xE2\x81\x9Fy", 5, 1 },
    { "a\xE3\x80\x80" "b", 5, 1 },
    { "a\xE3\x80\x81" "b", 5, 0 },
    { "a\xEF\xBB\xBF" "b", 5, 1 },
    { "a\xEF\xBF\xBD" "b", 5, 0 },
    { "\xEF\xBB\xBF" "abc", 6, 1 },
    { "abc\xC2\xA0", 5, 1 },
    { "abc\xE2\x80\x8B", 6, 1 },
    { "Skip to content", 15, 0 },
    { "Skip  to content", 16, 1 },
    { "a\x01" "b", 3, 0 },
    { "a\vb", 3, 1 },
    { "a\fb", 3, 1 },
  };
  size_t i;
  for(i=0; i<sizeof(a)/sizeof(a[0]); i++){
    char out[64];
    size_t n = (size_t)a[i].n;
    size_t got = text_fold_space(a[i].z, n, out);
    int changed = got!=n || memcmp(out, a[i].z, n)!=0;
    int needs = text_needs_fold(a[i].z, n);
    ck_assert_msg(changed==a[i].want, "case %zu: fold changed=%d, want %d", i, changed,
                  a[i].want);
    ck_assert_msg((needs!=0)==a[i].want, "case %zu: needs_fold=%d, want %d", i, needs,
                  a[i].want);
  }
}
END_TEST

/* Hand-written cases: a space followed by a non-space character that shares a lead byte with
** a space character. */
START_TEST(test_needs_fold_space_then_lookalike)
{
  ck_assert_int_eq(text_needs_fold(LIT("a \xC2\xA9")), 0);         /* a © */
  ck_assert_int_eq(text_needs_fold(LIT("a \xE2\x80\x94 b")), 0);   /* a — b */
  ck_assert_int_eq(text_needs_fold(LIT("Kim \xC3\xA9t\xC3\xA9")), 0);  /* é: 0xC3, fine */
  ck_assert_int_eq(text_needs_fold(LIT("x \xE3\x81\x82")), 0);      /* x あ */
  ck_assert_int_eq(text_needs_fold(LIT("x \xEF\xBF\xBD")), 0);      /* x U+FFFD */
}
END_TEST

/* Exhaustive agreement over short strings built from an alphabet of tricky pieces. */
START_TEST(test_needs_fold_exhaustive)
{
  static const char *const azPiece[] = {
    "a", " ", "\t", "\xC2\xA0", "\xC2\xA9", "\xE2\x80\x89", "\xE2\x80\x94", "\xE3\x80\x80",
    "\xEF\xBB\xBF", "\xC3\xA9",
  };
  const int nPiece = (int)(sizeof(azPiece)/sizeof(azPiece[0]));
  int idx[4];
  int len;
  for(len=1; len<=4; len++){
    int total = 1, k, c;
    for(k=0; k<len; k++) total *= nPiece;
    for(c=0; c<total; c++){
      char z[32], out[32];
      size_t n = 0, got;
      int v = c, changed, needs;
      for(k=0; k<len; k++){ idx[k] = v % nPiece; v /= nPiece; }
      for(k=0; k<len; k++){
        size_t m = strlen(azPiece[idx[k]]);
        memcpy(z+n, azPiece[idx[k]], m);
        n += m;
      }
      got = text_fold_space(z, n, out);
      changed = got!=n || memcmp(out, z, n)!=0;
      needs = text_needs_fold(z, n)!=0;
      if( changed!=needs ){
        ck_abort_msg("needs_fold=%d but fold changed=%d for [%.*s]", needs, changed,
                     (int)n, z);
      }
    }
  }
}
END_TEST

/* The same agreement on longer strings, which text_needs_fold() reads eight bytes at a time:
** pieces drawn by a fixed pseudo-random sequence, mostly visible ASCII, with spaces, doubled
** spaces, controls and Unicode spaces and look-alikes at every position of the 8-byte words. */
START_TEST(test_needs_fold_long)
{
  static const char *const azPiece[] = {
    "a", "b", "Z", ".", " ", " ", "  ", "\t", "\n", "\x01", "\x7F", "\xC2\xA0", "\xC2\xA9",
    "\xE2\x80\x89", "\xE2\x80\x94", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80",
    "\xEF\xBB\xBF", "\xC3\xA9", "ab", "abcdefg", "abcdefghijklmnop",
  };
  const unsigned nPiece = (unsigned)(sizeof(azPiece)/sizeof(azPiece[0]));
  uint32_t seed = 12345;
  int iCase;
  for(iCase=0; iCase<200000; iCase++){
    char z[256], out[256];
    size_t n = 0, got;
    int nPieces, k, changed, needs, nRare;
    seed = seed*1103515245u + 12345u;
    nPieces = 1 + (int)((seed>>16) % 40);
    nRare = (int)((seed>>8) % 4);   /* how often a piece other than a letter is drawn */
    for(k=0; k<nPieces; k++){
      const char *p;
      size_t m;
      seed = seed*1103515245u + 12345u;
      p = ((seed>>24) % 8) < (uint32_t)nRare ? azPiece[(seed>>16) % nPiece] : "x";
      m = strlen(p);
      if( n+m>=sizeof(z) ) break;
      memcpy(z+n, p, m);
      n += m;
    }
    got = text_fold_space(z, n, out);
    changed = got!=n || memcmp(out, z, n)!=0;
    needs = text_needs_fold(z, n)!=0;
    if( changed!=needs ){
      ck_abort_msg("needs_fold=%d but fold changed=%d for [%.*s] (%zu bytes)", needs, changed,
                   (int)n, z, n);
    }
  }
}
END_TEST

/* ---------------------------------------------------------------- text_ieq */

START_TEST(test_ieq)
{
  ck_assert(text_ieq(LIT("Oct"), LIT("oct")));
  ck_assert(text_ieq(LIT("OCTOBER"), LIT("october")));
  ck_assert(text_ieq(LIT("oCtObEr"), LIT("OcToBeR")));
  ck_assert(text_ieq(LIT(""), LIT("")));
  ck_assert(text_ieq("Octopus", 3, LIT("oct")));          /* z need not end at n */
  ck_assert(!text_ieq(LIT("Oct"), LIT("octo")));
  ck_assert(!text_ieq(LIT("Octo"), LIT("oct")));
  ck_assert(!text_ieq(LIT("abc"), LIT("abd")));
  ck_assert(!text_ieq(LIT("["), LIT("{")));                /* only letters fold */
  ck_assert(!text_ieq(LIT("@"), LIT("`")));
  ck_assert(!text_ieq(LIT("^"), LIT("~")));
  ck_assert(!text_ieq(LIT("\xC3\x89"), LIT("\xC3\xA9")));  /* É and é: not ASCII case */
  ck_assert(text_ieq(LIT("Communiqu\xC3\xA9"), LIT("COMMUNIQU\xC3\xA9")));
  ck_assert(text_ieq(LIT("n.d."), LIT("N.D.")));
}
END_TEST

/* ---------------------------------------------------------------- arch_data_find */

#define FIND(table, s) arch_data_find(arch_data_##table, arch_data_##table##_count, LIT(s))

START_TEST(test_data_find_months)
{
  const ArchDataRow *p;
  ck_assert_uint_ge(arch_data_months_count, 24);   /* at least the 24 English rows */
  p = FIND(months, "OCT");
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->ivalue, 10);
  p = FIND(months, "Sept");
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->ivalue, 9);
  p = FIND(months, "september");
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->ivalue, 9);
  p = FIND(months, "May");
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->ivalue, 5);
  ck_assert_str_eq(p->value, "5");
  p = FIND(months, "december");
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->ivalue, 12);
  ck_assert_int_eq(p->nKey, 8);
  ck_assert_ptr_null(FIND(months, "Octob"));
  ck_assert_ptr_null(FIND(months, "Octobers"));
  ck_assert_ptr_null(FIND(months, "Oct."));
  ck_assert_ptr_null(FIND(months, ""));
  p = arch_data_find(arch_data_months, arch_data_months_count, "October", 3);
  ck_assert_ptr_nonnull(p);                                /* "Oct" */
  ck_assert_int_eq(p->ivalue, 10);
}
END_TEST

/* Every row of every table is found by its own key, and by its key in upper case. */
static void check_table(const char *zName, const ArchDataRow *aRow, unsigned nRow,
                        int minKey, int maxKey){
  unsigned i;
  int lo = 1<<30, hi = 0;
  for(i=0; i<nRow; i++){
    char up[128];
    size_t n = (size_t)aRow[i].nKey, k;
    const ArchDataRow *p;
    ck_assert_uint_eq(strlen(aRow[i].key), n);
    ck_assert(n<sizeof(up));
    p = arch_data_find(aRow, nRow, aRow[i].key, n);
    ck_assert_msg(p!=0 && text_ieq(p->key, (size_t)p->nKey, aRow[i].key, n),
                  "%s: key [%s] not found", zName, aRow[i].key);
    for(k=0; k<n; k++){
      char c = aRow[i].key[k];
      up[k] = (c>='a' && c<='z') ? (char)(c-32) : c;
    }
    p = arch_data_find(aRow, nRow, up, n);
    ck_assert_msg(p!=0 && text_ieq(p->key, (size_t)p->nKey, aRow[i].key, n),
                  "%s: key [%.*s] not found", zName, (int)n, up);
    if( aRow[i].nKey<lo ) lo = aRow[i].nKey;
    if( aRow[i].nKey>hi ) hi = aRow[i].nKey;
  }
  ck_assert_msg(lo==minKey && hi==maxKey, "%s: min/max key %d/%d, rows say %d/%d", zName,
                minKey, maxKey, lo, hi);
  ck_assert_ptr_null(arch_data_find(aRow, nRow, "zzzzzz-not-a-key", 16));
  ck_assert_ptr_null(arch_data_find(aRow, nRow, "", 0));
  ck_assert_ptr_null(arch_data_find(aRow, nRow, "\x01", 1));
  ck_assert_ptr_null(arch_data_find(aRow, nRow, "\xFF\xFF", 2));
}
#define CHECK_TABLE(t) \
  check_table(#t, arch_data_##t, arch_data_##t##_count, arch_data_##t##_min_key, \
              arch_data_##t##_max_key)

START_TEST(test_data_find_every_row)
{
  CHECK_TABLE(chrome);
  CHECK_TABLE(html_elements);
  CHECK_TABLE(kinds);
  CHECK_TABLE(months);
  CHECK_TABLE(title_minor_words);
  CHECK_TABLE(undated);
  /* by hand: no month name is shorter than "jan" or longer than "september" */
  ck_assert_int_le(arch_data_months_min_key, 3);
  ck_assert_int_ge(arch_data_months_max_key, 9);
}
END_TEST

/* Every beginning of every key of a table, in upper case: arch_data_prefixed() finds the rows
** a scan of the whole table finds, and arch_data_begins_longer() says whether one is longer. */
static void check_prefixes(const ArchDataRow *aRow, unsigned nRow){
  unsigned r, i;
  for(r=0; r<nRow; r++){
    size_t n;
    for(n=1; n<=(size_t)aRow[r].nKey; n++){
      char z[256];
      unsigned first, k, nWant = 0, nLonger = 0;
      ck_assert_uint_lt(n, sizeof(z));
      for(i=0; i<n; i++){
        char c = aRow[r].key[i];
        z[i] = (c>='a' && c<='z') ? (char)(c-32) : c;
      }
      for(i=0; i<nRow; i++){
        if( (size_t)aRow[i].nKey>=n && text_ieq(aRow[i].key, n, z, n) ){
          nWant++;
          nLonger += (size_t)aRow[i].nKey>n;
        }
      }
      k = arch_data_prefixed(aRow, nRow, z, n, &first);
      ck_assert_msg(k==nWant, "'%.*s': %u rows, want %u", (int)n, z, k, nWant);
      for(i=first; i<first+k; i++) ck_assert(text_ieq(aRow[i].key, n, z, n));
      ck_assert_int_eq(arch_data_begins_longer(aRow, nRow, z, n), nLonger>0);
    }
  }
}

START_TEST(test_data_prefixed)
{
  unsigned first;
  check_prefixes(arch_data_chrome, arch_data_chrome_count);
  check_prefixes(arch_data_months, arch_data_months_count);
  check_prefixes(arch_data_undated, arch_data_undated_count);
  /* by hand */
  ck_assert_uint_eq(arch_data_prefixed(arch_data_months, arch_data_months_count, "xq", 2,
                                       &first), 0);
  ck_assert(arch_data_begins_longer(arch_data_chrome, arch_data_chrome_count, "Paginat", 7));
  ck_assert(!arch_data_begins_longer(arch_data_chrome, arch_data_chrome_count, "Paginatx", 8));
}
END_TEST

START_TEST(test_data_find_other_tables)
{
  const ArchDataRow *p;
  p = FIND(chrome, "pagination");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "end");
  ck_assert_int_eq(p->ivalue, 0);
  p = FIND(chrome, "SKIP TO CONTENT");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "page");
  p = FIND(chrome, "no image found.");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "skip");
  p = FIND(chrome, "Popular Documents");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "start");
  ck_assert_ptr_null(FIND(chrome, "Pagination "));
  ck_assert_ptr_null(FIND(chrome, "Skip to  content"));

  p = FIND(kinds, "Communiqu\xC3\xA9");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "communique");
  ck_assert_ptr_null(FIND(kinds, "COMMUNIQU\xC3\x89"));   /* É is not ASCII case */
  p = FIND(kinds, "MEMORANDA");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "memorandum");
  ck_assert_ptr_null(FIND(kinds, "talks"));

  p = FIND(html_elements, "BR");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "break");
  p = FIND(html_elements, "div");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "block");
  p = FIND(html_elements, "Script");
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p->value, "drop");
  ck_assert_ptr_null(FIND(html_elements, "span"));

  ck_assert_ptr_nonnull(FIND(undated, "N.D."));
  ck_assert_ptr_nonnull(FIND(undated, "[NO DATE]"));
  ck_assert_ptr_null(FIND(undated, "nd"));

  ck_assert_ptr_nonnull(FIND(title_minor_words, "The"));
  ck_assert_ptr_null(FIND(title_minor_words, "Embassy"));
}
END_TEST

static Suite *text_suite(void){
  Suite *s = suite_create("text");
  TCase *tc;

  tc = tcase_create("utf8_invalid_offset");
  tcase_add_test(tc, test_utf8_valid);
  tcase_add_test(tc, test_utf8_truncated);
  tcase_add_test(tc, test_utf8_overlong);
  tcase_add_test(tc, test_utf8_surrogates_and_range);
  tcase_add_test(tc, test_utf8_stray_continuation);
  tcase_add_test(tc, test_utf8_long_ascii_runs);
  tcase_add_test(tc, test_utf8_copy_stops_at_nul);
  suite_add_tcase(s, tc);

  tc = tcase_create("space_len");
  tcase_add_test(tc, test_space_len_ascii);
  tcase_add_test(tc, test_space_len_unicode);
  tcase_add_test(tc, test_space_len_not_space);
  tcase_add_test(tc, test_space_len_empty_reads_nothing);
  suite_add_tcase(s, tc);

  tc = tcase_create("trim_fold");
  tcase_add_test(tc, test_trim);
  tcase_add_test(tc, test_trim_stays_inside);
  tcase_add_test(tc, test_fold_stays_inside);
  tcase_add_test(tc, test_fold);
  tcase_add_test(tc, test_needs_fold_agrees);
  tcase_add_test(tc, test_needs_fold_space_then_lookalike);
  tcase_add_test(tc, test_needs_fold_exhaustive);
  tcase_add_test(tc, test_needs_fold_long);
  suite_add_tcase(s, tc);

  tc = tcase_create("ieq_data");
  tcase_add_test(tc, test_ieq);
  tcase_add_test(tc, test_data_find_months);
  tcase_add_test(tc, test_data_find_other_tables);
  tcase_add_test(tc, test_data_find_every_row);
  tcase_add_test(tc, test_data_prefixed);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(text_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
