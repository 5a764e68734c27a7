/*
** names_int.h: what the layers of the name engine share. Not an interface: names.h is.
**
** The engine reads a name in layers, a file each (names.h says what each layer does):
**
**   names_script.c     characters and scripts: the name cut into folded tokens, Hangul and
**                      Cyrillic romanized
**   names_structure.c  structure: titles, "Surname, Given", patronymics, the display form
**   names_spelling.c   spelling: Korean syllable classes, Wade-Giles to pinyin; a name's
**                      parts (family, given) by its culture, with names_vietnamese.c and
**                      names_western.c (renderings of a word in other languages folded)
**   names_authority.c  the authority: string maps, the tables of ext/data/ read once, the
**                      people and their spellings, and the lookups that resolve a person
**   names.c            analysis (the layers in turn), the canonical form, comparison
**   names_memo.c       the memo of names read and words classified (names.h's NameCache)
**   names_words.c      the words of free text: their ends, folds, classes and shapes
**   names_scan.c       names in free text, each on its own merits
**   names_roster.c     ... weighed against the people the text names in full
**   names_cases.c      a name of Russian text put back into the nominative
**
** Each layer uses only the layers above it in this list, and the authority's tables.
*/
#ifndef ARCHIVIST_NAMES_INT_H
#define ARCHIVIST_NAMES_INT_H

#include "names.h"
#include "arch_alloc.h"
#include "archivist_data.h"
#include "text.h"

#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------- string maps (authority) */

/* A map from strings to ints, open addressing. Its keys live in the authority's string pool
** (offsets, not pointers: the built-in authority is constant data that needs no relocation). */
typedef struct MapEntry {
  uint32_t iKey;           /* the key's offset in the pool; 0 for an empty slot */
  int32_t value;
  uint32_t nKey;
} MapEntry;

typedef struct Map {
  const MapEntry *a;
  unsigned nSlot;          /* a power of two */
  unsigned nUsed;
  const char *const *pzPool;   /* the pool its keys are in */
} Map;

const MapEntry *names_map_find(const Map *m, const char *z, int n);
int names_map_get(const Map *m, const char *z, int n, int dflt);

/* ---------------------------------------------------------------- the authority */

#define NAMES_MAX_PERSONS 8192
#define NAMES_AMBIGUOUS (-2)     /* a spelling that two people share */

/* A person of the authority. Strings are offsets in the pool (names_str()). */
typedef struct Person {
  uint32_t iPreferred;     /* the preferred form, as in the table */
  uint32_t iKey;           /* the key of the preferred form */
  uint32_t iFamily;        /* its family and given keys */
  uint32_t iGiven;
  int nGiven;
  NameCulture culture;
  int nextSameFamily;      /* the next person with the same family key, or -1 */
  int firstVariant;        /* the first of the person's spellings in aVariant, or -1 */
} Person;

/* Where a title stands in a name: bits of the title table's values. */
typedef enum TitlePlace {
  TITLE_BEFORE = 1,        /* "Premier Kim" */
  TITLE_AFTER = 2,         /* "Kádár elvtárs" */
  TITLE_EITHER = 3
} TitlePlace;

