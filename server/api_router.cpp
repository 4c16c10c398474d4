#include "server/api_router.h"

#include "server/server_context.h"

#include <stdexcept>

namespace cb::server {

namespace {
QByteArray bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
}

QString sessionEndCode(SessionRegistry::Status status)
{
    switch (status) {
    case SessionRegistry::Status::IdleTimeout: return QStringLiteral("session_idle_timeout");
    case SessionRegistry::Status::AbsoluteTimeout: return QStringLiteral("session_expired");
    case SessionRegistry::Status::Ended: return QStringLiteral("session_ended");
    case SessionRegistry::Status::Unknown:
    case SessionRegistry::Status::Valid: break;
    }
    return QStringLiteral("unauthenticated");
}
} // namespace

ApiRouter::ApiRouter(QHttpServer &http, ServerContext &context) : m_http(http), m_context(context) {}

void ApiRouter::handle(const char *endpointId, ApiHandler handler)
{
    const Endpoint &endpoint = endpointById(endpointId);
    m_handlers.insert(QString::fromLatin1(endpoint.id), std::move(handler));
    const QString path = QString::fromLatin1(endpoint.path);
    switch (path.count(QStringLiteral("<arg>"))) {
    case 0:
        m_http.route(path, endpoint.method,
                     [this, &endpoint](const QHttpServerRequest &request) { return dispatch(endpoint, request, {}); });
        break;
    case 1:
        m_http.route(path, endpoint.method, [this, &endpoint](const QString &arg, const QHttpServerRequest &request) {
            return dispatch(endpoint, request, {arg});
        });
        break;
    default: throw std::logic_error("endpoints take at most one path argument");
    }
}

void ApiRouter::verifyComplete() const
{
    for (const Endpoint &endpoint : endpointCatalogue()) {
        if (!m_handlers.contains(QString::fromLatin1(endpoint.id))) {
            throw std::logic_error(std::string("endpoint without a handler: ") + endpoint.id);
        }
    }
}

QHttpServerResponse ApiRouter::dispatch(const Endpoint &endpoint, const QHttpServerRequest &request, QStringList args)
{
    QJsonObject body;
    if (endpoint.method == QHttpServerRequest::Method::Post) {
        const auto parsed = jsonBody(request);
        if (!parsed) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("the body must be a JSON object of at most 64 KiB"));
        }
        body = *parsed;
    }
    const ApiHandler &handler = m_handlers[QString::fromLatin1(endpoint.id)];
    if (!endpoint.permission) {
        return handler({request, nullptr, args, body});
    }

    const auto lookup = m_context.sessions().authenticate(bearerToken(request), endpoint.userActivity);
    if (lookup.status != SessionRegistry::Status::Valid) {
        return errorResponse(Status::Unauthorized, sessionEndCode(lookup.status), QStringLiteral("sign in again"));
    }
    const auto user = m_context.staff().findById(lookup.session.userId);
    if (!user || !user->active) {
        m_context.sessions().end(lookup.session.id, QStringLiteral("user_disabled"));
        return errorResponse(Status::Unauthorized, QStringLiteral("session_ended"), QStringLiteral("sign in again"));
    }
    // Sessions are bound to the workstation that signed in: a token from another
    // device is treated as stolen and the session ends.
    if (request.value("X-Carebridge-Device") != lookup.session.deviceId.toUtf8()) {
        m_context.sessions().end(lookup.session.id, QStringLiteral("device_mismatch"));
        m_context.record(QStringLiteral("staff:%1").arg(user->id), QStringLiteral("session.device_mismatch"),
                         QStringLiteral("session:") + lookup.session.id, {{QStringLiteral("address"), request.remoteAddress().toString()}});
        return errorResponse(Status::Unauthorized, QStringLiteral("session_ended"), QStringLiteral("sign in again"));
    }
    const Caller caller{*user, lookup.session};
    if (!policy::rolesAllow(user->roles, *endpoint.permission)) {
        m_context.record(caller.actor(), QStringLiteral("access.denied"), QString::fromLatin1(endpoint.id),
                         {{QStringLiteral("permission"), QLatin1String(policy::permissionName(*endpoint.permission))}});
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"),
                             QStringLiteral("your role does not allow this"));
    }
    return handler({request, &caller, args, body});
}

} // namespace cb::server
