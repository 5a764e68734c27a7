/*
** search_forms.c: the other forms of what a person types that search_query() (search.c) asks
** for beside it, because an archive writes the same thing otherwise:
**
**   - a state's other names (state_names.tsv): "North Korea", "DPRK", "Democratic People's
**     Republic of Korea" and "КНДР" are one state; a party's, army's or bloc's
**     (party_names.tsv: "CPSU", "KPSS", "КПСС"; "KWP", "Korean Workers' Party", "조선로동당")
**     and a renamed city's (place_names.tsv: "Peking", "Beijing", "北京") likewise;
**   - the syllables of a romanized place written together, apart or hyphenated: "Vietcong",
**     "Viet Cong", "Viet-Cong"; "Pyongyang", "Pyong Yang"; "Hanoi", "Ha Noi". A syllable is
**     one of McCune-Reischauer's or the Revised Romanization's for Korean, of Vietnamese
**     written without its marks, or of pinyin;
**   - the words that complete an English prefix whose stem the prefix misses: the index holds
**     stems, and "collective" is stored as "collect", which "collectiv*" does not begin.
**
** See search_int.h. Pure C: no SQLite.
*/
#include "search_int.h"
#include "text.h"
#include "tokenize.h"

#include <string.h>
#include <libstemmer.h>

/* ---------------------------------------------------------------- folding */

size_t search_fold_words(const char *z, size_t n, char *out, size_t nOut){
  size_t i = 0, o = 0, runLen = 0, prevRunLen = 0, nSep = 0;
  int sepPeriod = 0, letters = 0;
  if( nOut==0 ) return 0;
  while( i<n ){
    uint32_t cp;
    int len = text_utf8_decode((const unsigned char*)z + i, n - i, &cp);
    if( len<=0 ) len = 1;
    if( text_is_word_char(cp) ){
      char buf[8];
      int k;
      if( cp==0x0419 || cp==0x0439 ){             /* й, as the tokenizer keeps it */
        memcpy(buf, "\xD0\xB9", 2);
        k = 2;
      }else{
        k = text_fold_letter_plain(cp, buf);
      }
      /* a space between runs, but within an initialism ("D.P.R.K.": one letter, a period) */
      if( runLen==0 && o>0 && !(prevRunLen==1 && nSep==1 && sepPeriod) ){
        if( o+1>=nOut ) return 0;
        out[o++] = ' ';
      }
      if( o+(size_t)k>=nOut ) return 0;
      memcpy(out+o, buf, (size_t)k);
      o += (size_t)k;
      runLen++;
      nSep = 0;
      letters |= text_is_letter(cp);
    }else{
      if( runLen>0 ){
        prevRunLen = runLen;
        runLen = 0;
      }
      sepPeriod = nSep==0 && cp=='.';
      nSep++;
    }
    i += (size_t)len;
  }
  out[o] = 0;
  return letters ? o : 0;
}

/* ---------------------------------------------------------------- states */

/* The tables of names that are one thing: a state's (state_names.tsv), a party's, army's or
** organisation's (party_names.tsv: "CPSU", "KPSS", "Communist Party of the Soviet Union"), a
** city renamed or romanized anew (place_names.tsv: "Peking", "Beijing", "北京"). A name is in
** one table only; its thing's other names are the rows of that table with its value. */
static const struct OneNames {
  const ArchDataRow *a;
  const unsigned *pCount;
  const int *pMin, *pMax;
} aOneNames[] = {
  { arch_data_state_names, &arch_data_state_names_count, &arch_data_state_names_min_key,
    &arch_data_state_names_max_key },
  { arch_data_party_names, &arch_data_party_names_count, &arch_data_party_names_min_key,
    &arch_data_party_names_max_key },
  { arch_data_place_names, &arch_data_place_names_count, &arch_data_place_names_min_key,
    &arch_data_place_names_max_key },
};

