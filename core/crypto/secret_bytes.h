#pragma once

#include <QByteArray>

#include <cstddef>
#include <span>

namespace cb::crypto {

// A buffer for keys, passwords and other secrets. The memory comes from
// sodium_malloc: locked (never swapped), guarded against overflow, and wiped
// when the object dies. Copies must be asked for with clone(), so a secret
// never multiplies by accident.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(std::span<const unsigned char> bytes);
    // Takes the bytes and wipes the source, so the only copy left is the locked one.
    static SecretBytes takeFrom(QByteArray &bytes);

    SecretBytes clone() const;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }

    // Constant-time comparison (sodium_memcmp); different sizes are simply unequal.
    bool equals(const SecretBytes &other) const;
    // Lower-case hex in a fresh SecretBytes (used for SQLCipher's x'…' raw keys).
    SecretBytes toHex() const;

private:
    void release() noexcept;

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cb::crypto
