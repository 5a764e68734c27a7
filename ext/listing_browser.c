/*
** listing_browser.c: lines that a browser, a device or a site's widgets put into a copy of a
** result page, which are neither records nor the archive's own furniture of chrome.tsv
** (listing_lines.h): the header and footer a browser prints on each sheet of a printed page
** ("12/7/26, 3:15 PM Search | Digital Archive", "https://…/search?q=kim 1/2"), the names of
** icons that a page draws with a font and a copy gives as words ("arrow_forward",
** "chevron_right", and the few without an underscore of icon_names.tsv: "menu", "tune"), what
** a browser's reader view prints above the page ("digitalarchive.wilsoncenter.org", "2–3
** minutes"), a copyright line ("Copyright © 2004 …"), and a link to the rest of a list with its
** count ("View all 45 documents"); and the last line of a copy cut inside an icon's name or a
** printed sheet's footer ("chevron_", "https://…/search?q=kim 1/"). The line classifier
** (listing_lines.c) asks these of a text line.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>

/* Digits at z[*pi], at least nMin and at most nMax: their count, or 0 (*pi unmoved). */
static int read_digits(const char *z, size_t n, size_t *pi, int nMin, int nMax){
  size_t i = *pi;
  int k = 0;
  while( i<n && k<nMax && z[i]>='0' && z[i]<='9' ){
    i++;
    k++;
  }
  if( k<nMin || (i<n && z[i]>='0' && z[i]<='9') ) return 0;
  *pi = i;
  return k;
}

/* "12/7/26, 3:15 PM Title", "07.12.2026, 15:15 Title", "2026-12-07 15:15": the date and time a
** browser prints at the top of each sheet of a printed page, before the page's title. A numeric
** date with two separators, a comma or a space, then a clock time: no record's line begins so. */
static int is_print_header(const char *z, size_t n){
  size_t i = 0;
  char sep;
  if( n<12 || z[0]<'0' || z[0]>'9' ) return 0;
  if( !read_digits(z, n, &i, 1, 4) || i>=n ) return 0;
  sep = z[i];
  if( sep!='/' && sep!='.' && sep!='-' ) return 0;
  i++;
  if( !read_digits(z, n, &i, 1, 2) || i>=n || z[i]!=sep ) return 0;
  i++;
  if( !read_digits(z, n, &i, 2, 4) ) return 0;
  if( i<n && z[i]==',' ) i++;
  if( i>=n || z[i]!=' ' ) return 0;
  listing_skip_spaces(z, n, &i);
  if( !read_digits(z, n, &i, 1, 2) || i>=n || z[i]!=':' ) return 0;
  i++;
  if( !read_digits(z, n, &i, 2, 2) ) return 0;
  return i==n || z[i]==' ';
}

/* "https://digitalarchive.wilsoncenter.org/search?q=kim", alone or with the sheet's number after
** it ("… 1/2"), as a browser prints it at the foot of each sheet: an address is no title. */
static int is_address_line(const char *z, size_t n){
  size_t i;
  if( n<10 ) return 0;
  if( !(n>=7 && text_ieq(z, 7, "http://", 7)) && !(n>=8 && text_ieq(z, 8, "https://", 8)) ){
    return 0;
  }
  for(i=0; i<n && z[i]!=' '; i++){}
  if( i==n ) return 1;
  i++;
  if( !read_digits(z, n, &i, 1, 4) ) return 0;
  if( i<n && z[i]=='/' ){
    i++;
    if( !read_digits(z, n, &i, 1, 4) ) return 0;
  }
  return i==n ? 2 : 0;                  /* with the sheet's number: a printed page's */
}

/* Most bytes of an icon's name (is_icon_name()). */
#define ICON_MAX_BYTES 40

/* "menu", "tune", "search": an icon's name of icon_names.tsv, one word in small letters as the
** font names it ("Search", a link's word, is chrome.tsv's to judge). */
static int is_icon_word(const char *z, size_t n){
  return n>=(size_t)arch_data_icon_names_min_key && n<=(size_t)arch_data_icon_names_max_key
      && listing_is_lower_word(z, n)
      && arch_data_find(arch_data_icon_names, arch_data_icon_names_count, z, n)!=0;
}

