/*
** check_html.c: unit tests for ext/html.c, which turns a saved HTML page into the lines a
** browser's copy of it gives.
**
** Expected texts are written by hand from html.h and ext/data/html_elements.tsv: a block
** stands on lines of its own with one blank line around it, <br> ends a line, dropped elements
** vanish with all they hold, and white space is folded as a browser folds it. The output ends
** with one line end.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "arch_alloc.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* ---------------------------------------------------------------- html_looks_like_markup */

START_TEST(test_looks_like_markup_true)
{
  ck_assert(html_looks_like_markup(LIT("<!DOCTYPE html>\n<html><body></body></html>")));
  ck_assert(html_looks_like_markup(LIT("<!doctype html>")));
  ck_assert(html_looks_like_markup(LIT("<html>")));
  ck_assert(html_looks_like_markup(LIT("<HTML lang=\"en\">")));
  ck_assert(html_looks_like_markup(LIT("<p>Text</p>")));
  ck_assert(html_looks_like_markup(LIT("<?xml version=\"1.0\"?><html>")));
  ck_assert(html_looks_like_markup(LIT("<!-- saved from url -->\n<html>")));
  ck_assert(html_looks_like_markup(LIT("\n\n<html>")));
  ck_assert(html_looks_like_markup(LIT("\r\n\t  <html>")));
  ck_assert(html_looks_like_markup(LIT("\xEF\xBB\xBF<!DOCTYPE html>")));
  ck_assert(html_looks_like_markup(LIT("\xEF\xBB\xBF\r\n\r\n<html>")));
}
END_TEST

START_TEST(test_looks_like_markup_false)
{
  ck_assert(!html_looks_like_markup(LIT("")));
  ck_assert(!html_looks_like_markup(LIT("   \n\t")));
  ck_assert(!html_looks_like_markup(LIT("\xEF\xBB\xBF")));
  ck_assert(!html_looks_like_markup(LIT("Skip to content\n\n1 - 10 of 11\n")));
  ck_assert(!html_looks_like_markup(LIT("Skip to content\n<html>")));
  ck_assert(!html_looks_like_markup(LIT("\xEF\xBB\xBFSkip to content")));
  ck_assert(!html_looks_like_markup(LIT("<1 - 10 of 11>")));
  ck_assert(!html_looks_like_markup(LIT("<3 the archive")));
  ck_assert(!html_looks_like_markup(LIT("< b>")));
  ck_assert(!html_looks_like_markup(LIT("<")));
  ck_assert(!html_looks_like_markup(LIT("\n<")));
  ck_assert(!html_looks_like_markup(LIT("<-- arrow")));
  ck_assert(!html_looks_like_markup(LIT("1 < 2")));
  /* only n bytes are read */
  ck_assert(!html_looks_like_markup("<html>", 1));
}
END_TEST

/* ---------------------------------------------------------------- html_to_text */

static void expect_text(const char *zHtml, size_t nHtml, const char *zWant){
  char *zOut = (char*)1;
  size_t nOut = 12345;
  ArchRc rc = html_to_text(zHtml, nHtml, &zOut, &nOut);
  ck_assert_msg(rc==ARCH_OK, "html_to_text returned %d for [%s]", (int)rc, zHtml);
  ck_assert_ptr_nonnull(zOut);
  ck_assert_msg(nOut==strlen(zWant) && memcmp(zOut, zWant, nOut)==0,
                "html_to_text([%s])\n  gave [%.*s]\n  want [%s]", zHtml, (int)nOut, zOut,
                zWant);
  ck_assert_msg(zOut[nOut]==0, "output is not NUL-terminated");
  arch_free(zOut);
}
#define EXPECT_TEXT(html, want) expect_text(LIT(html), want)

START_TEST(test_blocks_are_paragraphs)
{
  EXPECT_TEXT("<html><body><p>One</p><p>Two</p></body></html>", "One\n\nTwo\n");
  EXPECT_TEXT("<!DOCTYPE html><html><body><h3>Title</h3><p>Summary text.</p></body></html>",
              "Title\n\nSummary text.\n");
  EXPECT_TEXT("<ul><li>One</li><li>Two</li><li>Three</li></ul>", "One\n\nTwo\n\nThree\n");
  /* nested blocks leave one blank line, not several */
  EXPECT_TEXT("<div><div><p>A</p></div></div><div><section><p>B</p></section></div>",
              "A\n\nB\n");
  /* text around a block inside a block */
  EXPECT_TEXT("<div>before<p>inside</p>after</div>", "before\n\ninside\n\nafter\n");
  /* empty blocks add nothing */
  EXPECT_TEXT("<p>A</p><p></p><div> </div><p>B</p>", "A\n\nB\n");
  EXPECT_TEXT("<table><tr><td>Cell one</td><td>Cell two</td></tr></table>",
              "Cell one\n\nCell two\n");
}
END_TEST

