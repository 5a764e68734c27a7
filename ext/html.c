/*
** html.c: a saved HTML page as the lines of text a browser's copy of it gives, with the link of
** each line. See html.h.
**
** Two walks over libxml2's tree, both without recursion: the first finds the page's own
** addresses (<base href>, canonical link, og:url, the "saved from" note) and makes the base the
** links are resolved against; the second writes the text, and notes for each line the link
** that holds most of its text.
*/
#include "html.h"
#include "arch_alloc.h"
#include "archivist_data.h"
#include "text.h"
#include "url.h"

#include <limits.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef enum ElementRole { ROLE_INLINE, ROLE_BLOCK, ROLE_BREAK, ROLE_DROP } ElementRole;

/* A growing byte buffer; nomem is set, and stays set, when it cannot grow. */
typedef struct Buf {
  char *z;
  size_t n, nAlloc;
  int nomem;
} Buf;

/* A line's link while the page is written: the line's offset, and its address in the pool. */
typedef struct LineLink {
  size_t line, off, n;
} LineLink;

/* The text being written, what the last element left pending, and the links of the lines. */
typedef struct TextOut {
  Buf text;
  int line_has_text;     /* the current line holds something */
  int pending_space;     /* white space seen since the last character written */
  int pending_break;     /* 0, or 1 to end the line, or 2 to leave a blank line too */

  const char *zBase;     /* the page's base address, or NULL: links are kept as written */
  size_t nBase;
  Buf urls;              /* the pool of resolved addresses */
  LineLink *aLink;       /* the links of the lines written */
  size_t nLink, nLinkAlloc;

  size_t line_start;     /* offset of the current line */
  size_t line_bytes;     /* bytes of text on it */
  const xmlNode *pLink;  /* the <a> whose text is being written, or NULL */
  int link_state;        /* of pLink: 0 not resolved yet, 1 a document link, -1 none */
  size_t link_off, link_n;  /* its address in urls, when link_state is 1 */
  size_t run_bytes;      /* bytes of pLink's text on the current line */
  size_t best_bytes;     /* the most text one link holds on the current line ... */
  size_t best_off, best_n;  /* ... and that link's address (best_n 0: none) */
  int heading_state;     /* 0 no <h1> yet, 1 inside the first, 2 its line noted or none */
  size_t heading;        /* the line of the first <h1>'s text, when heading_state is 2 */
  int has_heading;
  int in_cdata;          /* inside "<![CDATA[" ... "]]>" written in the body (below) ... */
  const xmlNode *pCdataIn;  /* ... which began in this element: it ends with it at the latest */
} TextOut;

int html_looks_like_markup(const char *z, size_t n){
  size_t i = 0;
  if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ) i = 3;
  while( i<n && (z[i]==' ' || z[i]=='\t' || z[i]=='\r' || z[i]=='\n' || z[i]=='\f') ) i++;
  if( i+1>=n || z[i]!='<' ) return 0;
  return z[i+1]=='!' || z[i+1]=='?'
      || (z[i+1]>='a' && z[i+1]<='z') || (z[i+1]>='A' && z[i+1]<='Z');
}

/* ---------------------------------------------------------------- buffers */

/* Make room for n more bytes (and a NUL after them). */
static int buf_reserve(Buf *b, size_t n){
  size_t nNew;
  char *zNew;
  if( b->nomem ) return 0;
  if( b->n+n+1<=b->nAlloc ) return 1;
  nNew = b->nAlloc ? b->nAlloc*2 : 4096;
  while( nNew<b->n+n+1 ) nNew *= 2;
  zNew = arch_realloc(b->z, nNew);
  if( zNew==0 ){
    b->nomem = 1;
    return 0;
  }
  b->z = zNew;
  b->nAlloc = nNew;
  return 1;
}

static void buf_append(Buf *b, const char *z, size_t n){
  if( !buf_reserve(b, n) ) return;
  memcpy(b->z+b->n, z, n);
  b->n += n;
}

