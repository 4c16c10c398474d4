#pragma once

#include "server/api_response.h"
#include "server/endpoint_catalogue.h"
#include "server/session_registry.h"
#include "server/staff_directory.h"

#include <QHash>
#include <QHttpServer>
#include <QStringList>

#include <functional>

namespace cb::server {

class ServerContext;

// Who is calling: the signed-in staff user and their live session.
struct Caller
{
    StaffUser user;
    SessionInfo session;
    QString actor() const { return QStringLiteral("staff:%1").arg(user.id); }
};

struct ApiRequest
{
    const QHttpServerRequest &http;
    const Caller *caller; // null only on public endpoints
    QStringList args;     // the <arg> parts of the path, in order
    QJsonObject body;     // empty for GET/DELETE
};

using ApiHandler = std::function<QHttpServerResponse(const ApiRequest &)>;

// Binds catalogue endpoints to handlers. Before a handler runs, the router
// authenticates the bearer token (never a URL parameter), checks the session's
// timeouts, the user is still active, and the endpoint's permission against the
// user's roles; it parses JSON bodies and answers errors in the protocol's shape.
class ApiRouter
{
public:
    ApiRouter(QHttpServer &http, ServerContext &context);

    void handle(const char *endpointId, ApiHandler handler);
    // Throws std::logic_error if a catalogue endpoint has no handler.
    void verifyComplete() const;

private:
    QHttpServerResponse dispatch(const Endpoint &endpoint, const QHttpServerRequest &request, QStringList args);

    QHttpServer &m_http;
    ServerContext &m_context;
    QHash<QString, ApiHandler> m_handlers;
};

} // namespace cb::server
