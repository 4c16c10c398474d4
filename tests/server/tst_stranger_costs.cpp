#include "server/http/strict_json.h"
#include "tests/support/api_client.h"
#include "tests/support/http_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using cb::test::ApiClient;
using cb::test::ServerProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

// A raw connection from `from` (any 127/8 address), so a test can stop
// mid-request and say exactly which bytes went out.
std::unique_ptr<QTcpSocket> connectFrom(const QString &from, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(QHostAddress(from))) {
        return nullptr;
    }
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket->waitForConnected(2000) ? std::move(socket) : nullptr;
}

// Waits until the server has answered a whole status line (or `ms` pass).
QByteArray readAnswer(QTcpSocket &socket, int ms)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!received.contains("\r\n\r\n") && timer.elapsed() < ms && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    return received + socket.readAll();
}

QByteArray upgradeRequest(const QByteArray &realIp)
{
    return "GET /api/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nX-Real-IP: " +
           realIp + "\r\n\r\n";
}
} // namespace

// What a stranger can make the server spend (security review 3): bodies are
// sized by the caller's credentials before a byte is read, never parsed before
// authentication, parsed in one bounded pass, and held under one memory budget;
// behind the proxy each client has its own cap and Meta's webhook keeps room of
// its own. Against the real server and sandbox.
class TestStrangerCosts : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    ServerProcess m_server;
    ApiClient m_api;
    quint16 m_port = 0;
    QString m_nurse;

    QByteArray header(const QByteArray &method, const QByteArray &path, qint64 contentLength, const QByteArray &extra = {}) const
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(contentLength) + "\r\n" + extra + "\r\n";
    }
    QByteArray nurseHeaders() const
    {
        return "Authorization: Bearer " + m_nurse.toLatin1() + "\r\nX-Carebridge-Device: " + ApiClient::DeviceId + "\r\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        ServerProcess::Options options;
        // A small world so that its edges can be reached: 40 connections, 8 of
        // them kept for the webhook, 8 per client, 2 MiB for bodies in flight.
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) +
                              "[server]\ntrusted_proxy = 127.0.0.1\n"
                              "[limits]\nmax_connections = 40\nwebhook_connections = 8\nmax_connections_per_address = 8\n"
                              "body_memory_mib = 2\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_port = quint16(m_server.baseUrl().port());
        // The nurse signs in through the proxy's address like everyone here.
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty());
    }

    // The 14 MiB attachment route, asked by nobody: refused from the header,
    // at once, without waiting for (or holding) a byte of the body.
    void aStrangersLargeBodyIsRefusedAtTheHeader()
    {
        for (const QByteArray &credentials : {QByteArray(), QByteArray("Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n")}) {
            auto socket = connectFrom(QStringLiteral("127.0.0.4"), m_port);
            QVERIFY(socket);
            socket->write(header("POST", "/api/v1/conversations/1/attachments", 14 * 1024 * 1024, credentials));
            const QByteArray answer = readAnswer(*socket, 3000);
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(120).constData());
        }
        // Sign-in takes a few short fields, so a stranger's 64 KiB is refused too.
        auto socket = connectFrom(QStringLiteral("127.0.0.4"), m_port);
        QVERIFY(socket);
        socket->write(header("POST", "/api/v1/login/password", 64 * 1024));
        QVERIFY(readAnswer(*socket, 3000).startsWith("HTTP/1.1 413"));
    }

    // The same route with the nurse's live token gets its full room.
    void aLiveTokenKeepsTheFullLimit()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("big-1")},
                                                          {QStringLiteral("file_name"), QStringLiteral("scan.pdf")},
                                                          {QStringLiteral("data"), QString(600 * 1024, QLatin1Char('A'))}})
                                    .toJson(QJsonDocument::Compact);
        auto socket = connectFrom(QStringLiteral("127.0.0.4"), m_port);
        QVERIFY(socket);
        socket->write(header("POST", "/api/v1/conversations/999999/attachments", body.size(), nurseHeaders()) + body);
        const QByteArray answer = readAnswer(*socket, 10000);
        QVERIFY2(!answer.startsWith("HTTP/1.1 413") && !answer.startsWith("HTTP/1.1 401") && answer.startsWith("HTTP/1.1 4"),
                 answer.left(200).constData());
    }

    // Who is calling is settled before the body is looked at: malformed JSON
    // from nobody is a 401, never a parse (nor a 400 that proves one happened).
    void aStrangersBodyIsNeverParsed()
    {
        const QByteArray garbage = "{\"text\":[" + QByteArray(900, '[');
        const auto reply = cb::test::httpRequest("POST", m_api.base.resolved(QUrl(QStringLiteral("/api/v1/conversations/1/messages"))),
                                                 garbage, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(cb::test::errorCode(reply), QStringLiteral("unauthenticated"));
    }

    // One linear pass with a cap on values: the shape that made the old parser
    // run millions of small parses is refused by counting, not by time.
    void manySmallValuesAreRefusedByCount()
    {
        QByteArray many = "{\"data\":[";
        for (int i = 0; i < 150'000; ++i) {
            many += i == 0 ? "\"\"" : ",\"\"";
        }
        many += "]}";
        QString problem;
        QVERIFY(!cb::server::http::parseStrictObject(many, &problem));
        QVERIFY2(problem.contains(QStringLiteral("more than 100000 values")), qPrintable(problem));

        QByteArray wide = "{";
        for (int i = 0; i < 2000; ++i) {
            wide += (i == 0 ? "\"k" : ",\"k") + QByteArray::number(i) + "\":1";
        }
        wide += "}";
        QVERIFY(!cb::server::http::parseStrictObject(wide, &problem));
        QVERIFY2(problem.contains(QStringLiteral("more than 1024 keys")), qPrintable(problem));

        // What the API takes still parses, exactly.
        const auto fine = cb::server::http::parseStrictObject(R"({"a":[1,2.5,"x\u00e9",true,null,{"b":-9007199254740992}]})", &problem);
        QVERIFY2(fine, qPrintable(problem));
        QCOMPARE(fine->value(QStringLiteral("a")).toArray().at(2).toString(), QStringLiteral("x\u00e9"));
        QCOMPARE(fine->value(QStringLiteral("a")).toArray().at(5).toObject().value(QStringLiteral("b")).toInteger(), -9007199254740992LL);
        for (const QByteArray &bad : {QByteArray("{\"a\":\"\\udc00\"}"), QByteArray("{\"a\":1} x"), QByteArray("{\"a\":1}\0{", 9),
                                      QByteArray("{\"a\":NaN}"), QByteArray("{\"a\":1,}"), QByteArray("\"a\"")}) {
            QVERIFY2(!cb::server::http::parseStrictObject(bad, &problem), bad.constData());
        }
    }

    // Bodies in flight share one budget (2 MiB here): a second upload that
    // would pass it is told to come back (503) before it sends anything.
    void bodiesInFlightShareOneBudget()
    {
        auto first = connectFrom(QStringLiteral("127.0.0.5"), m_port);
        QVERIFY(first);
        first->write(header("POST", "/api/v1/conversations/999999/attachments", 1536 * 1024, nurseHeaders()) + "{\"client_id\":");
        first->flush();
        QTest::qWait(300); // the first body is on its way (and holds its share)
        auto second = connectFrom(QStringLiteral("127.0.0.5"), m_port);
        QVERIFY(second);
        second->write(header("POST", "/api/v1/conversations/999999/attachments", 1024 * 1024, nurseHeaders()));
        const QByteArray refused = readAnswer(*second, 3000);
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.left(120).constData());
        QVERIFY(refused.contains("Retry-After"));
        first.reset(); // the first client gives up: its share comes back
        QTRY_VERIFY_WITH_TIMEOUT(cb::test::httpGet(m_api.base.resolved(QUrl(QStringLiteral("/metrics")))).body.contains(
                                     "carebridge_http_refused_body_memory_total 1"),
                                 3000);
        const QByteArray body = "{\"client_id\":\"b\",\"file_name\":\"a.pdf\",\"data\":\"" + QByteArray(1000 * 1024, 'A') + "\"}";
        QTRY_VERIFY_WITH_TIMEOUT(cb::test::httpRequest("POST", m_api.base.resolved(QUrl(QStringLiteral("/api/v1/conversations/999999/attachments"))),
                                                       body, {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_nurse.toLatin1()},
                                                              {"X-Carebridge-Device", ApiClient::DeviceId}})
                                         .status != 503,
                                 5000);
    }

    // A delivery without Meta's signature header gets no room for a body.
    void anUnsignedWebhookGetsNoRoom()
    {
        auto socket = connectFrom(QStringLiteral("127.0.0.4"), m_port);
        QVERIFY(socket);
        socket->write(header("POST", "/webhooks/whatsapp", 1024 * 1024));
        QVERIFY(readAnswer(*socket, 3000).startsWith("HTTP/1.1 413"));
    }

    // Behind nginx everyone arrives from the proxy (127.0.0.1 here): each
    // client (X-Real-IP) has its own cap of 8, so one client's WebSocket
    // upgrades shut out nobody else, and the webhook keeps 8 places whatever
    // the streams hold. Streams that never say hello are dropped within seconds.
    void behindTheProxyEachClientHasItsOwnCap()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        auto upgrade = [&](const QByteArray &client) {
            auto socket = connectFrom(QStringLiteral("127.0.0.1"), m_port);
            if (!socket) {
                return QByteArray();
            }
            socket->write(upgradeRequest(client));
            const QByteArray answer = readAnswer(*socket, 2000);
            held.push_back(std::move(socket));
            return answer;
        };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 8; ++i) {
            QVERIFY(upgrade("203.0.113.7").startsWith("HTTP/1.1 101"));
        }
        QVERIFY(upgrade("203.0.113.7").startsWith("HTTP/1.1 503")); // that client is at its cap
        // Three more clients take every place for work (40 - 8 for the webhook = 32).
        for (const QByteArray client : {"203.0.113.8", "203.0.113.9", "203.0.113.10"}) {
            for (int i = 0; i < 8; ++i) {
                QVERIFY(upgrade(client).startsWith("HTTP/1.1 101"));
            }
        }
        QVERIFY(upgrade("203.0.113.11").startsWith("HTTP/1.1 503")); // no place for more work
        // Meta's webhook still answers (the verify handshake, refused for its wrong token).
        auto webhook = connectFrom(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(webhook);
        webhook->write("GET /webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1 HTTP/1.1\r\nHost: x\r\n"
                       "X-Real-IP: 173.252.127.1\r\n\r\n");
        const QByteArray answer = readAnswer(*webhook, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.left(120).constData());
        QVERIFY2(timer.elapsed() < 2900, "the streams were held long enough to test");
        // Streams that say nothing are dropped 3 s after opening: the places come back.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(held.begin(), held.end(),
                                             [](const auto &socket) {
                                                 socket->waitForReadyRead(1);
                                                 return socket->state() != QAbstractSocket::ConnectedState;
                                             }),
                                 8000);
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(upgrade("203.0.113.7").left(12), QByteArray("HTTP/1.1 101"), 3000);
    }
};

QTEST_GUILESS_MAIN(TestStrangerCosts)
#include "tst_stranger_costs.moc"
