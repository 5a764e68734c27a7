/*
** names_western.c: the renderings of a (mostly Slavic) name in the languages documents write
** it in, folded into one spelling, word by word, for the name key (names_int.h).
**
**     char w[NAMES_TOKEN_BYTES] = "chruschtschow";          (a word as names_script.c folds it)
**     int n = names_fold_western(w, 13, sizeof(w));           w is now "hrushev", n 7
**
** Khrushchev, Chruschtschow (German), Chruszczow (Polish), Chruščov (Czech), Hruscsov
** (Hungarian), Khrouchtchev (French), Kruschev (English press) all give "hrushev"; Malenkov,
** Malenkow, Malienkow, Malenkof, Malenkoff give "malenkov"; Zhdanov, Shdanow, Jdanov, Żdanow,
** Zsdanov give "shdanov"; Yuri, Jurij, Iouri, Youri, Juri give "yuri".
**
** The word arrives folded (names_script.c): lower-case ASCII, marks gone except those that
** latin_letters.tsv writes out (č š ž ż as ch sh zh zh, ł as l). It is read in three steps:
**
** 1. Cues. Which orthography wrote the word, from letters only that orthography uses (a word
**    without cues is read as English):
**      Polish     cz, sz (without Hungarian cues), rz, dzk, -iej, ie after a consonant with w;
**                 w with -ij, with c, or with i before a vowel (Wasilij, Pozdniakow)
**      Hungarian  cs, zs, gy, nyi/nye/tyi, szi, -isz, sz with v, -ej, -kij or j after a
**                 consonant; scs
**      German     sch, tsch, w (without Polish cues), z after l or n
**      French     iou, ou in a Slavic word, gu before e/i, initial tch, chtch, -yne
**      Italian    ci before a, o, u, or sc before e, i, in a word with a Slavic ending
**      Spanish    (a name's cue only) á í ó ú before the last syllable of a word with a
**                 Russian ending (Súslov; Czech Antonín has it in the last), í or ú after a
**                 vowel (the hiatus of Mijaíl), or
**                 ñ, without letters of Czech, Slovak, Hungarian, Polish or Portuguese, which
**                 write those vowels in names of their own (Mijaíl Súslov; not Józef Czyrek),
**                 nor a j for й at a word's end (Jurij)
**      Slavic c   c is ц: Polish, Hungarian, or a Slavic ending (-ov -ev -sky -ij -enko -cki
**                 ...), or cy before a consonant, -cin, -cyn
**      Slavic     a Slavic ending, or -in -yn -ko -dze -ny -oy -nik, or letters only
**                 renderings write (kh, zh, cz, sz, cs, zs, tsch, shch): only in such a word is
**                 sch ш, ou у, y ы, initial kr or chr хр, and ie е after a consonant, so that
**                 Fischer and Fisher, Busch and Bush, Jung and Young, Friedman and Fredman
**                 keep their keys
**    names_western_name_cues() reads a whole name so: a word without cues of its own is read
**    by its name's (Michail Gorbatschow: German; Édouard Chevardnadze: French by its é).
** 2. Transcription into the sounds of Russian, one byte each: the digraphs of each orthography
**    read by its rules (upper case letters are the sounds Latin has no letter for):
**      х  h      kh, h; ch (Polish, German, Italian, Czech; any ch before r, l, m, n, v);
**                initial j before r, any j in Spanish; initial kr (the English press drops
**                the h);
**                initial x before a consonant (Xrushchev), or in a word with a Slavic ending
**                (Xaritonov; else x before a vowel is кс: Xenia)
**      ч  C      ch (English, Czech č), tch, tsch, cz, cs, tsj; c, ci before a vowel (Italian)
**      ш  S      sh, sch, sz (Polish), s (Hungarian), ch (French), sc/sci (Italian)
**      щ  S      shch, sch, schtsch, szcz, scs, chtch, Romanian șc before e, i, s + ч: as ш
**                (renderings rarely agree)
**      ж  S      zh, zs, ż, ž, j (French, and before d), zj: as ш, for German writes both sch
**      ц  T      ts, tz, c (Slavic; also in -cki), z (German, not before a consonant but k;
**                after l, n; initial zv/zw), cy + consonant
**      й  J      y, j, i, ï before a vowel or after one; iotation: ya ja ia, yu ju iu, ye je ie
**      ы  i      y after a consonant in a Slavic word, and at the end (Hungarian, Italian,
**                Spanish write i); Hungarian gy, ny, ty before i, e: д н т, before a o u: дя ...
**      в  v      w; ф f: ph; к k: c before a, o, u, a consonant or at the end, ck, q (but
**                pinyin qi, ч: Qing is no King); x: ks
** 3. Folding what renderings never agree on:
**      ye, je, ie, ë: e (Yeltsin = Jelzin = Eltsine; Sergeyev = Sergejew = Siergiejew)
**      yo, io, jo after a consonant, not at the end: e (Fyodor = Fiodor = Fjodor = Fedor),
**      and the eo of English Feodor (Feodorov = Fyodorov)
**      -ov, -ev after ч ш щ ж: -ev (Gorbachev = Gorbatschow = Gorbaczow = Gorbatchov); after
**      л too (Zhuravlyov = Zhuravlev = Żurawlow; Kozlov's key is kozlev)
**      -off, -of: -ov; -eff, -ef: -ev (Smirnoff, Malenkof)
**      й before a consonant or at the end: i (Andrei = Andrey = Andrej = Andriej = Andreï);
**      -ii, -iy, -ij, -yi, -yj: -i (Yuri = Jurij = Yuriy; Dzerzhinsky = Dzierżyński(j) = ski)
**      double letters single (Kossygin = Kosygin); a final consonant + r: +er (Aleksandr =
**      Alexander, Petr = Pyotr = Piotr = Peter); ль before у: л (Lyudmila = Ludmila);
**      Czech -ová after -ova (Těreškovová), Polish -ska: -skaya; French -ine: -in where the word
**      shows French or a transliteration (Kossyguine, Soljénitsyne, Eltsine)
**
** Classes stay fine enough to keep names apart: the feminine -a stays (Ivanov, Ivanova), as
** do -sky against -ov (Sokolov, Sokolovsky), ц against с and з, ч against х, и against е.
** A translation of a given name is not a rendering (Nikolai is not Nicolas, Mikhail is not
** Michael, Iosif is not Joseph): those keep their own keys.
*/
#include "names_int.h"

