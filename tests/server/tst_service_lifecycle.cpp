// The server as systemd runs it (Type=notify): readiness, watchdog pings from
// the event loop, RELOADING/READY around SIGHUP, STOPPING before SIGTERM's drain,
// read from a real NOTIFY_SOCKET; and SIGHUP's renewed TLS certificate served to
// new connections while an open one carries on.
#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_certificate.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// systemd's side of sd_notify: a datagram socket the service writes to.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path) : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(), std::min<std::size_t>(name.size(), sizeof address.sun_path - 1));
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    }
    ~NotifySocket() { ::close(m_fd); }

    // The next message, or empty after `ms`.
    QByteArray next(int ms)
    {
        pollfd ready{m_fd, POLLIN, 0};
        if (::poll(&ready, 1, ms) != 1) {
            return {};
        }
        char buffer[4096];
        const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
        return got > 0 ? QByteArray(buffer, int(got)) : QByteArray();
    }
    // Reads until a message contains `what` (true) or `ms` pass.
    bool waitFor(const QByteArray &what, int ms, int *watchdogs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            const QByteArray message = next(int(ms - timer.elapsed()));
            if (watchdogs && message.contains("WATCHDOG=1")) {
                ++*watchdogs;
            }
            if (message.contains(what)) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_path;
    int m_fd = -1;
};

QByteArray peerCertificate(const QUrl &url)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(5000)) {
        return {};
    }
    return socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestServiceLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void talksToSystemdThroughItsLife()
    {
        QTemporaryDir dir;
        NotifySocket systemd(dir.filePath(QStringLiteral("notify")));
        cb::test::ServerProcess server;
        QCOMPARE(server.init(), 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), dir.filePath(QStringLiteral("notify")));
        environment.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
        server.setEnvironment(environment);
        QVERIFY(server.start());
        QVERIFY(systemd.waitFor("READY=1", 5000));
        int watchdogs = 0;
        systemd.waitFor("never", 1000, &watchdogs);
        QVERIFY2(watchdogs >= 3, "a ping every half watchdog period, from the event loop"); // 200 ms apart
        ::kill(pid_t(server.pid()), SIGHUP);
        QVERIFY(systemd.waitFor("RELOADING=1", 3000));
        QVERIFY(systemd.waitFor("READY=1", 3000));
        QCOMPARE(cb::test::httpGet(server.baseUrl().resolved(QUrl(QStringLiteral("/healthz")))).status, 200);
        ::kill(pid_t(server.pid()), SIGTERM);
        QVERIFY(systemd.waitFor("STOPPING=1", 3000));
        QCOMPARE(server.waitForExit(10000), 0);
    }

    void reloadServesARenewedCertificateWithoutDroppingConnections()
    {
        cb::test::ServerProcess server;
        cb::test::ServerProcess::Options options;
        options.tls = true;
        server.writeConfig(options);
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        const QByteArray first = peerCertificate(server.baseUrl());
        QVERIFY(!first.isEmpty());

        QSslSocket open; // a desktop's connection, open across the renewal
        open.setPeerVerifyMode(QSslSocket::VerifyNone);
        open.connectToHostEncrypted(server.baseUrl().host(), quint16(server.baseUrl().port()));
        QVERIFY(open.waitForEncrypted(5000));

        QTemporaryDir renewal;
        const auto renewed = cb::test::TestCertificate::create(renewal.path());
        QVERIFY(renewed.isValid());
        const QString certificate = server.folder() + QStringLiteral("/tls.crt");
        const QString key = server.folder() + QStringLiteral("/tls.key");
        QVERIFY(QFile::remove(certificate) && QFile::copy(renewed.certificatePath, certificate));
        QVERIFY(QFile::remove(key) && QFile::copy(renewed.privateKeyPath, key));
        ::kill(pid_t(server.pid()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(peerCertificate(server.baseUrl()) != first, 5000);
        const QByteArray second = peerCertificate(server.baseUrl());

        open.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(open.bytesAvailable() > 0 || open.waitForReadyRead(100), 5000);
        QVERIFY(open.readAll().startsWith("HTTP/1.1 200"));

        // A renewal that does not load leaves the last good certificate serving.
        cb::test::writeFile(certificate, "not a certificate");
        ::kill(pid_t(server.pid()), SIGHUP);
        QTest::qWait(500);
        QCOMPARE(peerCertificate(server.baseUrl()), second);
        QVERIFY(cb::test::readFile(server.dataDir() + QStringLiteral("/logs/carebridge-server.log")).contains("previous certificate keeps serving"));
    }
};

QTEST_GUILESS_MAIN(TestServiceLifecycle)
#include "tst_service_lifecycle.moc"
