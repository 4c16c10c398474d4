#include "server/whatsapp/dead_letters.h"

#include "core/api/inbox_dto.h"
#include "core/audit/audit_log.h"
#include "core/crypto/aead_box.h"
#include "core/log/logging.h"
#include "core/store/database.h"
#include "server/inbox/event_log.h"

namespace cb::server {

namespace {
constexpr std::string_view PayloadPlace = "dead_letters.payload"; // a signed delivery: patient data
} // namespace

DeadLetters::DeadLetters(store::Database &db, EventLog &events, audit::AuditLog &audit, const platform::Clock &clock)
    : m_db(db), m_events(events), m_audit(audit), m_clock(clock)
{
}

std::int64_t DeadLetters::keep(const QString &reason, const QByteArray &payload)
{
    const std::int64_t now = m_clock.nowMs();
    m_db.prepare("INSERT INTO dead_letters (received_at_ms, reason, payload) VALUES (?, ?, ?)")
        .bind(1, now)
        .bind(2, reason)
        .bindPatientBytes(3, PayloadPlace, payload)
        .run();
    const std::int64_t id = m_db.lastInsertRowId();
    m_events.append(api::event::DeadLetterAdded, audience::Admins,
                    {{QStringLiteral("id"), qint64(id)}, {QStringLiteral("reason"), reason}});
    m_audit.append({0, now, QStringLiteral("system"), QStringLiteral("webhook.dead_letter"),
                    QStringLiteral("dead_letter:%1").arg(id), {{QStringLiteral("reason"), reason}}});
    log::logger("webhook")->warn("kept a signed delivery part as dead letter {} ({})", id, reason.toStdString());
    return id;
}

QList<DeadLetters::Entry> DeadLetters::list(int limit, int offset) const
{
    QList<Entry> entries;
    // On PostgreSQL the stored payload is sealed: longer by the seal's nonce and tag.
    const int sealing = m_db.engine() == store::Database::Engine::PostgreSql ? int(crypto::AeadBox::Overhead) : 0;
    auto rows = m_db.prepare("SELECT id, received_at_ms, reason, state, attempts, length(payload) - ? FROM dead_letters"
                             " ORDER BY id DESC LIMIT ? OFFSET ?");
    rows.bind(1, sealing).bind(2, limit).bind(3, offset);
    while (rows.step()) {
        entries.append({rows.columnInt64(0), rows.columnInt64(1), rows.columnText(2), rows.columnText(3),
                        int(rows.columnInt64(4)), qsizetype(rows.columnInt64(5))});
    }
    return entries;
}

int DeadLetters::pendingCount() const
{
    auto row = m_db.prepare("SELECT count(*) FROM dead_letters WHERE state = 'pending'");
    row.step();
    return int(row.columnInt64(0));
}

QList<DeadLetters::Pending> DeadLetters::pending(int limit) const
{
    QList<Pending> result;
    auto rows = m_db.prepare("SELECT id, payload FROM dead_letters WHERE state = 'pending' ORDER BY id LIMIT ?");
    rows.bind(1, limit);
    while (rows.step()) {
        result.append({rows.columnInt64(0), rows.columnPatientBytes(1, PayloadPlace)});
    }
    return result;
}

void DeadLetters::markReprocessed(std::int64_t id)
{
    m_db.prepare("UPDATE dead_letters SET state = 'reprocessed', attempts = attempts + 1, reprocessed_at_ms = ? WHERE id = ?")
        .bindAll(m_clock.nowMs(), id)
        .run();
}

void DeadLetters::countAttempt(std::int64_t id)
{
    m_db.prepare("UPDATE dead_letters SET attempts = attempts + 1 WHERE id = ?").bind(1, id).run();
}

} // namespace cb::server
