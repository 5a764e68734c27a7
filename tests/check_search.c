/*
** check_search.c: unit tests for ext/search.c (search-box text as a safe FTS5 query) and the
** character classes it adds to text.h (text_is_word_char, text_is_double_quote).
**
** Expected queries are written by hand from the rules in search.h; the years from the date
** forms of README.md; the names from ext/data/people_*.tsv (Kim Il Sung's spellings, among them
** the one-word 김일성; Joseph Stalin, whom "Stalin" alone names). The tests without an authority
** check the lexing rules alone; whether a query parses and finds documents is the business of
** tests/sql/search_query.sql, which runs them through FTS5.
*/
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arch_alloc.h"
#include "names.h"
#include "search.h"
#include "text.h"
#include "check_names_fixture.h"


/* The query for z with the years column "years", with or without the authority. */
static void expect_query(const NameAuthority *pA, const char *z, const char *zWant){
  char *zGot = 0;
  size_t nGot = 0;
  ArchRc rc = search_query_build(z, strlen(z), "years", 5, pA, SIZE_MAX, &zGot, &nGot);
  ck_assert_msg(rc==ARCH_OK, "search_query_build(\"%s\") returned %d", z, (int)rc);
  ck_assert_msg(strlen(zGot)==nGot, "length of the query for \"%s\"", z);
  ck_assert_msg(strcmp(zGot, zWant)==0, "query for \"%s\":\n  got  %s\n  want %s", z, zGot, zWant);
  arch_free(zGot);
}

#define WORDS(z, want) expect_query(0, z, want)
#define NAMES(z, want) expect_query(pAuth, z, want)

/* "years":(1956 OR ... OR 1967), as date_match('1956-1967') writes it */
#define YEARS_1956_1967 "\"years\":(1956 OR 1957 OR 1958 OR 1959 OR 1960 OR 1961 OR 1962" \
                        " OR 1963 OR 1964 OR 1965 OR 1966 OR 1967)"
#define YEARS_1950S "\"years\":(1950 OR 1951 OR 1952 OR 1953 OR 1954 OR 1955 OR 1956" \
                    " OR 1957 OR 1958 OR 1959)"

/* ---------------------------------------------------------------- character classes */

START_TEST(test_word_chars)
{
  ck_assert(text_is_word_char('a') && text_is_word_char('Z') && text_is_word_char('7'));
  ck_assert(text_is_word_char(0x0160));           /* Š */
  ck_assert(text_is_word_char(0x0416));           /* Ж */
  ck_assert(text_is_word_char(0xAE40));           /* 김 */
  ck_assert(text_is_word_char(0x91D1));           /* 金 */
  ck_assert(text_is_word_char(0x0306));           /* combining breve (ŏ written o + U+0306) */
  ck_assert(text_is_word_char(0x0663));           /* Arabic-Indic three */
  ck_assert(text_is_word_char(0x2163));           /* Roman numeral four (Nl) */
  ck_assert(text_is_word_char(0x00BD));           /* ½ (No) */
  ck_assert(!text_is_word_char('-') && !text_is_word_char('\'') && !text_is_word_char('"'));
  ck_assert(!text_is_word_char('*') && !text_is_word_char('_') && !text_is_word_char(' '));
  ck_assert(!text_is_word_char(0x2013));          /* en dash */
  ck_assert(!text_is_word_char(0x00A7));          /* §, which the name-key tokens begin with */
  ck_assert(!text_is_word_char(0x3002));          /* 。 */
  ck_assert(!text_is_word_char(0));
}
END_TEST

