/*
** check_names_audit5.c: the fifth names audit's rules (/work/notes/names5.md), each case
** written by hand from who these people were and how Dutch, French, Yugoslav and archive
** credit lines write them, never from what the code printed:
**
**   - a Dutch name puts an article after van ("Max van der Stoel", "Hans van den Broek"): the
**     two particles stand inside the name as one did; German prose's "von der", "zu den"
**     before a noun stays outside it;
**   - the "M." of French Monsieur before a given name people bear and a family name is no
**     initial of the name ("M. Jean Chauvel" is Jean Chauvel); "M. Chauvel" and "J. Robert
**     Oppenheimer" keep their initials;
**   - after a title, two words that could both be a name's are read whole unless the last is
**     a plural as written; "Vidić", whose fold ends in the s of ts, is none;
**   - a credit ("Translated by", "Obtained by", "Contributed by") makes a name of two such
**     words, as a title does; an institution's words are no name;
**   - an en dash joins a name to a thing whose head word is up to four capitalized words on
**     ("the Kim Il Sung–Kim Jong Il Foundation") or a head word in lower case right after
**     them ("the Sukarno–Hatta airport"); "the Tito–Stalin split" names both;
**   - companies of the arts, the Komsomol, a leader's Thaw, Round and Constitution named
**     after a person are things (name_modifiers.tsv);
**   - older romanizations wrote tz and tsz for the ts of Wade-Giles before e ("Mao Tze-tung",
**     "Mao Tsze-tung": Mao Zedong);
**   - a Chinese family name in Wade-Giles with its aspirate's apostrophe ("Ch'en Yi") is no
**     Korean given name before a Korean family name last;
**   - Hungarian writes the family name first: two words, the second a given name only
**     Hungarian writes so (given_names.tsv 1: Tibor, József, Ferenc; not Péter), the first
**     none, are turned round ("Szamuely Tibor" is Tibor Szamuely), and in text such a pair that
**     ends its run is a person; the authority's Hungarian spellings ("Kádár János") make no
**     given name of the family name; streets after a name in lower case (utca, ulica,
**     náměstí) make a thing of it;
**   - Japanese given names are such names too (given_names.tsv 1: Toru, Shojiro): "Nakagawa
**     Toru" is Toru Nakagawa, as documents write him in either order;
**   - Commissioner, Lord Privy Seal, Minister without Portfolio and the ranks of envoys
**     (Extraordinary and Plenipotentiary) are titles; the plurals Members and Delegates are no name after an
**     honorific; an archive's Material, a Diary and Transcripts named after a person are things;
**   - the English words that begin an epithet the authority lists ("Big Minh") are no given
**     names of other runs ("the Big Three"); a nasab, "bin", "ibn" or "bint" between capitalized
**     words, makes a name of them ("Abdullah ibn Hussein"); a Campaign named after a leader is
**     a thing;
**   - a name in Latin letters that names no known person as written is read with its words
**     in the nominative by the endings of Polish and Czech cases (latin_case_endings.tsv), and
**     is that person when one reading names him ("z Kim Ir Senem", "s Brežněvem", "z
**     Gomułką"); a word with such an ending may be a name's for that reading only;
**   - verbs in the third person that follow a title in a title-cased heading (not_names.tsv:
**     "Premier Visits Hanoi", "Chairman Receives Soviet Delegation") are no person, where a
**     family name in -s after a title is one ("Ambassador Ives");
**   - German writes the ch and j of a Korean syllable tsch and dsch, Dutch tj ("Kim Tschong
**     Il", "Kim Dschong Il", "Kim Tjong Il" are Kim Jong Il);
**   - a word of no name that is a word of a known person's spelling ends a run as its last
**     word, and the run is a name only as the authority lists it ("Pierre Mendès France");
**   - a nickname in quotation marks between a name's words is no break of its run nor part
**     of its key ('Joseph "Joe" Stalin', 'Nikolai "Kolya" Petrov'); Empress is a title.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"
#include "check_names_cases.h"

START_TEST(test_dutch_van_with_article)
{
  static const Case a[] = {
    { "Statement by Max van der Stoel on human rights in Czechoslovakia", "Max van der Stoel",
      0 },
    { "Foreign Minister Hans van den Broek met Shevardnadze.",
      "Hans van den Broek; Shevardnadze", 0 },
    /* one particle, as before */
    { "A symphony of Ludwig van Beethoven", "Ludwig van Beethoven", 0 },
    /* precision: German prose, an article after von or zu before a noun */
    { "Botschafter Ivanov von der Sowjetischen Botschaft sprach.", "Ivanov", 0 },
    { "Gespräch mit Ulbricht zu den Fragen der Wirtschaft", "Ulbricht", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_french_monsieur)
{
  static const Case a[] = {
    { "Entretien entre M. Maurice Couve de Murville et M. Jean Chauvel",
      "Maurice Couve de Murville; Jean Chauvel", 0 },
    { "Note de M. Étienne Manac'h sur la Chine", "Étienne Manac'h", 0 },
    /* precision: an initial before a surname, and another letter before a given name */
    { "M. Chauvel a dit non.", "M. Chauvel", 0 },
    { "Report of Ambassador to Ghana M. Gorshkov", "M. Gorshkov", 0 },
    { "A letter of J. Robert Oppenheimer", "J. Robert Oppenheimer", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_title_pair_plural_as_written)
{
  static const Case a[] = {
    { "Memorandum by Yugoslav Ambassador Dobrivoje Vidić on Moscow", "Dobrivoje Vidić", 0 },
    { "Ambassador Samar Sen called.", "Samar Sen", 0 },
    /* precision: a plural after a title is no family name */
    { "Translated by Staff Members.", "", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_credit_pair)
{
  static const Case a[] = {
    { "Translated by Kalina Bratanova.", "Kalina Bratanova", 0 },
    { "Diplomatic Archive, Sofia. Obtained by Jordan Baev and translated by Kalina Bratanova.",
      "Jordan Baev; Kalina Bratanova", 0 },
    /* precision: institutions after a credit */
    { "Translated by Language Services.", "", 0 },
    { "Obtained by Korea University.", "", 0 },
    { "Translated by the Wilson Center.", "", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_dash_to_thing)
{
  static const Case a[] = {
    { "The Kim Il Sung–Kim Jong Il Foundation", "", 0 },
    { "Flights from the Sukarno–Hatta airport", "", 0 },
    /* precision: a dash between people before a word that is no head word */
    { "The Tito–Stalin split of 1948", "Tito; Stalin", 0 },
    { "the Khrushchev–Eisenhower talks", "Khrushchev; Eisenhower", 0 },
    { "the Kim Il Sung–Pak Hon-yong dispute", "Kim Il Sung; Pak Hon-yong", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_things_named_after_people)
{
  static const Case a[] = {
    { "The Kirov Ballet toured the United States", "", 0 },
    { "Students of the Tchaikovsky Conservatory", "", 0 },
    { "The Lenin Komsomol congress", "", 0 },
    { "The Georgi Dimitrov Komsomol", "", 0 },
    { "The Kennedy Round of tariff negotiations", "", 0 },
    { "The Stalin Constitution of 1936", "", 0 },
    { "The Khrushchev Thaw", "", 0 },
    { "Operation Attila began in July 1974", "", 0 },
    /* precision: the same words in lower case, a possessive */
    { "Kennedy sat round the table", "Kennedy", 0 },
    { "Brezhnev's constitution of 1977", "Brezhnev", 0 },
    { "Kirov's ballet school", "Kirov", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_older_wade_giles_tz)
{
  static const Pair a[] = {
    { "Mao Tze-tung", "Mao Zedong", NAME_SAME },
    { "Mao Tsze-tung", "Mao Tse-tung", NAME_SAME },
    /* precision: his brother Mao Zemin, and a syllable of tz that Wade-Giles writes so */
    { "Mao Tze-min", "Mao Tse-tung", NAME_DIFFERENT },
    { "Tz'u-hsi", "Mao Tze-tung", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_wade_giles_aspirate_first)
{
  static const Pair a[] = {
    { "Ch'en Yi", "Chen Yi", NAME_SAME },
    { "Ch'en Yi", "Ch'en I", NAME_SAME },
    /* precision: another man of the family, and a Korean Yi family first */
    { "Ch'en Yi", "Ch'en Yün", NAME_DIFFERENT },
    { "Ch'en Yi", "Yi Ch'en", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_hungarian_family_first)
{
  static const Pair a[] = {
    { "Szamuely Tibor", "Tibor Szamuely", NAME_SAME },
    { "Kádár Béla", "Béla Kádár", NAME_SAME },
    { "Nagy Ferenc", "Ferenc Nagy", NAME_SAME },
    { "Kádár János", "János Kádár", NAME_SAME },
    /* precision: other men of the family */
    { "Nagy Ferenc", "Imre Nagy", NAME_DIFFERENT },
    { "Kádár Béla", "János Kádár", NAME_DIFFERENT },
  };
  static const Case c[] = {
    { "Szamuely Tibor nagykövet jelentése Phenjanból", "Szamuely Tibor", "Tibor Szamuely" },
    { "Apró Antal és Fock Jenő tárgyalásai", "Apró Antal; Fock Jenő", "Antal Apró; Jenő Fock" },
    /* precision: a word before a name in Western order, a street */
    { "Today Imre Nagy spoke.", "Imre Nagy", 0 },
    { "Yesterday Gyula Kállai arrived.", "Gyula Kállai", 0 },
    { "The embassy at Kossuth Lajos utca 5", "", 0 },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_japanese_family_first)
{
  static const Pair a[] = {
    { "Nakagawa Toru", "Toru Nakagawa", NAME_SAME },
    { "Kawashima Shojiro", "Shojiro Kawashima", NAME_SAME },
    /* precision: other given names */
    { "Nakagawa Toru", "Nakagawa Ichiro", NAME_DIFFERENT },
    { "Kawashima Shojiro", "Shintaro Kawashima", NAME_DIFFERENT },
  };
  static const Case c[] = {
    /* the hyphen parts the two men who held the talks (check_names_pages.c) */
    { "Report of Kawashima Shojiro on the Liao-Takasaki talks",
      "Kawashima Shojiro; Liao; Takasaki",
      "Shojiro Kawashima; Liao Chengzhi; Tatsunosuke Takasaki" },
    { "Japanese Socialist Party chairman Asanuma Inejiro in Beijing", "Asanuma Inejiro",
      "Inejiro Asanuma" },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_titles_and_series)
{
  static const Case a[] = {
    { "Commissioner Clarke said nothing.", "Clarke", 0 },
    { "Ambassador Extraordinary and Plenipotentiary of the USSR", "", 0 },
    { "Minister Without Portfolio Kállai", "Kállai", 0 },
    { "The Lord Privy Seal spoke.", "", 0 },
    { "Honourable Members of the House", "", 0 },
    { "Distinguished Delegates, Comrades", "", 0 },
    { "Jimmy Carter Library, Brzezinski Material", "", 0 },
    { "An entry of the Dimitrov Diary", "", 0 },
    /* precision: the same words in lower case, and a possessive */
    { "Brezhnev's diary and the Dimitrov diary", "Brezhnev; Dimitrov", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_epithet_words_nasab_campaign)
{
  static const Case a[] = {
    { "The Big Three met at Yalta; the Big Four at Geneva.", "", 0 },
    { "Abdullah ibn Hussein received the delegation.", "Abdullah ibn Hussein", 0 },
    { "The Ho Chi Minh Campaign of April 1975", "", 0 },
    /* precision: the epithet itself, a campaign in lower case, a name after "bin" alone */
    { "Big Minh seized power.", "Big Minh", "Duong Van Minh" },
    { "Mao's campaign against Lin Biao", "Mao; Lin Biao", 0 },
    { "Qaboos bin Said", "Qaboos bin Said", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_polish_czech_cases)
{
  static const Case a[] = {
    { "Rozmowa z Kim Ir Senem", "Kim Ir Senem", "Kim Il Sung" },
    { "Rozhovor s Brežněvem a Husákem", "Brežněvem; Husákem", "Leonid Brezhnev; Gustáv Husák" },
    { "Spotkanie z Gomułką i Jaruzelskim", "Gomułką; Jaruzelskim",
      "Władysław Gomułka; Wojciech Jaruzelski" },
    { "Rozhovor s A. Novotným", "A. Novotným", "Antonín Novotný" },
    /* precision: English words with those endings, and unknown people's names */
    { "The Problem of the System in Jerusalem", "", 0 },
    { "Rozmowa z Kowalskim", "", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_heading_verbs_after_title)
{
  static const Case a[] = {
    { "Premier Visits Hanoi", "", 0 },
    { "Chairman Receives Soviet Delegation", "", 0 },
    { "Ambassador Conveys Message from Stalin", "Stalin", 0 },
    /* precision: family names in -s after a title */
    { "Ambassador Ives Meets Gromyko", "Ives; Gromyko", 0 },
    { "Secretary Dulles Arrives in Seoul", "Dulles", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_korean_in_german_letters)
{
  static const Pair a[] = {
    { "Kim Tschong Il", "Kim Jong Il", NAME_SAME },
    { "Kim Dschong Il", "Kim Chŏng-il", NAME_SAME },
    { "Kim Tjong Il", "Kim Jong-il", NAME_SAME },
    { "Pak Tschang Ok", "Pak Chang-ok", NAME_SAME },
    /* precision: father and son, and Chinese in German letters stays Chinese */
    { "Kim Tschong Il", "Kim Il Sung", NAME_DIFFERENT },
    { "Tschu De", "Zhu De", NAME_SAME },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_known_name_with_place_word)
{
  static const Case a[] = {
    { "Pierre Mendès France told the Assembly about Geneva", "Pierre Mendès France", 0 },
    /* precision: a country after a name is none of it */
    { "Kim Il Sung Korea", "Kim Il Sung", 0 },
    { "Charles de Gaulle France", "Charles de Gaulle", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_nickname_in_quotes)
{
  static const Pair a[] = {
    { "Joseph \"Joe\" Stalin", "Joseph Stalin", NAME_SAME },
    { "Nikolai 'Kolya' Petrov", "Nikolai Petrov", NAME_SAME },
    { "Nikolai \xE2\x80\x9CKolya\xE2\x80\x9D Petrov", "Nikolai Petrov", NAME_SAME },
    /* precision: the nickname is no given name of another man */
    { "Nikolai \"Kolya\" Petrov", "Kolya Petrov", NAME_DIFFERENT },
  };
  static const Case c[] = {
    { "Joseph \"Joe\" Stalin and Franklin Delano Roosevelt at Yalta",
      "Joseph \"Joe\" Stalin; Franklin Delano Roosevelt", "Joseph Stalin; Franklin D. Roosevelt" },
    { "Nikolai \"Kolya\" Petrov met Mao.", "Nikolai \"Kolya\" Petrov; Mao", 0 },
    /* precision: a quoted phrase after a lower-case word, and an epithet after a comma */
    { "the \"Big Three\" Churchill", "Churchill", 0 },
    { "Kim Jong Il, the \"Dear Leader\", inspected the unit", "Kim Jong Il", 0 },
    { "The Shah and Empress Farah", "Farah", 0 },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

static Suite *names_audit5_suite(void){
  Suite *s = suite_create("names_audit5");
  TCase *tc = tcase_create("audit5");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_dutch_van_with_article);
  tcase_add_test(tc, test_french_monsieur);
  tcase_add_test(tc, test_title_pair_plural_as_written);
  tcase_add_test(tc, test_credit_pair);
  tcase_add_test(tc, test_dash_to_thing);
  tcase_add_test(tc, test_things_named_after_people);
  tcase_add_test(tc, test_older_wade_giles_tz);
  tcase_add_test(tc, test_wade_giles_aspirate_first);
  tcase_add_test(tc, test_hungarian_family_first);
  tcase_add_test(tc, test_japanese_family_first);
  tcase_add_test(tc, test_titles_and_series);
  tcase_add_test(tc, test_epithet_words_nasab_campaign);
  tcase_add_test(tc, test_polish_czech_cases);
  tcase_add_test(tc, test_heading_verbs_after_title);
  tcase_add_test(tc, test_korean_in_german_letters);
  tcase_add_test(tc, test_known_name_with_place_word);
  tcase_add_test(tc, test_nickname_in_quotes);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_audit5_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
