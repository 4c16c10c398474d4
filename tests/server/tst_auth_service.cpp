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
                                       const QByteArray &code, const QString &recovery = {})
    {
        const auto challenge = f.auth.beginLogin(username, secretOf(password), QStringLiteral("device-1"));
        return f.auth.completeLogin(challenge.id, code, recovery, f.address);
    }

private slots:
    void firstLoginEnrolsTotpAndIssuesRecoveryCodes()
    {
        IdentityFixture f;
        f.staff.create(QStringLiteral("admin"), QStringLiteral("Ada Admin"), {Role::Admin}, secretOf(f.password()));
        const auto challenge = f.auth.beginLogin(QStringLiteral("admin"), secretOf(f.password()), QStringLiteral("ws-1"));
        QVERIFY(challenge.enrolment);
        QVERIFY(challenge.enrolmentUri.startsWith(QLatin1String("otpauth://totp/Sunrise%20Clinic:admin?secret=")));
        QCOMPARE(challenge.enrolmentKey.size(), 32); // 160 bits in base32
        const auto secret = IdentityFixture::decodeKey(challenge.enrolmentUri);

        const auto wrong = f.auth.completeEnrolment(challenge.id, "000000", f.address);
        QCOMPARE(wrong.status, Status::InvalidCredentials);
        const auto outcome = f.auth.completeEnrolment(challenge.id, Totp::generate(secret, f.clock.nowSeconds()), f.address);
        QCOMPARE(outcome.status, Status::SignedIn);
        QCOMPARE(outcome.recoveryCodes.size(), 10);
        QCOMPARE(outcome.session.token.size(), 43);
        QCOMPARE(outcome.deviceSecret.size(), std::size_t(32));
        QVERIFY(f.staff.findByUsername(QStringLiteral("admin"))->mfaEnrolled);
        QCOMPARE(f.countAudit(QStringLiteral("mfa.enrolled")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("login.success")), 1);
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
        QCOMPARE(f.auth.completeLogin(badPassword.id, good, {}, f.address).status, Status::InvalidCredentials);
        QCOMPARE(f.auth.completeLogin(unknownUser.id, good, {}, f.address).status, Status::InvalidCredentials);
        QCOMPARE(signIn(f, QStringLiteral("nurse1"), f.password(), "123456").status, Status::InvalidCredentials);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("password")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("unknown_user")), 1);
        QCOMPARE(f.countAudit(QStringLiteral("login.failure"), QStringLiteral("code")), 1);
        QCOMPARE(f.auth.completeLogin(QStringLiteral("forged-challenge"), good, {}, f.address).status,
                 Status::InvalidCredentials);
    }

    void failuresLockTheAccountForGrowingDelays()
    {
        IdentityFixture f;
        auto [user, secret] = f.enrolledUser(QStringLiteral("desk1"), Role::FrontDesk);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(signIn(f, QStringLiteral("desk1"), QStringLiteral("not the password!"), "000000").status,
                     Status::InvalidCredentials);
        }
        const auto fifth = signIn(f, QStringLiteral("desk1"), QStringLiteral("not the password!"), "000000");
        QCOMPARE(fifth.retryAfterMs, 30'000);
        // Locked: even the right password and code are refused until the delay passes.
        f.clock.advanceSeconds(29);
        const auto locked = signIn(f, QStringLiteral("desk1"), f.password(), Totp::generate(secret, f.clock.nowSeconds()));
        QCOMPARE(locked.status, Status::Locked);
        QVERIFY(locked.retryAfterMs > 0 && locked.retryAfterMs <= 1000);
        f.clock.advanceSeconds(2);
        signIn(f, QStringLiteral("desk1"), QStringLiteral("not the password!"), "000000"); // 6th failure
        QCOMPARE(f.throttle.accountWaitMs(user.id), 60'000);
        f.clock.advanceSeconds(61);
        QCOMPARE(signIn(f, QStringLiteral("desk1"), f.password(), Totp::generate(secret, f.clock.nowSeconds())).status,
                 Status::SignedIn);
        QCOMPARE(f.throttle.accountWaitMs(user.id), 0); // success resets the count
    }

    void lockDelaysNeverAllowOneHundredFreeGuesses()
    {
        using cb::server::LoginThrottle;
        QCOMPARE(LoginThrottle::lockDurationMs(4), 0);
        QCOMPARE(LoginThrottle::lockDurationMs(5), 30'000);
        QCOMPARE(LoginThrottle::lockDurationMs(6), 60'000);
        QCOMPARE(LoginThrottle::lockDurationMs(12), 3'600'000);
        QCOMPARE(LoginThrottle::lockDurationMs(100), 3'600'000);
        // Locks start at the 5th failure: well before 100.
        int unlocked = 0;
        for (int failures = 1; failures <= 100; ++failures) {
            unlocked += LoginThrottle::lockDurationMs(failures) == 0 ? 1 : 0;
        }
        QCOMPARE(unlocked, 4);
    }

    void addressIsThrottledAcrossAccounts()
    {
        IdentityFixture f;
        for (int i = 0; i < cb::server::LoginThrottle::AddressFailureLimit; ++i) {
            signIn(f, QStringLiteral("user%1").arg(i), f.password(), "000000");
        }
        QCOMPARE(signIn(f, QStringLiteral("another"), f.password(), "000000").status, Status::Throttled);
        f.clock.advanceSeconds(15 * 60 + 1);
        QCOMPARE(signIn(f, QStringLiteral("another"), f.password(), "000000").status, Status::InvalidCredentials);
    }

    void enrolmentRespectsTheAccountLock()
    {
        IdentityFixture f;
        f.staff.create(QStringLiteral("late.enrol"), QStringLiteral("Late Enroller"), {Role::Nurse}, secretOf(f.password()));
        for (int i = 0; i < 5; ++i) {
            signIn(f, QStringLiteral("late.enrol"), QStringLiteral("guess guess guess!"), "000000");
        }
        const auto challenge = f.auth.beginLogin(QStringLiteral("late.enrol"), secretOf(f.password()), QStringLiteral("d"));
        QVERIFY(challenge.enrolment);
        const auto secret = IdentityFixture::decodeKey(challenge.enrolmentUri);
        const auto outcome = f.auth.completeEnrolment(challenge.id, Totp::generate(secret, f.clock.nowSeconds()), f.address);
        QCOMPARE(outcome.status, Status::Locked);
        QVERIFY(!f.staff.findByUsername(QStringLiteral("late.enrol"))->mfaEnrolled);
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
    }

    void recoveryCodesWorkOnceEach()
    {
        IdentityFixture f;
        f.staff.create(QStringLiteral("clin1"), QStringLiteral("Cleo Clinician"), {Role::Clinician}, secretOf(f.password()));
        const auto challenge = f.auth.beginLogin(QStringLiteral("clin1"), secretOf(f.password()), QStringLiteral("d"));
        const auto secret = IdentityFixture::decodeKey(challenge.enrolmentUri);
        const QStringList codes =
            f.auth.completeEnrolment(challenge.id, Totp::generate(secret, f.clock.nowSeconds()), f.address).recoveryCodes;
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
        QCOMPARE(verification.eventsChecked, 3); // enrolled, login.success, login.failure
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_auth_service.moc"
