/*
** tokenize.h: the words a search index stores, for the FTS5 tokenizer "archivist". Pure C on
** libstemmer and names.c: no SQLite.
**
** Text is cut into words (runs of letters and digits), each word folded as names fold letters
** (text_fold_letter: case, accents, ŏ → eo) and stemmed with Snowball (libstemmer) in each of
** the tokenizer's languages: the first language's stem is the token, another language's
** different stem stands at the same position (colocated). A person's name found in the text
** (names.c) adds, at the position of its first word, a token for its name key ("§kim_ilsong"),
** and, for a person the authority knows, the words of the person's other spellings at the
** positions of the words they replace ("Kim Ir Sen" stands under "Kim Il Sung"). A query term
** that is a name adds its key: so "Kim Ir Sen", "Ким Ир Сен" and "Kim Il-sung" all find the
** documents that say "Kim Il Sung".
**
**     ArchTokenizer *p;
**     if( arch_tokenizer_open(azLang, nLang, pAuth, &p, zErr, sizeof(zErr))!=ARCH_OK ) ...
**     arch_tokenize(p, ARCH_TOKENIZE_DOCUMENT, z, n, ctx, xToken);
**     arch_tokenizer_close(p);
**
** A tokenizer is used by one thread at a time (libstemmer's stemmers keep state).
*/
#ifndef ARCHIVIST_TOKENIZE_H
#define ARCHIVIST_TOKENIZE_H

#include <stddef.h>
#include "arch_rc.h"
#include "names.h"

typedef struct ArchTokenizer ArchTokenizer;

#define ARCH_TOKENIZE_MAX_LANG 4

/* Open a tokenizer stemming in languages azLang[0..nLang) (Snowball names: "english",
** "russian", ...; none means English), with name tokens when pAuth is not NULL. Returns ARCH_OK,
** ARCH_ERROR with a message in zErr (an unknown language names the known ones), or
** ARCH_NOMEM. */
ArchRc arch_tokenizer_open(const char *const *azLang, int nLang, const NameAuthority *pAuth,
                           ArchTokenizer **ppOut, char *zErr, size_t nErr);
void arch_tokenizer_close(ArchTokenizer *p);

/* Read names with the memo xMemo(pArg) gives (names.h: NameCache), asked for at the first
** document and not freed by the tokenizer, instead of one of its own: the memo of a
** connection, which its names() and name_* functions read too (a name read by one is not read
** again by the others). xMemo returns NULL when out of memory. Call it before the first
** document. */
void arch_tokenizer_memo_from(ArchTokenizer *p, NameCache *(*xMemo)(void*), void *pArg);

typedef enum ArchTokenizeReason {
  ARCH_TOKENIZE_DOCUMENT,   /* text to index */
  ARCH_TOKENIZE_QUERY,      /* a query term */
  ARCH_TOKENIZE_PREFIX      /* a query term ending in "*": folded, not stemmed */
} ArchTokenizeReason;

/* Called for every token: colocated is 1 when the token stands at the position of the one
** before it. iStart/iEnd are the byte offsets of its word in the text. A nonzero return stops
** the tokenizer, which returns it. */
typedef int (*ArchTokenFn)(void *pCtx, int colocated, const char *zToken, int nToken,
                           int iStart, int iEnd);

/* Tokenize z[0..n); bytes that are not UTF-8 are skipped. Returns ARCH_OK, ARCH_NOMEM, or
** ARCH_ERROR when the callback stopped it (the callback keeps its own reason). */
ArchRc arch_tokenize(ArchTokenizer *p, ArchTokenizeReason eReason, const char *z, int n,
                  void *pCtx, ArchTokenFn xToken);

/* The stem of one word in a language, written to out (NUL-terminated, at most nOut bytes);
** returns its length, or -1 for an unknown language. */
int arch_stem_word(const char *zLang, const char *zWord, int nWord, char *out, int nOut);

/* English word z[0..n) (folded: lower case) as America spells it, for the stemmer
** (tokenize_spelling.c): written to out (NUL-terminated, at most nOut bytes) with its length,
** or 0 when America spells it alike ("defence" is "defense", "organisation" "organization";
** "rise" and "advise" are 0). An irregular form is the word it inflects ("spoke" is "speak",
** "crises" "crisis": english_irregular.tsv), the stemmer undoing regular endings only. */
int arch_english_american(const char *z, int n, char *out, int nOut);

/* The length of the Hangul word z[0..n) (a word of Hangul syllables only) without the particle
** it ends with (korean_particles.tsv: "동지의" is "동지" and 의), two syllables at least left;
** 0 when it ends with none (tokenize_korean.c). */
int arch_hangul_without_particle(const char *z, int n);

/* The length of the suffix of a Korean place name (korean_place_suffixes.tsv: "ri", "dong",
** "san") that z[i..) is, ending the word ("Chongsan-ri": i after the hyphen); else 0
** (tokenize_korean.c). */
int arch_korean_place_suffix(const char *z, int n, int i);

/* The syllables of a romanized place written apart from z[start] ("Viet Cong", "Ha Noi",
** "Dien Bien Phu": two to four words with their capitals, each a syllable of one romanization,
** none past limit) joined into out (nOut bytes, NUL-terminated: "vietcong"), *pEnd after the
** last; its length, or 0 (tokenize_joined.c). */
int arch_syllables_joined(const char *z, int n, int start, int limit, char *out, int nOut,
                          int *pEnd);

/* Has the folded word z[0..n) one run of vowels (y among them), as a syllable of those
** romanizations has ("viet", "pyong", "nguyen"; not "soviet", "party")? */
int arch_syllable_shaped(const char *z, int n);

/* The designation z[start..end) hyphenated to its number ("U-2", "B-52s", "MiG-21": one to
** three letters, one to three digits) joined into out, lower case, without a plural's s ("u2",
** "b52"): its length, or 0 (tokenize_joined.c). */
int arch_designation_joined(const char *z, int n, int start, int end, char *out, int nOut);

/* The Snowball languages, as a comma-separated list, for error messages. */
void arch_stem_languages(char *out, size_t nOut);

/* tokenize_text.c: what the tokenizer asks of a whole text or of a rare word's shape. */
#define ARCH_TOKEN_WORD_MAX 128   /* longer words are cut (tokenize.c's WORD_MAX_BYTES) */
int arch_tok_has_unspaced(const char *z, int n);       /* holds Han or hiragana */
int arch_tok_all_unspaced(const char *z, int n);       /* is Han or hiragana only */
/* The initialism at z[i] ("U.S.S.R."): its letters lower-cased in out (ARCH_TOKEN_WORD_MAX
** bytes), how many (0: none), *pEnd the end of its last letter. */
int arch_tok_initialism(const char *z, int n, int i, char *out, int *pEnd);
int arch_tok_is_key_token(const char *z, int n);       /* a name key typed in a query: "§..." */
int arch_tok_begins_with_capital(const char *z, int n);
/* A copy of z with the bytes that are no UTF-8 made spaces, or NULL when z is valid (then
** *pNoMem 0) or memory ran out (*pNoMem 1). Freed with arch_free(). */
char *arch_tok_valid_copy(const char *z, int n, int *pNoMem);

#endif
