/*
** check_listing_audit5.c: unit tests for ext/listing.c, ext/listing_lines.c, ext/listing_counts.c
** and ext/text.c on what the fifth listing audit met on whole pages: a sort control over its
** option a blank line apart ("Sortieren nach" / blank / "Relevanz"), in the site's other
** languages too; a control of results per page ("Show 10 | 25 | 50 per page"); a result count
** without a range ("57 results", "Showing 3 documents"); search facets without brackets
** ("English 290" over "Russian 77"), or with their counts on the lines below them ("English"
** over "290"); a block of other documents below the results ("Related
** Documents", "You may also like") whose cards are dated; zero-width characters inside words
** ("Stalin\u200B’s", a soft hyphen); "no date" lines in Russian, Korean and Chinese; a
** record's tags side by side below it ("Hungarian Revolution, 1956 · Soviet Union"); copies
** cut in an East Asian date line, a pager's range word or a control's option ("1949年10月1",
** "Seite 1 v", "Sort by: Rele"); a card's field labels on lines of their own ("Title:" over
** the title).
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
#include "text.h"
#include "check_listing_rows.h"

/* Scan the text z[0..n) and compare its records, each with its rank and total before a ':',
** with azWant[0..nWant). */
static void check_scan(const char *z, size_t n, const char *const *azWant, int nWant){
  check_scan_rows(z, n, 1, azWant, nWant);
}

#define CHECK(zText, azWant) \
  check_scan(zText, strlen(zText), azWant, (int)(sizeof(azWant)/sizeof(azWant[0])))

/* A sort control and its chosen option a blank line apart, as a copy of a page that sets them
** in blocks gives them: the option is furniture, in English and in German. */
START_TEST(test_sort_option_apart){
  static const char *const azDe[] = {
    "1/27:17. Juni 1953|Bericht über die Ereignisse in Ost-Berlin|"
      "Der Bericht schildert die Streiks der Bauarbeiter.",
    "2/27:August 1961|Brief von Walter Ulbricht an Nikita Chruschtschow|-",
  };
  static const char *const azEn[] = {
    "21/23:July 1957|Report on the Countryside|The report describes the grain campaign.",
  };
  CHECK("Zum Inhalt springen\n\nSuchergebnisse\n\n1 - 2 von 27\n\nSortieren nach\n\nRelevanz\n\n"
        "17. Juni 1953\n\nBericht über die Ereignisse in Ost-Berlin\n\nDer Bericht schildert die "
        "Streiks der Bauarbeiter.\n\nAugust 1961\n\nBrief von Walter Ulbricht an Nikita "
        "Chruschtschow\n\nSeite 1 von 9\n", azDe);
  CHECK("21 - 21 of 23\n\nSort by\n\nNewest first\n\nJuly 1957\n\nReport on the Countryside\n\n"
        "The report describes the grain campaign.\n", azEn);
}
END_TEST

/* Below a control, a line a blank line apart that is no option is a record's. */
START_TEST(test_sort_option_apart_must_not_fire){
  static const char *const azOther[] = {
    "1/2:-|Memorandum on Trade with Albania|The memorandum lists the goods to be delivered.",
    "2/2:May 4, 1961|Note on a Conversation with the Chargé|-",
  };
  CHECK("1 - 2 of 2\n\nSort by\n\nMemorandum on Trade with Albania\n\n"
        "The memorandum lists the goods to be delivered.\n\n"
        "May 4, 1961\n\nNote on a Conversation with the Chargé\n", azOther);
}
END_TEST

/* "Show 10 | 25 | 50 per page": a control of the number of results a page shows, with a pager's
** label first ("Show"), is a pager's row; "Print results" is a tool. */
START_TEST(test_per_page_control){
  static const char *const az[] = {
    "21/23:July 1957|Report on the Countryside|The report describes the grain campaign.",
    "22/23:August 1957|Letter from the Polish Embassy|-",
  };
  CHECK("Results:\n21 - 22 of 23\nDocuments\nSort by\nTitle\nShow 10 | 25 | 50 per page\n"
        "Print results\nJuly 1957\nReport on the Countryside\nThe report describes the grain "
        "campaign.\nAugust 1957\nLetter from the Polish Embassy\nShow 10 per page\n", az);
}
END_TEST

