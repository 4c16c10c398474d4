#include "core/api/api_error.h"

namespace cb::api {

QJsonObject ApiError::toJson() const
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject &body)
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    return ApiError{code, error.value(QStringLiteral("message")).toString()};
}

} // namespace cb::api
