#pragma once

#include "core/store/store_error.h"
#include "server/store/postgres/pg_statement.h"

#include <QString>

#include <string_view>

struct pg_conn;

namespace cb::store::pg {

// One libpq connection to the PostgreSQL store (issue 23), the counterpart of
// store::Database: exec() for statements without parameters, prepare() for the
// rest, the same StoreError kinds. libpq directly, not Qt's QPSQL driver (Qt's
// SQL plugins cannot share a process with SQLCipher's QSQLITE symbols, and QPSQL
// ties a connection to its thread) nor Debian's libpqxx 6. Use it from one thread
// at a time.
//
// An acknowledgement means durable: every connection runs with
// synchronous_commit = on, whatever the role or database default says, and a
// server running with fsync off is refused.
class Connection
{
public:
    // `url` in libpq's form (postgresql://… or key=value), multi-host lists and
    // target_session_attrs=read-write included. Throws StoreError: Io when no
    // server answers or it refuses us, Sql when the server is unfit.
    static Connection open(const QString &url);

    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    QString queryText(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);

    // Whether a transaction is open (or failed and not yet ended).
    bool inTransaction() const;
    // Whether the connection still works (libpq's status; a failover breaks it).
    bool isUsable() const;
    pg_conn *handle() const { return m_conn; }

private:
    explicit Connection(pg_conn *conn);
    void close() noexcept;

    pg_conn *m_conn = nullptr;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Connection &m_connection;
    bool m_open = true;
};

} // namespace cb::store::pg
