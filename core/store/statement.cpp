#include "core/store/statement.h"

#include "core/store/engine_connection.h"
#include "core/store/sqlite_status.h"

#include <sqlite3.h>

#include <utility>

namespace cb::store {

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &m_stmt,
                                      nullptr);
    if (rc != SQLITE_OK) {
        throwSqliteError(db, rc, "prepare");
    }
}

Statement::Statement(std::unique_ptr<EngineStatement> other) : m_other(std::move(other)) {}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_other(std::move(other.m_other))
{
}

void Statement::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK) {
        throwSqliteError(m_db, rc, what);
    }
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (m_other) {
        m_other->bind(index, value);
        return *this;
    }
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_other) {
        m_other->bind(index, value);
        return *this;
    }
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    if (m_other) {
        m_other->bind(index, text);
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8),
          "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &blob)
{
    if (m_other) {
        m_other->bindBlob(index, blob);
        return *this;
    }
    check(sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()),
                              SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_other) {
        m_other->bindNull(index);
        return *this;
    }
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

Statement &Statement::bindPatient(int index, std::string_view place, const QString &text)
{
    if (m_other) {
        m_other->bindPatient(index, place, text);
        return *this;
    }
    return bind(index, text); // the file is encrypted as a whole
}

Statement &Statement::bindPatientExact(int index, std::string_view place, const QString &text)
{
    if (m_other) {
        m_other->bindPatientExact(index, place, text);
        return *this;
    }
    return bind(index, text);
}

Statement &Statement::bindPatientBytes(int index, std::string_view place, const QByteArray &bytes)
{
    if (m_other) {
        m_other->bindPatientBytes(index, place, bytes);
        return *this;
    }
    return bindBlob(index, bytes);
}

bool Statement::step()
{
    if (m_other) {
        return m_other->step();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    throwSqliteError(m_db, rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    if (m_other) {
        m_other->reset();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    if (m_other) {
        return m_other->columnCount();
    }
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    if (m_other) {
        return m_other->isNull(column);
    }
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    if (m_other) {
        return m_other->columnInt64(column);
    }
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    if (m_other) {
        return m_other->columnDouble(column);
    }
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    if (m_other) {
        return m_other->columnText(column);
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    if (m_other) {
        return m_other->columnBlob(column);
    }
    const void *blob = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_stmt, column));
}

QString Statement::columnPatient(int column, std::string_view place) const
{
    return m_other ? m_other->columnPatient(column, place) : columnText(column);
}

QByteArray Statement::columnPatientBytes(int column, std::string_view place) const
{
    return m_other ? m_other->columnPatientBytes(column, place) : columnBlob(column);
}

} // namespace cb::store
