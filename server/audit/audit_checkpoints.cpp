#include "server/audit/audit_checkpoints.h"

#include "core/audit/audit_log.h"
#include "core/store/database.h"

#include <QFile>
#include <QJsonDocument>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

namespace cb::server {

AuditCheckpoints::AuditCheckpoints(store::Database &db, const audit::AuditLog &log, const crypto::SecretBytes &signingSeed,
                                   QString anchorPath)
    : m_db(db), m_log(log), m_signer(signingSeed), m_publicKey(m_signer.publicKey()), m_anchorPath(std::move(anchorPath))
{
}

std::optional<AuditCheckpoint> AuditCheckpoints::checkpointNow(std::int64_t nowMs)
{
    const auto [seq, hash] = m_log.head();
    const auto last = latest();
    if (seq == 0 || (last && last->seq >= seq)) {
        return std::nullopt;
    }
    const AuditCheckpoint checkpoint = m_signer.sign(seq, hash, nowMs);
    m_db.prepare("INSERT INTO audit_checkpoints (seq, hash, at_ms, signature) VALUES (?, ?, ?, ?)")
        .bind(1, checkpoint.seq)
        .bindBlob(2, checkpoint.hash)
        .bind(3, checkpoint.atMs)
        .bindBlob(4, checkpoint.signature)
        .run();
    appendToAnchorFile(checkpoint);
    return checkpoint;
}

std::optional<AuditCheckpoint> AuditCheckpoints::latest() const
{
    auto row = m_db.prepare("SELECT seq, hash, at_ms, signature FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    if (!row.step()) {
        return std::nullopt;
    }
    return AuditCheckpoint{row.columnInt64(0), row.columnBlob(1), row.columnInt64(2), row.columnBlob(3)};
}

QList<AuditCheckpoint> AuditCheckpoints::stored() const
{
    QList<AuditCheckpoint> all;
    auto rows = m_db.prepare("SELECT seq, hash, at_ms, signature FROM audit_checkpoints ORDER BY seq");
    while (rows.step()) {
        all.append({rows.columnInt64(0), rows.columnBlob(1), rows.columnInt64(2), rows.columnBlob(3)});
    }
    return all;
}

void AuditCheckpoints::appendToAnchorFile(const AuditCheckpoint &checkpoint) const
{
    if (m_anchorPath.isEmpty()) {
        return;
    }
    // O_APPEND: each line lands at the end even if the file was copied or grown
    // meanwhile; fsync so the anchor is as durable as the row it repeats.
    const QByteArray line = QJsonDocument(toJson(checkpoint)).toJson(QJsonDocument::Compact) + '\n';
    const int fd = ::open(QFile::encodeName(m_anchorPath).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw std::runtime_error("cannot open the audit anchor file");
    }
    // 0600 applies only when the file is made; one loosened since is tightened again.
    const bool written = ::fchmod(fd, 0600) == 0 &&
                         ::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        throw std::runtime_error("cannot write the audit anchor file");
    }
}

QJsonObject AuditCheckpoints::toJson(const AuditCheckpoint &checkpoint)
{
    return {{QStringLiteral("seq"), qint64(checkpoint.seq)},
            {QStringLiteral("hash"), QString::fromLatin1(checkpoint.hash.toHex())},
            {QStringLiteral("at_ms"), qint64(checkpoint.atMs)},
            {QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toHex())}};
}

std::optional<AuditCheckpoint> AuditCheckpoints::fromJson(const QJsonObject &json)
{
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    const QJsonValue at = json.value(QStringLiteral("at_ms"));
    const QByteArray hash = QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1());
    const QByteArray signature = QByteArray::fromHex(json.value(QStringLiteral("signature")).toString().toLatin1());
    if (!seq.isDouble() || !at.isDouble() || seq.toInteger() <= 0 || hash.size() != 32 || signature.isEmpty()) {
        return std::nullopt;
    }
    return AuditCheckpoint{seq.toInteger(), hash, at.toInteger(), signature};
}

QList<AuditCheckpoint> AuditCheckpoints::readAnchorFile(const QString &path)
{
    QList<AuditCheckpoint> all;
    QFile file(path);
    if (!file.exists()) {
        return all;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the audit anchor file");
    }
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty()) {
            continue;
        }
        const auto checkpoint = fromJson(QJsonDocument::fromJson(line).object());
        if (!checkpoint) {
            throw std::runtime_error("line " + std::to_string(number) + " of the audit anchor file is not a checkpoint");
        }
        all.append(*checkpoint);
    }
    return all;
}

} // namespace cb::server
