/*
** check_listing_audit4.c: unit tests for ext/listing.c and ext/listing_lines.c on what the
** fourth listing audit met on whole pages: a date a blog post or a publication was published on
** ("Published: October 8, 2013") among the documents of a search, a cookie banner's buttons
** set a blank line apart from its notice, a pager's links side by side on one line ("« First
** ‹ Previous 1 2 3 Next › Last »", "Results per page: 10 25 50"), a result range with the
** sort control on its line ("11 - 13 of 23 Sort by"), copies that stop in a date line's
** qualifier or in a range's second date ("circa 19", "November 1950 - Jan"), a record's details
** ("Original Language: Russian"), a pager's labels ("Current page 5", "Page 2"), copies cut in
** a detail's label, a date of publication or a pager's row, and a page's tools ("Print this
** page", "Back to search results").
**
** Each case scans a small inline text and compares its records, written by hand as
** "rank:date line|title|summary" ("-" for an absent field or rank). Cases where a rule must
** NOT fire stand beside those where it must.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listing.h"
#include "text.h"
#include "check_listing_rows.h"

/* Scan the text z[0..n) and compare its records, each with its rank before a ':', with
** azWant[0..nWant). */
static void check_scan(const char *z, size_t n, const char *const *azWant, int nWant){
  check_scan_rows(z, n, 0, azWant, nWant);
}

#define CHECK(zText, azWant) \
  check_scan(zText, strlen(zText), azWant, (int)(sizeof(azWant)/sizeof(azWant[0])))

/* "Published: October 8, 2013" is the date a result that is no document went on line: it ends
** the record above, opens none, and the result keeps its place in the ranks, once, also under
** its type line ("Blog Post"). */
START_TEST(test_published_dates){
  static const char *const azBare[] = {
    "-:October 8, 1963|Cable from Qiang Xiaochu|Kim Il Sung meets with cabinet officials.",
    "-:March 16, 1967|Note on a Conversation with the Soviet Embassy|"
      "A note on the Cultural Revolution.",
  };
  static const char *const azRanked[] = {
    "2:October 8, 1963|Cable from Qiang Xiaochu|Kim Il Sung meets with cabinet officials.",
    "4:March 16, 1967|Note on a Conversation with the Soviet Embassy|-",
  };
  static const char *const azNoBlank[] = {
    "1:1956|Report on Hungary|The embassy reports on the uprising.",
    "3:Undated|Letter from Nagy|-",
  };
  CHECK("October 8, 1963\n\nCable from Qiang Xiaochu\n\nKim Il Sung meets with cabinet "
        "officials.\n\nPublished: October 8, 2013\n\nThe Premier Kim Cable, Fifty Years On\n\n"
        "A look back at one of the archive's most read documents.\n\nMarch 16, 1967\n\n"
        "Note on a Conversation with the Soviet Embassy\n\nA note on the Cultural Revolution.\n",
        azBare);
  /* Under a type line, its date of publication holds no second place; a result without a
  ** type line above its date of publication holds one. */
  CHECK("1 - 4 of 4\n\nBlog Post\n\nPublished: October 8, 2013\n\nThe Premier Kim Cable\n\n"
        "October 8, 1963\n\nCable from Qiang Xiaochu\n\nKim Il Sung meets with cabinet "
        "officials.\n\nPosted on March 1, 2020\n\nKorea and the Cold War: A Reader\n\n"
        "March 16, 1967\n\nNote on a Conversation with the Soviet Embassy\n", azRanked);
  CHECK("1 - 3 of 3\n1956\nReport on Hungary\nThe embassy reports on the uprising.\n"
        "Опубликовано: 8 октября 2013\nВенгрия, 1956 год\nUndated\nLetter from Nagy\n",
        azNoBlank);
}
END_TEST

/* Not a date of publication: a title that begins with such a word, a label with no date after
** it, a date line alone. */
START_TEST(test_published_must_not_fire){
  static const char *const az[] = {
    "-:1956|Published Works of Kim Il Sung, 1945-1956|-",
    "-:1957|Posted Letters from the Embassy|-",
    "-:1958|Published Statements of the Soviet Government|"
      "The texts the newspaper printed in full.",
    "-:May 1959|Updated Report on the Five-Year Plan|-",
  };
  CHECK("1956\n\nPublished Works of Kim Il Sung, 1945-1956\n\n1957\n\n"
        "Posted Letters from the Embassy\n\n1958\n\nPublished Statements of the Soviet "
        "Government\n\nThe texts the newspaper printed in full.\n\nMay 1959\n\n"
        "Updated Report on the Five-Year Plan\n", az);
}
END_TEST

