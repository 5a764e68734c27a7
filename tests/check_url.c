/*
** check_url.c: unit tests for ext/url.c, links resolved against the page's address.
**
** The resolution cases are RFC 3986 section 5.4 (normal and abnormal examples, base
** "http://a/b/c/d;p?q"), written out from the RFC, then the shapes of links on archive pages:
** "/document/123", "../document/123", "//host/path", "?page=2", "#top", letters and spaces.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "url.h"

#define LIT(s) (s), (sizeof(s) - 1)

static void expect_resolve(const char *zBase, const char *zRef, const char *zWant){
  size_t nBase = strlen(zBase), nRef = strlen(zRef);
  size_t nBuf = URL_RESOLVED_BYTES(nBase, nRef);
  char *zOut = malloc(nBuf + 16);
  size_t n;
  ck_assert_ptr_nonnull(zOut);
  memset(zOut, 0x55, nBuf + 16);
  n = url_resolve(zBase, nBase, zRef, nRef, zOut);
  ck_assert_msg(n==strlen(zWant) && memcmp(zOut, zWant, n)==0,
                "resolve [%s] against [%s]: gave [%.*s], want [%s]", zRef, zBase, (int)n, zOut,
                zWant);
  ck_assert_msg(zOut[n]==0, "not NUL-terminated");
  ck_assert_msg(n+1<=nBuf, "wrote %zu bytes into a buffer of %zu", n+1, nBuf);
  ck_assert_msg((unsigned char)zOut[nBuf]==0x55, "wrote past URL_RESOLVED_BYTES");
  free(zOut);
}

#define RFC_BASE "http://a/b/c/d;p?q"

START_TEST(test_rfc3986_normal)
{
  static const char *const a[][2] = {
    { "g:h", "g:h" },
    { "g", "http://a/b/c/g" },
    { "./g", "http://a/b/c/g" },
    { "g/", "http://a/b/c/g/" },
    { "/g", "http://a/g" },
    { "//g", "http://g" },
    { "?y", "http://a/b/c/d;p?y" },
    { "g?y", "http://a/b/c/g?y" },
    { "#s", "http://a/b/c/d;p?q#s" },
    { "g#s", "http://a/b/c/g#s" },
    { "g?y#s", "http://a/b/c/g?y#s" },
    { ";x", "http://a/b/c/;x" },
    { "g;x", "http://a/b/c/g;x" },
    { "g;x?y#s", "http://a/b/c/g;x?y#s" },
    { "", "http://a/b/c/d;p?q" },
    { ".", "http://a/b/c/" },
    { "./", "http://a/b/c/" },
    { "..", "http://a/b/" },
    { "../", "http://a/b/" },
    { "../g", "http://a/b/g" },
    { "../..", "http://a/" },
    { "../../", "http://a/" },
    { "../../g", "http://a/g" },
  };
  size_t i;
  for(i=0; i<sizeof(a)/sizeof(a[0]); i++) expect_resolve(RFC_BASE, a[i][0], a[i][1]);
}
END_TEST

START_TEST(test_rfc3986_abnormal)
{
  static const char *const a[][2] = {
    { "../../../g", "http://a/g" },
    { "../../../../g", "http://a/g" },
    { "/./g", "http://a/g" },
    { "/../g", "http://a/g" },
    { "g.", "http://a/b/c/g." },
    { ".g", "http://a/b/c/.g" },
    { "g..", "http://a/b/c/g.." },
    { "..g", "http://a/b/c/..g" },
    { "./../g", "http://a/b/g" },
    { "./g/.", "http://a/b/c/g/" },
    { "g/./h", "http://a/b/c/g/h" },
    { "g/../h", "http://a/b/c/h" },
    { "g;x=1/./y", "http://a/b/c/g;x=1/y" },
    { "g;x=1/../y", "http://a/b/c/y" },
    { "g?y/./x", "http://a/b/c/g?y/./x" },
    { "g?y/../x", "http://a/b/c/g?y/../x" },
    { "g#s/./x", "http://a/b/c/g#s/./x" },
    { "g#s/../x", "http://a/b/c/g#s/../x" },
    { "http:g", "http:g" },               /* the strict parser */
  };
  size_t i;
  for(i=0; i<sizeof(a)/sizeof(a[0]); i++) expect_resolve(RFC_BASE, a[i][0], a[i][1]);
}
END_TEST

