#pragma once

#include "core/audit/audit_log.h"
#include "core/crypto/password_hash.h"
#include "server/identity/device_secrets.h"
#include "server/identity/login_throttle.h"
#include "server/identity/second_factor.h"
#include "server/identity/session_registry.h"
#include "server/identity/staff_directory.h"

#include <QHash>
#include <QHostAddress>

namespace cb::server {

// Signing in, in two steps, without ever saying which factor was wrong:
//  1. beginLogin(username, password) always returns a challenge — for a wrong
//     password or an unknown user too — so nothing is learnt from it. Only a
//     correct password for a user without TOTP gets an enrolment challenge.
//  2. completeLogin(challenge, code or recovery code) succeeds only if both
//     factors were right; otherwise "invalid credentials".
// Every success and failure is an audit event; failures feed the throttle.
class AuthService
{
public:
    static constexpr std::int64_t ChallengeLifetimeMs = 5 * 60'000;
    static constexpr int CodeAttemptsPerChallenge = 3;

    struct Challenge
    {
        QString id;
        bool enrolment = false;
        QByteArray enrolmentKey;  // base32 manual key, enrolment only
        QString enrolmentUri;     // otpauth:// URI for the QR code, enrolment only
    };

    enum class Status { SignedIn, InvalidCredentials, Locked, Throttled };
    struct Outcome
    {
        Status status = Status::InvalidCredentials;
        std::int64_t retryAfterMs = 0;
        StaffUser user;
        SessionRegistry::Created session;
        crypto::SecretBytes deviceSecret;
        QStringList recoveryCodes; // after enrolment only, shown once
    };

    struct Parts
    {
        StaffDirectory &staff;
        SecondFactor &secondFactor;
        LoginThrottle &throttle;
        SessionRegistry &sessions;
        DeviceSecrets &deviceSecrets;
        audit::AuditLog &audit;
        const platform::Clock &clock;
        QString issuer; // shown in authenticator apps, e.g. the clinic's name
    };

    // The password step in two halves, so Argon2id can run on the password pool:
    // prepare() looks the user up and picks the hash to check (a decoy for an
    // unknown user); finish() takes whether the password matched.
    struct PasswordStep
    {
        QString username;
        QString deviceId;
        std::optional<StaffUser> user;
        QByteArray encodedHash;
    };

    explicit AuthService(Parts parts);

    PasswordStep preparePasswordStep(const QString &username, const QString &deviceId) const;
    Challenge finishPasswordStep(const PasswordStep &step, bool passwordMatches);
    // Both halves on this thread (the CLI and tests).
    Challenge beginLogin(const QString &username, const crypto::SecretBytes &password, const QString &deviceId);
    Outcome completeLogin(const QString &challengeId, const QByteArray &code, const QString &recoveryCode,
                          const QHostAddress &address);
    Outcome completeEnrolment(const QString &challengeId, const QByteArray &code, const QHostAddress &address);

private:
    struct Pending
    {
        std::optional<std::int64_t> userId; // empty: unknown username
        QString username;
        bool passwordOk = false;
        bool enrolment = false;
        QString deviceId;
        std::int64_t expiresAtMs = 0;
        int attemptsLeft = CodeAttemptsPerChallenge;
    };

    Pending *pending(const QString &challengeId, bool enrolment);
    // Refuses before any factor is checked: address over its limit, account locked.
    std::optional<Outcome> gate(const QString &challengeId, const Pending *entry, const QHostAddress &address);
    Outcome refuse(const Pending &pending, const QString &reason, const QHostAddress &address);
    Outcome signIn(const Pending &pending, const QHostAddress &address);
    void dropExpired();

    Parts m_parts;
    QHash<QString, Pending> m_pending;
};

} // namespace cb::server