/* What a word can be in a name (the bits of NameAuthority.words): read once from the tables,
** so that the scanner of free text classifies a word with one look-up. */
typedef enum WordClass {
  WORD_TITLE_FIRST = 0x0001,     /* begins a title (TITLE_BEFORE's bit) */
  WORD_TITLE_LAST  = 0x0002,     /* ends a title (TITLE_AFTER's bit) */
  WORD_NOT_NAME    = 0x0004,     /* never part of a name: not_names.tsv */
  WORD_MODIFIER    = 0x0008,     /* a head word a name modifies: name_modifiers.tsv */
  WORD_COMMON      = 0x0010,     /* never a person alone: common_words.tsv 0 */
  WORD_COMMON_NAME = 0x0020,     /* a person alone only with support: common_words.tsv 1 */
  WORD_NAME        = 0x0040,     /* a word of a spelling the authority lists */
  WORD_GIVEN       = 0x0080,     /* a given name of the authority's Western people */
  WORD_SURNAME     = 0x0100,     /* a Korean or Chinese family name */
  WORD_DATE        = 0x0200,     /* a month or weekday name: never a person alone */
  WORD_PLACE_BEFORE= 0x0400,     /* makes a place of the name after it: "San", "Fort" */
  WORD_MODIFIER_CAPITAL = 0x0800, /* a head word when capitalized: "Mao Zedong Thought" */
  WORD_PLACE_FIRST = 0x1000,     /* begins a place that reads as a name: name_places.tsv */
  WORD_PARTICLE    = 0x2000,     /* a particle or article of names: name_particles.tsv */
  WORD_GIVEN_AFTER = 0x4000,     /* a given name written after the family: given_names.tsv 1 */
  WORD_CASE_MORE   = 0x8000,     /* (the scanner's, no table's) ends as a Hungarian case or a
                                 ** Polish or German genitive of a word of a known spelling:
                                 ** names_case_ending_more(), kept in the memo of words */
  /* The scanner's verdicts on a word from its letters and the tables alone, whatever stands
  ** around it (names_word_letter_bits()), kept in the memo of words with the bits above: */
  WORD_NOT_NAME_READ = 0x10000,  /* no part of a name: not_names.tsv, an acronym, a compound */
  WORD_NAMEISH     = 0x20000,    /* may be part of a name: a known word, a surname's ending... */
  WORD_INFLECTED   = 0x40000,    /* ends like an inflected English word (-ed, -ing, -ly) */
  WORD_FAMILY      = 0x80000     /* the family name a known Western person's spelling ends
                                 ** with ("dulles", "marshall"): name_word_is_family() */
} WordClass;

/* One spelling of a person, chained to the next. */
typedef struct NameVariant {
  uint32_t iSpelling;      /* offset in the pool */
  int next;                /* the person's next spelling, or -1 */
} NameVariant;

struct NameAuthority {
  const char *zPool;       /* every string, NUL-terminated, one after the other; offset 0 is "" */
  size_t nPool;
  size_t nPoolAlloc;       /* while building */
  int isBuiltin;           /* constant data compiled in (authority_data.c): never freed */
  Map titles;              /* folded title -> TitlePlace bits */
  Map words;               /* a folded word -> its WordClass bits, one look-up a word */
  Map koreanSurnames;      /* folded surname -> index of its canonical spelling in aCanon */
  Map chineseSurnames;     /* pinyin surname -> 1 */
  Map pinyin;              /* pinyin syllable -> 1 */
  Map wadeGiles;           /* folded Wade-Giles syllable -> index of its pinyin in aCanon */
  Map variants;            /* variant key -> person, or NAMES_AMBIGUOUS */
  Map preferred;           /* preferred form as written -> person */
  Map families;            /* family key -> first person with it */
  Map places;              /* a place that reads as a name, folded ("hong kong") -> 1 */
  Map familiesAlone;       /* a Western family name's key written alone, where it differs
                           ** from its key beside the given names ("Mielke") -> person */
  Map familyKeysAlone;     /* a Western family name written alone as several known people's
                           ** is ("Ceausescu" of Nicolae and Elena Ceaușescu), where its key
                           ** differs from theirs -> their family key's offset in the pool */
  Map givenOnly;           /* a Western person's first given name -> person, or AMBIGUOUS */
  Map patronymics;         /* "given patronymic" -> person, or AMBIGUOUS */
  uint32_t *aCanon;        /* strings the maps refer to by index (pool offsets) */
  int nCanon;
  Person *aPerson;
  int nPerson;
  NameVariant *aVariant;   /* every spelling, chained per person */
  int nVariant;
};

/* A string of the authority's pool. */
static inline const char *names_str(const NameAuthority *pAuth, uint32_t iOffset){
  return pAuth->zPool + iOffset;
}

/* The authority compiled into this build (build/gen/authority_data.c, made by
** ext/data/authority_gen.c at build time), or NULL where there is none (the generator). */
const NameAuthority *names_builtin_authority(void);

/* Build the authority from the tables, whatever names_builtin_authority() says: what the
** generator compiles in. */
ArchRc names_authority_build(NameAuthority **ppAuth);

/* ---------------------------------------------------------------- characters (names_script.c) */

#define NAMES_MAX_TOKENS 16
#define NAMES_TOKEN_BYTES 64

typedef enum Script { SCRIPT_LATIN = 0, SCRIPT_CYRILLIC, SCRIPT_HANGUL, SCRIPT_HAN } Script;

