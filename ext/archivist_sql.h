/*
** archivist_sql.h: what the SQLite glue files share. Each *_sql.c / *_vtab.c file registers
** its functions or virtual tables through one archivist_register_*() call, which
** sqlite3_archivist_init() (archivist.c) makes in turn.
*/
#ifndef ARCHIVIST_SQL_H
#define ARCHIVIST_SQL_H

#include <stddef.h>
#include "sqlite3ext.h"
#include "arch_rc.h"

#define ARCHIVIST_VERSION "0.5.0"

/* ---------------------------------------------------------------- shared glue (sql_util.c) */

/* Read a function argument as UTF-8 text: 1 with *pz / *pn set; 0 for NULL (the result is left
** NULL); -1 after reporting an error ("zFunc: argument is not valid UTF-8 (byte N)", or out of
** memory). Numbers and BLOBs are read as text. */
int sql_text_arg(sqlite3_context *ctx, sqlite3_value *pArg, const char *zFunc,
                 const char **pz, size_t *pn);

/* The common parts of an eponymous table-valued function's xConnect (declare zSchema,
** allocate an nVtab-byte zeroed vtab, declare it innocuous), xDisconnect, and xOpen (an
** nCursor-byte zeroed cursor). */
int tvf_connect(sqlite3 *db, const char *zSchema, size_t nVtab, sqlite3_vtab **ppVtab);
int tvf_disconnect(sqlite3_vtab *pVtab);
int tvf_open(size_t nCursor, sqlite3_vtab_cursor **ppCursor);

/* xBestIndex of a table-valued function whose hidden column iArgColumn is its one required
** argument: it becomes argv[0] of xFilter. A plan without it gets idxNum TVF_NO_ARGUMENT and
** a cost that loses to any other; xFilter then reports zUsage with tvf_missing_argument(). */
#define TVF_NO_ARGUMENT 0x40000000
int tvf_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo, int iArgColumn,
                   const char *zUsage);
int tvf_missing_argument(sqlite3_vtab *pVtab, const char *zUsage);

/* An optional argument of a table-valued function, the hidden column iColumn: 1 when an
** equality constraint gives it (it becomes argv[argvIndex-1] of xFilter), 0 when absent, -1
** when it is there but not usable in this join order (answer SQLITE_CONSTRAINT). */
int tvf_optional_argument(sqlite3_index_info *pInfo, int iColumn, int argvIndex);

/* A cursor's scratch buffer for white-space folding, grown as needed; freed with
** sqlite3_free(p->z). */
typedef struct TvfScratch { char *z; size_t n; } TvfScratch;

/* z[0..n) with its white space folded (text_fold_space()): z itself when it needs no folding,
** else the fold in p's buffer, valid until the next call. SQLITE_OK or SQLITE_NOMEM. */
int tvf_fold_space(TvfScratch *p, const char *z, size_t n, const char **pz, size_t *pn);

/* Set a table-valued function's error message (printf-style): SQLITE_ERROR, or SQLITE_NOMEM
** when the message could not be made. */
int tvf_error(sqlite3_vtab *pVtab, const char *zFormat, ...);

/* The bytes of the argument zArg of table-valued function zFunc, TEXT or a BLOB: SQLITE_OK
** with *pz / *pn set (*pz NULL for NULL), or an error naming both ("listing: input must be
** TEXT or a BLOB of UTF-8 text, not an INTEGER"). */
int tvf_arg_bytes(sqlite3_vtab *pVtab, sqlite3_value *pArg, const char *zFunc,
                  const char *zArg, const char **pz, size_t *pn);

/* SQLITE_OK when z[0..n), the argument zArg of zFunc, is UTF-8 without a NUL byte; else an
** error that says where it is not ("ris: input is not valid UTF-8 (byte 812)"). */
int tvf_check_text(sqlite3_vtab *pVtab, const char *zFunc, const char *zArg, const char *z,
                   size_t n);

