#include "core/platform/clock.h"
#include "server/identity/login_throttle.h"
#include "server/identity/shared_attempts.h"
#include "server/store/postgres/pg_connection.h"
#include "server/store/postgres/pg_engine.h"
#include "server/store/postgres/pg_migrator.h"
#include "tests/support/postgres_process.h"

#include <QHostAddress>
#include <QtTest>

namespace pg = cb::store::pg;
using cb::server::LoginThrottle;
using cb::server::SharedAttempts;
using cb::store::Database;

// Issue 23: throttles live in the database, so guesses spread over two nodes
// count as one stream of guesses. A real PostgreSQL 15; connections play nodes.
class TestSharedAttempts : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;
    static constexpr std::int64_t Window = 60'000;

    Database node() { return pg::openDatabase(m_postgres.url()); }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        auto connection = pg::Connection::open(m_postgres.url());
        pg::migrate(connection, pg::serverMigrations());
    }

    void guessesOnTwoNodesCountTogether()
    {
        auto a = node();
        auto b = node();
        SharedAttempts onA(a, QStringLiteral("pair"), Window);
        SharedAttempts onB(b, QStringLiteral("pair"), Window);
        const QString key = QStringLiteral("nurse.kim|203.0.113.7");
        for (int i = 0; i < 3; ++i) {
            onA.add(key, 1000 + i);
            onB.add(key, 2000 + i);
        }
        QCOMPARE(onA.count(key, 3000), 6);
        QCOMPARE(onB.count(key, 3000), 6);
        QCOMPARE(onA.newest(key, 3000), 2002);
        // Another window's scope, or another key, is apart.
        QCOMPARE(SharedAttempts(a, QStringLiteral("name"), Window).count(key, 3000), 0);
        QCOMPARE(onA.count(QStringLiteral("nurse.kim|203.0.113.8"), 3000), 0);
        // A success takes its own attempt back; the rest stay.
        onB.removeNewest(key);
        QCOMPARE(onA.count(key, 3000), 5);
        QCOMPARE(onA.newest(key, 3000), 2001);
        onA.clear(key);
        QCOMPARE(onB.count(key, 3000), 0);
    }

    void theWindowSlidesAndIsPruned()
    {
        auto a = node();
        SharedAttempts attempts(a, QStringLiteral("address"), Window);
        const QString key = QStringLiteral("198.51.100.4");
        attempts.add(key, 10'000);
        attempts.add(key, 50'000);
        QCOMPARE(attempts.count(key, 60'000), 2);
        QCOMPARE(attempts.count(key, 70'000), 1); // the first left the window
        QCOMPARE(attempts.newest(key, 200'000), 0);
        attempts.prune(70'000);
        QCOMPARE(a.queryInt("SELECT count(*) FROM attempts WHERE scope = 'address'"), 1);
    }

    void aKeyKeepsABoundedNumberOfTimes()
    {
        auto a = node();
        SharedAttempts attempts(a, QStringLiteral("password_step"), Window, 8);
        for (int i = 0; i < 50; ++i) {
            attempts.add(QStringLiteral("192.0.2.1"), 1000 + i);
        }
        QCOMPARE(attempts.count(QStringLiteral("192.0.2.1"), 2000), 8);
        QCOMPARE(attempts.newest(QStringLiteral("192.0.2.1"), 2000), 1049); // the newest are kept
    }

    void keysEndingWithFindEveryAddressOfAName()
    {
        auto a = node();
        SharedAttempts pairs(a, QStringLiteral("pairs2"), Window);
        pairs.add(QStringLiteral("203.0.113.7|nurse.kim"), 1000);
        pairs.add(QStringLiteral("203.0.113.9|nurse.kim"), 1000);
        pairs.add(QStringLiteral("203.0.113.9|dr.kim"), 1000);
        pairs.add(QStringLiteral("203.0.113.9|x_nurse.kim%"), 1000); // no pattern characters at work
        QCOMPARE(pairs.keysEndingWith(QStringLiteral("|nurse.kim"), 2000),
                 (QStringList{QStringLiteral("203.0.113.7|nurse.kim"), QStringLiteral("203.0.113.9|nurse.kim")}));
        QCOMPARE(pairs.keysEndingWith(QStringLiteral("|nurse.kim"), 100'000), QStringList());
    }

    // The sign-in throttle itself on two nodes: six wrong passwords for one
    // account from one address, three at each node, meet the delay of six (the
    // sixth is past the five free ones). On one node each, in memory, neither
    // node would see more than three: no delay at all.
    void theSameGuessesOnTwoNodesMeetTheSameDelay()
    {
        auto a = node();
        auto b = node();
        cb::platform::ManualClock clock;
        LoginThrottle onA(a, clock);
        LoginThrottle onB(b, clock);
        const QString name = QStringLiteral("nurse.ola");
        const QHostAddress address(QStringLiteral("203.0.113.50"));
        for (int i = 0; i < 3; ++i) {
            onA.countAttempt(name, address);
            onB.countAttempt(name, address);
        }
        const std::int64_t expected = LoginThrottle::delayMs(6, LoginThrottle::PairFreeFailures,
                                                             LoginThrottle::PairLongestDelayMs);
        QVERIFY(expected > 0);
        QCOMPARE(onA.waitMs(name, address), expected);
        QCOMPARE(onB.waitMs(name, address), expected);
        QCOMPARE(onB.accountWaitMs(name), expected);
        clock.advanceMs(expected);
        QCOMPARE(onA.waitMs(name, address), 0);
        // An admin lifting the delay on one node lifts it on every node.
        onA.countAttempt(name, address);
        QVERIFY(onB.waitMs(name, address) > 0);
        onA.lift(name);
        QCOMPARE(onB.waitMs(name, address), 0);
        QCOMPARE(onB.accountWaitMs(name), 0);

        // The per-address allowance of password steps is one allowance too.
        const QHostAddress flood(QStringLiteral("198.51.100.77"));
        for (int i = 0; i < LoginThrottle::PasswordStepLimit; ++i) {
            (i % 2 ? onA : onB).countPasswordStep(flood);
        }
        QVERIFY(!onA.passwordStepAllowed(flood));
        QVERIFY(!onB.passwordStepAllowed(flood));
        QVERIFY(onA.passwordStepAllowed(address));
        QVERIFY(onA.trackedKeys() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedAttempts)
#include "tst_pg_shared_attempts.moc"
