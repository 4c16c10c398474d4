#include "core/crypto/secret_bytes.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace cb::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release() noexcept
{
    if (m_data != nullptr) {
        sodium_free(m_data); // wipes before unmapping
        m_data = nullptr;
        m_size = 0;
    }
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (size > 0) {
        randombytes_buf(secret.m_data, size);
    }
    return secret;
}

SecretBytes SecretBytes::copyOf(std::span<const unsigned char> bytes)
{
    SecretBytes secret(bytes.size());
    if (!bytes.empty()) {
        std::copy(bytes.begin(), bytes.end(), secret.m_data);
    }
    return secret;
}

SecretBytes SecretBytes::takeFrom(QByteArray &bytes)
{
    SecretBytes secret = copyOf({reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())});
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
    return secret;
}

SecretBytes SecretBytes::clone() const
{
    return copyOf(bytes());
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1); // sodium_bin2hex writes a terminating NUL
    if (m_size > 0) {
        sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), hex.m_size, m_data, m_size);
    }
    SecretBytes trimmed = copyOf({hex.m_data, m_size * 2});
    return trimmed;
}

} // namespace cb::crypto
