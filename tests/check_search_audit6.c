/*
** check_search_audit6.c: the rules of the sixth search audit (tests/search6: a hand-written
** catalog of 150 archive records and 233 queries a historian types), in search_query()
** (ext/search.c) and the "archivist" tokenizer (ext/tokenize.c, tokenize_korean.c).
**
** Expected queries and tokens are written by hand from the rules: FTS5's NEAR and a field
** label typed into a search box are no terms; a quoted name is the person; a Korean place
** name's suffix joins it (korean_place_suffixes.tsv); a Hangul word's particle
** (korean_particles.tsv) is cut beside it; Cyrillic is stemmed as Russian (Snowball's Russian:
** москва, москве -> москв); a spelling of fewer words but as many syllables stands at a name's
** words (people_asia.tsv: 周恩来, Zhou Enlai, Chou En-lai are one person).
*/
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch_alloc.h"
#include "names.h"
#include "search.h"
#include "tokenize.h"
#include "check_names_fixture.h"
#include "check_token_text.h"

/* ---------------------------------------------------------------- search_query() */

static void expect_query(const NameAuthority *pA, const char *z, const char *zWant){
  char *zGot = 0;
  size_t nGot = 0;
  ArchRc rc = search_query_build(z, strlen(z), "years", 5, pA, SIZE_MAX, &zGot, &nGot);
  ck_assert_msg(rc==ARCH_OK, "search_query_build(\"%s\") returned %d", z, (int)rc);
  ck_assert_msg(strcmp(zGot, zWant)==0, "query for \"%s\":\n  got  %s\n  want %s", z, zGot, zWant);
  arch_free(zGot);
}
#define WORDS(z, want) expect_query(0, z, want)
#define NAMES(z, want) expect_query(pAuth, z, want)

START_TEST(test_near_typed)
{
  /* FTS5's NEAR typed into a search box: its terms are searched, ANDed, and its distance is
  ** no term (it found nothing: no document holds the word "near" beside them) */
  WORDS("NEAR(Zhou Kim)", "\"Zhou\" AND \"Kim\"");
  WORDS("Zhou NEAR Kim", "\"Zhou\" AND \"Kim\"");
  WORDS("NEAR(Zhou Kim, 10)", "\"Zhou\" AND \"Kim\"");
  WORDS("NEAR(\"Soviet Embassy\" Puzanov,5) agriculture",
        "\"Soviet Embassy\" AND \"Puzanov\" AND \"agriculture\"");
  WORDS("NEAR", "\"\"");
  /* not: in lower case a word; in text all in capitals a word; a number after a comma
  ** outside NEAR's parentheses a term */
  WORDS("near Seoul", "\"near\" AND \"Seoul\"");
  WORDS("CAMP NEAR SEOUL", "\"CAMP\" AND \"NEAR\" AND \"SEOUL\"");
  WORDS("Kaesong (talks, 10)",       /* Kaesong, syllables written together: audit7 */
        "(\"Kaesong\" OR \"kae song\") AND \"talks\" AND \"10\"");
  WORDS("NEARBY Kim", "\"NEARBY\" AND \"Kim\"");
}
END_TEST

START_TEST(test_field_labels)
{
  /* a field label before a colon goes, and what follows is searched in every column */
  WORDS("title:Zhou", "\"Zhou\"");
  WORDS("Summary:\"Soviet Embassy\"", "\"Soviet Embassy\"");
  WORDS("author:Kennan telegram", "\"Kennan\" AND \"telegram\"");
  WORDS("KEYWORDS:famine", "\"famine\"");
  /* not: a word that is no label; a label with a space or nothing after its colon */
  WORDS("Zhou:Kim", "\"Zhou\" AND \"Kim\"");
  WORDS("title: Zhou", "\"title\" AND \"Zhou\"");
  WORDS("Zhou title:", "\"Zhou\" AND \"title\"");
  WORDS("subtitle:Zhou", "\"subtitle\" AND \"Zhou\"");
}
END_TEST

START_TEST(test_quoted_names)
{
  /* a known person's name in quotes is the person, as without them */
  NAMES("\"Kim Il Sung\"", "(NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\")");
  NAMES("\"Joseph Stalin\"", "(NEAR(\"Joseph\" \"Stalin\", 1) OR \"§stalin_yosev\")");
  NAMES("“Imre Nagy” 1956", "NEAR(\"Imre\" \"Nagy\", 1) AND \"years\":(1956)");
  NAMES("\"Kim Il Sung", "(NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\")");
  /* not: a title the authority does not list with the name, a phrase with more than the
  ** name, a phrase that names no one */
  NAMES("\"Premier Kim Il Sung\"", "\"Premier Kim Il Sung\"");
  NAMES("\"Kim Il Sung 1963\"", "\"Kim Il Sung 1963\"");
  NAMES("\"Kim Il Sung said\"", "\"Kim Il Sung said\"");
  NAMES("\"Soviet Embassy\"", "\"Soviet Embassy\"");
  NAMES("\"Kim Il Sung\"*", "\"Kim Il Sung\"*");
}
END_TEST