START_TEST(test_per_page_control_must_not_fire){
  static const char *const az[] = {
    "1/2:1952|Show Trials in Prague, Part 2|The trial of Slánský and thirteen others.",
    "2/2:1953|Show Me the Documents|-",
  };
  CHECK("1 - 2 of 2\n1952\nShow Trials in Prague, Part 2\nThe trial of Slánský and thirteen "
        "others.\n1953\nShow Me the Documents\n", az);
}
END_TEST

/* A result count without a range gives the records its total, and no ranks. */
START_TEST(test_total_alone){
  static const char *const az57[] = {
    "-/57:May 4, 1961|Note on a Conversation with the Albanian Chargé|"
      "The chargé complains about delays.",
    "-/57:Undated|Report on the Albanian Party of Labor|-",
  };
  static const char *const az3[] = {
    "-/3:April 1949|Memorandum of Conversation between Mao Zedong and Anastas Mikoyan|-",
  };
  static const char *const azRu[] = {
    "-/12:25 июня 1950 г.|Шифротелеграмма Штыкова Сталину|-",
  };
  static const char *const azFor[] = {
    "-/1045:1956|Report on Hungary|-",
  };
  CHECK("Skip to content\n\nSearch\n\n57 results\n\nSort by\n\nRelevance\n\nMay 4, 1961\n\n"
        "Note on a Conversation with the Albanian Chargé\n\nThe chargé complains about delays.\n\n"
        "Undated\n\nReport on the Albanian Party of Labor\n", az57);
  CHECK("Skip to content\nShowing 3 documents\nClear all\nApril 1949\nMemorandum of Conversation "
        "between Mao Zedong and Anastas Mikoyan\n", az3);
  CHECK("Найдено 12 документов\n25 июня 1950 г.\nШифротелеграмма Штыкова Сталину\n", azRu);
  CHECK("1,045 results found for hungary\n1956\nReport on Hungary\n", azFor);
}
END_TEST

/* Titles that begin with a number and a noun of a count, a count with no noun and a lead word
** without a colon are no totals; a range is still one. */
START_TEST(test_total_alone_must_not_fire){
  static const char *const azTitles[] = {
    "-/-:1950|57 Documents on the Korean War|A selection for teachers.",
    "-/-:1951|Protocol 2|-",
    "-/-:1952|12 Results of the Plenum|-",
  };
  static const char *const azRange[] = {
    "11/57:1950|Report on Korea|-",
  };
  CHECK("1950\n57 Documents on the Korean War\nA selection for teachers.\n1951\nProtocol 2\n"
        "1952\n12 Results of the Plenum\n", azTitles);
  CHECK("Showing 11 - 11 of 57 results\n1950\nReport on Korea\n", azRange);
}
END_TEST

/* Facets without brackets in a list ("English 4" over "Polish 3"), with their heading above
** them ("Language"), before the records and after them. */
START_TEST(test_bare_facets){
  static const char *const azBefore[] = {
    "1/4:October 20, 1956|Minutes of the Eighth Plenum|Gomułka is elected First Secretary.",
    "2/4:1963|Speech by Władysław Gomułka|-",
  };
  static const char *const azAfter[] = {
    "1/2:October 26, 1962|Letter from Khrushchev to President Kennedy|"
      "Khrushchev proposes to remove the missiles.",
    "2/2:October 28, 1962|Message from Fidel Castro to U Thant|-",
  };
  static const char *const azNoRange[] = {
    "-/-:1962|Letter from Khrushchev to President Kennedy|-",
  };
  CHECK("Skip to content\n\n1 - 2 of 4\n\nFilter by\n\nLanguage\n\nEnglish 4\nPolish 3\n"
        "Russian (2)\n\nDate\n\n1950s 2\n1960s 2\n\nOctober 20, 1956\n\nMinutes of the Eighth "
        "Plenum\n\nGomułka is elected First Secretary.\n\n1963\n\nSpeech by Władysław Gomułka\n",
        azBefore);
  CHECK("Showing 1 - 2 of 2 documents\nOctober 26, 1962\nLetter from Khrushchev to President "
        "Kennedy\nKhrushchev proposes to remove the missiles.\nOctober 28, 1962\nMessage from "
        "Fidel Castro to U Thant\nLanguage\nEnglish 3\nRussian 2\nSubject\nCuba 3\n"
        "Nuclear weapons 2\n", azAfter);
  CHECK("1962\nLetter from Khrushchev to President Kennedy\nLanguage\nEnglish 3\nRussian 2\n",
        azNoRange);
}
END_TEST

