#include "server/backup/backup_verifier.h"

#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_export.h"
#include "core/store/store_file_probe.h"
#include "server/backup/backup_keys.h"

#include <QDir>
#include <QFile>

namespace cb::server {

namespace {

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// The files the manifest names are there, whole and unchanged.
QString checkFiles(const QDir &folder, const BackupManifest &manifest)
{
    for (const BackupManifest::File &entry : manifest.files) {
        qint64 bytes = 0;
        const std::optional<QByteArray> digest = hashFile(folder.filePath(entry.name), &bytes);
        if (!digest) {
            return QStringLiteral("%1 is missing from the backup").arg(entry.name);
        }
        if (bytes < entry.bytes) {
            return QStringLiteral("%1 is truncated: %2 of %3 bytes").arg(entry.name).arg(bytes).arg(entry.bytes);
        }
        if (bytes != entry.bytes || *digest != entry.blake2b) {
            return QStringLiteral("%1 was altered after the backup was made (its hash does not match the manifest)").arg(entry.name);
        }
    }
    return {};
}

QString checkStore(const QDir &folder, const BackupManifest &manifest, const BackupKeys &keys, AuditTrailReport *audit)
{
    store::Database db = store::Database::open(folder.filePath(QStringLiteral("server.db")), keys.storeKey(manifest.keyId),
                                               store::Database::OpenMode::Reader);
    store::verifyStoreIntegrity(db); // every page's HMAC, then the b-tree
    if (const QString result = db.queryText("PRAGMA integrity_check"); result != QLatin1String("ok")) {
        return QStringLiteral("the store in the backup fails integrity_check (%1)").arg(result);
    }
    if (db.queryInt("PRAGMA user_version") != manifest.schemaVersion) {
        return QStringLiteral("the store's schema version is not the one the manifest names");
    }
    if (store::countRows(db, QStringLiteral("main")) != manifest.counts) {
        return QStringLiteral("the store's row counts differ from the manifest's");
    }
    const audit::AuditLog log(db, keys.auditKey());
    StoreTrailSources sources;
    sources.anchorPath = folder.filePath(QStringLiteral("audit-anchors.jsonl"));
    sources.storeName = QStringLiteral("the backup's store");
    sources.anchorFileName = QStringLiteral("the backup's anchor file");
    *audit = checkStoreAuditTrail(db, log, keys.auditSigningSeed(), sources);
    if (!audit->intact) {
        return QStringLiteral("the audit trail in the backup is broken at event %1: %2")
            .arg(audit->firstBadSeq.value_or(0))
            .arg(audit->explanation);
    }
    const auto head = log.head();
    if (head.first != manifest.auditHeadSeq || head.second != manifest.auditHeadHash) {
        return QStringLiteral("the audit trail's head is not the one the manifest names");
    }
    return {};
}

} // namespace

BackupCheck verifyBackup(const QString &path, const crypto::SecretBytes &masterKey)
{
    BackupCheck check;
    const QDir folder(path);
    bool haveManifest = false;
    bool haveSignature = false;
    const QByteArray manifestBytes = readAll(folder.filePath(QStringLiteral("manifest.json")), &haveManifest);
    const QByteArray signature = readAll(folder.filePath(QStringLiteral("manifest.sig")), &haveSignature);
    if (!haveManifest || !haveSignature) {
        check.problem = QStringLiteral("%1 is not a Carebridge backup (manifest.json or manifest.sig is missing)").arg(path);
        return check;
    }
    const BackupKeys keys(masterKey);
    if (!keys.manifestSignatureValid(manifestBytes, QByteArray::fromHex(signature.trimmed()))) {
        check.problem = QStringLiteral("the manifest's signature does not verify: the backup was altered, or made by a "
                                       "server with another master key");
        return check;
    }
    QString error;
    check.manifest = BackupManifest::fromJson(manifestBytes, &error);
    if (!check.manifest) {
        check.problem = error;
        return check;
    }
    check.problem = checkFiles(folder, *check.manifest);
    if (!check.problem.isEmpty()) {
        return check;
    }
    try {
        check.problem = checkStore(folder, *check.manifest, keys, &check.audit);
    } catch (const store::StoreError &storeError) {
        check.problem = QStringLiteral("the store in the backup cannot be read: %1 (%2)")
                            .arg(storeError.userMessage(), QString::fromStdString(storeError.what()));
    }
    return check;
}

} // namespace cb::server