/* Not yet in names_int.h: the orthography of a whole name, so that a word without cues of its
** own is read as its name's other words are (Michail Gorbatschow, Janna Jouravleva), and the
** fold with it. names_fold_western() is names_fold_western_cued() with no cues of the name. */

/* The orthographies a word shows cues of (step 1). */
enum {
  CUE_POLISH = 1,
  CUE_HUNGARIAN = 2,
  CUE_GERMAN = 4,
  CUE_FRENCH = 8,
  CUE_ITALIAN = 16,
  CUE_SLAVIC_C = 32,             /* c is ц */
  CUE_SLAVIC_END = 64,           /* a Slavic surname's ending: ie after a consonant is е */
  CUE_TRANSLIT = 128,            /* letters only a transliteration writes: kh, zh, ts, y (ы) */
  CUE_SLAVIC = 256,              /* a Slavic word: an ending, or letters (kh, zh, cz, sz ...) of
                                 ** renderings; only there is sch ш, ou у, y ы, kr хр */
  CUE_WEAK = 512,                /* the orthography rests on w alone (German or Polish) */
  CUE_WRITTEN = 1024,            /* (a name's cues) read from letters as written: é, ł, ő */
  CUE_SPANISH = 2048,            /* (a name's cues) á í ó ú ñ as written, no other's letters */
  CUE_CENTRAL = 4096,            /* (a name's cues) a word ends in j for й (Sergej, Grigorij),
                                 ** as German, Polish, Czech and South Slavic write it, and no
                                 ** č š ž: ch is х, c before a, o, u is ц (Charitonov, Carapkin) */
  CUE_HU_WRITTEN = 8192          /* (a name's cues) a word whose sz would be Polish is written
                                 ** with á í ú, which Polish has not: Hungarian (Sztálin) */
};

static int is_vowel(char c){ return c=='a' || c=='e' || c=='i' || c=='o' || c=='u' || c=='y'; }
static int is_plain_vowel(char c){ return c=='a' || c=='e' || c=='i' || c=='o' || c=='u'; }
static int is_letter(char c){ return c>='a' && c<='z'; }
static int is_consonant(char c){ return is_letter(c) && !is_vowel(c); }

/* The byte at i, or 0 past the end. */
/* The byte at i, or 0 before the start; the word is read from a copy padded with zeros
** (pad_word), so that the bytes after its end are 0 too. */
#define WORD_PAD 8
#define AT(i) ((i)>=0 ? z[(i)] : 0)

/* Copy word z[0..n) (n<=NAMES_TOKEN_BYTES) into buf, followed by WORD_PAD zeros. */
static void pad_word(const char *z, int n, char *buf){
  memcpy(buf, z, (size_t)n);
  memset(buf+n, 0, WORD_PAD);
}

/* A suffix, with its length. */
typedef struct Suffix { const char *z; int n; } Suffix;
#define SUFFIX(s) { s, (int)sizeof(s)-1 }

static int ends_with(const char *z, int n, const char *zSuffix){
  int k = (int)strlen(zSuffix);
  return n>=k && memcmp(z+n-k, zSuffix, (size_t)k)==0;
}

/* True when z[0..n) ends with one of the suffixes, after at least two letters of its own. */
static int ends_with_any(const char *z, int n, const Suffix *a, int nSuffix){
  int i;
  if( n<3 ) return 0;
  for(i=0; i<nSuffix; i++){
    int k = a[i].n;
    if( n>k+1 && z[n-1]==a[i].z[k-1] && memcmp(z+n-k, a[i].z, (size_t)k)==0 ) return 1;
  }
  return 0;
}

/* A Slavic surname's ending: the renderings of -ов, -ев, -ский, -ий, -енко, -ук, -ич, -ых. */
static int has_slavic_ending(const char *z, int n){
  static const Suffix aEnd[] = {
    SUFFIX("ov"), SUFFIX("ev"), SUFFIX("ow"), SUFFIX("ew"), SUFFIX("ova"), SUFFIX("eva"),
    SUFFIX("owa"), SUFFIX("ewa"), SUFFIX("off"), SUFFIX("eff"), SUFFIX("of"), SUFFIX("ef"),
    SUFFIX("sky"), SUFFIX("ski"), SUFFIX("skij"), SUFFIX("skii"), SUFFIX("skiy"), SUFFIX("ska"),
    SUFFIX("skaya"), SUFFIX("skaja"), SUFFIX("skaia"), SUFFIX("ij"), SUFFIX("yj"), SUFFIX("iy"),
    SUFFIX("enko"), SUFFIX("uk"), SUFFIX("ich"), SUFFIX("ic"), SUFFIX("icz"), SUFFIX("ics"),
    SUFFIX("itch"), SUFFIX("ytch"), SUFFIX("ych"), SUFFIX("ykh"), SUFFIX("ikh"), SUFFIX("cki"),
    SUFFIX("ckij"), SUFFIX("zki"),
  };
  if( n<3 || !strchr("vwafyijokhczs", z[n-1]) ) return 0;
  return ends_with_any(z, n, aEnd, (int)(sizeof(aEnd)/sizeof(aEnd[0])));
}