/* A word of a name. Its text z is folded: lower-case ASCII letters, ' and -; Hangul romanized
** syllable by syllable, joined by '-'; Cyrillic and Han as lower-case characters until
** names_romanize_cyrillic() romanizes the Cyrillic. */
typedef struct Tok {
  char z[NAMES_TOKEN_BYTES];
  int n;
  Script script;           /* the script of z: Cyrillic becomes Latin once romanized */
  Script written;          /* the script the token was written in */
  int period;              /* a period followed it */
  int comma;               /* the token is a comma */
  int caps;                /* written in capitals */
  int nSyllable;           /* Hangul: syllables romanized into it */
  int nLetters;            /* letters (of any script) read into it */
  int bracketed;           /* written inside [brackets]: an editor's insertion */
  size_t iStart, iEnd;     /* its bytes in the text: first letter to last, possessive left out */
  uint64_t camel;          /* bit i: z[i] began a syllable with an inner capital ("PoTa") */
  int lastLower;           /* (while reading) its last letter was lower case */
  size_t iLetterEnd;       /* (while reading) the end of its last letter so far */
  size_t iJoin;            /* (while reading) iLetterEnd when its last ' or - was read */
} Tok;

typedef struct Toks {
  const char *zText;       /* the text the tokens were read from (Tok.iStart, iEnd) */
  Tok a[NAMES_MAX_TOKENS];
  int n;
  int bad;                 /* digits, too many or too long tokens: not a name */
  int nInverted;           /* "Surname, Given" was turned round: the last nInverted tokens
                           ** are what stood before the comma */
} Toks;

/* An initial: one letter of any script ("A.", "Д."), or two Latin letters for one Cyrillic
** letter with its period ("Yu.", "Ju.", "Zh.", "Kh."), or for one sound ("Th."). */
int names_is_initial(const Tok *t);

/* Is token i of p, its last, a ruler's number: a Roman numeral in capitals without a period
** after a name ("Farouk I", "Pius XII"; a one-letter numeral is an initial when the name has
** another: "Ivanov V I")? */
int names_is_regnal(const Toks *p, int i);

/* Cut z[0..n) (valid UTF-8) into tokens; p->bad when it cannot be a name. */
void names_tokenize(const char *z, size_t n, Toks *p);

/* The next piece of a token's folded text from *pi: pieces are cut at '-', and with
** atCapitals also where an inner capital began a syllable ("Po-ta", "PoTa"; not for Western
** names: "McNamara"). Returns its length, with its offset in *pStart, and moves *pi past it;
** 0 at the end. */
int names_next_piece(const Tok *t, int *pi, int *pStart, int atCapitals);

/* Romanize the Cyrillic tokens by the name's culture (Palladius, Kontsevich, or Russian). */
void names_romanize_cyrillic(Toks *p);

/* The folded text of tokens a[i..j) joined by spaces into out (always NUL-terminated): its
** length, or -1 when it does not fit in nOut bytes (out is then ""). */
int names_join_tokens(const Toks *p, int i, int j, char *out, int nOut);

/* Fold a phrase of a table (a title, a surname, a syllable) as names fold their words:
** tokens joined by spaces. Returns the length, or -1. */
int names_fold_phrase(const char *z, char *out, int nOut);

/* ---------------------------------------------------------------- structure (names_structure.c) */

/* Length in tokens of the title that a[i..j) begins (TITLE_BEFORE) or ends (TITLE_AFTER), or
** that it is as a whole in either place (TITLE_EITHER, from the start), or 0. */
int names_title_at(const NameAuthority *pAuth, const Toks *p, int i, int j, TitlePlace place);

/* Drop titles before and after the name, around a comma too; true when one was dropped. */
int names_strip_titles(const NameAuthority *pAuth, Toks *p);

/* "Surname, Given" becomes "Given Surname"; a comma before a suffix ("Jr.") is dropped; any
** comma left is dropped. */
/* The folded word z[0..n) with ae, oe, ue read as the umlaut's letter into out (n+1 bytes),
** when z is no word of a known spelling or given name and that makes one ("guenter" ->
** "gunter"): its length, else 0. */
int names_umlaut_known(const NameAuthority *pAuth, const char *z, int n, char *out);
/* ae, oe, ue read as ä, ö, ü where that makes a known word ("Weizsaecker"). */
void names_umlaut_digraphs(const NameAuthority *pAuth, Toks *p);
void names_undo_inversion(Toks *p);

/* Put back first what stood before the comma of a name turned round, as an East Asian name is
** written, family first ("Pak, Mun-gyu": Pak Mun-gyu), for its display. */
void names_family_first(Toks *p);

