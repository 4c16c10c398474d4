#pragma once

#include "client/session/cache_opener.h"
#include "client/session/device_identity.h"
#include "client/session/local_cache.h"
#include "client/net/server_connection.h"
#include "core/api/identity_dto.h"
#include "core/platform/clock.h"

#include <QObject>

#include <memory>

namespace cb::client {

// The desktop's session, without widgets: signing in (password, then code or
// enrolment), locking (the cache is closed and its key wiped), unlocking with
// the password, signing out, and noticing when the server ends the session.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, AwaitingCode, AwaitingEnrolment, Active, Locked };
    Q_ENUM(State)

    struct Parts
    {
        ServerConnection &server;
        DeviceIdentity &device;
        const platform::Clock &clock;
        QString cacheDir;
    };

    explicit SessionManager(Parts parts, QObject *parent = nullptr);
    ~SessionManager() override;

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    const model::StaffUser &user() const { return m_user; }
    const QString &sessionId() const { return m_sessionId; }
    const policy::SessionPolicy &policy() const { return m_policy; }
    const api::LoginChallengeDto &challenge() const { return m_challenge; }
    LocalCache *cache() const { return m_cache.get(); }
    // An admin set this person's password: they choose their own before anything else.
    bool passwordChangeRequired() const { return m_user.mustChangePassword; }
    // They did: the workspace starts (stateChanged(Active) is sent again).
    void notePasswordChanged();

    void submitPassword(const QString &username, const QString &password);
    // A 6-digit code, or a recovery code (xxxxx-xxxxx).
    void submitCode(const QString &code);
    void submitEnrolmentCode(const QString &code);
    void cancelSignIn();

    void lock(const QString &reason); // idle, screen_locked, sleep, manual
    void unlock(const QString &password);
    void signOut();
    // Signs out and calls `done` once the server has answered (or at once when
    // there was no session): quitting waits for it so the logout is not lost.
    void signOutThen(std::function<void()> done);
    // The server ended the session (told through the event stream): `reason` is
    // its end reason. A wiped workstation or a disabled account also loses its
    // cache files here.
    void endByServer(const QString &reason);
    // Called on user input; tells the server at most once a minute.
    void noteActivity();

signals:
    void stateChanged(cb::client::SessionManager::State state);
    void busyChanged(bool busy);
    void failed(const QString &message); // translated, for the person at the keyboard
    void recoveryCodesIssued(const QStringList &codes);
    // Someone failed to sign in to this account since its previous sign-in.
    void failedAttemptsReported(int count, qint64 lastAtMs);
    void sessionEnded(const QString &message);
    // The cache is about to close (lock, sign-out, wipe): whatever uses it,
    // on any thread, lets go now. Emitted before the state changes.
    void cacheClosing();

private:
    void setState(State state);
    void setBusy(bool busy);
    void completeSignIn(const ServerConnection::Reply &reply);
    void openCache(QByteArray serverSecret, std::function<void(bool)> done);
    void endLocally(const QString &message);
    void closeCache();

    Parts m_parts;
    State m_state = State::SignedOut;
    bool m_busy = false;
    model::StaffUser m_user;
    QString m_sessionId;
    policy::SessionPolicy m_policy;
    api::LoginChallengeDto m_challenge;
    std::unique_ptr<LocalCache> m_cache;
    std::int64_t m_lastActivityReportMs = 0;
    std::uint64_t m_openTicket = 0; // moves on whenever a cache being opened is no longer wanted
    CacheOpener m_opener; // last: an open under way ends before the rest is destroyed
};

} // namespace cb::client
