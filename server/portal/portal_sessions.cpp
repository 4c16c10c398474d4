#include "server/portal/portal_sessions.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/random_token.h"
#include "core/store/database.h"
#include "server/config/server_config.h"

namespace cb::server {

PortalSessions::PortalSessions(store::Database &db, const platform::Clock &clock, const crypto::SecretBytes &hashKey,
                               const PortalSettings &settings)
    : m_db(db), m_clock(clock), m_hashKey(hashKey), m_settings(settings), m_live(hashKey.clone(), "session:")
{
    auto live = m_db.prepare("SELECT token_hash, created_at_ms FROM portal_sessions WHERE ended_at_ms = 0 AND verified_at_ms != 0");
    const std::int64_t now = m_clock.nowMs();
    while (live.step()) {
        m_live.add(live.columnBlob(0), live.columnInt64(1) + std::int64_t(m_settings.absoluteSeconds) * 1000, now);
    }
}

int PortalSessions::endReturning(store::Statement &statement)
{
    int ended = 0;
    while (statement.step()) {
        m_live.remove(statement.columnBlob(0));
        ++ended;
    }
    return ended;
}

QByteArray PortalSessions::hashOf(const QByteArray &value) const
{
    return crypto::keyedHash(m_hashKey, value);
}

QByteArray PortalSessions::open(std::int64_t invitationId, const QString &language)
{
    const std::int64_t now = m_clock.nowMs();
    // Bounded: each opening of a link makes a session, so old unverified ones go.
    m_db.prepare("UPDATE portal_sessions SET ended_at_ms = ?, end_reason = 'replaced' WHERE id IN ("
                 "SELECT id FROM portal_sessions WHERE invitation_id = ? AND ended_at_ms = 0 AND verified_at_ms = 0 "
                 "ORDER BY id DESC LIMIT -1 OFFSET ?)")
        .bindAll(now, invitationId, MaxPendingPerInvitation - 1)
        .run();
    const QByteArray token = crypto::randomToken(32);
    m_db.prepare("INSERT INTO portal_sessions (invitation_id, token_hash, language, created_at_ms, last_seen_at_ms) "
                 "VALUES (?, ?, ?, ?, ?)")
        .bind(1, invitationId)
        .bindBlob(2, hashOf("session:" + token))
        .bind(3, language)
        .bind(4, now)
        .bind(5, now)
        .run();
    return token;
}

PortalSessions::Lookup PortalSessions::find(const QByteArray &token, bool activity)
{
    Lookup lookup;
    if (token.isEmpty() || token.size() > 128) {
        return lookup;
    }
    auto row = m_db.prepare("SELECT s.id, s.invitation_id, i.conversation_id, i.contact_id, s.verified_at_ms, s.language, "
                            "s.created_at_ms, s.last_seen_at_ms, s.ended_at_ms, s.end_reason "
                            "FROM portal_sessions s JOIN portal_invitations i ON i.id = s.invitation_id WHERE s.token_hash = ?");
    row.bindBlob(1, hashOf("session:" + token));
    if (!row.step()) {
        return lookup;
    }
    const std::int64_t id = row.columnInt64(0);
    if (row.columnInt64(8) != 0) {
        lookup.ended = row.columnText(9);
        return lookup;
    }
    const std::int64_t now = m_clock.nowMs();
    if (now - row.columnInt64(6) >= m_settings.absoluteSeconds * 1000) {
        lookup.ended = QStringLiteral("absolute");
    } else if (now - row.columnInt64(7) >= m_settings.idleSeconds * 1000) {
        lookup.ended = QStringLiteral("idle");
    }
    if (!lookup.ended.isEmpty()) {
        end(id, lookup.ended);
        lookup.endedNow = true;
        lookup.endedSessionId = id;
        lookup.endedConversationId = row.columnInt64(2);
        return lookup;
    }
    lookup.session = Session{id, row.columnInt64(1), row.columnInt64(2), row.columnInt64(3), row.columnInt64(4) != 0,
                             row.columnText(5)};
    // Activity is written coarsely: a write (and its fsync) at most once per
    // ActivityWriteMs a session (a quarter of the idle time when that is
    // shorter, so a session never ends much before its idle time), whatever
    // its browser asks.
    const std::int64_t writeEveryMs = std::min<std::int64_t>(ActivityWriteMs, std::int64_t(m_settings.idleSeconds) * 1000 / 4);
    if (activity && now - row.columnInt64(7) >= writeEveryMs) {
        m_db.prepare("UPDATE portal_sessions SET last_seen_at_ms = ? WHERE id = ?").bindAll(now, id).run();
    }
    return lookup;
}

QByteArray PortalSessions::verify(std::int64_t id)
{
    const QByteArray token = crypto::randomToken(32);
    const std::int64_t now = m_clock.nowMs();
    auto update = m_db.prepare("UPDATE portal_sessions SET token_hash = ?, verified_at_ms = ? WHERE id = ? RETURNING created_at_ms");
    update.bindBlob(1, hashOf("session:" + token)).bind(2, now).bind(3, id);
    if (update.step()) {
        m_live.add(hashOf("session:" + token), update.columnInt64(0) + std::int64_t(m_settings.absoluteSeconds) * 1000, now);
    }
    return token;
}

void PortalSessions::setLanguage(std::int64_t id, const QString &language)
{
    m_db.prepare("UPDATE portal_sessions SET language = ? WHERE id = ?").bindAll(language, id).run();
}

void PortalSessions::end(std::int64_t id, const QString &reason)
{
    auto update = m_db.prepare("UPDATE portal_sessions SET ended_at_ms = ?, end_reason = ? WHERE id = ? AND ended_at_ms = 0 RETURNING token_hash");
    update.bindAll(m_clock.nowMs(), reason, id);
    endReturning(update);
}

int PortalSessions::endForInvitation(std::int64_t invitationId, const QString &reason, std::int64_t keep)
{
    auto update = m_db.prepare("UPDATE portal_sessions SET ended_at_ms = ?, end_reason = ? "
                               "WHERE invitation_id = ? AND id != ? AND ended_at_ms = 0 RETURNING token_hash");
    update.bindAll(m_clock.nowMs(), reason, invitationId, keep);
    return endReturning(update);
}

int PortalSessions::endForConversation(std::int64_t conversationId, const QString &reason)
{
    auto update = m_db.prepare("UPDATE portal_sessions SET ended_at_ms = ?, end_reason = ? WHERE ended_at_ms = 0 AND invitation_id IN "
                               "(SELECT id FROM portal_invitations WHERE conversation_id = ?) RETURNING token_hash");
    update.bindAll(m_clock.nowMs(), reason, conversationId);
    return endReturning(update);
}

QByteArray PortalSessions::csrfToken(const QByteArray &cookieToken) const
{
    return hashOf("csrf:" + cookieToken).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool PortalSessions::csrfMatches(const QByteArray &cookieToken, const QByteArray &submitted) const
{
    return !cookieToken.isEmpty() && crypto::constantTimeEquals(csrfToken(cookieToken), submitted);
}

} // namespace cb::server
