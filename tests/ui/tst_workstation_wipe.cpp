#include "client/session/local_cache.h"
#include "core/store/database.h"
#include "core/store/store_error.h"
#include "desktop_fixture.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "server/identity/device_keyring.h"
#include "server/identity/device_secrets.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"
#include "ui/admin/step_up_dialog.h"
#include "wipe_drill.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
}

// "Done when": an admin at one workstation wipes a nurse's workstation. The
// nurse's desktop (a second real process) is signed out at once and deletes its
// cache, and a copy of that cache taken beforehand can no longer be opened: the
// server's half of its key is gone, so even the same workstation with its
// keychain gets a different key.
class TestWorkstationWipe : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    QString m_adminKey;
    QStringList m_adminRecovery; // sign-ins use these, so the next TOTP step is left for the step-up
    QStringList m_nurseRecovery;
    std::int64_t m_nurseId = 0;

    cb::store::Database readStore()
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        return cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                         cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
    }

    // The key the nurse's cache has now: the workstation's keychain half and the server's half.
    std::optional<cb::crypto::SecretBytes> cacheKey(const QString &folder, const QString &deviceId)
    {
        QSettings settings(folder + QStringLiteral("/desktop.ini"), QSettings::IniFormat);
        cb::client::SystemKeychain keychain(QStringLiteral("Carebridge UI tests"));
        cb::client::DeviceIdentity device(settings, keychain);
        std::optional<cb::crypto::SecretBytes> deviceHalf;
        device.withDeviceSecret([&](cb::client::Keychain::Result result) { deviceHalf = std::move(result.secret); });
        if (!QTest::qWaitFor([&] { return deviceHalf.has_value(); }, 10000)) {
            return std::nullopt;
        }
        auto db = readStore();
        auto row = db.prepare("SELECT COUNT(*) FROM device_secrets WHERE user_id = ? AND device_id = ?");
        row.bindAll(m_nurseId, deviceId);
        if (!row.step() || row.columnInt64(0) != 1) {
            return std::nullopt; // nothing on the server can give its half any more
        }
        const auto masterKey = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        const cb::platform::SystemClock clock;
        const auto keys = cb::server::ServerKeys::derive(masterKey);
        cb::server::DeviceKeyring keyring(m_server.dataDir() + QStringLiteral("/device-keyring"), keys.deviceKeyring.clone());
        cb::server::DeviceSecrets secrets(db, clock, keyring, keys.deviceSeal.clone());
        const cb::crypto::SecretBytes serverHalf = secrets.obtain(m_nurseId, deviceId);
        return cb::client::LocalCache::deriveKey(*deviceHalf, serverHalf, QStringLiteral("nina"));
    }

    static bool opens(const QString &path, const cb::crypto::SecretBytes &key)
    {
        try {
            auto db = cb::store::Database::open(path, key, cb::store::Database::OpenMode::OpenExisting);
            auto rows = db.prepare("SELECT COUNT(*) FROM conversations");
            return rows.step() && rows.columnInt64(0) >= 1;
        } catch (const cb::store::StoreError &) {
            return false;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        options.security += "step_up_seconds = 2\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("root"), QStringLiteral("admin"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::ApiClient api{m_server.baseUrl()};
        const QJsonObject admin = api.enrol(QStringLiteral("root"), Password, m_server.enrolmentCode(QStringLiteral("root")), &m_adminKey);
        for (const QJsonValue &code : admin.value(QStringLiteral("recovery_codes")).toArray()) {
            m_adminRecovery << code.toString();
        }
        const QJsonObject nurse = api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina")));
        m_nurseId = nurse.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        for (const QJsonValue &code : nurse.value(QStringLiteral("recovery_codes")).toArray()) {
            m_nurseRecovery << code.toString();
        }
        QVERIFY(!m_adminKey.isEmpty() && m_nurseRecovery.size() >= 3 && m_nurseId > 0);
        QVERIFY(m_sandbox.say(QStringLiteral("15550109002"), QStringLiteral("Wipe Tester"), QStringLiteral("is my appointment at 3?")));
    }

    void anAdminWipesANursesWorkstationFromTheirOwn()
    {
        QTemporaryDir nurseFolder;
        cb::test::NurseDesktop nurse = cb::test::startNurseDesktop(m_server.baseUrl().toString(), nurseFolder.path(),
                                                                   QStringLiteral("nina"), Password, m_nurseRecovery.takeFirst());
        QVERIFY2(!nurse.deviceId.isEmpty(), "the nurse's desktop did not sign in");

        // A copy of the nurse's cache, taken while it is in use, opens with today's key.
        QTemporaryDir copyFolder;
        const QString original = cb::client::LocalCache::pathFor(nurseFolder.path() + QStringLiteral("/caches"), QStringLiteral("nina"));
        const QString copy = copyFolder.filePath(QStringLiteral("stolen.db"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(original + suffix)) {
                QVERIFY(QFile::copy(original + suffix, copy + suffix));
            }
        }
        const auto keyBefore = cacheKey(nurseFolder.path(), nurse.deviceId);
        QVERIFY(keyBefore.has_value());
        QVERIFY2(opens(copy, *keyBefore), "the copy should open before the wipe (else this test proves nothing)");

        // The admin, at their own desktop, signed in longer ago than the step-up allows.
        cb::test::DesktopFixture admin(m_server.baseUrl().toString());
        admin.window.show();
        admin.session.submitPassword(QStringLiteral("root"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(admin.session.state(), State::AwaitingCode, 10000);
        admin.session.submitCode(m_adminRecovery.takeFirst());
        QTRY_COMPARE_WITH_TIMEOUT(admin.session.state(), State::Active, 15000);
        QTest::qWait(2200);

        const qint64 clickedAt = cb::test::wipeFromConsole(admin.window, nurse.deviceId, [&] {
            cb::ui::StepUpDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = admin.window.findChild<cb::ui::StepUpDialog *>()) != nullptr, 10000);
            dialog->findChild<QLineEdit *>(QStringLiteral("stepUpPassword"))->setText(Password);
            dialog->findChild<QLineEdit *>(QStringLiteral("stepUpCode"))
                ->setText(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_adminKey, 30)));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stepUpConfirm")), Qt::LeftButton);
        });
        QVERIFY2(clickedAt > 0, "the console did not offer the workstation");

        const QString lockedAt = cb::test::readChildValue(*nurse.process, "locked", 15000);
        const auto *said = admin.window.findChild<QLabel *>(QStringLiteral("sessionsMessage"));
        QVERIFY2(!lockedAt.isEmpty(), qPrintable(QStringLiteral("the nurse's desktop was not signed out; the console said: ") +
                                                 (said ? said->text() : QString())));
        qInfo("click to locked: %lld ms (including the step-up round trip)", lockedAt.toLongLong() - clickedAt);
        QCOMPARE(cb::test::readChildValue(*nurse.process, "files", 5000), QStringLiteral("0"));
        // The child has said all it had to; its own teardown is not under test (it
        // sometimes outlived 10 s in the D-Bus session's shutdown), so it may be killed.
        if (!nurse.process->waitForFinished(3000)) {
            nurse.process->kill();
            nurse.process->waitForFinished(3000);
        }

        // The server holds no half for that workstation now, and the same
        // workstation signing in again gets a new key that does not open the copy.
        QVERIFY(!cacheKey(nurseFolder.path(), nurse.deviceId).has_value());
        cb::test::DesktopFixture again(m_server.baseUrl().toString(), nurseFolder.path());
        again.session.submitPassword(QStringLiteral("nina"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(again.session.state(), State::AwaitingCode, 10000);
        again.session.submitCode(m_nurseRecovery.takeFirst());
        QTRY_COMPARE_WITH_TIMEOUT(again.session.state(), State::Active, 15000);
        const auto keyAfter = cacheKey(nurseFolder.path(), nurse.deviceId);
        QVERIFY(keyAfter.has_value());
        QVERIFY(!opens(copy, *keyAfter));
        QVERIFY_THROWS_EXCEPTION(cb::store::StoreError,
                                 cb::store::Database::open(copy, *keyAfter, cb::store::Database::OpenMode::OpenExisting));
    }

    // Revoking (not wiping) from the console: the nurse's desktop, another real
    // process, is signed out at once, and its cache stays (it is still encrypted,
    // and the server keeps its half for the nurse's next sign-in there). A server
    // of its own, whose step-up lasts the default 5 minutes.
    void anAdminEndsTheSessionsOnANursesWorkstation()
    {
        cb::test::ServerProcess server;
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(server.folder());
        server.writeConfig(options);
        QCOMPARE(server.init(), 0);
        QCOMPARE(server.addUser(QStringLiteral("root"), QStringLiteral("admin"), Password), 0);
        QCOMPARE(server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(server.start());
        QVERIFY(m_sandbox.setWebhook(server.baseUrl()));
        cb::test::ApiClient api{server.baseUrl()};
        const QJsonObject admin = api.enrol(QStringLiteral("root"), Password, server.enrolmentCode(QStringLiteral("root")));
        const QJsonObject nurse = api.enrol(QStringLiteral("nina"), Password, server.enrolmentCode(QStringLiteral("nina")));
        QVERIFY(m_sandbox.say(QStringLiteral("15550109004"), QStringLiteral("Revoke Tester"), QStringLiteral("can I come at 4?")));

        QTemporaryDir nurseFolder;
        cb::test::NurseDesktop desktop = cb::test::startNurseDesktop(
            server.baseUrl().toString(), nurseFolder.path(), QStringLiteral("nina"), Password,
            nurse.value(QStringLiteral("recovery_codes")).toArray().first().toString());
        QVERIFY2(!desktop.deviceId.isEmpty(), "the nurse's desktop did not sign in");

        cb::test::DesktopFixture desk(server.baseUrl().toString());
        desk.window.show();
        desk.session.submitPassword(QStringLiteral("root"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session.state(), State::AwaitingCode, 10000);
        desk.session.submitCode(admin.value(QStringLiteral("recovery_codes")).toArray().first().toString());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session.state(), State::Active, 15000);
        QVERIFY2(cb::test::endSessionsFromConsole(desk.window, desktop.deviceId) > 0, "the console did not list the session");
        QVERIFY2(!cb::test::readChildValue(*desktop.process, "locked", 15000).isEmpty(), "the nurse's desktop was not signed out");
        QVERIFY(cb::test::readChildValue(*desktop.process, "files", 5000).toInt() >= 1); // the cache stays
        if (!desktop.process->waitForFinished(3000)) {
            desktop.process->kill();
            desktop.process->waitForFinished(3000);
        }
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl())); // back to the suite's server
    }

    // A lost laptop is usually locked: it has no event stream then, and learns
    // of the wipe when someone tries to unlock it. Its cache files go at that moment.
    void aLockedWorkstationDeletesItsCacheWhenItNextAsks()
    {
        cb::test::DesktopFixture nurse(m_server.baseUrl().toString());
        nurse.session.submitPassword(QStringLiteral("nina"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(nurse.session.state(), State::AwaitingCode, 10000);
        nurse.session.submitCode(m_nurseRecovery.takeFirst());
        QTRY_COMPARE_WITH_TIMEOUT(nurse.session.state(), State::Active, 15000);
        const QString cacheFile = cb::client::LocalCache::pathFor(nurse.root + QStringLiteral("/caches"), QStringLiteral("nina"));
        QVERIFY(QFile::exists(cacheFile));
        nurse.session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(nurse.session.state(), State::Locked);

        // An admin signs in (so no step-up is due yet) and wipes it.
        cb::test::ApiClient api{m_server.baseUrl()};
        const auto challenge = api.post(QStringLiteral("/api/v1/login/password"),
                                        {{QStringLiteral("username"), QStringLiteral("root")}, {QStringLiteral("password"), Password},
                                         {QStringLiteral("device_id"), QLatin1String(cb::test::ApiClient::DeviceId)}});
        const QString adminToken = api.post(QStringLiteral("/api/v1/login/code"),
                                            {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
                                             {QStringLiteral("recovery_code"), m_adminRecovery.takeFirst()}})
                                       .json().value(QStringLiteral("token")).toString();
        const auto wiped = api.post(QStringLiteral("/api/v1/devices/%1/wipe").arg(nurse.device.deviceId()), {}, adminToken);
        QCOMPARE(wiped.status, 200);
        QVERIFY(QFile::exists(cacheFile)); // nobody told the locked desktop yet

        nurse.session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(nurse.session.state(), State::SignedOut, 10000);
        QTRY_VERIFY(!QFile::exists(cacheFile));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (cb::test::isNurseDesktopChild()) {
        return cb::test::runNurseDesktop();
    }
    TestWorkstationWipe test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workstation_wipe.moc"
