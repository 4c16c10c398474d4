#include "server/config/server_config.h"
#include "tests/support/test_env.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::server::ServerConfig;

class TestServerConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerConfig load(const QByteArray &text, QStringList *errors)
    {
        const QString path = m_dir.filePath(QStringLiteral("server.conf"));
        cb::test::writeFile(path, text);
        return ServerConfig::load(path, errors);
    }

private slots:
    void readsAValidFileWithRelativePaths()
    {
        QStringList errors;
        const ServerConfig config = load("[server]\naddress = 127.0.0.1\nport = 9443\ndata_dir = data\n"
                                         "[tls]\ncertificate = tls.crt\nprivate_key = tls.key\n",
                                         &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(config.port, quint16(9443));
        QCOMPARE(config.dataDir, m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(config.storePath(), m_dir.filePath(QStringLiteral("data/server.db")));
        QCOMPARE(config.masterKeyFile, m_dir.filePath(QStringLiteral("data/master.key")));
        QVERIFY(config.tlsEnabled());
    }

    void systemdCredentialWinsWhenSystemdPassedOne()
    {
        // The unit's LoadCredential=master-key:… puts the key there; it wins over
        // master_key_file, which the CLI (run by an administrator) reads instead.
        const QString credentials = m_dir.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        const QString config = QStringLiteral("[server]\ndata_dir = /var/lib/carebridge\nmaster_key_file = /etc/carebridge/master.key\n");
        QStringList errors;
        qputenv("CREDENTIALS_DIRECTORY", credentials.toUtf8());
        QCOMPARE(load(config.toUtf8(), &errors).masterKeyFile, QStringLiteral("/etc/carebridge/master.key")); // none passed yet
        cb::test::writeFile(credentials + QStringLiteral("/master-key"), QByteArray(32, 'k'));
        const ServerConfig withCredential = load(config.toUtf8(), &errors);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(errors.isEmpty());
        QCOMPARE(withCredential.masterKeyFile, credentials + QStringLiteral("/master-key"));
        QCOMPARE(load(config.toUtf8(), &errors).masterKeyFile, QStringLiteral("/etc/carebridge/master.key"));
        // Backups default to the data folder; [backup] keep is bounded.
        QCOMPARE(withCredential.backupDir, QStringLiteral("/var/lib/carebridge/backups"));
        QCOMPARE(withCredential.backupKeep, 48);
        load("[server]\ndata_dir = /d\n[backup]\nkeep = 0\n", &errors);
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("backup/keep")));
    }

    void reportsEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no data dir") << QByteArray("[server]\nport = 1\n") << "data_dir";
        QTest::newRow("bad port") << QByteArray("[server]\nport = lots\ndata_dir = d\n") << "port";
        QTest::newRow("port too big") << QByteArray("[server]\nport = 70000\ndata_dir = d\n") << "port";
        QTest::newRow("bad address") << QByteArray("[server]\naddress = clinic\ndata_dir = d\n") << "address";
        QTest::newRow("cert without key") << QByteArray("[server]\ndata_dir = d\n[tls]\ncertificate = a.crt\n")
                                          << "private_key";
        QTest::newRow("countdown longer than the lock") << QByteArray("[server]\ndata_dir = d\n[sessions]\nlock_after_idle_seconds = 10\n")
                                                 << "at least 30";
        QTest::newRow("end before lock") << QByteArray("[server]\ndata_dir = d\n[sessions]\nlock_after_idle_seconds = 600\n"
                                                       "end_after_idle_seconds = 300\n")
                                         << "lock";
        QTest::newRow("not a number") << QByteArray("[server]\ndata_dir = d\n[sessions]\nabsolute_seconds = soon\n")
                                      << "absolute_seconds";
        QTest::newRow("cleartext on the network") << QByteArray("[server]\naddress = 0.0.0.0\ndata_dir = d\n")
                                                  << "TLS is required";
        QTest::newRow("reply assigns, maybe") << QByteArray("[server]\ndata_dir = d\n[inbox]\nreply_assigns = sometimes\n")
                                              << "reply_assigns";
        QTest::newRow("front desk portal, partly") << QByteArray("[server]\ndata_dir = d\n[inbox]\nfront_desk_portal = some\n")
                                                   << "front_desk_portal";
    }
    void reportsEveryProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        QStringList errors;
        load(text, &errors);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.join(QLatin1Char(' ')).contains(mentions), qPrintable(errors.join(QLatin1Char(' '))));
    }

    void sessionPolicyComesFromTheClinicAndRolesOnlyTighten()
    {
        QStringList errors;
        const ServerConfig config = load("[server]\ndata_dir = d\n[sessions]\nlock_after_idle_seconds = 45\n"
                                         "end_after_idle_seconds = 120\nabsolute_seconds = 86400\n",
                                         &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
        const auto nurse = cb::policy::SessionPolicy::forRoles({cb::policy::Role::Nurse}, config.sessionPolicy);
        QCOMPARE(nurse.lockAfterIdleSeconds, 45);
        QCOMPARE(nurse.endAfterIdleSeconds, 120);
        QCOMPARE(nurse.absoluteSeconds, 86400);
        const auto admin = cb::policy::SessionPolicy::forRoles({cb::policy::Role::Nurse, cb::policy::Role::Admin},
                                                               config.sessionPolicy);
        QCOMPARE(admin.absoluteSeconds, 8 * 3600); // an admin session never lives past 8 h
        QCOMPARE(admin.lockAfterIdleSeconds, 45);
        const auto defaults = load("[server]\ndata_dir = d\n", &errors).sessionPolicy;
        QCOMPARE(defaults.lockAfterIdleSeconds, 600);
        QCOMPARE(defaults.endAfterIdleSeconds, 1800);
        QCOMPARE(defaults.absoluteSeconds, 43200);
    }

    void replyingAssignsUnlessTheClinicSaysNo()
    {
        QStringList errors;
        QVERIFY(load("[server]\ndata_dir = d\n", &errors).replyAssigns);
        QVERIFY(!load("[server]\ndata_dir = d\n[inbox]\nreply_assigns = false\n", &errors).replyAssigns);
        QVERIFY(!load("[server]\ndata_dir = d\n", &errors).frontDeskPortalSummary);
        QVERIFY(load("[server]\ndata_dir = d\n[inbox]\nfront_desk_portal = summary\n", &errors).frontDeskPortalSummary);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
    }

    void missingFileIsAnError()
    {
        QStringList errors;
        ServerConfig::load(m_dir.filePath(QStringLiteral("absent.conf")), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
