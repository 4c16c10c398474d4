#include "server/store/postgres/pg_statement.h"

#include "server/store/postgres/pg_error.h"
#include "server/store/postgres/pg_parameters.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <utility>

namespace cb::store::pg {

namespace {
// PostgreSQL's type ids for what we bind (pg_type.h is server-side only).
constexpr Oid Int8Oid = 20;
constexpr Oid Float8Oid = 701;
constexpr Oid ByteaOid = 17;
} // namespace

Statement::Statement(pg_conn *conn, std::string_view sql) : m_conn(conn)
{
    int count = 0;
    m_sql = numberedParameters(sql, &count);
    m_parameters.resize(std::size_t(count));
}

Statement::~Statement()
{
    clearResult();
}

Statement::Statement(Statement &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_sql(std::move(other.m_sql)),
      m_parameters(std::move(other.m_parameters)), m_result(std::exchange(other.m_result, nullptr)),
      m_row(std::exchange(other.m_row, -1))
{
}

void Statement::clearResult() noexcept
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
}

Statement::Parameter &Statement::parameter(int index)
{
    if (index < 1 || std::size_t(index) > m_parameters.size()) {
        throw StoreError(StoreError::Kind::Sql, "bind: parameter " + std::to_string(index) + " of " +
                                                    std::to_string(m_parameters.size()));
    }
    Parameter &slot = m_parameters[std::size_t(index - 1)];
    slot = Parameter{};
    return slot;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    Parameter &slot = parameter(index);
    slot.null = false;
    slot.value = QByteArray::number(qlonglong(value));
    slot.type = Int8Oid;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    Parameter &slot = parameter(index);
    slot.null = false;
    slot.value = QByteArray::number(value, 'g', 17);
    slot.type = Float8Oid;
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    Parameter &slot = parameter(index);
    slot.null = false;
    slot.value = text.toUtf8();
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &blob)
{
    Parameter &slot = parameter(index);
    slot.null = false;
    slot.binary = true;
    slot.value = blob;
    slot.type = ByteaOid;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    parameter(index);
    return *this;
}

void Statement::execute()
{
    std::vector<Oid> types;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const Parameter &p : m_parameters) {
        types.push_back(p.type);
        values.push_back(p.null ? nullptr : p.value.constData());
        lengths.push_back(int(p.value.size()));
        formats.push_back(p.binary ? 1 : 0);
    }
    m_result = PQexecParams(m_conn, m_sql.c_str(), int(m_parameters.size()), types.data(), values.data(),
                            lengths.data(), formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        pg_result *failed = std::exchange(m_result, nullptr);
        if (PQstatus(m_conn) == CONNECTION_BAD) { // the server went away (a failover): reconnect, retry
            PQclear(failed);
            throw StoreError(StoreError::Kind::Busy, "statement: the connection to PostgreSQL was lost");
        }
        if (!failed) {
            throwConnectionError(m_conn, "", "statement");
        }
        throwResultError(failed, "statement");
    }
}

bool Statement::step()
{
    if (!m_result) {
        execute();
    }
    return ++m_row < PQntuples(m_result);
}

void Statement::run()
{
    clearResult();
    execute();
}

void Statement::reset()
{
    clearResult();
    for (Parameter &p : m_parameters) {
        p = Parameter{};
    }
}

int Statement::changes() const
{
    return m_result ? std::atoi(PQcmdTuples(m_result)) : 0;
}

int Statement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

const char *Statement::value(int column) const
{
    if (!m_result || m_row < 0 || m_row >= PQntuples(m_result) || column < 0 || column >= PQnfields(m_result)) {
        throw StoreError(StoreError::Kind::Sql, "column " + std::to_string(column) + ": no such column or no row");
    }
    return PQgetvalue(m_result, m_row, column);
}

bool Statement::isNull(int column) const
{
    value(column); // checks the row and column
    return PQgetisnull(m_result, m_row, column) != 0;
}

std::int64_t Statement::columnInt64(int column) const
{
    const char *text = value(column);
    if (text[0] == 't' && text[1] == '\0') { // boolean columns read as 1 and 0, as on SQLite
        return 1;
    }
    return std::strtoll(text, nullptr, 10);
}

double Statement::columnDouble(int column) const
{
    return std::strtod(value(column), nullptr);
}

QString Statement::columnText(int column) const
{
    const char *text = value(column);
    return QString::fromUtf8(text, PQgetlength(m_result, m_row, column));
}

QByteArray Statement::columnBlob(int column) const
{
    // Text results carry bytea as "\x" and hex digits.
    std::size_t length = 0;
    unsigned char *bytes =
        PQunescapeBytea(reinterpret_cast<const unsigned char *>(value(column)), &length);
    if (!bytes) {
        throw StoreError(StoreError::Kind::Sql, "column " + std::to_string(column) + " is not bytea");
    }
    QByteArray blob(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return blob;
}

} // namespace cb::store::pg
