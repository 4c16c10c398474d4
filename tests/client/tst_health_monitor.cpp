#include "client/net/health_monitor.h"
#include "tests/support/server_process.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

using cb::client::HealthMonitor;
using cb::client::ServerEndpoint;
using State = cb::client::HealthMonitor::State;

// Against a real carebridge-server on 127.0.0.1.
class TestHealthMonitor : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    // TLS connections a QNetworkAccessManager keeps for reuse are torn down by
    // deferred deletes: run them now, while the event loop still turns, so no
    // OpenSSL state is left for exit (an LSan report once came from there).
    static void closePooledConnections(QNetworkAccessManager &network)
    {
        network.clearConnectionCache();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(50);
    }

    State settle(HealthMonitor &monitor)
    {
        monitor.checkNow();
        if (!QTest::qWaitFor([&monitor] { return monitor.state() != State::Unknown; }, 15000)) {
            qWarning("health check did not finish");
        }
        return monitor.state();
    }

private slots:
    void healthyServerOverHttp()
    {
        cb::test::ServerProcess server;
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        HealthMonitor monitor(ServerEndpoint::fromValues(server.baseUrl().toString(), {}), &m_network);
        QSignalSpy changes(&monitor, &HealthMonitor::stateChanged);
        QCOMPARE(settle(monitor), State::Healthy);
        QCOMPARE(changes.size(), 1);

        server.stop(); // the same monitor notices the server going away
        monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Unreachable, 15000);
        QVERIFY(!monitor.detail().isEmpty());
    }

    void healthyServerOverHttpsWithItsCertificate()
    {
        cb::test::ServerProcess server;
        server.writeConfig({.tls = true, .extraConfig = {}, .port = 0});
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        HealthMonitor trusted(ServerEndpoint::fromValues(server.baseUrl().toString(), server.certificatePath()),
                              &m_network);
        QCOMPARE(settle(trusted), State::Healthy);

        // Without the clinic's certificate the connection is refused, not downgraded.
        QNetworkAccessManager freshNetwork; // no pooled connection from the trusted check
        HealthMonitor untrusted(ServerEndpoint::fromValues(server.baseUrl().toString(), {}), &freshNetwork);
        QCOMPARE(settle(untrusted), State::Unreachable);
        closePooledConnections(freshNetwork);
        closePooledConnections(m_network);
    }

    void nothingListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // a port that was free a moment ago
        HealthMonitor monitor(ServerEndpoint::fromValues(QStringLiteral("http://127.0.0.1:%1").arg(port), {}),
                              &m_network);
        QCOMPARE(settle(monitor), State::Unreachable);
    }

    void badConfigurationIsReportedWithoutNetwork()
    {
        HealthMonitor monitor(ServerEndpoint::fromValues(QStringLiteral("http://clinic.example"), {}), &m_network);
        QCOMPARE(settle(monitor), State::Misconfigured);
        QVERIFY(monitor.detail().contains(QLatin1String("https")));
    }

    void cleanupTestCase() { closePooledConnections(m_network); }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_health_monitor.moc"
