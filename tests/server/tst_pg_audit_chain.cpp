#include "core/audit/audit_log.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "server/store/postgres/pg_connection.h"
#include "server/store/postgres/pg_engine.h"
#include "server/store/postgres/pg_migrator.h"
#include "tests/support/postgres_process.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using cb::audit::AuditEvent;
using cb::audit::AuditLog;
using cb::crypto::SecretBytes;
using cb::store::Database;
using cb::store::StoreError;
namespace pg = cb::store::pg;
Q_DECLARE_METATYPE(cb::audit::AuditLog::Problem)

// Issue 23: the audit trail on PostgreSQL, through the repositories' own
// store::Database (pg_engine). Several connections play several nodes: they
// append at once, and the trail stays one chain that `audit verify` accepts.
// A real PostgreSQL 15, started by the test; one database per test.
class TestPgAuditChain : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;
    SecretBytes m_key = SecretBytes::random(32);
    int m_databases = 0;
    QString m_database;

    Database node() { return pg::openDatabase(m_postgres.url(m_database)); }

    static AuditEvent viewOf(int n)
    {
        return {0, 1000 + n, QStringLiteral("staff:%1").arg(n % 3), QStringLiteral("conversation.view"),
                QStringLiteral("conversation:%1").arg(n), QJsonObject{{QStringLiteral("n"), n}}};
    }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
    }

    void init()
    {
        m_database = QStringLiteral("audit%1").arg(++m_databases);
        QCOMPARE(m_postgres.psql(QStringLiteral("CREATE DATABASE %1").arg(m_database)), 0);
        auto connection = pg::Connection::open(m_postgres.url(m_database));
        const auto migrations = pg::serverMigrations();
        QVERIFY(!migrations.empty());
        QCOMPARE(pg::migrate(connection, migrations), int(migrations.size()));
    }

    void appendsAGapFreeChainThatVerifies()
    {
        Database db = node();
        QCOMPARE(db.engine(), Database::Engine::PostgreSql);
        AuditLog log(db, m_key.clone());
        QVERIFY(log.verify().intact);
        QCOMPARE(log.verify().eventsChecked, 0);
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(log.append(viewOf(i)), i + 1);
        }
        const auto verification = log.verify();
        QVERIFY(verification.intact);
        QCOMPARE(verification.eventsChecked, 25);
        QCOMPARE(log.head().first, 25);
        QCOMPARE(log.head().second, log.storedHash(25));
        const auto event = log.event(7);
        QVERIFY(event);
        QCOMPARE(event->target, QStringLiteral("conversation:6"));
        QCOMPARE(event->detail.value(QStringLiteral("n")).toInt(), 6);
        // Another key does not verify it.
        QVERIFY(!AuditLog(db, SecretBytes::random(32)).verify().intact);
    }

    // Four nodes append 150 events each at once, some inside a larger write of
    // their own. Without the store's write lock two nodes read the same head
    // and one of them fails on the primary key, or both chain after it.
    void nodesAppendingAtOnceKeepOneChain()
    {
        constexpr int Nodes = 4;
        constexpr int EachAppends = 150;
        node().exec("CREATE TABLE node_work (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, node int NOT NULL)");
        std::vector<std::thread> nodes;
        std::atomic<int> failures{0};
        for (int n = 0; n < Nodes; ++n) {
            nodes.emplace_back([this, n, &failures] {
                try {
                    Database db = node();
                    AuditLog log(db, m_key.clone());
                    for (int i = 0; i < EachAppends; ++i) {
                        if (i % 3 == 0) {
                            cb::store::Transaction write(db);
                            db.prepare("INSERT INTO node_work (node) VALUES (?)").bind(1, n).run();
                            log.append(viewOf(n * 1000 + i));
                            write.commit();
                        } else {
                            log.append(viewOf(n * 1000 + i));
                        }
                    }
                } catch (const StoreError &) {
                    ++failures;
                }
            });
        }
        for (auto &thread : nodes) {
            thread.join();
        }
        QCOMPARE(failures.load(), 0);
        Database db = node();
        const auto verification = AuditLog(db, m_key.clone()).verify();
        QVERIFY(verification.intact);
        QCOMPARE(verification.eventsChecked, Nodes * EachAppends);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT target) FROM audit_events"), Nodes * EachAppends);
        QCOMPARE(db.queryInt("SELECT count(*) FROM node_work"), Nodes * 50);
    }

    void theTrailRefusesChanges_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::newRow("update") << QByteArray("UPDATE audit_events SET actor = 'staff:9' WHERE seq = 2");
        QTest::newRow("delete") << QByteArray("DELETE FROM audit_events WHERE seq = 3");
        QTest::newRow("truncate") << QByteArray("TRUNCATE audit_events");
        QTest::newRow("checkpoint update") << QByteArray("UPDATE audit_checkpoints SET at_ms = 0");
        QTest::newRow("checkpoint truncate") << QByteArray("TRUNCATE audit_checkpoints");
    }

    void theTrailRefusesChanges()
    {
        QFETCH(QByteArray, change);
        Database db = node();
        AuditLog log(db, m_key.clone());
        for (int i = 0; i < 4; ++i) {
            log.append(viewOf(i));
        }
        db.exec("INSERT INTO audit_checkpoints VALUES (4, '\\x00', 1, '\\x00')");
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec(change.toStdString()));
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_events"), 4);
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_checkpoints"), 1);
        QVERIFY(log.verify().intact);
    }

    // What someone who owns the database (not the key) might do, and what
    // `audit verify` then reports.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<AuditLog::Problem>("problem");
        QTest::newRow("trigger disabled") << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_delete")
                                          << qint64(0) << AuditLog::Problem::SchemaChanged;
        QTest::newRow("trigger dropped") << QStringLiteral("DROP TRIGGER audit_events_no_truncate ON audit_events")
                                         << qint64(0) << AuditLog::Problem::SchemaChanged;
        QTest::newRow("column retyped") << QStringLiteral("ALTER TABLE audit_events ALTER COLUMN at TYPE numeric")
                                        << qint64(0) << AuditLog::Problem::SchemaChanged;
        QTest::newRow("edited") << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER; "
                                                  "UPDATE audit_events SET actor = 'staff:2' WHERE seq = 5; "
                                                  "ALTER TABLE audit_events ENABLE TRIGGER USER")
                                << qint64(5) << AuditLog::Problem::HashMismatch;
        QTest::newRow("deleted") << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER; "
                                                   "DELETE FROM audit_events WHERE seq = 6; "
                                                   "ALTER TABLE audit_events ENABLE TRIGGER USER")
                                 << qint64(7) << AuditLog::Problem::OutOfSequence;
    }

    void tamperingIsFound()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBad);
        QFETCH(AuditLog::Problem, problem);
        Database db = node();
        AuditLog log(db, m_key.clone());
        for (int i = 0; i < 10; ++i) {
            log.append(viewOf(i));
        }
        QVERIFY(log.verify().intact);
        db.exec(tamper.toStdString());
        const auto verification = log.verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadSeq.value_or(-1), firstBad);
        QCOMPARE(verification.problem, problem);
    }

    // A transaction whose statement failed is rolled back by PostgreSQL, and
    // its COMMIT answers "ROLLBACK" without an error: that must not pass for kept.
    void aFailedTransactionsCommitIsAnError()
    {
        Database db = node();
        AuditLog log(db, m_key.clone());
        log.append(viewOf(1));
        cb::store::Transaction write(db);
        log.append(viewOf(2));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("INSERT INTO audit_events (seq) VALUES (NULL)"));
        QVERIFY(db.inTransaction());
        QVERIFY_THROWS_EXCEPTION(StoreError, write.commit());
        QVERIFY(!db.inTransaction());
        QCOMPARE(log.head().first, 1);
        QVERIFY(log.verify().intact);
    }

    // The repositories' other needs: the new row's id and the rows changed.
    void insertIdsAndChangesWork()
    {
        Database db = node();
        db.exec("CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL)");
        db.prepare("INSERT INTO notes (body) VALUES (?)").bind(1, QStringLiteral("a")).run();
        db.prepare("INSERT INTO notes (body) VALUES (?)").bind(1, QStringLiteral("b")).run();
        QCOMPARE(db.lastInsertRowId(), 2);
        db.prepare("UPDATE notes SET body = 'c' WHERE id <= ?").bind(1, 2).run();
        QCOMPARE(db.changes(), 2);
        QCOMPARE(db.queryText("SELECT body FROM notes WHERE id = 1"), QStringLiteral("c"));
        QVERIFY(db.path().indexOf(QLatin1String("password")) < 0);
    }
};

QTEST_GUILESS_MAIN(TestPgAuditChain)
#include "tst_pg_audit_chain.moc"
