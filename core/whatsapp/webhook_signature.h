#pragma once

#include <QByteArray>

namespace cb::whatsapp {

// Meta signs every webhook POST: X-Hub-Signature-256: sha256=<hex HMAC-SHA256
// of the raw body, keyed with the app secret>.
QByteArray signatureHeader(const QByteArray &appSecret, const QByteArray &rawBody);

// Constant-time check of a received header against the raw body.
bool signatureMatches(const QByteArray &appSecret, const QByteArray &rawBody, const QByteArray &header);

} // namespace cb::whatsapp
