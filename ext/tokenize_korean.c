/*
** tokenize_korean.c: the other forms of Korean words, for the "archivist" tokenizer
** (tokenize.c): Hangul words without their particles, and place names with their suffix joined.
**
** Particles. Korean words without the particle that running Korean text writes joined
** to them. Korean marks case and topic with
** particles written as part of the word: "동지의" (of the comrade), "동지가" (the comrade,
** subject), "평양에서" (in Pyongyang). A reader searching "동지" or "평양" means those words
** too; Snowball has no Korean. A document's Hangul word that ends with a particle of
** ext/data/korean_particles.tsv (the list the name scanner cuts from names: 김일성은 is Kim Il
** Sung) also gives the word without it, at the same position.
**
**     int n = arch_hangul_without_particle("동지의", 9);   // 6: "동지"
**
** Two syllables at least stay before the particle, so that a word of two syllables is never cut
** to one ("회의", meeting, is no 회 with 의), and the longest particle is cut ("에서" before
** "서"). A word that is itself a particle, or ends with none, is left whole (0).
**
** Places. Romanized Korean writes the word that ends a place name hyphenated or joined
** (Chŏngsan-ri and Chongsanri, Paektu-san and Paektusan: korean_place_suffixes.tsv). A document's
** word hyphenated to one also gives the two joined:
**
**     int k = arch_korean_place_suffix("Chongsan-ri farm", 16, 9);   // 2: "ri"
*/
#include "tokenize.h"
#include "archivist_data.h"

#include <stddef.h>

/* Is c an ASCII letter or digit? */
static int is_ascii_alnum(char c){
  return ((c|0x20)>='a' && (c|0x20)<='z') || (c>='0' && c<='9');
}

int arch_korean_place_suffix(const char *z, int n, int i){
  int j = i;
  while( j<n && ((z[j]|0x20)>='a' && (z[j]|0x20)<='z') ) j++;
  if( j==i || j-i<arch_data_korean_place_suffixes_min_key
   || j-i>arch_data_korean_place_suffixes_max_key
   || (j<n && (is_ascii_alnum(z[j]) || (unsigned char)z[j]>=0x80 || z[j]=='-'
               || z[j]=='\'')) ){
    return 0;
  }
  return arch_data_find(arch_data_korean_place_suffixes, arch_data_korean_place_suffixes_count,
                        z+i, (size_t)(j-i)) ? j-i : 0;
}

/* Each Hangul syllable (U+AC00..U+D7A3) is three bytes of UTF-8, the first 0xEA..0xED. */
#define HANGUL_BYTES 3

static int is_hangul_syllable(const unsigned char *z){
  unsigned cp;
  if( z[0]<0xEA || z[0]>0xED ) return 0;
  cp = ((unsigned)(z[0]&0x0F)<<12) | ((unsigned)(z[1]&0x3F)<<6) | (unsigned)(z[2]&0x3F);
  return cp>=0xAC00 && cp<=0xD7A3;
}

int arch_hangul_without_particle(const char *z, int n){
  int cut, k;
  if( n<3*HANGUL_BYTES || n%HANGUL_BYTES!=0 ) return 0;
  for(k=0; k<n; k+=HANGUL_BYTES){
    if( !is_hangul_syllable((const unsigned char*)z+k) ) return 0;
  }
  for(cut=2*HANGUL_BYTES; cut<n; cut+=HANGUL_BYTES){         /* the longest particle first */
    int nParticle = n - cut;
    if( nParticle<arch_data_korean_particles_min_key
     || nParticle>arch_data_korean_particles_max_key ){
      continue;
    }
    if( arch_data_find(arch_data_korean_particles, arch_data_korean_particles_count, z+cut,
                       (size_t)nParticle) ){
      return cut;
    }
  }
  return 0;
}
