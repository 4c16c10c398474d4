#pragma once

#include "server/identity/attempt_counter.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// AttemptWindow's counterpart for several nodes (issue 23): the attempt times in
// the PostgreSQL store's `attempts` table (migration server-pg 0003), so a guess
// counts the same whichever node it reached. `scope` names the window ("pair",
// "name", "address", …), so the throttle's windows share one table. Bounded as
// AttemptWindow is: at most `maxTimesPerKey` times a key, and what left the
// window is deleted once a window (as AttemptWindow prunes itself). The number of
// keys a stranger can add is bounded by the throttle's own global allowance of
// password steps. Times are the caller's clock (the throttle's injected Clock).
// Usernames and addresses are staff's and strangers', never patients'.
class SharedAttempts final : public AttemptCounter
{
public:
    SharedAttempts(store::Database &db, QString scope, std::int64_t windowMs, int maxTimesPerKey = 256);

    void add(const QString &key, std::int64_t nowMs) override;
    int count(const QString &key, std::int64_t nowMs) override;
    std::int64_t newest(const QString &key, std::int64_t nowMs) override;
    void clear(const QString &key) override;
    QStringList keysEndingWith(const QString &suffix, std::int64_t nowMs) override;
    void removeNewest(const QString &key) override;
    int keys() const override;
    // Deletes what left the window (every node's); add() runs it once a window.
    void prune(std::int64_t nowMs);

private:
    store::Database &m_db;
    QString m_scope;
    std::int64_t m_windowMs;
    int m_maxTimesPerKey;
    std::int64_t m_lastPruneMs = 0;
};

} // namespace cb::server
