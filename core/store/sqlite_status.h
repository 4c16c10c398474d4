#pragma once

#include "core/store/store_error.h"

struct sqlite3;

namespace cb::store {

// Maps an SQLite result code to the StoreError kind a caller can act on.
StoreError::Kind kindForSqliteCode(int rc);

// Throws StoreError for `rc`, with SQLite's own message as the technical detail.
[[noreturn]] void throwSqliteError(sqlite3 *db, int rc, const char *what);

} // namespace cb::store
