#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cb::server::http {

// The engine-independent request and response that routes see: the edge (Beast)
// fills a Request and writes a Response; nothing above it knows which engine runs.
enum class Method { Get, Post, Put, Delete, Head, Options, Other };

enum class Status : int {
    Ok = 200,
    Created = 201,
    Accepted = 202,
    NoContent = 204,
    SeeOther = 303,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    RequestTimeout = 408,
    Conflict = 409,
    Gone = 410,
    PayloadTooLarge = 413,
    UnsupportedMediaType = 415,
    UnprocessableEntity = 422,
    Locked = 423,
    UpgradeRequired = 426,
    TooManyRequests = 429,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

using Header = QPair<QByteArray, QByteArray>;

class Request
{
public:
    Method method = Method::Get;
    QString path;             // decoded path, without the query
    QUrlQuery queryItems;
    QList<Header> headers;    // names in lower case
    QByteArray content;
    QHostAddress remote;

    // A header's value; names are case-insensitive. Empty when absent.
    QByteArray value(QByteArrayView name) const;
    const QUrlQuery &query() const { return queryItems; }
    const QByteArray &body() const { return content; }
    const QHostAddress &remoteAddress() const { return remote; }
};

class Response
{
public:
    explicit Response(Status status = Status::Ok);
    Response(const QJsonObject &json, Status status = Status::Ok);
    Response(const QByteArray &contentType, const QByteArray &body, Status status = Status::Ok);

    // Replaces any header of the same name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    Status status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QList<Header> &headers() const { return m_headers; }

private:
    Status m_status;
    QByteArray m_body;
    QList<Header> m_headers;
};

QByteArray methodName(Method method);
Method methodFromName(QByteArrayView name);

} // namespace cb::server::http
