#include "server/store/postgres/pg_migrator.h"

#include "server/store/postgres/pg_connection.h"

namespace cb::store::pg {

namespace {
// The advisory lock every node takes to migrate: one number, fixed forever.
constexpr std::int64_t MigrationLock = 0x63627367'6d696772; // "cbsgmigr"

// Holds the session advisory lock; releases it however the run ends.
class MigrationGuard
{
public:
    explicit MigrationGuard(Connection &connection) : m_connection(connection)
    {
        m_connection.prepare("SELECT pg_advisory_lock(?)").bind(1, MigrationLock).step();
    }
    ~MigrationGuard()
    {
        try {
            if (m_connection.isUsable()) {
                m_connection.prepare("SELECT pg_advisory_unlock(?)").bind(1, MigrationLock).step();
            }
        } catch (const StoreError &) {
            // The session is gone, and its lock with it.
        }
    }
    MigrationGuard(const MigrationGuard &) = delete;
    MigrationGuard &operator=(const MigrationGuard &) = delete;

private:
    Connection &m_connection;
};
} // namespace

int migrate(Connection &connection, const std::vector<Migration> &migrations)
{
    MigrationGuard guard(connection);
    connection.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                    "applied_at timestamptz NOT NULL DEFAULT now())");
    const auto current = int(connection.queryInt("SELECT COALESCE(max(version), 0) FROM schema_migrations"));
    const int latest = int(migrations.size());
    if (current > latest) {
        throw StoreError(StoreError::Kind::TooNew,
                         "store schema " + std::to_string(current) + " is newer than " + std::to_string(latest));
    }
    int applied = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction transaction(connection);
        try {
            connection.exec(migration.sql.toStdString());
        } catch (const StoreError &error) {
            throw StoreError(error.kind(), "migration " + std::to_string(migration.version) + " (" +
                                               migration.name.toStdString() + "): " + error.what());
        }
        connection.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
            .bindAll(migration.version, migration.name)
            .run();
        transaction.commit();
        ++applied;
    }
    return applied;
}

std::vector<Migration> serverMigrations()
{
    return Migrator::fromDirectory(QStringLiteral(":/migrations/server-pg")).migrations();
}

} // namespace cb::store::pg
