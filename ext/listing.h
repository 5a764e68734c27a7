/*
** listing.h: read an archive's search-result page, copied from a browser, into records.
** Pure C: no SQLite. The scanner allocates nothing; it hands back slices of the caller's text.
**
**     ListingScanner sc;
**     ListingRecord rec;
**     listing_scanner_init(&sc, zText, nText);
**     while( listing_next(&sc, &rec) ){
**       ... rec.title.z / rec.title.n, rec.date, ...
**     }
**
** For a saved HTML page, html_read_page() (html.h) gives the text and the links of its lines,
** which listing_scanner_links() hands to the scanner: each record then has its url.
**
** Records come one at a time, in page order: each call reads only as far as the line that
** shows the current record is over. The text must be valid UTF-8 (text_utf8_invalid_offset())
** and must outlive the scanner. A saved HTML page is turned into text first (html.h).
**
** The grammar, in brief. Each line is trimmed and classified: blank, page furniture ("Skip to
** content", "Results:", "Documents", "Pagination", ... from ext/data/chrome.tsv), a result
** range ("21 - 30 of 108"), a separator ("-"), a date line (dates.h), or text. A bullet ("•")
** in front of a line marks the start of a record. A record is [date] title [summary]: a date
** line opens a record, the first text after it is the title, and the text after the title is
** its summary or the title of the next, undated record. It is the summary
**   - when it reads like one: prose (see listing_is_summary());
**   - when it repeats the title, word for word or followed by more ("Title, with ..."), unless
**     it has a summary of its own or an extra blank line sets it apart (then it is a title
**     that begins with the one before);
**   - when no new record can start there: on a page whose records are each opened by a bullet
**     or a "-" line, after the last record of the page's "21 - 30 of 108", and, on a saved
**     page that links its titles, on a line without a link of its own (listing_scanner_links);
**   - when it is the record's last paragraph (what follows is a date line, a bullet, page
**     furniture, the end of the text, or text after an extra blank line), cut or whole,
**     whatever its capitals, unless it is plainly a title of its own: set apart by an extra
**     blank line before it (the empty date line of an undated record), or a capitalized
**     heading that starts with a document genre ("Conversation between ..."), does not stop
**     mid-sentence (after "of", "the", a comma, ...) and has an extra blank line after it.
** More lines of the summary follow it: a line right below it (a paragraph that wraps, where
** the page sets fields apart with blank lines), or prose. Text ahead of a page's first record
** (a topic page's heading and description) and after "Pagination" (the page footer) is not part
** of any record. Where a copy stops, the beginning of a date line ("Novemb"), of page furniture
** ("Paginat") or of a result range ("1 - 10 o") is no record; nor is the heading of a page cut
** before its first record.
**
** Other shapes: a result's number before a date line ("1. June 11, 1957") is no part of it; a
** "Read more" after a summary's last sentence is cut; a line that reads as a date line or
** furniture right below a titleless date line, over a prose summary, is the title ("May 1968");
** a page that prints each date line below its title (title, date line, summary) is told by its
** first records and read so (ListingScanner.date_after_title).
*/
#ifndef ARCHIVIST_LISTING_H
#define ARCHIVIST_LISTING_H

#include <stddef.h>
#include <stdint.h>
#include "dates.h"

/* A slice of the scanned text; z is NULL when the field is absent. The slice is not cleaned:
** pass it through text_fold_space() for the field's value. */
typedef struct ListingSpan {
  const char *z;
  size_t n;
} ListingSpan;

typedef struct ListingRecord {
  int64_t pos;              /* 1-based position of the record in the text */
  int64_t rank;             /* position in the whole result set, or -1 when unknown */
  int64_t total;            /* size of the whole result set, or -1 when unknown */
  ListingSpan date_text;    /* the date line */
  ArchDateResult date_kind; /* what the date line holds */
  ArchDate date;            /* its range, when date_kind is ARCH_DATE_FOUND */
  ListingSpan title;
  ListingSpan summary;
  ListingSpan url;          /* the document link of the title's line (listing_scanner_links),
                            ** absent in a text copy */
} ListingRecord;

