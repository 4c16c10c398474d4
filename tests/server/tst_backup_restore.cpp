// Backup, verify, restore and the drill, with the real carebridge-server binary,
// taken while patients write (issue 20's "done when", minus the packages).
#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::SandboxProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
}

class TestBackupRestore : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QTemporaryDir m_backups;

    int cli(const QStringList &arguments, QByteArray *output = nullptr)
    {
        return cb::test::runProgram(cb::test::serverBinary(), QStringList{QStringLiteral("--config"), m_server.configPath()} + arguments,
                                    output, {}, 120000);
    }

    QString newestBackup() const
    {
        const QStringList all = QDir(m_backups.path()).entryList({QStringLiteral("carebridge-*")}, QDir::Dirs, QDir::Name);
        return all.isEmpty() ? QString() : m_backups.filePath(all.last());
    }

    // A copy of a backup to damage, so the original stays whole.
    QString copyOf(const QString &backup, const QString &name)
    {
        const QString target = m_backups.filePath(QStringLiteral("damaged/") + name);
        QDir().mkpath(target);
        for (const QString &file : QDir(backup).entryList(QDir::Files)) {
            QFile::copy(backup + QLatin1Char('/') + file, target + QLatin1Char('/') + file);
        }
        return target;
    }

    cb::store::Database openStore(const QString &dataDir)
    {
        const auto masterKey = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/../master.key.kept"));
        return cb::store::Database::open(dataDir + QStringLiteral("/server.db"), cb::server::ServerKeys::derive(masterKey).store,
                                         cb::store::Database::OpenMode::OpenExisting);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const quint16 portalPort = cb::test::freeLocalPort();
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + "[portal]\npublic_url = http://127.0.0.1:" +
                              QByteArray::number(portalPort) + "\nport = " + QByteArray::number(portalPort) + "\n[backup]\ndirectory = " +
                              m_backups.path().toUtf8() + "\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty());
        // The master key is kept apart from the data folder, as the runbook says.
        QVERIFY(QFile::copy(m_server.dataDir() + QStringLiteral("/master.key"), m_server.folder() + QStringLiteral("/master.key.kept")));
    }

    void backupWhilePatientsWriteHoldsEveryAcknowledgedMessage()
    {
        // Patients keep writing while the backup runs.
        int said = 0;
        for (; said < 20; ++said) {
            QVERIFY(m_sandbox.say(QStringLiteral("1555020%1").arg(1000 + said), QStringLiteral("Patient %1").arg(said),
                                  QStringLiteral("before-backup %1").arg(said)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray().size(), 20, 10000);
        QProcess backup;
        backup.start(cb::test::serverBinary(), {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("backup"),
                                                 QStringLiteral("--keep"), QStringLiteral("2")});
        QVERIFY(backup.waitForStarted());
        while (backup.state() != QProcess::NotRunning && said < 200) {
            QVERIFY(m_sandbox.say(QStringLiteral("15550301000"), QStringLiteral("Busy Patient"), QStringLiteral("during-backup %1").arg(said++)));
            QCoreApplication::processEvents();
        }
        QVERIFY(backup.state() == QProcess::NotRunning || backup.waitForFinished(120000));
        QVERIFY2(said > 20, "patients wrote during the backup");
        const QByteArray output = backup.readAllStandardOutput() + backup.readAllStandardError();
        QVERIFY2(backup.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("verified"), output.constData());
        QVERIFY(!newestBackup().isEmpty());
        // Not a single readable byte of patient data in the copy: it is encrypted under a key of its own.
        const QByteArray copy = cb::test::readFile(newestBackup() + QStringLiteral("/server.db"));
        QVERIFY(!copy.contains("before-backup") && !copy.contains("Patient 1"));
        QVERIFY(!QFile::exists(newestBackup() + QStringLiteral("/master.key")));

        QByteArray verified;
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), newestBackup()}, &verified), 0);
        QVERIFY2(verified.contains("is whole"), verified.constData());
    }

    void damagedBackupsAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("store truncated") << "server.db" << "truncate" << QByteArray("truncated");
        QTest::newRow("store page altered") << "server.db" << "flip" << QByteArray("altered");
        QTest::newRow("configuration altered") << "carebridge-server.conf" << "flip" << QByteArray("altered");
        QTest::newRow("manifest edited") << "manifest.json" << "flip" << QByteArray("signature does not verify");
        QTest::newRow("signature missing") << "manifest.sig" << "remove" << QByteArray("not a Carebridge backup");
    }

    void damagedBackupsAreRefusedClearly()
    {
        QFETCH(QString, file);
        QFETCH(QString, damage);
        QFETCH(QByteArray, says);
        const QString copy = copyOf(newestBackup(), QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString path = copy + QLatin1Char('/') + file;
        QByteArray bytes = cb::test::readFile(path);
        if (damage == QLatin1String("truncate")) {
            bytes.chop(4096);
            cb::test::writeFile(path, bytes);
        } else if (damage == QLatin1String("flip")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
            cb::test::writeFile(path, bytes);
        } else {
            QFile::remove(path);
        }
        QByteArray output;
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), copy}, &output), 1);
        QVERIFY2(output.contains("REFUSED") && output.contains(says), output.constData());
        // A refused backup is never restored.
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--to"), m_backups.filePath(QStringLiteral("nowhere"))}, &output), 1);
        QVERIFY(!QFile::exists(m_backups.filePath(QStringLiteral("nowhere/server.db"))));
    }

    void keepRemovesOnlyOlderBackupsAfterTheNewOneVerified()
    {
        QTest::qWait(1100); // backups are named by the second
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("2")}), 0);
        QTest::qWait(1100);
        QByteArray output;
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("2")}, &output), 0);
        QVERIFY2(output.contains("Removed the older backup"), output.constData());
        QCOMPARE(QDir(m_backups.path()).entryList({QStringLiteral("carebridge-*")}, QDir::Dirs).size(), 2);
        QVERIFY(QDir(m_backups.path()).entryList({QStringLiteral(".partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    }

    void drillRestoresVerifiesRecordsAndCleansUp()
    {
        QByteArray output;
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--drill")}, &output), 0); // the newest in [backup] directory
        QVERIFY2(output.contains("drill") && output.contains("passed"), output.constData());
        QVERIFY(QDir(m_backups.path()).entryList({QStringLiteral(".drill-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
        // Recorded in the live store, beside the running server, with its audit events.
        auto db = openStore(m_server.dataDir());
        QCOMPARE(db.queryInt("SELECT count(*) FROM backup_runs WHERE kind = 'drill' AND verified = 1"), 1);
        QVERIFY(db.queryInt("SELECT count(*) FROM backup_runs WHERE kind = 'backup'") >= 3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_events WHERE action = 'backup.drill'"), 1);
        QVERIFY(db.queryInt("SELECT count(*) FROM audit_events WHERE action = 'backup.created'") >= 3);
    }

    void restoreAfterTheDataFolderIsDestroyed()
    {
        const QString backup = newestBackup();
        std::int64_t acknowledged = 0;
        {
            auto db = openStore(m_server.dataDir());
            acknowledged = db.queryInt("SELECT count(*) FROM messages");
        }
        QVERIFY(acknowledged >= 20);
        m_server.stop();
        // Only into an empty folder: never over data.
        QByteArray output;
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--to"), m_server.dataDir()}, &output), 1);
        QVERIFY2(output.contains("not empty"), output.constData());

        QVERIFY(QDir(m_server.dataDir()).removeRecursively()); // the disaster
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--to"), m_server.dataDir()}, &output), 1);
        QVERIFY2(output.contains("master key"), output.constData()); // nothing to restore with: the key is not in the backup
        QDir().mkpath(m_server.dataDir());
        QVERIFY(QFile::copy(m_server.folder() + QStringLiteral("/master.key.kept"), m_server.dataDir() + QStringLiteral("/master.key")));
        QFile::setPermissions(m_server.dataDir() + QStringLiteral("/master.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The key file alone is in the folder: a restore into it is still refused (not empty); restore beside it and move.
        const QString restored = m_server.folder() + QStringLiteral("/restored");
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--to"), restored}, &output), 0);
        QVERIFY2(output.contains("Void now"), output.constData());
        for (const QString &file : QDir(restored).entryList(QDir::Files)) {
            QVERIFY(QFile::rename(restored + QLatin1Char('/') + file, m_server.dataDir() + QLatin1Char('/') + file));
        }

        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, &output), 0);
        {
            auto db = openStore(m_server.dataDir());
            QCOMPARE(db.queryInt("SELECT count(*) FROM messages"), acknowledged); // the newest backup came after the last message
            QCOMPARE(db.queryInt("SELECT count(*) FROM messages WHERE body LIKE 'before-backup %'"), 20);
            QCOMPARE(db.queryInt("SELECT count(*) FROM sessions WHERE ended_at_ms IS NULL"), 0);
            QCOMPARE(db.queryInt("SELECT count(*) FROM audit_events WHERE action = 'system.restored' AND json_extract(detail, '$.backup') = '" +
                                 QDir(backup).dirName().toStdString() + "'"),
                     1);
        }
        QVERIFY(m_server.start());
        m_api.base = m_server.baseUrl();
        const auto old = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse);
        QCOMPARE(old.status, 401); // every old session is void
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
