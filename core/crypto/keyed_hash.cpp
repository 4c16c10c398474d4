#include "core/crypto/keyed_hash.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <stdexcept>

namespace cb::crypto {

namespace {
const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

QByteArray sha256(const QByteArray &data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), bytesOf(data),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray keyedHash(const SecretBytes &key, const QByteArray &message)
{
    ensureSodium();
    if (key.size() < crypto_generichash_KEYBYTES_MIN || key.size() > crypto_generichash_KEYBYTES_MAX) {
        throw std::invalid_argument("keyedHash: key must be 16 to 64 bytes");
    }
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), crypto_generichash_BYTES,
                       bytesOf(message), static_cast<unsigned long long>(message.size()),
                       key.data(), key.size());
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytesOf(key), static_cast<std::size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, bytesOf(message),
                                  static_cast<unsigned long long>(message.size()));
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    ensureSodium();
    if (a.size() != b.size()) {
        return false;
    }
    return a.isEmpty() ||
           sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace cb::crypto
