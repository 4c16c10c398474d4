#include "server/backup/backup_manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace cb::server {

QByteArray BackupManifest::toJson() const
{
    QJsonArray fileList;
    for (const File &entry : files) {
        fileList.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                    {QStringLiteral("bytes"), entry.bytes},
                                    {QStringLiteral("blake2b"), QString::fromLatin1(entry.blake2b.toHex())}});
    }
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        countObject.insert(it.key(), it.value());
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("name"), name},
                           // A string: JSON numbers lose integers above 2^53.
                           {QStringLiteral("key_id"), QString::number(keyId)},
                           {QStringLiteral("created_at_ms"), qint64(createdAtMs)},
                           {QStringLiteral("server_version"), serverVersion},
                           {QStringLiteral("schema_version"), schemaVersion},
                           {QStringLiteral("files"), fileList},
                           {QStringLiteral("counts"), countObject},
                           {QStringLiteral("audit_head"),
                            QJsonObject{{QStringLiteral("seq"), qint64(auditHeadSeq)},
                                        {QStringLiteral("hash"), QString::fromLatin1(auditHeadHash.toHex())}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("manifest.json is not JSON (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != Format) {
        *error = QStringLiteral("manifest.json is of format %1; this version reads format %2")
                     .arg(root.value(QStringLiteral("format")).toInt())
                     .arg(Format);
        return std::nullopt;
    }
    BackupManifest manifest;
    manifest.name = root.value(QStringLiteral("name")).toString();
    bool keyOk = false;
    manifest.keyId = root.value(QStringLiteral("key_id")).toString().toULongLong(&keyOk);
    manifest.createdAtMs = root.value(QStringLiteral("created_at_ms")).toInteger();
    manifest.serverVersion = root.value(QStringLiteral("server_version")).toString();
    manifest.schemaVersion = root.value(QStringLiteral("schema_version")).toInt();
    for (const QJsonValue &value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString fileName = entry.value(QStringLiteral("name")).toString();
        if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.startsWith(QLatin1Char('.'))) {
            *error = QStringLiteral("manifest.json names a file outside the backup folder");
            return std::nullopt;
        }
        manifest.files.append({fileName, entry.value(QStringLiteral("bytes")).toInteger(),
                               QByteArray::fromHex(entry.value(QStringLiteral("blake2b")).toString().toLatin1())});
    }
    const QJsonObject countObject = root.value(QStringLiteral("counts")).toObject();
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        manifest.counts.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject head = root.value(QStringLiteral("audit_head")).toObject();
    manifest.auditHeadSeq = head.value(QStringLiteral("seq")).toInteger();
    manifest.auditHeadHash = QByteArray::fromHex(head.value(QStringLiteral("hash")).toString().toLatin1());
    if (!keyOk || manifest.name.isEmpty() || manifest.schemaVersion <= 0 || manifest.file(QStringLiteral("server.db")) == nullptr) {
        *error = QStringLiteral("manifest.json lacks its name, key, schema version or server.db");
        return std::nullopt;
    }
    return manifest;
}

const BackupManifest::File *BackupManifest::file(const QString &fileName) const
{
    for (const File &entry : files) {
        if (entry.name == fileName) {
            return &entry;
        }
    }
    return nullptr;
}

std::optional<QByteArray> hashFile(const QString &path, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0) {
            return std::nullopt;
        }
        if (read == 0) {
            break;
        }
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(chunk.constData()), std::size_t(read));
        total += read;
    }
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), std::size_t(digest.size()));
    if (bytes) {
        *bytes = total;
    }
    return digest;
}

} // namespace cb::server
