/*
** search.c: search-box text as a safe FTS5 query. See search.h for the rules.
**
** Three steps: lex() cuts the text into items (quoted phrases, date expressions, words),
** mark_names() finds the runs of words that name a person the authority knows, and
** write_query() writes every item as an FTS5 term, joined with AND.
*/
#include "search.h"
#include "search_int.h"
#include "archivist_data.h"
#include "arch_alloc.h"
#include "dates.h"
#include "text.h"
#include "tokenize.h"

#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- items */

static ArchRc items_add(Items *p, const Item *pItem){
  if( p->n==p->nAlloc ){
    size_t nNew = p->nAlloc ? p->nAlloc*2 : 16;
    Item *aNew = arch_realloc(p->a, nNew*sizeof(Item));
    if( aNew==0 ) return ARCH_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  p->a[p->n++] = *pItem;
  return ARCH_OK;
}

/* ---------------------------------------------------------------- lexing */

/* The character at z[i] (i < n; z is valid UTF-8): its length, its code point in *pCp. */
static int char_at(const char *z, size_t n, size_t i, uint32_t *pCp){
  return text_utf8_decode((const unsigned char*)z + i, n - i, pCp);
}

static int is_word_char_at(const char *z, size_t n, size_t i){
  uint32_t cp;
  if( i>=n ) return 0;
  char_at(z, n, i, &cp);
  return text_is_word_char(cp);
}

/* A character that joins two runs of letters and digits into one word: a hyphen or dash, an
** apostrophe, a period ("Il-sung", "O'Neill", "A.M."). */
static int is_joiner(uint32_t cp){
  return text_is_dash(cp) || text_is_apostrophe(cp) || cp=='.';
}

/* The word that starts at z[i]: sets the item's end (before a possessive 's), its runs and
** whether it holds letters only; returns where the text goes on (after the possessive). */
static size_t lex_word(const char *z, size_t n, size_t i, Item *pItem){
  size_t j = i, runStart = i, apostrophe = 0;
  int afterApostrophe = 0;
  pItem->kind = ITEM_WORD;
  pItem->start = i;
  pItem->letters = 1;
  pItem->nRuns = 0;
  for(;;){
    uint32_t cp;
    int len = 0;
    runStart = j;
    while( j<n && (len = char_at(z, n, j, &cp))>0 && text_is_word_char(cp) ){
      if( !text_is_letter(cp) && !text_is_mark(cp) ) pItem->letters = 0;
      j += (size_t)len;
    }
    pItem->nRuns++;
    if( j<n && (len = char_at(z, n, j, &cp))>0 && is_joiner(cp)
     && is_word_char_at(z, n, j + (size_t)len) ){
      afterApostrophe = text_is_apostrophe(cp);
      if( afterApostrophe ) apostrophe = j;
      j += (size_t)len;
      continue;
    }
    break;
  }
  pItem->end = j;
  /* "Stalin's": the last run is an "s" after an apostrophe */
  if( afterApostrophe && pItem->nRuns>1 && j-runStart==1 && (z[runStart]|0x20)=='s' ){
    pItem->end = apostrophe;
    pItem->nRuns--;
  }
  return j;
}

/* A "*" at z[i] that ends a word or a phrase (no letter or digit follows): the length to
** skip, or 0. */
static size_t prefix_mark(const char *z, size_t n, size_t i){
  return i<n && z[i]=='*' && !is_word_char_at(z, n, i+1) ? 1 : 0;
}

/* The phrase whose opening quotation mark is at z[i] (nQuote bytes): sets the item to the text
** inside; returns where the text goes on. An unclosed phrase runs to the end. */
static size_t lex_phrase(const char *z, size_t n, size_t i, int nQuote, Item *pItem){
  size_t j = i + (size_t)nQuote;
  pItem->kind = ITEM_PHRASE;
  pItem->start = j;
  pItem->letters = 0;
  while( j<n ){
    uint32_t cp;
    int len = char_at(z, n, j, &cp);
    if( text_is_double_quote(cp) ){
      pItem->end = j;
      return j + (size_t)len;
    }
    j += (size_t)len;
  }
  pItem->end = n;
  return n;
}

static int has_word_char(const char *z, size_t start, size_t end){
  size_t j;
  for(j=start; j<end; ){
    uint32_t cp;
    j += (size_t)char_at(z, end, j, &cp);
    if( text_is_word_char(cp) ) return 1;
  }
  return 0;
}

/* A date the scanner found is a term when it holds no quotation mark (it would cross a phrase)
** and does not end inside a word. */
static int date_fits(const char *z, size_t n, const ArchDateMatch *pMatch){
  size_t j;
  for(j=pMatch->start; j<pMatch->end; ){
    uint32_t cp;
    j += (size_t)char_at(z, n, j, &cp);
    if( text_is_double_quote(cp) ) return 0;
  }
  return !is_word_char_at(z, n, pMatch->end);
}

static void date_item(const ArchDateMatch *pMatch, Item *pItem){
  int m, d;
  pItem->kind = ITEM_DATE;
  pItem->start = pMatch->start;
  pItem->end = pMatch->end;
  arch_civil_from_days(pMatch->date.first, &pItem->yearFirst, &m, &d);
  arch_civil_from_days(pMatch->date.last, &pItem->yearLast, &m, &d);
}

/* The operator a word is: ITEM_OR, ITEM_NOT, ITEM_WORD for AND (which changes nothing: the
** terms are ANDed), or 0 for a word. In capitals, as FTS5 and search engines write them. */
static int operator_word(const char *z, const Item *pItem){
  size_t n = pItem->end - pItem->start;
  const char *w = z + pItem->start;
  if( pItem->prefix || pItem->nRuns!=1 ) return 0;
  if( n==2 && memcmp(w, "OR", 2)==0 ) return ITEM_OR;
  if( n==3 && memcmp(w, "NOT", 3)==0 ) return ITEM_NOT;
  if( n==3 && memcmp(w, "AND", 3)==0 ) return ITEM_WORD;
  if( n==4 && memcmp(w, "NEAR", 4)==0 ) return ITEM_NEAR;
  return 0;
}

/* The distance of FTS5's NEAR group typed by hand, at z[i] after the terms: ", 10)" (white
** space allowed around the number). Its length up to the ")", or 0. The number is no term:
** NEAR(Zhou Kim, 10) searches Zhou and Kim. */
static size_t near_distance(const char *z, size_t n, size_t i){
  size_t j = i + 1, digits;
  if( i>=n || z[i]!=',' ) return 0;
  while( j<n && (z[j]==' ' || z[j]=='\t') ) j++;
  for(digits=j; j<n && z[j]>='0' && z[j]<='9'; j++){}
  if( j==digits ) return 0;
  while( j<n && (z[j]==' ' || z[j]=='\t') ) j++;
  return j<n && z[j]==')' ? j - i : 0;
}

/* A field label before a colon, as search boxes take it ("title:Zhou", "summary:Juche"):
** the word at z[pItem->start..pItem->end), listed in search_field_labels.tsv, with a colon
** right after it and a word or a quotation mark right after the colon. The label is dropped
** and the term after it searched in every column: the table's columns are not known here,
** and a column filter on a column it lacks would be an error. */
static int field_label(const char *z, size_t n, const Item *pItem){
  size_t i = pItem->end, len = pItem->end - pItem->start;
  uint32_t cp;
  if( pItem->kind!=ITEM_WORD || pItem->prefix || pItem->nRuns!=1 || i+1>=n || z[i]!=':'
   || len<(size_t)arch_data_search_field_labels_min_key
   || len>(size_t)arch_data_search_field_labels_max_key ){
    return 0;
  }
  char_at(z, n, i+1, &cp);
  return (text_is_word_char(cp) || text_is_double_quote(cp))
      && arch_data_find(arch_data_search_field_labels, arch_data_search_field_labels_count,
                        z + pItem->start, len)!=0;
}

/* A "-" at z[i] that starts the text or follows white space and stands right before a word or
** a phrase: "Kim -Stalin", -"Soviet Union". */
static int is_minus(const char *z, size_t n, size_t i, size_t spaceEnd){
  uint32_t cp;
  if( z[i]!='-' || (i>0 && i!=spaceEnd) || i+1>=n ) return 0;
  char_at(z, n, i+1, &cp);
  return text_is_word_char(cp) || text_is_double_quote(cp);
}

/* Cut z[0..n) into items. A date expression is taken where an item would start; the scanner
** reads the whole text once, ahead of the lexer. */
static ArchRc lex(const char *z, size_t n, Items *pItems){
  ArchDateScanner scanner;
  ArchDateMatch date;
  int haveDate, onlySpace = 0, inNear = 0;
  size_t i = 0, wordEnd = 0, spaceEnd = 0, skip;
  arch_date_scanner_init(&scanner, z, n);
  haveDate = arch_date_scan_next(&scanner, &date);
  while( i<n ){
    Item item;
    uint32_t cp;
    int len = text_space_len(z + i, n - i), op = 0;
    ArchRc rc;
    if( len>0 ){
      i = spaceEnd = i + (size_t)len;
      continue;
    }
    while( haveDate && date.start<i ) haveDate = arch_date_scan_next(&scanner, &date);
    memset(&item, 0, sizeof(item));
    item.afterSpace = onlySpace;
    len = char_at(z, n, i, &cp);
    if( text_is_double_quote(cp) ){
      i = lex_phrase(z, n, i, len, &item);
      if( !has_word_char(z, item.start, item.end) ){
        onlySpace = 0;
        continue;
      }
    }else if( haveDate && date.start==i && date_fits(z, n, &date) ){
      date_item(&date, &item);
      i = date.end;
    }else if( text_is_word_char(cp) ){
      i = wordEnd = lex_word(z, n, i, &item);
    }else if( is_minus(z, n, i, spaceEnd) ){
      item.kind = ITEM_NOT;
      i++;
    }else if( inNear && (skip = near_distance(z, n, i))>0 ){
      i += skip;                             /* NEAR(a b, 10): the 10 is no term */
      onlySpace = 0;
      continue;
    }else{
      /* a separator; the period of an initial or an abbreviation keeps a name together, and
      ** the apostrophe of a plural's possessive a state's or a party's ("Korean Workers'
      ** Party") */
      if( !((cp=='.' || text_is_apostrophe(cp)) && i==wordEnd) ) onlySpace = 0;
      if( cp==')' ) inNear = 0;
      i += (size_t)len;
      continue;
    }
    if( (item.kind==ITEM_WORD || item.kind==ITEM_PHRASE)
     && (len = (int)prefix_mark(z, n, i))>0 ){
      item.prefix = 1;
      i += (size_t)len;
    }
    if( item.kind==ITEM_WORD && (op = operator_word(z, &item))!=0 ){
      if( op==ITEM_WORD ){                   /* AND, in any text: nothing to add */
        onlySpace = 0;
        continue;
      }
      item.kind = (ItemKind)op;
      item.operatorWord = op;
      if( op==ITEM_NEAR ) inNear = i<n && z[i]=='(';
    }else if( field_label(z, n, &item) ){
      i++;                                   /* "title:Zhou": the colon, and the label, go */
      onlySpace = 0;
      continue;
    }
    if( (rc = items_add(pItems, &item))!=ARCH_OK ) return rc;
    onlySpace = item.kind==ITEM_WORD || item.kind==ITEM_PHRASE || item.kind==ITEM_DATE;
  }
  return ARCH_OK;
}

/* Is some letter of the words and phrases a capital, and none lower case? */
static int all_capitals(const char *z, const Items *pItems){
  size_t k, i;
  int nUpper = 0;
  for(k=0; k<pItems->n; k++){
    const Item *p = &pItems->a[k];
    if( p->kind!=ITEM_WORD && p->kind!=ITEM_PHRASE ) continue;
    for(i=p->start; i<p->end; ){
      uint32_t cp;
      i += (size_t)char_at(z, p->end, i, &cp);
      if( text_is_lower(cp) ) return 0;
      nUpper += text_is_upper(cp);
    }
  }
  return nUpper>0;
}

/* In text typed all in capitals, capitals say nothing: OR and NOT are words of it ("WHY NOT
** PEACE"). */
static void operators_as_words(const char *z, Items *pItems){
  size_t k;
  if( !all_capitals(z, pItems) ) return;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].operatorWord ) pItems->a[k].kind = ITEM_WORD;
  }
}

