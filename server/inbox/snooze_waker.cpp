#include "server/inbox/snooze_waker.h"

#include "core/store/transaction.h"
#include "server/inbox/change_feed.h"
#include "server/inbox/inbox_store.h"
#include "server/server_context.h"

namespace cb::server {

SnoozeWaker::SnoozeWaker(ServerContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SnoozeWaker::wake);
    connect(&context.changes(), &ChangeFeed::committed, this, &SnoozeWaker::schedule);
    QTimer::singleShot(0, this, &SnoozeWaker::wake);
}

void SnoozeWaker::wake()
{
    store::Database &db = m_context.store().database();
    auto due = db.prepare("SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until_ms <= ?");
    due.bind(1, m_context.clock().nowMs());
    QList<std::int64_t> ids;
    while (due.step()) {
        ids.append(due.columnInt64(0));
    }
    if (!ids.isEmpty()) {
        store::Transaction transaction(db);
        for (const std::int64_t id : ids) {
            m_context.inbox().setStatus(id, model::ConversationStatus::Open, 0);
            m_context.inbox().publishConversation(id);
            m_context.record(QStringLiteral("system"), QStringLiteral("conversation.snooze_ended"),
                             QStringLiteral("conversation:%1").arg(id));
        }
        transaction.commit();
        m_context.changes().notifyCommitted(); // also reschedules
        return;
    }
    schedule();
}

void SnoozeWaker::schedule()
{
    auto next = m_context.store().database().prepare("SELECT MIN(snoozed_until_ms) FROM conversations WHERE status = 'snoozed'");
    if (!next.step() || next.isNull(0)) {
        m_timer.stop();
        return;
    }
    // Capped so a clock change is noticed within a minute.
    const std::int64_t delay = next.columnInt64(0) - m_context.clock().nowMs();
    m_timer.start(int(std::clamp<std::int64_t>(delay, 0, 60000)));
}

} // namespace cb::server
