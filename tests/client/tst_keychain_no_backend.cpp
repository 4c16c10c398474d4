#include "client/keychain/system_keychain.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using cb::client::Keychain;

// With no Secret Service reachable, every job fails closed with a clear,
// translated message, and nothing is written anywhere as a fallback.
class TestKeychainNoBackend : public QObject
{
    Q_OBJECT
private slots:
    void failsClosedWithAClearMessage()
    {
        cb::client::SystemKeychain keychain(QStringLiteral("Carebridge tests"));
        std::optional<Keychain::Result> written;
        keychain.writeSecret(QStringLiteral("device-secret"), cb::crypto::SecretBytes::random(32),
                             [&written](Keychain::Result result) { written = std::move(result); });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 30000));
        QVERIFY(written->status != Keychain::Status::Ok);
        QCOMPARE(written->status, Keychain::Status::NoBackend);
        QVERIFY(written->message.contains(QLatin1String("keychain")));

        std::optional<Keychain::Result> read;
        keychain.readSecret(QStringLiteral("device-secret"), [&read](Keychain::Result result) { read = std::move(result); });
        QVERIFY(QTest::qWaitFor([&read] { return read.has_value(); }, 30000));
        QCOMPARE(read->status, Keychain::Status::NoBackend);
        QVERIFY(read->secret.isEmpty());

        // No plaintext fallback file (Qt Keychain's would live under ~/.config).
        QVERIFY(QDir(qEnvironmentVariable("HOME")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
};

int main(int argc, char **argv)
{
    // No D-Bus session at all: the situation on a workstation without a keyring.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/carebridge-test-bus");
    QCoreApplication app(argc, argv);
    TestKeychainNoBackend test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychain_no_backend.moc"
