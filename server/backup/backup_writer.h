#pragma once

#include "server/backup/backup_manifest.h"

#include <QString>

namespace cb::crypto {
class SecretBytes;
}

namespace cb::server {

struct ServerConfig;

struct BackupOutcome
{
    QString folder;          // the new backup, verified
    BackupManifest manifest;
    qint64 bytes = 0;        // all its files
    double seconds = 0;      // copy, fsync and verification
    QStringList pruned;      // older backups removed after this one verified
};

// Takes a backup of the live store into a new folder under `parentDir` while the
// server serves: one consistent moment (sqlcipher_export in one read
// transaction) under a key of its own, the audit anchor file and the
// configuration beside it, fsynced, with a signed manifest. The new folder
// appears under its final name only after it verified; then, with keep > 0,
// the oldest backups beyond `keep` are removed. Throws BackupError.
BackupOutcome takeBackup(const ServerConfig &config, const QString &configPath, const crypto::SecretBytes &masterKey,
                         const QString &parentDir, int keep);

// The backups in `parentDir`, oldest first (their names sort by time).
QStringList listBackups(const QString &parentDir);

// fsync a file or a folder (so a rename or a new entry in it is durable).
void syncPath(const QString &path);

} // namespace cb::server