/* A cookie banner's buttons a blank line apart from its notice and from each other ("OK" /
** blank / "Decline") are the banner's, as they are right below it. */
START_TEST(test_cookie_buttons_apart){
  static const char *const az[] = {
    "-:June 18, 1953|Telegram from Semyonov to Molotov|-",
  };
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nThis site uses cookies. By "
        "continuing to browse the site you are agreeing to our use of cookies.\n\nOK\n\n"
        "Decline\n\nCustomize\n", az);
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nWe use cookies to improve your "
        "experience on our website.\n\nAccept\n\nDecline\n", az);
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nWe use cookies to improve your "
        "experience on our website.\nAccept\n\nReject\n", az);
}
END_TEST

/* Not the banner's: a short line two blank lines below it (the gap of an undated record), a
** line longer than a button, a line a blank line below a line that is no button. */
START_TEST(test_cookie_buttons_must_not_fire){
  static const char *const azUndated[] = {
    "-:June 18, 1953|Telegram from Semyonov to Molotov|-",
    "-:-|Kim's Letter|-",
  };
  static const char *const azLong[] = {
    "-:June 18, 1953|Telegram from Semyonov to Molotov|-",
    "-:-|Letter from Kim Il Sung to Mao Zedong|-",
  };
  static const char *const azAfterTitle[] = {
    "-:June 18, 1953|Telegram from Semyonov to Molotov|-",
    "-:-|Record of a Talk with Ulbricht|-",
    "-:-|Berlin Notes|-",
  };
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nThis website uses cookies.\n\n\n"
        "Kim's Letter\n", azUndated);
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nThis website uses cookies.\n\n"
        "Letter from Kim Il Sung to Mao Zedong\n", azLong);
  CHECK("June 18, 1953\n\nTelegram from Semyonov to Molotov\n\nThis website uses cookies.\n\n"
        "Record of a Talk with Ulbricht\n\n\nBerlin Notes\n", azAfterTitle);
}
END_TEST

/* A pager's links side by side on one line are furniture: page numbers that follow each other,
** its arrows, "Next", "Previous", its name ("Pagination"), a page-size control. */
START_TEST(test_pager_rows){
  static const char *const az[] = {
    "-:May 4, 1961|Note on a Conversation with the Albanian Charge|"
      "The charge complains about delays.",
    "-:May 5, 1961|Letter from Hoxha to Khrushchev|-",
  };
  const char *const azRow[] = {
    "1 2 3 4 5 6 Next \xE2\x80\xBA Last \xC2\xBB",
    "\xC2\xAB First \xE2\x80\xB9 Previous 1 2 3 4 5 6 \xE2\x80\xA6 Next \xE2\x80\xBA",
    "Pagination 1 2 3 Next",
    "\xE2\x80\xB9 Previous 2 Next \xE2\x80\xBA",
    "Pagination des r\xC3\xA9sultats 1",
    "Results per page: 10 25 50",
    "Previous | 4 | 5 | 6 | Next",
  };
  size_t i;
  for(i=0; i<sizeof(azRow)/sizeof(azRow[0]); i++){
    char zText[600];
    snprintf(zText, sizeof(zText), "%s\n\nMay 4, 1961\n\nNote on a Conversation with the "
             "Albanian Charge\n\nThe charge complains about delays.\n\nMay 5, 1961\n\n"
             "Letter from Hoxha to Khrushchev\n\n%s\n", azRow[i], azRow[i]);
    check_scan(zText, strlen(zText), az, 2);
  }
}
END_TEST

/* Not a pager: words that no pager holds beside the numbers, a number alone beside one link,
** numbers that do not follow each other beside no link. */
START_TEST(test_pager_rows_must_not_fire){
  static const char *const az[] = {
    "-:1955|Report 1 2|-",
    "-:1956|Next Steps 1 2|-",
    "-:1957|Print 7|-",
    "-:1958|Protocol No. 4 of the Commission|Session 3 5",
  };
  CHECK("1955\n\nReport 1 2\n\n1956\n\nNext Steps 1 2\n\n1957\n\nPrint 7\n\n1958\n\n"
        "Protocol No. 4 of the Commission\n\nSession 3 5\n", az);
}
END_TEST

