/*
** listing_lines.c: the line classifier of listing() (listing_lines.h): reads one line of a copied
** result page and tells what it is: blank, text, a date line, a result range ("21 - 30 of 108")
** or a total alone ("57 results"), a "-" separator, page furniture of ext/data/chrome.tsv (alone
** or several side by side; a field's name alone, "Title:"), a pager's numbers (its rows of
** links: listing_pager.c), a search facet ("Korean War (120)", "English 290": listing_counts.c,
** which reads ranges and totals too), a record's detail ("Source: ...") or the date another
** kind of result was published, or what a browser adds to a copy (listing_browser.c); and
** whether a last line is the beginning, cut short, of a date line, of furniture, of a range, of
** a facet, of a label, of a pager's row or of a control's option. A record's tags side by side
** ("Korea · Radio") are told in listing_tags.c. listing.c builds records from these lines.
*/
#include "listing_lines.h"
#include "text.h"
#include "archivist_data.h"

#include <string.h>


/* Find the line starting at off: z[off..*pEnd) is its text, *pNext where the next one starts.
** Lines end at "\n", "\r\n" or a lone "\r". */
static void find_line_end(const char *z, size_t n, size_t off, size_t *pEnd, size_t *pNext){
  const char *nl;
  if( off<n && z[off]=='\n' ){          /* a blank line, the commonest: no search */
    *pEnd = off;
    *pNext = off+1;
    return;
  }
  nl = memchr(z+off, '\n', n-off);
  size_t end = nl ? (size_t)(nl - z) : n;
  const char *cr = memchr(z+off, '\r', end-off);
  if( cr ){
    size_t at = (size_t)(cr - z);
    *pEnd = at;
    *pNext = (at+1==end && nl) ? end+1 : at+1;
    return;
  }
  *pEnd = end;
  *pNext = nl ? end+1 : n;
}

/* Length of the bullet that starts z[0..n), or 0. */
static int bullet_len(const char *z, size_t n){
  static const char *const azBullet[] = {
    "\xE2\x80\xA2",  /* • */
    "\xE2\x80\xA3",  /* ‣ */
    "\xE2\x97\xA6",  /* ◦ */
    "\xE2\x97\x8F",  /* ● */
    "\xE2\x96\xAA",  /* ▪ */
    "\xC2\xB7",      /* · */
  };
  size_t i;
  if( n==0 ) return 0;
  if( z[0]=='*' ) return (n>=2 && text_space_len(z+1, n-1)) ? 1 : 0;
  if( z[0]!='\xE2' && z[0]!='\xC2' ) return 0;      /* the lead bytes of the others */
  for(i=0; i<sizeof(azBullet)/sizeof(azBullet[0]); i++){
    size_t k = strlen(azBullet[i]);
    if( n>=k && memcmp(z, azBullet[i], k)==0 ) return (int)k;
  }
  return 0;
}

static int is_separator(const char *z, size_t n){
  size_t i = 0;
  while( i<n ){
    int k = text_dash_len(z+i, n-i);
    if( k==0 ) return 0;
    i += k;
  }
  return n>0;
}

/* Set the bit of the first two bytes of every chrome key (see chrome_role()), of every label of
** published_labels.tsv (is_published_date()), and those of pager_words.tsv's words
** (listing_pager.c). */
void listing_chrome_init(ListingScanner *sc){
  unsigned i;
  for(i=0; i<arch_data_chrome_count; i++){
    const ArchDataRow *p = &arch_data_chrome[i];
    const char *zSpace = memchr(p->key, ' ', (size_t)p->nKey);
    if( p->nKey>=2 ){
      unsigned bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)p->key[1]);
      sc->aChromePair[bit>>5] |= 1u<<(bit & 31);
    }
    if( p->nKey>=3 ){
      unsigned bit = listing_chrome_pair((unsigned char)p->key[1], (unsigned char)p->key[2]);
      sc->aChromeTri[bit>>5] |= 1u<<(bit & 31);
    }
    if( zSpace && zSpace+1<p->key+p->nKey ){
      unsigned bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)zSpace[1]);
      sc->aChromeWords[bit>>5] |= 1u<<(bit & 31);
    }else if( zSpace==0 ){
      unsigned bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)p->nKey);
      sc->aChromeOne[bit>>5] |= 1u<<(bit & 31);
    }
    {
      const char *zLast = p->key + p->nKey;
      unsigned bit;
      while( zLast>p->key && zLast[-1]!=' ' ) zLast--;
      bit = listing_chrome_pair((unsigned char)zLast[0],
                              (unsigned char)(p->key + p->nKey - zLast));
      sc->aChromeLast[bit>>5] |= 1u<<(bit & 31);
    }
  }
  listing_pager_init(sc);
  for(i=0; i<arch_data_total_words_count; i++){
    const ArchDataRow *p = &arch_data_total_words[i];
    if( p->value[0]=='l' || p->value[0]=='n' ){
      unsigned bit = listing_chrome_pair((unsigned char)(p->key[0]|0x20), (unsigned char)p->nKey);
      sc->aCountLead[bit>>5] |= 1u<<(bit & 31);
    }
  }
  for(i=0; i<arch_data_published_labels_count; i++){
    const ArchDataRow *p = &arch_data_published_labels[i];
    unsigned bit = listing_chrome_pair((unsigned char)p->key[0], (unsigned char)p->key[1]);
    sc->aPublished[bit>>5] |= 1u<<(bit & 31);
  }
}

/* True when z[0..n) holds a letter or a digit (any non-ASCII character counts as one). */
int listing_has_word_char(const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>=0x80 || (c>='0' && c<='9') || ((c|0x20)>='a' && (c|0x20)<='z') ) return 1;
  }
  return 0;
}

static LineClass chrome_class(const char *zRole){
  switch( zRole[0] ){
    case 'p': return LINE_PAGE;
    case 's': return zRole[1]=='t' ? LINE_START : LINE_SKIP;
    case 'e': case 'f': case 'a':
      return LINE_END;                         /* "end", the site's "footer", an "aside" */
    default:  return LINE_SKIP;
  }
}

/* What the piece z[0..n) of a row of furniture (below) is: a line to skip, with or without a
** colon after it ("Sort by:"), an option ("Date"), a link of the site's footer ("Privacy
** Policy"), punctuation alone ("|", "/"), or none. */
typedef enum RowPiece {
  PIECE_NONE, PIECE_PUNCT, PIECE_OPTION, PIECE_SKIP, PIECE_FOOTER
} RowPiece;

