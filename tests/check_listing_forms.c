/*
** check_listing_forms.c: unit tests for ext/listing.c and ext/listing_lines.c on the forms that
** the second listing audit met in copies of result pages: result numbers before date lines
** ("1. June 11, 1957"), a "Read more" left at the end of a summary line, titles that read as
** date lines or page furniture ("May 1968", "Documents"), the site's furniture in other
** languages ("Перейти к содержанию", "1 - 3 из 3"), the column names of a table of results
** ("Date Title"), a copy that begins inside a summary, and pages that print each date line
** below its title.
**
** Each case scans a small inline text and compares its records, written by hand as
** "date line|title|summary" ("-" for an absent field), and rank and total where they matter.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listing.h"
#include "text.h"
#include "check_listing_rows.h"

/* Scan the NUL-terminated zText and compare its records with azWant[0..nWant). When aRank is not
** NULL, each record's rank and total are aRank[2*i] and aRank[2*i+1]. */
static void check_records(const char *zText, const char *const *azWant, int nWant,
                          const int64_t *aRank){
  ListingScanner sc;
  ListingRecord r;
  int i = 0;
  listing_scanner_init(&sc, zText, strlen(zText));
  while( listing_next(&sc, &r) ){
    char zGot[3200];
    record_text(&r, zGot, sizeof(zGot));
    ck_assert_msg(i<nWant, "a record more than the %d wanted: [%s]", nWant, zGot);
    ck_assert_msg(strcmp(zGot, azWant[i])==0, "record %d is [%s], want [%s]", i+1, zGot,
                  azWant[i]);
    if( aRank ){
      ck_assert_msg(r.rank==aRank[2*i] && r.total==aRank[2*i+1],
                    "record %d: rank %lld of %lld, want %lld of %lld", i+1, (long long)r.rank,
                    (long long)r.total, (long long)aRank[2*i], (long long)aRank[2*i+1]);
    }
    i++;
  }
  ck_assert_msg(i==nWant, "%d records, want %d", i, nWant);
}

#define CHECK(zText, azWant, aRank) \
  check_records(zText, azWant, (int)(sizeof(azWant)/sizeof(azWant[0])), aRank)

/* A result's number before its date line, "1. June 11, 1957", is no part of the date line; a
** record's link "Read more" at the end of its summary line is no part of the summary. */
START_TEST(test_result_numbers_and_read_more){
  static const char *const az[] = {
    "June 11, 1957|Letter from the Polish Embassy on the Visit of a Trade Delegation|"
      "The embassy lists the goods discussed and the dates of the visit.",
    "July 1957|Report on the Situation in the Countryside|"
      "The report describes grain deliveries in three districts.",
    "Undated|Minutes of the Politburo Meeting|-",
    "1958|Record of a Conversation with Wladyslaw Gomulka|Gomulka speaks about the price of coal.",
  };
  static const int64_t aRank[] = { 21, 24, 22, 24, 23, 24, 24, 24 };
  CHECK("Skip to content\n\n21 - 24 of 24\n\n"
        "1. June 11, 1957\n\nLetter from the Polish Embassy on the Visit of a Trade Delegation\n\n"
        "The embassy lists the goods discussed and the dates of the visit. Read more\n\n"
        "2. July 1957\n\nReport on the Situation in the Countryside\n\n"
        "The report describes grain deliveries in three districts. Read more \xC2\xBB\n\n"
        "3. Undated\n\nMinutes of the Politburo Meeting\n\n"
        "4. 1958\n\nRecord of a Conversation with Wladyslaw Gomulka\n\n"
        "Gomulka speaks about the price of coal. Read more\xE2\x80\xA6\n", az, aRank);
}
END_TEST

/* "2. Juli 1957" is a date line as it stands: the 2nd of July. Nor is a title's or a summary's
** end cut where it is no link left after a sentence. */
START_TEST(test_numbers_that_are_days){
  static const char *const az[] = {
    "2. Juli 1957|Bericht \xC3\xBC" "ber die Lage in der DDR|-",
    "1958|Report on the Conference|The delegates read the report. Print shops closed early",
    "1959|Note on the Visit|He said: read more.",
  };
  ListingScanner sc;
  ListingRecord r;
  CHECK("2. Juli 1957\n\nBericht \xC3\xBC" "ber die Lage in der DDR\n\n"
        "1958\n\nReport on the Conference\n\n"
        "The delegates read the report. Print shops closed early\n\n"
        "1959\n\nNote on the Visit\n\nHe said: read more.\n", az, NULL);
  listing_scanner_init(&sc, "2. Juli 1957\n\nBericht\n", 22);
  ck_assert(listing_next(&sc, &r));
  ck_assert_int_eq(r.date.precision, ARCH_DATE_DAY);
}
END_TEST