/* The document link of one line of the text: a saved HTML page gives each line whose text is
** mostly one link's (html.h), so that a title brings its record's address with it. */
typedef struct ListingLink {
  size_t line;              /* offset of the line in the scanned text */
  ListingSpan url;
} ListingLink;

/* A line of the text as listing_lines.c classified it. Private to listing*.c: it is here only so
** that the scanner can keep the line that ended one record, which starts the next. */
typedef struct ListingLine {
  int cls;                  /* listing.c's LineClass */
  const char *z;            /* the line, trimmed, without its bullet */
  size_t n;
  size_t next;              /* offset of the following line */
  int bullet;               /* the line began with a bullet */
  int numbered;             /* a date line that began with the result's number ("3. July 1957") */
  int64_t number;           /* that number (3) */
  int label;                /* a result card's type: 1 a document's ("Document"), 2 another
                            ** kind's ("Collection", "Topic"), 3 a date another kind's card
                            ** prints ("Published: October 8, 2013"), 4 a record's detail
                            ** ("Original Language: Russian"), 5 a field's label alone
                            ** ("Title", "Summary:"): a LINE_SKIP */
  int facet;                /* a LINE_SKIP that is a search facet, in brackets ("Korean War
                            ** (120)") or bare in a list of them ("English 290") */
  int aside;                /* a LINE_END that heads a block of other documents ("Related
                            ** Documents", "You may also like") */
  int footer;               /* a LINE_END that begins the site's footer ("Privacy Policy",
                            ** "©"), not the list's end ("Pagination") */
  ArchDateResult date_kind; /* a date line's */
  ArchDate date;
  int64_t range_first;      /* a result range's "N - M of T" */
  int64_t range_last;
  int64_t range_total;
} ListingLine;

/* The verdict of arch_date_may_begin() on one first word of a line (dates.h), kept by the
** scanner (listing.c): titles begin with a handful of words, each looked up in a dozen tables. */
#define LISTING_WORD_SLOTS 128
#define LISTING_WORD_MAX_BYTES 14
typedef struct ListingWordVerdict {
  unsigned char n;          /* the word's length; 0: the slot is empty */
  unsigned char may_begin;  /* arch_date_word_may_begin() of the word */
  char w[LISTING_WORD_MAX_BYTES];   /* the word, in lower case */
} ListingWordVerdict;

