/*
** check_search_audit8.c: the rules of the eighth search audit (tests/search8: a hand-written
** catalog of 160 archive records and 400 queries a historian types), in search_query()
** (ext/search.c, ext/search_forms.c) and the "archivist" tokenizer (ext/tokenize.c,
** ext/tokenize_joined.c).
**
** Expected queries and tokens are written by hand from the rules: a party's, army's or bloc's
** names are one (party_names.tsv: CPSU, KPSS, КПСС), and so are a renamed city's
** (place_names.tsv: Peking, Beijing, 北京) and the Mongolian People's Republic's
** (state_names.tsv: MPR, МНР); the apostrophe of a plural's possessive keeps such a name
** together ("Korean Workers' Party"); a designation is one written hyphenated or joined (U-2,
** U2; B-52s, B52); a document's romanized place written apart is indexed joined too (Viet
** Cong: vietcong), so that FTS5's MATCH finds it typed together.
*/
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch_alloc.h"
#include "archivist_data.h"
#include "names.h"
#include "search.h"
#include "search_int.h"
#include "tokenize.h"
#include "check_names_fixture.h"
#include "check_token_text.h"
#include "check_search_query.h"

/* ---------------------------------------------------------------- search_query() */

/* Every key of a table of names that are one folds to itself, as typed words fold, and is in
** no other such table (the first table that holds a name gives its thing). */
static void check_one_names(const ArchDataRow *a, unsigned n, const char *zTable){
  char buf[SEARCH_FORM_MAX];
  const ArchDataRow *ap[32];
  unsigned k;
  for(k=0; k<n; k++){
    int nThing;
    search_fold_words(a[k].key, (size_t)a[k].nKey, buf, sizeof(buf));
    ck_assert_msg(strcmp(buf, a[k].key)==0, "%s: \"%s\" folds to \"%s\"", zTable, a[k].key, buf);
    nThing = search_state_names(a[k].key, (size_t)a[k].nKey, ap, 32);
    ck_assert_msg(nThing>=2 && strcmp(ap[0]->value, a[k].value)==0,
                  "%s: \"%s\" is not read as %s", zTable, a[k].key, a[k].value);
  }
}

START_TEST(test_one_names_tables)
{
  check_one_names(arch_data_state_names, arch_data_state_names_count, "state_names.tsv");
  check_one_names(arch_data_party_names, arch_data_party_names_count, "party_names.tsv");
  check_one_names(arch_data_place_names, arch_data_place_names_count, "place_names.tsv");
}
END_TEST

START_TEST(test_party_names)
{
  const ArchDataRow *ap[32];
  int n, i, sawKpss = 0, sawFull = 0;
  n = search_state_names("cpsu", 4, ap, 32);
  for(i=0; i<n; i++){
    sawKpss |= strcmp(ap[i]->key, "кпсс")==0;
    sawFull |= strcmp(ap[i]->key, "communist party of the soviet union")==0;
  }
  ck_assert(sawKpss && sawFull);
  ck_assert_int_gt(search_state_names("korean workers party", 20, ap, 32), 3);
  ck_assert_int_gt(search_state_names("mongolian people s republic", 27, ap, 32), 2);
  ck_assert_int_gt(search_state_names("peking", 6, ap, 32), 3);
  /* not: an initialism of two things, a word, a name two parties share, a city not renamed */
  ck_assert_int_eq(search_state_names("pla", 3, ap, 32), 0);
  ck_assert_int_eq(search_state_names("cpv", 3, ap, 32), 0);
  ck_assert_int_eq(search_state_names("un", 2, ap, 32), 0);
  ck_assert_int_eq(search_state_names("workers party", 13, ap, 32), 0);
  ck_assert_int_eq(search_state_names("solidarity", 10, ap, 32), 0);
  ck_assert_int_eq(search_state_names("moscow", 6, ap, 32), 0);
  ck_assert_int_eq(search_state_names("canton", 6, ap, 32), 0);
}
END_TEST

START_TEST(test_party_query)
{
  expect_part("CPSU", "\"кпсс\"", 1);
  expect_part("C.P.S.U. 1956", "\"communist party of the soviet union\"", 1);
  expect_part("C.P.S.U. 1956", ") AND \"years\":(1956)", 1);
  expect_part("KWP", "\"korean workers party\"", 1);
  expect_part("Comecon", "\"cmea\"", 1);
  expect_part("Mongolian People's Republic", "\"mpr\"", 1);
  expect_part("Peking", "\"beijing\"", 1);
  expect_part("Ulan Bator", "\"ulaanbaatar\"", 1);
  /* the apostrophe of a plural's possessive keeps the party's name together */
  expect_part("Korean Workers' Party", "\"kwp\"", 1);
  expect_part("Workers’ Party of Korea", "\"조선로동당\"", 1);
  /* not: a word between, a name of two things, a party's name cut short, a word's apostrophe
  ** that ends a quotation ('Korean' Workers Party keeps its parts) */
  expect_part("Korean Party", "kwp", 0);
  expect_part("PLA", "liberation", 0);
  expect_part("Workers' Party", "kwp", 0);
  expect_part("Moscow", "москва", 0);
  expect_part("Korean Workers, Party", "kwp", 0);
}
END_TEST

