/*
** names_shared.c: the name authority the glue's registrations read. See names_shared.h.
**
** The authority is constant data compiled into the extension (build/gen/authority_data.c,
** made by ext/data/authority_gen.c at build time): name_authority_open() hands out a pointer
** to it, with nothing to build, count or free, and nothing here is mutable, so there is no
** lock and no state of the process. (A build without it, the generator's, builds one per
** registration, which the registration's destructor frees.)
*/
#include "names_shared.h"
#include "names.h"

NamesShared *names_shared_ref(void){
  NameAuthority *pAuth = 0;
  return name_authority_open(&pAuth)==ARCH_OK ? (NamesShared*)pAuth : 0;
}

void names_shared_release(void *pShared){
  name_authority_close((NameAuthority*)pShared);
}

const NameAuthority *names_shared_authority(NamesShared *pShared){
  return (const NameAuthority*)pShared;
}