/* ---------------------------------------------------------------- addresses */

/* The address *pz (a copy of libxml2's, or NULL), cleaned as a browser reads an href, made
** the new base: resolved against the base so far when there is one. Returns 0 when out of
** memory. Addresses that lead to no document ("about:blank") are passed over. */
static int base_add(Buf *pBase, const xmlChar *zAddr){
  size_t n;
  char *zClean;
  if( zAddr==0 ) return 1;
  n = strlen((const char*)zAddr);
  zClean = arch_realloc(0, n+1);
  if( zClean==0 ) return 0;
  n = url_clean((const char*)zAddr, n, zClean);
  if( url_is_document_link(zClean, n) && text_utf8_invalid_offset(zClean, n)==n ){
    Buf next;
    memset(&next, 0, sizeof(next));
    if( pBase->z==0 ){
      buf_append(&next, zClean, n);
    }else if( buf_reserve(&next, URL_RESOLVED_BYTES(pBase->n, n)) ){
      next.n = url_resolve(pBase->z, pBase->n, zClean, n, next.z);
    }
    if( next.nomem ){
      arch_free(zClean);
      return 0;
    }
    arch_free(pBase->z);
    *pBase = next;
  }
  arch_free(zClean);
  return 1;
}

/* True when the space-separated list of words z holds w, without regard to ASCII case (the
** rel attribute: "canonical", "alternate canonical"). */
static int has_token(const xmlChar *z, const char *w){
  size_t nw = strlen(w);
  const char *p = (const char*)z;
  while( p && *p ){
    size_t k = 0;
    while( *p==' ' || *p=='\t' || *p=='\n' || *p=='\r' || *p=='\f' ) p++;
    while( p[k] && p[k]!=' ' && p[k]!='\t' && p[k]!='\n' && p[k]!='\r' && p[k]!='\f' ) k++;
    if( k>0 && text_ieq(p, k, w, nw) ) return 1;
    p += k;
  }
  return 0;
}

/* The address of a "saved from" note, "<!-- saved from url=(0052)https://... -->", which
** browsers write at the top of a page they save; NULL when the comment is no such note. The
** result is a copy made with xmlStrndup(). */
static xmlChar *saved_from_address(const xmlChar *zComment){
  static const char zNote[] = "saved from url=(";
  const char *z = (const char*)zComment;
  size_t k;
  while( *z==' ' || *z=='\t' || *z=='\r' || *z=='\n' ) z++;
  if( strncmp(z, zNote, sizeof(zNote)-1)!=0 ) return 0;
  z += sizeof(zNote)-1;
  while( *z>='0' && *z<='9' ) z++;
  if( *z!=')' ) return 0;
  z++;
  for(k=0; z[k] && z[k]!=' ' && z[k]!='\t' && z[k]!='\r' && z[k]!='\n'; k++){}
  return k ? xmlStrndup((const xmlChar*)z, (int)k) : 0;
}

/* The page's own addresses, each the first of its kind (copies owned by this struct). */
typedef struct PageAddresses {
  xmlChar *zBaseHref, *zCanonical, *zOgUrl, *zSavedFrom;
} PageAddresses;

static int element_is(const xmlNode *p, const char *zName){
  return p->type==XML_ELEMENT_NODE && strcmp((const char*)p->name, zName)==0;
}

