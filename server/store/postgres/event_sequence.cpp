#include "server/store/postgres/event_sequence.h"

#include "server/store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace cb::store::pg {

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
