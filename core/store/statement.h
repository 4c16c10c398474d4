#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cb::store {

// One prepared statement (RAII). Parameters are 1-based, as in SQLite.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
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

private:
    void check(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cb::store
