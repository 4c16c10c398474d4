#include "server/whatsapp/whatsapp_sender.h"
#include "core/api/json_text.h"

#include "core/api/inbox_dto.h"
#include "core/log/logging.h"
#include "core/store/transaction.h"
#include "core/whatsapp/send_request.h"
#include "server/whatsapp/graph_client.h"
#include "server/server_context.h"

#include <QJsonDocument>

namespace cb::server {

std::int64_t retryDelayMs(int attempt)
{
    return std::min<std::int64_t>(2000LL << std::min(attempt - 1, 20), 5 * 60 * 1000);
}

WhatsAppSender::WhatsAppSender(ServerContext &context, GraphClient &graph, QObject *parent)
    : QObject(parent), m_context(context), m_graph(graph)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WhatsAppSender::kick);
    connect(&context.changes(), &ChangeFeed::committed, this, &WhatsAppSender::kick);
    // A send cut short by a restart is tried again: at least once, and the
    // client id in biz_opaque_callback_data lets its status find it either way.
    context.store().database().exec("UPDATE messages SET state = 'queued' WHERE state = 'sending' AND send_request IS NOT NULL");
    QTimer::singleShot(0, this, &WhatsAppSender::kick);
}

void WhatsAppSender::kick()
{
    if (!m_busy) {
        sendNext();
    }
}

void WhatsAppSender::sendNext()
{
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    auto due = db.prepare("SELECT id, send_request, attempts FROM messages WHERE send_request IS NOT NULL AND "
                          "state = 'queued' AND next_attempt_at_ms <= ? ORDER BY id LIMIT 1");
    due.bind(1, now);
    if (!due.step()) {
        auto next = db.prepare("SELECT MIN(next_attempt_at_ms) FROM messages WHERE send_request IS NOT NULL AND state = 'queued'");
        if (next.step() && !next.isNull(0)) {
            m_retryTimer.start(int(std::clamp<std::int64_t>(next.columnInt64(0) - now, 0, 300000)));
        }
        return;
    }
    const std::int64_t messageId = due.columnInt64(0);
    const QJsonObject body = api::parseJsonObject(due.columnText(1));
    const int attempts = int(due.columnInt64(2)) + 1;
    {
        store::Transaction transaction(db);
        m_context.inbox().setDelivery(messageId, model::DeliveryState::Sending, now);
        m_context.inbox().publishMessage(messageId, api::event::MessageChanged);
        transaction.commit();
    }
    m_context.changes().notifyCommitted();
    m_busy = true;
    m_graph.sendMessage(body, [this, messageId, attempts](const GraphReply &reply) {
        m_busy = false;
        const QString wamid = whatsapp::sentMessageId(reply.json);
        if (reply.httpStatus == 200 && !wamid.isEmpty()) {
            onSent(messageId, wamid);
        } else if (const auto error = whatsapp::GraphError::fromJson(reply.json, reply.httpStatus)) {
            onFailed(messageId, attempts, whatsapp::SendFailure::fromGraphError(*error));
        } else {
            onFailed(messageId, attempts, whatsapp::SendFailure::transient(
                                              reply.networkError.isEmpty() ? QStringLiteral("no answer") : reply.networkError));
        }
        kick();
    });
}

void WhatsAppSender::onSent(std::int64_t messageId, const QString &wamid)
{
    store::Database &db = m_context.store().database();
    {
        store::Transaction transaction(db);
        m_context.inbox().setWamid(messageId, wamid);
        const auto message = m_context.inbox().message(messageId);
        // A status webhook may already have moved it further (via the client id).
        if (message && model::deliveryMovesForward(message->state, model::DeliveryState::Sent)) {
            m_context.inbox().setDelivery(messageId, model::DeliveryState::Sent, m_context.clock().nowMs());
        } else {
            db.prepare("UPDATE messages SET send_request = NULL WHERE id = ?").bind(1, messageId).run();
        }
        m_context.inbox().publishMessage(messageId, api::event::MessageChanged);
        transaction.commit();
    }
    setConnection(true, {});
    m_context.changes().notifyCommitted();
}

void WhatsAppSender::onFailed(std::int64_t messageId, int attempts, const whatsapp::SendFailure &failure)
{
    using Kind = whatsapp::SendFailure::Kind;
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    {
        store::Transaction transaction(db);
        if (failure.kind == Kind::RetryLater && attempts < MaxAttempts) {
            m_context.inbox().scheduleRetry(messageId, now + retryDelayMs(attempts));
            m_context.inbox().setDelivery(messageId, model::DeliveryState::Queued, now, failure.code, failure.reason);
        } else {
            m_context.inbox().setDelivery(messageId, model::DeliveryState::Failed, now, failure.code, failure.reason);
        }
        m_context.inbox().publishMessage(messageId, api::event::MessageChanged);
        transaction.commit();
    }
    log::logger("whatsapp")->warn("send of message {} failed: {} (attempt {})", messageId, failure.code.toStdString(), attempts);
    if (failure.kind == Kind::NeedsReauthorisation) {
        setConnection(false, failure.reason);
    }
    m_context.changes().notifyCommitted();
}

void WhatsAppSender::setConnection(bool healthy, const QString &reason)
{
    store::Database &db = m_context.store().database();
    const QString status = healthy ? QStringLiteral("ok") : QStringLiteral("needs_reauthorisation");
    auto current = db.prepare("SELECT status FROM whatsapp_connection WHERE id = 1");
    const QString previous = current.step() ? current.columnText(0) : QStringLiteral("ok");
    if (previous == status) {
        return;
    }
    store::Transaction transaction(db);
    db.prepare("INSERT INTO whatsapp_connection (id, status, reason, changed_at_ms) VALUES (1, ?, ?, ?) "
               "ON CONFLICT(id) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
               "changed_at_ms = excluded.changed_at_ms")
        .bindAll(status, reason, m_context.clock().nowMs())
        .run();
    m_context.events().append(api::event::WhatsAppConnection, audience::All,
                              {{QStringLiteral("status"), status}, {QStringLiteral("reason"), reason}});
    m_context.record(QStringLiteral("system"), healthy ? QStringLiteral("whatsapp.connection_restored")
                                                       : QStringLiteral("whatsapp.reauthorisation_needed"),
                     QStringLiteral("whatsapp"));
    transaction.commit();
}

void WhatsAppSender::markRead(const QString &wamid)
{
    if (!wamid.isEmpty()) {
        m_graph.sendMessage(whatsapp::markReadRequest(wamid), [](const GraphReply &) {});
    }
}

} // namespace cb::server
