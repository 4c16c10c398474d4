#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <optional>

namespace cb::crypto {

// Authenticated symmetric encryption (XSalsa20-Poly1305, crypto_secretbox) with a
// fresh random nonce per message. The sealed form is nonce || MAC || ciphertext.
class SecretBox
{
public:
    static constexpr std::size_t KeySize = 32;

    explicit SecretBox(SecretBytes key); // throws std::invalid_argument unless 32 bytes

    QByteArray seal(const SecretBytes &plaintext) const;
    QByteArray seal(const QByteArray &plaintext) const;
    // Empty optional when the box was forged, damaged, truncated or sealed with another key.
    std::optional<SecretBytes> open(const QByteArray &sealed) const;

private:
    QByteArray sealRaw(const unsigned char *data, std::size_t size) const;

    SecretBytes m_key;
};

} // namespace cb::crypto
