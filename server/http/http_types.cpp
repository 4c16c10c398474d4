#include "server/http/http_types.h"

#include <QJsonDocument>

namespace cb::server::http {

QByteArray Request::value(QByteArrayView name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

Response::Response(Status status) : m_status(status) {}

Response::Response(const QJsonObject &json, Status status)
    : m_status(status), m_body(QJsonDocument(json).toJson(QJsonDocument::Compact))
{
    setHeader("Content-Type", "application/json");
}

Response::Response(const QByteArray &contentType, const QByteArray &body, Status status)
    : m_status(status), m_body(body)
{
    setHeader("Content-Type", contentType);
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (Header &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Head: return "HEAD";
    case Method::Options: return "OPTIONS";
    case Method::Other: break;
    }
    return "OTHER";
}

Method methodFromName(QByteArrayView name)
{
    for (Method method : {Method::Get, Method::Post, Method::Put, Method::Delete, Method::Head, Method::Options}) {
        if (name == methodName(method)) {
            return method;
        }
    }
    return Method::Other;
}

} // namespace cb::server::http
