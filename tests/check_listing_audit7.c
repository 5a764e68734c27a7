/*
** check_listing_audit7.c: unit tests for ext/listing_dateline.c, ext/listing_wraps.c,
** ext/listing_browser.c, ext/listing_lines.c, ext/listing_counts.c and ext/html.c on what the
** seventh listing audit met on whole pages: date lines that are a letter's or a telegram's
** heading, with the place before the date ("Moscow, 12 May 1955", "Berlin, 17. Juni 1953");
** the names of icons without an underscore that a copy gives as words ("menu", "tune",
** "search"), also beside furniture ("expand_more Show more"); a Chinese range without its total
** ("第3-4条") below the page's "共 11 条"; a range after a label in another language
** ("Результаты: 1 - 4 из 57"); titles that a printed sheet wraps onto a line that begins with a
** capital ("... Pavel Yudin on the" over "Hungarian and Polish Events"); a sort option with a
** note in brackets ("Date (oldest first)"); what a browser's reader view prints above the page
** ("digitalarchive.wilsoncenter.org", "2–3 minutes"); copies cut inside such a heading, a year,
** an icon's name, a printed sheet's footer or a total's thousands; and a CDATA section written
** in a saved page's body.
**
** Each case scans a small inline text and compares its records, written by hand as
** "rank/total:date line|title|summary" ("-" for an absent field, rank or total). Cases where a
** rule must NOT fire stand beside those where it must.
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
#define CHECK_NONE(zText) check_scan_rows(zText, strlen(zText), 1, 0, 0)

/* A letter's heading is a date line: a place, a comma and a date that names a day. */
START_TEST(test_place_date_lines){
  static const char *const azEn[] = {
    "1/5:Moscow, 12 May 1955|Letter from Molotov to Zhou Enlai|Molotov thanks Zhou Enlai.",
    "2/5:Hanoi, July 5, 1965|Letter from Ho Chi Minh to Mao Zedong|-",
  };
  static const char *const azDe[] = {
    "-/-:Berlin, 17. Juni 1953|Bericht der Volkspolizei über die Lage in Ost-Berlin|-",
    "-/-:August 1961|Brief von Walter Ulbricht an Nikita Chruschtschow|-",
  };
  static const char *const azEs[] = {
    "-/-:La Habana, 26 de octubre de 1962|Carta de Fidel Castro a Nikita Jruschov|-",
  };
  CHECK("Results:\n\n1 - 5 of 5\n\nMoscow, 12 May 1955\n\nLetter from Molotov to Zhou Enlai\n\n"
        "Molotov thanks Zhou Enlai.\n\nHanoi, July 5, 1965\n\nLetter from Ho Chi Minh to Mao "
        "Zedong\n", azEn);
  CHECK("Berlin, 17. Juni 1953\nBericht der Volkspolizei über die Lage in Ost-Berlin\n"
        "August 1961\nBrief von Walter Ulbricht an Nikita Chruschtschow\n", azDe);
  CHECK("Dokumente\nLa Habana, 26 de octubre de 1962\nCarta de Fidel Castro a Nikita Jruschov\n",
        azEs);
}
END_TEST

/* No place before a month or a year alone, no genre as a place, no words in small letters: a
** title. */
START_TEST(test_place_date_lines_must_not_fire){
  static const char *const az[] = {
    "-/-:1956|Budapest, 1956|The collection gathers the documents of the revolution.",
    "-/-:-|Memorandum, 12 May 1955|-",
    "-/-:-|Conversation with Kim, 12 May 1955|-",
  };
  CHECK("1956\n\nBudapest, 1956\n\nThe collection gathers the documents of the revolution.\n\n\n"
        "Memorandum, 12 May 1955\n\n\nConversation with Kim, 12 May 1955\n", az);
}
END_TEST

/* The names of icons without an underscore ("menu", "search", "tune", "close", "home"), alone
** on their lines in small letters, and an icon's name beside furniture ("expand_more Show
** more", "Next chevron_right"), are no records and no summaries. */
START_TEST(test_icon_words){
  static const char *const az[] = {
    "1/345:October 23, 1956|Report from the Hungarian Legation in Moscow|"
      "The legation reports the Soviet view.",
    "2/345:Undated|Notes of Imre Nagy's Last Speech|-",
  };
  static const char *const azMore[] = {
    "-/57:Undated|Information on the Yugoslav Embassy in Budapest|-",
  };
  CHECK("menu\nDigital Archive\nsearch\nSkip to content\nShowing 1-20 of 345\ntune\nFilter\n"
        "Documents\nOctober 23, 1956\nReport from the Hungarian Legation in Moscow\nThe legation "
        "reports the Soviet view.\ntune\nUndated\nNotes of Imre Nagy's Last Speech\nclose\nhome\n",
        az);
  CHECK("Found 57 documents\n\nUndated\n\nInformation on the Yugoslav Embassy in Budapest\n\n"
        "expand_more Show more\n\nNext chevron_right\n", azMore);
}
END_TEST

