#include "client/account/account_service.h"
#include "client/session/auto_lock.h"
#include "client/net/health_monitor.h"
#include "client/session/inactivity_monitor.h"
#include "client/session/session_manager.h"
#include "client/keychain/system_keychain.h"
#include "tests/support/server_process.h"
#include "ui/shell/main_window.h"
#include "ui/shell/server_status_indicator.h"
#include "ui/shell/translations.h"
#include "tests/ui/desktop_fixture.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

#include <memory>

using cb::client::HealthMonitor;
using cb::client::ServerEndpoint;

// The desktop's main window, offscreen, against a real server process.
using Desktop = cb::test::DesktopFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:

private slots:
    void showsAHealthyServerInTheStatusBar()
    {
        cb::test::ServerProcess server;
        QCOMPARE(server.init(), 0);
        QVERIFY(server.start());
        Desktop desktop(server.baseUrl().toString());
        HealthMonitor &health = desktop.health;
        cb::ui::MainWindow &window = desktop.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.statusIndicator()->text(), QStringLiteral("Checking the server…"));
        health.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.statusIndicator()->text(), QStringLiteral("Connected to the Carebridge server."),
                                  15000);
        QCOMPARE(window.windowTitle(), QStringLiteral("Carebridge"));

        server.stop();
        health.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(window.statusIndicator()->text(), QStringLiteral("Cannot reach the Carebridge server."),
                                  15000);
    }

    void explainsABadServerAddress()
    {
        Desktop desktop(QStringLiteral("http://clinic.example"));
        desktop.window.show();
        desktop.health.start();
        QTRY_VERIFY(desktop.window.statusIndicator()->text().contains(QLatin1String("must use https://")));
    }

    void speaksSpanish()
    {
        QVERIFY(cb::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
        Desktop desktop(QStringLiteral("http://clinic.example"));
        desktop.window.show();
        QCOMPARE(desktop.window.statusIndicator()->text(), QStringLiteral("Comprobando el servidor…"));
        QStringList texts;
        for (const QLabel *label : desktop.window.findChildren<QLabel *>()) {
            texts.append(label->text());
        }
        QVERIFY2(texts.contains(QStringLiteral("Iniciar sesión en Carebridge")), qPrintable(texts.join(QLatin1Char('|'))));
        desktop.health.start();
        QTRY_VERIFY(desktop.window.statusIndicator()->text().contains(QLatin1String("debe usar https://")));
        // Qt's standard buttons too: a Spanish dialog said "Close" (seen under Xvfb).
        QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), QStringLiteral("Cerrar"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancelar"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
