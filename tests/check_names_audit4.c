/*
** check_names_audit4.c: the fourth names audit's rules (/work/notes/names4.md), each case
** written by hand from who these people were and how Russian registers, French documents of
** the Indochina years and catalogues write them, never from what the code printed:
**
**   - a Russian name written family first without a comma, with its patronymic last
**     ("Хрущев Никита Сергеевич", "Gromyko Andrei Andreevich") is turned round: three words,
**     the last a Russian patronymic (not the Polish -wicz of surnames), the second a given name
**     people bear, the first none; "Ильич" (Ilich, five letters) is a patronymic;
**   - a Vietnamese name hyphenated into one word, as French documents write it ("Hô-Chi-Minh",
**     "Pham-Van-Dong", "Ngo-Dinh-Diem"), is read as its words: three to five pieces; and the
**     scanner of free text tries such a word when its first piece is a word of a known name or
**     a family name;
**   - a family name first in capitals before a given name that is not ("GOMUŁKA Władysław",
**     "ULBRICHT Walter", "JOHNSON Lyndon B.") goes last; not a Korean, Chinese or Vietnamese
**     family name, which those readings take first anyway ("MAO Zedong", "LE Duan");
**   - a title alone after the comma of a name of two or more words is the person's office
**     ("Kim Il Sung, Premier"), not a given name of "Surname, Given";
**   - spellings of one Arabic, Persian or Turkish name are one in the key (name_variants.tsv:
**     Ahmed and Ahmad, Hussein and Husain, Gamal and Jamal), not names of other words in
**     Arabic (Hamid and Hamed, Hasan and Husayn);
**   - French writes ou for the u of Wade-Giles before ng, o and a ("Mao Tse-Toung", "Kouo
**     Mo-jo", "Houang Houa"), and a family name of Wade-Giles in European letters first
**     ("Tchen Yi") is no Korean given name before a Korean family name last.
**
** And for the free-text scanner (names()): rivers and seas of China, towns and airfields of
** Vietnam and Laos that read as names are places (name_places.tsv: "Chang Jiang", "Gia Lam",
** "Phuc Yen", "Nam Tha"), and a place is read before a title its first word may be ("Hon Me",
** an island, is no "Hon." before "Me"); a title word last in its run after a given name is the
** family name of a person the authority knows so ("Winston Lord", "John Major"); a navy's
** prefix (USS, HMS) names a ship with the words after it, and the plural of a vessel's word
** names one before its name ("the destroyers Maddox").
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"
#include "check_names_cases.h"

/* The key of z is zWant ("family given..."). */
static void expect_key(const char *z, const char *zWant){
  NameInfo x;
  ck_assert_msg(name_analyze(pAuth, z, strlen(z), &x), "'%s' no name", z);
  ck_assert_msg(strcmp(x.key, zWant)==0, "key('%s') = '%s', want '%s'", z, x.key, zWant);
}