/* Initials after a family name ("Ustinov D.F.", "Устинов Д. Ф.") move before it. */
void names_initials_first(Toks *p);
/* "Хрущев Никита Сергеевич" (family, given name, Russian patronymic) turned to given name,
** patronymic, family name. */
void names_patronymic_last(const NameAuthority *pAuth, Toks *p);
/* 'Joseph "Joe" Stalin': a nickname in quotation marks is dropped. */
void names_drop_nickname(Toks *p);
/* "Szamuely Tibor": a family name before a Hungarian given name goes last. */
void names_given_after_last(const NameAuthority *pAuth, Toks *p);
/* "GOMUŁKA Władysław": a family name in capitals first goes last. */
void names_capitals_last(const NameAuthority *pAuth, Toks *p);

/* A Russian patronymic: Sergeyevich, Mikhailovna, Sergejewitsch, Siergiejewicz. */
int names_is_patronymic(const Tok *t);
int names_is_patronymic_word(const char *z, int n);

/* True when the folded word z[0..n) ends with zSuffix (and is longer than it). */
int names_ends_with(const char *z, int n, const char *zSuffix);

/* The cleaned display form: titles dropped, the tokens as written, capitals where a name was
** written all in capitals or all in lower case, initials as "A.M.". Always valid UTF-8. */
void names_build_display(const char *z, const Toks *p, char *out, int nOut);

/* Initials "a m" fit given names "alexander mikhailovich"? */
int names_initials_fit(const char *zInitials, const char *zGiven);

/* ---------------------------------------------------------------- spelling (names_spelling.c) */

/* Fill pInfo's parts (family, given, nGiven, initialsOnly, culture) from the tokens, by the
** first culture whose form they have: Han, Korean, Chinese, else Western. 0 when no culture
** reads them (the parts are then cleared). */
int names_read_parts(const NameAuthority *pAuth, const Toks *p, NameInfo *pInfo);

/* Has folded z[0..n) the shape of one romanized East Asian syllable ("shek", "hon", "young";
** not "based", "style")? */
int names_syllable_shaped(const char *z, int n);

/* Fold the renderings of a (mostly Slavic) name word in other languages into one, in place;
** returns the new length (names_western.c). names_fold_western_cued() reads the word in the
** orthographies the whole name shows (names_western_name_cues()): a given name in its family
** name's language ("Michail Gorbatschow"). */
int names_fold_western(char *z, int n, int nMax);
unsigned names_western_name_cues(const Toks *p);
int names_western_cues_slavic(unsigned nameCues);   /* has a word of the name a Slavic ending? */
int names_fold_western_cued(char *z, int n, int nMax, unsigned nameCues);

/* A library authority heading (names_heading.c): "Stalin, Joseph, 1879-1953". */
typedef struct NameHeading {
  size_t nName;                  /* bytes of the name before the life dates */
  int born, died;                /* life years, 0 when not given */
  size_t iFuller, nFuller;       /* a fuller form of the given names in parentheses, or 0 */
} NameHeading;

/* Is z[0..n) a heading: a name, a comma and life dates filling the rest? 1 with *p set. */
int names_read_heading(const char *z, size_t n, NameHeading *p);

/* The name of heading z (read by names_read_heading()) into out, the fuller form of the given
** names in place of what it stands for ("Smith, J. (John)": "Smith, John"); its length, or 0
** when it does not fit nOut. */
size_t names_heading_name(const char *z, const NameHeading *p, char *out, size_t nOut);

/* Is folded Latin syllable z[0..n) a Vietnamese surname ("nguyen", "le", "pham")? */
int names_is_vietnamese_surname(const char *z, int n);

/* A Vietnamese name's parts, as names_read_parts() reads each culture (names_vietnamese.c): 1
** with pInfo's parts set, 0 when the tokens are no Vietnamese name; with needMiddle, only a
** name with a Vietnamese surname and a Vietnamese middle name second (Чан Ван Ча). */
int names_parts_vietnamese(const NameAuthority *pAuth, const Toks *p, int needMiddle,
                           NameInfo *pInfo);

/* A folded Korean surname's canonical spelling index (in aCanon), or -1; a Chinese surname. */
int names_is_korean_surname(const NameAuthority *pAuth, const char *z, int n);
int names_is_chinese_surname(const NameAuthority *pAuth, const char *z, int n);

/* ---------------------------------------------------------------- authority (names_authority.c) */

/* The WordClass bits of a folded word, 0 when the tables know nothing of it. */
int names_word_class(const NameAuthority *pAuth, const char *z, int n);

