#pragma once

namespace cb::client {
class AccountService;
class AutoLock;
class HealthMonitor;
class InboxService;
class ServerConnection;
class SessionManager;
class StaffAdminService;
}

namespace cb::ui {

// What the window shows and acts on; everything here lives in the client layer.
struct DesktopServices
{
    client::HealthMonitor &health;
    client::SessionManager &session;
    client::AutoLock &autoLock;
    client::AccountService &account;
    client::StaffAdminService &staffAdmin;
    client::InboxService &inbox;
    client::ServerConnection &server; // the admin console's tabs make their services over it
};

} // namespace cb::ui
