#pragma once

#include "core/audit/audit_log.h"
#include "core/crypto/totp.h"
#include "server/identity/auth_service.h"
#include "server/identity/device_keyring.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"

#include <QTemporaryDir>

namespace cb::test {

inline crypto::SecretBytes secretOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return crypto::SecretBytes::copyOf({reinterpret_cast<const unsigned char *>(utf8.constData()), std::size_t(utf8.size())});
}

// The server's identity services wired together on a real encrypted store,
// with a clock the test moves by hand.
struct IdentityFixture
{
    QTemporaryDir dir;
    crypto::SecretBytes masterKey = crypto::SecretBytes::random(32);
    server::ServerKeys keys = server::ServerKeys::derive(masterKey);
    server::ServerStore store = server::ServerStore::create(dir.filePath(QStringLiteral("server.db")), masterKey);
    platform::ManualClock clock;
    server::StaffDirectory staff{store.database(), clock, crypto::PasswordHash(crypto::PasswordHash::minimumCost()),
                                 QStringLiteral("Sunrise Clinic")};
    server::SecondFactor secondFactor{store.database(), clock, keys.totpSeal.clone(), keys.recoveryCodes.clone()};
    server::EnrolmentCodes enrolmentCodes{store.database(), clock, keys.enrolmentCodes.clone(), 72 * 3'600'000};
    server::LoginThrottle throttle{store.database(), clock};
    server::SessionRegistry sessions{store.database(), clock, keys.tokenHash.clone(), [this](std::int64_t userId) {
                                         return policy::SessionPolicy::forRoles(staff.findById(userId)->roles);
                                     }};
    server::DeviceKeyring deviceKeyring{dir.filePath(QStringLiteral("device-keyring")), keys.deviceKeyring.clone()};
    server::DeviceSecrets deviceSecrets{store.database(), clock, deviceKeyring, keys.deviceSeal.clone()};
    audit::AuditLog audit{store.database(), keys.audit.clone()};
    server::AuthService auth{{staff, secondFactor, enrolmentCodes, throttle, sessions, deviceSecrets, audit, clock,
                              QStringLiteral("Sunrise Clinic")}};
    QHostAddress address{QStringLiteral("127.0.0.1")};

    static QString password() { return QStringLiteral("violet otter juggles seven lanterns"); }

    // Creates a user as an admin would: the account and its one-time enrolment code.
    std::pair<server::StaffUser, QString> newUser(const QString &username, policy::Role role)
    {
        const auto user = staff.create(username, username + QStringLiteral(" Example"), {role}, secretOf(password()));
        return {user, enrolmentCodes.issue(user.id, QStringLiteral("staff:1")).code};
    }

    // The password step, then the enrolment code: the enrolment challenge (key, URI).
    server::AuthService::Outcome startEnrolment(const QString &username, const QString &enrolmentCode)
    {
        const auto challenge = auth.beginLogin(username, secretOf(password()), QStringLiteral("device-1"), address);
        return auth.completeLogin(challenge.id, {}, {}, enrolmentCode, address);
    }

    // Creates a user and enrols TOTP; returns the user and its TOTP secret.
    std::pair<server::StaffUser, crypto::SecretBytes> enrolledUser(const QString &username, policy::Role role)
    {
        const auto [user, code] = newUser(username, role);
        const auto started = startEnrolment(username, code);
        crypto::SecretBytes secret = decodeKey(started.enrolment.enrolmentUri);
        const auto outcome =
            auth.completeEnrolment(started.enrolment.id, crypto::Totp::generate(secret, clock.nowSeconds()), address);
        if (outcome.status != server::AuthService::Status::SignedIn) {
            qFatal("enrolment failed in fixture");
        }
        return {user, std::move(secret)};
    }

    // The TOTP secret as an authenticator app would read it from the QR code.
    static crypto::SecretBytes decodeKey(const QString &uri);

    std::int64_t countAudit(const QString &action, const QString &reason = {})
    {
        auto row = store.database().prepare(
            "SELECT count(*) FROM audit_events WHERE action = ? AND (? = '' OR json_extract(detail, '$.reason') = ?)");
        row.bindAll(action, reason, reason);
        row.step();
        return row.columnInt64(0);
    }
};

} // namespace cb::test
