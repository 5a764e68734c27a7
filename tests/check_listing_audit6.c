/*
** check_listing_audit6.c: unit tests for ext/listing.c, ext/listing_lines.c,
** ext/listing_counts.c, ext/listing_browser.c and ext/dates.c on what the sixth listing audit
** met on whole pages: "no date" lines in the sites' other languages ("Datum unbekannt",
** "Дата неизвестна", "日付不明"); a pager's link with its arrow before it ("« Zurück"); ranges
** and totals in other forms ("Treffer 1 bis 3 von 57", "Показано 1–3 из 57", "Showing 20 of 57
** results", "第1-3条，共57条", "共57件", "총 57건", "57件"); the results' numbers as ranks on a
** page without a range ("11. June 11, 1957"); a block of other documents above the records
** ("Featured Documents"); a title that wraps onto a second line ("along the 38th Parallel");
** what a browser adds to a printed page ("12/7/26, 3:15 PM …", "https://… 1/2"), icon fonts'
** names ("arrow_forward", "event"), "Copyright ©" lines, "View all 45 documents"; a Russian
** month cut after its capital ("Авгу"); sort options and pagers of the Russian, Korean,
** Chinese and Japanese sites.
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

#define CHECK(zText, azWant) \
  check_scan_rows(zText, strlen(zText), 1, azWant, (int)(sizeof(azWant)/sizeof(azWant[0])))

/* "No date" lines in the sites' other languages are undated records' date lines. */
START_TEST(test_undated_other_languages){
  static const char *const azDe[] = {
    "-/-:Datum unbekannt|Notiz über die Lage in der Partei|Die Notiz beschreibt die Säuberungen.",
    "-/-:1963|Bericht über ein Gespräch|-",
  };
  static const char *const azRu[] = {
    "-/-:Дата неизвестна|Дневник посла СССР в КНДР|-",
    "-/-:Март 1967 г.|Запись беседы с секретарём посольства|-",
  };
  static const char *const azJa[] = {
    "-/-:日付不明|金日成からスターリンへの書簡|-",
    "-/-:1953年|休戦協定の調印に関する報告|-",
  };
  static const char *const azEs[] = {
    "-/-:Fecha desconocida|Nota sobre la crisis del Caribe|"
      "La nota resume las conversaciones de Mikoyán.",
  };
  CHECK("Datum unbekannt\nNotiz über die Lage in der Partei\nDie Notiz beschreibt die "
        "Säuberungen.\n1963\nBericht über ein Gespräch\n", azDe);
  CHECK("Дата неизвестна\nДневник посла СССР в КНДР\nМарт 1967 г.\nЗапись беседы с "
        "секретарём посольства\n", azRu);
  CHECK("日付不明\n金日成からスターリンへの書簡\n1953年\n休戦協定の調印に関する報告\n", azJa);
  CHECK("Fecha desconocida\nNota sobre la crisis del Caribe\nLa nota resume las conversaciones "
        "de Mikoyán.\n", azEs);
}
END_TEST

/* A title that begins with such words is a title. */
START_TEST(test_undated_other_languages_must_not_fire){
  static const char *const az[] = {
    "-/-:1962|Fecha desconocida de la carta de Castro|-",
  };
  CHECK("1962\nFecha desconocida de la carta de Castro\n", az);
}
END_TEST

/* A pager's link with an arrow before it ("« Zurück", "« Предыдущая") is furniture, as one
** with the arrow after it is; so are the pagers of the Korean, Chinese and Japanese sites. */
START_TEST(test_arrow_before_link){
  static const char *const azDe[] = {
    "-/-:1963|Bericht über ein Gespräch|Die Notiz beschreibt die Säuberungen.",
  };
  static const char *const azZh[] = {
    "-/-:1953年7月|关于签订停战协定的报告|-",
  };
  CHECK("Zum Inhalt springen\n\n1963\n\nBericht über ein Gespräch\n\nDie Notiz beschreibt die "
        "Säuberungen.\n\n« Zurück\n\n1\n\n2\n\nWeiter »\n", azDe);
  CHECK("跳到主要内容\n1953年7月\n关于签订停战协定的报告\n上一页\n1\n2\n下一页\n", azZh);
}
END_TEST