START_TEST(test_titled_spellings)
{
  /* a spelling with its title that the authority lists (people_asia.tsv: "Chairman Mao",
  ** "Premier Zhou") is the person, typed or quoted; the tokenizer puts no title at a name */
  NAMES("Chairman Mao", "(NEAR(\"Chairman\" \"Mao\", 0) OR \"§mao_zedong\")");
  NAMES("\"Chairman Mao\"", "(NEAR(\"Chairman\" \"Mao\", 0) OR \"§mao_zedong\")");
  NAMES("Premier Zhou 1960", "(NEAR(\"Premier\" \"Zhou\", 0) OR NEAR(\"Zhou\" \"Enlai\", 0)"
                             " OR \"주은래\") AND \"years\":(1960)");
  /* not: a title before a name it is not listed with stays a word */
  NAMES("Premier Kim Il Sung", "\"Premier\" AND (NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\")");
  NAMES("Chairman Stalin", "\"Chairman\" AND \"Stalin\"");
}
END_TEST

START_TEST(test_function_words)
{
  /* function words typed between the words searched go, when another term is there */
  NAMES("speech of Kim Il Sung on Juche",
        "\"speech\" AND (NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\") AND \"Juche\"");
  WORDS("Stalin and Mao", "\"Stalin\" AND \"Mao\"");
  WORDS("report about the famine in 1960", "\"report\" AND \"famine\" AND \"years\":(1960)");
  WORDS("The Pueblo", "\"Pueblo\"");
  /* not: inside quotes, beside OR and NOT (in capitals; "or" is a word), and text of function
  ** words alone */
  WORDS("\"Bay of Pigs\"", "\"Bay of Pigs\"");
  WORDS("Bay of Pigs", "\"Bay\" AND \"Pigs\"");
  WORDS("Hague OR the Hague", "(\"Hague\" OR \"the\") AND \"Hague\"");
  WORDS("Kim NOT in", "\"Kim\" NOT \"in\"");
  WORDS("of the", "\"of\" AND \"the\"");
  WORDS("to be or not to be", "\"be\" AND \"or\" AND \"not\" AND \"be\"");
}
END_TEST

/* North Korea's names (state_names.tsv), as search_query() writes them */
#define NK_NAMES "(\"corea del norte\" OR \"democratic people s republic of korea\"" \
  " OR \"dprk\" OR \"korea polnocna\" OR \"krld\" OR \"nordkorea\" OR \"north korea\"" \
  " OR \"north korean\" OR \"кндр\" OR \"северная корея\" OR \"북한\"" \
  " OR \"조선민주주의인민공화국\")"

START_TEST(test_country_adjectives)
{
  /* a country's name or its adjective: either (country_adjectives.tsv) */
  WORDS("Cuba", "(\"Cuba\" OR \"Cuban\")");
  WORDS("Hungarian uprising", "(\"Hungarian\" OR \"Hungary\") AND \"uprising\"");
  WORDS("north korea 1950", NK_NAMES " AND \"years\":(1950)");  /* a state's names: audit7 */
  WORDS("Kim -Chinese", "\"Kim\" NOT (\"Chinese\" OR \"China\")");
  /* not: a prefix, a phrase, a word with a hyphen, a word that is no country */
  WORDS("Cuba*", "\"Cuba\"*");
  WORDS("\"Cuban exiles\"", "\"Cuban exiles\"");
  WORDS("Sino-Korean", "\"Sino-Korean\"");
  WORDS("Havana", "\"Havana\"");
}
END_TEST

START_TEST(test_place_suffix_query)
{
  /* a Korean place name hyphenated to its suffix: either form */
  WORDS("Chongsan-ri", "(\"Chongsan-ri\" OR \"Chongsanri\")");
  WORDS("Paektu-san", "(\"Paektu-san\" OR \"Paektusan\")");
  WORDS("Mansu-dong 1960", "(\"Mansu-dong\" OR \"Mansudong\") AND \"years\":(1960)");
  WORDS("Ch'ŏngsan-ri", "(\"Ch'ŏngsan-ri\" OR \"Ch'ŏngsanri\")");
  /* not: a suffix that ends no word, a word that is no suffix, a second hyphen */
  WORDS("Chongsan-rim", "\"Chongsan-rim\"");
  WORDS("Sino-Soviet", "\"Sino-Soviet\"");
  WORDS("Il-sung", "\"Il-sung\"");
  WORDS("Nam-ri-dong", "\"Nam-ri-dong\"");
}
END_TEST

/* ---------------------------------------------------------------- tokens */

