/*
** check_search_audit7.c: the rules of the seventh search audit (tests/search7: a hand-written
** catalog of 155 archive records and 279 queries a historian types), in search_query()
** (ext/search.c, ext/search_forms.c) and the "archivist" tokenizer (ext/tokenize.c,
** tokenize_spelling.c).
**
** Expected queries and tokens are written by hand from the rules: an English prefix is also
** the word that completes it when the stemmer cuts inside it (collectiv*: collective, stem
** collect); a place's romanized syllables written together are also searched apart and the
** other way round (Vietcong, Viet Cong, Viet-Cong); a state's name is all its names
** (state_names.tsv: North Korea, DPRK, КНДР); an irregular English form is stemmed as the word
** it inflects (english_irregular.tsv: spoke, speak); й is a letter of its own to Russian's
** stemmer (Северной, северная: северн).
*/
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch_alloc.h"
#include "names.h"
#include "search.h"
#include "search_int.h"
#include "tokenize.h"
#include "check_names_fixture.h"
#include "check_token_text.h"
#include "check_search_query.h"

/* ---------------------------------------------------------------- search_query() */

START_TEST(test_prefix_completions)
{
  /* a prefix the stemmer cuts inside: also the word that completes it, whose stem is found */
  WORDS("collectiv*", "(\"collectiv\"* OR \"collective\")");
  WORDS("negotiat*", "(\"negotiat\"* OR \"negotiation\")");
  WORDS("universit*", "(\"universit\"* OR \"university\")");
  WORDS("mobiliz* 1950", "(\"mobiliz\"* OR \"mobilization\") AND \"years\":(1950)");
  WORDS("cooperativ*", "(\"cooperativ\"* OR \"cooperative\")");
  /* the prefix itself a word whose stem it does not begin (revolution: revolut) */
  WORDS("revolution*", "(\"revolution\"* OR \"revolution\")");
  /* the stem nearest the prefix only: collectivization (collectiv), not collectivity (collect,
  ** every collection's stem) */
  WORDS("collectivi*", "(\"collectivi\"* OR \"collectivization\")");
  /* not: a prefix every stem of its words begins, a short one, one of other letters, a word
  ** without the star */
  WORDS("agricult*", "\"agricult\"*");
  WORDS("communis*", "\"communis\"*");
  WORDS("nation*", "\"nation\"*");
  WORDS("act*", "\"act\"*");
  WORDS("коллектив*", "\"коллектив\"*");
  WORDS("collectiv", "\"collectiv\"");
}
END_TEST

START_TEST(test_syllables)
{
  char a[SEARCH_MAX_FORMS][SEARCH_FORM_MAX];
  /* the syllables of the romanizations */
  ck_assert(search_syllable("pyong", 5) & SEARCH_SYL_KOREAN);
  ck_assert(search_syllable("yang", 4) & SEARCH_SYL_KOREAN);
  ck_assert(search_syllable("cong", 4) & SEARCH_SYL_VIETNAMESE);
  ck_assert(search_syllable("minh", 4) & SEARCH_SYL_VIETNAMESE);
  ck_assert(search_syllable("zhou", 4) & SEARCH_SYL_PINYIN);
  ck_assert_uint_eq(search_syllable("march", 5), 0);
  ck_assert_uint_eq(search_syllable("stalin", 6), 0);
  ck_assert_uint_eq(search_syllable("Cong", 4), 0);            /* folded words only */
  /* a word that is syllables written together */
  ck_assert_int_eq(search_syllable_splits("Vietcong", 8, a, SEARCH_MAX_FORMS), 1);
  ck_assert_str_eq(a[0], "viet cong");
  ck_assert_int_eq(search_syllable_splits("Hanoi", 5, a, SEARCH_MAX_FORMS), 1);
  ck_assert_str_eq(a[0], "ha noi");                 /* not "han oi": a vowel begins no part */
  ck_assert_int_eq(search_syllable_splits("Kaesong", 7, a, SEARCH_MAX_FORMS), 1);
  ck_assert_str_eq(a[0], "kae song");
  ck_assert_int_eq(search_syllable_splits("Dienbienphu", 11, a, SEARCH_MAX_FORMS), 1);
  ck_assert_str_eq(a[0], "dien bien phu");
  /* not: words of other letters, of one syllable, of English */
  ck_assert_int_eq(search_syllable_splits("Moscow", 6, a, SEARCH_MAX_FORMS), 0);
  ck_assert_int_eq(search_syllable_splits("Stalin", 6, a, SEARCH_MAX_FORMS), 0);
  ck_assert_int_eq(search_syllable_splits("agriculture", 11, a, SEARCH_MAX_FORMS), 0);
  ck_assert_int_eq(search_syllable_splits("Seoul", 5, a, SEARCH_MAX_FORMS), 0);
  ck_assert_int_eq(search_syllable_splits("Cong", 4, a, SEARCH_MAX_FORMS), 0);
  ck_assert_int_eq(search_syllable_splits("Nikita", 6, a, SEARCH_MAX_FORMS), 0); /* ni: short */
  ck_assert_int_eq(search_syllable_splits("Kennan", 6, a, SEARCH_MAX_FORMS), 0); /* no mark */
  ck_assert_int_eq(search_syllable_splits("Hague", 5, a, SEARCH_MAX_FORMS), 0);  /* ue */
  ck_assert_int_eq(search_syllable_splits("Parallel", 8, a, SEARCH_MAX_FORMS), 0); /* ral */
  ck_assert_int_eq(search_syllable_splits("Panmunjom", 9, a, SEARCH_MAX_FORMS), 0); /* no mark:
                                                     ** "Pan Mun Jom" typed is joined */
}
END_TEST

