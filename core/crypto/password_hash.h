#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <optional>

namespace cb::crypto {

// Argon2id password hashing through libsodium's crypto_pwhash_str, which picks
// a random salt and encodes algorithm, parameters and salt in the result.
class PasswordHash
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        std::size_t memLimit;
    };
    // libsodium's "moderate" limits: ~0.5 s and 256 MiB on a workstation.
    static Cost interactiveServerCost();
    // libsodium's "interactive" limits: ~0.1 s and 64 MiB (test servers, small machines).
    static Cost interactiveCost();
    // The smallest limits libsodium allows; only for tests that hash a lot.
    static Cost minimumCost();

    explicit PasswordHash(Cost cost = interactiveServerCost());

    // Returns the encoded "$argon2id$v=19$m=…,t=…,p=1$salt$hash" string.
    QByteArray hash(const SecretBytes &password) const;
    // False for a wrong password and for a malformed or foreign encoded string.
    static bool verify(const QByteArray &encoded, const SecretBytes &password);
    // True when the stored hash was made with other limits than ours (rehash at next login).
    bool needsRehash(const QByteArray &encoded) const;
    // The limits an encoded hash was made with; nullopt when it is not Argon2id.
    static std::optional<Cost> costOf(const QByteArray &encoded);
    Cost cost() const { return m_cost; }

private:
    Cost m_cost;
};

} // namespace cb::crypto
