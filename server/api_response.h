#pragma once

#include "core/crypto/secret_bytes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

namespace cb::server {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonResponse(const QJsonObject &body, Status status = Status::Ok);
// { "error": { "code", "message", … } }: `code` is stable, the desktop translates it.
QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message,
                                  const QJsonObject &extra = {});
QHttpServerResponse noContent();

// A secret (password) field of a request body, moved into locked memory.
crypto::SecretBytes secretField(const QJsonObject &body, const char *key);

// The request body as a JSON object; nullopt if it is not one or is over 64 KiB.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request);

} // namespace cb::server
