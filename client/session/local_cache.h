#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/store/database.h"

#include <QString>

#include <memory>

namespace cb::client {

// The per-user encrypted cache on this workstation (one SQLCipher file per user).
// Its key needs both halves: the device secret from the OS keychain and the
// per-(user, device) secret the server releases only to a live session.
class LocalCache
{
public:
    // BLAKE2b keyed with the device secret over the server secret and the user:
    // neither half alone gives the key.
    static crypto::SecretBytes deriveKey(const crypto::SecretBytes &deviceSecret, const crypto::SecretBytes &serverSecret,
                                         const QString &username);
    static QString pathFor(const QString &cacheDir, const QString &username);

    // Opens the user's cache, or creates it at first sign-in. A cache that no
    // longer opens with the current key was crypto-shredded by the server
    // (device revoked, secret replaced): it is deleted and started afresh, which
    // `recreated()` reports.
    static std::unique_ptr<LocalCache> open(const QString &path, const crypto::SecretBytes &key);

    store::Database &database() { return m_db; }
    // A second connection to the same file, opened with the same key at the same
    // moment (the key is not kept to open it later), for the snapshot writer's
    // worker thread. Its commits do not wait for the disk (synchronous=NORMAL: WAL
    // never corrupts; a power cut may lose the newest rows, which the server holds).
    store::Database &workerDatabase() { return m_worker; }
    bool recreated() const { return m_recreated; }
    static void remove(const QString &path);

private:
    LocalCache(store::Database db, store::Database worker, bool recreated);

    store::Database m_db;
    store::Database m_worker;
    bool m_recreated = false;
};

} // namespace cb::client
