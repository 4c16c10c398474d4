#include "server/portal/portal_invitations.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/random_token.h"
#include "core/store/database.h"
#include "server/config/server_config.h"

#include <sodium.h>

namespace cb::server {

namespace {
constexpr std::string_view Columns =
    "SELECT id, conversation_id, contact_id, state, expires_at_ms, failed_attempts, code_sent_at_ms, codes_sent "
    "FROM portal_invitations ";

PortalInvitations::Invitation read(store::Statement &row)
{
    return {row.columnInt64(0), row.columnInt64(1), row.columnInt64(2), row.columnText(3),
            row.columnInt64(4), int(row.columnInt64(5)), row.columnInt64(6), int(row.columnInt64(7))};
}
} // namespace

PortalInvitations::PortalInvitations(store::Database &db, const platform::Clock &clock, const crypto::SecretBytes &hashKey,
                                     const PortalSettings &settings)
    : m_db(db), m_clock(clock), m_hashKey(hashKey), m_settings(settings)
{
}

QByteArray PortalInvitations::hashOf(const QByteArray &value) const
{
    return crypto::keyedHash(m_hashKey, value);
}

int PortalInvitations::maxAttempts() const
{
    return m_settings.maxAttempts;
}

PortalInvitations::Issued PortalInvitations::create(std::int64_t conversationId, std::int64_t contactId,
                                                    std::int64_t createdBy, const QString &reason)
{
    const std::int64_t now = m_clock.nowMs();
    Issued issued{0, crypto::randomToken(32), now + m_settings.invitationSeconds * 1000};
    m_db.prepare("INSERT INTO portal_invitations (conversation_id, contact_id, token_hash, reason, created_by, "
                 "created_at_ms, expires_at_ms, state_at_ms) VALUES (?, ?, ?, ?, NULLIF(?, 0), ?, ?, ?)")
        .bind(1, conversationId)
        .bind(2, contactId)
        .bindBlob(3, hashOf("link:" + issued.token))
        .bind(4, reason)
        .bind(5, createdBy)
        .bind(6, now)
        .bind(7, issued.expiresAtMs)
        .bind(8, now)
        .run();
    issued.id = m_db.lastInsertRowId();
    return issued;
}

std::optional<PortalInvitations::Invitation> PortalInvitations::byToken(const QByteArray &token) const
{
    if (token.isEmpty() || token.size() > 128) {
        return std::nullopt;
    }
    auto row = m_db.prepare(std::string(Columns) + "WHERE token_hash = ?");
    row.bindBlob(1, hashOf("link:" + token));
    return row.step() ? std::optional(read(row)) : std::nullopt;
}

std::optional<PortalInvitations::Invitation> PortalInvitations::byId(std::int64_t id) const
{
    auto row = m_db.prepare(std::string(Columns) + "WHERE id = ?");
    row.bind(1, id);
    return row.step() ? std::optional(read(row)) : std::nullopt;
}

void PortalInvitations::setState(std::int64_t id, const QString &state)
{
    // A code is single use: it goes once the link is verified, locked or revoked.
    m_db.prepare("UPDATE portal_invitations SET state = ?1, state_at_ms = ?2, "
                 "opened_at_ms = CASE WHEN ?1 = 'opened' AND opened_at_ms = 0 THEN ?2 ELSE opened_at_ms END, "
                 "verified_at_ms = CASE WHEN ?1 = 'verified' THEN ?2 ELSE verified_at_ms END, "
                 "code_hash = CASE WHEN ?1 IN ('sent', 'opened') THEN code_hash ELSE NULL END WHERE id = ?3")
        .bindAll(state, m_clock.nowMs(), id)
        .run();
}

int PortalInvitations::revokeUsable(std::int64_t conversationId)
{
    m_db.prepare("UPDATE portal_invitations SET state = 'revoked', state_at_ms = ?, code_hash = NULL "
                 "WHERE conversation_id = ? AND state IN ('sent', 'opened') AND expires_at_ms > ?")
        .bindAll(m_clock.nowMs(), conversationId, m_clock.nowMs())
        .run();
    return m_db.changes();
}

std::optional<QString> PortalInvitations::issueCode(std::int64_t id)
{
    const auto invitation = byId(id);
    const std::int64_t now = m_clock.nowMs();
    if (!invitation || invitation->codesSent >= MaxCodesPerLink ||
        (invitation->codeSentAtMs > 0 && now - invitation->codeSentAtMs < CodeResendMs)) {
        return std::nullopt;
    }
    const QString code = QStringLiteral("%1").arg(randombytes_uniform(1'000'000), 6, 10, QLatin1Char('0'));
    m_db.prepare("UPDATE portal_invitations SET code_hash = ?, code_expires_at_ms = ?, code_sent_at_ms = ?, "
                 "codes_sent = codes_sent + 1 WHERE id = ?")
        .bindBlob(1, hashOf(QByteArray::number(id) + ":code:" + code.toLatin1()))
        .bind(2, now + m_settings.codeSeconds * 1000)
        .bind(3, now)
        .bind(4, id)
        .run();
    return code;
}

bool PortalInvitations::hasLiveCode(std::int64_t id) const
{
    auto row = m_db.prepare("SELECT 1 FROM portal_invitations WHERE id = ? AND code_hash IS NOT NULL AND code_expires_at_ms > ?");
    row.bindAll(id, m_clock.nowMs());
    return row.step();
}

bool PortalInvitations::codeMatches(std::int64_t id, const QString &code) const
{
    const QString digits = code.trimmed().remove(QLatin1Char(' '));
    if (digits.size() != 6 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return false;
    }
    auto row = m_db.prepare("SELECT code_hash FROM portal_invitations WHERE id = ? AND code_hash IS NOT NULL AND code_expires_at_ms > ?");
    row.bindAll(id, m_clock.nowMs());
    return row.step() &&
           crypto::constantTimeEquals(row.columnBlob(0), hashOf(QByteArray::number(id) + ":code:" + digits.toLatin1()));
}

int PortalInvitations::failuresSinceStaffLink(std::int64_t conversationId) const
{
    auto row = m_db.prepare("SELECT COALESCE(SUM(failed_attempts), 0) FROM portal_invitations WHERE conversation_id = ?1 AND id >= "
                            "COALESCE((SELECT MAX(id) FROM portal_invitations WHERE conversation_id = ?1 AND reason != 'nudge'), 0)");
    row.bind(1, conversationId);
    return row.step() ? int(row.columnInt64(0)) : 0;
}

QList<std::int64_t> PortalInvitations::lockUsable(std::int64_t conversationId)
{
    auto rows = m_db.prepare("UPDATE portal_invitations SET state = 'locked', state_at_ms = ?, code_hash = NULL "
                             "WHERE conversation_id = ? AND state IN ('sent', 'opened') RETURNING id");
    rows.bindAll(m_clock.nowMs(), conversationId);
    QList<std::int64_t> locked;
    while (rows.step()) {
        locked.append(rows.columnInt64(0));
    }
    return locked;
}

int PortalInvitations::recordFailure(std::int64_t id)
{
    m_db.prepare("UPDATE portal_invitations SET failed_attempts = failed_attempts + 1 WHERE id = ?").bind(1, id).run();
    return byId(id).value_or(Invitation{}).failedAttempts;
}

} // namespace cb::server
