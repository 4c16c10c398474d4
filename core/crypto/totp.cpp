#include "core/crypto/totp.h"

#include "core/crypto/sodium_runtime.h"

#include <liboath/oath.h>
#include <sodium.h>

#include <QUrl>
#include <QUrlQuery>

#include <cstdlib>
#include <stdexcept>

namespace cb::crypto {

namespace {
void ensureOath()
{
    static const int status = oath_init();
    if (status != OATH_OK) {
        throw std::runtime_error("liboath could not be initialised");
    }
}

int constantTimeCompare(void *expected, const char *candidate)
{
    const auto *code = static_cast<const QByteArray *>(expected);
    return sodium_memcmp(code->constData(), candidate, Totp::Digits) == 0 ? 0 : 1;
}
} // namespace

SecretBytes Totp::newSecret()
{
    return SecretBytes::random(SecretSize);
}

QByteArray Totp::base32(const SecretBytes &secret)
{
    ensureOath();
    char *encoded = nullptr;
    std::size_t length = 0;
    if (oath_base32_encode(reinterpret_cast<const char *>(secret.data()), secret.size(), &encoded, &length) != OATH_OK) {
        throw std::runtime_error("base32 encoding failed");
    }
    QByteArray result(encoded, static_cast<qsizetype>(length));
    sodium_memzero(encoded, length);
    std::free(encoded);
    while (result.endsWith('=')) {
        result.chop(1);
    }
    return result;
}

QString Totp::provisioningUri(const QString &issuer, const QString &account, const SecretBytes &secret)
{
    QUrl uri;
    uri.setScheme(QStringLiteral("otpauth"));
    uri.setHost(QStringLiteral("totp"));
    uri.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), QString::fromLatin1(base32(secret)));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(Digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(StepSeconds));
    uri.setQuery(query);
    return uri.toString(QUrl::FullyEncoded);
}

QByteArray Totp::generate(const SecretBytes &secret, std::int64_t unixTime)
{
    ensureOath();
    char output[Digits + 1] = {};
    if (oath_totp_generate(reinterpret_cast<const char *>(secret.data()), secret.size(), static_cast<time_t>(unixTime),
                           StepSeconds, OATH_TOTP_DEFAULT_START_TIME, Digits, output) != OATH_OK) {
        throw std::runtime_error("TOTP generation failed");
    }
    return QByteArray(output, Digits);
}

std::optional<std::uint64_t> Totp::verify(const SecretBytes &secret, const QByteArray &code, std::int64_t unixTime)
{
    ensureOath();
    ensureSodium();
    if (code.size() != Digits || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    int position = 0;
    std::uint64_t counter = 0;
    const int rc = oath_totp_validate3_callback(
        reinterpret_cast<const char *>(secret.data()), secret.size(), static_cast<time_t>(unixTime), StepSeconds,
        OATH_TOTP_DEFAULT_START_TIME, Digits, Window, &position, &counter, constantTimeCompare,
        const_cast<QByteArray *>(&code));
    if (rc < 0) {
        return std::nullopt;
    }
    return counter;
}

} // namespace cb::crypto
