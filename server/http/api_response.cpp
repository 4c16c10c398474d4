#include "server/http/api_response.h"

#include "core/api/api_error.h"
#include "server/http/strict_json.h"

#include <QJsonDocument>

namespace cb::server {

HttpResponse jsonResponse(const QJsonObject &body, Status status)
{
    return HttpResponse(body, status);
}

HttpResponse errorResponse(Status status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = api::ApiError{code, message}.toJson();
    QJsonObject error = body.value(QStringLiteral("error")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        error.insert(it.key(), it.value());
    }
    body.insert(QStringLiteral("error"), error);
    return HttpResponse(body, status);
}

HttpResponse noContent()
{
    return HttpResponse(Status::NoContent);
}

HttpResponse busyResponse(const QString &code, const QString &message, int retryAfterSeconds)
{
    HttpResponse response = errorResponse(Status::ServiceUnavailable, code, message,
                                          {{QStringLiteral("retry_after_seconds"), retryAfterSeconds}});
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

crypto::SecretBytes secretField(const QJsonObject &body, const char *key)
{
    QByteArray utf8 = body.value(QLatin1String(key)).toString().toUtf8();
    return crypto::SecretBytes::takeFrom(utf8);
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, QString *problem, qsizetype maxBytes)
{
    return parseJsonBody(request.body(), problem, maxBytes);
}

std::optional<QJsonObject> parseJsonBody(const QByteArray &body, QString *problem, qsizetype maxBytes)
{
    QString ignored;
    QString &why = problem ? *problem : ignored;
    if (body.size() > maxBytes) {
        why = QStringLiteral("the body is larger than %1 KiB").arg(maxBytes / 1024);
        return std::nullopt;
    }
    return http::parseStrictObject(body, &why);
}

} // namespace cb::server
