#pragma once

#include "core/store/store_error.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cb::store::pg {

class Connection;

// Sequence numbers for the durable events table when several nodes write it
// (issue 23). A bigserial is handed out at INSERT, not at COMMIT: a reader that
// has seen event 12 committed can later find 11 commit after it, and a stream
// resuming "after 12" would skip it. Here the next number comes from one counter
// row updated inside the writer's transaction; its lock is held until that
// transaction ends, so numbers commit in order and "after N" misses nothing.
// Writers queue on that row for the few milliseconds of a commit, which a
// health system's 1–2 messages a second never feel.
//
// LISTEN/NOTIFY only wakes the other nodes (wake() in the same transaction is
// delivered at commit, never for a rollback); the events table stays the truth,
// and every stream catches up by sequence after a reconnect or a lost wake-up.
class EventSequence
{
public:
    static constexpr const char *Schema =
        "CREATE TABLE IF NOT EXISTS event_counter (id integer PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL); "
        "INSERT INTO event_counter VALUES (1, 0) ON CONFLICT DO NOTHING";
    static constexpr const char *Channel = "cb_events";

    // Inside the caller's transaction: the next number. On a pg::Connection or
    // a store::Database on PostgreSQL (the repositories' EventLog).
    template <typename Db> static std::int64_t next(Db &db)
    {
        auto row = db.prepare("UPDATE event_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq");
        if (!row.step()) {
            throw StoreError(StoreError::Kind::Sql, "the event counter row is missing");
        }
        return row.columnInt64(0);
    }
    // Inside the same transaction: wakes every listening node at commit.
    template <typename Db> static void wake(Db &db, std::int64_t seq)
    {
        db.prepare("SELECT pg_notify(?, ?)").bindAll(QString::fromLatin1(Channel), QString::number(seq)).step();
    }
};

// A node's listening connection: LISTEN on the events channel, then wait on
// socket() (a QSocketNotifier in the server) and drain() what arrived.
class EventListener
{
public:
    explicit EventListener(Connection &connection);
    int socket() const;
    // The sequence numbers of the wake-ups that arrived (none while nothing did).
    // Throws StoreError (Busy) when the connection was lost: reconnect, catch up.
    std::vector<std::int64_t> drain();

private:
    Connection &m_connection;
};

} // namespace cb::store::pg