/* Note what node p says of the page's addresses. */
static void note_address(PageAddresses *pAddr, xmlNode *p){
  if( p->type==XML_COMMENT_NODE && pAddr->zSavedFrom==0 && p->content ){
    pAddr->zSavedFrom = saved_from_address(p->content);
  }else if( element_is(p, "base") && pAddr->zBaseHref==0 ){
    pAddr->zBaseHref = xmlGetProp(p, (const xmlChar*)"href");
  }else if( element_is(p, "link") && pAddr->zCanonical==0 ){
    xmlChar *zRel = xmlGetProp(p, (const xmlChar*)"rel");
    if( zRel && has_token(zRel, "canonical") ){
      pAddr->zCanonical = xmlGetProp(p, (const xmlChar*)"href");
    }
    xmlFree(zRel);
  }else if( element_is(p, "meta") && pAddr->zOgUrl==0 ){
    xmlChar *zProp = xmlGetProp(p, (const xmlChar*)"property");
    if( zProp==0 ) zProp = xmlGetProp(p, (const xmlChar*)"name");
    if( zProp && xmlStrcasecmp(zProp, (const xmlChar*)"og:url")==0 ){
      pAddr->zOgUrl = xmlGetProp(p, (const xmlChar*)"content");
    }
    xmlFree(zProp);
  }
}

/* Find the page's base: its <base href>, resolved against the page's own address (canonical,
** og:url, the "saved from" note, then the caller's zBase, each resolved against those after
** it). *pBase is left empty (z NULL) when nothing names one. Returns 0 when out of memory. */
static int find_base(xmlDoc *pDoc, const char *zBase, size_t nBase, Buf *pBase){
  PageAddresses addr;
  xmlNode *p = pDoc->children;
  int ok;
  memset(&addr, 0, sizeof(addr));
  while( p ){
    note_address(&addr, p);
    if( p->type==XML_ELEMENT_NODE && p->children ){
      p = p->children;
      continue;
    }
    while( p && p->next==0 ){
      p = p->parent;
      if( p==(xmlNode*)pDoc ) p = 0;
    }
    if( p ) p = p->next;
  }
  memset(pBase, 0, sizeof(*pBase));
  if( nBase>0 ){
    xmlChar *zCopy = xmlStrndup((const xmlChar*)zBase, nBase>INT_MAX ? INT_MAX : (int)nBase);
    ok = zCopy!=0 && base_add(pBase, zCopy);
    xmlFree(zCopy);
  }else{
    ok = 1;
  }
  ok = ok && base_add(pBase, addr.zSavedFrom) && base_add(pBase, addr.zOgUrl)
          && base_add(pBase, addr.zCanonical) && base_add(pBase, addr.zBaseHref);
  xmlFree(addr.zBaseHref);
  xmlFree(addr.zCanonical);
  xmlFree(addr.zOgUrl);
  xmlFree(addr.zSavedFrom);
  return ok;
}

/* ---------------------------------------------------------------- links of lines */

/* Resolve the link being written (o->pLink) into the pool, the first time its text shows. */
static void resolve_link(TextOut *o){
  xmlChar *zHref = xmlGetProp((xmlNode*)o->pLink, (const xmlChar*)"href");
  size_t n;
  char *zClean;
  o->link_state = -1;
  if( zHref==0 ) return;
  n = strlen((const char*)zHref);
  zClean = arch_realloc(0, n+1);
  if( zClean==0 ){
    o->urls.nomem = 1;
    xmlFree(zHref);
    return;
  }
  n = url_clean((const char*)zHref, n, zClean);
  xmlFree(zHref);
  if( url_is_document_link(zClean, n) && text_utf8_invalid_offset(zClean, n)==n ){
    o->link_off = o->urls.n;
    if( o->zBase==0 ){
      buf_append(&o->urls, zClean, n);                 /* no base: as written */
    }else if( buf_reserve(&o->urls, URL_RESOLVED_BYTES(o->nBase, n)) ){
      o->urls.n += url_resolve(o->zBase, o->nBase, zClean, n, o->urls.z+o->urls.n);
    }
    o->link_n = o->urls.n - o->link_off;
    o->link_state = o->link_n>0 ? 1 : -1;
  }
  arch_free(zClean);
}

/* Count k bytes of text written on the current line, inside the current link or not. */
static void count_text(TextOut *o, size_t k){
  o->line_bytes += k;
  if( o->pLink==0 ) return;
  if( o->link_state==0 ) resolve_link(o);
  if( o->link_state<0 ) return;
  o->run_bytes += k;
  if( o->run_bytes>o->best_bytes ){
    o->best_bytes = o->run_bytes;
    o->best_off = o->link_off;
    o->best_n = o->link_n;
  }
}

