/*
** listing.c: read a copied archive result page into records. See listing.h for the grammar
** and the interface; this file is the record state machine and the heuristics that tell a
** title from a summary. The lines it reads are classified by listing_lines.c, and the page's
** regions read ahead by listing_regions.c.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"
#include "dates.h"

#include <string.h>
#include <utf8proc.h>

/* Where on a page the scanner stands. */
typedef enum ListingRegion {
  REGION_HEADING,     /* page start: text here may be a heading, not a record */
  REGION_LIST_HEAD,   /* after a page's "N - M of T": its list's controls may come first */
  REGION_RECORDS,     /* among the records */
  REGION_FOOTER,      /* after "Pagination": text here is page furniture */
  REGION_ASIDE        /* below the records, after "Related Documents": dated cards here are
                      ** other documents than the results, no records */
} ListingRegion;

/* Words of a line read to judge whether it is a summary. */
#define SUMMARY_SAMPLE_WORDS 25


/* ---------------------------------------------------------------- titles and summaries */

/* A string literal with its length. */
typedef struct Literal { const char *z; size_t n; } Literal;
#define LITERAL(s) { s, sizeof(s)-1 }

/* True when the word that ends z[0..n) (just before a period) is an initial or an
** abbreviation rather than the end of a sentence: "A.", "U.S.", "No.", "Jr.". */
static int ends_with_abbreviation(const char *z, size_t n){
  static const Literal aAbbrev[] = {
    LITERAL("No"), LITERAL("Nr"), LITERAL("Jr"), LITERAL("Sr"), LITERAL("Co"), LITERAL("Inc"),
    LITERAL("Ltd"), LITERAL("St"), LITERAL("Dr")
  };
  size_t start = n, i;
  while( start>0 && z[start-1]!=' ' && z[start-1]!='\t' ) start--;
  if( n-start==1 && z[start]>='A' && z[start]<='Z' ) return 1;        /* an initial */
  if( memchr(z+start, '.', n-start) ) return 1;                       /* "U.S." */
  for(i=0; i<sizeof(aAbbrev)/sizeof(aAbbrev[0]); i++){
    if( text_ieq(z+start, n-start, aAbbrev[i].z, aAbbrev[i].n) ) return 1;
  }
  return 0;
}

/* The sentence-ending mark before any closing quotes or brackets at the end of z[0..n). */
static int ends_sentence(const char *z, size_t n){
  static const Literal aClose[] = {
    LITERAL("\xE2\x80\x99"), LITERAL("\xE2\x80\x9D"), LITERAL("\xC2\xBB"),
    LITERAL("\xE2\x80\xBA")                                   /* ’ ” » › */
  };
  static const char *const azStop[] = {
    "\xE2\x80\xA6", "\xE3\x80\x82"                              /* … 。 */
  };
  size_t i;
  for(;;){
    int stripped = 0;
    if( n>0 && memchr("'\")]", z[n-1], 4) ){ n--; stripped = 1; }
    for(i=0; !stripped && i<sizeof(aClose)/sizeof(aClose[0]); i++){
      size_t k = aClose[i].n;
      if( n>=k && memcmp(z+n-k, aClose[i].z, k)==0 ){
        n -= k;
        stripped = 1;
      }
    }
    if( !stripped ) break;
  }
  if( n==0 ) return 0;
  if( z[n-1]=='!' || z[n-1]=='?' ) return 1;
  if( z[n-1]=='.' ) return !ends_with_abbreviation(z, n-1);
  for(i=0; i<sizeof(azStop)/sizeof(azStop[0]); i++){
    if( n>=3 && memcmp(z+n-3, azStop[i], 3)==0 ) return 1;
  }
  return 0;
}

/* The case of the first letter of a word: 1 upper, -1 lower, 0 neither or no letter. Leading
** quotes and brackets are skipped. */
static int word_case(const char *z, size_t n){
  size_t i = 0;
  while( i<n ){
    uint32_t cp;
    int len;
    utf8proc_category_t cat;
    unsigned char c = (unsigned char)z[i];
    if( c>='a' && c<='z' ) return -1;
    if( c>='A' && c<='Z' ) return 1;
    if( c>='0' && c<='9' ) return 0;
    len = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
    cat = utf8proc_category((utf8proc_int32_t)cp);
    if( cat==UTF8PROC_CATEGORY_LU || cat==UTF8PROC_CATEGORY_LT ) return 1;
    if( cat==UTF8PROC_CATEGORY_LL ) return -1;
    if( cat>=UTF8PROC_CATEGORY_LM && cat<=UTF8PROC_CATEGORY_LO ) return 0;
    if( cat>=UTF8PROC_CATEGORY_ND && cat<=UTF8PROC_CATEGORY_NO ) return 0;
    i += (size_t)len;
  }
  return 0;
}

/* True for the little words a title-cased heading leaves in lower case ("of", "the"). */
static int is_minor_word(const char *z, size_t n){
  while( n>0 && memchr(".,;:'\")", z[n-1], 7) ) n--;
  if( n==0 || n>(size_t)arch_data_title_minor_words_max_key ) return 0;
  return arch_data_find(arch_data_title_minor_words, arch_data_title_minor_words_count,
                        z, n)!=0;
}

/* The most the capitals of a line's words take off its score (below). */
#define CASE_PENALTY_MAX 2