int search_state_names(const char *z, size_t n, const ArchDataRow **apOut, int nMax){
  size_t t;
  for(t=0; t<sizeof(aOneNames)/sizeof(aOneNames[0]); t++){
    const struct OneNames *pT = &aOneNames[t];
    const ArchDataRow *pRow;
    unsigned k;
    int nOut = 0;
    if( n<(size_t)*pT->pMin || n>(size_t)*pT->pMax
     || (pRow = arch_data_find(pT->a, *pT->pCount, z, n))==0 ){
      continue;
    }
    for(k=0; k<*pT->pCount && nOut<nMax; k++){
      if( strcmp(pT->a[k].value, pRow->value)==0 ) apOut[nOut++] = &pT->a[k];
    }
    return nOut;
  }
  return 0;
}

/* ---------------------------------------------------------------- syllables */

/* Does z[0..n) begin with w? */
static int begins(const char *z, size_t n, const char *w){
  size_t k = strlen(w);
  return k<=n && memcmp(z, w, k)==0;
}

static int is_one_of(const char *z, size_t n, const char *const *az){
  for(; *az; az++){
    if( strlen(*az)==n && memcmp(z, *az, n)==0 ) return 1;
  }
  return 0;
}

/* A Korean syllable as either romanization writes it without marks (ŏ, ŭ as o, u): an
** initial, a vowel, a final ("pyong", "yang", "kae", "song", "jom"), the finals that place
** names written apart end their syllables with. */
static int korean_syllable(const char *z, size_t n){
  static const char *const azInitial[] = {
    "tch", "kk", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t", "r", "l", "m",
    "b", "p", "s", "j", "h", "", 0 };
  static const char *const azVowel[] = {
    "yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu",
    "ui", "a", "e", "o", "u", "i", 0 };
  static const char *const azFinal[] = { "", "k", "n", "m", "p", "ng", 0 };  /* not l, t: the
                                           ** English "parallel" would be "pa ral lel" */
  int a, b;
  for(a=0; azInitial[a]; a++){
    size_t nI = strlen(azInitial[a]);
    if( !begins(z, n, azInitial[a]) ) continue;
    for(b=0; azVowel[b]; b++){
      size_t nV = strlen(azVowel[b]);
      if( begins(z+nI, n-nI, azVowel[b]) && is_one_of(z+nI+nV, n-nI-nV, azFinal) ) return 1;
    }
  }
  return 0;
}

/* A Vietnamese syllable written without its marks: an initial and a rhyme of
** vietnamese_rhymes.tsv, folded as that table says (y as i, uyê as ue, -inh and -ênh as -in
** and -en, a final k as c): "viet", "cong", "noi", "minh". */
static int vietnamese_syllable(const char *z, size_t n){
  static const char *const azInitial[] = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "", 0 };
  int a;
  for(a=0; azInitial[a]; a++){
    char r[16];
    size_t nI = strlen(azInitial[a]), nR = n - nI, k, o = 0;
    if( !begins(z, n, azInitial[a]) || nR==0 || nR>=sizeof(r) ) continue;
    for(k=0; k<nR; k++) r[o++] = z[nI+k]=='y' ? 'i' : z[nI+k];
    if( o>=3 && memcmp(r, "uie", 3)==0 ){ memmove(r+1, r+2, o-2); o--; }
    if( o>=3 && (memcmp(r+o-3, "inh", 3)==0 || memcmp(r+o-3, "enh", 3)==0) ) o--;
    if( r[o-1]=='k' ) r[o-1] = 'c';
    if( arch_data_find(arch_data_vietnamese_rhymes, arch_data_vietnamese_rhymes_count, r, o) ){
      return 1;
    }
  }
  return 0;
}

unsigned search_syllable(const char *z, size_t n){
  unsigned m = 0;
  size_t i;
  if( n==0 || n>7 ) return 0;
  for(i=0; i<n; i++){
    if( z[i]<'a' || z[i]>'z' ) return 0;
  }
  if( korean_syllable(z, n) ) m |= SEARCH_SYL_KOREAN;
  if( vietnamese_syllable(z, n) ) m |= SEARCH_SYL_VIETNAMESE;
  if( n>=(size_t)arch_data_pinyin_min_key && n<=(size_t)arch_data_pinyin_max_key
   && arch_data_find(arch_data_pinyin, arch_data_pinyin_count, z, n) ){
    m |= SEARCH_SYL_PINYIN;
  }
  return m;
}

