/*
** names_cases.c: a name of Russian running text read in its case. Russian declines a name's
** words ("беседа с Ким Ир Сеном", "письмо Мао Цзэдуну", "записка А.М. Пузанова", "с Никитой
** Сергеевичем Хрущевым"); the authority lists names in the nominative. names_decline_cyrillic()
** tries the name's Cyrillic words (three at most) in the nominatives their endings may stand
** for (ext/data/russian_case_endings.tsv, longest ending first), the last word's reading changing
** slowest, at most 32 readings, and takes the first that names a known person. A name that
** names no one in any of them is left as written: an ending alone is no evidence of a case
** (Хрущева is a woman's name as well as Хрущев's genitive; the scanner does not try a surname
** alone that is a known person's as written). names_decline_latin() does the same for the
** Latin words of a name, by the endings of Polish and Czech (latin_case_endings.tsv: "z Kim Ir
** Senem", "z Gomułką", "s A. Novotným"). names_decline_more() reads the endings of Hungarian
** (hungarian_case_endings.tsv: "Kádárral", "Rákosinak", "Nagy Imrének") and the German genitive
** in -s ("Ulbrichts Brief", "Brief Walter Ulbrichts"). names_decline_genitive() reads the
** genitive of Czech, Slovak and Polish in -a, -y, -i (genitive_endings.tsv: "Návštěva
** Brežněva", "List Gomułki do Chruszczowa", "Wizyta Zhou Enlaia"), which the scanner tries only
** after a word that governs that case (genitive_heads.tsv): alone, -a is as often a woman's
** name or a Spanish one.
**
**     NameInfo info;
**     if( names_decline_cyrillic(pAuth, pCache, "Ким Ир Сеном", n, &info) ){
**       ... info.person is Kim Il Sung's, info.key his key ...
**     }
*/
#include "names_int.h"

#define CASE_MAX_WORDS 3         /* words of a name put back into the nominative */
#define CASE_MAX_READINGS 32      /* readings tried for one name */
#define WORD_MAX_READINGS 8       /* readings of one word, the first as written */

/* One word's readings: as written, then each nominative its endings may stand for. */
typedef struct WordReadings {
  size_t start, end;                        /* the word in the name */
  int n;                                    /* readings, the first as written */
  size_t nTail[WORD_MAX_READINGS];          /* bytes of the ending replaced */
  const char *zEnd[WORD_MAX_READINGS];      /* the nominative ending, and its bytes */
  size_t nEnd[WORD_MAX_READINGS];
} WordReadings;

/* The byte length of the last nChar characters of z[start..end), or 0 when the word has fewer
** than nChar+2 characters (a stem of two letters at least stays). */
static size_t tail_bytes(const char *z, size_t start, size_t end, int nChar){
  size_t i = end;
  int k = 0, nStem = 0;
  while( i>start && k<nChar ){
    i--;
    if( ((unsigned char)z[i] & 0xC0)!=0x80 ) k++;
  }
  if( k<nChar ) return 0;
  for(k=(int)start; (size_t)k<i; k++){
    if( ((unsigned char)z[k] & 0xC0)!=0x80 ) nStem++;
  }
  return nStem>=2 ? end-i : 0;
}

/* A language's table of endings, and the most characters an ending has. */
typedef struct CaseTable {
  const ArchDataRow *aRow;
  unsigned nRow;
  int nMaxChar;
} CaseTable;

/* The readings of the word z[start..end): as written, then by its endings in the table,
** longest first. */
static void word_readings(const CaseTable *pTab, const char *z, size_t start, size_t end,
                          WordReadings *w){
  int nChar;
  w->start = start;
  w->end = end;
  w->n = 1;
  w->nTail[0] = 0;
  w->zEnd[0] = "";
  w->nEnd[0] = 0;
  for(nChar=pTab->nMaxChar; nChar>=1; nChar--){
    size_t nTail = tail_bytes(z, start, end, nChar);
    const ArchDataRow *r;
    const char *zAlt;
    if( nTail==0 ) continue;
    r = arch_data_find(pTab->aRow, pTab->nRow, z+end-nTail, nTail);
    for(zAlt=r ? r->value : 0; zAlt && *zAlt && w->n<WORD_MAX_READINGS; ){
      size_t nAlt = strcspn(zAlt, " ");
      w->nTail[w->n] = nTail;
      w->zEnd[w->n] = zAlt;
      w->nEnd[w->n] = (nAlt==1 && zAlt[0]=='-') ? 0 : nAlt;
      w->n++;
      zAlt += nAlt;
      while( *zAlt==' ' ) zAlt++;
    }
  }
}