/* The current line is over: keep its link if that holds more than half of its text. */
static void end_line(TextOut *o){
  if( o->best_n>0 && o->best_bytes*2>o->line_bytes ){
    if( o->nLink==o->nLinkAlloc ){
      size_t nNew = o->nLinkAlloc ? o->nLinkAlloc*2 : 64;
      LineLink *aNew = arch_realloc(o->aLink, nNew*sizeof(LineLink));
      if( aNew==0 ){
        o->text.nomem = 1;
        return;
      }
      o->aLink = aNew;
      o->nLinkAlloc = nNew;
    }
    o->aLink[o->nLink].line = o->line_start;
    o->aLink[o->nLink].off = o->best_off;
    o->aLink[o->nLink].n = o->best_n;
    o->nLink++;
  }
  o->line_bytes = o->run_bytes = o->best_bytes = 0;
  o->best_n = 0;
}

/* ---------------------------------------------------------------- text */

static int is_html_space(unsigned char c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f';
}

/* Write the characters z[0..zEnd) of a text node, folding runs of HTML white space to one
** space. */
static void out_text(TextOut *o, const char *z, const char *zEnd){
  while( z<zEnd ){
    size_t k = 0;
    if( is_html_space((unsigned char)*z) ){
      if( o->line_has_text ) o->pending_space = 1;
      z++;
      continue;
    }
    while( z+k<zEnd && !is_html_space((unsigned char)z[k]) ) k++;
    if( o->pending_break ){
      if( o->text.n>0 ){
        end_line(o);
        buf_append(&o->text, "\n\n", (size_t)o->pending_break);
      }
      o->line_start = o->text.n;
      o->pending_break = 0;
      o->pending_space = 0;
    }
    if( o->pending_space ){
      buf_append(&o->text, " ", 1);
      o->pending_space = 0;
    }
    if( o->heading_state==1 ){
      o->heading = o->line_start;      /* the first text of the first <h1> begins its line */
      o->has_heading = 1;
      o->heading_state = 2;
    }
    buf_append(&o->text, z, k);
    count_text(o, k);
    o->line_has_text = 1;
    z += k;
  }
}

/* End the current line; `blank` asks for an empty line after it (a paragraph break). */
static void out_break(TextOut *o, int blank){
  if( o->line_has_text ){
    o->pending_break = blank ? 2 : 1;
  }else if( o->pending_break ){
    o->pending_break = 2;      /* "<br><br>" leaves an empty line, as a browser shows */
  }
  o->line_has_text = 0;
  o->pending_space = 0;
}

/* pNode is a table's row of two or more header cells alone ("<tr><th>Date</th><th>Title</th>
** </tr>"): the names of the columns, which a record never is. */
static int is_heading_row(const xmlNode *pNode){
  const xmlNode *pChild;
  int nCell = 0;
  if( strcmp((const char*)pNode->name, "tr")!=0 ) return 0;
  for(pChild=pNode->children; pChild; pChild=pChild->next){
    if( pChild->type!=XML_ELEMENT_NODE ) continue;
    if( strcmp((const char*)pChild->name, "th")!=0 ) return 0;
    nCell++;
  }
  return nCell>=2;       /* one cell across the row may head a group of records ("1953") */
}

static ElementRole element_role(const xmlNode *pNode){
  const char *zName = (const char*)pNode->name;
  const ArchDataRow *p;
  if( xmlHasProp((xmlNode*)pNode, (const xmlChar*)"hidden") ) return ROLE_DROP;
  if( is_heading_row(pNode) ) return ROLE_DROP;
  p = arch_data_find(arch_data_html_elements, arch_data_html_elements_count,
                     zName, strlen(zName));
  if( p==0 ) return ROLE_INLINE;
  if( strcmp(p->value, "block")==0 ) return ROLE_BLOCK;
  if( strcmp(p->value, "break")==0 ) return ROLE_BREAK;
  return ROLE_DROP;
}