static RowPiece furniture_piece(const char *z, size_t n){
  const ArchDataRow *p;
  if( n>0 && z[n-1]==':' ) n--;
  if( n==0 || !listing_has_word_char(z, n) ) return PIECE_PUNCT;
  if( n>(size_t)arch_data_chrome_max_key ) return PIECE_NONE;
  p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n);
  if( p==0 ) return PIECE_NONE;
  if( p->value[0]=='o' ) return PIECE_OPTION;
  if( p->value[0]=='f' ) return PIECE_FOOTER;
  return chrome_class(p->value)==LINE_SKIP ? PIECE_SKIP : PIECE_NONE;
}

/* The states of a split of a row so far (bits of aOk below): none of its pieces a word, one
** option alone, furniture (a line to skip, or two options: "Date Title", the heading row of a
** table of results, is no record; "Title" alone may be one), and furniture with a link of the
** site's footer among it ("Contact Us | Privacy Policy"). */
#define ROW_EMPTY   1
#define ROW_OPTION  2
#define ROW_OK      4
#define ROW_FOOTER  8

/* A row of page furniture side by side, as a saved page's row of links reads when it turns into
** one line ("Export citation Add to collection", "Sort by: Date | Title", "Date Title"):
** z[0..n), white space folded, splits at spaces into pieces that are each furniture to skip,
** options or links of the site's footer, with a line to skip, two options or a footer link
** among them. Returns 0, ROW_OK, or ROW_OK|ROW_FOOTER for a row that holds a footer link
** ("Contact Us | Privacy Policy", "Back to top | Sitemap"): the site's footer. */
static int is_furniture_row(const ListingScanner *sc, const char *z, size_t n){
  unsigned char aOk[CHROME_MAX_BYTES+1];  /* aOk[i]: the states of splits of z[0..i) */
  size_t i, j;
  const char *zSpace;
  unsigned bit;
  if( n>CHROME_MAX_BYTES || (zSpace = memchr(z, ' ', n))==0 ) return 0;
  /* Most titles are turned away here, without a look-up: a row begins with the first two words
  ** of a key of several ("Export citation"), whose first bytes aChromeWords holds, or with a
  ** key of one word, whose first byte and length aChromeOne holds. */
  bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)zSpace[1]);
  if( (sc->aChromeWords[bit>>5] & (1u<<(bit & 31)))==0 ){
    size_t nWord = (size_t)(zSpace-z);
    if( nWord>1 && z[nWord-1]==':' ) nWord--;                  /* "Filter:" */
    bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)nWord);
    if( (sc->aChromeOne[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
    if( furniture_piece(z, (size_t)(zSpace-z))==PIECE_NONE ) return 0;
  }
  memset(aOk, 0, n+1);
  aOk[0] = ROW_EMPTY;
  for(i=0; i<n; i++){
    if( !aOk[i] ) continue;
    for(j=i+1; j<=n; j++){
      RowPiece piece;
      unsigned char to = 0;
      if( j<n && z[j]!=' ' ) continue;
      piece = furniture_piece(z+i, j-i);
      switch( piece ){
        case PIECE_NONE:   continue;
        case PIECE_PUNCT:  to = aOk[i]; break;
        case PIECE_SKIP:   to = ROW_OK | (aOk[i] & ROW_FOOTER); break;
        case PIECE_FOOTER: to = ROW_OK | ROW_FOOTER; break;
        case PIECE_OPTION:
          to = (aOk[i] & (ROW_OPTION|ROW_OK)) ? ROW_OK | (aOk[i] & ROW_FOOTER) : 0;
          if( aOk[i] & ROW_EMPTY ) to |= ROW_OPTION;
          break;
      }
      aOk[j<n ? j+1 : n] |= to;
    }
  }
  return (aOk[n] & ROW_OK) ? aOk[n] & (ROW_OK|ROW_FOOTER) : 0;
}

/* The chrome role of a line ("page", "start", "end", "skip"), or NULL. The line is trimmed. */
static const char *chrome_role(const ListingScanner *sc, const char *z, size_t n){
  char buf[CHROME_MAX_BYTES];
  const ArchDataRow *p;
  /* Folding only shortens a line: one shorter than every key matches none. */
  if( n>CHROME_MAX_BYTES || n<(size_t)arch_data_chrome_min_key ) return 0;
  /* Folding leaves the first two bytes of a trimmed line as they are when the second is no
  ** white space: a line that begins as no key does is none, and its white space need not be
  ** looked at. (Most lines are turned away so: titles, date lines.) */
  if( n>=2 && text_space_len(z+1, n-1)==0 ){
    unsigned bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)z[1]);
    if( (sc->aChromePair[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
    /* The same of the second and third bytes, when both are printable ASCII, which folding
    ** leaves as they are: "Letter", "Report" begin as keys in other languages do ("Leer
    ** más", "Resultados"), but go on otherwise. */
    if( n>=3 && z[1]>0x20 && z[1]<0x7F && z[2]>0x20 && z[2]<0x7F ){
      bit = listing_chrome_pair((unsigned char)z[1], (unsigned char)z[2]);
      if( (sc->aChromeTri[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
    }
  }
  if( text_needs_fold(z, n) ){
    n = text_fold_space(z, n, buf);
    z = buf;
  }
  if( n<=(size_t)arch_data_chrome_max_key+1 ){
    /* A key ("Results:"); or a field's label alone, with or without its colon ("Title",
    ** "Summary:"), over its value on the line below. */
    p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n);
    if( p==0 && n>1 && z[n-1]==':' ){
      p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n-1);
      if( p && p->value[0]!='o' ) p = 0;
    }
    if( p && strcmp(p->value, "option field")==0 ) return "skip field";
    if( p && p->value[0]!='o' ) return p->value;
  }
  switch( is_furniture_row(sc, z, n) ){
    case 0:      return 0;
    case ROW_OK: return "skip";
    default:     return "footer";
  }
}

int listing_is_skip_row(const ListingScanner *sc, const char *z, size_t n){
  const char *zRole = chrome_role(sc, z, n);
  return zRole!=0 && chrome_class(zRole)==LINE_SKIP;
}

static int rest_is_blank(const ListingScanner *sc, size_t off);

/* Most bytes of the note in brackets after an option ("Date (oldest first)"). */
#define OPTION_NOTE_MAX_BYTES 24

/* z[0..n) is an option of chrome.tsv with a note in brackets after it, words without a digit
** ("Date (oldest first)", "Relevance (default)", "Datum (absteigend)"); with bCut, the last
** line of a copy cut inside the note ("Date (old"). */
static int is_option_with_note(const char *z, size_t n, int bCut){
  const char *zOpen = memchr(z, '(', n);
  const ArchDataRow *p;
  size_t o, i;
  if( zOpen==0 || zOpen==z || zOpen[-1]!=' ' ) return 0;
  o = (size_t)(zOpen-z);
  if( n-o>OPTION_NOTE_MAX_BYTES+2 || (!bCut && z[n-1]!=')') ) return 0;
  for(i=o+1; i<n; i++){
    if( (z[i]>='0' && z[i]<='9') || z[i]=='(' || (z[i]==')' && i+1<n) ) return 0;
  }
  if( o-1>(size_t)arch_data_chrome_max_key ) return 0;
  p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, o-1);
  return p && p->value[0]=='o';
}

int listing_is_cut_option(const ListingScanner *sc, const Line *pLine){
  unsigned i, k;
  if( pLine->n==0 || !rest_is_blank(sc, pLine->next) ) return 0;
  k = arch_data_prefixed(arch_data_chrome, arch_data_chrome_count, pLine->z, pLine->n, &i);
  for(; k>0; k--, i++){
    const ArchDataRow *p = &arch_data_chrome[i];
    if( (size_t)p->nKey>pLine->n && p->value[0]=='o' ) return 1;
  }
  return pLine->n<=CHROME_MAX_BYTES && is_option_with_note(pLine->z, pLine->n, 1);
}

int listing_is_option_line(const char *z, size_t n){
  char buf[CHROME_MAX_BYTES];
  const ArchDataRow *p;
  if( n>CHROME_MAX_BYTES ) return 0;
  if( text_needs_fold(z, n) ){
    n = text_fold_space(z, n, buf);
    z = buf;
  }
  if( n>(size_t)arch_data_chrome_max_key ) return is_option_with_note(z, n, 0);
  p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n);
  return p ? p->value[0]=='o' : is_option_with_note(z, n, 0);
}

/* z[0..n) is the beginning, cut short, of a line of page furniture ("Paginat", "Skip to con")
** or of a result range: what a copy that stops inside such a line leaves. */
static int is_cut_furniture(const char *z, size_t n){
  unsigned i, k = arch_data_prefixed(arch_data_chrome, arch_data_chrome_count, z, n, &i);
  for(; k>0; k--, i++){
    /* An option is furniture only in a row ("Title (A-Z)"): "Title" alone may be a record's. */
    const ArchDataRow *p = &arch_data_chrome[i];
    if( (size_t)p->nKey>n && p->value[0]!='o' ) return 1;
  }
  return listing_is_cut_range(z, n);
}

/* True when z[0..n) holds a letter (any non-ASCII character counts as one). */
static int has_letter(const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>=0x80 || ((c|0x20)>='a' && (c|0x20)<='z') ) return 1;
  }
  return 0;
}

