/*
** check_listing_audit3.c: unit tests for ext/listing.c, ext/listing_lines.c and ext/html.c on
** the furniture the third listing audit met around the records of whole pages: a sort control's
** options copied one a line ("Sort by" over "Relevance", "Newest"), an endless list's "Load
** more", the site's footer (its links side by side, "Contact Us | Privacy Policy", and the
** paragraphs above its "©" line: "About the Digital Archive", a newsletter, an address), a
** query line below "SEARCH RESULTS", lines that hold only invisible characters (U+200C, U+200E,
** U+2060, a soft hyphen), a saved page's banner and menus above its <h1>, and the rows of a
** table of results copied from a browser, their cells side by side with tabs between, a site's
** cookie notice among the records, results of other kinds than documents ("Collection",
** "Topic") among them, and a card's label on its date line ("Document · October 8, 1963").
**
** Each case scans a small inline text and compares its records, written by hand as
** "date line|title|summary" ("-" for an absent field). Cases where a rule must NOT fire stand
** beside those where it must.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listing.h"
#include "html.h"
#include "text.h"
#include "check_listing_rows.h"

/* Scan the text z[0..n), with the links aLink[0..nLink) and the heading line at offset heading
** (n and beyond: none), and compare its records with azWant[0..nWant). */
static void check_scan(const char *z, size_t n, const ListingLink *aLink, size_t nLink,
                       size_t heading, const char *const *azWant, int nWant){
  ListingScanner sc;
  ListingRecord r;
  int i = 0;
  listing_scanner_init(&sc, z, n);
  listing_scanner_links(&sc, aLink, nLink);
  listing_scanner_heading(&sc, heading);
  while( listing_next(&sc, &r) ){
    char zGot[3200];
    record_text(&r, zGot, sizeof(zGot));
    ck_assert_msg(i<nWant, "a record more than the %d wanted: [%s]", nWant, zGot);
    ck_assert_msg(strcmp(zGot, azWant[i])==0, "record %d is [%s], want [%s]", i+1, zGot,
                  azWant[i]);
    i++;
  }
  ck_assert_msg(i==nWant, "%d records, want %d", i, nWant);
}

/* The same of a saved page, read as listing() reads it: its text, links and heading. */
static void check_html(const char *zHtml, const char *const *azWant, int nWant){
  HtmlPage page;
  ck_assert(html_read_page(zHtml, strlen(zHtml), 0, 0, &page)==ARCH_OK);
  check_scan(page.zText, page.nText, page.aLink, page.nLink,
             page.has_heading ? page.heading : page.nText, azWant, nWant);
  html_page_free(&page);
}

#define CHECK(zText, azWant) \
  check_scan(zText, strlen(zText), 0, 0, strlen(zText), azWant, \
             (int)(sizeof(azWant)/sizeof(azWant[0])))
#define CHECK_HTML(zHtml, azWant) \
  check_html(zHtml, azWant, (int)(sizeof(azWant)/sizeof(azWant[0])))

/* A sort control's options, one a line right below it ("Sort by" over "Relevance", "Newest",
** "Title (A-Z)"), are furniture, as they are side by side ("Sort by: Date | Title"). */
START_TEST(test_options_below_a_control){
  static const char *const az[] = {
    "May 14, 1955|Treaty of Friendship, Co-operation and Mutual Assistance|"
      "The founding treaty of the Warsaw Treaty Organization.",
    "1961|Statement of the Warsaw Pact Member States|-",
  };
  static const char *const azNoBlank[] = {
    "October 24, 1956|Working Notes from the Session of the CPSU CC Presidium|"
      "Discussion of the situation in Hungary.",
  };
  /* Not below a control: an option alone is a title as any other line. */
  static const char *const azTitle[] = {
    "October 1950|Title|-",
    "-|Newest|-",
  };
  CHECK("Skip to content\n\nShowing 1 - 2 of 2 results\n\nSort by: Relevance\nNewest\nOldest\n"
        "Title (A-Z)\n\nFilter Results\n\nMay 14, 1955\n\n"
        "Treaty of Friendship, Co-operation and Mutual Assistance\n\n"
        "The founding treaty of the Warsaw Treaty Organization.\n\n"
        "1961\n\nStatement of the Warsaw Pact Member States\n\nPagination\n", az);
  CHECK("Skip to main content\nDisplaying 1 - 1 of 1\nSort by\nRelevance\nOctober 24, 1956\n"
        "Working Notes from the Session of the CPSU CC Presidium\n"
        "Discussion of the situation in Hungary.\n", azNoBlank);
  CHECK("October 1950\n\nTitle\n\n\nNewest\n", azTitle);
  /* A blank line ends the control's list: "Title" below it, then a date line, is a title. */
  {
    static const char *const azGap[] = {
      "1950|Report|-",
      "-|Title|-",
      "1951|Note|-",
    };
    CHECK("1950\n\nReport\n\nRead more\n\n\nTitle\n\n\n1951\n\nNote\n", azGap);
  }
}
END_TEST

