/*
** names_shared.h: the one name authority of the process, shared by every connection.
**
** The authority (names.h) is immutable once built. It is built the first time any connection
** reads a name (a connection that never reads one does not pay for it), under a lock so that
** two threads never build it twice, and then only read, by every connection and thread at
** once. Every registration that uses it holds a reference; the last reference released frees
** it.
**
**     NamesShared *p = names_shared_ref();       // at registration; pass names_shared_release
**                                                // to SQLite as the destructor
**     const NameAuthority *pAuth = names_shared_authority(p);   // NULL: out of memory
**
** This is glue: it uses the C library's threads, not SQLite, and no SQL.
*/
#ifndef ARCHIVIST_NAMES_SHARED_H
#define ARCHIVIST_NAMES_SHARED_H

struct NameAuthority;
typedef struct NamesShared NamesShared;

/* Take a reference to the process's authority (not built yet). Never fails. */
NamesShared *names_shared_ref(void);

/* Give a reference back (void* so that it can be an SQLite destructor); the last one frees
** the authority, which a later names_shared_ref() builds again when asked. */
void names_shared_release(void *pShared);

/* The authority, built on first use; NULL when it could not be built (out of memory), in
** which case the next call tries again. */
const struct NameAuthority *names_shared_authority(NamesShared *pShared);

#endif
