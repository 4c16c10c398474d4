#include "core/store/store_error.h"
#include "server/store/postgres/pg_connection.h"
#include "server/store/postgres/pg_migrator.h"
#include "server/store/postgres/pg_parameters.h"
#include "tests/support/postgres_process.h"

#include <QtTest>

#include <thread>

using cb::store::StoreError;
namespace pg = cb::store::pg;

namespace {
// What must never reach an error message or a log: a patient's name and number.
const QString Canary = QStringLiteral("Quentin Canaryfield 5550107007");
} // namespace

// Issue 23's first part: the store's PostgreSQL engine (libpq) against a real
// PostgreSQL 15 started by the test. Values go in and come back exactly, `?`
// works as on SQLite, failures have the store's kinds and carry no patient data,
// and every connection commits durably.
class TestPostgresConnection : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;

    static QString errorOf(const std::function<void()> &action, StoreError::Kind *kind = nullptr)
    {
        try {
            action();
        } catch (const StoreError &error) {
            if (kind) {
                *kind = error.kind();
            }
            return QString::fromUtf8(error.what());
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        QCOMPARE(m_postgres.psql(QStringLiteral("CREATE TABLE patients (id bigint PRIMARY KEY, name text NOT NULL, "
                                                "balance double precision, photo bytea, note text)")),
                 0);
    }

    void questionMarksBecomeNumberedParametersOutsideQuotes()
    {
        int count = 0;
        QCOMPARE(pg::numberedParameters("SELECT ? FROM t WHERE a = '?' AND \"b?\" = ? /* ? */ AND c = 'it''s ?' -- ?\nAND d = ?",
                                          &count),
                 std::string("SELECT $1 FROM t WHERE a = '?' AND \"b?\" = $2 /* ? */ AND c = 'it''s ?' -- ?\nAND d = $3"));
        QCOMPARE(count, 3);
        QCOMPARE(pg::numberedParameters("SELECT 1", &count), std::string("SELECT 1"));
        QCOMPARE(count, 0);

        auto connection = pg::Connection::open(m_postgres.url());
        auto row = connection.prepare("SELECT 'what?', ? || '!' -- really?");
        row.bind(1, QStringLiteral("yes"));
        QVERIFY(row.step());
        QCOMPARE(row.columnText(0), QStringLiteral("what?"));
        QCOMPARE(row.columnText(1), QStringLiteral("yes!"));
        QVERIFY(!row.step());
    }

    void valuesComeBackExactly()
    {
        auto connection = pg::Connection::open(m_postgres.url());
        QByteArray photo;
        for (int byte = 0; byte < 256; ++byte) {
            photo.append(char(byte));
        }
        const QString name = QStringLiteral("Zoë O'Brien-Núñez \"?\" 🩺 ") + Canary;
        auto insert = connection.prepare("INSERT INTO patients (id, name, balance, photo, note) VALUES (?, ?, ?, ?, ?)");
        insert.bindAll(std::numeric_limits<std::int64_t>::max(), name, -1234.5678901234567);
        insert.bindBlob(4, photo).bindNull(5);
        insert.run();
        QCOMPARE(insert.changes(), 1);

        auto row = connection.prepare("SELECT id, name, balance, photo, note, id > ? FROM patients WHERE name = ?");
        row.bindAll(0, name);
        QVERIFY(row.step());
        QCOMPARE(row.columnCount(), 6);
        QCOMPARE(row.columnInt64(0), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(row.columnText(1), name);
        QCOMPARE(row.columnDouble(2), -1234.5678901234567);
        QCOMPARE(row.columnBlob(3), photo);
        QVERIFY(row.isNull(4));
        QVERIFY(!row.isNull(3));
        QCOMPARE(row.columnInt64(5), 1); // a boolean reads as 1, as on SQLite
        QVERIFY(!row.step());

        // reset() runs the same statement again with new values.
        row.reset();
        row.bindAll(0, QStringLiteral("nobody by that name"));
        QVERIFY(!row.step());
        QCOMPARE(connection.queryInt("SELECT count(*) FROM patients"), 1);
    }

    void aFailureHasItsKindAndNoPatientData()
    {
        auto connection = pg::Connection::open(m_postgres.url());
        StoreError::Kind kind = StoreError::Kind::Io;
        // A duplicate key: PostgreSQL's DETAIL would name the value.
        const QString duplicate = errorOf([&] {
            connection.prepare("INSERT INTO patients (id, name) VALUES (?, ?)")
                .bindAll(std::numeric_limits<std::int64_t>::max(), Canary)
                .run();
        }, &kind);
        QCOMPARE(kind, StoreError::Kind::Sql);
        QVERIFY2(duplicate.contains(QLatin1String("23505")) && duplicate.contains(QLatin1String("patients_pkey")),
                 qPrintable(duplicate));
        QVERIFY2(!duplicate.contains(QLatin1String("9223372036854775807")), qPrintable(duplicate));
        // A value of the wrong type: PostgreSQL's message itself would quote it.
        const QString badType = errorOf([&] {
            connection.prepare("SELECT CAST(? AS bigint)").bind(1, Canary).step();
        }, &kind);
        QCOMPARE(kind, StoreError::Kind::Sql);
        QVERIFY2(badType.contains(QLatin1String("22P02")), qPrintable(badType));
        for (const QString &text : {duplicate, badType}) {
            QVERIFY2(!text.contains(QLatin1String("Quentin")) && !text.contains(QLatin1String("5550107007")),
                     qPrintable(text));
        }
        // A mistake in the SQL says what it is.
        const QString syntax = errorOf([&] { connection.exec("SELEC 1"); }, &kind);
        QCOMPARE(kind, StoreError::Kind::Sql);
        QVERIFY2(syntax.contains(QLatin1String("42601")) && syntax.contains(QLatin1String("SELEC")), qPrintable(syntax));
        // Binding past the statement's parameters is refused before anything runs.
        const QString bind = errorOf([&] { connection.prepare("SELECT ?").bind(2, 1); }, &kind);
        QVERIFY2(bind.contains(QLatin1String("parameter 2 of 1")), qPrintable(bind));
        // Reading a column past the last row, or past the last column, is refused too.
        const QString noRow = errorOf([&] {
            auto row = connection.prepare("SELECT 1");
            row.step();
            row.step();
            row.columnInt64(0);
        });
        QVERIFY2(noRow.contains(QLatin1String("no row")), qPrintable(noRow));
        const QString noColumn = errorOf([&] {
            auto row = connection.prepare("SELECT 1");
            row.step();
            row.columnText(1);
        });
        QVERIFY2(noColumn.contains(QLatin1String("no such column")), qPrintable(noColumn));
    }

    void aTransactionCommitsWholeOrLeavesNothing()
    {
        auto connection = pg::Connection::open(m_postgres.url());
        auto other = pg::Connection::open(m_postgres.url());
        {
            pg::Transaction transaction(connection);
            connection.prepare("INSERT INTO patients (id, name) VALUES (?, ?)").bindAll(1, QStringLiteral("left behind")).run();
            QCOMPARE(other.queryInt("SELECT count(*) FROM patients WHERE id = 1"), 0); // not yet visible
        } // no commit: rolled back
        QCOMPARE(connection.queryInt("SELECT count(*) FROM patients WHERE id = 1"), 0);
        {
            pg::Transaction transaction(connection);
            connection.prepare("INSERT INTO patients (id, name) VALUES (?, ?)").bindAll(2, QStringLiteral("kept")).run();
            transaction.commit();
        }
        QCOMPARE(other.queryText("SELECT name FROM patients WHERE id = 2"), QStringLiteral("kept"));
        // A failed statement inside: the whole transaction goes.
        QVERIFY(!errorOf([&] {
                     pg::Transaction transaction(connection);
                     connection.prepare("INSERT INTO patients (id, name) VALUES (?, ?)").bindAll(3, QStringLiteral("half")).run();
                     connection.prepare("INSERT INTO patients (id, name) VALUES (?, ?)").bindAll(2, QStringLiteral("dup")).run();
                     transaction.commit();
                 }).isEmpty());
        QCOMPARE(other.queryInt("SELECT count(*) FROM patients WHERE id = 3"), 0);
        QCOMPARE(connection.queryInt("SELECT 1"), 1); // and the connection works on
    }

    // An acknowledgement means durable, whatever the database's defaults say.
    void everyConnectionCommitsDurably()
    {
        QCOMPARE(m_postgres.psql(QStringLiteral("ALTER ROLE carebridge SET synchronous_commit = off")), 0);
        auto connection = pg::Connection::open(m_postgres.url());
        QCOMPARE(connection.queryText("SHOW synchronous_commit"), QStringLiteral("on"));
        QCOMPARE(m_postgres.psql(QStringLiteral("ALTER ROLE carebridge RESET synchronous_commit")), 0);
    }

    void aServerWithoutFsyncIsRefused()
    {
        cb::test::PostgresProcess careless;
        QByteArray output;
        QVERIFY2(careless.start(&output, {QStringLiteral("fsync=off")}), output.constData());
        StoreError::Kind kind = StoreError::Kind::Io;
        const QString refused = errorOf([&] { pg::Connection::open(careless.url()); }, &kind);
        QCOMPARE(kind, StoreError::Kind::Sql);
        QVERIFY2(refused.contains(QLatin1String("fsync off")), qPrintable(refused));
    }

    void aMissingServerIsAnIoErrorWithoutThePassword()
    {
        StoreError::Kind kind = StoreError::Kind::Sql;
        const QString absent = errorOf([&] {
            pg::Connection::open(QStringLiteral("host=/nonexistent port=5432 user=carebridge password=hunter2-secret "
                                                "connect_timeout=2"));
        }, &kind);
        QCOMPARE(kind, StoreError::Kind::Io);
        QVERIFY2(!absent.isEmpty() && !absent.contains(QLatin1String("hunter2")), qPrintable(absent));
        const QString malformed = errorOf([&] {
            pg::Connection::open(QStringLiteral("postgresql://carebridge:hunter2-secret@/db?nonsense_option=1"));
        }, &kind);
        QCOMPARE(kind, StoreError::Kind::Io);
        QVERIFY2(!malformed.isEmpty() && !malformed.contains(QLatin1String("hunter2")), qPrintable(malformed));
    }

    // The form the nodes use to find the primary after a failover: libpq tries
    // each host in turn and keeps the first that accepts writes.
    void aMultiHostUrlFindsTheWritableServer()
    {
        const QString url = m_postgres.url();
        const QString socket = url.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1);
        auto connection = pg::Connection::open(
            QStringLiteral("host=/nonexistent,%1 port=5432,5432 user=carebridge dbname=postgres "
                           "target_session_attrs=read-write connect_timeout=2")
                .arg(socket));
        QCOMPARE(connection.queryText("SELECT pg_is_in_recovery()::text"), QStringLiteral("false"));
    }

    // Two nodes start at once on an empty database: one migrates, the other
    // waits and finds nothing left to do; every step is applied once.
    void nodesStartingTogetherMigrateOnce()
    {
        QCOMPARE(m_postgres.psql(QStringLiteral("CREATE DATABASE migrating")), 0);
        const cb::store::Migrator migrator({{1, QStringLiteral("first"), "CREATE TABLE staff (id bigint PRIMARY KEY)"},
                                            {2, QStringLiteral("slow"),
                                             "SELECT pg_sleep(0.3); CREATE TABLE visits (id bigint PRIMARY KEY)"},
                                            {3, QStringLiteral("third"), "ALTER TABLE staff ADD COLUMN name bytea"}});
        int applied[2] = {-1, -1};
        QString errors[2];
        std::thread nodes[2];
        for (int node = 0; node < 2; ++node) {
            nodes[node] = std::thread([&, node] {
                try {
                    auto connection = pg::Connection::open(m_postgres.url(QStringLiteral("migrating")));
                    applied[node] = pg::migrate(connection, migrator.migrations());
                } catch (const StoreError &error) {
                    errors[node] = QString::fromUtf8(error.what());
                }
            });
        }
        for (std::thread &node : nodes) {
            node.join();
        }
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QCOMPARE(applied[0] + applied[1], 3);
        QVERIFY(applied[0] == 0 || applied[1] == 0);
        auto connection = pg::Connection::open(m_postgres.url(QStringLiteral("migrating")));
        QCOMPARE(connection.queryInt("SELECT count(*) FROM schema_migrations"), 3);
        QCOMPARE(pg::migrate(connection, migrator.migrations()), 0);

        // A failing step leaves nothing of itself, and says which step it was.
        const cb::store::Migrator broken({migrator.migrations()[0], migrator.migrations()[1], migrator.migrations()[2],
                                          {4, QStringLiteral("half_done"),
                                           "CREATE TABLE notes (id bigint); INSERT INTO nowhere VALUES (1)"}});
        const QString failed = errorOf([&] { pg::migrate(connection, broken.migrations()); });
        QVERIFY2(failed.contains(QLatin1String("migration 4 (half_done)")), qPrintable(failed));
        QCOMPARE(connection.queryInt("SELECT count(*) FROM pg_tables WHERE tablename = 'notes'"), 0);
        QCOMPARE(connection.queryInt("SELECT max(version) FROM schema_migrations"), 3);

        // A schema from a newer Carebridge is refused, not half-used.
        StoreError::Kind kind = StoreError::Kind::Sql;
        const cb::store::Migrator older({migrator.migrations()[0], migrator.migrations()[1]});
        errorOf([&] { pg::migrate(connection, older.migrations()); }, &kind);
        QCOMPARE(kind, StoreError::Kind::TooNew);
        // The lock went with each run: another node may migrate now.
        QCOMPARE(connection.queryInt("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), 0);
    }

    // Last: the server goes away under an open connection (a failover, a crash).
    void aLostServerIsBusySoTheCallerRetries()
    {
        auto connection = pg::Connection::open(m_postgres.url());
        QCOMPARE(connection.queryInt("SELECT 1"), 1);
        m_postgres.stop();
        StoreError::Kind kind = StoreError::Kind::Sql;
        const QString lost = errorOf([&] { connection.queryInt("SELECT 1"); }, &kind);
        QCOMPARE(kind, StoreError::Kind::Busy);
        QVERIFY(!connection.isUsable());
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgres_connection.moc"