/* One line that ends in a number is a title; so are two after a word that numbers ("No. 2"),
** and two that end in a year. */
START_TEST(test_bare_facets_must_not_fire){
  static const char *const azOne[] = {
    "-/-:1967|Resolution 242|The Security Council calls for the withdrawal of forces.",
    "-/-:-|Resolution 338|-",
  };
  static const char *const azNo[] = {
    "-/-:1955|Protocol No. 2|-",
    "-/-:-|Protocol No. 3|The protocol sets the border on the river.",
  };
  static const char *const azYears[] = {
    "-/-:Undated|Report on Hungary 1956|-",
    "-/-:-|Report on Poland 1956|The embassy reports on the unrest in Poznań.",
  };
  CHECK("1967\n\nResolution 242\n\nThe Security Council calls for the withdrawal of forces.\n\n\n"
        "Resolution 338\n", azOne);
  CHECK("1955\nProtocol No. 2\nProtocol No. 3\nThe protocol sets the border on the river.\n",
        azNo);
  CHECK("Undated\nReport on Hungary 1956\nReport on Poland 1956\nThe embassy reports on the "
        "unrest in Poznań.\n", azYears);
}
END_TEST

/* A block of other documents below the page's records ("Related Documents", "You may also
** like"): its dated cards are no records. */
START_TEST(test_aside_block){
  static const char *const azSearch[] = {
    "1/512:July 1960|Note on the Recall of Specialists|The Soviet Union withdraws its experts.",
  };
  static const char *const azCollection[] = {
    "-/36:1963|Open Letter of the CPSU Central Committee|-",
  };
  CHECK("Results:\n1 - 1 of 512\nDocuments\nJuly 1960\nNote on the Recall of Specialists\n"
        "The Soviet Union withdraws its experts.\nPagination\n1 2 3 … 171 Next ›\nRelated "
        "Documents\nMarch 1969\nReport on the Clashes on Zhenbao Island\nSoviet and Chinese "
        "border troops fight on the Ussuri River.\n", azSearch);
  {
    /* The footer's links inside the block, and dated cards below them: still the block's. */
    static const char *const azFooter[] = { "1/1:July 1960|Note on the Recall|-" };
    CHECK("1 - 1 of 1\nJuly 1960\nNote on the Recall\nRelated Documents\nMarch 1969\nReport on "
          "the Clashes\nPrivacy Policy\nApril 1969\nReport on the Talks\n", azFooter);
  }
  CHECK("Skip to content\nSino-Soviet Split\n36 documents\n1963\nOpen Letter of the CPSU "
        "Central Committee\nYou may also like\nMarch 1969\nReport on the Clashes on Zhenbao "
        "Island\n", azCollection);
}
END_TEST

/* Above the page's first record (a sidebar a saved page sets first), the heading of such a
** block ends nothing: the records below are read. A new page's range reads records again. */
START_TEST(test_aside_block_must_not_fire){
  static const char *const azFirst[] = {
    "-/-:July 1960|Note on the Recall of Specialists|The Soviet Union withdraws its experts.",
  };
  static const char *const azPages[] = {
    "1/2:July 1960|Note on the Recall of Specialists|-",
    "2/2:1963|Open Letter of the CPSU Central Committee|-",
  };
  CHECK("You may also like\nJuly 1960\nNote on the Recall of Specialists\n"
        "The Soviet Union withdraws its experts.\n", azFirst);
  CHECK("1 - 1 of 2\nJuly 1960\nNote on the Recall of Specialists\nRelated Documents\n"
        "March 1969\nReport on the Clashes\nSkip to content\n2 - 2 of 2\n1963\n"
        "Open Letter of the CPSU Central Committee\n", azPages);
}
END_TEST

