#pragma once

#include "core/crypto/secret_box.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <map>
#include <mutex>

namespace cb::server {

// The keys that wrap each workstation's device secret, one per (user, device),
// in a file of their own outside the store, so no backup holds them: a wipe
// destroys that workstation's keys, and a backup taken before the wipe, even
// with the master key, can no longer open its secret. The file is sealed
// (secretbox, a master-key subkey) and rewritten whole, atomically, on every
// change. It also remembers which workstations were wiped and when, so a store
// restored from before the wipe cannot bring an old-style secret back.
class DeviceKeyring
{
public:
    static constexpr std::size_t KeySize = 32;

    // Loads the file; a missing file is an empty keyring (a new server, or a
    // restore onto a machine that never had it). Throws std::runtime_error when
    // the file is there but does not open (another master key, damage).
    DeviceKeyring(QString path, crypto::SecretBytes sealKey);

    // The wrapping key, or an empty SecretBytes when there is none.
    crypto::SecretBytes find(std::int64_t userId, const QString &deviceId) const;
    // A new random key for (user, device), on disk before it is returned.
    crypto::SecretBytes create(std::int64_t userId, const QString &deviceId);
    // Destroy keys (the file is rewritten without them); return how many.
    int remove(std::int64_t userId, const QString &deviceId);
    int removeUser(std::int64_t userId);
    int removeDevice(const QString &deviceId, std::int64_t wipedAtMs); // a wipe: also remembered
    // When the workstation was last wiped; 0 if never.
    std::int64_t wipedAtMs(const QString &deviceId) const;
    // Drops every key whose (user, device) is not in `live` (keys of secrets a
    // restored store no longer has).
    int retainOnly(const QSet<QString> &live);

    static QString entryName(std::int64_t userId, const QString &deviceId);

private:
    void save(); // call with m_mutex held

    QString m_path;
    crypto::SecretBox m_seal;
    mutable std::mutex m_mutex;
    std::map<QString, crypto::SecretBytes> m_keys; // entryName → key (QHash needs copyable values)
    QHash<QString, std::int64_t> m_wiped;       // device id → when
};

} // namespace cb::server
