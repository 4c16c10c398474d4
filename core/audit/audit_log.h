#pragma once

#include "core/crypto/secret_bytes.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

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
// re-chain it. Triggers in the schema refuse UPDATE and DELETE. The same code
// runs on the server's PostgreSQL store, where nodes append in turns under the
// store's write lock and the trail stays one chain.
class AuditLog
{
public:
    AuditLog(store::Database &db, crypto::SecretBytes key);

    // Appends inside the caller's transaction if one is open.
    std::int64_t append(AuditEvent event);

    // What is wrong with the first bad event, checked in this order.
    enum class Problem {
        None,
        OutOfSequence, // its seq is not the one after the previous: events missing, inserted or reordered
        HashMismatch,  // its fields no longer match its hash: edited, or forged without the key
        BrokenLink,    // its link does not name the previous event's hash: something before it changed
        WrongType,     // a field is stored as another type than its column's (the viewer's lookups miss it)
        SchemaChanged, // the table is no longer the one the migrations made (not STRICT, other columns, triggers gone)
    };

    struct Verification
    {
        bool intact = true;
        std::int64_t eventsChecked = 0;
        std::optional<std::int64_t> firstBadSeq; // the first event whose hash or link fails
        Problem problem = Problem::None;
        AuditEvent firstBad;                     // that event as stored (for the report)
        std::int64_t lastSeq = 0;                // the last intact event's seq
        QByteArray lastHash;                     // and its hash (the chain head when intact)
    };
    Verification verify() const;

    // The stored hash of event `seq`; empty when there is no such event.
    QByteArray storedHash(std::int64_t seq) const;
    // Event `seq` as stored; nullopt when there is none.
    std::optional<AuditEvent> event(std::int64_t seq) const;
    // The newest event's seq and hash; seq 0 when the trail is empty.
    std::pair<std::int64_t, QByteArray> head() const;

private:
    // Empty when the table, its STRICT typing and its append-only triggers are as made.
    QString schemaProblem() const;
    QString postgresSchemaProblem() const;
    QByteArray hashOf(const AuditEvent &event, const QByteArray &previousHash) const;

    store::Database &m_db;
    crypto::SecretBytes m_key;
};

} // namespace cb::audit
