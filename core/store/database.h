#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/store/engine_connection.h"
#include "core/store/statement.h"
#include "core/store/store_error.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

struct sqlite3;

namespace cb::store {

// One SQLCipher connection, keyed with a raw 256-bit key (no passphrase KDF: our
// keys already come from libsodium). WAL, foreign keys and in-memory temp tables
// are always on. Or, for the server on PostgreSQL (issue 23), a connection of
// that engine behind the same API (adopt()). Use it from one thread at a time.
class Database
{
public:
    // Reader: a second, read-only connection to a store another connection of this
    // process already opened (and so verified) in WAL mode: no verification again.
    // Alongside: a read-write connection to a store a running server holds (a
    // backup recording its run): the server verified it at its start.
    // Sibling: a second read-write connection to a store this process already
    // opened (and verified) in WAL mode, for a worker thread's writes: no probe
    // either (closing its descriptor would drop this process's locks on the file).
    enum class OpenMode { OpenExisting, CreateIfMissing, Reader, Alongside, Sibling };
    static constexpr std::size_t KeySize = 32;
    static constexpr int PageSize = 4096; // SQLCipher 4's default

    // Opens (or creates) the store at `path`. An existing file is checked end to
    // end (every page's HMAC and the b-tree structure) before it is used; each
    // failure is a StoreError with its own kind.
    static Database open(const QString &path, const crypto::SecretBytes &key, OpenMode mode);
    // Another engine's connection behind this API (server/store/postgres).
    static Database adopt(std::unique_ptr<EngineConnection> connection);

    enum class Engine { SqlCipher, PostgreSql };
    Engine engine() const { return m_other ? Engine::PostgreSql : Engine::SqlCipher; }

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // Runs a single-value query such as "PRAGMA user_version".
    QString queryText(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);

    // BEGIN IMMEDIATE on SQLCipher; on PostgreSQL, BEGIN and the store's write
    // lock, so writers on every node take turns as they do on one file.
    void beginWrite();
    bool inTransaction() const;

    std::int64_t lastInsertRowId() const;
    int changes() const;
    // The file; for another engine, a description without credentials.
    const QString &path() const { return m_path; }
    // SQLite's handle; null on another engine.
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    void close() noexcept;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<EngineConnection> m_other;
    QString m_path;
};

// The key as SQLCipher's raw-key literal x'<64 hex>' (no passphrase KDF), in locked memory.
crypto::SecretBytes rawKeyLiteral(const crypto::SecretBytes &key);

// The linked SQLCipher's version string, e.g. "4.6.1 community"; empty for plain SQLite.
QString sqlCipherVersion();
// Throws StoreError(OldSqlCipher) unless the linked library is SQLCipher 4 or newer.
// Every process calls it at start-up.
void requireSqlCipher4();

} // namespace cb::store