/* Every record has a title: below a date line that has none yet, a line that reads as a date
** line ("May 1968", "1956") or as furniture ("Documents") is the title, when a summary in prose
** follows it. Without that summary it stays what it reads as. */
START_TEST(test_titles_that_read_as_dates){
  static const char *const az[] = {
    "May 13, 1968|May 1968|A French student's diary of the strikes in Paris.",
    "1962|Documents|A file of twelve documents on the Cuban missile crisis.",
    "October 1956|1956|Notes for a speech on the events of the year.",
    "April 1975|Report of the Delegation|-",
  };
  static const char *const azCut[] = {
    "June 1961|Note on a Conversation with the Ambassador|The ambassador asks about tractors.",
  };
  CHECK("Skip to content\n\n1 - 4 of 4\n\nDocuments\n\n"
        "May 13, 1968\n\nMay 1968\n\nA French student's diary of the strikes in Paris.\n\n"
        "1962\n\nDocuments\n\nA file of twelve documents on the Cuban missile crisis.\n\n"
        "October 1956\n\n1956\n\nNotes for a speech on the events of the year.\n\n"
        "April 1975\n\nReport of the Delegation\n\nPagination\n", az, NULL);
  /* Two selections pasted: the first stops after a date line; the second's date line, with a
  ** title below it, opens its record. */
  CHECK("March 1961\n\nJune 1961\n\nNote on a Conversation with the Ambassador\n\n"
        "The ambassador asks about tractors.\n", azCut, NULL);
}
END_TEST

/* The site's furniture in Russian and German, and a range with "из" or "von". */
START_TEST(test_furniture_in_other_languages){
  static const char *const azRu[] = {
    "8 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 1963|"
      "\xD0\xA2\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xB0 "
      "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0|-",
  };
  static const int64_t aRankRu[] = { 1, 3 };
  static const char *const azDe[] = {
    "1962|Brief von Walter Ulbricht|Ulbricht bittet um Getreide.",
  };
  static const int64_t aRankDe[] = { 11, 11 };
  /* Перейти к содержанию / Результаты: / 1 - 3 из 3 / Документы / ... / Страницы */
  CHECK("\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB8 \xD0\xBA "
        "\xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8E\n\n"
        "\xD0\xA0\xD0\xB5\xD0\xB7\xD1\x83\xD0\xBB\xD1\x8C\xD1\x82\xD0\xB0\xD1\x82\xD1\x8B:\n\n"
        "1 - 3 \xD0\xB8\xD0\xB7 3\n\n"
        "\xD0\x94\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B\n\n"
        "8 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 1963\n\n"
        "\xD0\xA2\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xB0 "
        "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0\n\n"
        "\xD0\xA1\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD1\x8B\n", azRu, aRankRu);
  CHECK("Zum Inhalt springen\n\nErgebnisse:\n\n11 - 11 von 11\n\nDokumente\n\n"
        "1962\n\nBrief von Walter Ulbricht\n\nUlbricht bittet um Getreide.\n\n"
        "Seitennummerierung\n\nKontakt\n\nImpressum\n", azDe, aRankDe);
}
END_TEST