/* An endless list's "Load more" ends its records, as "Pagination" does: it is no part of the
** last summary, and the newsletter below it is no record. A date line reopens the records. */
START_TEST(test_load_more_ends_the_list){
  static const char *const az[] = {
    "October 26, 1962|Letter from Khrushchev to Kennedy|-",
    "Undated|Cuban Missile Crisis Chronology|A timeline of the crisis.",
  };
  static const char *const azReopen[] = {
    "1962|Letter from Khrushchev to Kennedy|-",
    "1963|Memorandum on the Hot Line|The two governments agree on a direct link.",
  };
  CHECK("Document\nOctober 26, 1962\nLetter from Khrushchev to Kennedy\nDocument\nUndated\n"
        "Cuban Missile Crisis Chronology\nA timeline of the crisis.\nLoad more results\n"
        "Stay in touch\nSign up for the Wilson Center's newsletters.\nSubscribe\n", az);
  CHECK("1962\n\nLetter from Khrushchev to Kennedy\n\nLoad more\n\nStay in touch\n\n"
        "1963\n\nMemorandum on the Hot Line\n\nThe two governments agree on a direct link.\n",
        azReopen);
}
END_TEST

/* The site's footer: its links side by side ("Contact Us | Privacy Policy") end the records as
** one of them alone does, and the paragraphs right above its first line, with no date line,
** range, pager or control between, are the footer's, not a record nor a summary. */
START_TEST(test_site_footer){
  static const char *const az[] = {
    "August 13, 1961|Decree of the GDR Council of Ministers on the Closing of the Border|"
      "The decree orders controls at the sector border in Berlin.",
    "October 27, 1961|Record of the Confrontation at Checkpoint Charlie|"
      "American and Soviet tanks face each other for sixteen hours.",
  };
  static const char *const azLast[] = {
    "October 27, 1961|Record of the Confrontation at Checkpoint Charlie|"
      "American and Soviet tanks face each other for sixteen hours.",
  };
  static const char *const azRow[] = {
    "May 1961|Note on the Withdrawal of Soviet Submarines from Vlore|"
      "The Soviet command orders the submarines to leave the base.",
    "-|Letter from the CC of the Albanian Party of Labour to the CC CPSU|-",
  };
  CHECK("Skip to content\n\nDocuments\n\nAugust 13, 1961\n\n"
        "Decree of the GDR Council of Ministers on the Closing of the Border\n\n"
        "The decree orders controls at the sector border in Berlin.\n\n"
        "October 27, 1961\n\nRecord of the Confrontation at Checkpoint Charlie\n\n"
        "American and Soviet tanks face each other for sixteen hours.\n\n"
        "About the Digital Archive\n\n"
        "The Digital Archive contains once-secret documents from governments.\n\n"
        "Wilson Center\nOne Woodrow Wilson Plaza\nWashington, DC 20004-3027\n\n"
        "Privacy Policy\n\xC2\xA9 2026 The Wilson Center\n", az);
  /* The footer's links side by side: the footer's first line, as one of them alone. */
  CHECK("Skip to content\n\nDocuments\n\nOctober 27, 1961\n\n"
        "Record of the Confrontation at Checkpoint Charlie\n\n"
        "American and Soviet tanks face each other for sixteen hours.\n\n"
        "About the Digital Archive\n\n"
        "The Digital Archive contains once-secret documents from governments.\n\n"
        "Contact Us | Privacy Policy | Sitemap\n", azLast);
  /* A row of the footer's links after the last "-", and the search's controls above it. */
  CHECK("SEARCH RESULTS\n-\nMay 1961\nNote on the Withdrawal of Soviet Submarines from Vlore\n"
        "The Soviet command orders the submarines to leave the base.\n-\n"
        "Letter from the CC of the Albanian Party of Labour to the CC CPSU\n-\n"
        "NEW SEARCH | MODIFY SEARCH\nContact Us | Privacy Policy\n", azRow);
}
END_TEST

