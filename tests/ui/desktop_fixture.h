#pragma once

#include "client/account_service.h"
#include "client/auto_lock.h"
#include "client/health_monitor.h"
#include "client/inactivity_monitor.h"
#include "client/session_manager.h"
#include "client/inbox_service.h"
#include "client/staff_admin_service.h"
#include "client/system_keychain.h"
#include "ui/main_window.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

namespace cb::test {

// The desktop wired as app/carebridge/main.cpp wires it, for one server
// address, with a clock the test moves by hand.
struct DesktopFixture
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    platform::ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    client::HealthMonitor health;
    client::ServerConnection server;
    QSettings settings{dir.filePath(QStringLiteral("desktop.ini")), QSettings::IniFormat};
    client::SystemKeychain keychain{QStringLiteral("Carebridge UI tests")};
    client::DeviceIdentity device{settings, keychain};
    client::SessionManager session{{server, device, clock, dir.filePath(QStringLiteral("caches"))}};
    client::InactivityMonitor inactivity{clock};
    client::AutoLock autoLock{session, inactivity, nullptr};
    client::AccountService account{server};
    client::StaffAdminService staffAdmin{server};
    client::InboxService inbox{server, session};
    ui::MainWindow window{{health, session, autoLock, account, staffAdmin, inbox}};

    explicit DesktopFixture(const QString &url)
        : health(client::ServerEndpoint::fromValues(url, {}), &network),
          server(client::ServerEndpoint::fromValues(url, {}), &network)
    {
    }
};

} // namespace cb::test