/* Longest line of numbers alone read as a pager's page numbers ("1 2 3 ... 10"). */
#define PAGER_MAX_BYTES 24

/* arch_date_may_begin() of the trimmed line z[0..n), with the verdicts on first words kept in
** the scanner (dates.h tells how the test comes apart). */
static int date_may_begin(ListingScanner *sc, const char *z, size_t n){
  char w[LISTING_WORD_MAX_BYTES];
  size_t k = arch_date_first_word(z, n), i;
  unsigned h = 0;
  ListingWordVerdict *p;
  if( k==0 ) return 1;
  if( k>LISTING_WORD_MAX_BYTES ){
    return arch_date_word_may_begin(z, k) || arch_date_undated_line(z, n);
  }
  for(i=0; i<k; i++){
    w[i] = (char)(z[i]|0x20);          /* an ASCII letter in lower case */
    h = h*31 + (unsigned char)w[i];
  }
  p = &sc->aWord[h % LISTING_WORD_SLOTS];
  if( p->n!=k || memcmp(p->w, w, k)!=0 ){
    p->n = (unsigned char)k;
    memcpy(p->w, w, k);
    p->may_begin = (unsigned char)arch_date_word_may_begin(z, k);
  }
  return p->may_begin || arch_date_undated_line(z, n);
}

/* The text before z[i] ends a sentence: ".", "!", "?" or "…". */
static int ends_sentence_char(const char *z, size_t i){
  char c = z[i-1];
  if( c=='.' || c=='!' || c=='?' ) return 1;
  return i>=3 && memcmp(z+i-3, "\xE2\x80\xA6", 3)==0;
}

/* Length of the result's number that begins z[0..n) and the spaces after it ("12. "), or 0:
** one to four digits, a period, a space. */
static int result_number_len(const char *z, size_t n){
  size_t i = 0;
  int k;
  while( i<n && i<4 && z[i]>='0' && z[i]<='9' ) i++;
  if( i==0 || i+1>=n || z[i]!='.' || (k = text_space_len(z+i+1, n-i-1))==0 ) return 0;
  i += 1 + (size_t)k;
  listing_skip_spaces(z, n, &i);
  return i<n ? (int)i : 0;
}

/* The line z[0..n) is a result's number, k bytes with the spaces after it, and a date line
** ("1. June 11, 1957", "3. Undated"): set *pLine's date and text to the date line's and return
** 1. "2. Juli 1957" is a date line as it stands (the day, then the month): the number is the
** result's only when the rest names a day of its own, or when the page numbered an earlier
** date line so (sc->numbered_dates), or when the whole line is no date. */
static int read_numbered_date(ListingScanner *sc, const char *z, size_t n, size_t k,
                              Line *pLine){
  ArchDate whole;
  if( !date_may_begin(sc, z+k, n-k)
   || (pLine->date_kind = arch_date_parse(z+k, n-k, &pLine->date))==ARCH_DATE_NOT_A_DATE ){
    return 0;
  }
  if( !sc->numbered_dates
   && !(pLine->date_kind==ARCH_DATE_FOUND && pLine->date.precision==ARCH_DATE_DAY)
   && arch_date_parse(z, n, &whole)!=ARCH_DATE_NOT_A_DATE ){
    pLine->date_kind = ARCH_DATE_NOT_A_DATE;
    return 0;
  }
  pLine->z = z+k;
  pLine->n = n-k;
  pLine->numbered = 1;
  for(pLine->number=0; z<pLine->z && *z>='0' && *z<='9'; z++){
    pLine->number = pLine->number*10 + (*z-'0');
  }
  return 1;
}

