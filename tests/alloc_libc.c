/*
** alloc_libc.c: the pure C cores' allocator (ext/arch_alloc.h) for the unit tests, which run
** the cores without SQLite.
*/
#include <stdlib.h>
#include "arch_alloc.h"

void *arch_realloc(void *p, size_t n){
  return realloc(p, n);
}

void arch_free(void *p){
  free(p);
}