/* "arrow_forward", "chevron_right", "expand_more": the name of an icon that a page draws with an
** icon font, which a copy gives as text. One word of lower-case ASCII letters and digits joined
** by underscores: no title or summary is written so; or one of the few names without an
** underscore of the controls of a site's chrome (is_icon_word()). */
static int is_icon_name(const char *z, size_t n){
  size_t i;
  int under = 0;
  if( n<4 || n>ICON_MAX_BYTES || z[0]<'a' || z[0]>'z' || z[n-1]=='_' ) return 0;
  for(i=0; i<n; i++){
    char c = z[i];
    if( c=='_' ){
      if( z[i-1]=='_' ) return 0;
      under = 1;
    }else if( !((c>='a' && c<='z') || (c>='0' && c<='9')) ){
      return 0;
    }
  }
  return under || is_icon_word(z, n);
}

size_t listing_icon_before_len(const char *z, size_t n){
  size_t i;
  if( n<6 || z[0]<'a' || z[0]>'z' ) return 0;
  for(i=1; i<n && z[i]!=' '; i++){}
  if( i>=n || !is_icon_name(z, i) ) return 0;
  listing_skip_spaces(z, n, &i);
  return i<n ? i : 0;
}

size_t listing_icon_after_start(const char *z, size_t n){
  size_t i, e = n, k = n<ICON_MAX_BYTES+1 ? n : ICON_MAX_BYTES+1;
  /* An icon's name after furniture holds an underscore among the line's last bytes. */
  if( n<6 || memchr(z+n-k, '_', k)==0 ) return n;
  for(i=n; i>0 && z[i-1]!=' '; i--){}
  if( i==0 || memchr(z+i, '_', n-i)==0 || !is_icon_name(z+i, n-i) ) return n;
  e = i;
  while( e>0 && z[e-1]==' ' ) e--;
  return e>0 ? e : n;
}

/* "digitalarchive.wilsoncenter.org": the site's host alone, as a browser's reader view prints it
** above the page's title. Labels of small ASCII letters, digits and hyphens joined by periods,
** the last of letters. */
static int is_host_line(const char *z, size_t n){
  size_t i, last = 0;
  int nDot = 0;
  if( n<4 || n>80 || z[0]<'a' || z[0]>'z' ) return 0;
  for(i=0; i<n; i++){
    char c = z[i];
    if( c=='.' ){
      if( z[i-1]=='.' || i+1==n ) return 0;
      nDot++;
      last = i+1;
    }else if( !((c>='a' && c<='z') || (c>='0' && c<='9') || c=='-') ){
      return 0;
    }
  }
  if( nDot==0 || n-last<2 ) return 0;
  for(i=last; i<n; i++) if( z[i]<'a' || z[i]>'z' ) return 0;
  return 1;
}

/* "2–3 minutes", "5 min read", "3–4 Minuten": the reading time a browser's reader view prints
** below the host. A number or two joined by a dash, a space and a word of minutes. */
static int is_reading_time(const char *z, size_t n){
  static const char *const azWord[] = {
    "minutes", "minute", "min", "min read", "minuten", "minutos", "minuti",
    "Ð¼Ð¸Ð½ÑÑÑ",                 /* минуты */
    "Ð¼Ð¸Ð½ÑÑ",                         /* минут */
    "Ð¼Ð¸Ð½.",                                         /* мин. */
  };
  size_t i = 0, k;
  int d;
  if( !read_digits(z, n, &i, 1, 3) ) return 0;
  if( i<n && (d = text_dash_len(z+i, n-i))>0 ){
    i += (size_t)d;
    if( !read_digits(z, n, &i, 1, 3) ) return 0;
  }
  if( i>=n || z[i]!=' ' ) return 0;
  i++;
  for(k=0; k<sizeof(azWord)/sizeof(azWord[0]); k++){
    if( text_ieq(z+i, n-i, azWord[k], strlen(azWord[k])) ) return 1;
  }
  return 0;
}

