#include "core/store/store_error.h"
#include "server/store/postgres/event_sequence.h"
#include "server/store/postgres/pg_connection.h"
#include "tests/support/postgres_process.h"

#include <QtTest>

#include <poll.h>

#include <atomic>
#include <random>
#include <thread>

namespace pg = cb::store::pg;
using cb::store::StoreError;
using namespace std::chrono_literals;

// Issue 23: the events table stays the truth across nodes. Its numbers commit in
// order, so a stream catching up "after N" never skips one, and LISTEN/NOTIFY
// only wakes nodes, at commit. A real PostgreSQL 15; connections play nodes.
class TestPgEvents : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;

    pg::Connection node() { return pg::Connection::open(m_postgres.url()); }

    // Waits up to `ms` for the listener's socket to have something, then drains it.
    static std::vector<std::int64_t> wakeUps(pg::EventListener &listener, int ms)
    {
        pollfd fd{listener.socket(), POLLIN, 0};
        std::vector<std::int64_t> woken;
        QElapsedTimer timer;
        timer.start();
        while (woken.empty() && timer.elapsed() < ms) {
            if (::poll(&fd, 1, 50) > 0) {
                const auto more = listener.drain();
                woken.insert(woken.end(), more.begin(), more.end());
            }
        }
        return woken;
    }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        auto connection = node();
        connection.exec(pg::EventSequence::Schema);
        connection.exec("CREATE TABLE events (seq bigint PRIMARY KEY, node integer NOT NULL)");
    }

    // Four nodes write events, each pausing a little between taking its number
    // and committing; a reader catching up "after the last it saw" over and over
    // must find every batch starting right after it: no hole it could skip.
    void numbersCommitInOrderSoCatchingUpMissesNothing()
    {
        constexpr int Nodes = 4;
        constexpr int EachWrites = 40;
        std::atomic<int> writing{Nodes};
        QString failure;
        std::vector<std::thread> writers;
        for (int n = 0; n < Nodes; ++n) {
            writers.emplace_back([&, n] {
                try {
                    auto connection = node();
                    std::mt19937 random(n);
                    for (int i = 0; i < EachWrites; ++i) {
                        pg::Transaction transaction(connection);
                        const std::int64_t seq = pg::EventSequence::next(connection);
                        std::this_thread::sleep_for(std::chrono::microseconds(random() % 4000));
                        connection.prepare("INSERT INTO events (seq, node) VALUES (?, ?)").bindAll(seq, n).run();
                        transaction.commit();
                    }
                } catch (const StoreError &error) {
                    failure = QString::fromUtf8(error.what());
                }
                --writing;
            });
        }
        auto reader = node();
        std::int64_t last = 0;
        int holes = 0;
        int reads = 0;
        auto catchUp = [&] {
            auto rows = reader.prepare("SELECT seq FROM events WHERE seq > ? ORDER BY seq");
            rows.bind(1, last);
            while (rows.step()) {
                const std::int64_t seq = rows.columnInt64(0);
                if (seq != last + 1) {
                    ++holes; // seq-1 was not visible yet: a stream would have skipped it
                }
                last = seq;
            }
            ++reads;
        };
        while (writing > 0) {
            catchUp();
        }
        catchUp();
        for (std::thread &writer : writers) {
            writer.join();
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(last, std::int64_t(Nodes * EachWrites));
        QCOMPARE(holes, 0);
        QVERIFY(reads > 10); // the reader really ran alongside the writers
        // A rolled-back writer gives its number back: still no hole.
        auto connection = node();
        {
            pg::Transaction transaction(connection);
            pg::EventSequence::next(connection);
        }
        pg::Transaction transaction(connection);
        QCOMPARE(pg::EventSequence::next(connection), std::int64_t(Nodes * EachWrites + 1));
    }

    void aCommitWakesListeningNodesAndARollbackDoesNot()
    {
        auto listening = node();
        pg::EventListener listener(listening);
        auto writer = node();
        std::int64_t seq = 0;
        {
            pg::Transaction transaction(writer);
            seq = pg::EventSequence::next(writer);
            pg::EventSequence::wake(writer, seq);
            QVERIFY(wakeUps(listener, 300).empty()); // not before the commit
            transaction.commit();
        }
        QCOMPARE(wakeUps(listener, 5000), std::vector<std::int64_t>{seq});
        {
            pg::Transaction transaction(writer);
            pg::EventSequence::wake(writer, pg::EventSequence::next(writer));
        } // rolled back
        QVERIFY(wakeUps(listener, 500).empty());

        // The listening connection is cut (a failover): the node hears of it, and
        // will reconnect and catch up by sequence.
        const std::int64_t pid = listening.queryInt("SELECT pg_backend_pid()");
        writer.prepare("SELECT pg_terminate_backend(?::integer)").bind(1, pid).step();
        StoreError::Kind kind = StoreError::Kind::Sql;
        try {
            wakeUps(listener, 5000);
        } catch (const StoreError &error) {
            kind = error.kind();
        }
        QCOMPARE(kind, StoreError::Kind::Busy);
    }
};

QTEST_GUILESS_MAIN(TestPgEvents)
#include "tst_pg_events.moc"
