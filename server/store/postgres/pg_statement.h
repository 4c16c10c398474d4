#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cb::store::pg {

// A statement on PostgreSQL with store::Statement's shape: `?` parameters,
// 1-based, bound before the first step(); columns 0-based. It runs at the first
// step() (or run()) and holds its whole result; reset() keeps the SQL and clears
// the parameters for the next run. Text goes as UTF-8, blobs as bytea in binary.
class Statement
{
public:
    Statement(pg_conn *conn, std::string_view sql);
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

    bool step();
    void run();
    void reset();
    // Rows changed by an INSERT, UPDATE or DELETE that ran.
    int changes() const;

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    struct Parameter
    {
        bool null = true;
        bool binary = false;
        unsigned int type = 0; // an Oid; 0: PostgreSQL infers it (text)
        QByteArray value;
    };
    Parameter &parameter(int index);
    const char *value(int column) const; // the current row's, checked
    void execute();
    void clearResult() noexcept;

    pg_conn *m_conn = nullptr;
    std::string m_sql;
    std::vector<Parameter> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace cb::store::pg
