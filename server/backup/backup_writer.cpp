#include "server/backup/backup_writer.h"

#include "core/platform/sync_to_disk.h"
#include "core/store/database.h"
#include "core/store/store_export.h"
#include "server/backup/backup_error.h"
#include "server/backup/backup_keys.h"
#include "server/backup/backup_verifier.h"
#include "server/config/server_config.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <sodium.h>


namespace cb::server {

namespace {

const QString Prefix = QStringLiteral("carebridge-");

std::uint64_t randomKeyId()
{
    std::uint64_t id = 0;
    randombytes_buf(&id, sizeof id);
    return id;
}

// The anchor file as far as its last complete line: the server may be appending.
void copyCompleteLines(const QString &from, const QString &to)
{
    QFile source(from);
    QByteArray bytes;
    if (source.open(QIODevice::ReadOnly)) {
        bytes = source.readAll();
        bytes.truncate(bytes.lastIndexOf('\n') + 1);
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size()) {
        throw BackupError(QStringLiteral("cannot write %1").arg(to).toStdString());
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        throw BackupError(QStringLiteral("cannot write %1").arg(path).toStdString());
    }
}

QString newName(const QString &parentDir, std::int64_t nowMs)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString name = Prefix + stamp;
    for (int n = 2; QDir(parentDir).exists(name); ++n) {
        name = Prefix + stamp + QLatin1Char('-') + QString::number(n);
    }
    return name;
}

// The store copied at one moment; the manifest's figures are read in that moment.
void copyStore(const ServerConfig &config, const BackupKeys &keys, const QString &target, BackupManifest &manifest)
{
    store::Database copy = store::Database::open(target, keys.storeKey(manifest.keyId), store::Database::OpenMode::CreateIfMissing);
    store::exportStoreInto(copy, config.storePath(), keys.liveStoreKey(), [&manifest](store::Database &db) {
        manifest.schemaVersion = int(db.queryInt("PRAGMA source.user_version"));
        manifest.counts = store::countRows(db, QStringLiteral("source"));
        auto head = db.prepare("SELECT seq, hash FROM source.audit_events ORDER BY seq DESC LIMIT 1");
        if (head.step()) {
            manifest.auditHeadSeq = head.columnInt64(0);
            manifest.auditHeadHash = head.columnBlob(1);
        }
    });
    store::makeSingleFile(copy);
}

} // namespace

void syncPath(const QString &path)
{
    if (!platform::syncToDisk(path)) {
        throw BackupError(QStringLiteral("cannot fsync %1").arg(path).toStdString());
    }
}

QStringList listBackups(const QString &parentDir)
{
    QStringList names = QDir(parentDir).entryList({Prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const QString &name) { return !QFile::exists(QDir(parentDir).filePath(name + QStringLiteral("/manifest.json"))); }),
                names.end());
    return names;
}

BackupOutcome takeBackup(const ServerConfig &config, const QString &configPath, const crypto::SecretBytes &masterKey,
                         const QString &parentDir, int keep)
{
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(parentDir)) {
        throw BackupError(QStringLiteral("cannot create the backup folder %1").arg(parentDir).toStdString());
    }
    const BackupKeys keys(masterKey);
    BackupManifest manifest;
    manifest.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    manifest.name = newName(parentDir, manifest.createdAtMs);
    manifest.keyId = randomKeyId();
    manifest.serverVersion = QStringLiteral(CB_VERSION);

    // Written under a dot-name, renamed once whole and verified: a folder named
    // carebridge-… is always a complete backup.
    QDir parent(parentDir);
    const QString partial = parent.filePath(QStringLiteral(".partial-") + manifest.name);
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        throw BackupError(QStringLiteral("cannot create %1").arg(partial).toStdString());
    }
    try {
        const QDir folder(partial);
        // Anchors first: every checkpoint they hold is then of an event the store copy has.
        copyCompleteLines(config.auditAnchorPath(), folder.filePath(QStringLiteral("audit-anchors.jsonl")));
        copyStore(config, keys, folder.filePath(QStringLiteral("server.db")), manifest);
        if (!configPath.isEmpty()) {
            QFile::copy(configPath, folder.filePath(QStringLiteral("carebridge-server.conf")));
        }
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            qint64 bytes = 0;
            const std::optional<QByteArray> digest = hashFile(folder.filePath(name), &bytes);
            if (!digest) {
                throw BackupError(QStringLiteral("cannot read back %1").arg(name).toStdString());
            }
            manifest.files.append({name, bytes, *digest});
            syncPath(folder.filePath(name));
        }
        const QByteArray manifestBytes = manifest.toJson();
        writeFile(folder.filePath(QStringLiteral("manifest.json")), manifestBytes);
        writeFile(folder.filePath(QStringLiteral("manifest.sig")), keys.signManifest(manifestBytes).toHex() + '\n');
        syncPath(folder.filePath(QStringLiteral("manifest.json")));
        syncPath(folder.filePath(QStringLiteral("manifest.sig")));
        syncPath(partial);

        const BackupCheck check = verifyBackup(partial, masterKey);
        if (!check.ok()) {
            throw BackupError(QStringLiteral("the new backup did not verify: %1").arg(check.problem).toStdString());
        }
        if (!parent.rename(QStringLiteral(".partial-") + manifest.name, manifest.name)) {
            throw BackupError(QStringLiteral("cannot rename %1").arg(partial).toStdString());
        }
        syncPath(parentDir);
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }

    BackupOutcome outcome;
    outcome.folder = parent.filePath(manifest.name);
    for (const BackupManifest::File &file : manifest.files) {
        outcome.bytes += file.bytes;
    }
    outcome.manifest = std::move(manifest);
    // Only now that the new one verified may old ones go.
    if (keep > 0) {
        const QStringList all = listBackups(parentDir);
        for (qsizetype i = 0; i + keep < all.size(); ++i) {
            if (QDir(parent.filePath(all[i])).removeRecursively()) {
                outcome.pruned.append(all[i]);
            }
        }
    }
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

} // namespace cb::server
