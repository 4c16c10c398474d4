#pragma once

#include "core/audit/audit_log.h"
#include "server/audit/checkpoint_signer.h"

#include <QList>
#include <QString>

#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

// Checkpoints from one place: the store, the anchor file, an earlier export.
struct CheckpointSource
{
    QString name;
    QList<AuditCheckpoint> checkpoints;
};

// The whole audit trail checked: the chain, then every checkpoint against it.
struct AuditTrailReport
{
    bool intact = true;
    std::int64_t eventsChecked = 0;
    std::int64_t headSeq = 0;
    int checkpointsChecked = 0;
    std::optional<std::int64_t> firstBadSeq;
    QString problem;     // hash_mismatch | broken_link | out_of_sequence | checkpoint_mismatch | bad_signature | truncated
    QString explanation; // one sentence for a person
    std::optional<audit::AuditEvent> badEvent; // the first bad event as stored, when it still exists
};

// The first problem in seq order wins, so the report names the earliest bad event.
AuditTrailReport checkAuditTrail(const audit::AuditLog &log, const QByteArray &publicKey,
                                 const QList<CheckpointSource> &sources);

// Where one store's checkpoints are: its own rows and its anchor file, named as a
// person reads them in a report ("the backup's store"), plus any further source.
struct StoreTrailSources
{
    QString anchorPath;
    QString storeName = QStringLiteral("the store");
    QString anchorFileName = QStringLiteral("the anchor file");
    QList<CheckpointSource> more;
};

// One store's whole trail checked against its own checkpoints and anchor file:
// what `audit verify`, `backup verify` and the restore drill all ask. Never writes.
AuditTrailReport checkStoreAuditTrail(store::Database &db, const audit::AuditLog &log, const crypto::SecretBytes &signingSeed,
                                      const StoreTrailSources &sources);

} // namespace cb::server
