#include "server/webhook_routes.h"

#include "core/crypto/keyed_hash.h"
#include "core/log/logging.h"
#include "core/store/store_error.h"
#include "core/whatsapp/webhook_payload.h"
#include "core/whatsapp/webhook_signature.h"
#include "server/api_response.h"
#include "server/server_context.h"
#include "server/webhook_ingest.h"

#include <QHttpServer>
#include <QJsonDocument>

namespace cb::server {

namespace {
QHttpServerResponse plain(const QByteArray &text, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), text, status);
}

// GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… → the challenge.
QHttpServerResponse verify(ServerContext &context, const QHttpServerRequest &request)
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
    return plain(query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8(), Status::Ok);
}

// 200 only once the whole delivery is committed: a failure before that makes
// Meta retry, and the wamid constraint makes the retry harmless.
QHttpServerResponse deliver(ServerContext &context, const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > context.config().whatsapp.maxWebhookBytes) {
        return plain("payload too large", Status::PayloadTooLarge);
    }
    QByteArray secret = exposeSecret(context.whatsappCredentials()->appSecret());
    const bool signedByMeta = whatsapp::signatureMatches(secret, body, request.value("X-Hub-Signature-256"));
    wipe(secret);
    if (!signedByMeta) {
        log::logger("webhook")->warn("delivery with a bad signature refused from {}", request.remoteAddress().toString().toStdString());
        return plain("bad signature", Status::Unauthorized);
    }
    const auto delivery = whatsapp::parseWebhook(QJsonDocument::fromJson(body).object());
    if (!delivery) {
        return plain("not a WhatsApp Business Account delivery", Status::BadRequest);
    }
    try {
        WebhookIngest ingest(context.store().database(), context.inbox(), context.audit());
        const auto result = ingest.ingest(*delivery);
        log::logger("webhook")->info("delivery: {} messages stored, {} duplicates, {} statuses applied, {} ignored",
                                     result.messagesStored, result.duplicates, result.statusesApplied, result.statusesIgnored);
    } catch (const store::StoreError &error) {
        log::logger("webhook")->error("delivery not stored, Meta will retry: {}", error.what());
        return plain("try again", Status::ServiceUnavailable);
    }
    context.changes().notifyCommitted();
    return plain("ok", Status::Ok);
}
} // namespace

void addWebhookRoutes(QHttpServer &http, ServerContext &context)
{
    if (!context.whatsappCredentials()) {
        return;
    }
    http.route(QStringLiteral("/webhooks/whatsapp"), QHttpServerRequest::Method::Get,
               [&context](const QHttpServerRequest &request) { return verify(context, request); });
    http.route(QStringLiteral("/webhooks/whatsapp"), QHttpServerRequest::Method::Post,
               [&context](const QHttpServerRequest &request) { return deliver(context, request); });
}

} // namespace cb::server