/* ---------------------------------------------------------------- names */

static int nameable(const Item *p){
  return p->kind==ITEM_WORD && p->letters && !p->prefix;
}

/* The person the authority knows whose name, without a title, z[0..n) is, in the nominative
** or in a case ("Ким Ир Сеном", "Никиты Хрущева", whose first words alone would name another:
** Ким Ир is Kim Il); -1 when none. */
static int person_named(const NameAuthority *pAuth, const char *z, size_t n){
  NameInfo info;
  if( n>NAME_MAX_INPUT || !name_analyze_inflected(pAuth, z, n, &info) || name_is_titled(&info) ){
    return -1;
  }
  return info.person;
}

static int same_words(const char *a, size_t na, const char *b, size_t nb);

/* The person whose spelling, with its title, z[0..n) is ("Chairman Mao", "Premier Zhou",
** which people_*.tsv list), or -1: typed, it is the person, as the tokenizer puts no title
** of a spelling at a document's names ("chairman" would find every "Mao Zedong"). A title
** before a name the authority does not list with it ("Premier Kim Il Sung") stays a word.
** Only text whose first word is a title (name_titles.tsv) is read: the cost of a search. */
static int person_titled(const NameAuthority *pAuth, const char *z, size_t n){
  const char *az[64];
  NameInfo info;
  int nVariant, v;
  size_t nFirst = 0;
  while( nFirst<n && z[nFirst]!=' ' && z[nFirst]!='.' ) nFirst++;   /* a title first? */
  if( nFirst<(size_t)arch_data_name_titles_min_key || nFirst>(size_t)arch_data_name_titles_max_key
   || !arch_data_find(arch_data_name_titles, arch_data_name_titles_count, z, nFirst) ){
    return -1;
  }
  if( n>NAME_MAX_INPUT || !name_analyze(pAuth, z, n, &info) || !name_is_titled(&info)
   || info.person<0 ){
    return -1;
  }
  nVariant = name_person_variants(pAuth, info.person, az, 64);
  for(v=0; v<nVariant; v++){
    if( same_words(z, n, az[v], strlen(az[v])) ) return info.person;
  }
  return -1;
}

