/*
** listing_lines.h: private to listing.c and the files of its layers (listing_lines.c, listing_counts.c,
** listing_pager.c, listing_regions.c): the classes of the lines of a copied
** result page and the line classifier (listing_lines.c).
*/
#ifndef ARCHIVIST_LISTING_LINES_H
#define ARCHIVIST_LISTING_LINES_H

#include "listing.h"
#include "text.h"

typedef enum LineClass {
  LINE_BLANK,
  LINE_TEXT,          /* a title, a summary, or a heading */
  LINE_DATE,          /* a date line, or a "no date" line such as "Date unknown" */
  LINE_RANGE,         /* "21 - 30 of 108" */
  LINE_SEPARATOR,     /* "-" between records */
  LINE_PAGE,          /* chrome: a new page begins ("Skip to content") */
  LINE_START,         /* chrome: records follow ("Documents") */
  LINE_END,           /* chrome: the records are over ("Pagination") */
  LINE_SKIP           /* chrome to ignore ("No image found.") */
} LineClass;

/* A classified line (listing.h): cls is a LineClass; date_kind and date are a LINE_DATE's,
** range_first, range_last and range_total a LINE_RANGE's "N - M of T". */
typedef ListingLine Line;

/* Longest line compared against the chrome table, and longest read as a date line. */
#define CHROME_MAX_BYTES 64
#define DATE_LINE_MAX_BYTES 64

/* Lines read ahead to find what follows a paragraph, at most: the lines of a paragraph that
** wraps, and blank and skipped lines. Beyond, more text is assumed. */
#define FOLLOW_MAX_LINES 64

/* listing_document.c. Is the text one document's own page, copied whole (its funder's line,
** "Document Information" over the record's fields, or the older design's "get citation" and
** "share document")? Then 1, with its one record in *rec. */
int listing_document_page(ListingScanner *sc, ListingRecord *rec);

/* Read and classify the line that starts at offset off of the scanned text. */
void listing_read_line(ListingScanner *sc, size_t off, Line *pLine);

/* The text line *pLine is the last of the text and where a copy stopped, inside a date line,
** page furniture, a result range, a facet, a record's detail or a date of publication: no
** record, nor part of one. */
int listing_is_cut_line(const ListingScanner *sc, const Line *pLine);

/* listing_counts.c. A result range ("21 - 30 of 108", "Showing 1 to 10 of 11 results", "11 -
** 13 of 23 Sort by"): its three numbers. */
int listing_parse_range(const ListingScanner *sc, const char *z, size_t n, int64_t *pFirst,
                        int64_t *pLast, int64_t *pTotal);

/* The beginning of a range, cut short where a copy stops ("1 - 10 o", "Showi"). */
int listing_is_cut_range(const char *z, size_t n);

/* A search facet ("Korean War (120)"), and one cut short at the end of a copy ("Korean War (12"). */
int listing_is_facet_line(const char *z, size_t n);

/* A facet without brackets ("English 290"), told by a facet right above or below it: z[0..n)
** is a trimmed line of the scanned text. */
int listing_is_bare_facet(const ListingScanner *sc, const char *z, size_t n);

/* A facet's label whose count stands alone on the line below it ("English" over "290"), in a
** list of such pairs: another label and count right below them or right above. */
int listing_is_facet_label(const ListingScanner *sc, const char *z, size_t n);

/* A result count without a range ("57 results", "Showing 57 documents", "Total: 57"). */
int listing_parse_total(const char *z, size_t n, int64_t *pTotal);

/* An option of chrome.tsv ("Relevance", "Newest", "Title (A-Z)"): page furniture below a control
** ("Sort by"), as a copied drop-down list gives its options, one a line. */
int listing_is_option_line(const char *z, size_t n);

/* The text line *pLine ends the text and is the beginning of an option ("Rele", "Title (A"):
** where a copy stopped in a drop-down list. */
int listing_is_cut_option(const ListingScanner *sc, const Line *pLine);
int listing_is_cut_facet(const char *z, size_t n);

/* The text line z[0..n) is a site's cookie notice ("This website uses cookies to improve your
** experience."): a word of cookie_notice.tsv's "cookie" and one of its "site". listing.c asks it
** of a text line once, when it reads it for a record, not in every look ahead. */
int listing_is_cookie_notice(const char *z, size_t n);

