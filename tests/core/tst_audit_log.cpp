#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::audit::AuditEvent;
using cb::audit::AuditLog;
using cb::crypto::SecretBytes;
using cb::store::Database;

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    Database freshStore()
    {
        Database db = Database::open(m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_count)), SecretBytes::random(32),
                                     Database::OpenMode::CreateIfMissing);
        cb::store::Migrator::fromDirectory(QStringLiteral(CB_SERVER_MIGRATIONS)).migrate(db);
        return db;
    }

    static void fill(AuditLog &log, int events)
    {
        for (int i = 0; i < events; ++i) {
            log.append({0, 1000 + i, QStringLiteral("staff:%1").arg(i % 3), QStringLiteral("conversation.view"),
                        QStringLiteral("conversation:%1").arg(i), QJsonObject{{QStringLiteral("n"), i}}});
        }
    }

private slots:
    void appendsAGapFreeChainThatVerifies()
    {
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        QCOMPARE(log.verify().eventsChecked, 0);
        QVERIFY(log.verify().intact);
        fill(log, 25);
        const auto verification = log.verify();
        QVERIFY(verification.intact);
        QCOMPARE(verification.eventsChecked, 25);
        QCOMPARE(db.queryInt("SELECT max(seq) FROM audit_events"), 25);
    }

    void refusesUpdatesAndDeletes()
    {
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        fill(log, 3);
        QVERIFY_THROWS_EXCEPTION(cb::store::StoreError, db.exec("UPDATE audit_events SET actor = 'x' WHERE seq = 2"));
        QVERIFY_THROWS_EXCEPTION(cb::store::StoreError, db.exec("DELETE FROM audit_events WHERE seq = 3"));
        QVERIFY(log.verify().intact);
    }

    void detectsEditedDeletedAndRechainedEvents_data()
    {
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edited field") << QByteArray("UPDATE audit_events SET target = 'conversation:999' WHERE seq = 5") << qint64(5);
        QTest::newRow("edited detail") << QByteArray("UPDATE audit_events SET detail = '{\"n\":42}' WHERE seq = 7") << qint64(7);
        QTest::newRow("deleted event") << QByteArray("DELETE FROM audit_events WHERE seq = 4") << qint64(5);
        QTest::newRow("deleted first event") << QByteArray("DELETE FROM audit_events WHERE seq = 1") << qint64(2);
        QTest::newRow("rehashed without the key") << QByteArray("UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 6") << qint64(6);
    }
    void detectsEditedDeletedAndRechainedEvents()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(qint64, firstBad);
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        fill(log, 10);
        // Someone with the database key but not the audit key drops the guards and edits.
        db.exec("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete");
        db.exec(tamper.toStdString());
        const auto verification = log.verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadSeq.value_or(-1), firstBad);
    }

    void anotherKeyDoesNotVerify()
    {
        Database db = freshStore();
        AuditLog writer(db, SecretBytes::random(32));
        fill(writer, 2);
        AuditLog reader(db, SecretBytes::random(32));
        QVERIFY(!reader.verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