START_TEST(test_syllables_query)
{
  /* written together: apart too; apart or hyphenated: together too */
  WORDS("Vietcong", "(\"Vietcong\" OR \"viet cong\")");
  WORDS("Viet-Cong", "(\"Viet-Cong\" OR \"vietcong\")");
  WORDS("Viet Cong", "((\"Viet\" AND \"Cong\") OR \"VietCong\")");
  WORDS("\"Viet Cong\"", "(\"Viet Cong\" OR \"vietcong\")");
  WORDS("Ha Noi 1972", "((\"Ha\" AND \"Noi\") OR \"HaNoi\") AND \"years\":(1972)");
  WORDS("Dien Bien Phu", "((\"Dien\" AND \"Bien\" AND \"Phu\") OR \"DienBienPhu\")");
  WORDS("Sài Gòn", "((\"Sài\" AND \"Gòn\") OR \"SàiGòn\")");
  /* the country the words together name: its adjective too */
  WORDS("Viet Nam", "((\"Viet\" AND \"Nam\") OR \"VietNam\" OR \"Vietnamese\")");
  WORDS("Vietnam", "(\"Vietnam\" OR \"Vietnamese\" OR \"viet nam\")");
  /* an apostrophe of McCune-Reischauer joins the word before it is split */
  WORDS("P'yŏngyang", "(\"P'yŏngyang\" OR \"pyon gyang\" OR \"pyong yang\")");
  /* not: words of English, a word among them that is none, a function word, a name */
  WORDS("Long March", "\"Long\" AND \"March\"");
  WORDS("Moscow talks", "\"Moscow\" AND \"talks\"");
  WORDS("Viet Cong guerrillas", "((\"Viet\" AND \"Cong\") OR \"VietCong\") AND \"guerrillas\"");
  WORDS("Sino-Soviet", "\"Sino-Soviet\"");
  NAMES("Ho Chi Minh", "(NEAR(\"Ho\" \"Chi\" \"Minh\", 1) OR \"호치민\")");
}
END_TEST

START_TEST(test_fold_words)
{
  char buf[SEARCH_FORM_MAX];
  ck_assert_uint_eq(search_fold_words("D.P.R.K.", 8, buf, sizeof(buf)), 4);
  ck_assert_str_eq(buf, "dprk");
  search_fold_words("Democratic People's Republic of Korea", 37, buf, sizeof(buf));
  ck_assert_str_eq(buf, "democratic people s republic of korea");
  search_fold_words("N. S. Khrushchev", 16, buf, sizeof(buf));
  ck_assert_str_eq(buf, "n s khrushchev");
  search_fold_words("Związek  Radziecki", strlen("Związek  Radziecki"), buf, sizeof(buf));
  ck_assert_str_eq(buf, "zwiazek radziecki");
  search_fold_words("Liên Xô", strlen("Liên Xô"), buf, sizeof(buf));
  ck_assert_str_eq(buf, "lien xo");
  ck_assert_uint_eq(search_fold_words("...", 3, buf, sizeof(buf)), 0);
}
END_TEST

