/*
** datefold_gen.c: the date tables folded, compiled into C at build time.
**
**     datefold_gen months seasons weekdays date_prepositions > build/gen/dates_fold_data.c
**
** For each table named (one of the compiled tables of ext/data/), writes
** `arch_data_NAME_folded[]` and `arch_data_NAME_folded_count`: the same rows under their keys
** folded by dates_fold_word() (case, decomposition, marks stripped), sorted for
** arch_data_find(). Two rows whose folded keys meet are written once when they mean the same;
** when they mean different things (a month in one language, another month in another, told
** apart only by a diacritic) the folded key is left out, and named on stderr, so that a word
** without its diacritics is never read as the wrong month.
*/
#include "dates_int.h"
#include "archivist_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct FoldedRow {
  char zKey[64];
  int nKey;
  const ArchDataRow *pRow;
  int conflict;
} FoldedRow;

static int compare_rows(const void *a, const void *b){
  const FoldedRow *x = a, *y = b;
  int n = x->nKey<y->nKey ? x->nKey : y->nKey;
  int c = memcmp(x->zKey, y->zKey, (size_t)n);
  if( c ) return c;
  return x->nKey - y->nKey;
}

static void put_cstring(const char *z, int n){
  int i;
  putchar('"');
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c=='\\' || c=='"' ) printf("\\%c", c);
    else if( c<32 || c>126 ) printf("\\%03o", c);
    else putchar(c);
  }
  putchar('"');
}

static int write_table(const char *zName, const ArchDataRow *aRow, unsigned nRow){
  FoldedRow *a = calloc(nRow ? nRow : 1, sizeof(FoldedRow));
  unsigned i, j, nOut = 0;
  if( a==0 ) return 1;
  for(i=0; i<nRow; i++){
    a[i].nKey = dates_fold_word(aRow[i].key, (size_t)aRow[i].nKey, a[i].zKey,
                                sizeof(a[i].zKey));
    if( a[i].nKey<0 ){
      fprintf(stderr, "datefold_gen: %s: key '%s' cannot be folded\n", zName, aRow[i].key);
      free(a);
      return 1;
    }
    a[i].pRow = &aRow[i];
  }
  qsort(a, nRow, sizeof(FoldedRow), compare_rows);
  for(i=0; i+1<nRow; i++){
    if( compare_rows(&a[i], &a[i+1])==0 && strcmp(a[i].pRow->value, a[i+1].pRow->value)!=0 ){
      a[i].conflict = a[i+1].conflict = 1;
      fprintf(stderr, "datefold_gen: %s: '%.*s' left out: it folds '%s' and '%s' together\n",
              zName, a[i].nKey, a[i].zKey, a[i].pRow->key, a[i+1].pRow->key);
    }
  }
  printf("\nconst ArchDataRow arch_data_%s_folded[] = {\n", zName);
  for(i=0; i<nRow; i=j){
    for(j=i+1; j<nRow && compare_rows(&a[i], &a[j])==0; j++){}
    if( a[i].conflict ) continue;
    printf("  { ");
    put_cstring(a[i].zKey, a[i].nKey);
    printf(", %d, ", a[i].nKey);
    put_cstring(a[i].pRow->value, (int)strlen(a[i].pRow->value));
    printf(", %d },\n", a[i].pRow->ivalue);
    nOut++;
  }
  if( nOut==0 ) printf("  { \"\", 0, \"\", 0 },\n");
  printf("};\nconst unsigned arch_data_%s_folded_count = %u;\n", zName, nOut);
  free(a);
  return 0;
}

int main(int argc, char **argv){
  static const struct {
    const char *zName;
    const ArchDataRow *aRow;
    const unsigned *pnRow;
  } aTable[] = {
    { "months",   arch_data_months,   &arch_data_months_count },
    { "seasons",  arch_data_seasons,  &arch_data_seasons_count },
    { "weekdays", arch_data_weekdays, &arch_data_weekdays_count },
    { "date_prepositions", arch_data_date_prepositions, &arch_data_date_prepositions_count },
    { "count_nouns", arch_data_count_nouns, &arch_data_count_nouns_count },
  };
  int i;
  size_t t;
  printf("/* Generated from the tables of ext/data/ by ext/data/datefold_gen.c. Do not edit. */\n");
  printf("#include \"dates_int.h\"\n");
  for(i=1; i<argc; i++){
    for(t=0; t<sizeof(aTable)/sizeof(aTable[0]); t++){
      if( strcmp(argv[i], aTable[t].zName)==0 ) break;
    }
    if( t==sizeof(aTable)/sizeof(aTable[0]) ){
      fprintf(stderr, "datefold_gen: no table '%s'\n", argv[i]);
      return 1;
    }
    if( write_table(aTable[t].zName, aTable[t].aRow, *aTable[t].pnRow) ) return 1;
  }
  return 0;
}
