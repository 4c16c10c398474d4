#include "client/keychain/system_keychain.h"

#include <QDirIterator>
#include <QtTest>

#include <optional>

using cb::client::Keychain;
using cb::client::SystemKeychain;
using cb::crypto::SecretBytes;

// Runs inside scripts/with-keyring.sh: a real gnome-keyring on a private D-Bus.
class TestSystemKeychain : public QObject
{
    Q_OBJECT
private:
    SystemKeychain m_keychain{QStringLiteral("Carebridge tests")};

    Keychain::Result waitFor(const std::function<void(Keychain::Callback)> &start)
    {
        std::optional<Keychain::Result> result;
        start([&result](Keychain::Result done) { result = std::move(done); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) {
            qWarning("keychain job timed out");
            return {};
        }
        return std::move(*result);
    }
    Keychain::Result read(const QString &key)
    {
        return waitFor([&](Keychain::Callback done) { m_keychain.readSecret(key, std::move(done)); });
    }
    Keychain::Result write(const QString &key, const SecretBytes &secret)
    {
        return waitFor([&](Keychain::Callback done) { m_keychain.writeSecret(key, secret, std::move(done)); });
    }
    Keychain::Result remove(const QString &key)
    {
        return waitFor([&](Keychain::Callback done) { m_keychain.deleteSecret(key, std::move(done)); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CB_KEYRING_SESSION"), "run through scripts/with-keyring.sh");
    }

    void writeThenReadRoundTrips()
    {
        const SecretBytes secret = SecretBytes::random(32);
        QCOMPARE(write(QStringLiteral("device-secret"), secret).status, Keychain::Status::Ok);
        const Keychain::Result result = read(QStringLiteral("device-secret"));
        QCOMPARE(result.status, Keychain::Status::Ok);
        QVERIFY(result.message.isEmpty());
        QVERIFY(result.secret.equals(secret));
    }

    void overwriteReplacesTheSecret()
    {
        const SecretBytes second = SecretBytes::random(32);
        QCOMPARE(write(QStringLiteral("device-secret"), SecretBytes::random(32)).status, Keychain::Status::Ok);
        QCOMPARE(write(QStringLiteral("device-secret"), second).status, Keychain::Status::Ok);
        QVERIFY(read(QStringLiteral("device-secret")).secret.equals(second));
    }

    void missingEntryIsNotFound()
    {
        const Keychain::Result result = read(QStringLiteral("never-written"));
        QCOMPARE(result.status, Keychain::Status::NotFound);
        QVERIFY(result.secret.isEmpty());
        QVERIFY(!result.message.isEmpty());
    }

    void deleteRemovesTheEntry()
    {
        QCOMPARE(write(QStringLiteral("short-lived"), SecretBytes::random(16)).status, Keychain::Status::Ok);
        QCOMPARE(remove(QStringLiteral("short-lived")).status, Keychain::Status::Ok);
        QCOMPARE(read(QStringLiteral("short-lived")).status, Keychain::Status::NotFound);
    }

    void jobsRunInTheOrderTheyWereAsked()
    {
        // Queued back to back without waiting: write A, read, write B, read.
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        std::vector<Keychain::Result> results;
        auto collect = [&results](Keychain::Result result) { results.push_back(std::move(result)); };
        m_keychain.writeSecret(QStringLiteral("ordered"), a, collect);
        m_keychain.readSecret(QStringLiteral("ordered"), collect);
        m_keychain.writeSecret(QStringLiteral("ordered"), b, collect);
        m_keychain.readSecret(QStringLiteral("ordered"), collect);
        QVERIFY(QTest::qWaitFor([&results] { return results.size() == 4; }, 20000));
        QVERIFY(results[1].secret.equals(a));
        QVERIFY(results[3].secret.equals(b));
    }

    void secretNeverLandsInPlaintextFiles()
    {
        const QByteArray marker = "carebridge-plaintext-canary-0123456789";
        const SecretBytes secret = SecretBytes::copyOf(
            {reinterpret_cast<const unsigned char *>(marker.constData()), std::size_t(marker.size())});
        QCOMPARE(write(QStringLiteral("canary"), secret).status, Keychain::Status::Ok);
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(marker) && !content.contains(marker.toBase64()),
                         qPrintable(file.fileName()));
                ++scanned;
            }
        }
        QVERIFY2(scanned > 0, "the keyring should have written its (encrypted) file under HOME");
    }
};

QTEST_GUILESS_MAIN(TestSystemKeychain)
#include "tst_system_keychain.moc"
