#include "server/http/api_router.h"

#include "server/http/body_schema.h"
#include "server/server_context.h"

#include <stdexcept>

namespace cb::server {

namespace {
QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
}

// What a locked session may still do: unlock, sign out, say it is locked, and
// read who it is (the lock screen shows the name).
bool worksWhileLocked(const Endpoint &endpoint)
{
    static const QSet<QByteArray> allowed{"me.get", "me.lock", "me.unlock", "me.logout"};
    return allowed.contains(QByteArray(endpoint.id));
}

// Why the session is over. A wiped workstation or a disabled account is named,
// so a desktop that was locked (no event stream) still deletes its cache files.
QString sessionEndCode(const SessionRegistry::Lookup &lookup)
{
    if (lookup.status == SessionRegistry::Status::Ended &&
        (lookup.endReason == QLatin1String("device_wiped") || lookup.endReason == QLatin1String("user_disabled"))) {
        return lookup.endReason;
    }
    switch (lookup.status) {
    case SessionRegistry::Status::IdleTimeout: return QStringLiteral("session_idle_timeout");
    case SessionRegistry::Status::AbsoluteTimeout: return QStringLiteral("session_expired");
    case SessionRegistry::Status::Ended: return QStringLiteral("session_ended");
    case SessionRegistry::Status::Unknown:
    case SessionRegistry::Status::Valid: break;
    }
    return QStringLiteral("unauthenticated");
}
} // namespace

ApiRouter::ApiRouter(http::HttpRouter &routes, ServerContext &context) : m_routes(routes), m_context(context) {}

void ApiRouter::handle(const char *endpointId, ApiHandler handler)
{
    handleAsync(endpointId, [handler = std::move(handler)](const ApiRequest &request, const http::Responder &responder) {
        responder.send(handler(request));
    });
}

void ApiRouter::handleAsync(const char *endpointId, AsyncApiHandler handler)
{
    const Endpoint &endpoint = endpointById(endpointId);
    if (QLatin1String(endpoint.path).count(QLatin1String("<arg>")) > 1) {
        throw std::logic_error("endpoints take at most one path argument");
    }
    m_handled.insert(QString::fromLatin1(endpoint.id));
    m_routes.add(endpoint.method, QString::fromLatin1(endpoint.path),
                 [this, &endpoint, handler = std::move(handler)](const HttpRequest &request, const QStringList &args,
                                                                 const http::Responder &responder) {
                     dispatch(endpoint, request, args, handler, responder);
                 },
                 bodyLimitRule(endpoint));
}

// Decided on an I/O thread from the headers alone: an endpoint that needs a
// session gives its full room only to a token that may be live.
http::HttpRouter::BodyLimitRule ApiRouter::bodyLimitRule(const Endpoint &endpoint) const
{
    if (!endpoint.permission) {
        return [limit = endpoint.bodyLimit](const http::HttpRouter::HeaderValue &) { return limit; };
    }
    const http::LiveTokenIndex &live = m_context.sessions().liveTokens();
    const platform::Clock &clock = m_context.clock();
    return [&live, &clock, limit = endpoint.bodyLimit](const http::HttpRouter::HeaderValue &header) {
        const QByteArray authorization = header("authorization");
        const bool mayBeLive = authorization.startsWith("Bearer ") && live.mayBeLive(authorization.mid(7).trimmed(), clock.nowMs());
        return mayBeLive ? limit : std::min(limit, AnonymousBodyLimit);
    };
}

void ApiRouter::verifyComplete() const
{
    for (const Endpoint &endpoint : endpointCatalogue()) {
        if (!m_handled.contains(QString::fromLatin1(endpoint.id))) {
            throw std::logic_error(std::string("endpoint without a handler: ") + endpoint.id);
        }
    }
}

