#include "tests/server/identity_fixture.h"

#include <QUrl>
#include <QUrlQuery>

namespace cb::test {

namespace {
// RFC 4648 base32 decoding, for the test only: it plays the authenticator app.
QByteArray base32Decode(const QString &text)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        const auto value = alphabet.indexOf(c.toUpper());
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}
} // namespace

crypto::SecretBytes IdentityFixture::decodeKey(const QString &uri)
{
    const QUrlQuery query{QUrl(uri)};
    QByteArray raw = base32Decode(query.queryItemValue(QStringLiteral("secret")));
    return crypto::SecretBytes::takeFrom(raw);
}

} // namespace cb::test
