#include "core/store/database.h"

#include "core/store/sqlite_status.h"
#include "core/store/store_file_probe.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <utility>

namespace cb::store {

namespace {

void applyKey(sqlite3 *db, const crypto::SecretBytes &key)
{
    const crypto::SecretBytes literal = rawKeyLiteral(key);
    const int rc = sqlite3_key(db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK) {
        throwSqliteError(db, rc, "key");
    }
}

// Reads the schema: the first thing that needs page 1 decrypted and authenticated.
int tryReadSchema(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
}

} // namespace

crypto::SecretBytes rawKeyLiteral(const crypto::SecretBytes &key)
{
    if (key.size() != Database::KeySize) {
        throw std::invalid_argument("Database key must be 32 bytes");
    }
    // A key of the form x'<64 hex>' is used as the raw AES key, skipping PBKDF2.
    const crypto::SecretBytes hex = key.toHex();
    crypto::SecretBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), literal.data() + 2);
    literal.data()[literal.size() - 1] = '\'';
    return literal;
}

Database Database::open(const QString &path, const crypto::SecretBytes &key, OpenMode mode)
{
    requireSqlCipher4();
    const QFileInfo file(path);
    const bool existed = file.exists();
    // Not for a Reader: this process already holds the store open, and closing any
    // descriptor of the file (the probe's) drops every POSIX lock the process holds
    // on it, the main connection's SHARED lock included. Another process closing
    // its connection could then take that for "last one out" and delete the WAL
    // and its index under the running server.
    const bool opened = mode == OpenMode::Reader || mode == OpenMode::Sibling; // by this process already
    if (existed && !opened) {
        probeStoreFile(path, PageSize); // throws NotEncrypted / Truncated before we touch it
    } else if (!existed && mode != OpenMode::CreateIfMissing && mode != OpenMode::Reader) {
        throw StoreError(StoreError::Kind::NotFound, "no store file at the expected location");
    }

    sqlite3 *raw = nullptr;
    const bool reader = mode == OpenMode::Reader;
    const int flags = (reader ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX |
                      SQLITE_OPEN_PRIVATECACHE | (existed || reader ? 0 : SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database db(raw, path); // owns the handle even on failure
    if (rc != SQLITE_OK) {
        throwSqliteError(raw, rc, "open");
    }
    sqlite3_extended_result_codes(raw, 1);
    applyKey(raw, key);

    if (const int readRc = tryReadSchema(raw); readRc != SQLITE_OK) {
        if ((readRc & 0xff) == SQLITE_NOTADB && existed) {
            throw StoreError(classifyUnreadableStore(db), "page 1 failed authentication");
        }
        throwSqliteError(raw, readRc, "read schema");
    }
    if (reader) {
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("PRAGMA busy_timeout = 5000");
        db.exec("PRAGMA query_only = ON");
        return db;
    }
    if (existed && mode != OpenMode::Alongside && mode != OpenMode::Sibling) {
        verifyStoreIntegrity(db); // throws Damaged / Truncated
    }

    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA secure_delete = ON");
    db.exec("PRAGMA busy_timeout = 5000");
    if (db.queryText("PRAGMA journal_mode = WAL").compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        throw StoreError(StoreError::Kind::Io, "could not switch the store to WAL");
    }
    return db;
}

Database Database::adopt(std::unique_ptr<EngineConnection> connection)
{
    QString description = connection->describe();
    Database db(nullptr, std::move(description));
    db.m_other = std::move(connection);
    return db;
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_other(std::move(other.m_other)), m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_other = std::move(other.m_other);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close() noexcept
{
    m_other.reset();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    if (m_other) {
        m_other->exec(sql);
        return;
    }
    const std::string text(sql); // sqlite3_exec needs NUL termination
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message); // sqlite3_errmsg() still holds the text
    if (rc != SQLITE_OK) {
        throwSqliteError(m_db, rc, "exec");
    }
}

Statement Database::prepare(std::string_view sql)
{
    if (m_other) {
        return Statement(m_other->prepare(sql));
    }
    return Statement(m_db, sql);
}

QString Database::queryText(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnText(0) : QString();
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

void Database::beginWrite()
{
    if (m_other) {
        m_other->beginWrite();
        return;
    }
    exec("BEGIN IMMEDIATE");
}

bool Database::inTransaction() const
{
    return m_other ? m_other->inTransaction() : sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return m_other ? m_other->lastInsertRowId() : sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return m_other ? m_other->changes() : sqlite3_changes(m_db);
}

QString sqlCipherVersion()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close_v2(db);
        return {};
    }
    // SQLCipher's own diagnostics go straight to stderr, bypassing our redacting
    // logger; StoreError already says what happened, so silence them.
    sqlite3_exec(db, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    QString version;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return version;
}

void requireSqlCipher4()
{
    static const QString version = sqlCipherVersion();
    bool ok = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    if (!ok || major < 4) {
        throw StoreError(StoreError::Kind::OldSqlCipher,
                         "linked SQLCipher reports version '" + version.toStdString() + "'");
    }
}

} // namespace cb::store
