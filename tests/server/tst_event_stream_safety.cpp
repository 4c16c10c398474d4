#include "server/inbox/event_hub.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/http_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using cb::server::EventHub;
using cb::test::ApiClient;
using cb::test::EventStreamClient;
using cb::test::SandboxProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

// A desktop that says hello and then never reads: the WebSocket handshake and
// one masked text frame by hand, then the socket is left alone, so the
// server's writes back up into the kernel's buffers.
class StalledStream
{
public:
    bool open(const QUrl &base, const QByteArray &hello)
    {
        m_socket.setReadBufferSize(1024);
        m_socket.connectToHost(base.host(), quint16(base.port()));
        if (!m_socket.waitForConnected(5000)) {
            return false;
        }
        m_socket.write("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 5000) {
            if (m_socket.bytesAvailable() == 0) { // (waiting with bytes in hand would cost 100 ms a byte)
                m_socket.waitForReadyRead(100);
            }
            answer += m_socket.read(1);
        }
        if (!answer.startsWith("HTTP/1.1 101")) {
            return false;
        }
        QByteArray frame;
        frame.append(char(0x81)); // FIN, text
        if (hello.size() < 126) { // the shortest length encoding, as the protocol requires
            frame.append(char(0x80 | hello.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(hello.size() >> 8)).append(char(hello.size() & 0xff));
        }
        const QByteArray mask = "\x11\x22\x33\x44";
        frame.append(mask);
        for (qsizetype i = 0; i < hello.size(); ++i) {
            frame.append(char(hello[i] ^ mask[i % 4]));
        }
        m_socket.write(frame);
        return m_socket.waitForBytesWritten(2000);
    }

private:
    QTcpSocket m_socket;
};

QByteArray helloFor(const QString &token, qint64 after)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                     {QStringLiteral("token"), token},
                                     {QStringLiteral("device"), QLatin1String(ApiClient::DeviceId)},
                                     {QStringLiteral("after"), after}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

// Security review, findings 1 and 2, against the real server: a session that
// times out under open streams (a use-after-free crashed the server), and
// replays from the start to desktops that never read (4 such streams stalled
// the server 4.2 s and added 116 MiB).
class TestEventStreamSafety : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;

    QString signIn(const QString &username)
    {
        return m_api.enrol(username, Password, m_server.enrolmentCode(username)).value(QStringLiteral("token")).toString();
    }

