#include "core/crypto/secret_box.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <stdexcept>

namespace cb::crypto {

SecretBox::SecretBox(SecretBytes key) : m_key(std::move(key))
{
    ensureSodium();
    if (m_key.size() != crypto_secretbox_KEYBYTES) {
        throw std::invalid_argument("SecretBox: key must be 32 bytes");
    }
}

QByteArray SecretBox::seal(const SecretBytes &plaintext) const
{
    return sealRaw(plaintext.data(), plaintext.size());
}

QByteArray SecretBox::seal(const QByteArray &plaintext) const
{
    return sealRaw(reinterpret_cast<const unsigned char *>(plaintext.constData()),
                   static_cast<std::size_t>(plaintext.size()));
}

QByteArray SecretBox::sealRaw(const unsigned char *data, std::size_t size) const
{
    static const unsigned char empty = 0;
    QByteArray out(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + size),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, size > 0 ? data : &empty, size,
                          nonce, m_key.data());
    return out;
}

std::optional<SecretBytes> SecretBox::open(const QByteArray &sealed) const
{
    constexpr std::size_t overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (static_cast<std::size_t>(sealed.size()) < overhead) {
        return std::nullopt;
    }
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    const std::size_t cipherSize = static_cast<std::size_t>(sealed.size()) - crypto_secretbox_NONCEBYTES;
    SecretBytes plain(cipherSize - crypto_secretbox_MACBYTES);
    unsigned char scratch = 0;
    unsigned char *target = plain.isEmpty() ? &scratch : plain.data();
    if (crypto_secretbox_open_easy(target, nonce + crypto_secretbox_NONCEBYTES, cipherSize, nonce,
                                   m_key.data()) != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace cb::crypto
