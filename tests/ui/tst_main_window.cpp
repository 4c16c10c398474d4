#include "client/health_monitor.h"
#include "tests/support/server_process.h"
#include "ui/main_window.h"
#include "ui/server_status_indicator.h"
#include "ui/translations.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QtTest>

using cb::client::HealthMonitor;
using cb::client::ServerEndpoint;

// The desktop's main window, offscreen, against a real server process.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    static bool anyLabelSays(const QWidget &window, const QString &text)
    {
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (label->text().contains(text)) {
                return true;
            }
        }
        return false;
    }

private slots:
    void showsAHealthyServerInTheStatusBar()
    {
        cb::test::ServerProcess server;
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        HealthMonitor health(ServerEndpoint::fromValues(server.baseUrl().toString(), {}), &m_network);
        cb::ui::MainWindow window(health);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.statusIndicator()->text(), QStringLiteral("Checking the server…"));
        health.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.statusIndicator()->text(), QStringLiteral("Connected to the Carebridge server."),
                                  15000);
        QVERIFY(anyLabelSays(window, server.baseUrl().toString()));
        QCOMPARE(window.windowTitle(), QStringLiteral("Carebridge"));

        server.stop();
        health.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(window.statusIndicator()->text(), QStringLiteral("Cannot reach the Carebridge server."),
                                  15000);
    }

    void explainsABadServerAddress()
    {
        HealthMonitor health(ServerEndpoint::fromValues(QStringLiteral("http://clinic.example"), {}), &m_network);
        cb::ui::MainWindow window(health);
        window.show();
        health.start();
        QTRY_VERIFY(window.statusIndicator()->text().contains(QLatin1String("https://")));
        QVERIFY(anyLabelSays(window, QStringLiteral("must use https://")));
    }

    void speaksSpanish()
    {
        QVERIFY(cb::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
        HealthMonitor health(ServerEndpoint::fromValues(QStringLiteral("http://clinic.example"), {}), &m_network);
        cb::ui::MainWindow window(health);
        window.show();
        QCOMPARE(window.statusIndicator()->text(), QStringLiteral("Comprobando el servidor…"));
        health.start();
        QTRY_VERIFY(window.statusIndicator()->text().contains(QLatin1String("debe usar https://")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
