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

AuthService::AuthService(Parts parts) : m_parts(std::move(parts)), m_tally(m_parts.audit, m_parts.clock) {}

AuthService::~AuthService()
{
    try {
        m_tally.flush();
    } catch (const std::exception &error) {
        log::logger("auth")->warn("could not write the last sign-in failure tally: {}", error.what());
    }
}

void AuthService::dropExpired()
{
    const std::int64_t now = m_parts.clock.nowMs();
    m_pending.removeIf([now](const auto &entry) { return entry.value().expiresAtMs <= now; });
}

std::int64_t AuthService::waitMs(const QString &username, const QHostAddress &address)
{
    return m_parts.throttle.waitMs(username.left(64), address);
}

AuthService::PasswordStep AuthService::preparePasswordStep(const QString &username, const QString &deviceId,
                                                           const QHostAddress &address) const
{
    PasswordStep step;
    step.username = username.left(64);
    step.deviceId = deviceId.left(64);
    step.address = address;
    step.user = m_parts.staff.findByUsername(step.username);
    // Argon2id runs whether or not the user exists (StaffDirectory hands out a decoy hash).
    step.encodedHash = m_parts.staff.passwordHashOf(step.user ? std::optional(step.user->id) : std::nullopt);
    step.needsRehash = step.user && m_parts.staff.needsRehash(step.encodedHash);
    return step;
}

AuthService::Challenge AuthService::beginLogin(const QString &username, const crypto::SecretBytes &password,
                                               const QString &deviceId, const QHostAddress &address)
{
    const PasswordStep step = preparePasswordStep(username, deviceId, address);
    m_parts.throttle.countAttempt(step.username, address);
    const bool matches = crypto::PasswordHash::verify(step.encodedHash, password);
    const QByteArray rehash = step.needsRehash ? crypto::PasswordHash(m_parts.staff.cost()).hash(password) : QByteArray();
    return finishPasswordStep(step, matches, matches ? rehash : QByteArray());
}

AuthService::Challenge AuthService::finishPasswordStep(const PasswordStep &step, bool passwordMatches,
                                                       const QByteArray &rehash)
{
    dropExpired();
    Pending entry;
    entry.username = step.username;
    entry.deviceId = step.deviceId;
    entry.workstation = step.workstation;
    entry.expiresAtMs = m_parts.clock.nowMs() + ChallengeLifetimeMs;
    // Re-read: the account may have been disabled while the hash was checked.
    const auto user = step.user ? m_parts.staff.findById(step.user->id) : std::nullopt;
    if (user) {
        entry.userId = user->id;
    }
    entry.passwordOk = passwordMatches && user && user->active;
    if (entry.passwordOk && !rehash.isEmpty()) {
        m_parts.staff.upgradePasswordHash(user->id, rehash);
        m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(user->id), QStringLiteral("password.rehash"),
                              staffActor(user->id), {}});
    }
    // The caller counted the step when it queued it; it stands until a sign-in
    // succeeds, so the next answer's delay says nothing about this password.
    // Only a wrong one is stored and audited.
    if (!entry.passwordOk) {
        const QString reason = !user ? QStringLiteral("unknown_user")
                               : user->active ? QStringLiteral("password")
                                              : QStringLiteral("disabled");
        if (user) {
            m_parts.throttle.storeFailure(user->id);
            m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(user->id), QStringLiteral("login.failure"),
                                  staffActor(user->id),
                                  QJsonObject{{QStringLiteral("reason"), reason},
                                              {QStringLiteral("address"), step.address.toString()},
                                              {QStringLiteral("device"), entry.deviceId}}});
        } else {
            m_tally.add(step.address, reason);
        }
    }
    Challenge challenge;
    challenge.id = QString::fromLatin1(crypto::randomToken(24));
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

AuthService::Outcome AuthService::refuse(const Pending &entry, const QString &reason, const QHostAddress &address,
                                         bool counts, bool audited)
{
    if (counts) {
        m_parts.throttle.countAttempt(entry.username, address);
    }
    if (audited && entry.userId) {
        m_parts.throttle.storeFailure(*entry.userId);
        m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(*entry.userId), QStringLiteral("login.failure"),
                              staffActor(*entry.userId),
                              QJsonObject{{QStringLiteral("reason"), reason},
                                          {QStringLiteral("address"), address.toString()},
                                          {QStringLiteral("device"), entry.deviceId}}});
    } else if (audited) {
        m_tally.add(address, reason);
    }
    log::logger("auth")->info("sign-in refused ({})", reason.toStdString());
    Outcome outcome;
    outcome.retryAfterMs = m_parts.throttle.waitMs(entry.username, address);
    return outcome;
}

AuthService::Outcome AuthService::signIn(const Pending &entry, const QHostAddress &address)
{
    const auto user = m_parts.staff.findById(*entry.userId);
    if (!user || !user->active) { // disabled while signing in
        return refuse(entry, QStringLiteral("disabled"), address, true);
    }
    Outcome outcome;
    outcome.status = Status::SignedIn;
    outcome.user = *user;
    outcome.failedBefore = m_parts.throttle.failedSinceLastSignIn(outcome.user.id);
    m_parts.throttle.recordSuccess(entry.username, outcome.user.id, address);
    outcome.session = m_parts.sessions.create(outcome.user.id, entry.deviceId, {entry.workstation, address.toString()});
    m_parts.staff.noteSignIn(outcome.user.id);
    outcome.deviceSecret = m_parts.deviceSecrets.obtain(outcome.user.id, entry.deviceId);
    m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(outcome.user.id), QStringLiteral("login.success"),
                          QStringLiteral("session:%1").arg(outcome.session.session.id),
                          QJsonObject{{QStringLiteral("address"), address.toString()},
                                      {QStringLiteral("device"), entry.deviceId},
                                      {QStringLiteral("failures_before"), outcome.failedBefore.count}}});
    log::logger("auth")->info("staff {} signed in, session {}", outcome.user.id, outcome.session.session.id.toStdString());
    return outcome;
}