/* Where the footer rule must not fire: the summary right above the footer, prose after a summary,
** an undated record above the pager, and an undated record that a date line follows. */
START_TEST(test_site_footer_keeps_records){
  static const char *const azSummary[] = {
    "1961|Report on Berlin|The embassy reports on the mood in the city.",
    "1962|Note on the Wall|KIM IL SUNG RECEIVES THE AMBASSADOR",
  };
  static const char *const azProse[] = {
    "1961|Report on Berlin|The embassy reports on the mood in the city. "
      "It also lists the newspapers and their owners.",
  };
  static const char *const azPager[] = {
    "March 3, 1965|Note on the Visit of Kosygin to Hanoi|Kosygin promises missiles.",
    "-|Report of the Trade Mission|-",
  };
  static const char *const azDated[] = {
    "1961|Report on Berlin|The embassy reports on the mood in the city.",
    "-|Minutes of the Politburo|The members discuss the harvest.",
    "1962|Note on the Wall|-",
  };
  CHECK("Skip to content\n\n1961\n\nReport on Berlin\n\n"
        "The embassy reports on the mood in the city.\n\n1962\n\nNote on the Wall\n\n"
        "KIM IL SUNG RECEIVES THE AMBASSADOR\n\nContact Us\n", azSummary);
  CHECK("Skip to content\n\n1961\n\nReport on Berlin\n\n"
        "The embassy reports on the mood in the city.\n\n"
        "It also lists the newspapers and their owners.\n\n\xC2\xA9 2026 Wilson Center\n",
        azProse);
  CHECK("Skip to content\n\nMarch 3, 1965\n\nNote on the Visit of Kosygin to Hanoi\n\n"
        "Kosygin promises missiles.\n\n\nReport of the Trade Mission\n\n"
        "1\n2\n\nAbout the Archive\n\nTerms of Use\n", azPager);
  CHECK("Skip to content\n\n1961\n\nReport on Berlin\n\n"
        "The embassy reports on the mood in the city.\n\n\nMinutes of the Politburo\n\n"
        "The members discuss the harvest.\n\n1962\n\nNote on the Wall\n\n"
        "Privacy Policy\n", azDated);
  /* An undated record at the end, set apart by its empty date line, whose title starts with a
  ** document genre, above the footer. */
  {
    static const char *const azUndated[] = {
      "January 1966|Report of the Trade Mission|The mission lists the contracts.",
      "-|Instructions to the Delegation in Geneva|"
        "The delegation is to propose a ceasefire line along the river.",
    };
    CHECK("Skip to content\n\nDocuments\n\nJanuary 1966\n\nReport of the Trade Mission\n\n"
          "The mission lists the contracts.\n\n\nInstructions to the Delegation in Geneva\n\n"
          "The delegation is to propose a ceasefire line along the river.\n\nContact Us\n",
          azUndated);
  }
}
END_TEST

/* Below a line that opens the records ("SEARCH RESULTS"), text above a range, another such line
** or a separator is the list's heading ("Your search for: Albania"); text that a date line
** follows first is the page's undated records, as before. */
START_TEST(test_heading_below_start){
  static const char *const az[] = {
    "1960|Report on the Albanian Party of Labour Delegation in Moscow|-",
  };
  static const char *const azUndated[] = {
    "-|Meeting of the Planning Commission on Housing|"
      "Officials discuss apartment blocks and the shortage of cement.",
    "January 1966|Report of the Trade Mission|-",
  };
  CHECK("SEARCH RESULTS\nYour search for: Albania\nResults 1 - 1 of 1\n-\n1960\n"
        "Report on the Albanian Party of Labour Delegation in Moscow\n-\n", az);
  CHECK("Documents\n\n\nMeeting of the Planning Commission on Housing\n\n"
        "Officials discuss apartment blocks and the shortage of cement.\n\n"
        "January 1966\n\nReport of the Trade Mission\n", azUndated);
}
END_TEST