START_TEST(test_double_quotes)
{
  static const uint32_t aQuote[] = { '"', 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033,
                                     0xFF02 };
  size_t i;
  for(i=0; i<sizeof(aQuote)/sizeof(aQuote[0]); i++){
    ck_assert_msg(text_is_double_quote(aQuote[i]), "U+%04X", (unsigned)aQuote[i]);
    ck_assert_msg(text_is_quote(aQuote[i]) || aQuote[i]==0xFF02, "U+%04X", (unsigned)aQuote[i]);
  }
  /* apostrophes and single quotation marks stay inside words */
  ck_assert(!text_is_double_quote('\'') && !text_is_double_quote(0x2019));
  ck_assert(!text_is_double_quote(0x2018) && !text_is_double_quote(0x2039));
}
END_TEST

/* ---------------------------------------------------------------- words and phrases */

START_TEST(test_words)
{
  WORDS("agriculture", "\"agriculture\"");
  WORDS("Kim Il-sung agriculture", "\"Kim\" AND \"Il-sung\" AND \"agriculture\"");
  /* joined across a dash, an apostrophe, a period; left at the word's edge */
  WORDS("O'Neill Ch\xE2\x80\x99" "en U.S. pro\xE2\x80\x93Soviet",
        "\"O'Neill\" AND \"Ch\xE2\x80\x99" "en\" AND \"U.S\" AND \"pro\xE2\x80\x93Soviet\"");
  WORDS("'quoted' dash- end. (x)", "\"quoted\" AND \"dash\" AND \"end\" AND \"x\"");
  /* possessives */
  WORDS("Stalin's death", "\"Stalin\" AND \"death\"");
  WORDS("Khrushchev\xE2\x80\x99s speech", "\"Khrushchev\" AND \"speech\"");
  WORDS("Ch'en's", "\"Ch'en\"");
  WORDS("its' s", "\"its\" AND \"s\"");
  /* other scripts */
  WORDS("Ким Ир Сен колхоз", "\"Ким\" AND \"Ир\" AND \"Сен\" AND \"колхоз\"");
  WORDS("김일성 농업", "\"김일성\" AND \"농업\"");
  WORDS("金日成。朝鮮", "\"金日成\" AND \"朝鮮\"");
  WORDS("Kim Il-s\xC5\x8Fng", "\"Kim\" AND \"Il-s\xC5\x8Fng\"");
}
END_TEST

START_TEST(test_operators)
{
  WORDS("Kim AND Stalin", "\"Kim\" AND \"Stalin\"");
  WORDS("Kim OR Stalin", "(\"Kim\" OR \"Stalin\")");
  WORDS("Kim OR Stalin OR Mao agriculture",
        "(\"Kim\" OR \"Stalin\" OR \"Mao\") AND \"agriculture\"");
  WORDS("Kim NOT Stalin", "\"Kim\" NOT \"Stalin\"");
  WORDS("Kim -Stalin", "\"Kim\" NOT \"Stalin\"");
  WORDS("Kim Mao -\"Soviet Union\" -Gromyko",
        "(\"Kim\" AND \"Mao\") NOT \"Soviet Union\" NOT \"Gromyko\"");
  WORDS("a OR b c OR d -e", "((\"a\" OR \"b\") AND (\"c\" OR \"d\")) NOT \"e\"");
  /* OR after a negated term joins the term before it */
  WORDS("a NOT b OR c", "(\"a\" OR \"c\") NOT \"b\"");
  WORDS("Kim -1956", "\"Kim\" NOT \"years\":(1956)");
  /* operators with nothing to work on */
  WORDS("OR Kim", "\"Kim\"");
  WORDS("Kim OR", "\"Kim\"");
  WORDS("Kim NOT", "\"Kim\"");
  WORDS("Kim OR NOT Stalin", "\"Kim\" NOT \"Stalin\"");
  WORDS("NOT Stalin", "\"\"");
  WORDS("-Stalin -Mao", "\"\"");
  WORDS("Kim AND OR NOT", "\"Kim\"");
  WORDS("AND OR NOT", "\"\"");
  /* in a caseless script, OR is an operator; in capitals throughout, a word; "-" is a sign */
  WORDS("김일성 OR 金日成", "(\"김일성\" OR \"金日成\")");
  WORDS("KIM -STALIN", "\"KIM\" NOT \"STALIN\"");
  /* not operators: lower case, a minus that is no sign, capitals everywhere, a prefix */
  /* (and "and" in lower case is a function word: search_function_words.tsv) */
  WORDS("Kim and Stalin or Mao not", "\"Kim\" AND \"Stalin\" AND \"or\" AND \"Mao\""
        " AND \"not\"");
  WORDS("x - y x-y x--y", "\"x\" AND \"y\" AND \"x-y\" AND \"x\" AND \"y\"");
  WORDS("WHY NOT PEACE OR WAR", "\"WHY\" AND \"NOT\" AND \"PEACE\" AND \"OR\" AND \"WAR\"");
  WORDS("KIM AND STALIN", "\"KIM\" AND \"STALIN\"");
  WORDS("Kim OR* Mao", "\"Kim\" AND \"OR\"* AND \"Mao\"");
}
END_TEST

