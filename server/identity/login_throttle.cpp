#include "server/identity/login_throttle.h"

#include "core/platform/client_key.h"
#include "core/store/database.h"
#include "server/identity/attempt_window.h"
#include "server/identity/shared_attempts.h"

#include <algorithm>

namespace cb::server {

namespace {
const QString AllAddresses = QStringLiteral("*");
}

LoginThrottle::LoginThrottle(store::Database &db, const platform::Clock &clock)
    : m_db(db), m_clock(clock), m_pairs(window("pair", FailureWindowMs, MaxTrackedKeys)),
      m_names(window("name", FailureWindowMs, MaxTrackedKeys)),
      m_addresses(window("address", AddressWindowMs, MaxTrackedKeys)),
      m_passwordSteps(window("password_step", PasswordStepWindowMs, MaxTrackedKeys)),
      m_allPasswordSteps(window("all_password_steps", PasswordStepWindowMs, 1, GlobalPasswordStepLimit)),
      m_signedInFrom(window("signed_in_from", SignedInFromWindowMs, MaxTrackedKeys, 1))
{
}

std::unique_ptr<AttemptCounter> LoginThrottle::window(const char *scope, std::int64_t windowMs, int maxKeys,
                                                      int maxTimesPerKey)
{
    if (m_db.engine() == store::Database::Engine::PostgreSql) {
        return std::make_unique<SharedAttempts>(m_db, QString::fromLatin1(scope), windowMs, maxTimesPerKey);
    }
    return std::make_unique<AttemptWindow>(windowMs, maxKeys, maxTimesPerKey);
}

std::int64_t LoginThrottle::delayMs(int failures, int freeFailures, std::int64_t longestMs)
{
    if (failures < freeFailures) {
        return 0;
    }
    const int doublings = std::min(failures - freeFailures, 30);
    return std::min<std::int64_t>(std::int64_t(1000) << doublings, longestMs);
}

std::int64_t LoginThrottle::waitIn(AttemptCounter &window, const QString &key, int freeFailures, std::int64_t longestMs,
                                   std::int64_t nowMs)
{
    const std::int64_t delay = delayMs(window.count(key, nowMs), freeFailures, longestMs);
    return delay == 0 ? 0 : std::max<std::int64_t>(0, window.newest(key, nowMs) + delay - nowMs);
}

QString LoginThrottle::pairKey(const QString &username, const QHostAddress &address)
{
    return platform::clientKey(address) + QLatin1Char('\n') + username;
}

std::int64_t LoginThrottle::waitMs(const QString &username, const QHostAddress &address)
{
    const std::int64_t now = m_clock.nowMs();
    auto waitFor = [now](AttemptCounter &window, const QString &key, int freeFailures, std::int64_t longestMs) {
        return waitIn(window, key, freeFailures, longestMs, now);
    };
    std::int64_t wait = std::max(waitFor(*m_pairs, pairKey(username, address), PairFreeFailures, PairLongestDelayMs),
                                 waitFor(*m_names, username, NameFreeFailures, NameLongestDelayMs));
    if (addressBlocked(address)) {
        wait = std::max(wait, m_addresses->newest(platform::clientKey(address), now) + AddressWindowMs - now);
    }
    return wait;
}

std::int64_t LoginThrottle::accountWaitMs(const QString &username)
{
    const std::int64_t now = m_clock.nowMs();
    auto waitFor = [now](AttemptCounter &window, const QString &key, int freeFailures, std::int64_t longestMs) {
        return waitIn(window, key, freeFailures, longestMs, now);
    };
    std::int64_t wait = waitFor(*m_names, username, NameFreeFailures, NameLongestDelayMs);
    // Collected first: counting prunes the window, which must not change while walked.
    const QStringList pairs = m_pairs->keysEndingWith(QLatin1Char('\n') + username, now);
    for (const QString &pair : pairs) {
        wait = std::max(wait, waitFor(*m_pairs, pair, PairFreeFailures, PairLongestDelayMs));
    }
    return wait;
}

void LoginThrottle::lift(const QString &username)
{
    const std::int64_t now = m_clock.nowMs();
    m_names->clear(username);
    const QStringList pairs = m_pairs->keysEndingWith(QLatin1Char('\n') + username, now);
    for (const QString &pair : pairs) {
        m_pairs->clear(pair);
    }
}

bool LoginThrottle::addressBlocked(const QHostAddress &address)
{
    return m_addresses->count(platform::clientKey(address), m_clock.nowMs()) >= AddressFailureLimit;
}

bool LoginThrottle::passwordStepAllowed(const QHostAddress &address)
{
    const std::int64_t now = m_clock.nowMs();
    if (m_passwordSteps->count(platform::clientKey(address), now) >= PasswordStepLimit) {
        return false;
    }
    // The global cap must not become a lockout a stranger can hold: addresses
    // where someone signed in lately (the clinic's workstations) are exempt.
    return m_signedInFrom->count(platform::clientKey(address), now) > 0 ||
           m_allPasswordSteps->count(AllAddresses, now) < GlobalPasswordStepLimit;
}

void LoginThrottle::countPasswordStep(const QHostAddress &address)
{
    const std::int64_t now = m_clock.nowMs();
    m_passwordSteps->add(platform::clientKey(address), now);
    m_allPasswordSteps->add(AllAddresses, now);
}

void LoginThrottle::countAttempt(const QString &username, const QHostAddress &address)
{
    const std::int64_t now = m_clock.nowMs();
    m_pairs->add(pairKey(username, address), now);
    m_names->add(username, now);
    m_addresses->add(platform::clientKey(address), now);
}

void LoginThrottle::uncountAttempt(const QString &username, const QHostAddress &address)
{
    m_pairs->removeNewest(pairKey(username, address));
    m_names->removeNewest(username);
    m_addresses->removeNewest(platform::clientKey(address));
}

void LoginThrottle::storeFailure(std::int64_t userId)
{
    m_db.prepare("UPDATE staff_users SET failed_logins = failed_logins + 1, last_failed_login_ms = ? WHERE id = ?")
        .bindAll(m_clock.nowMs(), userId)
        .run();
}

void LoginThrottle::recordSuccess(const QString &username, std::int64_t userId, const QHostAddress &address,
                                  bool settlesAStep)
{
    m_pairs->clear(pairKey(username, address));
    m_names->clear(username);
    m_signedInFrom->add(platform::clientKey(address), m_clock.nowMs());
    if (settlesAStep) {
        m_addresses->removeNewest(platform::clientKey(address));
    }
    m_db.prepare("UPDATE staff_users SET failed_logins = 0, last_failed_login_ms = 0 WHERE id = ?").bind(1, userId).run();
}

LoginThrottle::FailedAttempts LoginThrottle::failedSinceLastSignIn(std::int64_t userId) const
{
    auto row = m_db.prepare("SELECT failed_logins, last_failed_login_ms FROM staff_users WHERE id = ?");
    row.bind(1, userId);
    return row.step() ? FailedAttempts{int(row.columnInt64(0)), row.columnInt64(1)} : FailedAttempts{};
}

int LoginThrottle::trackedKeys() const
{
    return m_pairs->keys() + m_names->keys() + m_addresses->keys() + m_passwordSteps->keys() + m_signedInFrom->keys();
}

} // namespace cb::server
