#include "client/session/session_manager.h"
#include "client/keychain/system_keychain.h"
#include "tests/support/api_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using cb::client::SessionManager;
using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
}

// The desktop's session logic against a real carebridge-server and a real
// gnome-keyring (scripts/with-keyring.sh); oathtool plays the nurse's phone.
class TestSessionManager : public QObject
{
    Q_OBJECT
private:
    cb::test::ServerProcess m_server;
    cb::test::ApiClient m_api;
    QString m_adminToken;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    cb::platform::SystemClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cb::client::SystemKeychain> m_keychain;
    std::unique_ptr<cb::client::DeviceIdentity> m_device;
    std::unique_ptr<cb::client::ServerConnection> m_connection;
    std::unique_ptr<SessionManager> m_session;
    QString m_totpKey;
    QStringList m_recoveryCodes; // later sign-ins in the same 30 s need a code of their own

    QString cachePath() const
    {
        return cb::client::LocalCache::pathFor(m_dir.filePath(QStringLiteral("caches")), QStringLiteral("nurse.lee"));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nurse.lee"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        m_api.base = m_server.baseUrl();
        m_adminToken = m_api.enrol(QStringLiteral("admin"), Password, m_server.enrolmentCode(QStringLiteral("admin"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_adminToken.isEmpty());

        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("desktop.ini")), QSettings::IniFormat);
        m_keychain = std::make_unique<cb::client::SystemKeychain>(QStringLiteral("Carebridge session tests"));
        m_device = std::make_unique<cb::client::DeviceIdentity>(*m_settings, *m_keychain);
        m_connection = std::make_unique<cb::client::ServerConnection>(
            cb::client::ServerEndpoint::fromValues(m_server.baseUrl().toString(), {}), &m_network);
        m_session = std::make_unique<SessionManager>(
            SessionManager::Parts{*m_connection, *m_device, m_clock, m_dir.filePath(QStringLiteral("caches"))});
    }

    void wrongPasswordIsRefusedOnlyAfterTheCode()
    {
        QSignalSpy failed(m_session.get(), &SessionManager::failed);
        m_session->submitPassword(QStringLiteral("nurse.lee"), QStringLiteral("not my password at all"));
        QTRY_COMPARE(m_session->state(), State::AwaitingCode); // step one tells nothing
        m_session->submitCode(QStringLiteral("123456"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("did not work")));
        m_session->cancelSignIn();
        QCOMPARE(m_session->state(), State::SignedOut);
    }

