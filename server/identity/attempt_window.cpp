#include "server/identity/attempt_window.h"

#include <algorithm>

namespace cb::server {

AttemptWindow::AttemptWindow(std::int64_t windowMs, int maxKeys, int maxTimesPerKey)
    : m_windowMs(windowMs), m_maxKeys(maxKeys), m_maxTimesPerKey(maxTimesPerKey)
{
}

QList<std::int64_t> *AttemptWindow::live(const QString &key, std::int64_t nowMs)
{
    if (nowMs - m_lastPruneMs >= m_windowMs) {
        prune(nowMs);
    }
    const auto found = m_times.find(key);
    if (found == m_times.end()) {
        return nullptr;
    }
    const std::int64_t cutoff = nowMs - m_windowMs;
    QList<std::int64_t> &times = found.value();
    times.erase(times.begin(), std::find_if(times.begin(), times.end(), [cutoff](std::int64_t at) { return at > cutoff; }));
    return &times;
}

void AttemptWindow::add(const QString &key, std::int64_t nowMs)
{
    QList<std::int64_t> *times = live(key, nowMs);
    if (times == nullptr) {
        if (m_times.size() >= m_maxKeys) {
            evictStalest();
        }
        times = &m_times[key];
    }
    if (times->size() >= m_maxTimesPerKey) {
        times->removeFirst();
    }
    times->append(nowMs); // times stay in order: the clock only moves forward
}

int AttemptWindow::count(const QString &key, std::int64_t nowMs)
{
    const QList<std::int64_t> *times = live(key, nowMs);
    return times ? int(times->size()) : 0;
}

std::int64_t AttemptWindow::newest(const QString &key, std::int64_t nowMs)
{
    const QList<std::int64_t> *times = live(key, nowMs);
    return times && !times->isEmpty() ? times->last() : 0;
}

void AttemptWindow::clear(const QString &key)
{
    m_times.remove(key);
}

QStringList AttemptWindow::keysEndingWith(const QString &suffix, std::int64_t /*nowMs*/)
{
    QStringList keys;
    for (auto it = m_times.cbegin(); it != m_times.cend(); ++it) {
        if (it.key().endsWith(suffix)) {
            keys << it.key();
        }
    }
    return keys;
}

void AttemptWindow::removeNewest(const QString &key)
{
    const auto found = m_times.find(key);
    if (found != m_times.end() && !found->isEmpty()) {
        found->removeLast();
    }
}

void AttemptWindow::prune(std::int64_t nowMs)
{
    m_lastPruneMs = nowMs;
    const std::int64_t cutoff = nowMs - m_windowMs;
    m_times.removeIf([cutoff](const auto &entry) { return entry.value().isEmpty() || entry.value().last() <= cutoff; });
}

void AttemptWindow::evictStalest()
{
    auto stalest = m_times.end();
    for (auto it = m_times.begin(); it != m_times.end(); ++it) {
        if (stalest == m_times.end() || it.value().value(it.value().size() - 1, 0) < stalest.value().value(stalest.value().size() - 1, 0)) {
            stalest = it;
        }
    }
    if (stalest != m_times.end()) {
        m_times.erase(stalest);
    }
}

} // namespace cb::server