/* A result range with a control on its line after it ("11 - 13 of 23 Sort by") is the page's
** range: its records are ranked. */
START_TEST(test_range_with_control){
  static const char *const az[] = {
    "11:November 27, 1958|Note from the Soviet Government on the Status of Berlin|-",
    "12:ca. 1959|Draft on the Berlin Question|-",
  };
  static const char *const azNone[] = {
    "-:-|11 - 13 of 23 Soviet Notes|-",
    "-:November 27, 1958|Note from the Soviet Government on the Status of Berlin|-",
  };
  CHECK("11 - 13 of 23 Sort by\n\nNovember 27, 1958\n\nNote from the Soviet Government on the "
        "Status of Berlin\n\nca. 1959\n\nDraft on the Berlin Question\n", az);
  CHECK("Showing 11 - 13 of 23 results Sort by: Relevance\n\nNovember 27, 1958\n\nNote from "
        "the Soviet Government on the Status of Berlin\n\nca. 1959\n\n"
        "Draft on the Berlin Question\n", az);
  /* Not a range: words that are no control after it. */
  CHECK("11 - 13 of 23 Soviet Notes\n\nNovember 27, 1958\n\nNote from the Soviet Government "
        "on the Status of Berlin\n", azNone);
}
END_TEST

/* A copy that stops in a date line after a word that qualifies a year ("circa 19", "ca.",
** "Winter 1") or in a range's second date ("November 1950 - Jan", "October 19–20,") leaves
** no record and adds nothing to the summary above. */
START_TEST(test_cut_date_parts){
  static const char *const az[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
  };
  const char *const azCut[] = {
    "circa 19", "circa", "ca. 1", "ca.", "c.", "Winter 1", "Spring",
    "November 1950 - Jan", "November 1950 -", "October 19\xE2\x80\x93" "20,", "1950-19",
  };
  size_t i;
  for(i=0; i<sizeof(azCut)/sizeof(azCut[0]); i++){
    char zText[300];
    snprintf(zText, sizeof(zText), "May 4, 1961\n\nNote on the Charge\n\n"
             "The charge complains about delays.\n\n%s", azCut[i]);
    check_scan(zText, strlen(zText), az, 1);
    snprintf(zText, sizeof(zText), "May 4, 1961\n\nNote on the Charge\n\n"
             "The charge complains about delays.\n\n\n%s", azCut[i]);
    check_scan(zText, strlen(zText), az, 1);
  }
}
END_TEST

/* Not a cut date line: a title whose first word may begin a date but whose rest begins none
** ("Early Warnings", "Fall of Saigon"), words parted by a hyphen or a dash that are no dates,
** a line that is not the last. */
START_TEST(test_cut_date_parts_must_not_fire){
  const char *const azLast[] = {
    "Early Warnings", "Fall of Saigon", "Sino-Soviet Split", "1968 \xE2\x80\x93 Prague",
    "Mid-Year Report", "x",
  };
  static const char *const azNotLast[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
    "-:-|Winter|-",
    "-:1962|Report|-",
  };
  size_t i;
  for(i=0; i<sizeof(azLast)/sizeof(azLast[0]); i++){
    char zText[300], zWant[100];
    const char *az[2];
    snprintf(zText, sizeof(zText), "May 4, 1961\n\nNote on the Charge\n\n"
             "The charge complains about delays.\n\n\n%s\n", azLast[i]);
    snprintf(zWant, sizeof(zWant), "-:-|%s|-", azLast[i]);
    az[0] = "-:May 4, 1961|Note on the Charge|The charge complains about delays.";
    az[1] = zWant;
    check_scan(zText, strlen(zText), az, 2);
  }
  CHECK("May 4, 1961\n\nNote on the Charge\n\nThe charge complains about delays.\n\n\n"
        "Winter\n\n1962\n\nReport\n", azNotLast);
}
END_TEST

