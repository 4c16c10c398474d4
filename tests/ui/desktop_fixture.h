#pragma once

#include "client/account/account_service.h"
#include "client/session/auto_lock.h"
#include "client/net/health_monitor.h"
#include "client/session/inactivity_monitor.h"
#include "client/session/session_manager.h"
#include "client/inbox/inbox_service.h"
#include "client/account/staff_admin_service.h"
#include "client/keychain/system_keychain.h"
#include "ui/shell/main_window.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

namespace cb::test {

// The desktop wired as app/carebridge/main.cpp wires it, for one server
// address, with a clock the test moves by hand. Its files (settings, caches)
// live in a temporary folder, or in `folder` when two processes must share them.
struct DesktopFixture
{
    QTemporaryDir dir;
    QString root;
    QNetworkAccessManager network;
    platform::ManualClock clock{QDateTime::currentMSecsSinceEpoch()};
    client::HealthMonitor health;
    client::ServerConnection server;
    QSettings settings{root + QStringLiteral("/desktop.ini"), QSettings::IniFormat};
    client::SystemKeychain keychain{QStringLiteral("Carebridge UI tests")};
    client::DeviceIdentity device{settings, keychain};
    client::SessionManager session{{server, device, clock, root + QStringLiteral("/caches")}};
    client::InactivityMonitor inactivity{clock};
    client::AutoLock autoLock{session, inactivity, nullptr};
    client::AccountService account{server};
    client::StaffAdminService staffAdmin{server};
    client::InboxService inbox{server, session};
    ui::MainWindow window{{health, session, autoLock, account, staffAdmin, inbox, server}};

    explicit DesktopFixture(const QString &url, const QString &folder = {})
        : root(folder.isEmpty() ? dir.path() : folder), health(client::ServerEndpoint::fromValues(url, {}), &network),
          server(client::ServerEndpoint::fromValues(url, {}), &network)
    {
    }
};

} // namespace cb::test