/* A title in guillemets is no link with an arrow. */
START_TEST(test_arrow_before_link_must_not_fire){
  static const char *const az[] = {
    "-/-:1963|Bericht über ein Gespräch|-",
    "-/-:-|« Zurück zur Normalität »|-",
  };
  CHECK("Zum Inhalt springen\n\n1963\n\nBericht über ein Gespräch\n\n\n« Zurück zur Normalität "
        "»\n", az);
}
END_TEST

/* Ranges with a lead word of total_words.tsv and its "to" ("Treffer 1 bis 3 von 57",
** "Показано 1–3 из 57"), an East Asian range, and a count of the first results shown
** ("Showing 20 of 57 results"). */
START_TEST(test_range_forms){
  static const char *const azDe[] = {
    "1/57:8. Oktober 1963|Telegramm von Qiang Xiaochu|-",
  };
  static const char *const azRu[] = {
    "11/57:8 октября 1963 г.|Телеграмма Цян Сяочу|-",
  };
  static const char *const azZh[] = {
    "1/57:1963年10月8日|乔晓光关于金日成接见学习代表团的电报|-",
  };
  static const char *const azShown[] = {
    "1/57:May 1961|Note on a Conversation with the Albanian Chargé|-",
  };
  CHECK("Treffer 1 bis 3 von 57\n8. Oktober 1963\nTelegramm von Qiang Xiaochu\n", azDe);
  CHECK("Zeige 1 bis 3 von 57 Treffern\n8. Oktober 1963\nTelegramm von Qiang Xiaochu\n", azDe);
  CHECK("Показано 11–13 из 57\n8 октября 1963 г.\nТелеграмма Цян Сяочу\n", azRu);
  CHECK("搜索结果\n第1-3条，共57条\n1963年10月8日\n乔晓光关于金日成接见学习代表团的电报\n", azZh);
  CHECK("Showing 20 of 57 results\nMay 1961\nNote on a Conversation with the Albanian Chargé\n",
        azShown);
}
END_TEST

/* A title that begins with a noun of a count and numbers is a title; a noun's count alone
** ("Item 20 of 57", a document's place) ranks nothing. */
START_TEST(test_range_forms_must_not_fire){
  static const char *const azTitles[] = {
    "-/-:1950|Documents 1 to 3 of the Conference|-",
    "-/-:1951|Item 20 of 57|-",
  };
  CHECK("1950\nDocuments 1 to 3 of the Conference\n1951\nItem 20 of 57\n", azTitles);
}
END_TEST

/* East Asian totals glued to their words, with or without a lead ("共57件", "총 57건",
** "57件"): the page's total, no ranks. */
START_TEST(test_east_asian_totals){
  static const char *const azZh[] = {
    "-/57:1950年6月25日|什特科夫致斯大林电报|什特科夫报告战争第一天的情况。",
  };
  static const char *const azKo[] = {
    "-/57:1953년|정전협정 조인에 관한 보고서|-",
  };
  static const char *const azJa[] = {
    "-/1204:1953年|休戦協定の調印に関する報告|-",
  };
  CHECK("共57件\n1950年6月25日\n什特科夫致斯大林电报\n什特科夫报告战争第一天的情况。\n", azZh);
  CHECK("검색 결과\n총 57건\n1953년\n정전협정 조인에 관한 보고서\n", azKo);
  CHECK("検索結果\n1,204件\n1953年\n休戦協定の調印に関する報告\n", azJa);
}
END_TEST

START_TEST(test_east_asian_totals_must_not_fire){
  static const char *const az[] = {
    "-/-:-|第57号文件|-",
    "-/-:1950年|共57件文件的目录|-",
  };
  CHECK("第57号文件\n1950年\n共57件文件的目录\n", az);
}
END_TEST

/* On a page without a range, the number before a date line is the result's rank. */
START_TEST(test_numbers_as_ranks){
  static const char *const az[] = {
    "11/128:June 11, 1957|Letter from the Polish Embassy|The embassy lists the goods.",
    "12/128:Undated|Report on the Situation in the Countryside|-",
  };
  static const char *const azNoTotal[] = {
    "1/-:March 5, 1953|Telegram from Kuznetsov to Mao Zedong|-",
    "2/-:1954|Report on the Geneva Conference|-",
  };
  CHECK("128 results\n11. June 11, 1957\nLetter from the Polish Embassy\nThe embassy lists the "
        "goods.\n12. Undated\nReport on the Situation in the Countryside\n", az);
  CHECK("1. March 5, 1953\n\nTelegram from Kuznetsov to Mao Zedong\n\n2. 1954\n\n"
        "Report on the Geneva Conference\n", azNoTotal);
}
END_TEST