/* z[0..n), trimmed, is empty, a date, or the beginning of one ("Jan", "19"). */
static int is_date_or_cut(const char *z, size_t n){
  ArchDate date;
  text_trim(&z, &n);
  return n==0 || arch_date_is_cut_prefix(z, n)
      || (n<=DATE_LINE_MAX_BYTES && arch_date_parse(z, n, &date)!=ARCH_DATE_NOT_A_DATE);
}

/* The date line z[0..n) (no date itself) cut short in a part that the date engine's cut test
** does not take alone: after a word that qualifies a year ("circa 1", "ca. 19", "c.", "Winter
** 1": the word and a year are a date), or in the second date of a range ("November 1950 -
** Jan", "October 19–20,", "1950-19"). */
static int is_cut_date_parts(const char *z, size_t n){
  char buf[DATE_LINE_MAX_BYTES + 8];
  ArchDate date;
  size_t w, i;
  if( n==0 || n>DATE_LINE_MAX_BYTES ) return 0;
  w = arch_date_first_word(z, n);
  if( w>0 && w<=DATE_LINE_MAX_BYTES && arch_date_word_may_begin(z, w) ){
    /* The first word and a year: "circa 1950", "Winter 1950", "ca. 1950". */
    if( w<n && z[w]=='.' ) w++;
    memcpy(buf, z, w);
    memcpy(buf+w, " 1950", 5);
    if( w>=2                        /* "x", a Roman month's numeral, alone is no such word */
     && arch_date_parse(buf, w+5, &date)!=ARCH_DATE_NOT_A_DATE
     && arch_date_parse(z, w, &date)==ARCH_DATE_NOT_A_DATE
     && is_date_or_cut(z+w, n-w) && (w==n || z[w]==' ') ){
      return 1;
    }
  }
  for(i=1; i<n; i++){                            /* the range's first dash */
    int k = text_dash_len(z+i, n-i);
    size_t l = i, e, m = n;
    if( k<=0 ) continue;
    while( l>0 && z[l-1]==' ' ) l--;
    e = i+(size_t)k;
    while( e<m && z[e]==' ' ) e++;
    if( e<m && z[m-1]==',' ) m--;                 /* "October 19–20," */
    return l>0 && is_date_or_cut(z, l) && is_date_or_cut(z+e, m-e);
  }
  return 0;
}

/* The length of the East Asian date mark at z[0..n) (年 月 of Chinese and Japanese, 년 월 of
** Korean): 3, or 0. The day's mark (日, 일) is left out: a date that has it is whole. */
static int east_asian_mark_len(const unsigned char *u, size_t n){
  if( n<3 ) return 0;
  if( (u[0]==0xE5 && u[1]==0xB9 && u[2]==0xB4) || (u[0]==0xE6 && u[1]==0x9C && u[2]==0x88)
   || (u[0]==0xEB && u[1]==0x85 && u[2]==0x84) || (u[0]==0xEC && u[1]==0x9B && u[2]==0x94) ){
    return 3;
  }
  return 0;
}

/* z[0..n) is an East Asian date line cut before its day's mark ("1949年10月1", "1950年2",
** "1950년 6월 2"): a year's digits and its mark, then only digits, spaces and the month's mark.
** The date engine's cut test reads the Western forms only. */
static int is_cut_east_asian_date(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  size_t i = 0;
  int k;
  while( i<n && i<4 && u[i]>='0' && u[i]<='9' ) i++;
  if( i==0 || (k = east_asian_mark_len(u+i, n-i))==0 ) return 0;
  for(i += (size_t)k; i<n; i++){
    if( (u[i]>='0' && u[i]<='9') || u[i]==' ' ) continue;
    if( (k = east_asian_mark_len(u+i, n-i))==0 ) return 0;
    i += (size_t)k-1;
  }
  return u[n-1]>='0' && u[n-1]<='9';
}

/* z[0..n) is the beginning of a date line, with or without a result's number before it
** ("Novemb", "1. June 11, 19", "circa 19", "November 1950 - Jan", "1949年10月1"). */
static int is_cut_date_line(const char *z, size_t n){
  int k = result_number_len(z, n);
  if( k>0 && arch_date_is_cut_prefix(z+k, n-(size_t)k) ) return 1;
  return arch_date_is_cut_prefix(z, n) || is_cut_date_parts(z, n)
      || is_cut_east_asian_date(z, n);
}

/* The length of z[0..n) without the arrows or the ellipsis a link's words may have after them
** ("Read more »", "Next ›", "Więcej…"), and the spaces before them. */
static size_t without_arrows(const char *z, size_t n){
  size_t e = n;
  while( e>0 && (unsigned char)z[e-1]>=0x80 ){     /* "»", "›", "…", "→" after the words */
    size_t c = e-1;
    uint32_t cp;
    while( c>0 && ((unsigned char)z[c] & 0xC0)==0x80 ) c--;
    if( text_utf8_char((const unsigned char *)z+c, e-c, &cp)<=0 || text_is_letter(cp) ) break;
    e = c;
  }
  while( e>0 && z[e-1]==' ' ) e--;
  return e;
}

/* The chrome role of the whole line z[0..n): chrome_role(), or, for a line of furniture to
** skip with an arrow after it or before it ("Read more »", "Więcej »", "« Zurück"), that of its
** words. */
static const char *line_role(const ListingScanner *sc, const char *z, size_t n){
  const char *zRole = chrome_role(sc, z, n);
  size_t e;
  if( zRole==0 && n>0 && (unsigned char)z[n-1]>=0x80 && (e = without_arrows(z, n))<n && e>0
   && (zRole = chrome_role(sc, z, e))!=0 && chrome_class(zRole)!=LINE_SKIP ){
    zRole = 0;
  }
  if( zRole==0 && n>0 && (unsigned char)z[0]>=0x80 && (e = listing_leading_arrows_len(z, n))>0
   && (zRole = chrome_role(sc, z+e, n-e))!=0 && chrome_class(zRole)!=LINE_SKIP ){
    zRole = 0;                     /* "« Zurück": a link to skip with an arrow before it */
  }
  /* "expand_more Show more", "Next chevron_right": furniture with an icon font's name beside
  ** it, which a copy gives as a word (a short line: ICON_ROW_MAX_BYTES). */
  if( zRole==0 && n>0 && z[0]>='a' && z[0]<='z' && (e = listing_icon_before_len(z, n))>0 ){
    zRole = chrome_role(sc, z+e, n-e);
  }
  if( zRole==0 && n>=6 && n<=ICON_ROW_MAX_BYTES && z[n-1]>='a' && z[n-1]<='z'
   && (e = listing_icon_after_start(z, n))<n ){
    zRole = chrome_role(sc, z, e);
  }
  return zRole;
}

