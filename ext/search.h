/*
** search.h: what a person types into a search box, as an FTS5 query that is never a syntax
** error. Pure C: no SQLite; memory through arch_alloc.h.
**
**     char *zQuery;
**     size_t nQuery;
**     const char *z = "Kim Il-sung agriculture 1956-1967";
**     if( search_query_build(z, strlen(z), "years", 5, pAuth, SIZE_MAX, &zQuery, &nQuery)
**         ==ARCH_OK ){
**       // (NEAR("Kim" "Il-sung", 1) OR "김일성") AND "agriculture"
**       //   AND "years":(1956 OR 1957 OR ... OR 1967)
**       arch_free(zQuery);
**     }
**
** The text is read left to right into terms, and the terms are joined with AND in the order
** typed:
**
**   phrases  Text in double quotation marks (" “ ” „ « » ...) is one FTS5 string, as typed. A
**            quotation mark left open runs to the end of the text. A phrase with no letter or
**            digit is left out.
**   dates    A date expression the date engine finds (arch_date_scan_next: "1958",
**            "1956-1967", "1956–67", "from 1956 to 1967", "between 1956 and 1958", "the 1950s",
**            "October 1963") becomes the years it touches in the years column, written as
**            date_match() writes them: "years":(1956 OR 1957). A date of 100 years or more (an
**            open "before 1960") becomes the prefixes that cover its years:
**            "years":(0* OR 10* OR ... OR 195*).
**   words    Runs of letters, marks and digits, joined across a hyphen or dash, an apostrophe
**            or a period between two of them ("Il-sung", "O'Neill", "Ch'en", "A.M."); a
**            possessive 's at the end is left out ("Stalin's" is "Stalin"). Each is one FTS5
**            string, so "Il-sung" is the phrase il sung. A word followed by "*" is a prefix
**            query: "agricult"*.
**   names    Two to four words, with only white space (or the period of an initial) between
**            them, that the name authority reads as one person it knows, without a title
**            ("Premier Kim Il Sung" gives "Premier" and the name "Kim Il Sung"; the longest
**            name from the left is taken), are searched as that person:
**              - by the family name alone when it names the person by itself ("Joseph
**                Stalin" is "Stalin", "Mao Tse-tung" is "Mao"): the query tokenizer adds the
**                person's name key to such a word, and finds "I.V. Stalin", "Сталин" ...;
**              - else by NEAR("Kim" "Il" "Sung", 2): its words in any order with at most one
**                other word among them ("N.S." for "Nikita", a patronymic, the name turned
**                round), OR the same for the authority's preferred form when it is spelled
**                otherwise ("Chou En-lai": NEAR("Zhou" "Enlai", 1)), OR a one-word spelling
**                the authority lists ("김일성", "周恩来"), which carries the name key.
**            A name is not searched as a phrase: a phrase of the typed words misses the
**            documents that write the name with other words ("N.S. Khrushchev").
**
**   operators  What search boxes take: OR between two terms ("Kim OR Stalin"), NOT or a minus
**            sign before a term ("Kim NOT Stalin", "Kim -Stalin", -"Soviet Union"), AND, which
**            changes nothing. In capitals only; in text typed all in capitals OR and NOT are
**            words ("WHY NOT PEACE"). An operator with no term to work on ("Kim OR", "NOT"
**            alone) is dropped, and so are negated terms with nothing else to find (FTS5's
**            NOT is binary).
**
** Everything else (punctuation, and the rest of FTS5's syntax: ( ) : ^ + NEAR column filters,
** "*" but at a word's end) only separates words, or is a word. No term gives "", the empty
** phrase, which matches nothing. Every string is in double quotes with its double quotes
** doubled, and control characters become spaces, so the result always parses:
**
**     (("Kim" OR "Mao") AND "years":(1950 OR ... OR 1959)) NOT "Stalin"
*/
#ifndef ARCHIVIST_SEARCH_H
#define ARCHIVIST_SEARCH_H

#include <stddef.h>
#include "arch_rc.h"
#include "names.h"

/* Dates spanning fewer years than this are written as their list of years (date_years() and
** date_match() list no more); wider ones as prefixes. */
#define SEARCH_MAX_LISTED_YEARS 100

/* Words of a name looked for, at most. */
#define SEARCH_MAX_NAME_WORDS 4

/* Build the FTS5 query for z[0..n) (valid UTF-8) with the years column zColumn[0..nColumn).
** pAuth finds names (NULL: no names). On ARCH_OK *pzOut is the query, NUL-terminated, *pnOut
** bytes, to be freed with arch_free(). ARCH_ERROR: the query would be longer than nMax bytes;
** ARCH_NOMEM: out of memory. *pzOut is NULL after an error. */
ArchRc search_query_build(const char *z, size_t n, const char *zColumn, size_t nColumn,
                          const NameAuthority *pAuth, size_t nMax,
                          char **pzOut, size_t *pnOut);

#endif
