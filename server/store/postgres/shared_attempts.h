#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace cb::store::pg {

class Connection;

// AttemptWindow's counterpart for several nodes (issue 23): recent attempt times
// per key (a username, an address, both) over a sliding window, kept in the
// database, so a guess counts the same whichever node it reached and adding a
// node never multiplies what an attacker may try (in-memory limiters per node
// do). `scope` names the window ("pair", "name", "address", "password_step"),
// so the throttle's windows share one table. Bounded as AttemptWindow is: at
// most `maxTimesPerKey` times a key, and prune() drops what left the window.
// Times are the caller's clock (the throttle's injected Clock), as in memory.
// Usernames and addresses are staff's and strangers', never patients'.
class SharedAttempts
{
public:
    static constexpr const char *Schema =
        "CREATE TABLE IF NOT EXISTS attempts (scope text NOT NULL, key text NOT NULL, at_ms bigint NOT NULL); "
        "CREATE INDEX IF NOT EXISTS attempts_by_key ON attempts (scope, key, at_ms)";

    SharedAttempts(Connection &connection, QString scope, std::int64_t windowMs, int maxTimesPerKey = 256);

    void add(const QString &key, std::int64_t nowMs);
    int count(const QString &key, std::int64_t nowMs);
    std::int64_t newest(const QString &key, std::int64_t nowMs);
    void clear(const QString &key);
    QStringList keysEndingWith(const QString &suffix, std::int64_t nowMs);
    void removeNewest(const QString &key);
    void prune(std::int64_t nowMs);

private:
    Connection &m_connection;
    QString m_scope;
    std::int64_t m_windowMs;
    int m_maxTimesPerKey;
};

} // namespace cb::store::pg
