#include "core/crypto/aead_box.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace cb::crypto {

namespace {
constexpr std::size_t NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(AeadBox::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(AeadBox::Overhead == NonceSize + TagSize);

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

AeadBox::AeadBox(SecretBytes key) : m_key(std::move(key))
{
    ensureSodium();
    if (m_key.size() != KeySize) {
        throw std::invalid_argument("AeadBox key must be 32 bytes");
    }
}

QByteArray AeadBox::seal(const QByteArray &plaintext, const QByteArray &associated) const
{
    unsigned char nonce[NonceSize];
    randombytes_buf(nonce, NonceSize);
    return sealWithNonce(plaintext, associated, nonce);
}

QByteArray AeadBox::sealDeterministic(const QByteArray &plaintext, const QByteArray &associated,
                                      const SecretBytes &nonceKey) const
{
    // Length-prefixed, so a place and a value cannot be shifted into each other.
    const QByteArray message = QByteArray::number(associated.size()) + ':' + associated + plaintext;
    const QByteArray digest = keyedHash(nonceKey, message);
    static_assert(NonceSize <= 32);
    return sealWithNonce(plaintext, associated, bytesOf(digest));
}

QByteArray AeadBox::sealWithNonce(const QByteArray &plaintext, const QByteArray &associated,
                                  const unsigned char *nonce) const
{
    QByteArray sealed(qsizetype(NonceSize + std::size_t(plaintext.size()) + TagSize), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::copy(nonce, nonce + NonceSize, out);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + NonceSize, &written, bytesOf(plaintext),
                                               static_cast<unsigned long long>(plaintext.size()), bytesOf(associated),
                                               static_cast<unsigned long long>(associated.size()), nullptr, out,
                                               m_key.data());
    sealed.resize(qsizetype(NonceSize + written));
    return sealed;
}

std::optional<QByteArray> AeadBox::open(const QByteArray &sealed, const QByteArray &associated) const
{
    if (std::size_t(sealed.size()) < NonceSize + TagSize) {
        return std::nullopt;
    }
    QByteArray plaintext(qsizetype(std::size_t(sealed.size()) - NonceSize - TagSize), Qt::Uninitialized);
    unsigned long long written = 0;
    const unsigned char *in = bytesOf(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plaintext.data()), &written,
                                                   nullptr, in + NonceSize,
                                                   static_cast<unsigned long long>(std::size_t(sealed.size()) - NonceSize),
                                                   bytesOf(associated), static_cast<unsigned long long>(associated.size()),
                                                   in, m_key.data()) != 0) {
        return std::nullopt;
    }
    plaintext.resize(qsizetype(written));
    return plaintext;
}

} // namespace cb::crypto