/* Write a text node's text z. A CDATA section written in the body outside a script
** ("<![CDATA[ <li>...</li> ]]>", as an XHTML template wraps what it hides) is no text a reader
** is shown as the page's: the HTML parser gives its opening as text and the markup inside as
** elements; all of it, up to the "]]>" that ends it, is left out (or up to the end of the
** element it began in, when no "]]>" ends it there: text that reads "<![CDATA[" hides no more). */
static void out_node_text(TextOut *o, const xmlNode *pNode, const char *z){
  const char *zEnd = z + strlen(z);
  while( z<zEnd ){
    const char *zMark;
    if( o->in_cdata ){
      if( (zMark = strstr(z, "]]>"))==0 ) return;
      o->in_cdata = 0;
      z = zMark + 3;
      continue;
    }
    zMark = memchr(z, '<', (size_t)(zEnd-z));
    while( zMark && strncmp(zMark, "<![CDATA[", 9)!=0 ){
      zMark = memchr(zMark+1, '<', (size_t)(zEnd-zMark-1));
    }
    if( zMark==0 ){
      out_text(o, z, zEnd);
      return;
    }
    out_text(o, z, zMark);
    o->in_cdata = 1;
    o->pCdataIn = pNode->parent;
    z = zMark + 9;
  }
}

/* pNode is a <span> or a <time>: an inline box that a card's style sheet may set on a line of
** its own. */
static int is_field_box(const xmlNode *pNode){
  return pNode->type==XML_ELEMENT_NODE
      && (element_is(pNode, "span") || element_is(pNode, "time"));
}

/* pNode, a <span> or a <time>, stands right after another (no text between them) whose text
** ends the current line, and its own text begins with a capital or a digit: two fields of a
** card ("<span class="date">January 14, 1968</span><span class="title">Telegram from
** ...</span>") that its style sheet sets on lines of their own, and that would read glued
** ("1968Telegram") without it. A word split over two boxes goes on in small letters, and
** Chinese or Japanese, which has no capitals, is not split. */
static int begins_field_box(const TextOut *o, const xmlNode *pNode){
  const xmlNode *p = pNode;
  int depth;
  unsigned char c;
  if( !o->line_has_text || o->pending_space || !pNode->prev || !is_field_box(pNode->prev)
   || !is_field_box(pNode) ){
    return 0;
  }
  for(depth=0; p && p->type==XML_ELEMENT_NODE && depth<4; depth++) p = p->children;
  if( p==0 || p->type!=XML_TEXT_NODE || p->content==0 ) return 0;
  c = p->content[0];
  if( c>=0x80 ){
    uint32_t cp;
    const char *z = (const char *)p->content;
    return text_utf8_char((const unsigned char *)z, strlen(z), &cp)>0 && text_is_upper(cp);
  }
  return (c>='A' && c<='Z') || (c>='0' && c<='9');
}

/* Start a node. Returns 1 when its children are to be read. */
static int enter_node(TextOut *o, const xmlNode *pNode){
  switch( pNode->type ){
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if( pNode->content ) out_node_text(o, pNode, (const char*)pNode->content);
      return 0;
    case XML_ELEMENT_NODE:
      switch( element_role(pNode) ){
        case ROLE_DROP:  return 0;
        case ROLE_BREAK: out_break(o, 0); return 0;
        case ROLE_BLOCK:
          out_break(o, 1);
          if( o->heading_state==0 && element_is(pNode, "h1") ) o->heading_state = 1;
          return 1;
        default:
          if( begins_field_box(o, pNode) ) out_break(o, 0);
          if( o->pLink==0 && element_is(pNode, "a") ){
            o->pLink = pNode;          /* a link inside a link is read as its text */
            o->link_state = 0;
            o->run_bytes = 0;
          }
          return 1;
      }
    default:
      return 0;
  }
}