/* Mark the names: at each word, the longest run of 2 to SEARCH_MAX_NAME_WORDS words, with
** only white space between them, that names a known person. */
static void mark_names(const char *z, Items *pItems, const NameAuthority *pAuth){
  Item *a = pItems->a;
  size_t i = 0;
  if( pAuth==0 ) return;
  while( i<pItems->n ){
    size_t run = 0, k;
    while( i+run<pItems->n && run<SEARCH_MAX_NAME_WORDS && nameable(&a[i+run])
        && (run==0 || a[i+run].afterSpace) ){
      run++;
    }
    for(k=run; k>=2; k--){
      size_t nRun = a[i+k-1].end - a[i].start;
      a[i].person = person_named(pAuth, z + a[i].start, nRun);
      if( a[i].person<0 ) a[i].person = person_titled(pAuth, z + a[i].start, nRun);
      if( a[i].person>=0 ) break;
    }
    if( k>=2 ){
      a[i].nameWords = (int)k;
      i += k;
    }else{
      i++;
    }
  }
}

/* ---------------------------------------------------------------- function words */

/* Is the item a word of search_function_words.tsv ("of", "the", "and"), outside quotes? */
int search_function_word(const char *z, const Item *p){
  size_t n = p->end - p->start;
  return p->kind==ITEM_WORD && !p->prefix && p->nRuns==1 && p->nameWords==0
      && p->groupWords==0
      && n>=(size_t)arch_data_search_function_words_min_key
      && n<=(size_t)arch_data_search_function_words_max_key
      && arch_data_find(arch_data_search_function_words, arch_data_search_function_words_count,
                        z + p->start, n)!=0;
}