void ApiRouter::dispatch(const Endpoint &endpoint, const HttpRequest &request, const QStringList &args,
                         const AsyncApiHandler &handler, const http::Responder &responder)
{
    const auto answer = [&responder](HttpResponse response) { responder.send(std::move(response)); };
    // Who is calling comes first: a stranger's body is never parsed.
    std::optional<Caller> caller;
    if (endpoint.permission) {
        if (auto refusal = authorise(endpoint, request, &caller)) {
            return answer(std::move(*refusal));
        }
    }
    if (endpoint.method != http::Method::Post || request.body().size() <= ParseOffThreadBytes) {
        return withBody(request, args, caller, endpoint.userActivity,
                        endpoint.method == http::Method::Post ? parseBody(endpoint, request.body()) : QJsonObject(), handler,
                        responder);
    }
    // A large body (an attachment) is parsed on a worker; the rest continues here
    // after, with the caller checked again (the session may have ended meanwhile).
    auto parsed = std::make_shared<std::variant<QJsonObject, HttpResponse>>();
    auto kept = std::make_shared<HttpRequest>(request);
    const bool queued = m_context.bodyParsers().submit(
        {[parsed, kept, &endpoint](int) { *parsed = parseBody(endpoint, kept->body()); },
         [this, parsed, kept, args, &endpoint, handler, responder] {
             std::optional<Caller> stillCalling;
             if (auto refusal = authorise(endpoint, *kept, &stillCalling)) {
                 return responder.send(std::move(*refusal));
             }
             withBody(*kept, args, stillCalling, endpoint.userActivity, std::move(*parsed), handler, responder);
         }});
    if (!queued) {
        answer(busyResponse(QStringLiteral("busy"), QStringLiteral("the server is busy; try again"), 1));
    }
}

std::variant<QJsonObject, HttpResponse> ApiRouter::parseBody(const Endpoint &endpoint, const QByteArray &body)
{
    if (body.isEmpty()) {
        return QJsonObject();
    }
    QString problem;
    const auto parsed = parseJsonBody(body, &problem, endpoint.bodyLimit);
    if (!parsed) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), problem);
    }
    if (const auto wrong = bodyProblem(endpoint.id, *parsed)) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"), *wrong);
    }
    return *parsed;
}

void ApiRouter::withBody(const HttpRequest &request, const QStringList &args,
                         const std::optional<Caller> &caller, bool userActivity, std::variant<QJsonObject, HttpResponse> body,
                         const AsyncApiHandler &handler, const http::Responder &responder)
{
    if (auto *refusal = std::get_if<HttpResponse>(&body)) {
        return responder.send(std::move(*refusal));
    }
    if (caller && userActivity) {
        m_context.sessions().touch(caller->session.id);
    }
    handler({request, caller ? &*caller : nullptr, args, std::get<QJsonObject>(std::move(body))}, responder);
}

std::optional<HttpResponse> ApiRouter::authorise(const Endpoint &endpoint, const HttpRequest &request, std::optional<Caller> *caller)
{
    // The idle clock restarts only for a request that is answered (withBody), not for a refused one.
    const auto lookup = m_context.sessions().authenticate(bearerToken(request), false);
    if (lookup.status != SessionRegistry::Status::Valid) {
        return errorResponse(Status::Unauthorized, sessionEndCode(lookup), QStringLiteral("sign in again"));
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
    caller->emplace(Caller{*user, lookup.session});
    if (!policy::rolesAllow(user->roles, *endpoint.permission)) {
        m_context.record((*caller)->actor(), QStringLiteral("access.denied"), QString::fromLatin1(endpoint.id),
                         {{QStringLiteral("permission"), QLatin1String(policy::permissionName(*endpoint.permission))}});
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("your role does not allow this"));
    }
    // A locked workstation reads and changes nothing until the person unlocks it:
    // a token copied from it is worth nothing meanwhile.
    if (lookup.session.lockedAtMs != 0 && !worksWhileLocked(endpoint)) {
        return errorResponse(Status::Forbidden, QStringLiteral("session_locked"), QStringLiteral("unlock with your password first"));
    }
    // A password an admin set is for one sign-in: until the person picks their
    // own, only their own account is reachable.
    if (user->mustChangePassword && *endpoint.permission != policy::Permission::UseOwnAccount) {
        return errorResponse(Status::Forbidden, QStringLiteral("password_change_required"), QStringLiteral("choose a new password first"));
    }
    if (endpoint.stepUp &&
        m_context.clock().nowMs() - lookup.session.lastAuthAtMs > std::int64_t(m_context.config().stepUpSeconds) * 1000) {
        return errorResponse(Status::Forbidden, QStringLiteral("step_up_required"), QStringLiteral("confirm your password and code first"));
    }
    return std::nullopt;
}

} // namespace cb::server
