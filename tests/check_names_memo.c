/*
** check_names_memo.c: names() from the memo (names_roster.c: name_scan_from_memo()). The
** catalog indexes a title and a summary, then reads each with the other as its context; the
** scan that indexed a text keeps the names it gave, and a scan of the same text with a context
** takes them from there when the context's people cannot change one of them. These cases say,
** by hand, when the memo may serve and when it must not, and check that the names are those a
** scan without the memo gives, either way.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_int.h"
#include "check_names_fixture.h"

/* One name as a test compares it: where, its key, its canonical form. */
typedef struct Row {
  size_t start, end;
  char zKey[NAME_MAX_KEY];
  char zCanon[NAME_MAX_INPUT];
} Row;

/* The names of zText with zContext as its context, scanned without a memo: how many. */
static int scan_rows(const char *zText, const char *zContext, Row *a, int nMax){
  NameScanner sc;
  NameFound f;
  int n = 0;
  name_scanner_init(&sc, pAuth, zText, strlen(zText));
  if( zContext ) name_scanner_context(&sc, zContext, strlen(zContext));
  while( name_scan_next(&sc, &f) ){
    ck_assert_int_lt(n, nMax);
    a[n].start = f.start;
    a[n].end = f.end;
    snprintf(a[n].zKey, sizeof(a[n].zKey), "%s", f.info.key);
    snprintf(a[n].zCanon, sizeof(a[n].zCanon), "%s", name_canon(pAuth, &f.info));
    n++;
  }
  return n;
}

/* Index zText and zContext as the tokenizer does (a scan of each to its end, through the memo),
** then read zText with zContext as its context through it: returns 1 when the memo served,
** 0 when it scanned; either way the names must be those of a scan without the memo. */
static int memo_serves(NameCache *pCache, const char *zText, const char *zContext){
  NameScanner sc;
  NameFound f;
  NameTextNames kept;
  Row aWant[16], aGot[16];
  int nWant, nGot = 0, served, i;
  const char *azIndexed[2];
  azIndexed[0] = zText;
  azIndexed[1] = zContext;
  for(i=0; i<2; i++){
    name_scanner_init(&sc, pAuth, azIndexed[i], strlen(azIndexed[i]));
    name_scanner_cache(&sc, pCache);
    while( name_scan_next(&sc, &f) ){}
  }
  name_scanner_init(&sc, pAuth, zText, strlen(zText));
  name_scanner_cache(&sc, pCache);
  name_scanner_context(&sc, zContext, strlen(zContext));
  served = name_scan_from_memo(&sc, &kept);
  if( served ){
    for(i=0; i<kept.nName; i++, nGot++){
      aGot[i].start = kept.aName[i].start;
      aGot[i].end = kept.aName[i].end;
      snprintf(aGot[i].zKey, sizeof(aGot[i].zKey), "%s", kept.zPool + kept.aName[i].iKey);
      snprintf(aGot[i].zCanon, sizeof(aGot[i].zCanon), "%s", kept.zPool + kept.aName[i].iCanon);
    }
  }else{
    while( name_scan_next(&sc, &f) ){
      ck_assert_int_lt(nGot, 16);
      aGot[nGot].start = f.start;
      aGot[nGot].end = f.end;
      snprintf(aGot[nGot].zKey, sizeof(aGot[nGot].zKey), "%s", f.info.key);
      snprintf(aGot[nGot].zCanon, sizeof(aGot[nGot].zCanon), "%s", name_canon(pAuth, &f.info));
      nGot++;
    }
  }
  nWant = scan_rows(zText, zContext, aWant, 16);
  ck_assert_msg(nGot==nWant, "'%s' | '%s': %d names, %d without the memo", zText, zContext,
                nGot, nWant);
  for(i=0; i<nWant; i++){
    ck_assert_msg(aGot[i].start==aWant[i].start && aGot[i].end==aWant[i].end,
                  "'%s': name %d at %zu", zText, i, aGot[i].start);
    ck_assert_str_eq(aGot[i].zKey, aWant[i].zKey);
    ck_assert_str_eq(aGot[i].zCanon, aWant[i].zCanon);
  }
  return served;
}

