/*
** html.c: a saved HTML page as the lines of text a browser's copy of it gives. See html.h.
*/
#include "html.h"
#include "arch_alloc.h"
#include "archivist_data.h"

#include <limits.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef enum ElementRole { ROLE_INLINE, ROLE_BLOCK, ROLE_BREAK, ROLE_DROP } ElementRole;

/* The text being written, and what the last element left pending. */
typedef struct TextOut {
  char *z;
  size_t n, nAlloc;
  int line_has_text;     /* the current line holds something */
  int pending_space;     /* white space seen since the last character written */
  int pending_break;     /* 0, or 1 to end the line, or 2 to leave a blank line too */
  int nomem;
} TextOut;

int html_looks_like_markup(const char *z, size_t n){
  size_t i = 0;
  if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ) i = 3;
  while( i<n && (z[i]==' ' || z[i]=='\t' || z[i]=='\r' || z[i]=='\n' || z[i]=='\f') ) i++;
  if( i+1>=n || z[i]!='<' ) return 0;
  return z[i+1]=='!' || z[i+1]=='?'
      || (z[i+1]>='a' && z[i+1]<='z') || (z[i+1]>='A' && z[i+1]<='Z');
}

static void out_bytes(TextOut *o, const char *z, size_t n){
  if( o->nomem ) return;
  if( o->n+n+1>o->nAlloc ){
    size_t nNew = o->nAlloc ? o->nAlloc*2 : 4096;
    char *zNew;
    while( nNew<o->n+n+1 ) nNew *= 2;
    zNew = arch_realloc(o->z, nNew);
    if( zNew==0 ){ o->nomem = 1; return; }
    o->z = zNew;
    o->nAlloc = nNew;
  }
  memcpy(o->z+o->n, z, n);
  o->n += n;
}

static int is_html_space(unsigned char c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f';
}

/* Write a text node's characters, folding runs of HTML white space to one space. */
static void out_text(TextOut *o, const char *z){
  while( *z ){
    size_t k = 0;
    if( is_html_space((unsigned char)*z) ){
      if( o->line_has_text ) o->pending_space = 1;
      z++;
      continue;
    }
    while( z[k] && !is_html_space((unsigned char)z[k]) ) k++;
    if( o->pending_break ){
      if( o->n>0 ) out_bytes(o, "\n\n", (size_t)o->pending_break);
      o->pending_break = 0;
      o->pending_space = 0;
    }
    if( o->pending_space ){
      out_bytes(o, " ", 1);
      o->pending_space = 0;
    }
    out_bytes(o, z, k);
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

static ElementRole element_role(const xmlNode *pNode){
  const char *zName = (const char*)pNode->name;
  const ArchDataRow *p;
  if( xmlHasProp((xmlNode*)pNode, (const xmlChar*)"hidden") ) return ROLE_DROP;
  p = arch_data_find(arch_data_html_elements, arch_data_html_elements_count,
                     zName, strlen(zName));
  if( p==0 ) return ROLE_INLINE;
  if( strcmp(p->value, "block")==0 ) return ROLE_BLOCK;
  if( strcmp(p->value, "break")==0 ) return ROLE_BREAK;
  return ROLE_DROP;
}

/* Start a node. Returns 1 when its children are to be read. */
static int enter_node(TextOut *o, const xmlNode *pNode){
  switch( pNode->type ){
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if( pNode->content ) out_text(o, (const char*)pNode->content);
      return 0;
    case XML_ELEMENT_NODE:
      switch( element_role(pNode) ){
        case ROLE_DROP:  return 0;
        case ROLE_BREAK: out_break(o, 0); return 0;
        case ROLE_BLOCK: out_break(o, 1); return 1;
        default:         return 1;
      }
    default:
      return 0;
  }
}

/* Finish an element whose children were read. */
static void leave_node(TextOut *o, const xmlNode *pNode){
  if( pNode->type==XML_ELEMENT_NODE && element_role(pNode)==ROLE_BLOCK ) out_break(o, 1);
}

/* Visit every node in document order without recursion. */
static void walk_document(TextOut *o, xmlDoc *pDoc){
  xmlNode *pCur = pDoc->children;
  while( pCur && !o->nomem ){
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

ArchRc html_to_text(const char *z, size_t n, char **pzOut, size_t *pnOut){
  TextOut o;
  xmlDoc *pDoc;
  const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                  | HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;

  *pzOut = 0;
  *pnOut = 0;
  if( n>INT_MAX ) return ARCH_ERROR;
  pDoc = htmlReadMemory(z, (int)n, 0, "UTF-8", flags);
  if( pDoc==0 ) return ARCH_ERROR;
  memset(&o, 0, sizeof(o));
  walk_document(&o, pDoc);
  xmlFreeDoc(pDoc);
  out_bytes(&o, "\n", 1);
  if( o.nomem ){
    arch_free(o.z);
    return ARCH_NOMEM;
  }
  o.z[o.n] = 0;
  *pzOut = o.z;
  *pnOut = o.n;
  return ARCH_OK;
}