/* The person a key is a listed spelling of, -1, or NAMES_AMBIGUOUS. */
int names_lookup_variant(const NameAuthority *pAuth, const char *zKey);

/* The one known person a surname alone, or with initials, fits; -1 when none or several. */
int names_lookup_family(const NameAuthority *pAuth, const NameInfo *pInfo);

/* The one known Western person of a name's family whose first given name is the name's one
** given name ("John Dulles": John Foster Dulles); -1 when none or several (names.c). */
int names_first_given_person(const NameAuthority *pAuth, const NameInfo *pInfo);

/* Where the word zText[start..end) of free text ends without a possessive ("Kim's",
** "Kim’s": the apostrophe's offset), or end when it has none. */
size_t names_possessive_at(const char *zText, size_t start, size_t end);

/* Where the title z[0..n) (words folded as the scanner folds them; z has room for one byte
** more) stands (TitlePlace bits), or 0. The table's titles are folded as phrases, which
** romanize Cyrillic ("посол" as Kontsevich reads it), where a word of text keeps its script: a
** title in Cyrillic is looked up so folded too. */
int names_title_place(const NameAuthority *pAuth, char *z, int n);

/* True when some known person of a Western name (western) or of an East Asian one has this
** family key: "Phu", read as a Western word, folds to the "fu" of Fu Zuoyi, yet names no one. */
int names_is_known_family(const NameAuthority *pAuth, const char *zFamily, int western);

/* The one person a given name alone ("Saddam") or a given name with a patronymic ("Georgy
** Maximilianovich") names; -1 when none or several. */
int names_lookup_given(const NameAuthority *pAuth, const NameInfo *pInfo);

/* How the given names of two names with one family name relate, word by word in order:
** NAME_SAME when every word agrees (equal, or an initial of the other's word) and what one
** side has beyond the other is initials only ("Julius K." and "Julius"), NAME_PARTIAL when one
** side leaves a given name of the other uncovered ("J." and "John Henry"), else
** NAME_DIFFERENT. */
NameMatch names_given_relation(const char *zA, const char *zB);

/* Fill *pInfo with a known person's parts. */
void names_person_info(const NameAuthority *pAuth, int person, NameInfo *pInfo);

/* ---------------------------------------------------------------- analysis (names.c) */

/* The layers without the authority's people: characters, structure, spelling. Returns 1 with
** pInfo's key, parts, titledKey and display set (person -1), or 0 when the text holds no
** name. A title alone ("Dear Leader") returns 0 with titledKey set. The authority uses it to
** read its own tables while it is being built. */
int names_analyze_spelling(const NameAuthority *pAuth, const char *z, size_t n,
                           NameInfo *pInfo);

/* The reading of z[0..n), a name in Cyrillic whose last word Russian declines ("Ким Ир
** Сеном"), in the nominative, when that names a known person: 1 with *pInfo set, else 0
** (names_cases.c). */
int names_decline_cyrillic(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                           size_t n, NameInfo *pInfo);
/* The same for a name in Latin letters by the endings of Polish and Czech ("Kim Ir Senem",
** "Gomułką", "A. Novotným"). */
int names_decline_latin(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                        size_t n, NameInfo *pInfo);
/* The same by the endings of Hungarian ("Kádárral", "Rákosinak"), of the Polish genitive
** ("Gomułki", "Cyrankiewicza") and the German genitive in -s ("Ulbrichts"): 1 with *pInfo the
** person's when one reading names a known person; a German genitive of one word also when it
** is a known family name ("Honeckers", of Erich or Margot). */
int names_decline_more(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                       size_t n, NameInfo *pInfo);

/* The same by the genitive of Czech, Slovak and Polish (genitive_endings.tsv: "Brežněva",
** "Gomułky", "Gierka", "Edwarda"), which the scanner tries only after a word that governs it
** (names_genitive_governed()). */
int names_decline_genitive(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                           size_t n, NameInfo *pInfo);

/* Does a word of genitive_heads.tsv ("Návštěva", "List", "do", "z") stand right before z[at],
** past spaces, so that a name after it may be in the genitive ("Návštěva Brežněva")? */
int names_genitive_governed(const char *z, size_t at);

/* May the capitalized word z[start..end) (folded zFold[0..nFold)) be a name in a Hungarian
** case, or in the German genitive (names_decline_more())? A cheap test for the scanner. */
int names_case_ending_more(const NameAuthority *pAuth, const char *z, size_t start, size_t end,
                           const char *zFold, int nFold);