/* Leave out the function words typed between the words searched ("speech of Kim Il Sung on
** Juche": a document that says "Kim Il Sung's speech on Juche" holds no "of"), when some other
** word, name, phrase or date is there to find; text of function words alone stays as typed,
** and so does a function word beside OR or NOT ("a OR b", "a NOT b"). The words of a name are
** left as they are. */
static void drop_function_words(const char *z, Items *pItems){
  Item *a = pItems->a;
  size_t i;
  int other = 0;
  for(i=0; i<pItems->n; i += item_words(&a[i])){
    if( a[i].kind==ITEM_OR || a[i].kind==ITEM_NOT || a[i].kind==ITEM_NEAR ) continue;
    if( !search_function_word(z, &a[i]) ){ other = 1; break; }
  }
  if( !other ) return;
  for(i=0; i<pItems->n; i += item_words(&a[i])){
    int operand = (i>0 && (a[i-1].kind==ITEM_OR || a[i-1].kind==ITEM_NOT))
               || (i+1<pItems->n && (a[i+1].kind==ITEM_OR || a[i+1].kind==ITEM_NOT));
    if( !operand && search_function_word(z, &a[i]) ){
      a[i].kind = ITEM_NEAR;                     /* read_terms() passes over it */
    }
  }
}

/* ---------------------------------------------------------------- groups of words */

/* ---------------------------------------------------------------- writing the query */

ArchRc search_out_append(Out *p, const char *z, size_t n){
  if( n>p->nMax || p->n>p->nMax-n ) return ARCH_ERROR;
  if( p->n+n+1>p->nAlloc ){
    size_t nNew = p->nAlloc ? p->nAlloc : 64;
    char *zNew;
    while( nNew<p->n+n+1 ) nNew *= 2;
    zNew = arch_realloc(p->z, nNew);
    if( zNew==0 ) return ARCH_NOMEM;
    p->z = zNew;
    p->nAlloc = nNew;
  }
  memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
  return ARCH_OK;
}

ArchRc search_out_text(Out *p, const char *z){
  return search_out_append(p, z, strlen(z));
}

/* z[0..n) as an FTS5 string: in double quotes, its double quotes doubled, control
** characters (NUL among them, which would end the query early) made spaces. */
ArchRc search_out_string(Out *p, const char *z, size_t n){
  size_t i, from = 0;
  ArchRc rc = search_out_append(p, "\"", 1);
  for(i=0; rc==ARCH_OK && i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c!='"' && c>=0x20 ) continue;
    rc = search_out_append(p, z + from, i - from);
    if( rc==ARCH_OK ) rc = search_out_text(p, c=='"' ? "\"\"" : " ");
    from = i + 1;
  }
  if( rc==ARCH_OK ) rc = search_out_append(p, z + from, n - from);
  if( rc==ARCH_OK ) rc = search_out_append(p, "\"", 1);
  return rc;
}

/* The prefixes of 4-digit years that cover yFirst..yLast and no other year, joined with OR:
** 1..1959 is 0* OR 10* OR ... OR 18* OR 190* OR ... OR 195*. Each step takes the largest block
** of 10, 100 or 1000 years that starts where the last one ended and fits in the span. */
static ArchRc out_year_prefixes(Out *p, int yFirst, int yLast){
  ArchRc rc = ARCH_OK;
  int y = yFirst<=1 ? 0 : yFirst;            /* year 1 is the first: 0* stands for 1..999 */
  int first = 1;
  while( rc==ARCH_OK && y<=yLast ){
    int size = 1, nDigits = 4;
    char buf[16];
    while( nDigits>1 && y % (size*10)==0 && y + size*10 - 1<=yLast ){
      size *= 10;
      nDigits--;
    }
    snprintf(buf, sizeof(buf), "%04d", y);
    if( !first ) rc = search_out_text(p, " OR ");
    if( rc==ARCH_OK ) rc = search_out_append(p, buf, (size_t)nDigits);
    if( rc==ARCH_OK && size>1 ) rc = search_out_text(p, "*");
    first = 0;
    y += size;
  }
  return rc;
}

