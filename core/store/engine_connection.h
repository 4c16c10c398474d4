#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

namespace cb::store {

// Another engine behind store::Database and store::Statement (issue 23: the
// server's PostgreSQL store, implemented in server/store/postgres). Repositories
// keep one API, and with it one set of SQL, for both engines; core links no
// engine but SQLCipher. Parameters are `?`, 1-based; columns are 0-based.
class EngineStatement
{
public:
    virtual ~EngineStatement() = default;

    virtual void bind(int index, std::int64_t value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, const QString &text) = 0;
    virtual void bindBlob(int index, const QByteArray &blob) = 0;
    virtual void bindNull(int index) = 0;
    // Patient data: sealed for its place before it is sent (see store::Statement).
    virtual void bindPatient(int index, std::string_view place, const QString &text) = 0;
    virtual void bindPatientExact(int index, std::string_view place, const QString &text) = 0;
    virtual void bindPatientBytes(int index, std::string_view place, const QByteArray &bytes) = 0;

    virtual bool step() = 0;
    virtual void reset() = 0;

    virtual int columnCount() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t columnInt64(int column) const = 0;
    virtual double columnDouble(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    virtual QByteArray columnBlob(int column) const = 0;
    // Opened; throws StoreError (Damaged) when it does not open. NULL reads as empty.
    virtual QString columnPatient(int column, std::string_view place) const = 0;
    virtual QByteArray columnPatientBytes(int column, std::string_view place) const = 0;
};

class EngineConnection
{
public:
    virtual ~EngineConnection() = default;

    virtual void exec(std::string_view sql) = 0;
    virtual std::unique_ptr<EngineStatement> prepare(std::string_view sql) = 0;
    // Opens a write transaction that no other writer of the store, on any node,
    // runs beside: SQLite's BEGIN IMMEDIATE, which the repositories rely on.
    virtual void beginWrite() = 0;
    virtual bool inTransaction() const = 0;
    // The id the last INSERT on this connection gave its row.
    virtual std::int64_t lastInsertRowId() = 0;
    // Rows changed by the last statement that ran.
    virtual int changes() const = 0;
    // What to call the store in messages: never its password.
    virtual QString describe() const = 0;
};

} // namespace cb::store