/* The length of the text line z[0..n) without the link to skip that a copy leaves after its
** last sentence ("... the dates of the visit. Read more", "... Read more »"): a sentence's end,
** a space, then page furniture to skip, with or without an arrow or an ellipsis after it. When
** the line ends the text (atEnd), the beginning of such furniture, where a copy stopped, goes
** too. */
static size_t without_trailing_furniture(const ListingScanner *sc, const char *z, size_t n,
                                         int atEnd){
  size_t e, i, iMin;
  unsigned bit;
  /* The furniture ends in a letter, or in an arrow or an ellipsis after one (non-ASCII). */
  if( n<4 || !(((z[n-1]|0x20)>='a' && (z[n-1]|0x20)<='z') || (unsigned char)z[n-1]>=0x80) ){
    return n;
  }
  e = without_arrows(z, n);
  /* Most lines are turned away here: their last word ends no key of chrome.tsv (at the end of
  ** the text, it may be the beginning of one: "Rea"). */
  for(i=e; i>0 && z[i-1]!=' '; i--){}
  if( i==0 || e-i>255 ) return n;
  bit = listing_chrome_pair((unsigned char)z[i], (unsigned char)(e-i));
  if( !atEnd && (sc->aChromeLast[bit>>5] & (1u<<(bit & 31)))==0 ) return n;
  iMin = e>CHROME_MAX_BYTES ? e-CHROME_MAX_BYTES : 1;
  for(i=e; i>iMin; i--){
    const char *zRole;
    if( z[i-1]!=' ' ) continue;
    if( i<2 || !ends_sentence_char(z, i-1) ) continue;
    zRole = chrome_role(sc, z+i, e-i);
    if( (zRole && chrome_class(zRole)==LINE_SKIP)
     || (atEnd && e==n && is_cut_furniture(z+i, e-i)) ){    /* "... of the visit. Rea" */
      size_t k = i-1;
      while( k>0 && z[k-1]==' ' ) k--;
      return k;
    }
    return n;        /* only the words after the last sentence may be furniture */
  }
  return n;
}

/* Length of the invisible formatting character that starts z[0..n), or 0: the joiners and
** direction marks a page's markup leaves in its text (U+200C..U+200F, U+202A..U+202E,
** U+2060..U+2064) and the soft hyphen (U+00AD). A browser shows none of them: a line of them
** alone looks blank, and is. (U+200B and U+FEFF are white space to text_trim().) */
static int invisible_len(const char *z, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  if( n>=2 && u[0]==0xC2 && u[1]==0xAD ) return 2;
  if( n<3 || u[0]!=0xE2 ) return 0;
  if( u[1]==0x80 && ((u[2]>=0x8C && u[2]<=0x8F) || (u[2]>=0xAA && u[2]<=0xAE)) ) return 3;
  if( u[1]==0x81 && u[2]>=0xA0 && u[2]<=0xA4 ) return 3;
  return 0;
}

/* Length of the invisible formatting character that ends z[0..n), or 0. */
static int invisible_len_before(const char *z, size_t n){
  if( n>=2 && invisible_len(z+n-2, 2)==2 ) return 2;
  if( n>=3 && invisible_len(z+n-3, 3)==3 ) return 3;
  return 0;
}

/* Trim a line's white space and the invisible characters among it at either end. */
static void trim_line(const char **pz, size_t *pn){
  const char *z;
  size_t n;
  int k, again;
  text_trim(pz, pn);
  z = *pz;
  n = *pn;
  /* Every invisible character begins with the byte 0xC2 or 0xE2: most lines end in ASCII. */
  if( n==0 || ((unsigned char)z[0]<0x80 && (unsigned char)z[n-1]<0x80) ) return;
  do{
    again = 0;
    while( (k = invisible_len(z, n))>0 ){ z += k; n -= (size_t)k; again = 1; }
    while( (k = invisible_len_before(z, n))>0 ){ n -= (size_t)k; again = 1; }
    if( again ) text_trim(&z, &n);
  }while( again && n>0 );
  *pz = z;
  *pn = n;
}

/* Length of the run of marks at z[0..n) that stands between a result card's label and its date
** line ("Document · ", "Date: ", " | "): white space, ':', '|', '/', a dash, '·', '•'. */
static size_t label_marks_len(const char *z, size_t n){
  size_t i = 0;
  while( i<n ){
    int k = text_space_len(z+i, n-i);
    if( k==0 && memchr(":|/", z[i], 3) ) k = 1;
    if( k==0 ) k = text_dash_len(z+i, n-i);
    if( k==0 && n-i>=2 && memcmp(z+i, "\xC2\xB7", 2)==0 ) k = 2;          /* · */
    if( k==0 && n-i>=3 && memcmp(z+i, "\xE2\x80\xA2", 3)==0 ) k = 3;      /* • */
    if( k==0 ) break;
    i += (size_t)k;
  }
  return i;
}

/* z[0..n) (a colon after it aside) is a result card's label that may stand beside its date
** line: a document's label of chrome.tsv ("Document"), or, when bLabelOnly is 0, an option
** that names the date ("Date", "Document date"). */
static int is_date_label(const char *z, size_t n, int bLabelOnly){
  const ArchDataRow *p;
  size_t i;
  if( n>0 && z[n-1]==':' ) n--;
  if( n==0 || n>(size_t)arch_data_chrome_max_key ) return 0;
  p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n);
  if( p==0 ) return 0;
  if( p->value[0]=='l' ) return 1;
  if( bLabelOnly || p->value[0]!='o' ) return 0;
  for(i=0; i+4<=n; i++){
    if( text_ieq(z+i, 4, "date", 4) ) return 1;
  }
  return 0;
}

