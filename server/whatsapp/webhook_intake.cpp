#include "server/whatsapp/webhook_intake.h"

#include "core/crypto/keyed_hash.h"
#include "core/log/logging.h"
#include "core/store/savepoint.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/whatsapp/webhook_signature.h"
#include "server/http/api_router.h"
#include "server/server_context.h"
#include "server/whatsapp/webhook_ingest.h"

#include <QJsonArray>
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
    // A delivery without Meta's signature header cannot be Meta's: it gets
    // room for a small body only (read and refused 401). The signature itself
    // needs the body and is checked after.
    const qsizetype limit = context.config().whatsapp.maxWebhookBytes;
    routes.add(http::Method::Post, QStringLiteral("/webhooks/whatsapp"),
               [this](const HttpRequest &request, const QStringList &, const http::Responder &responder) {
                   deliver(request, responder);
               },
               [limit](const http::HttpRouter::HeaderValue &header) -> qsizetype {
                   const QByteArray signature = header("x-hub-signature-256");
                   return signature.size() == 71 && signature.startsWith("sha256=") ? limit : std::min<qsizetype>(limit, 1024);
               });
    routes.setReservedPath(QStringLiteral("/webhooks/whatsapp"));
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
    if (int(m_queue.size()) >= MaxQueue) {
        metrics.deliveriesRetryLater.fetch_add(1);
        responder.send(retryLater());
        return;
    }
    Pending pending{whatsapp::parseWebhook(QJsonDocument::fromJson(request.body()).object()), {}, responder,
                    std::chrono::steady_clock::now()};
    if (!pending.delivery) {
        pending.unreadableBody = request.body(); // signed by Meta, but not a delivery: kept whole as a dead letter
    }
    m_queue.push_back(std::move(pending));
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
        WebhookIngest ingest(m_context.store().database(), m_context.inbox(), m_context.audit(), m_context.deadLetters(),
                             m_context.config().whatsapp.phoneNumberId);
        for (std::size_t i = 0; i < group.size(); ++i) {
            try {
                store::Savepoint part(m_context.store().database());
                if (group[i].delivery) {
                    ingest.ingest(*group[i].delivery, total);
                } else {
                    ingest.keepUnreadableBody(group[i].unreadableBody, total);
                }
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
        metrics.deadLetters.fetch_add(std::uint64_t(total.deadLetters));
        metrics.otherNumberEntries.fetch_add(std::uint64_t(total.otherNumber));
        m_context.changes().notifyCommitted();
        log::logger("webhook")->debug("{} deliveries committed together: {} messages stored, {} duplicates, {} statuses applied",
                                     count, total.messagesStored, total.duplicates, total.statusesApplied);
    }
    if (!m_queue.empty() && !m_drainScheduled) {
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &WebhookIntake::drain);
    }
}

int reprocessDeadLetters(ServerContext &context)
{
    int applied = 0;
    store::Database &db = context.store().database();
    for (const DeadLetters::Pending &letter : context.deadLetters().pending(1000)) {
        const auto delivery = whatsapp::parseWebhook(QJsonDocument::fromJson(letter.payload).object());
        bool done = false;
        if (delivery && delivery->unreadable.isEmpty()) {
            store::Transaction transaction(db);
            WebhookIngest::Result result;
            WebhookIngest ingest(db, context.inbox(), context.audit(), context.deadLetters(),
                                 context.config().whatsapp.phoneNumberId);
            ingest.ingest(*delivery, result);
            if (result.deadLetters == 0) { // otherwise it rolls back: it failed again, as it was
                context.deadLetters().markReprocessed(letter.id);
                transaction.commit();
                done = true;
            }
        }
        if (!done) {
            store::Transaction transaction(db);
            context.deadLetters().countAttempt(letter.id); // this version cannot apply it either
            transaction.commit();
        }
        applied += done ? 1 : 0;
    }
    context.changes().notifyCommitted();
    return applied;
}

void addDeadLetterRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("dead_letters.list", [&context](const ApiRequest &request) {
        const int offset = std::max(0, request.http.query().queryItemValue(QStringLiteral("offset")).toInt());
        QJsonArray letters;
        for (const DeadLetters::Entry &entry : context.deadLetters().list(200, offset)) {
            letters.append(QJsonObject{{QStringLiteral("id"), qint64(entry.id)},
                                       {QStringLiteral("received_at_ms"), qint64(entry.receivedAtMs)},
                                       {QStringLiteral("reason"), entry.reason},
                                       {QStringLiteral("state"), entry.state},
                                       {QStringLiteral("attempts"), entry.attempts},
                                       {QStringLiteral("bytes"), qint64(entry.bytes)}});
        }
        return jsonResponse({{QStringLiteral("dead_letters"), letters},
                             {QStringLiteral("pending"), context.deadLetters().pendingCount()}});
    });
    router.handle("dead_letters.reprocess", [&context](const ApiRequest &request) {
        if (!context.whatsappCredentials()) {
            return errorResponse(Status::Conflict, QStringLiteral("whatsapp_not_configured"),
                                 QStringLiteral("WhatsApp is not set up on this server"));
        }
        const int applied = reprocessDeadLetters(context);
        context.record(request.caller->actor(), QStringLiteral("dead_letters.reprocess"), QStringLiteral("dead_letters"),
                       {{QStringLiteral("applied"), applied}});
        return jsonResponse({{QStringLiteral("applied"), applied},
                             {QStringLiteral("pending"), context.deadLetters().pendingCount()}});
    });
}

} // namespace cb::server
