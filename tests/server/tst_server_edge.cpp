#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using cb::test::ServerProcess;

namespace {
// Reads from a raw socket until the peer closes or `ms` pass.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    return received + socket.readAll();
}
} // namespace

// The edge against the real server binary: limits hold before anything is
// buffered, slow clients are cut off, and caps are per address.
class TestServerEdge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.extraConfig = "[server]\ntrusted_proxy = 127.0.0.1\n[limits]\nheader_timeout_seconds = 2\nbody_timeout_seconds = 2\nmax_connections_per_address = 8\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        m_port = quint16(m_server.baseUrl().port());
    }

    void hugeDeclaredBodyIsRefusedBeforeItIsRead()
    {
        const double before = cb::test::residentMiB(m_server.pid());
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(2000));
        socket.write("POST /api/v1/login/password HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 268435456\r\n\r\n");
        // Keep sending: the answer must come while the body is still on its way.
        const QByteArray chunk(1024 * 1024, 'a');
        QByteArray answer;
        for (int i = 0; i < 64 && !answer.contains("\r\n\r\n"); ++i) {
            socket.write(chunk);
            socket.waitForBytesWritten(200);
            socket.waitForReadyRead(10);
            answer += socket.readAll();
        }
        answer += readUntilClosed(socket, 6000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
        QVERIFY(answer.contains("payload_too_large"));
        const double after = cb::test::residentMiB(m_server.pid());
#if defined(__SANITIZE_ADDRESS__)
        const double ceiling = 1e9; // AddressSanitizer's shadow memory alone is over 100 MiB: only the growth counts
#else
        const double ceiling = 100;
#endif
        QVERIFY2(after < ceiling && after - before < 20, qPrintable(QStringLiteral("RSS %1 -> %2 MiB").arg(before).arg(after)));
    }

    void chunkedBodyOverTheLimitIsRefusedWhileStreaming()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(2000));
        socket.write("POST /api/v1/login/password HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(32 * 1024, 'b');
        for (int i = 0; i < 4; ++i) {
            socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        }
        socket.flush();
        const QByteArray answer = readUntilClosed(socket, 6000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
    }

    void oversizedHeadersAreRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(64 * 1024, 'c') + "\r\n\r\n");
        const QByteArray answer = readUntilClosed(socket, 6000);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(80).constData());
    }

    void halfSentRequestIsClosedAtTheHeaderDeadline()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(2000));
        QElapsedTimer timer;
        timer.start();
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // and never the blank line
        socket.flush();
        readUntilClosed(socket, 10000);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    // From an address that is not the trusted proxy (127.0.0.1 here): the
    // proxy's own connections are counted per client instead (tst_stranger_costs).
    void connectionsArePerAddressCapped()
    {
        const QHostAddress client(QStringLiteral("127.0.0.3"));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(held.back()->bind(client));
            held.back()->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            QVERIFY(held.back()->waitForConnected(2000));
        }
        QTest::qWait(200);
        QTcpSocket extra;
        QVERIFY(extra.bind(client));
        extra.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(extra.waitForConnected(2000));
        extra.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray refused = readUntilClosed(extra, 3000);
        QVERIFY2(refused.isEmpty(), refused.constData());
        held.clear(); // places come back, once the edge has seen the closes (later on a loaded machine)
        const QUrl health = m_server.baseUrl().resolved(QUrl(QStringLiteral("/healthz")));
        QVERIFY(QTest::qWaitFor([&] { return cb::test::httpGet(health).status == 200; }, 5000));
    }

    void bigFrameBeforeHelloClosesTheStream()
    {
        QWebSocket socket;
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        QSignalSpy opened(&socket, &QWebSocket::connected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events").arg(m_port)));
        QVERIFY(opened.wait(3000));
        socket.sendTextMessage(QString(1024 * 1024, QLatin1Char('d')));
        QVERIFY(closed.wait(5000));
        const QByteArray metrics = cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/metrics")))).body;
        QVERIFY2(metrics.contains("carebridge_stream_too_big_total 1"), metrics.constData());
    }

    void metricsCountWhatTheEdgeRefused()
    {
        const auto metrics = cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/metrics"))));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain"));
        QVERIFY2(metrics.body.contains("carebridge_http_refused_too_large_total 3"), metrics.body.constData());
        QVERIFY(metrics.body.contains("carebridge_http_timeouts_total 1"));
        QVERIFY(metrics.body.contains("carebridge_http_connections_refused_total 1"));
        QVERIFY(metrics.body.contains("carebridge_webhook_ack_seconds_bucket{le=\"+Inf\"}"));
        QVERIFY(metrics.body.contains("carebridge_whatsapp_send_backlog 0"));
    }

    void unknownPathsAndMethodsGetJsonErrors()
    {
        const auto missing = cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/nowhere"))));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(missing.header("Cache-Control"), QByteArray("no-store"));
        const auto wrongMethod = cb::test::httpRequest("DELETE", m_server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))), {});
        QCOMPARE(wrongMethod.status, 405);
    }

    // Behind the nginx site every connection comes from the proxy; X-Real-IP from
    // the trusted proxy (here 127.0.0.1) is the client, so per-address limits
    // still tell clients apart.
    void theTrustedProxyNamesTheClient()
    {
        const QUrl url = m_server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/login/password")));
        int attempt = 0;
        auto step = [&](const QByteArray &client) {
            // A new username each time: the per-username delays are not what this tests.
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("nobody%1").arg(++attempt)},
                                                              {QStringLiteral("password"), QStringLiteral("wrong wrong wrong")},
                                                              {QStringLiteral("device_id"), QStringLiteral("d")}})
                                        .toJson(QJsonDocument::Compact);
            return cb::test::httpPost(url, body, {{"Content-Type", "application/json"}, {"X-Real-IP", client}}).status;
        };
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(step("10.1.2.3"), 200);
        }
        QCOMPARE(step("10.1.2.3"), 429); // that client's allowance is used up
        QCOMPARE(step("10.1.2.4"), 200); // another client behind the same proxy is not
    }

private:
    ServerProcess m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestServerEdge)
#include "tst_server_edge.moc"
