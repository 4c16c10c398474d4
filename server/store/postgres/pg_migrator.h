#pragma once

#include "core/store/migrator.h"

namespace cb::store::pg {

class Connection;

// Brings a PostgreSQL store's schema up to date (issue 23), as store::Migrator
// does for SQLCipher: numbered migrations, each with its record in
// schema_migrations in one transaction (PostgreSQL's DDL is transactional, so a
// failed step leaves nothing behind). Several nodes may start at once: a
// session advisory lock lets one migrate while the others wait, then find
// nothing left to do. Returns how many migrations this call applied; throws
// StoreError (TooNew for a schema newer than ours, Sql naming the failed step).
int migrate(Connection &connection, const std::vector<Migration> &migrations);

// The server's PostgreSQL schema (server/store/postgres/migrations, embedded).
std::vector<Migration> serverMigrations();

} // namespace cb::store::pg
