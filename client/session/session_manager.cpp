#include "client/session/session_manager.h"

#include "core/log/logging.h"

#include <QDir>
#include <QSysInfo>


namespace cb::client {

namespace {
// What the person typed on the code page: a 6-digit TOTP code, a recovery code
// (xxxxx-xxxxx) or the one-time enrolment code an admin gave them (16 symbols).
QString codeField(const QString &code)
{
    QString bare = code;
    bare.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (bare.size() == 16) {
        return QStringLiteral("enrolment_code");
    }
    return bare.size() > 8 ? QStringLiteral("recovery_code") : QStringLiteral("code");
}
} // namespace

SessionManager::SessionManager(Parts parts, QObject *parent) : QObject(parent), m_parts(std::move(parts))
{
    // A 401 names why (a wiped workstation deletes its caches here too, e.g. when
    // a locked desktop, which has no event stream, tries to unlock).
    connect(&m_parts.server, &ServerConnection::sessionEnded, this, &SessionManager::endByServer);
}

SessionManager::~SessionManager() = default;

void SessionManager::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void SessionManager::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void SessionManager::submitPassword(const QString &username, const QString &password)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        emit failed(tr("Enter your username and password."));
        return;
    }
    setBusy(true);
    m_user = {};
    m_user.username = username.trimmed().toLower();
    m_parts.server.setDeviceId(m_parts.device.deviceId());
    m_parts.server.post(QStringLiteral("/api/v1/login/password"),
                        {{QStringLiteral("username"), m_user.username},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("device_id"), m_parts.device.deviceId()},
                         {QStringLiteral("workstation"), QSysInfo::machineHostName().left(64)}},
                        [this](const ServerConnection::Reply &reply) {
                            setBusy(false);
                            const auto challenge = api::LoginChallengeDto::fromJson(reply.body);
                            if (!reply.ok() || !challenge) {
                                emit failed(ServerConnection::describe(reply));
                                return;
                            }
                            m_challenge = *challenge;
                            setState(challenge->enrolment ? State::AwaitingEnrolment : State::AwaitingCode);
                        });
}

void SessionManager::submitCode(const QString &code)
{
    const QString clean = code.trimmed();
    QJsonObject body{{QStringLiteral("challenge"), m_challenge.challenge}};
    body.insert(codeField(clean), clean);
    setBusy(true);
    m_parts.server.post(QStringLiteral("/api/v1/login/code"), body, [this](const ServerConnection::Reply &reply) {
        // A right enrolment code answers with the authenticator's key to set up.
        if (const auto enrolment = api::LoginChallengeDto::fromJson(reply.body); reply.ok() && enrolment && enrolment->enrolment) {
            setBusy(false);
            m_challenge = *enrolment;
            setState(State::AwaitingEnrolment);
            return;
        }
        if (!reply.ok()) {
            // The server never says whether the password or the code was wrong, and
            // a wrong password makes every code fail: start again from the
            // password, username kept, instead of trapping the person here.
            setBusy(false);
            m_challenge = {};
            setState(State::SignedOut);
            emit failed(ServerConnection::describe(reply));
            return;
        }
        completeSignIn(reply);
    });
}

void SessionManager::submitEnrolmentCode(const QString &code)
{
    setBusy(true);
    m_parts.server.post(QStringLiteral("/api/v1/login/enrol"),
                        {{QStringLiteral("challenge"), m_challenge.challenge}, {QStringLiteral("code"), code.trimmed()}},
                        [this](const ServerConnection::Reply &reply) { completeSignIn(reply); });
}

void SessionManager::cancelSignIn()
{
    closeCache(); // the code was sent and the cache is opening: stop there
    setBusy(false);
    m_challenge = {};
    setState(State::SignedOut);
}

void SessionManager::completeSignIn(const ServerConnection::Reply &reply)
{
    if (m_state != State::AwaitingCode && m_state != State::AwaitingEnrolment) {
        return; // the person went back while the code was checked
    }
    const auto signedIn = api::SignInDto::fromJson(reply.body);
    if (!reply.ok() || !signedIn) {
        setBusy(false);
        emit failed(ServerConnection::describe(reply));
        return;
    }
    m_user = signedIn->user;
    m_sessionId = signedIn->sessionId;
    m_policy = signedIn->policy;
    m_challenge = {};
    m_parts.server.setToken(signedIn->token);
    const QStringList recoveryCodes = signedIn->recoveryCodes;
    const int failedAttempts = signedIn->failedAttempts;
    const qint64 lastFailedAtMs = signedIn->lastFailedAttemptAtMs;
    openCache(signedIn->deviceSecret, [this, recoveryCodes, failedAttempts, lastFailedAtMs](bool opened) {
        setBusy(false);
        if (!opened) {
            return;
        }
        m_lastActivityReportMs = m_parts.clock.nowMs();
        log::logger("auth")->info("signed in as staff {}", m_user.id);
        setState(State::Active);
        if (!recoveryCodes.isEmpty()) {
            emit recoveryCodesIssued(recoveryCodes);
        }
        if (failedAttempts > 0) {
            emit failedAttemptsReported(failedAttempts, lastFailedAtMs);
        }
    });
}