START_TEST(test_names_from_memo)
{
  static const struct { const char *zText, *zContext; int served; } aCase[] = {
    /* a context that names no one changes nothing */
    { "Todor Zhivkov reports on his meeting with Kim Il Sung.",
      "Memorandum of the embassy in Sofia", 1 },
    /* people of the context whose words the text never asks about */
    { "Kim Il Sung received the delegation.", "Conversation between Todor Zhivkov and "
      "Janos Kadar", 1 },
    { "Conversation between Todor Zhivkov and Janos Kadar",
      "Kim Il Sung received the delegation in Pyongyang.", 1 },
    /* the text's surname alone is the context's person: "Premier Kim" is Kim Il Sung only
    ** with the context, so the memo of the text alone must not serve */
    { "Premier Kim received the delegation.", "Cable on Kim Il Sung's visit", 0 },
    { "Kim said the talks went well.", "Kim Il Sung met Zhou Enlai in Pyongyang.", 0 },
    { "Zhou raised the question of Taiwan.", "Record of Zhou Enlai's talk with Kosygin", 0 },
    /* a word of the text is the last word of a person of the context ("Enlai") */
    { "Enlai said nothing.", "Zhou Enlai arrived in Hanoi.", 0 },
    /* the context's person is the text's too: the text asked about its family name, which
    ** the memo cannot tell from one another's */
    { "Ulbricht and Khrushchev disagreed about Berlin.",
      "Conversation between Walter Ulbricht and N. S. Khrushchev", 0 },
  };
  NameCache *pCache = name_cache_new();
  size_t i;
  ck_assert_ptr_nonnull(pCache);
  name_cache_want_names(pCache);
  for(i=0; i<sizeof(aCase)/sizeof(aCase[0]); i++){
    int served = memo_serves(pCache, aCase[i].zText, aCase[i].zContext);
    ck_assert_msg(served==aCase[i].served, "'%s' | '%s': served %d", aCase[i].zText,
                  aCase[i].zContext, served);
  }
  name_cache_free(pCache);
}
END_TEST

START_TEST(test_names_memo_limits)
{
  /* more names than the memo keeps of a text: scanned, the same names */
  const char *zMany = "Kim Il Sung, Zhou Enlai, Walter Ulbricht, Todor Zhivkov, Janos Kadar, "
                      "Wladyslaw Gomulka, Antonin Novotny, Nicolae Ceausescu and Enver Hoxha met.";
  NameCache *pCache = name_cache_new();
  NameScanner sc;
  NameFound f;
  NameTextNames kept;
  ck_assert_ptr_nonnull(pCache);
  name_cache_want_names(pCache);
  ck_assert_int_eq(memo_serves(pCache, zMany, "Memorandum of the embassy"), 0);
  /* a memo no names() asked to keep names keeps none: an index alone pays nothing */
  name_cache_free(pCache);
  pCache = name_cache_new();
  ck_assert_ptr_nonnull(pCache);
  name_scanner_init(&sc, pAuth, "Kim Il Sung spoke.", 18);
  name_scanner_cache(&sc, pCache);
  while( name_scan_next(&sc, &f) ){}
  name_scanner_init(&sc, pAuth, "Kim Il Sung spoke.", 18);
  name_scanner_cache(&sc, pCache);
  ck_assert_int_eq(name_scan_from_memo(&sc, &kept), 0);
  /* asked now, and kept from the next scan on */
  name_cache_want_names(pCache);
  name_scanner_init(&sc, pAuth, "Kim Il Sung spoke.", 18);
  name_scanner_cache(&sc, pCache);
  while( name_scan_next(&sc, &f) ){}
  name_scanner_init(&sc, pAuth, "Kim Il Sung spoke.", 18);
  name_scanner_cache(&sc, pCache);
  ck_assert_int_eq(name_scan_from_memo(&sc, &kept), 1);
  ck_assert_int_eq(kept.nName, 1);
  ck_assert_str_eq(kept.zPool + kept.aName[0].iCanon, "Kim Il Sung");
  ck_assert_int_eq((int)kept.aName[0].end, 11);
  name_cache_free(pCache);
}
END_TEST

static Suite *names_memo_suite(void){
  Suite *s = suite_create("names_memo");
  TCase *tc = tcase_create("memo");
  tcase_add_checked_fixture(tc, auth_setup, auth_teardown);
  tcase_add_test(tc, test_names_from_memo);
  tcase_add_test(tc, test_names_memo_limits);
  suite_add_tcase(s, tc);
  return s;
}

int main(void){
  SRunner *sr = srunner_create(names_memo_suite());
  int nFailed;
  srunner_run_all(sr, CK_NORMAL);
  nFailed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nFailed==0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