/* A date's term: "years":(1956 OR 1957), as date_match() writes it, or prefixes for a span
** of SEARCH_MAX_LISTED_YEARS years or more. */
static ArchRc out_years(Out *p, const char *zColumn, size_t nColumn, const Item *pItem){
  ArchRc rc = search_out_string(p, zColumn, nColumn);
  int y;
  if( rc==ARCH_OK ) rc = search_out_text(p, ":(");
  if( pItem->yearLast - pItem->yearFirst < SEARCH_MAX_LISTED_YEARS ){
    for(y=pItem->yearFirst; rc==ARCH_OK && y<=pItem->yearLast; y++){
      char buf[16];
      snprintf(buf, sizeof(buf), y>pItem->yearFirst ? " OR %04d" : "%04d", y);
      rc = search_out_text(p, buf);
    }
  }else if( rc==ARCH_OK ){
    rc = out_year_prefixes(p, pItem->yearFirst, pItem->yearLast);
  }
  if( rc==ARCH_OK ) rc = search_out_text(p, ")");
  return rc;
}

/* The words of a name, at most this many, as lex_word() cuts them. */
#define NAME_WORDS_MAX 8
typedef struct NameWords {
  Item a[NAME_WORDS_MAX];
  int n;
} NameWords;

/* Cut the name z[0..n) into words; 0 when it has more than NAME_WORDS_MAX. */
static int name_words(const char *z, size_t n, NameWords *p){
  size_t i = 0;
  p->n = 0;
  while( i<n ){
    if( !is_word_char_at(z, n, i) ){
      uint32_t cp;
      i += (size_t)char_at(z, n, i, &cp);
      continue;
    }
    if( p->n==NAME_WORDS_MAX ) return 0;
    memset(&p->a[p->n], 0, sizeof(Item));
    i = lex_word(z, n, i, &p->a[p->n++]);
  }
  return 1;
}

/* A name's words in any order, with `slack` other words at most among them (an initial, a
** patronymic: "Nikita S. Khrushchev"): NEAR("Nikita" "Khrushchev", 1), the distance counting
** the runs of the inner words and the slack. One word is itself. */
static ArchRc out_near(Out *p, const char *z, const NameWords *pWords, int slack){
  int k, nInner = 0;
  char buf[32];
  ArchRc rc;
  if( pWords->n==1 ){
    return search_out_string(p, z + pWords->a[0].start, pWords->a[0].end - pWords->a[0].start);
  }
  rc = search_out_text(p, "NEAR(");
  for(k=0; rc==ARCH_OK && k<pWords->n; k++){
    const Item *pWord = &pWords->a[k];
    if( k>0 ) rc = search_out_text(p, " ");
    if( rc==ARCH_OK ) rc = search_out_string(p, z + pWord->start, pWord->end - pWord->start);
    if( k>0 && k<pWords->n-1 ) nInner += pWord->nRuns;
  }
  snprintf(buf, sizeof(buf), ", %d)", nInner + slack);
  if( rc==ARCH_OK ) rc = search_out_text(p, buf);
  return rc;
}

/* The next run of letters and digits of z[0..n) at or after *pi, folded as search folds
** letters (case, accents), into out (cut at nOut-8 bytes); its length, or -1 at the end. */
static int next_folded_run(const char *z, size_t n, size_t *pi, char *out, size_t nOut){
  size_t i = *pi, o = 0;
  uint32_t cp;
  while( i<n && !is_word_char_at(z, n, i) ) i += (size_t)char_at(z, n, i, &cp);
  if( i>=n ){
    *pi = n;
    return -1;
  }
  while( i<n ){
    int len = char_at(z, n, i, &cp);
    if( !text_is_word_char(cp) ) break;
    if( o+8<=nOut ) o += (size_t)text_fold_letter(cp, out + o);
    i += (size_t)len;
  }
  *pi = i;
  return (int)o;
}

/* Do a and b have the same words, whatever their case, accents, hyphens and spaces? */
static int same_words(const char *a, size_t na, const char *b, size_t nb){
  char bufA[NAME_MAX_INPUT], bufB[NAME_MAX_INPUT];
  size_t ia = 0, ib = 0;
  for(;;){
    int la = next_folded_run(a, na, &ia, bufA, sizeof(bufA));
    int lb = next_folded_run(b, nb, &ib, bufB, sizeof(bufB));
    if( la!=lb ) return 0;
    if( la<0 ) return 1;
    if( memcmp(bufA, bufB, (size_t)la)!=0 ) return 0;
  }
}

/* Does a word of a known person's name z[0..n) name the person by itself, as the family
** name ("Stalin" of "Joseph Stalin", "Mao" of "Mao Zedong", "Ford" of "Gerald Ford"; not "Kim"
** of "Kim Il Sung", nor "Thanh", a given name, of "Nguyen Chi Thanh")? Then the documents
** that say the word alone are read as the person, and hold the key of the name (*pWhole). */
static int family_names_person(const NameAuthority *pAuth, const char *z,
                               const NameWords *pWords, int person, const NameInfo *pWhole){
  NameInfo one;
  int k;
  for(k=0; k<pWords->n; k++){
    const Item *pWord = &pWords->a[k];
    if( name_analyze_inflected(pAuth, z + pWord->start, pWord->end - pWord->start, &one)
     && one.person==person && !name_is_titled(&one) && strcmp(one.family, pWhole->family)==0 ){
      return 1;
    }
  }
  return 0;
}

