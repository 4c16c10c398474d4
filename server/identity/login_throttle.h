#pragma once

#include "core/platform/clock.h"
#include "server/identity/attempt_counter.h"

#include <QHostAddress>

#include <cstdint>
#include <memory>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

// Slows password and code guessing down to nothing without a hard lock that a
// stranger could hold (security review, finding 7). Everything is keyed by the
// username as typed, never by whether an account exists, so known and unknown
// usernames answer alike. In memory on the embedded store's one node; in the
// database on PostgreSQL, where every node counts the same guesses
// (SharedAttempts). Over a sliding day:
//  - per username and address: 5 free failures, then a delay from 1 s doubling
//    to 30 min: one guesser at one address gets fewer than 100 tries a day
//    (NIST SP 800-63B 5.2.2);
//  - per username from anywhere: 10 free, then 1 s doubling to at most 60 s, so
//    spread-out guessing is slow while the real person waits a minute at worst
//    (the password step alone reveals nothing, so each guess also needs a code);
//  - per address: 30 failures in 15 minutes block that address;
//  - password steps (each an Argon2id run): 30 a minute per address and 300 a
//    minute in all, except from addresses where someone signed in within the
//    last 12 hours, so a flood from elsewhere cannot lock the clinic out.
// Delays are enforced where a password is checked (the password step, unlock,
// password change). Each password step counts as a failure until its sign-in
// succeeds: otherwise the next answer's delay would reveal whether the password
// was right. A challenge's first failed code is that same failure; further
// codes on it count again.
// Failures against real accounts are also stored, so the person can be told at
// their next sign-in that someone tried.
class LoginThrottle
{
public:
    static constexpr std::int64_t FailureWindowMs = 24 * 3'600'000;
    static constexpr int PairFreeFailures = 5;
    static constexpr std::int64_t PairLongestDelayMs = 30 * 60'000;
    static constexpr int NameFreeFailures = 10;
    static constexpr std::int64_t NameLongestDelayMs = 60'000;
    static constexpr int AddressFailureLimit = 30;
    static constexpr std::int64_t AddressWindowMs = 15 * 60'000;
    static constexpr int PasswordStepLimit = 30;
    static constexpr int GlobalPasswordStepLimit = 300;
    static constexpr std::int64_t PasswordStepWindowMs = 60'000;
    static constexpr int MaxTrackedKeys = 65'536;
    static constexpr std::int64_t SignedInFromWindowMs = 12 * 3'600'000LL;

    LoginThrottle(store::Database &db, const platform::Clock &clock);

    // Milliseconds before `username` may try again from `address`; 0 = now.
    std::int64_t waitMs(const QString &username, const QHostAddress &address);
    bool addressBlocked(const QHostAddress &address);
    // The longest delay this username faces from any address (what admins see as a lock).
    std::int64_t accountWaitMs(const QString &username);
    // An admin lifts the delays on this username, from every address.
    void lift(const QString &username);
    // Whether one more password step fits the per-address and global allowance.
    // A step counts once it is taken on (countPasswordStep): one the busy pool
    // refused does not use it up.
    bool passwordStepAllowed(const QHostAddress &address);
    void countPasswordStep(const QHostAddress &address);

    // One failed (or not yet successful) attempt, in the delay windows. Counted
    // when the work is queued, so concurrent steps cannot slip past a delay;
    // uncountAttempt() takes it back when the busy pool refused the step.
    void countAttempt(const QString &username, const QHostAddress &address);
    void uncountAttempt(const QString &username, const QHostAddress &address);
    // A failure on a real account, kept for the person to see at their next sign-in.
    void storeFailure(std::int64_t userId);
    // `settlesAStep`: the success completes a password step that was counted as
    // a failure, which is taken back (an unlock counts nothing in advance).
    void recordSuccess(const QString &username, std::int64_t userId, const QHostAddress &address,
                       bool settlesAStep = true);

    struct FailedAttempts
    {
        int count = 0;
        std::int64_t lastAtMs = 0;
    };
    // Failures on this account since its last sign-in (read before recordSuccess).
    FailedAttempts failedSinceLastSignIn(std::int64_t userId) const;

    static std::int64_t delayMs(int failures, int freeFailures, std::int64_t longestMs);
    // Keys held in memory, over every window (tests and /metrics).
    int trackedKeys() const;

private:
    static QString pairKey(const QString &username, const QHostAddress &address);
    // How long `key` still waits in `window` (0 while within its free failures).
    static std::int64_t waitIn(AttemptCounter &window, const QString &key, int freeFailures, std::int64_t longestMs,
                               std::int64_t nowMs);

    store::Database &m_db;
    const platform::Clock &m_clock;
    // A window of this store's kind (see the class comment).
    std::unique_ptr<AttemptCounter> window(const char *scope, std::int64_t windowMs, int maxKeys,
                                           int maxTimesPerKey = 256);

    std::unique_ptr<AttemptCounter> m_pairs;
    std::unique_ptr<AttemptCounter> m_names;
    std::unique_ptr<AttemptCounter> m_addresses;
    std::unique_ptr<AttemptCounter> m_passwordSteps;
    std::unique_ptr<AttemptCounter> m_allPasswordSteps;
    std::unique_ptr<AttemptCounter> m_signedInFrom;
};

} // namespace cb::server
