#pragma once

#include "core/crypto/secret_box.h"
#include "core/platform/clock.h"

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

class DeviceKeyring;

// The server's half of each desktop cache key, one per (user, device), sealed at
// rest under that workstation's own key in the DeviceKeyring (outside the
// store). Released only inside a live session's response; forgetting it makes
// that workstation's cache unreadable everywhere (crypto-shredding), in every
// backup too.
class DeviceSecrets
{
public:
    static constexpr std::size_t SecretSize = 32;

    // `legacySealKey`: the master-key subkey secrets were sealed under before the
    // keyring, used only by convertLegacy().
    DeviceSecrets(store::Database &db, const platform::Clock &clock, DeviceKeyring &keyring, crypto::SecretBytes legacySealKey);

    // At start: re-seals rows from before the keyring under keys of their own
    // (dropping any of a workstation wiped since), drops rows whose key is gone
    // (a restore: those workstations start a new cache) and keys without a row.
    void reconcile();

    crypto::SecretBytes obtain(std::int64_t userId, const QString &deviceId); // created on first use
    bool forget(std::int64_t userId, const QString &deviceId);
    int forgetAll(std::int64_t userId);
    int forgetDevice(const QString &deviceId); // every user's secret on that workstation (a wipe)
    // After the wipe's transaction committed: fold the WAL into the store, so the
    // old sealed rows do not linger in it either.
    void checkpoint();

private:
    crypto::SecretBytes create(std::int64_t userId, const QString &deviceId);

    store::Database &m_db;
    const platform::Clock &m_clock;
    DeviceKeyring &m_keyring;
    crypto::SecretBox m_legacySeal;
};

} // namespace cb::server
