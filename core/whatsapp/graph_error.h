#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cb::whatsapp {

// A Graph API error object exactly as the WhatsApp Cloud API returns it:
//   { "error": { "message", "type", "code", "error_subcode"?,
//                "error_data": { "messaging_product": "whatsapp", "details" }?,
//                "fbtrace_id" } }
// The sandbox builds these; the server parses them into delivery states.
struct GraphError
{
    int httpStatus = 400;
    int code = 0;
    int subcode = 0;   // 0 = absent
    QString type;      // e.g. "OAuthException"
    QString message;
    QString details;   // error_data.details; empty = absent

    QJsonObject toJson(const QString &fbtraceId) const;
    static std::optional<GraphError> fromJson(const QJsonObject &body, int httpStatus);

    // Error 190: the access token is invalid or expired.
    static GraphError invalidAccessToken();
    // Error 100: a required parameter is missing or malformed.
    static GraphError invalidParameter(const QString &details);
};

} // namespace cb::whatsapp