/* Other endings of Slavic (and Georgian) names, that Western names share more often: -in,
** -yn, -ko, -dze, -ny, -oy, -nik. */
static int has_slavic_ending_weak(const char *z, int n){
  static const Suffix aEnd[] = {
    SUFFIX("in"), SUFFIX("yn"), SUFFIX("ine"), SUFFIX("yne"), SUFFIX("ina"), SUFFIX("yna"),
    SUFFIX("ko"), SUFFIX("dze"), SUFFIX("dse"), SUFFIX("ny"), SUFFIX("nyi"), SUFFIX("nij"),
    SUFFIX("nyj"), SUFFIX("oy"), SUFFIX("oj"), SUFFIX("oi"), SUFFIX("shvili"), SUFFIX("nik"),
  };
  if( n<3 || !strchr("neaoyijk", z[n-1]) ) return 0;
  return ends_with_any(z, n, aEnd, (int)(sizeof(aEnd)/sizeof(aEnd[0])));
}

/* Step 1: the cues of a word's orthography, in one pass over its letters (z padded). */
static unsigned word_cues(const char *z, int n){
  int i, w = 0, v = 0, sz = 0, ie = 0, cBare = 0, it = 0, ou = 0, iou = 0, iotI = 0, cj = 0;
  int huStrong = 0, plStrong = 0, plWeak = 0, de = 0, fr = 0, letters = 0;
  int slavic = has_slavic_ending(z, n), slavicish;
  unsigned cues = 0;
  for(i=0; i<n; i++){
    char c = z[i], c1 = AT(i+1), c2 = AT(i+2);
    switch( c ){
      case 'w': w = 1; break;
      case 'v': v = 1; break;
      case 'k':
        if( c1=='h' ){ letters = 1; cues |= CUE_TRANSLIT; }
        break;
      case 'c':
        if( c1=='z' ){ plStrong = 1; letters = 1; }
        else if( c1=='s' ){ huStrong = 1; letters = 1; }
        else if( c1=='h' ){
          if( i>0 && z[i-1]=='s' ) de = 1;                                /* sch, tsch */
          if( i>1 && z[i-1]=='s' && z[i-2]=='t' ) letters = 1;            /* tsch */
          if( i>1 && z[i-1]=='h' && z[i-2]=='s' ) letters = 1;            /* shch */
          if( i==1 && z[0]=='t' ) fr = 1;                                  /* Tchernychev */
          if( i>0 && z[i-1]=='t' && AT(i-2)=='h' && AT(i-3)=='c' ) fr = 1;  /* chtch */
        }
        else if( c1!='k' ) cBare = 1;
        if( c1=='i' && (c2=='a' || c2=='o' || c2=='u') ) it = 1;          /* Gorbaciov */
        if( (c1=='e' || c1=='i') && i>0 && z[i-1]=='s' ) it = 1;          /* Kruscev */
        if( c1=='y' && is_consonant(c2) ) cues |= CUE_SLAVIC_C;           /* Jelcyn */
        if( (c1=='i' || c1=='y') && c2=='n' && i+3==n ) cues |= CUE_SLAVIC_C;
        break;
      case 's':
        if( c1=='z' ){ sz = 1; letters = 1; if( c2=='i' ) huStrong = 1; } /* Polish has no szi */
        if( c1=='c' && c2=='s' ) huStrong = 1;
        break;
      case 'z':
        if( c1=='s' && i>0 && z[i-1]!='t' ){ huStrong = 1; letters = 1; }
        if( c1=='h' ){ letters = 1; cues |= CUE_TRANSLIT; }
        if( i>0 && (z[i-1]=='l' || z[i-1]=='n') ) de = 1;                 /* Jelzin */
        break;
      case 'r':
        if( c1=='z' && c2!='h' && c2!='s' && i>0 ) plWeak = 1;
        break;
      case 'd':
        if( c1=='z' && (c2=='k' || (c2=='i' && is_vowel(AT(i+3)))) ) plWeak = 1;   /* Zawadzki */
        break;
      case 'g':
        if( c1=='y' && (c2=='e' || c2=='i' || c2=='o' || (slavic && is_vowel(c2))) && i>0 ){
          huStrong = 1;                                                   /* Vlagyimir */
        }
        if( c1=='y' && i==0 && slavic && is_vowel(c2) ) huStrong = 1;     /* Gyatlov: дя */
        if( c1=='u' && (c2=='e' || c2=='i') ) fr = 1;
        break;
      case 'n': case 't':
        if( c1=='y' && c2=='i' && AT(i+3) ) huStrong = 1;                 /* Nyikita */
        if( c1=='y' && c2=='e' && AT(i+3) && (i==0 || is_vowel(z[i-1])) ) huStrong = 1;
        if( c=='t' && c1=='s' ) cues |= CUE_TRANSLIT;
        break;
      case 'o':
        if( c1=='u' ){
          ou = 1;
          if( i>0 && (z[i-1]=='i' || (z[i-1]=='y' && c2!='n')) ) iou = 1;  /* Iouri */
        }
        break;
      case 'i':
        if( c1=='e' && i>0 && is_consonant(z[i-1]) ) ie = 1;
        if( (c1=='a' || c1=='o' || c1=='u') && i>0 && is_consonant(z[i-1]) ) iotI++;
        break;
      case 'j':
        if( i>0 && is_consonant(z[i-1]) && is_vowel(c1) ) cj = 1;
        break;
      case 'y':
        if( i>0 && is_consonant(z[i-1]) && is_consonant(c1) ) cues |= CUE_TRANSLIT;
        break;
    }
  }
  slavicish = slavic || letters || has_slavic_ending_weak(z, n);
  if( n>4 && ends_with(z, n, "iej") ) plStrong = 1;
  if( n>4 && ends_with(z, n, "isz") ) huStrong = 1;                   /* Borisz, Denisz */
  if( w && ie ) plStrong = 1;
  if( n>4 && ends_with(z, n, "yne") && is_consonant(z[n-4]) ) fr = 1;
  if( sz && !plStrong && !w && (v || (n>3 && ends_with(z, n, "ej") && z[n-3]!='i')
                                || ends_with(z, n, "kij")) ){
    huStrong = 1;
  }
  if( w && cBare ) plWeak = 1;
  if( w && (ends_with(z, n, "ij") || iotI) ) plWeak = 1;             /* Wasilij, Pozdniakow */
  if( sz && cj ) huStrong = 1;                                       /* Szemjon: Polish has mi */
  if( iou || (ou && slavicish) ) fr = 1;                             /* Iouri, Joukov */
  if( huStrong && !plStrong ){
    cues |= CUE_HUNGARIAN;
  }else if( plStrong || plWeak || sz ){
    cues |= CUE_POLISH;
    if( !plStrong && !sz ) cues |= CUE_WEAK;
  }else if( de || w ){
    cues |= CUE_GERMAN;
    if( !de ) cues |= CUE_WEAK;
  }else if( fr ){
    cues |= CUE_FRENCH;
  }else if( slavic && it ){
    cues |= CUE_ITALIAN;                                             /* Gorbaciov, Kruscev */
  }
  if( !(cues & CUE_ITALIAN) ) it = 0;
  if( cBare && ((cues & (CUE_POLISH|CUE_HUNGARIAN)) || (slavic && !it)) ) cues |= CUE_SLAVIC_C;
  if( slavic ) cues |= CUE_SLAVIC_END;
  if( slavicish || (cues & (CUE_POLISH|CUE_HUNGARIAN|CUE_FRENCH)) || (ie && iotI) ){
    cues |= CUE_SLAVIC;                                              /* Siemion */
  }
  return cues;
}

