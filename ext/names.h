/*
** names.h: person names normalized across romanizations, scripts and spellings. Pure C: no
** SQLite; memory through arch_alloc.h.
**
** Kim Il Sung, Kim Il-sŏng, KIM IL SUNG, Kim Ir Sen, Ким Ир Сен, 김일성 and "Premier Kim Il Sung"
** are one person; Kim Il, Kim Sung Il and Kim Jong Il are three others. A name is read in
** layers:
**
**   1. characters  NFKC and case folding (utf8proc); dashes and apostrophes unified; Hangul
**                  romanized (Revised Romanization, by arithmetic on the syllable); Cyrillic
**                  romanized by the name's culture (Palladius for Chinese, Kontsevich for
**                  Korean, else Russian); letters whose marks carry information written out
**                  (ŏ → eo, č → ch, ß → ss), other marks stripped.
**   2. structure   titles and honorifics dropped ("Premier", "Comrade", "동지"); possessives
**                  dropped; "Surname, Given" turned round; initials ("A.M.", "A. M.") split;
**                  patronymics dropped; East Asian family-first order recognized, and "Il Sung
**                  Kim" turned round.
**   3. spelling    Korean syllables folded to classes (eo/ŏ/o/u/eu; k/g; t/d; p/b; ch/j; r/l),
**                  Chinese Wade-Giles turned into pinyin by syllable, the German, Polish, Czech
**                  and Hungarian renderings of Russian names folded (sch/sz/š, w/v, tsch/cz/č,
**                  ow/ov).
**   4. authority   a built-in table of the people of Cold War archives (ext/data/people_*.tsv):
**                  a known person's every variant has that person's key; a surname alone, or
**                  with initials, resolves when exactly one known person fits.
**
** The layers live in names_script.c, names_structure.c, names_spelling.c and
** names_authority.c; names.c runs them and compares names; names_words.c, names_scan.c,
** names_cases.c and names_roster.c find names in free text (names_int.h is what they share).
** The authority is built once (name_authority_open) and only read afterwards, so one may serve
** many threads.
*/
#ifndef ARCHIVIST_NAMES_H
#define ARCHIVIST_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include "arch_rc.h"

typedef struct NameAuthority NameAuthority;

/* Build the authority from the compiled-in tables: ARCH_OK, or ARCH_NOMEM. */
ArchRc name_authority_open(NameAuthority **ppAuth);
void name_authority_close(NameAuthority *pAuth);

/* Is z[0..n), a word folded as names fold it (lower case), the family name that a spelling of
** a known Western person ends with ("dulles" of John Foster Dulles, "marshall" of George
** Marshall)? The search tokenizer does not stem such a word written with a capital. */
int name_word_is_family(const NameAuthority *pAuth, const char *z, int n);

/* The number of people the authority knows. */
int name_authority_size(const NameAuthority *pAuth);

/* Longest text read as one name, in bytes; longer text is not a name. */
#define NAME_MAX_INPUT 400
#define NAME_MAX_KEY 160

typedef enum NameCulture {
  NAME_WESTERN = 0, NAME_KOREAN, NAME_CHINESE, NAME_HAN, NAME_VIETNAMESE
} NameCulture;

/* A name, analysed. */
typedef struct NameInfo {
  char key[NAME_MAX_KEY];        /* the match key: equal keys, same name */
  char family[64];               /* the family name's key */
  char given[96];                /* the given names' keys, or initials, space-separated */
  char display[NAME_MAX_INPUT];  /* the cleaned name as written, for name_canon() */
  int nGiven;                    /* given names (or initials) present */
  int initialsOnly;              /* the given names are initials ("A.M. Puzanov") */
  int patronymicOnly;            /* a given name and a patronymic, no family name ("Georgy
                                 ** Maximilianovich"): family holds the patronymic */
  char patronymic[48];           /* the patronymic's key, when the name has one */
  int particled;                 /* a particle shows it is a name: a second family name
                                 ** ("Kubitschek de Oliveira"), an article ("al-Hourani") */
  NameCulture culture;
  int person;                    /* the authority's person, or -1 */
  int viaVariant;                /* the person was found by a listed variant, not inferred */
  int born, died;                /* life years an authority heading gives, or 0 */
  int familyInverted;            /* an East Asian family name stood before a comma ("Pak,
                                 ** Mun-gyu"): shown first again */
  char suffix[8];                /* a generation's: "jr", "sr" (Benigno Aquino Jr.), or
                                 ** empty: last in the key */
  char titledKey[NAME_MAX_KEY];  /* when a title was dropped ("Chairman Mao"): the key with
                                 ** it, for epithets; else empty */
} NameInfo;

