#include "server/store/postgres/event_sequence.h"

#include "server/store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace cb::store::pg {

std::int64_t EventSequence::next(Connection &connection)
{
    auto row = connection.prepare("UPDATE event_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq");
    if (!row.step()) {
        throw StoreError(StoreError::Kind::Sql, "the event counter row is missing");
    }
    return row.columnInt64(0);
}

void EventSequence::wake(Connection &connection, std::int64_t seq)
{
    connection.prepare("SELECT pg_notify(?, ?)").bindAll(QString::fromLatin1(Channel), QString::number(seq)).step();
}

EventListener::EventListener(Connection &connection) : m_connection(connection)
{
    m_connection.exec(std::string("LISTEN ") + EventSequence::Channel);
}

int EventListener::socket() const
{
    return PQsocket(m_connection.handle());
}

std::vector<std::int64_t> EventListener::drain()
{
    pg_conn *conn = m_connection.handle();
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        throw StoreError(StoreError::Kind::Busy, "listen: the connection to PostgreSQL was lost");
    }
    std::vector<std::int64_t> woken;
    while (PGnotify *notice = PQnotifies(conn)) {
        woken.push_back(std::strtoll(notice->extra, nullptr, 10));
        PQfreemem(notice);
    }
    return woken;
}

} // namespace cb::store::pg