/* ---------------------------------------------------------------- step 2: transcription */

/* Append phoneme c to out (room is checked by the caller: out holds 2n+1 bytes). */
#define EMIT(c) (out[o++] = (char)(c))

/* Hungarian ty, gy, ny, ly before vowel v: the consonant (t, d, n, l) at out[o], soft before
** i and e (ти, ди, ни), with й before a, o, u (тя, дя, ня); the new length of out. */
static int hungarian_palatal(char consonant, char v, char *out, int o){
  out[o++] = consonant;
  if( v=='a' || v=='o' || v=='u' ) out[o++] = 'J';
  return o;
}

/* Read the word z[0..n) (padded) by its orthography's rules into the sounds of Russian (see the
** header comment), one byte each. Returns the length written to out (at most 2n). */
static int transcribe(const char *z, int n, unsigned cues, char *out){
  int i = 0, o = 0;
  int pl = (cues & CUE_POLISH)!=0, hu = (cues & CUE_HUNGARIAN)!=0;
  int de = (cues & CUE_GERMAN)!=0, fr = (cues & CUE_FRENCH)!=0;
  int it = (cues & CUE_ITALIAN)!=0, slavicC = (cues & CUE_SLAVIC_C)!=0;
  int slav = (cues & CUE_SLAVIC)!=0, es = (cues & CUE_SPANISH)!=0;
  int central = (cues & CUE_CENTRAL)!=0;
  while( i<n ){
    char c = z[i], c1 = AT(i+1), c2 = AT(i+2), c3 = AT(i+3);
    char prev = o>0 ? out[o-1] : 0;
    switch( c ){
      case '\'': case '-':                        /* soft and hard signs, joined names */
        i++;
        break;
      case 'c':
        if( c1=='h' && c2=='t' && c3=='c' && AT(i+4)=='h' ){ EMIT('S'); i += 5; break; }
        if( c1=='h' && i+2==n && i>0 && z[i-1]=='y' ){ EMIT('h'); i += 2; break; }      /* -ых */
        if( c1=='h' ){
          int hard = pl || de || it || (central && slav)
                     || (slav && ((i==0 && is_consonant(c2) && c2!='k')
                                  || (c2 && strchr("rlmnv", c2))));
          EMIT(fr && !hard ? 'S' : hard ? 'h' : 'C');
          i += 2;
          break;
        }
        if( c1=='k' ){                             /* ck: k, but Polish -cki is -цкий */
          if( pl || hu || ((cues & CUE_SLAVIC_END) && (c2=='i' || c2=='y')) ) EMIT('T');
          EMIT('k');
          i += 2;
          break;
        }
        if( c1=='z' ){ EMIT('C'); i += 2; break; }
        if( c1=='s' ){ EMIT('C'); i += 2; break; }
        if( it && c1=='i' && is_plain_vowel(c2) ){ EMIT('C'); i += 2; break; }
        if( it && (c1=='e' || c1=='i') ){ EMIT('C'); i++; break; }
        if( slavicC || (c1=='y' && is_consonant(c2) && c3)
         || (central && slav && (c1=='a' || c1=='o' || c1=='u')) ){
          EMIT('T'); i++; break;                                          /* Carapkin */
        }
        if( c1=='e' || c1=='i' || c1=='y' ){ EMIT('c'); i++; break; }
        EMIT('k');
        i++;
        break;
      case 's':
        if( c1=='h' && c2=='c' && c3=='h' ){ EMIT('S'); i += 4; break; }       /* shch */
        if( c1=='h' && c2=='t' && c3=='s' && AT(i+4)=='h' && slav ){          /* Finnish štš */
          EMIT('S'); i += 5; break;
        }
        /* Dutch and Swedish sj, before a consonant or at the end (Chroesjtsjov, Chrusjtjov);
        ** before a vowel German writes sj for ся too ("Asja") */
        if( c1=='j' && slav && !pl && !hu && (c2==0 || is_consonant(c2)) ){
          EMIT('S'); i += 2; break;
        }
        if( c1=='h' && c2=='c' && (c3=='e' || c3=='i') ){ EMIT('S'); i += 3; break; } /* șc */
        if( c1=='z' && c2=='c' && c3=='z' ){ EMIT('S'); i += 4; break; }       /* szcz */
        if( c1=='c' && c2=='h' && c3=='t' && AT(i+4)=='s' && AT(i+5)=='c' && AT(i+6)=='h' ){
          EMIT('S'); i += 7; break;                                           /* schtsch */
        }
        if( c1=='c' && c2=='s' ){ EMIT('S'); i += 3; break; }                 /* scs */
        if( c1=='c' && c2=='h' ){
          if( pl ){ EMIT('s'); EMIT('h'); }
          else if( slav ){ EMIT('S'); }
          else{ EMIT('s'); EMIT('c'); EMIT('h'); }             /* Fischer is not Fisher */
          i += 3;
          break;
        }
        if( c1=='h' ){ EMIT('S'); i += 2; break; }
        if( c1=='z' ){ EMIT(hu ? 's' : 'S'); i += 2; break; }
        if( it && c1=='c' && c2=='i' && is_plain_vowel(c3) ){ EMIT('S'); i += 3; break; }
        if( it && c1=='c' && (c2=='e' || c2=='i') ){ EMIT('S'); i += 2; break; }
        if( de && prev=='d' ){
          EMIT('z');                                   /* Dserschinski */
        }else{
          EMIT(hu ? 'S' : 's');
        }
        i++;
        break;
      case 't':
        if( c1=='s' && c2=='c' && c3=='h' ){ EMIT('C'); i += 4; break; }       /* tsch */
        if( c1=='c' && c2=='h' ){ EMIT('C'); i += 3; break; }                  /* tch */
        if( c1=='s' && c2=='j' ){ EMIT('C'); i += 3; break; }                  /* tsj */
        if( c1=='s' && c2=='h' && slav ){ EMIT('C'); i += 3; break; }  /* Finnish tš: Tšernenko */
        if( c1=='s' || c1=='z' ){ EMIT('T'); i += 2; break; }
        if( hu && c1=='y' && is_vowel(c2) ){                    /* ty: ти, тя */
          o = hungarian_palatal('t', c2, out, o);
          i += 2;
          break;
        }
        EMIT('t');
        i++;
        break;
      case 'z':
        if( c1=='h' || c1=='j' ){ EMIT('S'); i += 2; break; }
        if( c1=='s' ){ EMIT('S'); i += 2; break; }
        if( (i==0 && (c1=='v' || c1=='w')) || (de && !(is_consonant(c1) && c1!='w' && c1!='k'))
         || (i>0 && (z[i-1]=='l' || z[i-1]=='n') && !pl && slav) ){
          EMIT('T'); i++; break;
        }
        EMIT('z');
        i++;
        break;
      case 'k':
        if( c1=='h' ){ EMIT('h'); i += 2; break; }
        if( i==0 && c1=='r' && slav ){ EMIT('h'); i++; break; }
        EMIT('k');
        i++;
        break;
      case 'q':
        if( c1=='i' ){ EMIT('C'); i++; break; }           /* pinyin qi is chi: Qing, Qian */
        EMIT('k');
        i += c1=='u' ? 2 : 1;
        if( c1=='u' ) EMIT('v');
        break;
      case 'x':
        /* Xrushchev; Xaritonov where a Slavic ending shows a transliteration that writes х
        ** as x (Russian names hardly begin with кс but Ksenia) */
        if( i==0 && (is_consonant(c1) || (cues & CUE_SLAVIC_END)) ){ EMIT('h'); i++; break; }
        EMIT('k'); EMIT('s');
        i++;
        break;
      case 'w':
        EMIT('v');
        i++;
        break;
      case 'p':
        if( c1=='h' ){ EMIT('f'); i += 2; break; }
        EMIT('p');
        i++;
        break;
      case 'g':
        if( c1=='u' && (c2=='e' || c2=='i') ){ EMIT('g'); i += 2; break; }
        if( c1=='h' && (c2=='e' || c2=='i') ){ EMIT('g'); i += 2; break; }
        if( hu && c1=='y' ){                                    /* gy: ди, дя */
          o = hungarian_palatal('d', c2, out, o);
          i += 2;
          break;
        }
        EMIT('g');
        i++;
        break;
      case 'n': case 'l':
        if( hu && c1=='y' && is_vowel(c2) ){                    /* ny: ни, ня */
          o = hungarian_palatal(c, c2, out, o);
          i += 2;
          break;
        }
        EMIT(c);
        i++;
        break;
      case 'd':
        if( c1=='z' && c2=='s' ){ EMIT('d'); EMIT('S'); i += 3; break; }       /* dzs */
        EMIT('d');
        i++;
        break;
      case 'j':
        if( i==0 && (c1=='d' || c1=='z') ){ EMIT('S'); i++; break; }           /* Jdanov */
        if( i==0 && (c1=='r' || c1=='l') && n>3 ){ EMIT('h'); i++; break; }    /* Jruschov */
        if( fr && c1 && c1!='j' ){ EMIT('S'); i++; break; }
        if( es ){ EMIT('h'); i++; break; }                                     /* Mijaíl */
        EMIT('J');
        i++;
        break;
      case 'y':
        if( is_vowel(c1) ){ EMIT('J'); i++; break; }
        if( prev && !is_vowel(prev) && prev!='J' ){                           /* ы, -ий */
          EMIT(slav || i+1==n ? 'i' : 'y');
          i++;
          break;
        }
        if( o==0 ) EMIT('i'); else EMIT('J');
        i++;
        break;
      case 'i':
        /* iotation: Maria, Fiodor, Wiaczesław, Iouri; Polish ie; -iev */
        if( is_plain_vowel(c1) && c1!='i' ){
          int iotate;
          if( i==0 ) iotate = n>=5;
          else if( is_vowel(z[i-1]) ) iotate = 1;
          else if( c1=='e' ) iotate = pl || slav || (c2=='v' && (i+3==n || (c3=='a' && i+4==n)))
                                      || (c2=='w' && (i+3==n || (c3=='a' && i+4==n)))
                                      || (c2=='f' && c3=='f' && i+4==n);
          else iotate = !(c1=='o' && i+3==n && !pl && !slav);   /* Siemion, not Marion */
          if( iotate ){ EMIT('J'); i++; break; }
        }
        EMIT('i');
        i++;
        break;
      case 'o':
        if( c1=='u' && (fr || slav) ){ EMIT('u'); i += 2; break; }     /* not Boucher */
        EMIT('o');
        i++;
        break;
      default:
        EMIT(c);
        i++;
        break;
    }
  }
  /* French -ine, -yne: -ин, -ын (Staline, Kossyguine, Soljénitsyne) */
  if( (fr || (cues & CUE_TRANSLIT)) && o>4 && out[o-1]=='e' && out[o-2]=='n'
   && (out[o-3]=='i' || out[o-3]=='J') && !is_vowel(out[o-4]) ){
    out[o-3] = 'i';
    o--;
  }
  return o;
}