/* A word that is an icon's name, capitalized or inside a title, is text. */
START_TEST(test_icon_words_must_not_fire){
  static const char *const az[] = {
    "-/-:1962|Menu of the State Dinner for Khrushchev|-",
    "-/-:1963|Search for the Missing Aircraft|The search ends near Sakhalin.",
  };
  CHECK("1962\n\nMenu of the State Dinner for Khrushchev\n\n1963\n\nSearch for the Missing "
        "Aircraft\n\nThe search ends near Sakhalin.\n", az);
}
END_TEST

/* "第3-4条" alone ranks its records; the total stays that of the page's "共 11 条". A label
** of the site's other languages may stand before a range ("Результаты: 1 - 4 из 57"). */
START_TEST(test_range_forms){
  static const char *const azZh[] = {
    "1/11:1950年10月2日|毛泽东致斯大林电报|-",
    "3/11:日期不详|彭德怀关于第一次战役的报告|-",
  };
  static const char *const azRu[] = {
    "1/57:14 мая 1955 г.|Запись беседы посла СССР в КНР с Мао Цзэдуном|-",
  };
  static const char *const azDe[] = {
    "1/57:August 1961|Brief von Walter Ulbricht an Nikita Chruschtschow|-",
  };
  CHECK("搜索结果\n共 11 条\n第1-2条\n1950年10月2日\n毛泽东致斯大林电报\n搜索结果\n共 11 条\n"
        "第3-4条\n日期不详\n彭德怀关于第一次战役的报告\n", azZh);
  CHECK("Результаты: 1 - 4 из 57\n14 мая 1955 г.\nЗапись беседы посла СССР в КНР с Мао "
        "Цзэдуном\n", azRu);
  CHECK("Ergebnisse: 1 - 3 von 57\nAugust 1961\nBrief von Walter Ulbricht an Nikita "
        "Chruschtschow\n", azDe);
}
END_TEST

/* A title with such a count in it is a title. */
START_TEST(test_range_forms_must_not_fire){
  static const char *const az[] = {
    "-/-:1950年10月|第1-2条的说明|-",
  };
  CHECK("1950年10月\n第1-2条的说明\n", az);
}
END_TEST

/* A title that filled a printed sheet's line wraps onto a line that begins with a capital: on a
** page that sets its fields apart with blank lines, on a printed page (its sheet's header),
** and below a title that stops mid-phrase. */
START_TEST(test_title_wraps_capital){
  static const char *const azBlank[] = {
    "1/37:August 24, 1956|Conversation between Mao Zedong and the Soviet Ambassador Pavel Yudin "
      "on the Hungarian and Polish Events|Mao criticizes the Soviet leadership.",
    "2/37:March 1, 1950|Memorandum of Conversation between Stalin and Mao Zedong on the "
      "Sino-Soviet Treaty and the Status of Port Arthur|-",
  };
  static const char *const azPrinted[] = {
    "1/212:April 19, 1955|Speech by Premier Zhou Enlai at the Plenary Session of the "
      "Asian-African Conference|Zhou declares that the delegation came to seek common ground.",
    "2/212:May 1955|Cable from the Chinese Embassy in New Delhi, 'Nehru's Views on the "
      "Conference'|-",
  };
  static const char *const azMid[] = {
    "-/-:April 1955|Report from the Indonesian Foreign Ministry on the Preparations for the "
      "Bandung Conference|The ministry lists the delegations.",
  };
  CHECK("Results:\n\n1 - 4 of 37\n\nAugust 24, 1956\n\nConversation between Mao Zedong and the "
        "Soviet Ambassador Pavel Yudin on the\nHungarian and Polish Events\n\nMao criticizes the "
        "Soviet leadership.\n\nMarch 1, 1950\n\nMemorandum of Conversation between Stalin and "
        "Mao Zedong on the Sino-Soviet\nTreaty and the Status of Port Arthur\n", azBlank);
  CHECK("12/7/26, 10:02 PM Search | Wilson Center Digital Archive\n1 - 4 of 212\nApril 19, 1955\n"
        "Speech by Premier Zhou Enlai at the Plenary Session of the Asian-African\nConference\n"
        "Zhou declares that the delegation came to seek common ground.\nMay 1955\nCable from the "
        "Chinese Embassy in New Delhi, 'Nehru's Views on the\nConference'\n", azPrinted);
  CHECK("April 1955\nReport from the Indonesian Foreign Ministry on the Preparations for the\n"
        "Bandung Conference\nThe ministry lists the delegations.\n", azMid);
}
END_TEST

