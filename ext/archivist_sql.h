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

int archivist_register_version(sqlite3 *db);
int archivist_register_listing(sqlite3 *db);
int archivist_register_dates(sqlite3 *db);
int archivist_register_dates_vtab(sqlite3 *db);

#endif