/* The token under which the tokenizer indexes a name key ("§" and the key, its spaces "_"),
** as an FTS5 string: the query tokenizer takes it as it is, so it matches the documents where
** the person was read, in any spelling, and no other use of the person's words. */
static ArchRc out_key(Out *p, const char *zKey){
  char buf[NAME_MAX_KEY+2];
  size_t n = 2, i;
  buf[0] = '\xC2';
  buf[1] = '\xA7';
  for(i=0; zKey[i] && n<sizeof(buf); i++) buf[n++] = zKey[i]==' ' ? '_' : zKey[i];
  return search_out_string(p, buf, n);
}

/* A spelling of the person that is one word and names the person by itself (Hangul 김일성,
** Han 周恩来): the query tokenizer adds the person's name key to it, so it finds every document
** where the name was read, in any spelling. NULL when the authority lists none. */
static const char *one_word_spelling(const NameAuthority *pAuth, int person){
  const char *az[64];
  int nVariant = name_person_variants(pAuth, person, az, 64), v;
  for(v=0; v<nVariant; v++){
    size_t n = strlen(az[v]);
    Item word;
    memset(&word, 0, sizeof(word));
    if( n==0 || !is_word_char_at(az[v], n, 0) ) continue;
    if( lex_word(az[v], n, 0, &word)!=n || word.nRuns!=1 ) continue;
    if( person_named(pAuth, az[v], n)==person ) return az[v];
  }
  return 0;
}

/* How many other words may stand among the words of a name of this culture and leave the
** same person: one in a Western name (an initial, a patronymic); none in a Korean, Chinese or
** Vietnamese one, where a word more is another person ("Kim Il" and "Kim Jong Il"). */
static int name_slack(const NameInfo *pInfo){
  return pInfo->culture==NAME_WESTERN ? 1 : 0;
}

/* Do the words of a name, as a phrase, stand inside other people's names too? A Korean,
** Chinese or Vietnamese name of a family name and a given name of one syllable does ("Kim
** Il" inside "Kim Il Sung", "Li Peng" inside "Li Peng-fei", "Le Duan" inside "Le Duan
** Thuan"); one of three syllables is no part of another's ("Zhou Enlai", "Kim Il-sung"). */
static int inside_others(const NameInfo *pInfo, const char *z, size_t n){
  return pInfo->culture!=NAME_WESTERN && text_vowel_groups(z, n)<=2;
}

/* A known person's name as typed, z[0..n), as alternatives joined with OR:
** - NEAR of its words ("Kim Ir Sen"), and of the authority's preferred form when it is spelled
**   otherwise ("Kim Il Sung");
** - a one-word spelling the authority lists (김일성), which the query tokenizer gives the
**   person's key;
** - or, instead of that spelling, the person's key itself (out_key()), when the words would
**   find others: when the family name alone names the person (the query word "Ford" of
**   "Gerald Ford" finds "the Ford Foundation"), or when the words are part of other people's
**   names (inside_others()), whose NEAR is then left out. */
static ArchRc out_name(Out *p, const char *z, size_t n, const NameAuthority *pAuth,
                       int person){
  const char *zPref = name_person_preferred(pAuth, person);
  const char *zOne = one_word_spelling(pAuth, person);
  size_t nPref = zPref ? strlen(zPref) : 0;
  NameWords typed, preferred;
  NameInfo whole, pref;
  int withTyped, withPref, withKey, nAlt = 0;
  ArchRc rc = ARCH_OK;
  name_words(z, n, &typed);           /* at most SEARCH_MAX_NAME_WORDS words */
  if( !name_analyze_inflected(pAuth, z, n, &whole) ) return out_near(p, z, &typed, 1);
  withKey = family_names_person(pAuth, z, &typed, person, &whole);
  withTyped = !inside_others(&whole, z, n);
  withPref = !withKey && zPref && !same_words(z, n, zPref, nPref)
          && name_words(zPref, nPref, &preferred) && preferred.n>0
          && name_analyze(pAuth, zPref, nPref, &pref);
  if( withPref && inside_others(&pref, zPref, nPref) ){
    withPref = 0;
    withKey = 1;
  }
  if( !withTyped ) withKey = 1;
  if( withKey ) zOne = 0;             /* the key is what the spelling would add */
  nAlt = withTyped + withPref + (zOne!=0) + withKey;
  if( nAlt>1 ) rc = search_out_text(p, "(");
  if( rc==ARCH_OK && withTyped ) rc = out_near(p, z, &typed, name_slack(&whole));
  if( rc==ARCH_OK && withPref ){
    if( withTyped ) rc = search_out_text(p, " OR ");
    if( rc==ARCH_OK ) rc = out_near(p, zPref, &preferred, name_slack(&pref));
  }
  if( rc==ARCH_OK && zOne ) rc = search_out_text(p, " OR ");
  if( rc==ARCH_OK && zOne ) rc = search_out_string(p, zOne, strlen(zOne));
  if( rc==ARCH_OK && withKey && nAlt>1 ) rc = search_out_text(p, " OR ");
  if( rc==ARCH_OK && withKey ) rc = out_key(p, whole.key);
  if( rc==ARCH_OK && nAlt>1 ) rc = search_out_text(p, ")");
  return rc;
}