START_TEST(test_designation_query)
{
  WORDS("U-2", "(\"U-2\" OR \"U2\")");
  WORDS("MiG-21 pilots", "(\"MiG-21\" OR \"MiG21\") AND \"pilots\"");
  WORDS("IL-28", "(\"IL-28\" OR \"IL28\")");
  /* not: a year hyphenated to a word, four letters, a name's syllables, a plural typed */
  WORDS("Kim-1956", "\"Kim-1956\"");
  WORDS("Unit-124", "\"Unit-124\"");
  WORDS("Il-sung", "\"Il-sung\"");
  WORDS("B-52s", "\"B-52s\"");
  WORDS("U-2-3", "\"U-2-3\"");
}
END_TEST

/* ---------------------------------------------------------------- tokens */

START_TEST(test_syllables_joined)
{
  ArchTokenizer *pEn = tokenizer(0, 0), *pNames = tokenizer(0, pAuth);
  char out[64];
  int end = 0;
  /* a place's syllables apart or hyphenated: also joined, at the first one's position */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "the Viet Cong attacked",
                "the@0 viet@1 vietcong@1 cong@2 attack@3");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Viet-Cong", "viet@0 vietcong@0 cong@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Hà Nội", "ha@0 hanoi@0 noi@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "at Dien Bien Phu",
                "at@0 dien@1 dienbienphu@1 bien@2 phu@3");
  ck_assert_int_eq(arch_syllables_joined("the Viet Cong attacked", 22, 4, 22, out,
                                         (int)sizeof(out), &end), 8);
  ck_assert_str_eq(out, "vietcong");
  ck_assert_int_eq(end, 13);
  /* not: a function word, syllables without a mark, words in lower case, a word that is no
  ** syllable, family names side by side, a name read, a query */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "The Long March", "the@0 long@1 march@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Tin Can", "tin@0 can@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "viet cong", "viet@0 cong@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Tet Offensive", "tet@0 offens@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Hong Kong", "hong@0 kong@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "Viet Cong", "viet@0 cong@1");
  {
    TokenText t;
    const char *z = tokens_of(pNames, ARCH_TOKENIZE_DOCUMENT, "Kim Il Sung in Pyong Yang", &t);
    ck_assert_msg(holds(z, "pyongyang@4") && !holds(z, "kimil@0") && !holds(z, "ilsung@1")
                  && !holds(z, "kimilsung@0"), "tokens: %s", z);
  }
  arch_tokenizer_close(pEn);
  arch_tokenizer_close(pNames);
}
END_TEST

START_TEST(test_designation_tokens)
{
  ArchTokenizer *pEn = tokenizer(0, 0);
  char out[64];
  /* letters hyphenated to a number: also joined, without a plural's s */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "the U-2", "the@0 u@1 u2@1 2@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "B-52s bombed", "b@0 b52@0 52s@1 bomb@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "MiG-21", "mig@0 mig21@0 21@1");
  ck_assert_int_eq(arch_designation_joined("IL-28 bombers", 13, 0, 2, out, (int)sizeof(out)), 4);
  ck_assert_str_eq(out, "il28");
  /* not: a year, four letters, a number with letters after it, the 1950s, a query's joined
  ** form (the document holds it) */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Kim-1956", "kim@0 1956@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Unit-124", "unit@0 124@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "SS-20th", "ss@0 20th@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "the 1950s", "the@0 1950s@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "U-2", "u@0 2@1");
  arch_tokenizer_close(pEn);
}
END_TEST

static Suite *search_audit8_suite(void){
  Suite *s = suite_create("search_audit8");
  TCase *tc = tcase_create("search_query");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_one_names_tables);
  tcase_add_test(tc, test_party_names);
  tcase_add_test(tc, test_party_query);
  tcase_add_test(tc, test_designation_query);
  suite_add_tcase(s, tc);
  tc = tcase_create("tokens");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_syllables_joined);
  tcase_add_test(tc, test_designation_tokens);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  int nFailed;
  SRunner *sr = srunner_create(search_audit8_suite());
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
