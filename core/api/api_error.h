#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cb::api {

// The one error shape of the desktop<->server protocol:
//   { "error": { "code": "not_found", "message": "…" } }
// `code` is stable and machine-readable (the desktop translates it); `message`
// is an English hint for operators and never carries patient data.
struct ApiError
{
    QString code;
    QString message;

    QJsonObject toJson() const;
    static std::optional<ApiError> fromJson(const QJsonObject &body);
};

} // namespace cb::api
