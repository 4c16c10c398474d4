#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/store/server_store.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using cb::test::SandboxProcess;
using cb::test::ServerProcess;

// Ten thousand patient messages, batched, partly duplicated and out of order,
// delivered by a sandbox that retries like Meta, while the server is killed with
// SIGKILL again and again. Every message must end up stored exactly once: an
// acknowledgement means committed, and a retry of a committed one is harmless.
class TestKillDuringBurst : public QObject
{
    Q_OBJECT

    static constexpr int Messages = 10000;
    SandboxProcess m_sandbox;
    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        ServerProcess::Options options;
        options.port = cb::test::freeLocalPort(); // the same address across restarts, as Meta knows only one
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
    }

    void everyMessageIsStoredExactlyOnce()
    {
        const auto started = m_sandbox.control(QStringLiteral("/sandbox/burst"),
                                               {{QStringLiteral("messages"), Messages}, {QStringLiteral("patients"), 60},
                                                {QStringLiteral("max_batch"), 5}, {QStringLiteral("duplicate_percent"), 15},
                                                {QStringLiteral("concurrency"), 8}, {QStringLiteral("seed"), 7},
                                                {QStringLiteral("prefix"), QStringLiteral("kill")}, {QStringLiteral("deadline_seconds"), 240}});
        QCOMPARE(started.status, 202);
        const int deliveries = started.json().value(QStringLiteral("deliveries")).toInt();
        QVERIFY(deliveries > Messages / 5);

        int kills = 0;
        auto progress = [&] { return m_sandbox.controlGet(QStringLiteral("/sandbox/burst/progress")).json(); };
        QElapsedTimer timer;
        timer.start();
        while (!progress().value(QStringLiteral("done")).toBool() && timer.elapsed() < 240000) {
            if (kills < 6 && progress().value(QStringLiteral("delivered")).toInt() > (kills + 1) * deliveries / 8) {
                qInfo("kill %d at %s", kills + 1, QJsonDocument(progress()).toJson(QJsonDocument::Compact).constData());
                m_server.kill(); // SIGKILL: nothing gets to finish
                ++kills;
                QTest::qWait(int(QRandomGenerator::global()->bounded(50, 400)));
                QByteArray output;
                QVERIFY2(m_server.start(&output), output.constData());
            }
            QTest::qWait(50);
        }
        const QJsonObject last = progress();
        QVERIFY2(last.value(QStringLiteral("done")).toBool(), QJsonDocument(last).toJson().constData());
        QCOMPARE(kills, 6);
        QVERIFY(last.value(QStringLiteral("retries")).toInt() > 0); // the kills did cut deliveries off
        m_server.stop();

        // Count in the real encrypted store.
        auto store = cb::server::ServerStore::open(QDir(m_server.dataDir()).filePath(QStringLiteral("server.db")),
                                                   cb::server::MasterKey::load(QDir(m_server.dataDir()).filePath(QStringLiteral("master.key"))));
        auto count = store.database().prepare("SELECT count(*), count(DISTINCT wamid) FROM messages WHERE wamid LIKE 'wamid.kill.%'");
        QVERIFY(count.step());
        QCOMPARE(count.columnInt64(0), qint64(Messages));
        QCOMPARE(count.columnInt64(1), qint64(Messages));
        auto events = store.database().prepare("SELECT count(*) FROM events WHERE kind = 'message.added'");
        QVERIFY(events.step());
        QCOMPARE(events.columnInt64(0), qint64(Messages)); // one event per message, none for a duplicate
    }
};

QTEST_GUILESS_MAIN(TestKillDuringBurst)
#include "tst_kill_during_burst.moc"
