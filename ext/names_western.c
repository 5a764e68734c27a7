/*
** names_western.c: the renderings of a (mostly Slavic) name in the languages documents write it
** in, folded into one spelling, word by word, for the name key (names_int.h).
**
** Chruschtschow (German), Chruszczow (Polish), Chruščov (Czech), Hruscsov (Hungarian) and
** Khrushchev (English) all give "hrushchev".
*/
#include "names_int.h"

/* Replace every `from` (nf bytes) by `to` (nt bytes) in z[0..n), in place; returns the new
** length, never above nMax-1. */
static int replace_all(char *z, int n, const char *from, int nf, const char *to, int nt,
                       int nMax){
  int i = 0;
  while( i+nf<=n ){
    if( z[i]==from[0] && memcmp(z+i, from, (size_t)nf)==0 ){
      if( n-nf+nt>=nMax ) return n;
      memmove(z+i+nt, z+i+nf, (size_t)(n-i-nf+1));
      memcpy(z+i, to, (size_t)nt);
      n += nt-nf;
      i += nt;
    }else{
      i++;
    }
  }
  return n;
}

static int is_vowel(char c){ return c && strchr("aeiouy", c)!=0; }

int names_fold_western(char *z, int n, int nMax){
  static const struct { const char *zFrom; int nFrom; const char *zTo; int nTo; } aRule[] = {
    {"-",1,"",0}, {"'",1,"",0}, {"schtsch",7,"shch",4}, {"szcz",4,"shch",4},
    {"scs",3,"shch",4}, {"tsch",4,"ch",2}, {"sch",3,"sh",2}, {"sz",2,"sh",2}, {"cz",2,"ch",2},
    {"cs",2,"ch",2}, {"zs",2,"zh",2}, {"tz",2,"ts",2}, {"ck",2,"k",1}, {"w",1,"v",1},
    {"kh",2,"h",1},
  };
  size_t r;
  int i, o;
  for(r=0; r<sizeof(aRule)/sizeof(aRule[0]); r++){
    if( !memchr(z, aRule[r].zFrom[0], (size_t)n) ) continue;
    n = replace_all(z, n, aRule[r].zFrom, aRule[r].nFrom, aRule[r].zTo, aRule[r].nTo, nMax);
  }
  if( n>2 && z[0]=='c' && z[1]=='h' && !is_vowel(z[2]) ){      /* German "Chr-" is Russian "Khr-" */
    memmove(z, z+1, (size_t)n);
    n--;
  }
  if( n>2 && z[0]=='z' && !is_vowel(z[1]) && z[1]!='h' ){     /* German "Zv-" is Russian "Tsv-" */
    if( n+1>=nMax ) return n;
    memmove(z+2, z+1, (size_t)n);
    z[0] = 't'; z[1] = 's';
    n++;
  }
  if( n>2 && z[0]=='j' && is_vowel(z[1]) ) z[0] = 'y';         /* Jurij = Yuri */
  /* the endings -ij, -iy, -ii, -yi all write -i */
  if( n>3 && (names_ends_with(z, n, "ij") || names_ends_with(z, n, "iy")
           || names_ends_with(z, n, "ii") || names_ends_with(z, n, "yi")) ){
    z[--n] = 0;
    z[n-1] = 'i';
  }
  /* ё after a hissing sound is written e or o: Khrushchev, Chruščov */
  if( n>4 && z[n-2]=='o' && z[n-1]=='v' && (z[n-3]=='h' || z[n-3]=='j') ) z[n-2] = 'e';
  /* double letters */
  for(i=0, o=0; i<n; i++){
    if( o>0 && z[o-1]==z[i] ) continue;
    z[o++] = z[i];
  }
  z[o] = 0;
  return o;
}
