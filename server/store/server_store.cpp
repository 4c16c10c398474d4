#include "server/store/server_store.h"

#include "server/config/server_keys.h"
#include "core/store/migrator.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QFileInfo>

namespace cb::server {

namespace {
const store::Migrator &migrator()
{
    static const store::Migrator instance =
        store::Migrator::fromDirectory(QStringLiteral(":/migrations/server"));
    return instance;
}
} // namespace

ServerStore::ServerStore(store::Database db, crypto::SecretBytes key) : m_db(std::move(db)), m_key(std::move(key)) {}

store::Database ServerStore::openReader() const
{
    return store::Database::open(m_db.path(), m_key, store::Database::OpenMode::Reader);
}

crypto::SecretBytes ServerStore::storeKey(const crypto::SecretBytes &masterKey)
{
    return ServerKeys::derive(masterKey).store;
}

ServerStore ServerStore::create(const QString &path, const crypto::SecretBytes &masterKey)
{
    if (QFileInfo::exists(path)) {
        throw store::StoreError(store::StoreError::Kind::Io,
                                "a server store already exists (refusing to replace it)");
    }
    crypto::SecretBytes key = storeKey(masterKey);
    store::Database db = store::Database::open(path, key, store::Database::OpenMode::CreateIfMissing);
    ServerStore server(std::move(db), std::move(key));
    migrator().migrate(server.m_db);
    store::Transaction transaction(server.m_db);
    server.m_db.prepare("INSERT INTO server_info (key, value) VALUES ('created_at', ?)")
        .bindAll(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
    transaction.commit();
    return server;
}

ServerStore ServerStore::open(const QString &path, const crypto::SecretBytes &masterKey)
{
    crypto::SecretBytes key = storeKey(masterKey);
    store::Database db = store::Database::open(path, key, store::Database::OpenMode::OpenExisting);
    ServerStore server(std::move(db), std::move(key));
    migrator().migrate(server.m_db);
    return server;
}

int ServerStore::latestSchemaVersion()
{
    return migrator().latestVersion();
}

int ServerStore::schemaVersion()
{
    return static_cast<int>(m_db.queryInt("PRAGMA user_version"));
}

bool ServerStore::isHealthy()
{
    try {
        return m_db.queryText("SELECT value FROM server_info WHERE key = 'created_at'").size() > 0;
    } catch (const store::StoreError &) {
        return false;
    }
}

} // namespace cb::server
