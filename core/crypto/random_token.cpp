#include "core/crypto/random_token.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

namespace cb::crypto {

QByteArray randomBytes(std::size_t size)
{
    ensureSodium();
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (size > 0) {
        randombytes_buf(out.data(), size);
    }
    return out;
}

QByteArray randomToken(std::size_t bytes)
{
    return randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                       QByteArray::OmitTrailingEquals);
}

} // namespace cb::crypto
