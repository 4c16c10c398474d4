#include "server/store/postgres/pg_engine.h"

#include "server/store/postgres/patient_fields.h"
#include "server/store/postgres/pg_connection.h"

#include <memory>
#include <stdexcept>
#include <utility>

namespace cb::store::pg {

namespace {
using Fields = std::shared_ptr<const PatientFields>;

class EngineStatementOnPg final : public EngineStatement
{
public:
    EngineStatementOnPg(Statement statement, int &lastChanges, const Fields &fields)
        : m_statement(std::move(statement)), m_lastChanges(lastChanges), m_fields(fields)
    {
    }

    void bind(int index, std::int64_t value) override { m_statement.bind(index, value); }
    void bind(int index, double value) override { m_statement.bind(index, value); }
    void bind(int index, const QString &text) override { m_statement.bind(index, text); }
    void bindBlob(int index, const QByteArray &blob) override { m_statement.bindBlob(index, blob); }
    void bindNull(int index) override { m_statement.bindNull(index); }
    void bindPatient(int index, std::string_view place, const QString &text) override
    {
        m_statement.bindBlob(index, fields().seal(place, text));
    }
    void bindPatientExact(int index, std::string_view place, const QString &text) override
    {
        m_statement.bindBlob(index, fields().sealExact(place, text));
    }
    void bindPatientBytes(int index, std::string_view place, const QByteArray &bytes) override
    {
        m_statement.bindBlob(index, fields().sealBytes(place, bytes));
    }

    bool step() override
    {
        const bool row = m_statement.step();
        m_lastChanges = m_statement.changes();
        return row;
    }
    void reset() override { m_statement.reset(); }

    int columnCount() const override { return m_statement.columnCount(); }
    bool isNull(int column) const override { return m_statement.isNull(column); }
    std::int64_t columnInt64(int column) const override { return m_statement.columnInt64(column); }
    double columnDouble(int column) const override { return m_statement.columnDouble(column); }
    QString columnText(int column) const override { return m_statement.columnText(column); }
    QByteArray columnBlob(int column) const override { return m_statement.columnBlob(column); }
    QString columnPatient(int column, std::string_view place) const override
    {
        return QString::fromUtf8(columnPatientBytes(column, place));
    }
    QByteArray columnPatientBytes(int column, std::string_view place) const override
    {
        if (m_statement.isNull(column)) {
            return {};
        }
        auto bytes = fields().openBytes(place, m_statement.columnBlob(column));
        if (!bytes) {
            // Another master key, or bytes altered or moved from another column.
            throw StoreError(StoreError::Kind::Damaged, "a sealed patient field in " + std::string(place) +
                                                            " did not open");
        }
        return std::move(*bytes);
    }

private:
    const PatientFields &fields() const
    {
        if (!m_fields) {
            throw std::logic_error("this PostgreSQL store was opened without patient field keys");
        }
        return *m_fields;
    }

    Statement m_statement;
    int &m_lastChanges; // the connection's, which outlives its statements
    Fields m_fields;
};

class EngineConnectionOnPg final : public EngineConnection
{
public:
    EngineConnectionOnPg(Connection connection, Fields fields)
        : m_connection(std::move(connection)), m_fields(std::move(fields))
    {
    }

    void exec(std::string_view sql) override
    {
        m_connection.exec(sql);
        m_lastChanges = 0;
    }
    std::unique_ptr<EngineStatement> prepare(std::string_view sql) override
    {
        return std::make_unique<EngineStatementOnPg>(m_connection.prepare(sql), m_lastChanges, m_fields);
    }
    void beginWrite() override
    {
        m_connection.exec("BEGIN");
        try {
            m_connection.prepare("SELECT pg_advisory_xact_lock(?)").bind(1, StoreWriteLock).step();
        } catch (...) {
            try {
                m_connection.exec("ROLLBACK");
            } catch (const StoreError &) {
                // The connection broke: the server rolled back.
            }
            throw;
        }
    }
    bool inTransaction() const override { return m_connection.inTransaction(); }
    std::int64_t lastInsertRowId() override { return m_connection.queryInt("SELECT lastval()"); }
    int changes() const override { return m_lastChanges; }
    QString describe() const override { return QStringLiteral("PostgreSQL store"); }

private:
    Connection m_connection;
    int m_lastChanges = 0;
    Fields m_fields;
};
} // namespace

store::Database openDatabase(const QString &url, std::shared_ptr<const PatientFields> fields)
{
    return store::Database::adopt(std::make_unique<EngineConnectionOnPg>(Connection::open(url), std::move(fields)));
}

} // namespace cb::store::pg