/* ---------------------------------------------------------------- step 3: folding */

static int is_hushing(char c){ return c=='C' || c=='S'; }

/* Fold what renderings never agree on (see the header comment), in place; returns the new
** length. */
static int fold_sounds(char *p, int n){
  int i, o;
  /* One pass: ye, je, ie: e; yo after a consonant, not at the end: e (ё); й elsewhere before a
  ** consonant or at the end: i; s + ч is щ, written as ш; double letters single. PUT(x) writes
  ** x after what is written (o<=i: in place). */
#define PUT(x) do{ char x_ = (x); \
    if( x_=='C' && o>0 && (p[o-1]=='s' || p[o-1]=='S') ) p[o-1] = 'S'; \
    else if( o==0 || p[o-1]!=x_ ) p[o++] = x_; }while(0)
  for(i=0, o=0; i<n; i++){
    char c = p[i];
    if( c=='J' ){
      char next = i+1<n ? p[i+1] : 0;
      char prev = o>0 ? p[o-1] : 0;
      if( next=='e' && (o>0 || n>=5) ) continue;          /* Yeltsin = Eltsin, Sergeyev */
      if( next=='i' && o>0 && !is_vowel(prev) ) continue; /* Ilyich = Ilich */
      if( next=='u' && prev=='l' ) continue;              /* Lyudmila = Ludmila */
      /* ё: Fyodor = Fiodor = Fedor, Semyon = Semen, Solovyov = Soloviev */
      if( next=='o' && prev && !is_vowel(prev) && prev!='J' && i+2<n ){
        PUT('e');
        i++;
        continue;
      }
      if( is_hushing(prev) && is_vowel(next) ) continue;      /* Polish cz + i + vowel */
      if( next==0 || !is_vowel(next) ){ PUT('i'); continue; }
    }
    if( c=='e' && i==1 && p[0]=='f' && i+2<n && p[i+1]=='o' && p[i+2]=='d' ){
      PUT('e');                                    /* Feodor = Fyodor: English eo for ё */
      i++;
      continue;
    }
    if( c=='i' && i+1<n && p[i+1]=='J' && o>0 && !is_vowel(p[o-1]) && p[o-1]!='J' ){
      continue;                                          /* Beriya = Beria, Aliyev = Aliev */
    }
    PUT(c);
  }