/* listing.c: what a line reads as. z[0..n) ends a sentence ("." "!" "?" "…", not after an
** initial or "U.S."); stops in the middle of one (after a comma, a dash, "of", "the"); begins
** with a document's genre of kinds.tsv ("Telegram from"); the case of a word's first letter (1
** upper, -1 lower, 0 neither); is a little word a heading leaves in small letters ("of"). */
int listing_ends_sentence(const char *z, size_t n);
int listing_ends_mid_sentence(const char *z, size_t n);
int listing_starts_with_kind(const char *z, size_t n);
int listing_word_case(const char *z, size_t n);
int listing_is_minor_word(const char *z, size_t n);

/* Shortest line that a printed sheet wraps: a shorter one ended its paragraph. */
#define SHEET_LINE_MIN_BYTES 60

/* listing_wraps.c. The text line *pLine, gap blank lines below the title of rec (before any
** summary), is the rest of that title, which wraps: a printed sheet's line, or a saved page's
** <br> inside the title's link. *pUrl is the line's link, absent in a text copy. */
int listing_continues_title(const ListingScanner *sc, const ListingRecord *rec,
                            const Line *pLine, const ListingSpan *pUrl, int gap);

/* listing_dateline.c. The line z[0..n), which begins with an ASCII word that begins no date,
** may be a letter's heading ("Moscow, 12 May 1955", "V Praze dne 8. října 1963"): up to four
** capitalized or joining words, a comma or a word of the day, and a digit after. Every line the
** date engine reads with a place passes; arch_date_parse() then tells whether it is one. */
int listing_may_be_place_date(const char *z, size_t n);

/* The last line of a copy, z[0..n), is such a heading cut short: the place and its comma, or
** the beginning of the date after them ("Pyongyang,", "Hanoi, July 5,", "Warsaw, 21.X.19"). */
int listing_is_cut_place_date(const char *z, size_t n);

/* The last line of a copy, z[0..n), is a date line cut in its year: one to three digits
** after a space or a period, which four make a date line ("noviembre de 196", "Berlin, 17.
** Juni 195"). */
int listing_is_cut_in_year(const char *z, size_t n);

/* The last line of a copy, z[0..n), is one word of two letters or more that begins, shorter, a
** word of date_words.tsv that qualifies a date ("circ" of "circa", "appro", "bef"). */
int listing_is_cut_date_word(const char *z, size_t n);

/* The last line of a copy, z[0..n), is an icon's name cut short ("chevron_", "chevr", "clo"):
** one word of two small ASCII letters or more, digits and underscores, with an underscore or in
** a copy that gave an icon's name before (a single letter, "x", is a title). */
int listing_is_cut_icon_name(const ListingScanner *sc, const char *z, size_t n);

/* The last line of a copy, z[0..n), is a printed sheet's footer cut short ("https:/",
** "https://…/search?q=kim 1/"). */
int listing_is_cut_address(const char *z, size_t n);

/* listing_browser.c. A line a browser or a device adds to a copy: a printed sheet's header
** ("12/7/26, 3:15 PM Search | …") or footer ("https://…/search?q=kim 1/2"), an icon font's
** name ("arrow_forward", "menu"), a reader view's host or reading time ("2–3 minutes"). 2 for
** a printed sheet's header or footer, which tells that the copy is of a printed page (its lines
** wrap), 3 for an icon's name, 4 for the title of a phone's app bar between two icons' names
** above the records ("menu" / "Wilson Center Digital Archive" / "search"), 1 for the others,
** 0 for none. */
int listing_is_browser_furniture(const ListingScanner *sc, const char *z, size_t n);

/* The length of an icon's name and the spaces after it that begin z[0..n) before other words
** ("expand_more Show more", "menu Digital Archive"), or 0; and where an icon's name with an
** underscore after the words begins, the spaces before it aside ("Next chevron_right"), or n. */
size_t listing_icon_before_len(const char *z, size_t n);
size_t listing_icon_after_start(const char *z, size_t n);

/* Most bytes of a line of furniture with an icon's name after it ("Next chevron_right", "Back
** to search results arrow_forward"). */
#define ICON_ROW_MAX_BYTES 56

/* z[0..n) is one word of lower-case ASCII letters ("event"): an icon's name where chrome.tsv has
** a card's type ("Event"), which a card prints capitalized. */
int listing_is_lower_word(const char *z, size_t n);

/* The length of the arrows and the space before a link's words ("« Zurück", "‹ Назад"), or 0. */
size_t listing_leading_arrows_len(const char *z, size_t n);

