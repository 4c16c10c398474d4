#pragma once

#include "core/crypto/secret_bytes.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::audit {

struct AuditEvent
{
    std::int64_t seq = 0;     // assigned on append, gap-free
    std::int64_t atMs = 0;
    QString actor;            // "staff:12", "system", "cli" — ids, never names of patients
    QString action;           // "login.success", "staff.create", …
    QString target;           // what it acted on: "staff:15", "session:…"
    QJsonObject detail;       // ids and reasons only
};

// The append-only, hash-chained audit trail. Each event's hash covers the
// previous hash and every field (length-prefixed, so fields cannot be shifted);
// the hash is keyed, so someone who can edit the file but lacks the key cannot
// re-chain it. Triggers in the schema refuse UPDATE and DELETE.
class AuditLog
{
public:
    AuditLog(store::Database &db, crypto::SecretBytes key);

    // Appends inside the caller's transaction if one is open.
    std::int64_t append(AuditEvent event);

    struct Verification
    {
        bool intact = true;
        std::int64_t eventsChecked = 0;
        std::optional<std::int64_t> firstBadSeq; // the first event whose hash or link fails
    };
    Verification verify() const;

private:
    QByteArray hashOf(const AuditEvent &event, const QByteArray &previousHash) const;

    store::Database &m_db;
    crypto::SecretBytes m_key;
};

} // namespace cb::audit