/* A record's details ("Original Language: Russian", "Source: ...", "Keywords: ...") between its
** title and its summary, or below a title without one, are neither: the record goes on. Below
** a summary, a detail that reads as prose stays a paragraph of it; one that does not is
** skipped, and opens no record. */
START_TEST(test_record_details){
  static const char *const az[] = {
    "-:August 12, 1968|Record of a Meeting of the Politburo|"
      "The Politburo discusses the letter of the five parties.",
    "-:August 21, 1968|Telegram from the Hungarian Embassy in Prague|-",
    "-:-|Chronology of the Invasion|-",
  };
  static const char *const azProse[] = {
    "-:January 1959|Information on South Korea|The information surveys the parties. "
      "Original archive: AVPRF, fond 0102, opis 15.",
  };
  CHECK("August 12, 1968\n\nRecord of a Meeting of the Politburo\n\nOriginal Language: "
        "Russian\n\nSource: RGANI, fond 3, opis 72\n\nThe Politburo discusses the letter of "
        "the five parties.\n\nAugust 21, 1968\n\nTelegram from the Hungarian Embassy in "
        "Prague\n\nLanguage: Hungarian\n\n\nChronology of the Invasion\n", az);
  {
    static const char *const azCompact[] = {
      "-:August 12, 1968|Record of a Meeting of the Politburo|"
        "The Politburo discusses the letter of the five parties.",
      "-:August 21, 1968|Telegram from the Hungarian Embassy in Prague|-",
      "-:Undated|Chronology of the Invasion|-",
    };
    CHECK("August 12, 1968\nRecord of a Meeting of the Politburo\nOriginal Language: Russian\n"
          "The Politburo discusses the letter of the five parties.\nTranslated by: Paul Wilson"
          "\nAugust 21, 1968\nTelegram from the Hungarian Embassy in Prague\nKeywords: Prague "
          "Spring\nUndated\nChronology of the Invasion\n", azCompact);
  }
  /* A record's "Last updated: March 3, 2021" is a detail, not another kind's date: ranks hold. */
  {
    static const char *const azUpdated[] = {
      "1:May 4, 1961|Note on the Charge|The charge complains about delays.",
      "2:May 5, 1961|Letter from Hoxha|-",
    };
    CHECK("1 - 2 of 2\n\nMay 4, 1961\n\nNote on the Charge\n\nLast updated: March 3, 2021\n\n"
          "The charge complains about delays.\n\nMay 5, 1961\n\nLetter from Hoxha\n\n"
          "Updated: 2020-01-01\n", azUpdated);
  }
  CHECK("January 1959\n\nInformation on South Korea\n\nThe information surveys the parties."
        "\n\nOriginal archive: AVPRF, fond 0102, opis 15.\n", azProse);
}
END_TEST

/* Not a detail: a title whose first words are no such label, a label with no value after its
** colon, a colon past the longest label. */
START_TEST(test_record_details_must_not_fire){
  static const char *const az[] = {
    "-:1962|Memorandum: 1962 Plan for Economic Cooperation|-",
    "-:1963|Sources of Soviet Conduct: A Draft|-",
    "-:1964|Report on the Languages of Instruction in the Republics: Figures for 1963|-",
    "-:1965|Source:|-",
    "-:1966|Report|-",
  };
  CHECK("1962\n\nMemorandum: 1962 Plan for Economic Cooperation\n\n1963\n\n"
        "Sources of Soviet Conduct: A Draft\n\n1964\n\nReport on the Languages of "
        "Instruction in the Republics: Figures for 1963\n\n1965\n\nSource:\n\n1966\n\n"
        "Report\n", az);
}
END_TEST

/* A pager's labels that name a page's number ("Current page 5", "Page 2", "Go to previous
** page") are furniture; "Page" in a title is not. */
START_TEST(test_pager_page_labels){
  static const char *const az[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
    "-:May 5, 1961|Letter from Hoxha|-",
  };
  static const char *const azTitle[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
    "-:May 5, 1961|Letter from Hoxha|-",
    "-:-|Page 2 of the Protocol|-",
  };
  CHECK("May 4, 1961\n\nNote on the Charge\n\nThe charge complains about delays.\n\n"
        "May 5, 1961\n\nLetter from Hoxha\n\nCurrent page 5\n\nPage 2\n\n"
        "Go to previous page\n\n\xE2\x80\xB9 Zur\xC3\xBC" "ck Seite 3 Weiter \xE2\x80\xBA\n\n"
        "Page 1 of 6\n\nSeite 2 von 6\n", az);
  CHECK("May 4, 1961\n\nNote on the Charge\n\nThe charge complains about delays.\n\n"
        "May 5, 1961\n\nLetter from Hoxha\n\n\nPage 2 of the Protocol\n", azTitle);
}
END_TEST

/* A copy that stops in a record's detail label ("Original Lang", "Source:") or in a date of
** publication ("Published: Octo", "Publis") leaves nothing of it. */
START_TEST(test_cut_labels){
  static const char *const az[] = {
    "-:August 12, 1968|Record of a Meeting of the Politburo|"
      "The Politburo discusses the letter of the five parties.",
  };
  const char *const azCut[] = {
    "Original Lang", "Contributed b", "Source:", "Published: Octo", "Published:",
    "Posted on 1",
  };
  size_t i;
  for(i=0; i<sizeof(azCut)/sizeof(azCut[0]); i++){
    char zText[300];
    snprintf(zText, sizeof(zText), "August 12, 1968\nRecord of a Meeting of the Politburo\n"
             "The Politburo discusses the letter of the five parties.\n%s", azCut[i]);
    check_scan(zText, strlen(zText), az, 1);
  }
}
END_TEST

