/*
** url.c: links resolved against the page's address (RFC 3986 section 5). See url.h.
**
** A reference is split into its five components by the grammar of RFC 3986 appendix B
** (scheme ":" , "//" authority, path, "?" query, "#" fragment), the target's components are
** taken from the reference or the base by section 5.2.2, the merged path is cleared of dot
** segments in place by section 5.2.4, and the components are joined again by section 5.3.
*/
#include "url.h"

#include <string.h>

/* The components of a URI reference; a component that is absent has z NULL (an empty one,
** such as the query of "page?", has z set and n 0). */
typedef struct UrlPart {
  const char *z;
  size_t n;
} UrlPart;

typedef struct UrlParts {
  UrlPart scheme, authority, path, query, fragment;
} UrlParts;

static int is_alpha(char c){ return (c>='a' && c<='z') || (c>='A' && c<='Z'); }

size_t url_scheme_len(const char *z, size_t n){
  size_t i;
  if( n==0 || !is_alpha(z[0]) ) return 0;
  for(i=1; i<n; i++){
    char c = z[i];
    if( c==':' ) return i+1;
    if( !is_alpha(c) && !(c>='0' && c<='9') && c!='+' && c!='-' && c!='.' ) return 0;
  }
  return 0;
}

/* An ASCII control character or space: what a browser strips around an href. */
static int is_c0_or_space(char c){ return (unsigned char)c<=0x20; }

size_t url_clean(const char *z, size_t n, char *zOut){
  size_t i, o = 0;
  while( n>0 && is_c0_or_space(z[0]) ){ z++; n--; }
  while( n>0 && is_c0_or_space(z[n-1]) ) n--;
  for(i=0; i<n; i++){
    if( z[i]=='\t' || z[i]=='\n' || z[i]=='\r' ) continue;
    zOut[o++] = z[i];
  }
  return o;
}

int url_is_document_link(const char *z, size_t n){
  static const char *const azAction[] = {
    "javascript:", "mailto:", "tel:", "sms:", "data:", "about:", "blob:", "vbscript:",
  };
  size_t i, nScheme;
  if( n==0 || z[0]=='#' ) return 0;
  nScheme = url_scheme_len(z, n);
  for(i=0; nScheme>0 && i<sizeof(azAction)/sizeof(azAction[0]); i++){
    size_t k = strlen(azAction[i]);
    size_t j;
    if( k!=nScheme ) continue;
    for(j=0; j<k && (z[j]|0x20)==azAction[i][j]; j++){}
    if( j==k ) return 0;
  }
  return 1;
}

/* Split z[0..n) into its components (RFC 3986 appendix B, with a scheme only where one is
** well formed, so that "Kádár: notes" is a path). */
static void url_split(const char *z, size_t n, UrlParts *p){
  size_t i = 0, start;
  memset(p, 0, sizeof(*p));
  if( (start = url_scheme_len(z, n))>0 ){
    p->scheme.z = z;
    p->scheme.n = start-1;
    i = start;
  }
  if( i+1<n && z[i]=='/' && z[i+1]=='/' ){
    i += 2;
    start = i;
    while( i<n && z[i]!='/' && z[i]!='?' && z[i]!='#' ) i++;
    p->authority.z = z+start;
    p->authority.n = i-start;
  }
  start = i;
  while( i<n && z[i]!='?' && z[i]!='#' ) i++;
  p->path.z = z+start;
  p->path.n = i-start;
  if( i<n && z[i]=='?' ){
    start = ++i;
    while( i<n && z[i]!='#' ) i++;
    p->query.z = z+start;
    p->query.n = i-start;
  }
  if( i<n && z[i]=='#' ){
    p->fragment.z = z+i+1;
    p->fragment.n = n-i-1;
  }
}

/* Remove the dot segments of the path z[0..n) in place (RFC 3986 section 5.2.4); returns the
** new length. The output never runs ahead of the input still to read, so one buffer serves. */
static size_t remove_dot_segments(char *z, size_t n){
  size_t i = 0, o = 0;
  while( i<n ){
    size_t left = n-i;
    const char *in = z+i;
    if( left>=3 && memcmp(in, "../", 3)==0 ){                   /* A */
      i += 3;
    }else if( left>=2 && memcmp(in, "./", 2)==0 ){
      i += 2;
    }else if( left>=3 && memcmp(in, "/./", 3)==0 ){             /* B */
      i += 2;
    }else if( left==2 && memcmp(in, "/.", 2)==0 ){
      z[++i] = '/';
    }else if( (left>=4 && memcmp(in, "/../", 4)==0) || (left==3 && memcmp(in, "/..", 3)==0) ){
      if( left==3 ){                                             /* C */
        i += 2;
        z[i] = '/';
      }else{
        i += 3;
      }
      while( o>0 && z[o-1]!='/' ) o--;                           /* drop the last segment */
      if( o>0 ) o--;
    }else if( (left==1 && in[0]=='.') || (left==2 && memcmp(in, "..", 2)==0) ){
      i = n;                                                     /* D */
    }else{                                                       /* E */
      if( z[i]=='/' ) z[o++] = z[i++];
      while( i<n && z[i]!='/' ) z[o++] = z[i++];
    }
  }
  return o;
}

static size_t put(char *zOut, size_t o, const char *z, size_t n){
  if( n ) memcpy(zOut+o, z, n);
  return o+n;
}

/* Write the path of the target at zOut+o: the reference's path merged with the base's
** (section 5.2.3) when it is relative, then without its dot segments. */
static size_t put_path(char *zOut, size_t o, const UrlParts *pBase, const UrlPart *pRef,
                       int merge){
  size_t start = o;
  if( merge && pRef->n>0 && pRef->z[0]!='/' ){
    if( pBase->authority.z && pBase->path.n==0 ){
      zOut[o++] = '/';
    }else{
      size_t k = pBase->path.n;
      while( k>0 && pBase->path.z[k-1]!='/' ) k--;
      o = put(zOut, o, pBase->path.z, k);
    }
  }
  o = put(zOut, o, pRef->z, pRef->n);
  return start + remove_dot_segments(zOut+start, o-start);
}

size_t url_resolve(const char *zBase, size_t nBase, const char *zRef, size_t nRef, char *zOut){
  UrlParts b, r;
  const UrlPart *pScheme, *pAuthority, *pQuery;
  size_t o = 0;

  url_split(zBase, nBase, &b);
  url_split(zRef, nRef, &r);
  pScheme = r.scheme.z ? &r.scheme : &b.scheme;
  pAuthority = (r.scheme.z || r.authority.z) ? &r.authority : &b.authority;
  pQuery = (r.scheme.z || r.authority.z || r.path.n>0 || r.query.z) ? &r.query : &b.query;

  if( pScheme->z ){
    o = put(zOut, o, pScheme->z, pScheme->n);
    zOut[o++] = ':';
  }
  if( pAuthority->z ){
    o = put(zOut, o, "//", 2);
    o = put(zOut, o, pAuthority->z, pAuthority->n);
  }
  if( r.scheme.z || r.authority.z || r.path.n>0 ){
    o = put_path(zOut, o, &b, &r.path, !r.scheme.z && !r.authority.z);
  }else{
    o = put(zOut, o, b.path.z, b.path.n);           /* "", "?q", "#f": the base's path */
  }
  if( pQuery->z ){
    zOut[o++] = '?';
    o = put(zOut, o, pQuery->z, pQuery->n);
  }
  if( r.fragment.z ){
    zOut[o++] = '#';
    o = put(zOut, o, r.fragment.z, r.fragment.n);
  }
  zOut[o] = 0;
  return o;
}
