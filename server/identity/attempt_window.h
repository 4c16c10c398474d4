#pragma once

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
// (the stalest key gives way).
class AttemptWindow
{
public:
    AttemptWindow(std::int64_t windowMs, int maxKeys, int maxTimesPerKey = 256);

    void add(const QString &key, std::int64_t nowMs);
    // Attempts within the window ending now.
    int count(const QString &key, std::int64_t nowMs);
    // The time of the newest attempt within the window, or 0.
    std::int64_t newest(const QString &key, std::int64_t nowMs);
    void clear(const QString &key);
    // The keys that end with `suffix` (e.g. every address's pair for one username).
    QStringList keysEndingWith(const QString &suffix) const;
    // Takes back the newest attempt (one that turned out to be a success).
    void removeNewest(const QString &key);
    // Drops every key with nothing in the window; runs by itself once a window.
    void prune(std::int64_t nowMs);
    int keys() const { return int(m_times.size()); }

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
