#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/store/database.h"

#include <QString>

namespace cb::server {

// The server's SQLCipher store: keyed by a subkey of the master key, its schema
// kept current by the migrations in server/migrations.
class ServerStore
{
public:
    // Creates a new store; throws StoreError if one is already there.
    static ServerStore create(const QString &path, const crypto::SecretBytes &masterKey);
    // Opens the existing store and applies pending migrations.
    static ServerStore open(const QString &path, const crypto::SecretBytes &masterKey);

    store::Database &database() { return m_db; }
    // Another, read-only connection to the same file (WAL: it reads the last
    // commit while the writer writes). Use each from one thread.
    store::Database openReader() const;
    int schemaVersion();
    // The schema this version migrates stores to.
    static int latestSchemaVersion();
    bool isHealthy();

private:
    ServerStore(store::Database db, crypto::SecretBytes key);
    static crypto::SecretBytes storeKey(const crypto::SecretBytes &masterKey);

    store::Database m_db;
    crypto::SecretBytes m_key; // for readers; locked memory
};

} // namespace cb::server