void SessionManager::openCache(QByteArray serverSecret, std::function<void(bool)> done)
{
    const crypto::SecretBytes server = crypto::SecretBytes::takeFrom(serverSecret);
    auto serverHalf = std::make_shared<crypto::SecretBytes>(server.clone());
    const std::uint64_t ticket = ++m_openTicket;
    m_parts.device.withDeviceSecret([this, serverHalf, done, ticket](Keychain::Result device) {
        if (ticket != m_openTicket) {
            return; // signed out or cancelled while the keychain answered
        }
        if (device.status != Keychain::Status::Ok) {
            // Fail closed: no keychain, no cache, no session on this workstation.
            m_parts.server.post(QStringLiteral("/api/v1/me/logout"), {}, [](const ServerConnection::Reply &) {});
            m_parts.server.clearToken();
            setState(State::SignedOut);
            emit failed(device.message);
            done(false);
            return;
        }
        crypto::SecretBytes key = LocalCache::deriveKey(device.secret, *serverHalf, m_user.username);
        m_opener.open(LocalCache::pathFor(m_parts.cacheDir, m_user.username), std::move(key),
                      [this, done](std::unique_ptr<LocalCache> cache, const std::optional<store::StoreError> &error) {
                          if (error) {
                              m_parts.server.clearToken();
                              setState(State::SignedOut);
                              emit failed(error->userMessage());
                              done(false);
                              return;
                          }
                          m_cache = std::move(cache);
                          done(true);
                      });
    });
}

void SessionManager::closeCache()
{
    ++m_openTicket;
    m_opener.cancel(); // an open under way (sign-in, unlock) is no longer wanted
    if (m_cache) {
        emit cacheClosing();
    }
    m_cache.reset(); // closes both SQLCipher connections; the key lived only inside them
}

void SessionManager::lock(const QString &reason)
{
    if (m_state != State::Active) {
        return;
    }
    closeCache();
    setState(State::Locked);
    log::logger("auth")->info("locked ({})", reason.toStdString());
    m_parts.server.post(QStringLiteral("/api/v1/me/lock"), {{QStringLiteral("reason"), reason}},
                        [](const ServerConnection::Reply &) {});
}

void SessionManager::unlock(const QString &password)
{
    if (m_state != State::Locked || password.isEmpty()) {
        return;
    }
    setBusy(true);
    m_parts.server.post(QStringLiteral("/api/v1/me/unlock"), {{QStringLiteral("password"), password}},
                        [this](const ServerConnection::Reply &reply) {
                            if (m_state != State::Locked) {
                                return; // signed out (or ended by the server) meanwhile
                            }
                            if (!reply.ok()) {
                                setBusy(false);
                                emit failed(ServerConnection::describe(reply));
                                return;
                            }
                            QByteArray secret = QByteArray::fromBase64(
                                reply.body.value(QStringLiteral("device_secret")).toString().toLatin1());
                            openCache(secret, [this](bool opened) {
                                setBusy(false);
                                if (opened) {
                                    m_lastActivityReportMs = m_parts.clock.nowMs();
                                    setState(State::Active);
                                }
                            });
                        });
}

void SessionManager::signOut()
{
    signOutThen({});
}

void SessionManager::signOutThen(std::function<void()> done)
{
    if (m_state == State::Active || m_state == State::Locked) {
        m_parts.server.post(QStringLiteral("/api/v1/me/logout"), {}, [done](const ServerConnection::Reply &) {
            if (done) {
                done();
            }
        });
    } else if (done) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    }
    closeCache();
    m_parts.server.clearToken();
    m_user = {};
    m_sessionId.clear();
    m_challenge = {};
    setBusy(false); // an unlock under way was cancelled with the cache
    setState(State::SignedOut);
}

void SessionManager::notePasswordChanged()
{
    if (m_state == State::Active && m_user.mustChangePassword) {
        m_user.mustChangePassword = false;
        emit stateChanged(m_state);
    }
}

void SessionManager::endByServer(const QString &reason)
{
    if (m_state != State::Active && m_state != State::Locked) {
        return;
    }
    const QString username = m_user.username;
    ServerConnection::Reply reply;
    reply.errorCode = reason;
    endLocally(ServerConnection::describe(reply));
    // The server already destroyed its halves of the keys; the files go too, once
    // an open still under way has closed them.
    if (reason == QLatin1String("device_wiped") || reason == QLatin1String("user_disabled")) {
        m_opener.cancelAndWait();
    }
    if (reason == QLatin1String("device_wiped")) {
        const QDir caches(m_parts.cacheDir);
        for (const QString &name : caches.entryList({QStringLiteral("*.db*")}, QDir::Files)) {
            QFile::remove(caches.filePath(name));
        }
        log::logger("session")->warn("this workstation was wiped by an administrator; its caches were deleted");
    } else if (reason == QLatin1String("user_disabled")) {
        LocalCache::remove(LocalCache::pathFor(m_parts.cacheDir, username));
    }
}

void SessionManager::endLocally(const QString &message)
{
    closeCache();
    m_parts.server.clearToken();
    m_user = {};
    m_sessionId.clear();
    setBusy(false);
    setState(State::SignedOut);
    emit sessionEnded(message);
}

void SessionManager::noteActivity()
{
    if (m_state != State::Active) {
        return;
    }
    const std::int64_t now = m_parts.clock.nowMs();
    if (now - m_lastActivityReportMs >= 60'000) {
        m_lastActivityReportMs = now;
        m_parts.server.post(QStringLiteral("/api/v1/me/activity"), {}, [](const ServerConnection::Reply &) {});
    }
}

} // namespace cb::client
