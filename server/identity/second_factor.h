#pragma once

#include "core/crypto/secret_box.h"
#include "core/platform/clock.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// TOTP enrolment and verification plus single-use recovery codes. TOTP secrets
// are sealed with their own key; each code is accepted once (a code from the
// same or an older time step is a replay); recovery codes are stored hashed.
class SecondFactor
{
public:
    enum class Check { Accepted, Invalid, Replayed, NotEnrolled };
    static constexpr int RecoveryCodeCount = 10;

    SecondFactor(store::Database &db, const platform::Clock &clock, crypto::SecretBytes totpSealKey,
                 crypto::SecretBytes recoveryHashKey);

    // Starts (or restarts) enrolment; returns the new secret for the QR code.
    crypto::SecretBytes beginEnrolment(std::int64_t userId);
    // Confirms with a first code; on success returns the recovery codes (shown once).
    std::optional<QStringList> confirmEnrolment(std::int64_t userId, const QByteArray &code);
    Check verifyCode(std::int64_t userId, const QByteArray &code);
    Check useRecoveryCode(std::int64_t userId, const QString &code);
    // Forgets the secret and the recovery codes: the user enrols again at next sign-in.
    void reset(std::int64_t userId);

private:
    std::optional<std::uint64_t> currentStep(const crypto::SecretBytes &secret, const QByteArray &code) const;
    QByteArray recoveryHash(const QString &code) const;
    QStringList issueRecoveryCodes(std::int64_t userId);

    store::Database &m_db;
    const platform::Clock &m_clock;
    crypto::SecretBox m_seal;
    crypto::SecretBytes m_recoveryKey;
};

} // namespace cb::server
