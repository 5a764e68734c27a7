/*
** check_names_audit7.c: the seventh names audit's rules (/work/notes/names7.md), each case
** written by hand from who these people were and how Czech, Slovak, Polish, English and
** Spanish documents write them, never from what the code printed:
**
**   - after a word that governs the genitive (genitive_heads.tsv: the nouns of archive titles,
**     "Návštěva", "Dopis", "List", "Wizyta", "Rozmowa", and the prepositions "do", "od", "u",
**     "z", "s"), a name in -a, -y, -i or the Slovak instrumental -om is read in its nominative
**     (genitive_endings.tsv) when that names a known person: "Návštěva Husáka", "List Ochaba
**     do Chruszczowa" (the "do" is no Portuguese particle before a name in -a), "Wizyta
**     Edwarda Gierka", "u Tita"; the noun itself is no name ("Projev", whose -ev reads
**     Slavic); without such a word a name in -a stays as written;
**   - the Latin cases of a word that begins with a marked capital ("Štrougalem", "Širokého"),
**     the dropped e of -ek ("z Gierkiem") and the instrumental of -o ("z Gromyką"); a case of
**     a family name two known people bear reads as that family alone ("z Kennedym");
**   - a regnal "I" after a ruler's or churchman's title (regnal_titles.tsv) or before "of"
**     ("Patriarch Alexy I", "Tsar Peter I"), a name with its number read whole after a title;
**     the pronoun stays out ("Khrushchev I think");
**   - one known family name in capitals on a line in capitals, a telegram's heading
**     ("ROSHCHIN TO FILIPPOV"), or after initials ("V.M. MOLOTOV"); acronyms stay out;
**   - a name over a line's end: a word broken by a hyphen ("Tse-\ntung"), words that a known
**     person's name is whole ("Walter\nUlbricht"); a list one name a line stays parted;
**   - place words before a name (Ciudad, Bandar, Ras, Banja, Puerto) and "the city of";
**   - a word in -ska, -cka, -zka alone is no person by its ending ("ulica Marszałkowska");
**   - an initial, a given name people bear, then a family name ("C. Douglas Dillon"); Walther
**     is Walter (name_variants.tsv); a given name alone before "and" and a given name and a
**     family name shares that family ("Fidel and Raúl Castro");
**   - Georgios Grivas and "Che" (Guevara) in the authority.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"
#include "check_names_cases.h"

START_TEST(test_genitive_after_governing_word)
{
  static const Case c[] = {
    { "Návštěva Husáka v Moskvě", "Husáka", "Gustáv Husák" },
    { "Dopis Ulbrichta Husákovi", "Ulbrichta; Husákovi", "Walter Ulbricht; Gustáv Husák" },
    { "List Ochaba do Chruszczowa", "Ochaba; Chruszczowa", "Edward Ochab; Nikita Khrushchev" },
    { "Wizyta Kosygina w Warszawie", "Kosygina", "Alexei Kosygin" },
    { "Rozmowa Edwarda Gierka z Kosyginem", "Edwarda Gierka; Kosyginem",
      "Edward Gierek; Alexei Kosygin" },
    { "Zpráva o rozhovoru u Tita na Brionech", "Tita", "Josip Broz Tito" },
    { "Projev Brežněva", "Brežněva", "Leonid Brezhnev" },
    { "Rozhovor Husáka s Brežnevom", "Husáka; Brežnevom", "Gustáv Husák; Leonid Brezhnev" },
    { "Zpráva o návštěvě Zápotockého a Širokého", "Zápotockého; Širokého",
      "Antonín Zápotocký; Viliam Široký" },
    { "Notatka o wizycie Gromyki", "Gromyki", "Andrei Gromyko" },
    /* precision: no governing word, a noun alone, a Portuguese particle, a town's genitive */
    { "Projev na sjezdu strany", "", 0 },
    { "Conversation with Francisco do Amaral", "Francisco do Amaral", 0 },
    { "Podróż do Gdańska i Krakowa", "", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_latin_cases_more)
{
  static const Case c[] = {
    { "Rozhovor se Štrougalem", "Štrougalem", "Lubomír Štrougal" },
    { "Zpráva o jednání Širokého", "Širokého", "Viliam Široký" },
    { "Rozmowa z Gierkiem w Katowicach", "Gierkiem", "Edward Gierek" },
    { "Spotkanie z Gromyką", "Gromyką", "Andrei Gromyko" },
    { "Rozhovor se Svobodou", "Svobodou", "Ludvík Svoboda" },
    /* a family two known people bear, in its case: the family alone */
    { "Rozmowa z Kennedym", "Kennedym", "Kennedy" },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_regnal_one)
{
  static const Case c[] = {
    { "Patriarch Alexy I met the Metropolitan", "Alexy I", 0 },
    { "The reforms of Tsar Peter I", "Peter I", 0 },
    { "Albert I of Belgium", "", 0 },
    /* precision: the pronoun */
    { "Then Khrushchev I think said no", "Khrushchev", "Nikita Khrushchev" },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_capitals_alone)
{
  static const Case c[] = {
    { "TOP SECRET. ROSHCHIN TO FILIPPOV", "ROSHCHIN; FILIPPOV",
      "Nikolai Roshchin; Joseph Stalin" },
    { "FROM THE DIARY OF V.M. MOLOTOV", "V.M. MOLOTOV", "Vyacheslav Molotov" },
    { "EYES ONLY. FOR THE SECRETARY FROM DULLES", "DULLES", "Dulles" },
    /* precision: acronyms, places, a line that is not in capitals */
    { "SOVIET EMBASSY IN BERLIN. CPSU CC DECISION", "", 0 },
    { "The USSR and SHTYKOV", "", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_names_over_line_ends)
{
  static const Case c[] = {
    { "Conversation of Mao Tse-\ntung with Yudin", "Mao Tse-\ntung; Yudin",
      "Mao Zedong; Pavel Yudin" },
    { "Record of a talk with Walter\nUlbricht", "Walter\nUlbricht", "Walter Ulbricht" },
    { "Telegram from Ambassador\nPuzanov", "Puzanov", "Alexander Puzanov" },
    /* precision: one name a line */
    { "Participants:\nKim Il Sung\nPak Hon-yong", "Kim Il Sung; Pak Hon-yong", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_places_and_adjectives)
{
  static const Case c[] = {
    { "Ciudad Trujillo and Bandar Abbas", "", 0 },
    { "Ras al-Khaimah and Banja Luka", "", 0 },
    { "The port of Zhdanov on the Sea of Azov", "", 0 },
    { "ulica Marszałkowska and Stocznia Gdańska", "", 0 },
    /* but the people */
    { "Trujillo and Mahmoud Abbas", "Trujillo; Mahmoud Abbas", 0 },
    { "Wanda Wasilewska and Stalin", "Wanda Wasilewska; Stalin", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_initial_given_family)
{
  static const Pair a[] = {
    { "Walther Ulbricht", "Walter Ulbricht", NAME_SAME },
    /* precision: another given name */
    { "Walther Ulbricht", "Lotte Ulbricht", NAME_DIFFERENT },
  };
  static const Case c[] = {
    { "U. Alexis Johnson and C. Douglas Dillon", "U. Alexis Johnson; C. Douglas Dillon", 0 },
    { "Memorandum by T. Keith Glennan", "T. Keith Glennan", 0 },
    /* a given name before "and" and a kinsman's full name shares his family */
    { "Fidel and Raúl Castro in the Sierra", "Fidel; Raúl Castro", "Fidel Castro; Raúl Castro" },
    { "John and Robert Kennedy", "John; Robert Kennedy", "John F. Kennedy; Robert F. Kennedy" },
    /* precision: no given name and family after "and" */
    { "Fidel and Khrushchev", "Khrushchev", "Nikita Khrushchev" },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_noms_de_guerre)
{
  static const Pair a[] = {
    { "Che", "Ernesto Guevara", NAME_SAME },
    { "Georgios Grivas", "George Grivas", NAME_SAME },
    { "Georgios Grivas", "General Grivas", NAME_PARTIAL },
    { "Grivas", "Georgios Papadopoulos", NAME_DIFFERENT },
  };
  static const Case c[] = {
    { "Grivas returned to Cyprus", "Grivas", "Georgios Grivas" },
    { "Che left for the Congo", "Che", "Che Guevara" },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

static Suite *names_audit7_suite(void){
  Suite *s = suite_create("names_audit7");
  TCase *tc = tcase_create("audit7");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_genitive_after_governing_word);
  tcase_add_test(tc, test_latin_cases_more);
  tcase_add_test(tc, test_regnal_one);
  tcase_add_test(tc, test_capitals_alone);
  tcase_add_test(tc, test_names_over_line_ends);
  tcase_add_test(tc, test_places_and_adjectives);
  tcase_add_test(tc, test_initial_given_family);
  tcase_add_test(tc, test_noms_de_guerre);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_audit7_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
