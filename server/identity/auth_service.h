#pragma once

#include "core/audit/audit_log.h"
#include "core/crypto/password_hash.h"
#include "server/identity/device_secrets.h"
#include "server/identity/enrolment_codes.h"
#include "server/identity/failure_tally.h"
#include "server/identity/login_throttle.h"
#include "server/identity/second_factor.h"
#include "server/identity/session_registry.h"
#include "server/identity/staff_directory.h"

#include <QHash>
#include <QHostAddress>

namespace cb::server {

// Signing in, in two steps, without ever saying which factor was wrong:
//  1. The password step always returns a plain challenge, for a wrong password
//     or an unknown user too, so nothing is learnt from it. It never hands out
//     an enrolment key (security review, finding 6).
//  2. completeLogin(challenge, …) succeeds only if both factors were right.
//     Someone without an authenticator yet gives the one-time enrolment code an
//     admin handed them instead of a TOTP code; with the right password that
//     starts enrolment (the key and QR code), and completeEnrolment() binds the
//     authenticator with its first code and signs in.
// The password step obeys LoginThrottle's delays, which are the same for known
// and unknown usernames; a challenge then has three attempts. Failures on real accounts are audited one by one; the rest
// are tallied per address (FailureTally).
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

    enum class Status { SignedIn, EnrolmentStarted, InvalidCredentials, Throttled };
    struct Outcome
    {
        Status status = Status::InvalidCredentials;
        std::int64_t retryAfterMs = 0; // Throttled, or the delay before the next try
        StaffUser user;
        SessionRegistry::Created session;
        crypto::SecretBytes deviceSecret;
        QStringList recoveryCodes; // after enrolment only, shown once
        Challenge enrolment;       // EnrolmentStarted only
        LoginThrottle::FailedAttempts failedBefore; // failures since the previous sign-in
    };

    struct Parts
    {
        StaffDirectory &staff;
        SecondFactor &secondFactor;
        EnrolmentCodes &enrolmentCodes;
        LoginThrottle &throttle;
        SessionRegistry &sessions;
        DeviceSecrets &deviceSecrets;
        audit::AuditLog &audit;
        const platform::Clock &clock;
        QString issuer; // shown in authenticator apps, e.g. the clinic's name
    };

    // The password step in two halves, so Argon2id can run on the password pool:
    // prepare() looks the user up and picks the hash to check (a decoy for an
    // unknown user); finish() takes whether the password matched and, when the
    // stored hash was made at an old cost, a new hash of the same password.
    struct PasswordStep
    {
        QString username;
        QString deviceId;
        QString workstation; // the desktop's name for its machine, for the admins' list
        QHostAddress address;
        std::optional<StaffUser> user;
        QByteArray encodedHash;
        bool needsRehash = false;
    };

    explicit AuthService(Parts parts);
    ~AuthService();

    // Milliseconds before this username may try again from this address; 0 = now.
    std::int64_t waitMs(const QString &username, const QHostAddress &address);
    PasswordStep preparePasswordStep(const QString &username, const QString &deviceId, const QHostAddress &address) const;
    // The caller counts the step (LoginThrottle::countAttempt) when it queues the hash.
    Challenge finishPasswordStep(const PasswordStep &step, bool passwordMatches, const QByteArray &rehash = {});
    // Both halves on this thread (the CLI and tests).
    Challenge beginLogin(const QString &username, const crypto::SecretBytes &password, const QString &deviceId,
                         const QHostAddress &address = QHostAddress::LocalHost);
    // `code` is a TOTP code; or `recoveryCode`; or `enrolmentCode`, which starts enrolment.
    Outcome completeLogin(const QString &challengeId, const QByteArray &code, const QString &recoveryCode,
                          const QString &enrolmentCode, const QHostAddress &address);
    Outcome completeEnrolment(const QString &challengeId, const QByteArray &code, const QHostAddress &address);
    // Writes the tallied failures (a timer calls this each minute, and shutdown).
    void flushFailureTally() { m_tally.flush(); }

private:
    struct Pending
    {
        std::optional<std::int64_t> userId; // empty: unknown username
        QString username;
        bool passwordOk = false;
        bool enrolment = false; // the enrolment code was right: awaiting the first TOTP code
        QString deviceId;
        QString workstation;
        std::int64_t expiresAtMs = 0;
        int attemptsLeft = CodeAttemptsPerChallenge;
        bool stepCountSpent = false; // the password step's count stood for the first failed code
    };

    Pending *pending(const QString &challengeId, bool enrolment);
    // Refuses before any factor is checked: no such challenge, or a blocked address.
    // Otherwise uses up one of the challenge's attempts; `counts` says whether a
    // failure of this attempt is a new one for the delays.
    std::optional<Outcome> gate(const QString &challengeId, Pending *entry, const QHostAddress &address, bool *counts);
    // A failed attempt: counted for the delays when `counts`; audited unless the
    // password step already audited this challenge.
    Outcome refuse(const Pending &pending, const QString &reason, const QHostAddress &address, bool counts,
                   bool audited = true);
    Outcome startEnrolment(const QString &challengeId, const Pending &entry, const QString &enrolmentCode,
                           const QHostAddress &address, bool counts);
    Outcome signIn(const Pending &pending, const QHostAddress &address);
    void dropExpired();

    Parts m_parts;
    FailureTally m_tally;
    QHash<QString, Pending> m_pending;
};

} // namespace cb::server
