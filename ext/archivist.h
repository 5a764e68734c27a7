/*
** archivist.h: the one public declaration of the archivist SQLite extension, for programs that
** link it in (libarchivist.a, built with -DSQLITE_CORE) instead of loading it at run time.
**
**     #include <sqlite3.h>
**     #include <archivist.h>
**
**     sqlite3_auto_extension((void(*)(void))sqlite3_archivist_init);
**     sqlite3_open("docs.db", &db);      (this and every later connection has archivist)
**
**     cc prog.c $(pkg-config --cflags --libs --static archivist)
**
** or register it on one connection only: sqlite3_archivist_init(db, &zErrMsg, 0). A program
** that loads the extension at run time (sqlite3_load_extension(db, "archivist", 0, &zErr))
** needs no header at all. `make install` puts this file in $(PREFIX)/include.
*/
#ifndef ARCHIVIST_H
#define ARCHIVIST_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers every function, table-valued function and the FTS5 tokenizer of archivist on db.
** SQLITE_OK, or an error code with *pzErrMsg (when pzErrMsg is not 0) set to a message to be
** freed with sqlite3_free(). pApi is ignored in a program linked with libarchivist.a. */
int sqlite3_archivist_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* ARCHIVIST_H */
