#include "core/whatsapp/webhook_signature.h"

#include "core/crypto/keyed_hash.h"

namespace cb::whatsapp {

QByteArray signatureHeader(const QByteArray &appSecret, const QByteArray &rawBody)
{
    return QByteArrayLiteral("sha256=") + crypto::hmacSha256(appSecret, rawBody).toHex();
}

bool signatureMatches(const QByteArray &appSecret, const QByteArray &rawBody, const QByteArray &header)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256=")) {
        return false;
    }
    const QByteArray received = QByteArray::fromHex(header.mid(7));
    return crypto::constantTimeEquals(crypto::hmacSha256(appSecret, rawBody), received);
}

} // namespace cb::whatsapp
