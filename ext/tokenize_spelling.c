/*
** tokenize_spelling.c: English words as America spells them, for the stemmer of the
** "archivist" tokenizer (tokenize.c). An archive's English comes from translators on both sides
** of the Atlantic: "defence" and "defense", "labour" and "labor", "normalisation" and
** "normalization" are one word to a reader, and Snowball's English stemmer keeps them apart
** ("defenc", "defens"). The tokenizer stems the American spelling of a British one, in
** documents and queries alike, so either finds both.
**
**     char us[64];
**     int n = arch_english_american("organisations", 13, us, sizeof(us));
**     // n == 13, us == "organizations"; 0 for a word spelled alike ("rise", "advise")
**     n = arch_english_american("spoke", 5, us, sizeof(us));
**     // n == 5, us == "speak": an irregular form is stemmed as the word it inflects
**
** english_irregular.tsv gives the word an irregular form inflects (spoke, spoken: speak;
** crises: crisis; memoranda: memorandum), since Snowball undoes regular endings only; it is
** looked up first, the spellings after it.
** Two tables of ext/data/ say what is British: english_spellings.tsv, whole words
** (defence, labour, centre, travelled), and english_ise_roots.tsv, the roots whose -ise,
** -isation ... forms are written with z in America (organ-, normal-, civil-). Only listed roots
** change: rise, advise, promise and the other verbs in -ise of both spellings are left alone.
*/
#include "tokenize.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* The endings of -ise verbs and their nouns, as Britain writes them. */
static const char *const azIseEnding[] = {
  "ise", "ised", "ises", "ising", "isation", "isations", "isational", "iser", "isers",
  "isable",
};

/* z[0..n) as a root of english_ise_roots.tsv and one of the endings, written with z in out:
** its length, or 0. */
static int ise_to_ize(const char *z, int n, char *out, int nOut){
  size_t i;
  for(i=0; i<sizeof(azIseEnding)/sizeof(azIseEnding[0]); i++){
    int nEnd = (int)strlen(azIseEnding[i]), nRoot = n-nEnd;
    if( nRoot<3 || memcmp(z+nRoot, azIseEnding[i], (size_t)nEnd)!=0 ) continue;
    if( nRoot<arch_data_english_ise_roots_min_key || nRoot>arch_data_english_ise_roots_max_key
     || !arch_data_find(arch_data_english_ise_roots, arch_data_english_ise_roots_count, z,
                        (size_t)nRoot)
     || n>=nOut ){
      return 0;
    }
    memcpy(out, z, (size_t)n);
    out[nRoot+1] = 'z';                               /* organ-is-ation: organ-iz-ation */
    out[n] = 0;
    return n;
  }
  return 0;
}

/* The value of word z[0..n) in table aRow (nRow rows, keys of minKey to maxKey bytes) into out
** (nOut bytes, with its NUL): its length, 0 when the table has no such word or out is short,
** -1 when the word is not in the table. */
static int table_word(const ArchDataRow *aRow, unsigned nRow, int minKey, int maxKey,
                      const char *z, int n, char *out, int nOut){
  const ArchDataRow *r;
  int k;
  if( n<minKey || n>maxKey || (r = arch_data_find(aRow, nRow, z, (size_t)n))==0 ) return -1;
  k = (int)strlen(r->value);
  if( k>=nOut ) return 0;
  memcpy(out, r->value, (size_t)k+1);
  return k;
}

int arch_english_american(const char *z, int n, char *out, int nOut){
  int k;
  /* an irregular form ("spoke", "crises"): the word it inflects, which the stemmer stems as
  ** the other forms ("speak", "speaks", "speaking": speak) */
  k = table_word(arch_data_english_irregular, arch_data_english_irregular_count,
                 arch_data_english_irregular_min_key, arch_data_english_irregular_max_key,
                 z, n, out, nOut);
  if( k<0 ){
    k = table_word(arch_data_english_spellings, arch_data_english_spellings_count,
                   arch_data_english_spellings_min_key, arch_data_english_spellings_max_key,
                   z, n, out, nOut);
  }
  return k>=0 ? k : ise_to_ize(z, n, out, nOut);
}