/* z[0..n) with each word in the reading aPick[] picks, into buf (nBuf bytes): its length, or
** 0 when it does not fit. */
static size_t compose(const char *z, size_t n, const WordReadings *aWord, int nWord,
                      const int *aPick, char *buf, size_t nBuf){
  size_t o = 0, from = 0;
  int w;
  for(w=0; w<nWord; w++){
    const WordReadings *p = &aWord[w];
    int k = aPick[w];
    size_t nKeep = p->end - p->nTail[k] - from;
    if( o+nKeep+p->nEnd[k]>=nBuf ) return 0;
    memcpy(buf+o, z+from, nKeep);
    o += nKeep;
    memcpy(buf+o, p->zEnd[k], p->nEnd[k]);
    o += p->nEnd[k];
    from = p->end;
  }
  if( o+(n-from)>=nBuf ) return 0;
  memcpy(buf+o, z+from, n-from);
  return o+(n-from);
}

/* Does the word that ends at z[end] end as the genitive of a Czech, Slovak or Polish
** adjective, as the family names Novotný, Zápotocký, Lubomirski decline: -ého, -ego? */
static int genitive_adjective(const char *z, size_t end){
  return end>=5 && memcmp(z+end-3, "ego", 3)==0
      ? 1 : end>=6 && memcmp(z+end-4, "\xC3\xA9ho", 4)==0;
}

/* Word w's readings by the genitive endings of given names (genitive_endings.tsv), added to
** those it has. */
static void genitive_readings(const char *z, WordReadings *w){
  CaseTable t;
  WordReadings g;
  int k;
  t.aRow = arch_data_genitive_endings;
  t.nRow = arch_data_genitive_endings_count;
  t.nMaxChar = arch_data_genitive_endings_max_key;
  word_readings(&t, z, w->start, w->end, &g);
  for(k=1; k<g.n && w->n<WORD_MAX_READINGS; k++){
    w->nTail[w->n] = g.nTail[k];
    w->zEnd[w->n] = g.zEnd[k];
    w->nEnd[w->n] = g.nEnd[k];
    w->n++;
  }
}

/* The first reading of z[0..n) by the endings of pTab, in its words of the script (Cyrillic,
** or Latin letters) that names a known person: 1 with *pInfo that person's. Failing that, in
** Latin letters, the first reading of one word that is a family name known people bear. */
static int decline(const NameAuthority *pAuth, NameCache *pCache, const CaseTable *pTab,
                   int cyrillic, const char *z, size_t n, NameInfo *pInfo){
  WordReadings aWord[CASE_MAX_WORDS];
  int aPick[CASE_MAX_WORDS], nWord = 0, nTried = 0, w, found = 0;
  size_t i = 0;
  while( n>0 && z[n-1]==' ' ) n--;
  /* its words of the script, but initials ("Н.С.") */
  while( i<n ){
    size_t start;
    uint32_t cp;
    while( i<n && z[i]==' ' ) i++;
    start = i;
    while( i<n && z[i]!=' ' ) i++;
    if( i==start ) break;
    text_utf8_decode((const unsigned char*)z+start, i-start, &cp);
    if( z[i-1]=='.' ) continue;
    if( cyrillic ? !text_is_cyrillic(cp)
                 : !((cp|0x20)>='a' && (cp|0x20)<='z') && !(cp>=0xC0 && cp<0x250) ){
      continue;
    }
    if( nWord==CASE_MAX_WORDS ) return 0;
    word_readings(pTab, z, start, i, &aWord[nWord++]);
  }
  if( nWord==0 ) return 0;
  if( !cyrillic && nWord>1 && genitive_adjective(z, aWord[nWord-1].end) ){
    /* "Antonína Novotného": the given names before a family name in the genitive of an
    ** adjective (-ého, -ego) are in the genitive too, -a (Antonín, Edward), -y (Nikita) */
    for(w=0; w<nWord-1; w++){
      genitive_readings(z, &aWord[w]);
    }
  }
  /* every combination but the one as written, the last word's reading changing slowest */
  memset(aPick, 0, sizeof(aPick));
  for(;;){
    char buf[NAME_MAX_INPUT];
    size_t nBuf;
    NameInfo info;
    for(w=0; w<nWord && ++aPick[w]==aWord[w].n; w++) aPick[w] = 0;
    if( w==nWord || nTried++==CASE_MAX_READINGS ) return found;
    nBuf = compose(z, n, aWord, nWord, aPick, buf, sizeof(buf));
    if( nBuf>0 && name_analyze_cached(pAuth, pCache, buf, nBuf, &info) ){
      if( info.person>=0 ){
        *pInfo = info;
        return 1;
      }
      /* a surname alone that two known people bear ("s Honeckerem", "с Хонеккером":
      ** Erich's or Margot's), when no reading names one person; in Cyrillic, not one that
      ** is a given name too ("с Петром": Pyotr) */
      if( !found && nWord==1 && info.nGiven==0 && !info.initialsOnly
       && names_is_known_family(pAuth, info.family, 1)
       && !(cyrillic && (names_word_class(pAuth, info.family, (int)strlen(info.family))
                         & WORD_GIVEN)) ){
        *pInfo = info;
        found = 1;
      }
    }
  }
}

