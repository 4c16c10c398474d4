#include "server/identity/auth_service.h"

#include "core/crypto/random_token.h"
#include "core/crypto/totp.h"
#include "core/log/logging.h"

namespace cb::server {

namespace {
QString staffActor(std::int64_t id)
{
    return QStringLiteral("staff:%1").arg(id);
}
} // namespace

AuthService::AuthService(Parts parts) : m_parts(std::move(parts)) {}

void AuthService::dropExpired()
{
    const std::int64_t now = m_parts.clock.nowMs();
    m_pending.removeIf([now](const auto &entry) { return entry.value().expiresAtMs <= now; });
}

AuthService::PasswordStep AuthService::preparePasswordStep(const QString &username, const QString &deviceId) const
{
    PasswordStep step;
    step.username = username.left(64);
    step.deviceId = deviceId.left(64);
    step.user = m_parts.staff.findByUsername(username);
    // Argon2id runs whether or not the user exists (StaffDirectory hands out a decoy hash).
    step.encodedHash = m_parts.staff.passwordHashOf(step.user ? std::optional(step.user->id) : std::nullopt);
    return step;
}

AuthService::Challenge AuthService::beginLogin(const QString &username, const crypto::SecretBytes &password,
                                               const QString &deviceId)
{
    const PasswordStep step = preparePasswordStep(username, deviceId);
    return finishPasswordStep(step, crypto::PasswordHash::verify(step.encodedHash, password));
}

AuthService::Challenge AuthService::finishPasswordStep(const PasswordStep &step, bool passwordMatches)
{
    dropExpired();
    Pending entry;
    entry.username = step.username;
    entry.deviceId = step.deviceId;
    entry.expiresAtMs = m_parts.clock.nowMs() + ChallengeLifetimeMs;
    // Re-read: the account may have been disabled while the hash was checked.
    const auto user = step.user ? m_parts.staff.findById(step.user->id) : std::nullopt;
    if (user) {
        entry.userId = user->id;
    }
    entry.passwordOk = passwordMatches && user && user->active;
    entry.enrolment = entry.passwordOk && !user->mfaEnrolled;

    Challenge challenge;
    challenge.id = QString::fromLatin1(crypto::randomToken(24));
    if (entry.enrolment) {
        const crypto::SecretBytes secret = m_parts.secondFactor.beginEnrolment(*entry.userId);
        challenge.enrolment = true;
        challenge.enrolmentKey = crypto::Totp::base32(secret);
        challenge.enrolmentUri = crypto::Totp::provisioningUri(m_parts.issuer, user->username, secret);
    }
    m_pending.insert(challenge.id, entry);
    return challenge;
}

AuthService::Pending *AuthService::pending(const QString &challengeId, bool enrolment)
{
    dropExpired();
    auto found = m_pending.find(challengeId);
    if (found == m_pending.end() || found->enrolment != enrolment) {
        return nullptr;
    }
    return &found.value();
}

AuthService::Outcome AuthService::refuse(const Pending &entry, const QString &reason, const QHostAddress &address)
{
    m_parts.throttle.recordFailure(entry.userId, address);
    m_parts.audit.append({0, m_parts.clock.nowMs(), entry.userId ? staffActor(*entry.userId) : QStringLiteral("unknown"),
                          QStringLiteral("login.failure"), entry.userId ? staffActor(*entry.userId) : QString(),
                          QJsonObject{{QStringLiteral("reason"), reason},
                                      {QStringLiteral("username"), entry.username},
                                      {QStringLiteral("address"), address.toString()},
                                      {QStringLiteral("device"), entry.deviceId}}});
    log::logger("auth")->info("sign-in refused ({})", reason.toStdString());
    Outcome outcome;
    if (entry.userId) {
        outcome.retryAfterMs = m_parts.throttle.accountWaitMs(*entry.userId);
    }
    return outcome;
}

AuthService::Outcome AuthService::signIn(const Pending &entry, const QHostAddress &address)
{
    Outcome outcome;
    outcome.status = Status::SignedIn;
    outcome.user = *m_parts.staff.findById(*entry.userId);
    m_parts.throttle.recordSuccess(outcome.user.id);
    outcome.session = m_parts.sessions.create(outcome.user.id, entry.deviceId);
    outcome.deviceSecret = m_parts.deviceSecrets.obtain(outcome.user.id, entry.deviceId);
    m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(outcome.user.id), QStringLiteral("login.success"),
                          QStringLiteral("session:%1").arg(outcome.session.session.id),
                          QJsonObject{{QStringLiteral("address"), address.toString()},
                                      {QStringLiteral("device"), entry.deviceId}}});
    log::logger("auth")->info("staff {} signed in, session {}", outcome.user.id, outcome.session.session.id.toStdString());
    return outcome;
}