/* A range ranks the records, whatever their numbers; a date line without a number has no
** rank. */
START_TEST(test_numbers_as_ranks_must_not_fire){
  static const char *const azRange[] = {
    "21/24:June 11, 1957|Letter from the Polish Embassy|-",
    "22/24:July 1957|Report on the Countryside|-",
  };
  static const char *const azPlain[] = {
    "-/-:1. Juli 1957|Report on the Countryside|-",
    "-/-:1958|Record of a Conversation with Gomułka|-",
  };
  CHECK("21 - 24 of 24\n1. June 11, 1957\nLetter from the Polish Embassy\n2. July 1957\n"
        "Report on the Countryside\n", azRange);
  CHECK("1. Juli 1957\nReport on the Countryside\n1958\nRecord of a Conversation with "
        "Gomułka\n", azPlain);
}
END_TEST

/* A block of other documents above the records ("Featured Documents"): its cards are no
** records when a line that opens the records follows. */
START_TEST(test_aside_above){
  static const char *const az[] = {
    "1/2:October 26, 1962|Letter from Khrushchev to President Kennedy|"
      "Khrushchev proposes to remove the missiles.",
    "2/2:October 28, 1962|Message from Fidel Castro to U Thant|-",
  };
  CHECK("Skip to content\n\nFeatured Documents\n\nDecember 1, 1961\n\nSpeech by Fidel Castro\n\n"
        "Castro says that he is a Marxist-Leninist.\n\nResults:\n\n1 - 2 of 2\n\n"
        "October 26, 1962\n\nLetter from Khrushchev to President Kennedy\n\nKhrushchev proposes "
        "to remove the missiles.\n\nOctober 28, 1962\n\nMessage from Fidel Castro to U Thant\n",
        az);
}
END_TEST

/* With no such line below, the block's heading ends nothing and its cards are the page's. */
START_TEST(test_aside_above_must_not_fire){
  static const char *const az[] = {
    "-/-:December 1, 1961|Speech by Fidel Castro|Castro says that he is a Marxist-Leninist.",
    "-/-:October 28, 1962|Message from Fidel Castro to U Thant|-",
  };
  CHECK("Skip to content\n\nFeatured Documents\n\nDecember 1, 1961\n\nSpeech by Fidel Castro\n\n"
        "Castro says that he is a Marxist-Leninist.\n\nOctober 28, 1962\n\nMessage from Fidel "
        "Castro to U Thant\n", az);
}
END_TEST

/* A title that wraps onto a line in small letters, right below it, is one title. */
START_TEST(test_title_wraps){
  static const char *const az[] = {
    "1/31:June 25, 1950|Ciphered Telegram from Shtykov to Stalin on the Beginning of the "
      "Military Operations along the 38th Parallel|Shtykov reports on the first day of the war.",
    "2/31:1951|Record of a Conversation between Stalin and Zhou Enlai|-",
  };
  CHECK("1 - 2 of 31\nJune 25, 1950\nCiphered Telegram from Shtykov to Stalin on the Beginning "
        "of the Military Operations\nalong the 38th Parallel\nShtykov reports on the first day "
        "of the war.\n1951\nRecord of a Conversation between Stalin and Zhou Enlai\n", az);
}
END_TEST

/* A summary in small letters that ends a sentence, one a blank line apart, or one below a
** title too short to have filled a printed sheet's line, stays the summary. */
START_TEST(test_title_wraps_must_not_fire){
  static const char *const azSentence[] = {
    "-/-:1951|Record of a Conversation between Stalin and Zhou Enlai|"
      "with an appendix of the arms to be delivered.",
  };
  static const char *const azGap[] = {
    "-/-:1951|Record of a Conversation between Stalin and Zhou Enlai|"
      "with an appendix of the arms to be delivered",
  };
  static const char *const azShort[] = {
    "1/3:1961|Note on Albania|with lists of the officials removed",
  };
  CHECK("1951\nRecord of a Conversation between Stalin and Zhou Enlai\nwith an appendix of the "
        "arms to be delivered.\n", azSentence);
  CHECK("1 - 1 of 3\n1961\nNote on Albania\nwith lists of the officials removed\n", azShort);
  CHECK("1951\n\nRecord of a Conversation between Stalin and Zhou Enlai\n\nwith an appendix of "
        "the arms to be delivered\n", azGap);
}
END_TEST

