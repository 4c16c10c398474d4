#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cb::store {

class EngineStatement;

// One prepared statement (RAII). Parameters are 1-based, as in SQLite. On
// another engine (Database::adopt) it forwards to that engine's statement.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    explicit Statement(std::unique_ptr<EngineStatement> other);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const char *text) { return bind(index, QString::fromUtf8(text)); }
    Statement &bindBlob(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // Patient data (issue 23). On SQLCipher it is plain text in an encrypted file;
    // on the server's PostgreSQL store it is sealed (PatientFields) before it leaves
    // the process, so the database and its backups never hold it in clear. `place`
    // names the column ("messages.body"): a sealed value moved elsewhere does not
    // open. On PostgreSQL such a column is bytea.
    Statement &bindPatient(int index, std::string_view place, const QString &text);
    // The same for a column found by equality or kept UNIQUE (a WhatsApp number):
    // equal values seal to equal bytes there.
    Statement &bindPatientExact(int index, std::string_view place, const QString &text);
    // Bytes that are patient data (a signed delivery kept as a dead letter, a photo).
    Statement &bindPatientBytes(int index, std::string_view place, const QByteArray &bytes);

    template <typename... Values> Statement &bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // Advances one row; true while a row is available.
    bool step();
    // Runs a statement that returns no rows (INSERT, UPDATE, DDL).
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // A column bound with bindPatient/bindPatientExact, opened; a value that does
    // not open throws StoreError (Damaged) rather than reading as something else.
    QString columnPatient(int column, std::string_view place) const;
    QByteArray columnPatientBytes(int column, std::string_view place) const;

private:
    void check(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<EngineStatement> m_other;
};

} // namespace cb::store
