#include "server/inbox/event_log.h"
#include "core/api/json_text.h"

#include "core/store/database.h"

#include <QJsonDocument>

namespace cb::server {

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("seq"), qint64(seq)},
            {QStringLiteral("at_ms"), qint64(atMs)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("payload"), payload}};
}

EventLog::EventLog(store::Database &db, const platform::Clock &clock) : m_db(db), m_clock(clock) {}

std::int64_t EventLog::append(const char *kind, const QString &audience, const QJsonObject &payload)
{
    m_db.prepare("INSERT INTO events (at_ms, kind, audience, payload) VALUES (?, ?, ?, ?)")
        .bindAll(m_clock.nowMs(), QString::fromLatin1(kind), audience,
                 api::compactJson(payload))
        .run();
    return m_db.lastInsertRowId();
}

QList<Event> EventLog::after(std::int64_t afterSeq, int limit) const
{
    auto statement = m_db.prepare("SELECT seq, at_ms, kind, audience, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?");
    statement.bindAll(afterSeq, limit);
    QList<Event> events;
    while (statement.step()) {
        events.append({statement.columnInt64(0), statement.columnInt64(1), statement.columnText(2), statement.columnText(3),
                       api::parseJsonObject(statement.columnText(4))});
    }
    return events;
}

std::int64_t EventLog::lastSeq() const
{
    return m_db.queryInt("SELECT COALESCE(MAX(seq), 0) FROM events");
}

} // namespace cb::server
