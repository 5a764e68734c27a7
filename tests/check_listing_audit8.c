/*
** check_listing_audit8.c: unit tests for ext/listing_cites.c, ext/listing_order.c,
** ext/listing_counts.c, ext/listing_browser.c, ext/listing_wraps.c, ext/listing.c and
** ext/html.c on what the eighth listing audit met on whole pages: a record's citation below it
** ("\"Title,\" March 5, 1953, Wilson Center Digital Archive, ..."), whole or cut; a record's
** details that are a label and a value, not prose ("Source: Cuban Missile Crisis Revisited",
** "Provider: Národní archiv"); facets without brackets set a blank line apart ("Korean War
** 120"); pages that print the date line below the title and set their records one blank line
** further apart than their fields (an archives portal's list); a French range with a space
** before its colon ("Résultats : 1 - 3 sur 28"); the title of a phone's app bar between two
** icons' names; the one-word rest of a title that filled its line ("Conference"); a saved
** card's fields in <span>s side by side; links filed under numbered folders ("/item/2048/",
** "/item/91/"); a letter's heading right below a date line, which is the title ("Presidium
** Session, 31 October 1956"); and the Italian furniture, "‹ Prev" and "Dátum nélkül".
**
** Each case scans a small inline text (or reads a small saved page) and compares its records,
** written by hand as "rank/total:date line|title|summary" ("-" for an absent field, rank or
** total). Cases where a rule must NOT fire stand beside those where it must.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listing.h"
#include "html.h"
#include "text.h"
#include "check_listing_rows.h"

#define CHECK(zText, azWant) \
  check_scan_rows(zText, strlen(zText), 1, azWant, (int)(sizeof(azWant)/sizeof(azWant[0])))
#define CHECK_HTML(zHtml, azWant, azUrl) \
  check_html_rows(zHtml, azWant, azUrl, (int)(sizeof(azWant)/sizeof(azWant[0])))

/* Read the saved page zHtml as listing() does and compare its records with azWant[0..nWant)
** and their links with azUrl (0: not compared). */
static void check_html_rows(const char *zHtml, const char *const *azWant,
                            const char *const *azUrl, int nWant){
  HtmlPage page;
  ListingScanner sc;
  ListingRecord r;
  int i = 0;
  ck_assert(html_read_page(zHtml, strlen(zHtml), 0, 0, &page)==ARCH_OK);
  listing_scanner_init(&sc, page.zText, page.nText);
  listing_scanner_links(&sc, page.aLink, page.nLink);
  if( page.has_heading ) listing_scanner_heading(&sc, page.heading);
  while( listing_next(&sc, &r) ){
    char zRow[3200];
    record_text(&r, zRow, sizeof(zRow));
    ck_assert_msg(i<nWant, "a record more than the %d wanted: [%s] in [%s]", nWant, zRow,
                  page.zText);
    ck_assert_msg(strcmp(zRow, azWant[i])==0, "record %d is [%s], want [%s]", i+1, zRow,
                  azWant[i]);
    if( azUrl ){
      ck_assert_msg(r.url.n==strlen(azUrl[i]) && memcmp(r.url.z, azUrl[i], r.url.n)==0,
                    "record %d links [%.*s], want [%s]", i+1, (int)r.url.n, r.url.z, azUrl[i]);
    }
    i++;
  }
  ck_assert_msg(i==nWant, "%d records, want %d", i, nWant);
  html_page_free(&page);
}

/* The records of the text z. */
static int count_records(const char *z){
  ListingScanner sc;
  ListingRecord r;
  int n = 0;
  listing_scanner_init(&sc, z, strlen(z));
  while( listing_next(&sc, &r) ) n++;
  return n;
}

/* A record's citation below it, whole, in curly quotes, or where the copy stops. */
START_TEST(test_citations){
  static const char *const az[] = {
    "1/2:March 5, 1953|Report on the Death of Stalin from the Hungarian Legation|"
      "The legation describes the mourning in Moscow.",
    "2/2:March 9, 1953|Speech by Georgy Malenkov at the Funeral of Stalin|-",
  };
  static const char *const azCut[] = {
    "-/-:March 9, 1953|Speech by Georgy Malenkov at the Funeral of Stalin|-",
  };
  CHECK("Results:\n\n1 - 2 of 2\n\nMarch 5, 1953\n\nReport on the Death of Stalin from the "
        "Hungarian Legation\n\nThe legation describes the mourning in Moscow.\n\nCitation\n\n"
        "\"Report on the Death of Stalin from the Hungarian Legation,\" March 5, 1953, Wilson "
        "Center Digital Archive, MOL.\n\nCopy citation\n\nMarch 9, 1953\n\nSpeech by Georgy "
        "Malenkov at the Funeral of Stalin\n\nCite\n\n\xE2\x80\x9CSpeech by Georgy Malenkov at "
        "the Funeral of Stalin,\xE2\x80\x9D March 9, 1953, Pravda.\n", az);
  CHECK("March 9, 1953\n\nSpeech by Georgy Malenkov at the Funeral of Stalin\n\n\"Speech by "
        "Georgy Mal", azCut);
  CHECK("March 9, 1953\n\nSpeech by Georgy Malenkov at the Funeral of Stalin\n\n\"Speech by "
        "Georgy Malenkov at the Funeral of Stalin,\"", azCut);
}
END_TEST

