/*
** search_int.h: what search.c (search_query()) asks of search_forms.c, the other forms of a
** word or of words typed that an archive writes otherwise. Pure C: no SQLite.
*/
#ifndef SEARCH_INT_H
#define SEARCH_INT_H

#include "arch_rc.h"
#include "archivist_data.h"
#include <stddef.h>

/* ---------------------------------------------------------------- what search.c reads */

/* The text typed is cut into items (search.c's lex()): words, phrases, dates, operators. */
typedef enum ItemKind {
  ITEM_WORD = 1, ITEM_PHRASE, ITEM_DATE,
  ITEM_OR,                  /* OR between two terms */
  ITEM_NOT,                 /* NOT, or a "-" before a word or a phrase */
  ITEM_NEAR                 /* FTS5's NEAR typed as a word, or a function word: no term */
} ItemKind;

typedef struct Item {
  ItemKind kind;
  size_t start, end;        /* the word, the text inside the quotes, or the date expression */
  int prefix;               /* a "*" follows: a prefix query */
  int afterSpace;           /* only white space (or the period of an initial: "A.M.")
                            ** separates it from the item before */
  int letters;              /* a word of letters and marks only: it may be part of a name */
  int nRuns;                /* a word's runs of letters and digits ("Il-sung": 2) */
  int operatorWord;         /* ITEM_OR or ITEM_NOT from the word OR or NOT */
  int nameWords;            /* the first word of a name of this many words, or 0 ... */
  int person;               /* ... and the authority's person it names */
  int groupWords;           /* the first word of a group of this many words read as one term
                            ** (search_mark_groups()), or 0 ... */
  int groupKind;            /* ... GROUP_STATE or GROUP_SYLLABLES */
  int yearFirst, yearLast;  /* a date's years */
} Item;

enum { GROUP_STATE = 1, GROUP_SYLLABLES };

/* The items one term holds: a name's or a group's words, else one. */
static inline size_t item_words(const Item *p){
  return p->nameWords>0 ? (size_t)p->nameWords : p->groupWords>0 ? (size_t)p->groupWords : 1;
}

typedef struct Items {
  Item *a;
  size_t n, nAlloc;
} Items;

/* The query being written: search_out_append() and the others add to it, failing with
** ARCH_ERROR past nMax bytes. */
typedef struct Out {
  char *z;
  size_t n, nAlloc, nMax;
} Out;


ArchRc search_out_append(Out *p, const char *z, size_t n);
ArchRc search_out_text(Out *p, const char *z);
/* z[0..n) as an FTS5 string: in double quotes, its double quotes doubled. */
ArchRc search_out_string(Out *p, const char *z, size_t n);

/* Is the item a word of search_function_words.tsv ("of", "the", "and"), outside quotes? */
int search_function_word(const char *z, const Item *p);

/* ---------------------------------------------------------------- search_forms.c */

/* Mark the groups of words that are one term, outside the names mark_names() marked: a state's
** name (GROUP_STATE), syllables of a romanization typed apart (GROUP_SYLLABLES). */
void search_mark_groups(const char *z, Items *pItems);

/* Write a group's term (a[0..k), its words) or a word's, with their other forms. */
ArchRc search_out_state(Out *p, const char *z, const Item *a, size_t k);
ArchRc search_out_syllables(Out *p, const char *z, const Item *a, size_t k);
ArchRc search_out_word(Out *p, const char *z, const Item *pWord);
ArchRc search_out_phrase(Out *p, const char *z, const Item *pPhrase);


#define SEARCH_FORM_MAX 64            /* bytes of one form, its NUL included */
#define SEARCH_MAX_FORMS 4            /* forms of one kind asked for a word */

/* z[0..n) folded as state_names.tsv writes its keys: letters and digits lower case without
** their marks, runs of them joined by one space, the one-letter runs of an initialism joined
** ("D.P.R.K." is "dprk"). Written to out (nOut bytes, NUL-terminated); its length, or 0 when
** it has no letter or does not fit. */
size_t search_fold_words(const char *z, size_t n, char *out, size_t nOut);

/* The names of the state, party or city that the folded name z[0..n) is (state_names.tsv:
** "north korea", "dprk", "кндр"; party_names.tsv: "cpsu", "кпсс"; place_names.tsv: "peking",
** "beijing"), all of them, into apOut (at most nMax); how many, or 0 when it names none. */
int search_state_names(const char *z, size_t n, const ArchDataRow **apOut, int nMax);

/* The romanizations whose syllable the folded ASCII word z[0..n) is: a mask of SEARCH_SYL_*,
** 0 for none ("pyong": Korean; "cong": Vietnamese; "zhou": pinyin). */
#define SEARCH_SYL_KOREAN     1u
#define SEARCH_SYL_VIETNAMESE 2u
#define SEARCH_SYL_PINYIN     4u
unsigned search_syllable(const char *z, size_t n);

/* Is the folded word z[0..n) a Korean, Chinese or Vietnamese family name (Kim, Mao, Le)? A run
** of such words is people ("Kim Mao"), whose names are no place written apart. */
int search_family_name(const char *z, size_t n);

/* Does the folded ASCII word z[0..n) hold a mark of those romanizations: ng or nh, or the
** vowels side by side ie, oi, ai, ae, ao, ei, uo, eo, that English seldom writes? */
int search_syllables_marked(const char *z, size_t n);

/* The ways the word z[0..n) (any case, marks allowed) is two to four syllables of one
** romanization written together, each after the first beginning with a consonant and of three
** letters or more ("Vietcong": "viet cong"; "Pyongyang": "pyong yang"; "Hanoi": "ha noi"),
** into aOut with spaces between the syllables; how many (the fewest syllables only). Only a
** word with a mark of those romanizations is split: ng or nh, or the vowels side by side ie, oi,
** ai, ae, ao, ei, uo, eo (not "Kennan", "Juche", "Nikita", "Hague"). */
int search_syllable_splits(const char *z, size_t n, char aOut[][SEARCH_FORM_MAX], int nMax);

/* The words that complete the English prefix z[0..n) (ASCII letters) and whose stem the prefix
** misses, because the stemmer cuts inside it ("collectiv": "collective", whose stem is
** "collect"; "negotiat": "negotiate", "negoti"), one for each such stem, into aOut; how many. */
int search_prefix_completions(const char *z, size_t n, char aOut[][SEARCH_FORM_MAX], int nMax);

#endif