START_TEST(test_br_ends_line)
{
  EXPECT_TEXT("<p>a<br>b</p>", "a\nb\n");
  EXPECT_TEXT("<p>first line<br/>second line<br>third line</p>",
              "first line\nsecond line\nthird line\n");
  EXPECT_TEXT("<p>a <br> b</p>", "a\nb\n");
  EXPECT_TEXT("<body>\n  Line one\n  <br>\n  Line two\n</body>", "Line one\nLine two\n");
}
END_TEST

START_TEST(test_inline_does_not_break)
{
  EXPECT_TEXT("<p>Cable <a href=\"/doc/1\">from</a> the <em>Embassy</em> in "
              "<span class=\"x\">Hanoi</span></p>", "Cable from the Embassy in Hanoi\n");
  EXPECT_TEXT("<p>x<b>y</b>z</p>", "xyz\n");
  EXPECT_TEXT("<p><a href=\"#\"><span>Telegram</span></a> <i>from</i> "
              "<strong>Moscow</strong></p>", "Telegram from Moscow\n");
}
END_TEST

START_TEST(test_entities)
{
  EXPECT_TEXT("<p>Tom &amp; Jerry&#39;s</p>", "Tom & Jerry's\n");
  EXPECT_TEXT("<p>Mao&rsquo;s</p>", "Mao\xE2\x80\x99s\n");
  EXPECT_TEXT("<p>a&nbsp;b</p>", "a\xC2\xA0" "b\n");
  EXPECT_TEXT("<p>&lt;tag&gt; &quot;q&quot; &#x2013; &#8212;</p>",
              "<tag> \"q\" \xE2\x80\x93 \xE2\x80\x94\n");
  EXPECT_TEXT("<p>K&aacute;d&aacute;r</p>", "K\xC3\xA1" "d\xC3\xA1r\n");
}
END_TEST

START_TEST(test_dropped_elements)
{
  EXPECT_TEXT("<html><head><title>Page title</title><style>p { color: red }</style>"
              "<script>var x = 1;</script></head><body><p>Body</p></body></html>", "Body\n");
  EXPECT_TEXT("<p>A</p><script>document.write('bad')</script><p>B</p>", "A\n\nB\n");
  EXPECT_TEXT("<p>A</p><style>.x{}</style><p>B</p>", "A\n\nB\n");
  EXPECT_TEXT("<body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><p>Body</p></body>",
              "Body\n");
  EXPECT_TEXT("<body><p>Body</p><footer><p>Copyright</p></footer></body>", "Body\n");
  EXPECT_TEXT("<body><form action=\"/s\"><label>Search</label><input name=q>"
              "<button>Go</button></form><p>Body</p></body>", "Body\n");
  EXPECT_TEXT("<body><p>A</p><noscript><p>Enable JavaScript</p></noscript><p>B</p></body>",
              "A\n\nB\n");
  EXPECT_TEXT("<body><p>A</p><template><p>Template text</p></template><p>B</p></body>",
              "A\n\nB\n");
  EXPECT_TEXT("<body><p>A</p><svg viewBox=\"0 0 10 10\"><text>Icon text</text></svg>"
              "<p>B</p></body>", "A\n\nB\n");
}
END_TEST

/* A dropped element inside a line vanishes without a trace: it does not end the line. */
START_TEST(test_dropped_inline_no_break)
{
  EXPECT_TEXT("<p>A<script>x()</script>B</p>", "AB\n");
  EXPECT_TEXT("<p>Tom <img src=\"icon.png\" alt=\"\">Jerry</p>", "Tom Jerry\n");
  EXPECT_TEXT("<h3><a href=\"/d/1\">Cable from<img src=\"pdf.png\"> the Embassy</a></h3>",
              "Cable from the Embassy\n");
  EXPECT_TEXT("<p>Search <input name=q> the <button>Go</button>archive</p>",
              "Search the archive\n");
}
END_TEST

