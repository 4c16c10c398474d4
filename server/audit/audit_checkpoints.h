#pragma once

#include "server/audit/checkpoint_signer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cb::store {
class Database;
}
namespace cb::audit {
class AuditLog;
}

namespace cb::server {

// The audit chain's signed checkpoints: rows in the store (append-only, like the
// events) and the same lines appended to an owner-only anchor file in the data
// folder, so cutting events *and* checkpoint rows off the store's end still leaves
// a signed statement that they existed.
class AuditCheckpoints
{
public:
    AuditCheckpoints(store::Database &db, const audit::AuditLog &log, const crypto::SecretBytes &signingSeed,
                     QString anchorPath);

    // Signs the chain head when it has moved past the last checkpoint, stores it
    // and appends it to the anchor file; nullopt when there was nothing new.
    // Never call it inside an open transaction: the file line must only ever name
    // committed events.
    std::optional<AuditCheckpoint> checkpointNow(std::int64_t nowMs);
    // The newest stored checkpoint, if any.
    std::optional<AuditCheckpoint> latest() const;
    QList<AuditCheckpoint> stored() const;

    const QByteArray &publicKey() const { return m_publicKey; }
    const QString &anchorPath() const { return m_anchorPath; }

    // Hex fields: {"seq", "hash", "at_ms", "signature"}.
    static QJsonObject toJson(const AuditCheckpoint &checkpoint);
    static std::optional<AuditCheckpoint> fromJson(const QJsonObject &json);
    // One JSON object a line. Throws std::runtime_error on a line that does not parse;
    // a missing file is an empty list.
    static QList<AuditCheckpoint> readAnchorFile(const QString &path);

private:
    void appendToAnchorFile(const AuditCheckpoint &checkpoint) const;

    store::Database &m_db;
    const audit::AuditLog &m_log;
    CheckpointSigner m_signer;
    QByteArray m_publicKey;
    QString m_anchorPath;
};

} // namespace cb::server