/* A quotation that opens a summary, a quoted title of another document, a title quoted
** without the comma and the rest of a citation: no citation. */
START_TEST(test_citations_must_not_fire){
  static const char *const azQuote[] = {
    "-/-:November 18, 1956|Record of Khrushchev's Reception for Western Ambassadors|"
      "\"We will bury you,\" Khrushchev tells the ambassadors.",
  };
  static const char *const azOther[] = {
    "-/-:May 1955|Cable from the Chinese Embassy in New Delhi|-",
    "-/-:-|'Nehru's Views on the Conference'|Nehru praises Zhou's conduct.",
  };
  static const char *const azBare[] = {
    "-/-:May 1955|Cable from the Chinese Embassy in New Delhi|"
      "\"Cable from the Chinese Embassy in New Delhi\" was sent twice.",
  };
  CHECK("November 18, 1956\n\nRecord of Khrushchev's Reception for Western Ambassadors\n\n"
        "\"We will bury you,\" Khrushchev tells the ambassadors.\n", azQuote);
  CHECK("May 1955\n\nCable from the Chinese Embassy in New Delhi\n\n\n'Nehru's Views on the "
        "Conference'\n\nNehru praises Zhou's conduct.\n", azOther);
  CHECK("May 1955\n\nCable from the Chinese Embassy in New Delhi\n\n\"Cable from the Chinese "
        "Embassy in New Delhi\" was sent twice.\n", azBare);
}
END_TEST

/* A detail that is a label and its value, below a summary at the page's gap, is no part of
** it; nor is a detail's label cut at the end of a copy. */
START_TEST(test_details_not_prose){
  static const char *const az[] = {
    "1/41:October 22, 1962|State Department Cable 1345 to the Embassy in Moscow|"
      "Instructions to deliver the President's letter.",
    "2/41:October 27, 1962|Memorandum for the Record, Executive Committee Meeting|-",
  };
  static const char *const azCut[] = {
    "-/-:October 27, 1962|Memorandum for the Record, Executive Committee Meeting|-",
  };
  CHECK("Displaying 1 - 3 of 41\n\nOctober 22, 1962\n\nState Department Cable 1345 to the "
        "Embassy in Moscow\n\nInstructions to deliver the President's letter.\n\nSource: Cuban "
        "Missile Crisis Revisited\n\nOctober 27, 1962\n\nMemorandum for the Record, Executive "
        "Committee Meeting\n\nProvider: John F. Kennedy Presidential Library\n", az);
  CHECK("October 27, 1962\n\nMemorandum for the Record, Executive Committee Meeting\n\nSour",
        azCut);
}
END_TEST

/* A detail that is a sentence stays in the summary; "The" at the end of a copy is a summary
** cut short, not "Themes". */
START_TEST(test_details_not_prose_must_not_fire){
  static const char *const az[] = {
    "-/-:March 1958|Diary of Soviet Ambassador Puzanov|Puzanov meets Kim Il Sung. "
      "Source: the diary was found in the archive of the Foreign Ministry.",
  };
  static const char *const azThe[] = {
    "-/-:1961|Report of the Trade Mission|The",
  };
  CHECK("March 1958\n\nDiary of Soviet Ambassador Puzanov\n\nPuzanov meets Kim Il Sung.\n\n"
        "Source: the diary was found in the archive of the Foreign Ministry.\n", az);
  CHECK("1961\n\nReport of the Trade Mission\n\nThe", azThe);
}
END_TEST

/* Facets without brackets set a blank line apart, under their heading, below the last record. */
START_TEST(test_bare_facets_apart){
  static const char *const az[] = {
    "1/132:July 1953|Telegram from Mao Zedong to Peng Dehuai on the Armistice|-",
  };
  CHECK("1 - 1 of 132\n\nJuly 1953\n\nTelegram from Mao Zedong to Peng Dehuai on the Armistice\n\n"
        "Subject\n\nKorean War 120\n\nCold War History 98\n\nLanguage\n\nEnglish 130\n\n"
        "Chinese 12\n", az);
}
END_TEST

