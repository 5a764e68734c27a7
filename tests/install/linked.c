/*
** linked.c: a program with archivist linked in from an installed libarchivist.a, built the way
** README's "Installing" section says:
**
**     cc -o linked tests/install/linked.c $(pkg-config --cflags --libs --static archivist)
**     ./linked
**
** It registers archivist for every connection (sqlite3_auto_extension, declared by the installed
** archivist.h), opens an in-memory database and prints one line: the version, whether two
** spellings of Kim Il Sung share a name key, and the days "Winter 1956/57" spans:
**
**     0.5.0|1|1956-12-01|1957-02-28
**
** Exits 1, naming the call, when any SQLite call fails.
*/
#include <stdio.h>
#include <sqlite3.h>
#include <archivist.h>

static const char *zQuery =
  "SELECT archivist_version(), name_key('Ким Ир Сен') = name_key('Kim Il-sŏng'),"
  "       date_start('Winter 1956/57'), date_end('Winter 1956/57')";

static int fail(sqlite3 *db, const char *zCall){
  fprintf(stderr, "linked: %s: %s\n", zCall, db ? sqlite3_errmsg(db) : "out of memory");
  sqlite3_close(db);
  return 1;
}

int main(void){
  sqlite3 *db = 0;
  sqlite3_stmt *pStmt = 0;
  int i;
  if( sqlite3_auto_extension((void(*)(void))sqlite3_archivist_init)!=SQLITE_OK ){
    return fail(0, "sqlite3_auto_extension");
  }
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) return fail(db, "sqlite3_open");
  if( sqlite3_prepare_v2(db, zQuery, -1, &pStmt, 0)!=SQLITE_OK ){
    return fail(db, "sqlite3_prepare_v2");
  }
  if( sqlite3_step(pStmt)!=SQLITE_ROW ){
    sqlite3_finalize(pStmt);
    return fail(db, "sqlite3_step");
  }
  for(i=0; i<sqlite3_column_count(pStmt); i++){
    const unsigned char *z = sqlite3_column_text(pStmt, i);
    printf("%s%s", i ? "|" : "", z ? (const char*)z : "NULL");
  }
  printf("\n");
  sqlite3_finalize(pStmt);
  if( sqlite3_close(db)!=SQLITE_OK ) return fail(db, "sqlite3_close");
  return 0;
}
