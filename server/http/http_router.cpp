#include "server/http/http_router.h"

#include "core/api/api_error.h"
#include "core/log/logging.h"
#include "core/store/store_error.h"

namespace cb::server::http {

namespace {
Response apiError(Status status, const char *code, const char *message)
{
    return Response(api::ApiError{QLatin1String(code), QLatin1String(message)}.toJson(), status);
}

QStringList segmentsOf(QStringView path)
{
    QStringList segments;
    for (QStringView part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        segments << part.toString();
    }
    return segments;
}
} // namespace

void HttpRouter::add(Method method, const QString &pattern, Handler handler, qsizetype bodyLimit)
{
    add(method, pattern, std::move(handler), [bodyLimit](const HeaderValue &) { return bodyLimit; });
}

void HttpRouter::add(Method method, const QString &pattern, Handler handler, BodyLimitRule bodyLimit)
{
    m_routes.append({method, segmentsOf(pattern), std::move(handler), std::move(bodyLimit)});
}

void HttpRouter::addSimple(Method method, const QString &pattern, SimpleHandler handler, qsizetype bodyLimit)
{
    addSimple(method, pattern, std::move(handler), [bodyLimit](const HeaderValue &) { return bodyLimit; });
}

void HttpRouter::addSimple(Method method, const QString &pattern, SimpleHandler handler, BodyLimitRule bodyLimit)
{
    add(method, pattern,
        [handler = std::move(handler)](const Request &request, const QStringList &args, const Responder &responder) {
            responder.send(handler(request, args));
        },
        std::move(bodyLimit));
}

const HttpRouter::Route *HttpRouter::match(Method method, QStringView path, QStringList *args, bool *pathKnown) const
{
    const QStringList segments = segmentsOf(path);
    *pathKnown = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size()) {
            continue;
        }
        QStringList found;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (route.segments[i] == QLatin1String("<arg>")) {
                found << segments[i];
            } else {
                same = route.segments[i] == segments[i];
            }
        }
        if (!same) {
            continue;
        }
        *pathKnown = true;
        if (route.method == method) {
            if (args) {
                *args = found;
            }
            return &route;
        }
    }
    return nullptr;
}

qsizetype HttpRouter::bodyLimit(Method method, QStringView path, const HeaderValue &header) const
{
    bool known = false;
    const Route *route = match(method, path, nullptr, &known);
    return route ? route->bodyLimit(header) : UnknownRouteBodyLimit;
}

void HttpRouter::addStandardHeaders(Response &response) const
{
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (m_tls) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    for (const Header &header : m_extraHeaders) {
        response.setHeader(header.first, header.second);
    }
}

void HttpRouter::dispatch(const Request &request, const Responder &responder) const
{
    const Responder withHeaders([this, responder](Response response) {
        addStandardHeaders(response);
        responder.send(std::move(response));
    });
    QStringList args;
    bool pathKnown = false;
    const Route *route = match(request.method, request.path, &args, &pathKnown);
    if (!route) {
        withHeaders.send(pathKnown ? apiError(Status::MethodNotAllowed, "method_not_allowed", "this endpoint takes another method")
                                   : apiError(Status::NotFound, "not_found", "no such endpoint"));
        return;
    }
    try {
        route->handler(request, args, withHeaders);
    } catch (const store::StoreError &error) {
        log::logger("http")->error("store error while answering: {}", error.what());
        withHeaders.send(apiError(Status::ServiceUnavailable, "store_unavailable", "the store is unavailable; try again"));
    } catch (const std::exception &error) {
        log::logger("http")->error("handler failed: {}", error.what());
        withHeaders.send(apiError(Status::InternalServerError, "internal_error", "the server could not answer"));
    }
}

} // namespace cb::server::http