/* The date line z[0..n), when it is one: set *pLine's date and return 1. */
static int read_date_part(ListingScanner *sc, const char *z, size_t n, Line *pLine){
  text_trim(&z, &n);
  if( n==0 || !date_may_begin(sc, z, n)
   || (pLine->date_kind = arch_date_parse(z, n, &pLine->date))==ARCH_DATE_NOT_A_DATE ){
    return 0;
  }
  pLine->z = z;
  pLine->n = n;
  return 1;
}

/* The line z[0..n) is a date line with a result card's label before it ("Document · October 8,
** 1963", "Date: 1956", "Document Date: March 1953") or a document's label after it ("October
** 8, 1963 | Document"), as a card's line of details reads: set *pLine's date line to the date's
** part and return 1. Most lines are turned away by their first or last letters. */
static int read_labelled_date(ListingScanner *sc, const char *z, size_t n, Line *pLine){
  size_t i, k;
  if( n<6 || n>DATE_LINE_MAX_BYTES ) return 0;
  if( (z[0]|0x20)=='d' ){
    for(i=1; i<n && i<=CHROME_MAX_BYTES; i++){
      if( z[i]!=' ' && z[i]!=':' && (unsigned char)z[i]<0x80 ) continue;
      if( !is_date_label(z, i, 0) ) continue;
      k = label_marks_len(z+i, n-i);
      if( k>0 && read_date_part(sc, z+i+k, n-i-k, pLine) ) return 1;
    }
  }
  if( (z[n-1]|0x20)=='t' ){                   /* "... | Document" */
    for(i=n; i>0 && z[i-1]!=' '; i--){}
    if( i==0 || !is_date_label(z+i, n-i, 1) ) return 0;
    k = i;
    while( k>0 && label_marks_len(z+k-1, i-k+1)==i-k+1 ) k--;
    if( k<i && read_date_part(sc, z, k, pLine) ) return 1;
  }
  return 0;
}

/* The line z[0..n) is the date a result that is no document went on line ("Published: October
** 8, 2013", "Posted on March 1, 2020", "Опубликовано: 8 октября 2013"): a label of
** published_labels.tsv, marks (':', a space, a dash) and a date line. An archival document's card
** prints its document's date bare; a blog post's, an article's or a publication's prints when
** it was published. Lines that begin with no label's first two bytes are turned away by one
** bit. */
static int is_published_date(ListingScanner *sc, const char *z, size_t n){
  unsigned bit;
  size_t i, k;
  Line date;
  if( n<6 || n>DATE_LINE_MAX_BYTES ) return 0;
  bit = listing_chrome_pair((unsigned char)z[0], (unsigned char)z[1]);
  if( (sc->aPublished[bit>>5] & (1u<<(bit & 31)))==0 ) return 0;
  for(i=1; i<n && i<=(size_t)arch_data_published_labels_max_key; i++){
    if( z[i]!=' ' && z[i]!=':' ) continue;
    if( i<(size_t)arch_data_published_labels_min_key
     || !arch_data_find(arch_data_published_labels, arch_data_published_labels_count, z, i) ){
      continue;
    }
    k = label_marks_len(z+i, n-i);
    memset(&date, 0, sizeof(date));
    if( k>0 && read_date_part(sc, z+i+k, n-i-k, &date) ) return 1;
  }
  return 0;
}

/* The line z[0..n) is a record's detail: a label of record_details.tsv, a colon and a value
** ("Original Language: Russian", "Source: AVP RF, f. 0102"). Most lines are turned away by a
** look for a colon among their first bytes. */
static int is_detail_line(const char *z, size_t n){
  size_t nMax = (size_t)arch_data_record_details_max_key + 1;
  const char *zColon = memchr(z, ':', n<nMax ? n : nMax);
  size_t k, v;
  if( zColon==0 ) return 0;
  k = (size_t)(zColon - z);
  v = k+1;
  while( v<n && z[v]==' ' ) v++;
  if( k<(size_t)arch_data_record_details_min_key || v>=n ) return 0;
  return arch_data_find(arch_data_record_details, arch_data_record_details_count, z, k)!=0;
}

/* Longest line read as a cookie notice: a notice is a sentence or two. */
#define NOTICE_MAX_BYTES 600

/* z[0..n) holds "ookie" in either case around a "k" written as k ("cookie", "Cookies",
** "COOKIES"): a look for the letter k alone, which few words hold, by memchr(). */
static int has_ookie(const char *z, size_t n, char k){
  const char *p = z, *zEnd = z+n;
  while( (p = memchr(p, k, (size_t)(zEnd-p)))!=0 ){
    if( p-z>=2 && zEnd-p>=3 && (p[-2]|0x20)=='o' && (p[-1]|0x20)=='o' && (p[1]|0x20)=='i'
     && (p[2]|0x20)=='e' ){
      return 1;
    }
    p++;
  }
  return 0;
}

/* The line z[0..n) is a site's cookie notice ("This website uses cookies to improve your
** experience.", "Diese Website verwendet Cookies."): it names cookies and the site or the
** reader's consent, words of cookie_notice.tsv. Most lines are turned away by a look for
** "ookie" alone. */
int listing_is_cookie_notice(const char *z, size_t n){
  size_t i, start;
  int hasCookie = 0, hasSite = 0;
  if( n<12 || n>NOTICE_MAX_BYTES || (!has_ookie(z, n, 'k') && !has_ookie(z, n, 'K')) ) return 0;
  for(i=0; i<n; ){
    const ArchDataRow *p;
    unsigned char c = (unsigned char)z[i];
    if( c<0x80 && ((c|0x20)<'a' || (c|0x20)>'z') ){ i++; continue; }
    start = i;
    while( i<n && ((unsigned char)z[i]>=0x80
                   || (((unsigned char)z[i]|0x20)>='a' && ((unsigned char)z[i]|0x20)<='z')) ){
      i++;
    }
    if( i-start>(size_t)arch_data_cookie_notice_max_key ) continue;
    p = arch_data_find(arch_data_cookie_notice, arch_data_cookie_notice_count, z+start, i-start);
    if( p && p->value[0]=='c' ) hasCookie = 1;
    if( p && p->value[0]=='s' ) hasSite = 1;
    if( hasCookie && hasSite ) return 1;
  }
  return 0;
}