/* Not on a page without blank lines that no browser printed, below a title that ends a
** phrase; not a line that begins with a genre there; not a short title; not prose. */
START_TEST(test_title_wraps_capital_must_not_fire){
  static const char *const azBare[] = {
    "-/-:April 19, 1955|Speech by Premier Zhou Enlai at the Plenary Session of the Asian-African|-",
    "-/-:-|Conference Documents|The delegations' papers.",
  };
  static const char *const azKind[] = {
    "-/-:April 1955|Report from the Indonesian Foreign Ministry on the Preparations for the|"
      "Report on the Final Communiqué",
  };
  static const char *const azShort[] = {
    "-/-:May 1955|Cable from the Embassy in New Delhi|-",
    "-/-:-|Notes on the Conference|-",
  };
  static const char *const azProse[] = {
    "-/-:August 24, 1956|Conversation between Mao Zedong and the Soviet Ambassador Pavel Yudin|"
      "Mao criticizes the Soviet leadership for its handling of the Polish crisis",
  };
  CHECK("April 19, 1955\nSpeech by Premier Zhou Enlai at the Plenary Session of the Asian-African"
        "\nConference Documents\nThe delegations' papers.\n", azBare);
  CHECK("April 1955\nReport from the Indonesian Foreign Ministry on the Preparations for the\n"
        "Report on the Final Communiqué\n", azKind);
  CHECK("May 1955\n\nCable from the Embassy in New Delhi\n\n\nNotes on the Conference\n", azShort);
  CHECK("August 24, 1956\n\nConversation between Mao Zedong and the Soviet Ambassador Pavel Yudin"
        "\nMao criticizes the Soviet leadership for its handling of the Polish crisis\n", azProse);
}
END_TEST

/* A sort option with a note in brackets ("Date (oldest first)") below its control; what a
** reader view prints above the page: the host and the reading time. */
START_TEST(test_options_and_reader_furniture){
  static const char *const azSort[] = {
    "1/1045:May 14, 1955|Treaty of Friendship, Co-operation and Mutual Assistance|-",
  };
  static const char *const azReader[] = {
    "1/88:June 28, 1948|Resolution of the Information Bureau|-",
  };
  CHECK("1 - 4 of 1,045\nSort by\nDate (oldest first)\nMay 14, 1955\nTreaty of Friendship, "
        "Co-operation and Mutual Assistance\n", azSort);
  CHECK("digitalarchive.wilsoncenter.org\n\n2–3 minutes\n\nShowing 1 - 3 of 88\n\nJune 28, 1948\n"
        "\nResolution of the Information Bureau\n", azReader);
}
END_TEST

/* A title in brackets is no option's note; a line with a host in a sentence, or minutes of a
** meeting, is text. */
START_TEST(test_options_and_reader_furniture_must_not_fire){
  static const char *const az[] = {
    "-/-:1956|Report on Hungary (first draft)|-",
    "-/-:1957|Minutes of the Meeting|-",
    "-/-:-|5 Minutes to Midnight|-",
    "-/-:1958|Report on the Archive|wilsoncenter.org lists the documents.",
  };
  CHECK("1956\n\nReport on Hungary (first draft)\n\n1957\n\nMinutes of the Meeting\n\n\n"
        "5 Minutes to Midnight\n\n1958\n\nReport on the Archive\n\nwilsoncenter.org lists the "
        "documents.\n", az);
}
END_TEST