/* A zero-width space, a word joiner, a byte-order mark and a soft hyphen inside a line are
** dropped from a field, and part no words; the joiners that change how letters join (U+200C,
** U+200D) stay. */
START_TEST(test_zero_width_fold){
  static const struct { const char *zIn, *zOut; } a[] = {
    { "Stalin\xE2\x80\x8B\xE2\x80\x99s Last Meeting", "Stalin\xE2\x80\x99s Last Meeting" },
    { "Kommu\xC2\xADnist Party", "Kommunist Party" },
    { "and\xE2\x80\x8B hands", "and hands" },
    { "to the \xE2\x80\x8B" "court", "to the court" },
    { "Kim\xE2\x81\xA0Il Sung", "KimIl Sung" },
    { "a\xEF\xBB\xBF" "b", "ab" },
    { "\xE2\x80\x8B" "Letter\xE2\x80\x8B", "Letter" },
    { "\xD9\x85\xE2\x80\x8C\xD9\x85", "\xD9\x85\xE2\x80\x8C\xD9\x85" },   /* ZWNJ kept */
    { "A\xC2\xA0" "B", "A B" },
  };
  size_t i;
  for(i=0; i<sizeof(a)/sizeof(a[0]); i++){
    char buf[64];
    size_t n = strlen(a[i].zIn);
    size_t m;
    ck_assert_int_eq(text_needs_fold(a[i].zIn, n), strcmp(a[i].zIn, a[i].zOut)!=0);
    m = text_fold_space(a[i].zIn, n, buf);
    buf[m] = 0;
    ck_assert_msg(strcmp(buf, a[i].zOut)==0, "case %d: [%s], want [%s]", (int)i, buf,
                  a[i].zOut);
  }
}
END_TEST

/* "No date" lines in Russian (with the capital a line begins with), Korean and Chinese. */
START_TEST(test_undated_scripts){
  static const char *const azRu[] = {
    "-/-:Август 1950|Записка Вышинского|-",
    "-/-:Без даты|Письмо Ким Ир Сена Сталину|Ким Ир Сен просит прислать советников.",
  };
  static const char *const azKo[] = {
    "-/-:1953년 7월|정전협정 조인에 관한 보고서|-",
    "-/-:날짜 미상|김일성이 스탈린에게 보낸 편지|-",
  };
  static const char *const azZh[] = {
    "-/-:日期不详|周恩来致斯大林的电报|-",
  };
  static const char *const azNot[] = {
    "-/-:1950|Без даты рождения|-",
  };
  CHECK("Август 1950\nЗаписка Вышинского\nБез даты\nПисьмо Ким Ир Сена Сталину\n"
        "Ким Ир Сен просит прислать советников.\n", azRu);
  CHECK("1953년 7월\n정전협정 조인에 관한 보고서\n날짜 미상\n김일성이 스탈린에게 보낸 편지\n", azKo);
  CHECK("日期不详\n周恩来致斯大林的电报\n", azZh);
  CHECK("1950\nБез даты рождения\n", azNot);
}
END_TEST

/* A record's tags side by side, below its summary or right below its title: no part of the
** summary, and no record. */
START_TEST(test_tag_lists){
  static const char *const azBlank[] = {
    "1/2:October 30, 1956|Declaration of the Soviet Government|The government admits mistakes.",
    "2/2:November 4, 1956|Imre Nagy's Last Radio Address|Nagy announces the attack.",
  };
  static const char *const azCompact[] = {
    "-/-:1956|Report on Hungary|The embassy reports on the uprising.",
    "-/-:Undated|Letter from Nagy|-",
  };
  CHECK("1 - 2 of 2\n\nOctober 30, 1956\n\nDeclaration of the Soviet Government\n\nThe government "
        "admits mistakes.\nHungarian Revolution, 1956 \xC2\xB7 Soviet Union \xC2\xB7 Warsaw Pact\n\n"
        "November 4, 1956\n\nImre Nagy's Last Radio Address\nHungary | Radio\n\n"
        "Nagy announces the attack.\n", azBlank);
  CHECK("Documents\n1956\nReport on Hungary\nThe embassy reports on the uprising.\nHungary \xC2\xB7 "
        "Soviet Union\nUndated\nLetter from Nagy\n", azCompact);
}
END_TEST

/* Right below a date line such a line is the title; a sentence with a bar in it is a summary;
** bare lines of text with no page around them are titles. */
START_TEST(test_tag_lists_must_not_fire){
  static const char *const azTitle[] = {
    "-/-:August 1961|Berlin \xC2\xB7 1961|Photographs of the border on the first day.",
  };
  static const char *const azSentence[] = {
    "-/-:May 1961|Note on Albania|The chargé lists the goods | and the dates of the visit.",
  };
  static const char *const azBare[] = {
    "-/-:-|Korea | China|-",
    "-/-:-|Soviet Union | Mongolia|-",
  };
  CHECK("August 1961\n\nBerlin \xC2\xB7 1961\n\nPhotographs of the border on the first day.\n",
        azTitle);
  CHECK("May 1961\n\nNote on Albania\n\nThe chargé lists the goods | and the dates of the "
        "visit.\n", azSentence);
  CHECK("Korea | China\nSoviet Union | Mongolia\n", azBare);
}
END_TEST

