/*
** check_names_pages.c: rules of the name scanner that real result pages of the archive asked
** for (the titles and summaries the Wilson Center's pages print), each case invented by hand
** for the rule, never copied from a page nor from what the code printed:
**
**   - an abbreviated title's period ends no sentence (title_abbreviations.tsv): "Cde.
**     Barzinji", "Amb. Okoth", "Dr. Hardwick", "Lt. Col. Pemberton" are titled names as
**     "Comrade Barzinji" is; a title written in full before its period still ends a sentence;
**   - initials written without a space ("F.D. Hardwick", "K.P.S. Menon") are initials as "F. D."
**     are; the abbreviations of states and bodies (U.K., U.S., D.C.) are no initials;
**   - a hyphen between two known people's family names parts them as an en dash does ("the
**     Gomulka-Khrushchev talks"); a known double family name ("Gheorghiu-Dej") and the
**     syllables of a Korean given name ("Kim Il-Sung") stay whole;
**   - a bracket that gives a name again in another romanization ("Choe Yong-geon [Choe Yong
**     Gon]": its first word the family name, or a Korean surname of one class) is a name of
**     its own, where one that completes a name ("Chou [En-lai]") is part of it;
**   - towns whose names end as Slavic family names (not_names.tsv: Kharkov, Snagov) are no one;
**     an editor is a title as a director is ("the Deputy Editor of Trud");
**   - a given name no list holds, one initial and a family name are a name ("Hollis B.
**     Chenery"); a capital letter with its period after a label (letter_labels.tsv: "Annex
**     B.", "Plan A.") is no initial;
**   - a title, then what it is of or to, cues the name that ends the run ("Secretary of State
**     Hoover", "Ambassador to the PRC Tesfaye Gebre-Egzy");
**   - a Korean or Chinese name's last syllable of one letter ends its sentence ("O Jin U. He
**     ..."), no initial; a conjunction that opens a sentence (not_names.tsv: Although,
**     However) is no part of a name;
**   - a family name alone that several known people bear keys as theirs, with its marks or
**     without ("Ceausescu" as "Ceaușescu": names_authority.c, familyKeysAlone).
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"
#include "check_names_cases.h"

START_TEST(test_abbreviated_titles)
{
  static const Case c[] = {
    { "Letter from Cde. Barzinji to the embassy", "Barzinji", 0 },
    { "Amb. Okoth met the Minister of Trade.", "Okoth", 0 },
    { "Report by Dr. Hardwick on the harvest", "Hardwick", 0 },
    { "Lt. Col. Pemberton arrived in Seoul.", "Pemberton", 0 },
    { "Notes of Mr. Tanganyika's visit", "Tanganyika", 0 },
    /* the full word's period ends its sentence: no title of the next one */
    { "They called on the Ambassador. Copies went to Paris.", "", 0 },
    /* "Sr." follows a name, and is no title of the word after it */
    { "Benigno Aquino Sr. Visits Tokyo", "Benigno Aquino Sr", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_unspaced_initials)
{
  static const Case c[] = {
    { "Letter from F.D. Hardwick to the Foreign Office", "F.D. Hardwick", 0 },
    { "Dutch diplomat G.H. Vermeulen reported on the talks", "G.H. Vermeulen", 0 },
    { "Memorandum by T.R. Pemberton, Canadian Embassy", "T.R. Pemberton", 0 },
    /* the abbreviations of states and bodies are no one's initials */
    { "the U.K. Delegation and the U.S. Mission", "", 0 },
    { "talks in Washington D.C. Among those present", "", 0 },
    /* the syllable uk of a Korean name is no initialism */
    { "Kang Ryang-uk met 김형욱 in Pyongyang", "Kang Ryang-uk; 김형욱", 0 },
  };
  /* written with or without the space, the same initials */
  static const Pair a[] = {
    { "F.D. Hardwick", "F. D. Hardwick", NAME_SAME },
    { "K.P.S. Menon", "K. P. S. Menon", NAME_SAME },
    { "F.D. Hardwick", "F.E. Hardwick", NAME_DIFFERENT },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_hyphen_parts_two_people)
{
  static const Case c[] = {
    { "On the Gomulka-Khrushchev talks", "Gomulka; Khrushchev",
      "Władysław Gomułka; Nikita Khrushchev" },
    { "The Ulbricht-Brezhnev correspondence", "Ulbricht; Brezhnev",
      "Walter Ulbricht; Leonid Brezhnev" },
    /* a known person's double family name, and a Korean given name, stay whole */
    { "Gheorghiu-Dej received the delegation", "Gheorghiu-Dej", 0 },
    { "Kim Il-Sung received the delegation", "Kim Il-Sung", "Kim Il Sung" },
    /* parts that are no known people's */
    { "the Sino-Soviet border talks", "", 0 },
    /* after a given name, one person's double family name */
    { "Letter from Boutros Boutros-Ghali to the Council", "Boutros Boutros-Ghali", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_bracketed_romanizations)
{
  static const Case c[] = {
    /* a bracket that gives the name again in another romanization is a name of its own */
    { "Talks between Choe Yong-geon [Choe Yong Gon] and the delegation",
      "Choe Yong-geon; Choe Yong Gon", 0 },
    { "Ri Jong-ok [Yi Jong Ok] received them", "Ri Jong-ok; Yi Jong Ok", 0 },
    { "Pak Seong-cheol [Park Song Chol] spoke", "Pak Seong-cheol; Park Song Chol", 0 },
    /* a bracket that completes a name is part of it */
    { "Chou [En-lai] answered", "Chou [En-lai]", 0 },
    { "Kim [Il Sung] answered", "Kim [Il Sung]", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_towns_and_offices)
{
  static const Case c[] = {
    /* towns that end as Slavic or Romanian family names, named by no one */
    { "The tank works moved from Kharkov to Saratov.", "", 0 },
    { "Soviet-Romanian talks at Snagov, June 1964", "", 0 },
    { "Walt Rostow flew to Rostov.", "Walt Rostow", 0 },
    /* an office after a title, before what it is of, is no person */
    { "the Deputy Editor of Trud said", "", 0 },
    { "Editor Adzhubei of Izvestia", "Adzhubei", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_middle_initial_and_labels)
{
  static const Case c[] = {
    /* a given name no list holds, one initial, a family name */
    { "Telegram from Elbridge T. Durbrow to Herter", "Elbridge T. Durbrow; Herter", 0 },
    { "Comments by Hollis B. Chenery on aid", "Hollis B. Chenery", 0 },
    /* a capital letter after a label is no initial */
    { "Annex B. Frank statements were exchanged", "", 0 },
    { "see Appendix C. Young people", "", 0 },
    /* nor is a state's name, nor a common word, a given name before an initial */
    { "Note of the Ambassador to Ghana M. Gorshkov", "M. Gorshkov", 0 },
    { "The report cites A. Gromyko", "A. Gromyko", "Andrei Gromyko" },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_title_complements)
{
  static const Case c[] = {
    /* a title, what it is of or to, then the name it cues, ending the run */
    { "Under Secretary of State Hoover arrived", "Hoover", 0 },
    { "the Ethiopian Ambassador to the PRC Tesfaye Gebre-Egzy", "Tesfaye Gebre-Egzy", 0 },
    { "the Finnish Ambassador to Hanoi Okko Kallio said", "Okko Kallio", 0 },
    /* no name ends the run: nothing; nor is a word of the complement's middle a name */
    { "the Ambassador to the PRC Embassy staff", "", 0 },
    { "Chairman of the Guinean Democratic Party Youth League", "", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_sentence_ends)
{
  static const Case c[] = {
    /* a Korean or Chinese name's last syllable of one letter ends its sentence */
    { "The Minister of Defence O Jin U. He visited Warsaw.", "O Jin U", "O Jin-u" },
    { "The talks with O Jin U. Although Jaruzelski agreed", "O Jin U; Jaruzelski", 0 },
    /* a Western middle initial is an initial still */
    { "President John F. Kennedy spoke.", "John F. Kennedy", 0 },
    /* a conjunction that opens a sentence is no part of a name */
    { "Talks with Ivan Petrov. However Gromyko refused", "Ivan Petrov; Gromyko", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_family_keys_alone)
{
  /* a family name alone that several known people bear (Nicolae and Elena Ceaușescu) keys as
  ** their family name does, written with its marks or without them; it names neither */
  static const Pair a[] = {
    { "Ceausescu", "Ceaușescu", NAME_SAME },
    { "Ceausescu", "Ceauşescu", NAME_SAME },
    { "Ceausescu", "Nicolae Ceaușescu", NAME_PARTIAL },
    { "Ceausescu", "Ceaus", NAME_DIFFERENT },
  };
  NameInfo info;
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  ck_assert(name_analyze(pAuth, "Ceausescu", 9, &info));
  ck_assert_int_lt(info.person, 0);
}
END_TEST

static Suite *names_pages_suite(void){
  Suite *s = suite_create("names_pages");
  TCase *tc = tcase_create("pages");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_abbreviated_titles);
  tcase_add_test(tc, test_unspaced_initials);
  tcase_add_test(tc, test_hyphen_parts_two_people);
  tcase_add_test(tc, test_bracketed_romanizations);
  tcase_add_test(tc, test_towns_and_offices);
  tcase_add_test(tc, test_family_keys_alone);
  tcase_add_test(tc, test_middle_initial_and_labels);
  tcase_add_test(tc, test_title_complements);
  tcase_add_test(tc, test_sentence_ends);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_pages_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