/* A line of invisible characters alone (U+200C, U+200E, U+2060, U+00AD) is blank, as a browser
** shows it; at the ends of a line they are trimmed; inside a word they stay. */
START_TEST(test_invisible_lines){
  static const char *const az[] = {
    "-|Resolution of the Presidium on Amnesty|"
      "The Presidium announces an amnesty for prisoners.",
    "June 17, 1953|Report on the Events in East Berlin|Soviet troops restore order.",
  };
  static const char *const azInside[] = {
    "1953|Report\xE2\x80\x8Don Berlin|-",
  };
  CHECK("Skip to content\n\nDocuments\n\n\n\xE2\x80\x8E\n"
        "\xE2\x80\x8FResolution of the Presidium on Amnesty\xE2\x80\x8E\n\n"
        "The Presidium announces an amnesty for prisoners.\n\xE2\x80\x8C\n\xC2\xAD\n"
        "\xE2\x81\xA0June 17, 1953\n\nReport on the Events in East Berlin\n\n"
        "Soviet troops restore order.\n", az);
  CHECK("1953\n\nReport\xE2\x80\x8Don Berlin\n", azInside);
}
END_TEST

/* A saved page's banner, menus and cookie notice above its first <h1> are no records, and the
** <h1> and the description below it, up to the first date line, are the page's heading. */
START_TEST(test_html_heading){
  static const char *const az[] = {
    "July 31, 1958|Memorandum of Conversation between Mao Zedong and Khrushchev|"
      "Mao rejects the Soviet proposal for a joint fleet.",
    "July 16, 1960|Note on the Recall of Soviet Specialists|-",
  };
  static const char *const azLate[] = {
    "1958|Memorandum of Conversation|Mao rejects the proposal.",
    "-|Archive Notes|-",
  };
  CHECK_HTML(
    "<html><body><div class=\"cookie\"><p>This website uses cookies.</p></div>"
    "<ul class=\"menu\"><li><a href=\"/topics\">Topics</a></li>"
    "<li><a href=\"/about\">About</a></li></ul>"
    "<div>Home \xE2\x80\xBA Collections \xE2\x80\xBA Sino-Soviet Split</div>"
    "<h1>Sino-Soviet Split</h1><p>Documents on the rift between the two parties.</p>"
    "<div class=\"card\"><div>July 31, 1958</div>"
    "<h3><a href=\"/document/117857\">Memorandum of Conversation between Mao Zedong and "
    "Khrushchev</a></h3><p>Mao rejects the Soviet proposal for a joint fleet.</p></div>"
    "<div class=\"card\"><div>July 16, 1960</div>"
    "<h3><a href=\"/document/117859\">Note on the Recall of Soviet Specialists</a></h3></div>"
    "</body></html>", az);
  /* An <h1> below a date line heads no records: the text is read as it stands. */
  CHECK_HTML(
    "<html><body><p>1958</p><h3><a href=\"/document/1\">Memorandum of Conversation</a></h3>"
    "<p>Mao rejects the proposal.</p><h1><a href=\"/document/2\">Archive Notes</a></h1>"
    "</body></html>", azLate);
}
END_TEST