/* A printed page's header and footer on each sheet, and icon fonts' names, are furniture. */
START_TEST(test_browser_furniture){
  static const char *const azPrint[] = {
    "1/31:June 25, 1950|Ciphered Telegram from Shtykov to Stalin|"
      "Shtykov reports on the first day of the war.",
    "2/31:September 1950|Letter from Kim Il Sung to Stalin|-",
  };
  static const char *const azIcons[] = {
    "1/12:May 4, 1961|Note on a Conversation with the Albanian Chargé|"
      "The chargé complains about delays.",
    "2/12:June 1961|Letter from Enver Hoxha to Nikita Khrushchev|-",
  };
  CHECK("12/7/26, 3:15 PM Search | Wilson Center Digital Archive\nSkip to content\n1 - 2 of 31\n"
        "June 25, 1950\nCiphered Telegram from Shtykov to Stalin\nShtykov reports on the first "
        "day of the war.\nhttps://digitalarchive.wilsoncenter.org/search?q=shtykov 1/2\n"
        "07.12.2026, 15:15 Search | Wilson Center Digital Archive\nSeptember 1950\n"
        "Letter from Kim Il Sung to Stalin\nhttps://digitalarchive.wilsoncenter.org/search 2/2\n",
        azPrint);
  CHECK("menu\nSkip to content\n1 - 2 of 12\nevent\nMay 4, 1961\nNote on a Conversation with the "
        "Albanian Chargé\nThe chargé complains about delays.\narrow_forward\nevent\nJune 1961\n"
        "Letter from Enver Hoxha to Nikita Khrushchev\narrow_forward\nchevron_right\n", azIcons);
}
END_TEST

START_TEST(test_browser_furniture_must_not_fire){
  static const char *const az[] = {
    "-/-:1962|http://www.example.org is the Archive's Old Address|-",
    "-/-:1963|Kim_Il_Sung_Speech|-",
  };
  static const char *const azType[] = {
    "1/3:1961|Note on Albania|-",
    "3/3:1962|Report on Cuba|-",
  };
  CHECK("1962\nhttp://www.example.org is the Archive's Old Address\n1963\nKim_Il_Sung_Speech\n",
        az);
  CHECK("1 - 3 of 3\n1961\nNote on Albania\nEvent\nThe Berlin Conference\n1962\nReport on "
        "Cuba\n", azType);
}
END_TEST

/* "Copyright © 2004 …" is the site's footer; "View all 45 documents" is a link to skip. */
START_TEST(test_copyright_and_more_link){
  static const char *const azCopy[] = {
    "1/3:1958|Draft Agreement on Scientific Cooperation|The draft names the institutes.",
  };
  static const char *const azMore[] = {
    "-/45:1963|Open Letter of the CPSU Central Committee|The letter answers the Chinese.",
  };
  CHECK("SEARCH RESULTS\n1 - 3 of 3\n1958\nDraft Agreement on Scientific Cooperation\n"
        "The draft names the institutes.\nCopyright © 2004 Woodrow Wilson International Center\n",
        azCopy);
  CHECK("45 documents\n\n1963\n\nOpen Letter of the CPSU Central Committee\n\nThe letter answers "
        "the Chinese.\n\nView all 45 documents\n", azMore);
}
END_TEST

START_TEST(test_copyright_and_more_link_must_not_fire){
  static const char *const az[] = {
    "-/-:1973|Copyright Law of the USSR|-",
    "-/-:1974|View all 45 Documents of the Plenum|-",
  };
  CHECK("1973\nCopyright Law of the USSR\n1974\nView all 45 Documents of the Plenum\n", az);
}
END_TEST

/* A Russian month cut after its capital where the copy stops is no record nor summary; a word
** that goes on past the month's name is text. */
START_TEST(test_cut_cyrillic_month){
  static const char *const azCut[] = {
    "1/27:Июль 1950 г.|Письмо Ким Ир Сена Сталину|Ким просит о помощи.",
  };
  static const char *const azWord[] = {
    "1/27:Июль 1950 г.|Письмо Ким Ир Сена Сталину|Ким просит о помощи. Августин",
  };
  CHECK("1 - 2 из 27\n\nИюль 1950 г.\n\nПисьмо Ким Ир Сена Сталину\n\nКим просит о помощи.\n\n"
        "Авгу", azCut);
  CHECK("1 - 2 из 27\n\nИюль 1950 г.\n\nПисьмо Ким Ир Сена Сталину\n\nКим просит о помощи.\n\n"
        "Августин", azWord);
}
END_TEST

