#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/platform/clock.h"
#include "server/http/live_token_index.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::store {
class Database;
class Statement;
}

namespace cb::server {

struct PortalSettings;

// A browser's hold on the portal, carried by a __Host- cookie whose token is
// stored only as a keyed hash. Made unverified when a link is opened; the
// token is replaced when the patient verifies (no session fixation). Ends on
// sign-out, [portal] idle_minutes without a request, absolute_minutes after
// it began, a locked link, or staff revoking the link.
class PortalSessions
{
public:
    struct Session
    {
        std::int64_t id = 0;
        std::int64_t invitationId = 0;
        std::int64_t conversationId = 0;
        std::int64_t contactId = 0;
        bool verified = false;
        QString language;
    };
    struct Lookup
    {
        std::optional<Session> session;
        QString ended; // why a session this cookie named has ended: idle | absolute | signed_out | …
        bool endedNow = false; // it timed out at this request (to be audited)
        std::int64_t endedSessionId = 0;
        std::int64_t endedConversationId = 0;
    };
    // An invitation keeps at most this many unverified sessions (oldest end first).
    static constexpr int MaxPendingPerInvitation = 5;
    // How often at most a session's activity reaches the store (idle timeouts are minutes).
    static constexpr std::int64_t ActivityWriteMs = 30'000;

    PortalSessions(store::Database &db, const platform::Clock &clock, const crypto::SecretBytes &hashKey,
                   const PortalSettings &settings);

    QByteArray open(std::int64_t invitationId, const QString &language);
    // Finds the live session and, with `activity`, counts this request as the
    // patient's (the page's own polling does not keep a session alive); a
    // session that has timed out is ended here and reported in `ended`.
    Lookup find(const QByteArray &token, bool activity = true);
    // Marks the session verified and returns its new token.
    QByteArray verify(std::int64_t id);
    void setLanguage(std::int64_t id, const QString &language);
    void end(std::int64_t id, const QString &reason);
    // Ends every live session of the invitation (but `keep`) / of the conversation; returns how many.
    int endForInvitation(std::int64_t invitationId, const QString &reason, std::int64_t keep = 0);
    int endForConversation(std::int64_t conversationId, const QString &reason);

    // The CSRF token for forms of the session this cookie token names.
    QByteArray csrfToken(const QByteArray &cookieToken) const;
    bool csrfMatches(const QByteArray &cookieToken, const QByteArray &submitted) const;

    // Verified sessions' tokens, for the edge's header-time body limits (uploads).
    const http::LiveTokenIndex &liveTokens() const { return m_live; }

private:
    QByteArray hashOf(const QByteArray &value) const;
    // Runs an UPDATE … RETURNING token_hash that ends sessions; returns how many.
    int endReturning(store::Statement &statement);

    store::Database &m_db;
    const platform::Clock &m_clock;
    const crypto::SecretBytes &m_hashKey;
    const PortalSettings &m_settings;
    http::LiveTokenIndex m_live;
};

} // namespace cb::server
