#include "server/identity/session_registry.h"

#include <QHash>
#include <QStringList>

#include "core/crypto/random_token.h"
#include "core/store/database.h"

namespace cb::server {

namespace {
const char *SelectSession = "SELECT id, user_id, device_id, created_at_ms, last_seen_at_ms, ended_at_ms,"
                            " workstation_name, address, last_auth_at_ms, locked_at_ms, end_reason FROM sessions";

SessionInfo readSession(store::Statement &row)
{
    return {row.columnText(0), row.columnInt64(1), row.columnText(2), row.columnInt64(3), row.columnInt64(4),
            row.columnText(6), row.columnText(7), row.columnInt64(8), row.columnInt64(9)};
}

QList<SessionInfo> readAll(store::Statement &rows)
{
    QList<SessionInfo> sessions;
    while (rows.step()) {
        sessions.append(readSession(rows));
    }
    return sessions;
}
} // namespace

SessionRegistry::SessionRegistry(store::Database &db, const platform::Clock &clock, crypto::SecretBytes tokenHashKey,
                                 PolicyFor policyFor)
    : m_db(db), m_clock(clock), m_policyFor(std::move(policyFor)), m_live(std::move(tokenHashKey))
{
    // After a restart the sessions that were live still are.
    auto open = m_db.prepare("SELECT token_hash, user_id, created_at_ms FROM sessions WHERE ended_at_ms IS NULL");
    const std::int64_t now = m_clock.nowMs();
    while (open.step()) {
        m_live.add(open.columnBlob(0), expiresAtMs(open.columnInt64(1), open.columnInt64(2)), now);
    }
}

std::int64_t SessionRegistry::expiresAtMs(std::int64_t userId, std::int64_t createdAtMs) const
{
    return createdAtMs + std::int64_t(m_policyFor(userId).absoluteSeconds) * 1000;
}

QByteArray SessionRegistry::tokenHash(const QByteArray &token) const
{
    return m_live.hashOf(token); // the one keyed hash of a token, stored and indexed alike
}

SessionRegistry::Created SessionRegistry::create(std::int64_t userId, const QString &deviceId, const Workstation &workstation)
{
    Created created;
    created.token = crypto::randomToken(32);
    const std::int64_t now = m_clock.nowMs();
    created.session = {QString::fromLatin1(crypto::randomToken(12)), userId, deviceId, now, now,
                       workstation.name, workstation.address, now, 0};
    m_db.prepare("INSERT INTO sessions (id, token_hash, user_id, device_id, created_at_ms, last_seen_at_ms,"
                 " workstation_name, address, last_auth_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, created.session.id)
        .bindBlob(2, tokenHash(created.token))
        .bind(3, userId)
        .bind(4, deviceId)
        .bind(5, now)
        .bind(6, now)
        .bind(7, workstation.name)
        .bind(8, workstation.address)
        .bind(9, now)
        .run();
    m_live.add(tokenHash(created.token), expiresAtMs(userId, now), now);
    return created;
}

SessionRegistry::Lookup SessionRegistry::authenticate(const QByteArray &token, bool touch)
{
    Lookup lookup;
    if (token.isEmpty() || token.size() > 128) {
        return lookup;
    }
    auto row = m_db.prepare(std::string(SelectSession) + " WHERE token_hash = ?");
    row.bindBlob(1, tokenHash(token));
    if (!row.step()) {
        return lookup;
    }
    lookup.session = readSession(row);
    if (!row.isNull(5)) {
        lookup.status = Status::Ended;
        lookup.endReason = row.columnText(10);
        return lookup;
    }
    const policy::SessionPolicy policy = m_policyFor(lookup.session.userId);
    const std::int64_t now = m_clock.nowMs();
    if (now - lookup.session.createdAtMs >= policy.absoluteSeconds * 1000) {
        end(lookup.session.id, QStringLiteral("absolute_timeout"));
        lookup.status = Status::AbsoluteTimeout;
        return lookup;
    }
    if (now - lookup.session.lastSeenAtMs >= policy.endAfterIdleSeconds * 1000) {
        end(lookup.session.id, QStringLiteral("idle_timeout"));
        lookup.status = Status::IdleTimeout;
        return lookup;
    }
    if (touch) {
        m_db.prepare("UPDATE sessions SET last_seen_at_ms = ? WHERE id = ?").bindAll(now, lookup.session.id).run();
        lookup.session.lastSeenAtMs = now;
    }
    lookup.status = Status::Valid;
    return lookup;
}

std::optional<SessionInfo> SessionRegistry::find(const QString &sessionId) const
{
    auto row = m_db.prepare(std::string(SelectSession) + " WHERE id = ?");
    row.bind(1, sessionId);
    return row.step() ? std::optional(readSession(row)) : std::nullopt;
}

QList<SessionInfo> SessionRegistry::activeForUser(std::int64_t userId) const
{
    auto rows = m_db.prepare(std::string(SelectSession) + " WHERE user_id = ? AND ended_at_ms IS NULL ORDER BY created_at_ms");
    rows.bind(1, userId);
    return readAll(rows);
}

QList<SessionInfo> SessionRegistry::activeOnDevice(const QString &deviceId) const
{
    auto rows = m_db.prepare(std::string(SelectSession) + " WHERE device_id = ? AND ended_at_ms IS NULL ORDER BY created_at_ms");
    rows.bind(1, deviceId);
    return readAll(rows);
}

// Sessions past their timeouts that nobody has touched since still have no end
// row; the list leaves them out rather than show someone who is gone.
QList<SessionInfo> SessionRegistry::allActive() const
{
    auto rows = m_db.prepare(std::string(SelectSession) + " WHERE ended_at_ms IS NULL ORDER BY created_at_ms");
    QList<SessionInfo> live;
    const std::int64_t now = m_clock.nowMs();
    QHash<std::int64_t, policy::SessionPolicy> policies; // one lookup per person, not per session
    for (const SessionInfo &session : readAll(rows)) {
        if (!policies.contains(session.userId)) {
            policies.insert(session.userId, m_policyFor(session.userId));
        }
        const policy::SessionPolicy policy = policies.value(session.userId);
        if (now - session.createdAtMs < policy.absoluteSeconds * 1000 &&
            now - session.lastSeenAtMs < policy.endAfterIdleSeconds * 1000) {
            live.append(session);
        }
    }
    return live;
}

void SessionRegistry::touch(const QString &sessionId)
{
    m_db.prepare("UPDATE sessions SET last_seen_at_ms = ? WHERE id = ?").bindAll(m_clock.nowMs(), sessionId).run();
}

void SessionRegistry::markAuthenticated(const QString &sessionId)
{
    m_db.prepare("UPDATE sessions SET last_auth_at_ms = ? WHERE id = ?").bindAll(m_clock.nowMs(), sessionId).run();
}

void SessionRegistry::setLocked(const QString &sessionId, bool locked)
{
    m_db.prepare("UPDATE sessions SET locked_at_ms = ? WHERE id = ?").bindAll(locked ? m_clock.nowMs() : 0, sessionId).run();
    if (locked && m_lockedListener) {
        m_lockedListener(sessionId);
    }
}

bool SessionRegistry::end(const QString &sessionId, const QString &reason)
{
    m_db.prepare("UPDATE sessions SET ended_at_ms = ?, end_reason = ? WHERE id = ? AND ended_at_ms IS NULL")
        .bindAll(m_clock.nowMs(), reason, sessionId)
        .run();
    const bool ended = m_db.changes() == 1;
    if (ended) {
        auto hash = m_db.prepare("SELECT token_hash FROM sessions WHERE id = ?");
        hash.bind(1, sessionId);
        if (hash.step()) {
            m_live.remove(hash.columnBlob(0));
        }
    }
    if (ended && m_endedListener) {
        m_endedListener(sessionId, reason);
    }
    return ended;
}

int SessionRegistry::endAllForUser(std::int64_t userId, const QString &reason, const QString &exceptSessionId)
{
    auto open = m_db.prepare("SELECT id FROM sessions WHERE user_id = ? AND ended_at_ms IS NULL AND id != ?");
    open.bindAll(userId, exceptSessionId);
    QStringList ids;
    while (open.step()) {
        ids << open.columnText(0);
    }
    int ended = 0;
    for (const QString &id : ids) {
        ended += end(id, reason) ? 1 : 0;
    }
    return ended;
}

} // namespace cb::server
