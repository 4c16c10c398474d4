#pragma once

#include "core/platform/clock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// Who may receive an event.
namespace audience {
inline const QString Inbox = QStringLiteral("inbox");   // staff who read conversations
inline const QString Admins = QStringLiteral("admins"); // staff who manage the clinic's setup
inline const QString All = QStringLiteral("all");       // every signed-in desktop
// One member of staff alone (their @mentions).
inline QString person(std::int64_t staffId) { return QStringLiteral("staff:%1").arg(staffId); }
} // namespace audience

struct Event
{
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    QString kind;
    QString audience;
    QJsonObject payload;

    QJsonObject toJson() const;
};

// The durable, gap-free sequence of changes the desktops follow. Events are
// appended inside the transaction that makes the change, so an event exists if
// and only if its change was committed.
class EventLog
{
public:
    EventLog(store::Database &db, const platform::Clock &clock);

    std::int64_t append(const char *kind, const QString &audience, const QJsonObject &payload);
    // Up to `limit` events with seq > `afterSeq`, oldest first.
    QList<Event> after(std::int64_t afterSeq, int limit) const;
    std::int64_t lastSeq() const;

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
};

} // namespace cb::server
