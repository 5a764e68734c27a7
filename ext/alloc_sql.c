/*
** alloc_sql.c: the pure C cores' allocator (arch_alloc.h), in the extension: SQLite's own, so
** that SQLite's memory limits, statistics and fault injection see every byte.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "arch_alloc.h"

void *arch_realloc(void *p, size_t n){
  return sqlite3_realloc64(p, (sqlite3_uint64)n);
}

void arch_free(void *p){
  sqlite3_free(p);
}