START_TEST(test_syntax_is_words)
{
  /* the rest of FTS5's syntax typed by accident: words or separators, never syntax */
  /* (a field label, NEAR and its distance go: check_search_audit6.c) */
  WORDS("+Mao ^Kim title:Kim NEAR(a b, 3)",
        "\"Mao\" AND \"Kim\" AND \"Kim\" AND \"b\"");     /* "a", a function word, goes */
  WORDS("{title summary}: kim (y) -: x", "\"title\" AND \"summary\" AND \"kim\" AND \"y\""
        " AND \"x\"");
}
END_TEST

START_TEST(test_prefixes)
{
  WORDS("agricult* tractor*", "\"agricult\"* AND \"tractor\"*");
  WORDS("*agri ag*ri", "\"agri\" AND \"ag\" AND \"ri\"");
  WORDS("Kim** *", "\"Kim\"*");
  WORDS("\"Kim Il\"*", "\"Kim Il\"*");
  WORDS("Il-s*", "\"Il-s\"*");
}
END_TEST

START_TEST(test_hyphenated_prefixes)
{
  /* a prefix that English writes joined or hyphenated: either form */
  WORDS("post-war", "(\"post-war\" OR \"postwar\")");
  WORDS("Co-operation agriculture", "(\"Co-operation\" OR \"Cooperation\") AND \"agriculture\"");
  WORDS("counter-revolutionary", "(\"counter-revolutionary\" OR \"counterrevolutionary\")");
  /* not: other hyphenated words, two hyphens, a prefix query */
  WORDS("Sino-Soviet", "\"Sino-Soviet\"");
  WORDS("Vice-Premier", "\"Vice-Premier\"");
  WORDS("anti-anti-war", "\"anti-anti-war\"");
  WORDS("post-wa*", "\"post-wa\"*");
}
END_TEST

START_TEST(test_phrases)
{
  WORDS("\"Soviet Embassy\" Kim", "\"Soviet Embassy\" AND \"Kim\"");
  WORDS("\xE2\x80\x9CSoviet Embassy\xE2\x80\x9D Kim", "\"Soviet Embassy\" AND \"Kim\"");
  WORDS("\xC2\xABSoviet Embassy\xC2\xBB Kim", "\"Soviet Embassy\" AND \"Kim\"");
  WORDS("\xE2\x80\x9ESoviet Embassy\" Kim", "\"Soviet Embassy\" AND \"Kim\"");
  /* left open: to the end of the text */
  WORDS("Kim \"unbalanced quote", "\"Kim\" AND \"unbalanced quote\"");
  WORDS("Kim \"", "\"Kim\"");
  WORDS("x \"b\"c\"", "\"x\" AND \"b\" AND \"c\"");
  /* kept as typed: operators, dates, apostrophes, column filters */
  WORDS("\"NEAR(a b) OR title: 1956-1967 O'Neill\"",
        "\"NEAR(a b) OR title: 1956-1967 O'Neill\"");
  /* a control character (a tab, a NUL would end FTS5's query) is a space */
  expect_query(0, "\"Kim\tIl\x01Sung\"", "\"Kim Il Sung\"");
  {
    static const char zNul[] = "\"Kim\0Il\" x\0y";
    char *zGot;
    size_t nGot;
    ck_assert_int_eq(search_query_build(zNul, sizeof(zNul)-1, "years", 5, 0, SIZE_MAX,
                                        &zGot, &nGot), ARCH_OK);
    ck_assert_uint_eq(nGot, strlen(zGot));
    ck_assert_str_eq(zGot, "\"Kim Il\" AND \"x\" AND \"y\"");
    arch_free(zGot);
  }
}
END_TEST