/* The offset of the first tab in z[from..end) that has text after it on the line, or end. A
** tab with nothing but white space after it ends no cell. */
static size_t next_cell_tab(const char *z, size_t from, size_t end){
  const char *zTab;
  size_t i;
  while( from<end && (zTab = memchr(z+from, '\t', end-from))!=0 ){
    const char *zRest;
    size_t nRest;
    i = (size_t)(zTab - z);
    zRest = zTab+1;
    nRest = end-i-1;
    trim_line(&zRest, &nRest);
    if( nRest>0 ) return i;
    break;
  }
  return end;
}

/* A row of a table of results copied from a browser, which writes its cells side by side with a
** tab between ("October 8, 1963<TAB>Cable from ...<TAB>Kim Il Sung meets ..."): when the line
** at off (up to end) begins with a cell that is a date line, that cell is read as the line, and
** the next line begins after its tab, so that the row's cells are read as the date line, title
** and summary of a page without blank lines. Returns the end of the first cell, or end. */
static size_t date_cell_end(ListingScanner *sc, size_t off, size_t end){
  const char *z = sc->z + off, *zCell;
  size_t n = end-off, nCell, tab;
  ArchDate date;
  int k;
  trim_line(&z, &n);
  if( n==0 ) return end;
  tab = next_cell_tab(sc->z, (size_t)(z - sc->z), end);
  if( tab>=end ) return end;
  zCell = z;
  nCell = tab - (size_t)(z - sc->z);
  trim_line(&zCell, &nCell);
  if( nCell==0 || nCell>DATE_LINE_MAX_BYTES ) return end;
  if( (k = result_number_len(zCell, nCell))>0 && date_may_begin(sc, zCell+k, nCell-(size_t)k)
   && arch_date_parse(zCell+k, nCell-(size_t)k, &date)!=ARCH_DATE_NOT_A_DATE ){
    return tab;
  }
  if( date_may_begin(sc, zCell, nCell)
   && arch_date_parse(zCell, nCell, &date)!=ARCH_DATE_NOT_A_DATE ){
    return tab;
  }
  return end;
}

void listing_read_line(ListingScanner *sc, size_t off, Line *pLine){
  size_t end, cell;
  const char *z;
  size_t n;
  const char *zRole;
  int k;

  memset(pLine, 0, sizeof(*pLine));
  find_line_end(sc->z, sc->n, off, &end, &pLine->next);
  if( !sc->has_tab || end==off || memchr(sc->z+off, '\t', end-off)==0 ){
    cell = end;                               /* most lines: no tab, no cells */
  }else if( off>0 && sc->z[off-1]=='\t' ){
    cell = next_cell_tab(sc->z, off, end);    /* a cell after a row's date cell (below) */
  }else{
    cell = date_cell_end(sc, off, end);
  }
  if( cell<end ){
    end = cell;
    pLine->next = cell+1;
  }
  z = sc->z + off;
  n = end - off;
  trim_line(&z, &n);
  if( (k = bullet_len(z, n))>0 ){
    pLine->bullet = 1;
    z += k;
    n -= (size_t)k;
    trim_line(&z, &n);
  }
  pLine->z = z;
  pLine->n = n;
  if( n==0 ){
    pLine->cls = pLine->bullet ? LINE_SEPARATOR : LINE_BLANK;
  }else if( (zRole = line_role(sc, z, n))!=0 ){
    pLine->cls = chrome_class(zRole);
    pLine->footer = zRole[0]=='f';
    pLine->aside = zRole[0]=='a';
    pLine->label = zRole[0]=='l' ? 1 : zRole[0]=='t' ? 2 : strcmp(zRole, "skip field")==0 ? 5 : 0;
    if( pLine->label<=2 && pLine->label>0 && listing_is_lower_word(z, n) ){
      pLine->label = 0;                /* "event", "article": an icon's name, not a card's type */
    }
  }else if( (n>=2 && (unsigned char)z[0]==0xC2 && (unsigned char)z[1]==0xA9)
         || listing_is_copyright_line(z, n) ){
    pLine->cls = LINE_END;             /* "© 2026 Wilson Center": the page's footer */
    pLine->footer = 1;
  }else if( is_separator(z, n) ){
    pLine->cls = LINE_SEPARATOR;
  }else if( n<=DATE_LINE_MAX_BYTES
         && listing_parse_range(sc, z, n, &pLine->range_first, &pLine->range_last,
                        &pLine->range_total) ){
    /* Before the date test: no date reads "21 - 30 of 108", and the date parser would take
    ** every word and number of it in turn to find that out. */
    pLine->cls = LINE_RANGE;
  }else if( n<=DATE_LINE_MAX_BYTES && (k = result_number_len(z, n))>0
         && read_numbered_date(sc, z, n, (size_t)k, pLine) ){
    pLine->cls = LINE_DATE;            /* "3. June 11, 1957": the result's number, a date line */
  }else if( n<=DATE_LINE_MAX_BYTES && date_may_begin(sc, z, n)
         && (pLine->date_kind = arch_date_parse(z, n, &pLine->date))!=ARCH_DATE_NOT_A_DATE ){
    pLine->cls = LINE_DATE;
  }else if( n<=DATE_LINE_MAX_BYTES && (z[0]|0x20)>='a' && (z[0]|0x20)<='z'
         && listing_may_be_place_date(z, n) && !listing_starts_with_kind(z, n)
         && (pLine->date_kind = arch_date_parse(z, n, &pLine->date))!=ARCH_DATE_NOT_A_DATE ){
    pLine->cls = LINE_DATE;            /* "Moscow, 12 May 1955": a letter's heading */
  }else if( n<=DATE_LINE_MAX_BYTES && listing_parse_total(z, n, &pLine->range_total) ){
    /* After the date tests, which most lines that begin with a digit pass: few lines are
    ** totals, and the date parser turns them away quickly. */
    pLine->cls = LINE_RANGE;           /* "57 results": a total, no ranks */
    pLine->range_first = pLine->range_last = -1;
  }else if( read_labelled_date(sc, z, n, pLine) ){
    pLine->cls = LINE_DATE;            /* "Document · October 8, 1963": a card's details */
  }else if( is_published_date(sc, z, n) ){
    pLine->cls = LINE_SKIP;            /* "Published: October 8, 2013": a blog post's card */
    pLine->label = 3;
  }else if( is_detail_line(z, n) ){
    pLine->cls = LINE_SKIP;            /* "Original Language: Russian": a record's detail */
    pLine->label = 4;
  }else if( !listing_has_word_char(z, n) ){
    pLine->cls = LINE_SKIP;            /* punctuation alone ("...", "*", "|") says nothing */
  }else if( n<=PAGER_MAX_BYTES && !has_letter(z, n) ){
    pLine->cls = LINE_SKIP;            /* a pager's numbers ("1", "2 3 4") */
  }else if( listing_is_facet_line(z, n) || listing_is_bare_facet(sc, z, n)
          || listing_is_facet_label(sc, z, n) ){
    pLine->cls = LINE_SKIP;            /* a search facet ("Korean War (120)", "English 290") */
    pLine->facet = 1;
  }else if( listing_is_pager_row(sc, z, n) ){
    pLine->cls = LINE_SKIP;            /* "« First ‹ Previous 1 2 3 Next › Last »": a pager */
  }else if( (k = listing_is_browser_furniture(sc, z, n))!=0 || listing_is_more_link(sc, z, n) ){
    pLine->cls = LINE_SKIP;            /* "https://… 1/2", "arrow_forward", "View all 45 …" */
    if( k==2 ) sc->printed = 1;        /* a printed sheet's header or footer: its lines wrap */
    if( k==3 ) sc->icons_seen = 1;     /* an icon's name: another may be cut at the end */
  }else{
    pLine->cls = LINE_TEXT;
    pLine->n = without_trailing_furniture(sc, z, n,
                                          pLine->next>=sc->n && !is_cut_date_line(z, n));
  }
}

