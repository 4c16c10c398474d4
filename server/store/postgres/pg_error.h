#pragma once

#include "core/store/store_error.h"

struct pg_conn;
struct pg_result;

namespace cb::store::pg {

// PostgreSQL's failures as StoreError kinds. Busy: worth retrying (a failover
// under way, a read-only standby, a serialization conflict, the server
// shutting down or out of connections); the caller answers 503 with
// Retry-After. Sql: everything else.
//
// The text never carries patient data: PostgreSQL puts values in its DETAIL and,
// for data errors, in the message itself ('invalid input syntax for type bigint:
// "…"'), so only the SQLSTATE, the constraint and the table are kept for those.
[[noreturn]] void throwResultError(pg_result *result, const char *what);
StoreError::Kind kindOfState(const char *sqlState);

// A connection that failed, in libpq's words without the password.
[[noreturn]] void throwConnectionError(pg_conn *conn, const char *conninfo, const char *what);

} // namespace cb::store::pg