/* The sort options of the Russian, Korean, Chinese and Japanese sites below their control. */
START_TEST(test_sort_options_other_languages){
  static const char *const azRu[] = {
    "1/27:25 июня 1950 г.|Шифротелеграмма Штыкова Сталину|-",
  };
  static const char *const azKo[] = {
    "-/-:1950년 6월 25일|슈티코프가 스탈린에게 보낸 암호 전보|-",
  };
  static const char *const azJa[] = {
    "-/-:1953年|休戦協定の調印に関する報告|-",
  };
  CHECK("1 - 1 из 27\n\nСортировать по\n\nДате\n\n25 июня 1950 г.\n\nШифротелеграмма Штыкова "
        "Сталину\n", azRu);
  CHECK("본문 바로가기\n정렬\n관련도순\n1950년 6월 25일\n슈티코프가 스탈린에게 보낸 암호 전보\n",
        azKo);
  CHECK("本文へスキップ\n並べ替え\n関連度順\n1953年\n休戦協定の調印に関する報告\n", azJa);
}
END_TEST

/* A summary line that fills a printed sheet's width and stops mid-sentence, with the rest of
** its sentence right below it (the sheet's wrap), keeps the rest, also when the copy cuts it
** short. */
START_TEST(test_summary_wraps_mid_sentence){
  static const char *const azWhole[] = {
    "1/3:June 25, 1950|Ciphered Telegram from Shtykov to Stalin|Shtykov reports on the first day "
      "of the war and on the advance of the Korean People's Army toward Seoul.",
    "2/3:1951|Record of a Conversation between Stalin and Zhou Enlai|-",
  };
  static const char *const azCut[] = {
    "1/3:June 25, 1950|Ciphered Telegram from Shtykov to Stalin|Shtykov reports on the first day "
      "of the war and on the advance of the Korean People's Army toward Se",
  };
  static const char *const azComma[] = {
    "1/3:June 25, 1950|Ciphered Telegram from Shtykov to Stalin|Shtykov reports on the first day "
      "of the war, the advance of the army and the Meeting",
  };
  CHECK("1 - 2 of 3\nJune 25, 1950\nCiphered Telegram from Shtykov to Stalin\nShtykov reports on "
        "the first day of the war and on the advance of the Korean People's\nArmy toward Seoul.\n"
        "1951\nRecord of a Conversation between Stalin and Zhou Enlai\n", azWhole);
  CHECK("1 - 2 of 3\nJune 25, 1950\nCiphered Telegram from Shtykov to Stalin\nShtykov reports on "
        "the first day of the war and on the advance of the Korean People's\nArmy toward Se",
        azCut);
  CHECK("1 - 2 of 3\nJune 25, 1950\nCiphered Telegram from Shtykov to Stalin\nShtykov reports on "
        "the first day of the war, the advance of the army and the\nMeeting", azComma);
}
END_TEST

/* Below a summary that ends its sentence, a short one (no sheet's full line) or a line that
** begins with a document's genre, an undated record's title stays a title. */
START_TEST(test_summary_wraps_mid_sentence_must_not_fire){
  static const char *const az[] = {
    "1/3:June 25, 1950|Ciphered Telegram from Shtykov to Stalin|Shtykov reports on the war.",
    "2/3:-|Memorandum on the Armistice|The memorandum lists the prisoners.",
  };
  static const char *const azShort[] = {
    "1/3:1961|Note on Albania|Summary of the talks with the Albanian leaders",
    "2/3:-|Report on the Naval Base|The report lists the submarines.",
    "3/3:1962|Letter from Hoxha|-",
  };
  static const char *const azTalks[] = {
    "1/3:1961|Note on Albania|Summary of the talks with the Albanian leaders",
    "2/3:-|Talks on the Naval Base at Vlorë|The notes list the submarines.",
  };
  static const char *const azKind[] = {
    "1/3:1961|Note on Albania|Summary of the talks held in Tirana with the Albanian party "
      "leaders and the navy",
    "2/3:-|Report on the Naval Base|The report lists the submarines.",
  };
  CHECK("1 - 3 of 3\nJune 25, 1950\nCiphered Telegram from Shtykov to Stalin\nShtykov reports on "
        "the war.\nMemorandum on the Armistice\nThe memorandum lists the prisoners.\n", az);
  CHECK("1 - 3 of 3\n1961\nNote on Albania\nSummary of the talks with the Albanian leaders\n"
        "Report on the Naval Base\nThe report lists the submarines.\n1962\nLetter from Hoxha\n",
        azShort);
  CHECK("1 - 3 of 3\n1961\nNote on Albania\nSummary of the talks with the Albanian leaders\n"
        "Talks on the Naval Base at Vlorë\nThe notes list the submarines.\n", azTalks);
  CHECK("1 - 3 of 3\n1961\nNote on Albania\nSummary of the talks held in Tirana with the "
        "Albanian party leaders and the navy\nReport on the Naval Base\nThe report lists the "
        "submarines.\n", azKind);
}
END_TEST

