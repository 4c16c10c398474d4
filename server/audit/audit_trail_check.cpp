#include "server/audit/audit_trail_check.h"

#include "server/audit/audit_checkpoints.h"

namespace cb::server {

namespace {
using Problem = audit::AuditLog::Problem;

void consider(AuditTrailReport &report, std::int64_t seq, const QString &problem, const QString &explanation)
{
    if (report.firstBadSeq && *report.firstBadSeq <= seq) {
        return;
    }
    report.intact = false;
    report.firstBadSeq = seq;
    report.problem = problem;
    report.explanation = explanation;
}

void considerChain(AuditTrailReport &report, const audit::AuditLog::Verification &chain)
{
    if (chain.intact) {
        return;
    }
    switch (chain.problem) {
    case Problem::OutOfSequence:
        consider(report, *chain.firstBadSeq, QStringLiteral("out_of_sequence"),
                 QStringLiteral("expected seq %1 here: events are missing, inserted or reordered").arg(chain.lastSeq + 1));
        break;
    case Problem::HashMismatch:
        consider(report, *chain.firstBadSeq, QStringLiteral("hash_mismatch"),
                 QStringLiteral("its fields no longer match its hash: it was edited, or written without the audit key"));
        break;
    case Problem::WrongType:
        consider(report, *chain.firstBadSeq, QStringLiteral("wrong_type"),
                 QStringLiteral("a field is stored as another type than its column's: the viewer would not find it"));
        break;
    case Problem::SchemaChanged:
        consider(report, *chain.firstBadSeq, QStringLiteral("schema_changed"),
                 QStringLiteral("the audit_events table was rebuilt: its definition, STRICT typing or append-only "
                                "triggers are not the ones the server made"));
        break;
    case Problem::BrokenLink:
    case Problem::None:
        consider(report, *chain.firstBadSeq, QStringLiteral("broken_link"),
                 QStringLiteral("its link does not name the previous event's hash: an event before it was removed, "
                                "inserted or moved"));
        break;
    }
}
} // namespace

AuditTrailReport checkAuditTrail(const audit::AuditLog &log, const QByteArray &publicKey,
                                 const QList<CheckpointSource> &sources)
{
    AuditTrailReport report;
    const auto chain = log.verify();
    report.eventsChecked = chain.eventsChecked;
    report.headSeq = log.head().first;
    considerChain(report, chain);
    for (const CheckpointSource &source : sources) {
        for (const AuditCheckpoint &checkpoint : source.checkpoints) {
            ++report.checkpointsChecked;
            if (!CheckpointSigner::verify(publicKey, checkpoint)) {
                consider(report, checkpoint.seq, QStringLiteral("bad_signature"),
                         QStringLiteral("a checkpoint in %1 for this seq does not carry this server's signature")
                             .arg(source.name));
                continue;
            }
            if (checkpoint.seq > report.headSeq) {
                consider(report, report.headSeq + 1, QStringLiteral("truncated"),
                         QStringLiteral("events missing after a checkpoint: the chain ends at seq %1, but a checkpoint "
                                        "in %2 signed that seq %3 existed")
                             .arg(report.headSeq)
                             .arg(source.name)
                             .arg(checkpoint.seq));
                continue;
            }
            const QByteArray stored = log.storedHash(checkpoint.seq);
            if (!stored.isEmpty() && stored != checkpoint.hash) {
                consider(report, checkpoint.seq, QStringLiteral("checkpoint_mismatch"),
                         QStringLiteral("its hash differs from the one a checkpoint in %1 signed: the chain was "
                                        "rewritten from here on")
                             .arg(source.name));
            }
            // A checkpointed seq missing inside the chain is the chain's own gap, found above.
        }
    }
    if (report.firstBadSeq) {
        report.badEvent = log.event(*report.firstBadSeq);
    }
    return report;
}

AuditTrailReport checkStoreAuditTrail(store::Database &db, const audit::AuditLog &log, const crypto::SecretBytes &signingSeed,
                                      const StoreTrailSources &sources)
{
    // No anchor path given to the checkpointer: checking never writes a checkpoint.
    const AuditCheckpoints checkpoints(db, log, signingSeed, QString());
    QList<CheckpointSource> all{{sources.storeName, checkpoints.stored()},
                                {sources.anchorFileName, AuditCheckpoints::readAnchorFile(sources.anchorPath)}};
    all.append(sources.more);
    return checkAuditTrail(log, checkpoints.publicKey(), all);
}

} // namespace cb::server
