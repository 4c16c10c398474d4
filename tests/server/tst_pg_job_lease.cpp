#include "core/store/store_error.h"
#include "server/store/postgres/job_lease.h"
#include "server/store/postgres/pg_connection.h"
#include "tests/support/postgres_process.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <thread>

namespace pg = cb::store::pg;
using namespace std::chrono_literals;

// Issue 23: a job that must run once holds a lease, and another node takes it
// over when its holder dies; a holder that lost its lease cannot commit work.
// Two connections to a real PostgreSQL 15 play two nodes.
class TestJobLease : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;

    pg::Connection node() { return pg::Connection::open(m_postgres.url()); }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        auto connection = node();
        connection.exec(pg::JobLease::Schema);
        connection.exec("CREATE TABLE sends (id bigserial PRIMARY KEY, fence bigint NOT NULL)");
    }

    void oneNodeHoldsAJobAndHandsItOverOnRelease()
    {
        auto a = node();
        auto b = node();
        pg::JobLease onA(a, QStringLiteral("whatsapp.send"), QStringLiteral("node-a"));
        pg::JobLease onB(b, QStringLiteral("whatsapp.send"), QStringLiteral("node-b"));
        QCOMPARE(onA.acquire(), std::optional<std::int64_t>(1));
        QCOMPARE(onB.acquire(), std::nullopt); // held
        QVERIFY(onA.renew());
        QCOMPARE(onA.acquire(), std::optional<std::int64_t>(1)); // its holder keeps the same fence
        onA.release();
        QVERIFY(!onA.renew());
        QCOMPARE(onB.acquire(), std::optional<std::int64_t>(2)); // at once, with the next fence
        // Another job is another lease.
        pg::JobLease retention(a, QStringLiteral("retention"), QStringLiteral("node-a"));
        QCOMPARE(retention.acquire(), std::optional<std::int64_t>(1));
        onB.release();
        retention.release();
    }

    // Node A dies (its connection goes, it never renews): B, trying every 100 ms,
    // takes the job once A's lease has run out, and not before.
    void aDeadNodesJobIsTakenOverWhenItsLeaseRunsOut()
    {
        const auto ttl = 800ms;
        auto b = node();
        pg::JobLease onB(b, QStringLiteral("media.fetch"), QStringLiteral("node-b"), ttl);
        QElapsedTimer held;
        {
            auto a = node();
            pg::JobLease onA(a, QStringLiteral("media.fetch"), QStringLiteral("node-a"), ttl);
            QVERIFY(onA.acquire().has_value());
            held.start();
        } // SIGKILL, as far as the database can tell
        std::optional<std::int64_t> fence;
        while (!fence && held.elapsed() < 10000) {
            fence = onB.acquire();
            if (!fence) {
                std::this_thread::sleep_for(100ms);
            }
        }
        QVERIFY2(fence.has_value(), "taken over within 10 s");
        QVERIFY2(held.elapsed() >= ttl.count() - 50, "not before the lease ran out");
        QCOMPARE(*fence, 2);
    }

    // A pauses past its lease (a frozen VM) while B takes over: A's renewal fails
    // and the send it was about to record does not commit. B's does.
    void aNodeThatLostItsLeaseCannotCommitWork()
    {
        const auto ttl = 300ms;
        auto a = node();
        auto b = node();
        pg::JobLease onA(a, QStringLiteral("outbound"), QStringLiteral("node-a"), ttl);
        pg::JobLease onB(b, QStringLiteral("outbound"), QStringLiteral("node-b"), ttl);
        QVERIFY(onA.acquire().has_value());
        std::this_thread::sleep_for(ttl + 200ms);
        QVERIFY(onB.acquire().has_value());

        auto record = [](pg::Connection &connection, pg::JobLease &lease) {
            pg::Transaction transaction(connection);
            if (!lease.stillHeld()) {
                return false; // rolled back: nothing written
            }
            connection.prepare("INSERT INTO sends (fence) VALUES (?)").bind(1, *lease.fence()).run();
            transaction.commit();
            return true;
        };
        QVERIFY(!record(a, onA));
        QVERIFY(!onA.renew());
        QVERIFY(record(b, onB));
        QCOMPARE(b.queryInt("SELECT count(*) FROM sends"), 1);
        QCOMPARE(b.queryInt("SELECT fence FROM sends"), *onB.fence());
    }

    // A commit under way holds the lease row: a takeover waits for it, so the old
    // holder's last write and the new holder's first never overlap.
    void aTakeoverWaitsForTheCommitUnderWay()
    {
        const auto ttl = 300ms;
        auto a = node();
        pg::JobLease onA(a, QStringLiteral("checkpoint"), QStringLiteral("node-a"), ttl);
        QVERIFY(onA.acquire().has_value());
        pg::Transaction transaction(a);
        QVERIFY(onA.stillHeld());
        std::optional<std::int64_t> taken;
        std::atomic<bool> aCommitting{false};
        bool tookAfterACommitted = false;
        std::thread b([&] {
            auto connection = node();
            pg::JobLease onB(connection, QStringLiteral("checkpoint"), QStringLiteral("node-b"), ttl);
            std::this_thread::sleep_for(ttl + 100ms); // A's lease has run out
            taken = onB.acquire();                    // blocks on A's lock until A commits
            tookAfterACommitted = aCommitting;
        });
        std::this_thread::sleep_for(ttl + 600ms);
        a.prepare("INSERT INTO sends (fence) VALUES (?)").bind(1, *onA.fence()).run();
        aCommitting = true;
        transaction.commit();
        b.join();
        QVERIFY(taken.has_value());
        QVERIFY2(tookAfterACommitted, "the takeover waited for A's commit");
    }
};

QTEST_GUILESS_MAIN(TestJobLease)
#include "tst_pg_job_lease.moc"