/* The trimmed line right above (dir<0) or below (dir>0) the line z[0..n) of the scanned text,
** with no blank line between, in *pz and *pn; 0 when there is none. */
static int adjacent_line(const ListingScanner *sc, const char *z, size_t n, int dir,
                         const char **pz, size_t *pn){
  const char *zStart = sc->z, *zEnd = sc->z + sc->n, *p, *e;
  if( dir>0 ){
    p = memchr(z+n, '\n', (size_t)(zEnd-(z+n)));
    if( p==0 ) return 0;
    p++;
    e = memchr(p, '\n', (size_t)(zEnd-p));
    if( e==0 ) e = zEnd;
  }else{
    e = z;
    while( e>zStart && e[-1]!='\n' ) e--;
    if( e==zStart ) return 0;
    e--;                                        /* the break that ends the line above */
    p = e;
    while( p>zStart && p[-1]!='\n' ) p--;
  }
  *pz = p;
  *pn = (size_t)(e-p);
  text_trim(pz, pn);
  return *pn>0;
}

/* "Wilson Center Digital Archive" between "menu" and "search", above a phone copy's records:
** the title of the page's app bar, between the names of its icons (two different ones: a card
** of the list stands between two "chevron_right"). */
static int is_app_bar_title(const ListingScanner *sc, const char *z, size_t n){
  const char *zA, *zB;
  size_t nA, nB;
  if( sc->n_records>0 || n>ICON_MAX_BYTES+24 ) return 0;
  if( !adjacent_line(sc, z, n, -1, &zA, &nA) || !is_icon_name(zA, nA) ) return 0;
  if( !adjacent_line(sc, z, n, 1, &zB, &nB) ){
    const char *p = z+n, *zEnd = sc->z+sc->n;          /* the copy stops here: it is cut */
    while( p<zEnd && (*p==' ' || *p=='\t' || *p=='\r' || *p=='\n') ) p++;
    return p==zEnd;
  }
  if( zB+nB>=sc->z+sc->n ) return listing_is_lower_word(zB, nB);  /* an icon's name, cut */
  if( !is_icon_name(zB, nB) ) return 0;
  return nA!=nB || memcmp(zA, zB, nA)!=0;
}

int listing_is_browser_furniture(const ListingScanner *sc, const char *z, size_t n){
  int k;
  if( n==0 ) return 0;
  if( z[0]>='0' && z[0]<='9' ) return is_print_header(z, n) ? 2 : is_reading_time(z, n);
  if( (z[0]=='h' || z[0]=='H') && (k = is_address_line(z, n))!=0 ) return k;
  if( z[0]<'a' || z[0]>'z' ){                 /* icons' names and hosts are in small letters */
    return sc->icons_seen && is_app_bar_title(sc, z, n) ? 4 : 0;
  }
  if( is_icon_name(z, n) ) return 3;
  return is_host_line(z, n);
}

int listing_is_lower_word(const char *z, size_t n){
  size_t i;
  if( n==0 || n>24 ) return 0;
  for(i=0; i<n; i++) if( z[i]<'a' || z[i]>'z' ) return 0;
  return 1;
}

/* "Copyright © 2004 Woodrow Wilson …", "Copyright 2026 Wilson Center", "Copyright (c) 2004":
** the site's footer, as a line that begins with "©" is. */
int listing_is_copyright_line(const char *z, size_t n){
  size_t i = 9;
  if( n<11 || (z[0]|0x20)!='c' || z[9]!=' ' || !text_ieq(z, 9, "copyright", 9) ) return 0;
  listing_skip_spaces(z, n, &i);
  if( i+1<n && (unsigned char)z[i]==0xC2 && (unsigned char)z[i+1]==0xA9 ) return 1;
  if( i+2<n && z[i]=='(' && (z[i+1]|0x20)=='c' && z[i+2]==')' ) return 1;
  return read_digits(z, n, &i, 4, 4) && (i==n || z[i]==' ' || z[i]=='-' || z[i]==',');
}

