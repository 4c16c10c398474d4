#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <cstdint>

namespace cb::server {

// The keys a backup is made with, all from the master key (which is never in
// a backup): each backup's store is encrypted under a key of its own, and its
// manifest is signed with the audit signing key.
struct BackupKeys
{
    explicit BackupKeys(const crypto::SecretBytes &masterKey);

    crypto::SecretBytes storeKey(std::uint64_t keyId) const; // one backup's SQLCipher key
    crypto::SecretBytes liveStoreKey() const;               // the server store's own key
    crypto::SecretBytes auditKey() const;
    const crypto::SecretBytes &auditSigningSeed() const { return m_signingSeed; }

    QByteArray signManifest(const QByteArray &manifest) const;
    bool manifestSignatureValid(const QByteArray &manifest, const QByteArray &signature) const;

private:
    crypto::SecretBytes m_backupBase;
    crypto::SecretBytes m_liveStore;
    crypto::SecretBytes m_audit;
    crypto::SecretBytes m_signingSeed;
};

} // namespace cb::server
