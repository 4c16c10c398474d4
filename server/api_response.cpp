#include "server/api_response.h"

#include "core/api/api_error.h"

#include <QJsonDocument>

namespace cb::server {

namespace {
constexpr qsizetype MaxBodyBytes = 64 * 1024;
}

QHttpServerResponse jsonResponse(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = api::ApiError{code, message}.toJson();
    QJsonObject error = body.value(QStringLiteral("error")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        error.insert(it.key(), it.value());
    }
    body.insert(QStringLiteral("error"), error);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(Status::NoContent);
}

crypto::SecretBytes secretField(const QJsonObject &body, const char *key)
{
    QByteArray utf8 = body.value(QLatin1String(key)).toString().toUtf8();
    return crypto::SecretBytes::takeFrom(utf8);
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > MaxBodyBytes) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace cb::server