#undef PUT
  n = o;
  /* Czech -ová after a feminine -ova, -eva: Těreškovová */
  if( n>6 && (memcmp(p+n-5, "ovova", 5)==0 || memcmp(p+n-5, "evova", 5)==0) ){
    memmove(p+n-4, p+n-2, 2);
    n -= 2;
  }
  /* -ska (Polish, Czech): -skaya */
  if( n>4 && memcmp(p+n-3, "ska", 3)==0 ){ p[n++] = 'J'; p[n++] = 'a'; }
  /* -of, -ef: -ov, -ev */
  if( n>3 && p[n-1]=='f' && (p[n-2]=='o' || p[n-2]=='e') ) p[n-1] = 'v';
  /* -ov, -ova after ч ш щ ж, and after л, whose ё renderings drop (Polish soft l writes
  ** Журавлёв Żurawlow; English Zhuravlev): -ev */
  if( n>3 && p[n-1]=='v' && p[n-2]=='o' && (is_hushing(p[n-3]) || p[n-3]=='l') ) p[n-2] = 'e';
  if( n>4 && p[n-1]=='a' && p[n-2]=='v' && p[n-3]=='o' && (is_hushing(p[n-4]) || p[n-4]=='l') ){
    p[n-3] = 'e';
  }
  /* a final consonant + r: Aleksandr, Alexander; Petr, Peter */
  if( n>3 && p[n-1]=='r' && !is_vowel(p[n-2]) && p[n-2]!='J' && p[n-2]!='r' ){
    p[n] = p[n-1];
    p[n-1] = 'e';
    n++;
  }
  return n;
}

