#include "core/store/sqlite_status.h"

#include <sqlite3.h>

#include <string>

namespace cb::store {

StoreError::Kind kindForSqliteCode(int rc)
{
    switch (rc & 0xff) { // primary code; extended codes carry detail only
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Busy;
    case SQLITE_NOTADB: return StoreError::Kind::WrongKey;
    case SQLITE_CORRUPT: return StoreError::Kind::Damaged;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_READONLY: return StoreError::Kind::Io;
    default: return StoreError::Kind::Sql;
    }
}

void throwSqliteError(sqlite3 *db, int rc, const char *what)
{
    std::string detail = std::string(what) + " failed (" + sqlite3_errstr(rc) + ")";
    if (db != nullptr) {
        detail += ": ";
        detail += sqlite3_errmsg(db);
    }
    throw StoreError(kindForSqliteCode(rc), detail);
}

} // namespace cb::store