START_TEST(test_hidden_dropped)
{
  EXPECT_TEXT("<p>A</p><div hidden><p>secret</p></div><p>B</p>", "A\n\nB\n");
  EXPECT_TEXT("<p>A</p><p hidden=\"hidden\">secret</p><p>B</p>", "A\n\nB\n");
  EXPECT_TEXT("<p>A <span hidden>secret</span>B</p>", "A B\n");
}
END_TEST

START_TEST(test_comments_dropped)
{
  EXPECT_TEXT("<p>A<!-- a comment -->B</p>", "AB\n");
  EXPECT_TEXT("<!-- top --><p>A</p><!-- <p>not a paragraph</p> --><p>B</p>", "A\n\nB\n");
}
END_TEST

START_TEST(test_white_space_folded)
{
  EXPECT_TEXT("<p>  a \n\t  b   c  </p>", "a b c\n");
  EXPECT_TEXT("<div>\n  <h3>\n    Cable from\n    the Embassy\n  </h3>\n"
              "  <p>\n    The embassy reports.\n  </p>\n</div>\n",
              "Cable from the Embassy\n\nThe embassy reports.\n");
  EXPECT_TEXT("<p>a <em> b </em> c</p>", "a b c\n");
}
END_TEST

/* A listing page as a saved HTML file gives the lines listing.c reads. */
START_TEST(test_listing_page)
{
  EXPECT_TEXT(
    "<!DOCTYPE html>\n<html><head><title>Search</title></head><body>\n"
    "<a href=\"#main\">Skip to content</a>\n"
    "<nav><a href=\"/\">Home</a></nav>\n"
    "<main><h2>Results:</h2><div class=\"range\">1 - 10 of 11</div>\n"
    "<h2>Documents</h2>\n"
    "<article><div class=\"date\">October 8, 1963</div>\n"
    "<h3><a href=\"/d/1\">Cable from the Embassy in Hanoi, &#39;Talks on Rice&#39;</a></h3>\n"
    "<p>The embassy reports on negotiations over rice shipments.</p></article>\n"
    "</main><footer>Pagination</footer></body></html>\n",
    "Skip to content\n\nResults:\n\n1 - 10 of 11\n\nDocuments\n\nOctober 8, 1963\n\n"
    "Cable from the Embassy in Hanoi, 'Talks on Rice'\n\n"
    "The embassy reports on negotiations over rice shipments.\n");
}
END_TEST

/* 100,000 nested <div>: the tree is walked without recursion. */
START_TEST(test_deep_nesting)
{
  const size_t nDepth = 100000;
  const char *zOpen = "<div>", *zClose = "</div>";
  size_t nOpen = strlen(zOpen), nClose = strlen(zClose), i, n = 0;
  char *z = malloc(nDepth*(nOpen+nClose) + 64);
  char *zOut = 0;
  size_t nOut = 0;
  ArchRc rc;
  ck_assert_ptr_nonnull(z);
  for(i=0; i<nDepth; i++){ memcpy(z+n, zOpen, nOpen); n += nOpen; }
  memcpy(z+n, "deep", 4);
  n += 4;
  for(i=0; i<nDepth; i++){ memcpy(z+n, zClose, nClose); n += nClose; }
  rc = html_to_text(z, n, &zOut, &nOut);
  free(z);
  ck_assert_int_eq(rc, ARCH_OK);
  ck_assert_ptr_nonnull(zOut);
  ck_assert_msg(nOut==5 && strcmp(zOut, "deep\n")==0, "gave [%.*s]",
                (int)(nOut<200 ? nOut : 200), zOut);
  arch_free(zOut);
}
END_TEST

static Suite *html_suite(void){
  Suite *s = suite_create("html");
  TCase *tc;

  tc = tcase_create("looks_like_markup");
  tcase_add_test(tc, test_looks_like_markup_true);
  tcase_add_test(tc, test_looks_like_markup_false);
  suite_add_tcase(s, tc);

  tc = tcase_create("to_text");
  tcase_add_test(tc, test_blocks_are_paragraphs);
  tcase_add_test(tc, test_br_ends_line);
  tcase_add_test(tc, test_inline_does_not_break);
  tcase_add_test(tc, test_entities);
  tcase_add_test(tc, test_dropped_elements);
  tcase_add_test(tc, test_dropped_inline_no_break);
  tcase_add_test(tc, test_hidden_dropped);
  tcase_add_test(tc, test_comments_dropped);
  tcase_add_test(tc, test_white_space_folded);
  tcase_add_test(tc, test_listing_page);
  suite_add_tcase(s, tc);

  tc = tcase_create("deep");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_deep_nesting);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(html_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
