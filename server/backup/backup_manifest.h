#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::server {

// What one backup folder holds, written as manifest.json and signed (Ed25519,
// the audit signing key) into manifest.sig. Verification trusts nothing in the
// folder that the signature does not cover.
struct BackupManifest
{
    static constexpr int Format = 1;

    struct File
    {
        QString name;       // relative to the backup folder, no '/' inside
        qint64 bytes = 0;
        QByteArray blake2b; // BLAKE2b-256 of the whole file
    };

    QString name;                 // the folder's own name, e.g. carebridge-20261206T101500Z
    std::uint64_t keyId = 0;      // which per-backup key encrypts server.db (derived from the master key)
    std::int64_t createdAtMs = 0;
    QString serverVersion;
    int schemaVersion = 0;
    QList<File> files;
    QMap<QString, qint64> counts; // rows per table at the moment of the copy
    std::int64_t auditHeadSeq = 0;
    QByteArray auditHeadHash;

    QByteArray toJson() const;
    // nullopt (and *error) when the text is not a manifest of a format we know.
    static std::optional<BackupManifest> fromJson(const QByteArray &json, QString *error);
    const File *file(const QString &fileName) const;
};

// BLAKE2b-256 of a file, read in chunks; nullopt when it cannot be read.
std::optional<QByteArray> hashFile(const QString &path, qint64 *bytes = nullptr);

} // namespace cb::server
