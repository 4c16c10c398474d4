#include "server/backup/backup_cli.h"

#include "core/store/store_error.h"
#include "server/backup/backup_error.h"
#include "server/backup/backup_history.h"
#include "server/backup/backup_restore.h"
#include "server/backup/backup_verifier.h"
#include "server/backup/backup_writer.h"
#include "server/config/master_key.h"
#include "server/config/server_config.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <cstdio>

namespace cb::server {

namespace {
constexpr int ExitOk = 0;
constexpr int ExitRefused = 1;
constexpr int ExitCannotCheck = 2;

int fail(const QString &what)
{
    std::fprintf(stderr, "carebridge-server: %s\n", qUtf8Printable(what));
    return ExitRefused;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString when(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// A backup folder, or a folder of backups (then its newest).
QString resolveBackup(const QString &path)
{
    if (QFile::exists(QDir(path).filePath(QStringLiteral("manifest.json")))) {
        return path;
    }
    const QStringList all = listBackups(path);
    return all.isEmpty() ? path : QDir(path).filePath(all.last());
}
} // namespace

int backupFromCli(const ServerConfig &config, const QString &configPath, const QString &parentDir, int keep)
{
    try {
        const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
        const BackupOutcome outcome = takeBackup(config, configPath, masterKey, parentDir, keep);
        recordBackupRun(config, masterKey,
                        {BackupRun::Kind::Backup, outcome.manifest.name, outcome.manifest.createdAtMs, outcome.seconds,
                         outcome.bytes, true});
        std::printf("Backup %s verified: %s, schema %d, %lld audit events, %.1f s.\n", qUtf8Printable(outcome.folder),
                    qUtf8Printable(sizeText(outcome.bytes)), outcome.manifest.schemaVersion,
                    static_cast<long long>(outcome.manifest.auditHeadSeq), outcome.seconds);
        for (const QString &name : outcome.pruned) {
            std::printf("Removed the older backup %s (keeping %d).\n", qUtf8Printable(name), keep);
        }
        std::printf("Restoring it needs this server's master key, which is not in the backup.\n");
        return ExitOk;
    } catch (const store::StoreError &error) {
        return fail(QStringLiteral("backup failed: %1 (%2)").arg(error.userMessage(), QString::fromStdString(error.what())));
    } catch (const std::exception &error) {
        return fail(QStringLiteral("backup failed: %1").arg(QString::fromStdString(error.what())));
    }
}

int verifyBackupFromCli(const ServerConfig &config, const QString &folder)
{
    crypto::SecretBytes masterKey;
    try {
        masterKey = MasterKey::load(config.masterKeyFile);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "carebridge-server: could not check the backup: %s\n", error.what());
        return ExitCannotCheck;
    }
    const BackupCheck check = verifyBackup(folder, masterKey);
    if (!check.ok()) {
        return fail(QStringLiteral("backup %1 REFUSED: %2").arg(folder, check.problem));
    }
    const BackupManifest &manifest = *check.manifest;
    std::printf("Backup %s is whole: made %s by Carebridge %s, schema %d; signature, hashes, every page, "
                "row counts and the audit chain (%lld events, %d checkpoints) verified.\n",
                qUtf8Printable(manifest.name), qUtf8Printable(when(manifest.createdAtMs)), qUtf8Printable(manifest.serverVersion),
                manifest.schemaVersion, static_cast<long long>(check.audit.eventsChecked), check.audit.checkpointsChecked);
    return ExitOk;
}

int restoreFromCli(const ServerConfig &config, const QString &from, const QString &dataDir, bool drill)
{
    try {
        const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
        const QString folder = resolveBackup(from);
        if (drill) {
            const DrillOutcome outcome = runRestoreDrill(config, masterKey, folder);
            std::printf("Restore drill of %s passed in %.1f s: %lld messages, %lld audit events, chain intact. "
                        "The copy was removed; the drill is in the audit trail.\n",
                        qUtf8Printable(outcome.restore.manifest.name), outcome.restore.seconds,
                        static_cast<long long>(outcome.restore.manifest.counts.value(QStringLiteral("messages"))),
                        static_cast<long long>(outcome.auditEvents));
            return ExitOk;
        }
        const RestoreOutcome outcome = restoreBackup(config, masterKey, folder, dataDir);
        std::printf("Restored %s (made %s) into %s in %.1f s.\n"
                    "Void now: %lld staff sessions, %lld portal links, %lld portal sessions, %lld enrolment codes.\n"
                    "Point [server] data_dir at %s (or move it into place) and start the service; everyone signs in again.\n",
                    qUtf8Printable(outcome.manifest.name), qUtf8Printable(when(outcome.manifest.createdAtMs)),
                    qUtf8Printable(dataDir), outcome.seconds, static_cast<long long>(outcome.sessionsEnded),
                    static_cast<long long>(outcome.portalLinksVoided), static_cast<long long>(outcome.portalSessionsEnded),
                    static_cast<long long>(outcome.enrolmentCodesVoided), qUtf8Printable(dataDir));
        return ExitOk;
    } catch (const store::StoreError &error) {
        return fail(QStringLiteral("restore failed: %1 (%2)").arg(error.userMessage(), QString::fromStdString(error.what())));
    } catch (const std::exception &error) {
        return fail(QStringLiteral("restore failed: %1").arg(QString::fromStdString(error.what())));
    }
}

} // namespace cb::server