/* decline() by the table aRow[0..nRow), whose endings have nMaxChar letters at most. */
static int decline_by(const NameAuthority *pAuth, NameCache *pCache, const ArchDataRow *aRow,
                      unsigned nRow, int nMaxChar, int cyrillic, const char *z, size_t n,
                      NameInfo *pInfo){
  CaseTable t;
  t.aRow = aRow;
  t.nRow = nRow;
  t.nMaxChar = nMaxChar;
  return decline(pAuth, pCache, &t, cyrillic, z, n, pInfo);
}

int name_analyze_inflected(const NameAuthority *pAuth, const char *z, size_t n,
                           NameInfo *pInfo){
  NameInfo info;
  if( !name_analyze(pAuth, z, n, pInfo) ) return 0;
  if( pInfo->person>=0 || name_is_titled(pInfo) ) return 1;
  if( (names_decline_cyrillic(pAuth, 0, z, n, &info)
       || names_decline_latin(pAuth, 0, z, n, &info)) && info.person>=0 ){
    *pInfo = info;
  }
  return 1;
}

/* The Russian table: two bytes a letter. */
int names_decline_cyrillic(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                           size_t n, NameInfo *pInfo){
  return decline_by(pAuth, pCache, arch_data_russian_case_endings,
                    arch_data_russian_case_endings_count,
                    arch_data_russian_case_endings_max_key/2, 1, z, n, pInfo);
}

/* The Latin tables: one byte a letter at most. */
int names_decline_latin(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                        size_t n, NameInfo *pInfo){
  return decline_by(pAuth, pCache, arch_data_latin_case_endings,
                    arch_data_latin_case_endings_count, arch_data_latin_case_endings_max_key, 0,
                    z, n, pInfo);
}

int names_decline_genitive(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                           size_t n, NameInfo *pInfo){
  return decline_by(pAuth, pCache, arch_data_genitive_endings, arch_data_genitive_endings_count,
                    arch_data_genitive_endings_max_key, 0, z, n, pInfo);
}

/* Might the word z[start..end) end with an ending of Hungarian cases? They end in k, l, t or
** z (-nak, -val, -ért, -hoz): the one byte looked at before the table is read. */
static int hungarian_last_letter(const char *z, size_t start, size_t end){
  char c = end>start ? z[end-1] : 0;
  return c=='k' || c=='l' || c=='t' || c=='z';
}

/* Is the folded word z[0..n) a given name people bear ("Peter", "William")? A surname made of
** a given name and -s ("Peters", "Williams", "Edwards") is no genitive. */
static int folds_to_given(const NameAuthority *pAuth, const char *z, size_t n){
  char buf[NAME_MAX_INPUT];
  int nFold;
  if( n>=sizeof(buf) ) return 0;
  memcpy(buf, z, n);
  buf[n] = 0;
  nFold = names_fold_phrase(buf, buf, (int)sizeof(buf));
  return nFold>0 && (names_word_class(pAuth, buf, nFold) & WORD_GIVEN)!=0;
}

/* German writes a name's genitive with -s and no apostrophe ("Ulbrichts Brief an
** Chruschtschow", "die Rede Walter Ulbrichts"): the name's last word, of five letters or more
** and not after s, x, z or ß (German writes "Marx' Schriften"), without its s, when that names
** a known person whole ("Walter Ulbricht"), or alone is a known person's family name
** ("Ulbricht"; "Honeckers", Erich's or Margot's, is Honecker), and the word without its s is
** no given name. */
static int decline_german_genitive(const NameAuthority *pAuth, NameCache *pCache,
                                   const char *z, size_t n, NameInfo *pInfo){
  size_t start;
  char c;
  NameInfo info;
  while( n>0 && z[n-1]==' ' ) n--;
  if( n<5 || z[n-1]!='s' ) return 0;
  c = z[n-2];
  if( c=='s' || c=='x' || c=='z' || c=='\'' || ((unsigned char)c>='A' && (unsigned char)c<='Z') ){
    return 0;
  }
  if( (unsigned char)z[n-3]==0xC3 && (unsigned char)c==0x9F ) return 0;      /* ß */
  for(start=n-1; start>0 && z[start-1]!=' '; start--){}
  if( n-1-start<4 || folds_to_given(pAuth, z+start, n-1-start) ) return 0;
  if( !name_analyze_cached(pAuth, pCache, z, n-1, &info) ) return 0;
  if( start==0 ? !names_is_known_family(pAuth, info.family, 1) : info.person<0 ) return 0;
  *pInfo = info;
  return 1;
}