int listing_is_summary(const char *z, size_t n, int gap, int title_gap){
  int score = ends_sentence(z, n) ? 3 : -1;
  int nWord = 0, nUpper = 0, nLower = 0, nCounted;
  size_t i = 0;
  if( gap<=title_gap && score>CASE_PENALTY_MAX ){
    return 1;      /* a sentence at the usual gap: no count of capitals can make it a heading */
  }
  /* Reading the first SUMMARY_SAMPLE_WORDS words is enough to tell prose from a heading. */
  while( i<n && nWord<SUMMARY_SAMPLE_WORDS ){
    size_t start;
    int k;
    while( i<n && (k = text_space_len(z+i, n-i))>0 ) i += (size_t)k;
    start = i;
    while( i<n && text_space_len(z+i, n-i)==0 ) i++;
    if( i==start ) break;
    /* The first word is capitalized in a sentence and a heading alike: it tells nothing. */
    if( nWord++>0 ){
      int c = word_case(z+start, i-start);
      if( c>0 ) nUpper++;
      if( c<0 && !is_minor_word(z+start, i-start) ) nLower++;
    }
  }
  /* A heading capitalizes every word that matters; prose leaves most of them in lower case,
  ** though a summary full of names and offices ("First Secretary Sergei Menendez reviews the
  ** Cultural Revolution") may capitalize nearly all of them. */
  nCounted = nUpper + nLower;
  if( nCounted>0 ){
    if( nLower==0 ) score -= nCounted>1 ? CASE_PENALTY_MAX : 1;
    else if( nLower*2>=nCounted ) score += nCounted>1 ? 2 : 1;
    else if( nLower>=2 ) score += 1;
    else if( nLower*100<nCounted*15 ) score -= 1;
  }
  if( nWord>=SUMMARY_SAMPLE_WORDS ) score += 1;   /* no heading runs this long */
  if( gap>title_gap ) score -= 2;   /* an extra blank line: the empty date of a new record */
  return score>0;
}

/* ---------------------------------------------------------------- kinds */

static int is_letter_at(const char *z, size_t n, int *pLen){
  uint32_t cp;
  unsigned char c = (unsigned char)z[0];
  if( c<0x80 ){                   /* ASCII: text_is_letter()'s own test, without the call */
    *pLen = 1;
    return (c|0x20)>='a' && (c|0x20)<='z';
  }
  *pLen = text_utf8_decode((const unsigned char*)z, n, &cp);
  return text_is_letter(cp);
}