/* Was a title dropped from the name? */
static inline int name_is_titled(const NameInfo *pInfo){ return pInfo->titledKey[0]!=0; }

/* Analyse z[0..n) (valid UTF-8) as one person's name. Returns 1 with *pInfo filled, or 0 when
** the text holds no name (empty, punctuation, digits, only a title, too long). */
int name_analyze(const NameAuthority *pAuth, const char *z, size_t n, NameInfo *pInfo);

/* name_analyze(), and when z[0..n) names no known person as written and has no title, the
** same name put back into the nominative by the endings of Russian, Polish and Czech cases,
** as the scanner of free text reads it ("Ким Ир Сеном", "Никиты Хрущева", "z Gomułką"):
** for a name typed in a case, in a search. */
int name_analyze_inflected(const NameAuthority *pAuth, const char *z, size_t n,
                           NameInfo *pInfo);

/* The library authority heading of the known person a name names ("Khrushchev, Nikita
** Sergeevich, 1894-1971": ext/data/people_headings.tsv), or NULL. */
const char *name_heading(const NameAuthority *pAuth, const NameInfo *pInfo);

/* The authority's preferred form of a person ("Kim Il Sung"). */
const char *name_person_preferred(const NameAuthority *pAuth, int person);

/* The spellings the authority lists for a person (the preferred form among them): up to nMax
** of them into azOut; returns how many. */
int name_person_variants(const NameAuthority *pAuth, int person, const char **azOut, int nMax);

/* The canonical display form: the preferred form of a known person, else the cleaned name. */
const char *name_canon(const NameAuthority *pAuth, const NameInfo *pInfo);

typedef enum NameMatch { NAME_DIFFERENT = 0, NAME_PARTIAL, NAME_SAME } NameMatch;

/* Do two names name the same person? NAME_SAME on evidence: equal keys, the same known
** person, or one family name with given names that agree (each word equal, or an initial of
** the other's word; a middle initial may be missing on one side). NAME_PARTIAL for an
** explained relation: a surname (or a given name) alone against a full name, initials or given
** names that leave one of the other's given names uncovered, a given name with a patronymic
** against the known person it fits. Never from likeness of spelling, never NAME_SAME for two
** different known people. */
NameMatch name_match(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b);

/* A score in [0, 1]: 1 for the same key, graded below by the likeness of the keys. */
double name_similarity(const NameAuthority *pAuth, const NameInfo *a, const NameInfo *b);

/* ---------------------------------------------------------------- names in free text */

/* A person the text names in full, for the surnames alone that follow or precede ("Kim Il
** Sung ... Premier Kim"). */
#define NAME_ROSTER_MAX 32
#define NAME_TEXT_ROSTER_MAX 6         /* people named in full that the memo keeps of a text */
typedef struct NameRosterEntry {
  char family[64];               /* the family key */
  char word[32];                 /* the last word as written, folded (fold of "Moumié") */
  char familyWord[32];           /* the family name's word as written, folded ("Ho" of "Ho Chi
                                 ** Minh", whose family key a lone "Ho" read as Korean lacks) */
  char key[NAME_MAX_KEY];
  int person;                    /* the authority's person, or -1 */
  int inContext;                 /* named in the context text rather than the text */
  int calledByLast;              /* a Vietnamese name: the person is called by its last word
                                 ** ("Diem" of Ngo Dinh Diem, "Giap" of Vo Nguyen Giap) */
  size_t start, end;             /* its bytes there */
} NameRosterEntry;

