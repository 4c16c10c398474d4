#include "server/identity/shared_attempts.h"

#include "core/store/database.h"

#include <algorithm>

namespace cb::server {

SharedAttempts::SharedAttempts(store::Database &db, QString scope, std::int64_t windowMs, int maxTimesPerKey)
    : m_db(db), m_scope(std::move(scope)), m_windowMs(windowMs), m_maxTimesPerKey(maxTimesPerKey)
{
}

void SharedAttempts::add(const QString &key, std::int64_t nowMs)
{
    if (nowMs - m_lastPruneMs >= m_windowMs) {
        prune(nowMs);
        m_lastPruneMs = nowMs;
    }
    // One statement (no transaction of its own: the caller may be in one). The
    // DELETE sees the rows from before the INSERT, so it keeps the newest
    // maxTimesPerKey - 1 of them and the new one makes the bound.
    m_db.prepare("WITH added AS (INSERT INTO attempts (scope, key, at_ms) VALUES (?, ?, ?)) "
                 "DELETE FROM attempts WHERE ctid IN (SELECT ctid FROM attempts WHERE scope = ? AND key = ? "
                 "ORDER BY at_ms DESC OFFSET ?)")
        .bindAll(m_scope, key, nowMs, m_scope, key, std::max(0, m_maxTimesPerKey - 1))
        .run();
}

int SharedAttempts::count(const QString &key, std::int64_t nowMs)
{
    auto row = m_db.prepare("SELECT count(*) FROM attempts WHERE scope = ? AND key = ? AND at_ms > ?");
    row.bindAll(m_scope, key, nowMs - m_windowMs);
    return row.step() ? int(row.columnInt64(0)) : 0;
}

std::int64_t SharedAttempts::newest(const QString &key, std::int64_t nowMs)
{
    auto row = m_db.prepare(
        "SELECT COALESCE(max(at_ms), 0) FROM attempts WHERE scope = ? AND key = ? AND at_ms > ?");
    row.bindAll(m_scope, key, nowMs - m_windowMs);
    return row.step() ? row.columnInt64(0) : 0;
}

void SharedAttempts::clear(const QString &key)
{
    m_db.prepare("DELETE FROM attempts WHERE scope = ? AND key = ?").bindAll(m_scope, key).run();
}

QStringList SharedAttempts::keysEndingWith(const QString &suffix, std::int64_t nowMs)
{
    auto rows = m_db.prepare("SELECT DISTINCT key FROM attempts WHERE scope = ? AND at_ms > ? "
                                     "AND right(key, length(?)) = ? ORDER BY key");
    rows.bindAll(m_scope, nowMs - m_windowMs, suffix, suffix);
    QStringList keys;
    while (rows.step()) {
        keys << rows.columnText(0);
    }
    return keys;
}

void SharedAttempts::removeNewest(const QString &key)
{
    m_db.prepare("DELETE FROM attempts WHERE ctid = (SELECT ctid FROM attempts WHERE scope = ? AND key = ? "
                 "ORDER BY at_ms DESC LIMIT 1)")
        .bindAll(m_scope, key)
        .run();
}

int SharedAttempts::keys() const
{
    auto row = m_db.prepare("SELECT count(DISTINCT key) FROM attempts WHERE scope = ?");
    row.bind(1, m_scope);
    return row.step() ? int(row.columnInt64(0)) : 0;
}

void SharedAttempts::prune(std::int64_t nowMs)
{
    m_db.prepare("DELETE FROM attempts WHERE scope = ? AND at_ms <= ?").bindAll(m_scope, nowMs - m_windowMs).run();
}

} // namespace cb::server
