/*
** arch_alloc.h: the memory allocator of the pure C cores.
**
** The cores know nothing of SQLite, yet inside SQLite all memory must come from
** sqlite3_malloc64() so that SQLite's limits, statistics and fault injection see it. So the
** cores call these two functions, and the program that links them picks the implementation:
** alloc_sql.c (sqlite3_realloc64 / sqlite3_free) in the extension, tests/alloc_libc.c
** (realloc / free) in the unit tests.
*/
#ifndef ARCHIVIST_ALLOC_H
#define ARCHIVIST_ALLOC_H

#include <stddef.h>

/* realloc() semantics: p may be NULL; returns NULL, leaving p untouched, when out of memory. */
void *arch_realloc(void *p, size_t n);
void arch_free(void *p);

#endif
