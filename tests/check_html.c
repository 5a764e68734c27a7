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
#include <stdio.h>
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

/* ---------------------------------------------------------------- html_read_page: text */

static void expect_text(const char *zHtml, size_t nHtml, const char *zWant){
  HtmlPage page;
  ArchRc rc;
  memset(&page, 0x55, sizeof(page));
  rc = html_read_page(zHtml, nHtml, 0, 0, &page);
  ck_assert_msg(rc==ARCH_OK, "html_read_page returned %d for [%s]", (int)rc, zHtml);
  ck_assert_ptr_nonnull(page.zText);
  ck_assert_msg(page.nText==strlen(zWant) && memcmp(page.zText, zWant, page.nText)==0,
                "html_read_page([%s])\n  gave [%.*s]\n  want [%s]", zHtml, (int)page.nText,
                page.zText, zWant);
  ck_assert_msg(page.zText[page.nText]==0, "output is not NUL-terminated");
  html_page_free(&page);
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

/* ---------------------------------------------------------------- html_read_page: links */

/* Read zHtml with the base zBase (NULL: none) and compare its line links with azWant[], pairs
** of a line's text and its link, in order, ending with NULL. */
static void expect_links(const char *zHtml, const char *zBase, const char *const *azWant){
  HtmlPage page;
  size_t i, nWant = 0;
  ArchRc rc = html_read_page(zHtml, strlen(zHtml), zBase, zBase ? strlen(zBase) : 0, &page);
  ck_assert_int_eq(rc, ARCH_OK);
  while( azWant[nWant*2] ) nWant++;
  for(i=0; i<page.nLink; i++){
    const ListingLink *p = &page.aLink[i];
    const char *zLine = page.zText + p->line;
    size_t nLine = strcspn(zLine, "\n");
    ck_assert_msg(i<nWant, "extra link [%.*s] on line [%.*s] of [%s]", (int)p->url.n,
                  p->url.z, (int)nLine, zLine, zHtml);
    ck_assert_msg(p->line==0 || page.zText[p->line-1]=='\n', "link %zu not at a line start", i);
    ck_assert_msg(nLine==strlen(azWant[i*2]) && memcmp(zLine, azWant[i*2], nLine)==0,
                  "link %zu is on line [%.*s], want [%s]", i, (int)nLine, zLine, azWant[i*2]);
    ck_assert_msg(p->url.n==strlen(azWant[i*2+1])
                  && memcmp(p->url.z, azWant[i*2+1], p->url.n)==0,
                  "line [%s]: link [%.*s], want [%s]", azWant[i*2], (int)p->url.n, p->url.z,
                  azWant[i*2+1]);
  }
  ck_assert_msg(page.nLink==nWant, "%zu links, want %zu, in [%s]", page.nLink, nWant, zHtml);
  html_page_free(&page);
}

/* A line's link is the one that holds more than half of its text. */
START_TEST(test_link_of_line)
{
  static const char *const a1[] = { "Telegram from Moscow", "/document/1", 0 };
  static const char *const a2[] = { "Telegram from Moscow PDF", "/document/1", 0 };
  static const char *const aNone[] = { 0 };
  static const char *const a4[] = {
    "November 27, 1958", "/document/7", "Note on Berlin", "/document/7",
    "The note proposes a free city.", "/document/7", 0 };
  static const char *const a5[] = { "Title line", "/d/1", "second line", "/d/1", 0 };
  static const char *const a6[] = { "Cable to Hanoi on Rice", "/d/2", 0 };
  /* the title's link, inside the heading or around it */
  expect_links("<h3><a href=\"/document/1\">Telegram from Moscow</a></h3>", 0, a1);
  expect_links("<a href=\"/document/1\"><h3>Telegram from Moscow</h3></a>", 0, a1);
  /* an icon or a "PDF" beside the title is not the line's link, unless the title is linked */
  expect_links("<h3><a href=\"/document/1\">Telegram from Moscow</a> "
               "<a href=\"/document/1.pdf\">PDF</a></h3>", 0, a2);
  expect_links("<h3>Telegram from Moscow <a href=\"/document/1.pdf\">PDF</a></h3>", 0, aNone);
  expect_links("<h3><a href=\"/document/1\"><img src=\"t.png\"></a>Telegram from Moscow</h3>",
               0, aNone);
  /* half of the line is not more than half */
  expect_links("<p><a href=\"/d/1\">ab</a>cd</p>", 0, aNone);
  /* a card: one link around the date, title and summary */
  expect_links("<a class=\"card\" href=\"/document/7\"><div>November 27, 1958</div>"
               "<h3>Note on Berlin</h3><p>The note proposes a free city.</p></a>", 0, a4);
  /* a link broken over lines by <br> */
  expect_links("<p><a href=\"/d/1\">Title line<br>second line</a></p>", 0, a5);
  /* of two links on a line, the one with more of its text */
  expect_links("<h3><a href=\"/d/1\">Cable</a> <a href=\"/d/2\">to Hanoi on Rice</a></h3>",
               0, a6);
}
END_TEST

/* Links that lead to no document, and links that are not shown. */
START_TEST(test_link_not_document)
{
  static const char *const aNone[] = { 0 };
  static const char *const *a = aNone;
  expect_links("<h3><a href=\"#top\">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a href=\"#\">Telegram from Moscow</a></h3>", "https://h/p", a);
  expect_links("<h3><a href=\"javascript:void(0)\">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a href=\" JavaScript:open(1)\">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a href=\"mailto:a@example.org\">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a href=\"\">Telegram from Moscow</a></h3>", "https://h/p", a);
  expect_links("<h3><a href=\" \n \">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a name=\"t1\">Telegram from Moscow</a></h3>", 0, a);
  expect_links("<h3><a hidden href=\"/d/1\">Secret</a>Telegram from Moscow</h3>", 0, a);
  expect_links("<nav><a href=\"/d/1\">Telegram from Moscow</a></nav><p>Text</p>", 0, a);
}
END_TEST

/* An href is read as a browser reads it: entities decoded, white space around it and line
** ends inside it dropped, spaces and letters kept. */
START_TEST(test_link_as_written)
{
  static const char *const a1[] = { "Report", "/va2/index.cfm?topic_id=1409&item=Korean War", 0 };
  static const char *const a2[] = { "Letter", "/archiv/K\xC3\xA1" "d\xC3\xA1r levele.html", 0 };
  static const char *const a3[] = { "Note", "../document/1", 0 };
  expect_links("<p><a href=\" /va2/index.cfm?topic_id=1409&amp;item=Korean War\n\">Report"
               "</a></p>", 0, a1);
  expect_links("<p><a href=\"/archiv/K&aacute;d&#225;r levele.html\">Letter</a></p>", 0, a2);
  expect_links("<p><a href=\"/archiv/K&aacute;d&#225;r le\tve\nle.html\">Letter</a></p>", 0,
               a2 /* a tab and a line end inside are dropped */ );
  expect_links("<p><a href=\"/archiv/K\xC3\xA1" "d\xC3\xA1r levele.html\">Letter</a></p>", 0,
               a2);
  /* no base: as written, dot segments and all */
  expect_links("<p><a href=\"../document/1\">Note</a></p>", 0, a3);
}
END_TEST

/* The base: <base href>, resolved against the page's address, which is its canonical link,
** else og:url, else the "saved from" note, else the caller's. */
START_TEST(test_link_base)
{
  static const char zBody[] = "<body><h3><a href=\"../document/1\">Note</a></h3></body>";
  char buf[1024];
  static const char *const aBase[] = { "Note", "https://a.example/x/document/1", 0 };
  static const char *const aCanon[] = { "Note", "https://b.example/document/1", 0 };
  static const char *const aOg[] = { "Note", "https://c.example/p/document/1", 0 };
  static const char *const aSaved[] = { "Note", "https://d.example/document/1", 0 };
  static const char *const aArg[] = { "Note", "https://e.example/document/1", 0 };
  static const char *const aRel[] = { "Note", "https://b.example/archive/document/1", 0 };
  static const char *const aNone[] = { "Note", "../document/1", 0 };
  const char *zHead;

  zHead = "<!-- saved from url=(0030)https://d.example/search/p -->"
          "<html><head><base href=\"https://a.example/x/y/z\">"
          "<link rel=\"canonical\" href=\"https://b.example/s/p\">"
          "<meta property=\"og:url\" content=\"https://c.example/p/q/r\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, "https://e.example/s/p", aBase);
  zHead = "<!-- saved from url=(0030)https://d.example/search/p -->"
          "<html><head><link rel=\"alternate canonical\" href=\"https://b.example/s/p\">"
          "<meta property=\"og:url\" content=\"https://c.example/p/q/r\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, "https://e.example/s/p", aCanon);
  zHead = "<!-- saved from url=(0030)https://d.example/search/p -->"
          "<html><head><meta name=\"og:url\" content=\"https://c.example/p/q/r\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, "https://e.example/s/p", aOg);
  zHead = "<!-- saved from url=(0030)https://d.example/search/p -->\n<html><head></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, "https://e.example/s/p", aSaved);
  snprintf(buf, sizeof(buf), "<html><head></head>%s", zBody);
  expect_links(buf, "https://e.example/s/p", aArg);
  expect_links(buf, 0, aNone);
  expect_links(buf, "", aNone);
  /* a relative base is resolved against the page's address: <base href="/archive/x/"> */
  zHead = "<html><head><base href=\"/archive/x/\">"
          "<link rel=\"Canonical\" href=\"https://b.example/s/p\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, 0, aRel);
  /* a relative canonical link, against the caller's address */
  zHead = "<html><head><link rel=\"canonical\" href=\"/archive/x/p\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  {
    static const char *const aRel2[] = { "Note", "https://e.example/archive/document/1", 0 };
    expect_links(buf, "https://e.example/s/p", aRel2);
  }
  /* addresses that lead nowhere are passed over: "about:internet" (a note some browsers
  ** write), an empty base, a "javascript:" canonical link */
  zHead = "<!-- saved from url=(0014)about:internet -->"
          "<html><head><base href=\"\"><link rel=\"canonical\" href=\"javascript:x()\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, "https://e.example/s/p", aArg);
  /* only the first of each counts */
  zHead = "<html><head><base href=\"https://a.example/x/y/z\">"
          "<base href=\"https://z.example/\"></head>";
  snprintf(buf, sizeof(buf), "%s%s", zHead, zBody);
  expect_links(buf, 0, aBase);
}
END_TEST