static int rest_is_blank(const ListingScanner *sc, size_t off){
  const char *z = sc->z + off;
  size_t n = sc->n - off;
  trim_line(&z, &n);
  return n==0;
}

/* z[0..n) is a label of aRow[0..nRow) whole with its colon and no more ("Source:"), or cut
** short past its first word ("Original Lang", "Contributed b"). The beginning of a label's
** first word is not: it begins titles and summaries too ("The", "Record", "Sources of ..."). */
static int is_cut_label(const ArchDataRow *aRow, unsigned nRow, const char *z, size_t n){
  unsigned i, k;
  int colon = 0;
  while( n>0 && (z[n-1]==':' || z[n-1]==' ') ){
    if( z[n-1]==':' ) colon = 1;
    n--;
  }
  if( n==0 ) return 0;
  if( colon ) return arch_data_find(aRow, nRow, z, n)!=0;
  if( memchr(z, ' ', n)==0 ) return 0;
  for(k = arch_data_prefixed(aRow, nRow, z, n, &i); k>0; k--, i++){
    if( (size_t)aRow[i].nKey>n ) return 1;
  }
  return 0;
}

/* z[0..n) is a date of publication cut short ("Published: Octo", "Posted on 1"): a label of
** published_labels.tsv, marks, and the beginning of a date line. */
static int is_cut_published(const char *z, size_t n){
  size_t i, k;
  for(i=1; i<n && i<=(size_t)arch_data_published_labels_max_key; i++){
    if( z[i]!=' ' && z[i]!=':' ) continue;
    if( !arch_data_find(arch_data_published_labels, arch_data_published_labels_count, z, i) ){
      continue;
    }
    k = label_marks_len(z+i, n-i);
    if( k>0 && arch_date_is_cut_prefix(z+i+k, n-i-k) ) return 1;
  }
  return 0;
}

/* z[0..n) is a control with its colon and the beginning of an option after it, where a copy
** stopped in a row of furniture ("Sort by: Rele", "Sort by: Newest f", "Sortieren nach: R"). */
static int is_cut_control_option(const ListingScanner *sc, const char *z, size_t n){
  size_t i = n;
  int nTry;
  for(nTry=0; nTry<3; nTry++){
    unsigned iRow, k;
    size_t h;
    while( i>0 && z[i-1]!=' ' ) i--;
    if( i<3 ) return 0;
    h = i-1;
    while( h>0 && z[h-1]==' ' ) h--;
    if( h>1 && z[h-1]==':' && listing_is_skip_row(sc, z, h-1) ){
      k = arch_data_prefixed(arch_data_chrome, arch_data_chrome_count, z+i, n-i, &iRow);
      for(; k>0; k--, iRow++){
        const ArchDataRow *p = &arch_data_chrome[iRow];
        if( (size_t)p->nKey>n-i && p->value[0]=='o' ) return 1;
      }
      return 0;
    }
    i = h;
  }
  return 0;
}

/* z[0..n) is a field's label with its colon ("Date:", "Summary:"): at the end of a copy, the
** value below it was cut away. (Without the colon, "Title" may be a record's title.) */
static int is_cut_field_value(const char *z, size_t n){
  const ArchDataRow *p;
  if( n<2 || z[n-1]!=':' ) return 0;
  p = arch_data_find(arch_data_chrome, arch_data_chrome_count, z, n-1);
  return p && strcmp(p->value, "option field")==0;
}

/* The text line *pLine is where the copy stopped, inside a date line ("Novemb"), a line of page
** furniture ("Paginat"), a result range ("1 - 10 o"), a record's detail ("Original Lang",
** "Source:"), a date of publication ("Published: Octo") or a pager's row ("1 2 3 Ne"): it is
** no record, nor part of one. */
int listing_is_cut_line(const ListingScanner *sc, const Line *pLine){
  const char *z = pLine->z;
  size_t n = pLine->n;
  size_t k;
  if( !rest_is_blank(sc, pLine->next) ) return 0;
  if( (k = listing_leading_arrows_len(z, n))>0 && is_cut_furniture(z+k, n-k) ) return 1;
  if( (k = listing_icon_before_len(z, n))>0 && is_cut_furniture(z+k, n-k) ) return 1;
  return is_cut_date_line(z, n) || is_cut_furniture(z, n) || listing_is_cut_facet(z, n)
      || listing_is_cut_more_link(sc, z, n)
      || is_cut_label(arch_data_record_details, arch_data_record_details_count, z, n)
      || is_cut_label(arch_data_published_labels, arch_data_published_labels_count, z, n)
      || is_cut_published(z, n) || listing_is_cut_pager_row(sc, z, n)
      || is_cut_control_option(sc, z, n) || is_cut_field_value(z, n)
      || listing_is_cut_place_date(z, n) || listing_is_cut_in_year(z, n)
      || listing_is_cut_date_word(z, n)
      || listing_is_cut_icon_name(sc, z, n) || listing_is_cut_address(z, n);
}
