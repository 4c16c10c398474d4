#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/platform/clock.h"
#include "core/policy/session_policy.h"
#include "server/http/live_token_index.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

struct SessionInfo
{
    QString id; // public id: safe in logs, lists and audit events
    std::int64_t userId = 0;
    QString deviceId;
    std::int64_t createdAtMs = 0;
    std::int64_t lastSeenAtMs = 0;
    QString workstationName;       // what the desktop calls its machine (for admins)
    QString address;               // where it signed in from
    std::int64_t lastAuthAtMs = 0; // sign-in, unlock or step-up: when the person last proved who they are
    std::int64_t lockedAtMs = 0;   // 0 while the desktop is unlocked
};

// Where a session runs, as the sign-in saw it.
struct Workstation
{
    QString name;
    QString address;
};

// Server-side sessions. A token is 256 random bits handed out once; only its
// keyed hash is stored. Idle and absolute timeouts are enforced on every lookup,
// and an expired session is ended (with its reason) the moment it is seen.
class SessionRegistry
{
public:
    enum class Status { Valid, Unknown, Ended, IdleTimeout, AbsoluteTimeout };
    struct Lookup
    {
        Status status = Status::Unknown;
        SessionInfo session;
        QString endReason; // Ended only
    };
    struct Created
    {
        QByteArray token;
        SessionInfo session;
    };
    using PolicyFor = std::function<policy::SessionPolicy(std::int64_t userId)>;

    SessionRegistry(store::Database &db, const platform::Clock &clock, crypto::SecretBytes tokenHashKey, PolicyFor policyFor);

    Created create(std::int64_t userId, const QString &deviceId, const Workstation &workstation = {});
    // `touch`: the request was something the person did, so it resets the idle clock.
    Lookup authenticate(const QByteArray &token, bool touch);
    std::optional<SessionInfo> find(const QString &sessionId) const;
    QList<SessionInfo> activeForUser(std::int64_t userId) const;
    QList<SessionInfo> activeOnDevice(const QString &deviceId) const;
    QList<SessionInfo> allActive() const;
    // The person did something: their idle clock starts again.
    void touch(const QString &sessionId);
    // The person proved who they are again (unlock, step-up).
    void markAuthenticated(const QString &sessionId);
    void setLocked(const QString &sessionId, bool locked);

    // Reasons are stable strings: logout, revoked, password_changed, user_disabled,
    // mfa_reset, idle_timeout, absolute_timeout.
    bool end(const QString &sessionId, const QString &reason);
    int endAllForUser(std::int64_t userId, const QString &reason, const QString &exceptSessionId = {});

    // Told of every session that ends, so the event hub can tell its desktop at once.
    using EndedListener = std::function<void(const QString &sessionId, const QString &reason)>;
    void setEndedListener(EndedListener listener) { m_endedListener = std::move(listener); }
    // Told of every session that locks, so its event streams close at once.
    using LockedListener = std::function<void(const QString &sessionId)>;
    void setLockedListener(LockedListener listener) { m_lockedListener = std::move(listener); }

    // The tokens that may be live, for the edge's header-time body limits.
    const http::LiveTokenIndex &liveTokens() const { return m_live; }

private:
    QByteArray tokenHash(const QByteArray &token) const;
    std::int64_t expiresAtMs(std::int64_t userId, std::int64_t createdAtMs) const;

    store::Database &m_db;
    const platform::Clock &m_clock;
    PolicyFor m_policyFor;
    EndedListener m_endedListener;
    LockedListener m_lockedListener;
    http::LiveTokenIndex m_live; // holds the token key: every token hash is its hashOf()
};

} // namespace cb::server