/* Most bytes of the link before a count ("View all", "See all documents"). */
#define MORE_LINK_MAX_BYTES 24

int listing_is_more_link(const ListingScanner *sc, const char *z, size_t n){
  size_t i;
  int64_t total;
  unsigned bit;
  size_t w = n;
  /* A line that ends in a letter, in a word as long as a noun of a count and beginning as one
  ** does (aCountLead), and begins as a key of chrome.tsv does (aChromePair): most lines are
  ** turned away here. */
  if( n<10 || !((z[n-1]|0x20)>='a' && (z[n-1]|0x20)<='z') ) return 0;
  while( w>0 && z[w-1]!=' ' ) w--;
  bit = listing_chrome_pair((unsigned char)z[w], (unsigned char)(n-w));
  if( (sc->aCountLead[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
  bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)z[1]);
  if( (sc->aChromePair[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
  for(i=3; i<n && i<=MORE_LINK_MAX_BYTES; i++){
    if( z[i]!=' ' || i+1>=n || z[i+1]<'0' || z[i+1]>'9' ) continue;
    return listing_is_skip_row(sc, z, i) && listing_parse_total(z+i+1, n-i-1, &total);
  }
  return 0;
}

size_t listing_leading_arrows_len(const char *z, size_t n){
  size_t i = 0;
  while( i<n && (unsigned char)z[i]>=0x80 ){        /* "«", "‹", "←" before the words */
    uint32_t cp;
    int k = text_utf8_char((const unsigned char *)z+i, n-i, &cp);
    if( k<=0 || text_is_letter(cp) ) break;
    i += (size_t)k;
  }
  if( i==0 ) return 0;
  listing_skip_spaces(z, n, &i);
  return i<n ? i : 0;
}

int listing_is_cut_more_link(const ListingScanner *sc, const char *z, size_t n){
  size_t i, e;
  for(i=3; i<n && i<=MORE_LINK_MAX_BYTES; i++){
    if( z[i]!=' ' || i+1>=n || z[i+1]<'0' || z[i+1]>'9' ) continue;
    if( !listing_is_skip_row(sc, z, i) ) return 0;
    for(e=i+1; e<n && ((z[e]>='0' && z[e]<='9') || z[e]==','); e++){}
    if( e==n ) return 1;                                     /* "View all 45" */
    if( z[e]!=' ' || e+1>=n ) return e+1==n;                 /* "View all 45 " */
    return arch_data_begins_longer(arch_data_total_words, arch_data_total_words_count, z+e+1,
                                   n-e-1);                   /* "View all 45 docu" */
  }
  return 0;
}

int listing_is_cut_icon_name(const ListingScanner *sc, const char *z, size_t n){
  size_t i;
  int under = 0;
  if( n<2 || n>40 || z[0]<'a' || z[0]>'z' ) return 0;
  for(i=1; i<n; i++){
    char c = z[i];
    if( c=='_' ) under = 1;
    else if( !((c>='a' && c<='z') || (c>='0' && c<='9')) ) return 0;
  }
  return under || sc->icons_seen;
}

int listing_is_cut_address(const char *z, size_t n){
  static const char zHttps[] = "https://";
  size_t i, k;
  if( n==0 || (z[0]|0x20)!='h' ) return 0;
  for(k=0; k<n && k<8 && (z[k]|0x20)==zHttps[k]; k++){}
  if( k==n ) return n>=2;                                  /* "ht", "https:/" */
  if( !(k==8 || (k==4 && n>=7 && memcmp(z+4, "://", 3)==0)) ) return 0;   /* http:// */
  for(i=0; i<n && z[i]!=' '; i++){}
  if( i==n ) return 1;                                     /* "https://digitalarch" */
  i++;
  if( !read_digits(z, n, &i, 1, 4) ) return 0;             /* "… 1/", "… 1/2" cut */
  if( i==n ) return 1;
  if( z[i]!='/' ) return 0;
  i++;
  return i==n || read_digits(z, n, &i, 1, 4);
}