std::optional<AuthService::Outcome> AuthService::gate(const QString &challengeId, Pending *entry,
                                                     const QHostAddress &address, bool *counts)
{
    if (m_parts.throttle.addressBlocked(address)) {
        Outcome outcome;
        outcome.status = Status::Throttled;
        outcome.retryAfterMs = m_parts.throttle.waitMs(QString(), address);
        return outcome;
    }
    if (entry == nullptr) {
        return refuse(Pending{}, QStringLiteral("unknown_challenge"), address, true);
    }
    // The delays were checked at the password step; a challenge has a few attempts.
    *counts = std::exchange(entry->stepCountSpent, true);
    if (--entry->attemptsLeft <= 0) {
        m_pending.remove(challengeId);
    }
    return std::nullopt;
}

AuthService::Outcome AuthService::completeLogin(const QString &challengeId, const QByteArray &code,
                                                const QString &recoveryCode, const QString &enrolmentCode,
                                                const QHostAddress &address)
{
    Pending *entry = pending(challengeId, false);
    const Pending copy = entry ? *entry : Pending{};
    bool counts = true;
    if (auto refused = gate(challengeId, entry, address, &counts)) {
        return std::move(*refused);
    }
    if (!copy.passwordOk) {
        // The password step already audited this challenge.
        return refuse(copy, QStringLiteral("password"), address, counts, false);
    }
    if (!enrolmentCode.isEmpty()) {
        return startEnrolment(challengeId, copy, enrolmentCode, address, counts);
    }
    SecondFactor::Check check = SecondFactor::Check::Invalid;
    if (!recoveryCode.isEmpty()) {
        check = m_parts.secondFactor.useRecoveryCode(*copy.userId, recoveryCode);
    } else {
        check = m_parts.secondFactor.verifyCode(*copy.userId, code);
    }
    if (check == SecondFactor::Check::Replayed) {
        return refuse(copy, QStringLiteral("code_replayed"), address, counts);
    }
    if (check == SecondFactor::Check::NotEnrolled) {
        return refuse(copy, QStringLiteral("not_enrolled"), address, counts);
    }
    if (check != SecondFactor::Check::Accepted) {
        return refuse(copy, recoveryCode.isEmpty() ? QStringLiteral("code") : QStringLiteral("recovery_code"), address,
                      counts);
    }
    m_pending.remove(challengeId);
    if (!recoveryCode.isEmpty()) {
        m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(*copy.userId), QStringLiteral("mfa.recovery_code_used"),
                              staffActor(*copy.userId), {}});
    }
    return signIn(copy, address);
}

AuthService::Outcome AuthService::startEnrolment(const QString &challengeId, const Pending &entry, const QString &enrolmentCode,
                                                 const QHostAddress &address, bool counts)
{
    const auto user = m_parts.staff.findById(*entry.userId);
    if (!user || !user->active || user->mfaEnrolled) {
        return refuse(entry, QStringLiteral("enrolment_not_open"), address, counts);
    }
    if (!m_parts.enrolmentCodes.matches(user->id, enrolmentCode)) {
        return refuse(entry, QStringLiteral("enrolment_code"), address, counts);
    }
    // Same challenge, now awaiting the authenticator's first code.
    Pending enrolling = entry;
    enrolling.enrolment = true;
    enrolling.stepCountSpent = counts;
    enrolling.attemptsLeft = CodeAttemptsPerChallenge;
    enrolling.expiresAtMs = m_parts.clock.nowMs() + ChallengeLifetimeMs;
    m_pending.insert(challengeId, enrolling);

    const crypto::SecretBytes secret = m_parts.secondFactor.beginEnrolment(user->id);
    Outcome outcome;
    outcome.status = Status::EnrolmentStarted;
    outcome.enrolment.id = challengeId;
    outcome.enrolment.enrolment = true;
    outcome.enrolment.enrolmentKey = crypto::Totp::base32(secret);
    outcome.enrolment.enrolmentUri = crypto::Totp::provisioningUri(m_parts.issuer, user->username, secret);
    m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(user->id), QStringLiteral("mfa.enrolment_started"),
                          staffActor(user->id),
                          QJsonObject{{QStringLiteral("address"), address.toString()},
                                      {QStringLiteral("device"), entry.deviceId}}});
    return outcome;
}

AuthService::Outcome AuthService::completeEnrolment(const QString &challengeId, const QByteArray &code,
                                                    const QHostAddress &address)
{
    Pending *entry = pending(challengeId, true);
    const Pending copy = entry ? *entry : Pending{};
    bool counts = true;
    if (auto refused = gate(challengeId, entry, address, &counts)) {
        return std::move(*refused);
    }
    const auto user = m_parts.staff.findById(*copy.userId);
    const auto recoveryCodes = user && user->active ? m_parts.secondFactor.confirmEnrolment(*copy.userId, code)
                                                    : std::nullopt;
    if (!recoveryCodes) {
        return refuse(copy, QStringLiteral("enrolment_totp"), address, counts);
    }
    m_pending.remove(challengeId);
    m_parts.enrolmentCodes.consume(*copy.userId);
    m_parts.audit.append({0, m_parts.clock.nowMs(), staffActor(*copy.userId), QStringLiteral("mfa.enrolled"),
                          staffActor(*copy.userId), {}});
    Outcome outcome = signIn(copy, address);
    outcome.recoveryCodes = *recoveryCodes;
    return outcome;
}

} // namespace cb::server
