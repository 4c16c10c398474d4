#pragma once

#include "core/crypto/secret_bytes.h"
#include "server/http/http_types.h"

#include <QJsonObject>

#include <optional>

namespace cb::server {

using Status = http::Status;
using HttpRequest = http::Request;
using HttpResponse = http::Response;

HttpResponse jsonResponse(const QJsonObject &body, Status status = Status::Ok);
// { "error": { "code", "message", … } }: `code` is stable, the desktop translates it.
HttpResponse errorResponse(Status status, const QString &code, const QString &message,
                           const QJsonObject &extra = {});
HttpResponse noContent();
// 503 with Retry-After: the server is busy, the client should come back.
HttpResponse busyResponse(const QString &code, const QString &message, int retryAfterSeconds);

// A secret (password) field of a request body, moved into locked memory.
crypto::SecretBytes secretField(const QJsonObject &body, const char *key);

// The request body as a JSON object; nullopt if it is not one or is over `maxBytes`.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, QString *problem = nullptr, qsizetype maxBytes = 64 * 1024);
// The same for bytes already in hand (thread-safe).
std::optional<QJsonObject> parseJsonBody(const QByteArray &body, QString *problem, qsizetype maxBytes);

} // namespace cb::server
