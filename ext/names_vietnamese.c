/*
** names_vietnamese.c: Vietnamese names (names_int.h), as Vietnamese, French, Russian, Polish
** and Czech documents write them.
*/
#include "names_int.h"

int names_parts_vietnamese(const NameAuthority *pAuth, const Toks *p, NameInfo *pInfo){
  (void)pAuth; (void)p; (void)pInfo;
  return 0;                       /* no Vietnamese rules yet: read as Western or Chinese */
}