    void firstSignInEnrolsAndCreatesTheEncryptedCache()
    {
        QSignalSpy codes(m_session.get(), &SessionManager::recoveryCodesIssued);
        m_session->submitPassword(QStringLiteral("Nurse.Lee "), Password);
        QTRY_COMPARE(m_session->state(), State::AwaitingCode);
        // The one-time code from the admin, typed where the authenticator's code goes.
        m_session->submitCode(m_server.enrolmentCode(QStringLiteral("nurse.lee")));
        QTRY_COMPARE(m_session->state(), State::AwaitingEnrolment);
        m_totpKey = m_session->challenge().enrolmentKey;
        QVERIFY(m_session->challenge().enrolmentUri.startsWith(QLatin1String("otpauth://totp/")));
        m_session->submitEnrolmentCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_totpKey)));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Active, 15000);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().first().toStringList().size(), 10);
        m_recoveryCodes = codes.first().first().toStringList();
        QCOMPARE(m_session->user().username, QStringLiteral("nurse.lee"));
        QCOMPARE(m_session->policy().lockAfterIdleSeconds, 600);
        QVERIFY(m_session->cache() != nullptr);
        QVERIFY(QFile::exists(cachePath()));
        m_session->cache()->database().exec("INSERT INTO cache_info VALUES ('canary', 'still here')");
        QVERIFY(!cb::test::readFile(cachePath()).startsWith("SQLite format 3"));
    }

    void lockClosesTheCacheAndOnlyThePasswordReopensIt()
    {
        QSignalSpy failed(m_session.get(), &SessionManager::failed);
        m_session->lock(QStringLiteral("manual"));
        QCOMPARE(m_session->state(), State::Locked);
        QVERIFY(m_session->cache() == nullptr);
        m_session->unlock(QStringLiteral("guessing is futile here"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_session->state(), State::Locked);
        m_session->unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Active, 15000);
        QCOMPARE(m_session->cache()->database().queryText("SELECT value FROM cache_info WHERE key = 'canary'"),
                 QStringLiteral("still here"));
    }

    void theKeychainHalfAloneDoesNotOpenTheCache()
    {
        std::optional<cb::client::Keychain::Result> device;
        m_keychain->readSecret(QStringLiteral("device-secret"),
                               [&device](cb::client::Keychain::Result result) { device = std::move(result); });
        QTRY_VERIFY(device.has_value());
        QCOMPARE(device->status, cb::client::Keychain::Status::Ok);
        const auto guessedServerHalf = cb::crypto::SecretBytes::random(32);
        const auto key = cb::client::LocalCache::deriveKey(device->secret, guessedServerHalf, QStringLiteral("nurse.lee"));
        try {
            cb::store::Database::open(cachePath(), key, cb::store::Database::OpenMode::OpenExisting);
            QFAIL("the cache must not open without the server's half");
        } catch (const cb::store::StoreError &error) {
            QCOMPARE(error.kind(), cb::store::StoreError::Kind::WrongKey);
        }
    }

    void aRevokedSessionCannotUnlockOrCallTheApi()
    {
        QSignalSpy ended(m_session.get(), &SessionManager::sessionEnded);
        const QString sessionId = m_session->sessionId();
        QVERIFY(!sessionId.isEmpty());
        QCOMPARE(m_api.call("DELETE", QStringLiteral("/api/v1/sessions/") + sessionId, {}, m_adminToken).status, 204);
        m_session->lock(QStringLiteral("manual")); // its report to the server is refused: session over
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->cache() == nullptr);
        QVERIFY(!m_connection->hasToken());
    }

    void signingInAgainReopensTheSameCache()
    {
        m_session->submitPassword(QStringLiteral("nurse.lee"), Password);
        QTRY_COMPARE(m_session->state(), State::AwaitingCode);
        m_session->submitCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_totpKey, 30)));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Active, 15000);
        QCOMPARE(m_session->cache()->database().queryText("SELECT value FROM cache_info WHERE key = 'canary'"),
                 QStringLiteral("still here"));
        QVERIFY(!m_session->cache()->recreated());
        m_session->signOut();
        QCOMPARE(m_session->state(), State::SignedOut);
    }

    // "Sign out" on the lock screen right after the password: the unlock's answer
    // (and the cache it would open on a worker thread) comes after the person left.
    void signingOutDuringAnUnlockOpensNothing()
    {
        m_session->submitPassword(QStringLiteral("nurse.lee"), Password);
        QTRY_COMPARE(m_session->state(), State::AwaitingCode);
        m_session->submitCode(m_recoveryCodes.takeFirst());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Active, 15000);
        m_session->lock(QStringLiteral("manual"));
        QSignalSpy states(m_session.get(), &SessionManager::stateChanged);
        m_session->unlock(Password);
        QVERIFY(m_session->busy());
        m_session->signOut();
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(!m_session->busy());
        // Let whatever the server answers to the unlock land, then look again.
        QTest::qWait(2500);
        QCOMPARE(states.size(), 1); // SignedOut, and nothing after it
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->cache() == nullptr);
        QVERIFY(!m_connection->hasToken());
        QVERIFY(!m_session->busy());
    }

    // The same during a sign-in: "Back" on the code page once the code was sent.
    void goingBackDuringASignInOpensNothing()
    {
        m_session->submitPassword(QStringLiteral("nurse.lee"), Password);
        QTRY_COMPARE(m_session->state(), State::AwaitingCode);
        QSignalSpy states(m_session.get(), &SessionManager::stateChanged);
        m_session->submitCode(m_recoveryCodes.takeFirst());
        m_session->cancelSignIn();
        QCOMPARE(m_session->state(), State::SignedOut);
        QTest::qWait(2500);
        QCOMPARE(states.size(), 1);
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->cache() == nullptr);
        QVERIFY(!m_session->busy());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_session_manager.moc"
