#include "client/net/server_endpoint.h"

#include <QNetworkRequest>
#include <QSettings>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using cb::client::ServerEndpoint;

class TestServerEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void acceptsHttpsAndLoopbackHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https host") << "https://carebridge.clinic.example:8443";
        QTest::newRow("https ip") << "https://10.1.2.3";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080";
        QTest::newRow("localhost http") << "http://localhost:8080";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080";
    }
    void acceptsHttpsAndLoopbackHttp()
    {
        QFETCH(QString, url);
        const ServerEndpoint endpoint = ServerEndpoint::fromValues(url, {});
        QVERIFY2(endpoint.isValid(), qPrintable(endpoint.error()));
    }

    void refusesUnsafeOrBrokenAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << "";
        QTest::newRow("plain http on the network") << "http://carebridge.clinic.example";
        QTest::newRow("plain http on a lan ip") << "http://192.168.1.20:8080";
        QTest::newRow("other scheme") << "ftp://carebridge.clinic.example";
        QTest::newRow("no host") << "https://";
        QTest::newRow("garbage") << "not a url at all";
    }
    void refusesUnsafeOrBrokenAddresses()
    {
        QFETCH(QString, url);
        const ServerEndpoint endpoint = ServerEndpoint::fromValues(url, {});
        QVERIFY(!endpoint.isValid());
        QVERIFY(!endpoint.error().isEmpty());
    }

    void unreadableCaFileIsAnError()
    {
        const ServerEndpoint endpoint = ServerEndpoint::fromValues(QStringLiteral("https://127.0.0.1"),
                                                                   QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(!endpoint.isValid());
    }

    void resolvesPathsUnderTheBase()
    {
        const auto endpoint = ServerEndpoint::fromValues(QStringLiteral("https://host.example/carebridge/"), {});
        QCOMPARE(endpoint.resolve(QStringLiteral("/healthz")).toString(),
                 QStringLiteral("https://host.example/carebridge/healthz"));
    }

    void roundTripsThroughSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerEndpoint::save(settings, QStringLiteral("https://host.example:8443"), {});
        const auto endpoint = ServerEndpoint::fromSettings(settings);
        QVERIFY(endpoint.isValid());
        QCOMPARE(endpoint.baseUrl(), QUrl(QStringLiteral("https://host.example:8443")));
    }
};

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_server_endpoint.moc"
