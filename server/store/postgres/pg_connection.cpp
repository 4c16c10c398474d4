#include "server/store/postgres/pg_connection.h"

#include "server/store/postgres/pg_error.h"

#include <libpq-fe.h>

#include <utility>

namespace cb::store::pg {

namespace {
constexpr int OldestServer = 150000; // PostgreSQL 15, Debian 12's, the one we test
} // namespace

Connection Connection::open(const QString &url)
{
    const QByteArray conninfo = url.toUtf8();
    Connection connection(PQconnectdb(conninfo.constData()));
    if (!connection.m_conn || PQstatus(connection.m_conn) != CONNECTION_OK) {
        throwConnectionError(connection.m_conn, conninfo.constData(), "connect");
    }
    // The server's notices (a ROLLBACK with nothing to roll back) are not for stderr.
    PQsetNoticeProcessor(connection.m_conn, [](void *, const char *) {}, nullptr);
    if (PQserverVersion(connection.m_conn) < OldestServer) {
        throw StoreError(StoreError::Kind::Sql, "PostgreSQL 15 or newer is needed");
    }
    // Ours, whatever the role's or the database's defaults: UTF-8, UTC, plain
    // string literals, and a commit that returns only once it is on disk (and on
    // the synchronous standbys, when the cluster names any).
    connection.exec("SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'; SET standard_conforming_strings = on; "
                    "SET synchronous_commit = on");
    if (connection.queryText("SHOW fsync") != QLatin1String("on")) {
        throw StoreError(StoreError::Kind::Sql, "the PostgreSQL server runs with fsync off: an acknowledged "
                                                "message could be lost in a crash, so Carebridge refuses it");
    }
    return connection;
}

Connection::Connection(pg_conn *conn) : m_conn(conn) {}

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept : m_conn(std::exchange(other.m_conn, nullptr)) {}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_conn = std::exchange(other.m_conn, nullptr);
    }
    return *this;
}

void Connection::close() noexcept
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    pg_result *result = PQexec(m_conn, text.c_str());
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        // A COMMIT after a failed statement answers "ROLLBACK", successfully:
        // the caller must hear that nothing was kept.
        const bool rolledBack = std::string_view(PQcmdStatus(result)) == "ROLLBACK" && sql != "ROLLBACK";
        PQclear(result);
        if (rolledBack) {
            throw StoreError(StoreError::Kind::Sql, "exec: the transaction had failed and was rolled back");
        }
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        PQclear(result);
        throw StoreError(StoreError::Kind::Busy, "exec: the connection to PostgreSQL was lost");
    }
    throwResultError(result, "exec");
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(m_conn, sql);
}

QString Connection::queryText(std::string_view sql)
{
    Statement row = prepare(sql);
    return row.step() ? row.columnText(0) : QString();
}

std::int64_t Connection::queryInt(std::string_view sql)
{
    Statement row = prepare(sql);
    return row.step() ? row.columnInt64(0) : 0;
}

bool Connection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

bool Connection::isUsable() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_connection.exec("BEGIN");
}

Transaction::~Transaction()
{
    if (m_open && m_connection.isUsable()) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (const StoreError &) {
            // The connection broke: the server rolled the transaction back itself.
        }
    }
}

void Transaction::commit()
{
    m_connection.exec("COMMIT");
    m_open = false;
}

} // namespace cb::store::pg
