#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::audit::AuditEvent;
using cb::audit::AuditLog;
using cb::crypto::SecretBytes;
using cb::store::Database;
Q_DECLARE_METATYPE(cb::audit::AuditLog::Problem)

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

    // Security review 3: someone with the store key rebuilds the table without
    // STRICT and keeps one event's actor as a BLOB. Every hash still matches,
    // but the viewer would never find that event by person: verify says so.
    void aRebuiltTableIsNotIntact()
    {
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        fill(log, 5);
        db.exec("ALTER TABLE audit_events RENAME TO old_events");
        db.exec("CREATE TABLE audit_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                "target TEXT NOT NULL, detail TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL)");
        db.exec("INSERT INTO audit_events SELECT seq, at, CASE WHEN seq = 3 THEN CAST(actor AS BLOB) ELSE actor END, action, target, "
                "detail, prev_hash, hash FROM old_events");
        db.exec("DROP TABLE old_events");
        db.exec("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END");
        db.exec("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END");
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_events WHERE actor = 'staff:2'"), 0); // seq 3 is no longer found
        const auto verification = log.verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.problem, AuditLog::Problem::WrongType);
        QCOMPARE(verification.firstBadSeq.value_or(-1), 3);
        // Stored as text again (the same bytes), only the table is wrong now.
        db.exec("DROP TRIGGER audit_events_no_update");
        db.exec("UPDATE audit_events SET actor = CAST(actor AS TEXT) WHERE seq = 3");
        db.exec("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END");
        QCOMPARE(log.verify().problem, AuditLog::Problem::SchemaChanged);
    }

    void aDroppedTriggerIsNotIntact()
    {
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        fill(log, 3);
        QVERIFY(log.verify().intact);
        db.exec("DROP TRIGGER audit_events_no_delete");
        QCOMPARE(log.verify().problem, AuditLog::Problem::SchemaChanged);
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
        using Problem = AuditLog::Problem;
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("edited field") << QByteArray("UPDATE audit_events SET target = 'conversation:999' WHERE seq = 5")
                                      << qint64(5) << Problem::HashMismatch;
        QTest::newRow("edited detail") << QByteArray("UPDATE audit_events SET detail = '{\"n\":42}' WHERE seq = 7")
                                       << qint64(7) << Problem::HashMismatch;
        // Text that parses to the same detail: a duplicate key (SQL's json_extract reads the other) and junk.
        QTest::newRow("detail with a duplicate key") << QByteArray("UPDATE audit_events SET detail = '{\"n\":4,\"n\":4}' WHERE seq = 5")
                                                     << qint64(5) << Problem::HashMismatch;
        QTest::newRow("detail with spacing") << QByteArray("UPDATE audit_events SET detail = '{ \"n\": 2 }' WHERE seq = 3")
                                             << qint64(3) << Problem::HashMismatch;
        QTest::newRow("edited time") << QByteArray("UPDATE audit_events SET at = at - 60000 WHERE seq = 3") << qint64(3)
                                     << Problem::HashMismatch;
        QTest::newRow("deleted event") << QByteArray("DELETE FROM audit_events WHERE seq = 4") << qint64(5)
                                       << Problem::OutOfSequence;
        QTest::newRow("deleted first event") << QByteArray("DELETE FROM audit_events WHERE seq = 1") << qint64(2)
                                             << Problem::OutOfSequence;
        QTest::newRow("deleted and renumbered")
            << QByteArray("DELETE FROM audit_events WHERE seq = 4; UPDATE audit_events SET seq = seq - 1 WHERE seq > 4")
            << qint64(4) << Problem::HashMismatch;
        // Two events swap places: each now sits under the other's seq.
        QTest::newRow("reordered") << QByteArray("UPDATE audit_events SET seq = -6 WHERE seq = 6;"
                                                 "UPDATE audit_events SET seq = 6 WHERE seq = 7;"
                                                 "UPDATE audit_events SET seq = 7 WHERE seq = -6")
                                   << qint64(6) << Problem::HashMismatch;
        // A forged event slipped in between 3 and 4, linked to 3 but hashed without the key.
        QTest::newRow("inserted") << QByteArray("UPDATE audit_events SET seq = seq + 100 WHERE seq > 3;"
                                                "UPDATE audit_events SET seq = seq - 99 WHERE seq > 100;"
                                                "INSERT INTO audit_events SELECT 4, at, 'staff:9', 'conversation.view', "
                                                "'conversation:1', '{}', hash, zeroblob(32) FROM audit_events WHERE seq = 3")
                                  << qint64(4) << Problem::HashMismatch;
        // A copy of a genuine event placed after the head: its hash is genuine, its seq and link are not.
        QTest::newRow("replayed at the end") << QByteArray("INSERT INTO audit_events SELECT 11, at, actor, action, target, "
                                                           "detail, prev_hash, hash FROM audit_events WHERE seq = 2")
                                             << qint64(11) << Problem::HashMismatch;
        QTest::newRow("rehashed without the key") << QByteArray("UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 6")
                                                  << qint64(6) << Problem::HashMismatch;
        QTest::newRow("relinked without the key") << QByteArray("UPDATE audit_events SET prev_hash = zeroblob(32) WHERE seq = 8")
                                                  << qint64(8) << Problem::HashMismatch;
    }
    void detectsEditedDeletedAndRechainedEvents()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(qint64, firstBad);
        QFETCH(AuditLog::Problem, problem);
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        fill(log, 10);
        // Someone with the database key but not the audit key drops the guards and edits.
        db.exec("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete");
        db.exec(tamper.toStdString());
        const auto verification = log.verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadSeq.value_or(-1), firstBad);
        QCOMPARE(verification.problem, problem);
        QCOMPARE(verification.firstBad.seq, firstBad);
    }

    void anEventRewrittenWithTheKeyBreaksTheNextLink()
    {
        // Someone holding the audit key rewrites event 2 and hashes it properly, but
        // does not re-chain what follows: 2 verifies, 3 names the old hash.
        const SecretBytes key = SecretBytes::random(32);
        Database db = freshStore();
        AuditLog log(db, key.clone());
        fill(log, 5);
        Database forgery = freshStore();
        AuditLog forger(forgery, key.clone());
        forger.append({0, 1000, QStringLiteral("staff:0"), QStringLiteral("conversation.view"), QStringLiteral("conversation:0"),
                       QJsonObject{{QStringLiteral("n"), 0}}});
        forger.append({0, 1001, QStringLiteral("staff:99"), QStringLiteral("conversation.view"), QStringLiteral("conversation:1"),
                       QJsonObject{{QStringLiteral("n"), 1}}});
        const QByteArray forgedHash = forger.storedHash(2);
        db.exec("DROP TRIGGER audit_events_no_update");
        db.prepare("UPDATE audit_events SET actor = 'staff:99', hash = ? WHERE seq = 2").bindBlob(1, forgedHash).run();
        const auto verification = log.verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadSeq.value_or(-1), 3);
        QCOMPARE(verification.problem, AuditLog::Problem::BrokenLink);
        QCOMPARE(verification.lastSeq, 2);
    }

    void headAndEventReadTheStoredChain()
    {
        Database db = freshStore();
        AuditLog log(db, SecretBytes::random(32));
        QCOMPARE(log.head().first, 0);
        QVERIFY(!log.event(1));
        fill(log, 4);
        QCOMPARE(log.head().first, 4);
        QCOMPARE(log.head().second, log.storedHash(4));
        QCOMPARE(log.event(3)->target, QStringLiteral("conversation:2"));
        QVERIFY(log.storedHash(5).isEmpty());
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