/* The furniture of Polish, Czech and Hungarian pages, and a link to skip on a line of its own
** with an arrow after it ("Więcej »", "Read more »"), as a record's summary is followed by it. */
START_TEST(test_furniture_of_central_europe){
  static const char *const azPl[] = {
    "8 pa\xC5\xBA" "dziernika 1963|Depesza ambasady w Phenianie|Ambasador opisuje rozmow\xC4\x99.",
    "Undated|List Kim Ir Sena|-",
  };
  static const int64_t aRankPl[] = { 1, 2, 2, 2 };
  static const char *const azCs[] = {
    "1958|Zpr\xC3\xA1va velvyslanectv\xC3\xAD v Pchjongjangu|Velvyslanec p\xC3\xAD\xC5\xA1" "e o sjezdu.",
  };
  static const int64_t aRankCs[] = { 5, 5 };
  static const char *const azHu[] = {
    "1956|Jelent\xC3\xA9s a phenjani k\xC3\xB6vets\xC3\xA9gr\xC5\x91l|-",
  };
  static const char *const azEn[] = {
    "1963|Cable from Qiang Xiaochu|Kim Il Sung meets officials.",
  };
  /* Przejdź do treści / Wyniki: / 1 - 2 z 2 / Dokumenty / ... / Więcej » / ... / Paginacja */
  CHECK("Przejd\xC5\xBA do tre\xC5\x9B" "ci\n\nWyniki:\n\n1 - 2 z 2\n\nDokumenty\n\n"
        "8 pa\xC5\xBA" "dziernika 1963\n\nDepesza ambasady w Phenianie\n\n"
        "Ambasador opisuje rozmow\xC4\x99.\n\nWi\xC4\x99" "cej \xC2\xBB\n\n"
        "Undated\n\nList Kim Ir Sena\n\nPaginacja\n", azPl, aRankPl);
  CHECK("P\xC5\x99" "esko\xC4\x8Dit na obsah\n\nV\xC3\xBDsledky:\n\n5 - 5 z 5\n\nDokumenty\n\n"
        "1958\n\nZpr\xC3\xA1va velvyslanectv\xC3\xAD v Pchjongjangu\n\n"
        "Velvyslanec p\xC3\xAD\xC5\xA1" "e o sjezdu.\n\nV\xC3\xAD" "ce\n\n"
        "Str\xC3\xA1nkov\xC3\xA1n\xC3\xAD\n", azCs, aRankCs);
  CHECK("Ugr\xC3\xA1s a tartalomra\n\nTal\xC3\xA1latok:\n\nDokumentumok\n\n1956\n\n"
        "Jelent\xC3\xA9s a phenjani k\xC3\xB6vets\xC3\xA9gr\xC5\x91l\n\nLapoz\xC3\xA1s\n",
        azHu, NULL);
  CHECK("Skip to content\n\n1963\n\nCable from Qiang Xiaochu\n\n"
        "Kim Il Sung meets officials.\n\nRead more \xC2\xBB\n", azEn, NULL);
}
END_TEST

/* Furniture in other languages that begins as titles do ("Leer más", "Letter"; "Resultados",
** "Report") is told from them: the titles stay records, the furniture none. */
START_TEST(test_furniture_that_begins_as_titles){
  static const char *const az[] = {
    "1962|Letter from Fidel Castro|Castro writes about the missiles.",
    "1963|Report on Cuba|-",
    "1964|Leer m\xC3\xA1s sobre Cuba|-",
  };
  CHECK("Resultados\n\n1 - 3 de 3\n\n1962\n\nLetter from Fidel Castro\n\n"
        "Castro writes about the missiles. Leer m\xC3\xA1s\n\nLeer m\xC3\xA1s\n\n"
        "1963\n\nReport on Cuba\n\n1964\n\nLeer m\xC3\xA1s sobre Cuba\n", az, NULL);
}
END_TEST

/* The names of a table's columns on one line ("Date Title", "Date | Title") are no record; one
** such word alone may be a title. */
START_TEST(test_column_names){
  static const char *const az[] = {
    "1955|Draft Agreement on Scientific Cooperation|-",
    "1956|Title|-",
  };
  CHECK("Results 1 - 2 of 2\n\nDate Title\n\n1955\n\nDraft Agreement on Scientific Cooperation\n\n"
        "1956\n\nTitle\n", az, NULL);
  CHECK("Results 1 - 2 of 2\n\nDate | Title\n\n1955\n\nDraft Agreement on Scientific "
        "Cooperation\n\n1956\n\nTitle\n", az, NULL);
}
END_TEST

