// What one staff sign-in costs the server: the password step (Argon2id verify)
// plus the code step (TOTP, session, device secret, audit events), on a real
// encrypted store, for both password-hashing costs. Median of 7 successful sign-ins.
#include "core/audit/audit_log.h"
#include "core/crypto/totp.h"
#include "server/identity/auth_service.h"
#include "server/identity/device_keyring.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <liboath/oath.h>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <vector>

using namespace cb;

namespace {
crypto::SecretBytes secretOf(const QByteArray &text)
{
    return crypto::SecretBytes::copyOf({reinterpret_cast<const unsigned char *>(text.constData()), std::size_t(text.size())});
}

double medianSignInMs(crypto::PasswordHash::Cost cost)
{
    QTemporaryDir dir;
    const auto master = crypto::SecretBytes::random(32);
    const auto keys = server::ServerKeys::derive(master);
    auto store = server::ServerStore::create(dir.filePath(QStringLiteral("s.db")), master);
    platform::ManualClock clock;
    server::StaffDirectory staff(store.database(), clock, crypto::PasswordHash(cost), QStringLiteral("Clinic"));
    server::SecondFactor second(store.database(), clock, keys.totpSeal.clone(), keys.recoveryCodes.clone());
    server::EnrolmentCodes enrolmentCodes(store.database(), clock, keys.enrolmentCodes.clone(), 3'600'000);
    server::LoginThrottle throttle(store.database(), clock);
    server::SessionRegistry sessions(store.database(), clock, keys.tokenHash.clone(),
                                     [](std::int64_t) { return policy::SessionPolicy{}; });
    server::DeviceKeyring keyring(dir.filePath(QStringLiteral("device-keyring")), keys.deviceKeyring.clone());
    server::DeviceSecrets devices(store.database(), clock, keyring, keys.deviceSeal.clone());
    audit::AuditLog audit(store.database(), keys.audit.clone());
    server::AuthService auth({staff, second, enrolmentCodes, throttle, sessions, devices, audit, clock, QStringLiteral("Clinic")});

    const QByteArray password = "granite meadow holds nine foxes";
    const auto user = staff.create(QStringLiteral("bench.user"), QStringLiteral("Bench"), {policy::Role::Nurse}, secretOf(password));
    const QString enrolmentCode = enrolmentCodes.issue(user.id, QStringLiteral("bench")).code;
    // Enrol as the desktop would, reading the key the way an authenticator app does.
    const auto challenge = auth.beginLogin(QStringLiteral("bench.user"), secretOf(password), QStringLiteral("d"));
    const auto enrol = auth.completeLogin(challenge.id, {}, {}, enrolmentCode, QHostAddress::LocalHost).enrolment;
    char *decoded = nullptr;
    std::size_t length = 0;
    oath_base32_decode(enrol.enrolmentKey.constData(), std::size_t(enrol.enrolmentKey.size()), &decoded, &length);
    const auto totpSecret = crypto::SecretBytes::copyOf({reinterpret_cast<unsigned char *>(decoded), length});
    std::free(decoded);
    auth.completeEnrolment(enrol.id, crypto::Totp::generate(totpSecret, clock.nowSeconds()), QHostAddress::LocalHost);

    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        clock.advanceSeconds(30); // a fresh TOTP step for each sign-in
        QElapsedTimer timer;
        timer.start();
        const auto challenge = auth.beginLogin(QStringLiteral("bench.user"), secretOf(password), QStringLiteral("d"));
        const auto outcome = auth.completeLogin(challenge.id, crypto::Totp::generate(totpSecret, clock.nowSeconds()), {},
                                                {}, QHostAddress::LocalHost);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (outcome.status != server::AuthService::Status::SignedIn) {
            std::fprintf(stderr, "bench: sign-in failed\n");
            std::exit(1);
        }
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("| password hashing | server time per sign-in (median of 7) |\n|---|---|\n");
    std::printf("| moderate (default, 256 MiB) | %.0f ms |\n", medianSignInMs(crypto::PasswordHash::interactiveServerCost()));
    std::printf("| interactive (64 MiB) | %.0f ms |\n", medianSignInMs(crypto::PasswordHash::interactiveCost()));
    return 0;
}