/* Jaro-Winkler similarity of two strings, 0 to 1. */
double names_jaro_winkler(const char *a, const char *b);

/* Building the authority (names_authority.c): the entry of z in m, made (value dflt) when
** absent, NULL when out of memory; is a person named whole (people_named_whole.tsv)? is q's
** family name a compound one his heading gives? the person of a preferred form, added when
** new. And the derived spellings (names_derived.c), indexed once every listed spelling is in. */
MapEntry *names_map_entry(NameAuthority *pAuth, Map *m, const char *z, int n, int dflt);
int names_named_whole(const char *zPreferred, size_t n);
int names_family_is_compound(const NameAuthority *pAuth, const Person *q);
ArchRc names_find_or_add_person(NameAuthority *pAuth, const char *zPreferred, int *pPerson);
ArchRc names_load_derived(NameAuthority *pAuth);

/* ---------------------------------------------------------------- the scanner (names_scan.c) */

/* A text being read for names, and the authority that reads them. */
typedef struct ScanText {
  const NameAuthority *pAuth;
  NameCache *pCache;
  const NameScanner *pRoster;   /* the people named in full so far, or NULL */
  int *pRosterUsed;             /* set when a word is read as one of a name pRoster holds */
  uint32_t *pAsked;             /* pRoster's filter of the words it was asked about */
  const char *z;
  size_t n;
  NameDigitMemo *pDigit;            /* kept for as long as the text is read */
} ScanText;

/* A name found by next_candidate(), with how its one word may stand alone. */
typedef struct Candidate {
  int titled;              /* a title stands before it */
  int alone;               /* Word.alone of a one-word name; -1 for longer names */
  char lastWord[32];       /* its last word folded (Word.zFold), if in Latin letters */
  char familyWord[32];     /* its family name's word so: the first word of an East Asian
                           ** name, else the last that is no initial ("Andropov Yu. V.") */
} Candidate;

/* ---------------------------------------------------------------- words (names_words.c) */

#define WORD_FOLD_BYTES 48        /* room for a word folded (names_words.c's fold_word_at()) */

/* A word of free text: letters with inner apostrophes and hyphens; an initial keeps its
** period ("A.M." is one word). */
typedef struct Word {
  size_t start, end;       /* bytes of the word */
  int capital;             /* begins with a capital, or is in a script without case */
  int acronym;             /* two or more capitals and nothing else: "DPRK", "KWP" */
  int breakBefore;         /* punctuation (not a plain space) stands before it */
  int hyphenCapital;       /* an ASCII hyphen inside it stands before a capital: "Tito-Stalin" */
  int notName;             /* set by names_classify_run(): no part of a name */
  int nameish;             /* ... may be part of one (a word a known name uses, a surname) */
  int titleLen;            /* ... the words of the title that starts here, or 0 */
  int modifier;            /* ... a head word a name modifies: "Square", "Prize" */
  int placeBefore;         /* ... a word that makes a place of the name after it: "San" */
  int placeFirst;          /* ... the first word of a place that reads as a name: "Hong" */
  int alone;               /* ... alone, never a person (0), a person only with a title or a
                           ** full name in the text (1), or like any name (-1) */
  int given;               /* ... a given name the authority's people bear */
  int dateGiven;           /* ... a month's name that is a given name too, before a name and
                           ** after no word that makes it a month: "Jan Kessler", not "in
                           ** August Ulbricht" */
  int surname;             /* ... a Korean or Chinese family name */
  int inflected;           /* ... ends like an inflected English word: -ed, -ing, -ly */
  int known;               /* ... a word of a spelling the authority lists */
  int particle;            /* set by names_next_run(): a lower-case particle inside a name */
  int capParticle;         /* ... a capitalized one, never a name alone: "Van Fleet" */
  int regnal;              /* ... a Roman numeral that ends a name: "Paul VI", "Hassan II" */
  int initial;             /* ... an initial: "A.", "Yu." */
  int inRoster;            /* ... the last word of a name the text gives in full */
  int caseMore;            /* ... WORD_CASE_MORE: a case of a known spelling's word */
  int nFold;               /* ... its folded form (fold_word_at()) in zFold, or 0 */
  char zFold[WORD_FOLD_BYTES];
} Word;

/* The word z[0..n) in lower case into out (nOut bytes, NUL-terminated): 1 when it is ASCII
** letters only and fits, else 0 (names_words.c). */
int names_ascii_lower(const char *z, size_t n, char *out, size_t nOut);