/* A copy that begins inside a summary: its first line, in small letters, is no record. Bare
** lines of text still are records, and so is a first line in capitals. */
START_TEST(test_copy_begins_in_a_summary){
  static const char *const az[] = {
    "March 16, 1967|Note on a Conversation with Comrade Zvetkov|A note on Kim's concerns.",
  };
  static const char *const azBare[] = {
    "-|notes on the fishing agreement|-",
    "-|de Gaulle's letter to Adenauer|-",
  };
  static const char *const azUpper[] = {
    "-|Revolution and the Question of Chinese Aid|-",
    "March 16, 1967|Note on a Conversation with Comrade Zvetkov|-",
  };
  CHECK("revolution, and the question of Chinese aid.\n\nMarch 16, 1967\n\n"
        "Note on a Conversation with Comrade Zvetkov\n\nA note on Kim's concerns.\n", az, NULL);
  CHECK("notes on the fishing agreement\nde Gaulle's letter to Adenauer\n", azBare, NULL);
  CHECK("Revolution and the Question of Chinese Aid\n\nMarch 16, 1967\n\n"
        "Note on a Conversation with Comrade Zvetkov\n", azUpper, NULL);
}
END_TEST

/* A page that prints each date line below its title: title, date line, summary. It is told
** by its first records (a summary in prose below the date line, and the next title over its
** date line at the same gap); then a record may lack its date or its summary. */
START_TEST(test_date_lines_below_titles){
  static const char *const az[] = {
    "March 02, 1953|Telegram from Molotov to the Soviet Ambassador in Beijing|"
      "Instructions on the funeral delegation and the text of a condolence message.",
    "1961|Letter from Enver Hoxha to Nikita Khrushchev|"
      "Hoxha protests the withdrawal of Soviet submarines from Vlora.",
    "January 1966|Report of the Trade Mission|-",
    "-|Notes on the Fishing Agreement|An unsigned list of points for the next round of talks.",
    "May 1967|Memorandum on the Border Talks|The two sides agree to meet again in June.",
  };
  static const char *const azCut[] = {
    "-|Conversation between the Minister and Visiting Engineers|-",
    "January 1966|Report of the Trade Mission|-",
  };
  static const char *const azLayout5[] = {
    "-|Conversation between the Minister and Visiting Engineers|-",
    "January 1966|Report of the Trade Mission|The mission lists the contracts signed in Beijing.",
    "1967|Note on the Harbour|-",
  };
  CHECK("Skip to content\n\n1 - 5 of 5\n\nDocuments\n\n"
        "Telegram from Molotov to the Soviet Ambassador in Beijing\n\nMarch 02, 1953\n\n"
        "Instructions on the funeral delegation and the text of a condolence message.\n\n"
        "Letter from Enver Hoxha to Nikita Khrushchev\n\n1961\n\n"
        "Hoxha protests the withdrawal of Soviet submarines from Vlora.\n\n"
        "Report of the Trade Mission\n\nJanuary 1966\n\n"
        "Notes on the Fishing Agreement\n\n"
        "An unsigned list of points for the next round of talks.\n\n"
        "Memorandum on the Border Talks\n\nMay 1967\n\n"
        "The two sides agree to meet again in June.\n\nPagination\n", az, NULL);
  /* A copy without blank lines, cut in the title of a dated record below an undated one. */
  CHECK("Documents\nConversation between the Minister and Visiting Engineers\nJanuary 1966\n"
        "Report of the Trade Mission", azCut, NULL);
  /* Layout 5: an undated record without a summary over a dated one, whose title is no prose. */
  CHECK("1 - 3 of 3\n\n\n\nConversation between the Minister and Visiting Engineers\n\n\n"
        "January 1966\n\nReport of the Trade Mission\n\n"
        "The mission lists the contracts signed in Beijing.\n\n1967\n\nNote on the Harbour\n",
        azLayout5, NULL);
}
END_TEST

static Suite *listing_forms_suite(void){
  Suite *s = suite_create("listing_forms");
  TCase *tc = tcase_create("forms");
  tcase_add_test(tc, test_result_numbers_and_read_more);
  tcase_add_test(tc, test_numbers_that_are_days);
  tcase_add_test(tc, test_titles_that_read_as_dates);
  tcase_add_test(tc, test_furniture_in_other_languages);
  tcase_add_test(tc, test_furniture_of_central_europe);
  tcase_add_test(tc, test_furniture_that_begins_as_titles);
  tcase_add_test(tc, test_column_names);
  tcase_add_test(tc, test_copy_begins_in_a_summary);
  tcase_add_test(tc, test_date_lines_below_titles);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_forms_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
