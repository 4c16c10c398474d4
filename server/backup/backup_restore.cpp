#include "server/backup/backup_restore.h"

#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_export.h"
#include "core/store/transaction.h"
#include "server/audit/audit_trail_check.h"
#include "server/backup/backup_error.h"
#include "server/backup/backup_history.h"
#include "server/backup/backup_keys.h"
#include "server/backup/backup_verifier.h"
#include "server/backup/backup_writer.h"
#include "server/config/server_config.h"
#include "server/store/server_store.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cb::server {

namespace {

// Everything that was live in someone's hands at backup time stops working.
void voidLiveCredentials(store::Database &db, RestoreOutcome &outcome, std::int64_t nowMs)
{
    db.prepare("UPDATE sessions SET ended_at_ms = ?, end_reason = 'restored' WHERE ended_at_ms IS NULL").bind(1, nowMs).run();
    outcome.sessionsEnded = db.changes();
    db.prepare("UPDATE portal_invitations SET state = 'revoked', state_at_ms = ? WHERE state IN ('sent', 'opened', 'verified')")
        .bind(1, nowMs)
        .run();
    outcome.portalLinksVoided = db.changes();
    db.exec("UPDATE portal_invitations SET code_hash = NULL, code_expires_at_ms = 0 WHERE code_hash IS NOT NULL");
    db.prepare("UPDATE portal_sessions SET ended_at_ms = ?, end_reason = 'restored' WHERE ended_at_ms = 0").bind(1, nowMs).run();
    outcome.portalSessionsEnded = db.changes();
    db.exec("DELETE FROM enrolment_codes");
    outcome.enrolmentCodesVoided = db.changes();
}

void requireEmptyTarget(const QString &dataDir)
{
    const QDir target(dataDir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        throw BackupError(QStringLiteral("%1 is not empty: a restore goes only into an empty folder, never over data "
                                         "(move the old folder aside first)")
                              .arg(dataDir)
                              .toStdString());
    }
    if (!QDir().mkpath(dataDir)) {
        throw BackupError(QStringLiteral("cannot create %1").arg(dataDir).toStdString());
    }
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

RestoreOutcome restoreBackup(const ServerConfig &config, const crypto::SecretBytes &masterKey, const QString &backupFolder,
                             const QString &dataDir)
{
    QElapsedTimer timer;
    timer.start();
    const BackupCheck check = verifyBackup(backupFolder, masterKey);
    if (!check.ok()) {
        throw BackupError(QStringLiteral("the backup is refused: %1").arg(check.problem).toStdString());
    }
    requireEmptyTarget(dataDir);
    ServerConfig target = config;
    target.dataDir = dataDir;
    const BackupKeys keys(masterKey);
    RestoreOutcome outcome;
    outcome.manifest = *check.manifest;
    {
        store::Database restored = store::Database::open(target.storePath(), keys.liveStoreKey(),
                                                         store::Database::OpenMode::CreateIfMissing);
        store::exportStoreInto(restored, QDir(backupFolder).filePath(QStringLiteral("server.db")),
                               keys.storeKey(outcome.manifest.keyId));
    }
    if (!QFile::copy(QDir(backupFolder).filePath(QStringLiteral("audit-anchors.jsonl")), target.auditAnchorPath())) {
        throw BackupError(QStringLiteral("cannot copy the audit anchor file into %1").arg(dataDir).toStdString());
    }
    ServerStore store = ServerStore::open(target.storePath(), masterKey); // migrates an older backup
    store::Database &db = store.database();
    store::Transaction transaction(db);
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    voidLiveCredentials(db, outcome, nowMs);
    audit::AuditLog(db, keys.auditKey())
        .append({0, nowMs, QStringLiteral("cli"), QStringLiteral("system.restored"), QStringLiteral("backup:") + outcome.manifest.name,
                 QJsonObject{{QStringLiteral("backup"), outcome.manifest.name},
                             {QStringLiteral("backup_created_at_ms"), qint64(outcome.manifest.createdAtMs)},
                             {QStringLiteral("backup_server_version"), outcome.manifest.serverVersion},
                             {QStringLiteral("sessions_ended"), outcome.sessionsEnded},
                             {QStringLiteral("portal_links_voided"), outcome.portalLinksVoided},
                             {QStringLiteral("enrolment_codes_voided"), outcome.enrolmentCodesVoided}}});
    transaction.commit();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    syncPath(target.storePath());
    syncPath(dataDir);
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

DrillOutcome runRestoreDrill(const ServerConfig &config, const crypto::SecretBytes &masterKey, const QString &backupFolder)
{
    // Beside the backups (same disk, room for a copy), never in /tmp (maybe RAM).
    const QString parent = QFileInfo(QDir::cleanPath(backupFolder)).absolutePath();
    QTemporaryDir scratch(QDir(parent).filePath(QStringLiteral(".drill-XXXXXX")));
    if (!scratch.isValid()) {
        throw BackupError(QStringLiteral("cannot create a drill folder in %1").arg(parent).toStdString());
    }
    DrillOutcome drill;
    drill.restore = restoreBackup(config, masterKey, backupFolder, scratch.filePath(QStringLiteral("data")));
    ServerConfig restoredConfig = config;
    restoredConfig.dataDir = scratch.filePath(QStringLiteral("data"));
    {
        const BackupKeys keys(masterKey);
        store::Database db = store::Database::open(restoredConfig.storePath(), keys.liveStoreKey(), store::Database::OpenMode::OpenExisting);
        const audit::AuditLog log(db, keys.auditKey());
        StoreTrailSources sources;
        sources.anchorPath = restoredConfig.auditAnchorPath();
        const AuditTrailReport report = checkStoreAuditTrail(db, log, keys.auditSigningSeed(), sources);
        if (!report.intact) {
            throw BackupError(QStringLiteral("the restored audit trail does not verify: %1").arg(report.explanation).toStdString());
        }
        drill.auditEvents = report.eventsChecked;
        for (const QString &table : {QStringLiteral("messages"), QStringLiteral("conversations"), QStringLiteral("staff_users")}) {
            const qint64 restored = db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table).toStdString());
            if (restored != drill.restore.manifest.counts.value(table)) {
                throw BackupError(QStringLiteral("the restored %1 are not all there").arg(table).toStdString());
            }
        }
    }
    recordBackupRun(config, masterKey,
                    {BackupRun::Kind::Drill, drill.restore.manifest.name, QDateTime::currentMSecsSinceEpoch(),
                     drill.restore.seconds, 0, true});
    return drill;
}

} // namespace cb::server