START_TEST(test_nothing_to_search)
{
  WORDS("", "\"\"");
  WORDS("   \t\n ", "\"\"");
  WORDS("... !!! -- * ^ : ( ) + , -", "\"\"");
  WORDS("\"\"", "\"\"");
  WORDS("\" ... \"", "\"\"");
  WORDS("\"", "\"\"");
  WORDS("\xE3\x80\x82§", "\"\"");      /* 。§ */
}
END_TEST

/* ---------------------------------------------------------------- dates */

START_TEST(test_years)
{
  WORDS("1958", "\"years\":(1958)");
  WORDS("1956-1967", YEARS_1956_1967);
  WORDS("1956\xE2\x80\x93" "67", YEARS_1956_1967);        /* en dash, year cut short */
  WORDS("1956 to 1967", YEARS_1956_1967);
  WORDS("from 1956 to 1967", YEARS_1956_1967);
  WORDS("between 1956 and 1958", "\"years\":(1956 OR 1957 OR 1958)");
  WORDS("the 1950s", YEARS_1950S);
  WORDS("1950s", YEARS_1950S);
  WORDS("October 1963", "\"years\":(1963)");
  WORDS("Winter 1956/57", "\"years\":(1956 OR 1957)");
  WORDS("Kim Il-sung agriculture 1956-1967",
        "\"Kim\" AND \"Il-sung\" AND \"agriculture\" AND " YEARS_1956_1967);
  WORDS("Kim in the 1950s", "\"Kim\" AND " YEARS_1950S);     /* "in": a function word */
  /* two dates: both (terms are ANDed) */
  WORDS("1956 1958", "\"years\":(1956) AND \"years\":(1958)");
}
END_TEST

START_TEST(test_not_years)
{
  /* numbers that are no year, a year the date engine does not take, years in quotes */
  WORDS("38th parallel", "\"38th\" AND \"parallel\"");
  WORDS("Telegram No. 1954", "\"Telegram\" AND \"No\" AND \"1954\"");
  WORDS("Kim-1956 1956abc", "\"Kim-1956\" AND \"1956abc\"");
  WORDS("\"Report of 1956\"", "\"Report of 1956\"");
  WORDS("\"from 1956\" to 1967", "\"from 1956\" AND \"years\":(1967)");
}
END_TEST

START_TEST(test_wide_years)
{
  /* 100 years or more: the prefixes of their years */
  WORDS("before 1960",
        "\"years\":(0* OR 10* OR 11* OR 12* OR 13* OR 14* OR 15* OR 16* OR 17* OR 18*"
        " OR 190* OR 191* OR 192* OR 193* OR 194* OR 195*)");
  WORDS("after 1985",
        "\"years\":(1986 OR 1987 OR 1988 OR 1989 OR 199* OR 2* OR 3* OR 4* OR 5* OR 6* OR 7*"
        " OR 8* OR 9*)");
  /* the 19th century is 1800-1899, 100 years: listed, as date_match() lists it */
  {
    char *zGot;
    size_t nGot;
    ck_assert_int_eq(search_query_build("19th century", 12, "years", 5, 0, SIZE_MAX, &zGot,
                                        &nGot), ARCH_OK);
    ck_assert(strncmp(zGot, "\"years\":(1800 OR 1801 OR ", 25)==0);
    ck_assert(strstr(zGot, " OR 1899)")!=0 && strstr(zGot, "*")==0);
    arch_free(zGot);
  }
}
END_TEST

