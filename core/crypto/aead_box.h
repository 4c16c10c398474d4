#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <optional>

namespace cb::crypto {

// Authenticated encryption with associated data (XChaCha20-Poly1305-IETF,
// libsodium's crypto_aead_xchacha20poly1305_ietf) and a fresh random 192-bit
// nonce per message. The associated data is authenticated, not stored: opening
// with other associated data fails, so a sealed value cannot be moved to another
// place (another column) unnoticed. The sealed form is nonce || ciphertext || tag.
class AeadBox
{
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr std::size_t Overhead = 24 + 16; // nonce and tag

    explicit AeadBox(SecretBytes key); // throws std::invalid_argument unless 32 bytes

    QByteArray seal(const QByteArray &plaintext, const QByteArray &associated) const;
    // The same value sealed for the same place always gives the same bytes, so a
    // database can find it by equality and keep it UNIQUE: the nonce is a keyed
    // hash of the place and the value under `nonceKey`, another key than the
    // box's (a synthetic IV, as in SIV). It tells whoever holds the data which
    // rows hold equal values, as a lookup hash would, and nothing more. Opens
    // with open().
    QByteArray sealDeterministic(const QByteArray &plaintext, const QByteArray &associated,
                                 const SecretBytes &nonceKey) const;
    // Empty optional when forged, damaged, truncated, sealed with another key or
    // for other associated data.
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associated) const;

private:
    QByteArray sealWithNonce(const QByteArray &plaintext, const QByteArray &associated, const unsigned char *nonce) const;

    SecretBytes m_key;
};

} // namespace cb::crypto
