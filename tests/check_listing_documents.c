/*
** check_listing_documents.c: unit tests for ext/listing_document.c: one document's own page,
** copied whole, is one record (its date line, its title, the summary above "Document
** Information", or in the older design the quoted title of its citation and the line below
** "get citation"); its fields, its dialogue and the dated headings of its text are no records.
** A result page that prints a citation block or a record's details is read as a list still.
** And a people page copied without its furniture: the person's heading ("Hoxha, Enver,
** 1908-1985") and a line about him over his dated documents are no record
** (ext/listing_regions.c).
** Records are written by hand as "rank/total:date line|title|summary" ("-" for an absent
** field, rank or total).
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

START_TEST(test_document_page){
  static const char *const az[] = {
    "-/-:May 17, 1961|Memorandum of Conversation between Kádár and Gromyko|"
    "Kádár and Gromyko discuss the Berlin question.",
  };
  CHECK("Skip to content\n\nMay 17, 1961\n\n"
        "Memorandum of Conversation between Kádár and Gromyko\n\n"
        "This document was made possible with support from the Leon Levy Foundation\n\n"
        "Budapest, 17 May 1961\n\nGromyko: The question of Berlin must be settled.\n\n"
        "Kádár: We agree.\n\n"
        "Kádár and Gromyko discuss the Berlin question.\n\n\n"
        "Document Information\n\nSource\n\nMNL OL, XIX-J-1-j.\n\n"
        "Original Uploaded Date\n\n2015-02-11\n\nType\n\nMemorandum of Conversation\n\n"
        "Record ID\n\n118801\n", az);
}
END_TEST

START_TEST(test_older_design){
  static const char *const az[] = {
    "-/-:August 3, 1959|Cable from the Soviet Embassy in Beijing|"
    "The embassy reports on the Lushan Plenum.",
  };
  CHECK("Search in\n\nDigital Archive International History Declassified\n\n"
        "August 3, 1959\n\n\n  • Citation\n\n    get citation\n\n"
        "    The embassy reports on the Lushan Plenum.\n"
        "    \"Cable from the Soviet Embassy in Beijing,\" August 3, 1959, History and Public "
        "Policy Program Digital Archive, AVP RF.\n  • share document\n\n\nEnglish HTML\n\n\n"
        "Beijing, 3 August 1959\n\nTo Comrade Gromyko.\n", az);
}
END_TEST

/* Not a document's page: a result page whose records print citations and details. */
START_TEST(test_result_page_stays_a_list){
  static const char *const az[] = {
    "1/2:March 5, 1953|Report on the Death of Stalin|The report describes the funeral.",
    "2/2:April 2, 1953|Letter from Zhou Enlai to Molotov|Zhou thanks Molotov.",
  };
  CHECK("Results:\n\n1 - 2 of 2\n\nMarch 5, 1953\n\nReport on the Death of Stalin\n\n"
        "The report describes the funeral.\n\nSource: AVP RF\n\nApril 2, 1953\n\n"
        "Letter from Zhou Enlai to Molotov\n\nZhou thanks Molotov.\n", az);
}
END_TEST

/* A people page copied without its furniture: the person's heading, perhaps a line about him,
** then his documents (listing_regions.c). A record's title of the same shape that begins with
** a document's genre stays a record. */
START_TEST(test_person_heading){
  static const char *const az[] = {
    "-/-:April 9, 1957|Conversation between Hoxha and Puzanov|Hoxha complains of Yugoslavia.",
    "-/-:May 30, 1961|Letter from Hoxha to Khrushchev|-",
  };
  static const char *const azGenre[] = {
    "-/-:-|Report, Tirana|-",
    "-/-:April 9, 1957|Conversation between Hoxha and Puzanov|Hoxha complains of Yugoslavia.",
  };
  CHECK("Hoxha, Enver, 1908-1985\n\nAlbanian party leader.\n\nApril 9, 1957\n\n"
        "Conversation between Hoxha and Puzanov\n\nHoxha complains of Yugoslavia.\n\n"
        "May 30, 1961\n\nLetter from Hoxha to Khrushchev\n", az);
  CHECK("Report, Tirana\n\nApril 9, 1957\n\nConversation between Hoxha and Puzanov\n\n"
        "Hoxha complains of Yugoslavia.\n", azGenre);
}
END_TEST

static Suite *listing_documents_suite(void){
  Suite *s = suite_create("listing_documents");
  TCase *tc = tcase_create("documents");
  tcase_add_test(tc, test_document_page);
  tcase_add_test(tc, test_older_design);
  tcase_add_test(tc, test_result_page_stays_a_list);
  tcase_add_test(tc, test_person_heading);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(listing_documents_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