/* A term of the query: items a[i .. i+n) (a name is several words), whether NOT or "-" came
** before it, and whether OR joins it to the term before. */
typedef struct Term {
  size_t i, n;
  int negated, orPrevious;
} Term;

/* The terms of the items, and how many are not negated. Operators with no term where they need
** one ("OR" first, "NOT" last) are dropped. aTerm has room for one term per item. */
static size_t read_terms(const Items *pItems, Term *aTerm, size_t *pnTerm){
  const Item *a = pItems->a;
  size_t i = 0, nTerm = 0, nPositive = 0;
  int pendingNot = 0, pendingOr = 0;
  while( i<pItems->n ){
    Term *t = &aTerm[nTerm];
    if( a[i].kind==ITEM_NOT ){
      pendingNot = 1;
      i++;
      continue;
    }
    if( a[i].kind==ITEM_NEAR ){               /* "Zhou NEAR Kim": both, ANDed */
      i++;
      continue;
    }
    if( a[i].kind==ITEM_OR ){
      pendingOr = nPositive>0 && !pendingNot;
      i++;
      continue;
    }
    t->i = i;
    t->n = item_words(&a[i]);
    t->negated = pendingNot;
    t->orPrevious = pendingOr && !pendingNot;
    nPositive += !pendingNot;
    pendingNot = pendingOr = 0;
    i += t->n;
    nTerm++;
  }
  *pnTerm = nTerm;
  return nPositive;
}

/* Where the word z[0..n) is a prefix that English writes joined or hyphenated
** (word_prefixes.tsv) and a hyphen before another word ("post-war", "Co-operation"): the
** hyphen's offset, or 0. */
static size_t prefix_hyphen(const char *z, size_t n){
  size_t i = 0;
  while( i<n && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) i++;
  if( i==0 || i+1>=n || z[i]!='-' || memchr(z+i+1, '-', n-i-1)
   || !((z[i+1]|0x20)>='a' && (z[i+1]|0x20)<='z')
   || (int)i<arch_data_word_prefixes_min_key || (int)i>arch_data_word_prefixes_max_key
   || !arch_data_find(arch_data_word_prefixes, arch_data_word_prefixes_count, z, i) ){
    return 0;
  }
  return i;
}

/* Where the word z[0..n) is a word and the suffix of a Korean place name hyphenated
** (korean_place_suffixes.tsv: "Chongsan-ri", "Paektu-san"): the hyphen's offset, or 0. */
static size_t place_suffix_hyphen(const char *z, size_t n){
  const char *zHyphen = memchr(z, '-', n);
  size_t i = zHyphen ? (size_t)(zHyphen - z) : 0;
  if( i==0 || memchr(z+i+1, '-', n-i-1) ) return 0;
  return arch_korean_place_suffix(z, (int)n, (int)i+1)==(int)(n-i-1) ? i : 0;
}

