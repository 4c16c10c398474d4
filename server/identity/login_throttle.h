#pragma once

#include "core/platform/clock.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// Slows password guessing down to nothing. Per account, stored: from the 5th
// consecutive failure the account locks for 30 s, doubling each further failure
// up to an hour, so 100 failures can never happen without locks (NIST 800-63B
// §5.2.2). Per address, in memory: at most 30 failures in 15 minutes.
class LoginThrottle
{
public:
    static constexpr int FreeFailures = 4;
    static constexpr std::int64_t FirstLockMs = 30'000;
    static constexpr std::int64_t LongestLockMs = 3'600'000;
    static constexpr int AddressFailureLimit = 30;
    static constexpr std::int64_t AddressWindowMs = 15 * 60'000;
    // Password steps (each costs an Argon2id run) per address per minute.
    static constexpr int PasswordStepLimit = 30;
    static constexpr std::int64_t PasswordStepWindowMs = 60'000;

    LoginThrottle(store::Database &db, const platform::Clock &clock);

    // Milliseconds until this account may try again; 0 = now.
    std::int64_t accountWaitMs(std::int64_t userId) const;
    bool addressBlocked(const QHostAddress &address);
    // Whether `address` is still within its per-minute allowance of password
    // steps, so a flood cannot keep the server hashing. A step counts once it is
    // taken on (countPasswordStep): one the busy pool refused does not use it up.
    bool passwordStepAllowed(const QHostAddress &address);
    void countPasswordStep(const QHostAddress &address);

    void recordFailure(std::optional<std::int64_t> userId, const QHostAddress &address);
    void recordSuccess(std::int64_t userId);
    static std::int64_t lockDurationMs(int consecutiveFailures);

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
    QHash<QString, QList<std::int64_t>> m_addressFailures;
    QHash<QString, QList<std::int64_t>> m_passwordSteps;
};

} // namespace cb::server
