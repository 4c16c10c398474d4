#include "core/store/database.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::Database;

// Writes a canary through the store and then searches the raw bytes of the
// database, its WAL and its shared-memory file: the canary must not appear.
class TestNoPlaintextOnDisk : public QObject
{
    Q_OBJECT
private:
    static QByteArray everyFileBelow(const QString &dir)
    {
        QByteArray all;
        for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
            all += cb::test::readFile(info.filePath());
        }
        return all;
    }

private slots:
    void canaryNeverReachesTheDisk()
    {
        const QByteArray canary = "CANARY-7f3a9c-patient-Jane-Roe-DOB-1961-04-02";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        Database db = Database::open(path, SecretBytes::random(32), Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE messages (body TEXT, raw BLOB)");
        db.exec("CREATE INDEX messages_body ON messages (body)");
        auto insert = db.prepare("INSERT INTO messages VALUES (?, ?)");
        for (int i = 0; i < 50; ++i) {
            insert.bind(1, QString::fromLatin1(canary)).bindBlob(2, canary);
            insert.run();
            insert.reset();
        }
        // While the connection is open, data sits in the WAL (and -shm): check them live.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray live = everyFileBelow(dir.path());
        QVERIFY(live.size() > 4096);
        QVERIFY2(!live.contains(canary), "canary found in the live database files");
        QVERIFY(!live.contains("CANARY"));
        QVERIFY(!live.contains("SQLite format 3"));

        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray checkpointed = everyFileBelow(dir.path());
        QVERIFY(!checkpointed.contains("CANARY"));
        QVERIFY(db.queryInt("SELECT count(*) FROM messages WHERE body LIKE 'CANARY%'") == 50);
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintextOnDisk)
#include "tst_no_plaintext_on_disk.moc"