/* 100,000 nested <div>: the tree is walked without recursion. */
START_TEST(test_deep_nesting)
{
  const size_t nDepth = 100000;
  const char *zOpen = "<div>", *zClose = "</div>";
  size_t nOpen = strlen(zOpen), nClose = strlen(zClose), i, n = 0;
  char *z = malloc(nDepth*(nOpen+nClose) + 64);
  HtmlPage page;
  ArchRc rc;
  ck_assert_ptr_nonnull(z);
  for(i=0; i<nDepth; i++){ memcpy(z+n, zOpen, nOpen); n += nOpen; }
  memcpy(z+n, "deep", 4);
  n += 4;
  for(i=0; i<nDepth; i++){ memcpy(z+n, zClose, nClose); n += nClose; }
  rc = html_read_page(z, n, 0, 0, &page);
  free(z);
  ck_assert_int_eq(rc, ARCH_OK);
  ck_assert_ptr_nonnull(page.zText);
  ck_assert_msg(page.nText==5 && strcmp(page.zText, "deep\n")==0, "gave [%.*s]",
                (int)(page.nText<200 ? page.nText : 200), page.zText);
  html_page_free(&page);
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
  tcase_add_test(tc, test_link_of_line);
  tcase_add_test(tc, test_link_not_document);
  tcase_add_test(tc, test_link_as_written);
  tcase_add_test(tc, test_link_base);
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