/* Where the word z[0..n) is a designation hyphenated to its number ("U-2", "B-52s", "MiG-21":
** one to three letters, one to three digits, a plural's s): the hyphen's offset, or 0. Text
** writes it joined too ("U2", "MiG21"), which the tokenizer reads in documents as the joined
** word of its hyphenated form (tokenize_joined.c). */
static size_t designation_hyphen(const char *z, size_t n){
  char joined[16];
  size_t i = 0, j;
  while( i<n && i<4 && ((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) i++;
  for(j=i+1; j<n && z[j]>='0' && z[j]<='9'; j++){}
  return i>0 && i<n && j==n && n<sizeof(joined)         /* digits to the end: not "B-52s" */
      && arch_designation_joined(z, (int)n, 0, (int)i, joined, (int)sizeof(joined))>0 ? i : 0;
}

/* A word with a prefix hyphenated, as typed or joined: ("post-war" OR "postwar"), which finds
** "post-war", "post war" and "postwar". */
static ArchRc out_prefixed(Out *p, const char *z, size_t n, size_t iHyphen){
  ArchRc rc = search_out_text(p, "(");
  if( rc==ARCH_OK ) rc = search_out_string(p, z, n);
  if( rc==ARCH_OK ) rc = search_out_text(p, " OR \"");
  if( rc==ARCH_OK ) rc = search_out_append(p, z, iHyphen);
  if( rc==ARCH_OK ) rc = search_out_append(p, z+iHyphen+1, n-iHyphen-1);
  if( rc==ARCH_OK ) rc = search_out_text(p, "\")");
  return rc;
}

static ArchRc out_term(Out *p, const char *z, const Item *a, const Term *t,
                       const char *zColumn, size_t nColumn, const NameAuthority *pAuth){
  size_t iHyphen;
  int person;
  const Item *pFirst = &a[t->i];
  if( pFirst->nameWords>0 ){
    const Item *pLast = &a[t->i + t->n - 1];
    return out_name(p, z + pFirst->start, pLast->end - pFirst->start, pAuth, pFirst->person);
  }
  if( pFirst->kind==ITEM_DATE ) return out_years(p, zColumn, nColumn, pFirst);
  if( pFirst->groupKind==GROUP_STATE ) return search_out_state(p, z, pFirst, t->n);
  if( pFirst->groupKind==GROUP_SYLLABLES ) return search_out_syllables(p, z, pFirst, t->n);
  if( pFirst->kind==ITEM_PHRASE && !pFirst->prefix && pAuth
   && ((person = person_named(pAuth, z + pFirst->start, pFirst->end - pFirst->start))>=0
       || (person = person_titled(pAuth, z + pFirst->start, pFirst->end - pFirst->start))>=0) ){
    /* "Kim Il Sung" in quotes is the person, as without them: a phrase of its words would
    ** miss the documents that write it in one word (김일성) or otherwise (N.S. Khrushchev) */
    return out_name(p, z + pFirst->start, pFirst->end - pFirst->start, pAuth, person);
  }
  if( !pFirst->prefix
   && ((iHyphen = prefix_hyphen(z + pFirst->start, pFirst->end - pFirst->start))>0
       || (iHyphen = place_suffix_hyphen(z + pFirst->start, pFirst->end - pFirst->start))>0
       || (iHyphen = designation_hyphen(z + pFirst->start, pFirst->end - pFirst->start))>0) ){
    return out_prefixed(p, z + pFirst->start, pFirst->end - pFirst->start, iHyphen);
  }
  if( pFirst->kind==ITEM_WORD ) return search_out_word(p, z, pFirst);
  return search_out_phrase(p, z, pFirst);
}

/* The terms joined with AND, the ones OR joins in parentheses; the negated ones after it all,
** each with NOT: ("a" OR "b") AND "c", or (("a" OR "b") AND "c") NOT "d" NOT "e" (FTS5's NOT
** binds tighter than AND). NOT is binary, so negated terms alone are no query: "". */
static ArchRc write_query(Out *p, const char *z, const Items *pItems,
                          const char *zColumn, size_t nColumn, const NameAuthority *pAuth){
  const Item *a = pItems->a;
  Term *aTerm = arch_realloc(0, (pItems->n + 1)*sizeof(Term));
  size_t nTerm, nPositive, k, nNegated, nGroups = 0, nWritten = 0;
  ArchRc rc = ARCH_OK;
  if( aTerm==0 ) return ARCH_NOMEM;
  nPositive = read_terms(pItems, aTerm, &nTerm);
  nNegated = nTerm - nPositive;
  if( nPositive==0 ){
    arch_free(aTerm);
    return search_out_text(p, "\"\"");
  }
  for(k=0; k<nTerm; k++) nGroups += !aTerm[k].negated && !aTerm[k].orPrevious;
  if( nNegated>0 && nGroups>1 ) rc = search_out_text(p, "(");
  for(k=0; rc==ARCH_OK && k<nTerm; k++){
    size_t next = k + 1;
    int groupStarts, groupGoesOn;
    if( aTerm[k].negated ) continue;
    while( next<nTerm && aTerm[next].negated ) next++;
    groupStarts = !aTerm[k].orPrevious;
    groupGoesOn = next<nTerm && aTerm[next].orPrevious;
    if( nWritten>0 ) rc = search_out_text(p, groupStarts ? " AND " : " OR ");
    if( rc==ARCH_OK && groupStarts && groupGoesOn ) rc = search_out_text(p, "(");
    if( rc==ARCH_OK ) rc = out_term(p, z, a, &aTerm[k], zColumn, nColumn, pAuth);
    if( rc==ARCH_OK && !groupStarts && !groupGoesOn ) rc = search_out_text(p, ")");
    nWritten++;
  }
  if( rc==ARCH_OK && nNegated>0 && nGroups>1 ) rc = search_out_text(p, ")");
  for(k=0; rc==ARCH_OK && k<nTerm; k++){
    if( !aTerm[k].negated ) continue;
    rc = search_out_text(p, " NOT ");
    if( rc==ARCH_OK ) rc = out_term(p, z, a, &aTerm[k], zColumn, nColumn, pAuth);
  }
  arch_free(aTerm);
  return rc;
}

/* ---------------------------------------------------------------- the query */

ArchRc search_query_build(const char *z, size_t n, const char *zColumn, size_t nColumn,
                          const NameAuthority *pAuth, size_t nMax,
                          char **pzOut, size_t *pnOut){
  Items items = { 0, 0, 0 };
  Out out = { 0, 0, 0, nMax };
  ArchRc rc = lex(z, n, &items);
  if( rc==ARCH_OK ){
    operators_as_words(z, &items);
    mark_names(z, &items, pAuth);
    search_mark_groups(z, &items);
    drop_function_words(z, &items);
    rc = write_query(&out, z, &items, zColumn, nColumn, pAuth);
  }
  arch_free(items.a);
  if( rc!=ARCH_OK ){
    arch_free(out.z);
    out.z = 0;
    out.n = 0;
  }
  *pzOut = out.z;
  *pnOut = out.n;
  return rc;
}
