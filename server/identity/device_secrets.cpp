#include "server/identity/device_secrets.h"

#include "core/store/database.h"

#include <stdexcept>

namespace cb::server {

DeviceSecrets::DeviceSecrets(store::Database &db, const platform::Clock &clock, crypto::SecretBytes sealKey)
    : m_db(db), m_clock(clock), m_seal(std::move(sealKey))
{
}

crypto::SecretBytes DeviceSecrets::obtain(std::int64_t userId, const QString &deviceId)
{
    auto row = m_db.prepare("SELECT secret_sealed FROM device_secrets WHERE user_id = ? AND device_id = ?");
    row.bindAll(userId, deviceId);
    if (row.step()) {
        auto secret = m_seal.open(row.columnBlob(0));
        if (!secret) {
            throw std::runtime_error("a device secret failed authentication");
        }
        return std::move(*secret);
    }
    crypto::SecretBytes secret = crypto::SecretBytes::random(SecretSize);
    m_db.prepare("INSERT INTO device_secrets (user_id, device_id, secret_sealed, created_at_ms) VALUES (?, ?, ?, ?)")
        .bind(1, userId)
        .bind(2, deviceId)
        .bindBlob(3, m_seal.seal(secret))
        .bind(4, m_clock.nowMs())
        .run();
    return secret;
}

bool DeviceSecrets::forget(std::int64_t userId, const QString &deviceId)
{
    m_db.prepare("DELETE FROM device_secrets WHERE user_id = ? AND device_id = ?").bindAll(userId, deviceId).run();
    return m_db.changes() == 1;
}

int DeviceSecrets::forgetAll(std::int64_t userId)
{
    m_db.prepare("DELETE FROM device_secrets WHERE user_id = ?").bind(1, userId).run();
    return m_db.changes();
}

int DeviceSecrets::forgetDevice(const QString &deviceId)
{
    m_db.prepare("DELETE FROM device_secrets WHERE device_id = ?").bind(1, deviceId).run();
    return m_db.changes();
}

} // namespace cb::server
