#include "core/platform/clock.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "server/config/server_keys.h"
#include "server/inbox/event_log.h"
#include "server/store/postgres/event_sequence.h"
#include "server/store/postgres/patient_fields.h"
#include "server/store/postgres/pg_connection.h"
#include "server/store/postgres/pg_engine.h"
#include "server/store/postgres/pg_migrator.h"
#include "tests/support/postgres_process.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using cb::crypto::SecretBytes;
using cb::server::EventLog;
using cb::store::Database;
using cb::store::StoreError;
namespace pg = cb::store::pg;

// Issue 23: the events the desktops follow, on PostgreSQL through the
// repositories' own EventLog. Connections play nodes. A real PostgreSQL 15.
class TestPgEventLog : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;
    SecretBytes m_master = SecretBytes::random(32);
    std::shared_ptr<const pg::PatientFields> m_fields;
    cb::platform::SystemClock m_clock;
    int m_databases = 0;
    QString m_database;

    Database node() { return pg::openDatabase(m_postgres.url(m_database), m_fields); }
    static inline const QString Canary = QStringLiteral("Zoë Canary-Núñez says her rash is worse");

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        m_fields = std::make_shared<const pg::PatientFields>(
            pg::PatientFields::fromKeys(cb::server::ServerKeys::derive(m_master)));
    }

    void init()
    {
        m_database = QStringLiteral("events%1").arg(++m_databases);
        QCOMPARE(m_postgres.psql(QStringLiteral("CREATE DATABASE %1").arg(m_database)), 0);
        auto connection = pg::Connection::open(m_postgres.url(m_database));
        pg::migrate(connection, pg::serverMigrations());
    }

    // What a desktop resuming "after N" reads, and what a backup of the
    // database holds: the payload's words only sealed.
    void eventsReadBackAndTheDatabaseHoldsNoPatientText()
    {
        Database db = node();
        EventLog log(db, m_clock);
        QCOMPARE(log.lastSeq(), 0);
        const QJsonObject payload{{QStringLiteral("conversation_id"), 7}, {QStringLiteral("preview"), Canary}};
        QCOMPARE(log.append("message.created", cb::server::audience::Inbox, payload), 1);
        {
            cb::store::Transaction write(db);
            QCOMPARE(log.append("conversation.changed", cb::server::audience::Inbox, {{QStringLiteral("id"), 7}}), 2);
            write.commit();
        }
        QCOMPARE(log.lastSeq(), 2);
        const auto events = log.after(0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].payload, payload);
        QCOMPARE(events[1].kind, QStringLiteral("conversation.changed"));
        QCOMPARE(log.after(1, 10).size(), 1);

        QByteArray dump;
        QCOMPARE(m_postgres.dump(&dump, m_database), 0);
        QVERIFY(dump.contains("CREATE TABLE public.events"));
        QVERIFY(dump.contains("message.created"));
        for (const char *canary : {"Canary", "rash", "Zo\xc3\xab", "N\xc3\xba\xc3\xb1" "ez", "preview"}) {
            QVERIFY2(!dump.contains(canary), canary);
        }
    }

    // A value sealed with another master key, or moved from another column,
    // does not open: reading it is an error, never a wrong or empty event.
    void aPayloadThatDoesNotOpenIsAnError()
    {
        Database db = node();
        EventLog(db, m_clock).append("message.created", cb::server::audience::Inbox, {{QStringLiteral("preview"), Canary}});
        auto other = std::make_shared<const pg::PatientFields>(
            pg::PatientFields::fromKeys(cb::server::ServerKeys::derive(SecretBytes::random(32))));
        Database stranger = pg::openDatabase(m_postgres.url(m_database), other);
        QVERIFY_THROWS_EXCEPTION(StoreError, EventLog(stranger, m_clock).after(0, 10));
        // A store opened without the keys refuses patient data outright.
        Database keyless = pg::openDatabase(m_postgres.url(m_database));
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 EventLog(keyless, m_clock).append("x", cb::server::audience::Inbox, {}));
        QCOMPARE(EventLog(db, m_clock).lastSeq(), 1);
    }

    // The statement-level form the other repositories will use for a patient's
    // number: found by equality, kept UNIQUE, read back, never in clear.
    void anExactPatientFieldIsFoundAndUnique()
    {
        Database db = node();
        db.exec("CREATE TABLE probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, wa_id bytea NOT NULL UNIQUE, "
                "name bytea NOT NULL)");
        const QString number = QStringLiteral("15550009876");
        db.prepare("INSERT INTO probe (wa_id, name) VALUES (?, ?)")
            .bindPatientExact(1, "probe.wa_id", number)
            .bindPatient(2, "probe.name", Canary)
            .run();
        QVERIFY_THROWS_EXCEPTION(StoreError, db.prepare("INSERT INTO probe (wa_id, name) VALUES (?, ?)")
                                                 .bindPatientExact(1, "probe.wa_id", number)
                                                 .bindPatient(2, "probe.name", QStringLiteral("someone else"))
                                                 .run());
        auto row = db.prepare("SELECT id, wa_id, name FROM probe WHERE wa_id = ?");
        row.bindPatientExact(1, "probe.wa_id", number);
        QVERIFY(row.step());
        QCOMPARE(row.columnPatient(1, "probe.wa_id"), number);
        QCOMPARE(row.columnPatient(2, "probe.name"), Canary);
        // Read as another column, it does not open.
        QVERIFY_THROWS_EXCEPTION(StoreError, row.columnPatient(2, "probe.wa_id"));
        QByteArray dump;
        QCOMPARE(m_postgres.dump(&dump, m_database), 0);
        QVERIFY(dump.contains("CREATE TABLE public.probe"));
        QVERIFY(!dump.contains(number.toUtf8()) && !dump.contains("Canary"));
    }

    // Four nodes append inside their own writes while a desktop's stream reads
    // "after the last it saw" over and over. Numbers committing out of order
    // would make it skip one; it must see every event once, in order.
    void aStreamFollowingSeveralNodesMissesNothing()
    {
        constexpr int Nodes = 4;
        constexpr int EachAppends = 100;
        std::atomic<int> failures{0};
        std::atomic<bool> writing{true};
        std::vector<std::int64_t> seen;
        std::thread reader([this, &seen, &writing, &failures] {
            try {
                Database db = node();
                EventLog log(db, m_clock);
                bool last = false;
                while (!last) {
                    last = !writing.load();
                    for (const auto &event : log.after(seen.empty() ? 0 : seen.back(), 50)) {
                        seen.push_back(event.seq);
                    }
                }
                for (auto events = log.after(seen.empty() ? 0 : seen.back(), 500); !events.isEmpty();
                     events = log.after(seen.back(), 500)) {
                    for (const auto &event : events) {
                        seen.push_back(event.seq);
                    }
                }
            } catch (const StoreError &) {
                ++failures;
            }
        });
        std::vector<std::thread> nodes;
        for (int n = 0; n < Nodes; ++n) {
            nodes.emplace_back([this, n, &failures] {
                try {
                    Database db = node();
                    EventLog log(db, m_clock);
                    for (int i = 0; i < EachAppends; ++i) {
                        cb::store::Transaction write(db);
                        log.append("message.created", cb::server::audience::Inbox,
                                   {{QStringLiteral("node"), n}, {QStringLiteral("i"), i}});
                        write.commit();
                    }
                } catch (const StoreError &) {
                    ++failures;
                }
            });
        }
        for (auto &thread : nodes) {
            thread.join();
        }
        writing = false;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(int(seen.size()), Nodes * EachAppends);
        for (int i = 0; i < int(seen.size()); ++i) {
            QCOMPARE(seen[std::size_t(i)], std::int64_t(i + 1));
        }
    }

    // Other nodes hear of an event at its commit, never of a rolled-back one.
    void otherNodesAreWokenAtCommit()
    {
        auto listening = pg::Connection::open(m_postgres.url(m_database));
        pg::EventListener listener(listening);
        Database db = node();
        EventLog log(db, m_clock);
        {
            cb::store::Transaction write(db);
            log.append("message.created", cb::server::audience::Inbox, {});
            // rolled back
        }
        std::int64_t seq = 0;
        {
            cb::store::Transaction write(db);
            seq = log.append("message.created", cb::server::audience::Inbox, {});
            QVERIFY(listener.drain().empty());
            write.commit();
        }
        std::vector<std::int64_t> woken;
        for (int i = 0; i < 100 && woken.empty(); ++i) { // up to 5 s
            QThread::msleep(50);
            woken = listener.drain();
        }
        QCOMPARE(woken, std::vector<std::int64_t>{seq});
        QCOMPARE(log.after(0, 10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgEventLog)
#include "tst_pg_event_log.moc"