const char *listing_kind(const char *z, size_t n){
  size_t i = 0;
  while( i<n ){
    size_t start;
    int len;
    while( i<n && !is_letter_at(z+i, n-i, &len) ) i += (size_t)len;
    start = i;
    while( i<n && is_letter_at(z+i, n-i, &len) ) i += (size_t)len;
    if( i-start>=(size_t)arch_data_kinds_min_key && i-start<=(size_t)arch_data_kinds_max_key ){
      const ArchDataRow *p = arch_data_find(arch_data_kinds, arch_data_kinds_count,
                                            z+start, i-start);
      if( p ) return p->value;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- the paragraph after a title */

/* How a paragraph repeats the title before it. */
typedef enum Repeat {
  REPEAT_NONE,
  REPEAT_PREFIX,      /* it begins with the title and goes on: "Title, with ..." */
  REPEAT_EQUAL        /* it is the title, word for word */
} Repeat;

/* Does z[0..n) begin with the words of zTitle[0..nTitle)? White space runs compare equal
** whatever they hold; everything else byte for byte. A prefix must end at a word boundary:
** "Report of the Trade Missions" does not begin with "Report of the Trade Mission". */
static Repeat repeats_title(const char *zTitle, size_t nTitle, const char *z, size_t n){
  size_t i = 0, j = 0;
  int kA, kB;
  if( nTitle==0 || n==0 || zTitle[0]!=z[0] ) return REPEAT_NONE;
  while( i<nTitle ){
    kA = text_space_len(zTitle+i, nTitle-i);
    kB = j<n ? text_space_len(z+j, n-j) : 0;
    if( kA>0 ){
      if( kB==0 ) return REPEAT_NONE;
      while( i<nTitle && (kA = text_space_len(zTitle+i, nTitle-i))>0 ) i += (size_t)kA;
      while( j<n && (kB = text_space_len(z+j, n-j))>0 ) j += (size_t)kB;
      continue;
    }
    if( j>=n || kB>0 || zTitle[i]!=z[j] ) return REPEAT_NONE;
    i++;
    j++;
  }
  if( j==n ) return REPEAT_EQUAL;
  {
    uint32_t cp;
    text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    if( text_is_letter(cp) || (cp>='0' && cp<='9') ) return REPEAT_NONE;
  }
  return REPEAT_PREFIX;
}

/* The first word of z[0..n) (letters only) is a document genre of kinds.tsv: "Telegram from". */
static int starts_with_kind(const char *z, size_t n){
  size_t i = 0;
  int len;
  while( i<n && is_letter_at(z+i, n-i, &len) ) i += (size_t)len;
  if( i<(size_t)arch_data_kinds_min_key || i>(size_t)arch_data_kinds_max_key ) return 0;
  return arch_data_find(arch_data_kinds, arch_data_kinds_count, z, i)!=0;
}

/* z[0..n) stops where no heading stops: after a comma, a colon, a semicolon, a dash, or a word
** such as "of", "the", "and": the text was cut in the middle of a sentence. */
static int ends_mid_sentence(const char *z, size_t n){
  size_t start;
  uint32_t cp;
  if( n==0 ) return 0;
  if( memchr(",;:(&", z[n-1], 5) ) return 1;
  start = n;
  while( start>0 && ((unsigned char)z[start-1] & 0xC0)==0x80 ) start--;
  if( start>0 ) start--;
  text_utf8_decode((const unsigned char*)z+start, n-start, &cp);
  if( text_is_dash(cp) ) return 1;
  start = n;
  while( start>0 && z[start-1]!=' ' ) start--;
  return is_minor_word(z+start, n-start) && z[n-1]!='.';
}

/* listing_is_summary() of the line *pLine at the page's title gap, kept for the next call on
** the same line and gap: the footer's test (begins_footer()) and belongs_to_record() ask it of
** the same line one after the other. */
static int line_is_summary(ListingScanner *sc, const Line *pLine, int gap){
  if( sc->summary_memo_z!=pLine->z || sc->summary_memo_n!=pLine->n
   || sc->summary_memo_gap!=gap || sc->summary_memo_title_gap!=sc->title_gap ){
    sc->summary_memo_z = pLine->z;
    sc->summary_memo_n = pLine->n;
    sc->summary_memo_gap = gap;
    sc->summary_memo_title_gap = sc->title_gap;
    sc->summary_memo = listing_is_summary(pLine->z, pLine->n, gap, sc->title_gap);
  }
  return sc->summary_memo;
}

/* The last paragraph of a record (nothing but a new record or the end of the records follows
** it), `gap` blank lines below the record and `gapAfter` above what follows, is that record's
** summary, cut or whole, whatever its capitals, unless it is plainly the title of a record of
** its own with no summary: set apart by an extra blank line before it (the empty date line of
** an undated record), or a capitalized heading that starts with a document genre
** ("Conversation between ...", "Instructions to ...") and does not stop mid-sentence, with an
** extra blank line after it (the empty summary). At the end of the text nothing sets it apart:
** a summary cut there can begin "Report on ..." too. */
static int is_plainly_title(const char *z, size_t n, int gap, int gapAfter, int title_gap){
  if( gap>title_gap ) return 1;
  if( gapAfter<=title_gap ) return 0;
  if( word_case(z, n)<=0 || ends_mid_sentence(z, n) ) return 0;
  return starts_with_kind(z, n) && !listing_is_summary(z, n, gap, title_gap);
}

/* A text line `gap` blank lines below the last continues its paragraph: the page sets fields
** apart with blank lines (a title stood below its date line after one or more), and there is
** none here. */
static int continues_paragraph(const ListingScanner *sc, int gap){
  return sc->title_gap_seen && gap<sc->title_gap;
}

/* What comes after the paragraph that ends at offset off, *pGap blank lines below it (0 at
** the end of the text). */
typedef enum Follow {
  FOLLOW_END,         /* the end of the text, or of the records: page furniture, a separator */
  FOLLOW_RECORD,      /* a new record: a date line, a bullet, text after an extra blank line */
  FOLLOW_TEXT         /* more text, *pNext */
} Follow;

static Follow what_follows(ListingScanner *sc, size_t off, Line *pNext, int *pGap){
  int gap = 0, nLine;
  *pGap = 0;
  for(nLine=0; off<sc->n; nLine++){
    if( nLine>=FOLLOW_MAX_LINES ){
      *pGap = gap;
      return FOLLOW_TEXT;
    }
    listing_read_line(sc, off, pNext);
    if( pNext->cls!=LINE_BLANK && pNext->cls!=LINE_SKIP ) *pGap = gap;
    if( pNext->bullet && pNext->cls!=LINE_BLANK ) return FOLLOW_RECORD;
    switch( pNext->cls ){
      case LINE_BLANK: gap++; break;
      case LINE_SKIP:  break;
      case LINE_DATE:  return FOLLOW_RECORD;
      case LINE_TEXT:
        if( listing_is_cut_line(sc, pNext) ){
          *pGap = 0;
          return FOLLOW_END;
        }
        if( gap>sc->title_gap ) return FOLLOW_RECORD;
        if( !continues_paragraph(sc, gap) ) return FOLLOW_TEXT;
        gap = 0;        /* the same paragraph, wrapped: look past it */
        break;
      default:
        return FOLLOW_END;
    }
    off = pNext->next;
  }
  *pGap = 0;
  return FOLLOW_END;
}

static int same_span(const ListingSpan *a, const ListingSpan *b){
  return a->n==b->n && memcmp(a->z, b->z, a->n)==0;
}

/* Length of the folder of a link as written: up to its path's last "/" ("/document/" of
** "/document/114501?lang=ru"), 0 when it has none ("index.cfm?..."). */
static size_t link_folder_len(const ListingSpan *p){
  size_t i, n = p->n, last = 0;
  for(i=0; i<n && p->z[i]!='?' && p->z[i]!='#'; i++){
    if( p->z[i]=='/' ) last = i+1;
  }
  return last;
}

/* The folder z[0..n) ends in a number ("/item/2048/"): the length of the folder above it. */
static size_t numbered_folder_parent(const char *z, size_t n){
  size_t i = n-1;
  if( n<3 ) return n;
  while( i>0 && z[i-1]>='0' && z[i-1]<='9' ) i--;
  return i<n-1 && i>0 && z[i-1]=='/' ? i : n;
}

/* Two links lead to the same kind of page: their folders are the same ("/document/" and
** "/document/", not "/topics/"), or differ only in a number at their end, as an aggregator
** files items by the collection they came from ("/item/2048/…", "/item/91/…"). */
static int same_link_folder(const ListingSpan *a, const ListingSpan *b){
  size_t na = link_folder_len(a), nb = link_folder_len(b);
  if( na==nb && memcmp(a->z, b->z, na)==0 ) return 1;
  if( na==0 || nb==0 ) return 0;
  na = numbered_folder_parent(a->z, na);
  nb = numbered_folder_parent(b->z, nb);
  return na==nb && memcmp(a->z, b->z, na)==0;
}

/* The first line that is no blank line at offset off, and in *pGap the blank lines before it. */
static void next_filled_line(ListingScanner *sc, size_t off, Line *pNext, int *pGap){
  *pGap = 0;
  pNext->cls = LINE_BLANK;
  while( off<sc->n ){
    listing_read_line(sc, off, pNext);
    if( pNext->cls!=LINE_BLANK ) return;
    (*pGap)++;
    off = pNext->next;
  }
  pNext->cls = LINE_BLANK;
}

/* The line *pLine ends the text and is the beginning of a date line ("1", "Janu"). */
static int is_cut_date(const ListingScanner *sc, const Line *pLine){
  return pLine->cls!=LINE_BLANK && pLine->next>=sc->n
      && arch_date_is_cut_prefix(pLine->z, pLine->n);
}


/* The text line *pLine goes on the summary of rec, whose last line filled a printed sheet's
** width and stopped mid-sentence: after a comma, a dash, a small word ("of", "the"), a word in
** small letters or a name's "'s" ("... the Korean People's" over "Army toward Seoul."). A line
** that begins with a document's genre ("Report on the Naval Base") is the next record's title. */
static int wraps_on_sheet(const ListingRecord *rec, const Line *pLine){
  const char *z = rec->summary.z;
  size_t n = rec->summary.n, at = n, w;
  uint32_t cp;
  while( at>0 && z[at-1]!='\n' ) at--;
  if( n-at<SHEET_LINE_MIN_BYTES || ends_sentence(z+at, n-at) ) return 0;
  if( starts_with_kind(pLine->z, pLine->n) ) return 0;
  if( ends_mid_sentence(z+at, n-at) ) return 1;
  for(w=n; w>at && z[w-1]!=' '; w--){}
  if( text_utf8_char((const unsigned char *)z+w, n-w, &cp)<=0 ) return 0;
  return text_is_lower(cp) || (n-w>=3 && memcmp(z+n-2, "'s", 2)==0)
      || (n-w>=5 && memcmp(z+n-4, "\xE2\x80\x99s", 4)==0);
}

/* A record's detail below its summary is more of it when it is a sentence of prose ("Source:
** the diary was found in ... ."), not a label and its value ("Source: Cuban Missile Crisis
** Revisited", "Provider: Národní archiv"). */
static int is_detail_sentence(ListingScanner *sc, const Line *pLine, int gap){
  return ends_sentence(pLine->z, pLine->n) && line_is_summary(sc, pLine, gap);
}

/* Decide whether the text line *pLine, `gap` blank lines after the title of *rec (or after its
** summary so far), belongs to that record (1: its summary, or more of it), is the title of
** the next, undated record (0), or is neither (-1: a link to a page of another kind).
** `opened` is true when a bullet or a separator line opened the record: on such a page every
** record is opened so, and text without one opens none. *pUrl
** is the line's link (listing_scanner_links), absent in a text copy. `detail` is true for a
** record's detail below its summary ("Source: ..."): more of the summary only as prose. */
static int belongs_to_record(ListingScanner *sc, const ListingRecord *rec,
                             const Line *pLine, const ListingSpan *pUrl, int gap, int opened,
                             int detail){
  Repeat rep;
  Line next;
  int nextGap = 0;
  Follow follow;

  if( gap>0 && pLine->next>=sc->n && listing_is_cut_detail_word(pLine->z, pLine->n) ){
    return -1;                  /* "Sour" of "Source: ..." where the copy stops */
  }
  /* A saved page links every title to its document: a line linked elsewhere is the title of
  ** the next record; the same link again (one around the whole record), or none, is this
  ** record's. */
  if( rec->url.z ){
    if( pUrl->z==0 || same_span(pUrl, &rec->url) ){
      return !detail || is_detail_sentence(sc, pLine, gap);
    }
    /* A link elsewhere than the titles' folder ("/topics/..." below "/document/...") is a
    ** tag or a collection of the record: no title, and no part of the summary. */
    return same_link_folder(pUrl, &rec->url) ? 0 : -1;
  }
  if( sc->date_after_title && !ends_sentence(pLine->z, pLine->n) ){
    /* On a page that prints date lines below titles, a heading over a date line is the title
    ** of the next record. */
    next_filled_line(sc, pLine->next, &next, &nextGap);
    if( next.cls==LINE_DATE || is_cut_date(sc, &next) ) return 0;
    if( rec->summary.z && next.cls==LINE_BLANK ) return 0;   /* a title where the copy stops */
  }
  if( rec->summary.z ){
    /* More of the summary: a line right below it (a paragraph that wraps), or prose. */
    if( opened || continues_paragraph(sc, gap) ) return 1;
    if( detail ) return is_detail_sentence(sc, pLine, gap);
    if( line_is_summary(sc, pLine, gap) ) return 1;
    /* Right below a full summary line that stops mid-sentence ("... of the Korean People's"
    ** over "Army toward Seoul."), as a printed sheet wraps a paragraph: more of it, cut short
    ** too. */
    if( gap==0 && sc->is_page && wraps_on_sheet(rec, pLine) ) return 1;
    /* A second paragraph that reads as no sentence ("Translated by Charles Kraus"), at the
    ** page's usual gap, on a page that sets its fields apart with blank lines: an undated
    ** record would stand an extra blank line apart (its empty date line). It is the title of
    ** the next record only when a summary of its own follows it. */
    if( sc->title_gap_seen && sc->title_gap>0 && gap<=sc->title_gap ){
      follow = what_follows(sc, pLine->next, &next, &nextGap);
      return follow!=FOLLOW_TEXT || !listing_is_summary(next.z, next.n, nextGap, sc->title_gap);
    }
    return 0;
  }
  /* The paragraph after the title. A new record cannot start here when the page opens every
  ** record with a bullet or a separator, nor when this record is the last of the page's
  ** "21 - 30 of 108". */
  if( opened ) return 1;
  if( sc->next_rank>0 && sc->last_rank>0 && sc->next_rank>=sc->last_rank ) return 1;
  /* A summary may repeat its title, word for word or followed by more. */
  rep = repeats_title(rec->title.z, rec->title.n, pLine->z, pLine->n);
  if( rep==REPEAT_EQUAL ) return 1;
  if( line_is_summary(sc, pLine, gap) ) return 1;
  /* A heading: the next record's title, or a summary with capitals. What follows tells. */
  follow = what_follows(sc, pLine->next, &next, &nextGap);
  if( rep==REPEAT_PREFIX ){
    /* "Title, with more": the summary, unless it stands apart or has a summary of its own
    ** (then it is a title that begins with the one before it). */
    if( gap>sc->title_gap ) return 0;
    return follow!=FOLLOW_TEXT || !listing_is_summary(next.z, next.n, nextGap, sc->title_gap);
  }
  /* Bare lines of text, without a date line or page furniture, are titles one by one. */
  if( follow==FOLLOW_TEXT || !sc->is_page ) return 0;
  return !is_plainly_title(pLine->z, pLine->n, gap, nextGap, sc->title_gap);
}

/* ---------------------------------------------------------------- the record machine */

void listing_scanner_init(ListingScanner *sc, const char *z, size_t n){
  memset(sc, 0, sizeof(*sc));
  sc->z = z;
  sc->n = n;
  sc->next_rank = -1;
  sc->last_rank = -1;
  sc->total = -1;
  sc->numbered_rank = -1;
  sc->region = REGION_HEADING;
  sc->title_gap = 1;
  sc->has_tab = n>0 && memchr(z, '\t', n)!=0;
  listing_chrome_init(sc);
  /* A byte-order mark at the start is white space to the line reader (text_space_len()), which
  ** trims it off the first line: that line still starts at offset 0, where a saved page's link
  ** of it is (html.h). */
}

void listing_scanner_heading(ListingScanner *sc, size_t off){
  Line line;
  size_t at = 0;
  if( off>=sc->n || sc->off!=0 ) return;
  while( at<off ){
    listing_read_line(sc, at, &line);
    if( line.cls==LINE_DATE || line.cls==LINE_RANGE ) return;
    at = line.next;
  }
  sc->off = off;
  sc->is_page = 1;
  sc->region = REGION_HEADING;
}

void listing_scanner_links(ListingScanner *sc, const ListingLink *aLink, size_t nLink){
  sc->aLink = aLink;
  sc->nLink = nLink;
  sc->iLink = 0;
}

/* The link of the line at offset off (absent when it has none). Lines are asked for in the
** order of the text, so the links passed are never looked at again. */
static ListingSpan line_link(ListingScanner *sc, size_t off){
  ListingSpan none = { 0, 0 };
  while( sc->iLink<sc->nLink && sc->aLink[sc->iLink].line<off ) sc->iLink++;
  if( sc->iLink<sc->nLink && sc->aLink[sc->iLink].line==off ) return sc->aLink[sc->iLink].url;
  return none;
}

/* The line at offset off, for the record machine: the one kept by emit_before() when it is
** that line, else read. */
static void scanner_line(ListingScanner *sc, size_t off, Line *pLine){
  if( sc->has_ahead && sc->ahead_off==off ){
    *pLine = sc->ahead;
    return;
  }
  listing_read_line(sc, off, pLine);
}

static int emit(ListingScanner *sc, ListingRecord *rec){
  rec->pos = ++sc->n_records;
  rec->total = sc->total;
  if( sc->next_rank>0 ){
    rec->rank = sc->next_rank++;
  }else{
    rec->rank = sc->numbered_rank;       /* "3. July 1957" on a page without a range: 3 */
  }
  sc->numbered_rank = -1;
  return 1;
}

/* The line *pLine at offset here ends the current record and begins what follows: return the
** record, and keep the line for the next call, which starts there. */
static int emit_before(ListingScanner *sc, ListingRecord *rec, size_t here, const Line *pLine){
  sc->off = here;
  sc->ahead = *pLine;
  sc->ahead_off = here;
  sc->has_ahead = 1;
  return emit(sc, rec);
}

static void clear_record(ListingRecord *rec){
  memset(rec, 0, sizeof(*rec));
  rec->rank = rec->total = -1;
}

/* Lines looked at below a block of other documents above a page's records ("Featured
** Documents" over its cards, then "Results:"), at most, for the line that opens the records. */
#define ASIDE_AHEAD_LINES 200

/* Below the line at offset off, a line opens the page's records or a page: a range, a total, a
** "start" or "page" line of chrome.tsv ("Results:", "Skip to content"). */
static int records_open_below(ListingScanner *sc, size_t off){
  Line line;
  int k;
  /* What an earlier look found: the line that opens the records, or none to the text's end, or
  ** none down to where it stopped: this look goes on from there, so that each line is read
  ** once, however many such headings the page holds. */
  if( sc->records_open_at>0 && off<=sc->records_open_at ) return 1;
  if( sc->records_open_none ) return 0;
  if( off<sc->records_looked_to ) off = sc->records_looked_to;
  for(k=0; k<ASIDE_AHEAD_LINES && off<sc->n; k++){
    listing_read_line(sc, off, &line);
    if( line.cls==LINE_RANGE || line.cls==LINE_START || line.cls==LINE_PAGE ){
      sc->records_open_at = off;
      return 1;
    }
    off = line.next;
  }
  sc->records_looked_to = off;
  if( off>=sc->n ) sc->records_open_none = 1;
  return 0;
}

/* Page furniture between records: apply what it says about the page. */
static void apply_chrome(ListingScanner *sc, const Line *pLine){
  switch( pLine->cls ){
    case LINE_PAGE:
      sc->next_rank = sc->last_rank = sc->total = -1;
      sc->region = REGION_HEADING;
      break;
    case LINE_RANGE:
      sc->next_rank = pLine->range_first;
      sc->last_rank = pLine->range_last;
      if( pLine->range_total>=0 ) sc->total = pLine->range_total;  /* "第3-4条": the page's */
      sc->region = REGION_LIST_HEAD;
      break;
    case LINE_END:
      /* "Related Documents" below the page's records heads other documents, dated too; above
      ** them (a sidebar a saved page sets first) it ends nothing the page has given, but its
      ** cards are still no records when a line that opens the records follows them
      ** ("Featured Documents" over a dated card, then "Results:" and the results). */
      if( sc->region==REGION_ASIDE ) break;   /* "Load more" below the block: still its */
      sc->region = pLine->aside && (sc->n_records>0 || records_open_below(sc, pLine->next))
                 ? REGION_ASIDE : REGION_FOOTER;
      break;
    case LINE_START:
      /* "SEARCH RESULTS" over "Your search for: Albania" over "Results 1 - 4 of 4": text below
      ** a line that opens the records and above a range, another such line or a separator is
      ** still the list's heading, as below a range (listing_heading_precedes_records()). */
      sc->region = REGION_LIST_HEAD;
      break;
    default:
      sc->region = REGION_RECORDS;
      break;
  }
}

/* The date line or page furniture *pLine stands below a date line that has no title yet, gap
** blank lines below it: it is that record's title ("May 1968", "1956", "Documents") when a
** summary follows it at the page's usual gap, a sentence in prose, not a title. Every record
** has a title: a date line never is one but there. A letter's heading there ("Presidium
** Session, 31 October 1956", a line whose first word begins no date) is the title over any
** text that begins with no genre, a summary cut short too: no record is dated twice, the
** second time so ("1956" over "Moscow, 12 May 1955" over "Letter from ...": a date line). */
static int title_below_date(ListingScanner *sc, const Line *pLine, int gap){
  Line next;
  int gapNext, usual = sc->title_gap_seen ? sc->title_gap : 1;
  if( gap>usual ) return 0;
  next_filled_line(sc, pLine->next, &next, &gapNext);
  if( next.cls!=LINE_TEXT || gapNext>usual || next.bullet ) return 0;
  if( pLine->cls==LINE_DATE && !starts_with_kind(next.z, next.n)
   && !arch_date_may_begin(pLine->z, pLine->n) ){
    return 1;
  }
  return ends_sentence(next.z, next.n) && listing_is_summary(next.z, next.n, gapNext, usual);
}

/* The text line *pLine at offset here, gap blank lines below the text of *rec, begins the site's
** footer (listing_footer_follows()): it would open a new record, undated, or go on the record as a
** paragraph that is no prose. Prose is the record's whatever follows it, and so is a record's
** last line when the footer's first line follows it with no other text between: its summary
** ("KIM IL SUNG RECEIVES THE AMBASSADOR" over "Contact Us"), or more of it ("Translated by
** Charles Kraus"). */
static int begins_footer(ListingScanner *sc, const ListingRecord *rec, const Line *pLine,
                         size_t here, int gap, int opened){
  int nText;
  if( opened || !sc->is_page || sc->n_records+(rec->title.z!=0)==0 ) return 0;
  if( rec->title.z ){
    if( continues_paragraph(sc, gap) ) return 0;
    if( line_is_summary(sc, pLine, gap) ) return 0;
  }else if( rec->date_text.z ){
    return 0;
  }
  /* An undated record stands so: an extra blank line above it (its empty date line), a title
  ** that starts with a document genre ("Instructions to the Delegation in Geneva"). */
  if( !rec->title.z ) gap = listing_blank_lines_above(sc, here);   /* a call that begins with it */
  if( sc->title_gap_seen && gap>sc->title_gap && starts_with_kind(pLine->z, pLine->n) ){
    return 0;
  }
  if( !listing_footer_follows(sc, here, &nText) ) return 0;
  return nText>1 || !rec->title.z;
}

/* The text line *pLine reads as a button of a cookie notice's banner ("Decline", "Customize
** settings"), right below the notice: two words at most, short, no sentence. */
static int is_banner_button(const Line *pLine){
  size_t i;
  int nSpace = 0;
  if( pLine->n>24 || ends_sentence(pLine->z, pLine->n) ) return 0;
  for(i=0; i<pLine->n; i++){
    if( pLine->z[i]==' ' && ++nSpace>1 ) return 0;
  }
  return 1;
}

/* after_control (listing_next()) once a blank line is read. A cookie notice's buttons may stand
** a blank line apart, below it and from each other ("Accept" / blank / "Decline"), as a copy
** gives a banner's buttons set in blocks: the notice's state (2) lasts over one blank line,
** counted in *pGap. So does a control's (1): a copy of a page that sets its sort control and
** the chosen option in blocks gives "Sort by" / blank / "Relevance", and only an option of
** chrome.tsv is skipped there. Two blank lines, the gap of an undated record, end either, as
** they end every other state. */
static int banner_goes_on(int after_control, int *pGap){
  if( after_control && *pGap==0 ){
    *pGap = 1;
    return after_control;
  }
  return 0;
}

/* The text line *pLine, the first of a text that shows no page furniture above it, is the end
** of a summary cut where the copy began ("revolution, and the question of Chinese aid."): it
** begins with a small letter, as no title does, and a date line follows its paragraph (or the
** beginning of one where the copy stops). */
static int begins_cut_summary(ListingScanner *sc, const Line *pLine){
  Line next;
  uint32_t cp;
  int gap;
  if( text_utf8_char((const unsigned char*)pLine->z, pLine->n, &cp)<=0 || !text_is_lower(cp) ){
    return 0;
  }
  next_filled_line(sc, pLine->next, &next, &gap);
  return next.cls==LINE_DATE || (next.cls==LINE_TEXT && listing_is_cut_line(sc, &next));
}

/* The line *pLine, a field's name alone ("Title", "Summary:", label 5), labels the value
** below it: a text or date line right below it or one blank line below, on a page (bare lines
** of text are titles, as a bullet's line is). Else it is a line of text like any other: a
** record's title "Title" at the end of a copy, or set apart by an extra blank line. */
static int field_label_over_value(ListingScanner *sc, const Line *pLine){
  Line next;
  int gapNext;
  if( !sc->is_page || pLine->bullet ) return 0;
  next_filled_line(sc, pLine->next, &next, &gapNext);
  return (next.cls==LINE_TEXT || next.cls==LINE_DATE) && gapNext<=1;
}

int listing_next(ListingScanner *sc, ListingRecord *rec){
  Line line;
  int gap = 0;              /* blank lines since the last line that counted */
  int summary_open = 0;     /* the next text may be (more of) the summary */
  int opened = 0;           /* a bullet or a separator line opened this record */
  ListingSpan url;          /* the link of the text line read */
  int belongs;              /* belongs_to_record() of the text line read */
  int after_facet = 0;      /* the line above was a facet */
  int after_control = 0;    /* the line above was furniture to skip ("Sort by") or an option
                            ** (1), or a cookie notice or a button below one (2) */
  int banner_gap = 0;       /* blank lines since the cookie notice or button of after_control 2 */
  int detail;               /* the line read is a record's detail below its summary */

  clear_record(rec);
  if( !sc->document_looked ){
    sc->document_looked = 1;
    if( listing_document_page(sc, rec) ){          /* one document's page: one record */
      sc->off = sc->n;
      sc->n_records = 1;
      return 1;
    }
  }
  while( sc->off<sc->n ){
    size_t here = sc->off;
    if( sc->z[here]=='\n' ){
      /* An empty line, the commonest (the kept line is never one): a blank, as listing_read_line()
      ** would class it, without reading it. */
      sc->off = here+1;
      gap++;
      after_facet = 0;
      after_control = banner_goes_on(after_control, &banner_gap);
      continue;
    }
    scanner_line(sc, here, &line);
    if( line.bullet && rec->title.z ){         /* a bullet opens the next record */
      return emit_before(sc, rec, here, &line);
    }
    if( line.bullet ) opened = sc->is_page = 1;
    sc->off = line.next;
    if( line.cls!=LINE_SKIP && line.cls!=LINE_TEXT ) after_control = 0;
    if( line.cls==LINE_SKIP && rec->date_text.z && !rec->title.z && line.facet ){
      line.cls = LINE_TEXT;     /* below a date line, "Letter from Kadar (2)" is a title */
    }
    if( line.cls==LINE_SKIP && line.label==5 && !field_label_over_value(sc, &line) ){
      line.cls = LINE_TEXT;     /* "Title" with no value below it: a title */
    }
    detail = line.cls==LINE_SKIP && line.label==4 && rec->summary.z;
    if( detail ){
      line.cls = LINE_TEXT;     /* "Original archive: AVPRF, ..." below a summary: a paragraph of
                                ** it when it reads as one, else skipped (below) */
    }
    if( (line.cls==LINE_DATE || line.cls==LINE_START) && rec->date_text.z && !rec->title.z
     && title_below_date(sc, &line, gap) ){
      line.cls = LINE_TEXT;     /* "May 13, 1968" over "May 1968" over its summary: a title */
    }
    switch( line.cls ){
      case LINE_BLANK:
        gap++;
        after_facet = 0;
        after_control = banner_goes_on(after_control, &banner_gap);
        continue;
      case LINE_SKIP:
        if( line.label==4 || line.label==5 ){
          /* "Original Language: Russian" between a title and its summary, or below a title
          ** with none, and a field's label ("Summary:" over the summary): the record goes on,
          ** and a summary below it stands as far from the title as it would without it. */
          if( rec->title.z ) gap = 0;
          continue;
        }
        if( (line.label==2 || line.label==3) && !opened ){
          /* "Collection" over "Sino-Soviet Split": a result that is no document ends the
          ** record above and opens none. So does a date it was published on ("Published:
          ** October 8, 2013"), which is the same result's when a type line opened it ("Blog
          ** Post" over it): that one holds no second place. */
          int same = line.label==3 && sc->other_result==1;
          if( rec->title.z ) return emit_before(sc, rec, here, &line);
          clear_record(rec);
          if( !same ){
            sc->other_result = line.label==3 ? 2 : 1;
            if( sc->next_rank>0 ) sc->next_rank++;  /* it holds its place in the results */
          }
          gap = 0;
          continue;
        }
        if( line.label==1 ) sc->other_result = 0;
        after_facet = line.facet;
        if( after_control!=2 || !listing_has_word_char(line.z, line.n) ){
          after_control = !after_facet && listing_has_word_char(line.z, line.n);
        }                           /* else "Accept", a button of chrome.tsv, below the notice */
        banner_gap = 0;
        /* After a line to skip ("No image found.") a record opened by a bullet or a "-" goes
        ** on: no record opens without one. */
        if( !opened ) summary_open = 0;
        continue;
      case LINE_PAGE: case LINE_START: case LINE_RANGE: case LINE_END: case LINE_SEPARATOR:
        if( rec->title.z ) return emit_before(sc, rec, here, &line);
        sc->other_result = 0;
        clear_record(rec);  /* a date line with no title after it is not a record */
        if( line.cls==LINE_PAGE ) sc->date_after_title = 0;
        apply_chrome(sc, &line);
        after_facet = 0;
        sc->is_page = 1;
        opened = line.cls==LINE_SEPARATOR;
        gap = 0;
        continue;
      case LINE_DATE:
        if( sc->date_after_title && rec->title.z && !rec->date_text.z && !rec->summary.z ){
          rec->date_text.z = line.z;       /* the date line below its title */
          rec->date_text.n = line.n;
          rec->date_kind = line.date_kind;
          rec->date = line.date;
          sc->title_gap = gap;
          sc->title_gap_seen = 1;
          gap = 0;
          continue;
        }
        if( rec->title.z ) return emit_before(sc, rec, here, &line);
        if( sc->region==REGION_ASIDE ){
          clear_record(rec);
          gap = 0;
          continue;         /* a card below "Related Documents": no result of the page */
        }
        sc->other_result = 0;
        if( line.numbered ) sc->numbered_dates = 1;
        sc->numbered_rank = line.numbered && line.number>0 ? line.number : -1;
        rec->date_text.z = line.z;
        rec->date_text.n = line.n;
        rec->date_kind = line.date_kind;
        rec->date = line.date;
        after_facet = 0;
        sc->region = REGION_RECORDS;
        sc->is_page = 1;
        gap = 0;
        continue;
      case LINE_TEXT:
        break;
    }

    /* Text: a heading, a footer, a title, a summary, or a date line cut short. */
    if( after_facet && line.n<=CHROME_MAX_BYTES ){
      continue;          /* right below "Cold War in Asia (312)": a facet without its count */
    }
    after_facet = 0;
    if( after_control==2 && is_banner_button(&line) ){
      banner_gap = 0;
      continue;          /* "Decline" below "This website uses cookies ...": its buttons */
    }
    if( after_control && (listing_is_option_line(line.z, line.n)
                          || listing_is_cut_option(sc, &line)) ){
      banner_gap = 0;
      continue;          /* "Sort by" over "Relevance", "Newest", "Oldest": a drop-down list */
    }
    after_control = 0;
    if( sc->region==REGION_FOOTER || sc->region==REGION_ASIDE || sc->other_result ) continue;
    if( listing_is_cookie_notice(line.z, line.n) ){
      after_control = 2;     /* "This website uses cookies ..." over "Accept", "Decline" */
      banner_gap = 0;
      continue;
    }
    if( sc->region==REGION_HEADING || sc->region==REGION_LIST_HEAD ){
      size_t recordsAt;
      if( listing_heading_precedes_records(sc, here, sc->region==REGION_LIST_HEAD, &recordsAt) ){
        sc->off = recordsAt;             /* the records begin with the line found there */
        sc->region = REGION_RECORDS;
        continue;
      }
      sc->region = REGION_RECORDS;
    }
    if( listing_is_cut_line(sc, &line) ) continue;
    if( sc->n_records==0 && !sc->is_page && !rec->title.z && !rec->date_text.z
     && begins_cut_summary(sc, &line) ){
      continue;          /* the end of a summary whose record is above where the copy began */
    }
    if( !rec->title.z && !rec->date_text.z && !opened
     && sc->next_rank>0 && sc->last_rank>0 && sc->next_rank>sc->last_rank ){
      continue;          /* past the last record of the page's "21 - 30 of 108": its footer */
    }
    if( (rec->title.z || !rec->date_text.z) && line.n<=CHROME_MAX_BYTES
     && !ends_sentence(line.z, line.n) && listing_heads_facets(sc, line.next) ){
      summary_open = 0;  /* "Related Topics" over "Cold War in Asia (312)" */
      continue;
    }
    if( (rec->title.z || !rec->date_text.z) && sc->is_page
     && listing_is_tag_list(line.z, line.n) ){
      /* "Hungarian Revolution, 1956 · Soviet Union · Warsaw Pact" below a record, as a card
      ** prints its tags: no part of the summary, and no record. (Right below a date line it is
      ** the title: every record has one.) */
      gap = 0;
      continue;
    }
    if( rec->title.z && listing_is_citation(rec->title.z, rec->title.n, line.z, line.n,
                                            line.next>=sc->n) ){
      gap = 0;           /* "\"Title,\" March 5, 1953, Wilson Center ...": its citation */
      continue;
    }
    url = line_link(sc, here);
    if( url.z==0 && begins_footer(sc, rec, &line, here, gap, opened) ){
      sc->region = REGION_FOOTER;       /* "About the Digital Archive" over "© 2026 ..." */
      if( rec->title.z ) return emit(sc, rec);
      continue;
    }
    if( !rec->title.z && !rec->date_text.z && !sc->date_after_title && sc->is_page
     && listing_opens_date_after_title(sc, &line, here) ){
      sc->date_after_title = 1;
    }
    if( !rec->title.z ){
      rec->title.z = line.z;
      rec->title.n = line.n;
      rec->url = url;
      if( rec->date_text.z ){
        sc->title_gap = gap;
        sc->title_gap_seen = 1;
      }
      summary_open = 1;
    }else if( gap==0 && !rec->summary.z && listing_continues_title(sc, rec, &line, &url, gap) ){
      rec->title.n = (size_t)(line.z + line.n - rec->title.z);
    }else if( summary_open
           && (belongs = belongs_to_record(sc, rec, &line, &url, gap, opened, detail))!=0 ){
      if( belongs<0 ){
        gap = 0;                              /* a tag line: the record goes on */
        continue;
      }
      if( !rec->summary.z ) rec->summary.z = line.z;
      rec->summary.n = (size_t)(line.z + line.n - rec->summary.z);
    }else if( detail ){
      continue;                 /* "Source: AVPRF" below a summary opens no record */
    }else{
      return emit_before(sc, rec, here, &line);
    }
    gap = 0;
  }
  return rec->title.z ? emit(sc, rec) : 0;
}

/* ---------------------------------------------------------------- for the other layers */

/* What a line reads as, for the layers in other files (listing_wraps.c, listing_dateline.c):
** the tests above, which stay static here so that the record machine's calls are inlined. */
int listing_ends_sentence(const char *z, size_t n){ return ends_sentence(z, n); }
int listing_ends_mid_sentence(const char *z, size_t n){ return ends_mid_sentence(z, n); }
int listing_starts_with_kind(const char *z, size_t n){ return starts_with_kind(z, n); }
int listing_word_case(const char *z, size_t n){ return word_case(z, n); }
int listing_is_minor_word(const char *z, size_t n){ return is_minor_word(z, n); }
void listing_next_filled_line(ListingScanner *sc, size_t off, Line *pNext, int *pGap){
  next_filled_line(sc, off, pNext, pGap);
}
int listing_is_cut_date(const ListingScanner *sc, const Line *pLine){ return is_cut_date(sc, pLine); }
