#include "server/backup/backup_keys.h"

#include "core/crypto/key_derivation.h"
#include "server/audit/checkpoint_signer.h"
#include "server/config/server_keys.h"

namespace cb::server {

namespace {
// Signed with a context of its own, so a manifest signature can never be read as
// an audit checkpoint's, or the other way round.
QByteArray signedManifest(const QByteArray &manifest)
{
    return QByteArray("carebridge backup manifest v1\n") + manifest;
}
} // namespace

BackupKeys::BackupKeys(const crypto::SecretBytes &masterKey)
{
    ServerKeys keys = ServerKeys::derive(masterKey);
    m_backupBase = std::move(keys.backup);
    m_liveStore = std::move(keys.store);
    m_audit = std::move(keys.audit);
    m_signingSeed = std::move(keys.auditSigningSeed);
}

crypto::SecretBytes BackupKeys::storeKey(std::uint64_t keyId) const
{
    return crypto::deriveSubkey(m_backupBase, keyId, "cbbackup");
}

crypto::SecretBytes BackupKeys::liveStoreKey() const
{
    return m_liveStore.clone();
}

crypto::SecretBytes BackupKeys::auditKey() const
{
    return m_audit.clone();
}

QByteArray BackupKeys::signManifest(const QByteArray &manifest) const
{
    return CheckpointSigner(m_signingSeed).signDetached(signedManifest(manifest));
}

bool BackupKeys::manifestSignatureValid(const QByteArray &manifest, const QByteArray &signature) const
{
    return CheckpointSigner::verifyDetached(CheckpointSigner(m_signingSeed).publicKey(), signedManifest(manifest), signature);
}

} // namespace cb::server