/* Might a word of z[0..n) end with a Polish genitive of polish_genitive_endings.tsv (-icza,
** -ki)? */
static int polish_genitive_letter(const char *z, size_t start, size_t end){
  char c = end>start ? z[end-1] : 0;
  return c=='a' || c=='i';
}

int names_decline_more(const NameAuthority *pAuth, NameCache *pCache, const char *z,
                       size_t n, NameInfo *pInfo){
  CaseTable t;
  size_t end = n;
  while( end>0 && z[end-1]==' ' ) end--;
  if( end>0 && z[end-1]=='s' ) return decline_german_genitive(pAuth, pCache, z, n, pInfo);
  if( hungarian_last_letter(z, 0, end) ){               /* Hungarian declines the last word */
    t.aRow = arch_data_hungarian_case_endings;
    t.nRow = arch_data_hungarian_case_endings_count;
    t.nMaxChar = arch_data_hungarian_case_endings_max_key;   /* one byte a letter at most */
    if( decline(pAuth, pCache, &t, 0, z, n, pInfo) ) return 1;
  }
  t.aRow = arch_data_polish_genitive_endings;
  t.nRow = arch_data_polish_genitive_endings_count;
  t.nMaxChar = arch_data_polish_genitive_endings_max_key;
  return decline(pAuth, pCache, &t, 0, z, n, pInfo);
}

/* Is the word z[start..end-nTail) with the nominative ending zEnd (up to a space; "-" for
** none) a word of a spelling the authority lists ("Gomułk" and "a": Gomułka)? */
static int nominative_is_name_word(const NameAuthority *pAuth, const char *z, size_t start,
                                   size_t end, size_t nTail, const char *zEnd){
  char buf[NAMES_TOKEN_BYTES*2];
  size_t nStem = end-nTail-start, nEnd = strcspn(zEnd, " ");
  int nFold;
  if( nEnd==1 && zEnd[0]=='-' ) nEnd = 0;
  if( nStem+nEnd>=sizeof(buf) ) return 0;
  memcpy(buf, z+start, nStem);
  memcpy(buf+nStem, zEnd, nEnd);
  buf[nStem+nEnd] = 0;
  nFold = names_fold_phrase(buf, buf, (int)sizeof(buf));
  return nFold>0 && (names_word_class(pAuth, buf, nFold) & WORD_NAME)!=0;
}

/* Does the word z[start..end) end with an ending of the table aRow[0..nRow) (keys of nMin to
** nMax bytes), a stem of two bytes at least before it, that stands for a nominative in which
** the word is a word of a known person's spelling ("Gomułki": Gomułka; not "Takasaki",
** "Defence", "Festival")? */
static int ends_with_row(const NameAuthority *pAuth, const ArchDataRow *aRow, unsigned nRow,
                         int nMin, int nMax, const char *z, size_t start, size_t end){
  int nTail;
  for(nTail=nMin; nTail<=nMax && (size_t)nTail+2<=end-start; nTail++){
    const ArchDataRow *r = arch_data_find(aRow, nRow, z+end-nTail, (size_t)nTail);
    const char *zAlt;
    for(zAlt=r ? r->value : 0; zAlt && *zAlt; ){
      if( nominative_is_name_word(pAuth, z, start, end, (size_t)nTail, zAlt) ) return 1;
      zAlt += strcspn(zAlt, " ");
      while( *zAlt==' ' ) zAlt++;
    }
  }
  return 0;
}

int names_case_ending_more(const NameAuthority *pAuth, const char *z, size_t start, size_t end,
                           const char *zFold, int nFold){
  if( end-start<5 || !names_latin_initial(z, start) ) return 0;
  if( z[end-1]=='s' ){                  /* "Ulbrichts": "Ulbricht" is a word of a known name */
    return nFold>4 && zFold[nFold-1]=='s'
        && (names_word_class(pAuth, zFold, nFold-1) & WORD_NAME)!=0;
  }
  if( hungarian_last_letter(z, start, end)
   && ends_with_row(pAuth, arch_data_hungarian_case_endings, arch_data_hungarian_case_endings_count,
                    arch_data_hungarian_case_endings_min_key,
                    arch_data_hungarian_case_endings_max_key, z, start, end) ){
    return 1;
  }
  return polish_genitive_letter(z, start, end)
      && ends_with_row(pAuth, arch_data_polish_genitive_endings,
                       arch_data_polish_genitive_endings_count,
                       arch_data_polish_genitive_endings_min_key,
                       arch_data_polish_genitive_endings_max_key, z, start, end);
}