/* A table of results copied from a browser: a row's cells side by side with a tab between. A
** row that begins with a date line's cell is read as date line, title and summary; the column
** names ("Date<TAB>Title<TAB>Summary") are furniture. A tab that opens or ends a line, or one
** after a cell that is no date line, splits nothing. */
START_TEST(test_table_rows_with_tabs){
  static const char *const az[] = {
    "October 8, 1963|Cable from Qiang Xiaochu|Kim Il Sung meets with cabinet officials.",
    "March 1967|Note on a Conversation with Comrade Zvetkov|-",
    "1958|Journal of Ambassador Puzanov|Puzanov discusses the first Party Conference.",
  };
  static const char *const azIndent[] = {
    "April 1953|Record of a Conversation with Zhou Enlai|Zhou discusses the armistice talks.",
    "-|Report on Hungary 1956|-",
  };
  CHECK("Skip to content\n\n1 - 3 of 3\n\nDate\tTitle\tSummary\n"
        "October 8, 1963\tCable from Qiang Xiaochu\tKim Il Sung meets with cabinet officials.\n"
        "March 1967\tNote on a Conversation with Comrade Zvetkov\t\n"
        "1958\tJournal of Ambassador Puzanov\tPuzanov discusses the first Party Conference.\n"
        "\nPagination\n", az);
  CHECK("\tApril 1953\t\n\n\tRecord of a Conversation with Zhou Enlai\n\n"
        "\tZhou discusses the armistice talks.\n\n\n"
        "Report on\tHungary 1956\n", azIndent);
}
END_TEST

