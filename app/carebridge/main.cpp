#include "client/account/account_service.h"
#include "client/session/auto_lock.h"
#include "client/session/device_identity.h"
#include "client/net/health_monitor.h"
#include "client/session/inactivity_monitor.h"
#include "client/net/server_connection.h"
#include "client/net/server_endpoint.h"
#include "client/session/session_manager.h"
#include "client/inbox/inbox_service.h"
#include "client/account/staff_admin_service.h"
#include "client/keychain/system_keychain.h"
#include "client/session/system_lock_signals.h"
#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/store/database.h"
#include "ui/shell/main_window.h"
#include "ui/shell/theme.h"
#include "ui/shell/translations.h"
#include "ui/inbox/image_decoding.h"

#include <QApplication>
#include "core/platform/quit_on_signal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    const bool hardened = cb::platform::disableCoreDumps();
    cb::platform::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Carebridge"));
    QApplication::setApplicationName(QStringLiteral("Carebridge"));
    QApplication::setApplicationVersion(QStringLiteral(CB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.carebridge.Carebridge")); // the .desktop file's id
    cb::ui::installTranslations(app);
    cb::ui::theme::applyAppearance(cb::ui::theme::savedAppearance());
    cb::ui::ImageDecoding::applyProcessLimit();

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    cb::log::setupLogging({dataDir + QStringLiteral("/logs"), QStringLiteral("carebridge.log")});
    auto logger = cb::log::logger("app");
    if (!hardened) {
        logger->warn("could not disable core dumps");
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Carebridge secure messaging"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Server address for this run (not saved)."),
                                          QStringLiteral("url"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      QApplication::translate("main", "Extra CA certificate (PEM) to trust."),
                                      QStringLiteral("file"));
    parser.addOptions({serverOption, caOption});
    parser.process(app);

    try {
        cb::store::requireSqlCipher4();
    } catch (const cb::store::StoreError &error) {
        logger->critical("{}", error.what());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Carebridge cannot start"), error.userMessage());
        return 1;
    }

    QSettings settings;
    const cb::client::ServerEndpoint endpoint =
        parser.isSet(serverOption)
            ? cb::client::ServerEndpoint::fromValues(parser.value(serverOption), parser.value(caOption))
            : cb::client::ServerEndpoint::fromSettings(settings);

    const cb::platform::SystemClock clock;
    QNetworkAccessManager network;
    cb::client::HealthMonitor health(endpoint, &network);
    cb::client::ServerConnection server(endpoint, &network);
    cb::client::SystemKeychain keychain(QStringLiteral("Carebridge"));
    cb::client::DeviceIdentity device(settings, keychain);
    cb::client::SessionManager session({server, device, clock, dataDir + QStringLiteral("/caches")});
    cb::client::InactivityMonitor inactivity(clock);
    cb::client::SystemLockSignals systemLock;
    cb::client::AutoLock autoLock(session, inactivity, &systemLock);
    cb::client::AccountService account(server);
    cb::client::StaffAdminService staffAdmin(server);

    cb::client::InboxService inbox(server, session);
    cb::ui::MainWindow window({health, session, autoLock, account, staffAdmin, inbox, server});
    window.show();
    health.start();
    // A desktop session ending (SIGTERM) quits like the window's Quit: signed out, logs flushed.
    cb::platform::quitOnTerminationSignals();
    logger->info("desktop started");
    const int code = QApplication::exec();
    // Quitting ends the session on the server too; wait (briefly) for it to land.
    QEventLoop logout;
    session.signOutThen([&logout] { logout.quit(); });
    QTimer::singleShot(2000, &logout, &QEventLoop::quit);
    logout.exec();
    cb::log::flushLogs();
    return code;
}