/* Read the word at or after *pOff into *w, *pOff after it; 0 at the end of the text. */
int names_scan_word(const char *z, size_t n, size_t *pOff, Word *w);

/* Word w folded into buf (nBuf bytes), as names fold a word, and its class bits
** (names_word_class()) in *pBits, through the text's memo of words: the fold's length, or -1. */
int names_fold_and_class(const ScanText *p, const Word *w, char *buf, int nBuf, int *pBits);

/* The bits WORD_NOT_NAME_READ, WORD_NAMEISH and WORD_INFLECTED of word w (read by
** names_scan_word()), folded zFold[0..nFold), whose class bits are `bits` (names_runs.c). */
int names_word_letter_bits(const ScanText *p, const Word *w, const char *zFold, int nFold,
                           int bits);

/* Does the lower-case word z[start..end) begin with an Arabic article hyphenated to a capital
** ("al-Sadat") or the elided d' ("d'Estaing"), and so stand as a capitalized word? */
int names_article_before_capital(const char *z, size_t start, size_t end);

/* Does folded z[0..n) end as a Slavic, Romanian, Georgian or Armenian surname does (-ov,
** -ska, -enko, -escu, -idze ...)? nounSka: the word is Cyrillic in -ска, a noun's ending. */
int names_surname_ending(const char *z, int n, int nounSka);

/* Does word w end in Cyrillic -ска? */
int names_cyrillic_ska(const ScanText *p, const Word *w);

/* Does folded z[0..n) end as an inflected English word (-ed, -ing, -ly)? */
int names_ends_inflected(const char *z, int n);

/* Do the two letters at z stand for one Cyrillic letter as an initial ("Yu", "Zh", "Kh")? */
int names_digraph_initial(const char *z);

/* Is w initials, each letter (or digraph) with its period ("A.", "A.M.", "Н.С.", "Yu.V.")? */
int names_initials_word(const ScanText *p, const Word *w);

/* The first known person's spelling inside word w, a word of Han and kana only that is no
** person's name itself (names_unspaced.c): into *pFound (its info, start and end). 0 when
** none, or when w is in other letters. */
int names_unspaced_inside(const ScanText *p, const Word *w, NameFound *pFound);

#define RUN_MAX_WORDS 8            /* words of a run of capitalized words */

/* The next run of capitalized words from *pOff into a[0..RUN_MAX_WORDS), *pOff after it: how
** many words, 0 at the end of the text (names_runs.c). */
int names_next_run(const ScanText *p, size_t *pOff, Word *a);

/* Fold and classify each word of the run a[0..k) (names_runs.c): Word's fields "set by
** names_classify_run()". */
void names_classify_run(const ScanText *p, Word *a, int k);

/* Does the word at z[start] (a capitalized word of a run) begin with a Latin letter: an ASCII
** capital, or one with a mark of Latin-1 or Latin Extended-A ("Široký", "Łukaszewicz",
** "Čou En-laj", "Ádám")? Only such words are read in the cases of Latin letters. */
static inline int names_latin_initial(const char *z, size_t start){
  unsigned char c = (unsigned char)z[start];
  return (c>='A' && c<='Z') || (c>=0xC3 && c<=0xC5);
}

/* Does the capitalized word z[start..end) end, as written, with an ending of Polish or Czech
** cases (latin_case_endings.tsv: "Brežněvem", "Jaruzelskim")? (names_runs.c) */
int names_latin_case_ending(const char *z, size_t start, size_t end);

/* The word of ASCII letters that ends where plain spaces before `at` begin: its length, its
** start in *pStart; 0 when punctuation, a line end or another script stands there
** (names_scan.c). */
size_t names_word_before(const char *z, size_t at, size_t *pStart);

/* Does a word inside a[0..nWord) link a father's name, "bin", "ibn" or "bint" in lower case
** ("Qaboos bin Said")? (names_scan.c) */
int names_nasab_inside(const ScanText *p, const Word *a, int nWord);

/* Open a text for reading (pDigit: its memo of digits, kept by the caller, {1, 0} when new). */
void names_scan_text_open(ScanText *p, const NameAuthority *pAuth, NameCache *pCache,
                          NameScanner *pRoster, const char *z, size_t n,
                          NameDigitMemo *pDigit);