/* A site's cookie notice is furniture wherever the copy holds it, in English or another
** language: a line that names cookies and the site or the reader's consent. A summary that
** names one without the other stays. */
START_TEST(test_cookie_notice){
  static const char *const az[] = {
    "October 1986|Information on the Visit of Kim Il Sung to the USSR|-",
    "July 1987|Note on the Olympic Games in Seoul|-",
  };
  static const char *const azKept[] = {
    "1959|Report on the Banquet in Beijing|"
      "The delegation was served rice cookies at the banquet.",
    "1960|Note on the Site of the New Factory|The site of the new factory is chosen.",
  };
  CHECK("Skip to content\n\nOctober 1986\n\n"
        "Information on the Visit of Kim Il Sung to the USSR\n\n"
        "Diese Website verwendet Cookies.\n\nJuly 1987\n\nNote on the Olympic Games in Seoul\n\n"
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish.\n\nAccept\nRead More\n", az);
  /* The banner's buttons right below it, furniture or not ("Decline"). */
  CHECK("Skip to content\n\nOctober 1986\n\n"
        "Information on the Visit of Kim Il Sung to the USSR\n\n"
        "July 1987\n\nNote on the Olympic Games in Seoul\n\n"
        "We use cookies on this site to enhance your user experience.\nAccept\nDecline\n"
        "Customize settings\n", az);
  CHECK("Skip to content\n\n1959\n\nReport on the Banquet in Beijing\n\n"
        "The delegation was served rice cookies at the banquet.\n\n"
        "1960\n\nNote on the Site of the New Factory\n\nThe site of the new factory is chosen.\n",
        azKept);
}
END_TEST

/* A search that finds collections and topics besides documents labels each result with its
** kind: a result labelled "Collection" or "Topic" is no record, nor part of the one above, and
** holds its place in the ranks; a "Document" label or a date line reopens the records. A page
** that labels no result is read as before, and so is one whose records a bullet opens. */
START_TEST(test_results_of_other_kinds){
  static const char *const az[] = {
    "July 31, 1958|Memorandum of Conversation between Mao Zedong and Khrushchev|"
      "Mao rejects the Soviet proposal for a joint fleet.",
    "October 2, 1959|Discussion between N.S. Khrushchev and Mao Zedong|"
      "A heated exchange over Taiwan.",
    "-|List of Hungarian Refugees|-",
  };
  static const char *const azBullet[] = {
    "1955|Draft Agreement on Scientific Cooperation|The academies agree on exchanges.",
  };
  ListingScanner sc;
  ListingRecord r;
  static const char zText[] =
    "Skip to content\n\n1 - 5 of 57\n\nCollection\n\nSino-Soviet Split\n\n"
    "Documents on the rift between China and the Soviet Union.\n\n"
    "Document\n\nJuly 31, 1958\n\n"
    "Memorandum of Conversation between Mao Zedong and Khrushchev\n\n"
    "Mao rejects the Soviet proposal for a joint fleet.\n\nTopic\n\nKorean War\n\n"
    "Document\n\nOctober 2, 1959\n\nDiscussion between N.S. Khrushchev and Mao Zedong\n\n"
    "A heated exchange over Taiwan.\n\nDocument\n\n\nList of Hungarian Refugees\n\n"
    "Pagination\n";
  static const int64_t aRank[] = { 2, 4, 5 };
  int i = 0;
  CHECK(zText, az);
  listing_scanner_init(&sc, zText, strlen(zText));
  while( listing_next(&sc, &r) ){
    ck_assert_msg(i<3 && r.rank==aRank[i], "record %d: rank %lld", i+1, (long long)r.rank);
    i++;
  }
  CHECK("  \xE2\x80\xA2 1955\n\n    Draft Agreement on Scientific Cooperation\n\n    Topic\n\n"
        "    The academies agree on exchanges.\n",
        azBullet);
}
END_TEST

/* A result card's line of details: its label and date line on one line ("Document · October 8,
** 1963", "Date: 1956", "October 1962 | Document"): a date line, the date's part kept. A title
** that begins with such a word and goes on with no date is a title. */
START_TEST(test_labelled_date_lines){
  static const char *const az[] = {
    "October 8, 1963|Cable from the Embassy in Hanoi|The embassy reports on rice shipments.",
    "1956|Note on the Harbour|-",
    "October 1962|Memorandum on the Missiles|-",
    "March 1953|Telegram on the Funeral|-",
  };
  static const char *const azTitles[] = {
    "1961|Date of the Summit Meeting in Vienna|-",
    "1962|Document Exchange between the Archives|-",
  };
  CHECK("Skip to content\n\nDocument \xC2\xB7 October 8, 1963\n\n"
        "Cable from the Embassy in Hanoi\n\nThe embassy reports on rice shipments.\n\n"
        "Date: 1956\n\nNote on the Harbour\n\nOctober 1962 | Document\n\n"
        "Memorandum on the Missiles\n\nDocument Date: March 1953\n\nTelegram on the Funeral\n",
        az);
  CHECK("1961\n\nDate of the Summit Meeting in Vienna\n\n"
        "1962\n\nDocument Exchange between the Archives\n", azTitles);
}
END_TEST

/* A copy cut in the page's head: in the first word of a range ("Showi"), in its word before the
** total ("1 - 3 и"), in the words after it ("results f"), or in a sort control's option
** ("Rele"), holds no record. A last line that begins no such line is a record as before. */
START_TEST(test_cut_in_the_head){
  static const char *const azNone[] = { 0 };
  static const char *const azKept[] = { "-|Showcase of the Archive|-" };
  static const char *const azRecord[] = { "1956|Report|Rele" };
  const char *const azCut[] = {
    "Skip to content\n\nSearch Results\n\nShowi",
    "Skip to content\n\nSearch Results\n\nShowing 1 - 20 of 345 results f",
    "\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB8 \xD0\xBA "
      "\xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8E"
      "\n\n1 - 3 \xD0\xB8",
    "Skip to main content\nDisplaying 1 - 3 of 3\nSort by\nRele",
  };
  size_t i;
  for(i=0; i<sizeof(azCut)/sizeof(azCut[0]); i++){
    check_scan(azCut[i], strlen(azCut[i]), 0, 0, strlen(azCut[i]), azNone, 0);
  }
  CHECK("Skip to content\n\nDocuments\n\n\nShowcase of the Archive\n", azKept);
  CHECK("1956\n\nReport\n\nRele", azRecord);
}
END_TEST

static Suite *listing_audit3_suite(void){
  Suite *s = suite_create("listing_audit3");
  TCase *tc = tcase_create("furniture");
  tcase_add_test(tc, test_options_below_a_control);
  tcase_add_test(tc, test_load_more_ends_the_list);
  tcase_add_test(tc, test_site_footer);
  tcase_add_test(tc, test_site_footer_keeps_records);
  tcase_add_test(tc, test_heading_below_start);
  tcase_add_test(tc, test_invisible_lines);
  tcase_add_test(tc, test_html_heading);
  tcase_add_test(tc, test_table_rows_with_tabs);
  tcase_add_test(tc, test_cookie_notice);
  tcase_add_test(tc, test_results_of_other_kinds);
  tcase_add_test(tc, test_labelled_date_lines);
  tcase_add_test(tc, test_cut_in_the_head);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit3_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