START_TEST(test_russian_family_first_patronymic)
{
  static const Pair a[] = {
    { "Хрущев Никита Сергеевич", "Nikita Khrushchev", NAME_SAME },
    { "Khrushchev Nikita Sergeevich", "N.S. Khrushchev", NAME_SAME },
    { "Gromyko Andrei Andreevich", "Andrei Gromyko", NAME_SAME },
    { "Брежнев Леонид Ильич", "Leonid Brezhnev", NAME_SAME },
    { "Petrov Ivan Ivanovich", "Ivan Ivanovich Petrov", NAME_SAME },
    /* precision: another man of the family, another given name */
    { "Khrushchev Sergei Nikitich", "Nikita Khrushchev", NAME_DIFFERENT },
    { "Petrov Ivan Ivanovich", "Ivan Petrovich Ivanov", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  /* not turned: the usual order, and Polish names whose last word ends in -wicz */
  expect_key("Ivan Ivanovich Petrov", "petrov ivan");
  expect_key("Józef Adam Cyrankiewicz", "tsirankevich yozev adam");
}
END_TEST

START_TEST(test_russian_family_first_in_text)
{
  static const Case a[] = {
    { "Khrushchev Nikita Sergeevich, First Secretary of the CC CPSU",
      "Khrushchev Nikita Sergeevich", "Nikita Khrushchev" },
    { "The list includes Gromyko Andrei Andreevich and Petrov Ivan Ivanovich.",
      "Gromyko Andrei Andreevich; Petrov Ivan Ivanovich", 0 },
    /* the usual order stays one name */
    { "Nikita Sergeevich Khrushchev spoke.", "Nikita Sergeevich Khrushchev", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_french_hyphenated_vietnamese)
{
  static const Pair a[] = {
    { "Hô-Chi-Minh", "Ho Chi Minh", NAME_SAME },
    { "Pham-Van-Dong", "Phạm Văn Đồng", NAME_SAME },
    { "Ngo-Dinh-Diem", "Ngô Đình Diệm", NAME_SAME },
    { "Vo-Nguyen-Giap", "Võ Nguyên Giáp", NAME_SAME },
    { "Nguyen-Van-Xuan", "Nguyễn Văn Xuân", NAME_SAME },
    /* precision: brothers stay apart */
    { "Ngo-Dinh-Nhu", "Ngo Dinh Diem", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  /* two pieces are a Chinese or Korean given name, not split */
  expect_key("Chiang Kai-shek", "jiang kaishek");
}
END_TEST

START_TEST(test_french_hyphenated_vietnamese_in_text)
{
  static const Case a[] = {
    { "Lettre de Hô-Chi-Minh au gouvernement français, remise par Pham-Van-Dong.",
      "Hô-Chi-Minh; Pham-Van-Dong", "Ho Chi Minh; Pham Van Dong" },
    { "Télégramme de Ngo-Dinh-Diem.", "Ngo-Dinh-Diem", 0 },
    /* places and compounds: no person */
    { "La délégation de Ho-Chi-Minh-Ville est arrivée.", "", 0 },
    { "The Sino-Soviet-Vietnamese talks and the Marx-Engels-Lenin Institute.", "", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_capital_family_first)
{
  static const Pair a[] = {
    { "GOMUŁKA Władysław", "Władysław Gomułka", NAME_SAME },
    { "ULBRICHT Walter", "Walter Ulbricht", NAME_SAME },
    { "HONECKER Erich", "Erich Honecker", NAME_SAME },
    { "JOHNSON Lyndon B.", "Lyndon B. Johnson", NAME_SAME },
    /* East Asian family names first in capitals keep their reading */
    { "MAO Zedong", "Mao Zedong", NAME_SAME },
    { "ZHOU Enlai", "Zhou Enlai", NAME_SAME },
    { "PARK Chung Hee", "Park Chung-hee", NAME_SAME },
    { "LE Duan", "Lê Duẩn", NAME_SAME },
    /* precision: the father is not the son */
    { "HONECKER Erich", "Margot Honecker", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  /* not turned: all in capitals, or initials after the name */
  expect_key("KIM IL SUNG", "kim ilsong");
  expect_key("KHRUSHCHEV N.S.", "hrushev nikita");
}
END_TEST

START_TEST(test_title_after_comma)
{
  static const Pair a[] = {
    { "Kim Il Sung, Premier", "Kim Il Sung", NAME_SAME },
    { "Zhou Enlai, Premier", "Zhou Enlai", NAME_SAME },
    /* ... with what the office is of, after the name's comma or after its given name's */
    { "Mao Zedong, Chairman of the CCP", "Mao Zedong", NAME_SAME },
    { "Zhou Enlai, Premier of the State Council", "Zhou Enlai", NAME_SAME },
    { "Gromyko, Andrei, Minister of Foreign Affairs", "Andrei Gromyko", NAME_SAME },
    { "Andrei Gromyko, Ambassador to the United States", "Andrei Gromyko", NAME_SAME },
    { "Kennedy, John F., President of the United States", "John F. Kennedy", NAME_SAME },
    { "Dean Rusk, Secretary of State", "Dean Rusk", NAME_SAME },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  /* a name of one word keeps a title alone, as its heading has it, but not an office of
  ** something: Tito is Josip Broz Tito */
  expect_key("Charlemagne, Emperor", "charlemagne emperor");
  expect_key("Tito, President of Yugoslavia", "tito yosip broz");
  /* a given name after the comma still turns the name round, a title word before it too */
  expect_key("Lord, Winston", "lord vinston");
  expect_key("Kennan, George", "kenan george");
}
END_TEST

START_TEST(test_arabic_name_variants)
{
  static const Pair a[] = {
    { "Ahmed Ben Bella", "Ahmad Ben Bella", NAME_SAME },
    { "Saddam Hussein", "Saddam Husain", NAME_SAME },
    { "Gamal Abdel Nasser", "Jamal Abdel Nasser", NAME_SAME },
    { "Hosni Mubarak", "Husni Mubarak", NAME_SAME },
    { "Mohammed Najibullah", "Mohammad Najibullah", NAME_SAME },
    { "Mustafa Barzani", "Mostafa Barzani", NAME_SAME },
    /* precision: names of other words in Arabic stay apart */
    { "Hamid Karzai", "Hamed Karzai", NAME_DIFFERENT },
    { "Hasan al-Bakr", "Husayn al-Bakr", NAME_DIFFERENT },
    { "Mohammad Khatami", "Ahmad Khatami", NAME_DIFFERENT },
    { "Saddam Hussein", "Hussein bin Talal", NAME_DIFFERENT },
    /* the French forms of Russian given names (name_variants.tsv's last rows) */
    { "André Gromyko", "Andrei Gromyko", NAME_SAME },
    { "Léonide Brejnev", "Leonid Brezhnev", NAME_SAME },
    /* not the English Andrew, nor other translations */
    { "Andrew Sakharov", "Andrei Sakharov", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_rivers_and_war_places)
{
  static const Case a[] = {
    { "The Chang Jiang and the Huang He flooded in 1954.", "", 0 },
    { "Aircraft bombed Gia Lam, Phuc Yen and Yen Vien.", "", 0 },
    { "The destroyers shelled Hon Me and Hon Ngu.", "", 0 },
    { "The Pathet Lao took Nam Tha and Sam Neua; Long Cheng held.", "", 0 },
    { "Fighting at Ban Me Thuot and Chau Doc continued.", "", 0 },
    { "Kim Il Sung returned from Yan An with Kim Tu-bong.", "Kim Il Sung; Kim Tu-bong", 0 },
    /* people whose words begin such places stay people */
    { "Huang Hua met Yan Mingfu and Huang Zhen.", "Huang Hua; Yan Mingfu; Huang Zhen", 0 },
    { "The Hon. Harold Wilson spoke.", "Harold Wilson", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_french_wade_giles_ou)
{
  static const Pair a[] = {
    { "Mao Tse-Toung", "Mao Zedong", NAME_SAME },
    { "Kouo Mo-jo", "Guo Moruo", NAME_SAME },
    { "Houang Houa", "Huang Hua", NAME_SAME },
    { "Tchang Kouo-tao", "Zhang Guotao", NAME_SAME },
    /* a European family name of Wade-Giles first is no Korean given name: Tchen Yi is Chen Yi */
    { "Tchen Yi", "Chen Yi", NAME_SAME },
    /* precision: Wade-Giles's own ou stays ou (Chou is Zhou, not Zhu) */
    { "Chou En-lai", "Chu Teh", NAME_DIFFERENT },
    { "Huang Hua", "Hua Guofeng", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
  /* a Korean name written given name first keeps its reading */
  expect_key("Il Sung Kim", "kim ilsong");
  expect_key("Young Sam Kim", "kim yongsam");
}
END_TEST

START_TEST(test_title_word_as_family_name)
{
  static const Case a[] = {
    { "Winston Lord's notes of the Kissinger\xE2\x80\x93Zhou conversation",
      "Winston Lord; Kissinger; Zhou", 0 },
    { "John Major met Yeltsin.", "John Major; Yeltsin", 0 },
    /* a title before a name, and a rank after a given name, stay titles */
    { "Lord Home and King Hussein met.", "Home; Hussein", 0 },
    { "Then Ivan General left.", "", 0 },
    { "Comrade Ivan Premier spoke.", "Ivan", 0 },
    /* the title word after a given name and more words of the name: "Martin Luther King" is
    ** not the reformer Martin Luther, who stays himself */
    { "Martin Luther King was shot in Memphis.", "Martin Luther King", 0 },
    { "Dr. Martin Luther King spoke; Martin Luther nailed the theses.",
      "Martin Luther King; Martin Luther", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_navy_prefix_and_plural_vessels)
{
  static const Case a[] = {
    { "The USS Turner Joy fired on the torpedo boats.", "", 0 },
    { "USS Pueblo was seized in January 1968.", "", 0 },
    { "The destroyers Maddox and Ticonderoga were attacked.", "", 0 },
    /* names before the prefix, and acronyms of no navy, stay read */
    { "Captain Bucher of USS Pueblo met Kim Il Sung's officers.", "Bucher; Kim Il Sung", 0 },
    { "The USSR and Kim Il Sung agreed.", "Kim Il Sung", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_translators_given_names)
{
  static const Case a[] = {
    { "RGASPI, f. 558, op. 11, d. 334. Translated by Kathryn Weathersby.", "Kathryn Weathersby",
      0 },
    { "Matter 220/1971. Translated by Eliza Gheorghe.", "Eliza Gheorghe", 0 },
    /* a given name alone, or before a head word, is no person */
    { "Eliza said nothing. The Eliza Doolittle Society met.", "", 0 },
  };
  check_cases(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

static Suite *names_audit4_suite(void){
  Suite *s = suite_create("names_audit4");
  TCase *tc = tcase_create("audit4");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_russian_family_first_patronymic);
  tcase_add_test(tc, test_russian_family_first_in_text);
  tcase_add_test(tc, test_french_hyphenated_vietnamese);
  tcase_add_test(tc, test_french_hyphenated_vietnamese_in_text);
  tcase_add_test(tc, test_capital_family_first);
  tcase_add_test(tc, test_title_after_comma);
  tcase_add_test(tc, test_arabic_name_variants);
  tcase_add_test(tc, test_rivers_and_war_places);
  tcase_add_test(tc, test_french_wade_giles_ou);
  tcase_add_test(tc, test_title_word_as_family_name);
  tcase_add_test(tc, test_navy_prefix_and_plural_vessels);
  tcase_add_test(tc, test_translators_given_names);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_audit4_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
