/*
** names_shared.c: the one name authority of the process. See names_shared.h.
**
** One static NamesShared holds the reference count and the authority. The authority pointer
** is published with release order once built and read with acquire order, so that the common
** call, on every name read, costs one atomic load and takes no lock; building and freeing take
** the lock.
*/
#include "names_shared.h"
#include "names.h"

#include <pthread.h>

struct NamesShared {
  pthread_mutex_t mutex;
  int nRef;                       /* registrations holding the authority (under mutex) */
  NameAuthority *pAuth;           /* NULL until first asked for */
};

static NamesShared theShared = { PTHREAD_MUTEX_INITIALIZER, 0, 0 };

NamesShared *names_shared_ref(void){
  pthread_mutex_lock(&theShared.mutex);
  theShared.nRef++;
  pthread_mutex_unlock(&theShared.mutex);
  return &theShared;
}

void names_shared_release(void *p){
  NamesShared *pShared = (NamesShared*)p;
  NameAuthority *pFree = 0;
  pthread_mutex_lock(&pShared->mutex);
  if( --pShared->nRef==0 ){
    pFree = pShared->pAuth;
    __atomic_store_n(&pShared->pAuth, (NameAuthority*)0, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&pShared->mutex);
  name_authority_close(pFree);
}

const NameAuthority *names_shared_authority(NamesShared *pShared){
  NameAuthority *pAuth = __atomic_load_n(&pShared->pAuth, __ATOMIC_ACQUIRE);
  if( pAuth ) return pAuth;
  pthread_mutex_lock(&pShared->mutex);
  if( pShared->pAuth==0 && name_authority_open(&pAuth)==ARCH_OK ){
    __atomic_store_n(&pShared->pAuth, pAuth, __ATOMIC_RELEASE);
  }
  pAuth = pShared->pAuth;
  pthread_mutex_unlock(&pShared->mutex);
  return pAuth;
}