/* "Copyright © 2004 …", "Copyright 2026 …": the site's footer. */
int listing_is_copyright_line(const char *z, size_t n);

/* "View all 45 documents", "See all 120 results": a link to skip of chrome.tsv and a count;
** and such a link cut short where a copy stops ("View all 45 docu"). */
int listing_is_more_link(const ListingScanner *sc, const char *z, size_t n);
int listing_is_cut_more_link(const ListingScanner *sc, const char *z, size_t n);

/* z[0..n) is furniture to skip of chrome.tsv, alone or a row of it ("Sort by: Relevance"). */
int listing_is_skip_row(const ListingScanner *sc, const char *z, size_t n);

/* Move *pi past the white space (text_space_len()) at z[*pi]. */
static inline void listing_skip_spaces(const char *z, size_t n, size_t *pi){
  int k;
  while( *pi<n && (k = text_space_len(z+*pi, n-*pi))>0 ) *pi += (size_t)k;
}

/* listing_tags.c. The text line z[0..n) is a record's tags side by side ("Hungarian
** Revolution, 1956 · Soviet Union · Warsaw Pact", "Korea | China"): two short capitalized
** pieces or more, each a few words and no sentence, between " · " or " | ". */
int listing_is_tag_list(const char *z, size_t n);

/* True when z[0..n) holds a letter or a digit (any non-ASCII character counts as one). */
int listing_has_word_char(const char *z, size_t n);

/* Set the scanner's bits of chrome.tsv's keys (aChromePair, aChromeWords). */
void listing_chrome_init(ListingScanner *sc);

/* The bit of a 1024-bit set (aChromePair and the like, ListingScanner) for a line or a key that
** begins with the bytes a b: five bits of each, the same for an ASCII letter in either case. */
static inline unsigned listing_chrome_pair(unsigned char a, unsigned char b){
  return ((a & 0x1Fu)<<5) | (b & 0x1Fu);
}

/* listing_pager.c. The line z[0..n) is a pager's links side by side ("1 2 3 Next ›", "Page 1
** of 6"); or, the last line of a copy, such a row cut short ("« First ‹ Previ"). The scanner's
** bits of pager_words.tsv are set by listing_pager_init(), which listing_chrome_init() calls. */
int listing_is_pager_row(const ListingScanner *sc, const char *z, size_t n);
int listing_is_cut_pager_row(const ListingScanner *sc, const char *z, size_t n);
void listing_pager_init(ListingScanner *sc);

/* listing.c, for the layers: the first line at offset off that is no blank line, and in *pGap
** the blank lines before it; the line *pLine ends the text and begins a date line ("Janu"). */
void listing_next_filled_line(ListingScanner *sc, size_t off, Line *pNext, int *pGap);
int listing_is_cut_date(const ListingScanner *sc, const Line *pLine);

/* listing_order.c. The blank lines right above the line at offset off; the text line *pLine at
** offset here is the title of the first record of a page that prints each record's date line
** below its title (title, date line, summary). */
int listing_blank_lines_above(const ListingScanner *sc, size_t off);
int listing_opens_date_after_title(ListingScanner *sc, const Line *pLine, size_t here);

/* listing_cites.c. The text line z[0..n) is a citation of the record titled zTitle[0..nTitle):
** its title in quotation marks closed by a comma, then more ("\"Title,\" March 5, 1953, ...");
** with atEnd (z ends the copy), or the beginning of one ("\"Report on the De"). */
int listing_is_citation(const char *zTitle, size_t nTitle, const char *z, size_t n, int atEnd);

/* The last line of a copy, z[0..n), is one word of four bytes or more that begins a label of
** record_details.tsv, or is one without its colon ("Sour", "Source"). */
int listing_is_cut_detail_word(const char *z, size_t n);

/* listing_regions.c: the page's regions, read ahead of the scanner. */

/* The text at offset off, at the top of a page (listHead: below its range, where the list's
** controls may stand), is the page's heading: *pRecordsAt is where its records begin. */
int listing_heading_precedes_records(ListingScanner *sc, size_t off, int listHead,
                                     size_t *pRecordsAt);

/* The text line at offset off heads a list of facets ("Subjects"). */
int listing_heads_facets(ListingScanner *sc, size_t off);

/* The site's footer follows the text at offset off with only text and blank lines between;
** *pnText counts the text lines on the way. */
int listing_footer_follows(ListingScanner *sc, size_t off, int *pnText);

#endif
