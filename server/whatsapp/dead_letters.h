#pragma once

#include "core/platform/clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}
namespace cb::audit {
class AuditLog;
}

namespace cb::server {

class EventLog;

// Signed deliveries, or parts of them, that we could not apply: kept in the
// encrypted store (never dropped), counted, announced to admins, and offered
// again to the intake after an upgrade. On PostgreSQL the delivery is sealed.
class DeadLetters
{
public:
    struct Entry
    {
        std::int64_t id = 0;
        std::int64_t receivedAtMs = 0;
        QString reason;
        QString state;
        int attempts = 0;
        qsizetype bytes = 0;
    };
    struct Pending
    {
        std::int64_t id = 0;
        QByteArray payload;
    };

    DeadLetters(store::Database &db, EventLog &events, audit::AuditLog &audit, const platform::Clock &clock);

    // Inside the caller's transaction: stores it, appends an admin event and an audit event.
    std::int64_t keep(const QString &reason, const QByteArray &payload);
    QList<Entry> list(int limit, int offset) const;
    int pendingCount() const;
    QList<Pending> pending(int limit) const;
    void markReprocessed(std::int64_t id);
    void countAttempt(std::int64_t id);

private:
    store::Database &m_db;
    EventLog &m_events;
    audit::AuditLog &m_audit;
    const platform::Clock &m_clock;
};

} // namespace cb::server