START_TEST(test_years_column)
{
  char *zGot;
  size_t nGot;
  ck_assert_int_eq(search_query_build("Kim 1958", 8, "when \"y\"", 8, 0, SIZE_MAX, &zGot,
                                      &nGot), ARCH_OK);
  ck_assert_str_eq(zGot, "\"Kim\" AND \"when \"\"y\"\"\":(1958)");
  arch_free(zGot);
}
END_TEST

START_TEST(test_too_long)
{
  char *zGot = (char*)1;
  size_t nGot = 99;
  /* "Kim" AND "Mao" is 15 bytes */
  ck_assert_int_eq(search_query_build("Kim Mao", 7, "years", 5, 0, 14, &zGot, &nGot),
                   ARCH_ERROR);
  ck_assert_ptr_null(zGot);
  ck_assert_uint_eq(nGot, 0);
  ck_assert_int_eq(search_query_build("Kim Mao", 7, "years", 5, 0, 15, &zGot, &nGot), ARCH_OK);
  ck_assert_str_eq(zGot, "\"Kim\" AND \"Mao\"");
  arch_free(zGot);
}
END_TEST

/* ---------------------------------------------------------------- names */

START_TEST(test_names)
{
  /* a Korean name: its words near each other, with no other word among them (a word more is
  ** another person), or its Hangul spelling, which carries the key */
  NAMES("Kim Il Sung", "(NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\")");
  NAMES("kim il sung", "(NEAR(\"kim\" \"il\" \"sung\", 1) OR \"김일성\")");
  NAMES("Kim Il-sung agriculture 1956-1967",
        "(NEAR(\"Kim\" \"Il-sung\", 0) OR \"김일성\") AND \"agriculture\" AND " YEARS_1956_1967);
  /* spelled otherwise than the preferred form: that too */
  NAMES("Kim Ir Sen", "(NEAR(\"Kim\" \"Ir\" \"Sen\", 1) OR NEAR(\"Kim\" \"Il\" \"Sung\", 1)"
                      " OR \"김일성\")");
  /* a title is not part of the name; a possessive is left out */
  NAMES("Premier Kim Il Sung's speech",
        "\"Premier\" AND (NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\") AND \"speech\"");
  /* a Western name: one word more among its words, an initial or a patronymic ("Imre Nagy":
  ** "Nagy" alone names no one) */
  NAMES("Imre Nagy", "NEAR(\"Imre\" \"Nagy\", 1)");
  /* a family name that names the person alone: the words, or the person's key, which every
  ** document reading the person holds, and no other use of the word */
  NAMES("Joseph Stalin", "(NEAR(\"Joseph\" \"Stalin\", 1) OR \"§stalin_yosev\")");
  NAMES("Gerald Ford", "(NEAR(\"Gerald\" \"Ford\", 1) OR \"§ford_gerald\")");
  NAMES("Nikita Khrushchev Mao Zedong",
        "(NEAR(\"Nikita\" \"Khrushchev\", 1) OR \"§hrushev_nikita\") AND"
        " (NEAR(\"Mao\" \"Zedong\", 0) OR \"§mao_zedong\")");
}
END_TEST