/* Does z[0..n) begin with a capital letter? */
static int begins_with_capital(const char *z, size_t n){
  uint32_t cp;
  return n>0 && text_utf8_decode((const unsigned char*)z, n, &cp)>0 && text_is_upper(cp);
}

int search_family_name(const char *z, size_t n){
  return (n>=(size_t)arch_data_korean_surnames_min_key
          && n<=(size_t)arch_data_korean_surnames_max_key
          && arch_data_find(arch_data_korean_surnames, arch_data_korean_surnames_count, z, n))
      || (n>=(size_t)arch_data_chinese_surnames_min_key
          && n<=(size_t)arch_data_chinese_surnames_max_key
          && arch_data_find(arch_data_chinese_surnames, arch_data_chinese_surnames_count, z, n))
      || (n>=(size_t)arch_data_vietnamese_surnames_min_key
          && n<=(size_t)arch_data_vietnamese_surnames_max_key
          && arch_data_find(arch_data_vietnamese_surnames, arch_data_vietnamese_surnames_count,
                            z, n));
}

static int is_vowel(char c){
  return c=='a' || c=='e' || c=='i' || c=='o' || c=='u';
}

/* The splits of z[0..n) into exactly nPiece syllables of romanization kind, the first of two
** letters or more, the others of three or more, each beginning with a consonant ("Hanoi": ha
** noi; not "Nikita": ni ki ta, nor "China": chi na): written after
** zSoFar[0..nSoFar) into aOut (deduplicated), *pnOut of nMax. */
static void split_into(const char *z, size_t n, int nPiece, unsigned kind, char *zSoFar,
                       size_t nSoFar, char aOut[][SEARCH_FORM_MAX], int *pnOut, int nMax){
  size_t k;
  if( *pnOut>=nMax ) return;
  if( nPiece==1 ){
    int j;
    if( n<3 || (nSoFar>0 && is_vowel(z[0])) || !(search_syllable(z, n) & kind)
     || nSoFar+n+1>SEARCH_FORM_MAX ){
      return;
    }
    memcpy(zSoFar+nSoFar, z, n);
    zSoFar[nSoFar+n] = 0;
    for(j=0; j<*pnOut; j++){
      if( strcmp(aOut[j], zSoFar)==0 ) return;
    }
    memcpy(aOut[(*pnOut)++], zSoFar, nSoFar+n+1);
    return;
  }
  for(k=nSoFar>0 ? 3 : 2; k+3*(size_t)(nPiece-1)<=n && k<=7; k++){
    if( (nSoFar>0 && is_vowel(z[0])) || !(search_syllable(z, k) & kind)
     || nSoFar+k+2>SEARCH_FORM_MAX ){
      continue;
    }
    memcpy(zSoFar+nSoFar, z, k);
    zSoFar[nSoFar+k] = ' ';
    split_into(z+k, n-k, nPiece-1, kind, zSoFar, nSoFar+k+1, aOut, pnOut, nMax);
  }
}

int search_syllables_marked(const char *z, size_t n){
  size_t i;
  for(i=1; i<n; i++){
    char a = z[i-1], b = z[i];
    /* ng, nh, and the vowels side by side that these romanizations write and English seldom
    ** does: ie, ae, ei; oi, ai; ao, eo, uo */
    if( (a=='n' && (b=='g' || b=='h'))
     || (b=='e' && (a=='i' || a=='a'))
     || (b=='i' && (a=='o' || a=='a' || a=='e'))
     || (b=='o' && (a=='a' || a=='e' || a=='u')) ){
      return 1;
    }
  }
  return 0;
}

