#pragma once

#include "core/crypto/secret_bytes.h"

#include <cstdint>
#include <string_view>

namespace cb::crypto {

// Derives independent 256-bit subkeys from one master key (crypto_kdf, BLAKE2b),
// so one leaked subkey tells nothing of the master or of its siblings.
// `context` is exactly 8 characters naming the purpose, e.g. "cbserver".
SecretBytes deriveSubkey(const SecretBytes &masterKey, std::uint64_t subkeyId,
                         std::string_view context, std::size_t size = 32);

} // namespace cb::crypto