START_TEST(test_names_inside_others)
{
  /* a Korean, Chinese or Vietnamese name of two syllables stands inside other people's names
  ** ("Kim Il" in "Kim Il Sung", "Li Peng" in "Li Peng-fei"): the key alone */
  NAMES("Kim Il", "\"§kim_il\"");
  NAMES("Li Peng", "\"§ri_beng\"");
  NAMES("Lin Biao", "\"§lin_biao\"");
  NAMES("Le Duan", "\"§le_duan\"");
  NAMES("Lê Duẩn", "\"§le_duan\"");
  /* so is a preferred form of two: the key in its place */
  NAMES("Pak Tok-san", "(NEAR(\"Pak\" \"Tok-san\", 0) OR \"§kim_il\")");
  /* three syllables are no part of another name, in two words or three */
  NAMES("Zhou Enlai", "(NEAR(\"Zhou\" \"Enlai\", 0) OR \"주은래\")");
  NAMES("Chou En-lai", "(NEAR(\"Chou\" \"En-lai\", 0) OR NEAR(\"Zhou\" \"Enlai\", 0)"
                       " OR \"주은래\")");
  NAMES("Pham Van Dong", "NEAR(\"Pham\" \"Van\" \"Dong\", 1)");
  NAMES("Kim Jong Il", "(NEAR(\"Kim\" \"Jong\" \"Il\", 1) OR \"김정일\")");
}
END_TEST

START_TEST(test_not_names)
{
  /* two people side by side, places, words: no name of one person, so words */
  NAMES("Khrushchev Mao", "\"Khrushchev\" AND \"Mao\"");
  /* (a country or its adjective: audit6; a state's names: audit7) */
  NAMES("North Korea China", "(\"corea del norte\" OR \"democratic people s republic of korea\""
        " OR \"dprk\" OR \"korea polnocna\" OR \"krld\" OR \"nordkorea\" OR \"north korea\""
        " OR \"north korean\" OR \"кндр\" OR \"северная корея\" OR \"북한\""
        " OR \"조선민주주의인민공화국\") AND (\"China\" OR \"Chinese\")");
  NAMES("Kim Il-sung agriculture", "(NEAR(\"Kim\" \"Il-sung\", 0) OR \"김일성\") AND"
                                   " \"agriculture\"");
  /* a comma, a quotation mark, a date or a prefix between the words ends a name */
  NAMES("Kim, Il, Sung", "\"Kim\" AND \"Il\" AND \"Sung\"");
  NAMES("Kim \"Il\" Sung", "\"Kim\" AND \"Il\" AND \"Sung\"");
  NAMES("Stalin 1953 Kim", "\"Stalin\" AND \"years\":(1953) AND \"Kim\"");
  NAMES("Khrushch* Nikita", "\"Khrushch\"* AND \"Nikita\"");
  /* a name inside quotes is the person, as without them (check_search_audit6.c) */
  NAMES("\"Kim Il Sung\"", "(NEAR(\"Kim\" \"Il\" \"Sung\", 1) OR \"김일성\")");
}
END_TEST

static Suite *search_suite(void){
  Suite *s = suite_create("search");
  TCase *tc = tcase_create("classes");
  tcase_add_test(tc, test_word_chars);
  tcase_add_test(tc, test_double_quotes);
  suite_add_tcase(s, tc);
  tc = tcase_create("words");
  tcase_add_test(tc, test_words);
  tcase_add_test(tc, test_operators);
  tcase_add_test(tc, test_syntax_is_words);
  tcase_add_test(tc, test_prefixes);
  tcase_add_test(tc, test_hyphenated_prefixes);
  tcase_add_test(tc, test_phrases);
  tcase_add_test(tc, test_nothing_to_search);
  suite_add_tcase(s, tc);
  tc = tcase_create("dates");
  tcase_add_test(tc, test_years);
  tcase_add_test(tc, test_not_years);
  tcase_add_test(tc, test_wide_years);
  tcase_add_test(tc, test_years_column);
  tcase_add_test(tc, test_too_long);
  suite_add_tcase(s, tc);
  tc = tcase_create("names");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_names);
  tcase_add_test(tc, test_names_inside_others);
  tcase_add_test(tc, test_not_names);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(search_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
