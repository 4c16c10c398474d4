#include "server/http_service.h"

#include "core/api/api_error.h"
#include "server/api_router.h"
#include "server/event_hub.h"
#include "server/graph_client.h"
#include "server/identity_routes.h"
#include "server/inbox_routes.h"
#include "server/media_fetcher.h"
#include "server/snooze_waker.h"
#include "server/webhook_routes.h"
#include "server/whatsapp_sender.h"
#include "server/server_context.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

namespace cb::server {

HttpService::HttpService(ServerContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_router(std::make_unique<ApiRouter>(m_http, context)),
      m_events(std::make_unique<EventHub>(context, m_http)), m_snoozes(std::make_unique<SnoozeWaker>(context))
{
    if (const WhatsAppCredentials *credentials = context.whatsappCredentials()) {
        m_graph = std::make_unique<GraphClient>(context.config().whatsapp, *credentials);
        m_sender = std::make_unique<WhatsAppSender>(context, *m_graph);
        m_media = std::make_unique<MediaFetcher>(context, *m_graph);
        connect(&context.changes(), &ChangeFeed::readReceiptDue, m_sender.get(), &WhatsAppSender::markRead);
    }
    addRoutes();
}

HttpService::~HttpService() = default;

void HttpService::addRoutes()
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const bool storeOk = m_context.store().isHealthy();
        const QJsonObject body{{QStringLiteral("status"), storeOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                               {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                               {QStringLiteral("store"), storeOk ? QStringLiteral("ok") : QStringLiteral("unavailable")}};
        return QHttpServerResponse(body, storeOk ? QHttpServerResponder::StatusCode::Ok
                                                 : QHttpServerResponder::StatusCode::ServiceUnavailable);
    });

    addLoginRoutes(*m_router, m_context);
    addAccountRoutes(*m_router, m_context);
    addStaffRoutes(*m_router, m_context);
    addInboxRoutes(*m_router, m_context);
    addWebhookRoutes(m_http, m_context);
    m_router->verifyComplete();

    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const api::ApiError error{QStringLiteral("not_found"), QStringLiteral("no such endpoint")};
        responder.write(QJsonDocument(error.toJson()), {{"Cache-Control", "no-store"}},
                        QHttpServerResponder::StatusCode::NotFound);
    });

    m_http.afterRequest([this](QHttpServerResponse &&response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (m_tls) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        return std::move(response);
    });
}

void HttpService::loadTls(const ServerConfig &config)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty()) {
        throw ListenError("cannot read TLS certificate " + config.tlsCertificate.toStdString());
    }
    QFile keyFile(config.tlsPrivateKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        throw ListenError("cannot read TLS private key " + config.tlsPrivateKey.toStdString());
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    }
    if (key.isNull()) {
        throw ListenError("TLS private key is not an EC or RSA key in PEM format");
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_http.sslSetup(tls);
    m_tls = true;
}

quint16 HttpService::listen(const ServerConfig &config)
{
    if (config.tlsEnabled()) {
        loadTls(config);
    }
    const quint16 port = m_http.listen(config.address, config.port);
    if (port == 0) {
        throw ListenError("cannot listen on " + config.address.toString().toStdString() + ":" +
                          std::to_string(config.port) + " (address in use or not permitted)");
    }
    return port;
}

} // namespace cb::server
