#include "server/config/server_keys.h"

#include "core/crypto/key_derivation.h"

namespace cb::server {

ServerKeys ServerKeys::derive(const crypto::SecretBytes &masterKey)
{
    auto sub = [&masterKey](std::uint64_t id) { return crypto::deriveSubkey(masterKey, id, "cbserver"); };
    return {sub(1), sub(2), sub(3), sub(4), sub(5), sub(6), sub(7), sub(8), sub(9), sub(10), sub(11), sub(12), sub(13), sub(14)};
}

} // namespace cb::server
