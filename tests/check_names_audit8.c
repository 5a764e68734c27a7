/*
** check_names_audit8.c: the eighth names audit's rules (/work/notes/names8.md), each case
** written by hand from who these people were and how German, Spanish, Czech, Russian and
** Vietnamese documents and American cables write them, never from what the code printed (nor
** copied from the audit's battery, tests/probe8):
**
**   - ae, oe, ue for ä, ö, ü (a typewriter's or a cable's umlaut) read as the umlaut when that
**     makes a word of a known spelling or given name ("Guenter Schabowski", "Manfred
**     Woerner"); a word known as written keeps its e (Michael, Rafael);
**   - a ruler's number "I" after a name of two words that the authority lists without it
**     ("Haile Selassie I"); not after one word ("Faisal I"), nor when the person's own form has
**     a number ("John Paul I");
**   - an initial and two words of a name, the first name an initial ("H. Freeman Matthews");
**   - " y " and a family name in -ez after a Spanish name: its second family name;
**   - a given name before "and" shares the family of the next name with the one known person
**     whose first given name it is ("John and Allen Dulles");
**   - a Slavic possessive of a known foreigner's family name is a place or street, no person
**     ("Gottwaldov", "Leninova"); a given name's stays a surname ("Petrov");
**   - a Vietnamese title whose second word is in lower case ("Chủ tịch") is a title, no person;
**   - a word of no name inside a spelling the authority lists whole ("Chu Ân Lai": Ân is An);
**   - a title in lower case after a country's adjective is a title ("the Hungarian ambassador
**     Szalai");
**   - a Cyrillic case of a family two known people bear reads as that family ("с Хонеккером");
**     Czech given names in the genitive before an adjectival surname in -ého;
**   - name_analyze_inflected(): a name typed in a case ("Ким Ир Сеном") is its person;
**   - data: Sino-Vietnamese spellings (Mao Trạch Đông), Spanish ones (Alekséi Kosiguin,
**     Mijail without its accent).
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"
#include "check_names_cases.h"

START_TEST(test_umlaut_digraphs)
{
  static const Pair a[] = {
    { "Guenter Schabowski", "Günter Schabowski", NAME_SAME },
    { "Manfred Woerner", "Manfred Wörner", NAME_SAME },
    { "Wolfgang Schaeuble", "Wolfgang Schäuble", NAME_SAME },
    { "Cemal Guersel", "Cemal Gürsel", NAME_SAME },
    { "Heinrich Luebke", "Heinrich Lübke", NAME_SAME },
    /* precision: a given name known as written keeps its e */
    { "Rafael Caldera", "Rafal Caldera", NAME_DIFFERENT },
    { "Michael Raeder", "Michal Raeder", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_regnal_first)
{
  static const Pair a[] = {
    { "Haile Selassie I", "Haile Selassie", NAME_SAME },
    { "Emperor Haile Selassie I", "Haile Selassie", NAME_SAME },
    /* precision: one word before it; a person whose own form has a number */
    { "Faisal I", "Faisal", NAME_DIFFERENT },
    { "John Paul I", "John Paul II", NAME_DIFFERENT },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

START_TEST(test_initial_then_two_words)
{
  static const Case c[] = {
    { "Cable from H. Freeman Matthews to the Secretary", "H. Freeman Matthews", 0 },
    { "Ambassador C. Burke Elbrick met Dean Rusk", "C. Burke Elbrick; Dean Rusk",
      0 },
    /* precision: a known family name after the initial; a place after it */
    { "Telegram from G. Kennan Moscow", "G. Kennan", "George Kennan" },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_spanish_second_family)
{
  static const Case c[] = {
    { "Carta de José Martí y Pérez a su madre", "José Martí y Pérez", "José Martí" },
    { "Fidel Castro y Pérez", "Fidel Castro y Pérez", "Fidel Castro" },
    /* precision: a known person after "y"; a name that goes on; no Spanish name before */
    { "Raúl Castro y Mikoyán", "Raúl Castro; Mikoyán", "Raúl Castro; Anastas Mikoyan" },
    { "Fidel Castro y Pérez Esquivel", "Fidel Castro; Pérez", 0 },
    { "Kim Il Sung y Pérez", "Kim Il Sung; Pérez", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_family_by_first_given)
{
  static const Case c[] = {
    { "Memorandum for John and Allen Dulles", "John; Allen Dulles",
      "John Foster Dulles; Allen Dulles" },
    /* precision: no given name people bear before "and" */
    { "Memorandum for Smith and Allen Dulles", "Smith; Allen Dulles", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_possessive_places)
{
  static const Case c[] = {
    { "The shoe factory in Gottwaldov", "", 0 },
    { "A house on Leninova", "", 0 },
    /* precision: a Russian surname whose stem is a given name */
    { "Report by Petrov and Markov", "Petrov; Markov", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_vietnamese_titles)
{
  static const Case c[] = {
    { "Chủ tịch Hồ Chí Minh tiếp đoàn đại biểu", "Hồ Chí Minh", "Ho Chi Minh" },
    { "Chủ tịch nước và Thủ tướng", "", 0 },
    { "Thư của Chu Ân Lai gửi Phạm Văn Đồng", "Chu Ân Lai; Phạm Văn Đồng",
      "Zhou Enlai; Pham Van Dong" },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_lower_case_title)
{
  static const Case c[] = {
    { "The Hungarian ambassador Szalai met the Czechoslovak minister Novák",
      "Szalai; Novák", 0 },
    /* precision: no nationality before it; a place after it */
    { "The ambassador Novák", "", 0 },
    { "The Soviet ambassador in Moscow and the German ambassador Berlin Wall", "", 0 },
  };
  check_cases(c, sizeof(c)/sizeof(c[0]));
}
END_TEST

START_TEST(test_cases_more)
{
  static const Case c[] = {
    { "Беседа с Хонеккером", "Хонеккером", 0 },
    { "Dopis Antonína Novotného", "Antonína Novotného", "Antonín Novotný" },
  };
  static const char *const azTyped[] = { "Ким Ир Сеном", "Никиты Хрущева" };
  static const char *const azWant[] = { "Kim Il Sung", "Nikita Khrushchev" };
  size_t i;
  check_cases(c, sizeof(c)/sizeof(c[0]));
  for(i=0; i<sizeof(azTyped)/sizeof(azTyped[0]); i++){
    NameInfo info;
    ck_assert(name_analyze_inflected(pAuth, azTyped[i], strlen(azTyped[i]), &info));
    ck_assert_msg(info.person>=0 && strcmp(name_canon(pAuth, &info), azWant[i])==0,
                  "'%s': person %d", azTyped[i], info.person);
  }
}
END_TEST

START_TEST(test_spellings)
{
  static const Pair a[] = {
    { "Mao Trạch Đông", "Mao Zedong", NAME_SAME },
    { "Triệu Tử Dương", "Zhao Ziyang", NAME_SAME },
    { "Alekséi Kosiguin", "Alexei Kosygin", NAME_SAME },
    { "Mijail Gorbachov", "Mikhail Gorbachev", NAME_SAME },
  };
  check_pairs(a, sizeof(a)/sizeof(a[0]));
}
END_TEST

static Suite *names_audit8_suite(void){
  Suite *s = suite_create("names_audit8");
  TCase *tc = tcase_create("audit8");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_umlaut_digraphs);
  tcase_add_test(tc, test_regnal_first);
  tcase_add_test(tc, test_initial_then_two_words);
  tcase_add_test(tc, test_spanish_second_family);
  tcase_add_test(tc, test_family_by_first_given);
  tcase_add_test(tc, test_possessive_places);
  tcase_add_test(tc, test_vietnamese_titles);
  tcase_add_test(tc, test_lower_case_title);
  tcase_add_test(tc, test_cases_more);
  tcase_add_test(tc, test_spellings);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_audit8_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
