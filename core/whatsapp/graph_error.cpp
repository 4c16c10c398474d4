#include "core/whatsapp/graph_error.h"

namespace cb::whatsapp {

QJsonObject GraphError::toJson(const QString &fbtraceId) const
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), fbtraceId}};
    if (subcode != 0) {
        error.insert(QStringLiteral("error_subcode"), subcode);
    }
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("error_data"),
                     QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("details"), details}});
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

std::optional<GraphError> GraphError::fromJson(const QJsonObject &body, int httpStatus)
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    if (!error.contains(QStringLiteral("code"))) {
        return std::nullopt;
    }
    GraphError parsed;
    parsed.httpStatus = httpStatus;
    parsed.code = error.value(QStringLiteral("code")).toInt();
    parsed.subcode = error.value(QStringLiteral("error_subcode")).toInt();
    parsed.type = error.value(QStringLiteral("type")).toString();
    parsed.message = error.value(QStringLiteral("message")).toString();
    parsed.details = error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    return parsed;
}

GraphError GraphError::invalidAccessToken()
{
    return {401, 190, 0, QStringLiteral("OAuthException"),
            QStringLiteral("Invalid OAuth access token - Cannot parse access token"), {}};
}

GraphError GraphError::invalidParameter(const QString &details)
{
    return {400, 100, 0, QStringLiteral("OAuthException"), QStringLiteral("(#100) Invalid parameter"),
            details};
}

} // namespace cb::whatsapp
