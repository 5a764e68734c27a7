/*
** check_listing.c: unit tests for ext/listing.c, the reader of copied archive result pages.
**
** Each case scans a small inline text and compares every field of every record with values
** written by hand from listing.h and /work/shared/listing-layouts.md.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/mman.h>

#include "listing.h"
#include "text.h"
#include "dates.h"
#include "archivist_data.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* One expected record. Strings are compared with the span folded by text_fold_space();
** NULL means the field is absent (its span's z is NULL). first/last are ISO dates, checked
** only when kind is ARCH_DATE_FOUND; otherwise both day numbers must be 0 ("no day"). */
typedef struct Want {
  int64_t pos, rank, total;
  const char *date_text;
  ArchDateResult kind;
  const char *first, *last;
  ArchDatePrecision precision;
  const char *title;
  const char *summary;
} Want;

#define NO_DATE 0, ARCH_DATE_NOT_A_DATE, 0, 0, 0

static void check_span(int iRec, const char *zField, ListingSpan sp, const char *zWant){
  char buf[1024];
  size_t n;
  if( zWant==0 ){
    ck_assert_msg(sp.z==0, "record %d: %s should be absent, is [%.*s]", iRec, zField,
                  (int)sp.n, sp.z ? sp.z : "");
    return;
  }
  ck_assert_msg(sp.z!=0, "record %d: %s absent, want [%s]", iRec, zField, zWant);
  ck_assert(sp.n<sizeof(buf));
  n = text_fold_space(sp.z, sp.n, buf);
  buf[n] = 0;
  ck_assert_msg(strcmp(buf, zWant)==0, "record %d: %s is [%s], want [%s]", iRec, zField,
                buf, zWant);
}

static void check_record(int iRec, const ListingRecord *r, const Want *w){
  ck_assert_msg(r->pos==w->pos, "record %d: pos %lld, want %lld", iRec, (long long)r->pos,
                (long long)w->pos);
  ck_assert_msg(r->rank==w->rank, "record %d: rank %lld, want %lld", iRec,
                (long long)r->rank, (long long)w->rank);
  ck_assert_msg(r->total==w->total, "record %d: total %lld, want %lld", iRec,
                (long long)r->total, (long long)w->total);
  check_span(iRec, "date_text", r->date_text, w->date_text);
  ck_assert_msg(r->date_kind==w->kind, "record %d: date_kind %d, want %d", iRec,
                (int)r->date_kind, (int)w->kind);
  if( w->kind==ARCH_DATE_FOUND ){
    char a[11], b[11];
    arch_date_iso(r->date.first, a);
    arch_date_iso(r->date.last, b);
    ck_assert_msg(strcmp(a, w->first)==0 && strcmp(b, w->last)==0,
                  "record %d: date %s..%s, want %s..%s", iRec, a, b, w->first, w->last);
    ck_assert_msg(r->date.precision==w->precision, "record %d: precision %d, want %d", iRec,
                  (int)r->date.precision, (int)w->precision);
  }else{
    ck_assert_msg(r->date.first==0 && r->date.last==0, "record %d: no date, yet days %d..%d",
                  iRec, (int)r->date.first, (int)r->date.last);
  }
  check_span(iRec, "title", r->title, w->title);
  check_span(iRec, "summary", r->summary, w->summary);
}

/* Scan z[0..n) and compare the records with a[0..nWant). */
static void check_listing(const char *z, size_t n, const Want *a, int nWant){
  ListingScanner sc;
  ListingRecord rec;
  int i = 0;
  listing_scanner_init(&sc, z, n);
  while( listing_next(&sc, &rec) ){
    ck_assert_msg(i<nWant, "more records than the %d expected: extra title [%.*s]", nWant,
                  (int)rec.title.n, rec.title.z ? rec.title.z : "");
    check_record(i+1, &rec, &a[i]);
    i++;
  }
  ck_assert_msg(i==nWant, "%d records, want %d", i, nWant);
  /* the end stays the end */
  ck_assert_int_eq(listing_next(&sc, &rec), 0);
}

#define CHECK_LISTING(text, want) \
  check_listing(LIT(text), want, (int)(sizeof(want)/sizeof(want[0])))

static void check_no_records(const char *z, size_t n){
  check_listing(z, n, 0, 0);
}

/* ---------------------------------------------------------------- layout 1: full header */

START_TEST(test_layout1_full_header)
{
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08", ARCH_DATE_DAY,
      "Cable from the Embassy in Hanoi, 'Talks on Rice Deliveries'",
      "The embassy reports on negotiations over rice shipments and port fees." },
    { 2, 2, 11, "September 1959", ARCH_DATE_FOUND, "1959-09-01", "1959-09-30",
      ARCH_DATE_MONTH, "Memorandum of Conversation with Comrade Kim Il Sung",
      "Kim Il Sung asks for help with the construction of a fertilizer plant." },
  };
  CHECK_LISTING(
    "Skip to content\n"
    "\n"
    "Results:\n"
    "\n"
    "1 - 10 of 11\n"
    "\n"
    "Documents\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi, 'Talks on Rice Deliveries'\n"
    "\n"
    "The embassy reports on negotiations over rice shipments and port fees.\n"
    "\n"
    "September 1959\n"
    "\n"
    "Memorandum of Conversation with Comrade Kim Il Sung\n"
    "\n"
    "Kim Il Sung asks for help with the construction of a fertilizer plant.\n"
    "\n"
    "Pagination\n", want);
}
END_TEST

