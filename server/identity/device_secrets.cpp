#include "server/identity/device_secrets.h"

#include "core/log/logging.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/identity/device_keyring.h"

#include <QSet>

namespace cb::server {

DeviceSecrets::DeviceSecrets(store::Database &db, const platform::Clock &clock, DeviceKeyring &keyring,
                             crypto::SecretBytes legacySealKey)
    : m_db(db), m_clock(clock), m_keyring(keyring), m_legacySeal(std::move(legacySealKey))
{
}

void DeviceSecrets::reconcile()
{
    struct Row
    {
        std::int64_t userId;
        QString deviceId;
        QByteArray sealed;
        std::int64_t createdAtMs;
        bool wrapped;
    };
    QList<Row> rows;
    {
        auto query = m_db.prepare("SELECT user_id, device_id, secret_sealed, created_at_ms, wrapped FROM device_secrets");
        while (query.step()) {
            rows.append({query.columnInt64(0), query.columnText(1), query.columnBlob(2), query.columnInt64(3), query.columnInt64(4) != 0});
        }
    }
    store::Transaction transaction(m_db);
    QSet<QString> live;
    int converted = 0;
    int dropped = 0;
    for (const Row &row : rows) {
        std::optional<crypto::SecretBytes> secret;
        if (row.wrapped) {
            const crypto::SecretBytes key = m_keyring.find(row.userId, row.deviceId);
            if (!key.isEmpty()) {
                live.insert(DeviceKeyring::entryName(row.userId, row.deviceId));
                continue;
            }
        } else if (row.createdAtMs > m_keyring.wipedAtMs(row.deviceId)) {
            secret = m_legacySeal.open(row.sealed);
        }
        if (!secret) {
            m_db.prepare("DELETE FROM device_secrets WHERE user_id = ? AND device_id = ?").bindAll(row.userId, row.deviceId).run();
            ++dropped;
            continue;
        }
        const crypto::SecretBytes key = m_keyring.create(row.userId, row.deviceId);
        m_db.prepare("UPDATE device_secrets SET secret_sealed = ?, wrapped = 1 WHERE user_id = ? AND device_id = ?")
            .bindBlob(1, crypto::SecretBox(key.clone()).seal(*secret))
            .bind(2, row.userId)
            .bind(3, row.deviceId)
            .run();
        live.insert(DeviceKeyring::entryName(row.userId, row.deviceId));
        ++converted;
    }
    transaction.commit();
    const int orphans = m_keyring.retainOnly(live);
    if (converted + dropped > 0) {
        checkpoint();
    }
    if (converted + dropped + orphans > 0) {
        log::logger("server")->info("device keyring: {} secrets re-sealed under keys of their own, {} without a key dropped, "
                                    "{} keys without a secret removed",
                                    converted, dropped, orphans);
    }
}

crypto::SecretBytes DeviceSecrets::obtain(std::int64_t userId, const QString &deviceId)
{
    auto row = m_db.prepare("SELECT secret_sealed FROM device_secrets WHERE user_id = ? AND device_id = ? AND wrapped = 1");
    row.bindAll(userId, deviceId);
    if (row.step()) {
        const crypto::SecretBytes key = m_keyring.find(userId, deviceId);
        if (!key.isEmpty()) {
            if (auto secret = crypto::SecretBox(key.clone()).open(row.columnBlob(0))) {
                return std::move(*secret);
            }
        }
        // Its key is gone (a restore onto a new keyring) or does not fit: this
        // workstation starts a new cache.
        log::logger("server")->warn("a device secret had no usable key; issuing a new one");
    }
    return create(userId, deviceId);
}

crypto::SecretBytes DeviceSecrets::create(std::int64_t userId, const QString &deviceId)
{
    crypto::SecretBytes secret = crypto::SecretBytes::random(SecretSize);
    const crypto::SecretBytes key = m_keyring.create(userId, deviceId); // on disk before the row
    m_db.prepare("INSERT OR REPLACE INTO device_secrets (user_id, device_id, secret_sealed, created_at_ms, wrapped) "
                 "VALUES (?, ?, ?, ?, 1)")
        .bind(1, userId)
        .bind(2, deviceId)
        .bindBlob(3, crypto::SecretBox(key.clone()).seal(secret))
        .bind(4, m_clock.nowMs())
        .run();
    return secret;
}

bool DeviceSecrets::forget(std::int64_t userId, const QString &deviceId)
{
    m_keyring.remove(userId, deviceId);
    m_db.prepare("DELETE FROM device_secrets WHERE user_id = ? AND device_id = ?").bindAll(userId, deviceId).run();
    return m_db.changes() == 1;
}

int DeviceSecrets::forgetAll(std::int64_t userId)
{
    m_keyring.removeUser(userId);
    m_db.prepare("DELETE FROM device_secrets WHERE user_id = ?").bind(1, userId).run();
    return m_db.changes();
}

int DeviceSecrets::forgetDevice(const QString &deviceId)
{
    // The keys go first: if the store's transaction then fails, the rows that
    // remain open nothing.
    m_keyring.removeDevice(deviceId, m_clock.nowMs());
    m_db.prepare("DELETE FROM device_secrets WHERE device_id = ?").bind(1, deviceId).run();
    return m_db.changes();
}

void DeviceSecrets::checkpoint()
{
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace cb::server