/* ---------------------------------------------------------------- the fold */

/* ---------------------------------------------------------------- a whole name's orthography */

/* The orthographies a name's words name, for names_fold_western_cued(). */
#define CUE_LANGUAGE (CUE_POLISH|CUE_HUNGARIAN|CUE_GERMAN|CUE_FRENCH|CUE_ITALIAN|CUE_SPANISH)

/* A Russian surname's ending as Spanish writes it, for its stress marks (Súslov, Brézhnev,
** Jaritónov, Dobrýnin): -ov -ev -in -sky -ski -enko and their feminines; not -ef (Józef). */
static int has_russian_ending(const char *z, int n){
  static const Suffix aEnd[] = {
    SUFFIX("ov"), SUFFIX("ev"), SUFFIX("ova"), SUFFIX("eva"), SUFFIX("in"), SUFFIX("ina"),
    SUFFIX("sky"), SUFFIX("ski"), SUFFIX("skaya"), SUFFIX("enko"),
  };
  return ends_with_any(z, n, aEnd, (int)(sizeof(aEnd)/sizeof(aEnd[0])));
}

/* Letters as written that tell an orthography (the folded word has lost them): è ê ë ï ç
** French, and é where no Spanish letter is; ł ż ś ć ń ą ę ź Polish; ő ű Hungarian; Spanish a
** stress mark (á í ó ú) before the last syllable of a word with a Russian ending (Súslov,
** Sájarov, Jaritónov; Antonín is Czech), a stressed í or ú after a vowel (its hiatus:
** Mijaíl), or ñ. Czech, Slovak, Croatian, Hungarian, Polish
** and Portuguese write those vowels too, in their own names (Józef, Lenárt), and read j
** otherwise: a letter of theirs (č ř š ž ě ů ý ď ť ň đ: WRITTEN_CZECH; ö ü ã õ â ô:
** WRITTEN_OTHER; the Polish ones) in the name rules Spanish out, and Croatian's ć is no
** Polish (Dabčević). written_language() reads the bits. */
#define WRITTEN_CZECH 0x10000
#define WRITTEN_OTHER 0x20000
#define WRITTEN_ACUTE 0x40000     /* á í ú: Czech, Slovak, Hungarian or Spanish; never Polish */
static unsigned written_cues(const char *z, size_t n, int slavicWord){
  size_t j = 0;
  unsigned cues = 0;
  int stress = 0;              /* a stress mark seen; Spanish once a vowel follows it */
  int afterVowel = 0;          /* the letter before was a plain vowel */
  while( j<n ){
    uint32_t cp;
    int vowel;
    j += (size_t)text_utf8_decode((const unsigned char*)z+j, n-j, &cp);
    vowel = cp<0x80 && is_plain_vowel((char)(cp|0x20));
    if( stress && cp<0x80 && is_vowel((char)(cp|0x20)) ) cues |= CUE_SPANISH;
    /* a stressed i or u after a vowel, the mark of Spanish's hiatus ("Mijaíl", "Raúl") */
    if( afterVowel && (cp==0xED || cp==0xCD || cp==0xFA || cp==0xDA) ) cues |= CUE_SPANISH;
    afterVowel = vowel;
    switch( cp ){
      case 0xE9: case 0xC9: case 0xE8: case 0xC8: case 0xEA: case 0xCA: case 0xEB: case 0xCB:
      case 0xEF: case 0xCF: case 0xE7: case 0xC7:
        cues |= CUE_FRENCH; break;
      case 0x142: case 0x141: case 0x17C: case 0x17B: case 0x15B: case 0x15A: case 0x107:
      case 0x106: case 0x144: case 0x143: case 0x105: case 0x104: case 0x119: case 0x118:
      case 0x17A: case 0x179:
        cues |= CUE_POLISH; break;
      case 0x151: case 0x150: case 0x171: case 0x170:
        cues |= CUE_HUNGARIAN; break;
      case 0xE1: case 0xC1: case 0xED: case 0xCD: case 0xFA: case 0xDA:
        cues |= WRITTEN_ACUTE;
        stress = slavicWord;
        break;
      case 0xF3: case 0xD3:
        stress = slavicWord;
        break;
      case 0xF1: case 0xD1:
        cues |= CUE_SPANISH; break;
      case 0x10D: case 0x10C: case 0x159: case 0x158: case 0x161: case 0x160: case 0x17E:
      case 0x17D: case 0x11B: case 0x11A: case 0x16F: case 0x16E: case 0xFD: case 0xDD:
      case 0x10F: case 0x10E: case 0x165: case 0x164: case 0x148: case 0x147: case 0x111:
      case 0x110:
        cues |= WRITTEN_CZECH; break;
      case 0xF6: case 0xD6: case 0xFC: case 0xDC: case 0xE3: case 0xC3: case 0xF5: case 0xD5:
      case 0xE2: case 0xC2: case 0xF4: case 0xD4:
        cues |= WRITTEN_OTHER; break;
    }
  }
  return cues;
}