START_TEST(test_cyrillic_stems)
{
  ArchTokenizer *pEn = tokenizer(0, 0), *pRu = tokenizer("russian", 0);
  ArchTokenizer *pDe = tokenizer("german", 0);
  /* English by default: Cyrillic is stemmed as Russian, Latin as English */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Москва Москве discussed",
                "москв@0 москв@1 discuss@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "коллективизация", "коллективизац@0");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "о коллективизации", "о@0 коллективизац@1");
  /* another language than English: the same */
  EXPECT_TOKENS(pDe, ARCH_TOKENIZE_DOCUMENT, "Москве Genossenschaften", "москв@0 genossenschaft@1");
  /* Russian given: its stems, as before */
  EXPECT_TOKENS(pRu, ARCH_TOKENIZE_DOCUMENT, "Москве", "москв@0");
  /* a prefix query is not stemmed */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_PREFIX, "коллектив", "коллектив@0");
  arch_tokenizer_close(pEn);
  arch_tokenizer_close(pRu);
  arch_tokenizer_close(pDe);
}
END_TEST

START_TEST(test_hangul_particles)
{
  ArchTokenizer *pEn = tokenizer(0, 0);
  /* a document's Hangul word with a particle: the word without it beside it */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "동지의 연설", "동지의@0 동지@0 연설@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "평양에서", "평양에서@0 평양@0");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "협동조합과", "협동조합과@0 협동조합@0");
  /* not: two syllables (one would be left), no particle at the end, a query */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "회의 동지", "회의@0 동지@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "연설하였다", "연설하였다@0");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "동지의", "동지의@0");
  arch_tokenizer_close(pEn);
}
END_TEST

START_TEST(test_place_suffix_tokens)
{
  ArchTokenizer *pEn = tokenizer(0, 0);
  /* a word hyphenated to a place suffix: the two joined at the word, with marks and without */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Chŏngsan-ri farm",
                "cheongsan@0 chongsan@0 cheongsanri@0 chongsanri@0 ri@1 farm@2");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Paektu-san", "paektu@0 paektusan@0 san@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Mansu-Dong.", "mansu@0 mansudong@0 dong@1");
  /* not: a suffix inside a longer word, a word that is no suffix, a query */
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Chongsan-rim", "chongsan@0 rim@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_DOCUMENT, "Il-sung", "il@0 sung@1");
  EXPECT_TOKENS(pEn, ARCH_TOKENIZE_QUERY, "Chongsan-ri", "chongsan@0 ri@1");
  arch_tokenizer_close(pEn);
}
END_TEST

START_TEST(test_spellings_by_syllables)
{
  ArchTokenizer *pEn = tokenizer(0, pAuth);
  TokenText t;
  const char *z;
  /* 周恩来, three words of one syllable: "Zhou Enlai" stands at them, zhou at 周, enlai at 恩 */
  z = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "周恩来与金日成的会谈", &t);
  ck_assert_msg(holds(z, "zhou@0") && holds(z, "enlai@1") && !holds(z, "enlai@2"), "%s", z);
  /* 毛泽东: mao at 毛, zedong at 泽; no spelling with a title ("Chairman Mao") */
  z = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "毛泽东接见", &t);
  ck_assert_msg(holds(z, "mao@0") && holds(z, "zedong@1") && !strstr(z, "chairman"), "%s", z);
  /* no title of a spelling ("Chairman Mao", "Premier Zhou") at a name written without it */
  z = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "Mao Zedong and Zhou Enlai", &t);
  ck_assert_msg(!strstr(z, "chairman") && !strstr(z, "premier") && holds(z, "zedong@1")
                && holds(z, "zhou@3") && !holds(z, "zhou@4"), "%s", z);
  /* not: a name in Latin letters gets no spelling of fewer words ("Uncle Ho": 3 syllables;
  ** "Nikita Khrushchev") */
  z = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "Ho Chi Minh", &t);
  ck_assert_msg(holds(z, "ho@0") && !strstr(z, "uncl"), "%s", z);
  z = tokens_of(pEn, ARCH_TOKENIZE_DOCUMENT, "Nikita Sergeyevich Khrushchev", &t);
  ck_assert_msg(!holds(z, "khrushchev@1"), "%s", z);
  arch_tokenizer_close(pEn);
}
END_TEST

static Suite *search_audit6_suite(void){
  Suite *s = suite_create("search_audit6");
  TCase *tc = tcase_create("search_query");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_near_typed);
  tcase_add_test(tc, test_field_labels);
  tcase_add_test(tc, test_quoted_names);
  tcase_add_test(tc, test_titled_spellings);
  tcase_add_test(tc, test_function_words);
  tcase_add_test(tc, test_country_adjectives);
  tcase_add_test(tc, test_place_suffix_query);
  suite_add_tcase(s, tc);
  tc = tcase_create("tokens");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_cyrillic_stems);
  tcase_add_test(tc, test_hangul_particles);
  tcase_add_test(tc, test_place_suffix_tokens);
  tcase_add_test(tc, test_spellings_by_syllables);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(search_audit6_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