/* Page furniture is matched whatever its case and white space: capitals, runs of spaces, a tab,
** a no-break space, spaces around it. A heading before "DOCUMENTS" and a footer after
** "PAGINATION" are no records. */
START_TEST(test_chrome_case_and_spacing)
{
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08", ARCH_DATE_DAY,
      "Cable from the Embassy in Hanoi", "The embassy reports on rice shipments." },
  };
  CHECK_LISTING(
    "SKIP  TO\tCONTENT\n"
    "\n"
    "Berlin Crisis Papers\n"
    "\n"
    "  results:  \n"
    "\n"
    "1 - 10 of 11\n"
    "\n"
    "Popular\xC2\xA0" "Documents\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi\n"
    "\n"
    "The embassy reports on rice shipments.\n"
    "\n"
    "PAGINATION\n"
    "\n"
    "Next page of the Berlin Crisis Papers\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 2: compact header */

START_TEST(test_layout2_compact_header)
{
  static const Want want[] = {
    { 1, 21, 108, "May 4, 1961", ARCH_DATE_FOUND, "1961-05-04", "1961-05-04", ARCH_DATE_DAY,
      "Note on a Conversation with the Albanian Charg\xC3\xA9 d'Affaires",
      "The charg\xC3\xA9 complains about delays in the delivery of tractors." },
    { 2, 22, 108, "June 1961", ARCH_DATE_FOUND, "1961-06-01", "1961-06-30", ARCH_DATE_MONTH,
      "Report on the Harvest in the Northern Districts",
      "The report lists the shortfalls of grain in three districts." },
  };
  CHECK_LISTING(
    "Skip to content\n"
    "\n"
    "\n"
    "21 - 30 of 108\n"
    "\n"
    "\n"
    "May 4, 1961\n"
    "\n"
    "Note on a Conversation with the Albanian Charg\xC3\xA9 d'Affaires\n"
    "\n"
    "The charg\xC3\xA9 complains about delays in the delivery of tractors.\n"
    "\n"
    "June 1961\n"
    "\n"
    "Report on the Harvest in the Northern Districts\n"
    "\n"
    "The report lists the shortfalls of grain in three districts.\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 3: bullets */

START_TEST(test_layout3_bullets)
{
  static const Want want[] = {
    { 1, -1, -1, "March 02, 1953", ARCH_DATE_FOUND, "1953-03-02", "1953-03-02", ARCH_DATE_DAY,
      "Telegram from Molotov to the Soviet Ambassador in Beijing",
      "Instructions on the funeral delegation and the text of a condolence message." },
    { 2, -1, -1, "1955", ARCH_DATE_FOUND, "1955-01-01", "1955-12-31", ARCH_DATE_YEAR,
      "Draft Agreement on Scientific Cooperation", 0 },
    /* a bullet opens a record even without a date line */
    { 3, -1, -1, NO_DATE, "Notes on the Fishing Agreement",
      "An unsigned list of points for the next round of talks." },
  };
  CHECK_LISTING(
    "Search in\n"
    "\n"
    "Digital Archive International History Declassified\n"
    "\n"
    "ADD SEARCH FILTER CANCEL SEARCH FILTER\n"
    "\n"
    "\n"
    "  \xE2\x80\xA2 March 02, 1953\n"
    "\n"
    "    Telegram from Molotov to the Soviet Ambassador in Beijing\n"
    "\n"
    "    Instructions on the funeral delegation and the text of a condolence message.\n"
    "\n"
    "  \xE2\x80\xA2 1955\n"
    "\n"
    "    Draft Agreement on Scientific Cooperation\n"
    "\n"
    "    No image found.\n"
    "\n"
    "  \xE2\x80\xA2 Notes on the Fishing Agreement\n"
    "\n"
    "    An unsigned list of points for the next round of talks.\n", want);
}
END_TEST

/* The first bulleted record has no date line: the bullet alone opens it. */
START_TEST(test_layout3_bullet_undated_first)
{
  static const Want want[] = {
    { 1, -1, -1, NO_DATE, "Draft Agreement on Scientific Cooperation",
      "The two academies agree to exchange researchers every year." },
    { 2, -1, -1, "1955", ARCH_DATE_FOUND, "1955-01-01", "1955-12-31", ARCH_DATE_YEAR,
      "Telegram from Molotov to the Soviet Ambassador in Beijing", 0 },
  };
  CHECK_LISTING(
    "Search in\n"
    "\n"
    "  \xE2\x80\xA2 Draft Agreement on Scientific Cooperation\n"
    "\n"
    "    The two academies agree to exchange researchers every year.\n"
    "\n"
    "  \xE2\x80\xA2 1955\n"
    "\n"
    "    Telegram from Molotov to the Soviet Ambassador in Beijing\n", want);
  {
    static const Want want1[] = {
      { 1, -1, -1, NO_DATE, "Title", 0 },
    };
    CHECK_LISTING("\xE2\x80\xA2 Title\n", want1);
  }
}
END_TEST

/* ---------------------------------------------------------------- layout 4: SEARCH RESULTS */

START_TEST(test_layout4_search_results)
{
  static const Want want[] = {
    { 1, -1, -1, "June 11, 1957", ARCH_DATE_FOUND, "1957-06-11", "1957-06-11", ARCH_DATE_DAY,
      "Letter from the Polish Embassy on the Visit of a Trade Delegation",
      "The embassy lists the goods discussed and the dates of the visit." },
    { 2, -1, -1, "July 1957", ARCH_DATE_FOUND, "1957-07-01", "1957-07-31", ARCH_DATE_MONTH,
      "Report on the Situation in the Countryside", 0 },
  };
  CHECK_LISTING(
    "SEARCH RESULTS\n"
    "-\n"
    "June 11, 1957\n"
    "Letter from the Polish Embassy on the Visit of a Trade Delegation\n"
    "The embassy lists the goods discussed and the dates of the visit.\n"
    "-\n"
    "July 1957\n"
    "Report on the Situation in the Countryside\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 5: undated */

START_TEST(test_layout5_undated)
{
  static const Want want[] = {
    { 1, 1, 44, NO_DATE, "Meeting of the Planning Commission on Housing",
      "Officials discuss apartment blocks and the shortage of cement." },
    { 2, 2, 44, NO_DATE, "Conversation between the Minister and Visiting Engineers", 0 },
    { 3, 3, 44, NO_DATE, "Instructions to the Delegation in Geneva",
      "The delegation is to propose a ceasefire line along the river." },
    { 4, 4, 44, "Date unknown", ARCH_DATE_UNDATED, 0, 0, 0,
      "Notes on the Fishing Agreement",
      "An unsigned list of points for the next round of talks." },
    { 5, 5, 44, "January 1966", ARCH_DATE_FOUND, "1966-01-01", "1966-01-31", ARCH_DATE_MONTH,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "1 - 10 of 44\n"
    "\n"
    "\n"
    "\n"
    "Meeting of the Planning Commission on Housing\n"
    "\n"
    "Officials discuss apartment blocks and the shortage of cement.\n"
    "\n"
    "\n"
    "Conversation between the Minister and Visiting Engineers\n"
    "\n"
    "\n"
    "Instructions to the Delegation in Geneva\n"
    "\n"
    "The delegation is to propose a ceasefire line along the river.\n"
    "\n"
    "Date unknown\n"
    "\n"
    "Notes on the Fishing Agreement\n"
    "\n"
    "An unsigned list of points for the next round of talks.\n"
    "\n"
    "January 1966\n"
    "\n"
    "Report of the Trade Mission\n", want);
}
END_TEST

/* A title followed directly (one blank line) by the title of an undated record, and extra
** blank lines around everything. */
START_TEST(test_layout5_title_then_title)
{
  static const Want want[] = {
    { 1, -1, -1, "October 16, 2000", ARCH_DATE_FOUND, "2000-10-16", "2000-10-16",
      ARCH_DATE_DAY, "Conversation between the Minister and Visiting Engineers", 0 },
    { 2, -1, -1, NO_DATE, "Instructions to the Delegation in Geneva", 0 },
    { 3, -1, -1, "undated", ARCH_DATE_UNDATED, 0, 0, 0, "Report of the Trade Mission",
      "The mission lists the machines it saw in the factories." },
  };
  CHECK_LISTING(
    "\n"
    "\n"
    "October 16, 2000\n"
    "\n"
    "Conversation between the Minister and Visiting Engineers\n"
    "\n"
    "Instructions to the Delegation in Geneva\n"
    "\n"
    "\n"
    "\n"
    "undated\n"
    "\n"
    "Report of the Trade Mission\n"
    "\n"
    "The mission lists the machines it saw in the factories.\n"
    "\n"
    "\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 6: topic page */

START_TEST(test_layout6_topic)
{
  static const Want want[] = {
    { 1, -1, -1, "November 27, 1958", ARCH_DATE_FOUND, "1958-11-27", "1958-11-27",
      ARCH_DATE_DAY, "Note from the Soviet Government on the Status of Berlin",
      "The note proposes turning West Berlin into a demilitarized free city." },
    { 2, -1, -1, "January 10, 1959", ARCH_DATE_FOUND, "1959-01-10", "1959-01-10",
      ARCH_DATE_DAY, "Draft Peace Treaty with Germany",
      "The Soviet draft of a peace treaty with the two German states." },
  };
  CHECK_LISTING(
    "Skip to content\n"
    "\n"
    "Berlin Crisis, 1958-1962\n"
    "\n"
    "Documents on the crisis over the status of Berlin, from Soviet, German and American "
    "archives.\n"
    "\n"
    "Popular Documents\n"
    "\n"
    "Placeholder image\n"
    "\n"
    "November 27, 1958\n"
    "\n"
    "Note from the Soviet Government on the Status of Berlin\n"
    "\n"
    "The note proposes turning West Berlin into a demilitarized free city.\n"
    "\n"
    "Placeholder image\n"
    "\n"
    "January 10, 1959\n"
    "\n"
    "Draft Peace Treaty with Germany\n"
    "\n"
    "The Soviet draft of a peace treaty with the two German states.\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 7: pages pasted */

START_TEST(test_layout7_two_pages)
{
  static const Want want[] = {
    { 1, 11, 13, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
    { 2, 12, 13, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
    { 3, 13, 13, "May 4, 1961", ARCH_DATE_FOUND, "1961-05-04", "1961-05-04", ARCH_DATE_DAY,
      "Note on a Conversation with the Albanian Ambassador",
      "The ambassador complains about delays in the delivery of tractors." },
  };
  CHECK_LISTING(
    "Skip to content\n"
    "\n"
    "11 - 12 of 13\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi\n"
    "\n"
    "The embassy reports on negotiations over rice shipments.\n"
    "\n"
    "1961\n"
    "\n"
    "Report of the Trade Mission\n"
    "\n"
    "Pagination\n"
    "\n"
    "Next page\n"
    "\n"
    "Skip to content\n"
    "\n"
    "13 - 13 of 13\n"
    "\n"
    "May 4, 1961\n"
    "\n"
    "Note on a Conversation with the Albanian Ambassador\n"
    "\n"
    "The ambassador complains about delays in the delivery of tractors.\n"
    "\n"
    "Pagination\n", want);
}
END_TEST

/* A second page without a range line: rank and total are forgotten at its "Skip to content". */
START_TEST(test_layout7_second_page_without_range)
{
  static const Want want[] = {
    { 1, 1, 2, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
    { 2, -1, -1, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Report of the Second Trade Mission", 0 },
  };
  CHECK_LISTING(
    "Skip to content\n\n1 - 1 of 2\n\n1961\n\nReport of the Trade Mission\n\nPagination\n\n"
    "Skip to content\n\nDocuments\n\n1962\n\nReport of the Second Trade Mission\n", want);
}
END_TEST

/* ---------------------------------------------------------------- layout 8: cut-off copies */

START_TEST(test_layout8_cut_summary)
{
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice" },
  };
  CHECK_LISTING(
    "1 - 10 of 11\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi\n"
    "\n"
    "The embassy reports on negotiations over rice", want);
}
END_TEST

START_TEST(test_layout8_cut_title)
{
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
    { 2, 2, 11, "November 20, 1948", ARCH_DATE_FOUND, "1948-11-20", "1948-11-20",
      ARCH_DATE_DAY, "Telegram from the Soviet Ambass", 0 },
  };
  CHECK_LISTING(
    "1 - 10 of 11\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi\n"
    "\n"
    "The embassy reports on negotiations over rice shipments.\n"
    "\n"
    "November 20, 1948\n"
    "\n"
    "Telegram from the Soviet Ambass", want);
}
END_TEST

START_TEST(test_layout8_cut_date)
{
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
  };
  static const char *const azTail[] = {
    "Novemb", "Novemb\n", "November 20, 19", "November 2\n\n", "Nov.", "8 Oct", "19\n",
    "Date unkn",
  };
  static const char zHead[] =
    "1 - 10 of 11\n"
    "\n"
    "October 8, 1963\n"
    "\n"
    "Cable from the Embassy in Hanoi\n"
    "\n"
    "The embassy reports on negotiations over rice shipments.\n"
    "\n";
  size_t i;
  for(i=0; i<sizeof(azTail)/sizeof(azTail[0]); i++){
    char buf[512];
    size_t n = strlen(zHead);
    memcpy(buf, zHead, n);
    memcpy(buf+n, azTail[i], strlen(azTail[i]));
    n += strlen(azTail[i]);
    check_listing(buf, n, want, 1);
  }
}
END_TEST

/* A cut date line right after a title with no summary: still not a record, nor a summary. */
START_TEST(test_layout8_cut_date_after_title)
{
  static const Want want[] = {
    { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING("1961\n\nReport of the Trade Mission\n\nNovemb", want);
}
END_TEST

/* ---------------------------------------------------------------- cut summaries */

/* The last paragraph after a title is its summary, cut or whole, whatever its capitals: at the
** end of the text, with or without a final line end, before "Pagination", before the next
** record's date line (two browser selections pasted together) and before a new page. */
START_TEST(test_cut_summary_capitals)
{
  static const char zHead[] =
    "1 - 10 of 23\n\nMay 3, 1956\n\nRecord of Conversation between Ivanov and Kim Il Sung\n\n";
  static const char zCut[] =
    "Kim Il Sung, Chairman of the Cabinet of Ministers, and Pak Chang-ok, Vice Premier of the";
  static const char *const azTail[] = {
    "", "\n", "\n\n\n", "\n\nPagination\n\nNext page\n", "\n\nSkip to content\n",
    "\n\nNo image found.\n", "\n-\n", "\n\nNovemb",
  };
  static const Want want[] = {
    { 1, 1, 23, "May 3, 1956", ARCH_DATE_FOUND, "1956-05-03", "1956-05-03", ARCH_DATE_DAY,
      "Record of Conversation between Ivanov and Kim Il Sung", zCut },
  };
  size_t i;
  for(i=0; i<sizeof(azTail)/sizeof(azTail[0]); i++){
    char buf[512];
    size_t n = 0;
    memcpy(buf+n, zHead, strlen(zHead)); n += strlen(zHead);
    memcpy(buf+n, zCut, strlen(zCut)); n += strlen(zCut);
    memcpy(buf+n, azTail[i], strlen(azTail[i])); n += strlen(azTail[i]);
    check_listing(buf, n, want, 1);
  }
}
END_TEST

/* A summary cut in the middle of the page by a browser selection: the next selection starts
** right below it with a date line, blank line or not. */
START_TEST(test_cut_summary_then_date)
{
  static const Want want[] = {
    { 1, -1, -1, "October 16, 1962", ARCH_DATE_FOUND, "1962-10-16", "1962-10-16",
      ARCH_DATE_DAY, "Memorandum for the Record",
      "President Kennedy and General Taylor Review the Photographs of the" },
    { 2, -1, -1, "October 22, 1962", ARCH_DATE_FOUND, "1962-10-22", "1962-10-22",
      ARCH_DATE_DAY, "Letter from Kennedy to Khrushchev",
      "Kennedy Informs Khrushchev of the Quarantine" },
  };
  CHECK_LISTING(
    "October 16, 1962\n\nMemorandum for the Record\n\n"
    "President Kennedy and General Taylor Review the Photographs of the\n"
    "October 22, 1962\n\nLetter from Kennedy to Khrushchev\n\n"
    "Kennedy Informs Khrushchev of the Quarantine\n\n\n", want);
}
END_TEST

/* A copy that stops inside a line of page furniture or a result range leaves its beginning:
** like the beginning of a date line, it is no record. A line that only starts like furniture,
** or a whole title, is one. */
START_TEST(test_cut_furniture)
{
  static const char zHead[] =
    "1 - 10 of 11\n\nOctober 8, 1963\n\nCable from the Embassy in Hanoi\n\n"
    "The embassy reports on negotiations over rice shipments.\n\n";
  static const char *const azTail[] = {
    "Paginat", "P", "pagination", "Skip to con", "Placeholder ima", "No image fo\n",
    "11 - 20 o", "11 -", "11", "Results 11 - 20 of 1", "Results 11\xE2\x80\x93", "Popular Doc",
  };
  static const Want want[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
    { 2, 2, 11, NO_DATE, "Pagination Papers of the Soviet Embassy", 0 },
  };
  size_t i;
  for(i=0; i<sizeof(azTail)/sizeof(azTail[0]); i++){
    char buf[512];
    size_t n = strlen(zHead);
    memcpy(buf, zHead, n);
    memcpy(buf+n, azTail[i], strlen(azTail[i]));
    n += strlen(azTail[i]);
    check_listing(buf, n, want, 1);
  }
  CHECK_LISTING(
    "1 - 10 of 11\n\nOctober 8, 1963\n\nCable from the Embassy in Hanoi\n\n"
    "The embassy reports on negotiations over rice shipments.\n\n\n"
    "Pagination Papers of the Soviet Embassy\n", want);
  /* ... and a topic page cut in its description has no record at all */
  check_no_records(LIT("Skip to content\n\nBerlin Crisis, 1958-1962\n\nDocuments on the cri"));
  check_no_records(LIT("Skip to content\n\nBerlin Crisis, 1958-1962\n\nPopular Docu"));
}
END_TEST

/* A cut summary can be short, and can be a few capitalized names. */
START_TEST(test_cut_summary_short)
{
  static const char *const azCut[] = {
    "Todor Zhivkov", "Kim Il Sung and", "Mao Zedong, Zhou Enlai", "The", "Stalin",
    "Kim Il Sung Tells Puzanov about the Purge of the Yan'an Fac",
  };
  size_t i;
  for(i=0; i<sizeof(azCut)/sizeof(azCut[0]); i++){
    Want want[] = {
      { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
        "Report of the Trade Mission", azCut[i] },
    };
    char buf[256];
    int n = snprintf(buf, sizeof(buf), "1961\n\nReport of the Trade Mission\n\n%s", azCut[i]);
    check_listing(buf, (size_t)n, want, 1);
  }
}
END_TEST

/* Traps: a real undated record at the end of the page, without a summary. In a page of blank
** lines it stands after an extra blank line (its empty date line); a heading that starts with
** a document genre is a title when an extra blank line (the empty summary) sets it apart from
** what follows, but not at the end of the text, where a summary cut short can begin
** "Report on ..." too. */
START_TEST(test_undated_record_at_end)
{
  static const Want want[] = {
    { 1, 1, 44, "January 1966", ARCH_DATE_FOUND, "1966-01-01", "1966-01-31", ARCH_DATE_MONTH,
      "Report of the Mongolian Trade Mission", 0 },
    { 2, 2, 44, NO_DATE, "Kim Il Sung and Pak Heon-yeong in Moscow", 0 },
  };
  static const Want want2[] = {
    { 1, 1, 44, "January 1966", ARCH_DATE_FOUND, "1966-01-01", "1966-01-31", ARCH_DATE_MONTH,
      "Report of the Mongolian Trade Mission", 0 },
    { 2, 2, 44, NO_DATE, "Conversation between the Soviet Ambassador and Pham Van Dong", 0 },
  };
  CHECK_LISTING(
    "1 - 10 of 44\n\nJanuary 1966\n\nReport of the Mongolian Trade Mission\n\n\n"
    "Kim Il Sung and Pak Heon-yeong in Moscow\n", want);
  CHECK_LISTING(
    "1 - 10 of 44\n\nJanuary 1966\n\nReport of the Mongolian Trade Mission\n\n"
    "Conversation between the Soviet Ambassador and Pham Van Dong\n\n\nPagination\n", want2);
  {
    static const Want want4[] = {
      { 1, 1, 44, "January 1966", ARCH_DATE_FOUND, "1966-01-01", "1966-01-31",
        ARCH_DATE_MONTH, "Report of the Mongolian Trade Mission",
        "Conversation between the Soviet Ambassador and Pham Van Dong" },
    };
    CHECK_LISTING(
      "1 - 10 of 44\n\nJanuary 1966\n\nReport of the Mongolian Trade Mission\n\n"
      "Conversation between the Soviet Ambassador and Pham Van Dong\n\nPagination\n", want4);
    CHECK_LISTING(
      "1 - 10 of 44\n\nJanuary 1966\n\nReport of the Mongolian Trade Mission\n\n"
      "Conversation between the Soviet Ambassador and Pham Van Dong\n", want4);
  }
  /* ... but not when it stops in the middle of a sentence: then it is a summary cut short */
  {
    static const Want want3[] = {
      { 1, 1, 44, "January 1966", ARCH_DATE_FOUND, "1966-01-01", "1966-01-31",
        ARCH_DATE_MONTH, "Report of the Mongolian Trade Mission",
        "Conversation between the Soviet Ambassador and" },
    };
    CHECK_LISTING(
      "1 - 10 of 44\n\nJanuary 1966\n\nReport of the Mongolian Trade Mission\n\n"
      "Conversation between the Soviet Ambassador and", want3);
  }
}
END_TEST

/* The last record of a page ("1 - 2 of 2") has no record after it on that page: whatever
** follows its title, up to the next page, is its summary. */
START_TEST(test_last_record_of_range)
{
  static const Want want[] = {
    { 1, 1, 2, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", "The mission lists the machines it saw." },
    { 2, 2, 2, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Cable from the Embassy in Hanoi", "Report on the Talks between Le Duan and Kosygin" },
  };
  static const Want want2[] = {
    { 1, 1, 3, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", "The mission lists the machines it saw." },
    { 2, 2, 3, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Cable from the Embassy in Hanoi", 0 },
    { 3, 3, 3, NO_DATE, "Report on the Talks between Le Duan and Kosygin", 0 },
  };
  CHECK_LISTING(
    "1 - 2 of 2\n\n1961\n\nReport of the Trade Mission\n\nThe mission lists the machines it saw."
    "\n\n1962\n\nCable from the Embassy in Hanoi\n\n"
    "Report on the Talks between Le Duan and Kosygin\n\nPagination\n", want);
  /* A heading set apart below: the third record of a page of 3, but not of a page of 2. */
  CHECK_LISTING(
    "1 - 3 of 3\n\n1961\n\nReport of the Trade Mission\n\nThe mission lists the machines it saw."
    "\n\n1962\n\nCable from the Embassy in Hanoi\n\n"
    "Report on the Talks between Le Duan and Kosygin\n\n\nPagination\n", want2);
  CHECK_LISTING(
    "1 - 2 of 2\n\n1961\n\nReport of the Trade Mission\n\nThe mission lists the machines it saw."
    "\n\n1962\n\nCable from the Embassy in Hanoi\n\n"
    "Report on the Talks between Le Duan and Kosygin\n\n\nPagination\n", want);
}
END_TEST

/* Where a bullet or a "-" line opens every record, text without one opens none. */
START_TEST(test_opened_records)
{
  static const Want want[] = {
    { 1, -1, -1, "April 1949", ARCH_DATE_FOUND, "1949-04-01", "1949-04-30", ARCH_DATE_MONTH,
      "Cable from Shtykov to Vyshinsky",
      "Shtykov Reports on Incidents along the 38th Parallel "
      "The police reinforce the border posts." },
    { 2, -1, -1, NO_DATE, "Report of the Trade Mission", 0 },
  };
  static const Want want2[] = {
    { 1, -1, -1, "April 1949", ARCH_DATE_FOUND, "1949-04-01", "1949-04-30", ARCH_DATE_MONTH,
      "Cable from Shtykov to Vyshinsky", "Shtykov Reports on Incidents along the 38th Parallel" },
    { 2, -1, -1, "1955", ARCH_DATE_FOUND, "1955-01-01", "1955-12-31", ARCH_DATE_YEAR,
      "Draft Agreement on Scientific Cooperation",
      "Draft of the Soviet Side, with Corrections by the Chinese Academy" },
  };
  CHECK_LISTING(
    "SEARCH RESULTS\n-\nApril 1949\nCable from Shtykov to Vyshinsky\n"
    "Shtykov Reports on Incidents along the 38th Parallel\n"
    "The police reinforce the border posts.\n-\nReport of the Trade Mission\n", want);
  CHECK_LISTING(
    "  \xE2\x80\xA2 April 1949\n\n    Cable from Shtykov to Vyshinsky\n\n"
    "    Shtykov Reports on Incidents along the 38th Parallel\n\n    No image found.\n\n"
    "  \xE2\x80\xA2 1955\n\n    Draft Agreement on Scientific Cooperation\n\n"
    "    Draft of the Soviet Side, with Corrections by the Chinese Academy\n\n"
    "    Placeholder image\n", want2);
}
END_TEST

/* A summary that wraps onto lines of its own, in a page that sets fields apart with blank
** lines, is one paragraph, whatever the capitals of its last line. */
START_TEST(test_wrapped_summary)
{
  static const Want want[] = {
    { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission",
      "The mission lists the machines it saw in the factories of the Korean Workers' Party" },
    { 2, -1, -1, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Cable from Hanoi", 0 },
  };
  CHECK_LISTING(
    "1961\n\nReport of the Trade Mission\n\nThe mission lists the machines it saw in the\n"
    "factories of the\nKorean Workers' Party\n\n1962\n\nCable from Hanoi\n", want);
}
END_TEST

/* Bare lines of text, without a date line or page furniture, are read one title a line: no
** line of them is the last paragraph of a record, nor a paragraph that wraps. */
START_TEST(test_bare_lines_are_titles)
{
  static const Want want[] = {
    { 1, -1, -1, NO_DATE, "Soviet Aid to Hanoi", 0 },
    { 2, -1, -1, NO_DATE, "Kim Il Sung in Moscow", 0 },
    { 3, -1, -1, NO_DATE, "Berlin Crisis Papers", 0 },
  };
  CHECK_LISTING("Soviet Aid to Hanoi\nKim Il Sung in Moscow\nBerlin Crisis Papers\n", want);
  CHECK_LISTING("Soviet Aid to Hanoi\n\nKim Il Sung in Moscow\n\nBerlin Crisis Papers", want);
}
END_TEST

/* ---------------------------------------------------------------- repeated titles */

/* A summary equal to its title, or beginning with it, is the summary, in every layout. */
START_TEST(test_summary_repeats_title)
{
  static const char *const azPage[] = {
    /* blank lines, full header */
    "Skip to content\n\nResults:\n\n1 - 10 of 11\n\nDocuments\n\n"
    "October 8, 1963\n\nCable from the Embassy in Hanoi\n\nCable from the Embassy in Hanoi\n\n"
    "1961\n\nReport of the Trade Mission\n\n"
    "Report of the Trade Mission, with the Prices Agreed for Rice\n\nPagination\n",
    /* compact */
    "Skip to content\n\n\n1 - 10 of 11\n\n\n"
    "October 8, 1963\n\nCable from the Embassy in Hanoi\n\nCable from the Embassy in Hanoi\n\n"
    "1961\n\nReport of the Trade Mission\n\n"
    "Report of the Trade Mission, with the Prices Agreed for Rice\n",
    /* bullets */
    "Search in\n\n  \xE2\x80\xA2 October 8, 1963\n\n    Cable from the Embassy in Hanoi\n\n"
    "    Cable from the Embassy in Hanoi\n\n  \xE2\x80\xA2 1961\n\n"
    "    Report of the Trade Mission\n\n"
    "    Report of the Trade Mission, with the Prices Agreed for Rice\n\n",
    /* dashes */
    "SEARCH RESULTS\n-\nOctober 8, 1963\nCable from the Embassy in Hanoi\n"
    "Cable from the Embassy in Hanoi\n-\n1961\nReport of the Trade Mission\n"
    "Report of the Trade Mission, with the Prices Agreed for Rice\n",
    /* topic page */
    "Skip to content\n\nVietnam War\n\nDocuments on the war.\n\nPopular Documents\n\n"
    "Placeholder image\n\nOctober 8, 1963\n\nCable from the Embassy in Hanoi\n\n"
    "Cable from  the Embassy in\tHanoi\n\nPlaceholder image\n\n1961\n\n"
    "Report of the Trade Mission\n\n"
    "Report of the Trade Mission, with the Prices Agreed for Rice\n",
  };
  static const int aRank[] = { 1, 1, -1, -1, -1 };
  size_t i;
  for(i=0; i<sizeof(azPage)/sizeof(azPage[0]); i++){
    int r = aRank[i];
    Want want[] = {
      { 1, r, r>0 ? 11 : -1, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
        ARCH_DATE_DAY, "Cable from the Embassy in Hanoi", "Cable from the Embassy in Hanoi" },
      { 2, r>0 ? 2 : -1, r>0 ? 11 : -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31",
        ARCH_DATE_YEAR, "Report of the Trade Mission",
        "Report of the Trade Mission, with the Prices Agreed for Rice" },
    };
    check_listing(azPage[i], strlen(azPage[i]), want, 2);
  }
}
END_TEST

/* Traps: a title that begins with the previous record's title is a title when it has a summary
** of its own, or stands after an extra blank line; a summary that begins with the title and
** goes on in prose is a summary. */
START_TEST(test_title_begins_with_previous_title)
{
  static const Want want[] = {
    { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
    { 2, -1, -1, NO_DATE, "Report of the Trade Mission to Mongolia",
      "The mission lists the machines it saw in Ulaanbaatar." },
    { 3, -1, -1, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Cable from Hanoi", 0 },
    { 4, -1, -1, NO_DATE, "Cable from Hanoi to Moscow", 0 },
    { 5, -1, -1, "1963", ARCH_DATE_FOUND, "1963-01-01", "1963-12-31", ARCH_DATE_YEAR,
      "Letter from Kim Il Sung to Stalin",
      "Letter from Kim Il Sung to Stalin asking for more trucks and fuel." },
  };
  CHECK_LISTING(
    "1961\n\nReport of the Trade Mission\n\nReport of the Trade Mission to Mongolia\n\n"
    "The mission lists the machines it saw in Ulaanbaatar.\n\n"
    "1962\n\nCable from Hanoi\n\n\nCable from Hanoi to Moscow\n\n"
    "1963\n\nLetter from Kim Il Sung to Stalin\n\n"
    "Letter from Kim Il Sung to Stalin asking for more trucks and fuel.\n", want);
  /* a word that only begins the same: "Missions" is not "Mission" */
  {
    static const Want want2[] = {
      { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
        "Report of the Trade Mission", 0 },
      { 2, -1, -1, NO_DATE, "Report of the Trade Missions of Poland and Hungary",
        "Both missions complain about the prices." },
    };
    CHECK_LISTING(
      "1961\n\nReport of the Trade Mission\n\n"
      "Report of the Trade Missions of Poland and Hungary\n\n"
      "Both missions complain about the prices.\n", want2);
  }
}
END_TEST

/* ---------------------------------------------------------------- links (saved HTML) */

/* Scan z with a link on each line that starts with one of azLine[] (its url azUrl[]), and
** compare the records, and their urls, with a[]. */
static void check_linked(const char *z, const char *const *azLine, const char *const *azUrl,
                         size_t nLink, const Want *a, const char *const *azWantUrl, int nWant){
  ListingLink aLink[16];
  ListingScanner sc;
  ListingRecord rec;
  size_t i, n = strlen(z);
  int iRec = 0;
  ck_assert(nLink<=16);
  for(i=0; i<nLink; i++){
    const char *zAt = strstr(z, azLine[i]);
    ck_assert_msg(zAt!=0, "no line [%s]", azLine[i]);
    aLink[i].line = (size_t)(zAt - z);
    aLink[i].url.z = azUrl[i];
    aLink[i].url.n = strlen(azUrl[i]);
  }
  listing_scanner_init(&sc, z, n);
  listing_scanner_links(&sc, aLink, nLink);
  while( listing_next(&sc, &rec) ){
    ck_assert_msg(iRec<nWant, "more records than %d: [%.*s]", nWant, (int)rec.title.n,
                  rec.title.z);
    check_record(iRec+1, &rec, &a[iRec]);
    if( azWantUrl[iRec] ){
      ck_assert_msg(rec.url.z && rec.url.n==strlen(azWantUrl[iRec])
                    && memcmp(rec.url.z, azWantUrl[iRec], rec.url.n)==0,
                    "record %d: url [%.*s], want [%s]", iRec+1, (int)rec.url.n,
                    rec.url.z ? rec.url.z : "", azWantUrl[iRec]);
    }else{
      ck_assert_msg(rec.url.z==0, "record %d: url should be absent", iRec+1);
    }
    iRec++;
  }
  ck_assert_int_eq(iRec, nWant);
}

/* On a saved page every title links to its document: a line linked elsewhere is a record of
** its own even where the text alone would make it a summary (the last paragraph, no extra
** blank line: a saved page has no empty date line); a line without a link after a linked
** title is its summary, whatever follows; the same link again (around the whole record) keeps
** the line in the record. */
START_TEST(test_links_tell_titles)
{
  static const char zPage[] =
    "1 - 10 of 31\n\nFebruary 1965\n\nReport of the Trade Mission\n\n"
    "Soviet Aid to Vietnam\n\n"
    "March 1965\n\nNote on the Visit of Kosygin\n\n"
    "Kosygin Promises Missiles to Le Duan\n\nThe Vietnamese side asks for ships.\n\n"
    "April 1965\n\nCable from Hanoi\n\nThe Embassy Describes the Raids\n\n"
    "More Raids on Hanoi Described\n\nPagination\n";
  static const char *const azLine[] = {
    "Report of the Trade Mission", "Soviet Aid to Vietnam", "Note on the Visit",
    "April 1965", "Cable from Hanoi", "The Embassy Describes",
  };
  static const char *const azUrl[] = {
    "https://h/document/1", "https://h/document/2", "https://h/document/3",
    "https://h/document/4", "https://h/document/4", "https://h/document/4",
  };
  static const Want want[] = {
    { 1, 1, 31, "February 1965", ARCH_DATE_FOUND, "1965-02-01", "1965-02-28", ARCH_DATE_MONTH,
      "Report of the Trade Mission", 0 },
    { 2, 2, 31, NO_DATE, "Soviet Aid to Vietnam", 0 },
    { 3, 3, 31, "March 1965", ARCH_DATE_FOUND, "1965-03-01", "1965-03-31", ARCH_DATE_MONTH,
      "Note on the Visit of Kosygin",
      "Kosygin Promises Missiles to Le Duan The Vietnamese side asks for ships." },
    { 4, 4, 31, "April 1965", ARCH_DATE_FOUND, "1965-04-01", "1965-04-30", ARCH_DATE_MONTH,
      "Cable from Hanoi", "The Embassy Describes the Raids More Raids on Hanoi Described" },
  };
  static const char *const azWantUrl[] = {
    "https://h/document/1", "https://h/document/2", "https://h/document/3",
    "https://h/document/4",
  };
  check_linked(zPage, azLine, azUrl, 6, want, azWantUrl, 4);
}
END_TEST

/* A page whose text begins with a byte-order mark (U+FEFF, which a saved page may hold as
** text): the mark is white space, and the first line, which starts before it, keeps its link. */
START_TEST(test_links_bom_first_line)
{
  static const char zPage[] =
    "\xEF\xBB\xBF" "Report of the Trade Mission\n\nSoviet Aid to Vietnam\n";
  static const char *const azLine[] = {
    "\xEF\xBB\xBF" "Report of the Trade Mission", "Soviet Aid to Vietnam",
  };
  static const char *const azUrl[] = { "https://h/document/1", "https://h/document/2" };
  static const Want want[] = {
    { 1, -1, -1, NO_DATE, "Report of the Trade Mission", 0 },
    { 2, -1, -1, NO_DATE, "Soviet Aid to Vietnam", 0 },
  };
  check_linked(zPage, azLine, azUrl, 2, want, azUrl, 2);
}
END_TEST

/* Without links (a text copy), or with a title that has none, the text alone decides. */
START_TEST(test_links_absent)
{
  static const char zPage[] =
    "1961\n\nReport of the Trade Mission\n\nSoviet Aid to Vietnam\n\n1962\n\n"
    "Cable from Hanoi\n\nDirective to the Embassy\n\nThe embassy is to protest.\n";
  static const char *const azLine[] = { "Directive to the Embassy" };
  static const char *const azUrl[] = { "https://h/document/9" };
  static const Want want[] = {
    { 1, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", "Soviet Aid to Vietnam" },
    { 2, -1, -1, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Cable from Hanoi", 0 },
    { 3, -1, -1, NO_DATE, "Directive to the Embassy", "The embassy is to protest." },
  };
  static const char *const azWantUrl[] = { 0, 0, "https://h/document/9" };
  check_linked(zPage, azLine, azUrl, 1, want, azWantUrl, 3);
}
END_TEST

/* ---------------------------------------------------------------- layout 9: characters */

START_TEST(test_layout9_crlf_bom_nbsp_tabs)
{
  static const Want want[] = {
    { 1, 1, 2, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi, 'Talks on Rice'",
      "The embassy reports on negotiations over rice." },
    { 2, 2, 2, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "\xEF\xBB\xBF" "Skip to content\r\n"
    "\r\n"
    "1 - 2 of 2\xC2\xA0\r\n"
    "\t\r\n"
    "\tOctober\xC2\xA0" "8, 1963 \r\n"
    "\r\n"
    "\tCable from the Embassy in Hanoi,\xC2\xA0'Talks on Rice'\t\r\n"
    "\xC2\xA0\r\n"
    "\t\tThe embassy reports on negotiations\tover rice.  \r\n"
    "\xC2\xA0\r\n"
    "1961\r\n"
    "\r\n"
    "Report of the Trade Mission\r\n", want);
}
END_TEST

/* Chrome with odd white space inside is still chrome. */
START_TEST(test_layout9_chrome_white_space)
{
  static const Want want[] = {
    { 1, 21, 108, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "Skip\xC2\xA0to  content\n\n21 \xE2\x80\x93 30 of 108\n\nDocuments\n\n1961\n\n"
    "Report of the Trade Mission\n\nPagination\n", want);
}
END_TEST

/* ---------------------------------------------------------------- degenerate texts */

START_TEST(test_empty_text)
{
  check_no_records("", 0);
  check_no_records(LIT("\n"));
  check_no_records(LIT("\n\n \t\r\n\xC2\xA0\n"));
  check_no_records(LIT("\xEF\xBB\xBF"));
}
END_TEST

START_TEST(test_only_chrome)
{
  check_no_records(LIT(
    "Skip to content\n\nResults:\n\n1 - 10 of 11\n\nDocuments\n\nPagination\n"));
  check_no_records(LIT("SEARCH RESULTS\n-\n-\n"));
  check_no_records(LIT("Search in\n\nADD SEARCH FILTER\n\nNo image found.\n"));
}
END_TEST

START_TEST(test_lone_date_line)
{
  check_no_records(LIT("October 8, 1963\n"));
  check_no_records(LIT("October 8, 1963"));
  check_no_records(LIT("Skip to content\n\nOctober 8, 1963\n\nPagination\n"));
  check_no_records(LIT("1 - 10 of 11\n\nDate unknown\n"));
}
END_TEST

START_TEST(test_no_chrome)
{
  static const Want want[] = {
    { 1, -1, -1, NO_DATE, "Title", "Summary sentence here." },
  };
  CHECK_LISTING("Title\n\nSummary sentence here.\n", want);
}
END_TEST

/* ---------------------------------------------------------------- the furniture of real copies */

/* The controls under each record, alone or side by side on one line (a saved page's row of
** links), are page furniture: no record, no summary. An option ("Date", "Title") is furniture
** only after a control; alone it is a title. */
START_TEST(test_record_controls)
{
  static const Want want[] = {
    { 1, 1, 3, "June 25, 1950", ARCH_DATE_FOUND, "1950-06-25", "1950-06-25", ARCH_DATE_DAY,
      "Telegram from Shtykov to Vyshinsky", "Shtykov reports that the attack began at dawn." },
    { 2, 2, 3, "September 1950", ARCH_DATE_FOUND, "1950-09-01", "1950-09-30",
      ARCH_DATE_MONTH, "Report on the Situation at the Front", 0 },
    { 3, 3, 3, "October 1950", ARCH_DATE_FOUND, "1950-10-01", "1950-10-31",
      ARCH_DATE_MONTH, "Title", 0 },
  };
  CHECK_LISTING(
    "1 - 3 of 3\n\nJune 25, 1950\n\nTelegram from Shtykov to Vyshinsky\n\n"
    "Shtykov reports that the attack began at dawn.\n\nExport citation\nAdd to collection\n\n"
    "September 1950\n\nReport on the Situation at the Front\n\n"
    "Export citation Add to collection\n\nSort by: Date | Title\n\n"
    "October 1950\n\nTitle\n", want);
}
END_TEST

/* A cookie notice above the page's "Skip to content" is no record; nor are the list's
** controls between its "N - M of T" and "Documents". */
START_TEST(test_cookie_notice_and_list_controls)
{
  static const Want want[] = {
    { 1, 21, 1204, "May 4, 1961", ARCH_DATE_FOUND, "1961-05-04", "1961-05-04", ARCH_DATE_DAY,
      "Note on a Conversation with the Albanian Charg\xC3\xA9 d'Affaires",
      "The charg\xC3\xA9 complains about delays in the delivery of tractors." },
  };
  CHECK_LISTING(
    "We use cookies to improve your experience. By browsing on you agree to it.\n"
    "Accept all cookies\n\nSkip to content\n\nShowing 21-30 of 1,204 results\n\n"
    "Sort by\nMost Cited First\n\nSubjects\nAgriculture in the Eastern Bloc\n\nDocuments\n\n"
    "May 4, 1961\n\nNote on a Conversation with the Albanian Charg\xC3\xA9 d'Affaires\n\n"
    "The charg\xC3\xA9 complains about delays in the delivery of tractors.\n", want);
  {
    /* Without "Documents" below, the text after the range is the page's undated records. */
    static const Want want1[] = {
      { 1, 1, 2, NO_DATE, "Meeting of the Planning Commission on Housing",
        "Officials discuss apartment blocks and the shortage of cement." },
      { 2, 2, 2, NO_DATE, "Conversation between the Minister and Visiting Engineers", 0 },
    };
    CHECK_LISTING(
      "Skip to content\n\n1 - 2 of 2\n\n\n\nMeeting of the Planning Commission on Housing\n\n"
      "Officials discuss apartment blocks and the shortage of cement.\n\n\n"
      "Conversation between the Minister and Visiting Engineers\n", want1);
  }
}
END_TEST

/* Facets of a search page ("Korean War (120)") and the heading over them are no records; a
** year in brackets ends a title. */
START_TEST(test_facets)
{
  static const Want want[] = {
    { 1, -1, -1, "1956", ARCH_DATE_FOUND, "1956-01-01", "1956-12-31", ARCH_DATE_YEAR,
      "Report on the Events in Hungary (1956)", "A report of the Soviet embassy in Budapest." },
    { 2, -1, -1, "1957", ARCH_DATE_FOUND, "1957-01-01", "1957-12-31", ARCH_DATE_YEAR,
      "Letter from Kadar (2)", 0 },
  };
  CHECK_LISTING(
    "Skip to content\n\nFilter by\nKorean War (120)\nWarsaw Pact (1,045)\n1962 (9)\n\n"
    "Documents\n\n1956\n\nReport on the Events in Hungary (1956)\n\n"
    "A report of the Soviet embassy in Budapest.\n\n1957\n\nLetter from Kadar (2)\n\n"
    "Related Topics\nCold War in Asia (312)\nCultural Revolution\n\nSino-Soviet Split (7",
    want);
}
END_TEST

/* A pager's numbers are no record, nor is text past the last record of the page's
** "N - M of T". */
START_TEST(test_pager_and_past_last_rank)
{
  static const Want want[] = {
    { 1, 11, 12, "March 3, 1965", ARCH_DATE_FOUND, "1965-03-03", "1965-03-03", ARCH_DATE_DAY,
      "Note on the Visit of Kosygin to Hanoi", "Kosygin promises missiles." },
    { 2, 12, 12, NO_DATE, "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "11 - 12 of 12\n\nMarch 3, 1965\n\nNote on the Visit of Kosygin to Hanoi\n\n"
    "Kosygin promises missiles.\n\n\nReport of the Trade Mission\n\n"
    "1\n2\n\nContact the Archivist\n\nTerms of Use\n", want);
}
END_TEST

/* A second summary paragraph that reads as no sentence, at the page's usual gap, stays the
** summary unless a summary of its own follows it. */
START_TEST(test_second_summary_paragraph)
{
  static const Want want[] = {
    { 1, -1, -1, "July 4, 1972", ARCH_DATE_FOUND, "1972-07-04", "1972-07-04", ARCH_DATE_DAY,
      "Joint Statement of North and South Korea",
      "The statement sets out three principles of unification. Translated by Charles Kraus" },
    { 2, -1, -1, "1973", ARCH_DATE_FOUND, "1973-01-01", "1973-12-31", ARCH_DATE_YEAR,
      "Telegram from the Romanian Embassy", "The embassy reports on the talks." },
    { 3, -1, -1, NO_DATE, "Report of the Trade Mission to Hanoi",
      "The mission lists the prices agreed for rice." },
  };
  CHECK_LISTING(
    "Skip to content\n\nDocuments\n\n"
    "July 4, 1972\n\nJoint Statement of North and South Korea\n\n"
    "The statement sets out three principles of unification.\n\nTranslated by Charles Kraus\n\n"
    "1973\n\nTelegram from the Romanian Embassy\n\nThe embassy reports on the talks.\n\n"
    "Report of the Trade Mission to Hanoi\n\nThe mission lists the prices agreed for rice.\n",
    want);
}
END_TEST

/* On a page that opens every record with a bullet or a "-", a line to skip ("No image
** found.") does not end the record, and a summary line goes on the summary whatever it reads
** like. */
START_TEST(test_opened_records_go_on)
{
  static const Want want[] = {
    { 1, -1, -1, "Date unknown", ARCH_DATE_UNDATED, 0, 0, 0,
      "Letter from Josip Broz Tito to Nikita Khrushchev", "Tito writes about the Hungarian events" },
    { 2, -1, -1, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Memorandum for the Record", "The meeting reviews the plans for an airlift And Access Routes" },
  };
  CHECK_LISTING(
    "  \xE2\x80\xA2 Date unknown\n\n    Letter from Josip Broz Tito to Nikita Khrushchev\n\n"
    "    No image found.\n\n    Tito writes about the Hungarian events\n\n"
    "  \xE2\x80\xA2 1961\n\n    Memorandum for the Record\n\n"
    "    The meeting reviews the plans for an airlift\n    And Access Routes\n", want);
}
END_TEST

/* Below "Skip to content", text above the page's first date line, range or "Documents" is the
** page's heading, not a record; a range may name the query after "for". */
START_TEST(test_page_heading_before_first_date)
{
  static const Want want[] = {
    { 1, -1, -1, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08", ARCH_DATE_DAY,
      "Cable from Qiang Xiaochu", "Kim meets with cabinet officials." },
  };
  static const Want want1[] = {
    { 1, 1, 11, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08", ARCH_DATE_DAY,
      "Cable from Qiang Xiaochu", "Kim meets with cabinet officials." },
  };
  CHECK_LISTING(
    "Skip to content\n\nSearch results for: kim il sung\n\nYou searched the whole archive\n\n"
    "October 8, 1963\n\nCable from Qiang Xiaochu\n\nKim meets with cabinet officials.\n", want);
  CHECK_LISTING(
    "Skip to content\n\nShowing 1 - 10 of 11 results for \xE2\x80\x9CKim Il Sung\xE2\x80\x9D\n\n"
    "October 8, 1963\n\nCable from Qiang Xiaochu\n\nKim meets with cabinet officials.\n", want1);
}
END_TEST

/* The forms of a result range besides "21 - 30 of 108". */
START_TEST(test_range_forms)
{
  static const char *const azRange[] = {
    "Showing 21 to 22 of 108 results", "Showing results 21 - 22 of 108",
    "Displaying items 21-22 of 108", "Items 21 \xE2\x80\x93 22 of 108",
    "21 - 22 of 108 for kim il sung", "Results: 21 - 22 of 108",
  };
  static const Want want[] = {
    { 1, 21, 108, "May 4, 1961", ARCH_DATE_FOUND, "1961-05-04", "1961-05-04", ARCH_DATE_DAY,
      "Note on a Conversation with the Albanian Charge d'Affaires", 0 },
    { 2, 22, 108, "1962", ARCH_DATE_FOUND, "1962-01-01", "1962-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
  };
  size_t i;
  for(i=0; i<sizeof(azRange)/sizeof(azRange[0]); i++){
    char buf[512];
    int n = snprintf(buf, sizeof(buf), "Skip to content\n\n%s\n\nMay 4, 1961\n\n"
                     "Note on a Conversation with the Albanian Charge d'Affaires\n\n1962\n\n"
                     "Report of the Trade Mission\n", azRange[i]);
    check_listing(buf, (size_t)n, want, 2);
  }
}
END_TEST

/* The site's footer (its links, a line that begins with "©") ends the records: no record, and
** no more of the last summary. */
START_TEST(test_site_footer)
{
  static const Want want[] = {
    { 1, -1, -1, "March 3, 1965", ARCH_DATE_FOUND, "1965-03-03", "1965-03-03", ARCH_DATE_DAY,
      "Note on the Visit of Kosygin to Hanoi", "Kosygin promises missiles." },
  };
  CHECK_LISTING(
    "Skip to content\n\nPopular Documents\n\nMarch 3, 1965\n\nNote on the Visit of Kosygin to Hanoi\n\n"
    "Kosygin promises missiles.\n\nPrivacy Policy\n\nOne Woodrow Wilson Plaza\n", want);
  CHECK_LISTING(
    "Skip to content\n\nPopular Documents\n\nMarch 3, 1965\n\nNote on the Visit of Kosygin to Hanoi\n\n"
    "Kosygin promises missiles.\n\n\xC2\xA9 2026 Wilson Center\n\nOne Woodrow Wilson Plaza\n"
    "Washington, DC 20004\n", want);
}
END_TEST

START_TEST(test_footer_ignored)
{
  static const Want want[] = {
    { 1, 1, 1, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
  };
  CHECK_LISTING(
    "1 - 1 of 1\n\nOctober 8, 1963\n\nCable from the Embassy in Hanoi\n\n"
    "The embassy reports on negotiations over rice shipments.\n\n"
    "Pagination\n\n1\n\n2\n\nNext \xE2\x80\xBA\n\nLast \xC2\xBB\n\n"
    "About the Digital Archive\n\n"
    "The archive is maintained by a research center in Washington.\n\n"
    "Contact Us\n", want);
}
END_TEST

START_TEST(test_range_en_dash_thousands)
{
  static const Want want[] = {
    { 1, 1, 1087, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
    { 2, 2, 1087, "May 1962", ARCH_DATE_FOUND, "1962-05-01", "1962-05-31", ARCH_DATE_MONTH,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "Results 1\xE2\x80\x93" "10 of 1,087\n\nOctober 8, 1963\n\nCable from the Embassy in Hanoi\n\n"
    "The embassy reports on negotiations over rice shipments.\n\nMay 1962\n\n"
    "Report of the Trade Mission\n", want);
}
END_TEST

START_TEST(test_lone_cr_line_ends)
{
  static const Want want[] = {
    { 1, 1, 2, "October 8, 1963", ARCH_DATE_FOUND, "1963-10-08", "1963-10-08",
      ARCH_DATE_DAY, "Cable from the Embassy in Hanoi",
      "The embassy reports on negotiations over rice shipments." },
    { 2, 2, 2, "1961", ARCH_DATE_FOUND, "1961-01-01", "1961-12-31", ARCH_DATE_YEAR,
      "Report of the Trade Mission", 0 },
  };
  CHECK_LISTING(
    "1 - 2 of 2\rOctober 8, 1963\rCable from the Embassy in Hanoi\r"
    "The embassy reports on negotiations over rice shipments.\r1961\r"
    "Report of the Trade Mission\r", want);
}
END_TEST

/* Copy s to the very end of a readable page followed by an unreadable one. */
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

/* The text need not be NUL-terminated: the scanner reads z[0..n) and nothing past it. */
START_TEST(test_reads_only_n_bytes)
{
  static const Want want[] = {
    { 1, -1, -1, NO_DATE, "Title", "Summary sentence here." },
  };
  static const char *const azText[] = {
    "Title\n\nSummary sentence here.",
    "Title\n\nSummary sentence here.\n  ",
    "Title\n\nSummary sentence here.\n\n1961",
  };
  size_t i;
  for(i=0; i<sizeof(azText)/sizeof(azText[0]); i++){
    void *map;
    size_t mapLen, n = strlen(azText[i]);
    const char *z = guarded_copy(azText[i], n, &map, &mapLen);
    check_listing(z, n, want, 1);
    munmap(map, mapLen);
  }
}
END_TEST

/* ---------------------------------------------------------------- listing_is_summary */

static int is_summary(const char *z, int gap, int title_gap){
  return listing_is_summary(z, strlen(z), gap, title_gap);
}

START_TEST(test_is_summary)
{
  /* sentence-case prose ending with a period */
  ck_assert_int_eq(is_summary(
    "The embassy reports on negotiations over rice shipments and port fees.", 1, 1), 1);
  ck_assert_int_eq(is_summary("Officials discuss apartment blocks and the shortage of cement.",
                              1, 1), 1);
  ck_assert_int_eq(is_summary("Summary sentence here.", 1, 1), 1);
  ck_assert_int_eq(is_summary(
    "Zhou praises the \"independent\" foreign policy of Romania.", 0, 0), 1);
  /* Title Case headings */
  ck_assert_int_eq(is_summary("Note from the Soviet Government on the Status of Berlin", 1, 1),
                   0);
  ck_assert_int_eq(is_summary("Conversation between the Minister and Visiting Engineers",
                              1, 1), 0);
  ck_assert_int_eq(is_summary(
    "Cable from the Embassy in Hanoi, 'Talks on Rice Deliveries'", 1, 1), 0);
  ck_assert_int_eq(is_summary("Report of the Trade Mission", 0, 0), 0);
  /* a summary heavy with names */
  ck_assert_int_eq(is_summary(
    "The plenum expels Malenkov, Kaganovich and Molotov from the Presidium.", 1, 1), 1);
  /* a summary cut short: no final period, but lower-case prose */
  ck_assert_int_eq(is_summary("The charg\xC3\xA9 complains about delays in the delivery of",
                              1, 1), 1);
  ck_assert_int_eq(is_summary("The embassy reports on negotiations over rice", 1, 1), 1);
  ck_assert_int_eq(is_summary("", 1, 1), 0);
}
END_TEST

START_TEST(test_is_summary_extra_blank_line)
{
  /* the borderline cut summary: a summary at the page's usual gap, a title after one more */
  const char *z = "The charg\xC3\xA9 complains about delays in the delivery of";
  ck_assert_int_eq(is_summary(z, 1, 1), 1);
  ck_assert_int_eq(is_summary(z, 2, 1), 0);
  ck_assert_int_eq(is_summary(z, 0, 0), 1);
  ck_assert_int_eq(is_summary(z, 1, 0), 0);
  ck_assert_int_eq(is_summary(z, 2, 2), 1);
  /* a heading stays a heading whatever the gap */
  ck_assert_int_eq(is_summary("Instructions to the Delegation in Geneva", 2, 1), 0);
  ck_assert_int_eq(is_summary("Instructions to the Delegation in Geneva", 0, 0), 0);
}
END_TEST

/* ---------------------------------------------------------------- listing_kind */

static const char *kind_of(const char *z){
  return listing_kind(z, strlen(z));
}

START_TEST(test_kind)
{
  ck_assert_str_eq(kind_of("Cable from X"), "cable");
  ck_assert_str_eq(kind_of("Cables from Hanoi"), "cable");
  ck_assert_str_eq(kind_of("Notes of the Embassy"), "note");
  ck_assert_str_eq(kind_of(
    "Communist Party of the Soviet Union Central Committee Report on the Situation in Hungary"),
    "report");
  ck_assert_str_eq(kind_of("'Telegram' from Moscow to Beijing"), "telegram");
  ck_assert_str_eq(kind_of("\xE2\x80\x98Telegram\xE2\x80\x99 from Moscow"), "telegram");
  ck_assert_ptr_null(kind_of("Talks between A and B"));
  ck_assert_str_eq(kind_of("Minutes of Conversation"), "minutes");
  ck_assert_str_eq(kind_of("MEMORANDUM OF CONVERSATION"), "memorandum");
  ck_assert_str_eq(kind_of("Communiqu\xC3\xA9 on the Talks"), "communique");
  ck_assert_str_eq(kind_of("Record of a Conversation between Le Duan and Shcherbakov"),
                   "record");
  ck_assert_str_eq(kind_of("Speech by Zhou Enlai at the Reception"), "speech");
  ck_assert_ptr_null(kind_of("Cuban Request for Guarantees after the Withdrawal"));
  ck_assert_ptr_null(kind_of(""));
  ck_assert_ptr_null(kind_of("Cablegram"));          /* whole words only */
  ck_assert_ptr_null(listing_kind("Cable from X", 4)); /* only n bytes: "Cabl" */
}
END_TEST

/* ---------------------------------------------------------------- arch_date_may_begin */

START_TEST(test_may_be_date_cases)
{
  /* Titles that begin with a word no date begins with: no date, without a look at the rest. */
  ck_assert_int_eq(arch_date_may_begin(LIT("Cable from the Embassy in Hanoi")), 0);
  ck_assert_int_eq(arch_date_may_begin(LIT("Report on the Harvest, 1963")), 0);
  ck_assert_int_eq(arch_date_may_begin(LIT("Telegram")), 0);
  ck_assert_int_eq(arch_date_may_begin(LIT("Zhou Enlai, 8 October 1963")), 0);
  /* A date may begin with these. */
  ck_assert_int_eq(arch_date_may_begin(LIT("October 8, 1963")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("OCTOBER 8, 1963")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("Sept. 8, 1961")), 1);       /* English months */
  ck_assert_int_eq(arch_date_may_begin(LIT("Octob")), 1);              /* cut: read it all */
  ck_assert_int_eq(arch_date_may_begin(LIT("Spring 1957")), 1);         /* a season */
  ck_assert_int_eq(arch_date_may_begin(LIT("Tuesday, October 8, 1963")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("circa 1956")), 1);          /* date_words.tsv */
  ck_assert_int_eq(arch_date_may_begin(LIT("between 1956 and 1958")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("Q3 1957")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("XIV century")), 1);         /* roman numerals */
  ck_assert_int_eq(arch_date_may_begin(LIT("XX.10.1963")), 1);          /* an unknown part */
  ck_assert_int_eq(arch_date_may_begin(LIT("Date unknown")), 1);        /* undated.tsv */
  ck_assert_int_eq(arch_date_may_begin(LIT("1963")), 1);                /* no word first */
  ck_assert_int_eq(arch_date_may_begin(LIT("[1956]")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("\xC3\xA9t\xC3\xA9 1957")), 1);  /* été: not ASCII */
  ck_assert_int_eq(arch_date_may_begin(LIT("Cable\xCC\x81 1957")), 1);  /* a mark goes on */
  ck_assert_int_eq(arch_date_may_begin(LIT("In March 1958")), 1);       /* a preposition */
  ck_assert_int_eq(arch_date_may_begin(LIT("since 1958")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("Juche 47")), 1);            /* an era */
  ck_assert_int_eq(arch_date_may_begin(LIT("Showa 33")), 1);
  ck_assert_int_eq(arch_date_may_begin(LIT("?1958-03-~03")), 1);        /* EDTF */
  ck_assert_int_eq(arch_date_may_begin(LIT("../1962")), 1);
}
END_TEST

/* The scanner tries a line as a result range before it tries it as a date (listing.c): no range
** line may read as a date. Every form of range, with numbers that look like days, months and
** years, is none. */
START_TEST(test_range_lines_are_no_dates)
{
  static const char *const azPrefix[] = { "", "Results ", "Results: ", "Showing ", "showing: " };
  static const char *const azDash[] = { "-", "\xE2\x80\x93", "\xE2\x80\x94" };  /* - – — */
  static const char *const azGap[] = { " ", "" };
  static const char *const azSuffix[] = { "", " results", " documents", " records", " items" };
  static const int aNum[][3] = {
    { 1, 10, 11 }, { 1, 12, 1963 }, { 8, 10, 1963 }, { 1, 31, 1961 }, { 12, 31, 2000 },
    { 1945, 1963, 1991 }, { 21, 30, 108 }, { 3, 5, 1000 }, { 1, 1, 1 },
  };
  size_t a, b, c, d, e;
  int nChecked = 0;
  for(a=0; a<sizeof(azPrefix)/sizeof(azPrefix[0]); a++)
  for(b=0; b<sizeof(azDash)/sizeof(azDash[0]); b++)
  for(c=0; c<sizeof(azGap)/sizeof(azGap[0]); c++)
  for(d=0; d<sizeof(azSuffix)/sizeof(azSuffix[0]); d++)
  for(e=0; e<sizeof(aNum)/sizeof(aNum[0]); e++){
    char z[128];
    ArchDate date;
    ListingScanner sc;
    ListingRecord rec;
    int n = snprintf(z, sizeof(z), "%s%d%s%s%s%d of %d%s", azPrefix[a], aNum[e][0], azGap[c],
                     azDash[b], azGap[c], aNum[e][1], aNum[e][2], azSuffix[d]);
    ck_assert_msg(arch_date_parse(z, (size_t)n, &date)==ARCH_DATE_NOT_A_DATE,
                  "a range line reads as a date: [%s]", z);
    /* and it is a range to the scanner: the record after it is ranked from its first number */
    n += snprintf(z+n, sizeof(z)-(size_t)n, "\n\nReport on the Harvest\n");
    listing_scanner_init(&sc, z, (size_t)n);
    ck_assert_int_eq(listing_next(&sc, &rec), 1);
    ck_assert_msg(rec.rank==aNum[e][0] && rec.total==aNum[e][2], "[%s]: rank %lld of %lld", z,
                  (long long)rec.rank, (long long)rec.total);
    nChecked++;
  }
  ck_assert_int_eq(nChecked, 5*3*2*5*9);
}
END_TEST

/* The scanner keeps its verdicts on the first words of lines (listing.c): a page of 400 records,
** each title with a first word of its own, more than the scanner has room for, between date
** lines that begin with the same month in three cases and "Date unknown" lines, reads every
** date line as one. */
START_TEST(test_first_word_verdicts_kept)
{
  static const char *const azMonth[] = { "May", "MAY", "may" };
  size_t nAlloc = 400*128, n = 0;
  char *z = malloc(nAlloc);
  ListingScanner sc;
  ListingRecord rec;
  int i;
  ck_assert_ptr_nonnull(z);
  for(i=0; i<400; i++){
    char zWord[8];
    zWord[0] = (char)('A' + i%26);
    zWord[1] = (char)('a' + (i/26)%26);
    zWord[2] = (char)('a' + i%7);
    zWord[3] = 0;
    if( i%5==4 ){
      n += (size_t)snprintf(z+n, nAlloc-n, "Date unknown\n\n%sov Report on the Harvest\n\n"
                            "The report lists the shortfalls.\n\n", zWord);
    }else{
      n += (size_t)snprintf(z+n, nAlloc-n, "%s %d, 1961\n\n%sov Report on the Harvest\n\n"
                            "The report lists the shortfalls.\n\n", azMonth[i%3], 1 + i%28,
                            zWord);
    }
  }
  listing_scanner_init(&sc, z, n);
  for(i=0; i<400; i++){
    ck_assert_msg(listing_next(&sc, &rec), "record %d missing", i+1);
    ck_assert_msg(rec.title.n>3 && rec.title.z[0]==(char)('A' + i%26), "record %d: title [%.*s]",
                  i+1, (int)rec.title.n, rec.title.z);
    if( i%5==4 ){
      ck_assert_int_eq(rec.date_kind, ARCH_DATE_UNDATED);
    }else{
      ck_assert_msg(rec.date_kind==ARCH_DATE_FOUND, "record %d: no date", i+1);
      ck_assert_int_eq(rec.date.first, rec.date.last);
      ck_assert_int_eq(arch_days_from_civil(1961, 5, 1 + i%28), rec.date.first);
    }
    ck_assert_msg(rec.summary.z!=0, "record %d: no summary", i+1);
  }
  ck_assert_int_eq(listing_next(&sc, &rec), 0);
  free(z);
}
END_TEST

/* arch_date_may_begin() must never say no to a date: every line arch_date_parse() reads as a
** date (or as "no date") passes it. Checked on every quoted value of the date tests
** (tests/sql/date_forms.sql and dates_readers.sql, where the project's date forms are), every
** line of the fixtures, and every word of the date tables alone and before a year or a day. */
static int nDateChecked;

static void check_may_be_date(const char *z, size_t n){
  ArchDate d;
  const char *zt = z;
  size_t nt = n;
  text_trim(&zt, &nt);
  if( nt==0 ) return;
  {
    /* The test comes apart as dates.h says (listing.c keeps the verdicts on first words). */
    size_t k = arch_date_first_word(zt, nt);
    int parts = k==0 || arch_date_word_may_begin(zt, k) || arch_date_undated_line(zt, nt);
    ck_assert_msg(parts==arch_date_may_begin(zt, nt), "the parts of the test disagree: [%.*s]",
                  (int)nt, zt);
  }
  if( arch_date_parse(zt, nt, &d)!=ARCH_DATE_NOT_A_DATE ){
    nDateChecked++;
    ck_assert_msg(arch_date_may_begin(zt, nt), "a date, said to be none: [%.*s]", (int)nt, zt);
  }
}

static char *read_text_file(const char *zPath, size_t *pn){
  char zUp[256];
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ){
    snprintf(zUp, sizeof(zUp), "../%s", zPath);
    f = fopen(zUp, "rb");
  }
  ck_assert_msg(f!=0, "cannot read %s (run from the project root)", zPath);
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc((size_t)n+1);
  ck_assert(z!=0);
  ck_assert(fread(z, 1, (size_t)n, f)==(size_t)n);
  fclose(f);
  z[n] = 0;
  *pn = (size_t)n;
  return z;
}

static void check_lines_of(const char *zPath){
  size_t n, i = 0;
  char *z = read_text_file(zPath, &n);
  while( i<n ){
    size_t j = i;
    while( j<n && z[j]!='\n' ) j++;
    check_may_be_date(z+i, j-i);
    i = j+1;
  }
  free(z);
}

START_TEST(test_may_be_date_never_misses)
{
  static const char *const azAfter[] = { "", " 1963", " 8, 1963", " 1963?", " of 1963" };
  const ArchDataRow *aTable[] = { arch_data_months, arch_data_seasons, arch_data_weekdays,
                                  arch_data_date_words, arch_data_undated };
  const unsigned anTable[] = { arch_data_months_count, arch_data_seasons_count,
                               arch_data_weekdays_count, arch_data_date_words_count,
                               arch_data_undated_count };
  size_t n, i, k;
  char *z;
  unsigned t, r;

  /* Every quoted value of the date tests: ('October 8, 1963'), with '' for a quote. */
  for(k=0; k<2; k++){
    z = read_text_file(k==0 ? "tests/sql/date_forms.sql" : "tests/sql/dates_readers.sql", &n);
    for(i=0; i+1<n; i++){
      char buf[256];
      size_t m = 0;
      if( z[i]!='(' || z[i+1]!='\'' ) continue;
      for(i+=2; i<n && m<sizeof(buf); i++){
        if( z[i]=='\'' && i+1<n && z[i+1]=='\'' ){ buf[m++] = '\''; i++; continue; }
        if( z[i]=='\'' ) break;
        buf[m++] = z[i];
      }
      check_may_be_date(buf, m);
    }
    free(z);
  }
  /* Every line of every text fixture. */
  {
    DIR *pDir = opendir("fixtures");
    struct dirent *pEnt;
    int nFile = 0;
    ck_assert_msg(pDir!=0, "cannot open fixtures/ (run from the project root)");
    while( (pEnt = readdir(pDir))!=0 ){
      char zPath[512];
      size_t m = strlen(pEnt->d_name);
      if( m<4 || strcmp(pEnt->d_name+m-4, ".txt")!=0 ) continue;
      snprintf(zPath, sizeof(zPath), "fixtures/%s", pEnt->d_name);
      check_lines_of(zPath);
      nFile++;
    }
    closedir(pDir);
    ck_assert_int_gt(nFile, 10);
  }
  for(t=0; t<sizeof(aTable)/sizeof(aTable[0]); t++){
    for(r=0; r<anTable[t]; r++){
      for(k=0; k<sizeof(azAfter)/sizeof(azAfter[0]); k++){
        char buf[128];
        int m = snprintf(buf, sizeof(buf), "%s%s", aTable[t][r].key, azAfter[k]);
        check_may_be_date(buf, (size_t)m);
        if( buf[0]>='a' && buf[0]<='z' ){
          buf[0] = (char)(buf[0]-32);                        /* "October 1963" */
          check_may_be_date(buf, (size_t)m);
        }
      }
    }
  }
  ck_assert_int_gt(nDateChecked, 500);
}
END_TEST

static Suite *listing_suite(void){
  Suite *s = suite_create("listing");
  TCase *tc;

  tc = tcase_create("layouts");
  tcase_add_test(tc, test_layout1_full_header);
  tcase_add_test(tc, test_chrome_case_and_spacing);
  tcase_add_test(tc, test_layout2_compact_header);
  tcase_add_test(tc, test_layout3_bullets);
  tcase_add_test(tc, test_layout3_bullet_undated_first);
  tcase_add_test(tc, test_layout4_search_results);
  tcase_add_test(tc, test_layout5_undated);
  tcase_add_test(tc, test_layout5_title_then_title);
  tcase_add_test(tc, test_layout6_topic);
  tcase_add_test(tc, test_layout7_two_pages);
  tcase_add_test(tc, test_layout7_second_page_without_range);
  tcase_add_test(tc, test_layout8_cut_summary);
  tcase_add_test(tc, test_layout8_cut_title);
  tcase_add_test(tc, test_layout8_cut_date);
  tcase_add_test(tc, test_layout8_cut_date_after_title);
  tcase_add_test(tc, test_cut_summary_capitals);
  tcase_add_test(tc, test_cut_summary_then_date);
  tcase_add_test(tc, test_cut_summary_short);
  tcase_add_test(tc, test_cut_furniture);
  tcase_add_test(tc, test_undated_record_at_end);
  tcase_add_test(tc, test_last_record_of_range);
  tcase_add_test(tc, test_opened_records);
  tcase_add_test(tc, test_wrapped_summary);
  tcase_add_test(tc, test_bare_lines_are_titles);
  tcase_add_test(tc, test_summary_repeats_title);
  tcase_add_test(tc, test_title_begins_with_previous_title);
  tcase_add_test(tc, test_links_tell_titles);
  tcase_add_test(tc, test_links_absent);
  tcase_add_test(tc, test_links_bom_first_line);
  tcase_add_test(tc, test_layout9_crlf_bom_nbsp_tabs);
  tcase_add_test(tc, test_layout9_chrome_white_space);
  suite_add_tcase(s, tc);

  tc = tcase_create("edges");
  tcase_add_test(tc, test_empty_text);
  tcase_add_test(tc, test_only_chrome);
  tcase_add_test(tc, test_lone_date_line);
  tcase_add_test(tc, test_no_chrome);
  tcase_add_test(tc, test_footer_ignored);
  tcase_add_test(tc, test_record_controls);
  tcase_add_test(tc, test_site_footer);
  tcase_add_test(tc, test_range_forms);
  tcase_add_test(tc, test_page_heading_before_first_date);
  tcase_add_test(tc, test_cookie_notice_and_list_controls);
  tcase_add_test(tc, test_facets);
  tcase_add_test(tc, test_pager_and_past_last_rank);
  tcase_add_test(tc, test_second_summary_paragraph);
  tcase_add_test(tc, test_opened_records_go_on);
  tcase_add_test(tc, test_range_en_dash_thousands);
  tcase_add_test(tc, test_lone_cr_line_ends);
  tcase_add_test(tc, test_reads_only_n_bytes);
  suite_add_tcase(s, tc);

  tc = tcase_create("heuristics");
  tcase_add_test(tc, test_is_summary);
  tcase_add_test(tc, test_is_summary_extra_blank_line);
  tcase_add_test(tc, test_kind);
  tcase_add_test(tc, test_may_be_date_cases);
  tcase_add_test(tc, test_may_be_date_never_misses);
  tcase_add_test(tc, test_first_word_verdicts_kept);
  tcase_add_test(tc, test_range_lines_are_no_dates);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