/* The people text z[0..n) names in full, as a scan with no roster reads them (each marked
** inContext), when the memo holds them: their number, the entries in *paEntry; else -1. */
int name_text_roster_get(const NameCache *p, const char *z, size_t n,
                         const NameRosterEntry **paEntry);

/* Keep what a scan of text z[0..n) with no context read: the nEntry people of a[] it names in
** full (nEntry -1: not known), and the names it gave (pNames->nName -1: not known). A text
** longer than the memo holds is not kept. */
void name_text_memo_put(NameCache *p, const char *z, size_t n, const NameRosterEntry *a,
                        int nEntry, const NameTextNames *pNames);

/* Has name_cache_want_names() been called? */
int name_cache_wants_names(const NameCache *p);

/* The names a scan of text z[0..n) with no context gave, when the memo holds them: else NULL. */
const NameTextNames *name_text_names_get(const NameCache *p, const char *z, size_t n);

/* The filter of the words (and family keys) the roster was asked about (NameTextNames.aAsked):
** three of its bits a string, from its length and three of its bytes (a false "maybe" costs a
** scan; a hash of every byte, asked of every word of every run, would cost more). */
#define NAME_ASKED_MASK (NAME_TEXT_ASKED_WORDS*32 - 1)
static inline uint32_t name_asked_hash(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  if( n==0 ) return 0x9E3779B1u;            /* an empty family key is asked about too */
  return ((uint32_t)n*0x01000193u ^ u[0]*0x9E3779B1u ^ u[n/2]*0x85EBCA77u ^ u[n-1]*0xC2B2AE3Du)
         * 0x27D4EB2Fu;
}

/* Note that the roster was asked about z[0..n). */
static inline void name_asked_note(uint32_t *aAsked, const char *z, size_t n){
  uint32_t h = name_asked_hash(z, n);
  aAsked[(h & NAME_ASKED_MASK)>>5] |= 1u << (h & 31);
  aAsked[((h>>9) & NAME_ASKED_MASK)>>5] |= 1u << ((h>>9) & 31);
  aAsked[((h>>18) & NAME_ASKED_MASK)>>5] |= 1u << ((h>>18) & 31);
}

/* May the roster have been asked about the string z? (0: it was not.) */
static inline int name_asked_maybe(const uint32_t *aAsked, const char *z){
  uint32_t h = name_asked_hash(z, strlen(z));
  return (aAsked[(h & NAME_ASKED_MASK)>>5] & (1u << (h & 31)))
      && (aAsked[((h>>9) & NAME_ASKED_MASK)>>5] & (1u << ((h>>9) & 31)))
      && (aAsked[((h>>18) & NAME_ASKED_MASK)>>5] & (1u << ((h>>18) & 31)));
}

/* names_things.c: capitalized words that name a thing, a place or a ship, not a person. Does
** a number follow z[i] past a period and spaces ("No. 54")? Is the name that ends at
** a[iEnd-1] (its written end nameEnd) a thing's modifier ("Kim Il Sung Square")? Do the words
** before a run at `at` make a thing of it ("the cruiser Admiral Nakhimov")? Is w a navy's
** prefix ("USS")? */
int names_number_follows(const ScanText *p, size_t i);
int names_a_thing(const ScanText *p, const Word *a, int k, int iEnd, size_t nameEnd);
int names_thing_before(const ScanText *p, size_t at);
int names_ship_prefix(const ScanText *p, const Word *w);

/* The next name in the text from *pOff, on its own merits (no other mention of the person
** considered): 1 with *pFound and *pCand set and *pOff after it, 0 at the end. The roster
** (names_roster.c) weighs it against the other names of the text. */
int names_next_candidate(const ScanText *p, size_t *pOff, NameFound *pFound, Candidate *pCand);

/* ---------------------------------------------------------------- the memo (names_memo.c) */


/* The word z[0..n) as written, if the memo holds it: its fold, NUL-terminated, into zFold
** (WORD_FOLD_BYTES) and its class bits (names_word_class()) into *pBits; returns the fold's
** length (-1: the word has none), or -2 when the memo does not hold the word. */
int name_word_memo_get(const NameCache *p, const char *z, size_t n, char *zFold, int *pBits);

/* Remember word z[0..n)'s fold zFold[0..nFold) (-1: none) and class bits, unless the word or
** its fold is longer than the memo keeps; it takes the place of the word that was there. */
void name_word_memo_put(NameCache *p, const char *z, size_t n, const char *zFold, int nFold,
                        int bits);

#endif
