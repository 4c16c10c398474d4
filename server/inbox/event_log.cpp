#include "server/inbox/event_log.h"
#include "core/api/json_text.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/store/postgres/event_sequence.h"

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

namespace {
constexpr std::string_view PayloadPlace = "events.payload"; // may quote a patient's words
} // namespace

std::int64_t EventLog::append(const char *kind, const QString &audience, const QJsonObject &payload)
{
    if (m_db.engine() == store::Database::Engine::PostgreSql) {
        // Numbered by the counter row in this transaction, so events commit in
        // order on every node; the other nodes are woken at commit.
        store::TransactionIfNone write(m_db);
        const std::int64_t seq = store::pg::EventSequence::next(m_db);
        m_db.prepare("INSERT INTO events (seq, at_ms, kind, audience, payload) VALUES (?, ?, ?, ?, ?)")
            .bindAll(seq, m_clock.nowMs(), QString::fromLatin1(kind), audience)
            .bindPatient(5, PayloadPlace, api::compactJson(payload))
            .run();
        store::pg::EventSequence::wake(m_db, seq);
        write.commit();
        return seq;
    }
    m_db.prepare("INSERT INTO events (at_ms, kind, audience, payload) VALUES (?, ?, ?, ?)")
        .bindAll(m_clock.nowMs(), QString::fromLatin1(kind), audience)
        .bindPatient(4, PayloadPlace, api::compactJson(payload))
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
                       api::parseJsonObject(statement.columnPatient(4, PayloadPlace))});
    }
    return events;
}

std::int64_t EventLog::lastSeq() const
{
    return m_db.queryInt("SELECT COALESCE(MAX(seq), 0) FROM events");
}

} // namespace cb::server
