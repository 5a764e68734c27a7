/*
** names_heading.c: library authority headings (names_int.h), the form catalogues and the
** archive's subject tags name people by.
**
**     NameHeading h;
**     if( names_read_heading("Stalin, Joseph, 1879-1953", 25, &h) ){
**       ... the name is "Stalin, Joseph" (h.nName bytes), h.born 1879, h.died 1953
**     }
**
** A heading is a name, a comma, and life dates at its end, in the forms of the Library of
** Congress and of other catalogues that follow it:
**
**     Gorbachev, Mikhail Sergeevich, 1931-          living (an open end)
**     Stalin, Joseph, 1879-1953                     born and died (a hyphen or any dash)
**     Kim, Il-sŏng, 1912-1994.                      a final period
**     Charlemagne, Emperor, ca. 742-814             "ca.", "approximately", a "?" after a year
**     Smith, John, b. 1901    Smith, John, d. 1970  one year known ("born", "died" too)
**     Smith, John, fl. 1950-1960                    active: no life years
**     Smith, J. (John), 1901-1970                   a fuller form of the given names
**     John Paul II, Pope, 1920-2005                 a title after the name stays in the name
**     Hussein, King of Jordan, 1935-1999            ... without its place, before the name:
**                                                   "King Hussein"
**     Sukarno, 1901-1970                            one name
**
** The life dates are no part of the name: the rest is read as any name ("Stalin, Joseph" is
** turned round as "Surname, Given" always is). A fuller form in parentheses stands for the given
** names before it ("Smith, J. (John)" is "Smith, John"). Two headings of one name with
** different life years are two people (name_match()).
*/
#include "names_int.h"

/* The number of 3- or 4-digit years at z[*pi..n): the year, with *pi after it; 0 when none. */
static int read_year(const char *z, size_t n, size_t *pi){
  size_t i = *pi;
  int y = 0, k = 0;
  while( i<n && z[i]>='0' && z[i]<='9' && k<5 ){ y = y*10 + (z[i]-'0'); i++; k++; }
  if( k<3 || k>4 || (i<n && z[i]>='0' && z[i]<='9') ) return 0;
  if( i<n && z[i]=='?' ) i++;                     /* an uncertain year: "1912?" */
  *pi = i;
  return y;
}

/* Does z[*pi..n) begin with word zWord (case as written), then a space? *pi after both. */
static int read_word(const char *z, size_t n, size_t *pi, const char *zWord){
  size_t k = strlen(zWord), i = *pi;
  if( i+k>n || memcmp(z+i, zWord, k)!=0 ) return 0;
  i += k;
  if( i<n && z[i]!=' ' ) return 0;
  while( i<n && z[i]==' ' ) i++;
  *pi = i;
  return 1;
}

/* Skip "ca. ", "approximately " at *pi. */
static void skip_circa(const char *z, size_t n, size_t *pi){
  if( !read_word(z, n, pi, "ca.") ) read_word(z, n, pi, "approximately");
}

/* Read life dates filling z[i..n) whole (a final period allowed): 1 with *pBorn, *pDied (0 for
** a year not given), 0 when z[i..n) is no life dates. */
static int read_life_dates(const char *z, size_t n, size_t i, int *pBorn, int *pDied){
  int born = 0, died = 0, k;
  if( n>i && z[n-1]=='.' ) n--;
  if( read_word(z, n, &i, "b.") || read_word(z, n, &i, "born") ){
    skip_circa(z, n, &i);
    if( (born = read_year(z, n, &i))==0 ) return 0;
  }else if( read_word(z, n, &i, "d.") || read_word(z, n, &i, "died") ){
    skip_circa(z, n, &i);
    if( (died = read_year(z, n, &i))==0 ) return 0;
  }else if( read_word(z, n, &i, "fl.") || read_word(z, n, &i, "active") ){
    skip_circa(z, n, &i);
    if( read_year(z, n, &i)==0 ) return 0;
    if( (k = text_dash_len(z+i, n-i))>0 ){
      i += (size_t)k;
      skip_circa(z, n, &i);
      if( read_year(z, n, &i)==0 ) return 0;
    }
  }else{
    skip_circa(z, n, &i);
    if( (born = read_year(z, n, &i))==0 ) return 0;
    if( (k = text_dash_len(z+i, n-i))==0 ) return 0;
    i += (size_t)k;
    if( i<n ){
      skip_circa(z, n, &i);
      if( (died = read_year(z, n, &i))==0 || died<born ) return 0;
    }
  }
  if( i!=n ) return 0;
  *pBorn = born;
  *pDied = died;
  return 1;
}

int names_read_heading(const char *z, size_t n, NameHeading *p){
  size_t iComma, iClose;
  const char *zOpen;
  memset(p, 0, sizeof(*p));
  /* life dates after the last comma */
  for(iComma=n; iComma>0 && z[iComma-1]!=','; iComma--){}
  if( iComma==0 ) return 0;
  {
    size_t i = iComma;
    while( i<n && z[i]==' ' ) i++;
    if( !read_life_dates(z, n, i, &p->born, &p->died) ) return 0;
  }
  p->nName = iComma-1;
  while( p->nName>0 && z[p->nName-1]==' ' ) p->nName--;
  if( p->nName==0 ) return 0;
  /* a fuller form of the given names: "Smith, J. (John)" */
  iClose = p->nName;
  if( z[iClose-1]==')' && (zOpen = memchr(z, '(', iClose))!=0 ){
    p->iFuller = (size_t)(zOpen - z) + 1;
    p->nFuller = iClose-1 - p->iFuller;
  }
  return 1;
}

/* Where the place of a title after the name begins ("Hussein, King of Jordan": " of
** Jordan"), or nName when there is none. */
static size_t title_place(const char *z, size_t nName){
  const char *zComma = memchr(z, ',', nName);
  size_t i;
  if( zComma==0 ) return nName;
  for(i=(size_t)(zComma - z)+1; i+4<=nName; i++){
    if( memcmp(z+i, " of ", 4)==0 ) return i;
  }
  return nName;
}

size_t names_heading_name(const char *z, const NameHeading *p, char *out, size_t nOut){
  const char *zComma;
  size_t nSurname, o;
  if( p->nFuller==0 || (zComma = memchr(z, ',', p->iFuller))==0 ){
    size_t nName = title_place(z, p->nName), iTitle;
    if( nName>=nOut ) return 0;
    if( nName<p->nName ){
      /* "Hussein, King of Jordan": the title before the name, "King Hussein", as documents
      ** write it and the authority lists it */
      zComma = memchr(z, ',', nName);
      for(iTitle=(size_t)(zComma - z)+1; iTitle<nName && z[iTitle]==' '; iTitle++){}
      o = nName - iTitle;
      memcpy(out, z+iTitle, o);
      out[o++] = ' ';
      memcpy(out+o, z, (size_t)(zComma - z));
      o += (size_t)(zComma - z);
      out[o] = 0;
      return o;
    }
    memcpy(out, z, nName);
    out[nName] = 0;
    return nName;
  }
  nSurname = (size_t)(zComma - z);                /* "Smith" of "Smith, J. (John)" */
  if( nSurname+2+p->nFuller>=nOut ) return 0;
  memcpy(out, z, nSurname);
  o = nSurname;
  out[o++] = ',';
  out[o++] = ' ';
  memcpy(out+o, z+p->iFuller, p->nFuller);
  o += p->nFuller;
  out[o] = 0;
  return o;
}
