#include "server/store/postgres/job_lease.h"

#include "server/store/postgres/pg_connection.h"

namespace cb::store::pg {

JobLease::JobLease(Connection &connection, QString job, QString holder, std::chrono::milliseconds ttl)
    : m_connection(connection), m_job(std::move(job)), m_holder(std::move(holder)), m_ttl(ttl)
{
}

std::optional<std::int64_t> JobLease::acquire()
{
    if (m_fence && renew()) {
        return m_fence; // ours already: the same fence, a longer lease
    }
    // One statement: a free job is inserted, an expired lease is taken with the
    // next fence; a live one (ours included) is left alone.
    auto row = m_connection.prepare(
        "INSERT INTO job_leases (job, holder, fence, expires_at) "
        "VALUES (?, ?, 1, clock_timestamp() + ? * interval '1 millisecond') "
        "ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, fence = job_leases.fence + 1, "
        "expires_at = excluded.expires_at WHERE job_leases.expires_at <= clock_timestamp() "
        "RETURNING fence");
    row.bindAll(m_job, m_holder, std::int64_t(m_ttl.count()));
    m_fence = row.step() ? std::optional(row.columnInt64(0)) : std::nullopt;
    return m_fence;
}

bool JobLease::renew()
{
    if (!m_fence) {
        return false;
    }
    auto row = m_connection.prepare(
        "UPDATE job_leases SET expires_at = clock_timestamp() + ? * interval '1 millisecond' "
        "WHERE job = ? AND holder = ? AND fence = ? AND expires_at > clock_timestamp() RETURNING fence");
    row.bindAll(std::int64_t(m_ttl.count()), m_job, m_holder, *m_fence);
    if (!row.step()) {
        m_fence.reset();
        return false;
    }
    return true;
}

bool JobLease::stillHeld()
{
    if (!m_fence) {
        return false;
    }
    auto row = m_connection.prepare("SELECT 1 FROM job_leases WHERE job = ? AND holder = ? AND fence = ? "
                                    "AND expires_at > clock_timestamp() FOR SHARE");
    row.bindAll(m_job, m_holder, *m_fence);
    return row.step();
}

void JobLease::release()
{
    if (!m_fence) {
        return;
    }
    m_connection.prepare("UPDATE job_leases SET expires_at = '-infinity' WHERE job = ? AND holder = ? AND fence = ?")
        .bindAll(m_job, m_holder, *m_fence)
        .run();
    m_fence.reset();
}

} // namespace cb::store::pg
