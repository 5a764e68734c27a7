/*
** html.h: turn a saved HTML page into the lines a browser's "copy" of it gives, so that
** listing.c reads pages and their text copies with one grammar, and carry each line's link
** beside it, so that a record's title brings the address of its document. Pure C on libxml2:
** no SQLite.
**
**     HtmlPage page;
**     ArchRc rc = html_read_page(zHtml, nHtml, zBase, nBase, &page);
**     if( rc==ARCH_OK ){
**       listing_scanner_init(&sc, page.zText, page.nText);
**       listing_scanner_links(&sc, page.aLink, page.nLink);
**       ...
**     }
**     html_page_free(&page);
**
** Elements are read by their role in ext/data/html_elements.tsv: a block (p, div, h3, li, ...)
** stands on lines of its own with a blank line around it; <br> ends a line; script, style,
** head, nav, footer, form and the like are dropped with all they hold. Text is decoded
** (entities, character references) and its white space folded as a browser folds it. The
** tree is walked without recursion, so a page nested 100,000 levels deep costs no stack.
**
** Links. A line's link is the <a href> that holds more than half of the line's text: the link
** on a title ("<h3><a href=...>Title</a></h3>"), or around the whole record (a "card"). A link
** beside the text (an icon, "PDF", a tag) is not the line's; a link without text (an image)
** belongs to no line. "#..." (a place on the same page), "javascript:", "mailto:" and the like
** are no links to a document (url.h). A link is resolved (RFC 3986, url.h) against the page's
** base: its <base href>, itself resolved against the page's own address, which is its
** <link rel="canonical">, else its <meta property="og:url">, else the address a browser notes
** when it saves a page ("<!-- saved from url=(0052)https://... -->"), else the zBase given by
** the caller; with none of these a link is kept as written. White space around an href and
** line ends inside it are removed, as a browser does; entities are decoded; nothing else is
** changed (no percent-encoding). Every link given is valid UTF-8; one that is not is dropped.
**
** The page's heading. The line of the first <h1> that holds text is noted (heading): above it
** stands the site's banner, menus and cookie notice, never a record of the page
** (listing_scanner_heading()).
*/
#ifndef ARCHIVIST_HTML_H
#define ARCHIVIST_HTML_H

#include <stddef.h>
#include "arch_rc.h"
#include "listing.h"

/* A saved page as text. Everything is allocated with arch_realloc(); html_page_free() frees it. */
typedef struct HtmlPage {
  char *zText;              /* the lines, NUL-terminated */
  size_t nText;
  ListingLink *aLink;       /* the link of each line that has one, in line order */
  size_t nLink;
  char *zUrls;              /* the addresses aLink[].url points into */
  size_t heading;           /* offset of the line of the page's first <h1>, when has_heading */
  int has_heading;
} HtmlPage;

/* True when z[0..n) is markup rather than text: its first character that is not white space
** is "<" followed by a letter, "!" or "?". */
int html_looks_like_markup(const char *z, size_t n);

/* Parse z[0..n) (UTF-8) as HTML into *pPage. zBase[0..nBase) is the page's address when the
** page names none (nBase 0: unknown). Returns ARCH_OK, ARCH_NOMEM, or ARCH_ERROR when libxml2
** cannot read the page at all; *pPage is then empty. Free it with html_page_free() whatever
** was returned. */
ArchRc html_read_page(const char *z, size_t n, const char *zBase, size_t nBase,
                      HtmlPage *pPage);
void html_page_free(HtmlPage *pPage);

#endif
