#include "server/http/http_service.h"

#include "server/audit/audit_routes.h"

#include "core/log/logging.h"
#include "server/admin/records_routes.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/inbox/canned_replies.h"
#include "server/inbox/inbox_search.h"
#include "server/inbox/mentions.h"
#include "server/inbox/event_hub.h"
#include "server/inbox/inbox_routes.h"
#include "server/inbox/snooze_waker.h"
#include "server/portal/escalation_routes.h"
#include "server/portal/portal_routes.h"
#include "server/server_context.h"
#include "server/whatsapp/graph_client.h"
#include "server/whatsapp/media_fetcher.h"
#include "server/whatsapp/webhook_intake.h"
#include "server/whatsapp/whatsapp_sender.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QTimer>

namespace cb::server {

HttpService::HttpService(ServerContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_bodies(context.config().limits.bodyMemoryBytes), m_api(std::make_unique<ApiRouter>(m_routes, context)),
      m_events(std::make_unique<EventHub>(context)), m_snoozes(std::make_unique<SnoozeWaker>(context))
{
    if (const WhatsAppCredentials *credentials = context.whatsappCredentials()) {
        m_graph = std::make_unique<GraphClient>(context.config().whatsapp, *credentials);
        m_sender = std::make_unique<WhatsAppSender>(context, *m_graph);
        m_media = std::make_unique<MediaFetcher>(context, *m_graph);
        connect(&context.changes(), &ChangeFeed::readReceiptDue, m_sender.get(), &WhatsAppSender::markRead);
    }
    context.metrics().senderBacklog = [&context] {
        return context.store().database().queryInt("SELECT count(*) FROM messages WHERE send_request IS NOT NULL");
    };
    addRoutes();
    m_edge = std::make_unique<http::Edge>(m_routes, *m_events, context.metrics(), context.config().limits, m_bodies);
    if (context.config().portal.enabled()) {
        // No WebSocket path on this router: the portal's edge serves pages only.
        m_portalEdge = std::make_unique<http::Edge>(m_portalRoutes, *m_events, context.metrics(), context.config().limits, m_bodies);
    }
    // Sign-in failures that name no account are written as a tally once a minute.
    auto *tally = new QTimer(this);
    tally->setInterval(FailureTally::PeriodMs);
    connect(tally, &QTimer::timeout, this, [&context] { context.auth().flushFailureTally(); });
    tally->start();
}

HttpService::~HttpService()
{
    m_context.metrics().senderBacklog = {};
    // Everything that may hold a responder or a stream peer goes before the edge.
    m_context.passwords().stop();
    m_context.readers().stop();
    m_context.bodyParsers().stop();
    m_webhooks.reset();
    m_events.reset();
    m_portalEdge.reset();
    m_edge.reset();
}

void HttpService::addRoutes()
{
    m_routes.addSimple(http::Method::Get, QStringLiteral("/healthz"), [this](const HttpRequest &, const QStringList &) {
        const bool storeOk = m_context.store().isHealthy();
        const QJsonObject body{{QStringLiteral("status"), storeOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                               {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                               // The sign-in page names the clinic (public, as on the portal).
                               {QStringLiteral("clinic"), m_context.config().clinicName},
                               {QStringLiteral("store"), storeOk ? QStringLiteral("ok") : QStringLiteral("unavailable")}};
        return HttpResponse(body, storeOk ? Status::Ok : Status::ServiceUnavailable);
    });
    // Operational counts only (no patient data), for a scraper on this machine.
    m_routes.addSimple(http::Method::Get, QStringLiteral("/metrics"), [this](const HttpRequest &request, const QStringList &) {
        if (!request.remoteAddress().isLoopback()) {
            return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("metrics are served on loopback only"));
        }
        return HttpResponse(QByteArrayLiteral("text/plain; version=0.0.4"), m_context.metrics().render());
    });

    addLoginRoutes(*m_api, m_context);
    addAccountRoutes(*m_api, m_context);
    addStaffRoutes(*m_api, m_context);
    addAuditRoutes(*m_api, m_context);
    addSessionAdminRoutes(*m_api, m_context);
    addInboxRoutes(*m_api, m_context);
    addCannedReplyRoutes(*m_api, m_context);
    addMentionRoutes(*m_api, m_context);
    addSearchRoutes(*m_api, m_context);
    addDeadLetterRoutes(*m_api, m_context);
    addEscalationRoutes(*m_api, m_context);
    addRecordsRoutes(*m_api, m_context);
    if (m_context.config().portal.enabled()) {
        addPortalRoutes(m_portalRoutes, m_context);
    }
    m_webhooks = std::make_unique<WebhookIntake>(m_context, m_routes);
    m_routes.setWebSocketPath(QStringLiteral("/api/v1/events"));
    m_routes.addSimple(http::Method::Get, QStringLiteral("/api/v1/events"), [](const HttpRequest &, const QStringList &) {
        return errorResponse(Status::UpgradeRequired, QStringLiteral("upgrade_required"),
                             QStringLiteral("open this endpoint as a WebSocket"));
    });
    m_api->verifyComplete();
}

quint16 HttpService::listen(const ServerConfig &config)
{
    std::optional<http::TlsFiles> tls;
    if (config.tlsEnabled()) {
        tls = http::TlsFiles{config.tlsCertificate, config.tlsPrivateKey};
    }
    m_routes.setTls(config.tlsEnabled());
    return m_edge->listen(config.address, config.port, tls);
}

quint16 HttpService::listenPortal(const ServerConfig &config)
{
    if (!m_portalEdge) {
        return 0;
    }
    std::optional<http::TlsFiles> tls;
    if (!config.portal.tlsCertificate.isEmpty()) {
        tls = http::TlsFiles{config.portal.tlsCertificate, config.portal.tlsPrivateKey};
    }
    return m_portalEdge->listen(config.portal.address, config.portal.port, tls);
}

void HttpService::reloadTls(const ServerConfig &config)
{
    if (config.tlsEnabled()) {
        m_edge->reloadTls({config.tlsCertificate, config.tlsPrivateKey});
    }
    if (m_portalEdge && !config.portal.tlsCertificate.isEmpty()) {
        m_portalEdge->reloadTls({config.portal.tlsCertificate, config.portal.tlsPrivateKey});
    }
}

void HttpService::drain(int deadlineMs)
{
    m_edge->stopAccepting();
    if (m_portalEdge) {
        m_portalEdge->stopAccepting();
    }
    const auto inFlight = [this] { return m_edge->inFlight() + (m_portalEdge ? m_portalEdge->inFlight() : 0); };
    const QDeadlineTimer deadline(deadlineMs);
    while ((inFlight() > 0 || m_webhooks->queued() > 0) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    m_events->closeAll();
    const QDeadlineTimer closing(500);
    while (m_events->connectionCount() > 0 && !closing.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    log::logger("server")->info("drained: {} requests still in flight", inFlight());
    if (m_portalEdge) {
        m_portalEdge->stop();
    }
    m_edge->stop();
}

} // namespace cb::server
