#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::crypto {

// RFC 6238 time-based one-time passwords as every authenticator app speaks them:
// HMAC-SHA-1, 6 digits, 30-second steps, accepted one step either side. The
// arithmetic comes from liboath (oath-toolkit); comparison is constant-time.
class Totp
{
public:
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    static constexpr int Window = 1;
    static constexpr std::size_t SecretSize = 20; // 160 bits, as RFC 4226 recommends

    static SecretBytes newSecret();
    // RFC 4648 base32 without padding: the "manual key" a person types.
    static QByteArray base32(const SecretBytes &secret);
    // otpauth://totp/Issuer:account?secret=…&issuer=…: what the QR code holds.
    static QString provisioningUri(const QString &issuer, const QString &account, const SecretBytes &secret);

    static QByteArray generate(const SecretBytes &secret, std::int64_t unixTime);
    // The time-step counter the code belongs to, if it is valid at `unixTime`.
    // Callers accept it only if it is newer than the last step they accepted.
    static std::optional<std::uint64_t> verify(const SecretBytes &secret, const QByteArray &code,
                                               std::int64_t unixTime);
};

} // namespace cb::crypto