int search_syllable_splits(const char *z, size_t n, char aOut[][SEARCH_FORM_MAX], int nMax){
  static const unsigned aKind[] = {
    SEARCH_SYL_KOREAN, SEARCH_SYL_VIETNAMESE, SEARCH_SYL_PINYIN };
  char zWord[SEARCH_FORM_MAX], zSoFar[SEARCH_FORM_MAX];
  size_t nWord = search_fold_words(z, n, zWord, sizeof(zWord)), i;
  int nOut = 0, nPiece, k;
  if( nWord<4 || nWord>20 ) return 0;
  for(i=0; i<nWord; i++){
    if( zWord[i]<'a' || zWord[i]>'z' ) return 0;          /* one word of ASCII letters */
  }
  if( !search_syllables_marked(zWord, nWord) ) return 0;
  for(nPiece=2; nPiece<=4 && nOut==0; nPiece++){
    for(k=0; k<(int)(sizeof(aKind)/sizeof(aKind[0])); k++){
      split_into(zWord, nWord, nPiece, aKind[k], zSoFar, 0, aOut, &nOut, nMax);
    }
  }
  return nOut;
}

/* ---------------------------------------------------------------- prefixes */

int search_prefix_completions(const char *z, size_t n, char aOut[][SEARCH_FORM_MAX], int nMax){
  /* the endings English puts after a stem that the stemmer cuts back into the word */
  static const char *const azEnding[] = {        /* the longer first: the word written */
    "ization", "izations", "ation", "ations", "ive", "ives", "ity", "ities", "ize", "izes",
    "ized", "izing", "ion", "ions", "ate", "ates", "ated", "ating", "ator", "ators", "al",
    "ally", "ance", "ence", "ment", "ments", "ant", "ent", "ous", "ic", "ical", "er", "ers",
    "able", "ible", "ing", "ies", "ed", "es", "e", "y", "s", 0 };
  char aStem[SEARCH_MAX_FORMS][SEARCH_FORM_MAX], zLower[SEARCH_FORM_MAX];
  struct sb_stemmer *pStem;
  int nOut = 0, e, j;
  size_t i;
  if( n<4 || n+10>=SEARCH_FORM_MAX ) return 0;
  for(i=0; i<n; i++){
    if( !((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) return 0;
  }
  for(i=0; i<n; i++) zLower[i] = (char)(z[i]|0x20);
  if( (pStem = sb_stemmer_new("english", "UTF_8"))==0 ) return 0;
  /* the prefix itself, then the prefix completed by each ending it ends as it begins, from a
  ** vowel, the letters they share written once ("collectivi": "collectivization";
  ** "negotiat": "negotiation"), or by a letter ("negotiat": "negotiate"; "universit":
  ** "university") */
  for(e=-1; (e<0 || azEnding[e]) && nOut<nMax; e++){
    const char *zEnd = e<0 ? "" : azEnding[e];
    size_t nEnd = strlen(zEnd), o;
    for(o = nEnd ? nEnd-1 : 0; ; o--){
      char zWord[SEARCH_FORM_MAX], zUs[SEARCH_FORM_MAX];
      size_t nWord = n + nEnd - o;
      int nUs, nStem, dup = 0;
      const sb_symbol *zStem;
      /* an ending of more than a letter completes a prefix that ends as it begins */
      if( o>n || (o>0 && (memcmp(zLower+n-o, zEnd, o)!=0 || !is_vowel(zEnd[0])))
       || (o==0 && nEnd>1) ){
        goto next_overlap;
      }
      memcpy(zWord, zLower, n);
      memcpy(zWord+n, zEnd+o, nEnd-o+1);
      nUs = arch_english_american(zWord, (int)nWord, zUs, (int)sizeof(zUs));
      zStem = nUs>0 ? sb_stemmer_stem(pStem, (const sb_symbol*)zUs, nUs)
                    : sb_stemmer_stem(pStem, (const sb_symbol*)zWord, (int)nWord);
      if( zStem==0 ) break;
      nStem = sb_stemmer_length(pStem);
      /* a stem the prefix does not begin, cut inside it (four letters at least; at most five
      ** of the prefix cut off, and for the prefix itself two at least, more than a plural's
      ** s: "collect" of "collectiv", "revolut" of "revolution") */
      if( nStem<4 || (size_t)nStem>=n || (e>=0 && n-(size_t)nStem>5)
       || (e<0 && n-(size_t)nStem<2)
       || memcmp(zStem, zWord, (size_t)nStem)!=0 ){
        goto next_overlap;
      }
      for(j=0; j<nOut; j++){
        if( strlen(aStem[j])==(size_t)nStem && memcmp(aStem[j], zStem, (size_t)nStem)==0 ){
          dup = 1;
        }
      }
      if( !dup && nOut<nMax ){
        memcpy(aStem[nOut], zStem, (size_t)nStem);
        aStem[nOut][nStem] = 0;
        memcpy(aOut[nOut++], zWord, nWord+1);
      }
    next_overlap:
      if( o==0 ) break;
    }
  }
  sb_stemmer_delete(pStem);
  /* the stems nearest the prefix only: "collectivi" is "collectivization" (collectiv), not
  ** "collectivity" too, whose stem collect is every collection's */
  for(j=0, e=0; j<nOut; j++) if( (int)strlen(aStem[j])>e ) e = (int)strlen(aStem[j]);
  for(j=0, i=0; j<nOut; j++){
    if( (int)strlen(aStem[j])==e ) memmove(aOut[i++], aOut[j], SEARCH_FORM_MAX);
  }
  return (int)i;
}

/* ---------------------------------------------------------------- groups of words typed */

/* Is the item a word that a group may hold? */
static int groupable(const char *z, const Item *p){
  return p->kind==ITEM_WORD && p->letters && !p->prefix && p->nameWords==0;
}

/* The romanizations whose syllables the words of the items a[0..k) all are, each one run of
** ASCII letters once folded, no function word, not all family names, all with a capital or
** none ("Viet Cong", "Ha Noi", "pyong yang"; not "Kim Mao", "Mao not"); 0 when none. */
static unsigned syllable_run(const char *z, const Item *a, int k){
  unsigned m = ~0u;
  int j, nFamily = 0, nCapital = 0;
  for(j=0; j<k && m; j++){
    char buf[SEARCH_FORM_MAX];
    size_t nFold;
    if( a[j].nRuns!=1 || search_function_word(z, &a[j])
     || (nFold = search_fold_words(z + a[j].start, a[j].end - a[j].start, buf, sizeof(buf)))<2 ){
      return 0;
    }
    m &= search_syllable(buf, nFold);
    nFamily += search_family_name(buf, nFold);
    nCapital += begins_with_capital(z + a[j].start, a[j].end - a[j].start);
  }
  return nFamily<k && (nCapital==0 || nCapital==k) ? m : 0;
}

/* Mark the groups of words, outside names, that are one term: a state's, party's or city's
** name of up to SEARCH_MAX_STATE_WORDS words (state_names.tsv: "Democratic People's Republic
** of Korea", "DPRK", "Soviet Union"; party_names.tsv, place_names.tsv), searched as any of its
** names; else two to four syllables of one romanization ("Viet Cong", "Ha Noi"), searched as
** typed or written together. */
#define SEARCH_MAX_STATE_WORDS 6
void search_mark_groups(const char *z, Items *pItems){
  Item *a = pItems->a;
  size_t i = 0;
  while( i<pItems->n ){
    int run = 0, k;
    if( a[i].nameWords>0 ){
      i += (size_t)a[i].nameWords;
      continue;
    }
    while( i+(size_t)run<pItems->n && run<SEARCH_MAX_STATE_WORDS && groupable(z, &a[i+run])
        && (run==0 || a[i+run].afterSpace) ){
      run++;
    }
    for(k=run; k>=1; k--){
      char buf[SEARCH_FORM_MAX];
      const ArchDataRow *pRow;
      size_t nFold = search_fold_words(z + a[i].start, a[i+k-1].end - a[i].start, buf,
                                       sizeof(buf));
      if( nFold>0 && search_state_names(buf, nFold, &pRow, 1)>0 ) break;
    }
    if( k>=1 ){
      a[i].groupKind = GROUP_STATE;
    }else{
      for(k=run<4 ? run : 4; k>=2 && !syllable_run(z, a+i, k); k--){}
      if( k>=2 ) a[i].groupKind = GROUP_SYLLABLES; else k = 0;
    }
    if( k>=1 ){
      a[i].groupWords = k;
      i += (size_t)k;
    }else{
      i++;
    }
  }
}

/* ---------------------------------------------------------------- their terms */

/* The other form of a country's name or adjective (country_adjectives.tsv: "Cuba" and "Cuban",
** "Korean" and "Korea"), or NULL. */
static const char *country_other_form(const char *z, const Item *pWord){
  size_t n = pWord->end - pWord->start;
  const ArchDataRow *pRow;
  if( pWord->kind!=ITEM_WORD || pWord->prefix || pWord->nRuns!=1 || !pWord->letters
   || n<(size_t)arch_data_country_adjectives_min_key
   || n>(size_t)arch_data_country_adjectives_max_key ){
    return 0;
  }
  pRow = arch_data_find(arch_data_country_adjectives, arch_data_country_adjectives_count,
                        z + pWord->start, n);
  return pRow ? pRow->value : 0;
}

/* Alternatives joined with OR, in parentheses after the first: ("Vietcong" OR "viet cong"). */
static ArchRc out_alternatives(Out *p, const char *z, size_t n, int prefix,
                               char aForm[][SEARCH_FORM_MAX], int nForm){
  ArchRc rc = nForm>0 ? search_out_text(p, "(") : ARCH_OK;
  int k;
  if( rc==ARCH_OK ) rc = search_out_string(p, z, n);
  if( rc==ARCH_OK && prefix ) rc = search_out_text(p, "*");
  for(k=0; rc==ARCH_OK && k<nForm; k++){
    rc = search_out_text(p, " OR ");
    if( rc==ARCH_OK ) rc = search_out_string(p, aForm[k], strlen(aForm[k]));
  }
  if( rc==ARCH_OK && nForm>0 ) rc = search_out_text(p, ")");
  return rc;
}

/* The runs of the word z[0..n) joined, when there are two to four and they are syllables of one
** romanization, not all family names ("Viet-Cong": "vietcong"), in out; its length, or 0. */
static size_t syllables_joined(const char *z, size_t n, char *out){
  char buf[SEARCH_FORM_MAX];
  size_t nFold = search_fold_words(z, n, buf, sizeof(buf)), i = 0, o = 0;
  unsigned m = ~0u;
  int nRun = 0, nFamily = 0;
  while( i<nFold && m ){
    size_t j = i;
    while( j<nFold && buf[j]!=' ' ) j++;
    m &= search_syllable(buf+i, j-i);
    nFamily += search_family_name(buf+i, j-i);
    memcpy(out+o, buf+i, j-i);
    o += j-i;
    nRun++;
    i = j+1;
  }
  out[o] = 0;
  return m && nRun>=2 && nRun<=4 && nFamily<nRun ? o : 0;
}

/* The word z[0..n) without the apostrophes that join its runs ("P'yŏngyang": "Pyŏngyang"), in
** out (nOut bytes); its length, or 0 when another mark (a hyphen, a period) joins them too. */
static size_t without_apostrophes(const char *z, size_t n, char *out, size_t nOut){
  size_t i = 0, o = 0;
  while( i<n ){
    uint32_t cp;
    int len = text_utf8_decode((const unsigned char*)z + i, n - i, &cp);
    if( len<=0 ) return 0;
    if( !text_is_apostrophe(cp) ){
      if( !text_is_word_char(cp) || o+(size_t)len>=nOut ) return 0;
      memcpy(out+o, z+i, (size_t)len);
      o += (size_t)len;
    }
    i += (size_t)len;
  }
  out[o] = 0;
  return o;
}

/* A word, with the other forms an archive writes it in: a country's adjective ("Cuba" and
** "Cuban"), its syllables apart ("Vietcong" and "viet cong") or together ("Viet-Cong" and
** "vietcong"); a prefix, with the words that complete it whose stem it misses
** ("collectiv"* OR "collective"). */
ArchRc search_out_word(Out *p, const char *z, const Item *pWord){
  char aForm[SEARCH_MAX_FORMS+1][SEARCH_FORM_MAX];
  const char *zWord = z + pWord->start, *zOther;
  size_t n = pWord->end - pWord->start;
  int nForm = 0;
  if( pWord->prefix ){
    nForm = search_prefix_completions(zWord, n, aForm, SEARCH_MAX_FORMS);
  }else if( pWord->letters ){
    if( (zOther = country_other_form(z, pWord))!=0 && strlen(zOther)<SEARCH_FORM_MAX ){
      memcpy(aForm[nForm++], zOther, strlen(zOther)+1);
    }
    char zJoined[SEARCH_FORM_MAX];
    size_t nJoined = without_apostrophes(zWord, n, zJoined, sizeof(zJoined));
    if( nJoined>0 && begins_with_capital(zJoined, nJoined) ){
      /* "Vietcong", "P'yŏngyang": syllables apart; a place is typed with its capital, and
      ** English words split too ("parallel": pa ral lel) */
      nForm += search_syllable_splits(zJoined, nJoined, aForm+nForm, SEARCH_MAX_FORMS-1);
    }else if( syllables_joined(zWord, n, aForm[nForm])>0 ){
      nForm++;                            /* "Viet-Cong": together */
    }
  }
  return out_alternatives(p, zWord, n, pWord->prefix, aForm, nForm);
}

/* A phrase, with its words written together when they are two to four syllables of one
** romanization ("Viet Cong": "vietcong"). */
ArchRc search_out_phrase(Out *p, const char *z, const Item *pPhrase){
  char aForm[1][SEARCH_FORM_MAX];
  const char *zPhrase = z + pPhrase->start;
  size_t n = pPhrase->end - pPhrase->start;
  int nForm = !pPhrase->prefix && syllables_joined(zPhrase, n, aForm[0])>0;
  return out_alternatives(p, zPhrase, n, pPhrase->prefix, aForm, nForm);
}

/* A state's name typed, a[0..k): all its names (state_names.tsv), joined with OR. */
ArchRc search_out_state(Out *p, const char *z, const Item *a, size_t k){
  const ArchDataRow *apRow[32];
  char buf[SEARCH_FORM_MAX];
  size_t nFold = search_fold_words(z + a[0].start, a[k-1].end - a[0].start, buf, sizeof(buf));
  int nRow = search_state_names(buf, nFold, apRow, 32), r;
  ArchRc rc = search_out_text(p, "(");
  for(r=0; rc==ARCH_OK && r<nRow; r++){
    if( r>0 ) rc = search_out_text(p, " OR ");
    if( rc==ARCH_OK ) rc = search_out_string(p, apRow[r]->key, (size_t)apRow[r]->nKey);
  }
  return rc==ARCH_OK ? search_out_text(p, ")") : rc;
}

/* Syllables typed apart, a[0..k): (("Viet" AND "Cong") OR "VietCong"), the country the words
** written together name beside them ("Viet Nam": OR "Vietnamese"). */
ArchRc search_out_syllables(Out *p, const char *z, const Item *a, size_t k){
  char joined[4*SEARCH_FORM_MAX], folded[SEARCH_FORM_MAX];
  size_t j, o = 0, nFold;
  const ArchDataRow *pRow = 0;
  ArchRc rc = search_out_text(p, "((");
  for(j=0; rc==ARCH_OK && j<k; j++){
    size_t n = a[j].end - a[j].start;
    if( j>0 ) rc = search_out_text(p, " AND ");
    if( rc==ARCH_OK ) rc = search_out_string(p, z + a[j].start, n);
    if( o+n<sizeof(joined) ){
      memcpy(joined+o, z + a[j].start, n);
      o += n;
    }
  }
  if( rc==ARCH_OK ) rc = search_out_text(p, ") OR ");
  if( rc==ARCH_OK ) rc = search_out_string(p, joined, o);
  nFold = search_fold_words(joined, o, folded, sizeof(folded));
  if( nFold>=(size_t)arch_data_country_adjectives_min_key
   && nFold<=(size_t)arch_data_country_adjectives_max_key ){
    pRow = arch_data_find(arch_data_country_adjectives, arch_data_country_adjectives_count,
                          folded, nFold);
  }
  if( rc==ARCH_OK && pRow ){
    rc = search_out_text(p, " OR ");
    if( rc==ARCH_OK ) rc = search_out_string(p, pRow->value, strlen(pRow->value));
  }
  return rc==ARCH_OK ? search_out_text(p, ")") : rc;
}