/* A copy cut inside a heading's place and comma or its date, inside a year, an icon's name, a
** printed sheet's footer, a total's thousands or an option's note has no record there; a
** wrapped title cut in its last word is still the title's. */
START_TEST(test_cut_forms){
  static const char *const az[] = {
    "1/5:May 12, 1955|Letter from Molotov to Zhou Enlai|Molotov thanks Zhou Enlai.",
  };
  static const char *const azTitle[] = {
    "1/19:March 1, 1950|Memorandum of Conversation between Stalin and Mao Zedong on the "
      "Sino-Soviet Treaty and t|-",
  };
  const char *zHead = "1 - 5 of 5\n\nMay 12, 1955\n\nLetter from Molotov to Zhou Enlai\n\n"
                      "Molotov thanks Zhou Enlai.\n\n";
  static const char *const azTail[] = {
    "Pyongyang,", "Hanoi, July 5,", "Hanoi, July 5, 19", "noviembre de 196", "chevron_",
    "https:/", "https://digitalarchive.wilsoncenter.org/search?q=kim 1/", "expand_more Sho",
    "circ", "appro",
  };
  size_t i;
  for(i=0; i<sizeof(azTail)/sizeof(azTail[0]); i++){
    char buf[400];
    snprintf(buf, sizeof(buf), "%s%s", zHead, azTail[i]);
    check_scan_rows(buf, strlen(buf), 1, az, 1);
  }
  CHECK("1 - 5 of 5\n\nMay 12, 1955\n\nLetter from Molotov to Zhou Enlai\n\nMolotov "
        "thanks Zhou Enlai.\n\nchevron_right\n\nclo", az);
  CHECK("Results:\n\n1 - 3 of 19\n\nMarch 1, 1950\n\nMemorandum of Conversation between Stalin "
        "and Mao Zedong on the Sino-Soviet\nTreaty and t", azTitle);
  CHECK_NONE("Skip to content\n1 - 4 of 1,");
  CHECK_NONE("Skip to content\n1 - 4 of 1,045\nSort by\nDate (old");
}
END_TEST

/* Whole lines are no cut: a heading's date with its year, a title that ends in a number. */
START_TEST(test_cut_forms_must_not_fire){
  static const char *const az[] = {
    "-/-:1956|Report on Hungary|-",
    "-/-:-|Resolution 242|-",
  };
  static const char *const azYear[] = {
    "-/-:1956|Report on Hungary|-",
    "-/-:Warsaw, 21.X.1956|Note of the Polish Foreign Ministry|-",
  };
  static const char *const azWord[] = {
    "-/-:1956|Report on Hungary|-",
    "-/-:-|cirque|-",
  };
  CHECK("1956\n\nReport on Hungary\n\n\nResolution 242", az);
  CHECK("1956\n\nReport on Hungary\n\n\ncirque", azWord);
  CHECK("1956\n\nReport on Hungary\n\nWarsaw, 21.X.1956\n\nNote of the Polish Foreign Ministry",
        azYear);
}
END_TEST

/* A CDATA section written in a saved page's body, outside a script, is no text of the page; it
** ends at its "]]>", or with the element it began in. */
START_TEST(test_cdata_in_body){
  static const char zHtml[] =
    "<html><body><ul>"
    "<li><p>August 1961</p><h3>Letter from Walter Ulbricht to Nikita Khrushchev</h3></li>"
    "<![CDATA[ <li><p>1962</p><h3>Phantom record</h3></li> ]]>"
    "<li><p>September 16, 1961</p><h3>Memorandum of Conversation</h3></li>"
    "</ul><div><p>A <![CDATA[ hidden</p></div><p>Shown again</p></body></html>";
  HtmlPage page;
  ck_assert(html_read_page(zHtml, strlen(zHtml), 0, 0, &page)==ARCH_OK);
  ck_assert_msg(strstr(page.zText, "Phantom")==0, "[%s]", page.zText);
  ck_assert_msg(strstr(page.zText, "CDATA")==0, "[%s]", page.zText);
  ck_assert_msg(strstr(page.zText, "September 16, 1961")!=0, "[%s]", page.zText);
  ck_assert_msg(strstr(page.zText, "Shown again")!=0, "[%s]", page.zText);
  html_page_free(&page);
}
END_TEST

static Suite *listing_audit7_suite(void){
  Suite *s = suite_create("listing_audit7");
  TCase *tc = tcase_create("audit7");
  tcase_add_test(tc, test_place_date_lines);
  tcase_add_test(tc, test_place_date_lines_must_not_fire);
  tcase_add_test(tc, test_icon_words);
  tcase_add_test(tc, test_icon_words_must_not_fire);
  tcase_add_test(tc, test_range_forms);
  tcase_add_test(tc, test_range_forms_must_not_fire);
  tcase_add_test(tc, test_title_wraps_capital);
  tcase_add_test(tc, test_title_wraps_capital_must_not_fire);
  tcase_add_test(tc, test_options_and_reader_furniture);
  tcase_add_test(tc, test_options_and_reader_furniture_must_not_fire);
  tcase_add_test(tc, test_cut_forms);
  tcase_add_test(tc, test_cut_forms_must_not_fire);
  tcase_add_test(tc, test_cdata_in_body);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit7_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
