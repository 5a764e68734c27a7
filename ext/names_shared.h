/*
** names_shared.h: what every registration of the glue that reads names shares on one
** connection (names_sql.c, names_vtab.c, search_sql.c, tokenizer_sql.c): the name authority,
** and the memo of the names read.
**
** The authority (names.h) is constant data compiled into the extension, only ever read. The
** memo (names.h: NameCache) is the connection's: the name_* functions, names() and the
** archivist tokenizer read the same texts (the catalog's triggers index a document, then read
** its people with names()), and a name one of them has read is not read again by the others.
** A connection runs one call at a time, so they never use the memo at once.
**
**     NamesShared *p = names_shared_new();       // at the connection's init (sqlite3_archivist_init)
**     names_shared_ref(p);                       // each registration; pass names_shared_release
**                                                // to SQLite as its destructor
**     const NameAuthority *pAuth = names_shared_authority(p);
**     NameCache *pCache = names_shared_cache(p, 1);   // made on first use; NULL: out of memory
**     names_shared_release(p);                   // the init's reference
**
** This is glue's: no SQL, no SQLite, and no state of the process.
*/
#ifndef ARCHIVIST_NAMES_SHARED_H
#define ARCHIVIST_NAMES_SHARED_H

struct NameAuthority;
struct NameCache;
typedef struct NamesShared NamesShared;

/* A connection's, with one reference; NULL when out of memory. */
NamesShared *names_shared_new(void);

/* One more reference to p (NULL is fine): returns p. */
NamesShared *names_shared_ref(NamesShared *p);

/* Give a reference back (void* so that it can be an SQLite destructor); the last frees it, the
** memo with it. NULL is fine. */
void names_shared_release(void *pShared);

/* The authority. */
const struct NameAuthority *names_shared_authority(NamesShared *pShared);

/* The connection's memo of names read: made now when make is set and it is not yet (NULL when
** that runs out of memory: read uncached), else NULL until some caller made it. */
struct NameCache *names_shared_cache(NamesShared *pShared, int make);

#endif
