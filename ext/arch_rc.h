/*
** arch_rc.h: the one result code of the pure C cores.
**
** Every core function that can fail returns an ArchRc, and every caller checks it:
**
**     ArchRc rc = name_authority_open(&pAuth);
**     if( rc!=ARCH_OK ) return rc;
**
** ARCH_ERROR is a failure the function explains itself (a message buffer, a documented
** reason); ARCH_NOMEM means an allocation failed. The SQLite glue turns them into SQLITE_OK,
** SQLITE_ERROR and SQLITE_NOMEM (sql_rc() in sql_util.c) and never mixes them with codes of
** another origin. Functions that answer a question ("is this a date?", "the next name") return
** what they answer, not an ArchRc.
*/
#ifndef ARCHIVIST_RC_H
#define ARCHIVIST_RC_H

typedef enum ArchRc {
  ARCH_OK = 0,
  ARCH_ERROR,              /* the input or the request was refused; the caller says why */
  ARCH_NOMEM               /* an allocation failed */
} ArchRc;

#endif
