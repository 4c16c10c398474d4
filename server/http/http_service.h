#pragma once

#include "server/config/server_config.h"
#include "server/http/body_budget.h"
#include "server/http/edge.h"
#include "server/http/http_router.h"

#include <QObject>

#include <memory>

namespace cb::server {

class ServerContext;
class ApiRouter;
class EventHub;
class GraphClient;
class WhatsAppSender;
class MediaFetcher;
class SnoozeWaker;
class WebhookIntake;

// The running server's parts around the context: the routes, the event hub,
// the WhatsApp workers, and the edge that serves them. Declared so that the
// edge is destroyed last: everything that may still hold a responder goes first.
class HttpService : public QObject
{
    Q_OBJECT
public:
    using ListenError = http::Edge::ListenError;

    explicit HttpService(ServerContext &context, QObject *parent = nullptr);
    ~HttpService() override;

    // Binds to the configured address (TLS when a certificate is set) and returns
    // the port actually bound (useful with port 0). Throws ListenError.
    quint16 listen(const ServerConfig &config);
    // The patient portal's own listener, when [portal] is configured; returns the
    // port bound (0 when there is no portal). Throws ListenError.
    quint16 listenPortal(const ServerConfig &config);
    // SIGHUP (`systemctl reload`): new connections get the certificate and key
    // now on disk (a renewal); open ones keep theirs. Throws ListenError when the
    // files do not load, and the old ones keep serving.
    void reloadTls(const ServerConfig &config);
    // SIGTERM: stop accepting, let answered-to-be requests and pending commits
    // finish (at most `deadlineMs`), close the event streams. Runs the event loop.
    void drain(int deadlineMs);

private:
    void addRoutes();

    ServerContext &m_context;
    http::BodyBudget m_bodies; // one budget for the bodies in flight on both listeners
    http::HttpRouter m_routes;
    http::HttpRouter m_portalRoutes; // patients reach only these
    std::unique_ptr<http::Edge> m_edge;
    std::unique_ptr<http::Edge> m_portalEdge;
    std::unique_ptr<ApiRouter> m_api;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<WhatsAppSender> m_sender;
    std::unique_ptr<MediaFetcher> m_media;
    std::unique_ptr<SnoozeWaker> m_snoozes;
    std::unique_ptr<WebhookIntake> m_webhooks;
};

} // namespace cb::server
