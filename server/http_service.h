#pragma once

#include "server/server_config.h"

#include <QHttpServer>
#include <QObject>

#include <stdexcept>

namespace cb::server {

class ServerStore;

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

    explicit HttpService(ServerStore &store, QObject *parent = nullptr);

    // Binds to the configured address (TLS when a certificate is set) and returns
    // the port actually bound (useful with port 0). Throws ListenError.
    quint16 listen(const ServerConfig &config);

private:
    void addRoutes();
    void loadTls(const ServerConfig &config);

    ServerStore &m_store;
    QHttpServer m_http;
    bool m_tls = false;
};

} // namespace cb::server
