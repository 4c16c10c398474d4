#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

using cb::test::ServerProcess;

// The real carebridge-server binary, driven through its command line.
class TestServerProcess : public QObject
{
    Q_OBJECT
private:
    static QString masterKey(const ServerProcess &server)
    {
        return QDir(server.dataDir()).filePath(QStringLiteral("master.key"));
    }

private slots:
    void initCreatesAPrivateEncryptedInstallation()
    {
        ServerProcess server;
        QByteArray output;
        QCOMPARE(server.init(&output), 0);
        QVERIFY(output.contains("Initialised"));
        const QString store = QDir(server.dataDir()).filePath(QStringLiteral("server.db"));
        QCOMPARE(QFileInfo(masterKey(server)).size(), 32);
        QCOMPARE(QFile::permissions(masterKey(server)) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(store) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(server.dataDir()) & (QFile::ExeOther | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!cb::test::readFile(store).startsWith("SQLite format 3"));
    }

    void initNeverReplacesAnInstallation()
    {
        ServerProcess server;
        QCOMPARE(server.init(), 0);
        const QByteArray key = cb::test::readFile(masterKey(server));
        QByteArray output;
        QCOMPARE(server.init(&output), 1);
        QVERIFY2(output.contains("already exists"), output.constData());
        QCOMPARE(cb::test::readFile(masterKey(server)), key);
    }

    void runWithoutInitSaysWhatToDo()
    {
        ServerProcess server;
        QByteArray output;
        QVERIFY(!server.start(&output));
        QVERIFY2(output.contains("carebridge-server init"), output.constData());
    }

    void badConfigurationIsAUsageError()
    {
        ServerProcess server;
        cb::test::writeFile(server.configPath(), "[server]\nport = many\n");
        QByteArray output;
        QCOMPARE(server.init(&output), 2);
        QVERIFY(output.contains("port"));
        QVERIFY(output.contains("data_dir"));
    }

    void servesHealthAndJsonErrorsOverHttp()
    {
        ServerProcess server;
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        const auto health = cb::test::httpGet(server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.json().value(QStringLiteral("store")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.header("Cache-Control"), QByteArray("no-store"));

        const auto missing = cb::test::httpGet(server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/nothing"))));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
    }

    void servesHealthOverHttps()
    {
        ServerProcess server;
        server.writeConfig({.tls = true, .extraConfig = {}, .port = 0});
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        const QUrl health = server.baseUrl().resolved(QUrl(QStringLiteral("/healthz")));
        const auto trusted = cb::test::httpGet(health, server.certificatePath());
        QCOMPARE(trusted.status, 200);
        QCOMPARE(trusted.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
        const auto untrusted = cb::test::httpGet(health);
        QCOMPARE(untrusted.status, 0);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
    }

    void aForeignMasterKeyCannotOpenTheStore()
    {
        ServerProcess server;
        QCOMPARE(server.init(), 0);
        QFile::remove(masterKey(server));
        cb::test::writeFile(masterKey(server), QByteArray(32, '\x42'));
        QFile::setPermissions(masterKey(server), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray output;
        QVERIFY(!server.start(&output));
        QVERIFY2(output.contains("wrong-key"), output.constData());
    }

    void aReadableMasterKeyIsRefused()
    {
        ServerProcess server;
        QCOMPARE(server.init(), 0);
        QFile::setPermissions(masterKey(server), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QByteArray output;
        QVERIFY(!server.start(&output));
        QVERIFY2(output.contains("chmod 600"), output.constData());
    }

    void stopsCleanlyOnSigterm()
    {
        ServerProcess server;
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        server.stop();
        const QByteArray log = cb::test::readFile(QDir(server.dataDir()).filePath(QStringLiteral("logs/carebridge-server.log")));
        QVERIFY2(log.contains("[server] stopping"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
