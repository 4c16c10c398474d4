// Meta's webhook as a stranger on the internet can send it: the signature
// header on the first line, the body after it. The signature is checked as
// the server does, then the body is parsed whether or not it matched, so the
// parser is reached by every input.
#include "core/whatsapp/webhook_payload.h"
#include "core/whatsapp/webhook_signature.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    static const QByteArray appSecret = "fuzz-app-secret";
    (void)cb::whatsapp::signatureMatches(appSecret, body, header);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        (void)cb::whatsapp::parseWebhook(document.object());
    }
    return 0;
}
