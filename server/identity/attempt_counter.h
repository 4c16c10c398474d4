#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace cb::server {

// Recent attempt times per key (a username, an address, a pair of both) over a
// sliding window: what LoginThrottle's delays are made of. In memory on one node
// (AttemptWindow); in the database when several nodes share a PostgreSQL store
// (SharedAttempts), so a guess counts the same whichever node it reached and
// adding a node never multiplies what an attacker may try.
class AttemptCounter
{
public:
    virtual ~AttemptCounter() = default;

    virtual void add(const QString &key, std::int64_t nowMs) = 0;
    // Attempts within the window ending now.
    virtual int count(const QString &key, std::int64_t nowMs) = 0;
    // The time of the newest attempt within the window, or 0.
    virtual std::int64_t newest(const QString &key, std::int64_t nowMs) = 0;
    virtual void clear(const QString &key) = 0;
    // The keys with attempts in the window that end with `suffix` (every
    // address's pair for one username).
    virtual QStringList keysEndingWith(const QString &suffix, std::int64_t nowMs) = 0;
    // Takes back the newest attempt (one that turned out to be a success).
    virtual void removeNewest(const QString &key) = 0;
    // Keys held (tests and /metrics).
    virtual int keys() const = 0;
};

} // namespace cb::server
