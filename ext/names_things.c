/*
** names_things.c: whether capitalized words of free text name a thing, a place or a ship rather
** than a person, for the name scanner (names_scan.c): a name that modifies a head word after it
** ("Kim Il Sung Square", "Lenin Peace Prize", "the Molotov–Ribbentrop Pact", "Mao suit"), a run
** after the words that make a thing of it ("the cruiser Admiral Nakhimov", "the Order of
** Lenin", "the city of Choibalsan"), a navy's prefix ("USS Turner Joy"), and a number after
** a word ("No. 54"). (A place that reads as a name, "Hong Kong", is names_scan.c's: it is
** asked at every word.)
*/
#include "names_int.h"

#include <stddef.h>

/* Does z[i..) begin with a number, after an optional period and spaces ("No. 54", "Nr 3")? */
int names_number_follows(const ScanText *p, size_t i){
  if( i<p->n && p->z[i]=='.' ) i++;
  while( i<p->n && (p->z[i]==' ' || p->z[i]=='\t') ) i++;
  return i<p->n && p->z[i]>='0' && p->z[i]<='9';
}

/* Does an en or em dash right after a name (at byte i) join it to a run that names a thing, a
** head word among its next four capitalized words ("the Molotov–Ribbentrop Pact", "the
** Kim–Mao Plan", "the Kim Il Sung–Kim Jong Il Foundation") or a head word in lower case
** right after them ("the Sukarno–Hatta airport")? Then the name before the dash modifies the
** thing too. "The Tito–Stalin split" and "Khrushchev–Eisenhower talks" name people. */
static int dash_joins_thing(const ScanText *p, size_t i){
  uint32_t cp;
  int len, j;
  if( i>=p->n ) return 0;
  len = text_utf8_decode((const unsigned char*)p->z+i, p->n-i, &cp);
  if( cp<0x2012 || cp>0x2015 ) return 0;
  i += (size_t)len;
  for(j=0; j<5; j++){
    Word next;
    char buf[NAMES_TOKEN_BYTES*2];
    int bits, n;
    size_t off = i;
    if( !names_scan_word(p->z, p->n, &off, &next) || next.start!=i
     || (!next.capital && j==0) ){
      return 0;
    }
    n = names_fold_and_class(p, &next, buf, (int)sizeof(buf), &bits);
    if( !next.capital ) return n>0 && (bits & WORD_MODIFIER);
    if( j==4 ) return 0;
    if( n>0 && (bits & (WORD_MODIFIER|WORD_MODIFIER_CAPITAL)) ) return 1;
    i = next.end;
    while( i<p->n && p->z[i]==' ' ) i++;
  }
  return 0;
}

/* Does a word that begins an object or an infinitive (object_words.tsv: "the", "a", "to")
** follow z[at], past spaces? */
static int object_follows(const ScanText *p, size_t at){
  size_t start, end;
  while( at<p->n && p->z[at]==' ' ) at++;
  for(start=end=at; end<p->n && p->z[end]>='a' && p->z[end]<='z'; end++){}
  return end>start && (end==p->n || p->z[end]==' ')
      && arch_data_find(arch_data_object_words, arch_data_object_words_count, p->z+start,
                        end-start)!=0;
}

/* Is the name that ends at a[iEnd-1] the modifier of a place, institution or thing: one of the
** next three words of its run a head word ("Kim Il Sung Square", "Lenin Peace Prize"), or the
** word right after it ("Mao suit"), or after a dash (dash_joins_thing())? A possessive keeps
** the mention ("Stalin's prize"). */
int names_a_thing(const ScanText *p, const Word *a, int k, int iEnd, size_t nameEnd){
  int j;
  Word next;
  size_t off = nameEnd;
  char buf[NAMES_TOKEN_BYTES*2];
  int n, bits;
  if( nameEnd<a[iEnd-1].end ) return 0;             /* a possessive was cut off */
  for(j=iEnd; j<k && j<iEnd+3; j++){
    if( a[j].modifier ) return 1;
  }
  if( iEnd<k ) return 0;
  if( dash_joins_thing(p, nameEnd) ) return 1;
  if( !names_scan_word(p->z, p->n, &off, &next) || next.breakBefore ) return 0;
  if( p->z[next.start-1]=='[' ) return 0;  /* an editor's bracket: "Pak Hon-yong [Park ...]" */
  n = names_fold_and_class(p, &next, buf, (int)sizeof(buf), &bits);
  return n>0 && ((bits & WORD_MODIFIER) || ((bits & WORD_MODIFIER_CAPITAL) && next.capital))
      && (next.capital || !object_follows(p, next.end));      /* "Kang Kon plan the attack" */
}

/* Do the words before a run that begins at `at` make the name of a thing of it: a vessel ("the
** cruiser Admiral Nakhimov", "the motor ship Kim Chaek"), or an award or a building, capitalized,
** before "of" ("the Order of Lenin"), or a place before "of" ("the city of Choibalsan")?
** (name_things_before.tsv) */
int names_thing_before(const ScanText *p, size_t at){
  const ArchDataRow *r;
  size_t start, n = names_word_before(p->z, at, &start);
  int mark = 0;
  if( n==2 && memcmp(p->z+start, "of", 2)==0 ){
    /* an award's or a building's name is capitalized: "by order of Stalin" is an order given */
    n = names_word_before(p->z, start, &start);
    if( n==0 ) return 0;
    mark = p->z[start]>='A' && p->z[start]<='Z' ? 1 : 2;    /* "the city of Choibalsan" */
  }
  if( n<(size_t)arch_data_name_things_before_min_key
   || n>(size_t)arch_data_name_things_before_max_key ){
    return 0;                                       /* "the", "and", "by": most words */
  }
  r = arch_data_find(arch_data_name_things_before, arch_data_name_things_before_count,
                     p->z+start, n);
  return r && (r->ivalue==mark || (mark==1 && r->ivalue==2));
}

/* Is w a navy's prefix in capitals that begins a ship's name, "USS" or "HMS"
** (ship_prefixes.tsv)? One look-up, for acronyms of a prefix's length only. */
int names_ship_prefix(const ScanText *p, const Word *w){
  size_t n = w->end - w->start;
  if( !w->acronym || n<(size_t)arch_data_ship_prefixes_min_key
   || n>(size_t)arch_data_ship_prefixes_max_key ){
    return 0;
  }
  return arch_data_find(arch_data_ship_prefixes, arch_data_ship_prefixes_count, p->z+w->start,
                        n)!=0;
}
