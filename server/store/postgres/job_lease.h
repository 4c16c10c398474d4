#pragma once

#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace cb::store::pg {

class Connection;

// A job that must run on one node at a time (sending to WhatsApp, media fetches,
// retention, snooze wake-ups, audit checkpoints, backups) holds a lease row
// (issue 23). The database's clock decides expiry, so nodes' clocks never
// disagree about it. A node renews well before expiry; a node that dies stops
// renewing and another takes the job over once the lease ran out (with the
// defaults, within 10 s: 6 s of lease, tried every 2 s).
//
// Each takeover raises the lease's fence. Work done under a lease commits only
// in a transaction where stillHeld() said yes: it locks the lease row (FOR
// SHARE) until that commit, so a node that paused past its expiry (a long GC, a
// frozen VM) and lost the job finds out before writing, and a takeover waits for
// a commit already under way instead of overlapping it.
class JobLease
{
public:
    static constexpr std::chrono::milliseconds DefaultTtl{6000};
    static constexpr std::chrono::milliseconds RenewEvery{2000};
    // The table, in the PostgreSQL schema's first migration.
    static constexpr const char *Schema =
        "CREATE TABLE IF NOT EXISTS job_leases (job text PRIMARY KEY, holder text NOT NULL, "
        "fence bigint NOT NULL, expires_at timestamptz NOT NULL)";

    JobLease(Connection &connection, QString job, QString holder, std::chrono::milliseconds ttl = DefaultTtl);

    // Takes the job if nobody holds it or its lease ran out: the new fence, or
    // nothing while another node holds it. For its holder, a renewal (same fence).
    std::optional<std::int64_t> acquire();
    // Extends the lease held with `fence`; false once it ran out (another node may
    // hold the job now: stop, and acquire again later).
    bool renew();
    // Inside the transaction that commits the job's work: whether this lease is
    // still ours; the row stays locked until that transaction ends.
    bool stillHeld();
    // Hands the job over at once (a clean shutdown).
    void release();

    std::optional<std::int64_t> fence() const { return m_fence; }

private:
    Connection &m_connection;
    QString m_job;
    QString m_holder;
    std::chrono::milliseconds m_ttl;
    std::optional<std::int64_t> m_fence;
};

} // namespace cb::store::pg
