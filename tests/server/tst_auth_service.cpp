#include "core/platform/client_key.h"
#include "tests/server/identity_fixture.h"

#include <QtTest>

using cb::crypto::Totp;
using cb::policy::Role;
using cb::server::AuthService;
using cb::test::IdentityFixture;
using cb::test::secretOf;
using Status = cb::server::AuthService::Status;

class TestAuthService : public QObject
{
    Q_OBJECT
private:
    static AuthService::Outcome signIn(IdentityFixture &f, const QString &username, const QString &password,
                                       const QByteArray &code, const QString &recovery = {},
                                       const QHostAddress &from = QHostAddress(QStringLiteral("127.0.0.1")))
    {
        const auto challenge = f.auth.beginLogin(username, secretOf(password), QStringLiteral("device-1"), from);
        return f.auth.completeLogin(challenge.id, code, recovery, {}, from);
    }

    static QByteArray costOf(const QByteArray &encoded) { return encoded.split('$').value(3); }

private slots:
    void firstSignInNeedsTheAdminsEnrolmentCode()
    {
        IdentityFixture f;
        const auto [admin, code] = f.newUser(QStringLiteral("admin"), Role::Admin);
        QCOMPARE(code.size(), 19); // XXXX-XXXX-XXXX-XXXX
        // The right password alone: a plain challenge, no key (finding 6).
        const auto challenge = f.auth.beginLogin(QStringLiteral("admin"), secretOf(f.password()), QStringLiteral("ws-1"));
        QVERIFY(!challenge.enrolment);
        QVERIFY(challenge.enrolmentKey.isEmpty() && challenge.enrolmentUri.isEmpty());
        // A TOTP code cannot enrol, and a wrong enrolment code is a counted, audited failure.
        QCOMPARE(f.auth.completeLogin(challenge.id, "123456", {}, {}, f.address).status, Status::InvalidCredentials);
        QCOMPARE(f.auth.completeLogin(challenge.id, {}, {}, QStringLiteral("AAAA-BBBB-CCCC-DDDD"), f.address).status,
                 Status::InvalidCredentials);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("enrolment_code")), 1);
        QCOMPARE(f.throttle.failedSinceLastSignIn(admin.id).count, 2);

        // The right password and enrolment code start enrolment on the same challenge.
        const auto started = f.startEnrolment(QStringLiteral("admin"), code.toLower().remove(QLatin1Char('-')));
        QCOMPARE(started.status, Status::EnrolmentStarted);
        QVERIFY(started.enrolment.enrolmentUri.startsWith(QLatin1String("otpauth://totp/Sunrise%20Clinic:admin?secret=")));
        QCOMPARE(started.enrolment.enrolmentKey.size(), 32); // 160 bits in base32
        const auto secret = IdentityFixture::decodeKey(started.enrolment.enrolmentUri);
        QCOMPARE(f.auth.completeEnrolment(started.enrolment.id, "000000", f.address).status, Status::InvalidCredentials);
        const auto outcome =
            f.auth.completeEnrolment(started.enrolment.id, Totp::generate(secret, f.clock.nowSeconds()), f.address);
        QCOMPARE(outcome.status, Status::SignedIn);
        QCOMPARE(outcome.recoveryCodes.size(), 10);
        QCOMPARE(outcome.session.token.size(), 43);
        QCOMPARE(outcome.deviceSecret.size(), std::size_t(32));
        QCOMPARE(outcome.failedBefore.count, 3); // told at sign-in
        QVERIFY(f.staff.findByUsername(QStringLiteral("admin"))->mfaEnrolled);
        QCOMPARE(f.countAudit(QStringLiteral("mfa.enrolment_started")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("mfa.enrolled")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("login.success")), 1);
        QCOMPARE(f.throttle.failedSinceLastSignIn(admin.id).count, 0);
        // Used up: the code cannot enrol another authenticator.
        QCOMPARE(f.enrolmentCodes.expiresAtMs(admin.id), 0);
        QCOMPARE(f.startEnrolment(QStringLiteral("admin"), code).status, Status::InvalidCredentials);
    }

    void enrolmentCodesExpireAndNeedTheirOwnAccount()
    {
        IdentityFixture f;
        const auto [nurse, nurseCode] = f.newUser(QStringLiteral("nurse.new"), Role::Nurse);
        const auto [desk, deskCode] = f.newUser(QStringLiteral("desk.new"), Role::FrontDesk);
        QCOMPARE(f.startEnrolment(QStringLiteral("nurse.new"), deskCode).status, Status::InvalidCredentials);
        // A wrong password with the right code: nothing either.
        const auto wrong = f.auth.beginLogin(QStringLiteral("nurse.new"), secretOf(QStringLiteral("not it at all")),
                                             QStringLiteral("d"));
        QCOMPARE(f.auth.completeLogin(wrong.id, {}, {}, nurseCode, f.address).status, Status::InvalidCredentials);
        f.clock.advanceSeconds(72 * 3600 + 1);
        QCOMPARE(f.startEnrolment(QStringLiteral("desk.new"), deskCode).status, Status::InvalidCredentials);
        // The admin issues a new one (an MFA reset does the same).
        const QString fresh = f.enrolmentCodes.issue(desk.id, QStringLiteral("staff:1")).code;
        QCOMPARE(f.startEnrolment(QStringLiteral("desk.new"), fresh).status, Status::EnrolmentStarted);
        Q_UNUSED(nurse);
    }

    void codeIsAcceptedOnlyOnce()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("nurse1"), Role::Nurse);
        f.clock.advanceSeconds(30);
        const QByteArray code = Totp::generate(secret, f.clock.nowSeconds());
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), code).status, Status::SignedIn);
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), code).status, Status::InvalidCredentials);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("code_replayed")), 1);
        // An older code (previous step, still inside the ±1 window) is a replay too.
        const QByteArray older = Totp::generate(secret, f.clock.nowSeconds() - 30);
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), older).status, Status::InvalidCredentials);
        f.clock.advanceSeconds(30);
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), Totp::generate(secret, f.clock.nowSeconds())).status,
                 Status::SignedIn);
    }

    void wrongFactorsLookTheSame()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("nurse1"), Role::Nurse);
        f.clock.advanceSeconds(30);
        const QByteArray good = Totp::generate(secret, f.clock.nowSeconds());
        const auto badPassword = f.auth.beginLogin(QStringLiteral("nurse1"), secretOf(QStringLiteral("wrong password here")),
                                                   QStringLiteral("d"));
        const auto unknownUser = f.auth.beginLogin(QStringLiteral("nobody"), secretOf(f.password()), QStringLiteral("d"));
        QVERIFY(!badPassword.enrolment && !unknownUser.enrolment); // step 1 reveals nothing
        QVERIFY(!badPassword.id.isEmpty() && !unknownUser.id.isEmpty());
        QCOMPARE(f.auth.completeLogin(badPassword.id, good, {}, {}, f.address).status, Status::InvalidCredentials);
        QCOMPARE(f.auth.completeLogin(unknownUser.id, good, {}, {}, f.address).status, Status::InvalidCredentials);
        f.clock.advanceSeconds(30);
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), "123456").status, Status::InvalidCredentials);
        // A real account's failures are audited one by one, once per challenge …
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("password")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("code")), 1);
        // … an unknown username's are tallied (see below).
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("unknown_user")), 0);
        QCOMPARE(f.auth.completeLogin(QStringLiteral("forged-challenge"), good, {}, {}, f.address).status,
                 Status::InvalidCredentials);
        f.auth.flushFailureTally();
        QCOMPARE(f.countAudit(QStringLiteral("login.failures")), 1);
    }

    void knownAndUnknownUsernamesAreDelayedAlike()
    {
        // Finding 7: only real accounts used to answer 423. Now the same attempts
        // against a real and a made-up username give the same answers and delays.
        IdentityFixture f;
        f.enrolledUser(QStringLiteral("desk1"), Role::FrontDesk);
        auto run = [&f](const QString &username) {
            QList<std::pair<int, std::int64_t>> answers;
            const QHostAddress from(QStringLiteral("10.1.1.1"));
            for (int i = 0; i < 8; ++i) {
                const std::int64_t wait = f.auth.waitMs(username, from);
                if (wait > 0) {
                    answers.append({-1, wait});
                    f.clock.advanceMs(wait);
                }
                const auto outcome = signIn(f, username, QStringLiteral("not the password!"), "000000", {}, from);
                answers.append({int(outcome.status), outcome.retryAfterMs});
            }
            return answers;
        };
        const auto known = run(QStringLiteral("desk1"));
        f.clock.advanceSeconds(25 * 3600); // the windows empty
        const auto unknown = run(QStringLiteral("nobody.here"));
        QCOMPARE(known, unknown);
        QVERIFY(known.contains(std::pair<int, std::int64_t>{-1, 1000})); // delays did start
        QVERIFY(!known.contains(std::pair<int, std::int64_t>{int(Status::Throttled), 0}));
    }

    void aStrangerCannotKeepSomeoneOut()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("desk1"), Role::FrontDesk);
        // 200 guesses, spread over many addresses so no address is blocked.
        for (int i = 0; i < 200; ++i) {
            const QHostAddress stranger(QStringLiteral("203.0.113.%1").arg(i % 200 + 1));
            f.clock.advanceMs(f.auth.waitMs(QStringLiteral("desk1"), stranger));
            signIn(f, QStringLiteral("desk1"), QStringLiteral("guess %1 guess").arg(i), "000000", {}, stranger);
        }
        // The person at their workstation waits a minute at most, then signs in.
        const std::int64_t wait = f.auth.waitMs(QStringLiteral("desk1"), f.address);
        QVERIFY2(wait <= cb::server::LoginThrottle::NameLongestDelayMs, qPrintable(QString::number(wait)));
        f.clock.advanceMs(wait + 30'000);
        const auto outcome = signIn(f, QStringLiteral("desk1"), f.password(), Totp::generate(secret, f.clock.nowSeconds()));
        QCOMPARE(outcome.status, Status::SignedIn);
        QCOMPARE(outcome.failedBefore.count, 200); // and is told about it
        QVERIFY(outcome.failedBefore.lastAtMs > 0);
    }

    void oneFailureAnHourNeverAddsUp()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("desk1"), Role::FrontDesk);
        for (int hour = 0; hour < 48; ++hour) {
            signIn(f, QStringLiteral("desk1"), QStringLiteral("not the password!"), "000000",
                   {}, QHostAddress(QStringLiteral("198.51.100.7")));
            f.clock.advanceSeconds(3601);
            QCOMPARE(f.auth.waitMs(QStringLiteral("desk1"), f.address), 0);
        }
    }

    void delaysGrowAndAreCapped()
    {
        using cb::server::LoginThrottle;
        // "3 free": the first three failures cost nothing, the next attempt waits.
        QCOMPARE(LoginThrottle::delayMs(2, 3, 900'000), 0);
        QCOMPARE(LoginThrottle::delayMs(3, 3, 900'000), 1000);
        QCOMPARE(LoginThrottle::delayMs(4, 3, 900'000), 2000);
        QCOMPARE(LoginThrottle::delayMs(13, 3, 900'000), 900'000);
        QCOMPARE(LoginThrottle::delayMs(40, 3, LoginThrottle::PairLongestDelayMs), LoginThrottle::PairLongestDelayMs);
        QCOMPARE(LoginThrottle::delayMs(1000, 10, 60'000), 60'000);
        // From one address, fewer than 100 guesses a day get through (NIST 800-63B 5.2.2).
        IdentityFixture f;
        const QHostAddress from(QStringLiteral("192.0.2.1"));
        int tries = 0;
        for (std::int64_t elapsed = 0; elapsed < 24 * 3600'000LL; ++tries) {
            const std::int64_t wait = std::max<std::int64_t>(f.auth.waitMs(QStringLiteral("desk9"), from), 1000);
            f.clock.advanceMs(wait);
            elapsed += wait;
            signIn(f, QStringLiteral("desk9"), QStringLiteral("guess"), "000000", {}, from);
        }
        QVERIFY2(tries < 100, qPrintable(QString::number(tries)));
        QVERIFY2(tries > 40, qPrintable(QString::number(tries))); // delays, not a lock
    }

    void addressIsThrottledAcrossAccounts()
    {
        IdentityFixture f;
        for (int i = 0; i < cb::server::LoginThrottle::AddressFailureLimit; ++i) {
            f.auth.completeLogin(QStringLiteral("forged-%1").arg(i), "000000", {}, {}, f.address);
        }
        QCOMPARE(f.auth.completeLogin(QStringLiteral("forged"), "000000", {}, {}, f.address).status, Status::Throttled);
        QVERIFY(f.auth.waitMs(QStringLiteral("anyone"), f.address) > 0);
        f.clock.advanceSeconds(15 * 60 + 1);
        QCOMPARE(f.auth.completeLogin(QStringLiteral("forged"), "000000", {}, {}, f.address).status,
                 Status::InvalidCredentials);
    }

    // Security review 3: one IPv6 subscriber holds a whole /64, so the
    // address throttle counts the /64 (an IPv4 address stays itself).
    void anIpv6NetworkIsOneAddress()
    {
        IdentityFixture f;
        for (int i = 0; i < cb::server::LoginThrottle::AddressFailureLimit; ++i) {
            const QHostAddress from(QStringLiteral("2001:db8:1:2::%1").arg(i + 1, 0, 16));
            f.auth.completeLogin(QStringLiteral("forged-%1").arg(i), "000000", {}, {}, from);
        }
        QVERIFY(f.throttle.addressBlocked(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9"))));
        QVERIFY(!f.throttle.addressBlocked(QHostAddress(QStringLiteral("2001:db8:1:3::1")))); // the next /64 is someone else
        QCOMPARE(cb::platform::clientKey(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))), QStringLiteral("10.1.2.3"));
        QCOMPARE(cb::platform::clientKey(QHostAddress(QStringLiteral("10.1.2.3"))), QStringLiteral("10.1.2.3"));
    }

    void successfulSignInsFromOneAddressAreNotFailures()
    {
        // A clinic behind one address: 40 people signing in at 8 am are not a flood.
        IdentityFixture f;
        for (int i = 0; i < 40; ++i) {
            f.enrolledUser(QStringLiteral("staff%1").arg(i), Role::Nurse);
        }
        QVERIFY(!f.throttle.addressBlocked(f.address));
    }

    void enrolmentObeysTheDelays()
    {
        // Finding 6: the password step used to ignore the lock and count nothing.
        IdentityFixture f;
        const auto [user, code] = f.newUser(QStringLiteral("late.enrol"), Role::Nurse);
        int failures = 0;
        while (f.auth.waitMs(QStringLiteral("late.enrol"), f.address) == 0) {
            QVERIFY(++failures <= cb::server::LoginThrottle::PairFreeFailures);
            f.auth.beginLogin(QStringLiteral("late.enrol"), secretOf(QStringLiteral("guess guess guess!")), QStringLiteral("d"));
        }
        QCOMPARE(failures, cb::server::LoginThrottle::PairFreeFailures);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("password")), failures);
        QCOMPARE(f.throttle.failedSinceLastSignIn(user.id).count, failures);
        // The route refuses the password step until the delay has passed; then enrolment works.
        f.clock.advanceMs(f.auth.waitMs(QStringLiteral("late.enrol"), f.address));
        QCOMPARE(f.startEnrolment(QStringLiteral("late.enrol"), code).status, Status::EnrolmentStarted);
    }

    void unknownFailuresAreTalliedNotWrittenOneByOne()
    {
        // Finding 8: 600 failures from 20 addresses wrote 600 permanent rows.
        IdentityFixture f;
        const std::int64_t before = f.countAudit(QStringLiteral("login.failure"));
        for (int i = 0; i < 600; ++i) {
            const QHostAddress from(QStringLiteral("198.18.0.%1").arg(i % 20 + 1));
            f.auth.completeLogin(QStringLiteral("forged-%1").arg(i), "000000", {}, {}, from);
        }
        QCOMPARE(f.countAudit(QStringLiteral("login.failure")), before);
        f.clock.advanceSeconds(61);
        f.auth.completeLogin(QStringLiteral("one-more"), "000000", {}, {}, QHostAddress(QStringLiteral("198.18.1.1")));
        QCOMPARE(f.countAudit(QStringLiteral("login.failures")), 20); // one per address for the last minute
        auto total = f.store.database().prepare(
            "SELECT sum(json_extract(detail, '$.count')) FROM audit_events WHERE action = 'login.failures'");
        QVERIFY(total.step());
        QCOMPARE(total.columnInt64(0), 600);
        QVERIFY(f.audit.verify().intact);
    }

    void throttleMemoryIsPruned()
    {
        IdentityFixture f;
        for (int i = 0; i < 500; ++i) {
            const QHostAddress from(QStringLiteral("100.64.%1.%2").arg(i / 250).arg(i % 250 + 1));
            f.auth.beginLogin(QStringLiteral("user%1").arg(i), secretOf(QStringLiteral("x")), QStringLiteral("d"), from);
        }
        QVERIFY(f.throttle.trackedKeys() >= 1500);
        f.clock.advanceSeconds(24 * 3600 + 1);
        f.auth.waitMs(QStringLiteral("someone"), f.address); // any use prunes what is past its window
        QCOMPARE(f.throttle.trackedKeys(), 0);
    }

    void hashesAreUpgradedAndTheDecoyFollowsTheStore()
    {
        // Finding 9: after a cost change, hashes are redone at sign-in, and the
        // decoy for unknown usernames has the cost most stored hashes have.
        IdentityFixture f;
        f.enrolledUser(QStringLiteral("nurse5"), Role::Nurse);
        const QByteArray oldCost = costOf(f.staff.passwordHashOf(f.staff.findByUsername(QStringLiteral("nurse5"))->id));
        cb::server::StaffDirectory upgraded(f.store.database(), f.clock,
                                            cb::crypto::PasswordHash(cb::crypto::PasswordHash::interactiveCost()),
                                            QStringLiteral("Sunrise Clinic"));
        cb::server::AuthService auth{{upgraded, f.secondFactor, f.enrolmentCodes, f.throttle, f.sessions, f.deviceSecrets,
                                      f.audit, f.clock, QStringLiteral("Sunrise Clinic")}};
        QCOMPARE(costOf(upgraded.passwordHashOf(std::nullopt)), oldCost);
        auth.beginLogin(QStringLiteral("nurse5"), secretOf(QStringLiteral("wrong one here")), QStringLiteral("d"));
        QCOMPARE(costOf(upgraded.passwordHashOf(upgraded.findByUsername(QStringLiteral("nurse5"))->id)), oldCost);
        auth.beginLogin(QStringLiteral("nurse5"), secretOf(f.password()), QStringLiteral("d"));
        const QByteArray stored = upgraded.passwordHashOf(upgraded.findByUsername(QStringLiteral("nurse5"))->id);
        QVERIFY(costOf(stored) != oldCost);
        QVERIFY(!upgraded.needsRehash(stored));
        QVERIFY(cb::crypto::PasswordHash::verify(stored, secretOf(f.password())));
        QCOMPARE(costOf(upgraded.passwordHashOf(std::nullopt)), costOf(stored));
        QCOMPARE(f.countAudit(QStringLiteral("password.rehash")), 1);
    }

    void passwordStepsAreRateLimitedPerAddress()
    {
        IdentityFixture f;
        const QHostAddress flood(QStringLiteral("10.0.0.9"));
        for (int i = 0; i < cb::server::LoginThrottle::PasswordStepLimit; ++i) {
            QVERIFY(f.throttle.passwordStepAllowed(flood));
            f.throttle.countPasswordStep(flood);
        }
        QVERIFY(!f.throttle.passwordStepAllowed(flood));
        QVERIFY(f.throttle.passwordStepAllowed(f.address)); // other addresses are unaffected
        f.clock.advanceSeconds(61);
        QVERIFY(f.throttle.passwordStepAllowed(flood));
        // And in all: many addresses together cannot keep the pool hashing.
        for (int i = 0; i < cb::server::LoginThrottle::GlobalPasswordStepLimit; ++i) {
            f.throttle.countPasswordStep(QHostAddress(QStringLiteral("10.9.%1.%2").arg(i / 25).arg(i % 25 + 1)));
        }
        QVERIFY(!f.throttle.passwordStepAllowed(QHostAddress(QStringLiteral("10.200.0.1"))));
        // …but a flood from elsewhere cannot lock out the clinic's own workstations.
        const auto [user, code] = f.newUser(QStringLiteral("desk.ws"), Role::FrontDesk);
        QCOMPARE(f.startEnrolment(QStringLiteral("desk.ws"), code).status, Status::EnrolmentStarted);
        f.throttle.recordSuccess(QStringLiteral("desk.ws"), user.id, f.address);
        QVERIFY(f.throttle.passwordStepAllowed(f.address));
        QVERIFY(!f.throttle.passwordStepAllowed(QHostAddress(QStringLiteral("10.200.0.2"))));
    }

    void recoveryCodesWorkOnceEach()
    {
        IdentityFixture f;
        const auto [user, code] = f.newUser(QStringLiteral("clin1"), Role::Clinician);
        const auto started = f.startEnrolment(QStringLiteral("clin1"), code);
        const auto secret = IdentityFixture::decodeKey(started.enrolment.enrolmentUri);
        const QStringList codes =
            f.auth.completeEnrolment(started.enrolment.id, Totp::generate(secret, f.clock.nowSeconds()), f.address)
                .recoveryCodes;
        QCOMPARE(signIn(f, QStringLiteral("clin1"), f.password(), {}, codes[3].toUpper()).status, Status::SignedIn);
        QCOMPARE(signIn(f, QStringLiteral("clin1"), f.password(), {}, codes[3]).status, Status::InvalidCredentials);
        QCOMPARE(signIn(f, QStringLiteral("clin1"), f.password(), {}, QStringLiteral("aaaaa-bbbbb")).status,
                 Status::InvalidCredentials);
        QCOMPARE(f.countAudit(QStringLiteral("mfa.recovery_code_used")), 1);
    }

    void disabledUsersCannotSignIn()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("desk2"), Role::FrontDesk);
        f.staff.setActive(user.id, false);
        f.clock.advanceSeconds(30);
        QCOMPARE(signIn(f, QStringLiteral("desk2"), f.password(), Totp::generate(secret, f.clock.nowSeconds())).status,
                 Status::InvalidCredentials);
    }

    void sessionsEndOnIdleAndAbsoluteTimeouts()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("nurse2"), Role::Nurse);
        const auto first = f.sessions.create(user.id, QStringLiteral("ws"));
        QCOMPARE(f.sessions.authenticate(first.token, true).status, cb::server::SessionRegistry::Status::Valid);
        f.clock.advanceSeconds(29 * 60);
        QCOMPARE(f.sessions.authenticate(first.token, false).status, cb::server::SessionRegistry::Status::Valid);
        f.clock.advanceSeconds(2 * 60); // 31 idle minutes (the last call did not touch)
        QCOMPARE(f.sessions.authenticate(first.token, true).status, cb::server::SessionRegistry::Status::IdleTimeout);
        QCOMPARE(f.sessions.authenticate(first.token, true).status, cb::server::SessionRegistry::Status::Ended);

        const auto second = f.sessions.create(user.id, QStringLiteral("ws"));
        for (int i = 0; i < 12 * 6 - 1; ++i) { // busy all day: activity every 10 minutes
            f.clock.advanceSeconds(10 * 60);
            QCOMPARE(f.sessions.authenticate(second.token, true).status, cb::server::SessionRegistry::Status::Valid);
        }
        f.clock.advanceSeconds(10 * 60);
        QCOMPARE(f.sessions.authenticate(second.token, true).status, cb::server::SessionRegistry::Status::AbsoluteTimeout);
        QCOMPARE(f.sessions.authenticate("forged-token", true).status, cb::server::SessionRegistry::Status::Unknown);
    }

    void tokensAreStoredOnlyAsHashes()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("nurse3"), Role::Nurse);
        const auto created = f.sessions.create(user.id, QStringLiteral("ws"));
        auto rows = f.store.database().prepare("SELECT token_hash FROM sessions");
        while (rows.step()) {
            QVERIFY(!rows.columnBlob(0).contains(created.token));
            QCOMPARE(rows.columnBlob(0).size(), 32);
        }
    }

    void auditChainStaysIntact()
    {
        IdentityFixture f;
        f.enrolledUser(QStringLiteral("nurse4"), Role::Nurse);
        signIn(f, QStringLiteral("nurse4"), QStringLiteral("wrong wrong wrong"), "000000");
        const auto verification = f.audit.verify();
        QVERIFY(verification.intact);
        // enrolment started, enrolled, login.success, login.failure
        QCOMPARE(verification.eventsChecked, 4);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_auth_service.moc"