/* Two separators that share a space (" | | "): the second begins inside the first, and is no
** separator of its own; the line is no list of tags (a fuzzer's find: the piece between them
** had a length below zero). */
START_TEST(test_tag_separators_overlap){
  static const char *const azRow[] = {
    "-/-:October 30, 1956|Declaration of the Soviet Government|The government admits "
    "mistakes. Hungary | | Radio",
  };
  CHECK("October 30, 1956\n\nDeclaration of the Soviet Government\n\nThe government admits "
        "mistakes.\nHungary | | Radio\n", azRow);
}
END_TEST

/* Copies cut in an East Asian date line before its day's mark, in a pager's row inside its
** range word ("Seite 1 v"), or in the option after a control's colon ("Sort by: Rele"): the
** cut line is no record and no part of one. */
START_TEST(test_cut_rows){
  static const char *const azZh[] = {
    "-/-:1950年|周恩来致斯大林的电报|周恩来报告志愿军的准备情况。",
  };
  static const char *const azKo[] = {
    "-/-:1953년 7월|정전협정 조인에 관한 보고서|보고서는 조인식을 기록한다.",
  };
  static const char *const azDe[] = {
    "1/27:Undatiert|Notiz über ein Gespräch mit dem Botschafter|-",
  };
  static const char *const azSort[] = {
    "-/-:July 1960|Note on the Recall|The Soviet Union withdraws its experts.",
  };
  static const char *const azNone[1] = { 0 };
  CHECK("1950年\n周恩来致斯大林的电报\n周恩来报告志愿军的准备情况。\n1949年10月1", azZh);
  CHECK("1953년 7월\n정전협정 조인에 관한 보고서\n보고서는 조인식을 기록한다.\n1950년 6월 2", azKo);
  CHECK("1 - 3 von 27\n\nUndatiert\n\nNotiz über ein Gespräch mit dem Botschafter\n\nSeite 1 v",
        azDe);
  CHECK("July 1960\nNote on the Recall\nThe Soviet Union withdraws its experts.\n"
        "Sort by: Newest f", azSort);
  {
    static const char *const azField[] = { "-/-:October 8, 1963|Report|-" };
    CHECK("October 8, 1963\nReport\nDate:", azField);       /* a label whose value is cut */
  }
  check_scan("Results:\n1 - 1 of 3\nDocuments\nSort by: Rele",
             strlen("Results:\n1 - 1 of 3\nDocuments\nSort by: Rele"), azNone, 0);
}
END_TEST

START_TEST(test_cut_rows_must_not_fire){
  static const char *const azDecade[] = { "-/-:1950|1950年代の朝鮮|-" };
  static const char *const azLabel[] = { "-/-:May 1961|Report: D|-" };
  static const char *const azNumber[] = { "-/-:1956|Report 1 o|-" };
  CHECK("1950\n1950年代の朝鮮", azDecade);
  CHECK("May 1961\nReport: D", azLabel);
  CHECK("1956\nReport 1 o", azNumber);
}
END_TEST

/* Facets whose counts stand on their own lines below their labels ("English" over "96"), as a
** copy of a sidebar that sets them in flex boxes gives them: two pairs or more, with their
** heading. */
START_TEST(test_stacked_facets){
  static const char *const azBefore[] = {
    "1/118:July 1953|Telegram from the Soviet Embassy|The embassy reports on the armistice.",
  };
  static const char *const azAfter[] = {
    "1/57:June 25, 1950|Telegram from Shtykov|Shtykov reports on the first day.",
  };
  CHECK("Results:\n1 - 1 of 118\nLanguage\nEnglish\n96\nRussian\n(14)\nDocuments\nJuly 1953\n"
        "Telegram from the Soviet Embassy\nThe embassy reports on the armistice.\n", azBefore);
  CHECK("Skip to content\n\nResults:\n\n1 - 1 of 57\n\nDocuments\n\nJune 25, 1950\n\nTelegram "
        "from Shtykov\n\nShtykov reports on the first day.\n\nLanguage\n\nEnglish\n290\n"
        "Russian\n77\n", azAfter);
}
END_TEST