/* One such line alone, two blank lines from the next, is a title. */
START_TEST(test_bare_facets_apart_must_not_fire){
  static const char *const az[] = {
    "-/-:November 22, 1967|Resolution 242|The Council calls for the withdrawal of forces.",
    "-/-:October 22, 1973|Resolution 338|-",
  };
  CHECK("November 22, 1967\n\nResolution 242\n\nThe Council calls for the withdrawal of forces."
        "\n\nOctober 22, 1973\n\nResolution 338\n", az);
}
END_TEST

/* Title, date line and summary without blank lines between, the records a blank line apart;
** a French range with a space before its colon. */
START_TEST(test_title_first_set_apart){
  static const char *const az[] = {
    "1/28:1956-10-23|Minutes of the Council of Ministers on the Situation in Hungary|"
      "The Council discusses the request for aid of the Red Cross.",
    "2/28:1956-11-04|Letter of the French Ambassador in Budapest to the Foreign Minister|"
      "The ambassador describes the entry of Soviet tanks into the capital.",
  };
  CHECK("Résultats : 1 - 2 sur 28\n\nMinutes of the Council of Ministers on the Situation in "
        "Hungary\n1956-10-23\nThe Council discusses the request for aid of the Red Cross.\n\n"
        "Letter of the French Ambassador in Budapest to the Foreign Minister\n1956-11-04\nThe "
        "ambassador describes the entry of Soviet tanks into the capital.\n", az);
}
END_TEST

/* An undated record without a summary, a blank line above a dated record whose fields stand
** without blank lines: the date line is the next record's; a title with a colon after a
** space is no range. */
START_TEST(test_title_first_set_apart_must_not_fire){
  static const char *const az[] = {
    "-/-:-|Notes on the Talks with Tito|-",
    "-/-:May 1955|Record of the Talks between Khrushchev and Tito|"
      "The two leaders agree to restore party relations.",
  };
  static const char *const azColon[] = {
    "-/-:1957|Proposals : 1 - Soviet Troops in Hungary|-",
  };
  CHECK("Documents\n\nNotes on the Talks with Tito\n\nMay 1955\nRecord of the Talks between "
        "Khrushchev and Tito\nThe two leaders agree to restore party relations.\n", az);
  CHECK("1957\n\nProposals : 1 - Soviet Troops in Hungary\n", azColon);
}
END_TEST

/* The title of a phone's app bar between two icons' names, whole or cut with the copy. */
START_TEST(test_app_bar_title){
  static const char *const az[] = {
    "-/-:March 1, 1958|Diary of Soviet Ambassador to the DPRK A.M. Puzanov|"
      "Puzanov records his talk with Kim Il Sung.",
  };
  CHECK("menu\nWilson Center Digital Archive\nsearch\nMarch 1, 1958\nDiary of Soviet Ambassador "
        "to the DPRK A.M. Puzanov\nPuzanov records his talk with Kim Il Sung.\nchevron_right\n",
        az);
  ck_assert_int_eq(count_records("menu\nWilson Center Digital"), 0);
  ck_assert_int_eq(count_records("menu\nWilson Center Digital Archive\nsea"), 0);
}
END_TEST

/* Between the same icon twice, a card's title; below records, no app bar. */
START_TEST(test_app_bar_title_must_not_fire){
  static const char *const az[] = {
    "-/-:-|Notes on the Talks between Le Duan and Zhou Enlai|-",
  };
  static const char *const azBelow[] = {
    "-/-:January 1968|Telegram from the Soviet Embassy in Hanoi|-",
    "-/-:-|Note on the Talks between Le Duan and Zhou Enlai|-",
  };
  CHECK("chevron_right\nNotes on the Talks between Le Duan and Zhou Enlai\nchevron_right\n", az);
  CHECK("January 1968\nTelegram from the Soviet Embassy in Hanoi\nchevron_right\n\n\n"
        "Note on the Talks between Le Duan and Zhou Enlai\nbookmark\n", azBelow);
}
END_TEST

/* The rest of a title that filled its line, one word, on a page without blank lines. */
START_TEST(test_one_word_wrap){
  static const char *const az[] = {
    "1/57:April 19, 1955|Speech by Premier Zhou Enlai at the Plenary Session of the Asian-African "
      "Conference|Zhou declares that the delegation came to seek common ground.",
    "2/57:June 2, 1955|Memorandum of Conversation between Zhou Enlai and the Ambassador|-",
  };
  CHECK("1 - 2 of 57\nApril 19, 1955\nSpeech by Premier Zhou Enlai at the Plenary Session of the "
        "Asian-African\nConference\nZhou declares that the delegation came to seek common "
        "ground.\nJune 2, 1955\nMemorandum of Conversation between Zhou Enlai and the "
        "Ambassador\n", az);
}
END_TEST

