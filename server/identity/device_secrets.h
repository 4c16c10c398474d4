#pragma once

#include "core/crypto/secret_box.h"
#include "core/platform/clock.h"

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// The server's half of each desktop cache key, one per (user, device), sealed at
// rest. Released only inside a live session's response; forgetting it makes
// that workstation's cache unreadable everywhere (crypto-shredding).
class DeviceSecrets
{
public:
    static constexpr std::size_t SecretSize = 32;

    DeviceSecrets(store::Database &db, const platform::Clock &clock, crypto::SecretBytes sealKey);

    crypto::SecretBytes obtain(std::int64_t userId, const QString &deviceId); // created on first use
    bool forget(std::int64_t userId, const QString &deviceId);
    int forgetAll(std::int64_t userId);
    int forgetDevice(const QString &deviceId); // every user's secret on that workstation

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
    crypto::SecretBox m_seal;
};

} // namespace cb::server
