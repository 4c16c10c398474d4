#pragma once

#include "server/http/api_response.h"
#include "server/http/endpoint_catalogue.h"
#include "server/http/http_router.h"
#include "server/identity/session_registry.h"
#include "server/identity/staff_directory.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

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
    const HttpRequest &http;
    const Caller *caller; // null only on public endpoints
    QStringList args;     // the <arg> parts of the path, in order
    QJsonObject body;     // empty for GET/DELETE

    // The path's <arg> as a row id; 0 when it is not a positive number.
    std::int64_t pathId() const
    {
        bool ok = false;
        const std::int64_t id = args.value(0).toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }
};

// Answers at once.
using ApiHandler = std::function<HttpResponse(const ApiRequest &)>;
// May answer later (after slow work elsewhere): copy what you need from the
// request, it does not outlive the call.
using AsyncApiHandler = std::function<void(const ApiRequest &, const http::Responder &)>;

// Binds catalogue endpoints to handlers. Before a handler runs, the router
// authenticates the bearer token (never a URL parameter), checks the session's
// timeouts, the user is still active, and the endpoint's permission against the
// user's roles; it parses JSON bodies and answers errors in the protocol's shape.
class ApiRouter
{
public:
    ApiRouter(http::HttpRouter &routes, ServerContext &context);

    void handle(const char *endpointId, ApiHandler handler);
    void handleAsync(const char *endpointId, AsyncApiHandler handler);
    // Throws std::logic_error if a catalogue endpoint has no handler.
    void verifyComplete() const;

private:
    void dispatch(const Endpoint &endpoint, const HttpRequest &request, const QStringList &args,
                  const AsyncApiHandler &handler, const http::Responder &responder);
    // The session, the person, the device binding, the role, the lock, step-up: a refusal, or nothing.
    std::optional<HttpResponse> authorise(const Endpoint &endpoint, const HttpRequest &request, std::optional<Caller> *caller);
    // Strict parse and field schema: the object, or the 400 to answer. Thread-safe.
    static std::variant<QJsonObject, HttpResponse> parseBody(const Endpoint &endpoint, const QByteArray &body);
    void withBody(const HttpRequest &request, const QStringList &args,
                  const std::optional<Caller> &caller, bool userActivity, std::variant<QJsonObject, HttpResponse> body,
                  const AsyncApiHandler &handler, const http::Responder &responder);
    http::HttpRouter::BodyLimitRule bodyLimitRule(const Endpoint &endpoint) const;

    http::HttpRouter &m_routes;
    ServerContext &m_context;
    QSet<QString> m_handled;
};

} // namespace cb::server
