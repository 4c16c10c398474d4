#pragma once

#include "server/backup/backup_manifest.h"

#include <QString>

namespace cb::crypto {
class SecretBytes;
}

namespace cb::server {

struct ServerConfig;

struct RestoreOutcome
{
    BackupManifest manifest;
    double seconds = 0;       // verify, copy, migrate and void, end to end
    qint64 sessionsEnded = 0;
    qint64 portalLinksVoided = 0;
    qint64 portalSessionsEnded = 0;
    qint64 enrolmentCodesVoided = 0;
};

// Restores a verified backup into `dataDir`, which must be empty or absent: a
// restore never writes over live data. The restored store is re-encrypted under
// this master key's store key and migrated to this version's schema. Then every
// staff session ends, every portal link, portal session, verification code and
// enrolment code is void (they were live at backup time, in someone's hands),
// and a `system.restored` audit event names the backup. Throws BackupError.
RestoreOutcome restoreBackup(const ServerConfig &config, const crypto::SecretBytes &masterKey, const QString &backupFolder,
                             const QString &dataDir);

struct DrillOutcome
{
    RestoreOutcome restore;
    std::int64_t auditEvents = 0; // in the restored trail, which verified
};

// The restore drill: restores into a temporary folder beside the backups,
// checks the result (audit chain, row counts), records a `backup.drill` audit
// event in the live store, and removes the copy. Throws BackupError.
DrillOutcome runRestoreDrill(const ServerConfig &config, const crypto::SecretBytes &masterKey, const QString &backupFolder);

} // namespace cb::server
