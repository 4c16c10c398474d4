#pragma once

#include <QByteArray>

#include <cstddef>

namespace cb::crypto {

// Cryptographically random bytes from the OS (randombytes_buf).
QByteArray randomBytes(std::size_t size);

// A random token of `bytes` bytes of entropy (256 bits by default), encoded as
// unpadded base64url so it is safe in headers, file names and URLs.
QByteArray randomToken(std::size_t bytes = 32);

} // namespace cb::crypto