/* A title over a pager's numbers, and one label over one count, are no facets. */
START_TEST(test_stacked_facets_must_not_fire){
  static const char *const azPager[] = {
    "1/3:June 25, 1950|Telegram from Shtykov|-",
  };
  static const char *const azOne[] = {
    "-/-:1950|Report on Korea|-",
    "-/-:1951|Notes of the Meeting|-",
  };
  CHECK("Results:\n1 - 1 of 3\nJune 25, 1950\nTelegram from Shtykov\n1\n2\nNext\n", azPager);
  CHECK("1950\nReport on Korea\n1951\nNotes of the Meeting\n2\n", azOne);
}
END_TEST

/* A card that labels its fields, each label on its own line over its value ("Date:" over the
** date line, "Title" over the title, "Summary:" over the summary), as a copy of a `<dl>` gives
** it: the labels are furniture, and the record goes on across them. */
START_TEST(test_field_labels){
  static const char *const azColon[] = {
    "1/2:June 25, 1950|Telegram from Shtykov|Shtykov reports on the first day.",
    "2/2:July 1950|Letter from Kim Il Sung|-",
  };
  CHECK("1 - 2 of 2\n\nDate:\nJune 25, 1950\n\nTitle:\nTelegram from Shtykov\n\nSummary:\n"
        "Shtykov reports on the first day.\n\nDate:\nJuly 1950\n\nTitle:\nLetter from Kim Il "
        "Sung\n", azColon);
  CHECK("1 - 2 of 2\nDate\nJune 25, 1950\nTitle\nTelegram from Shtykov\nDescription\nShtykov "
        "reports on the first day.\nDate\nJuly 1950\nTitle\nLetter from Kim Il Sung\n", azColon);
  CHECK("1 - 2 of 2\n\nJune 25, 1950\n\nTelegram from Shtykov\n\nSummary:\n\nShtykov reports on "
        "the first day.\n\nJuly 1950\n\nLetter from Kim Il Sung\n", azColon);
}
END_TEST

/* Right below a date line with nothing below it, "Title" is the record's title; a title that
** begins with a field's name is a title; a sort control's row stays furniture. */
START_TEST(test_field_labels_must_not_fire){
  static const char *const azAlone[] = { "-/-:October 8, 1963|Title|-" };
  static const char *const azBegins[] = {
    "-/-:1953|Title of Honour for the Heroes|-",
    "-/-:1954|Summary of the Talks with Zhou Enlai|The talks cover Indochina.",
  };
  CHECK("October 8, 1963\nTitle", azAlone);
  CHECK("Sort by: Date | Title\n1953\nTitle of Honour for the Heroes\n1954\nSummary of the Talks "
        "with Zhou Enlai\nThe talks cover Indochina.\n", azBegins);
}
END_TEST

/* The site's furniture in Japanese: "本文へスキップ" (skip to content), "検索結果" (search
** results). */
START_TEST(test_japanese_chrome){
  static const char *const az[] = {
    "-/-:1950年6月25日|シトゥイコフからスターリンへの電報|戦争初日の状況を報告する。",
  };
  CHECK("本文へスキップ\n検索結果\n1950年6月25日\nシトゥイコフからスターリンへの電報\n"
        "戦争初日の状況を報告する。\n", az);
}
END_TEST

static Suite *listing_audit5_suite(void){
  Suite *s = suite_create("listing_audit5");
  TCase *tc = tcase_create("pages");
  tcase_add_test(tc, test_sort_option_apart);
  tcase_add_test(tc, test_sort_option_apart_must_not_fire);
  tcase_add_test(tc, test_per_page_control);
  tcase_add_test(tc, test_per_page_control_must_not_fire);
  tcase_add_test(tc, test_total_alone);
  tcase_add_test(tc, test_total_alone_must_not_fire);
  tcase_add_test(tc, test_bare_facets);
  tcase_add_test(tc, test_bare_facets_must_not_fire);
  tcase_add_test(tc, test_aside_block);
  tcase_add_test(tc, test_aside_block_must_not_fire);
  tcase_add_test(tc, test_zero_width_fold);
  tcase_add_test(tc, test_undated_scripts);
  tcase_add_test(tc, test_tag_lists);
  tcase_add_test(tc, test_tag_lists_must_not_fire);
  tcase_add_test(tc, test_tag_separators_overlap);
  tcase_add_test(tc, test_cut_rows);
  tcase_add_test(tc, test_cut_rows_must_not_fire);
  tcase_add_test(tc, test_stacked_facets);
  tcase_add_test(tc, test_stacked_facets_must_not_fire);
  tcase_add_test(tc, test_field_labels);
  tcase_add_test(tc, test_field_labels_must_not_fire);
  tcase_add_test(tc, test_japanese_chrome);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit5_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
