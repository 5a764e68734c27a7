/*
** archivist_preload.c: archivist in every SQLite connection of a program that was not written
** for it, such as a dqlite node: no .load, no line of the program changed.
**
**     LD_PRELOAD=/usr/local/lib/archivist_preload.so dqlite-demo --db 127.0.0.1:9001 ...
**     LD_PRELOAD=/usr/local/lib/archivist_preload.so sqlite3 docs.db "SELECT archivist_version()"
**
** `make preload` builds it (dist/archivist_preload.so) from this file and the objects of the
** loadable extension, linked to the system's libsqlite3; `make install` installs it. Linux (ELF)
** only. It reaches a program that calls the shared libsqlite3 (`ldd PROGRAM` lists
** libsqlite3.so.0), as dqlite's nodes and shell, Python's sqlite3 module and the sqlite3 shell
** do; a program with SQLite compiled into it (Node's better-sqlite3, a Go program built with
** the SQLite amalgamation) never calls these functions and gets nothing.
**
** How: this library defines sqlite3_open(), sqlite3_open_v2() and sqlite3_open16(). A preloaded
** library comes first in the dynamic linker's symbol lookup, so the calls of the program and of
** its libraries (libdqlite's among them) land here. The first call registers
** sqlite3_archivist_init with sqlite3_auto_extension(); then every call goes on to the real
** function, found with dlsym(RTLD_NEXT), which runs archivist's entry point on the new
** connection as it opens it.
**
** Why not register when the library is loaded, from a constructor: sqlite3_auto_extension()
** initializes SQLite, and sqlite3_config() is allowed only before that. A program that
** configures SQLite at start-up then fails: go-dqlite, on which dqlite-demo and the dqlite shell
** are built, sets SQLITE_CONFIG_SINGLETHREAD before anything else and panics ("set single
** thread mode: bad parameter or other API misuse"). Registering at the first open leaves
** sqlite3_config() to the program.
**
** If the registration fails (out of memory, or no libsqlite3 behind this library), every open
** fails with that error, *ppDb set to 0, rather than give a connection without archivist.
**
** Compiled without -DARCHIVIST_PRELOAD (as when every ext/ C file is compiled into a program
** that links archivist in) this file is empty.
*/
#ifdef ARCHIVIST_PRELOAD

#define _GNU_SOURCE             /* RTLD_NEXT */
#include <dlfcn.h>
#include <pthread.h>
#include "archivist.h"

#define PRELOAD_EXPORT __attribute__((visibility("default")))

typedef int (*OpenFunc)(const char*, sqlite3**);
typedef int (*OpenV2Func)(const char*, sqlite3**, int, const char*);
typedef int (*Open16Func)(const void*, sqlite3**);

/* Written once, by preload_init() under pthread_once(), and only read afterwards. */
static struct {
  OpenFunc xOpen;               /* libsqlite3's sqlite3_open() */
  OpenV2Func xOpenV2;           /* libsqlite3's sqlite3_open_v2() */
  Open16Func xOpen16;           /* libsqlite3's sqlite3_open16() */
  int rc;                       /* SQLITE_OK once archivist is registered */
} real;

static pthread_once_t preloadOnce = PTHREAD_ONCE_INIT;

/* Find the real open functions, the next definitions after this library's, and register
** archivist for every connection opened from now on. */
static void preload_init(void){
  real.xOpen = (OpenFunc)dlsym(RTLD_NEXT, "sqlite3_open");
  real.xOpenV2 = (OpenV2Func)dlsym(RTLD_NEXT, "sqlite3_open_v2");
  real.xOpen16 = (Open16Func)dlsym(RTLD_NEXT, "sqlite3_open16");
  if( real.xOpen==0 || real.xOpenV2==0 || real.xOpen16==0 ){
    real.rc = SQLITE_ERROR;
    return;
  }
  real.rc = sqlite3_auto_extension((void(*)(void))sqlite3_archivist_init);
}

/* SQLITE_OK when archivist is registered and the real functions are known. */
static int preload_ready(sqlite3 **ppDb){
  int rc = pthread_once(&preloadOnce, preload_init)==0 ? real.rc : SQLITE_ERROR;
  if( rc!=SQLITE_OK && ppDb ) *ppDb = 0;
  return rc;
}

PRELOAD_EXPORT int sqlite3_open(const char *zFilename, sqlite3 **ppDb){
  int rc = preload_ready(ppDb);
  if( rc!=SQLITE_OK ) return rc;
  return real.xOpen(zFilename, ppDb);
}

PRELOAD_EXPORT int sqlite3_open_v2(const char *zFilename, sqlite3 **ppDb, int flags,
                                   const char *zVfs){
  int rc = preload_ready(ppDb);
  if( rc!=SQLITE_OK ) return rc;
  return real.xOpenV2(zFilename, ppDb, flags, zVfs);
}

PRELOAD_EXPORT int sqlite3_open16(const void *zFilename, sqlite3 **ppDb){
  int rc = preload_ready(ppDb);
  if( rc!=SQLITE_OK ) return rc;
  return real.xOpen16(zFilename, ppDb);
}

#else
/* Not the preload library: nothing here (ISO C wants a declaration in every file). */
typedef int archivist_preload_not_built;
#endif /* ARCHIVIST_PRELOAD */