/* A genre, a title that did not fill its line, the last line of a copy: no wrap. */
START_TEST(test_one_word_wrap_must_not_fire){
  static const char *const azKind[] = {
    "-/-:April 1955|Report from the Indonesian Foreign Ministry on the Asian-African|-",
    "-/-:-|Memorandum|The ministry lists the delegations.",
  };
  static const char *const azShort[] = {
    "-/-:April 1955|Report on the Asian-African|-",
    "-/-:-|Conference|The ministry lists the delegations.",
  };
  CHECK("April 1955\nReport from the Indonesian Foreign Ministry on the Asian-African\n"
        "Memorandum\nThe ministry lists the delegations.\n", azKind);
  CHECK("April 1955\nReport on the Asian-African\nConference\nThe ministry lists the "
        "delegations.\n", azShort);
}
END_TEST

/* A saved card's date and title in <span>s side by side, with no space between. */
START_TEST(test_glued_spans){
  static const char zHtml[] =
    "<html><body><main><h1>Search results for: hanoi</h1><p>Showing 1-2 of 60</p><ul>"
    "<li><a href=\"/document/113972\"><span class=\"date\">January 14, 1968</span>"
    "<span class=\"title\">Telegram from the Soviet Embassy in Hanoi</span></a>"
    "<p>The embassy reports movements of troops.</p></li>"
    "<li><a href=\"/document/113980\"><span>Undated</span><span>Note on the Talks</span></a>"
    "</li></ul></main></body></html>";
  static const char *const az[] = {
    "January 14, 1968|Telegram from the Soviet Embassy in Hanoi|"
      "The embassy reports movements of troops.",
    "Undated|Note on the Talks|-",
  };
  CHECK_HTML(zHtml, az, 0);
}
END_TEST

/* A word split over two <span>s, and boxes with a space between, read as written. */
START_TEST(test_glued_spans_must_not_fire){
  static const char zHtml[] =
    "<html><body><p><span>Sta</span><span>lin's letter</span> to <span>Kim</span> "
    "<span>Il Sung</span> and <span>Gomu</span><span>łka</span>, <span>毛</span><span>泽东</span>"
    "</p></body></html>";
  HtmlPage page;
  ck_assert(html_read_page(zHtml, strlen(zHtml), 0, 0, &page)==ARCH_OK);
  ck_assert_msg(strstr(page.zText, "Stalin's letter to Kim Il Sung and Gomułka, 毛泽东")!=0,
                "[%s]", page.zText);
  html_page_free(&page);
}
END_TEST

/* An aggregator files its items under a numbered folder: "/item/2048/…" and "/item/91/…" lead
** to the same kind of page, so each is a record's title; a details line below the summary is
** no part of it. */
START_TEST(test_numbered_folders){
  static const char zHtml[] =
    "<html><head><link rel=\"canonical\" href=\"https://www.europeana.eu/en/search?q=x\">"
    "</head><body><h1>Results</h1><p>1 - 2 of 1,204 results</p><ol>"
    "<li><a href=\"/en/item/2048/CZ_001\"><h2>Declaration of the Presidium of the Central "
    "Committee</h2></a><p>21 August 1968</p><p>The Presidium calls the entry of the troops a "
    "violation of international law.</p><p>Provider: Národní archiv</p></li>"
    "<li><a href=\"/en/item/91/BArch_1968\"><h2>Report of the SED Delegation on the Bratislava "
    "Meeting</h2></a><p>August 1968</p><p>The delegation reports the text of the declaration."
    "</p><p>Provider: Bundesarchiv</p></li></ol></body></html>";
  static const char *const az[] = {
    "21 August 1968|Declaration of the Presidium of the Central Committee|"
      "The Presidium calls the entry of the troops a violation of international law.",
    "August 1968|Report of the SED Delegation on the Bratislava Meeting|"
      "The delegation reports the text of the declaration.",
  };
  static const char *const azUrl[] = {
    "https://www.europeana.eu/en/item/2048/CZ_001",
    "https://www.europeana.eu/en/item/91/BArch_1968",
  };
  CHECK_HTML(zHtml, az, azUrl);
}
END_TEST

