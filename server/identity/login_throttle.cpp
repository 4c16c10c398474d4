#include "server/identity/login_throttle.h"

#include "core/store/database.h"

#include <algorithm>

namespace cb::server {

LoginThrottle::LoginThrottle(store::Database &db, const platform::Clock &clock) : m_db(db), m_clock(clock) {}

std::int64_t LoginThrottle::lockDurationMs(int consecutiveFailures)
{
    if (consecutiveFailures <= FreeFailures) {
        return 0;
    }
    const int doublings = std::min(consecutiveFailures - FreeFailures - 1, 20);
    return std::min(FirstLockMs << doublings, LongestLockMs);
}

std::int64_t LoginThrottle::accountWaitMs(std::int64_t userId) const
{
    auto row = m_db.prepare("SELECT locked_until_ms FROM staff_users WHERE id = ?");
    row.bind(1, userId);
    return row.step() ? std::max<std::int64_t>(0, row.columnInt64(0) - m_clock.nowMs()) : 0;
}

namespace {
// Drops the times older than the window and returns how many are left.
qsizetype countWithin(QList<std::int64_t> &times, std::int64_t cutoff)
{
    times.erase(std::remove_if(times.begin(), times.end(), [cutoff](std::int64_t at) { return at < cutoff; }),
                times.end());
    return times.size();
}
} // namespace

bool LoginThrottle::addressBlocked(const QHostAddress &address)
{
    return countWithin(m_addressFailures[address.toString()], m_clock.nowMs() - AddressWindowMs) >= AddressFailureLimit;
}

bool LoginThrottle::passwordStepAllowed(const QHostAddress &address)
{
    auto &steps = m_passwordSteps[address.toString()];
    return countWithin(steps, m_clock.nowMs() - PasswordStepWindowMs) < PasswordStepLimit;
}

void LoginThrottle::countPasswordStep(const QHostAddress &address)
{
    m_passwordSteps[address.toString()].append(m_clock.nowMs());
}

void LoginThrottle::recordFailure(std::optional<std::int64_t> userId, const QHostAddress &address)
{
    m_addressFailures[address.toString()].append(m_clock.nowMs());
    if (!userId) {
        return;
    }
    m_db.prepare("UPDATE staff_users SET failed_logins = failed_logins + 1 WHERE id = ?").bind(1, *userId).run();
    auto row = m_db.prepare("SELECT failed_logins FROM staff_users WHERE id = ?");
    row.bind(1, *userId);
    if (row.step()) {
        const std::int64_t lock = lockDurationMs(static_cast<int>(row.columnInt64(0)));
        if (lock > 0) {
            m_db.prepare("UPDATE staff_users SET locked_until_ms = ? WHERE id = ?")
                .bindAll(m_clock.nowMs() + lock, *userId)
                .run();
        }
    }
}

void LoginThrottle::recordSuccess(std::int64_t userId)
{
    m_db.prepare("UPDATE staff_users SET failed_logins = 0, locked_until_ms = 0 WHERE id = ?").bind(1, userId).run();
}

} // namespace cb::server
