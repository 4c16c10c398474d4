#include "server/admin/retention_service.h"

#include "core/api/inbox_dto.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/event_scrubber.h"
#include "server/admin/legal_holds.h"
#include "server/admin/patient_labels.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QMap>

namespace cb::server {

namespace {
// Past the period, not yet purged, not on its way out (the sender owns those), not held.
std::string dueCondition()
{
    return std::string("purged_at_ms = 0 AND sent_at_ms < ? AND state NOT IN ('queued', 'sending') AND NOT ") +
           LegalHolds::heldCondition();
}

struct Due
{
    std::int64_t messages = 0;
    std::int64_t media = 0;
    std::int64_t oldestMs = 0;
    std::int64_t newestMs = 0;
};

QMap<std::int64_t, Due> dueByConversation(store::Database &db, std::int64_t cutoffMs)
{
    auto row = db.prepare("SELECT conversation_id, count(*), SUM((SELECT count(*) FROM media d WHERE d.message_id = messages.id "
                          "AND d.data IS NOT NULL)), MIN(sent_at_ms), MAX(sent_at_ms) FROM messages WHERE " +
                          dueCondition() + " GROUP BY conversation_id ORDER BY conversation_id");
    row.bind(1, cutoffMs);
    QMap<std::int64_t, Due> due;
    while (row.step()) {
        due.insert(row.columnInt64(0), {row.columnInt64(1), row.columnInt64(2), row.columnInt64(3), row.columnInt64(4)});
    }
    return due;
}
} // namespace

HttpResponse RetentionService::preview(const Caller &caller)
{
    store::Database &db = m_context.store().database();
    const std::int64_t cutoff = m_context.config().retention.cutoffMs(m_context.clock().nowMs());
    const auto due = dueByConversation(db, cutoff);
    QJsonArray conversations;
    std::int64_t messages = 0, media = 0;
    for (auto it = due.begin(); it != due.end(); ++it) {
        messages += it->messages;
        media += it->media;
        if (conversations.size() < MaxConversationsListed) {
            conversations.append(QJsonObject{{QStringLiteral("conversation_id"), qint64(it.key())},
                                             {QStringLiteral("messages"), qint64(it->messages)},
                                             {QStringLiteral("media"), qint64(it->media)},
                                             {QStringLiteral("oldest_ms"), qint64(it->oldestMs)},
                                             {QStringLiteral("newest_ms"), qint64(it->newestMs)}});
        }
    }
    auto held = db.prepare("SELECT count(*), count(DISTINCT conversation_id) FROM messages WHERE purged_at_ms = 0 AND sent_at_ms < ? AND " +
                           std::string(LegalHolds::heldCondition()));
    held.bind(1, cutoff);
    held.step();
    auto letters = db.prepare(std::string("SELECT count(*) FROM dead_letters WHERE state = 'reprocessed' AND received_at_ms < ? "
                                          "AND length(payload) > 0 AND NOT ") + LegalHolds::deadLetterHeldCondition());
    letters.bind(1, cutoff);
    letters.step();
    auto pending = db.prepare("SELECT count(*) FROM dead_letters WHERE state = 'pending' AND received_at_ms < ?");
    pending.bind(1, cutoff);
    pending.step();
    const QJsonObject totals{{QStringLiteral("messages"), qint64(messages)},
                             {QStringLiteral("media"), qint64(media)},
                             {QStringLiteral("conversations"), qint64(due.size())},
                             {QStringLiteral("dead_letters"), qint64(letters.columnInt64(0))}};
    namePatients(db, conversations); // who, not "conversation 12"; the audit event says which were shown
    m_context.record(caller.actor(), QStringLiteral("retention.preview"), QStringLiteral("retention"),
                     {{QStringLiteral("cutoff_ms"), qint64(cutoff)}, {QStringLiteral("totals"), totals},
                      {QStringLiteral("conversations"), conversationIds(conversations)}});
    return jsonResponse({{QStringLiteral("cutoff_ms"), qint64(cutoff)},
                         {QStringLiteral("totals"), totals},
                         {QStringLiteral("conversations"), conversations},
                         {QStringLiteral("conversations_listed_max"), MaxConversationsListed},
                         {QStringLiteral("held"), QJsonObject{{QStringLiteral("messages"), qint64(held.columnInt64(0))},
                                                              {QStringLiteral("conversations"), qint64(held.columnInt64(1))}}},
                         // Never purged automatically: not yet applied, an admin must look at them first.
                         {QStringLiteral("dead_letters_pending_past_period"), qint64(pending.columnInt64(0))},
                         {QStringLiteral("purge_batch_max"), MaxMessagesPerPurge}});
}

HttpResponse RetentionService::purge(const Caller &caller, const QJsonObject &body)
{
    const std::int64_t periodCutoff = m_context.config().retention.cutoffMs(m_context.clock().nowMs());
    std::int64_t cutoff = periodCutoff;
    if (body.contains(QStringLiteral("cutoff_ms"))) {
        cutoff = body.value(QStringLiteral("cutoff_ms")).toInteger();
        if (cutoff <= 0 || cutoff > periodCutoff) {
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("cutoff_too_recent"),
                                 QStringLiteral("the cutoff may not be later than the retention period allows"),
                                 {{QStringLiteral("period_cutoff_ms"), qint64(periodCutoff)}});
        }
    }
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    store::Transaction transaction(db);
    auto due = db.prepare("SELECT id, conversation_id FROM messages WHERE " + dueCondition() + " ORDER BY conversation_id, id LIMIT ?");
    due.bindAll(cutoff, MaxMessagesPerPurge + 1);
    QMap<std::int64_t, QList<std::int64_t>> byConversation;
    int count = 0;
    bool more = false;
    while (due.step()) {
        if (++count > MaxMessagesPerPurge) {
            more = true;
            break;
        }
        byConversation[due.columnInt64(1)].append(due.columnInt64(0));
    }
    std::int64_t messages = 0, media = 0, events = 0;
    auto hideMessage = db.prepare("UPDATE messages SET body = '', content = '{}', send_request = NULL, purged_at_ms = ? WHERE id = ?");
    auto dropMedia = db.prepare("UPDATE media SET data = NULL, size = 0, state = 'purged' WHERE message_id = ? AND data IS NOT NULL");
    for (auto it = byConversation.begin(); it != byConversation.end(); ++it) {
        EventScrubber scrubber(db, m_context.inbox());
        scrubber.collect(it.value());
        for (std::int64_t id : it.value()) {
            hideMessage.reset();
            hideMessage.bindAll(now, id).run();
            dropMedia.reset();
            dropMedia.bind(1, id).run();
            media += db.changes();
            ++messages;
        }
        events += scrubber.scrub(it.key());
        // Desktops replace what they cached with the tombstone.
        for (std::int64_t id : it.value()) {
            m_context.inbox().publishMessage(id, api::event::MessageChanged);
        }
        m_context.inbox().publishConversation(it.key());
    }
    // Reprocessed dead letters only repeat what the messages held; pending ones were never applied and stay.
    auto letters = db.prepare(std::string("UPDATE dead_letters SET payload = x'' WHERE state = 'reprocessed' AND received_at_ms < ? "
                                          "AND length(payload) > 0 AND NOT ") + LegalHolds::deadLetterHeldCondition());
    letters.bind(1, cutoff).run();
    const std::int64_t deadLetters = db.changes();
    db.prepare("INSERT INTO retention_purges (purged_by, purged_at_ms, cutoff_ms, messages, media, events, dead_letters, conversations) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(caller.user.id, now, cutoff, messages, media, events, deadLetters, std::int64_t(byConversation.size()))
        .run();
    const QJsonObject counts{{QStringLiteral("cutoff_ms"), qint64(cutoff)},
                             {QStringLiteral("messages"), qint64(messages)},
                             {QStringLiteral("media"), qint64(media)},
                             {QStringLiteral("events_rewritten"), qint64(events)},
                             {QStringLiteral("dead_letters"), qint64(deadLetters)},
                             {QStringLiteral("conversations"), qint64(byConversation.size())},
                             {QStringLiteral("more"), more}};
    m_context.record(caller.actor(), QStringLiteral("retention.purge"), QStringLiteral("retention:%1").arg(db.lastInsertRowId()), counts);
    transaction.commit();
    m_context.changes().notifyCommitted();
    return jsonResponse(counts);
}

} // namespace cb::server