std::optional<AuthService::Outcome> AuthService::gate(const QString &challengeId, const Pending *entry,
                                                     const QHostAddress &address)
{
    Outcome outcome;
    if (m_parts.throttle.addressBlocked(address)) {
        outcome.status = Status::Throttled;
        outcome.retryAfterMs = LoginThrottle::AddressWindowMs;
        return outcome;
    }
    if (entry == nullptr) {
        return refuse(Pending{}, QStringLiteral("unknown_challenge"), address);
    }
    if (entry->userId) {
        if (const std::int64_t wait = m_parts.throttle.accountWaitMs(*entry->userId); wait > 0) {
            outcome.status = Status::Locked;
            outcome.retryAfterMs = wait;
            m_pending.remove(challengeId);
            return outcome;
        }
    }
    return std::nullopt;
}

AuthService::Outcome AuthService::completeLogin(const QString &challengeId, const QByteArray &code,
                                                const QString &recoveryCode, const QHostAddress &address)
{
    Pending *entry = pending(challengeId, false);
    if (auto refused = gate(challengeId, entry, address)) {
        return std::move(*refused);
    }
    const Pending copy = *entry;
    if (--entry->attemptsLeft <= 0) {
        m_pending.remove(challengeId);
    }
    if (!copy.passwordOk) {
        return refuse(copy, copy.userId ? QStringLiteral("password") : QStringLiteral("unknown_user"), address);
    }
    SecondFactor::Check check = SecondFactor::Check::Invalid;
    if (!recoveryCode.isEmpty()) {
        check = m_parts.secondFactor.useRecoveryCode(*copy.userId, recoveryCode);
    } else {
        check = m_parts.secondFactor.verifyCode(*copy.userId, code);
    }
    if (check == SecondFactor::Check::Replayed) {
        return refuse(copy, QStringLiteral("code_replayed"), address);
    }
    if (check != SecondFactor::Check::Accepted) {
        return refuse(copy, recoveryCode.isEmpty() ? QStringLiteral("code") : QStringLiteral("recovery_code"), address);
    }
    m_pending.remove(challengeId);
    if (!recoveryCode.isEmpty()) {
        m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(*copy.userId), QStringLiteral("mfa.recovery_code_used"),
                              staffActor(*copy.userId), {}});
    }
    return signIn(copy, address);
}

AuthService::Outcome AuthService::completeEnrolment(const QString &challengeId, const QByteArray &code,
                                                    const QHostAddress &address)
{
    Pending *entry = pending(challengeId, true);
    if (auto refused = gate(challengeId, entry, address)) {
        return std::move(*refused);
    }
    const Pending copy = *entry;
    if (--entry->attemptsLeft <= 0) {
        m_pending.remove(challengeId);
    }
    const auto recoveryCodes = m_parts.secondFactor.confirmEnrolment(*copy.userId, code);
    if (!recoveryCodes) {
        return refuse(copy, QStringLiteral("enrolment_code"), address);
    }
    m_pending.remove(challengeId);
    m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(*copy.userId), QStringLiteral("mfa.enrolled"),
                          staffActor(*copy.userId), {}});
    Outcome outcome = signIn(copy, address);
    outcome.recoveryCodes = *recoveryCodes;
    return outcome;
}

} // namespace cb::server
