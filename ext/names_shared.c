/*
** names_shared.c: the authority and the memo of names the glue's registrations share on a
** connection. See names_shared.h.
**
** The authority is constant data compiled into the extension (build/gen/authority_data.c,
** made by ext/data/authority_gen.c at build time): name_authority_open() hands out a pointer
** to it, with nothing to build or free. (A build without it, the generator's, builds one per
** connection, which the last reference frees.) The reference count is the connection's: its
** registrations are made by sqlite3_archivist_init() and dropped by SQLite as the connection
** closes, never by two threads at once.
*/
#include "names_shared.h"
#include "names.h"
#include "arch_alloc.h"

struct NamesShared {
  NameAuthority *pAuth;
  NameCache *pCache;             /* the names read on the connection; made on first use (a few
                                 ** megabytes: a connection that reads no name does without) */
  int nRef;
};

NamesShared *names_shared_new(void){
  NamesShared *p = arch_realloc(0, sizeof(NamesShared));
  if( p==0 ) return 0;
  p->pAuth = 0;
  p->pCache = 0;
  p->nRef = 1;
  if( name_authority_open(&p->pAuth)!=ARCH_OK ){
    arch_free(p);
    return 0;
  }
  return p;
}

NamesShared *names_shared_ref(NamesShared *p){
  if( p ) p->nRef++;
  return p;
}

void names_shared_release(void *pShared){
  NamesShared *p = (NamesShared*)pShared;
  if( p==0 || --p->nRef>0 ) return;
  name_cache_free(p->pCache);
  name_authority_close(p->pAuth);
  arch_free(p);
}

const NameAuthority *names_shared_authority(NamesShared *p){
  return p ? p->pAuth : 0;
}

NameCache *names_shared_cache(NamesShared *p, int make){
  if( p && p->pCache==0 && make ) p->pCache = name_cache_new();
  return p ? p->pCache : 0;
}
