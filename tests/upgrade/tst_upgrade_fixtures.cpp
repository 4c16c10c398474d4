// What release 0.1.0 left behind (tests/data/upgrade/0.1.0, made by that
// release's own code) opens in this version: the server backs up, migrates and
// serves it; a store from a newer release is refused untouched; the desktop's
// cache opens, migrates and keeps its outbox.
#include "client/inbox/inbox_cache.h"
#include "client/session/local_cache.h"
#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QString fixture(const QString &relative)
{
    return qEnvironmentVariable("CB_TEST_DATA") + QStringLiteral("/upgrade/0.1.0/") + relative;
}

QJsonObject expected()
{
    return QJsonDocument::fromJson(cb::test::readFile(fixture(QStringLiteral("expected.json")))).object();
}
} // namespace

class TestUpgradeFixtures : public QObject
{
    Q_OBJECT

    // The 0.1.0 data folder, copied into a server's (git keeps no file modes).
    void installFixture(cb::test::ServerProcess &server)
    {
        QDir().mkpath(server.dataDir());
        for (const QString &name : {QStringLiteral("server.db"), QStringLiteral("master.key"), QStringLiteral("audit-anchors.jsonl")}) {
            const QString target = server.dataDir() + QLatin1Char('/') + name;
            QVERIFY(QFile::copy(fixture(QStringLiteral("server/") + name), target));
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }

    cb::store::Database openStore(const QString &dataDir)
    {
        const auto masterKey = cb::server::MasterKey::load(dataDir + QStringLiteral("/master.key"));
        return cb::store::Database::open(dataDir + QStringLiteral("/server.db"), cb::server::ServerKeys::derive(masterKey).store,
                                         cb::store::Database::OpenMode::OpenExisting);
    }

private slots:
    void serverStoreFromTheLastReleaseMigratesAfterABackup()
    {
        cb::test::ServerProcess server;
        installFixture(server);
        QByteArray output;
        QVERIFY2(server.start(&output), output.constData());
        server.stop();

        // The automatic backup came first, and it verifies.
        const QStringList backups = QDir(server.dataDir() + QStringLiteral("/backups")).entryList({QStringLiteral("carebridge-*")}, QDir::Dirs);
        QCOMPARE(backups.size(), 1);
        const QString backup = server.dataDir() + QStringLiteral("/backups/") + backups.first();
        QVERIFY(cb::test::readFile(backup + QStringLiteral("/manifest.json")).contains("\"schema_version\": 10"));
        const QStringList base{QStringLiteral("--config"), server.configPath()};
        QCOMPARE(cb::test::runProgram(cb::test::serverBinary(), base + QStringList{QStringLiteral("backup"), QStringLiteral("verify"), backup}, &output), 0);
        QCOMPARE(cb::test::runProgram(cb::test::serverBinary(), base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &output), 0);
        QVERIFY2(output.contains("intact"), output.constData());

        auto db = openStore(server.dataDir());
        QCOMPARE(db.queryInt("PRAGMA user_version"), cb::server::ServerStore::latestSchemaVersion());
        const QJsonObject want = expected().value(QStringLiteral("server")).toObject();
        for (const QJsonValue &name : want.value(QStringLiteral("staff")).toArray()) {
            auto row = db.prepare("SELECT count(*) FROM staff_users WHERE username = ?");
            row.bind(1, name.toString());
            QVERIFY(row.step() && row.columnInt64(0) == 1);
        }
        for (const QJsonValue &name : want.value(QStringLiteral("patients")).toArray()) {
            auto row = db.prepare("SELECT count(*) FROM contacts WHERE profile_name = ?");
            row.bind(1, name.toString());
            QVERIFY2(row.step() && row.columnInt64(0) == 1, qPrintable(name.toString()));
        }
        for (const QJsonValue &text : want.value(QStringLiteral("texts")).toArray()) {
            auto row = db.prepare("SELECT count(*) FROM messages WHERE body = ?");
            row.bind(1, text.toString());
            QVERIFY2(row.step() && row.columnInt64(0) == 1, qPrintable(text.toString()));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM conversations"), want.value(QStringLiteral("conversations")).toInteger());
        // The 0.1.0 device secrets now sit under keys of their own, outside the store.
        QCOMPARE(db.queryInt("SELECT count(*) FROM device_secrets WHERE wrapped = 0"), 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM device_secrets") >= 1);
        QVERIFY(QFile::exists(server.dataDir() + QStringLiteral("/device-keyring")));
    }

    void storeFromANewerReleaseIsRefusedUntouched()
    {
        cb::test::ServerProcess server;
        installFixture(server);
        {
            auto db = openStore(server.dataDir());
            db.exec("PRAGMA user_version = 99");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = cb::test::readFile(server.dataDir() + QStringLiteral("/server.db"));
        QByteArray output;
        QVERIFY(!server.start(&output));
        QVERIFY2(output.contains("newer Carebridge") && output.contains("Nothing was changed"), output.constData());
        QCOMPARE(cb::test::readFile(server.dataDir() + QStringLiteral("/server.db")), before);
        QVERIFY(!QDir(server.dataDir() + QStringLiteral("/backups")).exists());
    }

    void desktopCacheFromTheLastReleaseOpensWithItsOutbox()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("desktop/cache.db")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray hex = cb::test::readFile(fixture(QStringLiteral("desktop/cache.key")));
        QByteArray raw = QByteArray::fromHex(hex.trimmed());
        const auto key = cb::crypto::SecretBytes::takeFrom(raw);
        auto cache = cb::client::LocalCache::open(path, key);
        QVERIFY(!cache->recreated()); // opened, not thrown away
        cb::client::InboxCache inbox(cache->database());
        const QJsonObject want = expected().value(QStringLiteral("desktop")).toObject();
        QCOMPARE(inbox.lastSeq(), want.value(QStringLiteral("last_seq")).toInteger());
        const auto conversation = inbox.conversation(want.value(QStringLiteral("conversation_id")).toInteger());
        QVERIFY(conversation.has_value());
        QCOMPARE(inbox.messages(conversation->id).first().body, want.value(QStringLiteral("text")).toString());
        QCOMPARE(inbox.outbox().size(), 1);
        QCOMPARE(inbox.outbox().first().clientId, want.value(QStringLiteral("outbox_client_id")).toString());
    }
};

QTEST_GUILESS_MAIN(TestUpgradeFixtures)
#include "tst_upgrade_fixtures.moc"
