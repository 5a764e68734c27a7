/*
** names_shared.h: the name authority every registration of the glue reads (names_sql.c,
** names_vtab.c, search_sql.c, tokenizer_sql.c).
**
** The authority (names.h) is constant data compiled into the extension, only ever read, by
** every connection and thread at once: a registration takes it when it is made and hands it to
** SQLite with names_shared_release() as the destructor, which frees nothing for the compiled-in
** authority.
**
**     NamesShared *p = names_shared_ref();       // at registration; pass names_shared_release
**                                                // to SQLite as the destructor
**     const NameAuthority *pAuth = names_shared_authority(p);   // NULL: out of memory
**
** This is glue's: no SQL, no SQLite, and no state of the process.
*/
#ifndef ARCHIVIST_NAMES_SHARED_H
#define ARCHIVIST_NAMES_SHARED_H

struct NameAuthority;
typedef struct NamesShared NamesShared;

/* The authority for a registration: the compiled-in one (a build without it makes one, and
** NULL when that runs out of memory). */
NamesShared *names_shared_ref(void);

/* Give it back (void* so that it can be an SQLite destructor): nothing to do for the
** compiled-in authority; a built one is freed. NULL is fine. */
void names_shared_release(void *pShared);

/* The authority of a registration; NULL when it has none (out of memory at registration). */
const struct NameAuthority *names_shared_authority(NamesShared *pShared);

#endif
