#pragma once

#include "server/audit/audit_trail_check.h"
#include "server/backup/backup_manifest.h"

#include <QString>

#include <optional>

namespace cb::crypto {
class SecretBytes;
}

namespace cb::server {

// What `backup verify` found. `problem` is one sentence naming the first thing
// wrong; empty when the backup is whole.
struct BackupCheck
{
    bool ok() const { return problem.isEmpty(); }
    QString problem;
    std::optional<BackupManifest> manifest;
    AuditTrailReport audit;
};

// Checks one backup folder end to end, trusting nothing the signature does not
// cover: the manifest's signature, each file's size and hash, every page of the
// store (cipher_integrity_check, integrity_check), its schema version, its row
// counts and the audit chain up to the head the manifest names. Never writes.
BackupCheck verifyBackup(const QString &folder, const crypto::SecretBytes &masterKey);

} // namespace cb::server