/* The names a scan gave of a whole text, for the memo: a names() that reads the text again
** with a context (the catalog reads a title with its summary as context just after indexing
** both) takes them from there when the context's people cannot change one of them (names()'s
** main scan, names_roster.c: name_scan_from_memo()). */
#define NAME_TEXT_NAMES_MAX 8          /* names kept of a text */
#define NAME_TEXT_NAMES_POOL 768       /* room for their keys and canonical forms */
#define NAME_TEXT_ASKED_WORDS 16       /* the filter of words asked: 512 bits */
typedef struct NameKept {
  size_t start, end;             /* byte offsets of the name as written */
  uint16_t iKey, iCanon;         /* its key and name_canon() in NameTextNames.zPool */
} NameKept;
typedef struct NameTextNames {
  int nName;                     /* names in aName, or -1: more than it holds */
  int nPushed;                   /* people of the text the scan put on its roster */
  /* a filter of every folded word and family key the scan asked its roster about: a person
  ** of a context whose words miss it would have been asked about in vain */
  uint32_t aAsked[NAME_TEXT_ASKED_WORDS];
  NameKept aName[NAME_TEXT_NAMES_MAX];
  int nPool;
  char zPool[NAME_TEXT_NAMES_POOL];
} NameTextNames;

/* A memo of names read, for a caller that reads many texts (the tokenizer, names() on a
** connection): a run of words read once is not read again. Used by one thread at a time. */
typedef struct NameCache NameCache;
NameCache *name_cache_new(void);                  /* NULL: out of memory */
void name_cache_free(NameCache *pCache);

/* Ask the scanners that read through pCache to keep the names each gives of a whole text
** (NameTextNames): a names() reads through it, and may read a text a scan read before. */
void name_cache_want_names(NameCache *pCache);

/* name_analyze(), from pCache when z[0..n) was read before (pCache may be NULL). */
int name_analyze_cached(const NameAuthority *pAuth, NameCache *pCache, const char *z, size_t n,
                        NameInfo *pInfo);

/* Where the first digit or line end at or after `from` is: `at` (from > at: not known). */
typedef struct NameDigitMemo {
  size_t from, at;
} NameDigitMemo;

typedef struct NameScanner {
  const NameAuthority *pAuth;
  NameCache *pCache;             /* or NULL */
  const char *z;
  size_t n;
  size_t off;                    /* where scanning goes on */
  const char *zContext;          /* a text about the same thing (a title), or NULL */
  size_t nContext;
  int lookedAhead;               /* the rest of the text was read for full names */
  NameDigitMemo digit;           /* the text's next digit, as the scan found it last */
  int nRoster;
  NameRosterEntry aRoster[NAME_ROSTER_MAX];   /* people named in full, in the order read */
  /* What the text gives a scanner that reads it as context (name_scanner_context()), kept in
  ** the memo when the scan ends: the people it names in full, read as a scan with no roster
  ** reads them, which this scan does while no word of it is one the roster holds. */
  int rosterUsed;                /* a word was read as one of a name the roster holds */
  int nRead;                     /* people in aRead, or -1: more than it holds, or given */
  NameRosterEntry aRead[NAME_TEXT_ROSTER_MAX];
  int nContextPushed;            /* people of the context put on the roster */
  NameTextNames names;           /* the names given so far, for the memo */
} NameScanner;

typedef struct NameFound {
  size_t start, end;             /* byte offsets of the name as written */
  NameInfo info;
} NameFound;

void name_scanner_init(NameScanner *p, const NameAuthority *pAuth, const char *z, size_t n);

/* Let the scanner keep what it reads in pCache (or forget it: NULL). After name_scanner_init(). */
void name_scanner_cache(NameScanner *p, NameCache *pCache);

/* Read a context text (say, the title while reading a summary: valid UTF-8, living as long as
** the scanner) for the people it names in full, so that a surname alone in the text resolves
** to them. Call it after name_scanner_init(), before name_scan_next(). */
void name_scanner_context(NameScanner *p, const char *zContext, size_t nContext);

/* The next person's name in the text: 1 with *pFound filled, 0 at the end. A surname alone
** resolves to the person the text (or its context) names in full with that surname: the last
** one before it, else the first one after it. */
int name_scan_next(NameScanner *p, NameFound *pFound);

/* Every name name_scan_next() would give, into *pOut, when the memo holds the names of a scan
** of the same text with no context and the context given cannot change them: 1, else 0 (then
** scan). Call it after name_scanner_context(), before name_scan_next(). */
int name_scan_from_memo(NameScanner *p, NameTextNames *pOut);

#endif