typedef struct ListingScanner {
  const char *z;            /* the text */
  size_t n;                 /* its length in bytes */
  size_t off;               /* where the next line starts */
  int64_t n_records;        /* records returned so far */
  int64_t next_rank;        /* rank of the next record on this page, -1 when unknown */
  int64_t last_rank;        /* rank of this page's last record ("21 - 30": 30), or -1 */
  int64_t total;            /* this page's result count, -1 when unknown */
  int region;               /* where on the page the scanner is: ListingRegion */
  int title_gap;            /* blank lines between the last date line and its title */
  int title_gap_seen;       /* title_gap was measured (else it is 1, a guess) */
  int is_page;              /* a date line or page furniture was seen: a result page, not
                            ** bare lines of text */
  int numbered_dates;       /* a date line began with the result's number ("1. June 11, 1957"):
                            ** so do the page's others ("2. July 1957") */
  int64_t numbered_rank;    /* the number before the open record's date line ("3. July 1957"),
                            ** its rank on a page without a range, or -1 */
  size_t records_open_at;   /* a line that opens the records, found below a block of other
                            ** documents above them (listing.c, records_open_below()), or 0 */
  size_t records_looked_to; /* the look read no such line above this offset */
  int records_open_none;    /* no such line stands below the last one looked from */
  int date_after_title;     /* this page prints each date line below its title */
  int has_tab;              /* the text holds a tab: a line may be a table's row of cells */
  int printed;              /* a printed sheet's header or footer was read ("12/7/26, 3:15 PM
                            ** …", "https://… 1/2"): the copy is of a printed page, whose
                            ** lines wrap (listing_wraps.c) */
  int icons_seen;           /* an icon font's name was read ("chevron_right", "menu") */
  int document_looked;      /* listing_document.c was asked whether the text is one
                            ** document's page (then its one record has been given) */
  int other_result;         /* below a result card's type that is no document's ("Topic"):
                            ** text is no record until a date line or a document's label; 1
                            ** after a type line, 2 after a date of publication (label 3) */
  const char *summary_memo_z;   /* the last line listing.c's line_is_summary() read ... */
  size_t summary_memo_n;
  int summary_memo_gap, summary_memo_title_gap;   /* ... at these gaps, */
  int summary_memo;             /* and its verdict */
  size_t footer_clear;      /* no footer line of the site follows text before this offset with
                            ** only text between (listing.c, footer_follows()) */
  const ListingLink *aLink; /* the links of the text's lines, in line order */
  size_t nLink;
  size_t iLink;             /* the first link not yet passed */
  ListingLine ahead;        /* the line at ahead_off, when has_ahead: read, then left for the
                            ** next call, as it begins the next record */
  size_t ahead_off;
  int has_ahead;
  uint32_t aChromePair[32]; /* the first two bytes of chrome.tsv's keys, a bit each (listing.c) */
  uint32_t aChromeWords[32];/* the first bytes of the first two words of its keys of several
                            ** words, a bit each: what a row of furniture can begin with */
  uint32_t aChromeOne[32];  /* the first byte and the length of its keys of one word, a bit each */
  uint32_t aChromeTri[32];  /* the second and third bytes of chrome.tsv's keys, a bit each */
  uint32_t aChromeLast[32]; /* the first byte and the length of the last word of its keys, a
                            ** bit each: what a line that ends in furniture ("... Read more")
                            ** ends with */
  uint32_t aPublished[32];  /* the first two bytes of published_labels.tsv's keys, a bit each */
  uint32_t aPagerOne[32];   /* pager_words.tsv's keys of one word: first byte and length */
  uint32_t aPagerWords[32]; /* its keys of several: the first bytes of their first two words */
  uint32_t aPagerLast[32];  /* its keys' last words: first byte and length */
  uint32_t aCountLead[32];  /* total_words.tsv's leads and nouns: first byte and length, what a
                            ** range's first word can be ("Treffer 1 bis 3 von 57") */
  ListingWordVerdict aWord[LISTING_WORD_SLOTS];  /* by a hash of the word */
} ListingScanner;

void listing_scanner_init(ListingScanner *sc, const char *z, size_t n);

/* Give the scanner the links of the text's lines, sorted by line (html.h makes them); they
** must outlive the scanner. A record's url is its title line's link. A page that links its
** titles links every title: after a linked title, a line linked elsewhere opens a new record,
** and a line with the same link (one around the whole record) or none belongs to the record. */
void listing_scanner_links(ListingScanner *sc, const ListingLink *aLink, size_t nLink);

/* The line at offset off of the text is the page's heading, as a saved page's first <h1> is
** (html.h): the banner, menus and notices above it are no records, and the text below it up to
** the first record is the page's heading, as below "Skip to content". Nothing is done when a
** date line or a result range stands above it (that <h1> is no heading over the records). Call
** it before the first listing_next(). */
void listing_scanner_heading(ListingScanner *sc, size_t off);

/* Fill *rec with the next record: 1 when there is one, 0 at the end of the text. */
int listing_next(ListingScanner *sc, ListingRecord *rec);

/* Decide whether `line`, read after a record's title with `gap` blank lines before it, is that
** record's summary (1) or the title of a new record (0). title_gap is the page's usual number
** of blank lines between fields. A summary is prose: it ends a sentence and most of its words
** are lower-case; a title is a heading: its words are capitalized and it ends no sentence. */
int listing_is_summary(const char *z, size_t n, int gap, int title_gap);

/* The document genre of a title: the first of its words found in ext/data/kinds.tsv, as a
** NUL-terminated lower-case singular ("Cables from Hanoi" gives "cable"), or NULL. */
const char *listing_kind(const char *z, size_t n);

#endif