/* Links as archive pages write them. */
START_TEST(test_archive_links)
{
  const char *zSearch = "https://digitalarchive.wilsoncenter.org/search?keywords=Kim+Il+Sung";
  const char *zTopic = "https://digitalarchive.wilsoncenter.org/topics/korean-war/";
  expect_resolve(zSearch, "/document/119247",
                 "https://digitalarchive.wilsoncenter.org/document/119247");
  expect_resolve(zSearch, "/document/telegram-shtykov-gromyko-and-stalin",
                 "https://digitalarchive.wilsoncenter.org/document/telegram-shtykov-gromyko-and-stalin");
  expect_resolve(zTopic, "../../document/110734",
                 "https://digitalarchive.wilsoncenter.org/document/110734");
  expect_resolve(zTopic, "document/110734",
                 "https://digitalarchive.wilsoncenter.org/topics/korean-war/document/110734");
  expect_resolve(zSearch, "//digitalarchive.wilsoncenter.org/document/110734",
                 "https://digitalarchive.wilsoncenter.org/document/110734");
  expect_resolve(zSearch, "?keywords=Kim+Il+Sung&page=2",
                 "https://digitalarchive.wilsoncenter.org/search?keywords=Kim+Il+Sung&page=2");
  expect_resolve(zSearch, "#main-content",
                 "https://digitalarchive.wilsoncenter.org/search?keywords=Kim+Il+Sung#main-content");
  expect_resolve(zSearch, "http://legacy.wilsoncenter.org/va2/index.cfm?topic_id=1409",
                 "http://legacy.wilsoncenter.org/va2/index.cfm?topic_id=1409");
  /* a base with an authority and no path */
  expect_resolve("https://digitalarchive.wilsoncenter.org", "document/1",
                 "https://digitalarchive.wilsoncenter.org/document/1");
  expect_resolve("https://digitalarchive.wilsoncenter.org", "?page=2",
                 "https://digitalarchive.wilsoncenter.org?page=2");
  /* letters and spaces stay as written, and are never split */
  expect_resolve(zTopic, "../../document/Letter from K\xC3\xA1" "d\xC3\xA1r",
                 "https://digitalarchive.wilsoncenter.org/document/Letter from K\xC3\xA1"
                 "d\xC3\xA1r");
  expect_resolve("https://h/\xC3\xBC" "ber/a", "b", "https://h/\xC3\xBC" "ber/b");
  /* the base's fragment is never kept */
  expect_resolve("https://h/a/b#x", "c", "https://h/a/c");
  expect_resolve("https://h/a/b#x", "", "https://h/a/b");
  /* an absolute reference has its dot segments removed */
  expect_resolve(zSearch, "https://h/a/./b/../c", "https://h/a/c");
  /* a base without a scheme is used as far as it goes */
  expect_resolve("/archive/", "document/1", "/archive/document/1");
  expect_resolve("/archive/list", "../document/1", "/document/1");
  expect_resolve("//h/a/b", "c", "//h/a/c");
  /* a colon after something that is not a scheme is part of a path */
  expect_resolve("https://h/a/b", "K\xC3\xA1" "d\xC3\xA1r: notes",
                 "https://h/a/K\xC3\xA1" "d\xC3\xA1r: notes");
  expect_resolve("https://h/a/b", "1956:report", "https://h/a/1956:report");
}
END_TEST

START_TEST(test_scheme_len)
{
  ck_assert_uint_eq(url_scheme_len(LIT("https://h/")), 6);
  ck_assert_uint_eq(url_scheme_len(LIT("HTTP://h/")), 5);
  ck_assert_uint_eq(url_scheme_len(LIT("svn+ssh:x")), 8);
  ck_assert_uint_eq(url_scheme_len(LIT("g:h")), 2);
  ck_assert_uint_eq(url_scheme_len(LIT("/document/1")), 0);
  ck_assert_uint_eq(url_scheme_len(LIT("1956:report")), 0);
  ck_assert_uint_eq(url_scheme_len(LIT("a b:c")), 0);
  ck_assert_uint_eq(url_scheme_len(LIT("https")), 0);
  ck_assert_uint_eq(url_scheme_len(LIT(":x")), 0);
  ck_assert_uint_eq(url_scheme_len("", 0), 0);
  ck_assert_uint_eq(url_scheme_len("https:", 5), 0);   /* only n bytes */
}
END_TEST

static void expect_clean(const char *z, const char *zWant){
  char buf[256];
  size_t n = url_clean(z, strlen(z), buf);
  ck_assert_msg(n==strlen(zWant) && memcmp(buf, zWant, n)==0, "clean [%s]: [%.*s], want [%s]",
                z, (int)n, buf, zWant);
}

START_TEST(test_clean)
{
  expect_clean("/document/1", "/document/1");
  expect_clean("  /document/1 \n", "/document/1");
  expect_clean("\t/docu\nment/\r1", "/document/1");
  expect_clean("/document/Letter from Kim", "/document/Letter from Kim");
  expect_clean("\x01\x1F /a\x7F", "/a\x7F");
  expect_clean(" \n\t ", "");
  expect_clean("", "");
}
END_TEST

START_TEST(test_document_link)
{
  ck_assert(url_is_document_link(LIT("/document/1")));
  ck_assert(url_is_document_link(LIT("https://h/document/1")));
  ck_assert(url_is_document_link(LIT("../document/1")));
  ck_assert(url_is_document_link(LIT("?page=2")));
  ck_assert(url_is_document_link(LIT("//h/x")));
  ck_assert(url_is_document_link(LIT("javascriptless/page")));
  ck_assert(!url_is_document_link("", 0));
  ck_assert(!url_is_document_link(LIT("#main-content")));
  ck_assert(!url_is_document_link(LIT("#")));
  ck_assert(!url_is_document_link(LIT("javascript:void(0)")));
  ck_assert(!url_is_document_link(LIT("JavaScript:openDoc(1)")));
  ck_assert(!url_is_document_link(LIT("mailto:archive@example.org")));
  ck_assert(!url_is_document_link(LIT("tel:+12025550100")));
  ck_assert(!url_is_document_link(LIT("data:text/html,x")));
  ck_assert(!url_is_document_link(LIT("about:blank")));
}
END_TEST

static Suite *url_suite(void){
  Suite *s = suite_create("url");
  TCase *tc = tcase_create("resolve");
  tcase_add_test(tc, test_rfc3986_normal);
  tcase_add_test(tc, test_rfc3986_abnormal);
  tcase_add_test(tc, test_archive_links);
  tcase_add_test(tc, test_scheme_len);
  tcase_add_test(tc, test_clean);
  tcase_add_test(tc, test_document_link);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(url_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