/* z[0..n), the argument zArg of zFunc, checked as tvf_check_text() checks it and copied in the
** same pass (text_utf8_copy()) into *pzOut (sqlite3_malloc64, NUL-terminated): the argument's
** buffer lives only as long as xFilter. */
int tvf_copy_checked_text(sqlite3_vtab *pVtab, const char *zFunc, const char *zArg,
                          const char *z, size_t n, char **pzOut);

/* Copy the argument of a table-valued function into *pzOut (sqlite3_malloc64, NUL-terminated):
** NULL gives *pzOut NULL and SQLITE_OK; text that is not UTF-8 is an error naming zFunc. */
int tvf_copy_text_arg(sqlite3_vtab *pVtab, sqlite3_value *pArg, const char *zFunc,
                      char **pzOut, size_t *pnOut);

/* Characters in z[from..to), and a counter that turns byte offsets met in increasing order
** into 1-based character offsets in linear time. */
sqlite3_int64 tvf_count_chars(const char *z, size_t from, size_t to);
typedef struct TvfCharCounter {
  size_t iCounted;         /* bytes counted so far ... */
  sqlite3_int64 nChars;    /* ... and the characters they hold */
} TvfCharCounter;
sqlite3_int64 tvf_char_offset(TvfCharCounter *p, const char *z, size_t at);

/* The SQLite result code of a core's ArchRc (arch_rc.h): SQLITE_OK, SQLITE_ERROR, SQLITE_NOMEM. */
int sql_rc(ArchRc rc);

/* Set the result to the first (wantLast 0) or last day of a date, as YYYY-MM-DD text. */
struct ArchDate;
void sql_result_date_bound(sqlite3_context *ctx, const struct ArchDate *pDate, int wantLast);

/* The flags every pure function of archivist is registered with. */
#define ARCHIVIST_PURE_FUNC (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* ---------------------------------------------------------------- registration (sql_util.c)
** sqlite3_archivist_init() (archivist.c) registers everything through one SqlRegistry, which
** remembers each function and module created: when a later step fails, sql_registry_undo()
** deletes them all while this library is still loaded (SQLite unloads an extension whose entry
** point failed, and a function left behind would call into nothing). Like SQLite's own calls,
** both run xDestroy when they fail. */
#define SQL_REGISTRY_MAX 64
struct NamesShared;
typedef struct SqlRegistry {
  sqlite3 *db;
  struct NamesShared *pNames;   /* the connection's authority and memo of names (names_shared.h) */
  int n;
  struct { const char *zName; int nArg; int isModule; } a[SQL_REGISTRY_MAX];
} SqlRegistry;
int sql_create_function(SqlRegistry *pReg, const char *zName, int nArg, int flags, void *pApp,
                        void (*xFunc)(sqlite3_context*, int, sqlite3_value**),
                        void (*xDestroy)(void*));
int sql_create_module(SqlRegistry *pReg, const char *zName, const sqlite3_module *pModule,
                      void *pAux, void (*xDestroy)(void*));
void sql_registry_undo(SqlRegistry *pReg);

/* Each glue file's registration, made in turn by archivist.c. Those that use the name authority
** take a reference to pReg->pNames (names_shared_ref()). */
int archivist_register_text(SqlRegistry *pReg);
int archivist_register_listing(SqlRegistry *pReg);
int archivist_register_ris(SqlRegistry *pReg);
int archivist_register_dates(SqlRegistry *pReg);
int archivist_register_dates_vtab(SqlRegistry *pReg);
int archivist_register_names(SqlRegistry *pReg);
int archivist_register_names_vtab(SqlRegistry *pReg);
int archivist_register_stem(SqlRegistry *pReg);
int archivist_register_search(SqlRegistry *pReg);
/* FTS5's API (NULL when SQLite has none, or one too old), and the registration of the
** tokenizer: no-op without FTS5. FTS5 has no way to take a tokenizer back, so it comes last. */
typedef struct fts5_api fts5_api;
int archivist_find_fts5(sqlite3 *db, fts5_api **ppApi);
int archivist_register_tokenizer(SqlRegistry *pReg, fts5_api *pApi);

#endif
