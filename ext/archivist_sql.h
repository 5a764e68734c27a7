/*
** archivist_sql.h: what the SQLite glue files share. Each *_sql.c / *_vtab.c file registers
** its functions or virtual tables through one archivist_register_*() call, which
** sqlite3_archivist_init() (archivist.c) makes in turn.
*/
#ifndef ARCHIVIST_SQL_H
#define ARCHIVIST_SQL_H

#include "sqlite3ext.h"

#define ARCHIVIST_VERSION "0.1.0"

/* The flags every pure function of archivist is registered with. */
#define ARCHIVIST_PURE_FUNC (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

int archivist_register_text(sqlite3 *db);
int archivist_register_listing(sqlite3 *db);
int archivist_register_dates(sqlite3 *db);
int archivist_register_dates_vtab(sqlite3 *db);
int archivist_register_names(sqlite3 *db);

/* The name authority of a connection, shared by the name_* functions and names(), freed by
** the last of them to be destroyed. */
typedef struct NamesShared NamesShared;
struct NameAuthority;
const struct NameAuthority *names_shared_authority(const NamesShared *pShared);
void names_shared_release(void *pShared);
/* Registers names(); takes one reference to pShared, released when the module goes, even on
** failure. */
int archivist_register_names_vtab(sqlite3 *db, NamesShared *pShared);
/* Registers the FTS5 tokenizer and stem(); takes one reference to pShared likewise. */
int archivist_register_tokenizer(sqlite3 *db, NamesShared *pShared);

#endif