/* A link to a topic below a record is still no title: its folder differs by a word
** ("/topics/91/" against "/document/"). */
START_TEST(test_numbered_folders_must_not_fire){
  static const char zHtml[] =
    "<html><body><h1>Results</h1><p>1 - 1 of 1</p>"
    "<div><p>May 14, 1950</p><a href=\"/document/112134\"><h3>Cable from Stalin to Mao Zedong"
    "</h3></a><p>Stalin agrees with the proposal of the Korean comrades.</p>"
    "<p><a href=\"/topics/91/korean-war\">Korean War Origins</a></p></div></body></html>";
  static const char *const az[] = {
    "May 14, 1950|Cable from Stalin to Mao Zedong|"
      "Stalin agrees with the proposal of the Korean comrades.",
  };
  CHECK_HTML(zHtml, az, 0);
}
END_TEST

/* The Italian site's furniture, "‹ Prev", and Hungarian "no date". */
START_TEST(test_furniture_words){
  static const char *const azIt[] = {
    "1/40:Roma, 3 novembre 1956|Telegramma dell'ambasciata d'Italia a Mosca|"
      "L'ambasciatore riferisce sulle voci di un intervento sovietico.",
  };
  static const char *const azPrev[] = {
    "21/112:August 1961|Information from the Ministry of State Security|"
      "The ministry reports on the mood of the population.",
  };
  static const char *const azHu[] = {
    "-/-:Dátum nélkül|Feljegyzés Nagy Imre és Andropov megbeszéléséről|-",
  };
  CHECK("Vai al contenuto\n\nRisultati:\n\n1 - 3 di 40\n\nDocumenti\n\nRoma, 3 novembre 1956\n\n"
        "Telegramma dell'ambasciata d'Italia a Mosca\n\nL'ambasciatore riferisce sulle voci di "
        "un intervento sovietico.\n\nSuccessivo ›\n", azIt);
  CHECK("21 - 23 of 112\n\nAugust 1961\n\nInformation from the Ministry of State Security\n\n"
        "The ministry reports on the mood of the population.\n\n‹ Prev\n\n1 2 3 … 6\n", azPrev);
  CHECK("Dátum nélkül\n\nFeljegyzés Nagy Imre és Andropov megbeszéléséről\n", azHu);
}
END_TEST

/* A letter's heading right below a date line, over a summary cut short or without its period:
** the record's title. */
START_TEST(test_heading_below_date){
  static const char *const az[] = {
    "-/-:October 31, 1956|Presidium Session, 31 October 1956|Khrushchev reverses the dec",
  };
  static const char *const azNoStop[] = {
    "-/-:March 1958|Puzanov Diary, 1 March 1958|On 1 March Puzanov met Kim Il Sung",
  };
  CHECK("October 31, 1956\n\nPresidium Session, 31 October 1956\n\nKhrushchev reverses the dec",
        az);
  CHECK("March 1958\n\nPuzanov Diary, 1 March 1958\n\nOn 1 March Puzanov met Kim Il Sung\n",
        azNoStop);
}
END_TEST

/* Over a title that begins with a genre, the heading is the record's date line. */
START_TEST(test_heading_below_date_must_not_fire){
  static const char *const az[] = {
    "-/-:Moscow, 12 May 1955|Letter from Molotov to Zhou Enlai|-",
  };
  CHECK("1955\n\nMoscow, 12 May 1955\n\nLetter from Molotov to Zhou Enlai\n", az);
}
END_TEST

static Suite *listing_audit8_suite(void){
  Suite *s = suite_create("listing_audit8");
  TCase *tc = tcase_create("audit8");
  tcase_add_test(tc, test_citations);
  tcase_add_test(tc, test_citations_must_not_fire);
  tcase_add_test(tc, test_details_not_prose);
  tcase_add_test(tc, test_details_not_prose_must_not_fire);
  tcase_add_test(tc, test_bare_facets_apart);
  tcase_add_test(tc, test_bare_facets_apart_must_not_fire);
  tcase_add_test(tc, test_title_first_set_apart);
  tcase_add_test(tc, test_title_first_set_apart_must_not_fire);
  tcase_add_test(tc, test_app_bar_title);
  tcase_add_test(tc, test_app_bar_title_must_not_fire);
  tcase_add_test(tc, test_one_word_wrap);
  tcase_add_test(tc, test_one_word_wrap_must_not_fire);
  tcase_add_test(tc, test_glued_spans);
  tcase_add_test(tc, test_glued_spans_must_not_fire);
  tcase_add_test(tc, test_numbered_folders);
  tcase_add_test(tc, test_numbered_folders_must_not_fire);
  tcase_add_test(tc, test_furniture_words);
  tcase_add_test(tc, test_heading_below_date);
  tcase_add_test(tc, test_heading_below_date_must_not_fire);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit8_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