/* Where a copy stops: an East Asian range or total cut short, a pager's link with its arrow
** before it cut short, and a link to the rest of a list cut in its count's noun, are no
** record and no part of a summary. */
START_TEST(test_cut_furniture_forms){
  static const char *const azZh[] = {
    "-/-:1953年7月|关于签订停战协定的报告|-",
  };
  static const char *const azDe[] = {
    "-/-:1963|Bericht über ein Gespräch|Die Notiz beschreibt die Säuberungen.",
  };
  static const char *const azMore[] = {
    "-/45:1963|Open Letter of the CPSU Central Committee|The letter answers the Chinese.",
  };
  CHECK("1953年7月\n关于签订停战协定的报告\n第1-3条，共5", azZh);
  CHECK("1953年7月\n关于签订停战协定的报告\n共", azZh);
  CHECK("Zum Inhalt springen\n\n1963\n\nBericht über ein Gespräch\n\nDie Notiz beschreibt die "
        "Säuberungen.\n\n« Zurü", azDe);
  CHECK("45 documents\n\n1963\n\nOpen Letter of the CPSU Central Committee\n\nThe letter "
        "answers the Chinese.\n\nView all 45 docu", azMore);
}
END_TEST

/* A line that goes on otherwise is text. */
START_TEST(test_cut_furniture_forms_must_not_fire){
  static const char *const az[] = {
    "-/-:1953年7月|关于签订停战协定的报告|-",
    "-/-:-|共产党|-",
  };
  static const char *const azMore[] = {
    "-/-:1963|Open Letter of the CPSU Central Committee|The letter answers the Chinese. "
      "View all 45 Soviet",
  };
  CHECK("1953年7月\n关于签订停战协定的报告\n\n\n共产党", az);
  CHECK("1963\n\nOpen Letter of the CPSU Central Committee\n\nThe letter answers the Chinese."
        "\n\nView all 45 Soviet", azMore);
}
END_TEST

static Suite *listing_audit6_suite(void){
  Suite *s = suite_create("listing_audit6");
  TCase *tc = tcase_create("audit6");
  tcase_add_test(tc, test_undated_other_languages);
  tcase_add_test(tc, test_undated_other_languages_must_not_fire);
  tcase_add_test(tc, test_arrow_before_link);
  tcase_add_test(tc, test_arrow_before_link_must_not_fire);
  tcase_add_test(tc, test_range_forms);
  tcase_add_test(tc, test_range_forms_must_not_fire);
  tcase_add_test(tc, test_east_asian_totals);
  tcase_add_test(tc, test_east_asian_totals_must_not_fire);
  tcase_add_test(tc, test_numbers_as_ranks);
  tcase_add_test(tc, test_numbers_as_ranks_must_not_fire);
  tcase_add_test(tc, test_aside_above);
  tcase_add_test(tc, test_aside_above_must_not_fire);
  tcase_add_test(tc, test_title_wraps);
  tcase_add_test(tc, test_title_wraps_must_not_fire);
  tcase_add_test(tc, test_browser_furniture);
  tcase_add_test(tc, test_browser_furniture_must_not_fire);
  tcase_add_test(tc, test_copyright_and_more_link);
  tcase_add_test(tc, test_copyright_and_more_link_must_not_fire);
  tcase_add_test(tc, test_cut_cyrillic_month);
  tcase_add_test(tc, test_sort_options_other_languages);
  tcase_add_test(tc, test_summary_wraps_mid_sentence);
  tcase_add_test(tc, test_summary_wraps_mid_sentence_must_not_fire);
  tcase_add_test(tc, test_cut_furniture_forms);
  tcase_add_test(tc, test_cut_furniture_forms_must_not_fire);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_audit6_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
