#pragma once

#include "server/server_config.h"

#include <QHttpServer>
#include <QObject>

#include <memory>
#include <stdexcept>

namespace cb::server {

class ServerContext;
class ApiRouter;
class EventHub;
class GraphClient;
class WhatsAppSender;
class MediaFetcher;
class SnoozeWaker;

// The server's HTTP(S) front: routes, security headers and the JSON error shape.
// Later features add their routes here; each checks the caller's role itself.
class HttpService : public QObject
{
    Q_OBJECT
public:
    class ListenError : public std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    explicit HttpService(ServerContext &context, QObject *parent = nullptr);
    ~HttpService() override;

    // Binds to the configured address (TLS when a certificate is set) and returns
    // the port actually bound (useful with port 0). Throws ListenError.
    quint16 listen(const ServerConfig &config);

private:
    void addRoutes();
    void loadTls(const ServerConfig &config);

    ServerContext &m_context;
    QHttpServer m_http;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<WhatsAppSender> m_sender;
    std::unique_ptr<MediaFetcher> m_media;
    std::unique_ptr<SnoozeWaker> m_snoozes;
    bool m_tls = false;
};

} // namespace cb::server
