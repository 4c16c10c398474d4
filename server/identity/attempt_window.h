#pragma once

#include "server/identity/attempt_counter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace cb::server {

// Recent attempt times per key (a username, an address, a pair of both), over a
// sliding window. Bounded in every direction, because the keys come from
// strangers: times older than the window are dropped, keys with none left are
// pruned, each key keeps at most `maxTimesPerKey` times (the oldest go; counts
// above it make no difference to a delay) and the map at most `maxKeys` keys
// (the stalest key gives way). One node's, in memory (see AttemptCounter).
class AttemptWindow final : public AttemptCounter
{
public:
    AttemptWindow(std::int64_t windowMs, int maxKeys, int maxTimesPerKey = 256);

    void add(const QString &key, std::int64_t nowMs) override;
    int count(const QString &key, std::int64_t nowMs) override;
    std::int64_t newest(const QString &key, std::int64_t nowMs) override;
    void clear(const QString &key) override;
    // Keys held, whether or not their times left the window yet.
    QStringList keysEndingWith(const QString &suffix, std::int64_t nowMs) override;
    void removeNewest(const QString &key) override;
    // Drops every key with nothing in the window; runs by itself once a window.
    void prune(std::int64_t nowMs);
    int keys() const override { return int(m_times.size()); }

private:
    QList<std::int64_t> *live(const QString &key, std::int64_t nowMs);
    void evictStalest();

    std::int64_t m_windowMs;
    int m_maxKeys;
    int m_maxTimesPerKey;
    std::int64_t m_lastPruneMs = 0;
    QHash<QString, QList<std::int64_t>> m_times;
};

} // namespace cb::server
