#pragma once

#include "server/http/http_types.h"
#include "server/http/responder.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace cb::server::http {

// Path patterns ("/api/v1/staff/<arg>/disable") to handlers, with a body limit
// per route. Built once before the edge starts; after that it is read-only, so
// the edge's I/O threads may ask it for a body limit while the application
// thread dispatches. Every answer gets the security headers.
class HttpRouter
{
public:
    using Handler = std::function<void(const Request &, const QStringList &args, const Responder &)>;
    using SimpleHandler = std::function<Response(const Request &, const QStringList &args)>;
    // A request header's value (empty when absent), as the edge has it at header time.
    using HeaderValue = std::function<QByteArray(const char *lowerCaseName)>;
    // The most body bytes a route accepts from this request, decided from its
    // headers (its credentials) on an I/O thread, before any body byte is read.
    using BodyLimitRule = std::function<qsizetype(const HeaderValue &header)>;
    static constexpr qsizetype DefaultBodyLimit = 64 * 1024;
    static constexpr qsizetype UnknownRouteBodyLimit = 0; // 404 comes without reading a body

    // A handler that answers through the responder, now or later.
    void add(Method method, const QString &pattern, Handler handler, qsizetype bodyLimit = DefaultBodyLimit);
    void add(Method method, const QString &pattern, Handler handler, BodyLimitRule bodyLimit);
    // A handler that answers at once.
    void addSimple(Method method, const QString &pattern, SimpleHandler handler, qsizetype bodyLimit = DefaultBodyLimit);
    void addSimple(Method method, const QString &pattern, SimpleHandler handler, BodyLimitRule bodyLimit);
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }
    void setTls(bool tls) { m_tls = tls; }
    // Headers every answer of this router carries besides the standard ones
    // (the portal's CSP, frame and referrer rules).
    void setExtraHeaders(QList<Header> headers) { m_extraHeaders = std::move(headers); }

    bool isWebSocketPath(QStringView path) const { return !m_webSocketPath.isEmpty() && path == m_webSocketPath; }
    // A path with capacity of its own (Meta's webhook): it takes no place among
    // the requests and streams the edge caps.
    void setReservedPath(const QString &path) { m_reservedPath = path; }
    bool isReservedPath(QStringView path) const { return !m_reservedPath.isEmpty() && path == m_reservedPath; }
    // The most body bytes the route for this request accepts (thread-safe).
    qsizetype bodyLimit(Method method, QStringView path, const HeaderValue &header) const;
    // Runs on the application thread.
    void dispatch(const Request &request, const Responder &responder) const;
    // Security headers every response carries.
    void addStandardHeaders(Response &response) const;

private:
    struct Route
    {
        Method method;
        QStringList segments; // "<arg>" matches one segment
        Handler handler;
        BodyLimitRule bodyLimit;
    };
    const Route *match(Method method, QStringView path, QStringList *args, bool *pathKnown) const;

    QList<Route> m_routes;
    QString m_webSocketPath;
    QString m_reservedPath;
    bool m_tls = false;
    QList<Header> m_extraHeaders;
};

} // namespace cb::server::http
