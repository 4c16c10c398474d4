#include "server/whatsapp/webhook_intake.h"

#include "core/crypto/keyed_hash.h"
#include "core/log/logging.h"
#include "core/store/savepoint.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/whatsapp/webhook_signature.h"
#include "server/http/api_response.h"
#include "server/server_context.h"
#include "server/whatsapp/webhook_ingest.h"

#include <QJsonDocument>
#include <QTimer>

namespace cb::server {

namespace {
HttpResponse plain(const QByteArray &text, Status status)
{
    return HttpResponse(QByteArrayLiteral("text/plain"), text, status);
}

HttpResponse retryLater()
{
    HttpResponse response = plain("try again", Status::ServiceUnavailable);
    response.setHeader("Retry-After", "1");
    return response;
}

// GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… → the challenge.
HttpResponse verify(ServerContext &context, const HttpRequest &request)
{
    const QUrlQuery query = request.query();
    QByteArray expected = exposeSecret(context.whatsappCredentials()->verifyToken());
    const bool match = query.queryItemValue(QStringLiteral("hub.mode")) == QLatin1String("subscribe") &&
                       crypto::constantTimeEquals(query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8(), expected);
    wipe(expected);
    if (!match) {
        log::logger("webhook")->warn("verification handshake refused");
        return plain("forbidden", Status::Forbidden);
    }
    return plain(query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8().left(256), Status::Ok);
}
} // namespace

WebhookIntake::WebhookIntake(ServerContext &context, http::HttpRouter &routes, QObject *parent)
    : QObject(parent), m_context(context)
{
    if (!context.whatsappCredentials()) {
        return;
    }
    routes.addSimple(http::Method::Get, QStringLiteral("/webhooks/whatsapp"),
                     [&context](const HttpRequest &request, const QStringList &) { return verify(context, request); });
    routes.add(http::Method::Post, QStringLiteral("/webhooks/whatsapp"),
               [this](const HttpRequest &request, const QStringList &, const http::Responder &responder) {
                   deliver(request, responder);
               },
               context.config().whatsapp.maxWebhookBytes);
}

void WebhookIntake::deliver(const HttpRequest &request, const http::Responder &responder)
{
    Metrics &metrics = m_context.metrics();
    QByteArray secret = exposeSecret(m_context.whatsappCredentials()->appSecret());
    const bool signedByMeta = whatsapp::signatureMatches(secret, request.body(), request.value("X-Hub-Signature-256"));
    wipe(secret);
    if (!signedByMeta) {
        metrics.deliveriesRefused.fetch_add(1);
        log::logger("webhook")->warn("delivery with a bad signature refused from {}", request.remoteAddress().toString().toStdString());
        responder.send(plain("bad signature", Status::Unauthorized));
        return;
    }
    auto delivery = whatsapp::parseWebhook(QJsonDocument::fromJson(request.body()).object());
    if (!delivery) {
        responder.send(plain("not a WhatsApp Business Account delivery", Status::BadRequest));
        return;
    }
    if (int(m_queue.size()) >= MaxQueue) {
        metrics.deliveriesRetryLater.fetch_add(1);
        responder.send(retryLater());
        return;
    }
    m_queue.push_back({std::move(*delivery), responder, std::chrono::steady_clock::now()});
    metrics.writerQueue.store(qint64(m_queue.size()));
    if (!m_drainScheduled) {
        // Queued behind the requests already waiting on this thread, so all of
        // them join the group.
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &WebhookIntake::drain);
    }
}

void WebhookIntake::drain()
{
    m_drainScheduled = false;
    const int count = std::min<int>(MaxGroup, int(m_queue.size()));
    if (count == 0) {
        return;
    }
    std::vector<Pending> group;
    group.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        group.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    Metrics &metrics = m_context.metrics();
    metrics.writerQueue.store(qint64(m_queue.size()));
    metrics.groupSize.observe(count);

    std::vector<bool> stored(group.size(), false);
    WebhookIngest::Result total;
    bool committed = false;
    try {
        store::Transaction transaction(m_context.store().database());
        WebhookIngest ingest(m_context.store().database(), m_context.inbox(), m_context.audit());
        for (std::size_t i = 0; i < group.size(); ++i) {
            try {
                store::Savepoint part(m_context.store().database());
                ingest.ingest(group[i].delivery, total);
                part.release();
                stored[i] = true;
            } catch (const store::StoreError &error) {
                log::logger("webhook")->error("delivery not stored, Meta will retry: {}", error.what());
            }
        }
        transaction.commit();
        committed = true;
    } catch (const store::StoreError &error) {
        log::logger("webhook")->error("{} deliveries not committed, Meta will retry: {}", count, error.what());
    }

    const auto now = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < group.size(); ++i) {
        const bool ok = committed && stored[i];
        (ok ? metrics.deliveries : metrics.deliveriesRetryLater).fetch_add(1);
        metrics.ackSeconds.observe(std::chrono::duration<double>(now - group[i].arrived).count());
        group[i].responder.send(ok ? plain("ok", Status::Ok) : retryLater());
    }
    if (committed) {
        metrics.messagesStored.fetch_add(std::uint64_t(total.messagesStored));
        metrics.duplicates.fetch_add(std::uint64_t(total.duplicates));
        metrics.statusesApplied.fetch_add(std::uint64_t(total.statusesApplied));
        m_context.changes().notifyCommitted();
        log::logger("webhook")->info("{} deliveries committed together: {} messages stored, {} duplicates, {} statuses applied",
                                     count, total.messagesStored, total.duplicates, total.statusesApplied);
    }
    if (!m_queue.empty() && !m_drainScheduled) {
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &WebhookIntake::drain);
    }
}

} // namespace cb::server
