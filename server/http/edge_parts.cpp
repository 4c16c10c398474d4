#include "server/http/edge_parts.h"

#include "core/api/api_error.h"
#include "core/platform/client_key.h"

namespace cb::server::http::edge {

using platform::clientKey;

QHostAddress qtAddress(const tcp::socket &socket)
{
    error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    return ec ? QHostAddress() : QHostAddress(QString::fromStdString(endpoint.address().to_string()));
}

std::string addressKey(const QHostAddress &address)
{
    return clientKey(address).toStdString();
}

Request toRequest(bhttp::request<bhttp::string_body> &&message, const QHostAddress &remote)
{
    Request request;
    request.method = methodFromName(QByteArrayView(message.method_string().data(), qsizetype(message.method_string().size())));
    const QByteArray target(message.target().data(), qsizetype(message.target().size()));
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(target.left(question < 0 ? target.size() : question)));
    if (question >= 0) {
        request.queryItems.setQuery(QString::fromUtf8(target.mid(question + 1)));
    }
    for (const auto &field : message) {
        request.headers.append({QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
                                QByteArray(field.value().data(), qsizetype(field.value().size()))});
    }
    request.content = QByteArray(message.body().data(), qsizetype(message.body().size()));
    request.remote = remote;
    return request;
}

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

Response edgeError(Status status, const char *code, const char *message)
{
    return Response(api::ApiError{QLatin1String(code), QLatin1String(message)}.toJson(), status);
}

} // namespace cb::server::http::edge