/* The one orthography the letters of a name as written tell, or 0: Spanish where its stress
** marks are (é too is Spanish then: Andréi Sájarov), unless another's letters are there. */
static unsigned written_language(unsigned written){
  if( written & CUE_SPANISH ){
    if( written & (WRITTEN_CZECH|WRITTEN_OTHER|CUE_POLISH|CUE_HUNGARIAN) ) return 0;
    return CUE_SPANISH;
  }
  if( written & WRITTEN_CZECH ) written &= ~(unsigned)CUE_POLISH;       /* Dabčević */
  written &= CUE_LANGUAGE;
  return written && (written & (written-1))==0 ? written : 0;
}

/* Does word z[0..n) end in j for й after a vowel ("Sergej", "Grigorij", "Nikolaj")? */
static int ends_in_j(const char *z, int n){
  return n>=4 && z[n-1]=='j' && is_plain_vowel(z[n-2]);
}

unsigned names_western_name_cues(const Toks *p){
  unsigned lang = 0, slavic = 0, written = 0, central = 0, hu = 0, aCue[NAMES_MAX_TOKENS];
  int i;
  for(i=0; i<p->n; i++){
    const Tok *t = &p->a[i];
    aCue[i] = 0;
    if( t->script==SCRIPT_LATIN && t->written==SCRIPT_LATIN && t->n>=2 ){
      char zw[NAMES_TOKEN_BYTES+WORD_PAD];
      pad_word(t->z, t->n, zw);
      aCue[i] = word_cues(zw, t->n);
      slavic |= aCue[i] & (CUE_SLAVIC|CUE_SLAVIC_END);
      /* Polish or Hungarian letters (Sztálin), or j for й at the end (Jurij): no Spanish */
      if( (aCue[i] & (CUE_POLISH|CUE_HUNGARIAN)) || t->z[t->n-1]=='j' ){
        written |= WRITTEN_OTHER;
      }
      if( ends_in_j(t->z, t->n) ) central = CUE_CENTRAL;
      if( p->zText && t->iEnd>t->iStart ){
        unsigned wc = written_cues(p->zText+t->iStart, t->iEnd-t->iStart,
                                   has_russian_ending(t->z, t->n));
        written |= wc & ~(unsigned)WRITTEN_ACUTE;
        if( (wc & WRITTEN_ACUTE) && (aCue[i] & CUE_POLISH) ){
          /* Polish writes no á í ú: the word's sz, cz are Hungarian's (Sztálin) */
          aCue[i] = (aCue[i] & ~(unsigned)(CUE_POLISH|CUE_WEAK)) | CUE_HUNGARIAN;
          hu = CUE_HU_WRITTEN;
        }
      }
    }
  }
  if( !slavic ) return 0;                       /* Édouard Boucher: a French name, left alone */
  if( written & WRITTEN_CZECH ) central = 0;    /* č folded to ch: ch is no longer х alone */
  slavic |= central | hu;
  written = written_language(written);
  if( written ) return written | CUE_WRITTEN | slavic;
  for(i=0; i<p->n; i++){
    unsigned c = aCue[i];
    if( c & CUE_LANGUAGE ){
      if( lang && (lang & c & CUE_LANGUAGE)==0 ) return slavic;      /* the words disagree */
      lang = lang ? (lang & c & CUE_LANGUAGE) : (c & CUE_LANGUAGE);
    }
  }
  if( lang & (lang-1) ) lang = 0;                                    /* not one language */
  return lang | slavic;
}

int names_western_cues_slavic(unsigned nameCues){
  return (nameCues & CUE_SLAVIC_END)!=0;
}

int names_fold_western(char *z, int n, int nMax){
  return names_fold_western_cued(z, n, nMax, 0);
}

int names_fold_western_cued(char *z, int n, int nMax, unsigned nameCues){
  char aSound[2*NAMES_TOKEN_BYTES+8];
  char zw[NAMES_TOKEN_BYTES+WORD_PAD];
  int nSound, i, o;
  unsigned cues;
  if( n<=0 ) return n;
  if( n>NAMES_TOKEN_BYTES ) n = NAMES_TOKEN_BYTES;
  pad_word(z, n, zw);
  cues = word_cues(zw, n);
  if( (cues & CUE_LANGUAGE)==0
   || ((cues & CUE_WEAK) && (nameCues & CUE_WRITTEN) && (nameCues & CUE_LANGUAGE)) ){
    cues = (cues & ~(unsigned)CUE_LANGUAGE) | (nameCues & CUE_LANGUAGE);  /* Michaił Chlebnikow */
  }
  if( (nameCues & CUE_HU_WRITTEN) && (cues & CUE_POLISH) ){
    cues = (cues & ~(unsigned)(CUE_POLISH|CUE_WEAK)) | CUE_HUNGARIAN;   /* Sztálin */
  }
  cues |= nameCues & (CUE_SLAVIC|CUE_CENTRAL);
  nSound = transcribe(zw, n, cues, aSound);
  nSound = fold_sounds(aSound, nSound);
  for(i=0, o=0; i<nSound; i++){
    const char *zOut;
    int k;
    switch( aSound[i] ){
      case 'C': zOut = "ch"; k = 2; break;
      case 'S': zOut = "sh"; k = 2; break;
      case 'T': zOut = "ts"; k = 2; break;
      case 'J': zOut = "y"; k = 1; break;
      default: zOut = &aSound[i]; k = 1; break;
    }
    if( o+k>=nMax ) break;
    memcpy(z+o, zOut, (size_t)k);
    o += k;
  }
  z[o] = 0;
  return o;
}