    // The longest a /healthz answer took while `seconds` passed.
    qint64 slowestHealthCheck(int seconds)
    {
        qint64 slowest = 0;
        QElapsedTimer overall;
        overall.start();
        while (overall.elapsed() < seconds * 1000) {
            QElapsedTimer one;
            one.start();
            const auto health = cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
            slowest = std::max(slowest, health.status == 200 ? one.elapsed() : 999'999);
            QTest::qWait(100);
        }
        return slowest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        // The shortest sessions the server allows, checked every second.
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) +
                              "[sessions]\nlock_after_idle_seconds = 30\nend_after_idle_seconds = 30\n"
                              "absolute_seconds = 3600\nrecheck_seconds = 1\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        for (const char *user : {"nina", "noel", "nora"}) {
            QCOMPARE(m_server.addUser(QLatin1String(user), QStringLiteral("nurse"), Password), 0);
        }
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
    }

    void deepAndOldReplaysAreRefused()
    {
        const std::int64_t now = 1'800'000'000'000;
        QVERIFY(EventHub::replayAllowed(100, 500, now - 60'000, now));
        QVERIFY(!EventHub::replayAllowed(0, EventHub::MaxReplayEvents + 1, now, now)); // too deep
        QVERIFY(!EventHub::replayAllowed(100, 500, now - EventHub::MaxReplayAgeMs - 1, now)); // too old
        QVERIFY(!EventHub::replayAllowed(600, 500, now, now)); // ahead of the store
        QVERIFY(!EventHub::replayAllowed(-1, 500, now, now));
    }

    void slowReadersCannotStallTheServerOrItsMemory()
    {
        // Some thousands of stored events, as a busy clinic has after a while.
        const auto started = m_sandbox.control(QStringLiteral("/sandbox/burst"),
                                               {{QStringLiteral("messages"), 3000}, {QStringLiteral("patients"), 300},
                                                {QStringLiteral("max_batch"), 10}, {QStringLiteral("concurrency"), 4},
                                                {QStringLiteral("prefix"), QStringLiteral("load")}});
        QCOMPARE(started.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sandbox.controlGet(QStringLiteral("/sandbox/burst/progress")).json().value(QStringLiteral("done")).toBool(), 120000);
        const QString token = signIn(QStringLiteral("nina"));
        QVERIFY(!token.isEmpty());
        const double residentBefore = cb::test::residentMiB(m_server.pid());

        std::array<StalledStream, EventHub::MaxStreamsPerSession> stalled;
        for (auto &stream : stalled) {
            QVERIFY(stream.open(m_server.baseUrl(), helloFor(token, 0)));
        }
        const qint64 slowest = slowestHealthCheck(4);
        const QByteArray metrics = cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/metrics")))).body;
        QVERIFY2(metrics.contains("\ncarebridge_stream_clients 4\n"), "the four stalled streams are open, not refused");
        const double grown = cb::test::residentMiB(m_server.pid()) - residentBefore;
        qInfo("slowest /healthz %lld ms while 4 streams stall; resident memory grew %.1f MiB", slowest, grown);
#if defined(__SANITIZE_ADDRESS__)
        // ASan keeps freed memory in quarantine and slows every step several times,
        // so neither figure is meaningful here (one check took 3,065 ms on the
        // 2-core CI machine). What is: every /healthz answered while the four
        // streams stalled. A server stalled by them never answers (10 s timeout).
        QVERIFY2(slowest != 999'999, "a health check went unanswered while the streams stalled");
#else
        QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
        QVERIFY2(grown < 48, qPrintable(QString::number(grown)));
#endif

        // A fifth stream on the same session is refused.
        EventStreamClient fifth;
        QVERIFY(!fifth.open(m_server.baseUrl(), token, QLatin1String(ApiClient::DeviceId)));
        QCOMPARE(fifth.socket().closeReason(), QStringLiteral("too_many_streams"));
    }

    void aSessionTimingOutUnderTwoStreamsEndsBothAndTheServerLives()
    {
        const QString token = signIn(QStringLiteral("noel"));
        const QString other = signIn(QStringLiteral("nora"));
        EventStreamClient first;
        EventStreamClient second;
        EventStreamClient others; // another session, which keeps working
        QVERIFY(first.open(m_server.baseUrl(), token, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(second.open(m_server.baseUrl(), token, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(others.open(m_server.baseUrl(), other, QLatin1String(ApiClient::DeviceId)));
        auto ended = [](const QJsonObject &m) { return m.value(QStringLiteral("type")) == QLatin1String("session.ended"); };
        // Noel does nothing for 30 s; Nora keeps working.
        QElapsedTimer timer;
        timer.start();
        while (first.isOpen() && timer.elapsed() < 45000) {
            QCOMPARE(m_api.post(QStringLiteral("/api/v1/me/activity"), {}, other).status, 204);
            QTest::qWait(2000);
        }
        QCOMPARE(first.waitFor(ended, 5000).value(QStringLiteral("reason")).toString(), QStringLiteral("idle_timeout"));
        QCOMPARE(second.waitFor(ended, 5000).value(QStringLiteral("reason")).toString(), QStringLiteral("idle_timeout"));
        QTRY_VERIFY(!first.isOpen() && !second.isOpen());
        QCOMPARE(m_server.waitForExit(0), -1); // still running
        QCOMPARE(cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/healthz")))).status, 200);
        QVERIFY(others.isOpen());
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestEventStreamSafety)
#include "tst_event_stream_safety.moc"
