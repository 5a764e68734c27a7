/*
** names_unspaced.c: names in text written without spaces (names_int.h:
** names_unspaced_inside()). Chinese and Japanese write no spaces between words, so a name is
** part of a longer word of the scanner's (names_words.c): "毛泽东与金日成的会谈记录", Mao Zedong's
** talk with Kim Il Sung; "スターリンは金日成と会談した". names_scan.c asks this file, at each
** word of a run, for the first known person's spelling inside it:
**
**   - in Han, the authority's spellings of three characters or more, wherever they begin, the
**     longest first. Of two, the characters of a name meet too often across the words of a
**     sentence: 资金一直, "funds all along", holds 金一, Kim Il. A word that is a name itself,
**     its title joined ("毛泽东主席"), is read_name()'s, as before.
**   - in katakana, in which Japanese writes foreign names, a whole run of it (スターリン before
**     the particle は; not the スターリン of スターリングラード, Stalingrad).
**
** A name right before a word of han_name_things.tsv names a thing or a place, no person:
** 毛泽东思想, Mao Zedong Thought; 金日成综合大学, Kim Il Sung University; 斯大林格勒, Stalingrad;
** 胡志明市, Ho Chi Minh City; スターリン主義, Stalinism.
**
** Only people the authority knows: an unknown name inside such text cannot be told from the
** words around it. The look-ups go through the authority's map of spellings, keyed by the
** text as written, before name_analyze() confirms the person.
*/
#include "names_int.h"

/* At most this many characters to a name in Han. */
#define HAN_NAME_MAX_CHARS 5

/* The script of the character at z[i..n): 1 Han, 2 katakana, 3 hiragana, 0 another; its
** length in *pLen. */
static int unspaced_script_at(const char *z, size_t i, size_t n, int *pLen){
  uint32_t cp;
  *pLen = text_utf8_decode((const unsigned char*)z+i, n-i, &cp);
  if( *pLen<=0 ) return 0;
  if( text_is_han(cp) ) return 1;
  if( text_is_katakana(cp) ) return 2;
  return text_is_hiragana(cp) ? 3 : 0;
}

/* Is z[start..end) a spelling of a known person? Into *pFound when it is. */
static int known_spelling_at(const ScanText *p, size_t start, size_t end, NameFound *pFound){
  if( names_map_get(&p->pAuth->variants, p->z+start, (int)(end-start), -1)<0 ) return 0;
  if( !name_analyze_cached(p->pAuth, p->pCache, p->z+start, end-start, &pFound->info)
   || pFound->info.person<0 ){
    return 0;
  }
  pFound->start = start;
  pFound->end = end;
  return 1;
}

/* Does a word of han_name_things.tsv begin at z[i..end), making a thing or a place of the name
** before it ("毛泽东思想", Mao Zedong Thought; "斯大林格勒", Stalingrad)? */
static int thing_after(const char *z, size_t i, size_t end){
  size_t n;
  for(n=3; n<=(size_t)arch_data_han_name_things_max_key && i+n<=end; n+=3){
    if( arch_data_find(arch_data_han_name_things, arch_data_han_name_things_count, z+i, n) ){
      return 1;
    }
  }
  return 0;
}

/* The longest known spelling in Han that begins at z[s], of three to HAN_NAME_MAX_CHARS
** characters, all Han, before `end`, and no thing's name (thing_after()). */
static int han_spelling_at(const ScanText *p, size_t s, size_t end, NameFound *pFound){
  size_t aEnd[HAN_NAME_MAX_CHARS+1], i = s;
  int nChar = 0, len;
  while( nChar<HAN_NAME_MAX_CHARS && i<end && unspaced_script_at(p->z, i, end, &len)==1 ){
    i += (size_t)len;
    aEnd[++nChar] = i;
  }
  for(; nChar>=3; nChar--){
    if( known_spelling_at(p, s, aEnd[nChar], pFound) ){
      return !thing_after(p->z, aEnd[nChar], end);
    }
  }
  return 0;
}

int names_unspaced_inside(const ScanText *p, const Word *w, NameFound *pFound){
  size_t i = w->start;
  int len, prev = 0, hiragana = 0;
  if( (unsigned char)p->z[w->start]<0xE3 ) return 0;     /* no Han or kana begins with less */
  while( i<w->end ){
    int script = unspaced_script_at(p->z, i, w->end, &len);
    if( script==0 ) return 0;
    hiragana |= script==3;
    i += (size_t)len;
  }
  /* a word that is a name, its title joined ("毛泽东主席"), is read_name()'s; with hiragana,
  ** the particles of Japanese, a word is more than a name ("金日成は") */
  if( !hiragana
   && name_analyze_cached(p->pAuth, p->pCache, p->z+w->start, w->end-w->start, &pFound->info)
   && pFound->info.person>=0 ){
    return 0;
  }
  for(i=w->start; i<w->end; i+=(size_t)len){
    int script = unspaced_script_at(p->z, i, w->end, &len);
    if( script==1 && han_spelling_at(p, i, w->end, pFound) ) return 1;
    if( script==2 && prev!=2 ){                     /* a run of katakana, whole */
      size_t e = i+(size_t)len;
      int k;
      while( e<w->end && unspaced_script_at(p->z, e, w->end, &k)==2 ) e += (size_t)k;
      if( e-i<w->end-w->start && known_spelling_at(p, i, e, pFound)
       && !thing_after(p->z, e, w->end) ){
        return 1;
      }
    }
    prev = script;
  }
  return 0;
}
