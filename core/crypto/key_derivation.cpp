#include "core/crypto/key_derivation.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <stdexcept>

namespace cb::crypto {

SecretBytes deriveSubkey(const SecretBytes &masterKey, std::uint64_t subkeyId,
                         std::string_view context, std::size_t size)
{
    ensureSodium();
    if (masterKey.size() != crypto_kdf_KEYBYTES) {
        throw std::invalid_argument("deriveSubkey: master key must be 32 bytes");
    }
    if (context.size() != crypto_kdf_CONTEXTBYTES) {
        throw std::invalid_argument("deriveSubkey: context must be exactly 8 characters");
    }
    if (size < crypto_kdf_BYTES_MIN || size > crypto_kdf_BYTES_MAX) {
        throw std::invalid_argument("deriveSubkey: size must be 16 to 64 bytes");
    }
    SecretBytes subkey(size);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkeyId, context.data(),
                               masterKey.data());
    return subkey;
}

} // namespace cb::crypto