/* The beginning of a label's first word begins titles and summaries too: it stays. */
START_TEST(test_cut_labels_must_not_fire){
  static const char *const azSummary[] = {
    "-:August 12, 1968|Record of a Meeting of the Politburo|The",
  };
  static const char *const azTitle[] = {
    "-:1969|Sources of|-",
  };
  static const char *const azRecord[] = {
    "-:1970|Record|-",
  };
  CHECK("August 12, 1968\n\nRecord of a Meeting of the Politburo\n\nThe", azSummary);
  CHECK("1969\n\nSources of", azTitle);
  CHECK("1970\n\nRecord", azRecord);
}
END_TEST

/* A record's tools and the page's ("Print this page", "Email", "Permalink", "Back to search
** results", "Help") are furniture; a range may say "of about 57". */
START_TEST(test_page_tools){
  static const char *const az[] = {
    "11:May 4, 1961|Note on the Charge|The charge complains about delays.",
    "12:May 5, 1961|Letter from Hoxha|-",
  };
  static const char *const azTitles[] = {
    "-:1961|Help for the Flood Victims|-",
    "-:1962|Email from the Embassy|-",
  };
  CHECK("Results 11 \xE2\x80\x93 12 of about 57\n\nMay 4, 1961\n\nNote on the Charge\n\n"
        "The charge complains about delays.\n\nPrint this page\n\nEmail\n\nMay 5, 1961\n\n"
        "Letter from Hoxha\n\nPermalink\n\nBack to search results\n\nHelp\n", az);
  /* Not furniture: titles that begin with such a word. */
  CHECK("1961\n\nHelp for the Flood Victims\n\n1962\n\nEmail from the Embassy\n", azTitles);
}
END_TEST

/* A copy that stops in a pager's row ("« First ‹ Previ", "1 2 3 Ne") leaves nothing of it; a
** last line whose first pieces are no pager's is kept. */
START_TEST(test_cut_pager_rows){
  static const char *const az[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
  };
  static const char *const azKept[] = {
    "-:May 4, 1961|Note on the Charge|The charge complains about delays.",
    "-:-|Report Ne|-",
  };
  const char *const azCut[] = {
    "\xC2\xAB First \xE2\x80\xB9 Previ", "1 2 3 Ne", "Pagination 1 2 3 N",
    "\xE2\x80\xB9 Previous 1 2 3 4 5 6 Next \xE2\x80\xBA La",
  };
  size_t i;
  for(i=0; i<sizeof(azCut)/sizeof(azCut[0]); i++){
    char zText[300];
    snprintf(zText, sizeof(zText), "May 4, 1961\n\nNote on the Charge\n\n"
             "The charge complains about delays.\n\n\n%s", azCut[i]);
    check_scan(zText, strlen(zText), az, 1);
  }
  CHECK("May 4, 1961\n\nNote on the Charge\n\nThe charge complains about delays.\n\n\n"
        "Report Ne", azKept);
}
END_TEST

static Suite *listing_audit4_suite(void){
  Suite *s = suite_create("listing_audit4");
  TCase *tc = tcase_create("furniture");
  tcase_add_test(tc, test_published_dates);
  tcase_add_test(tc, test_published_must_not_fire);
  tcase_add_test(tc, test_cookie_buttons_apart);
  tcase_add_test(tc, test_cookie_buttons_must_not_fire);
  tcase_add_test(tc, test_pager_rows);
  tcase_add_test(tc, test_pager_rows_must_not_fire);
  tcase_add_test(tc, test_range_with_control);
  tcase_add_test(tc, test_cut_date_parts);
  tcase_add_test(tc, test_cut_date_parts_must_not_fire);
  tcase_add_test(tc, test_record_details);
  tcase_add_test(tc, test_record_details_must_not_fire);
  tcase_add_test(tc, test_pager_page_labels);
  tcase_add_test(tc, test_cut_labels);
  tcase_add_test(tc, test_cut_labels_must_not_fire);
  tcase_add_test(tc, test_page_tools);
  tcase_add_test(tc, test_cut_pager_rows);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit4_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