START_TEST(test_state_names)
{
  const ArchDataRow *ap[32];
  char buf[SEARCH_FORM_MAX];
  unsigned k;
  int n, i, sawNorth = 0, sawKndr = 0;
  /* every name of the table is written as typed words fold */
  for(k=0; k<arch_data_state_names_count; k++){
    const ArchDataRow *r = &arch_data_state_names[k];
    search_fold_words(r->key, (size_t)r->nKey, buf, sizeof(buf));
    ck_assert_msg(strcmp(buf, r->key)==0, "state_names.tsv: \"%s\" folds to \"%s\"", r->key, buf);
  }
  n = search_state_names("dprk", 4, ap, 32);
  for(i=0; i<n; i++){
    sawNorth |= strcmp(ap[i]->key, "north korea")==0;
    sawKndr |= strcmp(ap[i]->key, "кндр")==0;
    ck_assert_str_eq(ap[i]->value, "north korea");
  }
  ck_assert(sawNorth && sawKndr);
  /* not: part of another state's name, a country's name alone */
  ck_assert_int_eq(search_state_names("republic of korea", 17, ap, 32), 0);
  ck_assert_int_eq(search_state_names("korea", 5, ap, 32), 0);
}
END_TEST

START_TEST(test_state_query)
{
  expect_part("DPRK", "\"north korea\" OR", 1);
  expect_part("D.P.R.K. agriculture", "\"кндр\"", 1);
  expect_part("Democratic People's Republic of Korea", "\"dprk\"", 1);
  expect_part("the Soviet Union 1956", "\"ссср\"", 1);
  expect_part("the Soviet Union 1956", ") AND \"years\":(1956)", 1);
  expect_part("USSR NOT Cuba", "\"soviet union\"", 1);
  expect_part("East Germany", "\"ddr\"", 1);
  /* not: a country alone, a state's name with a word between, South for North */
  expect_part("Korea", "dprk", 0);
  expect_part("North of Korea", "dprk", 0);
  expect_part("South Korea", "dprk", 0);
  expect_part("Soviet Unions", "ссср", 0);
}
END_TEST

/* ---------------------------------------------------------------- tokens */

START_TEST(test_irregular_forms)
{
  ArchTokenizer *pEn = tokenizer(0, 0), *pPorter = tokenizer("porter", 0);
  char out[64];
  /* a strong verb's past and participle, a noun's own plural: the word they inflect */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "spoke spoken speaks", "speak@0 speak@1 speak@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "withdrew withdrawn withdrawal",
                "withdraw@0 withdraw@1 withdraw@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "fought", "fight@0");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Crises crisis", "crisi@0 crisi@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "memoranda memorandum",
                "memorandum@0 memorandum@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "children child", "child@0 child@1");
  EXPECT_TOKENS(pPorter, ARCH_TOKENIZE_DOCUMENT, "met meeting", "meet@0 meet@1");
  /* "theses" is no longer "these" */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "theses these", "thesi@0 these@1");
  ck_assert_int_eq(arch_english_american("spoke", 5, out, sizeof(out)), 5);
  ck_assert_str_eq(out, "speak");
  ck_assert_int_eq(arch_stem_word("english", "sought", 6, out, sizeof(out)), 4);
  ck_assert_str_eq(out, "seek");
  /* not: forms that are words of their own, syllables of names, a prefix query, German */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "left found won sung men ran",
                "left@0 found@1 won@2 sung@3 men@4 ran@5");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_PREFIX, "spoke", "spoke@0");
  arch_tokenizer_close(pEn);
  arch_tokenizer_close(pPorter);
  pEn = tokenizer("german", 0);
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "met", "met@0");
  arch_tokenizer_close(pEn);
}
END_TEST

START_TEST(test_cyrillic_short_i)
{
  ArchTokenizer *pEn = tokenizer(0, 0), *pRu = tokenizer("russian", 0);
  /* й folds to itself: the endings -ой, -ый hold it, and Russian's stemmer reads them */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Северной", "северн@0");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "северная", "северн@0");
  EXPECT_TOKENS(pRu, ARCH_TOKENIZE_DOCUMENT, "Советский Советского", "советск@0 советск@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Юрий", "юр@0");
  /* not: ё, still е; и, still и */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "её", "е@0");
  arch_tokenizer_close(pEn);
  arch_tokenizer_close(pRu);
}
END_TEST

static Suite *search_audit7_suite(void){
  Suite *s = suite_create("search_audit7");
  TCase *tc = tcase_create("search_query");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_prefix_completions);
  tcase_add_test(tc, test_syllables);
  tcase_add_test(tc, test_syllables_query);
  tcase_add_test(tc, test_fold_words);
  tcase_add_test(tc, test_state_names);
  tcase_add_test(tc, test_state_query);
  suite_add_tcase(s, tc);
  tc = tcase_create("tokens");
  tcase_add_test(tc, test_irregular_forms);
  tcase_add_test(tc, test_cyrillic_short_i);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(search_audit7_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