/* Finish an element whose children were read. */
static void leave_node(TextOut *o, const xmlNode *pNode){
  if( pNode==o->pLink ) o->pLink = 0;
  if( pNode==o->pCdataIn ) o->in_cdata = 0;
  if( o->heading_state==1 && element_is(pNode, "h1") ) o->heading_state = 0;  /* it was empty */
  if( pNode->type==XML_ELEMENT_NODE && element_role(pNode)==ROLE_BLOCK ) out_break(o, 1);
}

/* Visit every node in document order without recursion. */
static void walk_document(TextOut *o, xmlDoc *pDoc){
  xmlNode *pCur = pDoc->children;
  while( pCur && !o->text.nomem && !o->urls.nomem ){
    if( enter_node(o, pCur) ){
      if( pCur->children ){
        pCur = pCur->children;
        continue;
      }
      leave_node(o, pCur);
    }
    while( pCur->next==0 ){
      pCur = pCur->parent;
      if( pCur==0 || pCur==(xmlNode*)pDoc ) return;
      leave_node(o, pCur);
    }
    pCur = pCur->next;
  }
}

/* ---------------------------------------------------------------- the page */

/* Hand the text and the links over to *pPage, the links pointing into the pool. */
static ArchRc finish_page(TextOut *o, HtmlPage *pPage){
  size_t i;
  if( o->nLink>0 ){
    pPage->aLink = arch_realloc(0, o->nLink*sizeof(ListingLink));
    if( pPage->aLink==0 ) return ARCH_NOMEM;
    for(i=0; i<o->nLink; i++){
      pPage->aLink[i].line = o->aLink[i].line;
      pPage->aLink[i].url.z = o->urls.z + o->aLink[i].off;
      pPage->aLink[i].url.n = o->aLink[i].n;
    }
    pPage->nLink = o->nLink;
    pPage->zUrls = o->urls.z;
    o->urls.z = 0;
  }
  pPage->heading = o->heading;
  pPage->has_heading = o->has_heading;
  pPage->zText = o->text.z;
  pPage->nText = o->text.n;
  pPage->zText[pPage->nText] = 0;
  o->text.z = 0;
  return ARCH_OK;
}

ArchRc html_read_page(const char *z, size_t n, const char *zBase, size_t nBase,
                      HtmlPage *pPage){
  TextOut o;
  Buf base;
  xmlDoc *pDoc;
  ArchRc rc = ARCH_OK;
  const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                  | HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;

  memset(pPage, 0, sizeof(*pPage));
  if( n>INT_MAX ) return ARCH_ERROR;
  pDoc = htmlReadMemory(z, (int)n, 0, "UTF-8", flags);
  if( pDoc==0 ) return ARCH_ERROR;
  memset(&o, 0, sizeof(o));
  if( !find_base(pDoc, zBase, nBase, &base) ){
    xmlFreeDoc(pDoc);
    arch_free(base.z);
    return ARCH_NOMEM;
  }
  o.zBase = base.z;
  o.nBase = base.n;
  walk_document(&o, pDoc);
  xmlFreeDoc(pDoc);
  if( o.text.n>0 ) end_line(&o);
  buf_append(&o.text, "\n", 1);
  if( o.text.nomem || o.urls.nomem ){
    rc = ARCH_NOMEM;
  }else{
    rc = finish_page(&o, pPage);
  }
  arch_free(base.z);
  arch_free(o.text.z);
  arch_free(o.urls.z);
  arch_free(o.aLink);
  if( rc!=ARCH_OK ) html_page_free(pPage);
  return rc;
}

void html_page_free(HtmlPage *pPage){
  arch_free(pPage->zText);
  arch_free(pPage->aLink);
  arch_free(pPage->zUrls);
  memset(pPage, 0, sizeof(*pPage));
}
